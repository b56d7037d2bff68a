"""Tests for a payment note that states its sum after "of": "Expenses of GBP 150 paid", "a
reward of 200 euros". What a source was paid goes; a bounty the plotters offer, or money
spent on the attack, stays.

Rows are short reports and the release expected under duty-to-warn.
"""

import pytest
from releases import released

THREAT = "Stroud plans to drive a van into the runners on 4 October."


@pytest.mark.parametrize(
    "note",
    [
        "Expenses of GBP 150 paid, receipt RS/114.",
        "A reward of 200 euros was handed over on Friday.",
        "Travel expenses of 5,000 crowns were paid on 2 May.",
        "Paid: an allowance of USD 80 for the week.",
    ],
)
def test_when_a_note_states_a_sum_paid_then_it_goes(note: str) -> None:
    assert released(f"{THREAT} {note}") == THREAT


@pytest.mark.parametrize(
    "text",
    [
        f"{THREAT} The cell offers a reward of EUR 5,000 for the judge's address.",
        "Stroud paid a fee of GBP 400 for the van he will drive into the runners on 4 October.",
    ],
)
def test_when_the_plotters_pay_then_it_stays(text: str) -> None:
    assert released(text) == text
