"""Tests for `tearline redact` on folders and many files: mirroring, skipping, failing files,
withheld outputs, quiet pipes, determinism across worker counts, and an interrupted run.

Most run in-process through CliRunner with one worker; two use the installed script, one with
two worker processes and one killed with SIGKILL part-way.
"""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

import tearline.pipeline
from tearline.cli.app import app
from tearline.model import CheckResult

SCRIPT = Path(sys.executable).parent / "tearline"
REPORT = (
    "SECRET//NOFORN\n\n"
    "Members of the Red Lantern Brigade will attack the north gate of the stadium on {day} May "
    "2026.\nThe cell uses the monitored number +44 7700 900{day:03d} to arrange the attack.\n\n"
    "SECRET//NOFORN\n"
)
SUMMARY = re.compile(
    r"^tearline: (?P<sanitized>\d+) sanitized, (?P<withheld>\d+) withheld by the check, "
    r"(?P<failed>\d+) failed, (?P<skipped>\d+) skipped \(output already there; --overwrite "
    r"redoes them\) in \d+\.\d s(?:, \d+\.\d files/s)?(?P<partials>; removed (?P<removed>\d+) "
    r"partial file\(s\) left by an interrupted run)?$"
)


def _invoke(*args: str) -> Result:
    return CliRunner().invoke(app, ["redact", *args])


def _summary(stderr: str) -> dict[str, Any]:
    match = SUMMARY.match(stderr.splitlines()[-1])
    assert match is not None, stderr
    return {k: int(v) for k, v in match.groupdict().items() if k != "partials" and v is not None}


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    for day, name in enumerate(["a.txt", "sub/b.txt", "sub/deeper/c.txt"], start=1):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(REPORT.format(day=day), encoding="utf-8")
    (root / "notes.md").write_text("not a report\n", encoding="utf-8")
    return root


def test_when_a_tree_is_redacted_then_outputs_mirror_it_and_the_inputs_are_untouched(
    tree: Path, tmp_path: Path
) -> None:
    before = _files(tree)
    out = tmp_path / "out"

    result = _invoke(str(tree), "-o", str(out), "--workers", "1")

    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert _summary(result.stderr) == {"sanitized": 3, "withheld": 0, "failed": 0, "skipped": 0}
    assert _files(tree) == before
    written = _files(out)
    assert sorted(written) == ["a.txt", "sub/b.txt", "sub/deeper/c.txt"]
    for text in (t.decode() for t in written.values()):
        assert "north gate" in text
        assert "NOFORN" not in text
        assert "7700" not in text


