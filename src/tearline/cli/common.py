"""What every command shares: error reporting, policy options and safe output writing."""

from __future__ import annotations

import contextlib
import os
import tempfile
import traceback
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from tearline.errors import InputError, OutputError, TearlineError
from tearline.load.documents import is_one_of

PolicyOption = Annotated[
    str,
    typer.Option(
        "--policy",
        "-p",
        help="A shipped policy name (see `tearline policy list`) or a path to a policy file.",
    ),
]

DEFAULT_POLICY = "duty-to-warn"


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print one error line to stderr and return the Exit to raise."""
    typer.echo(f"tearline: error: {message}", err=True)
    return typer.Exit(code)


@contextlib.contextmanager
def reporting_errors(ctx: typer.Context) -> Iterator[None]:
    """Turn tearline errors into one line and an exit code; `--debug` adds the traceback.

    Unexpected exceptions print their type only: their message could quote document text.
    Python warnings are held back for the same reason (spaCy's W030 quotes the text it
    warns about); `--debug` lists their category and place.
    """
    debug = bool(ctx.obj and ctx.obj.get("debug"))
    with warnings.catch_warnings(record=True) as caught:
        try:
            yield
        except TearlineError as e:
            if debug:
                _print_frames(e)
            raise fail(str(e), e.exit_code) from None
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except Exception as e:
            if debug:
                _print_frames(e)
            hint = "" if debug else "; rerun with --debug for where"
            raise fail(f"internal error ({type(e).__name__}){hint}") from None
        finally:
            if debug:
                for warning in caught:
                    where = f"{warning.filename}:{warning.lineno}"
                    typer.echo(f"warning: {warning.category.__name__} at {where}", err=True)


@contextlib.contextmanager
def about_document(name: str) -> Iterator[None]:
    """Make an unexpected error while sanitizing one document name that document.

    Its message is never shown (it could quote the text); the type is, and the cause stays
    chained for `--debug`. Tearline's own errors already name their file and pass through.
    """
    try:
        yield
    except (TearlineError, typer.Exit, typer.Abort, KeyboardInterrupt):
        raise
    except Exception as e:
        raise TearlineError(
            f"{name}: internal error ({type(e).__name__}); nothing was written for it"
        ) from e


def _print_frames(error: BaseException) -> None:
    """A traceback of places and exception types only: messages may quote document text."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    for exc in reversed(chain):
        typer.echo(f"{type(exc).__module__}.{type(exc).__qualname__}:", err=True)
        for frame in traceback.extract_tb(exc.__traceback__):
            typer.echo(f"  {frame.filename}:{frame.lineno} in {frame.name}", err=True)


def write_atomically(path: Path, text: str, *, protect: list[Path]) -> None:
    """Write `text` to `path` through a temporary file renamed on success.

    Refuses to write onto any input in `protect` (also through a symlink), so an original is
    never overwritten, and leaves no partial file behind on failure.
    """
    if is_one_of(path, protect):
        raise InputError(f"{path}: is an input; refusing to overwrite an original")
    target = path.resolve()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as e:
        raise OutputError(f"{path}: cannot write ({e.strerror})") from e
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())  # the rename must never publish a file still in flight
        os.replace(temp, target)
    except BaseException as e:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        if isinstance(e, OSError):
            raise OutputError(f"{path}: cannot write ({e.strerror})") from e
        raise
