"""Carry spans found in a rewritten draft back to the original text.

When the check finds something in the draft that the first pass missed (a sentence that
only reads as sourcing once a selector is gone, a second mention), the scrub does not give up
at once: it maps those spans back onto the original and decides again, so every decision
stays in original offsets and the released text is a fixed point of the scrub.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from difflib import Match, SequenceMatcher

from tearline.model import Finding

#: Above this size the character alignment is too slow to be worth it: the output is withheld.
MAX_ALIGN_CHARS = 200_000
RULE_PREFIX = "recheck:"


class _TextMatcher(SequenceMatcher[str]):
    """difflib's matcher over two texts, whose longest matching block is found by `str.find`.

    difflib finds it by walking, for every character of the original, every place the same
    character stands in the draft: quadratic in a report's length (18 s of CPU to align a
    report of 45,000 characters). This gives the same block (the longest; of those, the first
    to end in the original, then the first in the draft), so the same matching blocks.
    """

    def __init__(self, original: str, draft: str) -> None:
        self.original, self.draft = original, draft
        super().__init__(None, original, draft, autojunk=False)

    def find_longest_match(
        self, alo: int = 0, ahi: int | None = None, blo: int = 0, bhi: int | None = None
    ) -> Match:
        a, b = self.original, self.draft
        ahi = len(a) if ahi is None else ahi
        bhi = len(b) if bhi is None else bhi
        size = end = 0  # the longest block in a[alo:i], where it ends, and where it is in b
        at = -1
        i = alo
        while i < ahi:
            # a longer block that ends at i holds the block of size + 1 that ends there
            grown = False
            while i - size >= alo and (found := b.find(a[i - size : i + 1], blo, bhi)) >= 0:
                size, end, at, grown = size + 1, i + 1, found, True
            # a block that runs on in both texts is the longest to end at each of its characters
            while grown and end < ahi and at + size < bhi and a[end] == b[at + size]:
                size, end = size + 1, end + 1
            i = end if grown else i + 1
        if not size:
            return Match(alo, blo, 0)
        start = end - size
        return Match(start, b.find(a[start:end], blo, bhi), size)


class _Alignment:
    """Where each draft offset came from in the original, from difflib's matching blocks."""

    def __init__(self, original: str, draft: str) -> None:
        matcher = _TextMatcher(original, draft)
        self.blocks = [b for b in matcher.get_matching_blocks() if b.size]
        self.starts = [b.b for b in self.blocks]

    def to_original(self, position: int, *, end: bool) -> int | None:
        index = bisect.bisect_right(self.starts, position) - 1
        if index < 0:
            return None
        block = self.blocks[index]
        if position < block.b + block.size or (end and position == block.b + block.size):
            return block.a + (position - block.b)
        # inside text the rewrite inserted: snap outward to the neighbouring kept text
        if end:
            following = self.blocks[index + 1] if index + 1 < len(self.blocks) else None
            return following.a if following else None
        return block.a + block.size


def carry_back(
    original: str, draft: str, findings: list[Finding], *, anchors: bool = False
) -> list[Finding]:
    """The draft findings mapped onto the original; empty when they cannot be mapped.

    A span that lies wholly on text the rewrite put in maps onto nothing; with `anchors` it
    is kept as one character where that text stands, for `widen` to grow to its sentence.
    """
    if not findings or len(original) > MAX_ALIGN_CHARS:
        return []
    alignment = _Alignment(original, draft)
    carried = []
    for finding in findings:
        start = alignment.to_original(finding.start, end=False)
        end = alignment.to_original(finding.end, end=True)
        if anchors and original and (start is None or end is None or end <= start):
            # before the first kept character (a rewritten opening), or past the last
            start = min(start if start is not None else 0, len(original) - 1)
            end = start + 1
        if start is None or end is None or end <= start:
            continue
        rule = finding.rule if finding.rule.startswith(RULE_PREFIX) else RULE_PREFIX + finding.rule
        carried.append(replace(finding, start=start, end=end, rule=rule))
    return carried


#: Where a sentence or a line ends, for widening a span that would not go away.
#: Where a sentence may end in the original: its full stop, or a line end.
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*(?=\s)|\n")
#: What opens a line that cannot continue the line before: a blank line, a list item, a label.
_LINE_OPENER = re.compile(
    r"[ \t]*(?:\r?\n|\Z|\(?\d{1,3}[.)]|[-*\u2022]|[A-Za-z][A-Za-z /'&()-]{0,40}:)"
)


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    """A full stop ends a sentence; a line end only where the layout says so. A wrapped line
    of prose runs on ("photographs of the Fallow\nLane car park"); a line after a blank line,
    a list item, a label, or a line in capitals (a banner, a heading) stands apart."""
    if match.group() != "\n":
        return True
    line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
    following = text[match.end() : text.find("\n", match.end()) % (len(text) + 1)]
    return (
        bool(_LINE_OPENER.match(text, match.end()))
        or not any(c.islower() for c in line)
        or not any(c.islower() for c in following)
    )


WIDENED_RULE = "recheck-widened:"


def widen(original: str, findings: list[Finding]) -> list[Finding]:
    """Each finding grown to the sentence (or line) around it in the original.

    Used when removing the carried spans did not make the check pass: the span fell on text
    the rewrite had already changed (a seam, an inserted word), or removing it exposed a new
    hit. Dropping the whole sentence makes progress where a narrower cut kept failing, and
    withholding the report would give the recipient nothing at all.
    """
    widened = []
    for finding in findings:
        start, end = finding.start, finding.end
        before = [
            m.end()
            for m in _SENTENCE_END.finditer(original, 0, start)
            if _ends_sentence(original, m)
        ]
        start = before[-1] if before else 0
        after = next(
            (
                m
                for m in _SENTENCE_END.finditer(original, max(end - 1, start))
                if _ends_sentence(original, m)
            ),
            None,
        )
        end = after.end() if after else len(original)
        if original[end - 1 : end] == "\n":
            end -= 1
        while start < end and original[start].isspace():
            start += 1
        if end <= start:
            continue
        rule = finding.rule.removeprefix(RULE_PREFIX).removeprefix(WIDENED_RULE)
        widened.append(replace(finding, start=start, end=end, rule=WIDENED_RULE + rule))
    return widened
