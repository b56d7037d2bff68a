"""Tests for grading an attempt: leaks, losses, the duty-to-warn question and the feedback."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console

from tearline.drill.catalogue import Drill, catalogue, find_drill
from tearline.drill.grade import grade
from tearline.drill.render import feedback, side_by_side
from tearline.drill.weights import TRIAGE_PENALTY
from tearline.model import CheckResult, PolicyRef, Result

GOOD = "The Red Lantern Brigade will attack the north gate of the stadium on 1 May 2026.\n"


@pytest.fixture
def tiny(drill_folder: Path) -> Drill:
    return find_drill("tiny", catalogue(drill_folder))


def render(renderable: object) -> str:
    console = Console(width=100, color_system=None, force_terminal=False)
    with console.capture() as capture:
        console.print(renderable)
    return capture.get()


@pytest.mark.parametrize(
    ("answer", "verdict", "penalty"),
    [
        pytest.param(True, "correct", 0, id="right"),
        pytest.param(False, "wrong", TRIAGE_PENALTY, id="wrong"),
        pytest.param(None, "unanswered", TRIAGE_PENALTY, id="unanswered"),
    ],
)
def test_when_triage_is_answered_then_it_is_scored_with_the_reason(
    tiny: Drill, answer: bool | None, verdict: str, penalty: int
) -> None:
    result = grade(tiny, GOOD, answer)

    assert result.triage is not None
    assert result.triage.verdict == verdict
    assert result.breakdown.triage_penalty == penalty
    assert result.score == 100 - penalty
    assert "A specific, credible threat to kill" in render(feedback(result))


def test_when_drill_has_no_triage_question_then_the_answer_is_ignored(drill_folder: Path) -> None:
    other = find_drill("other", catalogue(drill_folder))

    result = grade(other, other.text, answer=False)

    assert result.triage is None
    assert result.breakdown.triage_penalty == 0
    assert "Duty to warn" not in render(feedback(result))


def test_when_trainee_leaks_and_over_redacts_then_feedback_names_each_with_why(
    tiny: Drill,
) -> None:
    text = "SECRET//NOFORN\nThe Red Lantern Brigade will attack on 1 May 2026.\n"

    result = grade(tiny, text, True)
    shown = render(feedback(result))

    assert [k.text for k in result.leaked] == ["SECRET//NOFORN"]
    assert [k.text for k in result.lost] == ["north gate"]
    assert "Leaks (1)" in shown and "MARKING" in shown and "the banner must not travel" in shown
    assert "Over-redactions (1)" in shown and "LOCATION" in shown
    assert "Score 79.8/100: FAIL" in shown


def test_when_a_source_leaks_then_feedback_says_it_fails_whatever_the_score(tiny: Drill) -> None:
    result = grade(tiny, GOOD + "The source was paid 500 euros.\n", True)

    assert result.score == pytest.approx(81.1)
    assert not result.passed
    assert (
        "FAIL because a SOURCE key leaked: a leaked PERSONNEL or SOURCE key fails the drill "
        "whatever the score." in " ".join(render(feedback(result)).split())
    )


def _result(text: str | None) -> Result:
    check = CheckResult(passed=text is not None, reason="" if text else "1 span(s) survive")
    return Result(text, text or "draft", PolicyRef("duty-to-warn", "0" * 64), (), check)


def test_when_reference_is_released_then_side_by_side_shows_both_versions(tiny: Drill) -> None:
    shown = render(side_by_side(grade(tiny, "MY VERSION", True), _result("TEARLINE VERSION")))

    assert "your version" in shown and "tearline (duty-to-warn)" in shown
    assert "MY VERSION" in shown and "TEARLINE VERSION" in shown


def test_when_reference_is_withheld_then_side_by_side_says_so(tiny: Drill) -> None:
    shown = render(side_by_side(grade(tiny, "MY VERSION", True), _result(None)))

    assert "MY VERSION" in shown
    assert "tearline withheld its own version" in " ".join(shown.split())
