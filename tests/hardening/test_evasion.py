"""Evasion: hidden characters, exotic spaces, homoglyphs, full-width letters and odd casing
must not hide a sensitive term. The disguised report must sanitize to exactly what the plain
one does, with the removal mapped back onto the exact original characters of the disguise."""

from __future__ import annotations

import pytest

from tearline.pipeline import redact

WARNING = "The cell will attack the north gate of the stadium on 1 May 2026."
SENTENCE = "The cell uses the number {term} to plan the attack on the north gate on 1 May."
ZWSP, ZWNJ, WORD_JOINER, SOFT_HYPHEN, NBSP, FIGURE_SPACE = (
    "\u200b",
    "\u200c",
    "\u2060",
    "\u00ad",
    "\u00a0",
    "\u2007",
)
CYR_O, CYR_SMALL_O, CYR_SMALL_IE, CYR_EN, CYR_I = "\u041e", "\u043e", "\u0435", "\u041d", "\u0406"
GREEK_OMICRON = "\u039f"


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


BANNER_LINE = "{term}\n" + WARNING + "\n"
PORTION = "{term} " + WARNING + "\n"
CASES = [
    # (template, plain term, disguised term)
    (BANNER_LINE, "SECRET//NOFORN", f"SECRET//NO{ZWSP}FORN"),
    (BANNER_LINE, "SECRET//NOFORN", f"SECRET//NO{SOFT_HYPHEN}FORN"),
    (BANNER_LINE, "SECRET//NOFORN", f"SECRET//{WORD_JOINER}NOFORN"),
    (BANNER_LINE, "SECRET//NOFORN", f"SECRET//NOF{CYR_O}RN"),
    (BANNER_LINE, "SECRET//NOFORN", f"SECRET//NOF{CYR_SMALL_O}RN"),
    (BANNER_LINE, "SECRET//NOFORN", f"SECRET//N{GREEK_OMICRON}F{GREEK_OMICRON}RN"),
    (BANNER_LINE, "SECRET//NOFORN", _full_width("SECRET//NOFORN")),
    (BANNER_LINE, "SECRET//NOFORN", "SECRET//NoFoRn"),
    (BANNER_LINE, "SECRET//NOFORN", "Secret//Noforn"),
    (BANNER_LINE, "SECRET//NOFORN", "sEcReT//nOfOrN"),
    (BANNER_LINE, "SECRET//NOFORN", f"SECRET{NBSP}//{NBSP}NOFORN"),
    (BANNER_LINE, "SECRET//REL TO USA, GBR", f"SECRET//REL{NBSP}TO USA,{NBSP}GBR"),
    (PORTION, "(S//NF)", f"(S//N{ZWSP}F)"),
    (PORTION, "(S//NF)", _full_width("(S//NF)")),
    (PORTION, "(S//NF)", "(s//nf)"),
    (PORTION, "(S//NF)", "(S//Nf)"),
    (PORTION, "(S//NF)", f"(S//{CYR_EN}F)"),
    (SENTENCE, "+44 7700 900123", f"+44{NBSP}7700{NBSP}900123"),
    (SENTENCE, "+44 7700 900123", f"+44{FIGURE_SPACE}7700{FIGURE_SPACE}900123"),
    (SENTENCE, "+44 7700 900123", f"+44 77{ZWSP}00 900123"),
    (SENTENCE, "+44 7700 900123", _full_width("+44 7700 900123")),
    (SENTENCE, "@grey_owl", f"@gr{CYR_SMALL_IE}y_owl"),
    (SENTENCE, "@grey_owl", f"@grey{ZWNJ}_owl"),
    (SENTENCE, "@grey_owl", _full_width("@grey_owl")),
    (SENTENCE, "IMSI 310150123456789", f"IMSI 3101501234{ZWSP}56789"),
    (SENTENCE, "IMSI 310150123456789", f"IMS{CYR_I} 310150123456789"),
]


@pytest.mark.parametrize(
    ("template", "plain", "disguised"),
    [pytest.param(*case, id=ascii(case[2]).strip("'")) for case in CASES],
)
def test_when_a_term_is_disguised_then_it_is_removed_exactly_as_the_plain_one(
    template: str, plain: str, disguised: str
) -> None:
    text = template.format(term=disguised)
    start = text.index(disguised)

    result = redact(text)
    expected = redact(template.format(term=plain))

    assert result.text is not None, result.check.reason
    assert result.text == expected.text
    assert (start, start + len(disguised)) in [(d.start, d.end) for d in result.decisions]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("They held a secret meeting near the north gate on 1 May 2026.", id="secret"),
        pytest.param(
            "Officers of the Secret Service will guard the north gate on 1 May 2026.",
            id="secret-service",
        ),
        pytest.param(
            "The DoD and McDonald's staff will close the north gate on 1 May 2026.",
            id="mixed-case-names",
        ),
        pytest.param(
            "The cell will attack the stadium on 1 May 2026 and/or the Confidential Bank.",
            id="slash-and-capitalized-level-word",
        ),
    ],
)
def test_when_prose_only_looks_like_a_marking_then_it_is_kept(text: str) -> None:
    result = redact(text + "\n")

    assert result.text == text + "\n"
