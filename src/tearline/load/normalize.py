"""Normalized analysis view of a report, with an exact offset map back to the original.

Why: an author (or attacker) can hide a sensitive term from pattern and NER recognizers
with zero-width characters, soft hyphens, homoglyphs ("NOF\\u041eRN"), full-width letters
or exotic spaces. Recognizers therefore run on `NormalizedText.text`, and every span they
find is mapped back with `to_original` so redaction hits the exact original characters.

Normalization is done one original character at a time, so each normalized character
remembers which original character produced it; line structure (\\n, \\r, \\t) is kept.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

# Invisible characters removed outright. Every Unicode "Cf" (format) character is removed
# too; this explicit set documents the usual suspects and also catches invisible
# characters that are not "Cf" in every Unicode version (U+180E was "Zs" before 6.3) or
# are not "Cf" at all (combining grapheme joiner, Hangul fillers).
INVISIBLE: frozenset[str] = frozenset(
    [chr(c) for c in range(0x200B, 0x2010)]  # zero-width space/joiners, LRM/RLM
    + [chr(c) for c in range(0x202A, 0x202F)]  # bidi embeddings and overrides
    + [chr(c) for c in range(0x2060, 0x2065)]  # word joiner, invisible operators
    + ["\ufeff", "\u00ad", "\u180e", "\u034f", "\u115f", "\u1160", "\u3164", "\uffa0"]
)

# Homoglyphs -> ASCII. Source: Unicode confusables (UTS #39, confusables.txt), restricted
# to the Cyrillic, Greek and Armenian letters that render like Latin letters in common
# fonts. Small Cyrillic letters that look like small capitals (в к м н т) map to the
# lowercase Latin letter because comparisons downstream are case-insensitive. Written as
# escapes so the source itself stays free of confusable characters.
CONFUSABLES: dict[str, str] = {
    # Cyrillic lowercase (a ve ie ka em en o er es te u ha i je dze komi-de shha qa we)
    "\u0430": "a", "\u0432": "b", "\u0435": "e", "\u043a": "k", "\u043c": "m",
    "\u043d": "h", "\u043e": "o", "\u0440": "p", "\u0441": "c", "\u0442": "t",
    "\u0443": "y", "\u0445": "x", "\u0456": "i", "\u0458": "j", "\u0455": "s",
    "\u0501": "d", "\u04bb": "h", "\u051b": "q", "\u051d": "w",
    # Cyrillic uppercase (same letters, plus straight U and palochka)
    "\u0410": "A", "\u0412": "B", "\u0415": "E", "\u041a": "K", "\u041c": "M",
    "\u041d": "H", "\u041e": "O", "\u0420": "P", "\u0421": "C", "\u0422": "T",
    "\u0425": "X", "\u0406": "I", "\u0408": "J", "\u0405": "S", "\u0423": "Y",
    "\u04ae": "Y", "\u04c0": "I", "\u051a": "Q", "\u051c": "W",
    # Greek capitals that look Latin, small omicron, nu and iota
    "\u0391": "A", "\u0392": "B", "\u0395": "E", "\u0396": "Z", "\u0397": "H",
    "\u0399": "I", "\u039a": "K", "\u039c": "M", "\u039d": "N", "\u039f": "O",
    "\u03a1": "P", "\u03a4": "T", "\u03a5": "Y", "\u03a7": "X", "\u03bf": "o",
    "\u03bd": "v", "\u03b9": "i",
    # Others: Latin dotless i, Armenian small oh
    "\u0131": "i", "\u0585": "o",
}  # fmt: skip

#: Typographic punctuation -> ASCII. A word processor or mail client curls quotes and
#: apostrophes and turns hyphens into dashes; recognizers and lexicons are written with the
#: ASCII forms, so "the source\u2019s handler" must read as "the source's handler".
TYPOGRAPHIC: dict[str, str] = {
    # single quotes, apostrophes and primes
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    # double quotes and double primes
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    # hyphens, the en dash and the minus sign; an em dash sets words apart even unspaced
    # ("the hub\u2014report 37"), so it reads as a spaced dash, never as a hyphen
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-",
    "\u2014": " - ", "\u2015": " - ",
}  # fmt: skip

_WHITESPACE_RUN = re.compile(r"\s+")


@lru_cache(maxsize=4096)
def _expand(ch: str) -> str:
    """Normalize one original character; may return "" (removed) or several characters."""
    out = []
    for c in unicodedata.normalize("NFKC", ch):
        if c in INVISIBLE or unicodedata.category(c) == "Cf":
            continue
        if c in TYPOGRAPHIC:
            out.append(TYPOGRAPHIC[c])
            continue
        c = CONFUSABLES.get(c, c)
        out.append(" " if unicodedata.category(c) == "Zs" else c)
    return "".join(out)


@dataclass(frozen=True)
class NormalizedText:
    """The original text, its normalized view, and the map between them.

    `offsets[i]` is the index of the original character that produced `text[i]`;
    `offsets[len(text)] == len(original)`. Several normalized characters may share one
    original index (NFKC expansions such as a ligature).
    """

    original: str
    text: str
    offsets: tuple[int, ...] = field(repr=False)

    def __post_init__(self) -> None:
        """Reject a map that cannot be right, since every redaction offset depends on it."""
        if len(self.offsets) != len(self.text) + 1:
            raise ValueError("offsets must have exactly len(text) + 1 entries")

    @property
    def is_identity(self) -> bool:
        """True when nothing changed, so callers can use spans as they are."""
        return self.text == self.original

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of `text` to the smallest original span covering exactly the same characters (including any removed invisible characters lying strictly inside the span, never those just outside it).

        A span that cuts a multi-character expansion widens to the whole original
        character, since half a ligature cannot be redacted. An empty span maps to the
        empty span just before the original character of `text[start]`.
        """  # noqa: E501
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) outside normalized text of {len(self.text)}")
        first = self.offsets[start]
        if start == end:
            return first, first
        return first, self.offsets[end - 1] + 1


