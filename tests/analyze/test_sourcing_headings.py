"""A heading that only says "this is our reporting" ("Reporting base", "Sources:") goes on its
own; the items under it are judged by their words. Found as a fuzzing failure: the tagger read
"Reporting" as a verb in one context and as a noun in another, so a second pass removed the
heading the first had kept."""

import pytest
from releases import released

from tearline.pipeline import redact

PLOT = "A cell of the Northern Hawks will throw grenades into the east stand on 18 October."
ITEM = "- The grenades are stored at a garage on Tannery Road."


@pytest.mark.parametrize(
    # ("Sourcing" and "Reporting basis:" head a section of their own, which goes whole)
    "heading",
    ["Reporting base", "Sources:", "Sources used", "Source base"],
)
def test_a_heading_that_only_names_our_reporting_goes_and_its_items_stay(heading):
    assert released(f"{PLOT}\n\n{heading}\n{ITEM}\n") == f"{PLOT}\n\n{ITEM}"


@pytest.mark.parametrize(
    "line",
    [
        "Sources of funding: the cell sells stolen cars.",  # a heading with a value stays
        "Reporting to Halas, two gunmen will guard the gate.",
        "Base: the farm at Kessel.",
    ],
)
def test_headings_and_lines_with_more_in_them_stay(line):
    assert line in released(f"{PLOT}\n\n{line}\n")


def test_sanitizing_the_release_again_changes_nothing():
    text = (
        "ASSESSMENT: GRENADE ATTACK PLANNED AT THE VELD CUP FINAL\n\nSummary\nWe assess with "
        "moderate confidence that a cell of the Northern Hawks intends to throw hand grenades "
        "into the east stand of Arlo Park stadium in Kessel during the Veld Cup final on Sunday "
        "18 October 2026, shortly after kick-off at 15:00.\n\nReporting base\nASSESSMENT: "
        "GRENADE ATTACK PLANNED AT THE VELD CUP FINAL\n\nSummary\nWe assess withinal on Sunday "
        "18 October 2026, shortly after kick-off at 15:00.\n\nReporting base"
    )
    first = redact(text, "duty-to-warn").text
    assert first is not None
    assert redact(first, "duty-to-warn").text == first
