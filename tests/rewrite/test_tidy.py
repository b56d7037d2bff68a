"""Tests for tidy: the seams removals leave read as fluent text, and kept text is untouched.

Each row removes some substrings from an original the way the rewriter does (a run of
removals separated only by spaces or tabs is removed as one, leaving one seam), then tidies.
"""

import pytest

import tearline
from tearline.rewrite.tidy import Seam, tidy


def scrub(original: str, removals: list[str]) -> str:
    """Remove each substring (searched in order, left to right) and tidy the seams left."""
    spans = []
    cursor = 0
    for piece in removals:
        start = original.index(piece, cursor)
        spans.append((start, start + len(piece)))
        cursor = start + len(piece)
    runs: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if runs and not original[runs[-1][1] : start].strip(" \t"):
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    pieces, seams, last, length = [], [], 0, 0
    for start, end in runs:
        pieces.append(original[last:start])
        length += start - last
        seams.append(Seam(length, length))
        last = end
    pieces.append(original[last:])
    return tidy("".join(pieces), seams)


@pytest.mark.parametrize(
    ("original", "removals", "expected"),
    [
        ("The cell per Pell will strike.", ["per Pell"], "The cell will strike."),
        ("The cell will strike\tper Pell now.", ["per Pell"], "The cell will strike\tnow."),
        ("The cell will strike (TD-1).", ["(TD-1)"], "The cell will strike."),
    ],
)
def test_when_a_removal_leaves_two_spaces_then_they_collapse_to_one(
    original: str, removals: list[str], expected: str
) -> None:
    assert scrub(original, removals) == expected


@pytest.mark.parametrize(
    ("original", "removals", "expected"),
    [
        (
            "The cell will strike on Friday, the source said.",
            ["the source said"],
            "The cell will strike on Friday.",
        ),
        (
            "The cell will strike on Friday; per Pell.",
            ["per Pell"],
            "The cell will strike on Friday.",
        ),
        pytest.param(
            "Will the cell strike the dam, per Pell?",
            ["per Pell"],
            "Will the cell strike the dam?",
        ),
        (
            "The cell,  the source said, will strike.",
            ["the source said"],
            "The cell, will strike.",
        ),
    ],
)
def test_when_a_comma_is_left_before_punctuation_then_it_goes(
    original: str, removals: list[str], expected: str
) -> None:
    assert scrub(original, removals) == expected


@pytest.mark.parametrize(
    ("original", "removals", "expected"),
    [
        ("Basis: lounge product + FLINT.", ["FLINT"], "Basis: lounge product."),
        ("Seen by Pell and ROOK.", ["ROOK"], "Seen by Pell."),
        ("Rees & KESTREL; then more.", ["KESTREL"], "Rees; then more."),
        # a joiner with its second part still there, or a word that only ends in "or"
        ("Rees + Tash + ROOK.", ["ROOK"], "Rees + Tash."),
        ("He took the back door (ROOK).", ["(ROOK)"], "He took the back door."),
        # the "by" of a participle whose agent went
        ("The note was drafted by J. Hollis.", ["J. Hollis"], "The note was drafted."),
        ("Drawn by ROOK, the map shows the gate.", ["ROOK"], "Drawn, the map shows the gate."),
        # a "by" that is no agent's stays
        ("The van will drive by.", [], "The van will drive by."),
        ("The men will stand by ROOK.", ["ROOK"], "The men will stand by."),
    ],
)
def test_when_a_joiner_is_left_with_nothing_after_it_then_it_goes(
    original: str, removals: list[str], expected: str
) -> None:
    assert scrub(original, removals) == expected


