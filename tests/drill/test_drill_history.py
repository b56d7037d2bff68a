"""Tests for the drill history: appending attempts, reading them back, trends and class reports."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tearline.drill import history as hist
from tearline.drill.catalogue import catalogue, find_drill
from tearline.drill.grade import grade
from tearline.drill.history import Attempt
from tearline.errors import InputError


def attempt(
    trainee: str, drill: str, score: float, passed: bool, leaked: list[tuple[str, str]]
) -> Attempt:
    return Attempt(
        time="2026-05-01T10:00:00+00:00",
        trainee=trainee,
        drill=drill,
        mode="worksheet",
        score=score,
        passed=passed,
        leaked=[{"text": t, "category": c} for t, c in leaked],
    )


CLASS = [
    attempt(
        "alice", "tiny", 40.0, False, [("direct access", "SOURCE"), ("RIVERTON", "COLLECTION")]
    ),
    attempt("alice", "tiny", 72.5, False, [("direct access", "SOURCE")]),
    attempt("alice", "tiny", 100.0, True, []),
    attempt("alice", "other", 90.0, True, [("intercepted message", "METHOD")]),
    attempt("bob", "tiny", 85.0, True, [("RIVERTON", "COLLECTION")]),
    attempt("bob", "tiny", 60.0, False, [("direct access", "SOURCE"), ("5 March", "COLLECTION")]),
]


@pytest.mark.skipif(sys.platform != "linux", reason="XDG_DATA_HOME is honoured on Linux")
def test_when_no_history_option_then_history_lives_in_the_xdg_data_dir(
    private_data_dir: Path,
) -> None:
    assert hist.default_history() == private_data_dir / "tearline" / "drill-history.jsonl"


def test_when_attempts_are_appended_then_they_read_back_in_order(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "history.jsonl"

    for item in CLASS:
        hist.append(path, item)

    assert hist.read(path) == CLASS
    assert len(path.read_text(encoding="utf-8").splitlines()) == len(CLASS)


def test_when_graded_attempt_is_recorded_then_keys_and_verdicts_are_kept(
    drill_folder: Path,
) -> None:
    tiny = find_drill("tiny", catalogue(drill_folder))
    graded = grade(tiny, "SECRET//NOFORN\nThe Red Lantern Brigade, north gate, 1 May 2026.", False)

    record = Attempt.of(graded, "alice", "worksheet", datetime(2026, 5, 1, 9, 30, tzinfo=UTC))

    assert record == Attempt(
        time="2026-05-01T09:30:00+00:00",
        trainee="alice",
        drill="tiny",
        mode="worksheet",
        score=graded.score,
        passed=False,
        triage="wrong",
        leaked=[{"text": "SECRET//NOFORN", "category": "MARKING"}],
        lost=[],
    )


def test_when_history_file_is_missing_then_history_is_empty(tmp_path: Path) -> None:
    assert hist.read(tmp_path / "none.jsonl") == []


def test_when_a_line_is_corrupt_then_error_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "history.jsonl"
    hist.append(path, CLASS[0])
    with path.open("a", encoding="utf-8") as handle:
        handle.write("\n{not json\n")

    with pytest.raises(InputError) as caught:
        hist.read(path)

    assert str(caught.value) == f"{path}:3: not a drill attempt; remove or repair that line"


def test_when_trainee_history_is_summarized_then_trend_and_leaked_categories_show() -> None:
    alice = [a for a in CLASS if a.trainee == "alice"]

    assert hist.trends(alice) == {"tiny": [40.0, 72.5, 100.0], "other": [90.0]}
    assert hist.leaked_categories(alice) == [("SOURCE", 2), ("COLLECTION", 1), ("METHOD", 1)]
    assert hist.best_scores(CLASS, "bob") == {"tiny": 85.0}


def test_when_class_is_reported_then_pass_rate_and_most_leaked_keys_per_drill() -> None:
    report = {s.drill: s for s in hist.class_report(CLASS)}

    tiny = report["tiny"]
    assert (tiny.attempts, tiny.trainees, tiny.passed) == (5, 2, 2)
    assert tiny.pass_rate == pytest.approx(0.4)
    assert tiny.mean_score == pytest.approx(71.5)
    assert tiny.leaked_keys == [("direct access", 3), ("RIVERTON", 2), ("5 March", 1)]
    assert (report["other"].passed, report["other"].leaked_keys) == (
        1,
        [("intercepted message", 1)],
    )