def normalize(text: str) -> NormalizedText:
    """Build the normalized analysis view of `text` with an exact offset map."""
    if text.isascii():
        # ASCII has no format characters, homoglyphs, NFKC changes or exotic spaces.
        return NormalizedText(text, text, tuple(range(len(text) + 1)))
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        expanded = _expand(ch)
        chars.append(expanded)
        offsets.extend([i] * len(expanded))
    offsets.append(len(text))
    return NormalizedText(text, "".join(chars), tuple(offsets))


def fold_for_comparison(text: str) -> str:
    """Normalize + casefold + fold runs of whitespace to one space (ends stripped).

    Used to check whether a removed string still appears in output, so that case,
    spacing, hidden characters and homoglyphs cannot make a leak look like a non-match.
    """
    folded = normalize(text).text.casefold()
    return _WHITESPACE_RUN.sub(" ", folded).strip()


#: A line break in any of the conventions a report may arrive with (Windows, old Mac, Unix).
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
#: E-mail quoting at the start of a line ("> ", ">> ", "> > "): the marks of a forward, not
#: words of the report.
QUOTE_MARKS = re.compile(r"(?:[ \t]*>)+[ \t]?")
#: Markdown at the start of a line: a heading's hashes ("## Threat").
_MARKDOWN_HEADING = re.compile(r"[ \t]*(#{1,6}[ \t]+)")
#: Markdown emphasis anywhere: "**SOURCE:** B2".
_MARKDOWN_BOLD = re.compile(r"\*\*")
#: Paragraph markers in other styles than "3." or "c.": a bracketed number or letter ("(3)",
#: "(c)"; never a capital, which is a portion mark such as "(S)") and a spelled-out paragraph
#: ("PARA 3", "Para. 3:").
_BRACKETED_MARKER = re.compile(r"[ \t]*(\()(?:\d{1,3}|[a-z])(\))(?=[ \t])")
_PARA_MARKER = re.compile(r"[ \t]*((?i:para(?:graph)?)\.?[ \t]*)(\d{1,3})([.:)]?)(?=[ \t])")
#: Tab stops of the analysis view: a tab becomes the spaces up to the next one, so columns
#: and hanging indents laid out with tabs line up as they do on screen.
TAB_STOP = 8


