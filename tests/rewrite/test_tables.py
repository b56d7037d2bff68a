"""Tests for drop_emptied_columns: a table's columns that the removals emptied go."""

import pytest

from tearline.rewrite.tables import drop_emptied_columns


@pytest.mark.parametrize(
    ("original", "rewritten", "expected"),
    [
        # the report's own layout: a last "Basis" column emptied cell by cell
        (
            "| # | Detail | Basis |\n|---|---|---|\n| 1 | Cell attacks Friday. | CI debrief |",
            "| # | Detail | |\n|---|---|---|\n| 1 | Cell attacks Friday. | |",
            "| # | Detail |\n|---|---|\n| 1 | Cell attacks Friday. |",
        ),
        # several emptied columns in the middle, the header emptied too
        (
            "| Item | Source | Date | What it gave |\n|---|---|---|---|\n"
            "| 1 | ROSE | 3 May | Plan |",
            "| Item | | | What it gave |\n|---|---|---|---|\n| 1 | | | Plan |",
            "| Item | What it gave |\n|---|---|\n| 1 | Plan |",
        ),
        # no rule row, wrapped cells over two lines, an indent, text around the table
        (
            "Matrix:\n  | When | Seen by |\n  | Friday | camera 4 |\n  | night | team B |\nEnd.",
            "Matrix:\n  | When | |\n  | Friday | |\n  | night | |\nEnd.",
            "Matrix:\n  | When |\n  | Friday |\n  | night |\nEnd.",
        ),
        # the first column emptied, the header kept blank as well
        (
            "| Ref | Threat |\n|---|---|\n| TD-1 | Bomb at the depot |",
            "| | Threat |\n|---|---|\n| | Bomb at the depot |",
            "| Threat |\n|---|\n| Bomb at the depot |",
        ),
    ],
)
def test_when_removals_empty_a_whole_column_then_the_column_goes(
    original: str, rewritten: str, expected: str
) -> None:
    assert drop_emptied_columns(rewritten, original) == expected


@pytest.mark.parametrize(
    ("original", "rewritten"),
    [
        # a column with one cell left stays
        (
            "| # | Detail | Basis |\n|---|---|---|\n| 1 | A | CI |\n| 2 | B | open press |",
            "| # | Detail | |\n|---|---|---|\n| 1 | A | |\n| 2 | B | open press |",
        ),
        # a table the rewrite left alone keeps the empty column its writer drew
        ("| # | Notes |\n|---|---|\n| 1 | |", "| # | Notes |\n|---|---|\n| 1 | |"),
        # a ragged table is not read by columns
        ("| a | b |\n| c |", "| a | |\n| c |"),
        # a table emptied whole is left to the rules that drop empty lines
        ("| a | b |\n| c | d |", "| | |\n| | |"),
    ],
)
def test_when_a_column_still_holds_text_or_was_drawn_empty_then_the_table_stays(
    original: str, rewritten: str
) -> None:
    assert drop_emptied_columns(rewritten, original) == rewritten


def test_when_a_grid_table_loses_a_column_then_its_borders_lose_it_too() -> None:
    original = (
        "+----+--------+---------+\n| #  | When   | Source  |\n+----+--------+---------+\n"
        "| 1  | Friday | ORCHID  |\n+----+--------+---------+"
    )
    rewritten = (
        "+----+--------+---------+\n| #  | When   | |\n+----+--------+---------+\n"
        "| 1  | Friday | |\n+----+--------+---------+"
    )
    assert drop_emptied_columns(rewritten, original) == (
        "+----+--------+\n| #  | When   |\n+----+--------+\n| 1  | Friday |\n+----+--------+"
    )
