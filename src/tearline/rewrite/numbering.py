"""Paragraph numbers counted again after a cut, so a release reads 1, 2, 3.

Reports number their paragraphs at the start of a line ("1.", "2)", "(3)"). Dropping a
paragraph about the source leaves "1. ... 3. ..." behind: odd to read, and a plain sign to a
recipient that a paragraph was taken out. Only a sequence the original counts without a gap
is renumbered, and only when the release keeps some of its numbers in order, so a list the
threat itself numbers, or numbers that are not paragraph numbers, are left as they are.

A review pairs its untidied text with the release (`as_released`), so a paragraph's number
lines up with the number it has in the release.
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
        found = [
            m
            for m in _NUMBER.finditer(output)
            if (m["open"], m["close"]) == style and not _emptied(output, m.end())
        ]
        kept = [int(m["n"]) for m in found]
        if not kept or kept != sorted(set(kept)) or not set(kept) <= set(numbers):
            continue  # the release numbers otherwise than the original: do not guess
        for match, new in reversed(
            list(zip(found, range(numbers[0], numbers[0] + len(kept)), strict=False))
        ):
            output = output[: match.start("n")] + str(new) + output[match.end("n") :]
    return output


def as_released(original: str, untidied: str) -> str:
    """The untidied text of a rewrite with its paragraph numbers as the release shows them:
    counted again, and the number of an emptied paragraph blanked (tidying drops that line).
    Every position stays where it was, so a review can pair it with the release character by
    character; where counting again would change a number's width, the text is returned as is.
    """
    counted = renumber(original, untidied)
    if len(counted) != len(untidied):
        return untidied
    for match in reversed(list(_NUMBER.finditer(counted))):
        if _emptied(counted, match.end()):
            start, end = match.start("open"), match.end("close")
            counted = counted[:start] + " " * (end - start) + counted[end:]
    return counted


def _emptied(text: str, end: int) -> bool:
    """A number whose paragraph a cut emptied (nothing after it but blank lines before the next
    paragraph): tidying drops it, so it counts for nothing."""
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end]
    return not rest.strip()


def _sequences(text: str) -> dict[tuple[str, str], list[int]]:
    """The line-start numbers of a text, by style ("(", ")"), in order."""
    sequences: dict[tuple[str, str], list[int]] = defaultdict(list)
    for match in _NUMBER.finditer(text):
        sequences[(match["open"], match["close"])].append(int(match["n"]))
    return dict(sequences)
