"""Tests for the context enhancer: Presidio's scores, asked only where context words count."""

from pathlib import Path

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from tearline.analyze.context_enhancer import ContextEnhancer
from tearline.analyze.engine import LANGUAGE, analyzer_for
from tearline.policy import load_policy

SAMPLES = sorted((Path(__file__).parents[2] / "samples").glob("*.txt"))


@pytest.fixture(scope="module")
def analyzer() -> AnalyzerEngine:
    return analyzer_for(load_policy("duty-to-warn"))


def _raw_results(analyzer: AnalyzerEngine, text: str) -> tuple[list[RecognizerResult], object]:
    """Every recognizer's results for a text, before any context enhancement, as Presidio
    gathers them, with the text's NLP artifacts."""
    artifacts = analyzer.nlp_engine.process_text(text, LANGUAGE)
    results: list[RecognizerResult] = []
    for recognizer in analyzer.registry.recognizers:
        found = recognizer.analyze(text, analyzer.get_supported_entities(), artifacts)
        for result in found or []:
            metadata = result.recognition_metadata or {}
            metadata.setdefault(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, recognizer.id)
            metadata.setdefault(RecognizerResult.RECOGNIZER_NAME_KEY, recognizer.name)
            result.recognition_metadata = metadata
        results.extend(found or [])
    return results, artifacts


def _fields(results: list[RecognizerResult]) -> list[tuple[object, ...]]:
    return [
        (
            r.entity_type,
            r.start,
            r.end,
            r.score,
            r.analysis_explanation.supportive_context_word if r.analysis_explanation else None,
            r.analysis_explanation.score_context_improvement if r.analysis_explanation else None,
        )
        for r in results
    ]


@pytest.mark.parametrize("path", SAMPLES[:6], ids=lambda p: p.name)
def test_when_samples_enhanced_then_results_are_presidios(
    analyzer: AnalyzerEngine, path: Path
) -> None:
    text = path.read_text()
    raw, artifacts = _raw_results(analyzer, text)
    recognizers = analyzer.registry.recognizers
    presidio = LemmaContextAwareEnhancer().enhance_using_context(
        text,
        raw,
        artifacts,
        recognizers,  # type: ignore[arg-type]
    )
    ours = ContextEnhancer().enhance_using_context(
        text,
        raw,
        artifacts,
        recognizers,  # type: ignore[arg-type]
    )
    assert _fields(ours) == _fields(presidio)


def test_when_a_context_word_raises_a_score_then_the_raw_results_are_untouched(
    analyzer: AnalyzerEngine,
) -> None:
    text = SAMPLES[0].read_text()
    raw, artifacts = _raw_results(analyzer, text)
    before = _fields(raw)
    enhanced = ContextEnhancer().enhance_using_context(
        text,
        raw,
        artifacts,
        analyzer.registry.recognizers,  # type: ignore[arg-type]
    )
    assert any(fields[4] for fields in _fields(enhanced))  # a context word raised a score
    assert _fields(raw) == before


TOKENS = ["The", "cell", "met", "at", "Gate", "7", "."]


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        (0, 0),  # the first token's start
        (2, 0),  # inside the first token
        (3, 1),  # the space after it: the next token
        (4, 1),
        (9, 2),
        (15, 4),  # the space before "Gate"
        (16, 4),
        (21, 5),
        (22, 6),  # the full stop
    ],
)
def test_when_a_match_starts_at_an_offset_then_its_token_is_presidios(
    start: int, expected: int
) -> None:
    text = "The cell met at Gate 7."
    indices = [0, 4, 9, 13, 16, 21, 22]
    assert [text[i : i + len(t)] for i, t in zip(indices, TOKENS, strict=True)] == TOKENS
    presidio = LemmaContextAwareEnhancer._find_index_of_match_token("w", start, TOKENS, indices)
    ours = ContextEnhancer._find_index_of_match_token("w", start, TOKENS, indices)
    assert (ours, presidio) == (expected, expected)


def test_when_no_token_follows_the_offset_then_it_is_an_error_without_the_text() -> None:
    with pytest.raises(ValueError, match="offset 40") as raised:
        ContextEnhancer._find_index_of_match_token("secret", 40, ["a"], [0])
    assert "secret" not in str(raised.value)
