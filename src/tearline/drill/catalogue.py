"""The drill catalogue: every sample report with a gold file is a drill, named by its stem.

`samples/NAME.txt` with `samples/NAME.gold.yaml` beside it is drill `NAME`; the gold file's
`title`, `difficulty`, `focus` and `warn` describe it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

from tearline.categories import Category
from tearline.errors import InputError
from tearline.evaluate.gold import Gold, gold_path, load_gold
from tearline.evaluate.run import reports_with_gold
from tearline.load.documents import read_document

#: The policy a drill's reference answer uses when its gold file names none.
DEFAULT_DRILL_POLICY = "duty-to-warn"


def samples_dir() -> Path:
    """The folder of drills: packaged data when installed, `samples/` in a checkout."""
    packaged = Path(str(resources.files("tearline") / "samples_data"))
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "samples"


@dataclass(frozen=True)
class Drill:
    """One drill: its id, its report and its gold file."""

    id: str
    report: Path
    gold: Gold

    @property
    def title(self) -> str:
        """The gold file's title, else the id."""
        return self.gold.title or self.id

    @property
    def focus(self) -> list[Category]:
        """The categories the drill trains."""
        return list(self.gold.focus)

    @property
    def policy(self) -> str:
        """The policy the gold was written for, which the reference answer uses."""
        return self.gold.policy or DEFAULT_DRILL_POLICY

    @cached_property
    def text(self) -> str:
        """The report as the trainee receives it."""
        return read_document(self.report)

    @property
    def sha256(self) -> str:
        """A hash of the report, so saved progress can tell the report has changed."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def catalogue(folder: Path | None = None) -> list[Drill]:
    """Every drill in `folder` (default: the shipped samples), sorted by id."""
    folder = folder if folder is not None else samples_dir()
    drills = [Drill(p.stem, p, load_gold(gold_path(p))) for p in reports_with_gold(folder)]
    if not drills:
        raise InputError(
            f"{folder}: no drills here; a drill is a NAME.txt with a NAME.gold.yaml beside it"
        )
    return drills


def find_drill(drill_id: str, drills: list[Drill]) -> Drill:
    """The drill named `drill_id`, or an error listing the valid ids."""
    for drill in drills:
        if drill.id == drill_id:
            return drill
    valid = ", ".join(d.id for d in drills)
    raise InputError(f"unknown drill '{drill_id}'; valid: {valid} (see `tearline drill list`)")
