"""Overrides through the whole scrub: the reviewer decides, and the check still has its say."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from tearline.categories import Category
from tearline.model import Result
from tearline.pipeline import redact
from tearline.review.overrides import (
    REDACT_RULE,
    RESTORE_RULE,
    Overrides,
    RedactItem,
    RestoreItem,
)

FLAGSHIP = Path(__file__).resolve().parents[2] / "samples" / "flagship.txt"


@cache
def _text() -> str:
    return FLAGSHIP.read_text(encoding="utf-8")


@cache
def _plain() -> Result:
    return redact(_text(), "duty-to-warn")


def _restore(fragment: str, nth: int = 0) -> RestoreItem:
    text = _text()
    starts = [
        d.start
        for d in _plain().decisions
        if d.action != "keep" and text[d.start : d.end] == fragment
    ]
    return RestoreItem(text=fragment, start=starts[nth])


def test_when_overrides_are_empty_then_the_result_is_the_plain_one() -> None:
    result = redact(_text(), "duty-to-warn", Overrides())

    assert result == _plain()


def test_when_a_sourcing_clause_is_restored_then_it_is_released_as_the_reviewer_decided() -> None:
    overrides = Overrides(restore=[_restore("According to the source,")])

    result = redact(_text(), "duty-to-warn", overrides)

    assert result.text is not None
    assert "According to the source, members of the Sons" in result.text
    assert [d.rule for d in result.decisions].count(RESTORE_RULE) == 1


def test_when_one_of_several_removed_marks_is_restored_then_the_output_is_withheld() -> None:
    overrides = Overrides(restore=[_restore("(S//NF)", nth=1)])

    result = redact(_text(), "duty-to-warn", overrides)

    assert result.text is None
    assert "removed string(s) survive" in result.check.reason
    assert [d.rule for d in result.decisions].count(RESTORE_RULE) == 1


def test_when_a_name_is_redacted_then_every_mention_goes_and_the_check_passes() -> None:
    overrides = Overrides(redact=[RedactItem(text="dorn", category=Category.PERPETRATOR)])

    result = redact(_text(), "duty-to-warn", overrides)

    assert result.text is not None
    assert "dorn" not in result.text.lower()
    assert "Port Veyra Maritime Festival" in result.text
    assert any(d.rule == REDACT_RULE for d in result.decisions)
