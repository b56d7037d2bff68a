"""The plotters' own watching is how they will attack and stays; ours is a method and goes.

Rows are one-sentence reports and their release under duty-to-warn.
"""

import pytest
from releases import released


@pytest.mark.parametrize(
    "text",
    [
        "A surveillance team of the gang will follow the minister from the airport.",
        "The gang's surveillance team will follow the minister from the airport.",
        "The cell's reconnaissance of the stadium took place on 2 May; they will strike on 9 May.",
        "The militia's recce of the bridge is planned for Friday before the ambush.",
    ],
)
def test_when_the_plotters_watch_their_target_then_the_sentence_stays(text: str) -> None:
    assert released(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("The cell will strike on 9 May. A surveillance team followed Hosk on 30 October.", "team"),
        ("The cell will strike on 9 May. Our surveillance team saw Hosk at the quarry.", "team"),
        (
            "The cell will strike on 9 May. Surveillance of the gang showed two men loading "
            "rifles on 3 May.",
            "Surveillance",
        ),
        (
            "The cell will strike on 9 May. Surveillance by the divisional team followed Hosk "
            "on 30 October.",
            "30 October",
        ),
    ],
)
def test_when_we_watch_the_plotters_then_the_watching_goes(text: str, gone: str) -> None:
    assert gone not in released(text)
