"""Find the source where no source word names it: by its role in the sentence.

A report names its source once ("She states that ...") and then speaks of it in plain words:
"The man saw ...", "He was given 40 USD", "Mercer asked her to rent the van", "his cousin
Rahim". Each of these reveals who reported, how they knew or what they were paid, yet holds
no word of the lexicon. The rules read the parse: who is the subject of a verb of learning or
of being paid, and whom the plotters deal with, when that person is whoever reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from tearline.analyze import lexicon as lx
from tearline.analyze.entities import entity_type
from tearline.analyze.interviewee import (
    bare_subject,
    interviewed,
    questioned,
    questioned_by_name,
)

#: The pronouns by which a report speaks of a source who reported as "he", "she" or "I".
_FORMS: dict[str, frozenset[str]] = {
    "he": frozenset({"him", "his", "himself"}),
    "she": frozenset({"her", "hers", "herself"}),
    "i": frozenset({"me", "my", "myself"}),
}


def forms_of(pronoun: str) -> frozenset[str]:
    """The object and possessive forms of a person's pronoun ("he": him, his, himself), as
    `source_pronouns` gives them; any other word stands for itself, as no source does."""
    return _FORMS.get(pronoun, frozenset({pronoun}))


#: Persons who can be a source: the plural "they" is the plotters as often as not.
_PERSONS: frozenset[str] = frozenset(_FORMS)
#: Prepositions that tie an interaction to its other party ("borrowed from him").
_PARTY_PREPOSITIONS: frozenset[str] = frozenset({"from", "to", "with", "in"})


def reporter(token: Token) -> bool:
    """A pronoun that reports content ("He stated that ..."), or a bare "the contact" or
    "the caller" that reports anything ("The contact reported that ..."): the source."""
    if token.dep_ != "nsubj" or lx.lemma(token.head) not in lx.REPORTING_VERBS:
        return False
    if token.lower_ in lx.REPORTER_PRONOUNS:
        return any(c.dep_ == "ccomp" for c in token.head.children)
    # the parser may miss the content clause ("plan" read as a noun): the noun alone decides
    return token.lower_ not in _PERSONS and knower(token)


#: Where a document keeps the nouns it has called its source by ("one of my night porters
#: told me" makes "the porter" the source for the rest of the report).
LEARNED_KEY = "tearline_source_nouns"


def learn_source(sentence: Span, pronouns: frozenset[str]) -> frozenset[str]:
    """After a sentence about the source is dropped: the noun that reported in it ("one of my
    night porters told me") becomes a name for the source in the rest of the document, and so
    does its pronoun subject ("He is a steady lad ..."), whose "his" and "him" follow."""
    learned: set[str] = sentence.doc.user_data.setdefault(LEARNED_KEY, set())
    for token in sentence:
        if token.dep_ != "nsubj" or lx.lemma(token.head) not in lx.REPORTING_VERBS:
            continue
        _learn_noun(token, learned, token.head)
    for token in sentence:
        if token.lower_ == "one" and token.dep_ in ("appos", "nsubj", "dobj"):
            _learn_noun(token, learned)  # "something one of my night porters told me"
    subject = subject_of(sentence.root)
    if subject is not None and subject.lower_ in _FORMS:
        return pronouns | _FORMS[subject.lower_]
    return pronouns


#: Nouns that report without being a person: messages, imagery, the plotters' own groups.
_NOT_LEARNED: frozenset[str] = (
    lx.GROUP_NOUNS | lx.ACTOR_WORDS | lx.COMMS_NOUNS | lx.EVIDENCE_NOUNS | lx.INFORMATION_NOUNS
)


def _learn_noun(token: Token, learned: set[str], verb: Token | None = None) -> None:
    """The noun a reporting subject names the source by; "one of my porters": "porter"."""
    noun = token
    if token.pos_ == "NUM" or token.lower_ in ("one", "some"):
        # the head of "of my night porters" is its last object, not "night"
        objects = [o for c in token.children if c.lower_ == "of" for o in c.children]
        noun = max(objects, key=lambda o: o.i) if objects else token
    if noun.pos_ != "NOUN":
        return
    lemma = lx.lemma(noun)
    if lemma not in _NOT_LEARNED or (
        lemma in lx.ACTOR_WORDS
        and lemma not in lx.GROUP_NOUNS
        and verb is not None
        and _told_us(token, verb)
    ):
        learned.add(lemma)


#: Whom a plotter tells when he has become our source: our questioners, or us.
_OUR_LISTENERS: frozenset[str] = lx.STAFF_ROLE_NOUNS | {"us", "police", "authority"}
#: What was done to a plotter who then told: held and questioned by our side.
_HELD: frozenset[str] = frozenset(
    {"detain", "arrest", "capture", "question", "interview", "debrief", "interrogate"}
)


def _told_us(noun: Token, verb: Token) -> bool:
    """A plotter's noun that reported to our side, so that it names the source from then on:
    "A courier detained at the checkpoint said ...", "the driver told debriefers ...",
    "One of the gunmen, arrested in May, told us ...". A courier who tells his cell names no
    source."""
    listeners = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + [
        o for c in verb.children if c.lower_ == "to" for o in c.children if o.dep_ == "pobj"
    ]
    if any(lx.lemma(t) in _OUR_LISTENERS for t in listeners):
        return True
    held = [t for t in noun.subtree if t.i != noun.i and t.pos_ in ("VERB", "ADJ")]
    return any(lx.lemma(t) in _HELD for t in held)


def knower(token: Token, ignore: Token | None = None) -> bool:
    """ "he", or a bare "the man" / "the individual": how a report refers back to its source."""
    if token.lower_ in _PERSONS or token.text == "SUBJECT":
        return True  # "SUBJECT": how an interview summary names whoever was questioned
    if interviewed(token) or bare_subject(token) or questioned_by_name(token):
        return True  # "the returnee", a screening record's "Subject", "Vell" questioned
    # "the man", "the old man"; never "the fourth man" of a list of plotters
    described = [
        c.lower_
        for c in token.children
        if not (c.dep_ == "amod" and c.lower_ in lx.AGE_DESCRIPTORS)
        and (ignore is None or c.i != ignore.i)
        and c.dep_ != "meta"  # a list item's number, which the parser may hang here
        # a noun the parser made the root holds the sentence's full stop
        and not (c.is_punct and token.dep_ == "ROOT")
    ]
    lemma = lx.lemma(token)
    learned = token.doc.user_data.get(LEARNED_KEY, ())
    if lemma in _BARE_KNOWERS and not described:
        # a note's bare "Contact is a former member of the cell": the first word, singular;
        # never a bare "Subject", which a police note calls the plotter
        return token.i == token.sent.start and token.tag_ == "NN" and token.text[:1].isupper()
    if token.text == "Subject" and questioned_subject(token.doc):
        # a screening's "Subject says Quist rang him": the one questioned; a portion mark
        # the parser hangs on the word ("(S//NF) Subject") describes nothing
        return not [c for c in token.children if not c.is_punct and "//" not in c.text]
    return (lemma in lx.KNOWER_NOUNS or lemma in learned) and described == ["the"]


#: Where a document keeps whether its bare "Subject" is the one questioned.
_QUESTIONED_KEY = "tearline_questioned_subject"


def questioned_subject(doc: Doc) -> bool:
    """Whether a bare "Subject" is whoever was questioned in this document: it tells us
    things ("Subject says Quist rang him", with no one else told) and never plans harm. A
    police note's "Subject intends to shoot the MP" is the plotter, and so is one who tells
    someone else ("Subject told his brother that ...")."""
    if _QUESTIONED_KEY not in doc.user_data:
        subjects = [t for t in doc if t.text == "Subject" and t.dep_ in ("nsubj", "nsubjpass")]
        tells_us = any(
            lx.lemma(t.head) in lx.REPORTING_VERBS
            and not any(
                c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "to")
                for c in t.head.children
            )
            for t in subjects
        )
        plots = any(_plots(t.head) for t in subjects)
        doc.user_data[_QUESTIONED_KEY] = tells_us and not plots
    return bool(doc.user_data[_QUESTIONED_KEY])


def _plots(verb: Token) -> bool:
    """A clause of harm or intent, leaving out what it reports ("says that Quist plans")."""
    told = {w.i for c in verb.children if c.dep_ == "ccomp" for w in c.subtree}
    harm = lx.THREAT_WORDS | lx.INTENT_WORDS | lx.ATTACK_METHOD_WORDS
    return any(lx.lemma(w) in harm for w in verb.subtree if w.i not in told)


#: Knower nouns a note writes bare, with no article, for whoever reported.
_BARE_KNOWERS: frozenset[str] = frozenset({"contact", "caller", "interviewee", "interlocutor"})


def attributed(token: Token) -> bool:
    """ "From what she describes, Callum intends to ...", "by what he says": the telling of
    whoever reported, as a phrase the warning hangs on."""
    if token.dep_ != "pcomp" or token.head.lower_ not in ("from", "by", "on"):
        return False
    if lx.lemma(token) not in lx.REPORTING_VERBS:
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and knower(subject)


def learns(token: Token) -> bool:
    """ "The individual learned of the plan", "The man saw four fighters digging": the
    subject of a verb of coming to know is whoever reported, and the sentence is its access."""
    if token.dep_ != "nsubj" or not knower(token):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.head.children):
        return False  # "she is scared he will know it was her": a fear, not how he knew
    # "The contact works at the ministry and sees the guard rota": the conjoined verb too
    verbs = [token.head, *(c for c in token.head.children if c.dep_ == "conj")]
    if any(lx.lemma(v) in lx.LEARNING_VERBS or v.lower_ in lx.LEARNING_PAST_FORMS for v in verbs):
        return True
    # "sells bread to the fighters and knows their commander by name": knowing is access,
    # unless the sentence is the plot ("he knows the route and will drive the van")
    return any(lx.lemma(v) == "know" for v in verbs) and not threat_in(token)


def speaks_of_self(token: Token) -> bool:
    """ "He said he works nights at the hotel", "He describes himself as a former fighter":
    the reporter telling about himself."""
    if token.lower_ in ("himself", "herself", "myself") and token.dep_ == "dobj":
        verb = token.head
        subject = subject_of(verb)
        return (
            lx.lemma(verb) in lx.REPORTING_VERBS | {"present", "introduce"}
            and subject is not None
            and knower(subject)
        )
    clause = token.head
    if token.dep_ != "nsubj" or token.lower_ not in _PERSONS or clause.dep_ != "ccomp":
        return False
    frame = clause.head
    if lx.lemma(frame) not in lx.REPORTING_VERBS:
        return False
    if _said_on_a_device(frame):
        return False  # "on GW-3 he said he would launch": a plotter heard, no reporter
    # "He said he ...", or "The defector says he ...": the pronoun is bound to the reporter
    return any(
        c.dep_ == "nsubj"
        and (c.lower_ == token.lower_ or lx.lemma(c) in lx.SOURCE_NOUNS or knower(c))
        for c in frame.children
    )


#: A device's designator: "GW-3", "TX7", "LINE-2".
_DESIGNATOR = re.compile(r"[A-Z]{1,6}-?\d{1,4}")
#: What speech is heard on or over: a line, a probe, a device.
_HEARD_ON: frozenset[str] = lx.DEVICE_NOUNS | frozenset({"line", "probe", "wire", "tap", "bug"})


def _said_on_a_device(frame: Token) -> bool:
    """ "on GW-3 he said ...", "over the line he said ...": speech heard on a device or a
    line is a plotter's, picked up by our coverage, not a reporter telling of himself."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("on", "over")
        and any(
            obj.dep_ == "pobj"
            and (_DESIGNATOR.fullmatch(obj.text) is not None or lx.lemma(obj) in _HEARD_ON)
            for obj in prep.children
        )
        for prep in frame.children
    )


