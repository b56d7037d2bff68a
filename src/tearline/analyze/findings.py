"""Run the analyzer over a normalized view of the text and map findings back to the original."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tearline.analyze.engine import LANGUAGE, analyzer_for
from tearline.categories import Category
from tearline.load.normalize import normalize
from tearline.model import Finding

if TYPE_CHECKING:
    from presidio_analyzer import RecognizerResult

    from tearline.policy.schema import Policy


def _finding(result: RecognizerResult, start: int, end: int) -> Finding:
    metadata = result.recognition_metadata or {}
    explanation = result.analysis_explanation
    rule = str(metadata.get("recognizer_name", "unknown"))
    if explanation is not None and explanation.pattern_name:
        rule = f"{rule}:{explanation.pattern_name}"
    why = str(metadata.get("why", "")) or (explanation.textual_explanation or "" if explanation else "")
    identifier = bool(metadata.get("identifier", False))
    category = Category(result.entity_type)
    return Finding(start, end, category, float(result.score), rule, why, identifier)


def find(text: str, policy: Policy) -> list[Finding]:
    """Every span the policy's recognizers find, in original offsets, sorted by position."""
    view = normalize(text)
    analyzer = analyzer_for(policy)
    results = analyzer.analyze(view.text, language=LANGUAGE, return_decision_process=True)
    findings = []
    for result in results:
        start, end = (
            (result.start, result.end)
            if view.is_identity
            else view.to_original(result.start, result.end)
        )
        findings.append(_finding(result, start, end))
    return sorted(findings, key=lambda f: (f.start, -f.end, f.category))
