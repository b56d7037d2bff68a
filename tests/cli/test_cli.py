"""Tests for the `tearline` command through Typer's CliRunner: exit codes, exact errors, output.

Tests that sanitize run the real pipeline under the shipped duty-to-warn policy, so they need
every recognizer it names; the others stop before the NLP stack loads.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import typer
import yaml
from typer.testing import CliRunner, Result

from tearline.categories import Category
from tearline.cli.app import app
from tearline.model import CheckResult, Decision, PolicyRef
from tearline.model import Result as Sanitized
from tearline.policy import load_policy, policy_names

POLICY = "duty-to-warn"
BANNER = "SECRET//NOFORN"
ATTACK = (
    "Members of the Red Lantern Brigade will attack the north gate of the stadium on 1 May 2026."
)
PHONE = "+44 7700 900123"
REPORT = (
    f"{BANNER}\n"
    "\n"
    f"{ATTACK}\n"
    f"The cell uses the monitored number {PHONE} to arrange the attack.\n"
    "\n"
    f"{BANNER}\n"
)
TOTAL_LINE = re.compile(r"^TOTAL leaked \d+/\d+ \(\d+\.\d%\) retained \d+/\d+ \(\d+\.\d%\)$")


def _invoke(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(app, list(args), input=stdin)


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def _command_paths(command: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    # Typer vendors its own Click, so groups are recognised by their sub-commands.
    paths = [prefix]
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        paths.extend(_command_paths(sub, (*prefix, name)))
    return paths


COMMANDS = _command_paths(typer.main.get_command(app))


def test_when_commands_are_collected_then_every_known_command_is_there() -> None:
    assert {" ".join(path) for path in COMMANDS} >= {
        "",
        "redact",
        "explain",
        "eval",
        "policy",
        "policy list",
        "policy show",
    }


@pytest.mark.parametrize("command", COMMANDS, ids=lambda path: " ".join(path) or "tearline")
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_when_help_is_asked_then_it_exits_0_and_shows_an_example(
    command: tuple[str, ...], flag: str
) -> None:
    result = _invoke(*command, flag)

    assert result.exit_code == 0, result.output
    assert "Example:" in result.stdout
    assert result.stderr == ""


def test_when_version_is_asked_then_it_prints_name_and_version() -> None:
    result = _invoke("--version")

    assert (result.exit_code, result.stdout) == (0, "tearline 0.1.0\n")


def test_when_policies_are_listed_then_duty_to_warn_is_shown() -> None:
    result = _invoke("policy", "list")

    assert result.exit_code == 0
    names = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert names == policy_names()
    assert POLICY in names


def test_when_policy_is_shown_then_it_prints_yaml_of_the_resolved_policy() -> None:
    result = _invoke("policy", "show", POLICY)

    assert result.exit_code == 0
    shown = yaml.safe_load(result.stdout)
    assert shown["name"] == POLICY
    assert shown["categories"]["SOURCE"]["action"] == "remove"


def test_when_shown_policy_is_saved_then_it_loads_as_the_same_policy(tmp_path: Path) -> None:
    path = tmp_path / "saved.yaml"
    path.write_text(_invoke("policy", "show", POLICY).stdout, encoding="utf-8")

    assert load_policy(path).sha256 == load_policy(POLICY).sha256


@pytest.mark.parametrize("command", [("redact",), ("explain",), ("policy", "show")])
def test_when_input_is_missing_then_exit_2_and_one_error_line(
    command: tuple[str, ...], tmp_path: Path
) -> None:
    path = tmp_path / "absent.txt" if command[0] != "policy" else tmp_path / "absent.yaml"
    expected = (
        f"tearline: error: {path}: no such file\n"
        if command[0] != "policy"
        else f"tearline: error: {path}: policy file not found\n"
    )

    result = _invoke(*command, str(path))

    assert result.exit_code == 2
    assert result.stderr == expected
    assert result.stdout == ""


@pytest.mark.parametrize("command", [("redact",), ("explain",), ("eval",)])
def test_when_policy_is_unknown_then_exit_2_and_valid_names_listed(
    command: tuple[str, ...], report: Path
) -> None:
    target = report.parent if command == ("eval",) else report

    result = _invoke(*command, str(target), "-p", "duty-to-wran")

    assert result.exit_code == 2
    assert result.stderr == (
        f"tearline: error: unknown policy 'duty-to-wran'; valid: {', '.join(policy_names())} "
        "(or a path to a .yaml policy file)\n"
    )


def test_when_policy_file_is_invalid_then_exit_2_with_file_line_and_key(report: Path) -> None:
    policy = Path(__file__).resolve().parents[1] / "policy" / "invalid" / "unknown-action.yaml"

    result = _invoke("redact", str(report), "-p", str(policy))

    assert result.exit_code == 2
    assert result.stderr == (
        f"tearline: error: {policy}:5:5 [categories -> SELECTOR -> action] "
        "unknown action 'maks'; valid: keep, remove, replace, generalize, pseudonymize, encrypt\n"
    )


def test_when_two_reports_are_given_then_exit_2(report: Path) -> None:
    result = _invoke("redact", str(report), str(report))

    assert result.exit_code == 2
    assert result.stderr == (
        "tearline: error: several reports or a folder need -o OUTDIR, the folder to write to\n"
    )


def test_when_input_is_binary_then_exit_2_and_nothing_printed(tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")

    result = _invoke("redact", str(path))

    assert result.exit_code == 2
    assert result.stderr == (
        f"tearline: error: {path}: binary file (NUL byte at offset 8); not text\n"
    )
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("make", "message"),
    [
        pytest.param(lambda tmp: tmp / "absent", "{f}: not a directory", id="missing"),
        pytest.param(
            lambda tmp: tmp,
            "{f}: no NAME.txt with a NAME.gold.yaml beside it",
            id="no-gold",
        ),
    ],
)
def test_when_eval_folder_has_nothing_to_score_then_exit_2(
    make: object, message: str, tmp_path: Path
) -> None:
    folder = make(tmp_path)  # type: ignore[operator]

    result = _invoke("eval", str(folder))

    assert result.exit_code == 2
    assert result.stderr == f"tearline: error: {message.format(f=folder)}\n"


# --- Commands that sanitize: these need every recognizer duty-to-warn names. ---------------


def test_when_report_is_redacted_then_banner_and_selector_go_and_attack_stays(
    report: Path,
) -> None:
    result = _invoke("redact", str(report), "-p", POLICY)

    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert "NOFORN" not in result.stdout
    assert PHONE not in result.stdout
    assert ATTACK in result.stdout


def test_when_format_is_json_then_document_has_text_policy_decisions_and_check(
    report: Path,
) -> None:
    result = _invoke("redact", str(report), "--format", "json")

    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert set(document) == {"text", "policy", "decisions", "check"}
    assert document["policy"] == {"name": POLICY, "sha256": load_policy(POLICY).sha256}
    assert ATTACK in document["text"]
    assert document["check"]["passed"] is True
    assert document["decisions"]
    for decision in document["decisions"]:
        assert {"start", "end", "category", "action", "rule", "score"} <= set(decision)
        assert decision["category"] in {c.value for c in Category}
        assert 0 <= decision["start"] < decision["end"] <= len(REPORT)
    banners = [d for d in document["decisions"] if d["category"] == "MARKING"]
    assert [REPORT[d["start"] : d["end"]] for d in banners] == [BANNER, BANNER]
    # Decisions carry offsets, never the text they cover.
    assert PHONE not in result.stdout


def test_when_output_is_named_then_file_is_written_and_stdout_is_empty(
    report: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "report.safe.txt"
    expected = _invoke("redact", str(report)).stdout

    result = _invoke("redact", str(report), "-o", str(target))

    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8") == expected
    assert report.read_text(encoding="utf-8") == REPORT


def test_when_output_is_the_input_then_exit_2_and_input_untouched(report: Path) -> None:
    result = _invoke("redact", str(report), "-o", str(report))

    assert result.exit_code == 2
    assert result.stderr == (
        f"tearline: error: {report}: is an input; refusing to overwrite an original\n"
    )
    assert report.read_text(encoding="utf-8") == REPORT


def test_when_path_is_dash_then_stdin_is_redacted_like_a_file(report: Path) -> None:
    from_file = _invoke("redact", str(report))

    from_stdin = _invoke("redact", "-", stdin=REPORT)

    assert from_stdin.exit_code == 0, from_stdin.output
    assert from_stdin.stdout == from_file.stdout


GOLD_GOOD = (
    "remove:\n"
    f"  - text: '{BANNER}'\n"
    "    category: MARKING\n"
    f"  - '{PHONE}'\n"
    "keep:\n"
    "  - Red Lantern Brigade\n"
    "  - text: north gate\n"
    "    category: LOCATION\n"
)
# Judged the wrong way round on purpose, so the JSON has a leaked and a lost key to list.
GOLD_INVERTED = (
    "remove:\n"
    "  - text: Red Lantern Brigade\n"
    "    category: PERPETRATOR\n"
    "    why: deliberately inverted\n"
    f"keep:\n  - '{BANNER}'\n"
)


@pytest.fixture
def eval_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, gold in [("alpha", GOLD_GOOD), ("bravo-long-name", GOLD_INVERTED)]:
        (folder / f"{name}.txt").write_text(REPORT, encoding="utf-8")
        (folder / f"{name}.gold.yaml").write_text(gold, encoding="utf-8")
    (folder / "no-gold.txt").write_text(REPORT, encoding="utf-8")
    return folder


def test_when_folder_is_evaluated_then_one_line_per_report_and_a_total(
    eval_folder: Path,
) -> None:
    result = _invoke("eval", str(eval_folder), "-p", POLICY)

    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines == [
        "alpha            leaked 0/2  retained 2/2",
        "bravo-long-name  leaked 1/1  retained 0/1",
        "TOTAL leaked 1/3 (33.3%) retained 2/3 (66.7%)",
    ]
    assert TOTAL_LINE.match(lines[-1])


def test_when_eval_is_json_then_each_report_lists_leaked_and_lost_keys(
    eval_folder: Path,
) -> None:
    result = _invoke("eval", str(eval_folder), "--json")

    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    reports = {r["name"]: r for r in document["reports"]}
    assert set(reports) == {"alpha", "bravo-long-name"}
    assert all(
        {"leaked", "lost", "withheld", "removes", "keeps"} <= set(r) for r in reports.values()
    )
    assert (reports["alpha"]["leaked"], reports["alpha"]["lost"]) == ([], [])
    assert reports["bravo-long-name"]["leaked"] == [
        {"text": "Red Lantern Brigade", "category": "PERPETRATOR", "why": "deliberately inverted"}
    ]
    assert reports["bravo-long-name"]["lost"] == [{"text": BANNER, "category": None, "why": ""}]
    assert document["total"]["leaked"] == 1
    assert document["policy"] == POLICY


def test_when_report_is_explained_then_table_and_check_line_are_printed(report: Path) -> None:
    result = _invoke("explain", str(report), "-p", POLICY)

    assert result.exit_code == 0, result.output
    header = next(line for line in result.stdout.splitlines() if "category" in line)
    for column in ("line", "category", "action", "rule", "score", "original", "why"):
        assert column in header
    assert "MARKING" in result.stdout
    assert "SELECTOR" in result.stdout
    assert result.stdout.splitlines()[-1] == "check: passed"


# --- Rendering only: the pipeline is replaced, so no NLP stack is needed. ------------------


@pytest.mark.parametrize("bracketed", ["[/b]", "[i]"])
def test_when_explained_text_has_brackets_then_they_are_shown_literally(
    bracketed: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = f"See {bracketed}\n"
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    start = text.index(bracketed)
    decision = Decision(start, start + len(bracketed), Category.SELECTOR, "remove", "rule", 0.9)

    def fake_redact(text: str, policy: object) -> Sanitized:
        return Sanitized(
            text="See\n",
            draft="See\n",
            policy=PolicyRef(POLICY, "0" * 64),
            decisions=(decision,),
            check=CheckResult(passed=True),
        )

    monkeypatch.setattr("tearline.pipeline.redact", fake_redact)

    result = _invoke("explain", str(path))

    assert result.exit_code == 0, result.output
    assert bracketed in result.stdout
