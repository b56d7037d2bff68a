"""Find classification markings: banners, portion marks, control and release caveats."""

from typing import ClassVar

from presidio_analyzer import Pattern

from tearline.analyze.recognizers.tagged_pattern_recognizer import (
    TaggedPatternRecognizer,
    line_pattern,
)
from tearline.categories import Category

# Building blocks of the marking syntax. Case matters: markings are written in capitals, and a
# capital-only grammar is what tells "SECRET//NOFORN" from "a secret meeting".
_LEVEL = (
    # a level of an alliance or an international organisation: "NATO SECRET", "UN RESTRICTED"
    r"(?:(?:(?:NATO|COSMIC|UK|UN|EU)[ ])?"
    r"(?:TOP[ ]SECRET|SECRET|CONFIDENTIAL|UNCLASSIFIED|RESTRICTED)"
    r"|(?:UK[ ])?OFFICIAL(?:[- ]SENSITIVE)?)"
)
_PORTION_LEVEL = r"(?:TS|S|C|U|R|CUI)"
# Country trigraphs (USA, GBR) and tetragraphs (FVEY, NATO).
_COUNTRY = r"[A-Z]{3,4}"
# A release list names countries by their codes or, for a partner without one, by name in
# capitals: "REL TO USA, GBR", "REL TO VELDARIA".
_RELEASE_TO = r"[A-Z]{3,15}"
_REL_TO = rf"REL(?:[ ]TO)?[ ]{_RELEASE_TO}(?:,[ ]?{_RELEASE_TO})*(?![A-Za-z0-9])"
_FGI = rf"FGI(?:[ ]{_COUNTRY})*(?![A-Za-z0-9])"
_EYES_ONLY = rf"{_COUNTRY}(?:/{_COUNTRY})*[ ]EYES[ ]ONLY"
_SPELLED_OUT = (
    r"(?:FOR[ ]OFFICIAL[ ]USE[ ]ONLY|LAW[ ]ENFORCEMENT[ ]SENSITIVE|DEA[ ]SENSITIVE"
    r"|NOT[ ]RELEASABLE[ ]TO[ ]FOREIGN[ ]NATIONALS|ORIGINATOR[ ]CONTROLLED"
    r"|LIMITED[ ]DISTRIBUTION|EXCLUSIVE[ ]DISTRIBUTION|NO[ ]DISTRIBUTION)"
)
# Any other control word: SI, TK, HCS-P, SI-G, NF, OC, X1, 25X1. The hyphen is required inside
# the repeat, so the repetition cannot split one word two ways (no catastrophic backtracking).
_TOKEN = r"[A-Z0-9]+(?:-[A-Z0-9]+)*(?![A-Za-z0-9])"
_VALUE = rf"(?:{_REL_TO}|{_FGI}|{_EYES_ONLY}|{_SPELLED_OUT}|{_TOKEN})"
# Values within one category are joined by "/"; categories by "//". REL TO lists use ", ".
_CATEGORY = rf"{_VALUE}(?:/{_VALUE})*"
_CATEGORIES = rf"(?://{_CATEGORY})+"
# Where a paragraph or sentence starts: line start, list item, or after sentence punctuation.
# The lookahead fails fast where no "(" follows, before the costlier lookbehind.
_PARAGRAPH_START = (
    r"(?=\()(?<=^[ \t]*|^[ \t]*(?:[-*\u2022]|\d{1,3}[.)]|[a-zA-Z][.)])[ \t]+"
    r"|[.!?:][\"'\u201d\u2019)\]]?[ \t]+)"
)
#: The same places, before a square bracket.
_BRACKET_START = _PARAGRAPH_START.replace(r"(?=\()", r"(?=\[)", 1)
# Who alone may read it: "MISSION STAFF ONLY", "FOR POLICE USE ONLY", "ADDRESSEES ONLY".
# After "FOR" it is one anywhere; otherwise only as a whole segment of a banner, between the
# line's ends or separators ("DAILY REPORT - MISSION STAFF ONLY"), as "SHOOT STAFF ONLY" is not.
_READERS = (
    r"(?:[A-Z]{2,}[ ]){0,3}(?:STAFF|USE|PERSONNEL|EYES|RECIPIENTS|ADDRESSEES|READERS"
    r"|HOLDERS|DISTRIBUTION)[ ]ONLY(?![A-Za-z0-9])"
)
_READERS_ONLY = (
    rf"(?<![A-Za-z0-9/])FOR[ ]{_READERS}"
    rf"|(?:^[ \t]*+|[-\u2013\u2014/|:][ \t]{{0,3}}+)\K{_READERS}"
    r"(?=[ \t]*(?:$|[-\u2013\u2014/|]))"
)
#: A level written letter by letter, as a cable's first line gives it: "C O N F I D E N T I A L".
_SPACED_LEVEL = "|".join("[ ]".join(level) for level in ("SECRET", "CONFIDENTIAL", "UNCLASSIFIED"))
# The controls that may follow a one-letter level after a single slash: "S/NF", "C/REL".
_CONTROL = r"(?:NF|NOFORN|OC|ORCON|REL|RELIDO|FOUO|LES|SI|TK|PR|PROPIN|FGI)(?![A-Za-z0-9])"
_CAVEAT_WORD = (
    r"(?:NOFORN|ORCON(?:-USGOV)?|IMCON|PROPIN|RELIDO|FOUO|NOCONTRACT|WNINTEL|SIPDIS|NODIS"
    rf"|EXDIS|NODIS|LIMDIS|FISA|OFFICIAL[- ]SENSITIVE|{_FGI})"
)


