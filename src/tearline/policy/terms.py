"""A policy's own terms around the registered recognizers: its regexes, deny list and allow list.

`with_policy_terms` takes the recognizers' findings on a text and returns them with
- a finding for each match of the policy's `patterns`, run by the `regex` module with a
  timeout (the static check in `regex_check` rejects the usual catastrophic shapes; the
  timeout catches the rest), on the same normalized view the recognizers read;
- a finding for every mention of each `deny` term (case-insensitive, whole words, any run of
  whitespace), under the category it is listed in;
- for a pattern marked `identifier`, a finding for every other mention of each part of the
  name ("Dorn" after "Kasimir Dorn"), so a generalized or removed name does not survive in
  the next sentence; the decide stage does this for personnel and sources, not for the other
  categories a policy pattern may report;
and without every finding whose whole text is an `allow` term (compared case-insensitively,
whitespace folded), which is how Presidio's own allow list works.

Errors name the pattern, never the text it ran on.
"""

from __future__ import annotations

import functools
import re

import regex

from tearline.errors import PolicyError
from tearline.load.normalize import NormalizedText, normalize
from tearline.model import Finding
from tearline.policy.schema import Policy

#: Seconds one policy regex may run on one document before the scrub stops with an error.
PATTERN_TIMEOUT = 1.0
PATTERN_RULE = "policy-pattern"
DENY_RULE = "policy-deny"
MENTION_RULE = "policy-mention"
DENY_SCORE = 1.0
#: A part of a name worth looking for alone: capitalized, three letters or more.
_NAME_PART = re.compile(r"[A-Z][a-zA-Z'\u2019\-]{2,}")
#: The whole name inside a finding ("Kasimir Dorn" in "named Kasimir Dorn").
_FULL_NAME = re.compile(r"[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)+")
#: A name part used as a modifier ("the Orlov syndicate", "Orlov Marina"): that names the
#: group or a place, which the policy keeps, not the person.
_ATTRIBUTIVE_AFTER = re.compile(
    r"[ \t]+(?:[A-Z]|(?:cartel|syndicate|clan|network|family|gang|group|brigade|brotherhood|"
    r"movement|organi[sz]ation|crew|cell|faction)\b)"
)
_ATTRIBUTIVE_BEFORE = re.compile(r"\bthe[ \t]+$", re.IGNORECASE)


def _folded(text: str) -> str:
    return " ".join(normalize(text).text.casefold().split())


@functools.lru_cache(maxsize=256)
def _compiled(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern)


def _spans(view: NormalizedText, pattern: regex.Pattern[str], name: str) -> list[tuple[int, int]]:
    try:
        matches = list(pattern.finditer(view.text, timeout=PATTERN_TIMEOUT))
    except TimeoutError as e:
        raise PolicyError(
            f"policy pattern '{name}' ran longer than {PATTERN_TIMEOUT:g}s on this document "
            "and was stopped; simplify the regex (fewer nested or adjacent repeats)"
        ) from e
    spans = []
    for match in matches:
        if match.end() > match.start():
            spans.append(view.to_original(match.start(), match.end()))
    return spans


def _pattern_findings(view: NormalizedText, policy: Policy) -> list[Finding]:
    findings = []
    for name, spec in policy.patterns.items():
        for start, end in _spans(view, _compiled(spec.regex), name):
            findings.append(
                Finding(
                    start,
                    end,
                    spec.category,
                    spec.score,
                    f"{PATTERN_RULE}:{name}",
                    f"matches the policy's pattern '{name}'",
                    identifier=spec.identifier,
                )
            )
    return findings


def _word_pattern(needle: str) -> str:
    words = normalize(needle).text.split()
    return r"(?<!\w)" + r"\s+".join(regex.escape(w) for w in words) + r"(?!\w)"


def _deny_findings(view: NormalizedText, policy: Policy) -> list[Finding]:
    findings = []
    for category, terms in policy.deny.items():
        for term in terms:
            pattern = regex.compile(_word_pattern(term), regex.IGNORECASE)
            for start, end in _spans(view, pattern, f"deny: {category.value}"):
                findings.append(
                    Finding(
                        start,
                        end,
                        category,
                        DENY_SCORE,
                        DENY_RULE,
                        "on the policy's deny list",
                        identifier=True,
                    )
                )
    return findings


def _name_mentions(text: str, view: NormalizedText, findings: list[Finding]) -> list[Finding]:
    """Every mention of the whole name an identifier pattern found, and of each part of it,
    except where the name or part modifies a group or a place ("the Dorn network")."""
    mentions = []
    seen: set[tuple[int, int]] = set()
    for finding in findings:
        if not finding.identifier or not finding.rule.startswith(PATTERN_RULE):
            continue
        surface = text[finding.start : finding.end]
        for part in {*_FULL_NAME.findall(surface), *_NAME_PART.findall(surface)}:
            pattern = regex.compile(_word_pattern(part), regex.IGNORECASE)
            for start, end in _spans(view, pattern, finding.rule.partition(":")[2]):
                if _ATTRIBUTIVE_AFTER.match(text, end) or _ATTRIBUTIVE_BEFORE.search(
                    text, max(0, start - 8), start
                ):
                    continue
                if (start, end) in seen:
                    continue
                seen.add((start, end))
                mentions.append(
                    Finding(
                        start,
                        end,
                        finding.category,
                        finding.score,
                        f"{MENTION_RULE}:{finding.rule}",
                        "another mention of a name the policy's pattern found",
                    )
                )
    return mentions


def with_policy_terms(text: str, findings: list[Finding], policy: Policy) -> list[Finding]:
    """The findings plus the policy's patterns and deny list, less its allowed terms."""
    if not (policy.patterns or policy.deny or policy.allow):
        return findings
    view = normalize(text)
    own = [*_pattern_findings(view, policy), *_deny_findings(view, policy)]
    every = [*findings, *own, *_name_mentions(text, view, own)]
    allowed = {_folded(term) for term in policy.allow}
    if allowed:
        every = [f for f in every if _folded(text[f.start : f.end]) not in allowed]
    return sorted(every, key=lambda f: (f.start, -f.end, f.category))


def own_banner(text: str, start: int, end: int, banner: str | None) -> tuple[int, int] | None:
    """Where the banner the policy itself writes stands around a span ("SECRET//REL" of
    "SECRET//REL TO PARTNER  (when complete)"), or None. The span is the release's own line:
    read as a part, it would have the banner written over it again on every pass."""
    if not banner:
        return None
    window_start = max(0, end - len(banner))
    window = text[window_start : start + len(banner)]
    for match in re.finditer(re.escape(banner), window):
        if window_start + match.start() <= start and end <= window_start + match.end():
            return window_start + match.start(), window_start + match.end()
    return None
