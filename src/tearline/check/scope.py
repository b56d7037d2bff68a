"""What the check's rescan has to read again: the blocks of a draft that the rewrite changed.

A block is a run of non-blank lines (a paragraph, a header block, a list). A block the rewrite
left exactly as it was has already been analyzed, in the original and in its whole context,
and every finding in it has been decided; reading it again can only find the same spans. So
the rescan parses only the changed blocks, joined by blank lines into one text, and takes the
original's findings for the untouched ones, moved to where those blocks stand in the draft.
Re-parsing the whole of every draft cost about a third of a scrub. A later round compares its
draft with the previous draft, whose findings the last rescan made, so it reads only what that
round changed.

The findings handed over for an untouched block are the recognizers' own, before the policy's
terms are added: those are applied to the whole draft afterwards, as for any text.
"""

from __future__ import annotations

import bisect
import dataclasses
import difflib
import re
from collections.abc import Iterable

from tearline.model import Finding, by_position

#: A run of lines that each hold something besides whitespace.
_BLOCK = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")


#: One line that holds something besides whitespace.
_LINE = re.compile(r"[^\n]*\S[^\n]*")


def _blocks(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _BLOCK.finditer(text)]


def _context_start(text: str, at: int) -> int:
    """The start of the last non-blank line before offset `at` (or `at` itself)."""
    before = text[:at].rstrip()
    return before.rfind("\n") + 1 if before else at


def _context_end(text: str, at: int) -> int:
    """The end of the first non-blank line after offset `at` (or `at` itself)."""
    line = _LINE.search(text, at)
    return line.end() if line else at


@dataclasses.dataclass(frozen=True)
class RescanScope:
    """The changed blocks of a draft as one text to analyze, and the way back to the draft."""

    #: The changed runs of blocks with a line of context each side, joined by blank lines;
    #: "" when the rewrite changed no block.
    text: str
    #: For each changed run: where its copy starts in `text` and in the draft, and the part of
    #: the draft it answers for (without its context lines).
    _pieces: tuple[tuple[int, int, int, int], ...]
    #: For each untouched block: its span in the original and where it starts in the draft.
    _untouched: tuple[tuple[int, int, int], ...]

    @classmethod
    def of(cls, original: str, draft: str) -> RescanScope:
        """Compare the blocks of the original and the draft, in order."""
        before, after = _blocks(original), _blocks(draft)
        matcher = difflib.SequenceMatcher(
            None,
            [original[s:e] for s, e in before],
            [draft[s:e] for s, e in after],
            autojunk=False,
        )
        untouched: list[tuple[int, int, int]] = []
        runs: list[tuple[int, int]] = []
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                untouched.extend(
                    (before[i][0], before[i][1], after[j][0])
                    for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
                )
            elif j2 > j1:
                runs.append((after[j1][0], after[j2 - 1][1]))
        separator = "\r\n\r\n" if "\r\n" in draft else "\n\n"
        parts: list[str] = []
        pieces: list[tuple[int, int, int, int]] = []
        at = 0
        for start, end in runs:
            if parts:
                at += len(separator)
            copy_start = _context_start(draft, start)
            copy_end = _context_end(draft, end)
            pieces.append((at, copy_start, start, end))
            parts.append(draft[copy_start:copy_end])
            at += copy_end - copy_start
        return cls(separator.join(parts), tuple(pieces), tuple(untouched))

    def _on_draft(self, finding: Finding) -> Finding | None:
        """A finding on `text` in draft offsets, cut to the run it lies in (None when it lies
        only in context lines)."""
        index = bisect.bisect_right([p[0] for p in self._pieces], finding.start) - 1
        at, copy_start, start, end = self._pieces[max(index, 0)]
        shift = copy_start - at
        lo, hi = max(finding.start + shift, start), min(finding.end + shift, end)
        return dataclasses.replace(finding, start=lo, end=hi) if lo < hi else None

    def findings(self, original: Iterable[Finding], scanned: Iterable[Finding]) -> list[Finding]:
        """The draft's findings: those on `text` moved to the draft, and the `original`
        findings that lie wholly inside an untouched block, moved with their block."""
        found = [f for f in map(self._on_draft, scanned) if f is not None]
        for finding in original:
            for start, end, draft_start in self._untouched:
                if start <= finding.start and finding.end <= end:
                    shift = draft_start - start
                    found.append(
                        dataclasses.replace(
                            finding, start=finding.start + shift, end=finding.end + shift
                        )
                    )
                    break
        return sorted(found, key=by_position)