@pytest.mark.parametrize(
    ("original", "removals", "expected"),
    [
        (
            "Korr will open fire at the arena at 21:00 and may carry a handgun; he was seen "
            "by our team.\n",
            ["; he was seen by our team."],
            "Korr will open fire at the arena at 21:00 and may carry a handgun.\n",
        ),
        (
            "The cell plans to burn the depot on Friday night, said our man in the garage.",
            [", said our man in the garage."],
            "The cell plans to burn the depot on Friday night.",
        ),
        (
            "Two gunmen will wait by the east gate when the ribbon is cut and he bought "
            'shells, telling her "soon"\n\nNext paragraph.',
            [' and he bought shells, telling her "soon"'],
            "Two gunmen will wait by the east gate when the ribbon is cut.\n\nNext paragraph.",
        ),
        (
            "Mara Lind is to drive the van from the quarry to the square; DS Hale, x 4471.",
            ["; DS Hale, x 4471."],
            "Mara Lind is to drive the van from the quarry to the square.",
        ),
        # a label line or a short field keeps no stop it never had
        ("TO: DIRECTOR, DESK SOUTH\nSUBJECT: X", ["DESK SOUTH"], "TO: DIRECTOR\nSUBJECT: X"),
        (
            "Venue: the Orla Arena, east loading bay; ref 4471",
            ["; ref 4471"],
            "Venue: the Orla Arena, east loading bay",
        ),
    ],
)
def test_when_a_cut_ends_a_paragraph_of_prose_then_its_last_kept_clause_ends_with_a_stop(
    original: str, removals: list[str], expected: str
) -> None:
    assert scrub(original, removals) == expected


@pytest.mark.parametrize(
    ("original", "removals", "expected"),
    [
        ("TO: DIRECTOR, DESK SOUTH\nSUBJECT: X", ["DESK SOUTH"], "TO: DIRECTOR\nSUBJECT: X"),
        ("CC: Ops; Desk 4\r\nBody", ["Desk 4"], "CC: Ops\r\nBody"),
        # (a name left alone on its line joins the rest of its sentence)
        ("Terzin, of the crew\nwill attack.", ["of the crew"], "Terzin will attack."),
        ("Lists: a, b", ["b"], "Lists: a"),
    ],
)
def test_when_a_removal_ends_a_line_then_no_comma_or_semicolon_dangles_before_it(
    original: str, removals: list[str], expected: str
) -> None:
    assert scrub(original, removals) == expected


@pytest.mark.parametrize(
    ("original", "removals", "expected"),
    [
        (
            "According to Pell, the group has four men.",
            ["According to Pell"],
            "The group has four men.",
        ),
        (
            "The cell will strike.\nAccording to Pell, the group has four men.",
            ["According to Pell"],
            "The cell will strike.\nThe group has four men.",
        ),
        (
            "  He stated that the cell will strike.",
            ["He stated that"],
            "  The cell will strike.",
        ),
        (
            "- the source said the cell will strike.",
            ["the source said"],
            "- The cell will strike.",
        ),
        (
            "2. (S//NF) He stated that the Vanguard will strike.",
            ["(S//NF)", "He stated that"],
            "2. The Vanguard will strike.",
        ),
        pytest.param(
            "The cell will strike. According to Pell, the group has four men.",
            ["According to Pell"],
            "The cell will strike. The group has four men.",
        ),
        (
            "Summary of the extraction.\n\na. A document names the bomber.",
            ["Summary of the extraction.\n\n"],
            "a. A document names the bomber.",
        ),
    ],
)
def test_when_a_sentence_now_starts_at_the_seam_then_no_comma_leads_and_it_is_capitalized(
    original: str, removals: list[str], expected: str
) -> None:
    assert scrub(original, removals) == expected


