"""A perpetrator's name that went with removed text survives where the warning still needs it;
a source's or an officer's name still goes in every mention."""

from __future__ import annotations

import pytest

from tearline.pipeline import redact


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # the quoted post and its frame go whole: the next kept surname takes the full name
        (
            'Posts on the forum show the user "ashwalker", whom we link to Dominik Reyes-Hart, '
            'writing that "one of us will be in the third row". Reyes-Hart bought a share in '
            "August to enter the meeting on 9 October.",
            ["Dominik Reyes-Hart bought a share"],
            ["ashwalker"],
        ),
        # the full name is kept already: the short mention stays short
        (
            "Elias Marrow will bomb the station on Friday 30 October. Marrow is to enter by the "
            "taxi rank.",
            ["Elias Marrow will bomb", ". Marrow is to enter"],
            ["Elias Elias"],
        ),
        # the quote goes whole, and with it the only mention of who leads the group
        (
            "The cell will kidnap the minister on the Tollan Bridge on 24 November. The group "
            'leader, Marta Quill, was heard to say "we keep him until they release our '
            'brothers".',
            ["The group leader is Marta Quill."],
            ["we keep him", "heard"],
        ),
        # a source who leads nothing stays unnamed, his sentence gone whole
        (
            "The cell will kidnap the minister on 24 November. Our informant, Piet Vos, was "
            'heard to say "we keep him".',
            ["The cell will kidnap the minister"],
            ["Piet", "Vos", "informant"],
        ),
        # a source's name goes in every mention, and no short mention brings it back
        (
            "Our source, Piet Vos, has reported reliably since 2020 and is paid monthly. Vos "
            "says the cell will bomb the station on Friday 30 October.",
            ["The cell will bomb the station"],
            ["Piet", "Vos"],
        ),
    ],
)
def test_when_a_full_name_went_with_removed_text_then_a_kept_mention_gives_it(
    text: str, present: list[str], absent: list[str]
) -> None:
    released = redact(text, "duty-to-warn").text

    assert released is not None
    assert all(piece in released for piece in present)
    assert not any(piece in released for piece in absent)
