"""Tests for a sentence that sends on what someone passed ("Forwarding below what our
Veldarian colleagues passed"): how the report travelled, and from whom, goes whole.

Rows are short reports and the release expected under duty-to-warn. Negatives: the
plotters' own relaying, which is part of the plot, stays.
"""

import pytest
from releases import released

THREAT = "The cell will burn the shelter on 3 May."


@pytest.mark.parametrize(
    "note",
    [
        "Forwarding below what our Veldarian colleagues passed at the Tuesday liaison meeting "
        "in Brenna.",
        "Forwarding what the Ostrian desk sent across this morning.",
        "We forward what the Marovian liaison officer provided at the meeting.",
        "Sharing what our Ostrian counterparts passed yesterday.",
    ],
)
def test_when_a_sentence_sends_on_what_was_passed_then_it_goes(note: str) -> None:
    assert released(f"{note} {THREAT}") == THREAT


@pytest.mark.parametrize(
    "text",
    [
        f"{THREAT} The leader will forward what the scouts found to the gunmen.",
        f"{THREAT} Vance sends what the courier gives him to the bomb-maker.",
    ],
)
def test_when_the_plotters_pass_things_on_then_it_stays(text: str) -> None:
    assert released(text) == text
