"""A log's note of a meeting with whoever reported tells where and when we met him, and goes
whole with the line of how long it lasted; a meeting of the plotters stays. Rows are short
reports and their release under duty-to-warn."""

import pytest
from releases import released

THREAT = "The crew will kidnap the judge on Sunday 14 March 2027."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"{THREAT}\n\nMeet with CHIS 0417 at the Pricewell superstore car park, in the back "
            "of the handler's car. Duration 35 mins.",
            THREAT,
        ),
        (
            f"{THREAT}\n\nWe met informant KESTREL at the bus depot on Kell Road. "
            "Duration about 40 minutes.",
            THREAT,
        ),
        # the reference that files the source goes with it, not "NM/ /0417"
        (
            f"CHIS says: {THREAT}\n\nMeet with NM/CHIS/0417 at the superstore car park.",
            THREAT,
        ),
        # the plotters' own meeting, and a duration that follows no dropped sentence, stay
        (
            f"{THREAT}\n\nMeet with Dean Cray at the car park before they kidnap the judge.",
            f"{THREAT}\n\nMeet with Dean Cray at the car park before they kidnap the judge.",
        ),
        (
            f"{THREAT} The siege is planned to last long. Duration 35 mins.",
            f"{THREAT} The siege is planned to last long. Duration 35 mins.",
        ),
    ],
)
def test_when_a_note_tells_of_a_meeting_with_a_source_then_it_goes(
    text: str, expected: str
) -> None:
    assert released(text) == expected
