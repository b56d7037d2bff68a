"""Tests for moving a carried name past a removal that swallowed its mention."""

import pytest

from tearline.categories import Category
from tearline.decide.carry_forward import carried_forward
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
