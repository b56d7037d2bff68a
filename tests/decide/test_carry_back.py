"""Tests for carry_back: spans found in a draft land on the original text they came from."""

import time
from difflib import SequenceMatcher

import pytest

from tearline.categories import Category
from tearline.decide.carry_back import (
    MAX_ALIGN_CHARS,
    RULE_PREFIX,
    WIDENED_RULE,
    _TextMatcher,
    carry_back,
    widen,
)
from tearline.model import Finding

ORIGINAL = (
    "SECRET//NOFORN\nThe cell, per GREY OWL, will strike the dam. Call +44 7700 900123 at once.\n"
)
DRAFT = "The cell will strike the dam. Call at once.\n"


def in_draft(piece: str, rule: str = "SelectorRecognizer:x") -> Finding:
    start = DRAFT.index(piece)
    return Finding(start, start + len(piece), Category.METHOD, 0.8, rule, "why")


def region(piece: str) -> tuple[int, int]:
    start = ORIGINAL.index(piece)
    return start, start + len(piece)


@pytest.mark.parametrize(
    ("piece", "covered", "at_most"),
    [
        ("dam", "dam", "dam"),
        ("The cell", "The cell", "The cell, per GREY OWL,"),
        ("Call at once.", "Call +44 7700 900123 at once.", "Call +44 7700 900123 at once."),
        ("cell will", "cell, per GREY OWL, will", "cell, per GREY OWL, will"),
    ],
)
def test_when_a_draft_span_is_carried_back_then_it_covers_the_original_text(
    piece: str, covered: str, at_most: str
) -> None:
    """The carried span covers what the draft span came from, and reaches no further than
    text the draft no longer has."""
    (carried,) = carry_back(ORIGINAL, DRAFT, [in_draft(piece)])
    low, high = region(at_most)
    start, end = region(covered)
    assert low <= carried.start <= start
    assert end <= carried.end <= high


def test_when_a_span_is_carried_back_then_only_offsets_and_rule_change() -> None:
    finding = in_draft("dam")
    (carried,) = carry_back(ORIGINAL, DRAFT, [finding])
    assert carried.rule == RULE_PREFIX + finding.rule
    assert (carried.category, carried.score, carried.why, carried.identifier) == (
        finding.category,
        finding.score,
        finding.why,
        finding.identifier,
    )


def test_when_a_span_was_carried_back_before_then_its_rule_is_not_prefixed_twice() -> None:
    (carried,) = carry_back(ORIGINAL, DRAFT, [in_draft("dam", rule=RULE_PREFIX + "x")])
    assert carried.rule == RULE_PREFIX + "x"


def test_when_the_draft_is_unchanged_then_spans_keep_their_offsets() -> None:
    text = "The cell will strike the dam."
    finding = Finding(9, 13, Category.SOURCE, 0.8, "r")
    (carried,) = carry_back(text, text, [finding])
    assert (carried.start, carried.end) == (9, 13)


def test_when_a_span_lies_on_inserted_text_then_it_lands_on_what_was_replaced() -> None:
    original = "According to the source, the cell will strike."
    draft = "According to reporting, the cell will strike."
    start = draft.index("reporting")
    (carried,) = carry_back(original, draft, [Finding(start, start + 9, Category.SOURCE, 0.8, "r")])
    replaced = (original.index("the source"), original.index(","))
    assert replaced[0] <= carried.start < carried.end <= replaced[1]


@pytest.mark.parametrize(
    ("original", "findings"),
    [
        (ORIGINAL, []),
        ("x" * (MAX_ALIGN_CHARS + 1), [Finding(0, 1, Category.METHOD, 0.8, "r")]),
    ],
)
def test_when_there_is_nothing_to_carry_or_the_text_is_too_long_then_none_is_returned(
    original: str, findings: list[Finding]
) -> None:
    assert carry_back(original, "x", findings) == []


@pytest.mark.parametrize(
    ("piece", "sentence"),
    [
        ("PER GREY OWL", "The cell, per GREY OWL, will strike the dam."),
        ("900123", "Call +44 7700 900123 at once."),
        ("SECRET", "SECRET//NOFORN"),
    ],
)
def test_when_a_span_is_widened_then_it_covers_its_sentence_or_line(
    piece: str, sentence: str
) -> None:
    start = ORIGINAL.upper().index(piece)
    finding = Finding(start, start + len(piece), Category.METHOD, 0.8, RULE_PREFIX + "r")
    (wide,) = widen(ORIGINAL, [finding])
    assert ORIGINAL[wide.start : wide.end] == sentence
    assert wide.rule == WIDENED_RULE + "r"


