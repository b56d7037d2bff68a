"""Tests for evaluating a folder: which reports are picked up, and the totals over them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tearline.errors import InputError
from tearline.evaluate.gold import GoldKey
from tearline.evaluate.run import ReportScore, reports_with_gold, totals
from tearline.evaluate.scorer import Score


def _touch(folder: Path, *names: str) -> None:
    for name in names:
        (folder / name).write_text("", encoding="utf-8")


def test_when_folder_is_listed_then_only_reports_with_gold_are_picked(tmp_path: Path) -> None:
    _touch(tmp_path, "b.txt", "b.gold.yaml", "a.txt", "a.gold.yaml", "lonely.txt", "c.gold.yaml")
    (tmp_path / "nested").mkdir()
    _touch(tmp_path / "nested", "d.txt", "d.gold.yaml")

    assert reports_with_gold(tmp_path) == [tmp_path / "a.txt", tmp_path / "b.txt"]


def test_when_folder_is_missing_then_message_names_it(tmp_path: Path) -> None:
    folder = tmp_path / "absent"

    with pytest.raises(InputError) as caught:
        reports_with_gold(folder)

    assert str(caught.value) == f"{folder}: not a directory"


def _report(name: str, leaked: int, removes: int, lost: int, keeps: int) -> ReportScore:
    key = GoldKey(text="k")
    return ReportScore(
        name,
        Score(leaked=[key] * leaked, lost=[key] * lost, removes=removes, keeps=keeps),
        withheld=False,
    )


def test_when_reports_are_totalled_then_counts_and_rates_add_up() -> None:
    scores = [_report("a", 1, 4, 0, 3), _report("b", 0, 6, 2, 7)]

    assert totals(scores) == {
        "leaked": 1,
        "removes": 10,
        "leak_rate": 0.1,
        "retained": 8,
        "keeps": 10,
        "retention": 0.8,
        "withheld": 0,
    }


def test_when_there_are_no_keys_then_rates_do_not_divide_by_zero() -> None:
    total = totals([_report("a", 0, 0, 0, 0)])

    assert (total["leak_rate"], total["retention"]) == (0.0, 1.0)


def test_when_a_report_is_withheld_then_it_is_counted() -> None:
    withheld = ReportScore("a", Score(removes=1, keeps=1, lost=[GoldKey(text="k")]), True)

    assert totals([withheld, _report("b", 0, 1, 0, 1)])["withheld"] == 1
