"""Tests for the base of the regex recognizers: each pattern is compiled once, not twice."""

from pathlib import Path

import pytest
import regex
from presidio_analyzer import PatternRecognizer

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
