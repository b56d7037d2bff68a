"""Golden tests for the terminal view at 80 and 160 columns, with and without colour.

Golden files live in tests/review/golden/; regenerate them after a deliberate change with
`TEARLINE_UPDATE_GOLDEN=1 pytest tests/review/test_terminal.py` and read the diff. Trailing
spaces (rich pads table cells) are stripped from each line on both sides of the comparison.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from review_cable import CABLE, cable_result, withheld_result
from rich.console import Console

from tearline.categories import Category
from tearline.model import CheckResult, Decision, PolicyRef, Result
from tearline.review.align import align
from tearline.review.summary import summarize
from tearline.review.terminal import Layout, render

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES", "TERM", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)


def _render(
    result: Result, width: int, color: bool, layout: Layout = "auto", text: str = CABLE
) -> str:
    out = io.StringIO()
    console = Console(
        file=out,
        width=width,
        color_system="standard" if color else None,
        force_terminal=color,
        highlight=False,
        legacy_windows=False,
    )
    alignment = align(text, result)
    render(console, result, alignment, summarize("cable.txt", result, alignment), layout)
    return "\n".join(line.rstrip() for line in out.getvalue().splitlines()) + "\n"


def _golden(name: str, actual: str) -> str:
    path = GOLDEN / name
    if os.environ.get("TEARLINE_UPDATE_GOLDEN") == "1":
        path.write_text(actual, encoding="utf-8")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "width", "color"),
    [
        ("cable.80.txt", 80, False),
        ("cable.160.txt", 160, False),
        ("cable.80.ansi.txt", 80, True),
        ("cable.160.ansi.txt", 160, True),
    ],
)
def test_when_a_cable_is_rendered_then_the_view_matches_its_golden_file(
    name: str, width: int, color: bool
) -> None:
    actual = _render(cable_result(), width, color)

    assert actual == _golden(name, actual)


def test_when_the_check_withheld_then_the_view_marks_the_hits_and_says_so() -> None:
    actual = _render(withheld_result(), 80, color=False)

    assert actual == _golden("cable-withheld.80.txt", actual)
    assert "{!GREY OWL!}" in actual
    assert "WITHHELD: 1 removed string(s) survive in the output" in " ".join(actual.split())


@pytest.mark.parametrize(
    ("width", "layout", "side"),
    [(99, "auto", False), (100, "auto", True), (80, "side", True), (160, "unified", False)],
)
def test_when_a_layout_is_chosen_then_side_by_side_starts_at_100_columns_unless_forced(
    width: int, layout: Layout, side: bool
) -> None:
    actual = _render(cable_result(), width, color=False, layout=layout)

    assert (" original " in actual and " sanitized" in actual) is side


def test_when_no_color_is_set_then_markers_stand_in_for_colours(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")

    actual = _render(cable_result(), 160, color=True)

    assert "[-SECRET//NOFORN-]" in actual
    assert "{+Reporting indicates that+}" in actual
    assert "\x1b[3" not in actual and "\x1b[4" not in actual  # no foreground or background


def test_when_a_report_holds_rich_markup_then_it_prints_as_written() -> None:
    text = "Call [bold]Ops[/bold] :smile: now.\n"
    start = text.index("[bold]")
    decision = Decision(start, start + 6, Category.SOURCE, "remove", "r", 0.9)
    draft = "Call Ops[/bold] :smile: now.\n"
    result = Result(draft, draft, PolicyRef("p", "0" * 64), (decision,), CheckResult(True))

    actual = _render(result, 80, color=False, text=text)

    assert "[-[bold]-]Ops[/bold] :smile: now." in actual
