"""What every command shares: error reporting, policy options and safe output writing."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from tearline.errors import InputError, TearlineError

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
    """
    debug = bool(ctx.obj and ctx.obj.get("debug"))
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
        raise fail(f"internal error ({type(e).__name__}); rerun with --debug for where") from None


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
    target = path.resolve()
    for original in protect:
        if original.exists() and (
            target == original.resolve() or (target.exists() and target.samefile(original))
        ):
            raise InputError(f"{path}: is an input; refusing to overwrite an original")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