def money(token: Token) -> bool:
    """An amount: "40 USD", "a total of 3,000 euros", "£300", a bare "300"; not a count of
    things ("handed two rifles")."""
    words = list(token.subtree)
    return any(t.is_currency or (t.like_num and _countsmoney(t, token)) for t in words) or any(
        entity_type(t) == "MONEY" for t in words
    )


#: Currencies by name, as a number counts them ("300 euros"); codes are written in capitals.
_CURRENCY_NOUNS: frozenset[str] = frozenset(
    {"euro", "dollar", "pound", "franc", "dinar", "lira", "rouble", "ruble", "shekel"}
    | {"rupee", "yen", "peso", "krona", "krone", "zloty", "lek", "lev", "dirham", "riyal"}
    | {"crown", "shilling", "rand", "forint", "kuna", "mark"}
)


def _countsmoney(number: Token, amount: Token) -> bool:
    """A number that is the amount itself ("paid 300") or counts a currency: a code in
    capitals ("40 USD", "2,000 KQD") or a currency's name ("3,000 euros")."""
    counted = number.head
    if number.i == amount.i or counted.i == number.i:
        return True
    if lx.lemma(counted) in _CURRENCY_NOUNS | _PAYMENT_NOUNS:
        return True  # "3,000 euros", "400 expenses"
    # "40 USD", "2,000 KQD"; not "two RPG launchers", whose code names a weapon
    return _currency_code(counted)


