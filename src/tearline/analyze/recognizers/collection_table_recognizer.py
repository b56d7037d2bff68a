"""Find the collection columns of text tables: "| Source | Reliability | Received |".

A digest or a log may give each item's provenance in a pipe table rather than in labelled
lines. The header row says which columns hold collection metadata (the same labels the
collection line recognizer reads: source, reliability, received, DOI, collected on ...); the
cells of those columns go, the others (the threat, the target, the date of the attack) stay.
A table whose every column is collection metadata goes whole. No Presidio recognizer reads a
table by its header, so this one does.
"""

from __future__ import annotations

import functools
import re
from typing import ClassVar

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from tearline.analyze.recognizers.collection_line_recognizer import BRACKETED_LABEL
from tearline.analyze.spans import result
from tearline.categories import Category

#: A run of lines that start with a pipe, or that draw a grid's border ("+----+---+"): one
#: table.
_TABLE = re.compile(r"(?:^[ \t]*(?:\|[^\r\n]*|\+[-=+: \t]*)(?:\r?\n|\Z))+", re.MULTILINE)
_ROW = re.compile(r"^[ \t]*\|[^\r\n]*", re.MULTILINE)
_LINE = re.compile(r"^[ \t]*[|+][^\r\n]*", re.MULTILINE)
#: The row under the header: "|---|:--:|", or a grid's border "+----+----+".
_RULE_ROW = re.compile(r"^[ \t]*(?:\|(?:[ \t]*:?-{2,}:?[ \t]*\|)+|\+[-=+: \t]*)[ \t]*$")
#: A header cell that says in words how each row was learned: "How we know", "How obtained",
#: "How this was established", "How it was found out".
_HOW_LEARNED = (
    r"(?i:how[ \t]+(?:(?:we|i)|(?:this|it|each|that)[ \t]+(?:was|is))[ \t]+(?:know|knew"
    r"|learned|learnt|obtained|collected|established|sourced|found[ \t]+out|heard)"
    r"|how[ \t]+(?:obtained|learned|learnt|collected|sourced|known))"
)
#: A header cell that names collection metadata, read whole ("Received", "Date of info",
#: "How we know").
_LABEL = rf"(?:{BRACKETED_LABEL}|{_HOW_LEARNED})[ \t]*(?:\([^()]{{0,12}}\))?[ \t]*:?"
#: The same for a table aligned with blanks.
_ALIGNED_LABEL = rf"(?:{BRACKETED_LABEL}|{_HOW_LEARNED})[ \t]*:?"
#: A paragraph: lines up to a blank line.
_BLOCK = re.compile(r"(?:^[^\r\n]*\S[^\r\n]*(?:\r?\n|\Z))+", re.MULTILINE)
#: Columns of a table aligned with blanks are set off by two blanks or more.
_COLUMN_GAP = re.compile(r"[ \t]{2,}")
#: Header cells of a log's columns that say who gave an item and how it reached us ("who gave
#: it", "reported by", "channel", "date rec'd"): words too common to be a line's label, plain
#: in a column's header.
_SOURCE_COLUMN = re.compile(
    r"(?i:who[ \t]+(?:gave|reported|told|called)(?:[ \t]+(?:it|this|us))?"
    r"|(?:given|reported|provided|raised|passed)[ \t]+by|informant|reporter|caller|channel"
    r"|date[ \t]+rec(?:'?d|eived)\.?|received[ \t]+(?:via|through|by))[ \t]*:?"
)


#: A table drawn without outer bars: a header row of cells set off by bars, a rule of dashes
#: joined by "+" under it ("-----+------+-----"), then its rows.
_BORDERLESS = re.compile(
    r"^(?P<header>[^\r\n|]*\S[ \t]*\|[^\r\n]*)\r?\n"
    r"[ \t]*-{2,}(?:[+|]-{2,})+[-+| \t]*\r?\n"
    r"(?P<body>(?:[^\r\n]*\|[^\r\n]*(?:\r?\n|\Z))+)",
    re.MULTILINE,
)
#: A header cell for the call-sign of whoever logged each row ("CALL", "Call-sign"): the
#: rows of such a log are what our team saw or heard, each told by one of its members.
_CALL_SIGN_COLUMN = re.compile(r"(?i:call(?:[ -]?sign)?s?|c/s)")
#: A header cell that says how each item was examined ("Examination", "Extraction", "How
#: recovered"): the table is our laboratory's record of what it seized and exploited, whose
#: every row, findings too, tells how they were learned.
_EXAMINATION_COLUMN = re.compile(
    r"(?i:examinations?|exploitation|extraction|forensics?"
    r"|(?:forensic|lab(?:oratory)?|technical)[ \t]+(?:work|examination|analysis|exploitation)"
    r"|how[ \t]+(?:examined|exploited|obtained|recovered|extracted|opened|processed))[ \t]*:?"
)
#: A header cell that grades whoever reported: with a date of information beside it, the
#: table is a register of sources, every row of which describes one.
_GRADE_COLUMN = re.compile(r"(?i:grade|grading|reliability|credibility|evaluation)")
#: One part of a header cell ("Description / access") that tells of whoever reported: his
#: access, grade, pay or tie to the plotters. Beside a column of sources, that column
#: describes each row's source, not the threat.
_SOURCE_ATTRIBUTE = re.compile(
    rf"{_GRADE_COLUMN.pattern}|(?i:access|placement|track[ \t]+record"
    r"|payments?|paid|motivation|motive|relationship|handler|handling)"
)
#: What divides the parts of a header cell: "Description / access", "Access & pay".
_LABEL_PARTS = re.compile(r"[ \t]*(?:[/&,;+]|\b(?i:and)\b)[ \t]*")


