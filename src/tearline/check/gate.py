"""The check that gates every output: fail closed when removed material survives.

Three independent tests, any of which withholds the output:
1. every removed string (normalized, case-folded, whitespace folded) is searched for in the
   output, so a name removed in one sentence cannot survive in another;
2. the output is scanned again with the policy's recognizers, and any span the policy would
   still change is a hit. Only the blocks the rewrite changed are read again (`check.scope`);
   the others keep the findings already made on them. This also makes a released output a
   fixed point of the scrub;
3. the recognizers that rely on capitals (markings) also scan the output with its odd-cased
   words upper-cased (`check.casing`), so "NoFoRn" cannot pass for prose.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from typing import Any

from tearline.categories import Category, parse_entity
from tearline.check.casing import odd_case_view
from tearline.decide.carry_forward import OFFER_RULE, STATEMENT_RULE
from tearline.load.normalize import normalize
from tearline.model import CheckHit, CheckResult, Decision, Finding
from tearline.policy.schema import Policy
from tearline.policy.terms import own_banner

CHECK_WHY = "found by the check in the rewritten text"

#: Removed strings shorter than this (after folding) are too generic to search for alone.
MIN_SEARCH_LENGTH = 3

#: Registered recognizers whose grammar relies on capitals: test 3 runs them on the odd-case view.
CASE_SENSITIVE_RECOGNIZERS: tuple[str, ...] = ("tearline.marking.v1",)
ODD_CASING_RULE = "odd-casing"


def _pattern(fragment: str) -> re.Pattern[str] | None:
    words = normalize(fragment).text.split()
    if len("".join(words)) < MIN_SEARCH_LENGTH:
        return None
    body = r"\s+".join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def _may_occur(fragment: str, lowered: str) -> bool:
    """False only when an ASCII fragment's words are not all in the lower-cased ASCII text,
    so its pattern cannot match (a non-ASCII fragment may match by Unicode case rules)."""
    return not fragment.isascii() or all(w in lowered for w in fragment.lower().split())


def _inserted_spans(output: str, inserted: Iterable[str]) -> list[tuple[int, int]]:
    """Where the operators' own wording stands in the output (searched case-insensitively,
    since tidying may capitalize it at a sentence start)."""
    spans: list[tuple[int, int]] = []
    for text in {t.strip() for t in inserted if t.strip()}:
        pattern = re.compile(re.escape(text), re.IGNORECASE)
        spans.extend((m.start(), m.end()) for m in pattern.finditer(output))
    return spans


def surviving_strings(
    original: str,
    output: str,
    decisions: list[Decision],
    inserted: Iterable[str] = (),
    policy: Policy | None = None,
) -> list[CheckHit]:
    """Removed strings that still appear in the output, with their output offsets.

    `inserted` are the texts the operators put in (a generalized banner, "According to
    reporting,"): a match inside one of them is the policy's own wording, not a survivor, so
    sanitizing a released output again finds nothing to object to. A decision on a category
    the `policy` keeps only rewords it ("the group" -> "the Black Reed Front"): its old words
    are not removed material and may rightly stand elsewhere.
    """
    view = normalize(output)
    hits: list[CheckHit] = []
    ours = _inserted_spans(output, inserted)
    replacements = {d.replacement.casefold() for d in decisions if d.replacement}
    # Most removed strings are gone: where a plain lower-case search settles that, skip
    # compiling a pattern for them (only for ASCII text, where it agrees with IGNORECASE).
    lowered = view.text.lower() if view.text.isascii() else None
    for decision in decisions:
        if decision.action == "keep":
            continue
        if policy is not None and policy.rule_for(decision.category).action == "keep":
            continue
        fragment = original[decision.start : decision.end]
        if fragment.strip().casefold() in replacements:
            continue
        if lowered is not None and not _may_occur(normalize(fragment).text, lowered):
            continue
        pattern = _pattern(fragment)
        if pattern is None:
            continue
        for match in pattern.finditer(view.text):
            start, end = view.to_original(match.start(), match.end())
            if not any(s <= start and end <= e for s, e in ours):
                hits.append(CheckHit(start, end, str(decision.category), decision.rule))
    return hits


def _folded(text: str) -> str:
    return " ".join(normalize(text).text.casefold().split())


def rescan_hits(
    findings: list[Finding], policy: Policy, output: str | None = None
) -> list[CheckHit]:
    """Findings on the output that the policy would still change (tests 2 and 3).

    Given the `output` the findings were made on, a finding in a category the policy replaces
    is a hit unless it is only the replacement text itself (replacing it again would change
    nothing), and the odd-casing scan (test 3) runs too. Without `output`, every finding in a
    replaced category is passed over and test 3 is skipped.
    """
    hits = []
    for finding in findings:
        rule = policy.rule_for(finding.category)
        if rule.action == "keep" or finding.score < rule.threshold:
            continue
        if finding.rule.endswith((OFFER_RULE, STATEMENT_RULE)):
            continue  # an offer changes nothing where it stands
        if output is not None and own_banner(output, finding.start, finding.end, rule.banner):
            continue  # the policy's own release line
        if rule.text is not None and rule.text.strip():
            if output is None:
                continue
            if _folded(output[finding.start : finding.end]) == _folded(rule.text):
                continue
        hits.append(CheckHit(finding.start, finding.end, str(finding.category), finding.rule))
    if output:
        hits.extend(odd_case_hits(output, policy))
    return hits


@functools.cache
def _recognizer(name: str) -> Any:
    from tearline.analyze.registry import create

    return create(name)


def odd_case_hits(output: str, policy: Policy) -> list[CheckHit]:
    """Spans the case-sensitive recognizers find only once odd-cased words are upper-cased."""
    view = normalize(output)
    upper, changed = odd_case_view(view.text)
    if not changed:
        return []
    hits = []
    for name in policy.recognizers:
        if name not in CASE_SENSITIVE_RECOGNIZERS:
            continue
        recognizer = _recognizer(name)
        for result in recognizer.analyze(upper, list(recognizer.supported_entities)):
            category, _ = parse_entity(result.entity_type)
            rule = policy.rule_for(category)
            if rule.action == "keep" or result.score < rule.threshold:
                continue
            first_changed = bisect.bisect_left(changed, result.start)
            if first_changed == len(changed) or changed[first_changed] >= result.end:
                continue  # found without upper-casing anything: test 2 reports it
            explanation = result.analysis_explanation
            pattern = f":{explanation.pattern_name}" if explanation is not None else ""
            start, end = view.to_original(result.start, result.end)
            label = f"{ODD_CASING_RULE}:{recognizer.name}{pattern}"
            hits.append(CheckHit(start, end, str(category), label))
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
