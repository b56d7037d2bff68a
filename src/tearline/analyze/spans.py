"""Helpers that turn spaCy tokens and sentences into Presidio results for our recognizers."""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, RecognizerResult
from spacy.tokens import Doc, Span, Token

from tearline.categories import Category, identifier_entity

#: A blank line, or a line break before a numbered item ("\nKJ2. ", "\n1.2 ", "\n3) "): the
#: parser may run a sentence on across either.
_PARAGRAPH_BREAK = re.compile(
    r"\n[ \t\r]*\n|\r?\n(?=[ \t]*(?:[A-Z]{0,4}\d{1,3}[.)]|\d{1,3}(?:\.\d{1,3})+)(?:[ \t]|$))"
)
_TEXT_KEY = "tearline.text"


def doc_text(doc: Doc) -> str:
    """The document's text, joined once: spaCy's `Doc.text` rebuilds it from every token on
    each call, which made reading it per sentence the recognizers' largest cost."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


def sentence_extent(sentence: Span, anchors: list[int]) -> tuple[int, int]:
    """The part of a sentence to drop: trimmed of whitespace and, where the parser ran a
    sentence across a paragraph break (a "4." glued to the end of paragraph 3), only the
    paragraphs holding an anchor offset."""
    text = doc_text(sentence.doc)
    start, end = sentence.start_char, sentence.end_char
    parts: list[tuple[int, int]] = []
    cursor = start
    for brk in _PARAGRAPH_BREAK.finditer(text, start, end):
        parts.append((cursor, brk.start()))
        cursor = brk.end()
    parts.append((cursor, end))
    chosen = [p for p in parts if any(p[0] <= a < p[1] for a in anchors)] or parts[:1]
    start, end = chosen[0][0], chosen[-1][1]
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def subtree_span(token: Token) -> tuple[int, int]:
    """Character offsets of a token's whole subtree (contiguous in a projective parse),
    without the line breaks the parser may hang at either end of it."""
    words = [t for t in token.subtree if not t.is_space] or [token]
    left, right = words[0], words[-1]
    doc = token.doc
    # "WALK-IN WARNS OF ...": a subtree that starts or ends inside a hyphenated word, which
    # spaCy splits in three, takes the whole word, so no "WALK-" is left behind
    while left.i >= 2 and _glued_hyphen(doc[left.i - 1]) and not doc[left.i - 2].whitespace_:
        left = doc[left.i - 2]
    while right.i + 2 < len(doc) and _glued_hyphen(doc[right.i + 1]) and not right.whitespace_:
        right = doc[right.i + 2]
    return left.idx, right.idx + len(right.text)


def _glued_hyphen(token: Token) -> bool:
    """A hyphen inside a word: no space on either side ("WALK-IN", "state-linked")."""
    return token.text == "-" and not token.whitespace_


def balanced(text: str, start: int, end: int, low: int, high: int) -> tuple[int, int]:
    """Widen a cut so its brackets pair up: "(URN 0193, a CHIS" takes its ")" along."""
    for opener, closer in ("()", "[]"):
        while text.count(opener, start, end) > text.count(closer, start, end):
            found = text.find(closer, end, high)
            if found == -1:
                break
            end = found + 1
        while text.count(closer, start, end) > text.count(opener, start, end):
            found = text.rfind(opener, low, start)
            if found == -1:
                break
            start = found
    return start, end


def with_adjacent_comma(doc: Doc, start: int, end: int, sentence: Span) -> tuple[int, int]:
    """Widen a cut clause over the commas that set it off, so none dangle once it is gone.

    "The cell, whose leader ..., plans" loses both commas; a clause at either end of the
    sentence loses the one comma that joined it.
    """
    text = doc_text(doc)
    start, end = balanced(text, start, end, sentence.start_char, sentence.end_char)
    after = end
    while after < sentence.end_char and text[after] in " \t\r\n":
        after += 1
    comma_after = after < sentence.end_char and text[after] in ",;"
    before = start
    while before > sentence.start_char and text[before - 1] in " \t\r\n":
        before -= 1
    comma_before = before > sentence.start_char and text[before - 1] == ","
    if comma_before:
        return before - 1, (after + 1 if comma_after else end)
    if comma_after:
        return start, after + 1
    return start, end


def result(
    recognizer: str,
    category: str,
    start: int,
    end: int,
    score: float,
    rule: str,
    why: str,
    *,
    identifier: bool = False,
    replacement: str | None = None,
) -> RecognizerResult:
    """A RecognizerResult carrying the rule and the reason for `tearline explain`."""
    explanation = AnalysisExplanation(
        recognizer=recognizer, original_score=score, pattern_name=rule, textual_explanation=why
    )
    return RecognizerResult(
        entity_type=identifier_entity(Category(category)) if identifier else category,
        start=start,
        end=end,
        score=score,
        analysis_explanation=explanation,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer,
            "why": why,
            **({"replacement": replacement} if replacement is not None else {}),
        },
    )
