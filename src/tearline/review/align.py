"""Align an original report with its sanitized draft, row by row, for the review views.

`Result` says which original spans changed but not where each change landed in the draft,
since the rewrite tidies every seam (spacing, punctuation, a capital letter, an emptied line).
The alignment is therefore built in two steps, and not by difflib over original and draft
alone, which would happily pair a removed "the" with a kept one three words later:

1. the change decisions are applied again without tidying (a removal leaves nothing, a
   replacement its text). This *naive* text maps to the original exactly, by construction;
2. tidying only edits near seams, so `difflib` over the naive text and the draft (lines
   first, then characters inside the lines that differ) recovers those small rewrites.

Rows come from `units` (paragraphs cut at sentences and header lines), moved so that no row
boundary falls inside a change. Every original and every draft character lands in exactly
one row; the views strip the blank lines at the end of a row.
"""

from __future__ import annotations

import difflib
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from tearline.model import Decision, Result
from tearline.review.units import units
from tearline.rewrite.numbering import as_released

Mark = Literal["plain", "change", "tidy", "keep"]
_KINDS: tuple[Mark, ...] = ("plain", "change", "tidy", "keep")
_PLAIN, _CHANGE, _TIDY, _KEEP = 0, 1, 2, 3


@dataclass(frozen=True)
class Span:
    """A run of text in one pane and what happened to it.

    `decision` indexes `Result.decisions` for a change or a keep; `hit` is true on the draft
    side where the check found removed material.
    """

    text: str
    mark: Mark = "plain"
    decision: int | None = None
    hit: bool = False


@dataclass(frozen=True)
class Row:
    """One unit of the original (a sentence or header line) beside what it became."""

    paragraph: int
    line: int
    left: tuple[Span, ...]
    right: tuple[Span, ...]
    #: (offset in the right text, decision) for each change of the row that left nothing in
    #: the draft, so a view can still point at where it was.
    gaps: tuple[tuple[int, int], ...] = ()

    @property
    def changed(self) -> bool:
        """True when anything in the row was removed, replaced or tidied."""
        return any(s.mark in ("change", "tidy") for s in (*self.left, *self.right))


class OffsetMap:
    """Where original positions landed in the draft (a monotone map)."""

    def __init__(self, original_to_naive: array[int], naive_to_draft: array[int]) -> None:
        """Compose the exact original-to-naive map with the diffed naive-to-draft map."""
        self._o2n = original_to_naive
        self._n2d = naive_to_draft

    def to_draft(self, position: int) -> int:
        """The draft position where the original text from `position` on begins."""
        return self._n2d[self._o2n[position]]


@dataclass(frozen=True)
class Alignment:
    """The rows of a review view, and the map from original to draft positions."""

    rows: tuple[Row, ...]
    offsets: OffsetMap


Opcode = tuple[str, int, int, int, int]
#: Words, runs of whitespace, single punctuation marks: the pieces tidying adds or drops.
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


def _positions(pieces: Sequence[str]) -> list[int]:
    out = [0]
    for piece in pieces:
        out.append(out[-1] + len(piece))
    return out


def _diff(a: Sequence[str], b: Sequence[str]) -> list[Opcode]:
    """difflib opcodes where pieces of whitespace may extend a match but never anchor one:
    tidying drops many blank lines and spaces, and pairing one it dropped with one it kept
    would shift the neighbouring text into the wrong row."""
    matcher = difflib.SequenceMatcher(lambda piece: not piece.strip(), a, b, autojunk=False)
    return [(tag, i1, i2, j1, j2) for tag, i1, i2, j1, j2 in matcher.get_opcodes()]


