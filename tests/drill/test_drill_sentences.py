"""Tests for the sentence splitter of the interactive drill, and putting the text back together."""

from __future__ import annotations

import pytest

from tearline.drill.catalogue import catalogue
from tearline.drill.sentences import assemble, reflow, split


def sentences(text: str) -> list[str]:
    return [" ".join(text[u.start : u.end].split()) for u in split(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("One. Two! Three?", ["One.", "Two!", "Three?"], id="three-sentences"),
        pytest.param(
            "CASE OFFICER: R. HALLORAN, EXT. 4471\n",
            ["CASE OFFICER: R. HALLORAN, EXT. 4471"],
            id="initial-and-abbreviation",
        ),
        pytest.param(
            "1. (S//NF) The cell will attack. The source was paid.\n",
            ["1. (S//NF) The cell will attack.", "The source was paid."],
            id="paragraph-number-kept",
        ),
        pytest.param(
            "ORIG: STATION KESTREL\nCOUNTRY: VEYRA\n",
            ["ORIG: STATION KESTREL", "COUNTRY: VEYRA"],
            id="header-fields",
        ),
        pytest.param(
            "SUBJECT: (S//NF) SONS OF THE GREY TIDE PLAN VEHICLE BOMB AT PORT VEYRA\n"
            "         MARITIME FESTIVAL\n",
            [
                "SUBJECT: (S//NF) SONS OF THE GREY TIDE PLAN VEHICLE BOMB AT PORT VEYRA "
                "MARITIME FESTIVAL"
            ],
            id="indented-continuation",
        ),
        pytest.param(
            "According to the source, members of the Sons of the Grey Tide will\n"
            "detonate a device. Dorn drives.\n",
            [
                "According to the source, members of the Sons of the Grey Tide will detonate "
                "a device.",
                "Dorn drives.",
            ],
            id="wrapped-paragraph",
        ),
        pytest.param(
            "1. Members of the Brigade\nwill attack the gate.\n",
            ["1. Members of the Brigade will attack the gate."],
            id="short-line-going-on-lower-case",
        ),
        pytest.param(
            "- first bullet that is long enough to wrap onto the next line of text\n"
            "- second bullet\n",
            [
                "- first bullet that is long enough to wrap onto the next line of text",
                "- second bullet",
            ],
            id="bullets",
        ),
        pytest.param("Regards,\n\nDanuta\n", ["Regards,", "Danuta"], id="blank-lines"),
        pytest.param("\n\n", [], id="empty"),
    ],
)
def test_when_text_is_split_then_units_are_sentences_and_lines(
    text: str, expected: list[str]
) -> None:
    assert sentences(text) == expected


def test_when_flagship_is_split_then_quote_and_source_lines_are_their_own_units() -> None:
    flagship = next(d for d in catalogue() if d.id == "flagship")

    units = sentences(flagship.text)

    assert units[0] == "SECRET//NOFORN"
    assert "RELIABILITY: B2." in units
    assert '"the bread will be baked by Sunday evening, keep your sister at home."' in units
    assert "CASE OFFICER: R. HALLORAN, EXT. 4471" in units
    assert len(units) == 21


TEXT = "TITLE\n\nThe cell will attack. The source was paid.\nStation RIVERTON.\n"


@pytest.mark.parametrize(
    ("choices", "expected"),
    [
        pytest.param([None, None, None, None], TEXT, id="keep-all-is-the-original"),
        pytest.param(["", "", "", ""], "", id="cut-all-is-empty"),
        pytest.param(
            [None, None, "", ""], "TITLE\n\nThe cell will attack.\n", id="cuts-drop-empty-lines"
        ),
        pytest.param(
            ["", "", None, None],
            "The source was paid.\nStation RIVERTON.\n",
            id="cut-at-start-leaves-no-blank-head",
        ),
        pytest.param(
            [None, "The group will attack.", "", None],
            "TITLE\n\nThe group will attack.\nStation RIVERTON.\n",
            id="edit-replaces",
        ),
        pytest.param(
            [None, "  ", None, None],
            "TITLE\n\nThe source was paid.\nStation RIVERTON.\n",
            id="blank-edit-cuts",
        ),
    ],
)
def test_when_choices_are_applied_then_text_is_reassembled_cleanly(
    choices: list[str | None], expected: str
) -> None:
    assert assemble(TEXT, split(TEXT), choices) == expected


def test_when_text_is_reflowed_then_paragraphs_are_one_line_and_blank_lines_stay() -> None:
    text = "HEAD\n\nMembers of the Brigade will attack the north gate of the stadium\non 1 May.\n"

    assert reflow(text) == (
        "HEAD\n\nMembers of the Brigade will attack the north gate of the stadium on 1 May."
    )
