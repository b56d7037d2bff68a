"""The audit log: one JSON line per document, tying each output to its input and policy.

A line holds the time, the tool version, the policy's name and hash, the hashes of the input
bytes and of the released text, the status and every decision's category, action, rule and
offsets. Never the document text: a reviewer with the original can see what was removed from
the offsets; someone with only the log learns nothing the document says.

Lines are appended with one `write` on a file opened for appending, so runs writing to the same
log do not interleave lines, and an input or the output is never chosen as the log.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tearline import __version__
from tearline.errors import InputError, OutputError, TearlineError
from tearline.load.documents import Document, is_one_of
from tearline.model import Result
from tearline.policy.schema import Policy

RELEASED, WITHHELD, ERROR = "released", "withheld", "error"


def sha256_text(text: str) -> str:
    """The hash of a text as tearline writes it (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class AuditEntry:
    """What is known about one document so far; the CLI fills it in as the stages run."""

    name: str
    policy: Policy
    document: Document | None = None
    result: Result | None = None
    time: datetime = field(default_factory=lambda: datetime.now(UTC))

    def status(self, error: BaseException | None) -> str:
        """released, withheld (the check refused the output) or error (anything else)."""
        if self.result is not None and self.result.withheld:
            return WITHHELD
        return ERROR if error is not None or self.result is None else RELEASED

    def record(self, error: BaseException | None = None) -> dict[str, Any]:
        """The JSON line for this document; an error shows its message only if it is ours."""
        status = self.status(error)
        released = self.result.text if self.result is not None else None
        message = None
        if status == ERROR and error is not None:
            # Our errors name files, keys and offsets only; any other message might quote text.
            message = str(error) if isinstance(error, TearlineError) else type(error).__name__
        return {
            "time": self.time.isoformat(timespec="seconds").replace("+00:00", "Z"),
            "tool": "tearline",
            "version": __version__,
            "input": self.name,
            "input_sha256": self.document.sha256 if self.document else None,
            "policy": {"name": self.policy.name, "sha256": self.policy.sha256},
            "status": status,
            "output_sha256": sha256_text(released) if released is not None else None,
            "decisions": [
                {
                    "category": str(d.category),
                    "action": d.action,
                    "rule": d.rule,
                    "start": d.start,
                    "end": d.end,
                }
                for d in (self.result.decisions if self.result else ())
            ],
            "error": message,
        }


class AuditLog:
    """An append-only JSON Lines file; refuses to be any of the inputs or the output."""

    def __init__(self, path: Path, *, protect: Iterable[Path] = ()) -> None:
        if path.is_dir() or is_one_of(path, protect):
            raise InputError(
                f"{path}: is an input, the output or a folder; name a separate audit file"
            )
        self.path = path
        # Open it once now, so an unwritable log stops the run before anything is released.
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            os.close(self._open())
        except OSError as e:
            raise OutputError(f"{path}: cannot open the audit log ({e.strerror})") from e

    def _open(self) -> int:
        return os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def append(self, record: dict[str, Any]) -> None:
        """Add one line, in one write."""
        line = (json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")
        try:
            descriptor = self._open()
            try:
                written = 0
                while written < len(line):
                    written += os.write(descriptor, line[written:])
            finally:
                os.close(descriptor)
        except OSError as e:
            raise OutputError(f"{self.path}: cannot append to the audit log ({e.strerror})") from e


@contextlib.contextmanager
def audited(log: AuditLog | None, name: str, policy: Policy) -> Iterator[AuditEntry]:
    """Audit one document: its line is appended when the block ends, however it ends."""
    entry = AuditEntry(name, policy)
    try:
        yield entry
    except BaseException as error:
        if log is not None:
            log.append(entry.record(error))
        raise
    if log is not None:
        log.append(entry.record())
