"""Tests for `tearline drill`: through Typer's CliRunner, a subprocess, and a pseudo-terminal."""

from __future__ import annotations

import getpass
import inspect
import json
import os
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest
from typer.testing import CliRunner

from tearline.cli import drill as drill_cli
from tearline.cli.app import app

TEARLINE = Path(sys.executable).parent / "tearline"

TINY_REPORT = (
    "SECRET//NOFORN\n"
    "According to a source with direct access, the Red Lantern Brigade will attack the north "
    "gate of the stadium on 1 May 2026.\n"
    "The attack will use small arms.\n"
    "The source was paid 500 euros.\n"
    "Station RIVERTON collected this on 5 March.\n"
)
TINY_GOLD = """\
title: "Tiny: the stadium gate"
difficulty: 1
focus: [SOURCE, COLLECTION]
warn:
  applies: true
  reason: "A specific, credible threat to kill at a named place and date."
remove:
  - {text: "SECRET//NOFORN", category: MARKING, why: "the banner must not travel"}
  - {text: "direct access", category: SOURCE, why: "describes the source's access"}
  - {text: "500 euros", category: SOURCE, why: "payment reveals a paid source"}
  - {text: "RIVERTON", category: COLLECTION, why: "names the collecting station"}
  - {text: "5 March", category: COLLECTION, why: "the collection date"}
keep:
  - {text: "Red Lantern Brigade", category: PERPETRATOR, why: "who will attack"}
  - {text: "north gate", category: LOCATION, why: "where"}
  - {text: "1 May 2026", category: TIME, why: "when"}
"""
OTHER_REPORT = "CONFIDENTIAL\nAn intercepted message shows the Blue Hand will burn a ferry.\n"
OTHER_GOLD = 'title: "Other"\nremove: [intercepted message]\nkeep: [Blue Hand]\n'
EDITED = "The Red Lantern Brigade will attack the north gate of the stadium on 1 May 2026."
GOOD = f"{EDITED}\nThe attack will use small arms.\n"

