"""Tests for handing chunks to workers: lazy chunks, and a dying worker losing only its files.

A fake executor stands in for the process pool here (a real crash cannot be arranged in a
forkserver child); the real pool runs in tests/cli/test_redact_folders.py.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, ClassVar

import pytest

from tearline.batch import pool
from tearline.batch.mirror import Job
from tearline.batch.worker import FAILED, SANITIZED, Options, Outcome
from tearline.errors import TearlineError
from tearline.policy import load_policy


def _jobs(*names: str) -> list[Job]:
    return [Job(Path(name), Path("out") / name) for name in names]


@pytest.mark.parametrize(
    ("count", "size", "sizes"),
    [(0, 4, []), (3, 4, [3]), (8, 4, [4, 4]), (9, 4, [4, 4, 1]), (2, 0, [1, 1])],
)
def test_when_jobs_are_chunked_then_chunks_have_the_size_and_keep_the_order(
    count: int, size: int, sizes: list[int]
) -> None:
    jobs = _jobs(*(f"{i}.txt" for i in range(count)))

    chunks = list(pool.chunks(iter(jobs), size))

    assert [len(c) for c in chunks] == sizes
    assert [job for chunk in chunks for job in chunk] == jobs


class FakeExecutor:
    """Runs each chunk at once; a chunk holding `crash.txt` breaks the pool, as a dead worker
    does. Every executor made is recorded, to count the fresh pools."""

    made: ClassVar[list[FakeExecutor]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.broken = False
        FakeExecutor.made.append(self)

    def submit(self, fn: Callable[..., Any], chunk: list[Job]) -> Future[list[Outcome]]:
        future: Future[list[Outcome]] = Future()
        if self.broken or any(job.source.name == "crash.txt" for job in chunk):
            self.broken = True
            future.set_exception(BrokenProcessPool("a child process terminated abruptly"))
        else:
            future.set_result([Outcome(job.source, SANITIZED) for job in chunk])
        return future

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        pass


@pytest.fixture
def fake_pool(monkeypatch: pytest.MonkeyPatch) -> type[FakeExecutor]:
    FakeExecutor.made = []
    monkeypatch.setattr(pool, "ProcessPoolExecutor", FakeExecutor)
    return FakeExecutor


def _options() -> Options:
    def write(path: Path, text: str, *, protect: list[Path]) -> None:
        raise AssertionError("nothing is written with a fake pool")

    return Options(load_policy("duty-to-warn"), write)


def test_when_a_worker_dies_then_the_files_in_flight_fail_and_the_rest_go_to_a_fresh_pool(
    fake_pool: type[FakeExecutor],
) -> None:
    # Chunks of one file, four in flight: a and b finish, crash.txt kills the pool and takes
    # d.txt (in flight beside it) along; e.txt goes to a fresh pool.
    jobs = _jobs("a.txt", "b.txt", "crash.txt", "d.txt", "e.txt")

    results = [o for chunk in pool.outcomes(jobs, _options(), 2, 1) for o in chunk]

    statuses = {o.source.name: o.status for o in results}
    assert statuses == {
        "a.txt": SANITIZED,
        "b.txt": SANITIZED,
        "crash.txt": FAILED,
        "d.txt": FAILED,
        "e.txt": SANITIZED,
    }
    lost = next(o for o in results if o.source.name == "crash.txt")
    assert lost.reason == (
        "crash.txt: a worker process died (crashed or was killed) while sanitizing it; "
        "rerun to redo it"
    )
    assert len(fake_pool.made) == 2


def test_when_workers_die_before_any_file_then_the_run_stops_with_the_fix(
    fake_pool: type[FakeExecutor],
) -> None:
    jobs = _jobs("crash.txt", "b.txt")

    with pytest.raises(TearlineError) as caught:
        list(pool.outcomes(jobs, _options(), 2, 1))

    assert str(caught.value) == (
        "the worker processes stopped before finishing any file; rerun with --workers 1 to see why"
    )
