"""Rewrite: apply the decisions with Presidio operators, then tidy the seams."""
