"""Find notes that tell the writer of a release what it must leave out.

"Do not reference the northern net or the courier in any release", "Any warning must not point
to the embassy", "Nothing in the tearline should hint at the crossing", "The notification should
make no mention of the informant": a note about what the release may not say lists exactly
what it must hide, and is addressed to the writer, never to the recipient. No list of verbs
finds them all ("reference", "point to", "hint at", "allude to", "say nothing about" ...), so
this reads the parse instead: a verb that is negated ("not", "nothing", "no mention") or is a
verb of avoiding, and that has the release itself as its subject ("any warning must not ...")
or as the place where something must not be ("... in any release", "nothing in the advisory").
A release that is only an object ("will not give any warning") is the plotters' business.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tearline.analyze import lexicon as lx

#: What the writer is producing: the release and its usual names.
RELEASE_NOUNS: frozenset[str] = frozenset(
    {
        "warning",
        "release",
        "notification",
        "advisory",
        "tearline",
        "notice",
        "version",
        "report",
        "briefing",
        "product",
        "dissemination",
    }
)
#: Where in a release something must not be: "in any release", "nothing in the advisory",
#: "kept from the warning".
RELEASE_PLACES: frozenset[str] = frozenset({"in", "into", "within", "from"})
#: Verbs that are refusals by themselves: "avoid any allusion to the phone".
AVOIDING: frozenset[str] = frozenset({"avoid", "omit", "exclude", "withhold", "refrain"})
#: Words that negate a verb's object or subject: "say nothing", "make no mention".
NOTHING: frozenset[str] = frozenset({"nothing", "none", "no"})
#: Modals of an instruction: "must not", "should not", "may not".
INSTRUCTING: frozenset[str] = frozenset(
    {"must", "should", "may", "can", "shall", "need", "ought", "cannot"}
)
#: Who writes the release, as the subject of an instruction: "we should not refer to ...".
WRITERS: frozenset[str] = frozenset({"we", "you", "one"})
#: How far up the parse a release noun may sit from its verb: "in" -> verb, or "in" ->
#: "nothing" -> verb.
_MAX_STEPS = 4


def release_limit_anchors(doc: Doc) -> list[int]:
    """Character offsets of the clauses that tell the writer what a release must not say."""
    anchors: list[int] = []
    for token in doc:
        if token.lemma_.lower() not in RELEASE_NOUNS or token.dep_ not in (
            "pobj",
            "nsubj",
            "nsubjpass",
        ):
            continue
        verb = _limiting_verb(token)
        if verb is not None:
            anchors.append(_clause_start(verb).idx)
    return anchors


def _clause_start(verb: Token) -> Token:
    """The first word of the verb's own clause, leaving out a clause the parser hung on it
    ("The cell will bomb the depot; nothing in the warning should point ...")."""
    own = [c.left_edge for c in verb.children if c.dep_ not in ("ccomp", "parataxis", "punct")]
    return min([verb, *own], key=lambda t: t.i)


def _limiting_verb(noun: Token) -> Token | None:
    """The verb of which the release noun is the subject or the place, when that verb says
    what must not be in it; None otherwise."""
    if noun.dep_ == "pobj" and noun.head.lower_ not in RELEASE_PLACES:
        return None
    node = noun
    for _ in range(_MAX_STEPS):
        if node.dep_ not in ("pobj", "prep", "nsubj", "nsubjpass") or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            break
    else:
        return None
    if node.pos_ not in ("VERB", "AUX") or node.lemma_.lower() in lx.THREAT_WORDS:
        return None
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == node.i and not _instructed(node):
        return None  # "the warning did not reach them": what happened, not an instruction
    if not _writer_or_release(node, noun):
        return None  # "the kidnappers will say nothing in the ransom notice": the plotters
    return node if _refused(node) else None


def _writer_or_release(verb: Token, noun: Token) -> bool:
    """Whether the verb is said of the release or of its writer: no subject (an order to the
    writer), "we" or "you", the release noun itself, or "nothing"/"none" ("nothing in the
    advisory should ...")."""
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass") or child.i == noun.i:
            continue
        if (
            child.lower_ not in WRITERS
            and child.lower_ not in NOTHING
            and child.lemma_.lower() not in RELEASE_NOUNS
        ):
            return False
    return True


def _instructed(verb: Token) -> bool:
    """Whether the verb is an instruction: "must not point", "should make no mention"."""
    return any(c.dep_ == "aux" and c.lower_ in INSTRUCTING for c in verb.children)


def _refused(verb: Token) -> bool:
    """Whether the verb is negated or a refusal: "not", "say nothing", "no mention",
    "nothing ... should hint", "avoid"."""
    if verb.lemma_.lower() in AVOIDING:
        return True
    for child in verb.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ in ("dobj", "nsubj", "nsubjpass") and (
            child.lower_ in NOTHING
            or any(d.dep_ == "det" and d.lower_ == "no" for d in child.children)
        ):
            return True
    return False
