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
