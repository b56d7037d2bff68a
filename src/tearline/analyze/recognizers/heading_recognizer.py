"""Find heading lines that name who produced a report, not what threatens whom.

A report's capitalized headings ("SIGNALS INTELLIGENCE SUMMARY", "REGIONAL SECURITY OFFICE",
"CONTACT REPORT") tell a recipient which office or discipline produced it. A heading that
carries the threat itself ("SONS OF THE GREY TIDE PLAN VEHICLE BOMB") is kept, as are
labelled lines ("SUBJECT: ...", "COUNTRY: ...") that other recognizers judge.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from tearline.analyze import lexicon as lx
from tearline.analyze.segmentation import WRAP_CHARS
from tearline.analyze.spans import result
from tearline.categories import Category

_LINE = re.compile(r"^[ \t]*([^\r\n]*?)[ \t]*\r?$", re.MULTILINE)
_WORD = re.compile(r"\b[A-Za-z][A-Za-z'-]*")  # not the "rd" of "3rd"
#: Labels whose line is judged by its content elsewhere, never dropped as a heading.
_LABELLED = re.compile(
    r"^(?:\([A-Z]{1,3}(?://[A-Z0-9 ,/-]{1,40})?\)[ \t]*)?\(?[A-Z][A-Z /-]{0,30}:"
)


#: A heading that names the harm and whom it threatens ("THREAT NOTE" names a product).
_HARM_TO = re.compile(r"\b(?:THREATS?|PLOTS?|DANGER)[ \t]+(?:TO|AGAINST|ON)\b")
#: A line of more words than this is a sentence written in capitals, not a heading.
MAX_HEADING_WORDS = 12
#: The seat of an office in brackets at the end of its heading: "(Brasshaven hub)".
_SEAT = re.compile(r"[ \t]*\([^()\r\n]{1,40}\)[ \t]*$")
#: The last words of an office's name.
_OFFICE_HEADS = lx.PRODUCER_NOUNS | lx.UNIT_NOUNS
#: What divides the parts of a heading: "NATIONAL CRIME UNIT - CYBER THREAT CELL".
_HEADING_PARTS = re.compile(r"[ \t]+[-\u2013\u2014/|][ \t]+|[ \t]*,[ \t]*")
#: Words that tie a harm to whom or what it threatens: a part with one is no office's name.
_LINKS = frozenset({"to", "against", "on", "at", "by", "of", "in", "for", "from", "with"})
#: An office's name is this short.
MAX_OFFICE_WORDS = 5


def _office_words(line: str) -> set[str]:
    """The words of the parts of a heading that name an office by what it works on: "CYBER
    THREAT CELL", "TERRORISM THREAT ASSESSMENT UNIT". Their "threat" is the office's field,
    not a harm the heading warns of; a part that ties a harm to a target ("ATTACK ON THE
    HALDEN CELL") is no such name."""
    words: set[str] = set()
    for part in _HEADING_PARTS.split(line):
        found = _WORD.findall(part)
        if (
            2 <= len(found) <= MAX_OFFICE_WORDS
            and found[-1].lower() in _OFFICE_HEADS
            and not {w.lower() for w in found} & _LINKS
        ):
            words.update(found)
    return words


class HeadingRecognizer(EntityRecognizer):
    """All-capitals lines with no threat, weapon or intent in them (COLLECTION)."""

    NAME = "HeadingRecognizer"
    WHY = "a heading that names the producing office or discipline, not the threat"
    #: Headings this common say nothing of the producer and are left alone.
    HARMLESS: ClassVar[frozenset[str]] = frozenset({"WARNING", "ALERT", "SUMMARY", "UPDATE"})

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[Category.COLLECTION.value], name=self.NAME, supported_language="en"
        )

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """One result per producer heading line."""
        if Category.COLLECTION.value not in entities:
            return []
        results = []
        for match in _LINE.finditer(text):
            line = match.group(1)
            if text[match.start() : match.start(1)] or _continues_label(text, match.start()):
                continue  # the wrapped continuation of a labelled line above
            words = _WORD.findall(line)
            # "... THREAT CELL (Brasshaven hub)": an office's seat, in brackets after its
            # name, may be in lower case
            core = _SEAT.sub("", line)
            if not _WORD.findall(core) or _WORD.findall(core)[-1].lower() not in _OFFICE_HEADS:
                core = line
            if len(words) < 2 or any(c.islower() for c in core) or _LABELLED.match(line):
                continue
            if len(words) > MAX_HEADING_WORDS:
                continue  # an all-capitals report's sentence, not a heading
            if _wrapped(text, match.start(1), match.end(1), words):
                continue  # a line of an all-capitals paragraph, wrapped
            lowered = {w.lower() for w in _WORD.findall(core) if w not in _office_words(core)}
            # plurals too: "PKM MACHINE GUNS AND RPGS"
            lowered |= {w[:-1] for w in lowered if w.endswith("s")}
            if lowered & (lx.THREAT_WORDS | lx.ATTACK_METHOD_WORDS | lx.INTENT_WORDS):
                continue
            if _HARM_TO.search(line):
                continue  # "THREAT TO KESSA DISTRICT SHURA": what threatens whom
            if {w.upper() for w in words} <= self.HARMLESS:
                continue
            results.append(
                result(
                    self.NAME,
                    Category.COLLECTION.value,
                    match.start(1),
                    match.end(1),
                    0.6,
                    "producer-heading",
                    self.WHY,
                )
            )
        results.extend(self._office_lines(text))
        return results

    def _office_lines(self, text: str) -> list[RecognizerResult]:
        """Mixed-case lines that name an office ("Tri-County Fusion Centre", "Counter
        Terrorism Policing - North East Unit"), above the first line of prose or below the
        last one: a letterhead or a signature, never a sentence of the report."""
        lines = list(_LINE.finditer(text))
        prose = _first_and_last_prose(lines)
        if prose is None:
            return []
        first, last = prose
        results = []
        for index, match in enumerate(lines):
            if first <= index <= last:
                continue
            if _office_name(match.group(1)) and not _runs_into_next(text, match.end(1)):
                rule = "producer-office-line"
            elif index < first and _DATE_LINE.match(match.group(1)):
                rule = "report-date-line"  # "Thursday 4 March 2027, 09:30, Room 2.14"
            elif index < first and _numbered_title(match.group(1)):
                rule = "numbered-title-line"  # "Operation BRACKEN COVE - case update no. 7"
            else:
                continue
            results.append(
                result(
                    self.NAME,
                    Category.COLLECTION.value,
                    match.start(1),
                    match.end(1),
                    0.6,
                    rule,
                    self.WHY,
                )
            )
        return results


