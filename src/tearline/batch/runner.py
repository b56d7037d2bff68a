"""Run a folder: check the layout, plan, hand the work to the pool, and tally the outcomes.

The plan is walked twice, both times lazily: once to count (for the bar, to size the pool,
and to refuse a bad layout before anything is written), once to feed the workers.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import TYPE_CHECKING

from tearline.batch import mirror, pool
from tearline.batch.progress import Reporter, Tally
from tearline.batch.worker import SKIPPED, Options
from tearline.errors import InputError

if TYPE_CHECKING:
    from rich.console import Console

#: Files per chunk: one spaCy batch in one worker. Larger chunks batch better; smaller ones
#: spread a small run over all the workers and show progress sooner.
CHUNK_SIZE = 16


def default_workers() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_folder(
    inputs: list[Path],
    outdir: Path,
    options: Options,
    *,
    pattern: str = mirror.DEFAULT_GLOB,
    workers: int | None = None,
    overwrite: bool = False,
    explain_hint: str = "",
    console: Console | None = None,
) -> Tally:
    """Sanitize every input file into `outdir`, mirroring the folders; the tally of outcomes.

    An output that already exists is skipped unless `overwrite`. Raises only for a bad layout
    or a missing model, before any file is touched; a bad file is an outcome, not an error.
    `explain_hint` follows the file name in the hint printed for a withheld output; `console`
    forces the progress bar onto it.
    """
    from tearline.analyze.engine import require_model

    mirror.check_layout(inputs, outdir)
    require_model(options.policy.model)
    total = todo = 0
    for job in mirror.jobs(inputs, outdir, pattern):
        total += 1
        todo += overwrite or not job.target.exists()
    if total == 0:
        names = ", ".join(str(p) for p in inputs)
        raise InputError(f"{names}: no files matching '{pattern}'; pass --glob to choose others")
    tally = Tally()
    tally.partials_removed = mirror.remove_partials(outdir)
    tally.counts[SKIPPED] = total - todo
    wanted = workers if workers is not None else default_workers()
    chunk = max(1, min(CHUNK_SIZE, math.ceil(todo / max(1, wanted))))
    used = max(1, min(wanted, math.ceil(todo / chunk)))
    jobs = (
        job for job in mirror.jobs(inputs, outdir, pattern) if overwrite or not job.target.exists()
    )
    with Reporter(tally, todo, explain_hint, console) as report:
        if todo:
            for outcomes in pool.outcomes(jobs, options, used, chunk):
                report.add(outcomes)
    return tally
