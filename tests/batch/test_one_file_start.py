"""Tests that a one-file run loads only what its report and policy use: the operators of the
policy's actions, the reviewer's overrides only with --overrides, the batch worker only for
folders, and the table-header labels only for a report with a table (in a fresh interpreter,
one run after another, since what one run loads stays loaded for the next)."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

PLAIN = "According to the source, the cell will attack the depot on 3 May 2027.\n"
TABLE = (
    "| Source | Reliability |\n|---|---|\n| walk-in | B2 |\n\n"
    "The cell will attack the depot on 3 May 2027.\n"
)
WATCHED = (
    "tearline.rewrite.operators.generalize",
    "tearline.rewrite.operators.pseudonymize",
    "tearline.rewrite.operators.encrypt",
    "tearline.review.overrides",
    "tearline.batch.worker",
)
TABLES = "tearline.analyze.recognizers.collection_table_recognizer"
PROBE = """
import json, sys
from typer.testing import CliRunner
from tearline.cli.app import app
states = []
for report, policy in {runs!r}:
    result = CliRunner().invoke(app, ["redact", report, "-p", policy])
    tables = sys.modules.get({tables!r})
    states.append({{
        "exit": result.exit_code,
        "loaded": sorted(m for m in {watched!r} if m in sys.modules),
        "labels compiled": (
            tables._compiled.cache_info().currsize if hasattr(tables, "_compiled") else "at import"
        ),
    }})
print(json.dumps(states))
"""
#: The runs, in order, and what is loaded after each.
RUNS: list[tuple[str, str, list[str], int]] = [
    ("plain.txt", "duty-to-warn", [], 0),
    ("table.txt", "duty-to-warn", [], 1),
    ("plain.txt", "partner-release", ["tearline.rewrite.operators.generalize"], 1),
]


@pytest.fixture(scope="module")
def states(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    folder = tmp_path_factory.mktemp("reports")
    (folder / "plain.txt").write_text(PLAIN, encoding="utf-8")
    (folder / "table.txt").write_text(TABLE, encoding="utf-8")
    runs = [(str(folder / name), policy) for name, policy, _, _ in RUNS]
    code = PROBE.format(runs=runs, tables=TABLES, watched=WATCHED)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=600, check=True
    )
    found: list[dict[str, Any]] = json.loads(done.stdout.splitlines()[-1])
    return found


@pytest.mark.parametrize(("index", "run"), list(enumerate(RUNS)))
def test_when_one_report_is_sanitized_then_only_what_it_uses_is_loaded(
    states: list[dict[str, Any]], index: int, run: tuple[str, str, list[str], int]
) -> None:
    _, _, loaded, labels = run

    assert states[index] == {"exit": 0, "loaded": loaded, "labels compiled": labels}
