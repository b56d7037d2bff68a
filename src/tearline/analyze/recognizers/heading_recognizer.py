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
from tearline.analyze.spans import result
from tearline.categories import Category

_LINE = re.compile(r"^[ \t]*([^\r\n]*?)[ \t]*\r?$", re.MULTILINE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
#: Labels whose line is judged by its content elsewhere, never dropped as a heading.
_LABELLED = re.compile(
    r"^(?:\([A-Z]{1,3}(?://[A-Z0-9 ,/-]{1,40})?\)[ \t]*)?\(?[A-Z][A-Z /-]{0,30}:"
)


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
            if len(words) < 2 or any(c.islower() for c in line) or _LABELLED.match(line):
                continue
            lowered = {w.lower() for w in words}
            if lowered & (lx.THREAT_WORDS | lx.ATTACK_METHOD_WORDS | lx.INTENT_WORDS):
                continue
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
        return results


def _continues_label(text: str, line_start: int) -> bool:
    """True when the line above is a labelled line cut off mid-phrase ("SUBJECT: ... AT")."""
    above = text[:line_start].rstrip("\r\n")
    previous = above[above.rfind("\n") + 1 :]
    return bool(_LABELLED.match(previous.strip())) and not previous.rstrip().endswith(
        (".", ")", "]")
    )
