"""Apply a policy to findings: thresholds, actions, overlaps and every other mention.

Overlaps are resolved towards removal: a remove span inside a keep span is still removed, and
overlapping removals merge into one, so nothing between them survives by accident.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from tearline.categories import Category
from tearline.decide.carry_forward import (
    OFFER_RULE,
    STATEMENT_RULE,
    carried_forward,
    offered_names,
    stated_leaders,
)
from tearline.load.normalize import ITEM_MARK
from tearline.model import Decision, Finding
from tearline.policy.schema import Policy
from tearline.policy.terms import own_banner

MENTION_RULE = "every-mention"
#: Quote marks around an identifier found quoted.
_QUOTES = "\"'\u201c\u201d\u2018\u2019"
#: A Title-case word right after a mention: the mention is part of a longer proper name.
_LONGER_NAME = re.compile(r"[ \t]+[A-Z][a-z]")
_NAME_PART = re.compile(r"[A-Z][a-zA-Z'\-]{2,}")
_SHORT_GIVEN_NAME = re.compile(r"\b[A-Z][a-z](?=[ \t]+[A-Z][a-z'\-]{2,})")
#: The short form a report gives a person in brackets right after the name, and then uses
#: alone: initials ("Insp. Karel Marand (KM)") or a call-sign ("PC Dara Fenn (Blue 0)").
#: A person's name of two or three words right before a bracket; an office's name ("the
#: Directorate of State Protection (DSP)") hangs on "of" or "the".
_NAME_BEFORE = re.compile(r"(?<!\bof )(?<!\bthe )\b[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+){1,2}$")
_BRACKETED_ALIAS = re.compile(r"[ \t]*\((?P<alias>[A-Z]{2,4}|[A-Z][a-z]{2,10}[ \t]\d{1,2})\)")
#: Words that make a name an office or unit, whose parts ("GROUP", "HALDEN") are not names.
_ORGANIZATION_WORDS = frozenset(
    {
        "group",
        "team",
        "unit",
        "analysis",
        "section",
        "office",
        "division",
        "cell",
        "branch",
        "service",
        "agency",
        "desk",
        "station",
        "bureau",
        "department",
        "command",
        "squadron",
        "sqn",
        "centre",
        "center",
        "police",
        "constabulary",
        "embassy",
        "consulate",
        "ministry",
        "directorate",
        "staff",
        "base",
        "operations",
        "intelligence",
        "security",
    }
)
#: Titles before a name, never searched for on their own.
_TITLES = frozenset(
    {
        "mr",
        "ms",
        "mrs",
        "dr",
        "col",
        "maj",
        "capt",
        "sgt",
        "ssgt",
        "det",
        "insp",
        "inspector",
        "officer",
        "sergeant",
        "captain",
        "major",
        "colonel",
        "the",
        "staff",
        "corporal",
        "constable",
        "detective",
        "lieutenant",
        "superintendent",
        "supt",
        "cpl",
        "lcpl",
        "spc",
        "specialist",
        "police",
        "first",
        "master",
        "gunnery",
        "warrant",
        "dci",
        "dsi",
        "dsu",
        "dcs",
        "pte",
    }
)


#: Words of a title that are no title alone: "the", and the first word of "Staff Sergeant",
#: "Police Constable" or "Case officer" (a role, which the finding itself may start with).
_TITLE_PREFIXES = frozenset(
    {"the", "staff", "first", "master", "gunnery", "warrant", "police", "officer"}
)
#: A title just before a mention of a name: "Col." of "Col. Rusev briefed that ...". It goes
#: with the name, or "Col. The movement plans ..." is left once the frame is cut.
_TITLE_BEFORE = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(sorted(_TITLES - _TITLE_PREFIXES, key=len, reverse=True))
    + r")\.?[ \t]+\Z",
    re.IGNORECASE,
)


#: Initials just before a mention of a surname: "C." of "C. Penn - sanitised warning".
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.[ \t]?){1,2}[ \t]*\Z")


def _with_title(text: str, start: int) -> int:
    """Where a mention of a name starts once the titles and initials just before it are taken
    too: left alone, "C." of "C. Penn" reads as a stray letter."""
    initials = _INITIALS_BEFORE.search(text, max(0, start - 8), start)
    if initials is not None:
        start = initials.start()
    while (title := _TITLE_BEFORE.search(text, max(0, start - 30), start)) is not None:
        start = title.start()
    return start


def _personal_name(surface: str) -> bool:
    """True for a person's name ("R. HALLORAN", "Lena Drescher"), not an office's."""
    words = re.findall(r"[A-Za-z'-]+", surface)
    return 1 <= len(words) <= 4 and not any(w.lower() in _ORGANIZATION_WORDS for w in words)


def _decision(finding: Finding, policy: Policy) -> Decision:
    rule = policy.rule_for(finding.category)
    if finding.replacement is not None and rule.action == "keep":
        # a kept category reworded by a recognizer: the information stays, in other words
        return Decision(
            start=finding.start,
            end=finding.end,
            category=finding.category,
            action="replace",
            rule=finding.rule,
            score=finding.score,
            why=finding.why,
            replacement=finding.replacement,
        )
    return Decision(
        start=finding.start,
        end=finding.end,
        category=finding.category,
        action=rule.action,
        rule=finding.rule,
        score=finding.score,
        why=finding.why,
        replacement=rule.text,
    )


def _strength(decision: Decision) -> tuple[int, float, int]:
    """Which of two overlapping decisions names the merged span: remove, then score, length."""
    return (decision.action == "remove", decision.score, decision.end - decision.start)


def _merge(changes: list[Decision]) -> list[Decision]:
    """Merge overlapping changes; touching ones stay apart (the rewriter joins their seams)."""
    merged: list[Decision] = []
    for decision in sorted(changes, key=lambda d: (d.start, -d.end)):
        if merged and decision.start < merged[-1].end:
            last = merged[-1]
            lead = max(last, decision, key=_strength)
            merged[-1] = Decision(
                start=last.start,
                end=max(last.end, decision.end),
                category=lead.category,
                action=lead.action,
                rule=lead.rule,
                score=max(last.score, decision.score),
                why=lead.why,
                replacement=lead.replacement,
            )
        else:
            merged.append(decision)
    return merged


def _mentions(text: str, findings: list[Finding]) -> Iterable[Finding]:
    """Other mentions of removed identifiers: the same string in any casing, and for a
    person's name each capitalized part (a first name alone in a signature)."""
    for finding in findings:
        aliases = _aliases(text, finding)
        if not finding.identifier and not aliases:
            continue
        surface = text[finding.start : finding.end].strip()
        needles = {surface} if finding.identifier else set()
        bare = surface.strip(_QUOTES)
        if finding.identifier and bare != surface and bare and not any(c.isspace() for c in bare):
            # 'the account "greywick"' found with its quotes: "keep greywick passive" names it
            # bare (a quoted name of several words may be part of a longer name, and stays)
            needles.add(bare)
        personal = finding.category in (Category.PERSONNEL, Category.SOURCE)
        personal = personal and finding.identifier and _personal_name(surface)
        if personal:
            needles.update(p for p in _NAME_PART.findall(surface) if p.lower() not in _TITLES)
            # a short given name before the surname ("Jo" of "PC Jo Ventry") goes alone too
            needles.update(
                p for p in _SHORT_GIVEN_NAME.findall(surface) if p.lower() not in _TITLES
            )
        for needle in needles | aliases:
            # a short form keeps its capitals: "KM" is the inspector, "km" a distance
            flags = 0 if needle in aliases else re.IGNORECASE
            pattern = re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)", flags)
            for match in pattern.finditer(text):
                longer = _LONGER_NAME.match(text, match.end())
                after = _NAME_PART.match(text, longer.end() - 2) if longer else None
                elsewhere = not (finding.start <= match.start() < finding.end)
                part = match.group(0) != surface or " " not in surface
                if longer and part and not (after and after[0] in needles):
                    # "Strelsau Palace of Justice" is a place, not the station; but "Owen
                    # Tarrant" is the same man as "Maj. Owen Tarrant"; and the "Tom" a
                    # greeting names is not "Tom Varga" of the plot
                    continue
                # "LANTERN/3", "NM/CHIS/0417": the whole code the mention is part of
                start, end = _whole_code(text, match.start(), match.end())
                yield Finding(
                    _with_title(text, start) if personal and elsewhere else start,
                    end,
                    finding.category,
                    finding.score,
                    f"{MENTION_RULE}:{finding.rule}",
                    "another mention of a removed identifier",
                    identifier=False,
                )


