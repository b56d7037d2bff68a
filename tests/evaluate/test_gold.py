"""Tests for gold files: plain strings and mappings, validation and error messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tearline.categories import Category
from tearline.errors import InputError
from tearline.evaluate.gold import GoldKey, gold_path, load_gold
from tearline.evaluate.scorer import score

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "report.gold.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_when_items_are_strings_or_mappings_then_both_become_keys(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "policy: duty-to-warn\n"
        "remove:\n"
        '  - "direct access"\n'
        "  - text: Station RIVERTON\n"
        "    category: COLLECTION\n"
        "    why: names the collecting station\n"
        "keep:\n"
        '  - "1 May 2026"\n'
        "  - text: north gate\n"
        "    category: LOCATION\n",
    )

    gold = load_gold(path)

    assert gold.policy == "duty-to-warn"
    assert gold.remove == [
        GoldKey(text="direct access"),
        GoldKey(
            text="Station RIVERTON",
            category=Category.COLLECTION,
            why="names the collecting station",
        ),
    ]
    assert gold.keep == [
        GoldKey(text="1 May 2026"),
        GoldKey(text="north gate", category=Category.LOCATION),
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty-file"),
        pytest.param("policy: duty-to-warn\n", id="no-lists"),
        pytest.param("remove:\nkeep:\n", id="empty-lists"),
    ],
)
def test_when_lists_are_missing_or_empty_then_gold_has_no_keys(tmp_path: Path, text: str) -> None:
    gold = load_gold(_write(tmp_path, text))

    assert (gold.remove, gold.keep) == ([], [])


def test_when_category_is_invalid_then_message_names_file_key_and_valid_categories(
    tmp_path: Path,
) -> None:
    path = _write(tmp_path, "remove:\n  - text: direct access\n    category: SOURCES\n")

    with pytest.raises(InputError) as caught:
        load_gold(path)

    message = str(caught.value)
    assert message.startswith(f"{path}: [remove -> 0 -> category] ")
    assert all(f"'{category.value}'" in message for category in Category)
    assert "\n" not in message


@pytest.mark.parametrize(
    ("spelled", "category"),
    [
        ("ATTACK METHOD", Category.ATTACK_METHOD),
        ("attack-method", Category.ATTACK_METHOD),
        ("Attack  method", Category.ATTACK_METHOD),
        ("LOCATION / TARGET", Category.LOCATION),
        ("source", Category.SOURCE),
    ],
)
def test_when_category_is_spelled_as_in_the_guide_then_it_is_accepted(
    tmp_path: Path, spelled: str, category: Category
) -> None:
    path = _write(tmp_path, f"focus: [{spelled}]\nkeep:\n  - text: vest\n    category: {spelled}\n")

    gold = load_gold(path)

    assert (gold.keep[0].category, gold.focus) == (category, [category])


@pytest.mark.parametrize(
    ("text", "key_path"),
    [
        pytest.param("keep:\n  - txt: north gate\n", "[keep -> 0 -> text]", id="missing-text"),
        pytest.param('remove:\n  - ""\n', "[remove -> 0 -> text]", id="empty-text"),
        pytest.param("remove: direct access\n", "[remove]", id="not-a-list"),
        pytest.param("remve:\n  - direct access\n", "[remve]", id="unknown-key"),
    ],
)
def test_when_gold_is_invalid_then_message_names_file_and_key(
    tmp_path: Path, text: str, key_path: str
) -> None:
    path = _write(tmp_path, text)

    with pytest.raises(InputError) as caught:
        load_gold(path)

    assert str(caught.value).startswith(f"{path}: {key_path} ")


def test_when_yaml_is_bad_then_message_names_file_line_and_column(tmp_path: Path) -> None:
    path = _write(tmp_path, "remove:\n  - direct access\n  bad: indent\n")

    with pytest.raises(InputError) as caught:
        load_gold(path)

    assert str(caught.value) == f"{path}:3:3 invalid YAML in gold file"


def test_when_gold_file_is_missing_then_message_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.gold.yaml"

    with pytest.raises(InputError) as caught:
        load_gold(path)

    assert str(caught.value) == f"{path}: cannot read gold file (FileNotFoundError)"


def test_when_report_is_named_then_gold_lies_beside_it() -> None:
    assert gold_path(Path("samples/flagship.txt")) == Path("samples/flagship.gold.yaml")


@pytest.mark.parametrize(
    "report",
    [
        pytest.param(path, id=path.stem)
        for path in sorted(SAMPLES.glob("*.txt"))
        if gold_path(path).is_file()
    ],
)
def test_when_sample_is_left_unchanged_then_every_key_leaks_and_is_retained(report: Path) -> None:
    # The guide: changing nothing scores 100% leaked and 100% retained. A key that fails here
    # is not in the report as written, so the gold file can never judge a scrub fairly.
    gold = load_gold(gold_path(report))

    result = score(report.read_text(encoding="utf-8"), gold)

    assert [k.text for k in gold.remove if k not in result.leaked] == []
    assert [k.text for k in result.lost] == []


@pytest.mark.parametrize("blank", ["' '", '"\\t \\n"'])
def test_when_key_is_only_whitespace_then_gold_is_refused(tmp_path: Path, blank: str) -> None:
    path = _write(tmp_path, f"remove:\n  - {blank}\n")

    with pytest.raises(InputError) as caught:
        load_gold(path)

    assert str(caught.value).startswith(f"{path}: [remove -> 0 -> text] ")
