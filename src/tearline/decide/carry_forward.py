"""Move a carried name past a removal that swallowed the mention it was carried to.

A recognizer that drops a sourcing sentence gives the name it named to the next mention it
keeps ("Cal Redmayne" to the next "Redmayne"), but it cannot know what the other recognizers
remove: when that mention goes with a quoted post or a selector line, the name would go with
it. The decide stage sees every removal, so it moves the name on to the next mention that
stays.
"""

from __future__ import annotations

import dataclasses
import re

from tearline.model import Decision

#: The rule suffix of a name carried from removed text to a kept mention.
CARRY_RULE = "named-perpetrator"
#: A Title-case word right after a mention: the mention is part of a longer proper name.
_LONGER_NAME = re.compile(r"[ \t]+[A-Z][a-z]")


def carried_forward(text: str, changes: list[Decision], merged: list[Decision]) -> list[Decision]:
    """The carries whose mention a merged removal swallowed, each moved to the next mention
    of the same word that no change touches; none when the full name stays anyway."""
    moved: list[Decision] = []
    for carry in changes:
        if not carry.rule.endswith(CARRY_RULE) or carry.replacement is None:
            continue
        swallower = next(
            (
                m
                for m in merged
                if m.action == "remove" and m.start <= carry.start and carry.end <= m.end
            ),
            None,
        )
        if swallower is None:
            continue
        if any(
            _untouched(text, m.start(), m.end(), merged)
            for m in _occurrences(text, carry.replacement, 0)
        ):
            continue  # the kept text names him in full already
        surface = text[carry.start : carry.end]
        target = next(
            (
                m
                for m in _occurrences(text, surface, swallower.end)
                if _untouched(text, m.start(), m.end(), merged)
                and not _LONGER_NAME.match(text, m.end())
            ),
            None,
        )
        if target is not None:
            moved.append(dataclasses.replace(carry, start=target.start(), end=target.end()))
    return moved


def _occurrences(text: str, needle: str, start: int) -> list[re.Match[str]]:
    return list(re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)").finditer(text, start))


def _untouched(text: str, start: int, end: int, merged: list[Decision]) -> bool:
    return not any(m.start < end and start < m.end for m in merged)