#: A code whose parts a slash joins, with a number among them: "NM/CHIS/0417".
_SLASHED_CODE = re.compile(r"[\w-]+(?:/[\w-]+)+")


def _whole_code(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole reference a mention stands in when a slash joins it to the rest and a number
    is part of it ("NM/CHIS/0417" around "CHIS"): the code files what the name does, and its
    other parts left alone read "NM/ /0417"."""
    if text[start - 1 : start] != "/" and text[end : end + 1] != "/":
        return start, end
    left = start
    while left > 0 and (text[left - 1].isalnum() or text[left - 1] in "/-_"):
        left -= 1
    code = _SLASHED_CODE.match(text, left)
    if code is None or code.end() < end or not any(c.isdigit() for c in code.group(0)):
        return start, end
    return code.start(), code.end()


def _aliases(text: str, finding: Finding) -> set[str]:
    """The short forms an officer's line gives in brackets after each name ("Watch officer:
    Joanna Quarrie (JQ)   Deputy: Samir Haddou (SH)"), or right after the name found."""
    if finding.category is not Category.PERSONNEL:
        return set()
    return {
        alias["alias"]
        for alias in _BRACKETED_ALIAS.finditer(text, finding.start, finding.end + 16)
        if alias.start() <= finding.end and _NAME_BEFORE.search(text, 0, alias.start())
    }


def _as_own_banner(text: str, finding: Finding, policy: Policy) -> Finding:
    """A finding inside the policy's own banner, widened to the whole banner, which the
    policy then writes as it stands."""
    span = own_banner(text, finding.start, finding.end, policy.rule_for(finding.category).banner)
    if span is None:
        return finding
    return dataclasses.replace(finding, start=span[0], end=span[1])


_ITEM_MARK = re.compile(ITEM_MARK)


def _without_item_mark(text: str, change: Decision) -> Decision:
    """A change that starts with a list item's mark and leaves the rest of the item's line
    keeps the mark: "- 12 March: subject said the cell has four men" reads "- The cell has
    four men", still an item of its list."""
    line_start = text.rfind("\n", 0, change.start) + 1
    mark = _ITEM_MARK.match(text, change.start)
    if mark is None or text[line_start : change.start].strip(" \t"):
        return change
    line_end = text.find("\n", change.end)
    rest = text[change.end : len(text) if line_end == -1 else line_end]
    if mark.end() >= change.end or not any(c.isalnum() for c in rest):
        return change
    return dataclasses.replace(change, start=mark.end())


def decide(text: str, findings: list[Finding], policy: Policy) -> list[Decision]:
    """The decisions for one document, sorted by position, changes never overlapping."""
    kept: list[Decision] = []
    changes: list[Decision] = []
    strong = [
        _as_own_banner(text, f, policy)
        for f in findings
        if f.score >= policy.rule_for(f.category).threshold
    ]
    removing = [f for f in strong if policy.rule_for(f.category).action != "keep"]
    for finding in [*strong, *_mentions(text, removing)]:
        decision = _decision(finding, policy)
        (kept if decision.action == "keep" else changes).append(decision)
    # an offered name is taken up only where it went with a removal, and only by a policy
    # that keeps who the perpetrators are
    offers = [c for c in changes if c.rule.endswith(OFFER_RULE)]
    statements = [c for c in changes if c.rule.endswith(STATEMENT_RULE)]
    changes = [c for c in changes if c not in offers and c not in statements]
    if policy.rule_for(Category.PERPETRATOR).action != "keep":
        offers, statements = [], []
    merged = _merge(changes)
    moved = carried_forward(text, changes, merged)
    moved.extend(offered_names(text, offers, [*changes, *moved], merged))
    if moved:
        merged = _merge([*changes, *moved])
    merged = stated_leaders(text, statements, changes, merged)
    merged = [_without_item_mark(text, change) for change in merged]
    visible_keeps = [
        k for k in kept if not any(c.start <= k.start and k.end <= c.end for c in merged)
    ]
    return sorted([*merged, *visible_keeps], key=lambda d: (d.start, d.end))
