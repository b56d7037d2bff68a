"""Find the clauses, after a semicolon, that go on about whoever reported.

"A courier detained at the checkpoint told debriefers that Orlan bought six drones; the courier
has been cooperative since his arrest and is held at Camp Varro." Once the frame is cut, the
plan stays, and the clause after the semicolon is a portrait of the source: his status, his
custody, his motives. The parser often hangs both halves on one root, so the sentence rules,
which read the sentence's main subject, never see it. A clause after a semicolon whose own
subject is the source again ("the courier", "he" of a source who reported as "he") and which
holds no word of the threat goes with the frame.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tearline.analyze import lexicon as lx
from tearline.analyze.frames import end_before_stop
from tearline.analyze.source_roles import forms_of, knower

#: Subjects that are persons by pronoun: the source only where it reported as one.
_PRONOUNS: frozenset[str] = frozenset({"he", "she"})


def source_clauses(sentence: Span, pronouns: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans, each from a semicolon to its clause's end, of the clauses that speak
    of the source again and of no threat."""
    stops = [t for t in sentence if t.text == ";"]
    spans: list[tuple[int, int]] = []
    for n, stop in enumerate(stops):
        limit = stops[n + 1].i if n + 1 < len(stops) else sentence.end
        clause = [t for t in sentence if stop.i < t.i < limit and not t.is_space]
        if not clause or any(_harm(t) for t in clause):
            continue
        subject = _subject(clause)
        if subject is not None and _the_source(subject, pronouns):
            spans.append((stop.idx, end_before_stop(clause)))
    return spans


def _subject(clause: list[Token]) -> Token | None:
    """The clause's first subject of a verb inside the clause."""
    inside = {t.i for t in clause}
    return next(
        (t for t in clause if t.dep_ in ("nsubj", "nsubjpass") and t.head.i in inside), None
    )


def _the_source(subject: Token, pronouns: frozenset[str]) -> bool:
    """ "the courier", once the courier reported; "he", where the source reported as "he"."""
    if subject.lower_ in _PRONOUNS:
        return forms_of(subject.lower_) <= pronouns
    return subject.pos_ == "NOUN" and knower(subject)


def _harm(token: Token) -> bool:
    return lx.lemma(token) in lx.THREAT_WORDS or lx.lemma(token) in lx.ATTACK_METHOD_WORDS
