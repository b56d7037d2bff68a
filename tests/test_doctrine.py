"""The guide's doctrine over every sample report, under the duty-to-warn policy.

- Placeholders must not leak (principle 3): no category name stands in for what was removed.
- A released text is a fixed point: sanitizing it again changes nothing.
- The issue's acceptance figure: no leaks and retention of at least 95% on the top-level samples.
"""

import re
from pathlib import Path

import pytest

import tearline
from tearline.categories import Category
from tearline.evaluate.run import evaluate, totals
from tearline.load.documents import read_document
from tearline.model import Result
from tearline.policy import load_policy

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
REPORTS = sorted(SAMPLES.rglob("*.txt"))
TOP_LEVEL = sorted(SAMPLES.glob("*.txt"))
POLICY = "duty-to-warn"
#: The check may withhold a report it cannot sanitize with confidence; only a few may be.
MAX_WITHHELD = 2
MIN_RETENTION = 0.95

PLACEHOLDERS = ("[SOURCE]", "[METHOD]", "<INTERCEPT>", "[SIGINT]", "[REDACTED]", "<REDACTED>")
PLACEHOLDERS += ("[HUMINT]",)
#: Any category name in square or angle brackets, identifiers included ("[SELECTOR_ID]").
CATEGORY_PLACEHOLDER = re.compile(
    r"[\[<]\s*(?:{})(?:_ID)?\s*[\]>]".format("|".join(c.value for c in Category)),
    re.IGNORECASE,
)


def name(path: Path) -> str:
    return str(path.relative_to(SAMPLES))


@pytest.fixture(scope="module")
def results() -> dict[Path, Result]:
    return {path: tearline.redact(read_document(path), POLICY) for path in REPORTS}


def test_when_the_samples_are_listed_then_every_folder_is_covered() -> None:
    folders = {path.parent.name for path in REPORTS}
    assert {"samples", "dev", "holdout"} <= folders
    assert TOP_LEVEL


def test_when_every_sample_is_sanitized_then_at_most_a_few_are_withheld(
    results: dict[Path, Result],
) -> None:
    withheld = [name(path) for path, result in results.items() if result.withheld]
    assert len(withheld) <= MAX_WITHHELD, withheld


@pytest.mark.parametrize("path", REPORTS, ids=name)
def test_when_a_sample_is_released_then_no_category_placeholder_is_in_it(
    results: dict[Path, Result], path: Path
) -> None:
    released = results[path].text
    if released is None:
        pytest.skip("withheld by the check: nothing is released")
    assert [p for p in PLACEHOLDERS if p in released] == []
    assert CATEGORY_PLACEHOLDER.findall(released) == []


@pytest.mark.parametrize("path", TOP_LEVEL, ids=name)
def test_when_a_released_sample_is_sanitized_again_then_nothing_changes(
    results: dict[Path, Result], path: Path
) -> None:
    released = results[path].text
    if released is None:
        pytest.skip("withheld by the check: nothing is released")
    assert tearline.redact(released, POLICY).text == released


def test_when_the_top_level_samples_are_evaluated_then_nothing_leaks_and_most_is_kept() -> None:
    summary = totals(evaluate(SAMPLES, load_policy(POLICY)))
    assert summary["leaked"] == 0
    assert summary["retention"] >= MIN_RETENTION
