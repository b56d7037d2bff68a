"""Tests for batched analysis: `find_many` finds what `find` finds, frees spaCy's strings, and
a policy that needs less of the pipeline gets less of it, with the same findings."""

from __future__ import annotations

from pathlib import Path

import pytest

from tearline.analyze import engine
from tearline.analyze.findings import find, find_many
from tearline.policy import Policy, load_policy

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
ALL = ("attribute_ruler", "lemmatizer", "ner", "parser", "tagger", "tok2vec")
NO_TAGS = ("attribute_ruler", "lemmatizer", "ner", "tagger")


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy("duty-to-warn")


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]


def test_when_texts_are_found_together_then_each_gets_what_find_gives_it_alone(
    policy: Policy, texts: list[str]
) -> None:
    assert find_many(texts, policy) == [find(text, policy) for text in texts]


def test_when_nothing_is_given_then_nothing_is_found(policy: Policy) -> None:
    assert find_many([], policy) == []


def test_when_new_words_are_analyzed_then_the_vocabulary_does_not_grow(policy: Policy) -> None:
    strings = engine.model_for(policy).vocab.strings
    before = len(strings)

    find_many(["Zorblax Quintaveer met Vrelnok at Plimbarth on 3 Jan 2031."], policy)

    assert len(strings) == before


@pytest.mark.parametrize(
    ("recognizers", "uses_context", "unneeded"),
    [
        (("tearline.selector.v1", "tearline.codename.v1"), False, ALL),
        (("tearline.marking.v1",), True, ("ner", "parser")),
        (("tearline.collected_speech.v1",), False, NO_TAGS),
        (("tearline.sourcing_clause.v1", "tearline.selector.v1"), False, ()),
        (("tearline.personnel.v1", "tearline.not_in_the_table.v1"), False, ()),
    ],
)
def test_when_a_policy_reads_less_of_the_parse_then_the_rest_of_the_pipeline_is_left_out(
    recognizers: tuple[str, ...], uses_context: bool, unneeded: tuple[str, ...]
) -> None:
    assert engine.unneeded_components(recognizers, uses_context) == unneeded


@pytest.mark.parametrize(
    "recognizers",
    [
        ["tearline.selector.v1", "tearline.codename.v1", "tearline.personnel.v1"],
        ["tearline.marking.v1", "tearline.collection_line.v1", "tearline.reliability_code.v1"],
        ["tearline.collected_speech.v1", "tearline.personnel.v1"],
    ],
)
def test_when_components_are_left_out_then_the_findings_are_those_of_the_whole_pipeline(
    policy: Policy, texts: list[str], recognizers: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    names = tuple(recognizers)
    build = engine._analyzer.__wrapped__  # uncached: each call builds its own analyzer
    reduced = build(policy.model, names)
    monkeypatch.setattr(engine, "unneeded_components", lambda *args: ())
    whole = build(policy.model, names)

    def spans(analyzer: object, text: str) -> list[tuple[str, int, int, float]]:
        results = analyzer.analyze(text, language="en")  # type: ignore[attr-defined]
        return sorted((r.entity_type, r.start, r.end, r.score) for r in results)

    assert len(reduced.nlp_engine.nlp["en"].pipe_names) < len(whole.nlp_engine.nlp["en"].pipe_names)
    assert [spans(reduced, t) for t in texts] == [spans(whole, t) for t in texts]
