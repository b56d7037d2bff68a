"""Tests for the audit log: one JSON line per document, hashes and offsets, never text."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from tearline import __version__
from tearline.audit import AuditEntry, AuditLog, audited
from tearline.categories import Category
from tearline.errors import InputError, OutputError
from tearline.load.documents import Document
from tearline.model import CheckHit, CheckResult, Decision, PolicyRef, Result
from tearline.policy import Policy, load_policy

TEXT = "SECRET//NOFORN\nThe cell will attack on Friday. Call ZQXV-4471.\n"
RELEASED = "The cell will attack on Friday. Call.\n"
DECISIONS = (
    Decision(0, 14, Category.MARKING, "remove", "MarkingRecognizer:banner", 0.95, "why"),
    Decision(52, 61, Category.SELECTOR, "remove", "SelectorRecognizer:code", 0.8, "why"),
)


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy("duty-to-warn")


def _result(policy: Policy, text: str | None) -> Result:
    check = CheckResult(True) if text else CheckResult(False, (CheckHit(0, 4, "MARKING", "r"),))
    return Result(text, RELEASED, PolicyRef(policy.name, policy.sha256), DECISIONS, check)


def _entry(policy: Policy, released: str | None = RELEASED) -> AuditEntry:
    entry = AuditEntry("in/report.txt", policy)
    entry.document = Document("in/report.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest())
    entry.result = _result(policy, released)
    return entry


def test_when_document_is_released_then_record_has_every_field(policy: Policy) -> None:
    record = _entry(policy).record()

    assert record["time"].endswith("Z")
    assert record == {
        "time": record["time"],
        "tool": "tearline",
        "version": __version__,
        "input": "in/report.txt",
        "input_sha256": hashlib.sha256(TEXT.encode()).hexdigest(),
        "policy": {"name": "duty-to-warn", "sha256": policy.sha256},
        "status": "released",
        "output_sha256": hashlib.sha256(RELEASED.encode()).hexdigest(),
        "decisions": [
            {
                "category": "MARKING",
                "action": "remove",
                "rule": "MarkingRecognizer:banner",
                "start": 0,
                "end": 14,
            },
            {
                "category": "SELECTOR",
                "action": "remove",
                "rule": "SelectorRecognizer:code",
                "start": 52,
                "end": 61,
            },
        ],
        "error": None,
    }


def test_when_record_is_written_then_no_document_text_is_in_it(policy: Policy) -> None:
    line = json.dumps(_entry(policy).record())

    for fragment in ("SECRET", "NOFORN", "ZQXV", "4471", "cell", "Friday"):
        assert fragment not in line


def test_when_output_is_withheld_then_status_says_so_and_no_output_hash(policy: Policy) -> None:
    record = _entry(policy, released=None).record(error=RuntimeError("exit 1"))

    assert (record["status"], record["output_sha256"], record["error"]) == ("withheld", None, None)


@pytest.mark.parametrize(
    ("error", "message"),
    [
        pytest.param(InputError("in/report.txt: binary"), "in/report.txt: binary", id="ours"),
        pytest.param(ValueError(f"bad text: {TEXT}"), "ValueError", id="foreign-type-only"),
    ],
)
def test_when_reading_fails_then_status_is_error_with_a_text_free_message(
    policy: Policy, error: Exception, message: str
) -> None:
    record = AuditEntry("in/report.txt", policy).record(error)

    assert record["status"] == "error"
    assert record["input_sha256"] is None
    assert record["decisions"] == []
    assert record["error"] == message


def test_when_lines_are_appended_then_each_is_one_json_document(
    tmp_path: Path, policy: Policy
) -> None:
    log = AuditLog(tmp_path / "logs" / "audit.jsonl")

    log.append(_entry(policy).record())
    log.append(_entry(policy, released=None).record())

    lines = (tmp_path / "logs" / "audit.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["status"] for line in lines] == ["released", "withheld"]


def test_when_block_ends_then_one_line_is_appended_however_it_ends(
    tmp_path: Path, policy: Policy
) -> None:
    log = AuditLog(tmp_path / "audit.jsonl")
    with audited(log, "a.txt", policy) as entry:
        entry.result = _result(policy, RELEASED)
    with pytest.raises(KeyError), audited(log, "b.txt", policy):
        raise KeyError(TEXT)

    lines = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
    assert [(r["input"], r["status"], r["error"]) for r in lines] == [
        ("a.txt", "released", None),
        ("b.txt", "error", "KeyError"),
    ]


def test_when_no_log_is_named_then_audited_writes_nothing(tmp_path: Path, policy: Policy) -> None:
    with audited(None, "a.txt", policy) as entry:
        entry.result = _result(policy, RELEASED)

    assert list(tmp_path.iterdir()) == []


def test_when_log_is_an_input_then_it_is_refused_and_input_untouched(
    tmp_path: Path, policy: Policy
) -> None:
    report = tmp_path / "report.txt"
    report.write_text(TEXT, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(report)

    for target in (report, link):
        with pytest.raises(InputError) as caught:
            AuditLog(target, protect=[report])
        assert str(caught.value) == (
            f"{target}: is an input, the output or a folder; name a separate audit file"
        )
    assert report.read_text(encoding="utf-8") == TEXT


def test_when_log_is_a_folder_then_it_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="name a separate audit file"):
        AuditLog(tmp_path)


def test_when_log_cannot_be_opened_then_error_names_it_before_anything_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(*args: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", denied)

    with pytest.raises(OutputError) as caught:
        AuditLog(tmp_path / "audit.jsonl")

    log = tmp_path / "audit.jsonl"
    assert str(caught.value) == f"{log}: cannot open the audit log (Permission denied)"


def test_when_log_path_is_under_a_file_then_error_names_it(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")

    with pytest.raises(OutputError, match=r"cannot open the audit log"):
        AuditLog(blocker / "audit.jsonl")


def test_when_appending_fails_then_error_names_the_log(
    tmp_path: Path, policy: Policy, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = AuditLog(tmp_path / "audit.jsonl")

    def full_disk(*args: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", full_disk)

    with pytest.raises(OutputError) as caught:
        log.append(_entry(policy).record())

    assert str(caught.value) == (
        f"{tmp_path / 'audit.jsonl'}: cannot append to the audit log (No space left on device)"
    )
