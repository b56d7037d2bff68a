"""What one worker process does: load the model once, then sanitize chunks of files.

A chunk is a list of paths, never texts: the worker reads each file itself, runs the readable
ones through `redact_many` as one spaCy batch, and writes each released output atomically.
Whatever goes wrong with one file (unreadable, an unexpected error, an unwritable output)
becomes that file's outcome; the others in the chunk are unaffected. The same functions run
in the main process when there is one worker, so the outputs never depend on the worker count.
"""

from __future__ import annotations

import signal
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from tearline.batch.mirror import Job
from tearline.errors import TearlineError
from tearline.load.documents import DEFAULT_MAX_BYTES, Document, load_document
from tearline.policy.schema import Policy

if TYPE_CHECKING:
    from tearline.audit import AuditLog
    from tearline.model import Result

SANITIZED, WITHHELD, FAILED, SKIPPED = "sanitized", "withheld", "failed", "skipped"


class Writer(Protocol):
    """Writes an output without ever overwriting an input (`write_atomically`)."""

    def __call__(self, path: Path, text: str, *, protect: list[Path]) -> None: ...


@dataclass(frozen=True)
class Options:
    """Everything a worker needs, sent once when it starts (so it must pickle)."""

    policy: Policy
    write: Writer
    encoding: str = "utf-8"
    max_bytes: int = DEFAULT_MAX_BYTES
    audit: Path | None = None


@dataclass(frozen=True)
class Outcome:
    """What became of one input: its status and, unless sanitized, why (never its text)."""

    source: Path
    status: str
    reason: str = ""


@dataclass
class _State:
    options: Options
    log: AuditLog | None


_state: _State | None = None


def start(options: Options, in_child: bool = False) -> None:
    """Load the policy's model and recognizers in this process, once, before any file.

    A child leaves Ctrl-C to the main process, which stops handing out chunks; the chunks in
    progress finish, so no output is cut short.
    """
    global _state
    from tearline.analyze.engine import analyzer_for
    from tearline.audit import AuditLog

    if in_child:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    analyzer_for(options.policy)
    _state = _State(options, AuditLog(options.audit) if options.audit else None)


def run(jobs: list[Job]) -> list[Outcome]:
    """Sanitize a chunk of files; one outcome per job, in order."""
    if _state is None:
        raise RuntimeError("worker.start() must run before worker.run()")
    state = _state
    documents = [_read(job, state.options) for job in jobs]
    readable = [d.text for d in documents if isinstance(d, Document)]
    results = iter(_redact_all(readable, state.options.policy))
    return [
        _finish(job, document, next(results) if isinstance(document, Document) else None, state)
        for job, document in zip(jobs, documents, strict=True)
    ]


def _read(job: Job, options: Options) -> Document | TearlineError:
    try:
        return load_document(job.source, encoding=options.encoding, max_bytes=options.max_bytes)
    except TearlineError as e:
        return e
    except Exception as e:
        return _internal(job.source, e)


def _redact_all(texts: list[str], policy: Policy) -> list[Result | TearlineError]:
    """All texts in one batch; if that fails, one at a time, so only the culprit fails."""
    from tearline.pipeline import redact, redact_many

    try:
        return list(redact_many(texts, policy, batch_size=max(1, len(texts))))
    except Exception:
        pass
    results: list[Result | TearlineError] = []
    for text in texts:
        try:
            results.append(redact(text, policy))
        except Exception as e:
            results.append(e if isinstance(e, TearlineError) else _internal(None, e))
    return results


def _finish(
    job: Job,
    document: Document | TearlineError,
    result: Result | TearlineError | None,
    state: _State,
) -> Outcome:
    """Write the output of one file (or say why not), with its audit line if asked for."""
    from tearline.audit import audited

    try:
        with audited(state.log, str(job.source), state.options.policy) as entry:
            if isinstance(document, TearlineError):
                raise document
            entry.document = document
            if result is None or isinstance(result, TearlineError):
                raise _named(job.source, result)
            entry.result = result
            if result.text is None:
                return Outcome(job.source, WITHHELD, result.check.reason)
            state.options.write(job.target, result.text, protect=[job.source])
            return Outcome(job.source, SANITIZED)
    except TearlineError as e:
        return Outcome(job.source, FAILED, str(e))
    except Exception as e:
        return Outcome(job.source, FAILED, str(_internal(job.source, e)))


def _internal(source: Path | None, error: BaseException) -> TearlineError:
    """An unexpected error, named by type only: its message could quote the document."""
    where = f"{source}: " if source is not None else ""
    failure = TearlineError(f"{where}internal error ({type(error).__name__}); nothing was written")
    failure.__cause__ = error
    return failure


def _named(source: Path, error: TearlineError | None) -> TearlineError:
    """An error from redacting, with the file name in front if it does not start with it."""
    if error is None:
        return TearlineError(f"{source}: no result; nothing was written")
    message = str(error)
    if message.startswith(str(source)):
        return error
    return type(error)(f"{source}: {message}")
