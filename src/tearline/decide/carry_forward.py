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
#: How much longer than a name a cut may be and still be a cut of the name on its own (a title
#: and a role with it: "case officer Sgt. ..."), not of a sentence that holds it.
_NAME_CUT_SLACK = 30
#: The rule suffix of a statement offered for a sentence that named a leader, for
#: `stated_leaders`.
STATEMENT_RULE = "leader-offer"
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


def stated_leaders(
    text: str, statements: list[Decision], changes: list[Decision], merged: list[Decision]
) -> list[Decision]:
    """The merged changes with a removed sentence that named the plotters' leader replaced by
    the statement offered for it ("The group leader is Marta Quill.").

    Only where the sentence went whole, no change cuts the name on its own anywhere (a name
    removed as an identifier is cut in every mention), and the kept text does not name the
    man already."""
    result = list(merged)
    for statement in statements:
        start, end, said = statement.start, statement.end, statement.replacement
        if said is None:
            continue
        index = next(
            (
                i
                for i, m in enumerate(result)
                if m.action == "remove" and m.start <= start and end <= m.end
            ),
            None,
        )
        if index is None:
            continue
        named = said.split(" is ", 1)[1].rstrip(".")
        at = text.find(named, start, end)
        if at < 0 or any(
            c.start < at + len(named) and at < c.end and not (c.start <= start and end <= c.end)
            for c in changes
        ):
            continue  # the name is not found as said, or a cut inside it: a selector in it
        parts = [w for w in re.findall(r"[A-Z][\w'-]+", named) if not w.isupper()]
        if any(
            c.action == "remove"
            and c.end - c.start <= len(named) + _NAME_CUT_SLACK
            and any(_occurrences(text[c.start : c.end], w, 0) for w in parts)
            for c in changes
        ):
            continue  # the name is cut on its own somewhere: an identifier's, not a leader's
        if any(_untouched(text, m.start(), m.end(), result) for m in _occurrences(text, named, 0)):
            continue
        swallower = result[index]
        spaces = re.compile(r"[ \t]+").match(text, end)
        if spaces is not None and (
            end < swallower.end or any(m.start == spaces.end() for m in result)
        ):
            # the statement keeps the space after it, which the next cut would take
            statement = dataclasses.replace(statement, end=spaces.end(), replacement=f"{said} ")
            end = spaces.end()
        pieces = [
            dataclasses.replace(swallower, end=start) if swallower.start < start else None,
            statement,
            dataclasses.replace(swallower, start=end) if end < swallower.end else None,
        ]
        result[index : index + 1] = [p for p in pieces if p is not None]
    return result
