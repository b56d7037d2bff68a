"""Our surveillance following a plotter, and the plotter's own movement it saw.

"A mobile team then followed Hosk to Fernhill Close twice last week, where he photographed
the house" tells Hosk that he was followed; that he went to the target's street, and what he
did there, is the warning. Where he went that no threat names is only where we saw him. The
plotters have teams that follow people too ("the gang's mobile team will follow the
minister"), so only a team that no one else owns, that followed in the past, and whose quarry
is no target of the threat is ours.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span, Token

from tearline.analyze import lexicon as lx

#: Verbs of following someone about.
FOLLOWING_VERBS: frozenset[str] = frozenset({"follow", "tail", "trail", "shadow"})
#: Who follows: a team, a unit or officers; who watches or films: watchers and cameras too.
FOLLOWER_NOUNS: frozenset[str] = frozenset(
    {"team", "unit", "crew", "officer", "detective", "watcher", "camera"}
)
#: Verbs of watching someone and keeping what was seen: "photographed Haas", "filmed him".
WATCHING_VERBS: frozenset[str] = frozenset({"photograph", "film", "video", "videotape"})
#: Owners a following team may have and still be ours or a partner's: "our team", and "its
#: watchers" or "their officers" of a service; a named owner ("the gang's team") is theirs.
_OWNER_PRONOUNS: frozenset[str] = frozenset({"our", "its", "their"})
#: What makes a team one that follows people: "a mobile team", "the surveillance unit".
FOLLOWER_KINDS: frozenset[str] = frozenset(
    {"mobile", "surveillance", "follow", "foot", "covert", "observation", "static"}
)
#: Threat verbs whose object, anywhere in the report, is a target and never our quarry.
_TARGETING: frozenset[str] = lx.THREAT_WORDS | lx.INTENT_WORDS


#: "Mobile Surveillance Team 3 (callsigns Echo 1-4)", "our callsign Kilo 2", "Callsigns: Echo
#: 1-4": the radio names of a watching team of ours (a plotters' net, "between the callsigns
#: SPARROW and KILN", is the codename recognizer's). Given with a number, a name is one of
#: ours only with a number after it ("Echo 2"), never alone.
_OWN_CALLSIGNS = re.compile(
    r"(?:(?i:\bour[ \t]+(?:[a-z]+[ \t]+)?)"
    r"|(?i:\b(?:surveillance|observation|mobile|covert|follow|foot)\b)[^\n.;:()]{0,40}?\([ \t]*"
    r"|^[ \t]*(?i:unit|team|crew)[ \t]*:[^\n]{0,60}?|^[ \t]*(?=(?i:call[ -]?signs?)[ \t]*:))"
    r"\b(?i:call[ -]?signs?)[ \t]*:?[ \t]*(?i:(?:is|are|was|were)[ \t]+)?"
    r"(?P<name>[A-Z][a-z]{2,}|[A-Z]{3,})"
    r"(?P<numbered>[ \t-]?\d{1,2}\b)?",
    re.MULTILINE,
)


@functools.lru_cache(maxsize=8)
def own_callsigns(text: str) -> tuple[tuple[str, bool], ...]:
    """Each callsign name a report gives its own watching team, and whether it is numbered."""
    found: dict[str, bool] = {}
    for declared in _OWN_CALLSIGNS.finditer(text):
        found.setdefault(declared.group("name"), declared.group("numbered") is not None)
    return tuple(found.items())


#: Where a document keeps its callsigns: asked of every capitalized word, they are read once.
_CALLSIGNS_KEY = "tearline.own_callsigns"


def _callsigns_of(doc: Doc) -> tuple[tuple[str, bool], ...]:
    """The callsigns of the report, read from its text once per document: `doc.text` is
    rebuilt at each call, which per word made the question quadratic in the report's length.
    The text of a parsed document never changes, so the answer kept on it stays true."""
    found: tuple[tuple[str, bool], ...] | None = doc.user_data.get(_CALLSIGNS_KEY)
    if found is None:
        found = own_callsigns(doc.text)
        doc.user_data[_CALLSIGNS_KEY] = found
    return found


def own_callsign_mentions(text: str) -> list[tuple[int, int]]:
    """Every mention of our team's callsigns ("Echo 2 and Echo 4 mobile behind")."""
    spans: list[tuple[int, int]] = []
    for name, numbered in own_callsigns(text):
        number = r"[ \t-]?\d{1,2}\b" if numbered else ""
        spans.extend(
            m.span() for m in re.finditer(rf"(?<![\w'-]){re.escape(name)}{number}(?![\w'-])", text)
        )
    return spans


