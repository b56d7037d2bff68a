"""Shared fixtures of the hardening tests: the CLI runner and a report carrying markers.

Two markers that occur nowhere else let a test prove where document text went: `REMOVED`
sits inside material the policy removes (a monitored number), `KEPT` inside the warning.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tearline.cli.app import app

KEPT = "Zqxkeptmarker"
REMOVED = "ZQXREMOVED4471"
REPORT = (
    "SECRET//NOFORN\n"
    "\n"
    f"Members of the Red Lantern Brigade led by {KEPT} will attack the north gate of the\n"
    "stadium on 1 May 2026.\n"
    f"The cell uses the monitored number +44 7700 900123 and the handle @{REMOVED} to plan.\n"
    "\n"
    "SECRET//NOFORN\n"
)

Invoke = Callable[..., Result]


@pytest.fixture
def invoke() -> Invoke:
    """Run the `tearline` command in-process; stderr apart from stdout."""

    def run(*args: str | Path, stdin: str | bytes | None = None) -> Result:
        return CliRunner().invoke(app, [str(a) for a in args], input=stdin)

    return run


@pytest.fixture
def report(tmp_path: Path) -> Path:
    """The marker report as a file in a folder of its own."""
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path
