"""Analyze: find sensitive and actionable spans with Presidio recognizers over a spaCy parse."""

from tearline.analyze.presidio_import import defer_predefined_recognizers

defer_predefined_recognizers()