def test_when_a_span_lies_only_on_inserted_text_then_an_anchor_is_carried() -> None:
    original = "The cell will strike. Source: walk-in."
    draft = "The cell will strike. Reporting indicates."
    start = draft.index("Reporting")
    finding = Finding(start, start + 9, Category.SOURCE, 0.8, "r")
    (anchor,) = carry_back(original, draft, [finding], anchors=True)
    assert anchor.end - anchor.start >= 1
    (wide,) = widen(original, [anchor])
    assert original[wide.start : wide.end] == "Source: walk-in."


def test_when_a_span_lies_before_the_first_kept_character_then_its_anchor_is_the_start() -> None:
    original = "source: walk-in. The cell will strike."
    draft = "XYZ The cell will strike."
    (anchor,) = carry_back(
        original, draft, [Finding(0, 3, Category.SOURCE, 0.8, "r")], anchors=True
    )
    assert anchor.start == 0
    (wide,) = widen(original, [anchor])
    assert original[wide.start : wide.end] == "source: walk-in."


@pytest.mark.parametrize(
    ("text", "piece", "sentence"),
    [
        # a wrapped line of prose runs on to the full stop
        (
            "The download shows photographs of the Fallow\nLane car park, sent to HALE.\n",
            "photographs",
            "The download shows photographs of the Fallow\nLane car park, sent to HALE.",
        ),
        # a blank line, a list item or a label line ends the line's sentence
        ("Prepared by the desk\n\nThe cell will strike.", "desk", "Prepared by the desk"),
        ("Seen at the farm\n2. The cell will strike.", "farm", "Seen at the farm"),
        ("Collected at the port\nSource: a driver.", "port", "Collected at the port"),
    ],
)
def test_when_a_span_is_widened_then_a_line_end_ends_it_only_where_the_layout_says_so(
    text: str, piece: str, sentence: str
) -> None:
    start = text.index(piece)
    finding = Finding(start, start + len(piece), Category.METHOD, 0.8, RULE_PREFIX + "r")
    (wide,) = widen(text, [finding])
    assert text[wide.start : wide.end] == sentence


@pytest.mark.parametrize(
    ("original", "draft"),
    [
        (ORIGINAL, DRAFT),
        ("the cell will strike", "the cell will strike"),
        ("", ""),
        ("abc", ""),
        ("", "abc"),
        ("abc", "xyz"),  # no character in common
        ("ab ab", "ab"),  # two blocks as long: the first in the original
        ("ab", "ab ab"),  # two places in the draft: the first
        ("aaaa", "aa"),
        ("abab", "baba"),
        ("a b a b a", "b a b"),
        ("Per LANTERN, the van. Per LANTERN, the car.", "The van. Per LANTERN, the car."),
        ("x [REDACTED] y [REDACTED] z", "x y [REDACTED] z [REDACTED]"),
    ],
)
def test_when_texts_are_aligned_then_the_blocks_are_difflibs(original: str, draft: str) -> None:
    ours = _TextMatcher(original, draft).get_matching_blocks()
    assert ours == SequenceMatcher(None, original, draft, autojunk=False).get_matching_blocks()


def test_when_a_long_log_loses_lines_then_it_is_aligned_quickly() -> None:
    # difflib's own search took about 20 s of CPU for these 26,000 characters
    lines = [
        f"Entry {n}: the van was seen at {n % 17} Keel Lane at 0{n % 9}:{n % 60:02d}."
        for n in range(400)
    ]
    original = "\n".join(lines)
    draft = "\n".join(line for n, line in enumerate(lines) if n % 7)
    start = draft.index("Entry 398")
    finding = Finding(start, start + 9, Category.SOURCE, 0.8, "r")
    started = time.process_time()
    (carried,) = carry_back(original, draft, [finding])
    assert time.process_time() - started < 3
    assert original[carried.start : carried.end] == "Entry 398"
