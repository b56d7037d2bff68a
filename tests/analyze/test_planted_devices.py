"""A device of ours, once named by its kind, is ours in every bare mention; a weapon is not.

Rows are short reports and their release under duty-to-warn.
"""

import pytest
from releases import released

_PLOT = "Penhale will derail the 06:12 train at the Harl Viaduct on 7 December.\n\n"


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            "The audio device placed in the kitchen gives good product.\n\n"
            + _PLOT
            + "A second device, in the light fitting, failed on 10 November.",
            "light fitting",
        ),
        (
            "The listening device in the flat works.\n\n"
            + _PLOT
            + "The device must not be compromised: Penhale suspects his landlord.",
            "suspects his landlord",
        ),
        (
            "Covert tracking device TK-88 fitted to the van.\n\n"
            + _PLOT
            + "TK-88 reporting normally.",
            "reporting normally",
        ),
        # a linking verb bared of its only complement leaves no statement
        (_PLOT + "Penhale's mobile, 07700 900713, remains on intercept.", "remains"),
    ],
)
def test_when_a_bare_mention_is_our_device_then_its_sentence_goes(text: str, gone: str) -> None:
    out = released(text)
    assert gone not in out
    assert "derail the 06:12 train at the Harl Viaduct" in out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a weapon named by the same noun: a bare mention may be the attack's
        (
            "A covert tracking device is on the van.\n\n"
            "The cell will leave an explosive device in the hall on 7 May. "
            "The device will be hidden in a speaker.",
            "The device will be hidden in a speaker.",
        ),
        # no device of ours named: the bare noun is anyone's
        (
            "The cell will strike the depot on 7 May. The device failed on 10 April, and they "
            "will use a new timer.",
            "The device failed on 10 April",
        ),
        ("The guard remains on the gate at night; the cell will strike on 7 May.", "remains"),
    ],
)
def test_when_the_device_may_be_the_attacks_then_its_sentence_stays(text: str, kept: str) -> None:
    assert kept in released(text)
