"""A Presidio PatternRecognizer whose results carry tearline's reason and identifier flag."""

from typing import ClassVar

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from tearline.categories import IDENTIFIER_SUFFIX, Category, identifier_entity

#: Keys of ``RecognizerResult.recognition_metadata`` read by ``tearline.analyze.findings``.
WHY_KEY = "why"
IDENTIFIER_KEY = "identifier"


def line_pattern(name: str, expression: str, score: float) -> Pattern:
    """A Presidio Pattern whose ^ and $ match at every line, with that flag written into it.

    Presidio compiles a pattern once to validate it and again, with the recognizer's flags,
    the first time it matches. A pattern that carries its flags, in a recognizer that passes
    none, is compiled the second time with the same flags, which the regex module's cache
    answers: the patterns are long, and compiling them twice was a tenth of every cold start.
    """
    return Pattern(name, f"(?m){expression}", score)


class TaggedPatternRecognizer(PatternRecognizer):
    """Base of tearline's regex recognizers: Presidio's matching, plus two tags on each result.

    ``WHY`` (one sentence: why a recipient must not see this) is shown by ``tearline explain``.
    A result of a rule listed in ``IDENTIFIER_RULES`` names something (a selector, a serial, a
    station), so the decide stage removes its other mentions as well.
    """

    #: Presidio sets it in ``EntityRecognizer.__init__``, untyped; declared here for mypy.
    name: str

    WHY: ClassVar[str] = ""
    IDENTIFIER_RULES: ClassVar[frozenset[str]] = frozenset()
    #: The category a subclass reports, its patterns and context words.
    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[list[Pattern]] = []
    CONTEXT: ClassVar[list[str]] = []
    #: None passed to Presidio: each pattern carries its own (see `line_pattern`). No IGNORECASE
    #: and no DOTALL: capitals carry meaning (markings, serials, codenames) and a header is one
    #: line; a pattern that wants case-insensitivity opts in with (?i:...).
    REGEX_FLAGS: ClassVar[int] = 0

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_entity: str | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__(
            supported_entity=supported_entity or self.ENTITY,
            name=name or type(self).__name__,
            supported_language="en",
            patterns=[
                p if p.regex.startswith("(?m)") else line_pattern(p.name, p.regex, p.score)
                for p in (patterns or self.PATTERNS)
            ],
            context=context if context else list(self.CONTEXT),
            global_regex_flags=self.REGEX_FLAGS,
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Find matches of every pattern and tag each with the reason and identifier flag."""
        results: list[RecognizerResult] = super().analyze(
            text, entities, nlp_artifacts, regex_flags
        )
        for result in results:
            self.tag(result)
        return results

    def tag(self, result: RecognizerResult, identifier: bool | None = None) -> RecognizerResult:
        """Add the reason and the identifier flag (by default: from the rule) to a result."""
        if identifier is None:
            explanation = result.analysis_explanation
            rule = explanation.pattern_name if explanation is not None else None
            identifier = rule in self.IDENTIFIER_RULES
        if result.recognition_metadata is None:
            result.recognition_metadata = {}
        result.recognition_metadata[WHY_KEY] = self.WHY
        result.recognition_metadata[IDENTIFIER_KEY] = identifier
        if identifier and not result.entity_type.endswith(IDENTIFIER_SUFFIX):
            # its own entity type, so Presidio never folds it into a containing header line
            result.entity_type = identifier_entity(Category(result.entity_type))
        return result
