"""Find NATO Admiralty source-reliability codes such as "(B2)" or "graded A-1"."""

from typing import ClassVar

import regex
from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from tearline.analyze.recognizers.tagged_pattern_recognizer import (
    TaggedPatternRecognizer,
    line_pattern,
)
from tearline.categories import Category

# Source reliability A-F, then credibility of the information 1-6: B2, A-1, C/3.
_CODE = r"[A-F][-/]?[1-6]"
_BRACKETED_RULE = "admiralty_code_in_brackets"
_WORD = regex.compile(r"\w[\w'-]*")
# The same scales in words. The source's reliability goes with its letter, the credibility
# of the item with its digit: "usually reliable (B)", "probably true (2)"; the police 5x5x5 and
# 3x5x2 scales word their grades alike ("known directly", "suspected to be false").
_RELIABILITY_WORDS = (
    r"(?i:(?:completely|usually|fairly|not[ \t]++usually|always|mostly|sometimes)[ \t]++reliable"
    r"|unreliable|reliability[ \t]++cannot[ \t]++be[ \t]++judged|untested[ \t]++source)"
)
_CREDIBILITY_WORDS = (
    r"(?i:confirmed[ \t]++by[ \t]++other[ \t]++sources|(?:probably|possibly|doubtfully)"
    r"[ \t]++true|truth[ \t]++cannot[ \t]++be[ \t]++judged|suspected[ \t]++to[ \t]++be"
    r"[ \t]++false|known[ \t]++(?:directly|indirectly)(?:[ \t]++to[ \t]++the[ \t]++source)?)"
)
_CODED_GRADE = (
    rf"(?:{_RELIABILITY_WORDS}[ \t]*+[(\[][A-F][)\]]|{_CREDIBILITY_WORDS}[ \t]*+[(\[][1-6][)\]])"
)
_GRADE = (
    rf"(?:{_RELIABILITY_WORDS}(?:[ \t]*+[(\[][A-F][)\]])?"
    rf"|{_CREDIBILITY_WORDS}(?:[ \t]*+[(\[][1-6][)\]])?)"
)
# Between two grades: a comma, a slash or "and", perhaps at the end of a wrapped line.
_BETWEEN_GRADES = r"[ \t]*+(?:[,;/][ \t]*+)?(?:\r?\n[ \t]*+)?(?:(?i:and)[ \t]++)?"
# A sentence ends at . ! ? before a space, or at a blank line.
_SENTENCE_END = regex.compile(r"[.!?](?=\s)|\n[ \t]*\n")


