"""Tests for the odd-case view: which words the check upper-cases, and that offsets stay put."""

from __future__ import annotations

import pytest

from tearline.check.casing import odd_case_view


@pytest.mark.parametrize(
    ("text", "view"),
    [
        pytest.param("SECRET//NoFoRn", "SECRET//NOFORN", id="mixed-case-caveat"),
        pytest.param("SECRET//NOFoRN", "SECRET//NOFORN", id="one-lowercase-letter-in-capitals"),
        pytest.param("Secret//Noforn here", "SECRET//NOFORN here", id="marking-chunk"),
        pytest.param("see (s//nf) below", "see (S//NF) below", id="lowercase-portion-mark"),
        pytest.param("REL To USA, GBR", "REL TO USA, GBR", id="word-between-capitals"),
        pytest.param("sEcReT plans", "SECRET plans", id="inverted-case"),
        pytest.param("Stra\u00dfe NoFo\u00dfRn", "Stra\u00dfe NOFO\u00dfRN", id="sharp-s-kept"),
    ],
)
def test_when_word_is_odd_cased_then_view_upper_cases_it_in_place(text: str, view: str) -> None:
    upper, changed = odd_case_view(text)

    assert upper == view
    assert len(upper) == len(text)
    assert changed == [i for i, (a, b) in enumerate(zip(text, view, strict=True)) if a != b]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("They held a secret meeting.", id="lowercase-prose"),
        pytest.param("The Secret Service escorted him.", id="capitalized-words"),
        pytest.param("SECRET//NOFORN", id="already-capitals"),
        pytest.param("the noforn rules", id="lowercase-jargon"),
        pytest.param("FBI and\nCIA", id="between-capitals-across-a-line"),
        pytest.param("", id="empty"),
        pytest.param("07:45 on 1 May 2026", id="digits"),
    ],
)
def test_when_text_is_ordinary_prose_then_view_is_unchanged(text: str) -> None:
    assert odd_case_view(text) == (text, [])
