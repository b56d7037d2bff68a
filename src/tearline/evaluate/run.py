"""Evaluate a folder: sanitize every report that has a gold file and score it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tearline.errors import InputError
from tearline.evaluate.gold import gold_path, load_gold
from tearline.evaluate.scorer import Score, score
from tearline.load.documents import read_document
from tearline.policy import Policy


@dataclass(frozen=True)
class ReportScore:
    """One report's score; `withheld` reports are scored on an empty output."""

    name: str
    score: Score
    withheld: bool


def reports_with_gold(folder: Path) -> list[Path]:
    """Every `NAME.txt` directly in `folder` with a `NAME.gold.yaml` beside it, sorted."""
    if not folder.is_dir():
        raise InputError(f"{folder}: not a directory")
    return sorted(p for p in folder.glob("*.txt") if gold_path(p).is_file())


def evaluate(folder: Path, policy: Policy) -> list[ReportScore]:
    """Sanitize and score every report with a gold file in `folder`."""
    from tearline.pipeline import redact

    reports = reports_with_gold(folder)
    if not reports:
        raise InputError(f"{folder}: no NAME.txt with a NAME.gold.yaml beside it")
    scores = []
    for report in reports:
        gold = load_gold(gold_path(report))
        result = redact(read_document(report), policy)
        output = result.text if result.text is not None else ""
        scores.append(ReportScore(report.stem, score(output, gold), result.withheld))
    return scores


def totals(scores: list[ReportScore]) -> dict[str, Any]:
    """Leaked and retained counts over all reports, with their rates."""
    leaked = sum(len(s.score.leaked) for s in scores)
    removes = sum(s.score.removes for s in scores)
    kept = sum(s.score.kept for s in scores)
    keeps = sum(s.score.keeps for s in scores)
    return {
        "leaked": leaked,
        "removes": removes,
        "leak_rate": leaked / removes if removes else 0.0,
        "retained": kept,
        "keeps": keeps,
        "retention": kept / keeps if keeps else 1.0,
        "withheld": sum(s.withheld for s in scores),
    }
