"""What a folder run tells the user, on standard error: a bar, problem lines and a summary.

The bar (files done, files per second, time left) is drawn only when standard error is a
terminal; piped or redirected, a run prints only the one line per withheld or failed file and
the summary, so logs stay clean. No line ever holds document text: file names, reasons and
counts only.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING

from tearline.batch.worker import FAILED, SANITIZED, SKIPPED, WITHHELD, Outcome

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, TaskID


@dataclass
class Tally:
    """How many files ended how; the exit code follows from it."""

    counts: dict[str, int] = field(
        default_factory=lambda: {SANITIZED: 0, WITHHELD: 0, FAILED: 0, SKIPPED: 0}
    )
    partials_removed: int = 0
    started: float = field(default_factory=time.monotonic)

    @property
    def exit_code(self) -> int:
        """2 if any file failed (bad input), else 1 if any output was withheld, else 0."""
        if self.counts[FAILED]:
            return 2
        return 1 if self.counts[WITHHELD] else 0

    def summary(self) -> str:
        """The closing line."""
        elapsed = time.monotonic() - self.started
        done = self.counts[SANITIZED] + self.counts[WITHHELD] + self.counts[FAILED]
        rate = f", {done / elapsed:.1f} files/s" if done and elapsed > 0 else ""
        line = (
            f"tearline: {self.counts[SANITIZED]} sanitized, {self.counts[WITHHELD]} withheld by "
            f"the check, {self.counts[FAILED]} failed, {self.counts[SKIPPED]} skipped (output "
            f"already there; --overwrite redoes them) in {elapsed:.1f} s{rate}"
        )
        if self.partials_removed:
            line += f"; removed {self.partials_removed} partial file(s) left by an interrupted run"
        return line


class Reporter:
    """Counts outcomes, prints a line for each problem, and drives the bar when it is on."""

    def __init__(self, tally: Tally, total: int, explain_hint: str, console: Console | None = None):
        """`console` forces the bar onto it (tests); by default the bar needs a terminal."""
        self.tally = tally
        self.total = total
        self.explain_hint = explain_hint
        self._console = console
        self._progress: Progress | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> Reporter:
        """Start the bar if standard error is a terminal (or a console was given)."""
        if self._console is not None or sys.stderr.isatty():
            self._progress = _bar(self._console)
            self._task = self._progress.add_task("sanitizing", total=self.total)
            self._progress.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Stop the bar, leaving its last state on screen."""
        if self._progress is not None:
            self._progress.stop()

    def add(self, outcomes: list[Outcome]) -> None:
        """Record a chunk's outcomes and say what went wrong, file by file."""
        for outcome in outcomes:
            self.tally.counts[outcome.status] += 1
            if outcome.status == WITHHELD:
                self._line(
                    f"tearline: withheld: {outcome.source}: {outcome.reason}; see "
                    f"`tearline explain {outcome.source}{self.explain_hint}`"
                )
            elif outcome.status == FAILED:
                self._line(f"tearline: failed: {outcome.reason}")
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task, len(outcomes))

    def _line(self, text: str) -> None:
        if self._progress is not None:
            self._progress.console.print(text, markup=False, highlight=False, soft_wrap=True)
        else:
            sys.stderr.write(text + "\n")
            sys.stderr.flush()


def _bar(console: Console | None) -> Progress:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        Task,
        TextColumn,
    )
    from rich.text import Text

    class RateAndEta(ProgressColumn):
        """Files per second and time left, averaged since the start: files finish a chunk at a
        time, so rich's estimate over the last few seconds would jump."""

        def render(self, task: Task) -> Text:
            elapsed = task.elapsed or 0.0
            if not task.completed or elapsed <= 0:
                return Text("-- files/s  ETA --:--")
            rate = task.completed / elapsed
            left = int(max(0.0, (task.total or 0) - task.completed) / rate)
            return Text(f"{rate:.1f} files/s  ETA {left // 60:d}:{left % 60:02d}")

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateAndEta(),
        console=console or Console(stderr=True),
        transient=False,
    )
