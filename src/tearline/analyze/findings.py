"""Run the analyzer over a normalized view of the text and map findings back to the original.

`find` analyzes one text; `find_many` streams several through spaCy's `nlp.pipe` at once,
which is how a folder run keeps the model busy, with the same findings for each text.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from typing import TYPE_CHECKING

from tearline.analyze.engine import LANGUAGE, analyzer_for, model_for
from tearline.categories import parse_entity
from tearline.load.normalize import NormalizedText, analysis_view
from tearline.model import Finding, by_position

if TYPE_CHECKING:
    from presidio_analyzer import RecognizerResult

    from tearline.policy.schema import Policy


def _finding(result: RecognizerResult, start: int, end: int) -> Finding:
    metadata = result.recognition_metadata or {}
    explanation = result.analysis_explanation
    rule = str(metadata.get("recognizer_name", "unknown"))
    if explanation is not None and explanation.pattern_name:
        rule = f"{rule}:{explanation.pattern_name}"
    explained = (explanation.textual_explanation or "") if explanation is not None else ""
    why = str(metadata.get("why", "")) or explained
    category, identifier = parse_entity(result.entity_type)
    replacement = metadata.get("replacement")
    return Finding(
        start,
        end,
        category,
        float(result.score),
        rule,
        why,
        identifier,
        str(replacement) if replacement is not None else None,
    )


def find(text: str, policy: Policy) -> list[Finding]:
    """Every span the policy's recognizers find, in original offsets, sorted by position."""
    return find_many([text], policy)[0]


def find_many(texts: Sequence[str], policy: Policy) -> list[list[Finding]]:
    """`find` for each text, with spaCy processing them together in one `nlp.pipe` batch.

    What Presidio's BatchAnalyzerEngine does, with one step between the parse and the
    recognizers: a recognizer with a `prepare_batch(docs)` method sees the whole batch first,
    so it can run a costly model once for all of it. Inside a `memory_zone` unless the caller
    holds one open.
    """
    if not texts:
        return []
    views = [analysis_view(text) for text in texts]
    analyzer = analyzer_for(policy)
    with memory_zone(policy):
        parsed = [
            artifacts
            for _, artifacts in analyzer.nlp_engine.process_batch(
                [view.text for view in views], language=LANGUAGE, batch_size=len(views)
            )
        ]
        docs = [artifacts.tokens for artifacts in parsed]
        for recognizer in analyzer.registry.recognizers:
            prepare = getattr(recognizer, "prepare_batch", None)
            if prepare is not None:
                prepare(docs)
        return [
            _mapped(
                view,
                analyzer.analyze(
                    view.text,
                    language=LANGUAGE,
                    nlp_artifacts=artifacts,
                    return_decision_process=True,
                ),
            )
            for view, artifacts in zip(views, parsed, strict=True)
        ]


_zone_open: ContextVar[bool] = ContextVar("tearline_memory_zone_open", default=False)


@contextlib.contextmanager
def memory_zone(policy: Policy) -> Iterator[None]:
    """Free the strings spaCy adds to its vocabulary for new names and numbers when the block
    ends, so a process that sanitizes thousands of reports does not grow.

    Only findings (plain values) may leave the block, never a spaCy object. Zones do not
    nest: inside one, this does nothing, so a caller can hold one zone open over several
    `find_many` passes (each zone start costs re-tokenizing words the zone forgot).
    """
    if _zone_open.get():
        yield
        return
    token = _zone_open.set(True)
    try:
        with model_for(policy).memory_zone():
            yield
    finally:
        _zone_open.reset(token)


def _mapped(view: NormalizedText, results: list[RecognizerResult]) -> list[Finding]:
    """Findings in original offsets, sorted by position."""
    findings = []
    for result in results:
        start, end = (
            (result.start, result.end)
            if view.is_identity
            else view.to_original(result.start, result.end)
        )
        findings.append(_finding(result, start, end))
    return sorted(findings, key=by_position)
