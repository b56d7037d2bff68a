"""The scrub, stage by stage: load -> analyze -> decide -> rewrite -> check -> render.

`redact` is the library entry point; the CLI and the review tools call it and only render.
"""

from __future__ import annotations

from pathlib import Path

from tearline.analyze.findings import find
from tearline.check.gate import hit_finding, rescan_hits, surviving_strings, verdict
from tearline.decide.carry_back import carry_back
from tearline.decide.resolve import decide
from tearline.model import PolicyRef, Result
from tearline.policy import Policy, load_policy
from tearline.rewrite.rewriter import rewrite


def _with_header(text: str, policy: Policy) -> str:
    if not policy.header or not text:
        return text
    newline = "\r\n" if "\r\n" in text else "\n"
    return f"{policy.header}{newline}{text}"


#: How many times the scrub may decide again after the check finds something it missed.
MAX_ROUNDS = 3


def redact(text: str, policy: Policy | str | Path = "duty-to-warn") -> Result:
    """Sanitize one document under a policy (a Policy, a shipped name or a path).

    After each rewrite the check scans the draft; what it finds is carried back onto the
    original and decided again, up to MAX_ROUNDS times. The result's `text` is None when the
    check still finds removed material in the output.
    """
    resolved = load_policy(policy) if not isinstance(policy, Policy) else policy
    findings = find(text, resolved)
    for _ in range(MAX_ROUNDS):
        decisions = decide(text, findings, resolved)
        draft = rewrite(text, decisions)
        string_hits = surviving_strings(text, draft, decisions)
        scan_hits = rescan_hits(find(draft, resolved), resolved) if draft else []
        missed = [hit_finding(hit) for hit in [*string_hits, *scan_hits]]
        carried = carry_back(text, draft, missed)
        if not missed or not carried:
            break
        findings = [*findings, *carried]
    check = verdict(string_hits, scan_hits)
    released = _with_header(draft, resolved) if check.passed else None
    return Result(
        text=released,
        draft=draft,
        policy=PolicyRef(resolved.name, resolved.sha256),
        decisions=tuple(decisions),
        check=check,
    )
