"""Messages a group's members exchanged are read, so the frame they give goes; a plan to
exchange them, or the plotters' own exchanging, stays. Rows are one-sentence reports and
their release under duty-to-warn."""

import pytest
from releases import released


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verbless line of calls or messages to or from anyone: an entry of a call log
        (
            "The cell will bomb the Halden dam on Friday.\n\nCalls to a cello rental shop, "
            "15 June.",
            "The cell will bomb the Halden dam on Friday.",
        ),
        (
            "The cell will bomb the Halden dam on Friday.\n\nTexts from an unknown number, 2 May.",
            "The cell will bomb the Halden dam on Friday.",
        ),
        (
            "| Item | Source | What it gave |\n|---|---|---|\n"
            "| 1 | Pen register | Calls to a cello rental shop, 15 June |\n"
            "| 2 | Walk-in | Ashe bought a rifle on 12 June to shoot the dean |",
            "| Item | What it gave |\n|---|---|\n"
            "| 2 | Ashe bought a rifle on 12 June to shoot the dean |",
        ),
        # a sentence with a verb tells what the plotters do or did
        (
            "The cell will bomb the Halden dam on Friday.\n\nCalls to the hotline will go "
            "unanswered.",
            "The cell will bomb the Halden dam on Friday.\n\nCalls to the hotline will go "
            "unanswered.",
        ),
        (
            "The cell will bomb the Halden dam on Friday.\n\nHe calls to the guards at 07:00.",
            "The cell will bomb the Halden dam on Friday.\n\nHe calls to the guards at 07:00.",
        ),
    ],
)
def test_when_a_verbless_line_logs_calls_to_anyone_then_it_goes(text: str, expected: str) -> None:
    assert released(text) == expected
