"""Compare two resolved policies: which categories they treat differently, and what else.

`tearline policy diff` prints these; the categories come first, in the guide's order, since
they are what decides what a recipient sees.
"""

from __future__ import annotations

from typing import Any

from tearline.categories import Category
from tearline.policy.schema import CategoryRule, Policy

#: Keys that say what a policy is rather than what it does.
_IDENTITY = ("name", "audience", "description", "extends")


def describe(rule: CategoryRule) -> str:
    """A rule on one line: the action, then its options as key=value."""
    options = rule.model_dump(mode="json", exclude_none=True, exclude={"action"})
    if options.get("threshold") == 0.0:
        del options["threshold"]
    shown = ", ".join(f"{key}={value!r}" for key, value in options.items())
    return f"{rule.action} ({shown})" if shown else rule.action


def _value(value: Any) -> str:
    if value is None or value in ([], {}):
        return "(none)"
    if isinstance(value, dict):
        return ", ".join(f"{k}" for k in sorted(value))
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def differences(a: Policy, b: Policy) -> list[tuple[str, str, str]]:
    """(key, as in a, as in b) for every category rule and setting that differs."""
    lines = []
    for category in Category:
        rule_a, rule_b = a.rule_for(category), b.rule_for(category)
        if rule_a != rule_b:
            lines.append((f"categories -> {category.value}", describe(rule_a), describe(rule_b)))
    da, db = a.model_dump(mode="json"), b.model_dump(mode="json")
    for key in Policy.model_fields:
        if key in (*_IDENTITY, "categories") or da[key] == db[key]:
            continue
        if key == "patterns":
            for name in sorted(set(da[key]) | set(db[key])):
                if da[key].get(name) != db[key].get(name):
                    left = "(none)" if name not in da[key] else da[key][name]["category"]
                    right = "(none)" if name not in db[key] else db[key][name]["category"]
                    lines.append((f"patterns -> {name}", left, right))
            continue
        lines.append((key, _value(da[key]), _value(db[key])))
    return lines