def analysis_view(text: str) -> NormalizedText:
    """The view the analyzer reads: `normalize`, then the layout brought to one convention.

    Why: the same report may arrive with Windows line ends, tabs, trailing blanks, every line
    indented or quoted with "> " by a mail client; recognizers and the layout rules of the
    sentence splitter are written for plain lines, and must not find less in a report because
    of how it was typed or forwarded. Line ends become "\\n", a tab becomes spaces, blanks at
    the end of a line, e-mail quote marks and the indentation every line shares are left out
    of the view, and a line break inside a wrapped sentence reads as a space (`wraps_into`).
    Unlike `normalize` this reads whole lines, so it is not applied piecewise to
    fragments; offsets still map each view character to the original one it came from.
    """
    base = normalize(text)
    chars: list[str] = []
    offsets: list[int] = []
    lines: list[tuple[list[str], list[int]]] = []
    view, source = base.text, base.offsets
    cursor = 0
    for brk in [*_LINE_BREAK.finditer(view), None]:
        end = brk.start() if brk is not None else len(view)
        line = view[cursor:end]
        skip = QUOTE_MARKS.match(line)
        first = skip.end() if skip and skip.group().strip() else 0
        last = len(line.rstrip(" \t"))
        kept: list[str] = []
        kept_offsets: list[int] = []
        swaps = _marker_swaps(line, first, max(first, last))
        for i in range(cursor + first, cursor + max(first, last)):
            ch = swaps.get(i - cursor, view[i])
            for out in " " * (TAB_STOP - len(kept) % TAB_STOP) if ch == "\t" else ch:
                kept.append(out)
                kept_offsets.append(source[i])
        lines.append((kept, kept_offsets))
        if brk is not None:
            # the line break maps to its last character, the "\n" of a "\r\n"
            lines[-1] = ([*kept, "\n"], [*kept_offsets, source[brk.end() - 1]])
            cursor = brk.end()
    indents = [
        len(kept) - len("".join(kept).lstrip(" ")) for kept, _ in lines if "".join(kept).strip()
    ]
    common = min(indents, default=0)
    for kept, kept_offsets in lines:
        cut = common if "".join(kept).strip() else 0
        chars.extend(kept[cut:])
        offsets.extend(kept_offsets[cut:])
    chars, offsets = _join_wrapped(chars, offsets)
    offsets.append(len(text))
    result = "".join(chars)
    if result == text:
        return NormalizedText(text, text, tuple(range(len(text) + 1)))
    return NormalizedText(text, result, tuple(offsets))


def _marker_swaps(line: str, start: int, end: int) -> dict[int, str]:
    """What the view writes instead of a line's markup: Markdown heading hashes and bold
    marks are left out, a paragraph marker is written as "3." ("" drops a character).

    Why: "(c)", "PARA 3" and "**SOURCE:**" say the same as "3.", "3." and "SOURCE:", which
    the layout rules and recognizers know.
    """
    swaps: dict[int, str] = {}
    heading = _MARKDOWN_HEADING.match(line, start, end)
    if heading:
        swaps.update(dict.fromkeys(range(*heading.span(1)), ""))
    for bold in _MARKDOWN_BOLD.finditer(line, start, end):
        swaps.update(dict.fromkeys(range(*bold.span()), ""))
    marker_at = heading.end() if heading else start
    bracketed = _BRACKETED_MARKER.match(line, marker_at, end)
    if bracketed:
        swaps[bracketed.start(1)] = ""
        swaps[bracketed.start(2)] = "."
        letter = line[bracketed.end(1)]
        if letter.isalpha():  # "(c)" reads as "3.", the form every paragraph rule knows
            swaps[bracketed.end(1)] = str(ord(letter) - ord("a") + 1)
    para = _PARA_MARKER.match(line, marker_at, end)
    if para:
        swaps.update(dict.fromkeys(range(*para.span(1)), ""))
        if para.group(3):
            swaps[para.start(3)] = "."
        else:
            swaps[para.end(2) - 1] = line[para.end(2) - 1] + "."
    return swaps


#: A line this long that ends in no stop was wrapped at the page's width ("... will seize the
#: Orlen Theatre" / "in Vell during the premiere").
WRAP_CHARS = 50
#: What a line may end with when its sentence or its field is over.
_LINE_STOPS = (".", "!", "?", ":", ";", ")", "]")
#: What opens an item of its own at the start of a line: a bracket (a portion mark, an aside),
#: a bullet, a paragraph number, a label.
NEW_ITEM = r"\(|[-*\u2022]|\d{1,3}[.)]|[A-Za-z][A-Za-z' ]{0,30}:"
#: Between two words of a bracketed aside: blanks, or a line break that opens no blank line.
_ASIDE_GAP = r"(?:[ \t]++(?:\r?\n(?![ \t]*+\r?\n)[ \t]*+)?+|\r?\n(?![ \t]*+\r?\n)[ \t]*+)"
#: The writer's aside in square brackets: five words or more, over wrapped lines, with a
#: lowercase letter ("[she repeated it to the purser over a drink]"); a portion mark is all
#: capitals, an editor's "[the group]" or "[sic]" is short; a bare "[Note: ...]" or
#: "[Update: ...]" may correct the warning itself.
BRACKETED_ASIDE = (
    r"\[(?!(?i:note|nb|n\.b\.|update|correction)\b)(?=[^\]]{0,600}?[a-z])"
    r"(?:[^\s\]]++" + _ASIDE_GAP + r"){4,}[^\s\]][^\]\r\n]*+\]"
)
#: The mark that opens an item of a list, with the space after it: "- ", "* ", "3. ", "b) ".
ITEM_MARK = r"(?:[-*\u2022]|\d{1,3}[.)]|[a-z][.)])[ \t]+"
#: Finite verbs a heading does without and a sentence seldom does.
FINITE_WORDS: frozenset[str] = frozenset(
    {"is", "are", "was", "were", "will", "would", "has", "have", "had", "shall", "can"}
)
#: ... and a blank line, a log entry's time ("2231  "), a form's field number or dot leader.
_OPENS_LINE = re.compile(
    rf"[ \t]*(?:$|{NEW_ITEM}|\d{{1,4}}[A-Z]?[ \t]{{2}}|\d{{1,2}}:\d{{2}}[ \t]{{2}}"
    r"|[^\n]{0,40}?\.{3})"
)
#: Small words a title leaves in lower case ("Office for the Protection of the Constitution").
_TITLE_SMALL_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to"})


