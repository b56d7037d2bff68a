"""Split a report into the sentences an interactive drill walks, and put it back together.

A small regex splitter over lines rather than spaCy: drills need stable, predictable units and
must start instantly. Lines are first joined into logical lines (a wrapped paragraph, an
indented continuation, a line that goes on with a lower-case word); header fields, bullets and
numbered paragraphs each start a new one. Logical lines are then cut after `.`, `!` or `?`,
unless the word before is an initial, a common abbreviation (`R. HALLORAN`, `EXT. 4471`) or
the number of a paragraph (`1. (S//NF) ...`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

#: A line this long that does not end a sentence is taken to wrap onto the next line.
WRAP_LENGTH = 55
_FIELD = re.compile(r"^[A-Z][A-Za-z /-]{0,30}:\s")
_ITEM = re.compile(r"^(?:[-*•]\s|\d{1,3}[.)]\s|\([a-z0-9]{1,3}\)\s)")
_LOWER_WORD = re.compile(r"^[a-z]+[\s,;:]")
_ENDS_SENTENCE = re.compile(r"[.!?][\"')\]]*\s*$")
_BOUNDARY = re.compile(r"[.!?][\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "sgt", "ssgt", "lt", "col", "gen", "capt", "insp", "det"}
    | {"dc", "ext", "no", "nr", "tel", "approx", "etc", "vs", "jr", "sr"}
)


@dataclass(frozen=True)
class Unit:
    """One sentence: its offsets in the report."""

    start: int
    end: int


def _starts_unit(line: str) -> bool:
    return bool(_FIELD.match(line) or _ITEM.match(line))


def _logical_lines(text: str) -> list[tuple[int, int]]:
    """Spans of logical lines: physical lines joined where a paragraph wraps."""
    spans: list[tuple[int, int]] = []
    previous = ""
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        start, end = offset, offset + len(body)
        offset += len(line)
        if not body.strip():
            previous = ""
            continue
        stripped = body.strip()
        lead = len(body) - len(body.lstrip())
        joins = previous and (
            (lead > 0 and not _ITEM.match(stripped))
            or (_LOWER_WORD.match(stripped) and not _ENDS_SENTENCE.search(previous))
            or (
                len(previous) >= WRAP_LENGTH
                and not _ENDS_SENTENCE.search(previous)
                and not _starts_unit(stripped)
            )
        )
        if joins:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start + lead, end))
        previous = body
    return spans


def reflow(text: str) -> str:
    """The text with wrapped paragraphs joined into one line each and blank lines kept.

    For display in narrow columns, where hard line breaks and soft wrapping would mix.
    """
    out: list[str] = []
    previous_end = 0
    for start, end in _logical_lines(text):
        if out and text.count("\n", previous_end, start) > 1:
            out.append("")
        out.append(" ".join(text[start:end].split()))
        previous_end = end
    return "\n".join(out)


def _word_before(text: str, end: int) -> str:
    match = re.search(r"([\w.]+)$", text[:end])
    return match.group(1).rstrip(".") if match else ""


def _no_break(text: str, unit_start: int, stop: int) -> bool:
    """True when the full stop at `stop` ends an initial, an abbreviation or a paragraph number."""
    word = _word_before(text, stop)
    if len(word) <= 1 or word.lower() in _ABBREVIATIONS:
        return True
    return word.isdigit() and text[unit_start:stop].strip() == word


def split(text: str) -> list[Unit]:
    """The sentences of `text`, in order, as offsets; whitespace between them is left out."""
    units: list[Unit] = []
    for start, end in _logical_lines(text):
        cursor = start
        for match in _BOUNDARY.finditer(text, start, end):
            if _no_break(text, cursor, match.start()):
                continue
            stop = match.start() + len(match.group().rstrip())
            units.append(Unit(cursor, stop))
            cursor = match.end()
        units.append(Unit(cursor, end))
    return [u for u in units if text[u.start : u.end].strip()]


#: Marks a cut sentence while the text is put back together; input text never holds NUL.
_CUT = "\x00"


def assemble(text: str, units: Sequence[Unit], replacements: Sequence[str | None]) -> str:
    """The report with each unit replaced: None keeps it, "" cuts it, a string replaces it.

    Lines left empty by cuts are dropped and blank runs folded, so the result reads cleanly.
    """
    pieces: list[str] = []
    cursor = 0
    for unit, replacement in zip(units, replacements, strict=True):
        pieces.append(text[cursor : unit.start])
        if replacement is None:
            pieces.append(text[unit.start : unit.end])
        else:
            pieces.append(replacement.strip() or _CUT)
        cursor = unit.end
    pieces.append(text[cursor:])
    lines = []
    for line in "".join(pieces).splitlines(keepends=True):
        if _CUT in line and not line.replace(_CUT, "").strip():
            continue
        # A cut between two words leaves one space; at either end of a line, none.
        lines.append(re.sub(rf" ?{_CUT} ?", lambda m: " " if len(m.group()) == 3 else "", line))
    joined = re.sub(r"\n(?:[ \t]*\n){2,}", "\n\n", "".join(lines)).strip("\n")
    return joined + "\n" if joined and text.endswith("\n") else joined
