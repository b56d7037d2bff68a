"""`tearline redact`: sanitize reports under a policy."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tearline.batch.mirror import DEFAULT_GLOB
from tearline.cli.common import (
    DEFAULT_POLICY,
    PolicyOption,
    about_document,
    fail,
    reporting_errors,
    write_atomically,
)
from tearline.load.documents import DEFAULT_MAX_BYTES, STDIN, load_document

if TYPE_CHECKING:
    from tearline.batch.worker import Options


class Format(StrEnum):
    """Output formats."""

    text = "text"
    json = "json"


def redact_command(
    ctx: typer.Context,
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Report files or folders to sanitize; `-` reads standard input.",
            show_default=False,
        ),
    ],
    policy: PolicyOption = DEFAULT_POLICY,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write here instead of standard output; for folders or several files, the "
            "folder to mirror them into.",
        ),
    ] = None,
    fmt: Annotated[
        Format, typer.Option("--format", help="text: the sanitized report; json: with decisions.")
    ] = Format.text,
    encoding: Annotated[str, typer.Option(help="Encoding of the input files.")] = "utf-8",
    max_bytes: Annotated[
        int, typer.Option(help="Refuse inputs larger than this many bytes.")
    ] = DEFAULT_MAX_BYTES,
    audit: Annotated[
        Path | None,
        typer.Option(
            "--audit",
            help="Append one JSON line per report to this file: hashes, policy and decisions "
            "(offsets, never text).",
        ),
    ] = None,
    overrides: Annotated[
        Path | None,
        typer.Option(
            "--overrides",
            help="Apply a reviewer's overrides file (exported by `tearline diff --html`); "
            "the check still runs.",
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            "-w",
            min=1,
            help="Processes that sanitize a folder at once, each loading the model once "
            "(default: one per core).",
            rich_help_panel="Folders and many files",
        ),
    ] = None,
    glob: Annotated[
        str,
        typer.Option(
            help="Which files of an input folder to sanitize, matched against their path "
            "inside it.",
            rich_help_panel="Folders and many files",
        ),
    ] = DEFAULT_GLOB,
    overwrite: Annotated[
        bool,
        typer.Option(
            "--overwrite",
            help="Redo outputs that already exist; without it they are skipped, so a rerun "
            "finishes an interrupted one.",
            rich_help_panel="Folders and many files",
        ),
    ] = False,
) -> None:
    """Sanitize a report: remove sources and methods, keep the actionable warning.

    The output is checked before release: if removed material survives anywhere, nothing is
    written and the exit code is 1 (run `tearline explain` to see why). Exit 2 means bad
    usage, input or policy.

    Folders and several files go under `-o OUTDIR`, mirroring the input tree (`tearline redact
    reports/ -o released/`), with a progress bar on a terminal and a summary; an output already
    there is skipped, so a rerun finishes an interrupted run. Exit 1 if any output was
    withheld, 2 if any file failed.

    Example: tearline redact samples/flagship.txt -p duty-to-warn -o flagship.safe.txt
    """
    from tearline.audit import AuditLog, audited
    from tearline.pipeline import redact
    from tearline.policy import load_policy

    with reporting_errors(ctx):
        resolved = load_policy(policy)
        if _is_folder_run(paths, output):
            from tearline.batch.worker import Options

            if output is None:
                raise fail("several reports or a folder need -o OUTDIR, the folder to write to")
            if overrides is not None or fmt is Format.json:
                raise fail("--overrides and --format json take one report at a time")
            options = Options(resolved, write_atomically, encoding, max_bytes, audit)
            inputs = [Path(p) for p in paths]
            code = _redact_folder(inputs, output, options, policy, glob, workers, overwrite)
            raise typer.Exit(code)
        reviewed = None
        if overrides is not None:
            from tearline.review.overrides import load_overrides

            reviewed = load_overrides(overrides)
        protect = [] if paths[0] == STDIN else [Path(paths[0])]
        log = AuditLog(audit, protect=[*protect, *([output] if output else [])]) if audit else None
        with about_document(paths[0]), audited(log, paths[0], resolved) as entry:
            entry.document = load_document(paths[0], encoding=encoding, max_bytes=max_bytes)
            entry.result = result = redact(entry.document.text, resolved, reviewed)
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
                write_atomically(output, rendered, protect=protect)


def _is_folder_run(paths: list[str], output: Path | None) -> bool:
    """Several inputs, a folder, or an output folder that exists: outputs mirror the inputs."""
    return (
        len(paths) > 1
        or Path(paths[0]).is_dir()
        or (output is not None and output.is_dir() and paths[0] != STDIN)
    )


def _redact_folder(
    inputs: list[Path],
    outdir: Path,
    options: Options,
    policy: str,
    glob: str,
    workers: int | None,
    overwrite: bool,
) -> int:
    """Sanitize every input into `outdir` (one `redact` per document, in batches), print the
    summary and return the exit code."""
    from tearline.audit import AuditLog
    from tearline.batch.runner import run_folder

    if options.audit is not None:
        AuditLog(options.audit, protect=[*inputs, outdir])  # refuse a bad log before starting
    tally = run_folder(
        inputs,
        outdir,
        options,
        pattern=glob,
        workers=workers,
        overwrite=overwrite,
        explain_hint=f" -p {policy}",
    )
    typer.echo(tally.summary(), err=True)
    return tally.exit_code
