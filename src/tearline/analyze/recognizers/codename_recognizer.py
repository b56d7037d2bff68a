"""Find codenames of human sources and of collecting stations, as identifiers.

A codename is an identifier: once found, every other mention of it goes too (see
`decide.resolve`), so "asset GREY OWL" in the body also takes a bare "GREY OWL" in a comment.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from tearline.analyze.spans import result
from tearline.categories import Category, identifier_entity

_CAPS_NAME = r"[A-Z][A-Z0-9'-]{2,}(?:[ \t][A-Z][A-Z0-9'-]{2,}){0,2}"


class CodenameRecognizer(EntityRecognizer):
    """Codenames of sources (SOURCE), operations (METHOD) and stations (COLLECTION)."""

    NAME = "CodenameRecognizer"
    WHY: ClassVar[dict[Category, str]] = {
        Category.SOURCE: "a human source's codename: identifies who reported",
        Category.COLLECTION: "names the collecting station or base: reveals where it was collected",
        Category.METHOD: "names a technical or collection operation: reveals the method",
    }

    #: (rule, category, pattern with one group: the codename itself)
    PATTERNS: ClassVar[list[tuple[str, Category, re.Pattern[str]]]] = [
        (
            "source-codename",
            Category.SOURCE,
            re.compile(
                r"\b(?i:asset|source|informant|sub-?source|agent|defector"
                r"|cryptonym|code-?named|codename|hereafter|walk-in)"
                rf"[ \t]+(?:\(?[ \t]*)({_CAPS_NAME})\b"
            ),
        ),
        (
            # "a person of trust (VP)", "our contact (HK)": an abbreviation the report gives a
            # source once and uses after, shorter than a codename
            "source-abbreviation",
            Category.SOURCE,
            re.compile(
                r"\b(?i:source|informant|informer|asset|contact|interlocutor|confidant"
                r"|person[ \t]+of[ \t]+(?:trust|confidence)|trusted[ \t]+person)"
                r"[ \t]*\(([A-Z][A-Z0-9-]{1,5})\)"
            ),
        ),
        (
            "operation-name",
            Category.METHOD,
            re.compile(rf"\b(?:[Oo]peration|OPERATION|[Oo]p\.|OP)[ \t]+({_CAPS_NAME})\b"),
        ),
        (
            "station-name",
            Category.COLLECTION,
            re.compile(
                r"\b(?:[Ss]tation|STATION|[Bb]ase|BASE|[Oo]utstation|OUTSTATION|CAMP|FACILITY)"
                rf"[ \t]+({_CAPS_NAME})\b"
            ),
        ),
        (
            "name-station",
            Category.COLLECTION,
            re.compile(rf"\b({_CAPS_NAME})[ \t]+(?:[Ss]tation|STATION|[Bb]ase|BASE)\b"),
        ),
    ]
    #: Capitalized words that follow a station word in headers but name nothing.
    NOT_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "COMMENT",
            "COMMENTS",
            "DESCRIPTION",
            "RELIABILITY",
            "ACCESS",
            "REPORTS",
            "REPORTED",
            "SAYS",
            "SAID",
            "STATES",
            "STATED",
            "INDICATES",
            "NOTES",
            "ADDS",
            "CLAIMS",
            "NOTE",
            "CHIEF",
            "OFFICER",
            "REPORT",
            "CABLE",
            "TRAFFIC",
            "ORIGIN",
            "ORIG",
            "WILL",
            "THE",
            "AND",
            "HAS",
            "REQUESTS",
            "ASSESSES",
            "POLICE",
            "FIRE",
            "BUS",
            "TRAIN",
            "RAILWAY",
            "POWER",
            "PUMPING",
            "GAS",
            "POLLING",
            "NAVAL",
        }
    )

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[
                identifier_entity(Category.SOURCE),
                identifier_entity(Category.COLLECTION),
                identifier_entity(Category.METHOD),
            ],
            name=self.NAME,
            supported_language="en",
        )

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """The codename spans, each marked as an identifier."""
        results = []
        for rule, category, name in self.codenames(text):
            if identifier_entity(category) not in entities:
                continue
            start, end = name
            why = self.WHY[category]
            results.append(
                result(self.NAME, category.value, start, end, 0.85, rule, why, identifier=True)
            )
        return results

    @classmethod
    def codenames(cls, text: str) -> list[tuple[str, Category, tuple[int, int]]]:
        """Every codename in the text: its rule, category and span."""
        found = []
        for rule, category, pattern in cls.PATTERNS:
            for match in pattern.finditer(text):
                words = match.group(1).split()
                kept = []
                for word in words:
                    if word in cls.NOT_NAMES:
                        break
                    kept.append(word)
                if not kept:
                    continue
                name = " ".join(kept)
                start = match.start(1)
                found.append((rule, category, (start, start + len(name))))
        return found
