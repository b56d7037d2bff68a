"""Tests for the review summary: counts per category and action, verdict, tidy edits."""

from __future__ import annotations

from review_cable import CABLE, cable_result, withheld_result

from tearline.categories import Category
from tearline.review.align import align
from tearline.review.summary import summarize


def test_when_a_cable_is_summarized_then_counts_follow_categories_and_actions() -> None:
    result = cable_result()

    summary = summarize("cable.txt", result, align(CABLE, result))

    assert summary.counts == {
        (Category.MARKING, "remove"): 4,
        (Category.COLLECTION, "remove"): 1,
        (Category.SOURCE, "replace"): 1,
        (Category.TIME, "keep"): 1,
        (Category.SOURCE, "remove"): 2,
        (Category.PERSONNEL, "remove"): 1,
    }
    assert summary.categories() == [
        Category.SOURCE, Category.COLLECTION, Category.PERSONNEL, Category.MARKING, Category.TIME
    ]  # fmt: skip
    assert summary.actions() == ["remove", "replace", "keep"]
    assert (summary.changes, summary.keeps, summary.restored, summary.redacted) == (9, 1, 0, 0)
    assert summary.verdict == "passed"
    assert summary.tidied > 0 and summary.rewritten == 1


def test_when_the_check_withheld_then_the_verdict_gives_the_reason() -> None:
    result = withheld_result()

    summary = summarize("cable.txt", result, align(CABLE, result))

    assert summary.verdict == "WITHHELD: 1 removed string(s) survive in the output"
    assert (summary.passed, summary.hits) == (False, 1)
