"""Fail closed: any error means no output, one line naming the file, a non-zero exit; the check
withholds what a broken stage lets through; an input is never written to."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from conftest import KEPT, REMOVED, REPORT, Invoke

from tearline.model import Decision


def _boom(*args: Any, **kwargs: Any) -> Any:
    raise RuntimeError(f"stage failed on {REPORT}")


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("stage", ["find", "decide", "surviving_strings", "verdict"])
def test_when_a_stage_fails_then_nothing_is_written_and_error_names_the_file(
    invoke: Invoke, report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stage: str
) -> None:
    monkeypatch.setattr(f"tearline.pipeline.{stage}", _boom)
    out = tmp_path / "out" / "report.txt"

    result = invoke("redact", report, "-o", out)

    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        f"tearline: error: {report}: internal error (RuntimeError); nothing was written for it\n"
    )
    assert not out.parent.exists() or _listing(out.parent) == []
    assert report.read_text(encoding="utf-8") == REPORT


def test_when_a_stage_fails_under_debug_then_traceback_shows_places_not_text(
    invoke: Invoke, report: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tearline.pipeline.decide", _boom)

    result = invoke("--debug", "redact", report)

    lines = result.stderr.splitlines()
    assert result.exit_code == 2
    assert "builtins.RuntimeError:" in lines
    assert any(line.endswith(" in _boom") for line in lines)
    assert any("pipeline.py" in line for line in lines)
    assert lines[-1] == (
        f"tearline: error: {report}: internal error (RuntimeError); nothing was written for it"
    )
    assert KEPT not in result.stderr and REMOVED not in result.stderr


def test_when_writing_fails_then_no_part_file_is_left_and_exit_is_2(
    invoke: Invoke, report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outdir = tmp_path / "out"
    outdir.mkdir()

    def full_disk(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)

    result = invoke("redact", report, "-o", outdir / "report.txt")

    assert result.exit_code == 2
    assert result.stderr == (
        f"tearline: error: {outdir / 'report.txt'}: cannot write (No space left on device)\n"
    )
    assert _listing(outdir) == []


def _decide_nothing(text: str, findings: object, policy: object) -> list[Decision]:
    return []


def test_when_a_stage_lets_everything_through_then_the_check_withholds_with_exit_1(
    invoke: Invoke, report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tearline.pipeline.decide", _decide_nothing)
    out = tmp_path / "out.txt"

    result = invoke("redact", report, "-o", out)

    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.startswith(f"tearline: error: {report}: output withheld: ")
    assert "span(s) the policy removes are still in the output" in result.stderr
    assert result.stderr.endswith(f"see `tearline explain {report} -p duty-to-warn`\n")
    assert not out.exists()


def test_when_output_is_withheld_then_explain_shows_why(
    invoke: Invoke, report: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tearline.pipeline.decide", _decide_nothing)

    result = invoke("explain", report)

    assert result.exit_code == 0, result.stderr
    assert "check: WITHHELD: " in result.stdout
    assert "hit at output 0-14: MARKING (MarkingRecognizer:" in result.stdout
    assert "SELECTOR (SelectorRecognizer:" in result.stdout


def test_when_output_would_be_released_anyway_there_is_no_override(
    invoke: Invoke, report: Path
) -> None:
    result = invoke("redact", report, "--allow-withheld")

    assert result.exit_code == 2
    assert "No such option" in result.stderr


@pytest.mark.parametrize("spelling", ["same-path", "symlink", "hard-link", "relative"])
def test_when_output_names_the_input_then_exit_2_and_input_is_untouched(
    invoke: Invoke,
    report: Path,
    monkeypatch: pytest.MonkeyPatch,
    spelling: str,
) -> None:
    folder = report.parent
    target = {
        "same-path": report,
        "symlink": folder / "link.txt",
        "hard-link": folder / "hard.txt",
        "relative": Path("..") / folder.name / report.name,
    }[spelling]
    if spelling == "symlink":
        target.symlink_to(report)
    elif spelling == "hard-link":
        os.link(report, target)
    elif spelling == "relative":
        monkeypatch.chdir(folder)
    before = report.stat()

    result = invoke("redact", report, "-o", target)

    assert result.exit_code == 2
    assert result.stderr == (
        f"tearline: error: {target}: is an input; refusing to overwrite an original\n"
    )
    assert report.read_text(encoding="utf-8") == REPORT
    assert report.stat().st_mtime_ns == before.st_mtime_ns


def test_when_input_is_named_through_a_symlink_then_the_real_file_is_protected(
    invoke: Invoke, report: Path
) -> None:
    link = report.parent / "link.txt"
    link.symlink_to(report)

    result = invoke("redact", link, "-o", report)

    assert result.exit_code == 2
    assert report.read_text(encoding="utf-8") == REPORT


@pytest.mark.parametrize("where", ["input", "output"])
def test_when_audit_log_names_the_input_or_output_then_exit_2_before_anything_is_written(
    invoke: Invoke, report: Path, tmp_path: Path, where: str
) -> None:
    out = tmp_path / "out.txt"
    audit = report if where == "input" else out

    result = invoke("redact", report, "-o", out, "--audit", audit)

    assert result.exit_code == 2
    assert result.stderr == (
        f"tearline: error: {audit}: is an input, the output or a folder; "
        "name a separate audit file\n"
    )
    assert report.read_text(encoding="utf-8") == REPORT
    assert not out.exists()


def test_when_sanitizing_succeeds_then_the_input_is_left_exactly_as_it_was(
    invoke: Invoke, report: Path, tmp_path: Path
) -> None:
    report.chmod(0o444)
    before = report.stat()

    result = invoke("redact", report, "-o", tmp_path / "out.txt", "--audit", tmp_path / "a.jsonl")

    after = report.stat()
    assert result.exit_code == 0, result.stderr
    assert report.read_text(encoding="utf-8") == REPORT
    assert (after.st_mtime_ns, after.st_mode, after.st_ino) == (
        before.st_mtime_ns,
        before.st_mode,
        before.st_ino,
    )


def test_when_documents_are_audited_then_one_line_each_whatever_happened(
    invoke: Invoke, report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    audit = tmp_path / "audit.jsonl"
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01")

    released = invoke("redact", report, "-o", tmp_path / "out.txt", "--audit", audit)
    failed = invoke("redact", binary, "--audit", audit)
    monkeypatch.setattr("tearline.pipeline.decide", _decide_nothing)
    withheld = invoke("redact", report, "--audit", audit)

    assert [r.exit_code for r in (released, failed, withheld)] == [0, 2, 1]
    lines = audit.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["status"] for r in records] == ["released", "error", "withheld"]
    assert records[0]["output_sha256"] is not None
    assert [r["output_sha256"] for r in records[1:]] == [None, None]
    assert records[1]["error"] == f"{binary}: binary file (NUL byte at offset 0); not text"
    assert {d["category"] for d in records[0]["decisions"]} >= {"MARKING", "SELECTOR"}
    assert all(KEPT not in line and REMOVED not in line for line in lines)
