"""Grade a drill attempt: the leaks and losses against the gold, the triage answer, the score."""

from __future__ import annotations

from dataclasses import dataclass

from tearline.drill.catalogue import Drill
from tearline.drill.weights import Breakdown, drill_score
from tearline.evaluate.gold import GoldKey
from tearline.evaluate.scorer import score
from tearline.model import Result


@dataclass(frozen=True)
class Triage:
    """The duty-to-warn question: the trainee's answer (None if unanswered) and the gold."""

    answer: bool | None
    applies: bool
    reason: str

    @property
    def correct(self) -> bool:
        """True only for an answer that matches the gold; no answer is not correct."""
        return self.answer is not None and self.answer == self.applies

    @property
    def verdict(self) -> str:
        """`correct`, `wrong` or `unanswered`, as recorded in the history."""
        if self.answer is None:
            return "unanswered"
        return "correct" if self.correct else "wrong"


@dataclass(frozen=True)
class Grade:
    """The outcome of one attempt at a drill."""

    drill: Drill
    text: str
    leaked: list[GoldKey]
    lost: list[GoldKey]
    breakdown: Breakdown
    triage: Triage | None

    @property
    def score(self) -> float:
        """The score from 0 to 100 (see `tearline.drill.weights`)."""
        return self.breakdown.score

    @property
    def passed(self) -> bool:
        """At or above the pass mark with no leaked SOURCE or PERSONNEL key."""
        return self.breakdown.passed


def grade(drill: Drill, text: str, answer: bool | None = None) -> Grade:
    """Score the trainee's sanitized `text` of `drill`, and their duty-to-warn `answer`."""
    gold = drill.gold
    result = score(text, gold)
    triage = Triage(answer, gold.warn.applies, gold.warn.reason) if gold.warn is not None else None
    breakdown = drill_score(
        result.leaked,
        list(gold.remove),
        result.lost,
        list(gold.keep),
        triage_correct=None if triage is None else triage.correct,
    )
    return Grade(drill, text, result.leaked, result.lost, breakdown, triage)


def reference_answer(drill: Drill) -> Result:
    """tearline's own sanitized version of the drill's report, under the drill's policy."""
    from tearline import redact

    return redact(drill.text, drill.policy)
