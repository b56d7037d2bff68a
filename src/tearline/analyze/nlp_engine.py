"""Presidio's spaCy NLP engine, with a word's stop-word and punctuation flags remembered.

For every parsed text Presidio lists the lemmas that are neither stop words nor punctuation
(the keywords its context enhancer compares with context words), asking spaCy's vocabulary
twice per token; a lemma the vocabulary has not seen is added to it on the way, to be
forgotten again when the memory zone closes. Both flags depend only on the word, so they are
read once per word and the answers, and so the keywords, are Presidio's own.
"""

from __future__ import annotations

from presidio_analyzer.nlp_engine import SpacyNlpEngine

#: Distinct words remembered before the memory starts over (new names keep coming).
MAX_WORDS = 100_000


class NlpEngine(SpacyNlpEngine):
    """`SpacyNlpEngine` whose stop-word and punctuation answers are remembered per word."""

    def __init__(self, models: list[dict[str, str]] | None = None) -> None:
        super().__init__(models=models)
        self._flags: dict[tuple[str, str], tuple[bool, bool]] = {}

    def _word_flags(self, word: str, language: str) -> tuple[bool, bool]:
        """Whether the word is a stop word, and whether it is punctuation, in a language."""
        key = (word, language)
        flags = self._flags.get(key)
        if flags is None:
            if len(self._flags) >= MAX_WORDS:
                self._flags.clear()
            flags = self._flags[key] = (
                super().is_stopword(word, language),
                super().is_punct(word, language),
            )
        return flags

    def is_stopword(self, word: str, language: str) -> bool:
        """Presidio's answer, asked of spaCy once per word."""
        return self._word_flags(word, language)[0]

    def is_punct(self, word: str, language: str) -> bool:
        """Presidio's answer, asked of spaCy once per word."""
        return self._word_flags(word, language)[1]
