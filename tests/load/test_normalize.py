"""Tests for the normalized analysis view and its exact offset map back to the original."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tearline.load.normalize import (
    CONFUSABLES,
    INVISIBLE,
    NormalizedText,
    analysis_view,
    fold_for_comparison,
    normalize,
)

ZWSP = "\u200b"
SOFT_HYPHEN = "\u00ad"
NBSP = "\u00a0"
CYRILLIC_CAPITAL_O = "\u041e"
FULLWIDTH_SECRET = "".join(chr(ord(c) - ord("A") + 0xFF21) for c in "SECRET")
LIGATURE_FI = "\ufb01"


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        pytest.param(f"NO{ZWSP}FORN", "NOFORN", id="zero-width-space"),
        pytest.param(f"NO{SOFT_HYPHEN}FORN", "NOFORN", id="soft-hyphen"),
        pytest.param("\ufeffNO\u2060FO\u200dRN\u202e", "NOFORN", id="bom-joiners-bidi"),
        pytest.param(f"NOF{CYRILLIC_CAPITAL_O}RN", "NOFORN", id="cyrillic-o"),
        pytest.param("\u0421\u0415\u0421R\u0415\u0422", "CECRET", id="cyrillic-capitals"),
        pytest.param("N\u039fF\u039fRN", "NOFORN", id="greek-omicron"),
        pytest.param(FULLWIDTH_SECRET, "SECRET", id="full-width"),
        pytest.param(f"{LIGATURE_FI}le", "file", id="ligature-expands"),
        pytest.param(f"Station{NBSP}RIVERTON", "Station RIVERTON", id="nbsp"),
        pytest.param("a\u2007b\u202fc\u3000d", "a b c d", id="other-space-separators"),
        pytest.param("a\r\nb\tc\nd", "a\r\nb\tc\nd", id="crlf-and-tabs-kept"),
        pytest.param("the source\u2019s handler", "the source's handler", id="curly-apostrophe"),
        pytest.param("\u2018Le Moine\u2019", "'Le Moine'", id="curly-single-quotes"),
        pytest.param(
            "\u201cbring it\u201d \u201ejetzt\u201c", '"bring it" "jetzt"', id="curly-double"
        ),
        pytest.param("17:00\u201318:00", "17:00-18:00", id="en-dash-range"),
        pytest.param("TD\u2011314", "TD-314", id="non-breaking-hyphen"),
        pytest.param("HUB\u2014REPORT 37", "HUB - REPORT 37", id="em-dash-sets-words-apart"),
        pytest.param("minus \u22124", "minus -4", id="minus-sign"),
        pytest.param("", "", id="empty"),
    ],
)
def test_when_evasive_text_then_normalized_view_is_plain(original: str, expected: str) -> None:
    assert normalize(original).text == expected


@pytest.mark.parametrize(
    "original",
    [
        pytest.param("Jos\u00e9 Pe\u00f1a met M\u00fcller in Z\u00fcrich", id="accented-names"),
        pytest.param("Call 555-0142 (ext. 7) at 09:30; ref #A-12/3!", id="digits-punctuation"),
        pytest.param("\u00ab guillemets \u00bb stay", id="other-punctuation"),
        pytest.param("plain ascii report\nsecond line", id="ascii"),
        pytest.param("\u0416\u0436 \u0414\u0434", id="non-lookalike-cyrillic"),
    ],
)
def test_when_nothing_to_normalize_then_text_is_identical(original: str) -> None:
    result = normalize(original)
    assert result.text == original
    assert result.is_identity
    assert result.to_original(0, len(original)) == (0, len(original))


def test_when_text_changes_then_is_identity_is_false() -> None:
    assert not normalize(f"NO{ZWSP}FORN").is_identity


@pytest.mark.parametrize(
    ("original", "span", "expected"),
    [
        pytest.param(f"NO{ZWSP}FORN", (0, 6), (0, 7), id="inner-zwsp-covered"),
        pytest.param(f"x {ZWSP}NOFORN{ZWSP} y", (2, 8), (3, 9), id="outer-zwsp-excluded"),
        pytest.param(f"NO{SOFT_HYPHEN}FORN", (1, 3), (1, 4), id="soft-hyphen-inside"),
        pytest.param(f"NOF{CYRILLIC_CAPITAL_O}RN", (3, 4), (3, 4), id="homoglyph-one-to-one"),
        pytest.param(f"a {LIGATURE_FI}le", (2, 4), (2, 3), id="whole-ligature"),
        pytest.param(f"a {LIGATURE_FI}le", (3, 4), (2, 3), id="half-ligature-widens"),
        pytest.param(f"a {LIGATURE_FI}le", (3, 6), (2, 5), id="from-inside-ligature"),
        pytest.param(f"ab{ZWSP}", (2, 2), (3, 3), id="empty-span-at-end"),
        pytest.param(f"a{ZWSP}b", (1, 1), (2, 2), id="empty-span-before-char"),
        pytest.param("", (0, 0), (0, 0), id="empty-text"),
    ],
)
def test_when_span_mapped_then_original_offsets_are_exact(
    original: str, span: tuple[int, int], expected: tuple[int, int]
) -> None:
    assert normalize(original).to_original(*span) == expected


@pytest.mark.parametrize("span", [(-1, 2), (3, 2), (0, 7)])
def test_when_span_out_of_range_then_value_error(span: tuple[int, int]) -> None:
    with pytest.raises(ValueError, match="outside"):
        normalize(f"NO{ZWSP}FORN").to_original(*span)


def test_when_offsets_length_wrong_then_value_error() -> None:
    with pytest.raises(ValueError, match="offsets"):
        NormalizedText("ab", "ab", (0, 1))


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param("Station  RIVERTON", "station riverton", id="case-and-spaces"),
        pytest.param(f"Station{NBSP}\n\tRIVERTON ", "station riverton", id="mixed-whitespace"),
        pytest.param(f"ST{ZWSP}ATION RIV\u0415RTON", "station riverton", id="hidden-chars"),
        pytest.param(FULLWIDTH_SECRET, "secret", id="full-width"),
    ],
)
def test_when_folded_then_variants_compare_equal(left: str, right: str) -> None:
    assert fold_for_comparison(left) == fold_for_comparison(right) == right


def test_when_folded_then_accents_still_distinguish() -> None:
    assert fold_for_comparison("Pe\u00f1a") != fold_for_comparison("Pena")


def test_when_table_consulted_then_every_confusable_maps_to_one_ascii_letter() -> None:
    assert all(len(v) == 1 and v.isascii() and v.isalpha() for v in CONFUSABLES.values())
    assert not any(k.isascii() for k in CONFUSABLES)


# Hypothesis: random strings mixing ASCII with every kind of character normalize() touches.
_SPECIALS = [*sorted(INVISIBLE), *CONFUSABLES, NBSP, "\u3000", LIGATURE_FI, "\ufb03", "\u2460"]
_ALPHABET = st.sampled_from([*"abcNOFRN 09-\r\n\t", *_SPECIALS, "\u00e9", "\u00f1"])
_TEXTS = st.one_of(st.text(_ALPHABET, max_size=40), st.text(max_size=40))


def _cuts_expansion(result: NormalizedText, start: int, end: int) -> bool:
    """True when the span starts or ends inside one original character's expansion."""
    offs = result.offsets
    starts_inside = 0 < start < len(result.text) and offs[start - 1] == offs[start]
    ends_inside = 0 < end < len(result.text) and offs[end - 1] == offs[end]
    return starts_inside or ends_inside


