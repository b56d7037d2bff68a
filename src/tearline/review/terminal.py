"""The terminal view of a review: original beside sanitized, row by row, then the summary.

Rendered with rich. At 100 columns or more the panes stand side by side; below that, or on
request, the view is unified: each changed row as a `-` line (the original) and a `+` line
(what it became). Without colour (`NO_COLOR`, a pipe, a dumb terminal) the highlights become
wdiff-style markers, `[-removed-]`, `{+written+}` and `{!found by the check!}`, so nothing
is lost. Document text only ever enters rich as `Text`, never as markup, so a report that
contains "[bold]" prints as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Literal

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from tearline.categories import Category
from tearline.model import Decision, Result
from tearline.review.align import Alignment, Row, Span
from tearline.review.summary import Summary

Layout = Literal["auto", "side", "unified"]
#: Below this many columns the side-by-side panes are too narrow to read.
SIDE_BY_SIDE_MIN_WIDTH = 100

CATEGORY_STYLES: dict[Category, str] = {
    Category.SOURCE: "bold white on red3",
    Category.METHOD: "bold white on dark_orange3",
    Category.COLLECTION: "bold black on gold3",
    Category.PERSONNEL: "bold white on purple4",
    Category.SELECTOR: "bold white on dark_cyan",
    Category.MARKING: "bold white on blue3",
    Category.TIME: "bold black on pale_green3",
    Category.LOCATION: "bold black on pale_green3",
    Category.TARGET: "bold black on pale_green3",
    Category.PERPETRATOR: "bold black on pale_green3",
    Category.ATTACK_METHOD: "bold black on pale_green3",
    Category.THREAT: "bold black on pale_green3",
}
TIDY_LEFT = "strike dim"
TIDY_RIGHT = "bold underline yellow"
KEEP_STYLE = "underline green"
HIT_STYLE = "bold white on bright_red"
PLAIN_LEGEND = "[-removed-]  {+written+}  {!found by the check!}"


_LINE_BREAK = re.compile(r"[ \t]*\r?\n[ \t]*")


def _reflow(spans: Sequence[Span]) -> list[Span]:
    """One row as one flowing line: reports are hard-wrapped at ~72 columns, which wraps
    badly again inside a narrower pane. Rows already start at sentences and header lines,
    and the whitespace at both ends of a row is layout, not content."""
    out = [Span(_LINE_BREAK.sub(" ", s.text), s.mark, s.decision, s.hit) for s in spans if s.text]
    while out and not out[-1].text.strip():
        out.pop()
    while out and not out[0].text.strip():
        out.pop(0)
    if out:
        out[-1] = Span(out[-1].text.rstrip(), out[-1].mark, out[-1].decision, out[-1].hit)
        out[0] = Span(out[0].text.lstrip(), out[0].mark, out[0].decision, out[0].hit)
    return out


class _Painter:
    """Turns spans into rich Text, with colours or with markers."""

    def __init__(self, decisions: Sequence[Decision], color: bool) -> None:
        self.decisions, self.color = decisions, color

    def _style(self, span: Span, side: str) -> str:
        if span.hit:
            return HIT_STYLE
        if span.mark == "change" and span.decision is not None:
            return CATEGORY_STYLES[self.decisions[span.decision].category]
        if span.mark == "tidy":
            return TIDY_LEFT if side == "left" else TIDY_RIGHT
        if span.mark == "keep":
            return KEEP_STYLE
        return ""

    def text(self, spans: Sequence[Span], side: str) -> Text:
        """The spans of one pane, highlighted."""
        out = Text()
        if self.color:
            for span in _reflow(spans):
                out.append(span.text, style=self._style(span, side))
            return out
        opener, closer = ("[-", "-]") if side == "left" else ("{+", "+}")
        open_marker = ""
        for span in _reflow(spans):
            marker = (
                ("{!", "!}")
                if span.hit
                else ((opener, closer) if span.mark in ("change", "tidy") else ("", ""))
            )
            if marker[0] != open_marker:
                out.append(_closing(open_marker))
                out.append(marker[0])
                open_marker = marker[0]
            out.append(span.text)
        out.append(_closing(open_marker))
        return out

    def categories(self, row: Row) -> Text:
        """The categories changed in a row, one per line, for the gutter."""
        seen: list[Category] = []
        for span in row.left:
            if span.mark == "change" and span.decision is not None:
                category = self.decisions[span.decision].category
                if category not in seen:
                    seen.append(category)
        return Text("\n").join(
            Text(str(c), style=CATEGORY_STYLES[c] if self.color else "") for c in seen
        )


def _closing(opener: str) -> str:
    return {"[-": "-]", "{+": "+}", "{!": "!}"}.get(opener, "")


def _side_by_side(rows: Iterable[Row], painter: _Painter) -> Table:
    table = Table(box=box.SIMPLE_HEAD, expand=True, pad_edge=False, show_edge=False)
    table.add_column("line", justify="right", no_wrap=True, style="dim")
    table.add_column("original", ratio=1, overflow="fold")
    table.add_column("", no_wrap=True)
    table.add_column("sanitized", ratio=1, overflow="fold")
    previous: int | None = None
    for row in rows:
        if previous is not None and row.paragraph != previous:
            table.add_row()
        previous = row.paragraph
        table.add_row(
            str(row.line),
            painter.text(row.left, "left"),
            painter.categories(row),
            painter.text(row.right, "right"),
        )
    return table


def _unified(rows: Iterable[Row], painter: _Painter) -> Table:
    table = Table(box=None, show_header=False, expand=True, pad_edge=False, padding=(0, 1, 0, 0))
    table.add_column("line", justify="right", no_wrap=True, style="dim")
    table.add_column("sign", no_wrap=True, width=1)
    table.add_column("text", ratio=1, overflow="fold")
    table.add_column("categories", no_wrap=True)
    previous: int | None = None
    for row in rows:
        if previous is not None and row.paragraph != previous:
            table.add_row()
        previous = row.paragraph
        if not row.changed:
            table.add_row(str(row.line), " ", painter.text(row.left, "left"), "")
            continue
        minus = Text("-", style="red" if painter.color else "")
        plus = Text("+", style="green" if painter.color else "")
        table.add_row(str(row.line), minus, painter.text(row.left, "left"), painter.categories(row))
        after = painter.text(row.right, "right")
        if after.plain.strip():
            table.add_row("", plus, after, "")
    return table


def _summary(summary: Summary, painter: _Painter) -> RenderableType:
    facts = Table(box=None, show_header=False, pad_edge=False, padding=(0, 2, 0, 0))
    facts.add_column(style="bold", no_wrap=True)
    facts.add_column(overflow="fold")
    facts.add_row("report", Text(summary.document))
    facts.add_row("policy", Text(f"{summary.policy}  sha256 {summary.sha256}"))
    verdict = Text(summary.verdict)
    if painter.color:
        verdict.stylize("bold green" if summary.passed else "bold red")
    if not summary.passed:
        verdict.append(f" ({summary.hits} hit(s) marked in the sanitized text)")
    facts.add_row("check", verdict)
    changes = f"{summary.changes} change(s), {summary.keeps} kept span(s) found"
    if summary.restored or summary.redacted:
        changes += f"; reviewer: {summary.restored} restored, {summary.redacted} redacted"
    facts.add_row("decisions", Text(changes))
    tidy = f"{summary.tidied} piece(s) of original dropped or changed, "
    facts.add_row("tidy", Text(tidy + f"{summary.rewritten} piece(s) written"))
    counts = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    counts.add_column("category")
    actions = summary.actions()
    for action in actions:
        counts.add_column(action, justify="right")
    counts.add_column("total", justify="right")
    for category in summary.categories():
        cells = [summary.counts.get((category, a), 0) for a in actions]
        label = Text(str(category), style=CATEGORY_STYLES[category] if painter.color else "")
        counts.add_row(label, *(str(c) for c in cells), str(sum(cells)))
    return Group(Text("summary", style="bold"), facts, counts)


def _legend(summary: Summary, painter: _Painter) -> Text:
    if not painter.color:
        return Text(f"legend: {PLAIN_LEGEND}")
    legend = Text("legend: ")
    for category in summary.categories():
        legend.append(f" {category} ", style=CATEGORY_STYLES[category])
        legend.append(" ")
    legend.append("dropped by tidy", style=TIDY_LEFT)
    legend.append("  ")
    legend.append("written by tidy", style=TIDY_RIGHT)
    legend.append("  ")
    legend.append("kept on purpose", style=KEEP_STYLE)
    if not summary.passed:
        legend.append("  ")
        legend.append(" found by the check ", style=HIT_STYLE)
    return legend


def uses_color(console: Console) -> bool:
    """True when highlights can be shown as colours; otherwise markers stand in."""
    return console.color_system is not None and not console.no_color


def render(
    console: Console,
    result: Result,
    alignment: Alignment,
    summary: Summary,
    layout: Layout = "auto",
) -> None:
    """Print the review of one report: title, the aligned rows, the summary and a legend."""
    painter = _Painter(result.decisions, uses_color(console))
    side = layout == "side" or (layout == "auto" and console.width >= SIDE_BY_SIDE_MIN_WIDTH)
    title = Text(f"tearline diff: {summary.document} under {summary.policy}", style="bold")
    console.print(title)
    body = _side_by_side if side else _unified
    console.print(body(alignment.rows, painter))
    console.print(_summary(summary, painter))
    console.print(_legend(summary, painter))
