"""Tests for what a folder run prints: the bar on a terminal only, problem lines, the summary."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from tearline.batch import progress
from tearline.batch.progress import Reporter, Tally
from tearline.batch.worker import FAILED, SANITIZED, SKIPPED, WITHHELD, Outcome

GOOD = Outcome(Path("in/a.txt"), SANITIZED)
HELD = Outcome(Path("in/b.txt"), WITHHELD, "1 removed string(s) survive in the output")
BAD = Outcome(Path("in/c.txt"), FAILED, "in/c.txt: binary file (NUL byte at offset 4); not text")


@pytest.mark.parametrize(
    ("counts", "code"),
    [
        ({SANITIZED: 3}, 0),
        ({SANITIZED: 3, SKIPPED: 2}, 0),
        ({SANITIZED: 3, WITHHELD: 1}, 1),
        ({SANITIZED: 3, FAILED: 1}, 2),
        ({WITHHELD: 1, FAILED: 1}, 2),
    ],
)
def test_when_outcomes_are_tallied_then_the_exit_code_follows(
    counts: dict[str, int], code: int
) -> None:
    tally = Tally()
    tally.counts.update(counts)

    assert tally.exit_code == code


def test_when_run_ends_then_summary_counts_every_status_and_the_partials(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tally = Tally(started=100.0)
    tally.counts.update({SANITIZED: 7, WITHHELD: 1, FAILED: 2, SKIPPED: 3})
    tally.partials_removed = 1
    monkeypatch.setattr(progress.time, "monotonic", lambda: 105.0)

    assert tally.summary() == (
        "tearline: 7 sanitized, 1 withheld by the check, 2 failed, 3 skipped (output already "
        "there; --overwrite redoes them) in 5.0 s, 2.0 files/s; removed 1 partial file(s) "
        "left by an interrupted run"
    )


def test_when_stderr_is_not_a_terminal_then_only_problem_lines_are_printed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    tally = Tally()

    with Reporter(tally, 3, " -p duty-to-warn") as report:
        report.add([GOOD, HELD, BAD])

    err = capsys.readouterr().err
    assert err == (
        "tearline: withheld: in/b.txt: 1 removed string(s) survive in the output; "
        "see `tearline explain in/b.txt -p duty-to-warn`\n"
        "tearline: failed: in/c.txt: binary file (NUL byte at offset 4); not text\n"
    )
    assert tally.counts == {SANITIZED: 1, WITHHELD: 1, FAILED: 1, SKIPPED: 0}


def test_when_a_terminal_is_given_then_the_bar_shows_files_rate_and_eta() -> None:
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=100, color_system=None)

    with Reporter(Tally(), 2, "", console) as report:
        report.add([GOOD])
        report.add([Outcome(Path("in/d.txt"), SANITIZED)])

    shown = screen.getvalue()
    assert "sanitizing" in shown
    assert "2/2" in shown
    assert "files/s" in shown
    assert "ETA" in shown
