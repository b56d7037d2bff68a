"""Find the source by what it wants, fears and is given for telling.

"She wants no reward", "He has asked for a move to another wing", "He is worried about being
labelled a grass", "He was given extra gym sessions as a reward", "He deserted in the spring":
no word of the lexicon names a source, yet only whoever reported asks for something in return,
fears being known as the teller, is rewarded for it or has left the group. The rules read the
parse: the subject is whoever reported (see `source_roles.knower`) and the sentence holds no
threat, since the plotters also want, fear and are paid, but then the plot is in the sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from tearline.analyze import lexicon as lx
from tearline.analyze.entities import entity_type
from tearline.analyze.source_roles import knower, money, subject_of, threat_in, threat_to_others

#: What a sum paid to a source is called in a handler's note: "£300 exp + £100 reward".
_PAYMENT_NOUNS: frozenset[str] = lx.REWARD_NOUNS | frozenset({"expense", "exp", "expenses"})


def _objects(verb: Token, prepositions: tuple[str, ...]) -> list[Token]:
    """The direct objects of a verb and the objects of its prepositions ("asked for help")."""
    return [c for c in verb.children if c.dep_ == "dobj"] + [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in prepositions
        for o in c.children
        if o.dep_ == "pobj"
    ]


def _said_of_source(verb: Token) -> bool:
    subject = subject_of(verb)
    # "he is frightened: if they find out, they will kill him" is his fear, not the warning
    return subject is not None and knower(subject) and not threat_to_others(verb, subject)


#: What is asked for when nothing in particular is: "does not want anything for it".
_ANYTHING: frozenset[str] = frozenset({"anything", "nothing", "something"})
#: Verbs of what a source may want done for it: "does not want paying", "wants to be moved".
_RETURN_VERBS: frozenset[str] = lx.PAYING_VERBS | frozenset(
    {"move", "relocate", "resettle", "transfer", "name", "identify", "thank"}
)
#: What a source wants for the people at risk, as its motive: "she wants the nurses safe".
_SAFE: frozenset[str] = frozenset({"safe", "unharmed", "protected", "warned"})


def _asked_return(verb: Token) -> bool:
    """ "no reward", "help with his asylum claim", "anything for it", "nothing", "paying",
    "to be moved", "the nurses safe": a return for telling, as a noun, a bare pronoun or a
    verb, or the safety of those at risk that drives whoever reported."""
    asked = _objects(verb, ("for",))
    if any(lx.lemma(t) in lx.RETURN_NOUNS for t in asked):
        return True
    if any(t.lower_ in _ANYTHING for t in asked):
        return True  # what anyone asks for nothing or anything in return is for telling
    wished = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "oprd")]
    return any(lx.lemma(c) in _RETURN_VERBS or c.lower_ in _SAFE for c in wished)


def asks_in_return(token: Token) -> bool:
    """ "She wants no reward", "He has asked for help with his asylum claim", "He does not
    want anything for it", "She asked for nothing", "does not want paying": what whoever
    reported asks for in return, not what the plotters want for the attack."""
    if token.pos_ != "VERB" or lx.lemma(token) not in lx.ASKING_VERBS:
        return False
    return _asked_return(token) and _said_of_source(token)


def fears_exposure(token: Token) -> bool:
    """ "He is worried about being labelled a grass", "she is concerned that the leak could be
    traced back to her", "He fears reprisals": whoever reported afraid of being known."""
    if lx.lemma(token) in lx.FEAR_VERBS and token.pos_ == "VERB":
        return _said_of_source(token)
    if token.pos_ != "ADJ" or lx.lemma(token) not in lx.FEAR_ADJECTIVES:
        return False
    verb = token.head
    return verb.pos_ in ("VERB", "AUX") and _said_of_source(verb)


def rewarded(token: Token) -> bool:
    """ "She was paid for travel expenses", "He has been given extra gym sessions as a
    reward": whoever reported paid or rewarded, with no sum named (`source_roles.paid` takes
    the sums)."""
    if token.pos_ != "VERB" or lx.lemma(token) not in lx.PAID_VERBS:
        return False
    # "He is not registered and is rewarded per result": the conjoined verb shares the subject
    subject = subject_of(token)
    if subject is None or subject.dep_ != "nsubjpass" or not knower(subject) or threat_in(token):
        return False
    if lx.lemma(token) in lx.PAYING_VERBS:
        return True
    # "She has not been offered anything": a reward, named or not
    offered = [c for c in token.children if c.dep_ == "dobj"]
    if any(t.lower_ in _ANYTHING or lx.lemma(t) in lx.RETURN_NOUNS for t in offered):
        return True
    return any(lx.lemma(t) in lx.REWARD_NOUNS for t in _objects(token, ("as",)))


