"""The scrub, stage by stage: load -> analyze -> decide -> rewrite -> check -> render.

`redact` is the library entry point; the CLI and the review tools call it and only render.
"""

from __future__ import annotations

from pathlib import Path

from tearline.analyze.findings import find
from tearline.check.gate import rescan_hits, surviving_strings, verdict
from tearline.decide.resolve import decide
from tearline.model import PolicyRef, Result
from tearline.policy import Policy, load_policy
from tearline.rewrite.rewriter import rewrite


def _with_header(text: str, policy: Policy) -> str:
    if not policy.header or not text:
        return text
    newline = "\r\n" if "\r\n" in text else "\n"
    return f"{policy.header}{newline}{text}"


def redact(text: str, policy: Policy | str | Path = "duty-to-warn") -> Result:
    """Sanitize one document under a policy (a Policy, a shipped name or a path).

    The result's `text` is None when the check found removed material in the output.
    """
    resolved = load_policy(policy) if not isinstance(policy, Policy) else policy
    findings = find(text, resolved)
    decisions = decide(text, findings, resolved)
    draft = rewrite(text, decisions)
    check = verdict(
        surviving_strings(text, draft, decisions),
        rescan_hits(find(draft, resolved), resolved) if draft else [],
    )
    released = _with_header(draft, resolved) if check.passed else None
    return Result(
        text=released,
        draft=draft,
        policy=PolicyRef(resolved.name, resolved.sha256),
        decisions=tuple(decisions),
        check=check,
    )