def own_callsign(token: Token) -> bool:
    """ "Echo 1 on foot at yard fence": a member of our watching team, by the callsign the
    report gave it; what he does or where he stands is our surveillance."""
    if not token.text[:1].isupper():
        return False  # a callsign is a name: most words need no look at the report
    for name, numbered in _callsigns_of(token.doc):
        if token.text != name:
            continue
        if not numbered:
            return True
        after = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return after is not None and after.like_num
    return False


def following_team(token: Token) -> bool:
    """ "A mobile team then followed Hosk", "our surveillance unit tailed him", "Its watchers
    photographed Haas": a following or watching team of ours or of a partner, as the subject
    of its following. Not the plotters' ("the gang's mobile team will follow the minister",
    "a team of the gang followed her"), nor one that followed a target of the threat."""
    if lx.lemma(token) not in FOLLOWER_NOUNS:
        return False
    # "he was followed by the team to the station": the team as the agent of the passive
    passive = token.dep_ == "pobj" and token.head.dep_ == "agent"
    if token.dep_ != "nsubj" and not passive:
        return False
    verb = token.head.head if passive else token.head
    if lx.lemma(verb) not in FOLLOWING_VERBS | WATCHING_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return False
    if lx.unrealized(verb):
        return False
    owners = [c for c in token.children if c.dep_ == "poss"]
    if any(o.lower_ not in _OWNER_PRONOUNS for o in owners):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in token.children):
        return False  # "a team of the gang", "a team from the cell": theirs
    if (
        not owners
        and not passive
        and not any(
            lx.lemma(c) in FOLLOWER_KINDS or c.lower_ in FOLLOWER_KINDS
            for c in token.children
            if c.dep_ in ("amod", "compound")
        )
    ):
        return False
    quarry = _quarry(verb)
    return quarry is not None and not _targeted(verb.doc, quarry)


def followed_by_team(verb: Token) -> bool:
    """ "The subject was followed by the team to the station": the passive verb of our team's
    following tells the following as much as the team does."""
    if lx.lemma(verb) not in FOLLOWING_VERBS or verb.tag_ != "VBN":
        return False
    return any(
        following_team(o)
        for by in verb.children
        if by.dep_ == "agent"
        for o in by.children
        if o.dep_ == "pobj"
    )


def followed_movement(sentence: Span, triggers: set[int]) -> tuple[Token, Token] | None:
    """The following to cut and the "to" that says where the quarry went: "A mobile team
    then followed Hosk to Fernhill Close" reads "Hosk went to Fernhill Close". None when no
    following team is among the triggers, or the following says nowhere it led."""
    for token in sentence:
        if token.i not in triggers or not following_team(token):
            continue
        verb = token.head
        quarry = _quarry(verb)
        goal = next(
            (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into")),
            None,
        )
        if quarry is None or goal is None or goal.i != quarry.right_edge.i + 1:
            return None  # "followed Teller from his flat to ...": no plain movement to tell
        if not _threatened_place(sentence.doc, goal, sentence):
            return None  # a place of no threat: where we saw him is all it tells
        if any(i in triggers for i in range(verb.i + 1, sentence.end)):
            return None  # more collection after the following: the usual rules judge it
        return quarry, goal
    return None


def _threatened_place(doc: Doc, goal: Token, sentence: Span) -> bool:
    """Whether the place the quarry went to is named in another sentence that holds a
    threat ("kidnap the family ... from their home at 9 Fernhill Close"): going there is
    the plotter's reconnaissance of the target, which the warning needs."""
    names = {t.text for t in goal.subtree if t.pos_ == "PROPN"}
    if not names:
        return False
    return any(
        other != sentence
        and any(lx.lemma(t) in _TARGETING for t in other)
        and any(t.text in names for t in other)
        for other in doc.sents
    )


#: What a report calls the person it watches: "the subject was followed".
_WATCHED_NOUNS: frozenset[str] = frozenset({"subject"})


def _quarry(verb: Token) -> Token | None:
    """Whom the team followed: a person by name, a pronoun or "the subject", the object of
    the following or the subject of its passive."""
    quarry = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if quarry is None:
        return None
    if quarry.pos_ not in ("PROPN", "PRON") and lx.lemma(quarry) not in _WATCHED_NOUNS:
        return None
    return quarry


def _targeted(doc: Doc, quarry: Token) -> bool:
    """Whether the quarry's name stands in what a threat verb of the report is done to
    ("kidnap the wife and children of Martin Ebbe"): the one followed is then the target."""
    if quarry.pos_ != "PROPN":
        return False
    for verb in doc:
        if lx.lemma(verb) not in _TARGETING or verb.pos_ != "VERB":
            continue
        for thing in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
            if any(t.text == quarry.text for t in thing.subtree):
                return True
    return False