@pytest.mark.parametrize(
    ("original", "removals", "expected"),
    [
        (
            "1. The cell will strike.\n\n2. Station notes follow.\n\n3. The group has four.",
            ["Station notes follow."],
            "1. The cell will strike.\n\n3. The group has four.",
        ),
        (
            "The cell will strike.\n\nSource reported reliably.\n\nThe end.",
            ["Source reported reliably."],
            "The cell will strike.\n\nThe end.",
        ),
        (
            "SECRET//NF\n\nThe cell will strike.",
            ["SECRET//NF"],
            "The cell will strike.",
        ),
        (
            "SECRET//NF\nDOI: 2026\nThe cell will strike.",
            ["SECRET//NF", "DOI: 2026"],
            "The cell will strike.",
        ),
        (
            "A.\n\nB gone.\nC gone.\n\nD.",
            ["B gone.", "C gone."],
            "A.\n\nD.",
        ),
        # an item's wrapped line left with only its indentation goes with the item
        (
            "* The cell will strike.\n* Source gone (ref.\n  DX-1) gone.\n* Four men.",
            ["Source gone (ref.", "DX-1) gone."],
            "* The cell will strike.\n* Four men.",
        ),
        # a removed item leaves no blank line inside its list, wrapped or numbered
        (
            "- The cell will strike at the\n  gate.\n- Source gone.\n- Four men.",
            ["- Source gone."],
            "- The cell will strike at the\n  gate.\n- Four men.",
        ),
        (
            "1. Strike.\n2. Source gone.\n3. Four men.",
            ["2. Source gone."],
            "1. Strike.\n3. Four men.",
        ),
        # lines of prose that are no list keep the break the removal left
        ("A.\nB gone.\nC.", ["B gone."], "A.\n\nC."),
        # a blank line between paragraphs stays
        (
            "A.\nB gone.\n\nC.",
            ["B gone."],
            "A.\n\nC.",
        ),
        # a sentence gone but for its stop: one stop, not two
        (
            "On open channels. Op Hartwell log 27/331.",
            ["Op Hartwell log 27/331"],
            "On open channels.",
        ),
        ("Really?! Op Hartwell.", ["Op Hartwell"], "Really?!"),
        # the last paragraph gone: the document ends on its last kept line, not a blank one
        ("A.\n\nB gone.\n", ["B gone."], "A.\n"),
        ("A.\n\nB gone.", ["B gone."], "A.\n"),
    ],
)
def test_when_a_line_is_emptied_then_it_goes_without_two_blank_lines_in_a_row(
    original: str, removals: list[str], expected: str
) -> None:
    assert scrub(original, removals) == expected


def test_when_a_numbered_heading_loses_its_mark_over_a_kept_item_then_the_heading_stays() -> None:
    original = "2. (S//REL) THREAT TO THE SHURA.\n   a. Fighters will attack on 16 April."
    assert scrub(original, ["(S//REL) "]) == (
        "2. THREAT TO THE SHURA.\n   a. Fighters will attack on 16 April."
    )
    original = "2. (S//REL) The threat.\n   a. Fighters will attack on 16 April."
    assert scrub(original, ["(S//REL) "]) == (
        "2. The threat.\n   a. Fighters will attack on 16 April."
    )


@pytest.mark.parametrize(
    ("original", "removals", "expected"),
    [
        (
            "The cell will strike.\n4. Source reported reliably.\nThe end.",
            ["Source reported reliably."],
            "The cell will strike.\nThe end.",
        ),
        (
            "The cell will strike.\n\n4. Source reported reliably.\n\nThe end.",
            ["Source reported reliably."],
            "The cell will strike.\n\nThe end.",
        ),
        (
            "4. (S) Source reported.\n\n5. The cell will strike.",
            ["(S) Source reported."],
            "5. The cell will strike.",
        ),
        (
            "SUBJECT: Station RIVERTON\nThe cell will strike.",
            ["Station RIVERTON"],
            "The cell will strike.",
        ),
        (
            "The cell will strike.\nHandler: L. Drescher\nThe end.",
            ["L. Drescher"],
            "The cell will strike.\nThe end.",
        ),
        (
            "2. The cell will strike.\n\n3. LOCATION. Bearings crossed at the press.\n\nEnd.",
            ["Bearings crossed at the press."],
            "2. The cell will strike.\n\nEnd.",
        ),
        (
            # a numbered paragraph's run-in heading whose text all went
            "4. REQUESTS. He asked for a visa.\n\n5. THREAT. The cell will strike.",
            ["He asked for a visa."],
            "5. THREAT. The cell will strike.",
        ),
        (
            # ... in sentence case too
            "2. Origin. He crossed in May.\n\n3. The threat. The cell will strike.",
            ["He crossed in May."],
            "3. The threat. The cell will strike.",
        ),
        (
            "6. Risks of warning. He may be known.\n\n7. The cell will strike.",
            ["He may be known."],
            "7. The cell will strike.",
        ),
    ],
)
def test_when_only_a_number_or_a_label_is_left_on_a_line_then_the_line_goes(
    original: str, removals: list[str], expected: str
) -> None:
    assert scrub(original, removals) == expected


