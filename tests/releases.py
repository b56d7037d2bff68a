"""What the engine releases for a short invented report: the one helper the table-driven
engine tests share, so each table reads as input and expected release."""

from __future__ import annotations

import tearline


def released(text: str, policy: str = "duty-to-warn") -> str:
    """The released text, stripped; a report the check withholds fails the test here."""
    result = tearline.redact(text, policy)
    assert result.text is not None, f"withheld: {result.draft!r}"
    return result.text.strip()