def _in_prose(line: str) -> bool:
    """True for a line of prose: a word in lower case that a title would capitalize."""
    return any(w[:1].islower() and w not in _TITLE_SMALL_WORDS for w in line.split())


#: A gap between the columns of a table laid out with spaces, or a table's bar.
_COLUMNS = re.compile(r"\S[ \t]{3,}\S|\|")


def wraps_into(line: str, following: str) -> bool:
    """True when `line` was wrapped in mid-sentence and `following` goes on with it: the line
    is long, ends in no stop, and the next line opens no item of its own."""
    stripped = line.strip()
    return (
        len(stripped) >= WRAP_CHARS
        and not stripped.endswith(_LINE_STOPS)
        # a line in capitals or in title case (a banner, a heading, a letterhead, a signal's
        # text) is left as it stands, unless a comma carries it on; prose runs on
        and (_in_prose(stripped) or (stripped.endswith(",") and any(c.islower() for c in stripped)))
        and (not _OPENS_LINE.match(following) or _aside(following))
        # a row of a table in columns: each column wraps on its own
        and not _COLUMNS.search(stripped)
        and not _COLUMNS.search(following.strip())
    )


#: A portion mark: "(S)", "(U//FOUO)", "(S//OC/NF)".
_PORTION_MARK = re.compile(r"[ \t]*\([A-Z]{1,4}(?://[A-Z0-9 ,/-]*)?\)")


def _aside(line: str) -> bool:
    """A bracket that opens a line but no item: an aside of the sentence wrapped before it
    ("... via access to the group's server" / "(ref. DROVER)"), not a portion mark."""
    return line.lstrip().startswith("(") and not _PORTION_MARK.match(line)


#: Bars of a table's row with two cells or more: "| 3-0412 | 08 Sep | ...".
MIN_ROW_BARS = 3


def _row_goes_on(row: str, following: str) -> bool:
    """True inside a row of a table set off by bars that was wrapped before its closing bar
    ("| 3-0412 | 08 Sep | help desk | community member, woman, Block C, sells" / "tea beside
    the distribution point | Says ..."): each cell is read whole."""
    return (
        row.lstrip().startswith("|")
        # a table's row has cells; "| Handling: 3", a field wrapped off a line of its own, not
        and row.count("|") >= MIN_ROW_BARS
        and not row.rstrip().endswith("|")
        and bool(following.strip())
        # the next row opens with a bar; the row's own closing bar may stand alone
        and (not following.lstrip().startswith("|") or following.strip() == "|")
    )


def _join_wrapped(chars: list[str], offsets: list[int]) -> tuple[list[str], list[int]]:
    """The view with each line break inside a wrapped sentence read as a space, and the
    indent of the line it goes on to left out.

    Why: reports are hard-wrapped at 70-odd columns. Left as line breaks, they let a header
    line's value, a sentence read by a pattern or by the parser end at the page's edge, and
    a cut then leaves the rest of its sentence on the next line ("2. Reporting." over "in
    Vell during the premiere ..."). Read as spaces, a wrapped report is analyzed as the
    same report unwrapped; the break itself is still in the original, which the rewrite
    edits.
    """
    text = "".join(chars)
    out_chars: list[str] = []
    out_offsets: list[int] = []
    cursor = 0
    line_start = 0
    row_start = 0  # where the line being read began, before any break read as a space
    for brk in re.finditer("\n", text):
        following_end = text.find("\n", brk.end())
        following = text[brk.end() : following_end if following_end != -1 else len(text)]
        line = text[line_start : brk.start()]
        if not (
            wraps_into(line, following) or _row_goes_on(text[row_start : brk.start()], following)
        ):
            line_start = row_start = brk.end()
            continue
        out_chars.extend(chars[cursor : brk.start()])
        out_offsets.extend(offsets[cursor : brk.start()])
        out_chars.append(" ")
        out_offsets.append(offsets[brk.start()])
        cursor = brk.end() + len(following) - len(following.lstrip(" "))
        line_start = brk.end()
    out_chars.extend(chars[cursor:])
    out_offsets.extend(offsets[cursor:])
    return out_chars, out_offsets
