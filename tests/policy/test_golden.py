"""Golden tests: each shipped policy on whole sample reports, compared with reviewed outputs.

`golden/<policy>/<sample>.txt` holds what `tearline.redact(text, policy)` released for
`samples/<sample>.txt`, or `WITHHELD: <reason>` when the check withheld it. The recognizers
are still being tuned, so these files change; when they do, regenerate them explicitly and
review the diff by eye before committing:

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest -q tests/policy/test_golden.py
    git diff tests/policy/golden/

Nothing is ever rewritten on a failure without UPDATE_GOLDEN=1.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import tearline

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden"
SAMPLES = HERE.parents[1] / "samples"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

#: Each policy on reports that exercise what it does differently.
CASES: dict[str, tuple[str, ...]] = {
    # the default policy on every top-level sample: the scrub engine's before/after record
    "duty-to-warn": tuple(sorted(path.stem for path in SAMPLES.glob("*.txt"))),
    "partner-release": (
        "flagship",  # DOI line to its month, "According to reporting", banner to the release line
        "bullets-intercept-ramming",  # "Technical reporting indicates that"
        "cable-subsource-assassination",  # SECRET//REL TO USA, GBR becomes the policy's line
        "walkin-arson-paragraph",  # a walk-in's frame becomes "Reporting indicates that"
    ),
    "public-advisory": (
        "flagship",  # "a man named Kasimir Dorn" reads "a man"; later "Dorn" becomes the role
        "surveillance-journalist",  # an exact address to its city, times to a part of day
        "contact-report-truck-bomb",  # "led by Oskar Ferrante"
        "walkin-arson-paragraph",  # "Their leader, Bram Keller" and the release header
    ),
}


def _rendered(result: tearline.Result) -> str:
    return result.text if result.text is not None else f"WITHHELD: {result.check.reason}\n"


@pytest.mark.parametrize(
    ("policy", "sample"),
    [pytest.param(p, s, id=f"{p}/{s}") for p, samples in CASES.items() for s in samples],
)
def test_when_shipped_policy_sanitizes_a_sample_then_output_matches_golden(
    policy: str, sample: str
) -> None:
    text = (SAMPLES / f"{sample}.txt").read_text(encoding="utf-8")
    golden = GOLDEN / policy / f"{sample}.txt"

    output = _rendered(tearline.redact(text, policy))

    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(output, encoding="utf-8", newline="")
    assert golden.is_file(), f"no golden file {golden}; run with UPDATE_GOLDEN=1 and review it"
    assert output == golden.read_text(encoding="utf-8")


def test_when_golden_files_are_listed_then_each_has_a_case() -> None:
    on_disk = {path.relative_to(GOLDEN).as_posix() for path in GOLDEN.glob("*/*.txt")}
    cases = {f"{p}/{s}.txt" for p, samples in CASES.items() for s in samples}

    assert on_disk == cases


@pytest.mark.parametrize("policy", list(CASES))
def test_when_policies_are_golden_tested_then_each_shipped_one_has_three_samples(
    policy: str,
) -> None:
    assert set(CASES) == set(tearline.policy.policy_names())
    assert len(CASES[policy]) >= 3
