"""Our team following a plotter goes; where he went stays when a threat names the place.

The plotters' own teams follow people too, so an owned team, a planned following, or one
whose quarry is the target stays. Rows are short reports and their release under
duty-to-warn.
"""

import pytest
from releases import released

THREAT = "The gang will kidnap the family at 9 Fernhill Close on 12 November."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"{THREAT} A mobile team then followed Hosk to Fernhill Close twice last week, "
            "where he photographed the house from his car.",
            f"{THREAT} Hosk went to Fernhill Close twice last week, where he photographed the "
            "house from his car.",
        ),
        (
            f"{THREAT} Our surveillance unit tailed him to Fernhill Close on 2 November.",
            f"{THREAT} He went to Fernhill Close on 2 November.",
        ),
        # a place no threat names: where we saw him is all the sentence tells
        (f"{THREAT} A mobile team followed Hosk to the gym on 2 November.", THREAT),
        (f"{THREAT} A mobile team followed Hosk on 2 November.", THREAT),
        # told in the passive, by the team or by officers
        (f"{THREAT} The subject was followed by the team to the gym on 2 November.", THREAT),
        (f"{THREAT} Hosk was tailed by officers to the gym on 2 November.", THREAT),
        # a partner's watchers, officers or camera, owned through "its" or "their"
        (f"{THREAT} Its officers followed Hosk to the gym on 2 November.", THREAT),
        (f"{THREAT} Their team filmed Hosk at the gym on 2 November.", THREAT),
        (f"{THREAT} Their camera filmed Hosk at the gym on 2 November.", THREAT),
        (
            f"{THREAT} Its watchers photographed Hosk pacing the east bank on 28 October.",
            f"{THREAT} Hosk paced the east bank.",
        ),
    ],
)
def test_when_our_team_followed_a_plotter_then_the_following_goes(text: str, expected: str) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The gang's mobile team will follow the minister from the airport on 3 May.",
        "A mobile team of the gang followed the minister to the gym on 2 May; they will shoot "
        "him there on 9 May.",
        "The gang will kill Jan Vos on 9 May. A mobile team followed Vos to the gym on 2 May.",
        "The minister was followed by a team of the gang to the gym on 2 May; they will shoot "
        "him there on 9 May.",
        "The minister will be followed by the team from the airport on 3 May and shot.",
        # the plotters' filming: of the target, owned by them, planned, or of a place
        "The gang will kill Jan Vos on 9 May. Their team filmed Vos at the gym on 2 May.",
        "The gang's team filmed Jan Vos at the gym on 2 May.",
        "Their team will film Jan Vos at the gym on 9 May.",
        "The cell photographed the gate.",
        "Their team filmed the gate of the depot on 2 May.",
    ],
)
def test_when_the_plotters_follow_or_the_quarry_is_the_target_then_it_stays(text: str) -> None:
    assert released(text) == text
