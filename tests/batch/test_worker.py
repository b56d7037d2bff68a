"""Tests for one worker's chunk: every file gets its own outcome, whatever the others do."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import tearline.pipeline
from tearline.batch import worker
from tearline.batch.mirror import Job
from tearline.batch.worker import FAILED, SANITIZED, WITHHELD, Options, Outcome
from tearline.cli.common import write_atomically
from tearline.model import CheckResult
from tearline.policy import load_policy

REPORT = (
    "SECRET//NOFORN\n\n"
    "Members of the Red Lantern Brigade will attack the north gate of the stadium on {day} May "
    "2026.\nThe cell uses the monitored number +44 7700 900123 to arrange the attack.\n\n"
    "SECRET//NOFORN\n"
)
HELD = "1 span(s) the policy removes are still in the output"


@pytest.fixture
def chunk(tmp_path: Path) -> list[Job]:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for day in (1, 2, 3):
        (inputs / f"good-{day}.txt").write_text(REPORT.format(day=day), encoding="utf-8")
    (inputs / "binary.txt").write_bytes(b"SECRET\x00\x01")
    names = ["good-1.txt", "binary.txt", "good-2.txt", "missing.txt", "good-3.txt"]
    return [Job(inputs / name, tmp_path / "out" / name) for name in names]


def _start(audit: Path | None = None) -> None:
    worker.start(Options(load_policy("duty-to-warn"), write_atomically, audit=audit))


def _statuses(outcomes: list[Outcome]) -> list[tuple[str, str]]:
    return [(o.source.name, o.status) for o in outcomes]


def test_when_a_chunk_has_bad_files_then_only_they_fail_and_the_good_ones_are_written(
    chunk: list[Job],
) -> None:
    _start()

    outcomes = worker.run(chunk)

    assert _statuses(outcomes) == [
        ("good-1.txt", SANITIZED),
        ("binary.txt", FAILED),
        ("good-2.txt", SANITIZED),
        ("missing.txt", FAILED),
        ("good-3.txt", SANITIZED),
    ]
    assert outcomes[1].reason == f"{chunk[1].source}: binary file (NUL byte at offset 6); not text"
    assert outcomes[3].reason == f"{chunk[3].source}: no such file"
    out = chunk[0].target.parent
    assert sorted(p.name for p in out.iterdir()) == ["good-1.txt", "good-2.txt", "good-3.txt"]
    for job in (chunk[0], chunk[2], chunk[4]):
        released = job.target.read_text(encoding="utf-8")
        assert "NOFORN" not in released
        assert "+44 7700 900123" not in released
        assert "north gate" in released


def test_when_the_batch_raises_then_each_file_is_redone_alone_and_only_the_culprit_fails(
    chunk: list[Job], monkeypatch: pytest.MonkeyPatch
) -> None:
    _start()
    redact = tearline.pipeline.redact

    def batch_fails(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("boom")

    def fails_on_day_two(text: str, policy: Any) -> Any:
        if "on 2 May" in text:
            raise ValueError("the message could quote the text: on 2 May")
        return redact(text, policy)

    monkeypatch.setattr(tearline.pipeline, "redact_many", batch_fails)
    monkeypatch.setattr(tearline.pipeline, "redact", fails_on_day_two)

    outcomes = worker.run(chunk)

    assert _statuses(outcomes)[::2] == [
        ("good-1.txt", SANITIZED),
        ("good-2.txt", FAILED),
        ("good-3.txt", SANITIZED),
    ]
    assert outcomes[2].reason == (
        f"{chunk[2].source}: internal error (ValueError); nothing was written"
    )
    assert not chunk[2].target.exists()


def test_when_the_check_withholds_an_output_then_nothing_is_written_and_the_reason_is_kept(
    chunk: list[Job], monkeypatch: pytest.MonkeyPatch
) -> None:
    _start()
    redact_many = tearline.pipeline.redact_many

    def withhold_day_three(texts: list[str], policy: Any, **kwargs: Any) -> Any:
        for text, result in zip(texts, redact_many(texts, policy, **kwargs), strict=True):
            if "on 3 May" in text:
                result = replace(result, text=None, check=CheckResult(False, (), HELD))
            yield result

    monkeypatch.setattr(tearline.pipeline, "redact_many", withhold_day_three)

    outcomes = worker.run(chunk)

    assert outcomes[4] == Outcome(chunk[4].source, WITHHELD, HELD)
    assert not chunk[4].target.exists()
    assert chunk[0].target.exists()


def test_when_an_audit_log_is_named_then_each_file_gets_one_line_without_text(
    chunk: list[Job], tmp_path: Path
) -> None:
    log = tmp_path / "audit.jsonl"
    _start(audit=log)

    worker.run(chunk)

    lines = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [(Path(r["input"]).name, r["status"]) for r in lines] == [
        ("good-1.txt", "released"),
        ("binary.txt", "error"),
        ("good-2.txt", "released"),
        ("missing.txt", "error"),
        ("good-3.txt", "released"),
    ]
    assert "Red Lantern" not in log.read_text(encoding="utf-8")


def test_when_run_is_called_before_start_then_it_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker, "_state", None)

    with pytest.raises(RuntimeError, match=r"worker.start\(\) must run before worker.run\(\)"):
        worker.run([])
