"""The drill history: one JSON line per checked attempt, and the summaries read from it.

Each line records who tried which drill, when, how (worksheet or interactive), the score, the
verdict, the duty-to-warn verdict and the gold keys leaked and lost (key texts and categories
from the gold file, never the trainee's text). The file is only ever appended to.
"""

from __future__ import annotations

import getpass
import json
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import platformdirs

from tearline.drill.grade import Grade
from tearline.errors import InputError

HISTORY_NAME = "drill-history.jsonl"


def default_history() -> Path:
    """The history in the user's data directory (`platformdirs`; honours XDG_DATA_HOME)."""
    return platformdirs.user_data_path("tearline") / HISTORY_NAME


def default_trainee() -> str:
    """The OS user name, the default trainee."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "trainee"


@dataclass(frozen=True)
class Attempt:
    """One line of the history."""

    time: str
    trainee: str
    drill: str
    mode: str
    score: float
    passed: bool
    triage: str | None = None
    leaked: list[dict[str, str | None]] = field(default_factory=list)
    lost: list[dict[str, str | None]] = field(default_factory=list)

    @classmethod
    def of(cls, grade: Grade, trainee: str, mode: str, when: datetime | None = None) -> Attempt:
        """The history record of a graded attempt."""
        moment = (when or datetime.now(UTC)).isoformat(timespec="seconds")

        def keys(items: Any) -> list[dict[str, str | None]]:
            return [
                {"text": k.text, "category": str(k.category) if k.category else None} for k in items
            ]

        return cls(
            time=moment,
            trainee=trainee,
            drill=grade.drill.id,
            mode=mode,
            score=grade.score,
            passed=grade.passed,
            triage=grade.triage.verdict if grade.triage else None,
            leaked=keys(grade.leaked),
            lost=keys(grade.lost),
        )


def append(path: Path, attempt: Attempt) -> None:
    """Add one attempt to the history, creating the file and its folder if needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(asdict(attempt), ensure_ascii=False) + "\n"
    with path.open("a", encoding="utf-8") as handle:
        handle.write(line)


def read(path: Path) -> list[Attempt]:
    """Every attempt in the history, oldest first; a missing file is an empty history."""
    if not path.exists():
        return []
    attempts = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot read history ({type(e).__name__})") from e
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            attempts.append(Attempt(**json.loads(line)))
        except (json.JSONDecodeError, TypeError) as e:
            raise InputError(
                f"{path}:{number}: not a drill attempt; remove or repair that line"
            ) from e
    return attempts


def best_scores(attempts: list[Attempt], trainee: str) -> dict[str, float]:
    """The best score of `trainee` per drill."""
    best: dict[str, float] = {}
    for a in attempts:
        if a.trainee == trainee:
            best[a.drill] = max(best.get(a.drill, 0.0), a.score)
    return best


def trends(attempts: list[Attempt]) -> dict[str, list[float]]:
    """The scores per drill in the order they were made."""
    scores: dict[str, list[float]] = defaultdict(list)
    for a in attempts:
        scores[a.drill].append(a.score)
    return dict(scores)


def leaked_categories(attempts: list[Attempt]) -> list[tuple[str, int]]:
    """The categories leaked most often, most first (uncategorized keys count as `-`)."""
    counts = Counter(str(k.get("category") or "-") for a in attempts for k in a.leaked)
    return counts.most_common()


@dataclass(frozen=True)
class DrillSummary:
    """A class's results on one drill: attempts, trainees, pass rate and most leaked keys."""

    drill: str
    attempts: int
    trainees: int
    passed: int
    mean_score: float
    leaked_keys: list[tuple[str, int]]

    @property
    def pass_rate(self) -> float:
        """Passed attempts over all attempts."""
        return self.passed / self.attempts if self.attempts else 0.0


def class_report(attempts: list[Attempt], top: int = 3) -> list[DrillSummary]:
    """Per drill: how many passed, the mean score and the `top` most leaked keys."""
    by_drill: dict[str, list[Attempt]] = defaultdict(list)
    for a in attempts:
        by_drill[a.drill].append(a)
    summaries = []
    for drill, items in sorted(by_drill.items()):
        keys = Counter(str(k.get("text")) for a in items for k in a.leaked)
        summaries.append(
            DrillSummary(
                drill=drill,
                attempts=len(items),
                trainees=len({a.trainee for a in items}),
                passed=sum(a.passed for a in items),
                mean_score=sum(a.score for a in items) / len(items),
                leaked_keys=keys.most_common(top),
            )
        )
    return summaries
