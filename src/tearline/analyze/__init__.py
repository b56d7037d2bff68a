"""Analyze: find sensitive and actionable spans with Presidio recognizers over a spaCy parse."""
