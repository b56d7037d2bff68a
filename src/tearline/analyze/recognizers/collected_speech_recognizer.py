"""Find verbatim quotes of collected speech and drop the sentences that carry them.

A quote of what a target said or wrote reveals that it was heard or read: the guide removes
it. Short quoted nicknames ("known only as 'Le Moine'") identify a perpetrator and are kept.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Doc

from tearline.analyze.spans import doc_text, result, sentence_extent
from tearline.categories import Category


def _quoted(open_: str, close: str, guard: str = "") -> str:
    """A quoted passage that may wrap across lines, never across a blank line."""
    inside = rf"(?:[^{close}\n]|\n(?![ \t]*\n))"
    return rf"{guard}{open_}{inside}{{2,400}}?{close}"


#: Double quotes of every common style, and single quotes that are not apostrophes.
QUOTE = re.compile(
    "|".join(
        [
            _quoted('"', '"'),
            _quoted("\u201c", "\u201d"),
            _quoted("\u00ab", "\u00bb"),
            _quoted("\u2018", "\u2019"),
            _quoted("'", "'", guard=r"(?<![\w])") + r"(?![\w])",
        ]
    )
)

#: A line of a chat log or transcript: "[21:15] <kestrel_nine> ..." or "21:15 kestrel_nine: ...".
CHAT_LINE = re.compile(
    r"^[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+(?:<[^>\n]{1,40}>|[\w.@-]{2,40}:)[^\n]*",
    re.MULTILINE,
)

#: Words before a quote that make it a name, not speech.
NICKNAME_CUE = re.compile(
    r"(?:known|identified|referred to|nicknamed|called|named|dubbed|alias|a\.k\.a\.|aka|call|calls|"
    r"goes by|calls himself|calls herself|styled|codenamed|code-named|as)\s*(?:only\s+)?"
    r"(?:as\s+)?[\s,:]*$",
    re.IGNORECASE,
)
#: Words before a quote that make it the label of an account or a document: "the user
#: "ironwick"", "a list headed "rink"". A selector or a title, not speech: whether it goes is
#: the selector recognizer's call. Not "group" or "chat": "he told the group "we go at dawn"".
LABEL_CUE = re.compile(
    r"\b(?:user|username|user name|account|handle|profile|file|folder|headed|titled|entitled|"
    r"labelled|labeled|captioned|saved)\s*[\s,:]*$",
    re.IGNORECASE,
)
#: A quote that is one made-up word, a letter with a digit, dot, underscore or @ in it
#: ("rota_v3.xlsx", "harvest-final2", "kes@7"): the name of a file or an account, not speech.
LABEL_SHAPE = re.compile(r"(?=[^\s]*[A-Za-z])(?=[^\s]*[\d._@])[\w.@+-]{2,64}")
#: Quotes this short, with a nickname cue before them, are names.
MAX_NAME_WORDS = 4


class CollectedSpeechRecognizer(EntityRecognizer):
    """Sentences that quote collected speech verbatim (METHOD)."""

    NAME = "CollectedSpeechRecognizer"
    WHY = "quotes collected speech verbatim: reveals that it was intercepted or overheard"

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[Category.METHOD.value], name=self.NAME, supported_language="en"
        )

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """One result per quoted passage: the sentences it stands in, and the one that
        introduces it with a colon."""
        if Category.METHOD.value not in entities:
            return []
        doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
        results = [
            result(self.NAME, Category.METHOD.value, m.start(), m.end(), 0.8, "chat-line", self.WHY)
            for m in CHAT_LINE.finditer(text)
        ]
        for match in QUOTE.finditer(text):
            inner = match.group(0)[1:-1].strip()
            if self._is_name(text, match.start(), inner):
                continue
            start, end = (
                _sentence_bounds(doc, match.start(), match.end())
                if doc is not None
                else (match.start(), match.end())
            )
            results.append(
                result(
                    self.NAME, Category.METHOD.value, start, end, 0.8, "verbatim-quote", self.WHY
                )
            )
        return results

    @staticmethod
    def _is_name(text: str, start: int, inner: str) -> bool:
        words = inner.split()
        if len(words) > MAX_NAME_WORDS:
            return False
        before = text[max(0, start - 40) : start]
        named = [w for w in words if w.lower() not in ("the", "a", "an")]
        capitalized = bool(named) and all(w[:1].isupper() or not w[:1].isalpha() for w in named)
        return (
            bool(NICKNAME_CUE.search(before))
            or bool(LABEL_CUE.search(before))
            or bool(LABEL_SHAPE.fullmatch(inner))
            or (capitalized and len(words) <= 3)
        )


def _sentence_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """From the start of the sentence holding the quote (or of the one that introduces it
    with a colon) to the end of the sentence where the quote ends."""
    first = last = None
    for sentence in doc.sents:
        if sentence.start_char <= start < sentence.end_char or (
            first is None and sentence.start_char >= start
        ):
            first = first or sentence
        if sentence.start_char < end:
            last = sentence
    if first is None or last is None:
        return start, end
    first_start, _ = sentence_extent(first, [max(first.start_char, min(start, first.end_char - 1))])
    _, last_end = sentence_extent(last, [min(end - 1, last.end_char - 1)])
    begin = first_start
    lead = doc_text(doc)[begin:start].rstrip()
    if not lead and first.start > 0:
        previous = doc[first.start - 1].sent
        if doc_text(doc)[previous.start_char : previous.end_char].rstrip().endswith(":"):
            begin = previous.start_char
    return min(begin, start), max(last_end, end)
