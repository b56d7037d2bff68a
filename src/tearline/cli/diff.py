"""`tearline diff`: show a reviewer the original beside the sanitized text, and why."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from tearline.cli.common import (
    DEFAULT_POLICY,
    PolicyOption,
    about_document,
    fail,
    reporting_errors,
    write_atomically,
)
from tearline.load.documents import STDIN, read_document


class LayoutChoice(StrEnum):
    """How the terminal view places the two texts."""

    auto = "auto"
    side = "side"
    unified = "unified"


def diff_command(
    ctx: typer.Context,
    path: Annotated[str, typer.Argument(help="The report to review; `-` reads standard input.")],
    policy: PolicyOption = DEFAULT_POLICY,
    html: Annotated[
        Path | None,
        typer.Option(
            "--html",
            help="Write a self-contained review page here (works offline; it holds the "
            "original) instead of printing to the terminal.",
        ),
    ] = None,
    overrides: Annotated[
        Path | None,
        typer.Option("--overrides", help="Show the result with a reviewer's overrides applied."),
    ] = None,
    layout: Annotated[
        LayoutChoice,
        typer.Option(
            help="side: panes side by side; unified: - and + lines; auto: side when "
            "the terminal has 100 columns or more."
        ),
    ] = LayoutChoice.auto,
    width: Annotated[
        int | None,
        typer.Option(min=40, help="Render for this many columns instead of the terminal's."),
    ] = None,
) -> None:
    """Show what the scrub did and why: the original beside the sanitized text, aligned.

    Removed spans are highlighted on the left, coloured by category; replacements and tidied
    seams on the right; a summary gives the counts per category and action, the check's
    verdict and the policy's hash. Without colour (NO_COLOR, a pipe) markers stand in:
    [-removed-], {+written+}, {!found by the check!}. The view shows the original: read it
    where the original may be read. Exit 1 when the check withholds the output.

    Example: tearline diff samples/flagship.txt -p duty-to-warn --html flagship.review.html
    """
    from rich.console import Console

    from tearline.pipeline import redact
    from tearline.policy import load_policy
    from tearline.review.align import align
    from tearline.review.overrides import load_overrides
    from tearline.review.summary import summarize

    with reporting_errors(ctx):
        resolved = load_policy(policy)
        reviewed = load_overrides(overrides) if overrides is not None else None
        with about_document(path):
            text = read_document(path)
            result = redact(text, resolved, reviewed)
            alignment = align(text, result)
            summary = summarize(path, result, alignment)
        if html is not None:
            from tearline.review.html_page import render_page

            page = render_page(path, text, result, alignment, summary, reviewed)
            write_atomically(html, page, protect=[] if path == STDIN else [Path(path)])
            typer.echo(
                f"wrote {html}: {summary.changes} change(s); check {summary.verdict}", err=True
            )
        else:
            from tearline.review.terminal import render

            console = Console(width=width, highlight=False, soft_wrap=False)
            render(console, result, alignment, summary, layout.value)
        if not result.check.passed:
            raise fail(f"{path}: output withheld: {result.check.reason}", code=1)
