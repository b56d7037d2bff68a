"""Frames the parser misreads, and tellings and watchings that are the plotters' own.

A watcher of ours that opens a sentence with its verb of recording is our collection however
the parser read it ("filmed" taken for an adjective of the name after it); the act recorded
stays as a sentence, or the sentence goes whole. The plotters' own team, and a telling the
plotters make or plan, are part of the plot. Information we have "from a source that X" says
X. Rows are short reports and their release under duty-to-warn.
"""

import pytest
from releases import released


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A camera at the Pellham Esso garage filmed Kyle buying two 20-litre cans on "
            "8 February.",
            "Kyle bought two 20-litre cans.",
        ),
        (
            "CCTV at the garage filmed Kyle Marsh buying petrol on 8 February.",
            "Kyle Marsh bought petrol.",
        ),
        (
            "A doorbell camera on Mill Row filmed him carrying a holdall into No. 12 on 4 March.",
            "He carried a holdall into No. 12.",
        ),
        (
            "The dashcam in the patrol car caught Petra Voss loading three jerrycans into a van.",
            "Petra Voss loaded three jerrycans into a van.",
        ),
        # a device named by its designator, with how long it listened set off by commas
        (
            "GW-3 has picked up, over five evenings since 27 October, Lukas Orm teaching "
            "Pieter Vance to fly a large quadcopter with a release hook under it.",
            "Lukas Orm taught Pieter Vance to fly a large quadcopter with a release hook under it.",
        ),
        (
            "Our probe BX-7 sits in the flat.\nBX-7 recorded, on 2 May, Orm telling Vance to buy "
            "fertiliser.\nThe cell will bomb the depot on 3 November.",
            "Orm told Vance to buy fertiliser.\nThe cell will bomb the depot on 3 November.",
        ),
        # no act to keep as a clause: the sentence goes whole, not a fragment of it
        (
            "CCTV at the garage filmed Kyle Marsh on the forecourt on 8 February. The cell "
            "will burn the depot on 9 May.",
            "The cell will burn the depot on 9 May.",
        ),
        (
            "Source: KESTREL (B2)\n\nKESTREL has picked up, over five evenings since 27 "
            "October, talk of a strike on the depot. The cell will bomb the depot on 3 November.",
            "The cell will bomb the depot on 3 November.",
        ),
    ],
)
def test_when_a_watcher_of_ours_opens_the_sentence_then_the_act_stays_alone(
    text: str, expected: str
) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the plotters' own camera, and a camera yet to film, record nothing of ours
        (
            "Their camera at the gate filmed the guards changing shift, and they will attack "
            "on 9 May.",
            "Their camera at the gate filmed the guards changing shift, and they will attack "
            "on 9 May.",
        ),
        (
            "M-25 has picked up speed on the ring road.",
            "M-25 has picked up speed on the ring road.",
        ),
        # a team of the plotters, or one the plotters own, watches for them
        (
            "A team of gunmen watched Haas leaving the flat before they shot him on 3 May.",
            "A team of gunmen watched Haas leaving the flat before they shot him on 3 May.",
        ),
        (
            "The gang's team photographed Haas at the gate.",
            "The gang's team photographed Haas at the gate.",
        ),
        (
            "A team of the cell filmed the guards at the depot on 2 May.",
            "A team of the cell filmed the guards at the depot on 2 May.",
        ),
        (
            "The Front's recce team photographed the checkpoint on 4 June.",
            "The Front's recce team photographed the checkpoint on 4 June.",
        ),
        # the plotters' telling, done or planned, is their claim or their threat
        (
            "The cell will inform the press that it bombed the depot.",
            "The cell will inform the press that it bombed the depot.",
        ),
        (
            "The group plans to tell the hostages' families that they will be killed on 3 May.",
            "The group plans to tell the hostages' families that they will be killed on 3 May.",
        ),
        (
            "Dorn will tell the station manager that a bomb is under platform 2 at 08:00.",
            "Dorn will tell the station manager that a bomb is under platform 2 at 08:00.",
        ),
        (
            "The Front intends to warn the mayor that the bridge will be blown on 1 April.",
            "The Front intends to warn the mayor that the bridge will be blown on 1 April.",
        ),
    ],
)
def test_when_the_plotters_watch_or_tell_then_the_sentence_stays(text: str, expected: str) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Our team photographed Haas at the gate. The cell will strike on 9 May.",
        "The surveillance team photographed Haas at the gate. The cell will strike on 9 May.",
        "A team photographed Haas at the gate. The cell will strike on 9 May.",
    ],
)
def test_when_our_team_watches_then_the_sentence_goes(text: str) -> None:
    assert released(text) == "The cell will strike on 9 May."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We have information from a sensitive source that the cell will bomb the depot on "
            "3 May.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "We hold intelligence from a reliable informant that the gang will burn the mill "
            "on 9 June.",
            "The gang will burn the mill on 9 June.",
        ),
        (
            "There is reporting from a trusted contact that the cell will bomb the depot on 3 May.",
            "The cell will bomb the depot on 3 May.",
        ),
        # told to us, a telling is still our frame
        (
            "The source told us that the cell will bomb the depot on 3 May.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "The caller said that the gang will burn the mill on 9 June.",
            "The gang will burn the mill on 9 June.",
        ),
        (
            "The source was told by Vasko that the cell will bomb the depot on 3 May.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "Gang members have been told the family will be shot if anything goes wrong.",
            "The family will be shot if anything goes wrong.",
        ),
    ],
)
def test_when_our_information_comes_from_a_source_then_what_it_says_stays(
    text: str, expected: str
) -> None:
    assert released(text) == expected
