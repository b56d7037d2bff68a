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
    """The named entities in one sentence, as spans of its document (found once, then kept).

    The recognizer reads the sentence with CONTEXT_TOKENS of text on either side, more than
    its layers see, so it tags a sentence-initial name as it would inside the whole text.
    """
    doc = sentence.doc
    if doc.has_annotation("ENT_IOB"):  # a pipeline that ran the recognizer over everything
        return tuple(e for e in doc.ents if e.start < sentence.end and sentence.start < e.end)
    found: dict[tuple[int, int], tuple[Span, ...]] = doc.user_data.setdefault(_FOUND, {})
    key = (sentence.start, sentence.end)
    if key not in found:
        recognizer = doc.user_data.get(_RECOGNIZER)
        start = max(0, sentence.start - CONTEXT_TOKENS)
        window = doc[start : min(len(doc), sentence.end + CONTEXT_TOKENS)]
        ents = recognizer(window.as_doc()).ents if recognizer is not None else ()
        found[key] = tuple(
            Span(doc, start + e.start, start + e.end, label=e.label_)
            for e in ents
            if start + e.start < sentence.end and sentence.start < start + e.end
        )
    return found[key]


def entity_type(token: Token) -> str:
    """The label of the entity a token is part of ("GPE", "ORG"...), or ""."""
    for entity in sentence_entities(token.sent):
        if entity.start <= token.i < entity.end:
            return str(entity.label_)
    return ""
