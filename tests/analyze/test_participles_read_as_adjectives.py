"""A passive participle the tagger reads as an adjective ("the number is now tasked") is still
the verb's: when the verb tells a collection, the sentence is about how we learned."""

import pytest
from releases import released

PLOT = "The cell will bomb the depot on 3 May."


@pytest.mark.parametrize(
    "sentence",
    [
        "Handset number +252 61 555 0193 is now tasked for collection.",
        "Handset number 07700 900123 is now tasked.",
        "The cell leader's second handset is now tasked.",
        "His mailbox is now harvested daily.",
    ],
)
def test_a_collection_told_by_a_participle_read_as_an_adjective_goes(sentence):
    assert released(f"{PLOT}\n\n{sentence}\n") == PLOT


@pytest.mark.parametrize(
    "text",
    [
        f"{PLOT} The depot is targeted by the cell.",
        f"{PLOT} The rifles are now stored at the farm.",
        f"{PLOT} The van is painted red and parked at the gate.",
    ],
)
def test_the_plotters_participles_stay(text):
    assert released(text) == text
