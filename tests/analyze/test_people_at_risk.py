"""Tests for the people a target holds: a sentence that says who is there ("Families with
children sleep on that floor") tells the recipient who is at risk, and is no background.

Rows are short reports and the release expected under duty-to-warn. Negatives: someone's own
kin ("His children live abroad"), which tells of whoever reported, still goes.
"""

import pytest
from releases import released

THREAT = "The group will burn the hostel on 3 May."


@pytest.mark.parametrize(
    "sentence",
    [
        "Families with children sleep on that floor.",
        "Worshippers gather in the nave before the doors open.",
        "Elderly residents use the side entrance.",
        "The crowd is densest near the bar.",
    ],
)
def test_when_a_sentence_says_who_is_at_the_target_then_it_stays(sentence: str) -> None:
    assert released(f"{THREAT} {sentence}") == f"{THREAT} {sentence}"


@pytest.mark.parametrize(
    "sentence",
    [
        "His children live abroad.",
        "Their families have been told nothing.",
        "The headman was nervous and spoke only after the children had gone inside.",
    ],
)
def test_when_the_people_are_someones_own_then_the_sentence_is_still_background(
    sentence: str,
) -> None:
    assert released(f"{THREAT} {sentence}") == THREAT
