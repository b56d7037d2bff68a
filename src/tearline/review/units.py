"""Cut a report into the units a reviewer compares: paragraphs, then sentences and header lines.

Why a few regular expressions and not spaCy's sentence splitter: the review tools must open
without loading the NLP stack, the cut only decides where rows of the side-by-side view
begin (never what is removed), and cables mix prose with header lines (`DOI: ...`,
`SUBJECT: ...`) that no sentence model splits the way a reader expects. A wrong cut costs a
row that holds two sentences, nothing more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: One or more blank lines end a paragraph.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n(?:[ \t\r]*\n)*")
#: A sentence ends at . ! or ?, perhaps closed by quotes or brackets, before a capital start.
_SENTENCE_END = re.compile(
    r"[.!?][\"')\]\u201d\u2019]*(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?=[A-Z0-9\"'(\[\u201c])"
)
#: Words whose period does not end a sentence.
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "no", "nos", "ext", "jr", "sr", "vs", "etc", "e.g", "i.e",
     "approx", "gen", "col", "lt", "capt", "sgt", "maj", "prof", "inc", "ltd", "co", "fig",
     "tel", "ref", "para", "art"}
)  # fmt: skip
#: A line that starts a header field ("DOI:", "CASE OFFICER:") or a list item.
_STRUCTURED_LINE = re.compile(
    r"[A-Z][A-Z0-9 ./()&'-]{0,30}:(?:\s|$)|\d{1,3}[.)][ \t]|[-*\u2022][ \t]|\([A-Z/ ]{1,20}\)"
)
_LIST_MARKER_ONLY = re.compile(r"^[ \t]*(?:\d{1,3}|[A-Za-z])$")


@dataclass(frozen=True)
class Unit:
    """A row's worth of the original: it starts at `start` and belongs to `paragraph`."""

    start: int
    paragraph: int


def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    for match in _PARAGRAPH_BREAK.finditer(text):
        if match.end() < len(text):
            starts.append(match.end())
    return starts


def _ends_sentence(text: str, punct: int, line_start: int) -> bool:
    """False for an initial ("R."), an abbreviation ("ext.") or a list marker ("1.")."""
    if text[punct] != ".":
        return True
    before = text[line_start:punct]
    if _LIST_MARKER_ONLY.match(before):
        return False
    word = re.search(r"[\w.]*$", before)
    token = word.group(0) if word else ""
    if len(token) == 1 and token.isalpha():
        return False
    return token.lower() not in _ABBREVIATIONS


def _sentence_starts(text: str, start: int, end: int) -> list[int]:
    starts: list[int] = []
    for match in _SENTENCE_END.finditer(text, start, end):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if match.end() < end and _ends_sentence(text, match.start(), line_start):
            starts.append(match.end())
    return starts


def _line_starts(text: str, start: int, end: int) -> list[int]:
    """Line breaks that end a header line: the next line is a field or list item, or the
    current line has no lowercase letter (a cable header), and is not an indented
    continuation."""
    starts: list[int] = []
    pos = text.find("\n", start, end)
    while pos != -1 and pos + 1 < end:
        line_start = text.rfind("\n", 0, pos) + 1
        following = text[pos + 1 : end]
        if following[:1] not in (" ", "\t", "\r", "\n") and (
            _STRUCTURED_LINE.match(following) or not any(c.islower() for c in text[line_start:pos])
        ):
            starts.append(pos + 1)
        pos = text.find("\n", pos + 1, end)
    return starts


def units(text: str) -> list[Unit]:
    """The start of every row in reading order: paragraphs cut at sentences and header lines.

    The first unit starts at 0, so the units partition the whole text.
    """
    paragraphs = _paragraph_starts(text)
    result: list[Unit] = []
    for index, start in enumerate(paragraphs):
        end = paragraphs[index + 1] if index + 1 < len(paragraphs) else len(text)
        cuts = {start, *_sentence_starts(text, start, end), *_line_starts(text, start, end)}
        result.extend(Unit(cut, index) for cut in sorted(cuts))
    return result