def left_the_group(token: Token) -> bool:
    """ "He was recruited by the Wolves as a driver in 2023 and deserted in the spring": a
    source's history with the group, said with no threat in the sentence."""
    return token.pos_ == "VERB" and lx.lemma(token) in lx.LEAVING_VERBS and _said_of_source(token)


def track_record(token: Token) -> bool:
    """ "his tips have always checked out", "his earlier warnings were accurate": the record
    of whoever reported, owned by a pronoun or set in the past, with no threat in the
    sentence."""
    if lx.lemma(token) not in lx.TRACK_NOUNS:
        return False
    if lx.lemma(token) in ("report", "reporting") and (_since_a_year(token) or _for_years(token)):
        # "paid; reporting since 2023", "has reported on the group for six years": how long
        # whoever reported has done so
        return not threat_in(token)
    if token.dep_ not in ("nsubj", "nsubjpass"):
        # "SB rate him reliable: 4 previous reports, all correct": earlier reports counted
        # are a record wherever the parse hangs them
        return (
            any(c.dep_ == "nummod" for c in token.children)
            and any(c.dep_ == "amod" and lx.lemma(c) in lx.EARLIER for c in token.children)
            and not threat_in(token)
        )
    past = any(
        (c.dep_ == "poss" and c.lower_ in ("his", "her", "their"))
        or (c.dep_ == "amod" and lx.lemma(c) in lx.EARLIER)
        for c in token.children
    )
    return past and not threat_in(token)


def _since_a_year(token: Token) -> bool:
    """ "reporting since 2023": a "since" phrase on the word whose object is a year."""
    return any(
        c.lower_ == "since"
        and any(o.like_num and len(o.text) == 4 and o.text[:2] in ("19", "20") for o in c.subtree)
        for c in token.children
    )


#: Spans of time a record is counted in: "for six years", "for over a decade".
_LONG_SPANS: frozenset[str] = frozenset({"year", "month", "decade"})


def _for_years(token: Token) -> bool:
    """ "reported for six years", "has reported on them for months": a "for" phrase on the
    word whose object is a span of years or months."""
    return any(
        c.lower_ == "for" and any(lx.lemma(o) in _LONG_SPANS for o in c.children)
        for c in token.children
    )


