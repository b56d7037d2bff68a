"""What each mistake costs in a drill: the one place where weights, score and pass mark live.

Every gold key weighs according to its category. A leak (a remove key that survives) is charged
the weight of its category on the leak side; an over-redaction (a keep key that is lost) the
weight of its category on the keep side. Sources and the people of the reporting side weigh most,
because a leak of them can cost a life and cannot be recalled; losing the hour of an attack hurts
the warning, but the recipient can still act on the rest.

| side | category      | weight |
|------|---------------|--------|
| leak | SOURCE        | 10     |
| leak | PERSONNEL     | 9      |
| leak | SELECTOR      | 8      |
| leak | METHOD        | 8      |
| leak | COLLECTION    | 6      |
| leak | MARKING       | 5      |
| keep | THREAT        | 6      |
| keep | TARGET        | 6      |
| keep | PERPETRATOR   | 5      |
| keep | LOCATION      | 5      |
| keep | TIME          | 4      |
| keep | ATTACK_METHOD | 4      |

A key without a category weighs `DEFAULT_WEIGHT` (5).

The score, from 0 to 100::

    score = 100 * (1 - LEAK_SHARE * weighted leaks / weighted remove keys
                     - LOSS_SHARE * weighted losses / weighted keep keys)
            - TRIAGE_PENALTY    (only when the drill asks the duty-to-warn question
                                 and the answer is wrong or missing)
    clipped to 0..100, with LEAK_SHARE = 0.7, LOSS_SHARE = 0.3, TRIAGE_PENALTY = 15.

So leaking everything costs 70 points and losing everything 30: leaks as a whole cost more
than over-redactions as a whole. Deleting the whole report scores 70, changing nothing scores
30, and both fail. A drill with no remove (or no keep) keys charges nothing on that side.
Each side is divided by the drill's own total, so what one key costs depends on the drill: in
`flagship` a leaked SOURCE key costs 4.3 points, a lost TIME key 2.9 and a lost TARGET key 4.3.

The drill passes when the score is at least `PASS_MARK` (80) *and* no SOURCE or PERSONNEL key
leaked: exposing a source or an officer fails the drill whatever the rest looks like.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from tearline.categories import Category
from tearline.evaluate.gold import GoldKey

#: The weight of each category, leak side (remove keys) and keep side (keep keys) in one table.
WEIGHTS: Mapping[Category, int] = MappingProxyType(
    {
        Category.SOURCE: 10,
        Category.PERSONNEL: 9,
        Category.SELECTOR: 8,
        Category.METHOD: 8,
        Category.COLLECTION: 6,
        Category.MARKING: 5,
        Category.THREAT: 6,
        Category.TARGET: 6,
        Category.PERPETRATOR: 5,
        Category.LOCATION: 5,
        Category.TIME: 4,
        Category.ATTACK_METHOD: 4,
    }
)
#: The weight of a key that names no category.
DEFAULT_WEIGHT = 5
#: The part of the score that leaks can cost, and the part that over-redactions can cost.
LEAK_SHARE = 0.7
LOSS_SHARE = 0.3
#: Points lost for a wrong or missing answer to the duty-to-warn question.
TRIAGE_PENALTY = 15
#: The lowest passing score.
PASS_MARK = 80
#: Categories whose leak fails the drill regardless of the score.
FAIL_ON_LEAK: frozenset[Category] = frozenset({Category.SOURCE, Category.PERSONNEL})


def weight(key: GoldKey) -> int:
    """The weight of one gold key, by its category."""
    return WEIGHTS[key.category] if key.category is not None else DEFAULT_WEIGHT


def _total(keys: Iterable[GoldKey]) -> int:
    return sum(weight(k) for k in keys)


@dataclass(frozen=True)
class Breakdown:
    """How a drill score came about, term by term, so feedback can show the arithmetic."""

    leak_weight: int
    remove_weight: int
    loss_weight: int
    keep_weight: int
    leak_penalty: float
    loss_penalty: float
    triage_penalty: float
    score: float
    fatal: list[GoldKey] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """At or above the pass mark, with no leaked SOURCE or PERSONNEL key."""
        return self.score >= PASS_MARK and not self.fatal


def drill_score(
    leaked: list[GoldKey],
    removes: list[GoldKey],
    lost: list[GoldKey],
    keeps: list[GoldKey],
    triage_correct: bool | None = None,
) -> Breakdown:
    """Score a drill attempt as the module docstring defines it.

    `triage_correct` is None when the drill asks no duty-to-warn question, False when the
    answer was wrong or missing.
    """
    leak_weight, remove_weight = _total(leaked), _total(removes)
    loss_weight, keep_weight = _total(lost), _total(keeps)
    leak_penalty = 100 * LEAK_SHARE * leak_weight / remove_weight if remove_weight else 0.0
    loss_penalty = 100 * LOSS_SHARE * loss_weight / keep_weight if keep_weight else 0.0
    triage_penalty = float(TRIAGE_PENALTY) if triage_correct is False else 0.0
    raw = 100 - leak_penalty - loss_penalty - triage_penalty
    return Breakdown(
        leak_weight=leak_weight,
        remove_weight=remove_weight,
        loss_weight=loss_weight,
        keep_weight=keep_weight,
        leak_penalty=leak_penalty,
        loss_penalty=loss_penalty,
        triage_penalty=triage_penalty,
        score=round(min(100.0, max(0.0, raw)), 1),
        fatal=[k for k in leaked if k.category in FAIL_ON_LEAK],
    )
