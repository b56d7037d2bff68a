"""Tests for HeadingRecognizer: producer headings are found; threat headlines and prose are not."""

import pytest

from tearline.analyze.recognizers.heading_recognizer import (
    _LINE,
    _PROSE,
    HeadingRecognizer,
    _first_and_last_prose,
    _prose,
)
from tearline.categories import Category, parse_entity

ENTITY = Category.COLLECTION.value


@pytest.fixture(scope="module")
def recognizer() -> HeadingRecognizer:
    return HeadingRecognizer()


def found(recognizer: HeadingRecognizer, text: str) -> list[str]:
    results = recognizer.analyze(text, entities=[ENTITY], nlp_artifacts=None)
    return [text[r.start : r.end] for r in sorted(results, key=lambda r: r.start)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SIGNALS INTELLIGENCE SUMMARY\nThe cell will strike.", ["SIGNALS INTELLIGENCE SUMMARY"]),
        ("CONTACT REPORT", ["CONTACT REPORT"]),
        ("REGIONAL SECURITY OFFICE\r\nThe cell will strike.", ["REGIONAL SECURITY OFFICE"]),
        ("REGIONAL SECURITY OFFICE   \nbody", ["REGIONAL SECURITY OFFICE"]),
        (
            "HALDEN ANALYSIS GROUP\nCYBER OPERATIONS DIVISION\nThe cell will strike.",
            ["HALDEN ANALYSIS GROUP", "CYBER OPERATIONS DIVISION"],
        ),
        ("The cell will strike.\n\nCOUNTER-TERRORISM DESK\n", ["COUNTER-TERRORISM DESK"]),
        # a title that ends in a number after a small word is no wrapped line
        (
            "TRANSCRIPT SUMMARY - WARRANT W/26/3381 - LINE 2 OF 4\n\nThe crew will strike.",
            ["TRANSCRIPT SUMMARY - WARRANT W/26/3381 - LINE 2 OF 4"],
        ),
        ("CALL LOG - PAGE 3 OF 7\nThe crew will strike.", ["CALL LOG - PAGE 3 OF 7"]),
        ("AUDIO PRODUCT SUMMARY - SESSION 12 OF 20", ["AUDIO PRODUCT SUMMARY - SESSION 12 OF 20"]),
    ],
)
def test_when_an_all_capitals_line_names_the_producer_then_the_line_is_found(
    recognizer: HeadingRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


def test_when_a_heading_is_found_then_it_is_collection_and_no_identifier(
    recognizer: HeadingRecognizer,
) -> None:
    (result,) = recognizer.analyze("CONTACT REPORT", entities=[ENTITY], nlp_artifacts=None)
    assert parse_entity(result.entity_type) == (Category.COLLECTION, False)


@pytest.mark.parametrize(
    "text",
    [
        "SONS OF THE GREY TIDE PLAN VEHICLE BOMB",
        "2. (S//REL) THREAT TO KESSA DISTRICT SHURA.",
        "GROUP WILL STRIKE STADIUM",
        "RED LANTERN BRIGADE TO KIDNAP AID WORKERS",
        "Central Police Station",
        "The cell will attack the Central Police Station.",
        "SUBJECT: HALDEN WATER PLANT",
        "(U) SUBJECT: HALDEN WATER PLANT",
        "SUBJECT: PLANNED ATTACK ON THE\nHALDEN WATER PLANT",
        "WARNING",
        "ALERT UPDATE",
        # an all-capitals report's sentence: plural weapons are the threat
        "2. APPROX 15 FIGHTERS WITH PKM MACHINE GUNS AND RPGS, IN THREE WHITE PICKUPS.",
        "SECRET",
        "2026",
        "",
        # lines of a wrapped paragraph in capitals
        "1. ORVANE LIBERATION COMMAND (OLC) CELL LED BY YUSEF ANTAL TO\nDETONATE TWO IEDS.",
        "THE 16:10 COACH CARRYING DEVICES IN GREY SPORTS RUCKSACKS. DEVICES CONTAIN\n"
        "TATP AND NAILS.",
    ],
)
def test_when_a_line_carries_the_threat_a_label_or_prose_then_nothing_is_found(
    recognizer: HeadingRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


def test_when_collection_is_not_asked_for_then_nothing_is_found(
    recognizer: HeadingRecognizer,
) -> None:
    assert recognizer.analyze("CONTACT REPORT", entities=[], nlp_artifacts=None) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Counter Terrorism Policing - North East Unit\n\n"
            "Members of the cell will attack the depot on 3 May at 07:00.",
            ["Counter Terrorism Policing - North East Unit"],
        ),
        (
            "Tri-County Fusion Centre\nMinutes of the weekly review\n\n"
            "Three members of the group plan to drive a van into the crowd on 3 April.",
            ["Tri-County Fusion Centre"],
        ),
        (
            "DIRECTION REGIONALE\nAntenne de Lorsch\n\n"
            "Members of the group intend to detonate two bombs in the crowd on 21.06.2027.",
            ["DIRECTION REGIONALE", "Antenne de Lorsch"],
        ),
        (
            "Members of the cell will attack the depot on 3 May at 07:00.\n\n"
            "Regards,\nWestern Region Assessments Cell",
            ["Western Region Assessments Cell"],
        ),
        (
            # the "rd" of an ordinal is no lower-case word of a sentence
            "REPUBLIC OF VALDORA\n"
            "SERVICE FOR STATE PROTECTION  -  3rd Department (Counter-Extremism)\n\n"
            "Members of the cell will attack the depot on 3 May at 07:00.",
            [
                "REPUBLIC OF VALDORA",
                "SERVICE FOR STATE PROTECTION  -  3rd Department (Counter-Extremism)",
            ],
        ),
    ],
)
def test_when_a_mixed_case_line_names_an_office_above_or_below_the_prose_then_it_is_found(
    recognizer: HeadingRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Cell\n\nMembers of the Harbour Cell will attack the depot on 3 May at 07:00.",
        "The attack on the Central Police Office\n\n"
        "The cell will attack the office at 07:00 on Friday.",
        "Members of the cell will attack the depot.\nPort Veyra Police Office\n"
        "They will use rifles.",
        "Subject: Harbour Police Office\n\nThe cell will attack the office at 07:00 on Friday.",
        "Port Veyra Police Office",
    ],
)
def test_when_a_mixed_case_line_is_the_target_or_inside_the_prose_then_it_stays(
    recognizer: HeadingRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minutes of the review\nThursday 4 March 2027, 09:30, Room 2.14\n\n"
            "Three members of the group plan to drive a van into the crowd on 3 April.",
            ["Thursday 4 March 2027, 09:30, Room 2.14"],
        ),
        (
            "THREAT NOTE\n03.05.2027\n\nThe cell will attack the depot on 9 May at 07:00.",
            ["THREAT NOTE", "03.05.2027"],
        ),
        (
            "Watch log\nNight watch 17/18 November 2026\n\n"
            "Three members of the group plan to drive a van into the crowd on 3 April.",
            ["Night watch 17/18 November 2026"],
        ),
    ],
)
def test_when_a_date_stands_alone_above_the_prose_then_it_is_the_reports_date(
    recognizer: HeadingRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The cell will attack the depot at 07:00 on the day below.\n4 March 2027",
        "Attack planned for 4 March 2027\n\nThe cell will attack the depot at 07:00.",
        "The attack is planned for 03.05.2027 at the central station.",
        "Raid on the night watch 17/18 November 2026\n\nThe gang will rush the gate at 02:00.",
    ],
)
def test_when_a_date_is_the_attacks_or_below_the_prose_then_it_stays(
    recognizer: HeadingRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Operation BRACKEN COVE - case update no. 7\n\nThe gang will kidnap the family.",
            ["Operation BRACKEN COVE - case update no. 7"],
        ),
        ("Threat Report #12\n\nThe gang will kidnap the family.", ["Threat Report #12"]),
        # the title names the harm, or stands below the prose, or is prose itself
        ("Threat update no. 3 - bombing of the mall\n\nThe gang will strike at dawn.", []),
        ("The gang will strike at dawn.\n\nCase update no. 7", []),
        ("Case update no. 7 is attached.\nThe gang will strike at dawn.", []),
    ],
)
def test_when_a_title_above_the_prose_numbers_the_product_then_it_is_found(
    recognizer: HeadingRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cell will strike at dawn.", (0, 0)),
        ("Tri-County Fusion Centre\nThe cell will strike at dawn.\nIt has two cars.", (1, 2)),
        (
            "The cell will strike at dawn.\nNo prose here\nIt has two cars.\nTom Reyes",
            (0, 2),  # a line between the first and the last prose line is never asked
        ),
        ("TRI-COUNTY FUSION CENTRE\nSituation", None),
        ("", None),
    ],
)
def test_when_lines_are_read_from_each_end_then_first_and_last_prose_are_found(
    text: str, expected: tuple[int, int] | None
) -> None:
    lines = list(_LINE.finditer(text))
    prose = [i for i, m in enumerate(lines) if _PROSE.search(m.group(1))]
    assert _first_and_last_prose(lines) == expected
    assert expected == ((prose[0], prose[-1]) if prose else None)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The cell will strike at dawn.", True),
        ('He said the cell will strike."', True),  # a stop inside the closing quote
        ("Will the cell strike at dawn?)", True),
        ("The cell will strike at dawn", False),  # no stop at the end
        ("The cell will strike. Then", False),
        ("Strike at dawn.", False),  # too few words before the stop
        ("", False),
    ],
)
def test_when_a_line_ends_in_no_stop_then_it_is_no_prose_as_the_pattern_says(
    line: str, expected: bool
) -> None:
    assert _prose(line) is expected
    assert (_PROSE.search(line) is not None) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Officers of the Kastovan State Protection Service\n(SPS) have hired two gunmen to "
        "shoot the editor on 6 May.",
        "Agents of the Ostrian Security Service\nwill shoot the editor outside the office on "
        "6 May.",
        "Men of the Northern Border Police Service\nare planning to kidnap the mayor on 6 May.",
    ],
)
def test_when_an_office_line_runs_on_into_the_sentence_below_then_it_is_prose(
    recognizer: HeadingRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


def test_when_an_office_line_is_followed_by_a_new_sentence_then_it_is_still_found(
    recognizer: HeadingRecognizer,
) -> None:
    text = "Ostrian Security Service\nThe cell will attack the depot on 3 May at 07:00."
    assert found(recognizer, text) == ["Ostrian Security Service"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[Unofficial translation from the original. Bracketed words added.]\n\n"
            "Department 4 (Counter-Terrorism)\n\n"
            "Members of the group intend to detonate a bomb on the ferry on 11 November.",
            ["Department 4 (Counter-Terrorism)"],
        ),
        (
            "Members of the group intend to detonate a bomb on the ferry on 11 November.\n\n"
            "Head of Department 4\n\n[Translator's note: a legal term.]",
            ["Head of Department 4"],
        ),
    ],
)
def test_when_a_bracketed_note_frames_the_letter_then_the_office_line_is_still_found(
    recognizer: HeadingRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


def test_when_a_bracketed_note_stands_between_sentences_then_an_office_line_in_the_prose_stays(
    recognizer: HeadingRecognizer,
) -> None:
    text = (
        "[Unofficial translation.]\n\nMembers of the group will attack on 3 May.\n"
        "Port Veyra Police Office\nThey will use rifles."
    )
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office named by the threats it works on, with its seat in brackets
        (
            "NATIONAL CRIME UNIT - CYBER THREAT CELL (Halden hub)\nThe cell will strike.",
            ["NATIONAL CRIME UNIT - CYBER THREAT CELL (Halden hub)"],
        ),
        (
            "TERRORISM THREAT ASSESSMENT UNIT\nThe cell will strike.",
            ["TERRORISM THREAT ASSESSMENT UNIT"],
        ),
    ],
)
def test_when_an_office_is_named_by_the_threat_it_works_on_then_its_heading_is_found(
    recognizer: HeadingRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the harm the heading warns of, even beside a cell's name
        "ARSON ATTACK BY IRON HEARTH CELL",
        "BOMB THREAT - KATEB CELL",
        # a heading whose bracket holds more than an office's seat in lower case
        "CYBER THREAT CELL PLANS ARSON (the shelter)",
    ],
)
def test_when_a_heading_with_a_units_name_warns_of_a_harm_then_it_stays(
    recognizer: HeadingRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


def test_when_a_bracket_follows_no_offices_name_then_its_lower_case_keeps_the_line(
    recognizer: HeadingRecognizer,
) -> None:
    assert found(recognizer, "OFFICIAL-SENSITIVE  (when complete)") == []
