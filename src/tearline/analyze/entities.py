"""Named entities on demand: spaCy's entity recognizer runs only over the documents that ask.

The entity recognizer is the costliest component of the small English pipeline (about a third
of its time, with its own embedding layers), yet the recognizers read entities in few places:
a sentence with no other actionable word (is there a date or a place in it?), the modifiers of
a service noun ("the Ruritanian service"), a cut frame that names a group. So the pipeline runs
without it, and the first question about a document runs it over that whole document, once,
exactly as the full pipeline would (in one pass for every document of a batch that asks).

What a document's entities are depends only on its text, so the analysis stays a function of
the text: the check's scan of a draft sees what a fresh scrub of the released text sees.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.language import Language

if TYPE_CHECKING:
    from spacy.pipeline import EntityRecognizer
    from spacy.tokens import Doc, Span, Token

COMPONENT = "tearline_entities_on_demand"
_RECOGNIZER = "tearline.entity_recognizer"
_FOUND = "tearline.entities"


@Language.factory(COMPONENT)
def make_entities_on_demand(nlp: Language, name: str) -> EntitiesOnDemand:
    """The component that hands each parsed document the (disabled) entity recognizer."""
    return EntitiesOnDemand(nlp.get_pipe("ner"))


class EntitiesOnDemand:
    """Attach the entity recognizer to each document instead of running it."""

    def __init__(self, recognizer: EntityRecognizer) -> None:
        self.recognizer = recognizer

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[_RECOGNIZER] = self.recognizer
        return doc


def run_on_demand(nlp: Language) -> Language:
    """Take the entity recognizer out of the pipeline's run and answer from it on demand."""
    if "ner" in nlp.pipe_names and COMPONENT not in nlp.pipe_names:
        nlp.disable_pipe("ner")
        nlp.add_pipe(COMPONENT, last=True)
    return nlp


def find_entities(sentences: Iterable[Span]) -> None:
    """Run the recognizer once over every document of these sentences that has not had it yet:
    one pass for all of them, so a batch costs one call, not one per document or sentence."""
    _find({id(s.doc): s.doc for s in sentences}.values())


def _find(docs: Iterable[Doc]) -> None:
    pending = [doc for doc in docs if _FOUND not in doc.user_data]
    asking = [doc for doc in pending if doc.user_data.get(_RECOGNIZER) is not None]
    if asking:
        for _ in asking[0].user_data[_RECOGNIZER].pipe(asking):
            pass  # the recognizer annotates each document in place
    for doc in pending:  # a document of a full pipeline already has its entities
        doc.user_data[_FOUND] = tuple(doc.ents)


def _entities(doc: Doc) -> tuple[Span, ...]:
    _find([doc])
    found: tuple[Span, ...] = doc.user_data[_FOUND]
    return found


def sentence_entities(sentence: Span) -> tuple[Span, ...]:
    """The named entities in one sentence, as spans of its document."""
    return tuple(
        e for e in _entities(sentence.doc) if e.start < sentence.end and sentence.start < e.end
    )


def span_entities(span: Span) -> tuple[Span, ...]:
    """The named entities inside a span, as `Span.ents` gives them."""
    return tuple(e for e in _entities(span.doc) if span.start <= e.start and e.end <= span.end)


def entity_type(token: Token) -> str:
    """The label of the entity a token is part of ("GPE", "ORG"...), or ""."""
    _entities(token.doc)
    return str(token.ent_type_)
