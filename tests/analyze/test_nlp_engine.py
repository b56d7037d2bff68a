"""Tests for the NLP engine: Presidio's keywords, with a word's flags read once."""

from pathlib import Path

import pytest
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine

from tearline.analyze import nlp_engine
from tearline.analyze.engine import LANGUAGE, analyzer_for
from tearline.analyze.nlp_engine import NlpEngine
from tearline.policy import load_policy

SAMPLES = sorted((Path(__file__).parents[2] / "samples").glob("*.txt"))


@pytest.fixture(scope="module")
def engine() -> NlpEngine:
    built = analyzer_for(load_policy("duty-to-warn")).nlp_engine
    assert isinstance(built, NlpEngine)
    return built


@pytest.mark.parametrize(
    ("word", "stop", "punct"),
    [
        ("the", True, False),
        ("because", True, False),
        (",", False, True),
        ("--", False, True),
        ("detonator", False, False),
        ("Veyra", False, False),  # a name the vocabulary may never have seen
    ],
)
def test_when_a_word_is_asked_twice_then_both_answers_are_spacys(
    engine: NlpEngine, word: str, stop: bool, punct: bool
) -> None:
    for _ in range(2):
        assert engine.is_stopword(word, LANGUAGE) is stop
        assert engine.is_punct(word, LANGUAGE) is punct
    assert SpacyNlpEngine.is_stopword(engine, word, LANGUAGE) is stop
    assert SpacyNlpEngine.is_punct(engine, word, LANGUAGE) is punct


def test_when_a_sample_is_parsed_then_its_keywords_are_presidios(engine: NlpEngine) -> None:
    doc = engine.nlp[LANGUAGE](SAMPLES[0].read_text())  # type: ignore[index]
    lemmas = [token.lemma_ for token in doc]
    plain = [
        k.lower()
        for k in lemmas
        if not SpacyNlpEngine.is_stopword(engine, k, LANGUAGE)
        and not SpacyNlpEngine.is_punct(engine, k, LANGUAGE)
        and k not in ("-PRON-", "be")
    ]
    expected = [part for word in plain for part in word.split(":")]
    assert NlpArtifacts.set_keywords(engine, lemmas, LANGUAGE) == expected


def test_when_the_memory_is_full_then_it_starts_over(
    engine: NlpEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(nlp_engine, "MAX_WORDS", 2)
    engine._flags.clear()
    for word in ("alpha", "bravo", "charlie"):
        engine.is_stopword(word, LANGUAGE)
    assert list(engine._flags) == [("charlie", LANGUAGE)]
    assert engine.is_punct("alpha", LANGUAGE) is False
