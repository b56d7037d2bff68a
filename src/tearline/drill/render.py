"""Drill output for the terminal: catalogue, feedback, side-by-side, history and class report.

Every function returns rich renderables; the console decides on colour, so piped output is
plain text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from tearline.drill.catalogue import Drill
from tearline.drill.grade import Grade
from tearline.drill.history import Attempt, DrillSummary
from tearline.drill.sentences import reflow
from tearline.drill.weights import FAIL_ON_LEAK, PASS_MARK, weight
from tearline.evaluate.gold import GoldKey
from tearline.model import Result

_NONE = "-"
#: How an attempt was made, as the history table shows it.
_VIA = {"worksheet": "file", "interactive": "run"}


def points(score: float) -> str:
    """A score as shown: one decimal at most, so 79.8 never reads as a passing 80."""
    return f"{score:.1f}".removesuffix(".0")


def catalogue_table(drills: list[Drill], best: dict[str, float], trainee: str) -> Table:
    """`drill list`: id, difficulty, title and focus, and the trainee's best score so far.

    The focus goes under the title, so the table stays readable at 80 columns.
    """
    table = Table(box=box.SIMPLE_HEAD, title=f"Drills (best scores of {trainee})")
    table.add_column("id", no_wrap=True)
    table.add_column("difficulty", justify="center", no_wrap=True)
    table.add_column("title / focus")
    table.add_column("best", justify="right", no_wrap=True)
    for d in drills:
        difficulty = f"{d.gold.difficulty}/3" if d.gold.difficulty else _NONE
        cell = Text(d.title)
        cell.append("\nfocus: " + (", ".join(str(c) for c in d.focus) or _NONE), "dim")
        score = points(best[d.id]) if d.id in best else _NONE
        table.add_row(d.id, difficulty, cell, score)
    return table


def _keys_list(keys: list[GoldKey], caption: str) -> Group:
    """Keys heaviest first, each with its category, its text and why it matters."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for key in sorted(keys, key=weight, reverse=True):
        category = str(key.category) if key.category else _NONE
        cell = Text(f'"{key.text}"', "bold")
        if key.why:
            cell.append(f"\n{key.why}", "default")
        grid.add_row(f"  {category:<13}", cell)
    return Group(Text(caption, "bold"), grid)


def feedback(grade: Grade, identified_how: str | None = None) -> Group:
    """Everything the trainee should learn from an attempt, before the side-by-side."""
    parts: list[RenderableType] = [Text(f"{grade.drill.id} \u2014 {grade.drill.title}", "bold")]
    if identified_how:
        parts.append(Text(f"Note: {identified_how}.", "yellow"))
    if grade.triage is not None:
        t = grade.triage
        given = {None: "did not answer", True: "answered yes", False: "answered no"}[t.answer]
        verdict = "Correct" if t.correct else "Not correct"
        applies = "applies" if t.applies else "does not apply"
        parts.append(
            Text(f"\nDuty to warn: you {given}. {verdict}: the duty to warn {applies}.", "bold")
        )
        parts.append(Text(t.reason))
    if grade.leaked:
        parts.append(
            _keys_list(grade.leaked, f"\nLeaks ({len(grade.leaked)}): still in your version")
        )
    else:
        parts.append(Text("\nLeaks: none. Nothing that must go survived.", "green"))
    if grade.lost:
        parts.append(
            _keys_list(
                grade.lost, f"\nOver-redactions ({len(grade.lost)}): the warning needed these"
            )
        )
    else:
        parts.append(
            Text("\nOver-redactions: none. Everything the warning needs is there.", "green")
        )
    parts.append(_score_lines(grade))
    return Group(*parts)


