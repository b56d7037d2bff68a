"""Find the clauses and sentences that say how something was learned, over the parse.

This is the rewriting heart of the scrub, and no Presidio recognizer does it: attribution is
a clause, not an entity. For each sentence with a source or method word (see `triggers`):
- a reporting frame ("Intercepted messages ... indicate that X", "the source said X") is cut
  and its content clause X kept;
- a modifier that carries the word (an "According to ..." phrase, a relative clause, an
  apposition, a prepositional phrase) is cut with the commas around it;
- a sentence whose main clause itself is about the source or the collection is dropped whole.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Span, Token

from tearline.analyze import lexicon as lx
from tearline.analyze.spans import result, sentence_extent, subtree_span, with_adjacent_comma
from tearline.analyze.triggers import trigger
from tearline.categories import Category

#: Dependency labels of modifiers that can go without breaking the sentence around them.
CUTTABLE: frozenset[str] = frozenset(
    {"prep", "agent", "relcl", "acl", "appos", "advcl", "npadvmod", "parataxis", "advmod"}
)


class SourcingClauseRecognizer(EntityRecognizer):
    """Attribution frames, sourcing modifiers and sourcing-only sentences (SOURCE, METHOD)."""

    NAME = "SourcingClauseRecognizer"
    WHY_FRAME = "attributes the warning to a source or a collection method"
    WHY_MODIFIER = "a phrase that describes a source or how the information was collected"
    WHY_SENTENCE = "a sentence only about a source or the collection, not the threat"

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[Category.SOURCE.value, Category.METHOD.value],
            name=self.NAME,
            supported_language="en",
        )

    def load(self) -> None:
        """Nothing to load: the lexicon is static and the parse comes with the artifacts."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Results over every sentence of the parsed document."""
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        results: list[RecognizerResult] = []
        for sentence in nlp_artifacts.tokens.sents:
            results.extend(self._sentence(sentence))
        return [r for r in results if r.entity_type in entities]

    def _sentence(self, sentence: Span) -> list[RecognizerResult]:
        found = [(t, c) for t in sentence if (c := trigger(t)) is not None]
        if not found:
            return []
        category = _dominant(found)
        core, frame = _core(sentence, found)
        cuts: list[tuple[int, int, str, str]] = []
        if frame:
            cuts.extend((s, e, "reporting-frame", self.WHY_FRAME) for s, e in frame)
        core_tokens = {t.i for t in core.subtree}
        for token, _ in found:
            if token.i not in core_tokens:
                continue
            cut = _cuttable_ancestor(token, core)
            if cut is None:
                return [self._drop(sentence, category, [t.idx for t, _ in found])]
            start, end = subtree_span(cut)
            start, end = with_adjacent_comma(sentence.doc, start, end, sentence)
            cuts.append((start, end, f"sourcing-{cut.dep_}", self.WHY_MODIFIER))
        return [
            result(self.NAME, category.value, s, e, 0.85, rule, why)
            for s, e, rule, why in cuts
            if e > s
        ]

    def _drop(self, sentence: Span, category: Category, anchors: list[int]) -> RecognizerResult:
        start, end = sentence_extent(sentence, anchors)
        return result(
            self.NAME,
            category.value,
            start,
            end,
            0.85,
            "sourcing-sentence",
            self.WHY_SENTENCE,
        )


def _dominant(found: list[tuple[Token, Category]]) -> Category:
    methods = sum(1 for _, c in found if c is Category.METHOD)
    return Category.METHOD if methods > len(found) - methods else Category.SOURCE


def _core(
    sentence: Span, found: list[tuple[Token, Category]]
) -> tuple[Token, list[tuple[int, int]]]:
    """The clause to keep, and the frame around it to cut when the root only reports it."""
    root = sentence.root
    if root.lemma_.lower() not in lx.REPORTING_VERBS:
        return root, []
    content = [c for c in root.children if c.dep_ == "ccomp"] or [
        # "told a contact that X": the parser often hangs X off the object
        t
        for child in root.children
        if child.dep_ in ("dobj", "dative")
        for t in child.children
        if t.dep_ in ("acl", "relcl", "ccomp") and any(m.lower_ == "that" and m.dep_ == "mark" for m in t.children)
    ]
    if not content:
        return root, []
    clause = content[0]
    inside = {t.i for t in clause.subtree}
    if any(t.i in inside for t, _ in found):
        # the content itself speaks of the source: nothing to salvage by cutting the frame
        return root, []
    left = clause.left_edge
    while left.dep_ == "mark" or left.is_space:
        left = sentence.doc[left.i + 1]
    frame = [(sentence.start_char, left.idx)]
    right = clause.right_edge
    tail_start = right.idx + len(right.text)
    last = sentence[-1]
    tail_end = last.idx if last.is_punct else last.idx + len(last.text)
    if tail_end > tail_start and sentence.doc.text[tail_start:tail_end].strip(" ,\n"):
        frame.append((tail_start, tail_end))
    return clause, frame


def _cuttable_ancestor(token: Token, core: Token) -> Token | None:
    """The nearest modifier above `token` that can be cut, or None if `token` is the core's own."""
    current = token
    while current.i != core.i:
        if current.dep_ in CUTTABLE:
            # "According to the source": the preposition hangs off another cuttable word
            while (
                current.head.i != core.i
                and current.head.dep_ in CUTTABLE
                and current.head.pos_ in ("ADP", "VERB", "SCONJ")
            ):
                current = current.head
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None