@pytest.mark.parametrize(
    ("original", "removals", "expected"),
    [
        ("The cell (TD-314/00000-26) will strike.", ["TD-314/00000-26"], "The cell will strike."),
        ("The cell ( IMSI 310150 ) will strike.", ["IMSI 310150"], "The cell will strike."),
        ("The cell [IMSI 310150] will strike.", ["IMSI 310150"], "The cell will strike."),
        ("The cell will strike (TD-1).", ["TD-1"], "The cell will strike."),
        ("Write to <a@b.example> now.", ["a@b.example"], "Write to now."),
        ("The cell <IMSI 310150> will strike.", ["IMSI 310150"], "The cell will strike."),
        # emptied by two removals, with the sign that joined what they took
        (
            "The view (DS Pryce / DC Brennan) is that the cell will strike.",
            ["DS Pryce", "DC Brennan"],
            "The view is that the cell will strike.",
        ),
        (
            "The cell (Sgt Vos & PC Lind) will strike.",
            ["Sgt Vos", "PC Lind"],
            "The cell will strike.",
        ),
        # kept brackets, and a sign inside brackets that no removal touched
        ("The cell (Pell / Vos) will strike.", ["Pell"], "The cell (/ Vos) will strike."),
        (
            "Ratio (/) stays.\nThe cell (Pell) will strike.",
            ["Pell"],
            "Ratio (/) stays.\nThe cell will strike.",
        ),
    ],
)
def test_when_brackets_are_left_empty_then_they_go(
    original: str, removals: list[str], expected: str
) -> None:
    assert scrub(original, removals) == expected


@pytest.mark.parametrize(
    ("original", "removals", "expected"),
    [
        (
            "Kept\ttab line.\r\nThe cell per Pell will strike.\r\nNext\tline.\r\n",
            ["per Pell"],
            "Kept\ttab line.\r\nThe cell will strike.\r\nNext\tline.\r\n",
        ),
        (
            "SECRET\r\nThe cell\twill strike.\r\n\r\nNext  line.\r\n",
            ["SECRET"],
            "The cell\twill strike.\r\n\r\nNext  line.\r\n",
        ),
    ],
)
def test_when_kept_text_has_tabs_and_crlf_then_they_are_untouched(
    original: str, removals: list[str], expected: str
) -> None:
    assert scrub(original, removals) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The cell  will strike.",
        "  indented\tline ,  odd spacing .\r\n\r\n\r\n( )\n",
        "",
    ],
)
def test_when_there_are_no_seams_then_the_text_is_returned_unchanged(text: str) -> None:
    assert tidy(text, []) == text


@pytest.mark.parametrize(
    ("original", "removals", "expected"),
    [
        (
            "SECRET//NF\nDOI: 2026\nSOURCE: x\nAREA: HALDEN-VEYRA FRONTIER\nThe cell will strike.",
            ["SECRET//NF", "DOI: 2026", "SOURCE: x"],
            "AREA: HALDEN-VEYRA FRONTIER\nThe cell will strike.",
        ),
        (
            "SECRET//NF\n(S) Station RIVERTON (TD-1234) reports\nAREA: HALDEN-VEYRA FRONTIER\n"
            "The cell will strike.",
            ["SECRET//NF", "(S)", "Station RIVERTON", "TD-1234", "reports"],
            "AREA: HALDEN-VEYRA FRONTIER\nThe cell will strike.",
        ),
        (
            "The cell, per Pell, will strike on Friday, the source said.",
            ["per Pell, ", ", the source said"],
            "The cell, will strike on Friday.",
        ),
        (
            "Per Pell, the cell will strike on Friday, the source said.",
            ["Per Pell, ", ", the source said"],
            "The cell will strike on Friday.",
        ),
        pytest.param(
            "The cell (per Pell) will strike (per Dorn) on Friday.",
            ["per Pell", "per Dorn"],
            "The cell will strike on Friday.",
        ),
    ],
)
def test_when_several_seams_fall_on_lines_then_each_joins_and_no_word_is_corrupted(
    original: str, removals: list[str], expected: str
) -> None:
    assert scrub(original, removals) == expected


