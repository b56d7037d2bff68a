"""Evaluate: score sanitized outputs against gold files."""
