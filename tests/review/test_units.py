"""Tests for cutting a report into review rows: paragraphs, sentences and header lines."""

from __future__ import annotations

import pytest

from tearline.review.units import Unit, units


def _pieces(text: str) -> list[tuple[int, str]]:
    cuts = units(text)
    ends = [u.start for u in cuts[1:]] + [len(text)]
    return [(u.paragraph, text[u.start : end]) for u, end in zip(cuts, ends, strict=True)]


CASES = [
    ("one sentence", "The cell will attack.", [(0, "The cell will attack.")]),
    (
        "two sentences",
        "The cell will attack. It has two cars.",
        [(0, "The cell will attack. "), (0, "It has two cars.")],
    ),
    (
        "blank lines part paragraphs",
        "First.\n\nSecond.\n",
        [(0, "First.\n\n"), (1, "Second.\n")],
    ),
    (
        "a hard-wrapped sentence stays whole",
        "Members of the group\nwill attack the plant.",
        [(0, "Members of the group\nwill attack the plant.")],
    ),
    (
        "an initial does not end a sentence",
        "Officer R. Halloran wrote it.",
        [(0, "Officer R. Halloran wrote it.")],
    ),
    (
        "an abbreviation does not end a sentence",
        "Call ext. 4471 now. Then wait.",
        [(0, "Call ext. 4471 now. "), (0, "Then wait.")],
    ),
    (
        "a list number does not end a sentence",
        "1. (S//NF) The van is white.",
        [(0, "1. (S//NF) The van is white.")],
    ),
    ("a decimal does not end a sentence", "It weighs 3.5 kilos.", [(0, "It weighs 3.5 kilos.")]),
    (
        "header lines are rows of their own",
        "TD-314/00000-26\nDOI: 27 MAY 2026\nSUBJECT: A PLAN\n    CONTINUED HERE",
        [
            (0, "TD-314/00000-26\n"),
            (0, "DOI: 27 MAY 2026\n"),
            (0, "SUBJECT: A PLAN\n    CONTINUED HERE"),
        ],
    ),
    (
        "a field label after prose starts a row",
        "The plan is set\nCASE OFFICER: J. Doe",
        [(0, "The plan is set\n"), (0, "CASE OFFICER: J. Doe")],
    ),
    (
        "bullets are rows of their own",
        "Summary of the plot\n- vehicle ramming\n- at the market",
        [(0, "Summary of the plot\n"), (0, "- vehicle ramming\n"), (0, "- at the market")],
    ),
    ("empty text", "", [(0, "")]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_when_a_report_is_cut_then_rows_fall_at_paragraphs_sentences_and_header_lines(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert _pieces(text) == expected


def test_when_units_are_joined_then_they_give_back_the_whole_text() -> None:
    text = "SECRET\n\nA: B\nC: D\n\n1. One. Two.\nThree!\n\n\n  Four?\n"

    pieces = _pieces(text)

    assert "".join(p for _, p in pieces) == text
    assert units(text)[0] == Unit(0, 0)