def test_when_everything_is_removed_then_the_text_is_empty() -> None:
    assert scrub("SECRET//NF\n\nThe source said so.\n", ["SECRET//NF", "The source said so."]) == ""


def test_when_two_bracketed_selectors_share_a_line_then_the_release_keeps_every_word() -> None:
    text = "Pell (+44 7700 900123) will meet Dorn (+44 7700 900456) at the dam on Friday."
    assert tearline.redact(text, "duty-to-warn").text == "Pell will meet Dorn at the dam on Friday."


@pytest.mark.parametrize(
    ("original", "removals", "expected"),
    [
        (
            "01  Originator ref. .... KWT-0219\n06  Threat window .... 20-22 Feb",
            ["Originator ref. .... KWT-0219"],
            "06  Threat window .... 20-22 Feb",
        ),
        ("Dear Priya,\n\nThe cell will strike.", ["Priya"], "The cell will strike."),
        (
            "From Lena's meeting: the cell will strike.",
            ["Lena"],
            "From meeting: the cell will strike.",
        ),
        (
            "0715 DO: shift handover.\n0842 The cell will strike.",
            ["DO: shift handover."],
            "0842 The cell will strike.",
        ),
        (
            "07:15 Handover to Sgt Lund\n07:42 The cell will strike.",
            ["Handover to Sgt Lund"],
            "07:42 The cell will strike.",
        ),
        (
            "Actions\nA1. Okafor to call.\nThe cell will strike.",
            ["Okafor to call."],
            "Actions\nThe cell will strike.",
        ),
        (
            # a decimal item number of a meeting record ("2.1") whose item went
            "2.1 ESS confirmed two places on the course.\n2.2 The cell will strike.",
            ["ESS confirmed two places on the course."],
            "2.2 The cell will strike.",
        ),
        (
            "3.1 Mrs Olde briefed as follows.\n3.2 The cell will strike.",
            ["Mrs Olde briefed as follows."],
            "3.2 The cell will strike.",
        ),
    ],
)
def test_when_a_field_number_or_a_greeting_is_all_that_is_left_then_the_line_goes(
    original: str, removals: list[str], expected: str
) -> None:
    assert scrub(original, removals) == expected


def test_when_a_time_or_a_year_is_kept_text_then_it_stays() -> None:
    assert scrub("Departure\n0715\nThe cell will strike at Halden.", ["Halden"]) == (
        "Departure\n0715\nThe cell will strike at."
    )


def test_when_a_bare_number_is_kept_text_then_it_stays() -> None:
    assert scrub("Gate\n12\nThe cell will strike at Halden.", ["Halden"]) == (
        "Gate\n12\nThe cell will strike at."
    )
    assert scrub("Bay\n4.12\nThe cell will strike at Halden.", ["Halden"]) == (
        "Bay\n4.12\nThe cell will strike at."
    )


