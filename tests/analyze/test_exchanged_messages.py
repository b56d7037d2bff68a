"""Messages a group's members exchanged are read, so the frame they give goes; a plan to
exchange them, or the plotters' own exchanging, stays. Rows are one-sentence reports and
their release under duty-to-warn."""

import pytest

import tearline


def released(text: str) -> str:
    result = tearline.redact(text, "duty-to-warn")
    assert result.text is not None
    return result.text.strip()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Posts exchanged in the group between 18 and 22 September show that two members "
            "of the Stormgate Youth plan to open fire on spectators on Sunday 4 October 2026.",
            "Two members of the Stormgate Youth plan to open fire on spectators on Sunday "
            "4 October 2026.",
        ),
        (
            "Messages exchanged in the group show that two members plan to open fire on "
            "spectators on 4 October.",
            "Two members plan to open fire on spectators on 4 October.",
        ),
        (
            "The gunmen will exchange messages before they open fire on the crowd on 4 October.",
            "The gunmen will exchange messages before they open fire on the crowd on 4 October.",
        ),
        (
            "The two men exchanged messages and will open fire on the crowd on 4 October.",
            "The two men exchanged messages and will open fire on the crowd on 4 October.",
        ),
    ],
)
def test_when_messages_were_exchanged_then_their_frame_goes(text: str, expected: str) -> None:
    assert released(text) == expected
