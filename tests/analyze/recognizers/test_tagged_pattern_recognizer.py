"""Tests for the base of the regex recognizers: each pattern is compiled once, not twice."""

from pathlib import Path

import pytest
import regex
from presidio_analyzer import Pattern, PatternRecognizer

from tearline.analyze.recognizers.tagged_pattern_recognizer import TaggedPatternRecognizer
from tearline.analyze.registry import RECOGNIZERS, create
from tearline.categories import Category

FLAGSHIP = (Path(__file__).parents[3] / "samples" / "flagship.txt").read_text(encoding="utf-8")
PATTERN_RECOGNIZERS = [name for name in RECOGNIZERS if isinstance(create(name), PatternRecognizer)]


@pytest.mark.parametrize("name", PATTERN_RECOGNIZERS)
def test_when_a_pattern_has_matched_then_it_uses_the_compile_presidio_made_to_validate_it(
    name: str,
) -> None:
    recognizer = create(name)

    recognizer.analyze(FLAGSHIP, [c.value for c in Category])

    for pattern in recognizer.patterns:
        # the validation compile had no flags; the same object back means no second compile
        assert pattern.compiled_regex is regex.compile(pattern.regex), pattern.name


def test_when_a_line_pattern_is_used_then_start_and_end_of_line_match_inside_the_text() -> None:
    (marking,) = [create(n) for n in PATTERN_RECOGNIZERS if n == "tearline.marking.v1"]

    found = marking.analyze(
        "Summary of the plot.\nSECRET//NOFORN\nThe cell will strike.", ["MARKING"]
    )

    assert [(r.start, r.end) for r in found] == [(21, 35)]


@pytest.mark.parametrize("name", PATTERN_RECOGNIZERS)
def test_when_a_recognizer_declares_its_patterns_then_each_is_a_line_pattern(name: str) -> None:
    # a plain Pattern still works (it is rebuilt as a line pattern) but is compiled twice
    assert [p.name for p in type(create(name)).PATTERNS if not p.regex.startswith("(?m)")] == []


def test_when_a_plain_pattern_is_given_then_it_still_matches_at_every_line_start() -> None:
    recognizer = TaggedPatternRecognizer(
        patterns=[Pattern("line", r"^REF: \S+", 0.9)], supported_entity="COLLECTION"
    )

    found = recognizer.analyze("Summary.\nREF: AB-12\n", ["COLLECTION"])

    assert [(r.start, r.end) for r in found] == [(9, 19)]
