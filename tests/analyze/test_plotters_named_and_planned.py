"""A plotters' plan misparsed as a noun, and a pronoun that stands for the plotter just named,
are the threat's own words, not a collection or whoever reported. Rows are short reports and
their release under duty-to-warn."""

import pytest
from releases import released

#: A report that has "he" stand for whoever reported before the plotters are named.
PAID = "The source is a dockworker at the terminal. He was paid for this report. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # "plan" read as a noun leaves "to seize" an infinitive on "members"
            "Four members of the Black Reed group plan to seize the morning train to Osterby on "
            "Friday 3 May 2026 and hold the passengers hostage.",
            "Four members of the Black Reed group plan to seize the morning train to Osterby on "
            "Friday 3 May 2026 and hold the passengers hostage.",
        ),
        # what we seized or recovered is still our collection
        (
            "Phones seized from the courier on arrest show that the Black Reed group will bomb "
            "the depot on 3 May.",
            "The Black Reed group will bomb the depot on 3 May.",
        ),
        (
            "Material recovered from the laptop indicates the cell will strike the bridge on "
            "3 May.",
            "The cell will strike the bridge on 3 May.",
        ),
    ],
)
def test_when_plotters_plan_an_act_then_it_is_no_collection(text: str, expected: str) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            PAID + "The Black Reed group will bomb the depot on 3 May. The leader is Arno Pell, "
            "41, a former soldier. His deputy is a woman named Ilse Marn, who will hold the lobby.",
            "The Black Reed group will bomb the depot on 3 May. The leader is Arno Pell, 41, a "
            "former soldier. His deputy is a woman named Ilse Marn, who will hold the lobby.",
        ),
        (
            PAID + "The Black Reed group will seize the hotel on 3 May. Their leader is Arno "
            "Pell. His second in command is Jonas Veld.",
            "The Black Reed group will seize the hotel on 3 May. Their leader is Arno Pell. His "
            "second in command is Jonas Veld.",
        ),
        # the person just named is whoever reported, or his kin: "his" stays his
        (
            PAID + "The Black Reed group will bomb the depot on 3 May. The source's cousin is "
            "Arno Pell, 41. His brother drives for the group.",
            "The Black Reed group will bomb the depot on 3 May.",
        ),
    ],
)
def test_when_his_opens_the_sentence_after_a_named_plotter_then_it_is_the_plotters(
    text: str, expected: str
) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Detainee says the faction learns convoy timings from a paid informant among the "
            "local drivers.",
            "The faction learns convoy timings from a paid informant among the local drivers.",
        ),
        # what a unit of ours learned "that" X, through its access or from a source, is ours
        (
            "Through our persistent access to the forum, the CNO cell has learned that members "
            "of the Pale network plan to burn down the hostel on 3 May.",
            "Members of the Pale network plan to burn down the hostel on 3 May.",
        ),
        (
            "The cell learned from a source that the gang will attack the prison on 3 May.",
            "The gang will attack the prison on 3 May.",
        ),
    ],
)
def test_when_plotters_learn_from_their_informant_then_he_is_theirs(
    text: str, expected: str
) -> None:
    assert released(text) == expected