class MarkingRecognizer(TaggedPatternRecognizer):
    """Recognize classification banners, portion marks and control caveats.

    Only capitalised marking syntax counts, so "a secret meeting", "Secret Service" and "the
    confidential informant" are left alone; a lone level word counts only when it stands on its own
    line. One-letter portion marks such as "(C)" count only where a paragraph or sentence starts,
    so "options (A), (B) and (C)" are left alone.

    Scores: the banner and compound grammar is unambiguous (0.9-0.95); a one-letter portion mark
    or a lone caveat word could still be an ordinary capitalised token, so it scores lower (0.8).
    """

    WHY: ClassVar[str] = (
        "Classification markings reveal how highly the originator protects the information and "
        "which controls and partners it is bound to, which points back to its source."
    )

    ENTITY: ClassVar[str] = Category.MARKING.value

    PATTERNS: ClassVar[list[Pattern]] = [
        line_pattern(
            "classification_banner_line",
            rf"^[ \t]*+\K(?:(?i:classification)[ \t]*+:[ \t]*+)?{_LEVEL}"
            r"(?://[A-Z0-9 ,/\-]*[A-Z0-9/])?(?=[ \t]*\r?$)",
            0.95,
        ),
        line_pattern(
            # "OFFICIAL-SENSITIVE: BORDER TARGETING", "OFFICIAL-SENSITIVE [PERSONAL]": a
            # descriptor names what the material is about, and travels with the marking
            "classification_banner_with_descriptor",
            rf"^[ \t]*+\K{_LEVEL}(?://[A-Z0-9 ,/\-]*[A-Z0-9/])?"
            r"(?:[ \t]*:[ \t]*[A-Z][A-Z0-9 &/'-]*[A-Z0-9]|[ \t]*\[[A-Z][A-Z0-9 &/'-]*\])"
            r"(?=[ \t]*\r?$)",
            0.95,
        ),
        line_pattern(
            "classification_banner_with_controls",
            rf"(?<![A-Za-z0-9]){_LEVEL}{_CATEGORIES}",
            0.9,
        ),
        line_pattern(
            "classification_authority_line",
            r"^[ \t]*+\K(?i:classified[ \t]+by|derived[ \t]+from|declassify[ \t]+on"
            r"|declassified[ \t]+on|declassification[ \t]+date|downgrade[ \t]+to"
            r"|classification[ \t]+reason|reason[ \t]+for[ \t]+classification)"
            r"[ \t]*+:(?:[^\r\n]*\S)?",
            0.9,
        ),
        line_pattern(
            # "Classification: UN RESTRICTED - MISSION STAFF ONLY", "Protective marking: ...":
            # a line that says it is the marking is one, whatever its words
            "labelled_marking_line",
            # ("Classified: S//NF", "GPMS: RESTRICTED": the scheme's name as the label)
            r"^[ \t]*+\K(?i:(?:security[ \t]+|protective[ \t]+)?(?:classification|marking)"
            r"|sensitivity|releasability|caveats?|classified|gpms|gsc)[ \t]*+:(?:[^\r\n]*\S)?",
            0.9,
        ),
        line_pattern(
            # "Sensitive feedback export - Zone 3, Bahari camp": an organisation's own marking,
            # in title case, heading one of the first lines of the document, with its dash; what
            # follows says what the document covers, and stays
            "sensitivity_title_in_header",
            r"^[ \t]*+(?=(?:Sensitive|Confidential|Restricted|Protected)[ \t])"
            r"(?<=\A(?:[^\n]*\n){0,4}[ \t]*)"
            r"[A-Z][a-z]+(?:[ \t]+[a-z][a-z'-]*){1,4}[ \t]+[-\u2013\u2014](?=[ \t])",
            0.85,
        ),
        line_pattern(
            "readers_only_caveat",
            _READERS_ONLY,
            0.85,
        ),
        line_pattern(
            "classification_reason_line",
            r"^[ \t]*+\K(?i:reason)[ \t]*+:[ \t]*+1\.[45](?:[^\r\n]*\S)?",
            0.9,
        ),
        line_pattern(
            "portion_mark_with_controls",
            rf"\((?:{_PORTION_LEVEL}|{_LEVEL}){_CATEGORIES}\)",
            0.95,
        ),
        line_pattern(
            # "(C/NF)", "(S/REL)": a portion mark whose control follows one slash
            "portion_mark_with_single_slash",
            rf"\({_PORTION_LEVEL}(?:/{_TOKEN})+\)",
            0.9,
        ),
        line_pattern(
            # "C O N F I D E N T I A L SECTION 01 OF 01 TAVORA 000487": a cable's first line,
            # its level spelled out letter by letter, then its section and its number
            "spaced_level_line",
            rf"^[ \t]*+\K(?:(?:TOP[ \t]+)?{_SPACED_LEVEL})(?:[ \t]+[^\r\n]*\S)?",
            0.95,
        ),
        line_pattern(
            "portion_mark_foreign_government",
            rf"\(//{_COUNTRY}[ ]{_PORTION_LEVEL}(?:{_CATEGORIES})?\)",
            0.95,
        ),
        line_pattern(
            "portion_mark_level_spelled_out",
            rf"\({_LEVEL}\)",
            0.9,
        ),
        line_pattern(
            "portion_mark_at_paragraph_start",
            rf"{_PARAGRAPH_START}\({_PORTION_LEVEL}\)(?=[ \t]|\r?$)",
            0.8,
        ),
        line_pattern(
            # "[S/NF] The cell ...", "[U//FOUO]", "[C]": a portion mark in square brackets,
            # its categories joined by one slash or two, where a paragraph or sentence starts
            "portion_mark_in_square_brackets",
            rf"{_BRACKET_START}\[(?:{_PORTION_LEVEL}|{_LEVEL})(?://?{_CATEGORY})*\]"
            r"(?=[ \t]|\r?$)",
            0.85,
        ),
        line_pattern(
            # "S//NF - Pell will drive the van": a portion mark with controls and no brackets,
            # opening a line; the dash or colon after it goes with it
            "bare_portion_mark_at_line_start",
            rf"^[ \t]*+(?:\d{{1,3}}[.)][ \t]+)?\K{_PORTION_LEVEL}{_CATEGORIES}"
            r"[ \t]*[-\u2013\u2014:](?=[ \t])",
            0.85,
        ),
        line_pattern(
            # "S/NF The cell will strike at dawn.", "C//REL The van ...": a portion mark with
            # no brackets and no dash, opening a line before its sentence or alone on it; after
            # one slash only
            # a control of the marking grammar counts ("C/O Mr Dale" is an address)
            "bare_portion_mark_before_sentence",
            rf"^[ \t]*+(?:\d{{1,3}}[.)][ \t]+)?\K{_PORTION_LEVEL}"
            rf"(?:{_CATEGORIES}|(?:/{_CONTROL})+)(?=[ \t]+[A-Z(]|[ \t]*\r?$)",
            0.85,
        ),
        line_pattern(
            # "Page 2 of 3 - SECRET", "Halden CT Unit | OFFICIAL-SENSITIVE": a level in
            # capitals as the last part of a footer or header line, with its separator
            "level_ending_a_line",
            rf"(?<=\S)[ \t]{{0,3}}[-\u2013\u2014|/][ \t]{{0,3}}{_LEVEL}"
            rf"(?:{_CATEGORIES})?(?=[ \t]*\r?$)",
            0.85,
        ),
        line_pattern(
            # "// CONFIDENTIAL - LAW ENFORCEMENT SENSITIVE //", "// SECRET //": a banner set
            # off by double slashes on a header line, its caveats joined by dashes
            "level_between_double_slashes",
            rf"//[ \t]*+{_LEVEL}(?:[ \t]*[-\u2013\u2014/][ \t]*{_VALUE})*[ \t]*//",
            0.9,
        ),
        line_pattern(
            "release_caveat",
            rf"(?<![A-Za-z0-9/]){_REL_TO}|(?<![A-Za-z0-9/]){_EYES_ONLY}",
            0.9,
        ),
        line_pattern(
            # the Traffic Light Protocol of threat-intelligence sharing: a handling caveat
            "traffic_light_protocol",
            r"(?<![A-Za-z0-9])TLP[ \t]*+:[ \t]*+(?:RED|AMBER(?:\+STRICT)?|GREEN|CLEAR|WHITE)"
            r"(?![A-Za-z0-9])",
            0.9,
        ),
        line_pattern(
            "dissemination_caveat_word",
            rf"(?<![A-Za-z0-9/-]){_CAVEAT_WORD}(?![A-Za-z0-9])|(?<![A-Za-z0-9/]){_SPELLED_OUT}",
            0.8,
        ),
    ]

    CONTEXT: ClassVar[list[str]] = ["classification", "classified", "caveat", "marking"]