def _score_lines(grade: Grade) -> Text:
    b = grade.breakdown
    verdict = "PASS" if grade.passed else "FAIL"
    style = "bold green" if grade.passed else "bold red"
    text = Text("\n")
    text.append(f"Score {points(b.score)}/100: {verdict}", style)
    text.append(f" (pass mark {PASS_MARK})\n")
    text.append(
        f"  leaks            -{b.leak_penalty:4.1f}  ({b.leak_weight} of {b.remove_weight} "
        "weighted points of what must go)\n"
    )
    text.append(
        f"  over-redactions  -{b.loss_penalty:4.1f}  ({b.loss_weight} of {b.keep_weight} "
        "weighted points of what must stay)\n"
    )
    if grade.triage is not None:
        text.append(f"  duty to warn     -{b.triage_penalty:4.1f}\n")
    text.append("  (weights and formula: tearline.drill.weights)")
    if b.fatal:
        leaked = " and ".join(sorted({str(k.category) for k in b.fatal}))
        rule = " or ".join(sorted(str(c) for c in FAIL_ON_LEAK))
        text.append(f"\n  FAIL because a {leaked} key leaked: ", "red")
        text.append(f"a leaked {rule} key fails the drill whatever the score.", "red")
    return text


def _highlight(text: Text, keys: Iterable[GoldKey], style: str, *, fold_case: bool) -> None:
    for key in keys:
        words = key.text.split()
        if not words:
            continue
        pattern = r"\s+".join(re.escape(w) for w in words)
        text.highlight_regex(re.compile(pattern, re.IGNORECASE if fold_case else 0), style)


def side_by_side(grade: Grade, reference: Result | None) -> RenderableType:
    """The trainee's version beside tearline's own, leaks and lost keys highlighted."""
    if reference is None:
        return Text("(tearline's own version was not computed)")
    mine = Text(reflow(grade.text) or "(empty)")
    _highlight(mine, grade.leaked, "bold red", fold_case=True)
    if reference.text is None:
        theirs = Text(
            "tearline withheld its own version of this report: its check found removed "
            f"material in the draft ({reference.check.reason}), so there is no reference "
            "answer to show.",
            "italic",
        )
    else:
        theirs = Text(reflow(reference.text))
        _highlight(theirs, grade.lost, "bold green", fold_case=False)
    table = Table(box=box.SQUARE, expand=True, title="Your version and one good answer")
    table.add_column("your version", ratio=1, overflow="fold")
    table.add_column(f"tearline ({reference.policy.name})", ratio=1, overflow="fold")
    table.add_row(mine, theirs)
    return table


def history_table(attempts: list[Attempt]) -> Table:
    """One trainee's attempts, oldest first."""
    table = Table(box=box.SIMPLE_HEAD)
    table.add_column("when (UTC)", no_wrap=True)
    table.add_column("drill", overflow="fold", min_width=10)
    for name in ("via", "score", "leaks", "lost", "triage"):
        table.add_column(name, no_wrap=True)
    for a in attempts:
        table.add_row(
            a.time.replace("T", " ")[:16],
            a.drill,
            _VIA.get(a.mode, a.mode),
            f"{points(a.score)} {'pass' if a.passed else 'FAIL'}",
            str(len(a.leaked)),
            str(len(a.lost)),
            a.triage or _NONE,
        )
    return table


def trend_lines(trends: dict[str, list[float]], categories: list[tuple[str, int]]) -> Text:
    """Scores per drill over time, and the categories leaked most often."""
    text = Text()
    text.append("Trend per drill\n", "bold")
    for drill, scores in sorted(trends.items()):
        series = " -> ".join(points(s) for s in scores)
        delta = scores[-1] - scores[0]
        sign = "+" if delta >= 0 else "-"
        change = f" ({sign}{points(abs(delta))})" if len(scores) > 1 else ""
        text.append(f"  {drill}: {series}{change}\n")
    text.append("Most often leaked\n", "bold")
    if categories:
        text.append("  " + ", ".join(f"{c} x{n}" for c, n in categories[:5]) + "\n")
    else:
        text.append("  nothing leaked so far\n")
    return text


def report_table(summaries: list[DrillSummary]) -> Table:
    """`drill report`: per drill, the pass rate, mean score and most leaked keys of a class."""
    table = Table(box=box.SIMPLE_HEAD, title="Class report")
    for name in ("drill", "attempts", "trainees", "passed", "mean", "most leaked keys"):
        table.add_column(name, overflow="fold")
    for s in summaries:
        keys = "; ".join(f'"{k}" x{n}' for k, n in s.leaked_keys) or _NONE
        table.add_row(
            s.drill,
            str(s.attempts),
            str(s.trainees),
            f"{s.passed}/{s.attempts} ({s.pass_rate:.0%})",
            points(s.mean_score),
            keys,
        )
    return table