@given(original=_TEXTS, data=st.data())
def test_when_span_round_trips_then_original_slice_normalizes_to_same_text(
    original: str, data: st.DataObject
) -> None:
    result = normalize(original)
    start = data.draw(st.integers(0, len(result.text)), label="start")
    end = data.draw(st.integers(start, len(result.text)), label="end")
    o_start, o_end = result.to_original(start, end)
    assert 0 <= o_start <= o_end <= len(original)
    if start < end:
        # Never swallow invisible characters lying just outside the span.
        assert normalize(original[o_start]).text
        assert normalize(original[o_end - 1]).text
    if not _cuts_expansion(result, start, end):
        assert normalize(original[o_start:o_end]).text == result.text[start:end]


@given(original=_TEXTS)
def test_when_normalized_then_line_structure_is_kept(original: str) -> None:
    result = normalize(original)
    for line_char in "\r\n\t":
        assert result.text.count(line_char) == original.count(line_char)
    assert len(result.offsets) == len(result.text) + 1
    assert list(result.offsets) == sorted(result.offsets)
    assert not any(unicodedata.category(c) in {"Cf", "Zs"} and c != " " for c in result.text)


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        pytest.param("SUBJECT: X\r\nDOI: 1 May\r\n", "SUBJECT: X\nDOI: 1 May\n", id="crlf"),
        pytest.param("a\rb", "a\nb", id="old-mac-line-end"),
        pytest.param("DOI: 1 May  \t\nText. \n", "DOI: 1 May\nText.\n", id="trailing-blanks"),
        pytest.param(
            "Venue:\tquay\n\tnorth gate", "Venue:  quay\n        north gate", id="tab-stops"
        ),
        pytest.param("ab\tc", "ab      c", id="tab-to-next-stop"),
        pytest.param("> SOURCE: B2\n>\n> Text.", "SOURCE: B2\n\nText.", id="mail-quote"),
        pytest.param(">> > SOURCE: B2\n> Text.", "SOURCE: B2\nText.", id="nested-quote"),
        pytest.param("    DOI: 1 May\n\n    Text.", "DOI: 1 May\n\nText.", id="common-indent"),
        pytest.param(
            "  SUBJECT: bomb at\n           the quay\n  1. Text.",
            "SUBJECT: bomb at\n         the quay\n1. Text.",
            id="relative-indent-kept",
        ),
        pytest.param("a > b\n  c", "a > b\n  c", id="inner-angle-and-lone-indent-kept"),
        pytest.param("Dorn\u2019s van", "Dorn's van", id="characters-normalized-too"),
        pytest.param("## SUBJECT: bomb\n# Threat", "SUBJECT: bomb\nThreat", id="markdown-heading"),
        pytest.param("**SOURCE:** B2, **bold**", "SOURCE: B2, bold", id="markdown-bold"),
        pytest.param("#5 on the list", "#5 on the list", id="hash-without-space-kept"),
        pytest.param("(a) (S) Text\n(c) More", "1. (S) Text\n3. More", id="bracketed-letter"),
        pytest.param("(12) Text", "12. Text", id="bracketed-number"),
        pytest.param("(S) Text\n(U) More", "(S) Text\n(U) More", id="portion-marks-kept"),
        pytest.param("(a)b and (a) mid-line", "(a)b and (a) mid-line", id="not-a-marker"),
        pytest.param("PARA 3. (S) Text", "3. (S) Text", id="para-with-stop"),
        pytest.param("Para 4 text\nparagraph 5: t", "4. text\n5. t", id="para-without-stop"),
        pytest.param("Parallel 3 lines", "Parallel 3 lines", id="para-inside-a-word"),
        pytest.param("> ## (b) Quoted", "2. Quoted", id="quoted-heading-marker"),
    ],
)
def test_when_layout_differs_then_analysis_view_is_plain_lines(
    original: str, expected: str
) -> None:
    assert analysis_view(original).text == expected


