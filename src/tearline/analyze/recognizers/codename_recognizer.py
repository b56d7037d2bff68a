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
from tearline.categories import Category

_CAPS_NAME = r"[A-Z][A-Z0-9'-]{2,}(?:[ \t][A-Z][A-Z0-9'-]{2,}){0,2}"


class CodenameRecognizer(EntityRecognizer):
    """Codenames after a source word (SOURCE) or around a station word (COLLECTION)."""

    NAME = "CodenameRecognizer"
    WHY_SOURCE = "a human source's codename: identifies who reported"
    WHY_STATION = "names the collecting station or base: reveals where it was collected"

    #: (rule, category, pattern with one group: the codename itself)
    PATTERNS: ClassVar[list[tuple[str, Category, re.Pattern[str]]]] = [
        (
            "source-codename",
            Category.SOURCE,
            re.compile(
                r"\b(?:[Aa]sset|[Ss]ource|[Ii]nformant|[Ss]ub-?source|[Aa]gent|[Dd]efector"
                r"|[Cc]ryptonym|[Cc]ode-?named|[Cc]odename|[Hh]ereafter|[Ww]alk-in)"
                rf"[ \t]+(?:\(?[ \t]*)({_CAPS_NAME})\b"
            ),
        ),
        (
            "station-name",
            Category.COLLECTION,
            re.compile(
                rf"\b(?:[Ss]tation|STATION|[Bb]ase|BASE|[Oo]utstation|OUTSTATION)[ \t]+({_CAPS_NAME})\b"
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
        {"COMMENT", "COMMENTS", "NOTE", "CHIEF", "OFFICER", "REPORT", "CABLE", "TRAFFIC",
         "ORIGIN", "ORIG", "WILL", "THE", "AND", "HAS", "REQUESTS", "ASSESSES", "POLICE",
         "FIRE", "BUS", "TRAIN", "RAILWAY", "POWER", "PUMPING", "GAS", "POLLING", "NAVAL"}
    )

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[Category.SOURCE.value, Category.COLLECTION.value],
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
        for rule, category, pattern in self.PATTERNS:
            if category.value not in entities:
                continue
            for match in pattern.finditer(text):
                words = [w for w in match.group(1).split() if w not in self.NOT_NAMES]
                if not words or match.group(1).split()[0] in self.NOT_NAMES:
                    continue
                name = " ".join(words)
                start = match.start(1)
                why = self.WHY_SOURCE if category is Category.SOURCE else self.WHY_STATION
                results.append(
                    result(self.NAME, category.value, start, start + len(name), 0.85, rule, why,
                           identifier=True)
                )
        return results
