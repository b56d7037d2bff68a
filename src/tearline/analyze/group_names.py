"""Carry a group's name across a dropped sentence, so the warning still says who.

"Our contact is well placed in the Ninth of March Movement ... She reported that the
movement's committee ...": the name went with the sourcing sentence, so the next kept "the
movement" takes it. The model's entity tagger misses most invented group names, so names are
read from capitalized words ending in a group noun.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from tearline.analyze import lexicon as lx


def group_names(span: Span | None) -> list[Span]:
    """Named groups in a span: capitalized words ending in a group noun ("the Ninth of March
    Movement", "the Tenth Crescent network")."""
    if span is None:
        return []
    names = []
    for token in span:
        if token.lemma_.lower() not in lx.GROUP_NOUNS or token.i == span.start:
            continue
        start = token.i
        while start > span.start:
            before = token.doc[start - 1]
            if (before.text[:1].isupper() and before.is_alpha) or (
                before.lower_ in ("of", "and")
                and start - 2 >= span.start
                and token.doc[start - 2].text[:1].isupper()
            ):
                start -= 1
            else:
                break
        if start < token.i and token.doc[start].text[:1].isupper():
            names.append(token.doc[start : token.i + 1])
    return names


def carried_names(doc: Doc, dropped: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for the first kept "the <group noun>" after each dropped span
    that named a group no kept text names."""
    carried: list[tuple[int, int, str]] = []
    for start, end in dropped:
        for name in group_names(doc.char_span(start, end, alignment_mode="expand")):
            if any(
                not any(s <= m.start() < e for s, e in dropped)
                for m in re.finditer(re.escape(name.text), doc.text)
            ):
                continue  # named again in kept text: the warning already says who
            mention = next(
                (
                    t
                    for t in doc[name.end :]
                    if t.lemma_.lower() == name[-1].lemma_.lower()
                    and t.is_lower
                    and [c.lower_ for c in t.children if c.dep_ == "det"] == ["the"]
                    and not any(s <= t.idx < e for s, e in dropped)
                ),
                None,
            )
            if mention is None:
                continue
            words = name.text.split()
            text = " ".join(words[1:] if words[0].lower() == "the" else words)
            carried.append((mention.nbor(-1).idx, mention.idx + len(mention.text), f"the {text}"))
    return carried
