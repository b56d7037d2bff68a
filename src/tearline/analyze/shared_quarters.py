"""Find where a co-resident source lives or is held: the cell or flat it shares.

A cellmate, a flatmate or a lodger who reported shares a place with the person reported on:
the number of that place ("Cell B3-22", "flat 4B") then names the one other person in it as
plainly as a name would. When a removed source phrase holds such a tie, each numbered cell,
flat or room of the report goes as the source's, in every mention.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from tearline.analyze import lexicon as lx

#: The number or code after a cell, flat or room word, with an optional word between:
#: "Cell B3-22", "cell search B3-22", "flat no. 4B", "room 12".
_CODE = re.compile(
    r"[ \t]+(?:(?:search|no\.?|number|#)[ \t]*)?([A-Za-z]{0,3}\d[A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*)"
)


def _co_resident(token: Token) -> bool:
    hyphenated = f"{token.nbor(-2).lower_}-{token.lower_}" if token.i >= 2 else ""
    return lx.lemma(token) in lx.CO_RESIDENT_TIES or hyphenated in lx.CO_RESIDENT_TIES


def quarters_codes(doc: Doc, sourcing: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of the numbered cells, flats and rooms of a report whose removed source
    phrases (`sourcing`, character spans) hold a co-resident tie ("CASTELL's cellmate")."""
    if not any(
        _co_resident(t) and any(s <= t.idx < e for s, e in sourcing)
        for t in doc
        if t.lower_.endswith(("mate", "lodger"))
    ):
        return []
    spans = []
    for token in doc:
        if lx.lemma(token) not in lx.QUARTERS_NOUNS and token.lower_ not in lx.QUARTERS_NOUNS:
            continue
        code = _CODE.match(doc.text, token.idx + len(token.text))
        if code is not None:
            # "B-Wing, Cell B3-22 (remand)": the comma before it goes too
            start = token.idx - 2 if doc.text[token.idx - 2 : token.idx] == ", " else token.idx
            spans.append((start, code.end(1)))
    return spans
