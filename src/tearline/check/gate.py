"""The check that gates every output: fail closed when removed material survives.

Two independent tests, either of which withholds the output:
1. every removed string (normalized, case-folded, whitespace folded) is searched for in the
   output, so a name removed in one sentence cannot survive in another;
2. the output is scanned again with the policy's recognizers, and any span the policy would
   still remove is a hit. This also makes a released output a fixed point of the scrub.
"""

from __future__ import annotations

import re

from tearline.categories import Category
from tearline.load.normalize import normalize
from tearline.model import CheckHit, CheckResult, Decision, Finding
from tearline.policy.schema import Policy

CHECK_WHY = "found by the check in the rewritten text"

#: Removed strings shorter than this (after folding) are too generic to search for alone.
MIN_SEARCH_LENGTH = 3


def _pattern(fragment: str) -> re.Pattern[str] | None:
    words = normalize(fragment).text.split()
    if len("".join(words)) < MIN_SEARCH_LENGTH:
        return None
    body = r"\s+".join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def surviving_strings(original: str, output: str, decisions: list[Decision]) -> list[CheckHit]:
    """Removed strings that still appear in the output, with their output offsets."""
    view = normalize(output)
    hits: list[CheckHit] = []
    inserted = {d.replacement.casefold() for d in decisions if d.replacement}
    for decision in decisions:
        if decision.action == "keep":
            continue
        fragment = original[decision.start : decision.end]
        if fragment.strip().casefold() in inserted:
            continue
        pattern = _pattern(fragment)
        if pattern is None:
            continue
        for match in pattern.finditer(view.text):
            start, end = view.to_original(match.start(), match.end())
            hits.append(CheckHit(start, end, str(decision.category), decision.rule))
    return hits


def rescan_hits(findings: list[Finding], policy: Policy) -> list[CheckHit]:
    """Findings on the output that the policy would still change."""
    hits = []
    for finding in findings:
        rule = policy.rule_for(finding.category)
        if rule.action != "keep" and finding.score >= rule.threshold:
            if rule.text is not None and rule.text.strip():
                continue
            hits.append(CheckHit(finding.start, finding.end, str(finding.category), finding.rule))
    return hits


def hit_finding(hit: CheckHit) -> Finding:
    """A check hit as a finding on the draft, so the scrub can decide on it again."""
    return Finding(hit.start, hit.end, Category(hit.category), 0.9, hit.rule, CHECK_WHY)


def verdict(string_hits: list[CheckHit], scan_hits: list[CheckHit]) -> CheckResult:
    """Combine both tests into the verdict shown to the user."""
    hits = tuple(sorted({*string_hits, *scan_hits}, key=lambda h: (h.start, h.end)))
    if not hits:
        return CheckResult(passed=True)
    parts = []
    if string_hits:
        parts.append(f"{len(string_hits)} removed string(s) survive in the output")
    if scan_hits:
        parts.append(f"{len(scan_hits)} span(s) the policy removes are still in the output")
    return CheckResult(passed=False, hits=hits, reason="; ".join(parts))
