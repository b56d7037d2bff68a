"""Our watching team's callsigns go in every mention, with what only tells of the team.

Rows are short logs and their release under duty-to-warn.
"""

import pytest
from releases import released

from tearline.analyze.following import own_callsign_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Unit: Mobile Surveillance Team 3 (callsigns Echo 1-4)\nEcho 2 and Echo 4 behind.",
            ["Echo 2", "Echo 4"],
        ),
        ("Our callsign is Kilo 2; Kilo 1 stayed at the gate.", ["Kilo 2", "Kilo 1"]),
        ("Callsigns: Tango 1-3\nTango 3 at the bar.", ["Tango 3"]),
        # a name given without a number is ours in every mention
        ("The foot team (callsign RAVEN) saw him. RAVEN left at 2200.", ["RAVEN", "RAVEN"]),
    ],
)
def test_when_our_team_is_given_callsigns_then_every_mention_is_found(
    text: str, expected: list[str]
) -> None:
    assert [text[s:e] for s, e in sorted(own_callsign_mentions(text))] == expected


@pytest.mark.parametrize(
    "text",
    [
        # the plotters' net, and a callsign given with no team of ours beside it
        "The gang used the callsigns SPARROW and KILN on the radio.",
        "Between the callsigns Echo 1 and Echo 2, the cell passed the plan.",
        "Our operators copied voice traffic between the callsigns SPARROW and KILN.",
        # given with a number, the name alone is no callsign
        "Unit: Team 3 (callsigns Echo 1-4)\nThe Echo Club will be attacked on Friday.",
    ],
)
def test_when_no_team_of_ours_has_the_callsign_then_nothing_else_is_found(text: str) -> None:
    mentions = [text[s:e] for s, e in own_callsign_mentions(text)]
    assert not any(m in ("SPARROW", "KILN", "Echo") or m.startswith("Echo 2") for m in mentions)


_LOG = (
    "Unit:        Mobile Surveillance Team 2 (callsigns Echo 1-4)\n"
    "Subject 1:   Rufus KADE, 40, 7 Mill Row, Tarnby\n\n"
    "0931  S1 at Tarnby depot yard. Meets S2.\n"
    "0945  Echo 1 on foot at yard fence, close enough to hear.\n"
    "1905  S1 and S2 at the Anchor pub, corner table. Echo 3 at bar.\n"
    "      Overheard: the van to be burnt at the quarry on Friday night.\n"
)


@pytest.mark.parametrize(
    ("gone", "kept"),
    [
        ("Echo", "Rufus KADE"),
        ("close enough to hear", "S1 at Tarnby depot yard"),
        ("at bar", "corner table"),
        ("Overheard", "The van to be burnt at the quarry on Friday night."),
    ],
)
def test_when_a_log_tells_what_our_callsigns_did_then_that_goes_and_the_plot_stays(
    gone: str, kept: str
) -> None:
    out = released(_LOG)
    assert gone not in out
    assert kept in out


@pytest.mark.parametrize(
    "text",
    [
        # the plotters' own people stand where ours would: what they do stays
        "Echo Company will attack the depot at the yard fence on Friday.",
        "Heard at the meeting, the plan is to burn the van on Friday.",
    ],
)
def test_when_no_callsign_of_ours_acts_then_the_sentence_stays(text: str) -> None:
    assert released(text).strip() == text
