"""No leaks through the side: a report carrying unique markers goes through every error path,
and the markers never reach stdout, stderr or the logs, except kept text in the sanitized
output itself."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import KEPT, REMOVED, REPORT, Invoke

from tearline.cli.app import app
from tearline.decide.resolve import decide
from tearline.model import Decision
from tearline.pipeline import redact

MARKERS = (KEPT, REMOVED)


def _clean(*streams: str) -> bool:
    return not any(marker in stream for marker in MARKERS for stream in streams)


def _raise_quoting_text(*args: Any, **kwargs: Any) -> Any:
    raise ValueError(f"cannot handle {REPORT!r}")


def _warn_quoting_text(stage: Callable[..., Any]) -> Callable[..., Any]:
    def warned(*args: Any, **kwargs: Any) -> Any:
        warnings.warn(f"odd token in {REPORT!r}", UserWarning, stacklevel=1)
        return stage(*args, **kwargs)

    return warned


def _decide_nothing(text: str, findings: object, policy: object) -> list[Decision]:
    return []


@pytest.mark.parametrize("debug", [[], ["--debug"]], ids=["plain", "debug"])
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_when_report_is_released_then_only_kept_text_appears_and_only_on_stdout(
    invoke: Invoke, report: Path, debug: list[str], fmt: str
) -> None:
    result = invoke(*debug, "redact", report, "--format", fmt)

    assert result.exit_code == 0, result.stderr
    assert KEPT in result.stdout
    assert REMOVED not in result.stdout
    assert _clean(result.stderr)


@pytest.mark.parametrize("debug", [[], ["--debug"]], ids=["plain", "debug"])
@pytest.mark.parametrize(
    "patch",
    [
        pytest.param(("tearline.pipeline.decide", _raise_quoting_text), id="internal-error"),
        pytest.param(("tearline.pipeline.decide", _decide_nothing), id="withheld"),
        pytest.param(("os.replace", _raise_quoting_text), id="write-error"),
    ],
)
def test_when_an_error_path_is_taken_then_no_marker_is_printed(
    invoke: Invoke,
    report: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    debug: list[str],
    patch: tuple[str, Callable[..., Any]],
) -> None:
    monkeypatch.setattr(*patch)

    result = invoke(*debug, "redact", report, "-o", tmp_path / "out.txt")

    assert result.exit_code in (1, 2)
    assert _clean(result.stdout, result.stderr)
    assert not (tmp_path / "out.txt").exists()


def _print_to_stderr(message: warnings.WarningMessage) -> None:
    sys.stderr.write(warnings.formatwarning(*_fields(message)))


def _fields(message: warnings.WarningMessage) -> tuple[Any, ...]:
    return (message.message, message.category, message.filename, message.lineno, message.line)


@pytest.mark.parametrize("debug", [[], ["--debug"]], ids=["plain", "debug"])
def test_when_a_library_warns_quoting_the_text_then_the_warning_is_not_printed(
    invoke: Invoke, report: Path, monkeypatch: pytest.MonkeyPatch, debug: list[str]
) -> None:
    # pytest records warnings itself; print them as a plain Python process would.
    monkeypatch.setattr(warnings, "_showwarnmsg_impl", _print_to_stderr)
    monkeypatch.setattr("tearline.pipeline.decide", _warn_quoting_text(decide))

    result = invoke(*debug, "redact", report)

    assert result.exit_code == 0, result.stderr
    assert _clean(result.stderr)
    assert ("warning: UserWarning at " in result.stderr) == bool(debug)


@pytest.mark.parametrize(
    ("command", "data", "options"),
    [
        pytest.param("redact", REPORT.encode() + b"\xff" + REPORT.encode(), [], id="invalid-utf-8"),
        pytest.param("explain", REPORT.encode() + b"\xff", [], id="explain-invalid-utf-8"),
        pytest.param("redact", REPORT.encode() + b"\x00", [], id="binary"),
        pytest.param("explain", REPORT.encode() + b"\x00", [], id="explain-binary"),
        pytest.param("redact", REPORT.encode(), ["--max-bytes", "10"], id="over-size-limit"),
        pytest.param("redact", REPORT.encode(), ["--encoding", "klingon"], id="unknown-encoding"),
    ],
)
def test_when_input_is_refused_then_no_marker_is_printed(
    invoke: Invoke, tmp_path: Path, command: str, data: bytes, options: list[str]
) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(data)

    result = invoke("--debug", command, path, *options)

    assert result.exit_code == 2
    assert _clean(result.stdout, result.stderr)


def test_when_output_would_overwrite_the_input_then_no_marker_is_printed(
    invoke: Invoke, report: Path
) -> None:
    result = invoke("--debug", "redact", report, "-o", report)

    assert result.exit_code == 2
    assert _clean(result.stdout, result.stderr)


def test_when_audited_then_the_log_holds_no_marker(
    invoke: Invoke, report: Path, tmp_path: Path
) -> None:
    audit = tmp_path / "audit.jsonl"

    invoke("redact", report, "--audit", audit)

    assert _clean(audit.read_text(encoding="utf-8"))


def test_when_libraries_log_at_debug_then_no_record_holds_document_text(
    caplog: pytest.LogCaptureFixture,
) -> None:
    loggers = [logging.getLogger(name) for name in ("", "presidio-analyzer", "spacy")]
    levels = [logger.level for logger in loggers]
    caplog.set_level(logging.DEBUG)
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
    try:
        redact(REPORT)
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)

    assert caplog.records
    assert _clean(*(record.getMessage() for record in caplog.records))


def test_when_an_exception_escapes_then_typer_shows_no_locals() -> None:
    assert app.pretty_exceptions_show_locals is False


def test_when_the_installed_command_fails_under_debug_then_no_marker_is_printed(
    tmp_path: Path,
) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(REPORT.encode() + b"\xff")
    script = Path(sys.executable).with_name("tearline")
    env = {**os.environ, "PYTHONWARNINGS": "always"}

    done = subprocess.run(
        [str(script), "--debug", "redact", str(path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env=env,
    )

    assert done.returncode == 2
    assert "UnicodeDecodeError" in done.stderr  # the traceback is there, places only
    assert _clean(done.stdout, done.stderr)