def _collection_label(label: str) -> bool:
    """True when a header cell names collection metadata, whole ("DOI", "Who gave it") or in
    every part of a compound label ("Basis / source", "Source & DOI")."""
    if _compiled(_LABEL).fullmatch(label) or _SOURCE_COLUMN.fullmatch(label):
        return True
    parts = [part for part in _LABEL_PARTS.split(label) if part]
    return len(parts) > 1 and all(_compiled(_LABEL).fullmatch(part) for part in parts)


@functools.cache
def _compiled(expression: str) -> regex.Pattern[str]:
    """A label pattern, compiled the first time a table's header asks for it: each carries
    every label of the collection line recognizer and takes some 20 ms to compile, which a
    report without a table (most of them, and every one-file run's start) need not pay."""
    return regex.compile(expression)


class CollectionTableRecognizer(EntityRecognizer):
    """Cells under collection headers in pipe tables, or whole such tables (COLLECTION)."""

    NAME = "CollectionTableRecognizer"
    WHY = "a table column of collection metadata: where, when and from whom an item came"
    #: Header cells that only number or name the row, which go with the table if all else does.
    ROW_LABELS: ClassVar[frozenset[str]] = frozenset({"item", "no", "no.", "#", "serial"})

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[Category.COLLECTION.value], name=self.NAME, supported_language="en"
        )

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """One result per collection cell, or one for a table that is all collection."""
        if Category.COLLECTION.value not in entities:
            return []
        results: list[RecognizerResult] = []
        for table in _TABLE.finditer(text):
            rows = list(_ROW.finditer(text, table.start(), table.end()))
            if len(rows) < 2:
                continue
            header = _header(text, table)
            labels = [" ".join(text[s:e].strip() for s, e in column).strip() for column in header]
            collection = [_collection_label(label) for label in labels]
            if any(_EXAMINATION_COLUMN.fullmatch(label) for label in labels):
                results.append(self._result(*_extent(text, table, rows), "exploitation-table"))
                continue
            if not any(collection):
                continue
            collection = [
                c or any(_SOURCE_ATTRIBUTE.fullmatch(part) for part in _LABEL_PARTS.split(label))
                for c, label in zip(collection, labels, strict=True)
            ]
            if all(
                c or label.lower() in self.ROW_LABELS
                for c, label in zip(collection, labels, strict=True)
            ):
                results.append(self._result(*_extent(text, table, rows), "collection-table"))
                continue
            body = [row for row in rows[1:] if not _RULE_ROW.match(row.group(0))]
            for index, label in enumerate(labels):
                if label.lower() in self.ROW_LABELS and _numbered_by_reference(text, body, index):
                    # "| 3-0412 | 08 Sep | help desk | ...": a log of what was reported to us
                    # numbers each row by its record in our system, not 1, 2, 3
                    collection[index] = True
            for row in rows:
                if _RULE_ROW.match(row.group(0)):
                    continue
                for (start, end), is_collection in zip(_cells(row), collection, strict=False):
                    if is_collection and end > start:
                        results.append(self._result(start, end, "collection-table-cell"))
        return results + self._aligned(text) + self._registers(text)

    def _registers(self, text: str) -> list[RecognizerResult]:
        """Tables drawn without outer bars whose header grades each row's source and dates
        its information ("Ref | Type | Description | DOI | Grade"): a register of sources,
        which goes whole, header and all."""
        results: list[RecognizerResult] = []
        for table in _BORDERLESS.finditer(text):
            labels = [cell.strip() for cell in table.group("header").split("|")]
            graded = any(_GRADE_COLUMN.fullmatch(label) for label in labels)
            dated = any(_compiled(_LABEL).fullmatch(label) for label in labels if label)
            if graded and dated:
                start = table.start() + len(table.group(0)) - len(table.group(0).lstrip())
                end = table.end() - _trailing(table.group(0))
                results.append(self._result(start, end, "source-register"))
        return results

    def _aligned(self, text: str) -> list[RecognizerResult]:
        """The cells of the collection columns of tables aligned with blanks ("Date  What
        happened  How we know"): a column starts where its header cell starts, and a row's
        cell is what stands there after a gap. Its header cell goes too. A log with a column of
        call-signs ("TIME  CALL  ENTRY") goes whole."""
        results: list[RecognizerResult] = []
        for block in _BLOCK.finditer(text):
            lines = [m for m in re.finditer(r"[^\r\n]+", block.group(0))]
            if len(lines) < 3 or "|" in block.group(0):
                continue  # pipe tables are read above
            header = lines[0].group(0)
            starts = [0, *(m.end() for m in _COLUMN_GAP.finditer(header.rstrip()))]
            if len(starts) < 2:
                continue
            bounds = list(zip(starts, [*starts[1:], None], strict=True))
            if any(_CALL_SIGN_COLUMN.fullmatch(header[a:b].strip()) for a, b in bounds[1:]):
                # "TIME  CALL  ENTRY": a watch's log of what it saw goes whole
                log_end = block.end() - _trailing(block.group(0))
                results.append(self._result(block.start(), log_end, "call-sign-log"))
                continue
            for start, end in bounds:
                label = header[start:end].strip()
                if start == 0 or not _compiled(_ALIGNED_LABEL).fullmatch(label):
                    continue
                for line in lines:
                    row = line.group(0)
                    cell = row[start:end]
                    if not cell.strip() or row[start - 2 : start].strip():
                        continue  # no cell here, or the text of the column before runs on
                    lead = len(cell) - len(cell.lstrip())
                    begin = block.start() + line.start() + start + lead
                    results.append(
                        self._result(begin, begin + len(cell.strip()), "aligned-table-cell")
                    )
        return results

    def _result(self, start: int, end: int, rule: str) -> RecognizerResult:
        return result(self.NAME, Category.COLLECTION.value, start, end, 0.85, rule, self.WHY)