#: What a sum is paid as: "400 HCR expenses", "a 500 reward".
_PAYMENT_NOUNS: frozenset[str] = frozenset(
    {"expense", "fee", "reward", "payment", "allowance", "salary", "wage", "bonus", "stipend"}
)


def _currency_code(token: Token) -> bool:
    """ "USD", "EUR", an invented "KQD": a code of a few capitals."""
    return token.text.isalpha() and token.text.isupper() and 2 <= len(token.text) <= 4


#: Verbs of a payment (asked of every verb: joined once).
_PAID_OR_RECEIVING: frozenset[str] = lx.PAID_VERBS | lx.RECEIVING_VERBS


def paid(token: Token) -> bool:
    """ "He was given 40 USD", "She receives 1,200 EUR": a payment to whoever reported."""
    if token.pos_ != "VERB":
        return False
    lemma = lx.lemma(token)
    if lemma not in _PAID_OR_RECEIVING:
        return False
    # "stands to receive 2,000 KQD", "is rewarded and was paid 300 euros": a shared subject
    subject = subject_of(token)
    wanted = "nsubjpass" if lemma in lx.PAID_VERBS else "nsubj"
    # "he met FHT 22 at the market and was paid 40 USD": a passive conjunct shares the
    # first verb's active subject, and he is still the one paid
    shared = subject is not None and subject.head.i != token.i
    passive = any(c.dep_ == "auxpass" for c in token.children)
    if subject is not None and subject.dep_ != wanted and not (shared and passive):
        return False
    if subject is None and _subjectless(token):
        subject = token  # "Given 200 USD for transport.": a note about whoever reported
    elif subject is None or not knower(subject):
        return False
    if _paid_for_harm(token):
        return False  # "He was paid 2,000 euros to plant the bomb": the plotter's pay
    objects = [c for c in token.children if c.dep_ in ("dobj", "attr", "oprd", "pobj")]
    return any(money(o) or any(money(c) for c in o.conjuncts) for o in objects)