@pytest.mark.parametrize(
    ("original", "removals", "expected"),
    [
        pytest.param(
            "The cell will strike.\n\n-----\nNOTES\n(1) From KESTREL.\n(2) From ROOK.\n",
            ["(1) From KESTREL.", "(2) From ROOK."],
            "The cell will strike.\n",
            id="endnotes-heading-and-rule",
        ),
        pytest.param(
            "THREAT\nThe cell will strike.\n\nSOURCING\nKESTREL said so.\n\nACTION\nWarn them.\n",
            ["KESTREL said so."],
            "THREAT\nThe cell will strike.\n\nACTION\nWarn them.\n",
            id="heading-over-the-next-heading",
        ),
        pytest.param(
            "> The gang will strike.\n>\n>\n> --\n> Ilse Marrin\n",
            ["Ilse Marrin"],
            "> The gang will strike.\n",
            id="quoted-signature-separator",
        ),
        pytest.param(
            "The accelerationist cell, per ROOK, will strike.\n\nSOURCING\nKESTREL said so.\n",
            ["per ROOK", "KESTREL said so."],
            "The accelerationist cell, will strike.\n\n",
            id="a-seam-above-keeps-its-place",
        ),
        pytest.param(
            "SOURCE NOTES\n-----\nKESTREL said so.\n\nACTION\nWarn them.\n",
            ["KESTREL said so."],
            "ACTION\nWarn them.\n",
            id="at-the-top",
        ),
        pytest.param(
            "Item 1 - Threat\n\nThe cell will strike.\n\nItem 2 - Handling\n\n"
            "Keep KESTREL out.\n\nActions\n\n- Pereira to warn them.\n\n",
            ["Keep KESTREL out.", "- Pereira to warn them."],
            "Item 1 - Threat\n\nThe cell will strike.\n",
            id="headings-in-sentence-case-over-nothing-at-the-end",
        ),
        pytest.param(
            "1. Threat. The cell will strike.\n\n4. Access.\n\nKESTREL is a cousin.\n\n"
            "5. Comment.\n\nKESTREL is reliable.\n",
            ["KESTREL is a cousin.", "KESTREL is reliable."],
            "1. Threat. The cell will strike.\n",
            id="numbered-heading-in-sentence-case",
        ),
    ],
)
def test_when_a_removal_leaves_a_heading_over_nothing_then_it_goes(
    original: str, removals: list[str], expected: str
) -> None:
    assert scrub(original, removals) == expected


@pytest.mark.parametrize(
    ("original", "removals", "expected"),
    [
        pytest.param(
            "SUMMARY\nPer KESTREL.\nThe cell will strike.\n",
            ["Per KESTREL."],
            "SUMMARY\n\nThe cell will strike.\n",
            id="heading-over-kept-text",
        ),
        pytest.param(
            "The cell will strike.\n\nNOTES\n(1) Per KESTREL.\n(2) The van is white.\n",
            ["(1) Per KESTREL."],
            "The cell will strike.\n\nNOTES\n\n(2) The van is white.\n",
            id="heading-over-a-kept-note",
        ),
        # a short sentence of the threat is no heading: the heading above it stays
        pytest.param(
            "Threat\n\nPer KESTREL.\n\nThe cell will strike.\n",
            ["Per KESTREL."],
            "Threat\n\nThe cell will strike.\n",
            id="heading-over-a-short-sentence",
        ),
    ],
)
def test_when_a_heading_still_heads_kept_text_then_it_stays(
    original: str, removals: list[str], expected: str
) -> None:
    assert scrub(original, removals) == expected


@pytest.mark.parametrize(
    ("original", "removals", "expected"),
    [
        (
            "Seen at the port (per ROOK)\nARMED MEN.\n",
            ["per ROOK"],
            "Seen at the port\nARMED MEN.\n",
        ),
        (
            "The van (plate per ROOK) left.\n3. LOCATION.\nThe dam.\n",
            ["plate per ROOK"],
            "The van left.\n3. LOCATION.\nThe dam.\n",
        ),
    ],
)
def test_when_empty_brackets_shorten_a_line_then_the_line_below_is_untouched(
    original: str, removals: list[str], expected: str
) -> None:
    assert scrub(original, removals) == expected


def test_when_a_removal_leaves_only_the_full_stop_on_a_line_then_it_ends_the_line_above() -> None:
    original = "THE CELL WILL STRIKE AT 17:45, PER CHAT\nWITH (@qamar_dv).\nNEXT ITEM.\n"

    released = scrub(original, [", PER CHAT\nWITH", "@qamar_dv"])

    assert released == "THE CELL WILL STRIKE AT 17:45.\nNEXT ITEM.\n"


