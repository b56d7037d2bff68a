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

    changes = sorted((d for d in decisions if d.action != "keep"), key=lambda d: d.start)
    if not changes:
        return text
    ends = _closed_gaps(text, changes)
    # One entity type per decision, so each can carry its own operator.
    results = [
        RecognizerResult(f"D{i}", d.start, end, d.score)
        for i, (d, end) in enumerate(zip(changes, ends, strict=True))
    ]
    operators = {f"D{i}": _operator(d) for i, d in enumerate(changes)}
    output = _engine().anonymize(text=text, analyzer_results=results, operators=operators)
    tidied = tidy(output.text, _joined_seams([Seam(i.start, i.end) for i in output.items]))
    # Tidying drops a first line that a removal emptied, BOM and all; the BOM belongs to the
    # encoding, not to that line, so it stays wherever any text is kept.
    if text.startswith("\ufeff") and tidied and not tidied.startswith("\ufeff"):
        tidied = "\ufeff" + tidied
    return tidied


def _closed_gaps(text: str, changes: list[Decision]) -> list[int]:
    """Where each change ends once it also takes the spaces before the next change.

    "(S//NF) He stated that the" is two removals a space apart; removed as one run they leave
    one seam to tidy instead of two that would tidy the same spaces twice.
    """
    ends = []
    for current, following in zip(changes, [*changes[1:], None], strict=True):
        gap = text[current.end : following.start] if following else "x"
        ends.append(following.start if gap and not gap.strip(" \t") else current.end)
    return ends


def _joined_seams(seams: list[Seam]) -> list[Seam]:
    """Adjacent seams as one: the replacements of a run of changes stand side by side."""
    joined: list[Seam] = []
    for seam in sorted(seams, key=lambda s: s.start):
        if joined and seam.start <= joined[-1].end:
            joined[-1] = Seam(joined[-1].start, max(joined[-1].end, seam.end))
        else:
            joined.append(seam)
    return joined
