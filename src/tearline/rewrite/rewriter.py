"""Apply change decisions to the text with Presidio's AnonymizerEngine, then tidy each seam.

Presidio's operators do the replacing, one per policy action (`tearline.rewrite.operators`:
`redact` for remove, `replace` for a neutral text, ours for generalize and pseudonymize, AES
for encrypt); the seams they leave (double spaces, dangling commas, a lowercase sentence
start) are ours to tidy. `apply` also reports the text the operators put in, so the check can
tell our own neutral wording, banner or pseudonyms from material that survived.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tearline.categories import Category
from tearline.model import Decision, Finding
from tearline.rewrite.numbering import renumber
from tearline.rewrite.tables import drop_emptied_columns
from tearline.rewrite.tidy import Seam, tidy

if TYPE_CHECKING:
    from presidio_anonymizer import AnonymizerEngine
    from presidio_anonymizer.entities import OperatorConfig

    from tearline.policy.schema import Policy


@functools.cache
def _engine() -> AnonymizerEngine:
    from presidio_anonymizer import AnonymizerEngine

    return AnonymizerEngine()  # type: ignore[no-untyped-call]  # Presidio is untyped here


def _operator(
    decision: Decision, policy: Policy | None, built: dict[Category, OperatorConfig]
) -> OperatorConfig:
    """The operator for a decision: the policy's rule for its category, built once per
    category (a keyed operator reads its key once per document, and refuses without one)."""
    from presidio_anonymizer.entities import OperatorConfig

    from tearline.policy.schema import ACTIONS
    from tearline.rewrite.operators import builder, custom_operator

    if decision.action == "remove":
        return OperatorConfig("redact")
    if decision.action == "replace" and (decision.replacement is not None or policy is None):
        return OperatorConfig("replace", {"new_value": decision.replacement or ""})
    if policy is None or decision.action not in ACTIONS:
        raise ValueError(f"no operator for action '{decision.action}' without a policy")
    rule = policy.rule_for(decision.category)
    if rule.action != decision.action:
        raise ValueError(f"decision action '{decision.action}' is not the policy's '{rule.action}'")
    if decision.category not in built:
        built[decision.category] = builder(decision.action)(rule, decision.category)
        operator = custom_operator(decision.action)
        if operator is not None:  # ours, imported with its action: registered before its use
            _engine().add_anonymizer(operator)  # (again: the same class under the same name)
    return built[decision.category]


@dataclass(frozen=True)
class Rewritten:
    """The rewritten text, and each text an operator put in (never the text it took out)."""

    text: str
    inserted: tuple[str, ...] = ()

    def outside_inserts(self, findings: list[Finding]) -> list[Finding]:
        """The findings on `text` that do not lie inside inserted text.

        A rescan of the draft finds our own wording again ("Technical reporting indicates
        that" reads as a method, the release banner as a marking); that is what the policy
        asked for, not something that survived. The inserted texts are searched for
        case-insensitively, since tidying may capitalize one at a sentence start, and a
        finding is compared without the whitespace around it.
        """
        spans: list[tuple[int, int]] = []
        for inserted in {t.strip() for t in self.inserted if t.strip()}:
            pattern = re.compile(re.escape(inserted), re.IGNORECASE)
            spans.extend((m.start(), m.end()) for m in pattern.finditer(self.text))
        kept = []
        for finding in findings:
            # what the finding covers besides our own wording: if that is only spaces and
            # punctuation ("[[enc:...]]." as a sentence), the finding is ours, not a survivor
            outside = [
                self.text[i]
                for i in range(finding.start, finding.end)
                if not any(s <= i < e for s, e in spans)
            ]
            if any(c.isalnum() for c in outside):
                kept.append(finding)
        return kept


def rewrite(text: str, decisions: list[Decision], policy: Policy | None = None) -> str:
    """The text with every change decision applied and the seams tidied."""
    return apply(text, decisions, policy).text


def apply(text: str, decisions: list[Decision], policy: Policy | None = None) -> Rewritten:
    """Apply every change decision with the operator of its action, and tidy the seams.

    Without a policy only `remove` and `replace` can be applied (their decisions carry all
    they need); the other actions take their options from the policy's rule.
    """
    from presidio_anonymizer.entities import RecognizerResult

    changes = sorted((d for d in decisions if d.action != "keep"), key=lambda d: d.start)
    if not changes:
        return Rewritten(text)
    changes = [_leaving_the_stop(text, d) for d in changes]
    ends = _closed_gaps(text, changes)
    # One entity type per decision, so each can carry its own operator.
    results = [
        RecognizerResult(f"D{i}", d.start, end, d.score)
        for i, (d, end) in enumerate(zip(changes, ends, strict=True))
    ]
    built: dict[Category, OperatorConfig] = {}
    operators = {f"D{i}": _operator(d, policy, built) for i, d in enumerate(changes)}
    output = _engine().anonymize(text=text, analyzer_results=results, operators=operators)
    seams = [Seam(i.start, i.end) for i in output.items]
    windows = _windows_line_ends(text)
    body = output.text
    if windows:
        # tidied and renumbered as the same text with "\n" line ends, which the seam rules
        # are written for, then given back its "\r\n"
        body, seams = _without_returns(body, seams)
    original = text.replace("\r\n", "\n") if windows else text
    tidied = drop_emptied_columns(renumber(original, tidy(body, _joined_seams(seams))), original)
    if windows:
        tidied = tidied.replace("\n", "\r\n")
    # Tidying drops a first line that a removal emptied, BOM and all; the BOM belongs to the
    # encoding, not to that line, so it stays wherever any text is kept.
    if text.startswith("\ufeff") and tidied and not tidied.startswith("\ufeff"):
        tidied = "\ufeff" + tidied
    return Rewritten(tidied, tuple(item.text for item in output.items if item.text))


def _windows_line_ends(text: str) -> bool:
    """True when every line of `text` ends in "\r\n" (and there is at least one)."""
    pairs = text.count("\r\n")
    return pairs > 0 and text.count("\n") == pairs == text.count("\r")


def _without_returns(text: str, seams: list[Seam]) -> tuple[str, list[Seam]]:
    """`text` without its "\r" characters, and the seams moved to match."""
    before = [0]
    for ch in text:
        before.append(before[-1] + (ch == "\r"))
    moved = [Seam(s.start - before[s.start], s.end - before[s.end]) for s in seams]
    return text.replace("\r", ""), moved


def _leaving_the_stop(text: str, decision: Decision) -> Decision:
    """A removed clause at the end of a kept sentence (", our driver told ... the militia.")
    leaves the sentence's full stop, so the sentence still ends when the next one is cut
    too: "... the next clinic day. Militia commander ...", not "clinic day militia".
    """
    removed = text[decision.start : decision.end]
    if (
        decision.action == "remove"
        and removed[:1] in (",", ";")
        and removed.endswith((".", "!", "?"))
        and decision.end - decision.start > 1
    ):
        return dataclasses.replace(decision, end=decision.end - 1)
    return decision


def _closed_gaps(text: str, changes: list[Decision]) -> list[int]:
    """Where each change ends once it also takes the spaces before the next change.

    "(S//NF) He stated that the" is two removals a space apart; removed as one run they leave
    one seam to tidy instead of two that would tidy the same spaces twice.
    """
    ends = []
    for current, following in zip(changes, [*changes[1:], None], strict=True):
        gap = text[current.end : following.start] if following else "x"
        ends.append(following.start if following and not gap.strip(" \t") else current.end)
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
