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
#: The rule suffix of a full name offered to its short mentions, for `offered_names`.
OFFER_RULE = "name-offer"
#: A Title-case word right after a mention: the mention is part of a longer proper name.
_LONGER_NAME = re.compile(r"[ \t]+[A-Z][a-z]")
#: A Title-case word right before a mention: another name's first word ("Dario" of "Dario
#: Quist") or a title ("Ms"): another person than the one offered, or one already titled.
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \t]+\Z")


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


def offered_names(
    text: str, offers: list[Decision], changes: list[Decision], merged: list[Decision]
) -> list[Decision]:
    """A full name every mention of which went with a removal, given to the first kept mention
    of its surname (or given name) after it: "names the bombers as Elias Marrow" goes with a
    dropped quote, and "Marrow is to enter ..." reads "Elias Marrow is to enter ...".

    A name removed as an identifier goes in every mention and leaves no kept one to take it;
    a name a carry already gives, or that a longer name (or another given name) holds, is
    left alone."""
    moved: list[Decision] = []
    given = {c.replacement for c in changes if c.rule.endswith(CARRY_RULE)}
    for offer in offers:
        name = offer.replacement
        if name is None or name in given:
            continue
        if not any(
            m.action == "remove" and m.start <= offer.start and offer.end <= m.end for m in merged
        ):
            continue
        if any(_untouched(text, m.start(), m.end(), merged) for m in _occurrences(text, name, 0)):
            continue  # the kept text names him in full already
        words = name.split()
        targets = [
            m
            for word in {words[0], words[-1]}
            for m in _occurrences(text, word, offer.end)
            if _untouched(text, m.start(), m.end(), merged)
            and not _LONGER_NAME.match(text, m.end())
            and not _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        ]
        if targets:
            target = min(targets, key=lambda m: m.start())
            moved.append(dataclasses.replace(offer, start=target.start(), end=target.end()))
            given.add(name)
    return moved
