"""Tests for the static check of policy regexes: what compiles, and what cannot backtrack
catastrophically; a table of safe and unsafe regexes, each unsafe one with its exact reason."""

from __future__ import annotations

import pytest

from tearline.policy.regex_check import NESTED, OVERLAP, check_regex

EMPTY = (
    "regex matches the empty string, so it would mark nothing; make at least one character required"
)


@pytest.mark.parametrize(
    "pattern",
    [
        pytest.param(r"\b\d{2}:\d{2}\b", id="bounded-repeats"),
        pytest.param(r"[A-Z]\w+(?:\s+[A-Z]\w+){0,3}", id="unbounded-inside-bounded"),
        pytest.param(r"(?<=\bnamed |\bled by )[A-Z][a-z]+", id="variable-width-lookbehind"),
        pytest.param(r"x(?:\s+\w+)*+y", id="possessive-outer-repeat"),
        pytest.param(r"x(?>(?:\s+\w+)*)y", id="atomic-group-around-one-repeat"),
        pytest.param(r"(?:Street|Road|Lane)+", id="alternatives-that-start-differently"),
        pytest.param(r"x(?:\d|x)+", id="single-characters-are-a-set"),
        pytest.param(r"x(?:ab|ac)+", id="common-prefix-factored-out"),
        pytest.param(r"(?i)named [a-z]+", id="inline-flag"),
    ],
)
def test_when_regex_is_safe_then_it_is_returned(pattern: str) -> None:
    assert check_regex(pattern) == pattern


@pytest.mark.parametrize(
    ("pattern", "reason"),
    [
        pytest.param(r"(a+)+$", NESTED, id="nested-plus"),
        pytest.param(r"x(\w+\s?)*y", NESTED, id="words-and-spaces"),
        pytest.param(r"x(?:a{1,5})*y", NESTED, id="bounded-inside-unbounded"),
        pytest.param(r"x(?>(a+)+b)", NESTED, id="nested-inside-atomic-group"),
        pytest.param(r"x(?:a|aa)*y", OVERLAP, id="overlapping-alternatives"),
        pytest.param(r"(?i)x(?:A|ab)+", OVERLAP, id="overlapping-when-case-folded"),
        pytest.param(r"x(?:[a-c]d|ce)+", OVERLAP, id="class-overlaps-literal"),
        pytest.param(r"x(?:a?b|b)+", OVERLAP, id="optional-start-overlaps"),
        pytest.param(r"\d*", EMPTY, id="matches-nothing"),
        pytest.param(r"a(", "invalid regex: missing ) at position 2", id="does-not-compile"),
        pytest.param(
            r"\p{Lu}\w+",
            "regex uses syntax the backtracking check cannot read (bad escape \\p); "
            "write it in the syntax of Python's `re` module",
            id="regex-only-syntax",
        ),
    ],
)
def test_when_regex_is_unsafe_then_the_reason_says_how_to_fix_it(pattern: str, reason: str) -> None:
    with pytest.raises(ValueError) as caught:
        check_regex(pattern)

    assert str(caught.value) == reason


def test_when_every_shipped_pattern_is_checked_then_each_passes() -> None:
    from tearline.policy import load_policy, policy_names

    for name in policy_names():
        for spec in load_policy(name).patterns.values():
            assert check_regex(spec.regex) == spec.regex
