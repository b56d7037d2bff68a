"""Tests for the scene whoever reported was at: the opening that tells of his presence goes,
the clause of what the plotters did there stays as a sentence of its own.

Rows are short reports and the release expected under duty-to-warn. Negatives: a clause that
may be about whoever reported ("where he was given a pistol"), and scenes of the plotters
alone, which stay whole.
"""

import pytest
from releases import released


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We have a line into the group through a participant (code ELK). On 28 October ELK "
            "sat in on planning talk at the farm, where Rune set out the plan to burn the "
            "shelter on 3 May.",
            "Rune set out the plan to burn the shelter on 3 May.",
        ),
        (
            "The source attended a meeting at the farm on 28 October, where Rune set out the "
            "plan to burn the shelter on 3 May.",
            "Rune set out the plan to burn the shelter on 3 May.",
        ),
        (
            "He was present at two meetings in which Vasko assigned the gunmen to the north "
            "gate for the attack on 9 June.",
            "Vasko assigned the gunmen to the north gate for the attack on 9 June.",
        ),
        (
            "Our informant was in the back room of the Anchor pub on Friday when the brothers "
            "agreed to torch the hostel on Saturday night.",
            "The brothers agreed to torch the hostel on Saturday night.",
        ),
    ],
)
def test_when_the_source_was_at_the_scene_then_the_plot_there_stays(
    text: str, expected: str
) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # "he" may be whoever reported: the sentence goes whole, as before
            "The source attended a meeting at the farm on 28 October, where he was given a pistol.",
            "",
        ),
        (
            "The cell met at the farm on 28 October, where Rune set out the plan to burn the "
            "shelter on 3 May.",
            "The cell met at the farm on 28 October, where Rune set out the plan to burn the "
            "shelter on 3 May.",
        ),
        (
            # the clause times the plot that follows it, not a scene the source was at
            "The source says two men will sit in the front row; when Merrow takes questions at "
            "about 20:15, Daskin will fire a pistol from the aisle.",
            "Two men will sit in the front row; when Merrow takes questions at about 20:15, "
            "Daskin will fire a pistol from the aisle.",
        ),
        (
            "Rune chose the farm, where the cell will build the bombs for the attack on 3 May.",
            "Rune chose the farm, where the cell will build the bombs for the attack on 3 May.",
        ),
    ],
)
def test_when_no_source_opens_the_sentence_or_the_clause_may_be_his_then_nothing_is_split(
    text: str, expected: str
) -> None:
    assert released(text) == expected