@pytest.mark.parametrize(
    "original",
    [
        pytest.param("SUBJECT: X\n\n1. Text.\n", id="plain-report"),
        pytest.param("a\n  b\n", id="one-indented-line"),
        pytest.param("", id="empty"),
    ],
)
def test_when_layout_is_plain_then_analysis_view_is_identity(original: str) -> None:
    assert analysis_view(original).is_identity


@pytest.mark.parametrize(
    ("original", "needle"),
    [
        pytest.param("> DOI: 1 May\r\n> Dorn  \r\n", "Dorn", id="quoted-crlf"),
        pytest.param("\tDOI:\t1 May\n\tDorn\n", "1 May", id="tabs"),
        pytest.param("    DOI: 1 May\n    RELIABILITY: B2  \n", "RELIABILITY: B2", id="indent"),
        pytest.param("> said \u201cgo\u201d\r\n", '"go"', id="curly-quoted"),
        pytest.param("PARA 3 **SOURCE:** B2\n", "B2", id="after-markup"),
        pytest.param("(c) Dorn\n", "Dorn", id="after-marker"),
    ],
)
def test_when_view_span_mapped_then_it_covers_the_same_original_words(
    original: str, needle: str
) -> None:
    view = analysis_view(original)
    start = view.text.index(needle)
    o_start, o_end = view.to_original(start, start + len(needle))
    assert normalize(original[o_start:o_end]).text == needle


@given(original=_TEXTS)
def test_when_analysis_view_built_then_offsets_are_ordered_and_in_range(original: str) -> None:
    view = analysis_view(original)
    assert len(view.offsets) == len(view.text) + 1
    assert list(view.offsets) == sorted(view.offsets)
    assert view.offsets[-1] == len(original)
    assert "\r" not in view.text and "\t" not in view.text


