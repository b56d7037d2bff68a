"""Tests for an abbreviation inside brackets ("(reg. DKR 442)", "(tel. 0161 ...)"): its dot
ends no sentence, so a cut clause that opened the bracket takes all of it, and no "DKR 442)."
is left behind.

Rows are short reports and the release expected under duty-to-warn. Negatives: an
abbreviation outside brackets, and brackets in a kept sentence, stay as they were.
"""

import pytest
from releases import released


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tor has bought 40 litres of petrol on 31 October; our surveillance team observed "
            "the purchase and photographed his vehicle (reg. DKR 442).",
            "Tor has bought 40 litres of petrol on 31 October.",
        ),
        (
            "Vance will bomb the depot on 3 May. The team photographed the car (reg. KX12 ABC) "
            "at the lay-by.",
            "Vance will bomb the depot on 3 May.",
        ),
        (
            "Vance will bomb the depot on 3 May; our watchers filmed him at the pump (approx. "
            "MOT 9921) twice.",
            "Vance will bomb the depot on 3 May.",
        ),
    ],
)
def test_when_a_cut_clause_opens_a_bracket_with_an_abbreviation_then_all_of_it_goes(
    text: str, expected: str
) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vance will bomb the depot on 3 May. His van (approx. 2 tonnes) is parked at the farm.",
        "Vance will bomb the depot at 09:00 approx. The guards change at 09:30.",
    ],
)
def test_when_the_brackets_are_in_a_kept_sentence_then_nothing_changes(text: str) -> None:
    assert released(text) == text
