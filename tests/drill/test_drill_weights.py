"""Tests for the drill score: weights per category, the formula, the pass mark and fatal leaks."""

from __future__ import annotations

import re

import pytest

from tearline.categories import Category
from tearline.drill import weights
from tearline.drill.catalogue import catalogue
from tearline.drill.weights import (
    DEFAULT_WEIGHT,
    PASS_MARK,
    TRIAGE_PENALTY,
    WEIGHTS,
    drill_score,
    weight,
)
from tearline.evaluate.gold import GoldKey

C = Category


def key(text: str, category: Category | None) -> GoldKey:
    return GoldKey(text=text, category=category)


# Remove keys weigh 5 + 10 + 10 + 6 + 6 = 37; keep keys 5 + 5 + 4 = 14.
BANNER = key("SECRET//NOFORN", C.MARKING)
ACCESS = key("direct access", C.SOURCE)
PAYMENT = key("500 euros", C.SOURCE)
STATION = key("RIVERTON", C.COLLECTION)
DOI = key("5 March", C.COLLECTION)
GROUP = key("Red Lantern Brigade", C.PERPETRATOR)
GATE = key("north gate", C.LOCATION)
DATE = key("1 May 2026", C.TIME)
REMOVES = [BANNER, ACCESS, PAYMENT, STATION, DOI]
KEEPS = [GROUP, GATE, DATE]


@pytest.mark.parametrize(
    ("leaked", "lost", "triage_correct", "score", "passed"),
    [
        pytest.param([], [], None, 100.0, True, id="perfect"),
        pytest.param(REMOVES, [], None, 30.0, False, id="nothing-changed"),
        pytest.param([], KEEPS, None, 70.0, False, id="everything-deleted"),
        pytest.param([BANNER], [], None, 90.5, True, id="marking-leak-5-of-37"),
        pytest.param([DOI], [], None, 88.6, True, id="collection-leak-6-of-37"),
        pytest.param([PAYMENT], [], None, 81.1, False, id="source-leak-fails-above-pass-mark"),
        pytest.param([STATION, DOI], [], None, 77.3, False, id="two-collection-leaks-below-mark"),
        pytest.param([], [DATE], None, 91.4, True, id="time-lost-4-of-14"),
        pytest.param([], [DATE, GATE], None, 80.7, True, id="time-and-location-lost"),
        pytest.param([], [], True, 100.0, True, id="triage-correct-costs-nothing"),
        pytest.param([], [], False, 85.0, True, id="triage-wrong-costs-15"),
        pytest.param([DOI], [], False, 73.6, False, id="triage-wrong-and-a-leak"),
        pytest.param(REMOVES, KEEPS, False, 0.0, False, id="clipped-at-zero"),
    ],
)
def test_when_attempt_is_scored_then_formula_and_verdict_follow_the_weights(
    leaked: list[GoldKey],
    lost: list[GoldKey],
    triage_correct: bool | None,
    score: float,
    passed: bool,
) -> None:
    result = drill_score(leaked, REMOVES, lost, KEEPS, triage_correct)

    assert (result.score, result.passed) == (score, passed)


def test_when_source_or_personnel_leaks_then_it_is_fatal_and_others_are_not() -> None:
    officer = key("HALLORAN", C.PERSONNEL)

    result = drill_score([BANNER, PAYMENT, officer], [*REMOVES, officer], [], KEEPS)

    assert result.fatal == [PAYMENT, officer]
    assert drill_score([BANNER, STATION], REMOVES, [], KEEPS).fatal == []


def test_when_a_source_leaks_then_it_costs_more_than_a_lost_time_window() -> None:
    leak = drill_score([ACCESS], REMOVES, [], KEEPS)
    loss = drill_score([], REMOVES, [DATE], KEEPS)

    assert leak.leak_penalty > loss.loss_penalty
    assert leak.score < loss.score


def test_when_flagship_is_scored_then_a_source_leak_outweighs_a_lost_time_and_fails() -> None:
    gold = next(d for d in catalogue() if d.id == "flagship").gold
    sources = [k for k in gold.remove if k.category is C.SOURCE]
    times = [k for k in gold.keep if k.category is C.TIME]

    leaks = [drill_score([k], gold.remove, [], gold.keep) for k in sources]
    losses = [drill_score([], gold.remove, [k], gold.keep) for k in times]

    assert min(b.leak_penalty for b in leaks) > max(b.loss_penalty for b in losses)
    assert not any(b.passed for b in leaks)
    assert all(b.passed for b in losses)


@pytest.mark.parametrize(
    ("heavier", "lighter"),
    [
        pytest.param(C.SOURCE, C.PERSONNEL, id="source-over-personnel"),
        pytest.param(C.PERSONNEL, C.SELECTOR, id="personnel-over-selector"),
        pytest.param(C.METHOD, C.COLLECTION, id="method-over-collection"),
        pytest.param(C.COLLECTION, C.MARKING, id="collection-over-marking"),
        pytest.param(C.THREAT, C.PERPETRATOR, id="threat-over-perpetrator"),
        pytest.param(C.LOCATION, C.TIME, id="location-over-time"),
        pytest.param(C.SOURCE, C.TIME, id="source-over-time"),
    ],
)
def test_when_categories_are_compared_then_sources_and_people_weigh_most(
    heavier: Category, lighter: Category
) -> None:
    assert WEIGHTS[heavier] > WEIGHTS[lighter]


def test_when_weights_are_looked_up_then_every_category_has_one() -> None:
    assert set(WEIGHTS) == set(Category)


def test_when_key_has_no_category_then_it_weighs_the_default() -> None:
    assert weight(key("something", None)) == DEFAULT_WEIGHT
    assert weight(ACCESS) == 10


def test_when_weights_are_documented_then_the_table_matches_the_code() -> None:
    rows = re.findall(r"^\| (leak|keep) \| (\w+)\s*\| (\d+)\s*\|$", weights.__doc__ or "", re.M)
    documented = {Category(name): int(value) for _, name, value in rows}

    assert documented == dict(WEIGHTS)
    assert f"({PASS_MARK})" in (weights.__doc__ or "")
    assert f"TRIAGE_PENALTY = {TRIAGE_PENALTY}" in (weights.__doc__ or "")


def test_when_gold_has_no_remove_or_keep_keys_then_nothing_is_divided_by_zero() -> None:
    assert drill_score([], [], [], []).score == 100.0
    assert drill_score([], [], [DATE], KEEPS).score == 91.4
