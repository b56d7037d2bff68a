"""Tests for a codename the report gives its source in passing: "(code ELK)", "(cover name:
HERON)", "whom we call WREN". Once given, every mention of the name is the source's, and a
sentence about it ("ELK is considered reliable") goes.

Rows are short reports and the release expected under duty-to-warn. Negatives are names the
plotters go by ("known as WOLF", "alias WOLF") and an alert state ("code RED"), which stay.
"""

import pytest
from releases import released


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We have a line into the chat through a participant who cooperates with us (code "
            "ELK). ELK is considered reliable and received 5,000 crowns for travel. The cell "
            "will burn the shelter on 3 May.",
            "The cell will burn the shelter on 3 May.",
        ),
        (
            "A woman close to the cell has been reporting to us since 2024 (cover name: HERON). "
            "The cell will bomb the bridge on 4 June. HERON was given 300 euros for expenses.",
            "The cell will bomb the bridge on 4 June.",
        ),
        (
            "The cell will bomb the bridge on 4 June, says a man whom we call WREN. WREN has "
            "met the leader twice.",
            "The cell will bomb the bridge on 4 June.",
        ),
        (
            "The crew will shoot the judge on 2 May. Our man inside the crew (codeword: OSPREY) "
            "has met the leader twice. OSPREY was paid 300 euros last month.",
            "The crew will shoot the judge on 2 May.",
        ),
    ],
)
def test_when_the_report_gives_its_source_a_codename_then_every_mention_goes(
    text: str, expected: str
) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cell, led by a man known as WOLF, will bomb the bridge on 4 June. WOLF owns a "
            "red van.",
            "The cell, led by a man known as WOLF, will bomb the bridge on 4 June. WOLF owns a "
            "red van.",
        ),
        (
            "Rune Kjellberg (alias WOLF) will bomb the bridge on 4 June. WOLF owns a red van.",
            "Rune Kjellberg (alias WOLF) will bomb the bridge on 4 June. WOLF owns a red van.",
        ),
        (
            "Alert state for the bridge is raised (code RED) ahead of the attack on 4 June.",
            "Alert state for the bridge is raised (code RED) ahead of the attack on 4 June.",
        ),
    ],
)
def test_when_the_name_is_the_plotters_own_or_an_alert_state_then_it_stays(
    text: str, expected: str
) -> None:
    assert released(text) == expected