def test_when_outputs_exist_then_they_are_skipped_unless_overwrite(
    tree: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    (out / "sub").mkdir(parents=True)
    (out / "sub" / "b.txt").write_text("done before\n", encoding="utf-8")

    skipping = _invoke(str(tree), "-o", str(out), "--workers", "1")
    kept = (out / "sub" / "b.txt").read_text(encoding="utf-8")
    redoing = _invoke(str(tree), "-o", str(out), "--workers", "1", "--overwrite")

    assert skipping.exit_code == 0, skipping.stderr
    assert _summary(skipping.stderr) == {"sanitized": 2, "withheld": 0, "failed": 0, "skipped": 1}
    assert kept == "done before\n"
    assert redoing.exit_code == 0, redoing.stderr
    assert _summary(redoing.stderr) == {"sanitized": 3, "withheld": 0, "failed": 0, "skipped": 0}
    assert "north gate" in (out / "sub" / "b.txt").read_text(encoding="utf-8")


def test_when_one_file_is_bad_then_the_others_are_written_and_the_exit_is_2(
    tree: Path, tmp_path: Path
) -> None:
    bad = tree / "sub" / "bad.txt"
    bad.write_bytes(b"SECRET\x00NOFORN")
    out = tmp_path / "out"

    result = _invoke(str(tree), "-o", str(out), "--workers", "1")

    assert result.exit_code == 2
    assert result.stderr.splitlines()[:-1] == [
        f"tearline: failed: {bad}: binary file (NUL byte at offset 6); not text"
    ]
    assert _summary(result.stderr) == {"sanitized": 3, "withheld": 0, "failed": 1, "skipped": 0}
    assert sorted(_files(out)) == ["a.txt", "sub/b.txt", "sub/deeper/c.txt"]


def test_when_the_check_withholds_an_output_then_it_is_counted_and_the_exit_is_1(
    tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    redact_many = tearline.pipeline.redact_many
    reason = "1 span(s) the policy removes are still in the output"

    def withhold_day_two(texts: list[str], policy: Any, **kwargs: Any) -> Iterator[Any]:
        for text, result in zip(texts, redact_many(texts, policy, **kwargs), strict=True):
            held = replace(result, text=None, check=CheckResult(False, (), reason))
            yield held if "on 2 May" in text else result

    monkeypatch.setattr(tearline.pipeline, "redact_many", withhold_day_two)
    out = tmp_path / "out"

    result = _invoke(str(tree), "-o", str(out), "--workers", "1")

    assert result.exit_code == 1
    source = tree / "sub" / "b.txt"
    assert result.stderr.splitlines()[:-1] == [
        f"tearline: withheld: {source}: {reason}; see `tearline explain {source} -p duty-to-warn`"
    ]
    assert _summary(result.stderr) == {"sanitized": 2, "withheld": 1, "failed": 0, "skipped": 0}
    assert sorted(_files(out)) == ["a.txt", "sub/deeper/c.txt"]


NO_OUTPUT = "several reports or a folder need -o OUTDIR, the folder to write to"
INSIDE = "{out}: is inside the input folder {in}; choose an output folder outside the inputs"
NO_MATCH = "{in}: no files matching '*.pdf'; pass --glob to choose others"
ONE_AT_A_TIME = "--overrides and --format json take one report at a time"
MISSING = "{in}/nothing.txt: no such file or folder"


@pytest.mark.parametrize(
    ("args", "out", "message"),
    [
        (["{in}"], "out", NO_OUTPUT),
        (["{in}", "-o", "{out}"], "in/out", INSIDE),
        (["{in}", "-o", "{out}", "--glob", "*.pdf"], "out", NO_MATCH),
        (["{in}", "-o", "{out}", "--format", "json"], "out", ONE_AT_A_TIME),
        (["{in}/a.txt", "{in}/nothing.txt", "-o", "{out}"], "out", MISSING),
    ],
)
def test_when_a_folder_run_is_misused_then_exit_2_with_one_line_and_nothing_written(
    tree: Path, tmp_path: Path, args: list[str], out: str, message: str
) -> None:
    names = {"in": tree, "out": tmp_path / out}

    result = _invoke(*(a.format(**names) for a in args), "--workers", "1")

    assert result.exit_code == 2
    assert result.stderr == f"tearline: error: {message.format(**names)}\n"
    assert not names["out"].exists()


def test_when_piped_then_no_progress_is_drawn_only_problem_lines_and_the_summary(
    tree: Path, tmp_path: Path
) -> None:
    (tree / "bad.txt").write_bytes(b"\x00")

    result = _invoke(str(tree), "-o", str(tmp_path / "out"), "--workers", "1")

    assert all(line.startswith("tearline: ") for line in result.stderr.splitlines())
    for mark in ("\r", "\x1b", "\u2501", "ETA", "sanitizing"):
        assert mark not in result.stderr


def _script(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPT), "redact", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_when_two_worker_processes_run_then_outputs_are_byte_identical_to_one_worker(
    tmp_path: Path,
) -> None:
    inputs = tmp_path / "in"
    for day in range(1, 9):
        path = inputs / f"part-{day % 2}" / f"report-{day}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(REPORT.format(day=day), encoding="utf-8")
    samples = Path(__file__).resolve().parents[2] / "samples"
    for sample in sorted(samples.glob("*.txt"))[:4]:
        (inputs / sample.name).write_bytes(sample.read_bytes())

    one = _invoke(str(inputs), "-o", str(tmp_path / "one"), "--workers", "1")
    two = _script(str(inputs), "-o", str(tmp_path / "two"), "--workers", "2")

    assert one.exit_code == two.returncode, two.stderr
    assert len(_files(tmp_path / "one")) == 12 - _summary(one.stderr)["withheld"]
    assert _files(tmp_path / "two") == _files(tmp_path / "one")
    # A pipe is not a terminal: the real script draws no bar either.
    assert all(line.startswith("tearline: ") for line in two.stderr.splitlines())
    assert "\r" not in two.stderr and "\x1b" not in two.stderr


def test_when_a_run_is_killed_then_only_complete_outputs_remain_and_a_rerun_finishes(
    tmp_path: Path,
) -> None:
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    texts = {f"report-{day:02d}.txt": REPORT.format(day=day) for day in range(1, 31)}
    for name, text in texts.items():
        (inputs / name).write_text(text, encoding="utf-8")
    expected = {
        name: result.text
        for name, result in zip(texts, tearline.pipeline.redact_many(texts.values()), strict=True)
    }
    args = [str(SCRIPT), "redact", str(inputs), "-o", str(out), "--workers", "1"]

    run = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 600
    while run.poll() is None and time.monotonic() < deadline:
        if out.is_dir() and any(out.glob("report-*.txt")):
            run.send_signal(signal.SIGKILL)
            break
        time.sleep(0.005)
    run.wait(timeout=60)

    assert run.returncode == -signal.SIGKILL, "the run ended before it could be interrupted"
    done = {p.name: p.read_text(encoding="utf-8") for p in out.glob("report-*.txt")}
    assert 0 < len(done) < len(texts)
    assert all(done[name] == expected[name] for name in done)  # complete, never cut short
    # What a kill during a write leaves behind (whether or not this kill did):
    (out / ".report-30.txt.abcd1234.part").write_text("SECRET//NO", encoding="utf-8")

    rerun = _script(str(inputs), "-o", str(out), "--workers", "1")

    assert rerun.returncode == 0, rerun.stderr
    summary = _summary(rerun.stderr)
    assert (summary["sanitized"], summary["skipped"]) == (len(texts) - len(done), len(done))
    assert summary["removed"] >= 1
    assert {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()} == expected
