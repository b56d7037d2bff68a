"""Paragraph numbers counted again after a cut, so a release reads 1, 2, 3.

Reports number their paragraphs at the start of a line ("1.", "2)", "(3)"). Dropping a
paragraph about the source leaves "1. ... 3. ..." behind: odd to read, and a plain sign to a
recipient that a paragraph was taken out. Only a sequence the original counts without a gap
is renumbered, and only when the release keeps some of its numbers in order, so a list the
threat itself numbers, or numbers that are not paragraph numbers, are left as they are.
"""

from __future__ import annotations

import re
from collections import defaultdict

#: A paragraph number at a line start, its style being the brackets around it.
_NUMBER = re.compile(r"^[ \t]*(?P<open>\(?)(?P<n>\d{1,3})(?P<close>[.)])(?=[ \t])", re.MULTILINE)


def renumber(original: str, output: str) -> str:
    """The output with each gapless paragraph sequence of the original counted again."""
    for style, numbers in _sequences(original).items():
        if len(numbers) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
            continue  # not a paragraph count: leave it to the words around it
        found = [m for m in _NUMBER.finditer(output) if (m["open"], m["close"]) == style]
        kept = [int(m["n"]) for m in found]
        if not kept or kept != sorted(set(kept)) or not set(kept) <= set(numbers):
            continue  # the release numbers otherwise than the original: do not guess
        for match, new in reversed(
            list(zip(found, range(numbers[0], numbers[0] + len(kept)), strict=False))
        ):
            output = output[: match.start("n")] + str(new) + output[match.end("n") :]
    return output


def _sequences(text: str) -> dict[tuple[str, str], list[int]]:
    """The line-start numbers of a text, by style ("(", ")"), in order."""
    sequences: dict[tuple[str, str], list[int]] = defaultdict(list)
    for match in _NUMBER.finditer(text):
        sequences[(match["open"], match["close"])].append(int(match["n"]))
    return dict(sequences)
