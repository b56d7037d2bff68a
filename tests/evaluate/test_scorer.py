"""Tests for scoring a sanitized text against a gold file, as the guide defines leaks and keeps."""

from __future__ import annotations

import pytest

from tearline.evaluate.gold import Gold
from tearline.evaluate.scorer import leaks, retained, score

REPORT = (
    "SECRET//NOFORN\n"
    "According to a source with direct access, members of the Red Lantern Brigade\n"
    "will attack the north gate of the stadium on 1 May 2026.\n"
    "Station RIVERTON collected this on 5 March.\n"
)
GOLD = Gold.model_validate(
    {
        "remove": ["SECRET//NOFORN", "direct access", "Station RIVERTON", "5 March"],
        "keep": ["Red Lantern Brigade", "north gate", "1 May 2026"],
    }
)


@pytest.mark.parametrize(
    ("key", "output", "expected"),
    [
        pytest.param("direct access", "a source with direct access said", True, id="exact"),
        pytest.param("direct access", "a source with DIRECT ACCESS said", True, id="upper"),
        pytest.param("Station RIVERTON", "station riverton", True, id="lower"),
        pytest.param("direct access", "with direct\n   access", True, id="newline-and-spaces"),
        pytest.param("direct access", "with direct\taccess", True, id="tab"),
        pytest.param("direct   access", "with direct access", True, id="spaces-in-key"),
        pytest.param(" direct access ", "direct access", True, id="key-padding-ignored"),
        pytest.param("RIVERTON", "the RIVERTONS", True, id="substring-of-a-word"),
        pytest.param("Station RIVERTON", "Station [REMOVED]", False, id="only-part-remains"),
        pytest.param("direct access", "", False, id="empty-output"),
        pytest.param("direct access", "directaccess", False, id="spaces-not-invented"),
    ],
)
def test_when_remove_key_is_searched_then_case_and_whitespace_are_folded(
    key: str, output: str, expected: bool
) -> None:
    assert leaks(key, output) is expected


@pytest.mark.parametrize(
    "output",
    [
        pytest.param("a source with direct access to [REDACTED]", id="tail-redacted"),
        pytest.param("[REDACTED] direct access to the cell's leader", id="head-redacted"),
        pytest.param(
            "a source with direct access to the cell's [REDACTED]", id="one-word-redacted"
        ),
    ],
)
def test_when_phrase_is_partly_redacted_then_its_short_key_still_leaks(output: str) -> None:
    # The phrase was "a source with direct access to the cell's leader".
    gold = Gold.model_validate({"remove": ["direct access"]})

    assert [key.text for key in score(output, gold).leaked] == ["direct access"]


@pytest.mark.parametrize(
    ("key", "output", "expected"),
    [
        pytest.param("north gate", "at the north gate of", True, id="exact"),
        pytest.param("north gate", "at the north\n  gate of", True, id="whitespace-folded"),
        pytest.param("north  gate", "at the north gate of", True, id="spaces-in-key"),
        pytest.param("north gate", "at the North Gate of", False, id="case-matters"),
        pytest.param("north gate", "at the NORTH GATE of", False, id="upper-is-lost"),
        pytest.param("1 May 2026", "on 1 May", False, id="part-is-lost"),
        pytest.param("north gate", "", False, id="empty-output"),
    ],
)
def test_when_keep_key_is_searched_then_case_matters_and_whitespace_is_folded(
    key: str, output: str, expected: bool
) -> None:
    assert retained(key, output) is expected


def test_when_everything_is_deleted_then_nothing_leaks_and_nothing_is_retained() -> None:
    result = score("", GOLD)

    assert result.leaked == []
    assert result.lost == list(GOLD.keep)
    assert (result.removes, result.keeps, result.kept) == (4, 3, 0)


def test_when_nothing_is_changed_then_everything_leaks_and_everything_is_retained() -> None:
    result = score(REPORT, GOLD)

    assert result.leaked == list(GOLD.remove)
    assert result.lost == []
    assert (result.removes, result.keeps, result.kept) == (4, 3, 3)


def test_when_scrub_is_good_then_no_leaks_and_full_retention() -> None:
    output = (
        "Members of the Red Lantern Brigade will attack the north gate of the stadium\n"
        "on 1 May 2026.\n"
    )

    result = score(output, GOLD)

    assert result.leaked == []
    assert result.lost == []
    assert result.kept == 3


def test_when_gold_is_empty_then_score_counts_nothing() -> None:
    result = score(REPORT, Gold())

    assert (result.leaked, result.lost, result.removes, result.keeps, result.kept) == (
        [],
        [],
        0,
        0,
        0,
    )
