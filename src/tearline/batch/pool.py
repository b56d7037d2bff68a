"""Hand chunks of files to worker processes, a few at a time, and collect their outcomes.

Workers are started with `forkserver` (or `spawn` where there is none), never plain `fork`:
the main process runs rich's refresh thread while the bar is up, and forking a process that
has threads (spaCy's math libraries start some too) can deadlock the child. Measured on two
cores, two workers were ready in about 2.9 s with forkserver or spawn and 1.3 s with fork; a
second and a half per run is not worth that risk. Each worker loads the model once, in its
initializer. At most `IN_FLIGHT_PER_WORKER` chunks per worker are queued, so however many
files there are, only a few chunks of paths and their outcomes are in memory at once.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from tearline.batch import worker
from tearline.batch.mirror import Job
from tearline.batch.worker import FAILED, Options, Outcome
from tearline.errors import TearlineError

START_METHOD = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
IN_FLIGHT_PER_WORKER = 2
DIED = "a worker process died (crashed or was killed) while sanitizing it; rerun to redo it"


def chunks(jobs: Iterable[Job], size: int) -> Iterator[list[Job]]:
    """Consecutive chunks of `size` jobs, read lazily from `jobs`."""
    iterator = iter(jobs)
    while chunk := list(islice(iterator, max(1, size))):
        yield chunk


def outcomes(
    jobs: Iterable[Job], options: Options, workers: int, chunk_size: int
) -> Iterator[list[Outcome]]:
    """The outcomes of each chunk as it completes; one worker runs in this process."""
    pending = chunks(jobs, chunk_size)
    if workers <= 1:
        worker.start(options)
        for chunk in pending:
            yield worker.run(chunk)
        return
    context = multiprocessing.get_context(START_METHOD)
    finished_any = False
    while True:
        pool = ProcessPoolExecutor(
            workers, mp_context=context, initializer=worker.start, initargs=(options, True)
        )
        try:
            for result, lost in _through(pool, pending, workers):
                finished_any = finished_any or not lost
                yield result
            return
        except BrokenProcessPool:
            # The chunks in flight were reported failed; the rest go to a fresh pool.
            if not finished_any:
                raise TearlineError(
                    "the worker processes stopped before finishing any file; "
                    "rerun with --workers 1 to see why"
                ) from None
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _through(
    pool: ProcessPoolExecutor, pending: Iterator[list[Job]], workers: int
) -> Iterator[tuple[list[Outcome], bool]]:
    """Keep the pool fed from `pending`, yielding each chunk's outcomes and whether they are
    losses; when a worker dies, report every chunk in flight as lost, then raise."""
    in_flight: dict[Future[list[Outcome]], list[Job]] = {}
    limit = workers * IN_FLIGHT_PER_WORKER
    exhausted = False
    while in_flight or not exhausted:
        while not exhausted and len(in_flight) < limit:
            chunk = next(pending, None)
            if chunk is None:
                exhausted = True
            else:
                in_flight[pool.submit(worker.run, chunk)] = chunk
        if not in_flight:
            break
        done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
        for future in done:
            chunk = in_flight.pop(future)
            try:
                yield future.result(), False
            except BrokenProcessPool:
                lost = list(chunk)
                for other, jobs_of_other in in_flight.items():
                    if other.done() and not other.cancelled() and other.exception() is None:
                        yield other.result(), False
                    else:
                        lost.extend(jobs_of_other)
                in_flight.clear()
                yield [Outcome(job.source, FAILED, f"{job.source}: {DIED}") for job in lost], True
                raise
