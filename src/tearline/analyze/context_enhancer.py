"""Presidio's lemma context enhancer, asked only about the results it can change.

Presidio's `LemmaContextAwareEnhancer` deep-copies every result of a text and, for each result
of a recognizer with context words, walks the document's tokens from the start to find the
token the match begins in. Most of tearline's results come from recognizers without context
words (the sourcing clauses, the personnel names), which the enhancer only copies and leaves
as they are; and a report has hundreds of tokens. This subclass hands the enhancer only the
results of recognizers with context words and finds the match's token by bisection, so its
scores and explanations are exactly Presidio's.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, Any

from presidio_analyzer import RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

if TYPE_CHECKING:
    from presidio_analyzer import EntityRecognizer
    from presidio_analyzer.nlp_engine import NlpArtifacts


class ContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer, skipping the results no context word can raise."""

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """Presidio's enhancement of the results whose recognizer has context words; every
        other result is returned as it is (Presidio would return an identical copy), in the
        same place in the list."""
        with_context = {r.id for r in recognizers if r.context}
        asked = [i for i, r in enumerate(raw_results) if _recognizer_id(r) in with_context]
        if not asked:
            return list(raw_results)
        enhanced = super().enhance_using_context(
            text, [raw_results[i] for i in asked], nlp_artifacts, recognizers, context
        )
        results = list(raw_results)
        for i, result in zip(asked, enhanced, strict=True):
            results[i] = result
        return results

    @staticmethod
    def _find_index_of_match_token(
        word: str, start: int, tokens: Any, tokens_indices: list[int]
    ) -> int:
        """The index of the first token that starts at `start` or ends after it, as Presidio
        finds it by walking the tokens, found by bisection over their start offsets.

        Tokens do not overlap and none is empty, so the last token starting at or before
        `start` is the answer when `start` falls inside it, and the next token otherwise.
        """
        last = bisect_right(tokens_indices, start) - 1
        if last >= 0 and start < tokens_indices[last] + len(tokens[last]):
            return last
        if last + 1 < len(tokens_indices):
            return last + 1
        # as Presidio does, but naming the offset only: a message never carries report text
        raise ValueError(f"no token at offset {start}, where a match was expected to start")


def _recognizer_id(result: RecognizerResult) -> str | None:
    """The id of the recognizer that found a result, as Presidio records it."""
    metadata = result.recognition_metadata or {}
    found: str | None = metadata.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY)
    return found
