"""Whoever a screening or debriefing interview questioned, by the words such a record uses.

A screening record calls the person it questioned "the returnee", "the subject" or bare
"Subject" ("Subject spent two years in the Harran valley"). The same words name plotters in
other reports ("a returnee, Ali Vey, will drive the van"; a police note's "Subject"), so a
word alone decides nothing: what decides is the record (a document that speaks of its own
interviews, screening or debriefing) and the word's role in its clause (one who will act in
the plot is a plotter, whoever else he was).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tearline.analyze import lexicon as lx
from tearline.analyze.entities import entity_type

#: Words for a person that a screening record calls whoever it questioned, and that other
#: reports use for plotters too.
INTERVIEWED_NOUNS: frozenset[str] = frozenset({"returnee"})
#: Words by which a record speaks of its own questioning: "SCREENING INTERVIEW", "He was
#: interviewed three times", "Debrief of ...", "polygraphed on 19 November".
_QUESTIONING_WORDS: frozenset[str] = lx.QUESTIONING_NOUNS - {"session"} | {
    "interviewee",
    "interviewer",
    "debriefer",
    "polygraph",
    "polygraphed",
}
#: The words that mark a screening or debriefing record, read as verbs too.
_QUESTIONING_VERBS: frozenset[str] = frozenset({"interview", "debrief", "screen", "polygraph"})
#: Where a document keeps whether it is a record of questioning.
_KEY = "tearline_questioning_record"


def questioning_record(doc: Doc) -> bool:
    """A document that speaks of its own questioning of someone: a screening, debriefing or
    interview record. Read once per document."""
    known = doc.user_data.get(_KEY)
    if known is None:
        known = doc.user_data[_KEY] = any(map(_questioning, doc))
    return bool(known)


def _questioning(token: Token) -> bool:
    lemma = lx.lemma(token)
    if token.pos_ == "VERB" and token.tag_ == "VBG":
        # "interviewing him"; "the film screening" misread as a verb is a showing
        return lemma in _QUESTIONING_VERBS - {"screen"}
    if token.lower_ in _QUESTIONING_WORDS:
        return not _shown(token)
    if token.pos_ == "VERB":
        return lemma in _QUESTIONING_VERBS  # "was screened on arrival"
    return lemma in _QUESTIONING_WORDS and not _shown(token)


def _shown(token: Token) -> bool:
    """ "the screening of the opening match", "a film screening": a showing, not questioning."""
    return lx.lemma(token) in ("screening", "screen") and any(
        c.lower_ == "of" or (c.dep_ == "compound" and lx.lemma(c) in ("film", "movie"))
        for c in token.children
    )


def interviewed(token: Token) -> bool:
    """ "the returnee", "A 19-year-old returnee": the one person the record questioned, by a
    word other reports use for plotters. Not several of them ("other returnees"), not one
    who will act in the plot, and outside a record of questioning not one named ("Ali Vey,
    a returnee from Syria")."""
    if lx.lemma(token) not in INTERVIEWED_NOUNS or token.tag_ != "NN":
        return False
    if in_the_plot(token):
        return False
    return questioning_record(token.doc) or not _named(token)


def bare_subject(token: Token) -> bool:
    """ "Subject spent two years ...", "Subject's handset": how a screening record names
    whoever it questioned. A police note calls the plotter so, hence the record decides."""
    return (
        token.text == "Subject"
        and not any(c.dep_ == "det" for c in token.children)
        and not (token.i + 1 < len(token.doc) and token.nbor(1).text == ":")
        and questioning_record(token.doc)
        and not in_the_plot(token)
    )


def questioned(token: Token) -> bool:
    """ "He was interviewed three times", "She was polygraphed on 6 January": the one the
    record questioned, whose "his" and "her" stand for the source elsewhere."""
    verb = token.head
    return (
        token.dep_ == "nsubjpass"
        and verb.pos_ == "VERB"
        and (lx.lemma(verb) in _QUESTIONED_VERBS or verb.lower_ in _QUESTIONING_WORDS)
    )


#: Verbs of questioning someone, said of him in the passive.
_QUESTIONED_VERBS: frozenset[str] = _QUESTIONING_VERBS | {"question", "interrogate"}


#: Where a document keeps the names of whoever it says was questioned.
_NAMES_KEY = "tearline_questioned_names"


def questioned_by_name(token: Token) -> bool:
    """ "Vell has asked for protection", "Vell's cousin": the name of one the record says was
    questioned ("Vell, questioned over three days, says ...", "Vell was interviewed"), in any
    sentence of the record; a namesake with another first name is someone else."""
    if token.pos_ != "PROPN":
        return False
    names = token.doc.user_data.get(_NAMES_KEY)
    if names is None:
        names = token.doc.user_data[_NAMES_KEY] = _questioned_names(token.doc)
    given = {c.text for c in token.children if c.dep_ == "compound"}
    return any(token.text == last and given <= first for last, first in names)


def _questioned_names(doc: Doc) -> list[tuple[str, set[str]]]:
    """(surname, first names) of every person named as questioned in the document."""
    return [
        (t.text, {c.text for c in t.children if c.dep_ == "compound"})
        for t in doc
        if t.pos_ == "PROPN"
        and (
            # "was questioned by police in 2025" is a plotter's past, not our questioning
            (questioned(t) and not any(c.dep_ == "agent" for c in t.head.children))
            or any(
                c.dep_ == "acl"
                and c.tag_ in ("VBN", "VBD")
                and lx.lemma(c) in _QUESTIONED_VERBS
                and not any(a.dep_ == "agent" for a in c.children)
                for c in t.children
            )
        )
        # the tagger often takes a rare surname for a firm; a place is questioned by no one
        and entity_type(t) not in ("GPE", "LOC", "FAC")
    ]


def _named(token: Token) -> bool:
    """A person's name beside the word: "a returnee, Ali Vey,", "Ali Vey, a returnee"."""
    names = [c for c in token.children if c.dep_ in ("appos", "compound")]
    if token.dep_ == "appos":
        names.append(token.head)
    return any(n.pos_ == "PROPN" and entity_type(n) == "PERSON" for n in names)


#: Verbs of what a questioned person does as a source, never a plotter's act.
_SOURCE_ACTS: frozenset[str] = (
    lx.REPORTING_VERBS | lx.LEARNING_VERBS | lx.SOURCE_CONDUCT_VERBS | {"know", "be"}
)


def in_the_plot(token: Token) -> bool:
    """ "A returnee, Ali Vey, will drive the van", "Ali Vey, a returnee, is building a bomb":
    the subject of a clause that will act, or is acting, in the plot."""
    holder = token.head if token.dep_ == "appos" else token
    if holder.dep_ != "nsubj":
        return False
    verb = holder.head
    if lx.lemma(verb) in _SOURCE_ACTS and not _harm_in(verb):
        return False
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("conj", "xcomp"))]
    if any(lx.lemma(v) in lx.INTENT_WORDS for v in verbs):
        return True  # "plans to drive", "intends to"
    # "will drive the van into the market", "is building a bomb": what he will do or is
    # doing, with the harm in it; "will remain in custody" is the record's own business
    future = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    if future and _named(token):
        return True  # "A defector, Marek Hollis, will drive the tanker to the intake"
    return (future or verb.tag_ in ("VBZ", "VBP", "VBG")) and _harm_in(verb)


def _harm_in(verb: Token) -> bool:
    """A word of harm or of an attack in the clause itself, not in a clause it reports."""
    reported = {t.i for c in verb.children if c.dep_ == "ccomp" for t in c.subtree}
    return any(
        lx.lemma(t) in lx.THREAT_WORDS or lx.lemma(t) in lx.ATTACK_METHOD_WORDS
        for t in verb.subtree
        if t.i not in reported
    )
