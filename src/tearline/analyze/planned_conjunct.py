"""A plotter caught by our collection and, in the same sentence, what he will do next.

"A third man, believed to be Liam Stroud, was seen with the pair on the retail park footage and
is likely to join them on the day": one subject, two predicates joined by "and". The first is
our collection (seen on footage, photographed, recorded), the second the plan. Dropping the
sentence loses who will join the attack; the collection predicate goes with its "and", and the
plan keeps its subject ("A third man, believed to be Liam Stroud, is likely to join them").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tearline.analyze import lexicon as lx
from tearline.analyze.source_roles import subject_of

#: Adjectives by which a predicate tells what is yet to come: "is likely to join them".
_LIKELY: frozenset[str] = frozenset({"likely", "due", "expected", "set", "poised", "ready"})


def _planned(verb: Token) -> bool:
    """The predicate tells a plotter's next act: "will join", "intends to park", "is likely to
    join them", "is to drive" (an infinitive after "be")."""
    children = list(verb.children)
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "wo") for c in children):
        return True
    if lx.lemma(verb) in lx.INTENT_WORDS and any(c.dep_ == "xcomp" for c in children):
        return True
    if lx.lemma(verb) == "be":
        return any(
            (
                c.dep_ == "acomp"
                and c.lower_ in _LIKELY
                and any(g.dep_ == "xcomp" for g in c.children)
            )
            or (c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))
            for c in children
        )
    return False


def _act(verb: Token) -> Token:
    """The verb of the act a predicate announces: "join" in "is likely to join them", "lead"
    in "is expected to lead", the verb itself in "will bring"."""
    for child in verb.children:
        if child.dep_ == "xcomp":
            return _act(child)
        if child.dep_ == "acomp":
            following = next((g for g in child.children if g.dep_ == "xcomp"), None)
            if following is not None:
                return _act(following)
    return verb


def _set_off_subject(root: Token) -> Token | None:
    """ "A third man, believed to be Liam Stroud, was seen ...": the parser may hang the
    subject on the participle set off by commas, and that on the verb; the subject is still
    the verb's."""
    return next(
        (
            s
            for c in root.children
            if c.dep_ == "advcl" and c.i < root.i and c.tag_ in ("VBN", "VBD")
            for s in c.children
            if s.dep_ in ("nsubj", "nsubjpass") and s.i < c.i
        ),
        None,
    )


def collected_then_planned(sentence: Span, triggers: set[int]) -> tuple[int, int] | None:
    """Where the collection predicate and its "and" lie, when the sentence's root verb is a
    trigger in the passive (done to the subject), its subject is none (nor a pronoun that may
    be whoever reported), and the verb joined to it tells, in the active, a plan with no
    trigger in it; None otherwise."""
    root = sentence.root
    if root.i not in triggers or root.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "auxpass" for c in root.children):
        return None  # "KESTREL/4 drew 3,000 in expenses and is due to be met": his own doing
    conj = next((c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")), None)
    if conj is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
        return None  # a clause of its own subject is the coordinate-half rule's
    subject = subject_of(root) or _set_off_subject(root)
    if subject is None or subject.lower_ in lx.REPORTER_PRONOUNS:
        return None  # "He was recruited by us and will attend": he may be whoever reported
    if any(t.i in triggers for t in subject.subtree):
        return None
    if any(t.i in triggers for t in conj.subtree) or not _planned(conj):
        return None
    if any(c.dep_ == "auxpass" for c in _act(conj).children):
        return None  # "is next due to be met": done to him, by us, not a plotter's act
    joint = next((c for c in root.children if c.dep_ == "cc" and c.i < conj.i), None)
    if joint is None:
        return None
    # the predicate starts at its first auxiliary ("was seen"), after the subject
    predicate = [c for c in root.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < root.i]
    start = predicate[0] if predicate else root
    if start.i <= subject.right_edge.i:
        return None
    return start.idx, conj.left_edge.idx
