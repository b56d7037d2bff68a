"""Named entities on demand: spaCy's entity recognizer runs only on the sentences that ask.

The entity recognizer is the costliest component of the small English pipeline (about a third
of its time, with its own embedding layers), yet the recognizers read entities in few places:
a sentence with no other actionable word (is there a date or a place in it?), the modifiers of
a service noun ("the Ruritanian service"), a cut frame that names a group. So the pipeline runs
without it, and the first question about a sentence runs it on that sentence alone.

A sentence's entities depend only on its own text, so the analysis stays a function of the
text: the check's scan of a draft sees what a fresh scrub of the released text sees.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Span

if TYPE_CHECKING:
    from spacy.pipeline import EntityRecognizer
    from spacy.tokens import Doc, Token

COMPONENT = "tearline_entities_on_demand"
_RECOGNIZER = "tearline.entity_recognizer"
_FOUND = "tearline.entities"
#: Tokens of context on each side of a sentence: the small English model's entity recognizer
#: looks four tokens either way at each of its layers' inputs.
CONTEXT_TOKENS = 16


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


def sentence_entities(sentence: Span) -> tuple[Span, ...]:
    """The named entities in one sentence, as spans of its document (found once, then kept)."""
    doc = sentence.doc
    if doc.has_annotation("ENT_IOB"):  # a pipeline that ran the recognizer over everything
        return tuple(e for e in doc.ents if e.start < sentence.end and sentence.start < e.end)
    find_entities([sentence])
    return _found(doc)[(sentence.start, sentence.end)]


def find_entities(sentences: list[Span]) -> None:
    """Run the recognizer once over every sentence not yet asked about (from one document or
    many: a batch costs little more than one sentence) and keep what it finds on each doc.

    Each sentence is read with CONTEXT_TOKENS of text on either side, more than the
    recognizer's layers see, so it tags a sentence-initial name as it would in the whole text.
    """
    asked = [s for s in sentences if (s.start, s.end) not in _found(s.doc)]
    recognizer = next((s.doc.user_data.get(_RECOGNIZER) for s in asked), None)
    starts = [max(0, s.start - CONTEXT_TOKENS) for s in asked]
    windows = [
        s.doc[start : min(len(s.doc), s.end + CONTEXT_TOKENS)].as_doc()
        for start, s in zip(starts, asked, strict=True)
    ]
    read = list(recognizer.pipe(windows)) if recognizer is not None and windows else []
    for index, (sentence, start) in enumerate(zip(asked, starts, strict=True)):
        ents = read[index].ents if read else ()
        _found(sentence.doc)[(sentence.start, sentence.end)] = tuple(
            Span(sentence.doc, start + e.start, start + e.end, label=e.label_)
            for e in ents
            if start + e.start < sentence.end and sentence.start < start + e.end
        )


def _found(doc: Doc) -> dict[tuple[int, int], tuple[Span, ...]]:
    found: dict[tuple[int, int], tuple[Span, ...]] = doc.user_data.setdefault(_FOUND, {})
    return found


def span_entities(span: Span) -> tuple[Span, ...]:
    """The named entities inside a span, as `Span.ents` gives them, asked for by sentence."""
    sentences = list({t.sent.start: t.sent for t in span}.values())  # those it overlaps
    find_entities(sentences)
    inside = {
        (e.start, e.end): e
        for sentence in sentences
        for e in sentence_entities(sentence)
        if span.start <= e.start and e.end <= span.end
    }
    return tuple(inside[key] for key in sorted(inside))


def entity_type(token: Token) -> str:
    """The label of the entity a token is part of ("GPE", "ORG"...), or ""."""
    for entity in sentence_entities(token.sent):
        if entity.start <= token.i < entity.end:
            return str(entity.label_)
    return ""