class ReliabilityCodeRecognizer(TaggedPatternRecognizer):
    """Recognize NATO Admiralty reliability codes that grade a source and its information.

    A code after a grading word ("graded B2", "reliability: C3") scores 0.85: the word says what
    it is. A code just before a source noun ("a B2 source") scores 0.7. A bare code in brackets
    ("(B2)") is ambiguous with road, aircraft and paper-size names such as "(A1) motorway", so it
    scores 0.3 on its own and 0.85 when a context word (source, reliability, graded, ...) is
    among the eight words before it or the three after it in the same sentence. "Report",
    "reported", "reporting" and "access" are common in other senses, so they count only within
    four words before or two after ("direct access (B2)", "(A-1) reporting").
    0.3 is below the 0.4 floor Presidio uses for context-supported matches, so a policy threshold
    of 0.4 keeps the code only where context supports it.

    The context is judged here rather than by Presidio's context enhancer, and every result is
    marked as already judged, so a code scores the same whether this recognizer runs alone or in
    an ``AnalyzerEngine``.
    """

    WHY: ClassVar[str] = (
        "A reliability grade describes the source's track record and access, which helps the "
        "recipient identify the source."
    )

    ENTITY: ClassVar[str] = Category.SOURCE.value

    PATTERNS: ClassVar[list[Pattern]] = [
        line_pattern(
            "admiralty_code_after_grading_word",
            r"\b(?i:graded|grading|rated|evaluated|evaluation|assessed|reliability)"
            # Possessive blanks (++, *+): a long run of them is not re-split on failure.
            r"(?:[ \t]++(?i:as|of|code|grade|rating)\b)?+[ \t]*+[:=]?[ \t]*+"
            rf"(?:\({_CODE}\)|\[{_CODE}\]|{_CODE})(?![\w-])",
            0.85,
        ),
        line_pattern(
            # a three-part grading of source, information and handling (5x5x5 "B/2/4",
            # 3x5x2 "2/B/P"), which follows a grading word as the Admiralty code does
            "three_part_grade_after_grading_word",
            r"\b(?i:graded|grading|rated|evaluated|evaluation|assessed|reliability)"
            r"(?:[ \t]++(?i:as|of|code|grade|rating)\b)?+[ \t]*+[:=]?[ \t]*+"
            r"(?:[1-5][-/][A-E]|[A-E][-/][1-5])[-/][1-5PC](?![\w-])",
            0.85,
        ),
        line_pattern(
            "admiralty_code_before_source_word",
            rf"(?<![\w-]){_CODE}(?=[ \t]+(?i:(?:sub-?)?sources?|reporting|reports?|informants?"
            r"|assets?|information)\b)",
            0.7,
        ),
        line_pattern(
            # "usually reliable (B), probably true (2)": a grade in words, with its code
            "grade_in_words_with_code",
            rf"\b{_CODED_GRADE}(?:{_BETWEEN_GRADES}{_GRADE})*+",
            0.85,
        ),
        line_pattern(
            # "Grading: usually reliable, probably true.": grades in words after their label,
            # also where the label does not start the line
            "grade_in_words_after_label",
            r"\b(?i:grading|graded|grade|evaluation|evaluated)[ \t]*+:[ \t]*+"
            rf"{_GRADE}(?:{_BETWEEN_GRADES}{_GRADE})*+",
            0.85,
        ),
        line_pattern(_BRACKETED_RULE, rf"\({_CODE}\)|\[{_CODE}\]", 0.3),
    ]

    CONTEXT: ClassVar[list[str]] = [
        "source",
        "reliability",
        "reliable",
        "reliably",
        "graded",
        "grading",
        "reporting",
        "reported",
        "report",
        "access",
        "asset",
        "informant",
        "credibility",
        "evaluated",
        "walk-in",
        "defector",
    ]

    #: Score of a bracketed code with a context word nearby.
    CONTEXT_SCORE: ClassVar[float] = 0.85
    #: How many words before and after a bracketed code are searched for context.
    WORDS_BEFORE: ClassVar[int] = 8
    WORDS_AFTER: ClassVar[int] = 3
    #: Context words too common in reports to count from afar, and how near they must be.
    NEAR_ONLY_CONTEXT: ClassVar[frozenset[str]] = frozenset(
        {"reporting", "reported", "report", "access"}
    )
    NEAR_WORDS_BEFORE: ClassVar[int] = 4
    NEAR_WORDS_AFTER: ClassVar[int] = 2

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_entity: str | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__(patterns, context, supported_entity, name)
        words = "|".join(regex.escape(word) for word in self.context)
        # A context word may be inflected or prefixed: "sources", "sub-source", "reports".
        self._context_word = regex.compile(rf"(?i)\b(?:sub-?)?({words})")

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Find codes, then raise a bracketed code's score where context words support it."""
        results: list[RecognizerResult] = super().analyze(
            text, entities, nlp_artifacts, regex_flags
        )
        for result in results:
            explanation = result.analysis_explanation
            if explanation is not None and explanation.pattern_name == _BRACKETED_RULE:
                word = self._supporting_word(text, result.start, result.end)
                if word:
                    result.score = self.CONTEXT_SCORE
                    explanation.set_improved_score(self.CONTEXT_SCORE)
                    explanation.set_supportive_context_word(word)
            result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
        return EntityRecognizer.remove_duplicates(results)

    def _supporting_word(self, text: str, start: int, end: int) -> str:
        """Return the context word near a code in the same sentence, or "" if there is none."""
        before = _SENTENCE_END.split(text[max(start - 300, 0) : start])[-1]
        after = _SENTENCE_END.split(text[end : end + 200])[0]
        words_before = _WORD.findall(before)[-self.WORDS_BEFORE :]
        words_after = _WORD.findall(after)[: self.WORDS_AFTER]
        near = words_before[-self.NEAR_WORDS_BEFORE :] + words_after[: self.NEAR_WORDS_AFTER]
        for word in near:
            if context_word := self._context_word_in(word):
                return context_word
        for word in words_before + words_after:
            context_word = self._context_word_in(word)
            if context_word and context_word not in self.NEAR_ONLY_CONTEXT:
                return context_word
        return ""

    def _context_word_in(self, word: str) -> str:
        """Return the context word that ``word`` is a form of, or ""."""
        match = self._context_word.match(word)
        return str(match.group(1)).lower() if match else ""
