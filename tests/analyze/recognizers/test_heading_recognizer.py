"""Tests for HeadingRecognizer: producer headings are found; threat headlines and prose are not."""

import pytest

from tearline.analyze.recognizers.heading_recognizer import HeadingRecognizer
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
        "GROUP WILL STRIKE STADIUM",
        "RED LANTERN BRIGADE TO KIDNAP AID WORKERS",
        "Central Police Station",
        "The cell will attack the Central Police Station.",
        "SUBJECT: HALDEN WATER PLANT",
        "(U) SUBJECT: HALDEN WATER PLANT",
        "SUBJECT: PLANNED ATTACK ON THE\nHALDEN WATER PLANT",
        "WARNING",
        "ALERT UPDATE",
        "SECRET",
        "2026",
        "",
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
