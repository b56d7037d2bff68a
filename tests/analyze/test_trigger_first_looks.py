"""Tests for the first looks that keep the source rules to the words they are about.

A first look only saves work: with it forced open, every rule gives the same answer.
"""

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tearline.analyze import source_access, triggers
from tearline.analyze.engine import model_for
from tearline.analyze.entities import find_entities
from tearline.policy import load_policy

SAMPLES = sorted((Path(__file__).parents[2] / "samples").glob("*.txt"))


@pytest.fixture(scope="module")
def nlp() -> Language:
    return model_for(load_policy("duty-to-warn"))


@pytest.fixture(scope="module")
def docs(nlp: Language) -> list[Doc]:
    parsed = list(nlp.pipe(path.read_text() for path in SAMPLES))
    find_entities(doc[:] for doc in parsed)
    return parsed


@pytest.mark.parametrize(
    ("rule", "first_look"),
    [
        (triggers.source_trigger, "_may_be_source"),
        (source_access.narrowed, "_may_count_people"),
    ],
    ids=["source_trigger", "narrowed"],
)
def test_when_the_first_look_is_forced_open_then_the_rule_answers_alike(
    docs: list[Doc], rule: object, first_look: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert callable(rule)
    module = triggers if first_look == "_may_be_source" else source_access
    gated = [rule(token) for doc in docs for token in doc]
    monkeypatch.setattr(module, first_look, lambda token: True)
    assert [rule(token) for doc in docs for token in doc] == gated
    assert any(gated)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The informant met Pell.", "informant", True),
        ("A walk-in gave the plan.", "in", True),  # judged by "walk-in"
        ("Per CHS-0142, the cell moved.", "CHS-0142", True),
        ("SUBJECT is a former teacher.", "SUBJECT", True),
        ("The FP has been reliable.", "FP", True),
        ("He was present when they met.", "present", True),
        ("The truck will leave at noon.", "truck", False),
        ("The truck will leave at noon.", "leave", False),
    ],
)
def test_when_a_word_may_be_a_source_then_the_first_look_lets_it_through(
    nlp: Language, text: str, word: str, expected: bool
) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert triggers._may_be_source(token) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Nobody else was in the room.", "Nobody", True),
        ("She is one of only three people who knew.", "one", True),
        ("Only 4 ppl were at darts night.", "4", True),
        ("The only woman who works that corner told us.", "woman", True),
        ("The truck will leave at noon.", "truck", False),
        ("The truck will leave at noon.", "noon", False),
    ],
)
def test_when_a_word_may_count_people_then_the_first_look_lets_it_through(
    nlp: Language, text: str, word: str, expected: bool
) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert source_access._may_count_people(token) is expected