def _paid_for_harm(token: Token) -> bool:
    """ "paid 2,000 euros to plant the bomb", "was given 500 dollars for the killing": what the
    money buys is the attack, so whoever takes it is a plotter."""
    purposes = [
        c
        for c in token.children
        if c.dep_ in ("advcl", "xcomp") or (c.dep_ in ("prep", "dative") and c.lower_ == "for")
    ]
    return any(
        lx.lemma(t) in lx.THREAT_WORDS or lx.lemma(t) in lx.ATTACK_METHOD_WORDS
        for purpose in purposes
        for t in purpose.subtree
    )


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is conjoined to ("was recruited and is
    regarded as reliable")."""
    for candidate in (verb, verb.head) if verb.dep_ in ("conj", "xcomp") else (verb,):
        subject = next((c for c in candidate.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
    return None


def vouched(token: Token) -> bool:
    """ "He is regarded as reliable", "The individual is considered reliable", "She appeared
    truthful": a judgement of whoever reported."""
    well_placed = lx.lemma(token) == "place" and any(
        c.dep_ == "advmod" and c.lower_ in ("well", "ideally", "uniquely", "better")
        for c in token.children
    )
    if not well_placed and (token.pos_ != "ADJ" or lx.lemma(token) not in lx.STANDING_ADJECTIVES):
        return False
    if well_placed:
        subject = subject_of(token)
        return subject is not None and knower(subject)
    verb = token.head.head if token.head.pos_ == "ADP" else token.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subject = subject_of(verb)
    return subject is not None and knower(subject)


def conducts(token: Token) -> bool:
    """ "He has been cooperating since", "He has asked to be relocated", "He has reported
    accurately on three occasions", "She gets this information from her husband": what only
    a source does, said of whoever reported."""
    if token.pos_ != "VERB":
        return False
    lemma = lx.lemma(token)
    subject = subject_of(token)
    if subject is None or not knower(subject):
        return False
    if lemma in lx.SOURCE_CONDUCT_VERBS:
        return True  # "asked to be relocated after the attack" is still about the source
    if lemma in ("report", "provide", "deliver", "supply"):
        # a track record: reporting with no content clause to keep
        if any(c.dep_ in ("ccomp", "dobj") and lx.lemma(c) not in RELAYED for c in token.children):
            return False
    elif lemma in lx.OBTAINING_VERBS:
        if not any(c.dep_ == "dobj" and lx.lemma(c) in RELAYED for c in token.children):
            return False
    else:
        return False
    return not threat_in(token)


def plotter(token: Token) -> bool:
    """A group or an actor word ("the gang", "gunmen"): the plotters' side, not ours."""
    return lx.lemma(token) in lx.GROUP_NOUNS or lx.lemma(token) in lx.ACTOR_WORDS


def plotters_own(token: Token) -> bool:
    """ "the gunman's handler", "the cell's informant", "The attacker, a trusted member of
    staff, ...", "The shooter has direct access to the office": a source word whose owner,
    whose person or whose holder is a plotter is the plot's, not ours. Only words that name
    the plotters by what they are count: a driver or a member may be our source."""
    if any(c.dep_ == "poss" and _assailant(c) for c in token.children):
        return True
    if token.dep_ == "appos":
        return _assailant(token.head)
    if _plotters_learn_from(token):
        return True
    if token.dep_ != "dobj" or lx.lemma(token.head) not in _HOLDING_VERBS:
        return False
    holder = subject_of(token.head)
    return holder is not None and _assailant(holder)


def _plotters_learn_from(token: Token) -> bool:
    """ "the faction learns convoy timings from a paid informant among the drivers": the
    things the plotters learn or get from someone come from their insider, not from ours.
    Not what a unit of ours learned "that" X, through its access or its source."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("from", "through", "via"):
        return False
    verb = prep.head
    if lx.lemma(verb) not in lx.LEARNING_VERBS | lx.INFORMATION_VERBS or verb.pos_ != "VERB":
        return False
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    learner = subject_of(verb)
    return (
        learner is not None
        and _assailant(learner)
        and not any(c.lower_ == "our" for c in (*learner.children, *token.children))
        and not collecting_unit(learner)
    )


#: Verbs whose subject holds their object: "has direct access", "gained access".
_HOLDING_VERBS: frozenset[str] = frozenset({"have", "gain", "get", "hold", "retain", "enjoy"})


def _assailant(token: Token) -> bool:
    lemma = lx.lemma(token)
    return lemma in lx.ASSAILANT_WORDS or lemma in lx.GROUP_NOUNS


def collecting_unit(token: Token) -> bool:
    """ "the field office in Dunmore", "the Harrowgate task force", "our Lisk office", "the
    Regional Assessments Desk": a unit of ours that collected or produced the report."""
    if lx.lemma(token) not in lx.UNIT_NOUNS or token.pos_ not in ("NOUN", "PROPN"):
        return False
    owners = [c.lower_ for c in token.children if c.dep_ == "poss"]
    if owners:
        return owners == ["our"]
    if any(
        c.dep_ == "prep" and c.lower_ in ("of", "from") and any(map(plotter, c.children))
        for c in token.children
    ):
        return False  # "a surveillance team of the gang" watches for the plotters
    return any(
        c.dep_ in ("amod", "compound", "nmod")
        and (lx.lemma(c) in lx.UNIT_MODIFIERS or c.lower_ in lx.UNIT_MODIFIERS)
        for c in token.children
    )


def came_forward(token: Token) -> bool:
    """ "She contacted the police hotline", "He approached the embassy", "came to our
    attention": how a volunteer reached us, with no threat in the sentence."""
    if token.pos_ != "VERB" or lx.lemma(token) not in lx.APPROACH_VERBS:
        return False
    subject = subject_of(token)
    if subject is not None and subject.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
        subject = token.head  # "a shift supervisor ..., who came to my office": the supervisor
    if subject is None or threat_in(token):
        return False
    if not knower(subject) and subject.pos_ != "PROPN" and not _someone(subject):
        return False  # "Mira Tolan phoned the desk on Monday": a named volunteer too
    reached = [t for c in token.children if c.dep_ in ("dobj", "prep") for t in c.subtree]
    # "approached the FP cell": a unit of ours is reached as an office is; "came to my office"
    return any(
        lx.lemma(t) in lx.OUR_OFFICES
        or (t.dep_ == "poss" and t.lower_ in ("our", "my"))
        or collecting_unit(t)
        or _reporting_line(t)
        for t in reached
    )


#: What makes a line one that takes reports: "the whistleblowing line", "the anti-terror line".
_LINE_MODIFIERS = frozenset(
    {"tip", "whistleblowing", "whistle-blowing", "hot", "confidential", "terror", "anti-terror"}
    | {"crime", "reporting", "help", "report"}
)


def _reporting_line(token: Token) -> bool:
    """ "rang the whistleblowing line": a line of ours, where "walking the fence line" is not."""
    return lx.lemma(token) == "line" and any(
        c.dep_ in ("compound", "amod") and lx.lemma(c) in _LINE_MODIFIERS for c in token.children
    )


def _someone(subject: Token) -> bool:
    """ "The skipper of a local trawler": a person by trade who reaches our office, not one of
    the plotters; or one who was ("a former member of the group walked into the station")."""
    if subject.pos_ != "NOUN" or subject.tag_ != "NN":
        return False
    if lx.lemma(subject) not in lx.ACTOR_WORDS | lx.GROUP_NOUNS | lx.INFORMATION_NOUNS:
        return True
    return lx.lemma(subject) in lx.ACTOR_WORDS and any(
        c.dep_ == "amod" and c.lower_ in ("former", "ex") for c in subject.children
    )


def disclosed(token: Token) -> bool:
    """ "Varga brought up the plan while the two sat in his car", "Venn boasted about the
    attack at the pub": how the plan came to be told, which points at who heard it. The plan
    itself is said elsewhere; here it is only the object of the telling."""
    if token.pos_ != "VERB" or lx.lemma(token) not in lx.DISCLOSURE_VERBS:
        return False
    if lx.lemma(token) == "bring" and not any(
        c.dep_ == "prt" and c.lower_ == "up" for c in token.children
    ):
        return False
    if any(c.dep_ == "ccomp" for c in token.children):
        return False  # "he boasted that the cell will strike": a frame, its content is kept
    told = [c for c in token.children if c.dep_ == "dobj"] + [
        o
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in ("about", "of", "on")
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return any(lx.lemma(t) in lx.PLAN_NOUNS for t in told)


def threat_in(token: Token) -> bool:
    """A word of the threat or of an attack method anywhere in the token's sentence."""
    return any(
        lx.lemma(t) in lx.THREAT_WORDS or lx.lemma(t) in lx.ATTACK_METHOD_WORDS for t in token.sent
    )


def threat_to_others(token: Token, subject: Token) -> bool:
    """A threat in the token's sentence other than one against the subject himself: in "he is
    frightened: if the Committee suspects him, they will kill him" the threat is to whoever
    reported, and the sentence is about him."""
    own = _FORMS.get(subject.lower_, frozenset())
    # "kill him", and "burn his boat": against him or what is his
    return any(
        (lx.lemma(t) in lx.THREAT_WORDS or lx.lemma(t) in lx.ATTACK_METHOD_WORDS)
        and not any(
            c.dep_ == "dobj"
            and (c.lower_ in own or any(d.dep_ == "poss" and d.lower_ in own for d in c.children))
            for c in t.children
        )
        for t in token.sent
    )


#: What a relay passes on: the information itself, not a content clause.
RELAYED: frozenset[str] = frozenset(
    {"this", "it", "that", "information", "intelligence", "detail", "news", "reporting"}
    | {"date", "time", "name"}  # "She got the date from Moran's diary"
)


def recruited(token: Token) -> bool:
    """ "He was recruited in 2024": by no one named, so by us; not "recruited by Greer to ..."."""
    if lx.lemma(token) != "recruit" or token.pos_ != "VERB":
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not knower(subject):
        return False
    if any(c.dep_ in ("agent", "xcomp", "advcl") for c in token.children):
        return False
    return not threat_in(token)


def _subjectless(verb: Token) -> bool:
    """A note with no subject at all ("Paid 400 HCR expenses at this meet."), not a clause
    whose subject is elsewhere, and with no threat in it."""
    return (
        verb.dep_ == "ROOT"
        and verb.tag_ in ("VBN", "VBD")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
        and not threat_in(verb)
    )


def source_pronouns(
    tokens: Iterable[Token], also: Callable[[Token], bool] | None = None
) -> frozenset[str]:
    """The object and possessive pronouns that stand for the source in this document: the
    forms of every pronoun that reports content or comes to know something, or of which
    `also` holds (a caller's rule of what only a source is: paid, rewarded, motivated)."""
    persons = {
        t.lower_
        for t in tokens
        if t.lower_ in _PERSONS
        and (
            reporter(t)
            or learns(t)
            or _reports_about(t)
            or questioned(t)
            or (also is not None and also(t))
        )
    }
    return frozenset().union(*(_FORMS[p] for p in persons))


def about_the_source(sentence: Span, pronouns: frozenset[str]) -> bool:
    """A sentence whose main subject is whoever reported and which holds no threat: "She
    writes for a regional weekly and has interviewed members of the Hand, which gives her good
    access". Cutting the phrase that names the access would leave the rest of the portrait."""
    subject = subject_of(sentence.root)
    if subject is None or threat_in(sentence.root):
        return False
    if _kin_of_source(subject, pronouns):
        return True  # "Two of his in-laws sit on the Committee, and he drinks with them"
    if subject.lower_ in _FORMS:
        # "he" is whoever reported where the report says so ("He stated that ..."), or where
        # the source phrase speaks of the subject again ("which gives her good access")
        forms = _FORMS[subject.lower_]
        return forms <= pronouns or any(t.lower_ in forms for t in sentence)
    return knower(subject) and subject.lower_ not in _PERSONS


def _kin_of_source(subject: Token, pronouns: frozenset[str]) -> bool:
    """ "Two of his in-laws", "one of her cousins": a subject that is some of the source's kin."""
    return any(
        c.lower_ == "of"
        and any(
            tie(o) and any(d.dep_ == "poss" and d.lower_ in pronouns for d in o.children)
            for o in c.children
        )
        for c in subject.children
    )


def _reports_about(token: Token) -> bool:
    """The subject of a verb of conduct or of coming forward: whoever reported."""
    return token.dep_ in ("nsubj", "nsubjpass") and (
        conducts(token.head) or came_forward(token.head) or paid(token.head)
    )


def _person_before(token: Token) -> bool:
    """A named person earlier in the sentence, whom "his" may stand for instead. Not one named
    in a plural subject of the pronoun's own clause: in "two men, Conal Reid and Aidan Moy,
    chartered a RIB from his cousin's yard", "his" is someone else's, whoever reported."""
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = subject_of(verb)
    plural = (
        {t.i for t in subject.subtree}
        if subject is not None
        and (
            (subject.tag_ == "NNS" and subject.pos_ == "NOUN")
            or subject.lower_ == "they"
            or any(c.dep_ == "conj" for c in subject.children)
        )
        and entity_type(subject) != "PERSON"  # "Pollitt", misread as a plural noun
        else set()
    )
    return any(
        entity_type(t) == "PERSON" for t in token.sent if t.i < token.i and t.i not in plural
    ) or _person_just_named(token)


def _person_just_named(token: Token) -> bool:
    """ "The leader is Corran Vey, 44. His deputy is ...": a pronoun that opens its sentence
    stands for the person the sentence just before, in the same paragraph, names as its
    subject or as what its subject is, not for whoever reported."""
    sentence = token.sent
    if sentence.start == 0 or any(t.is_alpha for t in sentence if t.i < token.i):
        return False
    before = token.doc[sentence.start - 1].sent
    # the blank between them, read from their tokens (`doc.text` is joined anew at each call)
    between = token.doc[before.end - 1].whitespace_ + token.doc[before.end : token.i].text_with_ws
    if "\n\n" in between:
        return False
    root = before.root
    subject = subject_of(root)
    if subject is None or subject.lower_ in _PERSONS or knower(subject):
        return False  # "She is Ruta Kaspar, 41. Her brother ...": the name is of whoever "she" is
    named = [subject, *(c for c in root.children if c.dep_ == "attr")]
    return any(
        t.pos_ == "PROPN" and entity_type(t) == "PERSON" for c in named for t in (c, *c.children)
    )


#: Verbs that say who or what something is when followed by "as" ("names the driver as X").
DESCRIBING_VERBS: frozenset[str] = frozenset(
    {"describe", "identify", "name", "characterize", "characterise", "portray", "list"}
)


def described_as(verb: Token) -> tuple[Token, Token] | None:
    """(thing, "as") when a verb describes a thing as something: "A liaison report describes
    the cell as four men", "He named the team leader as Ansel Brack". None otherwise, and for
    a verb joined to another ("confirmed he belongs to the cell and named its leader as X")."""
    if lx.lemma(verb) not in DESCRIBING_VERBS or verb.pos_ != "VERB":
        return None
    if verb.dep_ == "conj" or any(c.dep_ == "conj" for c in verb.children):
        return None
    objects = ("dobj", "oprd") if _main_verb_read_as_participle(verb) else ("dobj",)
    thing = next((c for c in verb.children if c.dep_ in objects), None)
    if thing is None:
        return None
    # "as" hangs off the verb or off the thing ("names the driver as Ivo Brenn")
    as_ = next(
        (
            c
            for c in (*verb.children, *thing.children)
            if c.lower_ == "as" and c.dep_ == "prep" and c.i > thing.i
        ),
        None,
    )
    inside = {c.i for c in thing.subtree}
    if as_ is None or any(i not in inside for i in range(thing.i, as_.i)):
        return None
    return thing, as_


def _main_verb_read_as_participle(verb: Token) -> bool:
    """ "The subject named Vey as the cell leader": the parser read "named" as a participle
    after the noun ("a man named Vey") and made the noun the sentence's root; with "as"
    after the name it is the sentence's verb, and the noun its subject."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ == "NOUN"
        # "a man named Vey" is any man; "the subject named Vey as ..." is one who tells
        and (verb.head.dep_ == "ROOT" or any(c.lower_ == "the" for c in verb.head.children))
        and not any(c.dep_ == "auxpass" for c in verb.children)
    )


#: Where a document keeps its describing participles, by the index of the word they hang on.
_DESCRIBING_KEY = "tearline.describing_participles"


def _describing_participle(token: Token) -> Token | None:
    """The first of a token's children that is a participle describing something as
    something ("The subject named Vey as the cell leader", "named" read as a participle).

    `refers_to_source` asks this of every token; walking each token's children for it cost
    more than the rest of that rule. So one pass over the document finds them all, in token
    order (the order of `token.children`), and keeps the indices in the document's user
    data: the parse never changes once made, and the indices are plain ints, so what is kept
    stays true for that document and goes with it (no state outside the document)."""
    doc = token.doc
    found: dict[int, int] | None = doc.user_data.get(_DESCRIBING_KEY)
    if found is None:
        found = {}
        for word in doc:
            head = word.head.i
            if word.dep_ == "acl" and head != word.i and head not in found and described_as(word):
                found[head] = word.i
        doc.user_data[_DESCRIBING_KEY] = found
    index = found.get(token.i)
    return None if index is None else doc[index]


def refers_to_source(token: Token, pronouns: frozenset[str]) -> bool:
    """The source as the other party of the plotters ("asked her", "borrowed from him") or
    as the owner of a tie to them ("his cousin Rahim", "her brother-in-law")."""
    head = token.head
    if (
        token.lower_ in ("him", "her")
        and token.dep_ in ("dobj", "dative")
        and lx.lemma(head) in lx.INTERACTION_VERBS
        and _bound_to_speaker(token)
    ):
        return True
    if (
        token.dep_ == "nsubj"
        and token.lower_ in _FORMS
        and _FORMS[token.lower_] <= pronouns
        and head.dep_ == "ccomp"
        and lx.lemma(head.head) in lx.REPORTING_VERBS
        and not threat_in(token)
    ):
        return True  # "... but said she rents the flat above a garage": about herself
    if (
        token.dep_ == "nsubj"
        and token.lower_ in _FORMS
        and _FORMS[token.lower_] <= pronouns
        and described_as(head) is not None
    ):
        return True  # "He named the team leader as Ansel Brack": whoever reported, describing
    if (
        token.dep_ == "nsubj"
        and token.lower_ not in _PERSONS
        and described_as(head) is not None
        and knower(token)
    ):
        return True  # "The subject identified Vey as the cell leader"
    naming = _describing_participle(token)
    if naming is not None and knower(token, ignore=naming):
        return True  # "The subject named Vey as the cell leader", "named" read as a participle
    if (
        token.dep_ == "nsubj"
        and token.lower_ in _FORMS
        and _FORMS[token.lower_] <= pronouns
        and shares_life(head)
    ):
        return True  # "He works the night shift with Pell": whoever reported, and his access
    if token.lower_ not in pronouns:
        return False
    if token.dep_ == "pobj" and head.head.dep_ == "relcl" and shares_life(head.head):
        return True  # "his nephew Tomas Keel, who lives with him, ...": how he knows
    if token.dep_ in ("dobj", "dative") and lx.lemma(head) in lx.INTERACTION_VERBS:
        return True
    if (
        token.dep_ == "pobj"
        and head.lower_ in _PARTY_PREPOSITIONS
        and lx.lemma(head.head) in lx.INTERACTION_VERBS
    ):
        return True
    if token.dep_ != "poss" or _person_before(token):
        return False
    if head.dep_ in ("nsubj", "nsubjpass") and not threat_in(token):
        return True  # "Her number is on the hotline log": a sentence about the source
    if head.dep_ == "dobj" and lx.lemma(head.head) in lx.INTERACTION_VERBS:
        return True  # "showed her photographs": the parser reads the object as a possessive
    owned = [head, *(c for c in head.children if c.dep_ == "compound")]
    # "Protect his identity": what a source has to keep safe is his, not a plotter's
    return any(tie(t) or lx.lemma(t) in lx.SOURCE_OWNED for t in owned)


def shares_life(verb: Token) -> bool:
    """ "works the night shift with Pell", "shares a flat with Pell's sister", "drinks with
    him on Fridays": a life shared with a named person, said with no plan or harm in the
    sentence. Of whoever reported, it is how it knows."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    if not any(lx.lemma(v) in lx.SHARED_LIFE_VERBS and v.pos_ == "VERB" for v in verbs):
        return False
    places = [t for v in verbs for t in (v, *v.children) if t.dep_ in ("dobj", "ROOT", "conj")]
    others = [
        o
        for t in {*verbs, *places}
        for c in t.children
        if c.dep_ == "prep" and c.lower_ in ("with", "alongside", "beside", "as")
        for o in c.children
        if o.dep_ == "pobj"
    ]
    relative = verb.dep_ == "relcl"
    named = any(
        o.pos_ == "PROPN"
        or o.lower_ in ("him", "her", "them")
        or (relative and o.lower_ in ("whom", "who"))  # "Meziane, with whom he shares a flat"
        or any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in o.children)
        for o in others
    )
    # a relative clause is judged on its own words: the plot may stand in the main clause
    scope = list(verb.subtree) if relative else list(verb.sent)
    planned = any(t.tag_ == "MD" or t.lower_ in lx.INTENT_WORDS for t in scope)
    harm = any(
        lx.lemma(t) in lx.THREAT_WORDS or lx.lemma(t) in lx.ATTACK_METHOD_WORDS for t in scope
    )
    return named and not planned and not harm


def tie(token: Token) -> bool:
    """A word of kinship or acquaintance, hyphenated ones too: "cousin", "his in-laws" (split
    by the tokenizer into "in", "-", "laws")."""
    if lx.lemma(token) in lx.TIES or token.lower_ in lx.TIES:
        return True
    return (
        token.i >= 2
        and token.nbor(-1).text == "-"
        and f"{token.nbor(-2).lower_}-{lx.lemma(token)}" in lx.TIES
    )


def _bound_to_speaker(token: Token) -> bool:
    """ "A villager confirmed that armed men had ordered him to stay away": in what a person
    reports, the one the plotters dealt with is that person. Not when a named person speaks
    (a plotter quoted) or when the clause holds the threat, which is kept."""
    clause = token.head
    while clause.dep_ not in ("ccomp", "ROOT") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or lx.lemma(clause.head) not in lx.REPORTING_VERBS:
        return False
    speaker = subject_of(clause.head)
    if speaker is None or speaker.pos_ == "PROPN":
        return False
    if speaker.lower_ in _FORMS and token.lower_ not in _FORMS[speaker.lower_]:
        return False  # "She said the men asked him": someone else
    return not threat_in(token) and entity_type(speaker) != "PERSON"
