"""Score a sanitized text against a gold file, exactly as the guide defines it.

A remove key leaks when it appears anywhere in the output, compared case-insensitively with
runs of whitespace folded; a keep key is retained when it appears exactly (whitespace folded).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tearline.evaluate.gold import Gold, GoldKey

_SPACES = re.compile(r"\s+")


def fold_spaces(text: str) -> str:
    """Runs of whitespace folded to one space."""
    return _SPACES.sub(" ", text)


def leaks(key: str, output: str) -> bool:
    """True when a remove key survives in the output."""
    return fold_spaces(key).strip().casefold() in fold_spaces(output).casefold()


def retained(key: str, output: str) -> bool:
    """True when a keep key survives verbatim in the output."""
    return fold_spaces(key).strip() in fold_spaces(output)


@dataclass(frozen=True)
class Score:
    """The leaks and losses of one sanitized text."""

    leaked: list[GoldKey] = field(default_factory=list)
    lost: list[GoldKey] = field(default_factory=list)
    removes: int = 0
    keeps: int = 0

    @property
    def kept(self) -> int:
        """How many keep keys were retained."""
        return self.keeps - len(self.lost)


def score(output: str, gold: Gold) -> Score:
    """Which remove keys leaked and which keep keys were lost in `output`."""
    return Score(
        leaked=[k for k in gold.remove if leaks(k.text, output)],
        lost=[k for k in gold.keep if not retained(k.text, output)],
        removes=len(gold.remove),
        keeps=len(gold.keep),
    )