_LONG = "The Sable Hand will seize the Orlen Theatre in Vell during the"


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        pytest.param(f"{_LONG}\npremiere.", f"{_LONG} premiere.", id="wrapped-prose"),
        pytest.param(
            f"2204  {_LONG}\n      premiere.", f"2204  {_LONG} premiere.", id="hanging-indent"
        ),
        pytest.param(
            "Deployment 9 - Tuesday 3 March 2027, 19:00-23:10, the Anchor Rooms,\nPellow Street",
            "Deployment 9 - Tuesday 3 March 2027, 19:00-23:10, the Anchor Rooms, Pellow Street",
            id="title-case-carried-on-by-a-comma",
        ),
        pytest.param(
            "Translator: L. Varga (Language Services, file LS-0214). Original in\nOstmarkian.",
            "Translator: L. Varga (Language Services, file LS-0214). Original in Ostmarkian.",
            id="header-value-runs-on",
        ),
        pytest.param(
            "| 3-0412 | 08 Sep | help desk | woman, Block C,\ntea seller | Says men | Referred\n|",
            "| 3-0412 | 08 Sep | help desk | woman, Block C, tea seller | Says men | Referred |",
            id="table-row-wrapped-before-its-bar",
        ),
        pytest.param(
            "| 3-0412 | 08 Sep | help desk |\n| 3-0415 | 09 Sep | hotline |",
            "| 3-0412 | 08 Sep | help desk |\n| 3-0415 | 09 Sep | hotline |",
            id="table-rows",
        ),
        pytest.param(
            "ENTRY 1 | 03/11 | Grading: B2\n| Handling: 3\nPer our source, Voss will",
            "ENTRY 1 | 03/11 | Grading: B2\n| Handling: 3\nPer our source, Voss will",
            id="field-wrapped-off-a-row",
        ),
        pytest.param(f"{_LONG}\n(ref. DROVER)", f"{_LONG} (ref. DROVER)", id="aside"),
        # negatives: line breaks that end a sentence, a field or an item
        pytest.param(f"{_LONG} premiere.\nIt will", f"{_LONG} premiere.\nIt will", id="stop"),
        pytest.param("The cell will strike the\nquay.", "The cell will strike the\nquay.", id="sh"),
        pytest.param(f"{_LONG}\n\nnext", f"{_LONG}\n\nnext", id="blank-line"),
        pytest.param(f"{_LONG}\n2. Next", f"{_LONG}\n2. Next", id="numbered-item"),
        pytest.param(f"{_LONG}\nSource: B2", f"{_LONG}\nSource: B2", id="label"),
        pytest.param(f"{_LONG}\n(S) Next", f"{_LONG}\n(S) Next", id="portion-mark"),
        pytest.param(f"{_LONG}\n2231  Next", f"{_LONG}\n2231  Next", id="log-time"),
        pytest.param(
            "Halden Metropolitan Police - Counter Terrorism Investigations\nCase update for DI",
            "Halden Metropolitan Police - Counter Terrorism Investigations\nCase update for DI",
            id="title-case-letterhead",
        ),
        pytest.param(
            "THE CELL WILL STRIKE THE QUAY AT THE HARBOUR OF PORT VEYRA ON\nFRIDAY.",
            "THE CELL WILL STRIKE THE QUAY AT THE HARBOUR OF PORT VEYRA ON\nFRIDAY.",
            id="capitals",
        ),
        pytest.param(
            "THE CELL WILL STRIKE AT MERIDIAN CENTRAL RAILWAY STATION, CONCOURSE B,\nAT 17:45",
            "THE CELL WILL STRIKE AT MERIDIAN CENTRAL RAILWAY STATION, CONCOURSE B,\nAT 17:45",
            id="capitals-and-a-comma",
        ),
        pytest.param(
            "28 Jan   Krane buys a box van from a dealer in    Dealer records\n"
            "         Ferring, paying by card.",
            "28 Jan   Krane buys a box van from a dealer in    Dealer records\n"
            "         Ferring, paying by card.",
            id="table-columns",
        ),
    ],
)
def test_when_line_wrapped_in_mid_sentence_then_view_reads_a_space(
    original: str, expected: str
) -> None:
    assert analysis_view(original).text == expected


def test_when_wrapped_lines_joined_then_view_spans_map_to_the_original() -> None:
    original = f"{_LONG}\n      premiere of the play."
    view = analysis_view(original)
    start = view.text.index("the premiere")
    o_start, o_end = view.to_original(start, start + len("the premiere"))
    assert original[o_start:o_end] == "the\n      premiere"
