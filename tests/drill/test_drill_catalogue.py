"""Tests for the drill catalogue: which sample reports are drills, and finding one by id."""

from __future__ import annotations

from pathlib import Path

import pytest

from tearline.categories import Category
from tearline.drill.catalogue import catalogue, find_drill, samples_dir
from tearline.errors import InputError

REPO = Path(__file__).resolve().parents[2]


def test_when_no_folder_is_given_then_the_checkout_samples_are_the_catalogue() -> None:
    assert samples_dir() == REPO / "samples"


def test_when_samples_are_listed_then_every_report_with_a_gold_file_is_a_drill() -> None:
    drills = catalogue()
    expected = sorted(
        p.stem
        for p in (REPO / "samples").glob("*.txt")
        if (REPO / "samples" / f"{p.stem}.gold.yaml").is_file()
    )

    assert [d.id for d in drills] == expected
    assert "flagship" in expected
    assert sum(d.gold.warn is not None for d in drills) == 4


def test_when_drill_has_metadata_then_title_difficulty_and_focus_come_from_gold() -> None:
    flagship = find_drill("flagship", catalogue())

    assert flagship.title == "Festival vehicle bomb: the full cable"
    assert flagship.gold.difficulty == 2
    assert flagship.focus == [
        Category.SOURCE,
        Category.METHOD,
        Category.COLLECTION,
        Category.MARKING,
    ]
    assert flagship.policy == "duty-to-warn"
    assert flagship.text.startswith("SECRET//NOFORN")


def test_when_folder_is_given_then_reports_without_gold_are_not_drills(drill_folder: Path) -> None:
    drills = catalogue(drill_folder)

    assert [d.id for d in drills] == ["other", "tiny"]
    assert drills[0].title == "Other: the ferry"
    assert drills[0].policy == "duty-to-warn"


def test_when_drill_id_is_unknown_then_error_lists_valid_ids(drill_folder: Path) -> None:
    with pytest.raises(InputError) as caught:
        find_drill("tinny", catalogue(drill_folder))

    assert str(caught.value) == (
        "unknown drill 'tinny'; valid: other, tiny (see `tearline drill list`)"
    )


def test_when_folder_has_no_drills_then_error_says_what_a_drill_is(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        catalogue(tmp_path)

    assert str(caught.value) == (
        f"{tmp_path}: no drills here; a drill is a NAME.txt with a NAME.gold.yaml beside it"
    )
