"""Which files a folder run sanitizes, and where each output goes.

A folder given as input is walked (sorted, so runs are repeatable) for files matching the
glob; each output lands under the output folder at the same path relative to that input
folder. A file given by name lands under the output folder by its name. Outputs never go
inside the inputs, and an output that already exists is skipped: outputs are written through
a temporary file renamed on success, so one that exists is complete, and a rerun after an
interruption does only what is left.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tearline.errors import InputError

DEFAULT_GLOB = "*.txt"
#: The temporary file `write_atomically` writes beside an output: `.NAME.XXXXXXXX.part`.
PARTIAL = re.compile(r"^\..+\.[a-z0-9_]{8}\.part$")


@dataclass(frozen=True)
class Job:
    """One input file and the output it is sanitized into."""

    source: Path
    target: Path


def check_layout(inputs: list[Path], outdir: Path) -> None:
    """Refuse missing inputs, an output folder that is a file, and folders inside each other.

    Nested folders would mean writing inside the inputs, or a later run reading its own
    outputs as inputs.
    """
    for path in inputs:
        if str(path) == "-":
            raise InputError("-: standard input cannot be mixed with folders; name files")
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
    if outdir.exists() and not outdir.is_dir():
        raise InputError(f"{outdir}: is a file; --output must name a folder for several reports")
    out = outdir.resolve()
    for folder in (p.resolve() for p in inputs if p.is_dir()):
        if out == folder or folder in out.parents:
            raise InputError(
                f"{outdir}: is inside the input folder {folder}; "
                "choose an output folder outside the inputs"
            )
        if out in folder.parents:
            raise InputError(
                f"{outdir}: contains the input folder {folder}; "
                "choose an output folder that holds no inputs"
            )


def _walk(root: Path, pattern: str) -> Iterator[Path]:
    """Files under `root` whose path relative to it matches `pattern` (from the right, as
    `Path.match` does: `*.txt` matches at any depth), in sorted order."""
    for folder, subfolders, files in os.walk(root):
        subfolders.sort()
        for name in sorted(files):
            path = Path(folder) / name
            if path.relative_to(root).match(pattern) and not PARTIAL.match(name):
                yield path


def jobs(inputs: list[Path], outdir: Path, pattern: str = DEFAULT_GLOB) -> Iterator[Job]:
    """Every input file with its mirrored output, lazily: a large tree is never held in memory.

    Two inputs that would share an output are refused when the second is reached (the runner
    counts the jobs before starting, so this happens before anything is written); that takes
    remembering the outputs, so it is done only when there are several inputs.
    """
    seen: dict[Path, Path] | None = {} if len(inputs) > 1 else None
    for path in inputs:
        found = (
            ((f, outdir / f.relative_to(path)) for f in _walk(path, pattern))
            if path.is_dir()
            else iter([(path, outdir / path.name)])
        )
        for source, target in found:
            if seen is not None:
                if target in seen:
                    raise InputError(
                        f"{source}: would have the same output as {seen[target]} ({target}); "
                        "sanitize those folders one at a time"
                    )
                seen[target] = source
            yield Job(source, target)


def remove_partials(outdir: Path) -> int:
    """Delete the temporary files an interrupted run left in the output folder; their count.

    They are never complete outputs, and the run about to start redoes their reports. Two
    runs writing into the same output folder at once are not supported: one could delete
    the other's file in flight, which then fails cleanly and is redone by a rerun.
    """
    removed = 0
    if not outdir.is_dir():
        return 0
    for folder, _, files in os.walk(outdir):
        for name in files:
            if PARTIAL.match(name):
                try:
                    os.unlink(Path(folder) / name)
                except FileNotFoundError:
                    continue
                removed += 1
    return removed
