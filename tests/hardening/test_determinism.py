"""Determinism and idempotence: every shipped policy on every sample gives byte-identical output
in another process with another hash seed, and sanitizing a released output changes nothing."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tearline.pipeline import redact
from tearline.policy import load_policy, policy_names

ROOT = Path(__file__).parents[2]
#: The reports any developer may read: a failure names and diffs them, and the held-out
#: reports are never to be read.
SAMPLES = sorted(p for p in (ROOT / "samples").rglob("*.txt") if "holdout" not in p.parts)

#: Sanitize every sample under every shipped policy and print each output's hash as JSON.
_DIGESTS = """
import hashlib, json, sys
from pathlib import Path
from tearline.pipeline import redact
from tearline.policy import load_policy, policy_names

digests = {}
for name in policy_names():
    policy = load_policy(name)
    for path in sorted(Path("samples").rglob("*.txt")):
        if "holdout" in path.parts:
            continue
        result = redact(path.read_text(encoding="utf-8"), policy)
        released = result.text
        decisions = json.dumps([d.to_dict() for d in result.decisions])
        digests[f"{name} {path.relative_to('samples')}"] = [
            None if released is None else hashlib.sha256(released.encode()).hexdigest(),
            hashlib.sha256(decisions.encode()).hexdigest(),
        ]
json.dump(digests, sys.stdout)
"""


def _digests(released: str | None, decisions: str) -> list[str | None]:
    return [
        None if released is None else hashlib.sha256(released.encode()).hexdigest(),
        hashlib.sha256(decisions.encode()).hexdigest(),
    ]


class Runs:
    """Each output here, the same outputs' hashes from another process, and each second pass."""

    def __init__(self) -> None:
        other = subprocess.Popen(  # runs beside this process: the model loads once in each
            [sys.executable, "-c", _DIGESTS],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": "0"},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.here: dict[str, list[str | None]] = {}
        self.again: dict[str, tuple[str, str | None]] = {}
        for name in policy_names():
            policy = load_policy(name)
            for path in SAMPLES:
                key = f"{name} {path.relative_to(ROOT / 'samples')}"
                result = redact(path.read_text(encoding="utf-8"), policy)
                decisions = json.dumps([d.to_dict() for d in result.decisions])
                self.here[key] = _digests(result.text, decisions)
                if result.text is not None:
                    self.again[key] = (result.text, redact(result.text, policy).text)
        stdout, stderr = other.communicate(timeout=600)
        assert other.returncode == 0, stderr
        self.there: dict[str, list[str | None]] = json.loads(stdout)


@pytest.fixture(scope="module")
def runs() -> Runs:
    return Runs()


def test_when_run_in_another_process_then_every_output_is_byte_identical(runs: Runs) -> None:
    assert len(runs.here) == len(policy_names()) * len(SAMPLES)
    assert [key for key in runs.here if runs.here[key] != runs.there.get(key)] == []


@pytest.mark.parametrize("policy", policy_names())
def test_when_a_released_output_is_sanitized_again_then_nothing_changes(
    runs: Runs, policy: str
) -> None:
    changed = {
        key: {"first": first, "second": second}
        for key, (first, second) in runs.again.items()
        if key.startswith(f"{policy} ") and second != first
    }

    assert changed == {}
