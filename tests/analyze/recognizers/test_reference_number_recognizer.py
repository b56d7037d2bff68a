"""ReferenceNumberRecognizer: serials and collection times, never weapons or attack dates."""

import pytest

from tearline.analyze.recognizers.reference_number_recognizer import ReferenceNumberRecognizer
from tearline.categories import Category, identifier_entity, parse_entity

ENTITIES = [Category.COLLECTION.value, identifier_entity(Category.COLLECTION)]


@pytest.fixture(scope="module")
def recognizer() -> ReferenceNumberRecognizer:
    return ReferenceNumberRecognizer()


def found(recognizer: ReferenceNumberRecognizer, text: str) -> list[tuple[str, bool]]:
    """Each span with whether it is an identifier (every other mention goes too)."""
    results = recognizer.analyze(text, entities=ENTITIES, nlp_artifacts=None)
    found = []
    for r in sorted(results, key=lambda r: r.start):
        category, identifier = parse_entity(r.entity_type)
        assert category is Category.COLLECTION
        found.append((text[r.start : r.end], identifier))
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ref TD-314/00000-26 follows.", ["TD-314/00000-26"]),
        ("LX-DEU-27-0041", ["LX-DEU-27-0041"]),
        ("RSO-VC-27-019 and EVID-7713", ["RSO-VC-27-019", "EVID-7713"]),
        ("case HV-2291 refers", ["HV-2291"]),
        ("REQUIREMENT: ABC-123", ["ABC-123"]),
        ("Reports TD-314/00000-26, TD-314/00001-26.", ["TD-314/00000-26", "TD-314/00001-26"]),
        ("DTG 031422Z MAR 26", ["031422Z MAR 26"]),
        # a document's own number after the word for the document
        ("INFORMATION NOTE No. 311/26", ["311/26"]),
        ("Coastguard Maritime Intelligence Cell\nNote 2026-088", ["2026-088"]),
        # a letter's number on a line of its own, label and all
        ("STATE SECURITY AGENCY\nNo: 04-2/7715-26\nSarovo", ["No: 04-2/7715-26"]),
        # a cable's own serial alone on its line
        ("SECRET\n\nIN 26-44817\nFROM: STATION X", ["IN 26-44817"]),
        ("OUT 27/00412\n", ["OUT 27/00412"]),
    ],
)
def test_when_a_serial_or_date_time_group_appears_then_it_is_an_identifier(
    recognizer: ReferenceNumberRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == [(span, True) for span in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("03/11/2026 14:20 entry opened", ["03/11/2026 14:20"]),
        ("[21:15] the van is ready", ["[21:15]"]),
        ("  12.03.2026 notes", ["12.03.2026"]),
        (
            "ENTRY 1 | 03/11/2026 14:20 | Submitted by desk",
            ["ENTRY 1 | 03/11/2026 14:20 | Submitted by desk"],
        ),
        ("Date: Tue, 3 Mar 2026 10:00\nSubject: x", ["Date: Tue, 3 Mar 2026 10:00"]),
        ("> Sent: 3 March 2026 09:12\n", ["Sent: 3 March 2026 09:12"]),
    ],
)
def test_when_a_line_starts_with_its_collection_time_then_the_time_is_found(
    recognizer: ReferenceNumberRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == [(span, False) for span in expected]


@pytest.mark.parametrize(
    "text",
    [
        "They are armed with AK-47 rifles.",
        "An F-35 flew over the border.",
        "He carries an M-16.",
        "They will meet at the COVID-19 ward.",
        "The van will take Route E-45 near Halden.",
        "A 2-3 split of the team.",
        "The attack is planned for 03/11/2026 at the stadium.",
        "The cell will strike in 2026 at 14:20.",
        # a short code in a sentence, or a line that says more than the serial
        "Meet at gate 12-400 in the IN 26-44817 queue.",
        "ROUTE 4 between KESSA and UMBARI",
        "BAY 12-40",
        "The date of the attack is not known.",
        "THREAT DETAILS\nTarget: Halden water plant\nTime: 07:45 on 3 May 2026\n",
        "Target: Halden water plant\nDate: 3 May 2026\n",
        "The report on the 2026 attack says nothing new.",
        "Their message 24 hours before the attack will be the signal.",
        # a row of a pipe table is read cell by cell: its summary holds the attack's time
        "| 3-0412 | help desk | men will throw grenades at 08:00 | Referred |",
        # a number in a sentence, not a line of its own
        "No: the cell has 12/40 rounds left, they say.",
        "No. 3 gate will be rammed at 10:00.",
    ],
)
def test_when_a_number_belongs_to_the_threat_then_nothing_is_found(
    recognizer: ReferenceNumberRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PERIOD 180600Z-190600Z JUN 27 follows", [("180600Z-190600Z JUN 27", True)]),
        (
            "From: Desk <d@example.gov>\nDate: Tue, 18 May 2027 16:42\nTo: Nadia Perrin\n"
            "Subject: Threat",
            [("Date: Tue, 18 May 2027 16:42", False), ("To: Nadia Perrin", False)],
        ),
        ("> Cc: R. Lisle\n> Subject: x", [("Cc: R. Lisle", False)]),
    ],
)
def test_when_a_period_or_an_addressee_header_appears_then_it_is_found(
    recognizer: ReferenceNumberRecognizer, text: str, expected: list[tuple[str, bool]]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "To: the attackers, the depot is a soft target.\nThey will strike at 07:00.",
        "The cell will strike at 231500Z, before the convoy leaves.",
    ],
)
def test_when_a_to_line_is_not_in_a_header_block_then_it_stays(
    recognizer: ReferenceNumberRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []
