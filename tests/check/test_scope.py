"""Tests for the rescan's scope: only the blocks a rewrite changed are read again."""

from __future__ import annotations

import pytest

from tearline.categories import Category
from tearline.check.scope import RescanScope
from tearline.model import Finding

ORIGINAL = (
    "HEADER LINE\n"
    "\n"
    "Per KESTREL, the cell will strike on 4 May.\n"
    "\n"
    "The van is white.\n"
    "It has two doors.\n"
    "\n"
    "Footer line\n"
)
DRAFT = "HEADER LINE\n\nThe cell will strike on 4 May.\n\nThe van is white.\nIt has two doors.\n\n"


def _finding(start: int, end: int, rule: str = "r") -> Finding:
    return Finding(start, end, Category.SOURCE, 0.9, rule)


def _at(text: str, fragment: str) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


def test_when_a_block_changed_then_only_it_is_read_again_with_a_line_of_context_each_side() -> None:
    scope = RescanScope.of(ORIGINAL, DRAFT)

    assert scope.text == "HEADER LINE\n\nThe cell will strike on 4 May.\n\nThe van is white."


@pytest.mark.parametrize(
    ("draft", "text"),
    [
        pytest.param(ORIGINAL, "", id="nothing-changed"),
        pytest.param(ORIGINAL.replace("\n", "\r\n"), "", id="line-endings-kept"),
        pytest.param("", "", id="everything-removed"),
    ],
)
def test_when_no_block_changed_then_there_is_nothing_to_read(draft: str, text: str) -> None:
    original = draft or ORIGINAL

    assert RescanScope.of(original, draft).text == text


def test_when_two_blocks_changed_apart_then_each_is_read_with_its_own_context() -> None:
    original = "A one.\n\nB two KESTREL.\n\nC three.\n\nD four KESTREL.\n\nE five.\n"
    draft = "A one.\n\nB two.\n\nC three.\n\nD four.\n\nE five.\n"

    scope = RescanScope.of(original, draft)

    assert scope.text == "A one.\n\nB two.\n\nC three.\n\nC three.\n\nD four.\n\nE five."


def test_when_findings_come_back_then_they_stand_at_their_place_in_the_draft() -> None:
    scope = RescanScope.of(ORIGINAL, DRAFT)
    on_scan = _finding(*_at(scope.text, "4 May"), rule="scanned")
    in_context = _finding(*_at(scope.text, "HEADER"), rule="context")
    untouched = _finding(*_at(ORIGINAL, "two doors"), rule="original")
    in_changed_block = _finding(*_at(ORIGINAL, "KESTREL"), rule="stale")

    found = scope.findings([untouched, in_changed_block], [on_scan, in_context])

    assert [(DRAFT[f.start : f.end], f.rule) for f in found] == [
        ("4 May", "scanned"),
        ("two doors", "original"),
    ]


def test_when_a_finding_reaches_into_a_context_line_then_it_is_cut_at_the_changed_block() -> None:
    scope = RescanScope.of(ORIGINAL, DRAFT)
    start, _ = _at(scope.text, "strike")
    _, end = _at(scope.text, "The van")

    (found,) = scope.findings([], [_finding(start, end)])

    assert DRAFT[found.start : found.end] == "strike on 4 May."
