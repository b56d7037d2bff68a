"""Policies: who a release is for, as validated YAML (schema, loading, shipped files)."""

from tearline.policy.loader import load_policy, policy_names
from tearline.policy.schema import CategoryRule, Policy

__all__ = ["CategoryRule", "Policy", "load_policy", "policy_names"]
