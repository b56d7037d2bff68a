"""Whole reports written after the engine was tuned, with the release a recipient should get.

Each `reports/NAME.txt` has `NAME.expected.txt` beside it: the duty-to-warn release, reviewed
by eye (the warning intact and fluent, nothing that shows how it was learned). Regenerate
after a deliberate engine change with `tearline redact reports/NAME.txt > NAME.expected.txt`
and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tearline

REPORTS = Path(__file__).resolve().parent / "reports"
NAMES = sorted(p.stem for p in REPORTS.glob("*.txt") if not p.stem.endswith(".expected"))


@pytest.mark.parametrize("name", NAMES)
def test_when_an_unseen_report_is_sanitized_then_the_release_matches_the_reviewed_one(
    name: str,
) -> None:
    text = (REPORTS / f"{name}.txt").read_text(encoding="utf-8")
    expected = (REPORTS / f"{name}.expected.txt").read_text(encoding="utf-8")

    assert tearline.redact(text).text == expected


@pytest.mark.parametrize(
    ("name", "gone"),
    [
        ("walkin-email-concert", ["Ivo", "Marrek", "duty officer", "cousin", "visa", "Sasha"]),
        ("iir-bus-terminal", ["@starlit_9", "OSPREY", "Reyes", "11 September", "Valk boasted"]),
        ("detainee-attache-kidnap", ["detainee", "30 September", "HUMINT", "B2", "COMMENT"]),
        (
            "partner-metro-chlorine",
            ["Partner", "imagery", "technical team", "surveillance", "informant", "Morrow"],
        ),
    ],
)
def test_when_an_unseen_report_names_its_source_then_no_trace_is_left(
    name: str, gone: list[str]
) -> None:
    released = tearline.redact((REPORTS / f"{name}.txt").read_text(encoding="utf-8")).text

    assert released is not None
    assert [word for word in gone if word.lower() in released.lower()] == []
