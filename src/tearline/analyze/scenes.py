"""The scene whoever reported was at, and what the plotters did there.

"On 28 October ELK sat in on planning talk at the farm, where Rune set out the plan to burn
the shelter", "The source attended a meeting on 3 May at which Vasko assigned the gunmen to
the north gate", "He was present when the brothers agreed to torch the hostel": the sentence
opens with how the source came to know (his presence, its date and place) and closes with a
relative clause that holds the plot. Dropping the sentence loses the warning; the opening
goes, and the clause stands as a sentence of its own ("Rune set out the plan to burn ...").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tearline.analyze import lexicon as lx

#: Words that open a clause about the scene: "where", "when", "at which", "in which".
_SCENE_ADVERBS: frozenset[str] = frozenset({"where", "when", "whereupon"})
_SCENE_PREPOSITIONS: frozenset[str] = frozenset({"at", "in", "during", "on", "after"})


#: Pronouns that may stand for whoever reported: the clause may be about him.
_PERSONAL: frozenset[str] = frozenset({"he", "she", "i", "we", "you"})


def _opener(clause: Token) -> Token | None:
    """The word that opens a relative or adverbial clause of scene: "where", "at which"."""
    for child in clause.children:
        if child.i > clause.i:
            break
        if child.dep_ in ("advmod", "mark") and child.lower_ in _SCENE_ADVERBS:
            return child
        if (
            child.dep_ == "prep"
            and child.lower_ in _SCENE_PREPOSITIONS
            and any(o.lower_ == "which" for o in child.children)
        ):
            return child
    return None


def _subject(clause: Token) -> Token | None:
    return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)


#: Words of harm, weapons and attackers; a car, a van or a device alone is no plot ("where
#: the car is kept").
_HARM: frozenset[str] = (
    lx.THREAT_WORDS
    | lx.ACTOR_WORDS
    | (lx.ATTACK_METHOD_WORDS - {"device", "truck", "van", "car", "vehicle", "belt", "drone"})
)


def _harm(tokens: list[Token]) -> bool:
    return any(lx.lemma(t) in _HARM for t in tokens)


def scene_opening(sentence: Span, triggers: set[int]) -> tuple[int, int] | None:
    """The characters of the opening that tells how whoever reported was at the scene, when
    the rest of the sentence is a clause of what the plotters did there; None otherwise.
    `triggers` are the indices of the source's and the method's words in the sentence."""
    for clause in sentence:
        if clause.dep_ not in ("relcl", "advcl") or clause.pos_ not in ("VERB", "AUX"):
            continue
        opener = _opener(clause)
        subject = _subject(clause)
        if opener is None or subject is None or subject.i in triggers:
            continue
        if subject.lower_ in _PERSONAL:
            continue  # "where he was given a pistol": he may be whoever reported
        if lx.lemma(clause) in lx.REPORTING_VERBS:
            continue  # "in which the harbour contact confirmed that ...": another frame
        if sentence.root.i > opener.i:
            continue  # "when the car was serviced, relayed the exchange": the clause is an aside
        if clause.head.i > opener.i:
            continue  # "...; when Merrow takes questions, Daskin will fire": it times the plot
        first = min(opener.i, clause.left_edge.i)
        if first <= sentence.start or not any(sentence.start <= i < first for i in triggers):
            continue
        rest = list(sentence.doc[first : sentence.end])
        if any(t.i in triggers for t in rest) or not _harm(rest):
            continue
        start = subject.left_edge
        between = sentence.doc[opener.i + 1 : start.i]
        if start.i <= opener.i or any(not t.is_punct and t.lower_ != "which" for t in between):
            continue  # "where, as he says, Rune ...": the clause does not open on its subject
        return sentence.start_char, start.idx
    return None