def _first_and_last_prose(lines: list[re.Match[str]]) -> tuple[int, int] | None:
    """The indexes of the first and the last line of prose, or None when there is none.

    Only these two bound the letterhead and the signature, so the lines are read from each
    end until one is prose: the lines between them, most of a report, are never tested (and
    a line that is no prose is the slow case of the test).
    """
    first = next((i for i, m in enumerate(lines) if _prose(m.group(1))), None)
    if first is None:
        return None
    last = next(i for i in range(len(lines) - 1, first - 1, -1) if _prose(lines[i].group(1)))
    return first, last


def _prose(line: str) -> bool:
    """A line of prose (`_PROSE`). One that does not end in a stop is none, and is told at
    once: the pattern would try every position of the line before giving up. A line wholly
    in square brackets ("[Unofficial translation from the original. ...]") is a translator's
    or an editor's note about the document, not its text, and bounds no letterhead."""
    stripped = line.strip()
    if stripped.startswith("[") and stripped.endswith("]"):
        return False
    return line.rstrip("\"')]").endswith((".", "!", "?")) and _PROSE.search(line) is not None


#: Words a heading never ends with and a wrapped line of capitals often does.
_RUN_ON = frozenset(
    {"to", "the", "a", "an", "of", "and", "or", "in", "on", "at", "by", "with", "for", "from"}
    | {"contain", "contains", "will", "is", "are", "was", "were", "that"}
)


def _wrapped(text: str, start: int, end: int, words: list[str]) -> bool:
    """A line of a wrapped paragraph in capitals: it ends in a word that runs on ("... CELL
    LED BY YUSEF ANTAL TO"), or the long line in capitals above it ends in no stop ("...
    DEVICES CONTAIN" over "TATP AND NAILS.")."""
    # the line's last word, numbers too: "LINE 2 OF 4" ends in a number, not in "OF"
    last = text[start:end].split()[-1].lower()
    if last in _RUN_ON and not text[start:end].rstrip().endswith((".", ":")):
        return True
    above_end = text.rfind("\n", 0, start)
    if above_end <= 0:
        return False
    above = text[text.rfind("\n", 0, above_end) + 1 : above_end].rstrip()
    return (
        len(above) >= WRAP_CHARS
        and not any(c.islower() for c in above)
        and not above.endswith((".", ":", ";", "!", "?"))
    )


