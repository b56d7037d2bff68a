"""Tests that starting is cheap: help and policy listing never import spaCy or Presidio, and
with worker processes the main process never loads them either (only the workers do)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HEAVY = ("spacy", "thinc", "presidio_analyzer", "presidio_anonymizer")
PROBE = """
import json, sys
from typer.testing import CliRunner
from tearline.cli.app import app
heavy = {heavy!r}
loaded = {{}}
for args in {runs!r}:
    result = CliRunner().invoke(app, args)
    loaded[" ".join(args[:2])] = [result.exit_code, sorted(m for m in heavy if m in sys.modules)]
print(json.dumps(loaded))
"""


def _probe(*runs: list[str]) -> dict[str, list[object]]:
    code = PROBE.format(heavy=HEAVY, runs=[list(r) for r in runs])
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=600, check=True
    )
    loaded: dict[str, list[object]] = json.loads(done.stdout.splitlines()[-1])
    return loaded


def test_when_help_and_policy_list_run_then_spacy_and_presidio_are_not_imported() -> None:
    loaded = _probe(["--help"], ["redact", "--help"], ["policy", "list"])

    assert loaded == {"--help": [0, []], "redact --help": [0, []], "policy list": [0, []]}


def test_when_workers_sanitize_a_folder_then_the_main_process_never_loads_the_model(
    tmp_path: Path,
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for day in (1, 2):
        (inputs / f"r{day}.txt").write_text(f"The cell will attack on {day} May.\n", "utf-8")

    loaded = _probe(["redact", str(inputs), "-o", str(tmp_path / "out"), "--workers", "2"])

    assert loaded == {f"redact {inputs}": [0, []]}
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["r1.txt", "r2.txt"]