@pytest.mark.parametrize(
    ("original", "removals", "expected"),
    [
        (
            'The plan is directed by a member\n"ember_9", assessed to be Yusuf Kerr.',
            ['"ember_9"'],
            "The plan is directed by a member,\nassessed to be Yusuf Kerr.",
        ),
        (
            "The plan is directed by a member\nwho, as the source says, lives in Ossmark.",
            ["who, as the source says, "],
            "The plan is directed by a member\nlives in Ossmark.",
        ),
        # the short line above is what a cut left of the same sentence
        (
            "A witness said men\n(aside) practised landings at night.",
            ["A witness said ", "(aside) "],
            "Men practised landings at night.",
        ),
        # a heading above: this line starts a sentence
        (
            "Summary\nAccording to Pell, the group has four men.",
            ["According to Pell"],
            "Summary\nThe group has four men.",
        ),
        # the line above ends a sentence: this one starts a new one
        (
            "The cell will strike.\nAccording to Pell, the group has four men.",
            ["According to Pell"],
            "The cell will strike.\nThe group has four men.",
        ),
    ],
)
def test_when_a_seam_opens_a_line_that_goes_on_a_wrapped_sentence_then_no_sentence_starts(
    original: str, removals: list[str], expected: str
) -> None:
    assert scrub(original, removals) == expected


@pytest.mark.parametrize(
    ("original", "removals", "expected"),
    [
        (
            "6. We have the reply, in which the contact confirmed that Dunmore Freight\n"
            "has twice asked about the vehicle deck.",
            ["We have the reply, in which the contact confirmed that "],
            "6. Dunmore Freight has twice asked about the vehicle deck.",
        ),
        (
            "Orchard is in the group, so we need to be careful: if the\n"
            "organisers ban drones, the group will look inward.",
            ["Orchard is in the group, so we need to be careful: "],
            "If the organisers ban drones, the group will look inward.",
        ),
    ],
)
def test_when_a_cut_leaves_a_few_words_over_their_sentence_then_the_lines_join(
    original: str, removals: list[str], expected: str
) -> None:
    assert scrub(original, removals) == expected


@pytest.mark.parametrize(
    ("original", "removals", "expected"),
    [
        # the line below opens a new item or sentence, or the cut line stays long
        ("Per Heron, Pell left.\nthe rest stays.", ["Per Heron, "], "Pell left.\nthe rest stays."),
        (
            "Per Heron, the cell will bomb the depot at the north\ngate on Friday.",
            ["Per Heron, "],
            "The cell will bomb the depot at the north\ngate on Friday.",
        ),
        (
            "Per Heron, rifles\n- pistols\n- knives",
            ["Per Heron, "],
            "Rifles\n- pistols\n- knives",
        ),
    ],
)
def test_when_the_cut_line_is_long_or_the_next_line_is_new_then_the_lines_stay_apart(
    original: str, removals: list[str], expected: str
) -> None:
    assert scrub(original, removals) == expected


def test_when_the_short_line_is_a_heading_in_capitals_then_it_stays_over_its_subtitle() -> None:
    original = "TO: Police, liaison department\n\nINFORMATION\nabout a plot to kill Arvid Kessel"
    assert scrub(original, ["TO: Police, liaison department\n\n"]) == (
        "INFORMATION\nabout a plot to kill Arvid Kessel"
    )


@pytest.mark.parametrize(
    ("original", "removals", "expected"),
    [
        # a header field's label whose value went goes with it
        (
            "CABLE: TD-418/02276-26    PRECEDENCE: IMMEDIATE\nThe cell will strike.",
            ["TD-418/02276-26"],
            "PRECEDENCE: IMMEDIATE\nThe cell will strike.",
        ),
        (
            "Status: OPEN   Checked: DS Pell   Authorised: DCI Venn\nThe cell will strike.",
            ["DS Pell", "DCI Venn"],
            "Status: OPEN\nThe cell will strike.",
        ),
        (
            "Ref: XQ-26-0042 | Priority: HIGH\nThe cell will strike.",
            ["XQ-26-0042"],
            "Priority: HIGH\nThe cell will strike.",
        ),
        # a range whose two ends went
        (
            "Entries: WL-26-3318 to WL-26-3324\nThe cell will strike.",
            ["WL-26-3318", "WL-26-3324"],
            "The cell will strike.",
        ),
        # a line of a title and labels only goes whole, title and all
        (
            "CIE-REPORT   Number: XQ-26-0042\nThe cell will strike.",
            ["XQ-26-0042"],
            "The cell will strike.",
        ),
        # in a table's row the cell stays, empty
        (
            "| Ref: XQ-26-0042 | Priority: HIGH |\n| 1 | The cell will strike. |",
            ["XQ-26-0042"],
            "| | Priority: HIGH |\n| 1 | The cell will strike. |",
        ),
        # a contact's label whose number went
        (
            "The cell will strike.\nTel 0131 496 0022 / ext 4471\nEnd.",
            ["0131 496 0022", "ext 4471"],
            "The cell will strike.\nEnd.",
        ),
        (
            "The cell will strike.\nTel / Fax: 0131 496 0022\nEnd.",
            ["0131 496 0022"],
            "The cell will strike.\nEnd.",
        ),
    ],
)
def test_when_a_header_label_loses_its_value_then_the_label_goes(
    original: str, removals: list[str], expected: str
) -> None:
    assert scrub(original, removals) == expected


