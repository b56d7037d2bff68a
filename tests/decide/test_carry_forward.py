"""Tests for moving a carried name past a removal that swallowed its mention."""

import pytest

from tearline.categories import Category
from tearline.decide.carry_forward import carried_forward, offered_names, stated_leaders
from tearline.model import Decision


def decision(
    text: str, piece: str, rule: str, *, at: int = 0, replacement: str | None = None
) -> Decision:
    start = text.index(piece, at)
    action = "replace" if replacement is not None else "remove"
    return Decision(
        start, start + len(piece), Category.PERPETRATOR, action, rule, 0.85, "", replacement
    )


TEXT = "Redmayne posted 'big night'. Redmayne and Vint will ram the parade. Redmayne drives."


@pytest.mark.parametrize(
    ("removed", "expected"),
    [
        # the quote that took the carried mention goes: the next kept "Redmayne" takes the name
        (["Redmayne posted 'big night'."], [("Redmayne", 29)]),
        # the carried mention stays: nothing moves
        (["'big night'"], []),
        # every later mention goes too: nowhere to carry it
        (
            [
                "Redmayne posted 'big night'.",
                "Redmayne and Vint will ram the parade.",
                "Redmayne drives.",
            ],
            [],
        ),
    ],
)
def test_when_a_removal_swallows_a_carried_name_then_the_next_kept_mention_takes_it(
    removed: list[str], expected: list[tuple[str, int]]
) -> None:
    carry = decision(TEXT, "Redmayne", "S:named-perpetrator", replacement="Cal Redmayne")
    removals = [decision(TEXT, piece, "S:quote") for piece in removed]
    merged = sorted(
        [*removals, *([] if any(r.start <= carry.start < r.end for r in removals) else [carry])],
        key=lambda d: d.start,
    )

    moved = carried_forward(TEXT, [carry, *removals], merged)

    assert [(TEXT[d.start : d.end], d.start) for d in moved] == expected
    assert all(d.replacement == "Cal Redmayne" for d in moved)


def test_when_the_swallowed_replacement_is_no_carried_name_then_nothing_moves() -> None:
    carry = decision(TEXT, "Redmayne", "S:perceived-act", replacement="Cal Redmayne")
    quote = decision(TEXT, "Redmayne posted 'big night'.", "S:quote")

    assert carried_forward(TEXT, [carry, quote], [quote]) == []


OFFERED = (
    "A deleted file names the bomber as Elias Marrow. Marrow is to enter by the taxi rank. "
    "Dario Marrow drives."
)


@pytest.mark.parametrize(
    ("removed", "expected"),
    [
        # the full name went with the sentence: the next kept "Marrow" takes it
        (["A deleted file names the bomber as Elias Marrow."], [("Marrow", 49)]),
        # the full name stays: nothing is offered on
        (["A deleted file names "], []),
        # no later short mention stays: nowhere to give it ("Dario Marrow" is another man)
        (
            [
                "A deleted file names the bomber as Elias Marrow.",
                "Marrow is to enter by the taxi rank.",
            ],
            [],
        ),
        # a name removed in every mention (an identifier's) leaves no kept mention to take it
        (["A deleted file names the bomber as Elias Marrow.", "Marrow"], []),
    ],
)
def test_when_every_mention_of_a_full_name_goes_then_its_first_kept_short_mention_takes_it(
    removed: list[str], expected: list[tuple[str, int]]
) -> None:
    offer = decision(OFFERED, "Elias Marrow", "S:name-offer", replacement="Elias Marrow")
    removals = [decision(OFFERED, piece, "S:quote") for piece in removed]
    if "Marrow" in removed:  # every mention of an identifier
        removals = [
            *removals[:1],
            *(
                decision(OFFERED, "Marrow", "every-mention", at=at)
                for at in (49, OFFERED.index("Dario") + 6)
            ),
        ]
    merged = sorted(removals, key=lambda d: d.start)

    moved = offered_names(OFFERED, [offer], removals, merged)

    assert [(OFFERED[d.start : d.end], d.start) for d in moved] == expected
    assert all(d.replacement == "Elias Marrow" for d in moved)


def test_when_a_carry_already_gives_the_full_name_then_the_offer_is_not_taken_again() -> None:
    offer = decision(OFFERED, "Elias Marrow", "S:name-offer", replacement="Elias Marrow")
    carry = decision(OFFERED, "Marrow", "S:named-perpetrator", at=49, replacement="Elias Marrow")
    quote = decision(OFFERED, "A deleted file names the bomber as Elias Marrow.", "S:quote")

    assert offered_names(OFFERED, [offer], [quote, carry], [quote, carry]) == []


LEADER = 'The group leader, Marta Quill, was heard to say "we keep him". The cell will strike.'
SAID = "The group leader is Marta Quill."


@pytest.mark.parametrize(
    ("removed", "expected"),
    [
        # the sentence goes whole: the statement stands in its place
        (['The group leader, Marta Quill, was heard to say "we keep him".'], [SAID]),
        # only the quote goes: the sentence keeps the name itself
        (['"we keep him"'], []),
        # the name is cut on its own (an identifier's every mention): no statement brings it
        (
            [
                'The group leader, Marta Quill, was heard to say "we keep him".',
                "Marta Quill",
            ],
            [],
        ),
    ],
)
def test_when_a_sentence_that_named_a_leader_goes_whole_then_the_statement_stands_for_it(
    removed: list[str], expected: list[str]
) -> None:
    end = LEADER.index(". The cell") + 1
    statement = Decision(0, end, Category.PERPETRATOR, "replace", "S:leader-offer", 0.85, "", SAID)
    removals = [decision(LEADER, piece, "S:quote") for piece in removed]
    merged = [removals[0]]

    result = stated_leaders(LEADER, [statement], removals, merged)

    assert [d.replacement.strip() for d in result if d.replacement] == expected