def driven_or_rewarded(token: Token) -> bool:
    """The subject of a verb of reward, motive, request or fear: "He was given two
    generators as a goodwill gesture", "He is motivated by ...": whoever reported, so that his
    "his" and "him" elsewhere in the report stand for the source too."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    return rewarded(verb) or motivated(verb) or asks_in_return(verb) or fears_exposure(verb)


def bears_grudge(token: Token) -> bool:
    """ "He bears a grudge against the consignee", "she wants revenge on her former boss": what
    drives whoever reported, with no threat in the sentence (the plotters' grudges come with
    their plot)."""
    if lx.lemma(token) not in lx.MOTIVE_NOUNS or token.pos_ != "NOUN":
        return False
    verb = token.head.head if token.dep_ == "pobj" else token.head
    return (
        token.dep_ in ("dobj", "pobj", "attr")
        and verb.pos_ in ("VERB", "AUX")
        and (_said_of_source(verb))
    )


def motivated(token: Token) -> bool:
    """ "He is motivated partly by the loss of his son in a 2024 bombing": what drives whoever
    reported. A threat in the cause ("by" and what hangs on it) is the past that drives him,
    not the warning."""
    if lx.lemma(token) not in lx.MOTIVATING_VERBS or token.pos_ != "VERB":
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not knower(subject):
        return False
    agent = next((c for c in token.children if c.dep_ == "agent"), None)
    # the parser hangs "in a 2024 bombing" on the verb as often as on the cause: the phrases
    # after "by" are the cause, a conjoined "and plans to shoot him" is not
    cause = {
        t.i
        for c in token.children
        if agent is not None and c.i >= agent.i and c.dep_ in ("agent", "prep")
        for t in c.subtree
    }
    return not any(
        (lx.lemma(t) in lx.THREAT_WORDS or lx.lemma(t) in lx.ATTACK_METHOD_WORDS)
        and t.i not in cause
        for t in token.sent
    )


#: Verbs by which a sum is drawn, paid or taken: "drew 2,000 in expenses".
_TAKING_VERBS: frozenset[str] = (
    lx.PAID_VERBS | lx.RECEIVING_VERBS | frozenset({"draw", "take", "claim", "collect", "earn"})
)


def taken_as_payment(token: Token) -> bool:
    """ "DORVAN/7 drew 2,000 in expenses", "He took 200 USD as a reward", "I paid him 400
    euros in expenses": a verb that takes a sum, with or without its currency, as expenses or
    a reward, said of anyone but the plotters ("The cell offers 5,000 as a reward" is their
    bounty) in a sentence with no threat."""
    if token.pos_ != "VERB" or lx.lemma(token) not in _TAKING_VERBS:
        return False
    if not any(c.dep_ == "dobj" and any(t.like_num for t in c.subtree) for c in token.children):
        return False
    if not any(
        c.dep_ == "prep" and c.lower_ in ("in", "as") and lx.lemma(o) in _PAYMENT_NOUNS
        for c in token.children
        for o in c.children
        if o.dep_ == "pobj"
    ):
        return False
    subject = subject_of(token)
    if subject is not None and (
        lx.lemma(subject) in lx.ACTOR_WORDS or lx.lemma(subject) in lx.GROUP_NOUNS
    ):
        return False
    return not any(
        lx.lemma(t) in lx.THREAT_WORDS or lx.lemma(t) in lx.ATTACK_METHOD_WORDS for t in token.sent
    )


def paid_sum(token: Token) -> bool:
    """ "pd £300 exp + £100 reward (prev. tip ...)", "a £100 reward": a sum named as a reward
    or expenses, in a note with no subject or said of whoever reported. The plotters' bounty
    has its payer ("The cell offers a £5,000 reward") and stays; what the reward was for
    ("prev. tip re the post office raid") is history."""
    if lx.lemma(token) not in _PAYMENT_NOUNS or token.pos_ not in ("NOUN", "PROPN"):
        return False
    amounts = [c for c in token.children if c.dep_ in ("nummod", "quantmod", "compound")]
    # "Expenses of GBP 150 paid", "a reward of 200 euros": the sum after "of"
    stated = [
        o
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    if not any(
        t.like_num and any(s.is_currency for s in t.subtree) for a in amounts for t in a.subtree
    ) and not any(money(a) for a in stated):
        return False
    verb = token.head if token.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    payer = subject_of(verb) if verb is not None else None
    # "TALLOW was paid £400 expenses": a passive's subject is paid, and pays nothing
    if payer is not None and payer.dep_ != "nsubjpass" and payer.i != token.i and not knower(payer):
        return False
    own = {t.i for t in token.subtree}
    return not any(
        (lx.lemma(t) in lx.THREAT_WORDS or lx.lemma(t) in lx.ATTACK_METHOD_WORDS) and t.i not in own
        for t in token.sent
    )


#: What whoever reported is next due to do with us: "due in", "due to be met", "due to report".
_CONTACT_VERBS: frozenset[str] = frozenset(
    {"meet", "report", "debrief", "contact", "call", "check", "see", "interview", "visit"}
)


def next_contact_due(token: Token) -> bool:
    """ "He is next due in on 12 October", "KESTREL is next due to report on Friday": when
    whoever reported is next due to meet us, which the plotters could watch. Asked of the
    verb that "due" hangs on, so the sentence goes whole. Not said of the plotters or of
    things ("The cell is next due to meet at the farm", "The ferry is next due in"), nor in a
    sentence of the threat."""
    due = next((c for c in token.children if c.lower_ == "due"), None)
    if due is None:
        return False
    if not any(c.lower_ == "next" for c in (*token.children, *due.children)):
        return False
    # "due in": come in to us; or due to meet, report or be debriefed
    if not any(c.lower_ == "in" and c.dep_ in ("advmod", "prt") for c in due.children) and not (
        any(lx.lemma(t) in _CONTACT_VERBS and t.pos_ == "VERB" for t in due.subtree)
    ):
        return False
    subject = subject_of(token)
    if subject is not None and not (
        subject.lower_ in ("he", "she")
        or (subject.pos_ == "PROPN" and entity_type(subject) not in ("ORG", "NORP"))
        or knower(subject)
        or lx.lemma(subject) in lx.SOURCE_NOUNS
    ):
        return False
    return not any(
        lx.lemma(t) in lx.THREAT_WORDS or lx.lemma(t) in lx.ATTACK_METHOD_WORDS for t in token.sent
    )


#: Every word, by lemma, on which a rule of this module can return True for the token it is
#: asked of: a caller that asks them all of every token may skip the rest.
TRIGGER_WORDS: frozenset[str] = (
    lx.ASKING_VERBS  # asks_in_return
    | lx.FEAR_VERBS  # fears_exposure
    | lx.FEAR_ADJECTIVES  # fears_exposure
    | lx.PAID_VERBS  # rewarded
    | lx.LEAVING_VERBS  # left_the_group
    | lx.TRACK_NOUNS  # track_record
    | lx.MOTIVE_NOUNS  # bears_grudge
    | lx.MOTIVATING_VERBS  # motivated
    | _PAYMENT_NOUNS  # paid_sum
    | _TAKING_VERBS  # taken_as_payment
    | frozenset({"be"})  # next_contact_due, of the verb "due" hangs on
)