def _char_opcodes(naive: str, draft: str) -> list[Opcode]:
    """Opcodes over characters, found coarse to fine: lines, then words inside the blocks of
    lines that differ, then letters inside the words that differ (a capital letter, a
    dropped comma). Quick on long reports, where tidying touches few lines."""
    a_lines, b_lines = naive.splitlines(keepends=True), draft.splitlines(keepends=True)
    a_pos, b_pos = _positions(a_lines), _positions(b_lines)
    result: list[Opcode] = []
    for tag, i1, i2, j1, j2 in _diff(a_lines, b_lines):
        a1, a2, b1, b2 = a_pos[i1], a_pos[i2], b_pos[j1], b_pos[j2]
        if tag == "equal" or a1 == a2 or b1 == b2:
            result.append((tag, a1, a2, b1, b2))
            continue
        a_words, b_words = _TOKEN.findall(naive[a1:a2]), _TOKEN.findall(draft[b1:b2])
        aw, bw = _positions(a_words), _positions(b_words)
        for wtag, k1, k2, m1, m2 in _diff(a_words, b_words):
            c1, c2, d1, d2 = a1 + aw[k1], a1 + aw[k2], b1 + bw[m1], b1 + bw[m2]
            if wtag != "replace":
                result.append((wtag, c1, c2, d1, d2))
                continue
            a_chars, b_chars = naive[c1:c2], draft[d1:d2]
            spaces = not a_chars.strip() and not b_chars.strip()
            letters = list(a_chars), list(b_chars)
            for ltag, e1, e2, f1, f2 in (
                _diff(*letters)
                if not spaces
                else [
                    op[:5] for op in difflib.SequenceMatcher(None, a_chars, b_chars).get_opcodes()
                ]
            ):
                result.append((ltag, c1 + e1, c1 + e2, d1 + f1, d1 + f2))
    return result


class _Builder:
    """Labels every original and draft character, then cuts the labels into rows."""

    def __init__(self, original: str, draft: str, decisions: Sequence[Decision]) -> None:
        self.original, self.draft, self.decisions = original, draft, decisions
        n = len(original)
        self.left_kind = bytearray(n)
        self.left_ref = array("i", [-1]) * n
        for index, d in enumerate(self.decisions):
            if d.action == "keep":
                for i in range(d.start, d.end):
                    self.left_kind[i], self.left_ref[i] = _KEEP, index
        naive_parts: list[str] = []
        owner = array("i")  # per naive char: original index, or -(decision + 1)
        self.o2n = array("i", [0]) * (n + 1)
        pos = 0
        changes = sorted(
            (i for i, d in enumerate(self.decisions) if d.action != "keep"),
            key=lambda i: self.decisions[i].start,
        )
        for index in changes:
            d = self.decisions[index]
            self._keep_stretch(pos, d.start, naive_parts, owner)
            here = len(owner)
            for i in range(d.start, d.end):
                self.o2n[i] = here
                self.left_kind[i], self.left_ref[i] = _CHANGE, index
            text = (d.replacement or "") if d.action == "replace" else ""
            naive_parts.append(text)
            owner.extend([-(index + 1)] * len(text))
            pos = max(pos, d.end)
        self._keep_stretch(pos, n, naive_parts, owner)
        self.o2n[n] = len(owner)
        self.owner = owner
        # paragraph numbers as the release has them, so "2." pairs with the "1." it became
        self._diff(as_released(original, "".join(naive_parts)))

    def _keep_stretch(self, start: int, end: int, parts: list[str], owner: array[int]) -> None:
        for i in range(start, end):
            self.o2n[i] = len(owner) + (i - start)
        parts.append(self.original[start:end])
        owner.extend(range(start, end))

    def _diff(self, naive: str) -> None:
        m = len(self.draft)
        self.n2d = array("i", [0]) * (len(naive) + 1)
        self.n2d[len(naive)] = m
        self.right_kind = bytearray(m)
        self.right_ref = array("i", [-1]) * m
        inserted_at: list[tuple[int, int]] = []
        for tag, a1, a2, b1, b2 in _char_opcodes(naive, self.draft):
            if a1 == a2 < len(naive):
                inserted_at.append((a1, b1))
            for k in range(a1, a2):
                self.n2d[k] = b1 + (k - a1) if tag == "equal" else b1
            if tag == "equal":
                for k in range(a1, a2):
                    self._label_right(b1 + (k - a1), self.owner[k])
                continue
            owners = {self.owner[k] for k in range(a1, a2)}
            single = owners.pop() if len(owners) == 1 else 0
            for k in range(a1, a2):
                if self.owner[k] >= 0 and self.left_kind[self.owner[k]] != _CHANGE:
                    self.left_kind[self.owner[k]] = _TIDY
                    self.left_ref[self.owner[k]] = -1
            for j in range(b1, b2):
                if single < 0:  # a tidied piece of one replacement still belongs to it
                    self.right_kind[j], self.right_ref[j] = _CHANGE, -single - 1
                else:
                    self.right_kind[j] = _TIDY

        # Text written where nothing stood belongs with what follows it: a row starting there
        # begins at the insertion, so a leak shows in the row it leaked into.
        for a1, b1 in inserted_at:
            self.n2d[a1] = min(self.n2d[a1], b1)

    def _label_right(self, j: int, source: int) -> None:
        if source < 0:
            self.right_kind[j], self.right_ref[j] = _CHANGE, -source - 1
        elif self.left_kind[source] == _KEEP:
            self.right_kind[j], self.right_ref[j] = _KEEP, self.left_ref[source]

    def to_draft(self, position: int) -> int:
        return self.n2d[self.o2n[position]]

    def boundaries(self) -> list[tuple[int, int]]:
        """Row starts as (original position, paragraph), none inside a change."""
        cuts: list[tuple[int, int]] = []
        for unit in units(self.original):
            start = unit.start
            while (
                0 < start < len(self.original)
                and self.left_kind[start] == _CHANGE
                and (self.left_ref[start] == self.left_ref[start - 1])
            ):
                start += 1
            if start >= len(self.original) and cuts:
                continue
            if cuts and start <= cuts[-1][0]:
                continue
            cuts.append((start, unit.paragraph))
        if not cuts:
            return [(0, 0)]
        # A unit a change swallowed can leave a row of blank lines: fold it into the row above.
        ends = [c[0] for c in cuts[1:]] + [len(self.original)]
        return [
            cut
            for index, (cut, end) in enumerate(zip(cuts, ends, strict=True))
            if index == 0 or self.original[cut[0] : end].strip()
        ]


