"""Carry spans found in a rewritten draft back to the original text.

When the check finds something in the draft that the first pass missed (a sentence that
only reads as sourcing once a selector is gone, a second mention), the scrub does not give up
at once: it maps those spans back onto the original and decides again, so every decision
stays in original offsets and the released text is a fixed point of the scrub.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from difflib import SequenceMatcher

from tearline.model import Finding

#: Above this size the character alignment is too slow to be worth it: the output is withheld.
MAX_ALIGN_CHARS = 200_000
RULE_PREFIX = "recheck:"


class _Alignment:
    """Where each draft offset came from in the original, from difflib's matching blocks."""

    def __init__(self, original: str, draft: str) -> None:
        matcher = SequenceMatcher(None, original, draft, autojunk=False)
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


def carry_back(original: str, draft: str, findings: list[Finding]) -> list[Finding]:
    """The draft findings mapped onto the original; empty when they cannot be mapped."""
    if not findings or len(original) > MAX_ALIGN_CHARS:
        return []
    alignment = _Alignment(original, draft)
    carried = []
    for finding in findings:
        start = alignment.to_original(finding.start, end=False)
        end = alignment.to_original(finding.end, end=True)
        if start is None or end is None or end <= start:
            continue
        rule = finding.rule if finding.rule.startswith(RULE_PREFIX) else RULE_PREFIX + finding.rule
        carried.append(replace(finding, start=start, end=end, rule=rule))
    return carried