@pytest.mark.parametrize(
    ("original", "removals", "expected"),
    [
        # a label whose value stays, and a label inside prose, stay
        (
            "Status: OPEN   Checked: DS Pell\nThe cell will strike.",
            ["DS Pell"],
            "Status: OPEN\nThe cell will strike.",
        ),
        (
            "Target: the depot, per Pell. Time: 10:00\nThe cell will strike.",
            ["per Pell"],
            "Target: the depot. Time: 10:00\nThe cell will strike.",
        ),
        (
            "Entries: WL-26-3318 to WL-26-3324\nThe cell will strike.",
            ["WL-26-3318"],
            "Entries: to WL-26-3324\nThe cell will strike.",
        ),
        (
            "Phone the depot; per Pell, the cell will strike.",
            ["per Pell,"],
            "Phone the depot; the cell will strike.",
        ),
    ],
)
def test_when_a_header_label_keeps_its_value_then_it_stays(
    original: str, removals: list[str], expected: str
) -> None:
    assert scrub(original, removals) == expected


@pytest.mark.parametrize(
    ("original", "removals", "expected"),
    [
        (
            # the detail cell emptied, the label left
            "| Field | Detail |\n|---|---|\n| Who | Two men |\n| Basis | Intercepted call. |\n",
            ["Intercepted call."],
            "| Field | Detail |\n|---|---|\n| Who | Two men |\n",
        ),
        (
            # the cut took the closing bar with the text
            "| Field | Detail |\n|---|---|\n"
            "| Handling | Queries to Insp. Reddy only. |\n| When | Friday |",
            ["Queries to Insp. Reddy only. |"],
            "| Field | Detail |\n|---|---|\n| When | Friday |",
        ),
        (
            # three columns, every cell after the label emptied, rules with colons
            "| Item | Value | Note |\n| :--- | :---: | ---: |\n"
            "| Source | KESTREL | paid |\n| Date | 3 May | attack |",
            ["KESTREL", "paid"],
            "| Item | Value | Note |\n| :--- | :---: | ---: |\n| Date | 3 May | attack |",
        ),
    ],
)
def test_when_a_table_row_keeps_only_its_label_then_the_row_goes(
    original: str, removals: list[str], expected: str
) -> None:
    assert scrub(original, removals) == expected


@pytest.mark.parametrize(
    ("original", "removals", "expected"),
    [
        (
            # a row that keeps text in another cell stays
            "| Item | Value | Note |\n|---|---|---|\n| Who | KESTREL | two men |\n",
            ["KESTREL"],
            "| Item | Value | Note |\n|---|---|---|\n| Who | | two men |\n",
        ),
        (
            # a line that opens with a bar outside any table
            "| Basis | Intercepted call.\nThe cell will strike.",
            ["Intercepted call."],
            "| Basis |\nThe cell will strike.",
        ),
    ],
)
def test_when_a_table_row_keeps_text_or_is_no_table_then_it_stays(
    original: str, removals: list[str], expected: str
) -> None:
    assert scrub(original, removals) == expected
