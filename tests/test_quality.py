"""The code stays ruff-clean, ruff-formatted and mypy-clean: the same checks as `make lint`, run
with the suite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


@pytest.mark.parametrize(
    "command",
    [
        [str(BIN / "ruff"), "check", "src", "tests", "benchmarks"],
        [str(BIN / "ruff"), "format", "--check", "src", "tests", "benchmarks"],
        [str(BIN / "mypy")],
    ],
    ids=["ruff", "ruff-format", "mypy"],
)
def test_when_the_linters_run_then_they_find_nothing(command: list[str]) -> None:
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
