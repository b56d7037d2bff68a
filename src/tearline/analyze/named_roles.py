"""Say who leads the plotters when the sentence that named him goes whole.

"The group leader, Marta Quill, was heard to say '...'" is collected speech and goes whole;
with it goes the only mention of who leads the group. What the sentence says of the plot
besides the words he spoke is the apposition: "The group leader is Marta Quill." The
recognizers offer that statement for each such sentence; the decide stage, which sees every
removal, puts it in only where the whole sentence went and nothing in it was cut on its own
(a name removed as an identifier is cut in every mention, so its sentence gets no statement).
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Token

from tearline.analyze import lexicon as lx
from tearline.analyze.frames import after_item_marks
from tearline.analyze.triggers import trigger
from tearline.categories import Category

#: Nouns of the one who leads a group: a source inside a group is a member, a driver, a
#: courier, and is never named by these.
LEADER_NOUNS: frozenset[str] = frozenset({"leader", "commander", "ringleader", "emir", "boss"})
#: Nouns of a unit of ours whose leader is an officer ("the patrol commander").
_OUR_UNIT_WORDS: frozenset[str] = (
    lx.UNIT_NOUNS | lx.OUR_OFFICES | lx.SERVICE_NOUNS | lx.UNIT_MODIFIERS | {"team", "patrol"}
)


def leader_statements(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, statement) for each sentence that names a group's leader in apposition
    ("the Brotherhood's leader, Ozren Talavic"): the sentence's extent, and the statement
    that may stand for it ("The Brotherhood's leader is Ozren Talavic.")."""
    found = []
    for sentence in doc.sents:
        for role in sentence:
            appos = _named_appos(role)
            if appos is None or not _group_marked(role):
                continue
            words = [t for t in role.subtree if t.i <= role.i]
            if any(_sourcing(t) for t in [*words, *appos.subtree]):
                continue
            title = doc[words[0].i : role.i + 1].text
            named = doc[appos.left_edge.i : appos.right_edge.i + 1].text.rstrip(" ,;")
            start = after_item_marks(sentence)
            last = next((t for t in reversed(sentence) if not t.is_space), None)
            if last is None or start >= last.idx:
                continue
            statement = f"{title[:1].upper()}{title[1:]} is {' '.join(named.split())}."
            found.append((start, last.idx + len(last.text), statement))
            break  # one statement per sentence
    return found


def _named_appos(role: Token) -> Token | None:
    """The apposition that names a single leader: "leader, Marta Quill," or "commander, a man
    called Borys Hlyvka"; None for any other noun."""
    if role.lemma_.lower() not in LEADER_NOUNS or role.tag_ != "NN":
        return None
    appos = next((c for c in role.children if c.dep_ == "appos"), None)
    if appos is None or appos.i < role.i or role.doc[appos.left_edge.i - 1].text != ",":
        return None  # set off by a comma, not run on ("the leader Tomas Arrieta (line ...)")
    tokens = list(appos.subtree)
    paired = any(
        a.pos_ == "PROPN"
        and b.pos_ == "PROPN"
        and a.is_title
        and b.is_title
        and a.is_alpha
        and b.is_alpha
        for a, b in pairwise(tokens)
    )
    return appos if paired else None


def _group_marked(role: Token) -> bool:
    """The leader is a group's: "the group leader", "the militia's leader", "the Brotherhood's
    leader"; not an office's or a unit's of ours ("the patrol commander")."""
    marks = [c for c in role.children if c.dep_ in ("poss", "compound") and c.i < role.i]
    if any(lx.lemma(m) in _OUR_UNIT_WORDS - lx.GROUP_NOUNS for m in marks):
        return False
    return any(
        lx.lemma(m) in lx.GROUP_NOUNS
        or (m.pos_ == "PROPN" and m.is_title and lx.lemma(m) not in _OUR_UNIT_WORDS)
        for m in marks
    )


def _sourcing(token: Token) -> bool:
    """A word that makes the phrase a source's or our own: "our", a source noun."""
    return token.lower_ in ("our", "we", "us") or trigger(token) is Category.SOURCE
