"""Roles over the parse that reveal a technical operation of ours and how it is run.

"The exploit was delivered in a crafted MMS", "the handset microphone was switched on for two
hours", "Kastell has not noticed the battery drain", "Legal authority runs to 31 October":
none names a collection discipline, yet each tells the target how we got into his phone, what
to look for, and how long we may stay. The plotters' own tools and plans use the same words
("the crew will deliver malware", "the bomber will switch on the device's microphone", "the
battery of the timer"), so each rule reads who acts and when from the parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from tearline.analyze import lexicon as lx
from tearline.analyze.entities import entity_type

#: Code by which a device is broken into: ours, unless someone else owns it or delivers it.
EXPLOIT_NOUNS: frozenset[str] = frozenset(
    {"exploit", "spyware", "malware", "trojan", "rootkit", "backdoor"}
)
#: What a device records with: switched on remotely, it is our listening.
LISTENING_PARTS: frozenset[str] = frozenset({"microphone", "mic", "webcam", "camera"})
#: Verbs that turn a device's part on.
_SWITCHING_VERBS: frozenset[str] = frozenset({"switch", "turn", "activate", "enable", "open"})
#: Signs on a device that something runs on it unseen: what its owner might notice.
COMPROMISE_SIGNS: frozenset[str] = frozenset(
    {"drain", "overheating", "slowdown", "lag", "reboot", "restart", "data", "usage"}
)
#: Verbs of a target coming to notice something.
_NOTICING_VERBS: frozenset[str] = frozenset(
    {"notice", "suspect", "detect", "spot", "realise", "realize", "discover"}
)
#: Pronouns that stand for what was not noticed: "members do not suspect it".
_UNNOTICED_PRONOUNS: frozenset[str] = frozenset({"it", "anything", "this", "that"})
#: Legal instruments whose term is said as a span of time: "Legal authority runs to ...".
AUTHORITY_NOUNS: frozenset[str] = lx.INSTRUMENT_NOUNS | frozenset({"authority", "mandate"})
#: Verbs of an instrument's term: it runs, lasts, expires, is renewed or extended.
_TERM_VERBS: frozenset[str] = frozenset(
    {"run", "last", "expire", "lapse", "renew", "extend", "end", "remain"}
)
#: Words of an instrument's own that say it is about collection or the law.
_AUTHORITY_KINDS: frozenset[str] = lx.INSTRUMENT_MODIFIERS | frozenset(
    {"legal", "judicial", "lawful", "statutory"}
)
#: Instruments that are ours only when a word says of what kind: "legal authority",
#: "a production order"; a bare "authority" or "order" is anyone's.
_NEEDS_A_KIND: frozenset[str] = frozenset({"authority", "order", "mandate"})
_MODALS: frozenset[str] = frozenset({"MD", "TO"})
_ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})


def our_exploit(token: Token) -> bool:
    """ "The exploit was delivered in a crafted MMS", "spyware on his phone": code that broke
    into a device is ours, unless someone else owns it ("the crew's malware") or will use it
    ("the crew will deliver malware through the staff e-mail")."""
    if token.pos_ not in ("NOUN", "PROPN") or lx.lemma(token) not in EXPLOIT_NOUNS:
        return False
    if _owned(token):
        return False
    verb = _verb_of(token)
    if verb is None:
        return True
    if _planned(verb):
        return False
    return not any(_someone_else(d) for d in _doers(verb))


def opened_microphone(token: Token) -> bool:
    """ "The handset microphone was switched on for two hours": a device's microphone, or its
    camera, turned on by no one named is our listening. The plotters' plan to turn one on
    ("the bomber will switch on the device's microphone") or their act ("Pell switched on
    the camera") is theirs."""
    if token.pos_ not in ("NOUN", "PROPN") or lx.lemma(token) not in LISTENING_PARTS:
        return False
    if lx.lemma(token) == "camera" and not any(
        lx.lemma(m) in lx.DEVICE_NOUNS for m in token.children if m.dep_ in ("compound", "poss")
    ):
        return False  # a camera on its own may be a street camera the plotters disable
    verb = token.head
    if verb.pos_ != "VERB" or lx.lemma(verb) not in _SWITCHING_VERBS:
        return False
    if token.dep_ != "nsubjpass" or verb.tag_ != "VBN" or _planned(verb):
        return False
    return not any(_someone_else(d) for d in _doers(verb))


def unnoticed(token: Token) -> bool:
    """ "Kastell has not noticed the battery drain", "members do not suspect it": that a
    target has not noticed the signs of our access is said only to keep it so. Not what a
    victim has not noticed of the plan ("she has not noticed the van that follows her")."""
    if token.pos_ != "VERB" or lx.lemma(token) not in _NOTICING_VERBS:
        return False
    if not any(c.dep_ == "neg" for c in token.children) or _planned(token):
        return False
    noticed = [c for c in token.children if c.dep_ == "dobj"]
    return any(
        n.lower_ in _UNNOTICED_PRONOUNS
        or lx.lemma(n) in COMPROMISE_SIGNS
        or any(lx.lemma(m) in COMPROMISE_SIGNS for m in n.children if m.dep_ == "compound")
        for n in noticed
    )


def authority_term(token: Token) -> bool:
    """ "Legal authority runs to 31 October", "the warrant expires on 20 November": how long
    our collection is allowed to go on, which tells the target when to expect it to end. An
    instrument the plotters hold ("his permit runs to May") or an authority that runs
    something ("the port authority runs the terminal") is no term of ours."""
    if token.pos_ not in ("NOUN", "PROPN") or lx.lemma(token) not in AUTHORITY_NOUNS:
        return False
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if _owned(token):
        return False
    if lx.lemma(token) in _NEEDS_A_KIND and not any(
        lx.lemma(m) in _AUTHORITY_KINDS for m in token.children if m.dep_ in ("amod", "compound")
    ):
        return False  # "the port authority", "the court order against Pell": not ours
    if any(lx.lemma(t) in lx.THREAT_WORDS for t in token.sent):
        return False  # "the order expires on 2 May, after which he plans to kill the judge"
    verb = token.head
    if lx.lemma(verb) not in _TERM_VERBS or any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(
        c.dep_ == "prep" and any(calendar_date(o) for o in c.children if o.dep_ == "pobj")
        for c in verb.children
    )


#: Words of leave given for an act: with a collection of ours after "for", the leave is ours.
PERMISSION_NOUNS: frozenset[str] = AUTHORITY_NOUNS | frozenset(
    {"approval", "permission", "authorisation", "authorization", "sign-off", "clearance"}
)


def permission_noun(token: Token) -> bool:
    """ "Authority for ...", "the warrant for ...", "approval of ...": a noun of leave given,
    which nobody named holds ("Pell's permission" is his)."""
    return (
        token.pos_ in ("NOUN", "PROPN")
        and lx.lemma(token) in PERMISSION_NOUNS
        and not _owned(token)
    )


#: Month names, full and short, by which a date is told.
_MONTHS: frozenset[str] = lx.MONTHS


#: Requests by which we ask a provider for someone's data: "a communications data request".
_REQUEST_NOUNS: frozenset[str] = frozenset({"request", "application", "notice"})
#: What such a request asks for, or how it is made.
_REQUEST_KINDS: frozenset[str] = frozenset(
    {"communications", "communication", "data", "datum", "cdr", "covert", "preservation"}
    | {"disclosure"}
)


def data_request(token: Token) -> bool:
    """ "subject to a covert communications data request", "a preservation request was sent
    to the provider": our request for someone's data. A request the plotters make or will
    make ("the hackers will send a fake data request to the bank") is their method."""
    if token.pos_ not in ("NOUN", "PROPN") or lx.lemma(token) not in _REQUEST_NOUNS:
        return False
    kinds = {lx.lemma(m) for m in token.children if m.dep_ in ("amod", "compound", "nmod")}
    kinds |= {
        lx.lemma(m)
        for c in token.children
        if c.dep_ in ("amod", "compound", "nmod")
        for m in c.children
        if m.dep_ in ("amod", "compound", "nmod")
    }
    if len(kinds & _REQUEST_KINDS) < 2 and not kinds & {"cdr", "preservation"}:
        return False  # "a data request" alone may be anyone's; "communications data" is ours
    if _owned(token):
        return False
    if token.dep_ == "pobj" and token.head.head.pos_ == "ADJ":
        return True  # "his account is subject to a ... request": it is done to him
    verb = _verb_of(token)
    if verb is None:
        return True
    return not _planned(verb) and not any(_someone_else(d) for d in _doers(verb))


def calendar_date(token: Token) -> bool:
    """ "31 October", "the end of May": a calendar date, told by its month."""
    return any(t.lower_.rstrip(".") in _MONTHS for t in token.subtree)


def _verb_of(noun: Token) -> Token | None:
    """The verb a noun is the subject or object of, directly or through a preposition."""
    current = noun
    for _ in range(3):
        if current.pos_ in ("VERB", "AUX"):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return current if current.pos_ in ("VERB", "AUX") else None


def _planned(verb: Token) -> bool:
    """ "will deliver", "is to switch on": a verb of what is yet to happen."""
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in _MODALS for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.tag_ == "VB"
    )


def _doers(verb: Token) -> list[Token]:
    """Who does the verb: its active subject, or the object of its "by"."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [o for c in verb.children if c.dep_ == "agent" for o in c.children]
    return doers


def _owned(noun: Token) -> bool:
    """ "the hackers' exploit", "Pell's permit": whoever is named as owner is not us."""
    return any(c.dep_ == "poss" and c.lower_ not in ("our", "we") for c in noun.children)


def _someone_else(token: Token) -> bool:
    """A person, a group or a pronoun that is not us."""
    if token.lower_ in ("we", "our", "us", "ours"):
        return False
    return (
        lx.lemma(token) in lx.ACTOR_WORDS
        or lx.lemma(token) in lx.GROUP_NOUNS
        or token.pos_ in ("PRON", "PROPN")
        or entity_type(token) in _ACTOR_ENTITIES  # last: it may run the entity recognizer
    )


#: Every word, by lemma or in lower case, on which a rule of this module can return True.
TRIGGER_WORDS: frozenset[str] = (
    EXPLOIT_NOUNS | LISTENING_PARTS | _NOTICING_VERBS | AUTHORITY_NOUNS | _REQUEST_NOUNS
)
