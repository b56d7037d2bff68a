"""Tests for counting paragraph numbers again after a cut."""

import pytest

from tearline.rewrite.numbering import as_released, renumber

REPORT = "1. The source met him.\n\n2. The cell will strike.\n\n3. The van is blue.\n"


@pytest.mark.parametrize(
    ("original", "output", "expected"),
    [
        pytest.param(
            REPORT,
            "2. The cell will strike.\n\n3. The van is blue.\n",
            "1. The cell will strike.\n\n2. The van is blue.\n",
            id="first-paragraph-cut",
        ),
        pytest.param(
            REPORT,
            "1. The cell will strike.\n\n3. The van is blue.\n",
            "1. The cell will strike.\n\n2. The van is blue.\n",
            id="middle-paragraph-cut",
        ),
        pytest.param(
            "(1) Met him.\n(2) Strike at dawn.\n(3) Blue van.\n",
            "(1) Strike at dawn.\n(3) Blue van.\n",
            "(1) Strike at dawn.\n(2) Blue van.\n",
            id="bracketed",
        ),
        pytest.param(
            "  1) Met him.\n  2) Strike at dawn.\n  3) Blue van.\n",
            "  2) Strike at dawn.\n  3) Blue van.\n",
            "  1) Strike at dawn.\n  2) Blue van.\n",
            id="indented-half-bracket",
        ),
    ],
)
def test_when_a_numbered_paragraph_is_cut_then_the_rest_are_counted_again(
    original: str, output: str, expected: str
) -> None:
    assert renumber(original, output) == expected


@pytest.mark.parametrize(
    ("original", "output"),
    [
        pytest.param(REPORT, REPORT, id="nothing-cut"),
        pytest.param(
            "1. Met him.\n\n3. Strike at dawn.\n\n4. Blue van.\n",
            "3. Strike at dawn.\n\n4. Blue van.\n",
            id="the-original-skips-a-number",
        ),
        pytest.param(
            REPORT,
            "3. The van is blue.\n\n2. The cell will strike.\n",
            id="release-out-of-order",
        ),
        pytest.param(
            "The cell meets at 2. It has 3 cars.\n",
            "The cell meets at 2. It has 3 cars.\n",
            id="numbers-inside-a-line",
        ),
    ],
)
def test_when_numbers_are_not_a_gapless_paragraph_count_then_they_are_left_alone(
    original: str, output: str
) -> None:
    assert renumber(original, output) == output


def test_when_the_threat_numbers_a_list_with_a_gap_then_only_the_paragraphs_are_counted_again() -> (
    None
):
    original = "1. Met him.\n\n2. The plan:\n(1) buy rifles\n(3) scout\n"

    released = renumber(original, "2. The plan:\n(1) buy rifles\n(3) scout\n")

    assert released == "1. The plan:\n(1) buy rifles\n(3) scout\n"


def test_when_an_untidied_rewrite_is_shown_as_released_then_numbers_match_and_positions_stay() -> (
    None
):
    untidied = "1.  \n\n2. The cell will strike.\n\n3. The van is blue.\n"

    shown = as_released(REPORT, untidied)

    assert shown == "    \n\n1. The cell will strike.\n\n2. The van is blue.\n"
    assert len(shown) == len(untidied)


def test_when_counting_again_would_change_a_width_then_the_untidied_text_is_shown_as_is() -> None:
    original = "".join(f"{n}. Paragraph {n}.\n" for n in range(1, 12))
    untidied = "".join(f"{n}. Paragraph {n}.\n" for n in range(2, 12))

    assert as_released(original, untidied) == untidied