runner = CliRunner()


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point platformdirs at a temporary folder so no test writes to the real user dir."""
    data = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv("NO_COLOR", "1")
    return data


@pytest.fixture
def drills(tmp_path: Path) -> Path:
    folder = tmp_path / "drills"
    folder.mkdir()
    (folder / "tiny.txt").write_text(TINY_REPORT, encoding="utf-8")
    (folder / "tiny.gold.yaml").write_text(TINY_GOLD, encoding="utf-8")
    (folder / "other.txt").write_text(OTHER_REPORT, encoding="utf-8")
    (folder / "other.gold.yaml").write_text(OTHER_GOLD, encoding="utf-8")
    return folder


@pytest.fixture
def history(tmp_path: Path) -> Path:
    return tmp_path / "class" / "history.jsonl"


def drill(*args: str | Path) -> tuple[int, str, str]:
    result = runner.invoke(app, ["drill", *map(str, args)])
    return result.exit_code, result.stdout, result.stderr


def records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def worksheet(tmp_path: Path, drills: Path, body: str, answer: str = "yes") -> Path:
    sheet = tmp_path / "tiny.drill.txt"
    code, _, _ = drill("start", "tiny", "-o", sheet, "--samples", drills, "--force")
    assert code == 0
    lines = sheet.read_text(encoding="utf-8").splitlines(keepends=True)
    sheet.write_text(lines[0] + lines[1].rstrip("\n") + answer + "\n" + body, encoding="utf-8")
    return sheet


COMMANDS = ["list", "start", "check", "run", "history", "report"]


@pytest.mark.parametrize("command", COMMANDS)
def test_when_help_is_asked_then_every_drill_command_ends_with_an_example(command: str) -> None:
    callback = next(c.callback for c in drill_cli.app.registered_commands if c.name == command)
    code, out, _ = drill(command, "--help")

    assert code == 0
    last_line = inspect.cleandoc(callback.__doc__ or "").splitlines()[-1]
    assert last_line.startswith(f"Example: tearline drill {command}")
    assert f"Example: tearline drill {command}" in out


def test_when_drills_are_listed_then_table_shows_metadata_and_best_score(
    tmp_path: Path, drills: Path, history: Path
) -> None:
    sheet = worksheet(tmp_path, drills, GOOD)
    drill(
        "check",
        sheet,
        "--samples",
        drills,
        "--history",
        history,
        "--trainee",
        "ann",
        "--no-compare",
    )

    code, out, _ = drill("list", "--samples", drills, "--history", history, "--trainee", "ann")

    assert code == 0
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line.strip()}
    assert rows["tiny"][-1] == "100"
    assert rows["other"][-1] == "-"
    assert "Tiny: the stadium gate" in out and "SOURCE, COLLECTION" in out


def test_when_drill_is_started_then_worksheet_is_written_and_not_overwritten(
    tmp_path: Path, drills: Path
) -> None:
    sheet = tmp_path / "mine.txt"

    code, _, err = drill("start", "tiny", "-o", sheet, "--samples", drills)
    again, _, again_err = drill("start", "tiny", "-o", sheet, "--samples", drills)

    assert code == 0
    assert sheet.read_text(encoding="utf-8").endswith(TINY_REPORT)
    assert "when done: tearline drill check" in err
    assert again == 2
    assert again_err == (
        f"tearline: error: {sheet}: already exists (a trainee's work?); "
        "pass --force to replace it\n"
    )


def test_when_worksheet_goes_to_stdout_then_header_comes_first(drills: Path) -> None:
    code, out, _ = drill("start", "other", "-o", "-", "--samples", drills)

    assert code == 0
    assert out.splitlines()[0].startswith("# tearline drill: other — edit below this line")
    assert out.endswith(OTHER_REPORT)


def test_when_drill_is_unknown_then_exit_2_with_the_valid_ids(drills: Path) -> None:
    code, _, err = drill("start", "tinny", "--samples", drills)

    assert code == 2
    assert err == (
        "tearline: error: unknown drill 'tinny'; valid: other, tiny (see `tearline drill list`)\n"
    )


def test_when_worksheet_is_good_then_check_passes_and_records_the_attempt(
    tmp_path: Path, drills: Path, history: Path
) -> None:
    sheet = worksheet(tmp_path, drills, GOOD)

    code, out, _ = drill(
        "check",
        sheet,
        "--samples",
        drills,
        "--history",
        history,
        "--trainee",
        "ann",
        "--no-compare",
    )

    assert code == 0
    assert "Score 100/100: PASS" in out
    assert "Duty to warn: you answered yes. Correct: the duty to warn applies." in out
    assert "\x1b[" not in out
    [record] = records(history)
    assert (record["trainee"], record["drill"], record["score"], record["triage"]) == (
        "ann",
        "tiny",
        100.0,
        "correct",
    )


def test_when_worksheet_leaks_a_source_then_check_fails_with_why(
    tmp_path: Path, drills: Path, history: Path
) -> None:
    sheet = worksheet(tmp_path, drills, GOOD + "The source was paid 500 euros.\n", answer="no")

    code, out, _ = drill("check", sheet, "--samples", drills, "--history", history, "--no-compare")

    assert code == 1
    assert "Leaks (1): still in your version" in out
    assert '"500 euros"' in out and "payment reveals a paid source" in out
    assert "Not correct: the duty to warn applies." in out
    assert "Score 66.1/100: FAIL" in out
    assert records(history)[0]["trainee"] == getpass.getuser()


def test_when_header_is_mangled_then_check_identifies_the_drill_and_says_so(
    tmp_path: Path, drills: Path, history: Path
) -> None:
    sheet = tmp_path / "mangled.txt"
    sheet.write_text("# tearlin drll: tny  edit below\n" + TINY_REPORT, encoding="utf-8")

    code, out, _ = drill(
        "check", sheet, "--samples", drills, "--history", history, "--warn", "yes", "--no-compare"
    )

    assert code == 1
    flat = " ".join(out.split())
    assert (
        "Note: the header line is mangled or missing; identified as 'tiny' by text similarity"
        in flat
    )
    assert records(history)[0]["drill"] == "tiny"
    assert records(history)[0]["triage"] == "correct"


def test_when_drill_option_is_given_then_check_uses_it(
    tmp_path: Path, drills: Path, history: Path
) -> None:
    sheet = tmp_path / "bare.txt"
    sheet.write_text("The Blue Hand will burn a ferry.\n", encoding="utf-8")

    code, out, _ = drill(
        "check",
        sheet,
        "--drill",
        "other",
        "--samples",
        drills,
        "--history",
        history,
        "--no-compare",
    )

    assert code == 0
    assert "Note:" not in out
    assert records(history)[0]["drill"] == "other"


def test_when_check_compares_then_tearline_version_is_shown_beside(
    tmp_path: Path, drills: Path, history: Path
) -> None:
    sheet = worksheet(tmp_path, drills, GOOD)

    code, out, _ = drill("check", sheet, "--samples", drills, "--history", history)

    assert code == 0
    assert "Your version and one good answer" in out
    assert "tearline (duty-to-warn)" in out
    assert "\x1b[" not in out


def test_when_history_is_shown_then_attempts_trend_and_leaked_categories_appear(
    tmp_path: Path, drills: Path, history: Path
) -> None:
    for body in (TINY_REPORT, GOOD + "Station RIVERTON.\n", GOOD):
        sheet = worksheet(tmp_path, drills, body)
        drill(
            "check",
            sheet,
            "--samples",
            drills,
            "--history",
            history,
            "--trainee",
            "ann",
            "--no-compare",
        )

    code, out, _ = drill("history", "--history", history, "--trainee", "ann")
    nobody, none_out, _ = drill("history", "--history", history, "--trainee", "zed")

    assert code == 0
    assert "Attempts by ann" in out
    assert "tiny: 30 -> 88.6 -> 100 (+70)" in out
    assert "COLLECTION x3, SOURCE x2, MARKING x1" in out
    assert nobody == 0 and "No attempts by zed" in none_out


def test_when_trainer_reports_then_pass_rate_and_most_leaked_keys_per_drill(
    tmp_path: Path, drills: Path, history: Path
) -> None:
    for trainee, body in (("ann", GOOD), ("bob", GOOD + "The source was paid 500 euros.\n")):
        sheet = worksheet(tmp_path, drills, body)
        drill(
            "check",
            sheet,
            "--samples",
            drills,
            "--history",
            history,
            "--trainee",
            trainee,
            "--no-compare",
        )

    code, out, _ = drill("report", "--history", history)

    assert code == 0
    row = next(line for line in out.splitlines() if line.strip().startswith("tiny"))
    assert row.split()[:5] == ["tiny", "2", "2", "1/2", "(50%)"]
    assert '"500 euros" x1' in out


def test_when_history_is_empty_then_report_says_so(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"

    code, _, err = drill("report", "--history", path)

    assert (code, err) == (2, f"tearline: error: {path}: no attempts recorded yet\n")


def test_when_progress_exists_then_run_asks_for_resume_or_restart(
    drills: Path, history: Path
) -> None:
    saved = history.parent / "drill-progress" / "tiny.ann.json"
    saved.parent.mkdir(parents=True)
    saved.write_text("{}", encoding="utf-8")

    code, _, err = drill(
        "run", "tiny", "--samples", drills, "--history", history, "--trainee", "ann"
    )

    assert code == 2
    assert err == (
        "tearline: error: drill 'tiny' has saved progress for ann; "
        "continue with --resume or start over with --restart\n"
    )


def test_when_entry_point_checks_through_a_pipe_then_output_is_plain(
    tmp_path: Path, drills: Path, history: Path
) -> None:
    sheet = worksheet(tmp_path, drills, "SECRET//NOFORN\n" + GOOD)
    env = {**os.environ, "NO_COLOR": "", "TERM": "xterm-256color"}
    env.pop("NO_COLOR")

    done = subprocess.run(
        [TEARLINE, "drill", "check", sheet, "--samples", drills, "--history", history],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )

    assert done.returncode == 0, done.stderr
    assert "\x1b[" not in done.stdout
    assert '"SECRET//NOFORN"' in done.stdout
    assert "Score 90.5/100: PASS" in done.stdout
    assert "tearline (duty-to-warn)" in done.stdout


def _spawn(args: list[str], env: dict[str, str]) -> pexpect.spawn:
    return pexpect.spawn(
        str(TEARLINE), args, env=env, encoding="utf-8", timeout=60, dimensions=(50, 120)
    )


CHOICE_PROMPT = r"\[q\]uit > "


def test_when_drill_runs_in_a_terminal_then_triage_choices_quit_and_resume_work(
    drills: Path, history: Path, private_data_dir: Path
) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(private_data_dir), "TERM": "dumb"}
    args = [
        "drill",
        "run",
        "tiny",
        "--samples",
        str(drills),
        "--history",
        str(history),
        "--trainee",
        "ann",
        "--no-compare",
    ]

    child = _spawn(args, env)
    child.expect(r"Does the duty to warn apply\? \[y\]es / \[n\]o / \[q\]uit > ")
    child.sendline("y")
    child.expect(r"\[1/5\] SECRET//NOFORN")
    child.expect(CHOICE_PROMPT)
    child.sendline("c")
    child.expect(r"\[2/5\] According to a source")
    child.expect(CHOICE_PROMPT)
    child.sendline("e")
    child.expect(r"replacement \(empty cuts it\) > ")
    child.sendline(EDITED)
    child.expect(r"\[3/5\] The attack will use small arms\.")
    child.expect(CHOICE_PROMPT)
    child.sendline("k")
    child.expect(r"\[4/5\] The source was paid")
    child.expect(CHOICE_PROMPT)
    child.sendline("q")
    child.expect(
        r"Progress saved \(3 of 5 sentences done\)\. Continue with: "
        r"tearline drill run tiny --resume --trainee ann"
    )
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert not history.exists()

    child = _spawn([*args, "--resume"], env)
    child.expect(r"Resuming at sentence 4 of 5\.")
    child.expect(r"\[4/5\] The source was paid")
    child.expect(CHOICE_PROMPT)
    child.sendline("c")
    child.expect(r"\[5/5\] Station RIVERTON")
    child.expect(CHOICE_PROMPT)
    child.sendline("c")
    child.expect(r"Duty to warn: you answered yes\. Correct")
    child.expect(r"Leaks: none")
    child.expect(r"Score 100/100: PASS")
    child.expect(pexpect.EOF)
    child.close()

    assert child.exitstatus == 0
    [record] = records(history)
    assert (record["mode"], record["score"], record["passed"], record["triage"]) == (
        "interactive",
        100.0,
        True,
        "correct",
    )
    assert not (history.parent / "drill-progress" / "tiny.ann.json").exists()


def test_when_reference_cannot_be_built_then_attempt_is_still_recorded_with_a_note(
    tmp_path: Path, drills: Path, history: Path
) -> None:
    gold = drills / "tiny.gold.yaml"
    gold.write_text("policy: no-such-policy\n" + TINY_GOLD, encoding="utf-8")
    sheet = worksheet(tmp_path, drills, GOOD)

    code, out, _ = drill("check", sheet, "--samples", drills, "--history", history)

    assert code == 0
    assert "(tearline's own version is unavailable: unknown policy 'no-such-policy'" in out
    assert len(records(history)) == 1
