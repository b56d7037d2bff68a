"""`tearline explain`: show every decision and the rule behind it."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from tearline.cli.common import DEFAULT_POLICY, PolicyOption, reporting_errors
from tearline.load.documents import read_document

_SNIPPET = 48


def _snippet(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _SNIPPET else flat[: _SNIPPET - 1] + "\u2026"


def explain_command(
    ctx: typer.Context,
    path: Annotated[str, typer.Argument(help="The report to explain; `-` reads standard input.")],
    policy: PolicyOption = DEFAULT_POLICY,
) -> None:
    """Show every decision the policy made on a report: category, action, rule, score, place.

    For reviewers: the table quotes the original text of each span, so read it where the
    original may be read. The last line gives the check's verdict.

    Example: tearline explain samples/flagship.txt -p duty-to-warn
    """
    from tearline.pipeline import redact

    with reporting_errors(ctx):
        text = read_document(path)
        result = redact(text, policy)
        table = Table(title=escape(f"{path} under {result.policy.name}"), show_lines=False)
        for column in ("#", "line", "category", "action", "rule", "score", "original", "why"):
            table.add_column(column, overflow="fold")
        for index, d in enumerate(result.decisions, 1):
            line = text.count("\n", 0, d.start) + 1
            cells = (
                str(index),
                str(line),
                str(d.category),
                d.action,
                d.rule,
                f"{d.score:.2f}",
                _snippet(text[d.start : d.end]),
                d.why,
            )
            # Text(...) so that brackets in a report are shown, never read as rich markup.
            table.add_row(*(Text(cell) for cell in cells))
        console = Console()
        console.print(table)
        verdict = "passed" if result.check.passed else f"WITHHELD: {result.check.reason}"
        console.print(f"check: {verdict}", markup=False)
        for hit in result.check.hits:
            console.print(
                f"  hit at output {hit.start}-{hit.end}: {hit.category} ({hit.rule})", markup=False
            )
