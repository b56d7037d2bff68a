"""Apply change decisions to the text with Presidio's AnonymizerEngine, then tidy each seam.

Presidio's operators do the replacing (`redact` for remove, `replace` for a neutral text); the
seams they leave (double spaces, dangling commas, a lowercase sentence start) are ours to tidy.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from tearline.model import Decision
from tearline.rewrite.tidy import Seam, tidy

if TYPE_CHECKING:
    from presidio_anonymizer import AnonymizerEngine
    from presidio_anonymizer.entities import OperatorConfig


@functools.cache
def _engine() -> AnonymizerEngine:
    from presidio_anonymizer import AnonymizerEngine

    return AnonymizerEngine()


def _operator(decision: Decision) -> OperatorConfig:
    from presidio_anonymizer.entities import OperatorConfig

    if decision.action == "remove":
        return OperatorConfig("redact")
    if decision.action == "replace":
        return OperatorConfig("replace", {"new_value": decision.replacement or ""})
    raise ValueError(f"no operator for action '{decision.action}'")


def rewrite(text: str, decisions: list[Decision]) -> str:
    """The text with every change decision applied and the seams tidied."""
    from presidio_anonymizer.entities import RecognizerResult

    changes = [d for d in decisions if d.action != "keep"]
    if not changes:
        return text
    # One entity type per decision, so each can carry its own operator.
    results = [
        RecognizerResult(f"D{i}", d.start, d.end, d.score) for i, d in enumerate(changes)
    ]
    operators = {f"D{i}": _operator(d) for i, d in enumerate(changes)}
    output = _engine().anonymize(text=text, analyzer_results=results, operators=operators)
    seams = [Seam(item.start, item.end) for item in output.items]
    return tidy(output.text, seams)
