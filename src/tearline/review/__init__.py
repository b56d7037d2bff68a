"""Review: show a human what the scrub did and why, and take their corrections back.

`align` pairs the original with the sanitized draft row by row; `terminal` and `html_page`
render that pairing; `overrides` reads the reviewer's restores and redactions and applies
them to the decisions. Nothing here loads the NLP stack.
"""
