"""Words that often tell a collection, read where they tell the plotters' acts instead.

A raid or search that is foreseen or that "will" or "would" come has not happened, so it found
nothing for us; an image counted in a series and looked at is one of ours. Rows are short
reports and their release under duty-to-warn.
"""

import pytest
from releases import released


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fighters are preparing a dawn raid on the camp. The raid is expected on "
            "Sunday 24 May 2026 at about 05:30, when the camp gates are opened.",
            "The fighters are preparing a dawn raid on the camp. The raid is expected on "
            "Sunday 24 May 2026 at about 05:30, when the camp gates are opened.",
        ),
        (
            "A raid on the village is planned for Friday at dawn by the militia.",
            "A raid on the village is planned for Friday at dawn by the militia.",
        ),
        (
            "The porter heard Pell tell his officers that the raid would clear the camp on 9 May.",
            "The raid would clear the camp on 9 May.",
        ),
        (
            "The witness heard Tavro tell his officers that the men were to burn the clinic.",
            "The men were to burn the clinic.",
        ),
        (
            "Aubrand posted the first image of the arch on 12 May and will fire from the "
            "fourth floor.",
            "Aubrand posted the first image of the arch on 12 May and will fire from the "
            "fourth floor.",
        ),
        # a party named for the raid it will make is the attackers'
        (
            "The raiding party of about twenty men with rifles will come over the ridge and "
            "set the cabins alight.",
            "The raiding party of about twenty men with rifles will come over the ridge and "
            "set the cabins alight.",
        ),
        # the gear of a raid is a disguise the plotters wear, not a raid that took place
        (
            "They will stage a fake police raid: men in police raid jackets, a battering ram "
            "on the front door, shotguns.",
            "They will stage a fake police raid: men in police raid jackets, a battering ram "
            "on the front door, shotguns.",
        ),
        (
            "Two men in police raid vests will knock at the door of the clinic on 9 May.",
            "Two men in police raid vests will knock at the door of the clinic on 9 May.",
        ),
    ],
)
def test_when_the_words_tell_the_plotters_acts_then_they_stay(text: str, expected: str) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            "The cell will strike on 9 May. A raid on his flat on 3 May recovered two rifles.",
            "raid",
        ),
        ("The cell will strike on 9 May. The raid would have found the rifles.", "raid"),
        ("The informant told his officer that the cell will strike the dam on 9 May.", "officer"),
        (
            "He heard the plan and told his handler that the cell will strike on 9 May.",
            "handler",
        ),
        (
            "Shadows on the later image are consistent with machine guns on the trucks.",
            "image",
        ),
        ("The cell will strike on 9 May. The first image shows twelve trucks.", "image"),
        # a raiding party that found something has acted: it was ours
        (
            "The cell will strike on 9 May. The raiding party found two rifles in his flat.",
            "raiding",
        ),
        # a raid team is a party that raided, not gear
        (
            "The cell will strike on 9 May. The police raid team found two rifles in his flat.",
            "raid",
        ),
    ],
)
def test_when_the_words_tell_our_collection_then_they_go(text: str, gone: str) -> None:
    assert gone not in released(text)
