"""The values that flow between the pipeline stages, free of spaCy and Presidio types.

Keeping them plain dataclasses lets the CLI, the renderers and the review tools import them
without paying for the NLP stack.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from tearline.categories import Category


@dataclass(frozen=True)
class Finding:
    """A span a recognizer found, before the policy decides what to do with it."""

    start: int
    end: int
    category: Category
    score: float
    rule: str
    why: str = ""
    #: True when the span names something (a person, codename, selector, station) whose every
    #: other mention must go too.
    identifier: bool = False
    #: Wording a recognizer proposes for a kept span it rewrites ("the group" -> "the Marsh
    #: Wolves", when the frame that named the group is cut).
    replacement: str | None = None


def by_position(finding: Finding) -> tuple[int, int, Category]:
    """The order findings are listed in: by start, the longer first."""
    return finding.start, -finding.end, finding.category


@dataclass(frozen=True)
class Decision:
    """What the policy did with one span of the original text, and why."""

    start: int
    end: int
    category: Category
    action: str
    rule: str
    score: float
    why: str = ""
    replacement: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: offsets, category, action, rule and score, never the text itself."""
        return {
            "start": self.start,
            "end": self.end,
            "category": str(self.category),
            "action": self.action,
            "rule": self.rule,
            "score": round(self.score, 3),
            "why": self.why,
        }


@dataclass(frozen=True)
class CheckHit:
    """Removed material found again in the output: offsets are in the output text."""

    start: int
    end: int
    category: str
    rule: str


@dataclass(frozen=True)
class CheckResult:
    """The verdict of the check that gates every output."""

    passed: bool
    hits: tuple[CheckHit, ...] = ()
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the verdict."""
        return {
            "passed": self.passed,
            "reason": self.reason,
            "hits": [asdict(hit) for hit in self.hits],
        }


@dataclass(frozen=True)
class PolicyRef:
    """Which policy produced a result, pinned by the hash of its resolved content."""

    name: str
    sha256: str


@dataclass(frozen=True)
class Result:
    """The outcome of sanitizing one document.

    `text` is None when the check withheld the output; `draft` always holds the rewritten text
    so a reviewer can see what the check objected to, and must never be released as is.
    """

    text: str | None
    draft: str
    policy: PolicyRef
    decisions: tuple[Decision, ...]
    check: CheckResult
    stats: dict[str, int] = field(default_factory=dict)

    @property
    def withheld(self) -> bool:
        """True when the check failed and no output may be released."""
        return self.text is None

    def to_dict(self) -> dict[str, Any]:
        """The `--format json` document."""
        return {
            "text": self.text,
            "policy": {"name": self.policy.name, "sha256": self.policy.sha256},
            "decisions": [d.to_dict() for d in self.decisions],
            "check": self.check.to_dict(),
        }
