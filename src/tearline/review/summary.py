"""The numbers a reviewer reads first: what changed, by category and action, and the verdict.

Both renderers print the same summary, so the terminal and the page never disagree.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from tearline.categories import Category
from tearline.model import Result
from tearline.review.align import Alignment
from tearline.review.overrides import REDACT_RULE, RESTORE_RULE

#: Actions in the order the summary lists them.
ACTIONS: tuple[str, ...] = ("remove", "replace", "keep")


@dataclass(frozen=True)
class Summary:
    """Counts per category and action, the check's verdict and the policy that made it."""

    document: str
    policy: str
    sha256: str
    passed: bool
    reason: str
    hits: int
    counts: dict[tuple[Category, str], int]
    changes: int
    keeps: int
    tidied: int
    rewritten: int
    restored: int
    redacted: int

    def categories(self) -> list[Category]:
        """The categories with at least one decision, in the guide's order."""
        present = {category for category, _ in self.counts}
        return [c for c in Category if c in present]

    def actions(self) -> list[str]:
        """The actions used, in the order of `ACTIONS`."""
        present = {action for _, action in self.counts}
        return [a for a in ACTIONS if a in present]

    @property
    def verdict(self) -> str:
        """One line on the check: passed, or withheld and why."""
        return "passed" if self.passed else f"WITHHELD: {self.reason}"


def summarize(document: str, result: Result, alignment: Alignment) -> Summary:
    """Count the decisions of `result` and the tidy edits the alignment found at seams:
    `tidied` runs of original text the tidy step dropped or changed, `rewritten` runs of
    draft text it wrote (a capital letter, a joining space)."""
    counts = Counter((d.category, d.action) for d in result.decisions)
    tidied = sum(1 for row in alignment.rows for span in row.left if span.mark == "tidy")
    rewritten = sum(1 for row in alignment.rows for span in row.right if span.mark == "tidy")
    return Summary(
        document=document,
        policy=result.policy.name,
        sha256=result.policy.sha256,
        passed=result.check.passed,
        reason=result.check.reason,
        hits=len(result.check.hits),
        counts=dict(counts),
        changes=sum(1 for d in result.decisions if d.action != "keep"),
        keeps=sum(1 for d in result.decisions if d.action == "keep"),
        tidied=tidied,
        rewritten=rewritten,
        restored=sum(1 for d in result.decisions if d.rule == RESTORE_RULE),
        redacted=sum(1 for d in result.decisions if d.rule == REDACT_RULE),
    )
