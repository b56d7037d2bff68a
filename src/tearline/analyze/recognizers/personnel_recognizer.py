"""Find the reporting side's people: officers, analysts, points of contact, signatures.

Names are reported as identifiers, so a case officer named in a header also disappears from
the body and from a signature that gives the first name only.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from tearline.analyze.spans import result
from tearline.categories import Category, identifier_entity

_NAME = (
    r"(?:(?:Mr|Ms|Mrs|Dr|Col|Maj|Capt|Lt|Sgt|SSgt|DC|DS|DI|Det|Insp|MR|MS|DR)\.?[ \t]+)?"
    r"(?:[A-Z]\.[ \t]?){0,2}[A-Z][A-Za-z'-]+(?:[ \t]+(?:[A-Z]\.[ \t]?)?[A-Z][A-Za-z'-]+){0,2}"
)
_ROLE = (
    r"(?i:case[ \t]officer|reports?[ \t]officer|handling[ \t]officer|handler|desk[ \t]officer"
    r"|duty[ \t]officer|targeting[ \t]officer|collection[ \t]manager|(?:reporting[ \t])?analyst"
    r"|collector|point[ \t]of[ \t]contact|poc|prepared[ \t]by|drafted[ \t]by|released[ \t]by"
    r"|approved[ \t]by|reviewed[ \t]by|authored[ \t]by|originator"
    r"|(?:examining|reporting|liaison|interviewing|debriefing|collection|intelligence)[ \t]officer"
    r"|interrogator|interviewer|debriefer|examiner)"
)
#: Labels that name a person only as a header ("From: ..."), never inline ("from Mill Street").
_HEADER_ROLE = rf"(?:{_ROLE}|(?i:from|cc|signed|author|sender|team[ \t]leader|contact))"
_CLOSING = re.compile(
    r"^[ \t]*(?:(?:best|kind|warm)?[ \t]*regards|respectfully|very[ \t]respectfully|v/r"
    r"|sincerely|thanks|thank[ \t]you|cheers|best|//signed//|--|—)[ \t]*,?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


#: Words of units and offices: "Team 3", "Section D4" name no person.
UNIT_WORDS: frozenset[str] = frozenset(
    {
        "team",
        "unit",
        "section",
        "desk",
        "group",
        "office",
        "branch",
        "division",
        "cell",
        "squad",
        "station",
        "base",
        "bureau",
        "department",
        "staff",
        "command",
        "sqn",
    }
)


class PersonnelRecognizer(EntityRecognizer):
    """Role-labelled names, extensions and signature blocks of the reporting side (PERSONNEL)."""

    NAME = "PersonnelRecognizer"
    WHY = "names or reaches an officer or analyst of the reporting side"

    ROLE_NAME = re.compile(rf"\b{_ROLE}[ \t]*[:,\-]?[ \t]*(?P<name>{_NAME})")
    #: "Handler: L. Drescher" on a line of its own: the whole line goes.
    ROLE_LINE = re.compile(
        r"^[ \t]*(?:\d{1,3}[.)][ \t]+)?(?:\([A-Z/ ,]{1,40}\)[ \t]*)?"
        rf"{_HEADER_ROLE}[ \t]*:[^\n]*",
        re.MULTILINE,
    )
    EXTENSION = re.compile(r"\b(?i:ext|extension|x)\.?[ \t]*\d{3,6}\b")
    #: A signature block stands at the end: at most this many lines after the closing.
    MAX_SIGNATURE_LINES = 8
    NOT_NAMES: ClassVar[frozenset[str]] = frozenset(
        {"The", "This", "That", "Station", "Desk", "Source", "Reporting", "Field", "Our", "We"}
    )

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[Category.PERSONNEL.value, identifier_entity(Category.PERSONNEL)],
            name=self.NAME,
            supported_language="en",
        )

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Names (as identifiers), extensions and the signature block."""
        if Category.PERSONNEL.value not in entities:
            return []
        results = []
        for match in self.ROLE_LINE.finditer(text):
            results.append(self._span(match.start(), match.end(), "role-line"))
            value = match.group(0).split(":", 1)[1]
            offset = match.end() - len(value)
            # every name on the line: "cc: Tom Reyes, Lena Drescher"
            for index, found in enumerate(
                re.finditer(rf"(?:^|[,;])[ \t]*(?P<name>{_NAME})", value)
            ):
                words = found.group("name").split()
                if words[0] in self.NOT_NAMES or any(w.lower() in UNIT_WORDS for w in words):
                    continue
                if index > 0 and len(words) < 2:
                    continue  # after a comma only a full name is a name ("Team 3" is not)
                results.append(
                    self._name(
                        offset + found.start("name"), offset + found.end("name"), "role-line-name"
                    )
                )
        for match in self.ROLE_NAME.finditer(text):
            name = match.group("name")
            if name.split()[0] in self.NOT_NAMES or any(
                w.lower() in UNIT_WORDS for w in name.split()
            ):
                continue
            results.append(self._name(match.start("name"), match.end("name"), "role-name"))
        for match in self.EXTENSION.finditer(text):
            results.append(self._span(match.start(), match.end(), "extension"))
        results.extend(self._signature(text))
        return results

    def _signature(self, text: str) -> list[RecognizerResult]:
        closings = list(_CLOSING.finditer(text))
        if not closings:
            return []
        closing = closings[-1]
        tail = text[closing.end() :]
        lines = [line for line in tail.splitlines() if line.strip()]
        if not lines or len(lines) > self.MAX_SIGNATURE_LINES:
            return []
        found = [self._span(closing.start(), len(text.rstrip()), "signature-block")]
        first = re.search(r"\S.*", tail)
        if first is not None:
            name = re.match(_NAME, first.group(0))
            if name is not None and name.group(0).split()[0] not in self.NOT_NAMES:
                start = closing.end() + first.start()
                found.append(self._name(start, start + len(name.group(0)), "signature-name"))
        return found

    def _name(self, start: int, end: int, rule: str) -> RecognizerResult:
        return result(
            self.NAME, Category.PERSONNEL.value, start, end, 0.85, rule, self.WHY, identifier=True
        )

    def _span(self, start: int, end: int, rule: str) -> RecognizerResult:
        return result(self.NAME, Category.PERSONNEL.value, start, end, 0.8, rule, self.WHY)
