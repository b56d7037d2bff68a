"""A tasking cut from a sentence leaves the question we asked, which is no statement.

Rows are short reports and their release under duty-to-warn.
"""

import pytest
from releases import released

_PLOT = "Darrow will throw acid at the witness on 28 May at the bus stop.\n\n"


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            _PLOT + "DC Piers Oduya (handler) to task the CHIS to find where the acid is stored.",
            "acid is stored",
        ),
        (
            _PLOT + "The handler will task the informant to learn who drives the moped.",
            "drives the moped",
        ),
    ],
)
def test_when_only_the_question_of_a_tasking_is_left_then_the_sentence_goes(
    text: str, gone: str
) -> None:
    out = released(text)
    assert gone not in out
    assert "throw acid at the witness on 28 May" in out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the plotters' own question, and a statement that says where
        ("Darrow asked where the witness lives; he will throw acid at her on 28 May.", "where"),
        (
            _PLOT + "The acid is stored where the moped is kept, in the garage.",
            "The acid is stored",
        ),
    ],
)
def test_when_the_question_is_the_plotters_or_a_statement_then_it_stays(
    text: str, kept: str
) -> None:
    assert kept in released(text)
