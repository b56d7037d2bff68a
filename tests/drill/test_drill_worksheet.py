"""Tests for the worksheet: the header that records the drill, the triage line, mangled headers."""

from __future__ import annotations

from pathlib import Path

import pytest

from tearline.drill.catalogue import catalogue, find_drill
from tearline.drill.worksheet import HEADER, TRIAGE, identify, read_worksheet, worksheet
from tearline.errors import InputError


def test_when_worksheet_is_written_then_header_triage_line_and_report_follow(
    drill_folder: Path,
) -> None:
    drills = catalogue(drill_folder)
    tiny, other = find_drill("tiny", drills), find_drill("other", drills)

    assert worksheet(tiny) == HEADER.format(id="tiny") + "\n" + TRIAGE + "\n" + tiny.text
    assert worksheet(other) == HEADER.format(id="other") + "\n" + other.text
    assert worksheet(tiny).splitlines()[0] == (
        "# tearline drill: tiny — edit below this line; delete or rewrite what must not be released"
    )


def test_when_worksheet_is_untouched_then_it_reads_back_as_the_report(drill_folder: Path) -> None:
    tiny = find_drill("tiny", catalogue(drill_folder))

    sheet = read_worksheet(worksheet(tiny))

    assert (sheet.drill_id, sheet.answer, sheet.body, sheet.header_found) == (
        "tiny",
        None,
        tiny.text,
        True,
    )


@pytest.mark.parametrize(
    ("line", "answer"),
    [
        pytest.param(TRIAGE + "yes", True, id="yes"),
        pytest.param(TRIAGE + "no", False, id="no"),
        pytest.param(TRIAGE + "Y", True, id="y-upper"),
        pytest.param(TRIAGE + " n.", False, id="n-with-dot"),
        pytest.param(TRIAGE, None, id="unanswered"),
        pytest.param(TRIAGE + "maybe", None, id="neither"),
        pytest.param("# duty to warn: yes", True, id="shortened-line"),
        pytest.param(TRIAGE.lstrip("# ") + "no", False, id="hash-deleted"),
    ],
)
def test_when_triage_line_is_answered_then_answer_is_read(line: str, answer: bool | None) -> None:
    sheet = read_worksheet(f"{HEADER.format(id='tiny')}\n{line}\nBODY\n")

    assert (sheet.answer, sheet.body) == (answer, "BODY\n")


REPORT_BODY = "SECRET//NOFORN\nThe Red Lantern Brigade will attack.\n"


@pytest.mark.parametrize(
    ("first_line", "drill_id", "header_found"),
    [
        pytest.param("# tearline drill: tiny — edit below", "tiny", True, id="intact"),
        pytest.param("#tearline drill:tiny", "tiny", True, id="spacing-changed"),
        pytest.param("# tearline drill: tinny — edit below", "tinny", True, id="id-misspelt"),
        pytest.param("# tearlin drll: tny - edit below this line", None, False, id="garbled"),
        pytest.param(
            "tearline drill: tiny — edit below this line; delete or rewrite",
            None,
            False,
            id="hash-deleted",
        ),
        pytest.param(
            "edit below this line; delete or rewrite what must not be released",
            None,
            False,
            id="only-the-instructions-left",
        ),
        pytest.param("# some note of the trainee", None, False, id="replaced-by-a-comment"),
    ],
)
def test_when_header_is_mangled_then_it_is_still_kept_out_of_the_body(
    first_line: str, drill_id: str | None, header_found: bool
) -> None:
    sheet = read_worksheet(first_line + "\n" + REPORT_BODY)

    assert (sheet.drill_id, sheet.header_found, sheet.body) == (
        drill_id,
        header_found,
        REPORT_BODY,
    )


def test_when_header_is_deleted_then_report_first_line_stays_in_the_body() -> None:
    sheet = read_worksheet(REPORT_BODY)

    assert (sheet.drill_id, sheet.body) == (None, REPORT_BODY)


@pytest.mark.parametrize(
    "header",
    [
        pytest.param("# tearlin drll: flagshp — edit below", id="garbled"),
        pytest.param("# tearline drill: flagshp — edit below", id="unknown-id"),
        pytest.param("", id="deleted"),
    ],
)
def test_when_flagship_header_is_mangled_then_drill_is_identified_by_similarity(
    header: str,
) -> None:
    drills = catalogue()
    flagship = find_drill("flagship", drills)
    # A half-done scrub: the banner and the payment paragraph are gone.
    body = flagship.text.replace("SECRET//NOFORN\n", "").replace(
        "The source was paid 1,500 euros", ""
    )

    identified = identify(read_worksheet(f"{header}\n{body}" if header else body), drills)

    assert identified.drill.id == "flagship"
    assert identified.guessed is True
    assert "identified as 'flagship' by text similarity" in identified.how


def test_when_header_names_unknown_drill_then_feedback_says_so(drill_folder: Path) -> None:
    drills = catalogue(drill_folder)
    text = "# tearline drill: tinny\n" + find_drill("tiny", drills).text

    identified = identify(read_worksheet(text), drills)

    assert identified.drill.id == "tiny"
    assert identified.how.startswith(
        "the header names no known drill ('tinny'); identified as 'tiny' by text similarity ("
    )


def test_when_header_is_intact_then_drill_is_the_recorded_one(drill_folder: Path) -> None:
    drills = catalogue(drill_folder)

    identified = identify(read_worksheet(worksheet(drills[1])), drills)

    assert (identified.drill.id, identified.how, identified.guessed) == (
        "tiny",
        "recorded in the header",
        False,
    )


def test_when_drill_option_is_given_then_it_wins_over_the_header(drill_folder: Path) -> None:
    drills = catalogue(drill_folder)

    identified = identify(read_worksheet(worksheet(drills[1])), drills, "other")

    assert (identified.drill.id, identified.guessed) == ("other", False)


def test_when_text_matches_no_drill_then_error_asks_for_the_drill_option(
    drill_folder: Path,
) -> None:
    sheet = read_worksheet("Completely unrelated words about gardening and tea.\n")

    with pytest.raises(InputError) as caught:
        identify(sheet, catalogue(drill_folder))

    assert str(caught.value) == (
        "the header line is mangled or missing, and the text is too unlike any one drill to "
        "tell which it is; pass --drill ID (see `tearline drill list`)"
    )