def _spans(
    text: str, kinds: bytearray, refs: array[int], start: int, end: int, hits: bytearray
) -> tuple[Span, ...]:
    spans: list[Span] = []
    i = start
    while i < end:
        j = i + 1
        key = (kinds[i], refs[i], hits[i])
        while j < end and (kinds[j], refs[j], hits[j]) == key:
            j += 1
        ref = refs[i] if refs[i] >= 0 else None
        spans.append(Span(text[i:j], _KINDS[kinds[i]], ref, bool(hits[i])))
        i = j
    return tuple(spans)


def align(original: str, result: Result) -> Alignment:
    """Pair every unit of `original` with the part of `result.draft` it became."""
    b = _Builder(original, result.draft, result.decisions)
    hits = bytearray(len(b.draft))
    for hit in result.check.hits:
        for j in range(max(0, hit.start), min(hit.end, len(b.draft))):
            hits[j] = 1
    no_hits = bytearray(len(original))
    cuts = b.boundaries()
    rows: list[Row] = []
    line, counted = 1, 0
    for index, (start, paragraph) in enumerate(cuts):
        line += original.count("\n", counted, start)
        counted = start
        end = cuts[index + 1][0] if index + 1 < len(cuts) else len(original)
        d_start = 0 if index == 0 else b.to_draft(start)
        d_end = b.to_draft(end) if index + 1 < len(cuts) else len(b.draft)
        left = _spans(original, b.left_kind, b.left_ref, start, end, no_hits)
        right = _spans(b.draft, b.right_kind, b.right_ref, d_start, d_end, hits)
        shown = {s.decision for s in right if s.mark == "change"}
        gaps = tuple(
            (min(max(b.to_draft(b.decisions[k].start), d_start), d_end) - d_start, k)
            for k in dict.fromkeys(s.decision for s in left if s.mark == "change")
            if k is not None and k not in shown
        )
        rows.append(Row(paragraph, line, left, right, gaps))
    return Alignment(tuple(rows), OffsetMap(b.o2n, b.n2d))


def offset_map(original: str, draft: str, decisions: Sequence[Decision]) -> OffsetMap:
    """The map from original to draft positions alone, for callers that need no rows."""
    b = _Builder(original, draft, decisions)
    return OffsetMap(b.o2n, b.n2d)
