"""Decide: turn findings into decisions under a policy."""