#: A record's reference: "3-0412", "FB/2026/118", "R-1193", "20417"; not a plain count.
_RECORD_REFERENCE = re.compile(
    r"(?:[A-Z]{1,4}[-/]?)?\d{1,4}[-/]\d{2,6}(?:[-/]\d{1,6})?|[A-Z]{1,4}[-/]?\d{3,6}|\d{4,}"
)


def _numbered_by_reference(text: str, rows: list[re.Match[str]], column: int) -> bool:
    """True when every row of the table gives, in the column, a record's reference."""
    values = [
        text[cell[0] : cell[1]].strip()
        for row in rows
        for i, cell in enumerate(_cells(row))
        if i == column
    ]
    return bool(values) and all(_RECORD_REFERENCE.fullmatch(value) for value in values)


def _extent(text: str, table: re.Match[str], rows: list[re.Match[str]]) -> tuple[int, int]:
    """A whole table's start and end, without the indent before it or the breaks after it."""
    end = table.end()
    while end > table.start() and text[end - 1] in "\r\n":
        end -= 1
    return rows[0].start() + len(rows[0].group(0)) - len(rows[0].group(0).lstrip()), end


def _trailing(block: str) -> int:
    """How many line breaks end a block of lines."""
    return len(block) - len(block.rstrip("\r\n"))


def _header(text: str, table: re.Match[str]) -> list[list[tuple[int, int]]]:
    """The header's cells, column by column: the rows above the first rule, which may be
    several lines in a grid ("| Derived |" over "| from |"), or the first row alone."""
    rows: list[list[tuple[int, int]]] = []
    for line in _LINE.finditer(text, table.start(), table.end()):
        if _RULE_ROW.match(line.group(0)):
            if rows:
                break
            continue
        rows.append(_cells(line))
    else:
        rows = rows[:1]
    width = len(rows[0]) if rows else 0
    return [[row[i] for row in rows if i < len(row)] for i in range(width)]


def _cells(row: re.Match[str]) -> list[tuple[int, int]]:
    """The stripped extent of each cell of a row (empty cells give an empty extent)."""
    line = row.group(0)
    body_start = line.index("|") + 1
    body = line[body_start:].rstrip()
    if body.endswith("|"):
        body = body[:-1]
    cells = []
    offset = row.start() + body_start
    for part in body.split("|"):
        stripped = part.strip()
        lead = len(part) - len(part.lstrip())
        start = offset + lead
        cells.append((start, start + len(stripped)))
        offset += len(part) + 1
    return cells
