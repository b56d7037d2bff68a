"""Tests for the generalize operator: one row per shape of the choice, with what each span
becomes and the shape that chose it, negatives included."""

from __future__ import annotations

import pytest

from tearline.categories import Category
from tearline.rewrite.operators.generalize import Generalize, Options, generalize

PERSON = Options(category=Category.PERPETRATOR)
WINDOW = Options(date="window")
PARTNER = Options(banner="SECRET//REL TO PARTNER", discipline="technical reporting")


@pytest.mark.parametrize(
    ("span", "options", "shape", "text"),
    [
        # clock times -> part of day
        ("at about 19:30", Options(), "time", "in the evening"),
        ("between 08:10 and\n08:30", Options(), "time", "in the morning"),
        ("between 17:00 and 18:00", Options(), "time", "in the afternoon or evening"),
        ("at 02:00", Options(), "time", "at night"),
        ("at about 22:00", Options(), "time", "in the evening"),
        ("between 23:00 and 06:00", Options(), "time", "at night or in the morning"),
        ("07:45", Options(), "time", "in the morning"),
        # dates -> month or window
        ("on Sunday 14 June 2026", Options(), "date", "in June 2026"),
        ("on Sunday 14 June 2026", WINDOW, "date", "in mid-June 2026"),
        ("3 October", WINDOW, "date", "early October"),
        ("27 MAY 2026", Options(), "date", "MAY 2026"),
        ("27 MAY 2026", WINDOW, "date", "LATE MAY 2026"),
        ("June 14, 2026", Options(), "date", "June 2026"),
        ("4 and 6\n  December", Options(), "date", "December"),
        ("before 19 Sept", Options(), "date", "before September"),
        # labelled dates keep their label
        ("DOI: 27 MAY 2026", Options(), "labelled date", "DOI: MAY 2026"),
        ("DOI: 2026-03-03", WINDOW, "labelled date", "DOI: early March 2026"),
        # addresses -> district or city
        ("at 14 Larch Lane, Vell", Options(), "address", "in Vell"),
        ("14 Larch Lane, Old Town", Options(), "address", "Old Town"),
        ("14 Larch Lane", Options(), "address", ""),
        # markings
        ("SECRET//REL TO USA, GBR", PARTNER, "banner", "SECRET//REL TO PARTNER"),
        ("OFFICIAL-SENSITIVE: BORDER TARGETING", PARTNER, "banner", "SECRET//REL TO PARTNER"),
        (
            "Classification: SECRET//FGI RUR//NOFORN",
            PARTNER,
            "banner",
            "Classification: SECRET//REL TO PARTNER",
        ),
        ("TOP SECRET//SI//NOFORN", Options(), "banner", ""),
        ("(S//NF)", PARTNER, "portion mark", ""),
        # attribution
        ("According to the source,", Options(), "attribution", "According to reporting,"),
        (
            "Intercepted Telegram messages collected on 4 December show that ",
            PARTNER,
            "attribution",
            "Technical reporting indicates that ",
        ),
        (
            "(TS//TK//NF) Overhead imagery collected on 10 September shows ",
            PARTNER,
            "portion mark + attribution",
            "Technical reporting shows ",
        ),
        # liaison or human collection is not "technical", whatever the category says
        (
            "A liaison service reports that ",
            PARTNER,
            "attribution",
            "Reporting indicates that ",
        ),
        ("Debriefed detainees indicate that ", PARTNER, "attribution", "Reporting indicates that "),
        # people, only in the people categories
        ("Kasimir Dorn", PERSON, "person", "a member of the group"),
        ("Petric's", PERSON, "person", "a member of the group's"),
        ("named Kasimir Dorn", PERSON, "named person", ""),
        ("Kasimir Dorn", Options(category=Category.COLLECTION), "removed", ""),
        # anything else is removed
        ("STATION KESTREL", Options(category=Category.COLLECTION), "removed", ""),
        ("TD-314/04417-26", Options(), "removed", ""),
        (
            "SOURCE: (S//NF) A MID-LEVEL MEMBER OF THE GROUP'S SUPPLY NETWORK.",
            PARTNER,
            "removed",
            "",
        ),
        ("The source has reported reliably since 2019.", Options(), "removed", ""),
        ("   ", Options(), "removed", ""),
    ],
)
def test_when_span_is_generalized_then_its_shape_decides_what_it_becomes(
    span: str, options: Options, shape: str, text: str
) -> None:
    result = generalize(span, options)

    assert (result.shape, result.text) == (shape, text)


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        pytest.param("  at 19:30 ", "  in the evening ", id="whitespace-kept"),
        pytest.param("at 19:30\n", "in the evening\n", id="newline-kept"),
        pytest.param("(S//NF) ", "", id="nothing-left-no-whitespace"),
    ],
)
def test_when_span_has_surrounding_whitespace_then_it_is_kept_around_the_new_text(
    span: str, expected: str
) -> None:
    assert generalize(span).text == expected


def test_when_presidio_runs_the_operator_then_params_become_options() -> None:
    operator = Generalize()
    params = {
        "category": "PERPETRATOR",
        "date": None,
        "role": "one of the attackers",
        "discipline": None,
        "banner": None,
    }

    operator.validate(params)

    assert operator.operate("Kasimir Dorn", params) == "one of the attackers"
    assert operator.operator_name() == "tearline_generalize"