#: A line of prose: several words ending a sentence.
_PROSE = re.compile(r"(?:[A-Za-z,'-]+[ \t]+){3,}[^\r\n]*[.!?][\"')\]]*$")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
#: A report's own date on a line of its own, above the prose: when it was written or met,
#: with the hour and the room of a meeting ("Thursday 4 March 2027, 09:30, Room 2.14").
_DATE_LINE = re.compile(
    # "Night watch 17/18 November 2026": the shift whose log it is, dated by its nights
    r"(?:(?i:(?:night|day|late|early|morning|evening|afternoon)[ \t]+)?"
    r"(?i:watch|shift|duty)[ \t]+(?:of[ \t]+)?)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
    rf"(?:\d{{1,2}}(?:[/-]\d{{1,2}})?(?:st|nd|rd|th)?[ \t]+{_MONTH}[ \t]+\d{{4}}"
    r"|\d{1,2}[./]\d{1,2}[./]\d{4}"
    rf"|{_MONTH}[ \t]+\d{{1,2}},?[ \t]+\d{{4}})"
    r"(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]*(?:hrs|h|am|pm))?)?"
    r"(?:,?[ \t]+(?:(?:Meeting|Conference)[ \t]+)?(?:Room|room|Rm\.?)[ \t]+[\w.-]+)?$"
)
#: A product counted in its series: "case update no. 7", "Threat Report #12": how many
#: came before tells how long the case has run.
_SERIES_NUMBER = re.compile(
    r"\b(?i:update|report|note|summary|bulletin|briefing|brief|assessment|digest|sitrep)"
    r"[ \t]+(?i:no\.?|number|nr\.?|#)[ \t]*\d{1,4}\b"
)


def _numbered_title(line: str) -> bool:
    """A title line above the prose that numbers the product in its series, with no harm
    in it ("Threat update no. 3 - bombing of the mall" names the threat, and stays)."""
    if _SERIES_NUMBER.search(line) is None or line.rstrip().endswith((".", "!", "?")):
        return False
    lowered = {w.lower() for w in _WORD.findall(line)}
    return not lowered & (lx.THREAT_WORDS | lx.ATTACK_METHOD_WORDS | lx.INTENT_WORDS)


#: Small words that stay lower-case inside a name ("Antenne de Lorsch", "Office of the ...").
_NAME_LINKS = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le", "der", "fur"})


def _office_name(line: str) -> bool:
    """A short title-case line, with no sentence punctuation, headed by an office word."""
    words = _WORD.findall(line)
    if not 2 <= len(words) <= 10 or line.rstrip().endswith((".", ":", ";", ",", "!", "?")):
        return False
    if _LABELLED.match(line) or ":" in line or not any(c.islower() for c in line):
        return False  # a label's line is judged elsewhere, an all-capitals one above
    if any(w[0].islower() and w.lower() not in _NAME_LINKS for w in words):
        return False
    lowered = {w.lower() for w in words}
    if lowered & (lx.THREAT_WORDS | lx.ATTACK_METHOD_WORDS | lx.INTENT_WORDS):
        return False
    return bool(lowered & lx.PRODUCER_NOUNS) or (
        "cell" in lowered and bool(lowered & lx.UNIT_MODIFIERS)
    )


#: A bracketed abbreviation that may open a wrapped line: "(SPS) have hired ...".
_BRACKETED = re.compile(r"[ \t]*\([^()\n]{1,20}\)[ \t]*")


def _runs_into_next(text: str, line_end: int) -> bool:
    """True when the sentence goes on in the next line, in lower case ("Officers of the
    Kastovan State Protection Service" over "(SPS) have hired two gunmen"): a line of prose
    wrapped, not an office's letterhead."""
    if not text.startswith("\n", line_end):
        return False
    start = line_end + 1
    bracket = _BRACKETED.match(text, start)
    following = text[bracket.end() if bracket else start :].lstrip(" \t")
    return following[:1].islower()


def _continues_label(text: str, line_start: int) -> bool:
    """True when the line above is a labelled line cut off mid-phrase ("SUBJECT: ... AT")."""
    above = text[:line_start].rstrip("\r\n")
    previous = above[above.rfind("\n") + 1 :]
    return bool(_LABELLED.match(previous.strip())) and not previous.rstrip().endswith(
        (".", ")", "]")
    )
