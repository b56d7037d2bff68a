"""A record of a meeting with a partner lists who attended for each side and who takes each
action: every mention of our people goes, with the initials before a surname, and the date a
note-taker signs with is no name. Rows are short records and their release under
duty-to-warn."""

import pytest
from releases import released

THREAT = "The Kastel network will bomb the customs house on Friday 6 November 2026."


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        (
            # a name in a column after its party's label is an attendee's
            "Present\n  Our side:  Nils Arden, Head of Liaison Section\n"
            "             J. Whitlow, note-taker\n"
            f"  Partner:   Col. Henrik Laas, Deputy Director\n\n1. {THREAT}\n\n"
            "Actions\n  A1  N. Arden - reply on the analyst exchange (item 2.2).",
            ["Arden", "N."],
            ["customs house", "reply on the analyst exchange"],
        ),
        (
            # the surname's initial goes with it, not left as "C. - warning"
            f"Present\n  Carys Penn, Desk Officer North\n\n{THREAT}\n\n"
            "Actions\n  A1  C. Penn - draft the warning to the police.",
            ["Penn", "C."],
            ["customs house"],
        ),
        (
            # the day of a note-taker's date is no grade, and its month no name
            f"{THREAT} The warning goes to the police by 30 October.\n\n"
            "J. Whitlow, note-taker, 29 October 2026",
            ["Whitlow"],
            ["customs house", "by 30 October."],
        ),
        # a grade and a name after a role still go
        (
            f"{THREAT}\n\nNote-taker 2 Ilse Marn",
            ["Ilse Marn"],
            ["customs house"],
        ),
    ],
)
def test_when_a_record_names_our_people_then_every_mention_goes(
    text: str, gone: list[str], kept: list[str]
) -> None:
    release = released(text)
    assert not [g for g in gone if g in release]
    assert all(k in release for k in kept)
