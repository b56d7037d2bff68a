"""`tearline redact`: sanitize reports under a policy."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from tearline.cli.common import (
    DEFAULT_POLICY,
    PolicyOption,
    fail,
    reporting_errors,
    write_atomically,
)
from tearline.load.documents import DEFAULT_MAX_BYTES, STDIN, read_document


class Format(str, Enum):
    """Output formats."""

    text = "text"
    json = "json"


def redact_command(
    ctx: typer.Context,
    paths: Annotated[
        list[str], typer.Argument(help="Report file(s) to sanitize; `-` reads standard input.")
    ],
    policy: PolicyOption = DEFAULT_POLICY,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write here instead of standard output."),
    ] = None,
    fmt: Annotated[
        Format, typer.Option("--format", help="text: the sanitized report; json: with decisions.")
    ] = Format.text,
    encoding: Annotated[str, typer.Option(help="Encoding of the input files.")] = "utf-8",
    max_bytes: Annotated[
        int, typer.Option(help="Refuse inputs larger than this many bytes.")
    ] = DEFAULT_MAX_BYTES,
) -> None:
    """Sanitize a report: remove sources and methods, keep the actionable warning.

    The output is checked before release: if removed material survives anywhere, nothing is
    written and the exit code is 1 (run `tearline explain` to see why). Exit 2 means bad
    usage, input or policy.

    Example: tearline redact samples/flagship.txt -p duty-to-warn -o flagship.safe.txt
    """
    from tearline.pipeline import redact
    from tearline.policy import load_policy

    with reporting_errors(ctx):
        if len(paths) != 1:
            raise fail("give one report at a time (several files come with folder support)")
        resolved = load_policy(policy)
        text = read_document(paths[0], encoding=encoding, max_bytes=max_bytes)
        result = redact(text, resolved)
        if result.text is None:
            raise fail(
                f"{paths[0]}: output withheld: {result.check.reason}; "
                f"see `tearline explain {paths[0]} -p {policy}`",
                code=1,
            )
        rendered = (
            json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n"
            if fmt is Format.json
            else result.text
        )
        if output is None:
            sys.stdout.write(rendered)
            sys.stdout.flush()
        else:
            protect = [] if paths[0] == STDIN else [Path(paths[0])]
            write_atomically(output, rendered, protect=protect)
