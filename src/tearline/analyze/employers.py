"""Find the firm a source works for, so that every mention of it goes with the source.

"A Dellmore employee, who contacted our whistleblowing line, says ...", "src, who drives for
Tillbrook Taxis", "employed by Brannock for eleven years": the phrase that describes the
source is cut, yet the firm named in it, left elsewhere in the report ("trading through an
account at Dellmore Securities", "Do not alert Dellmore"), tells the plotters where to look for
whoever told. The firm is read from the parse of the removed source phrase; a firm named in a
kept sentence of the threat may be the target, and stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from tearline.analyze import lexicon as lx
from tearline.analyze.entities import entity_type
from tearline.analyze.spans import doc_text

#: Verbs of working for a firm: "works for", "drives for", "employed by".
_WORK_VERBS: frozenset[str] = frozenset({"work", "drive", "clean", "employ", "contract"})
_WORK_PREPOSITIONS: frozenset[str] = frozenset({"for", "at", "by", "with"})


def _capitalized(token: Token) -> bool:
    """A capitalized noun inside a sentence: a name, whether or not the tagger says so (it
    reads an invented "Dellmore" before "employee" as a common noun)."""
    return (
        token.is_alpha
        and token.text[:1].isupper()
        and token.pos_ in ("PROPN", "NOUN")
        and (token.pos_ == "PROPN" or token.i != token.sent.start)
    )


def _name_at(token: Token) -> Span | None:
    """The run of capitalized words around a name: "Dellmore", "Tillbrook Taxis"."""
    if not _capitalized(token):
        return None
    start, end = token.i, token.i + 1
    while start > token.sent.start and _capitalized(token.doc[start - 1]):
        start -= 1
    while end < token.sent.end and _capitalized(token.doc[end]):
        end += 1
    return token.doc[start:end]


def _met(worker: Token) -> bool:
    """A worker the source is with, not the source: "drinks with Fallow's driver", "plays cards
    with a Halloran employee" (a worker "as" whom the source works is the source), or kin of:
    "the cousin of Tarek's driver", "a friend of a Halloran employee" (the source is the cousin,
    the driver's boss may be the plotter)."""
    if worker.dep_ == "attr":
        # "whose brother-in-law is Mercer's accountant": the worker is the source's kin
        return any(c.dep_ in ("nsubj", "nsubjpass") and _tie(c) for c in worker.head.children)
    if worker.dep_ != "pobj":
        return False
    if worker.head.lower_ == "as":
        return False
    if worker.head.lower_ == "of":
        return _tie(worker.head.head)
    return True


def _tie(token: Token) -> bool:
    """A word of kinship or acquaintance that is no worker: "cousin", "brother-in-law"."""
    lemma = lx.lemma(token)
    kin = lemma in lx.TIES or lemma.rsplit("-in-", 1)[0] in lx.TIES
    return kin and lemma not in lx.WORKER_NOUNS


def _employer_of(token: Token) -> Token | None:
    """The firm's word when the token is a worker described by it ("a Dellmore employee",
    "an employee of Dellmore") or a verb of working for it ("works for Dellmore Brokers")."""
    if lx.lemma(token) in lx.WORKER_NOUNS and token.pos_ == "NOUN" and not _met(token):
        named = [c for c in token.children if c.dep_ in ("compound", "poss", "nmod")]
        named += [
            o
            for c in token.children
            if c.dep_ == "prep" and c.lower_ in ("of", "at", "for", "with")
            for o in c.children
            if o.dep_ == "pobj"
        ]
        return next((n for n in named if _capitalized(n)), None)
    if lx.lemma(token) in _WORK_VERBS and token.pos_ == "VERB":
        objects = [
            o
            for c in token.children
            if c.dep_ in ("prep", "agent") and c.lower_ in _WORK_PREPOSITIONS
            for o in c.children
            if o.dep_ == "pobj"
        ]
        return next((o for o in objects if _capitalized(o)), None)
    return None


def employer_names(doc: Doc, removed: Iterable[tuple[int, int]]) -> list[str]:
    """The names of the firms that removed source phrases say whoever reported works for."""
    names: list[str] = []
    for start, end in removed:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        for token in span:
            firm = _employer_of(token)
            name = _name_at(firm) if firm is not None and firm.i < span.end else None
            if name is not None and name.text not in names:
                names.append(name.text)
    return names


def _inside(start: int, end: int, removed: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in removed)


def _harm(sentence: Span) -> bool:
    return any(
        lx.lemma(t) in lx.THREAT_WORDS or lx.lemma(t) in lx.ATTACK_METHOD_WORDS for t in sentence
    )


def _surname(name: Span) -> bool:
    """The name is the last word of a person's full name ("Cell leader Orran Vesk"): whom the
    source's relative drives for is then a man, a plotter the warning names, not a firm."""
    if name.start == 0:
        return False
    before = name.doc[name.start - 1]
    return (
        before.is_alpha
        and before.text[:1].isupper()
        and before.i >= name.sent.start
        and entity_type(before) == "PERSON"
        and entity_type(name[0]) == "PERSON"
    )


def mention_cuts(doc: Doc, name: str, removed: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where each kept mention of the firm goes: the name with any capitalized words after it
    ("Dellmore Securities"), with its preposition when it is all the phrase holds ("at Dellmore
    Securities") or with its conjunction when it is one of two ("Dellmore or Krell"). None when
    a kept sentence of the threat names the firm (it may be the target), or a kept mention gives
    it a given name before it (a person, not a firm)."""
    text = doc_text(doc)
    cuts: list[tuple[int, int]] = []
    # the name in any casing ("DELLMORE"), the words after it capitalized as written
    pattern = re.compile(rf"(?<!\w)(?i:{re.escape(name)})(?:[ \t]+[A-Z][\w&'-]*)*(?!\w)")
    for match in pattern.finditer(text):
        if _inside(match.start(), match.end(), removed):
            continue
        words = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if words is None:
            continue
        if _harm(words.sent):
            return []  # "shoot the Dellmore chairman": the firm is in the threat
        if _surname(words):
            return []  # "drives for Vesk" and "Cell leader Orran Vesk": a man, not a firm
        if words.root.dep_ in ("poss", "compound", "nmod") and words.root.head.i >= words.end:
            return []  # "Dellmore's chairman will attend": the firm's people and places stay
        cuts.append(_phrase(words))
    return cuts


def _phrase(name: Span) -> tuple[int, int]:
    """The characters to cut for one mention of the firm."""
    head = name.root
    doc = name.doc
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.i == name.start - 1:
        return head.head.idx, name.end_char  # "at Dellmore Securities"
    if name.end < len(doc) and doc[name.end].dep_ == "cc":
        after = doc[name.end + 1] if name.end + 1 < len(doc) else doc[name.end]
        return name.start_char, after.idx  # "Dellmore or Krell": "Krell"
    if head.dep_ == "conj" and name.start > 0 and doc[name.start - 1].dep_ == "cc":
        before = doc[name.start - 1]
        start = doc[before.i - 1] if before.i > 0 else before
        return start.idx + len(start.text), name.end_char  # "Krell and Dellmore": "Krell"
    return name.start_char, name.end_char
