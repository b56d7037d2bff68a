"""Decide, token by token over a spaCy parse, which words reveal a source or a method.

A word of the lexicon is a trigger only in the role that reveals collection: "intercepted" of a
call, not of a van; "surveillance" by us, not the attackers' surveillance of their target;
"source" of a report, not of a river.
"""

from __future__ import annotations

from spacy.tokens import Token

from tearline.analyze import following, operations, technical
from tearline.analyze import lexicon as lx
from tearline.analyze import source_access as access
from tearline.analyze import source_motives as motives
from tearline.analyze import source_roles as roles
from tearline.analyze.entities import entity_type
from tearline.analyze.frames import REPORTING_FORMS
from tearline.analyze.interviewee import INTERVIEWED_NOUNS, bare_subject, in_the_plot, interviewed
from tearline.analyze.services import names_partner_service, service_acronyms
from tearline.analyze.small_clause import OPENING_WATCHERS, device_code, opening_watch
from tearline.analyze.source_roles import collecting_unit, plotter
from tearline.analyze.technical import (
    attack_instrument,
    captured_screen,
    card_payment,
    collection_instrument,
    covert_entry,
    deleted_material,
    device_compromise,
    device_located,
    device_owner,
    dna_trace,
    evidence_subject,
    extra_device,
    found_in_search,
    in_attribution,
    institution_flagged,
    institutional_record,
    line_tap,
    message_to_someone,
    on_target_list,
    our_decoy,
    our_perceiver,
    our_reading,
    planted_device_again,
    posing_officer,
    records_check,
    relayed_message,
    taken_from_device,
    technique_name,
    tracked_beacon,
    travelled_as,
    undercover_persona,
)
from tearline.categories import Category

#: Actors whose action is collection: when they watch or record, it is our method.
COLLECTOR_WORDS: frozenset[str] = frozenset(
    {
        "we",
        "us",
        "our",
        "team",
        "officer",
        "service",
        "station",
        "base",
        "agency",
        "analyst",
        "sensor",
        "satellite",
        "platform",
        "asset",
        "source",
        "liaison",
        "partner",
        "imagery",
        "unit",
        "collector",
        "desk",
        "camera",
        "drone-imagery",
        "police",
        "detective",
        "investigator",
        "command",
        "aircraft",
        "aircrew",
        "crew",
        "operator",
    }
)
#: Verbs whose method meaning depends on who does it (the attackers also watch targets).
ACTOR_DEPENDENT: frozenset[str] = frozenset(
    {
        "monitor",
        "photograph",
        "surveil",
        "surveillance",
        "monitoring",
        "intercept",
        "collect",
        "stakeout",
        "eavesdrop",
        "tracker",
        "bugging",
        "search",
        "raid",
        "orbit",
        "sortie",
    }
)
#: Of those, the ones that are also an attack: a party named for one is the attackers'.
_ASSAULT_WORDS: frozenset[str] = frozenset({"raid", "sortie"})
#: What is worn or carried on a raid: "raid jackets", "raid kit" name a kind of gear (a
#: disguise of the plotters as often as ours), not a raid that took place.
_GEAR_NOUNS: frozenset[str] = frozenset(
    {"jacket", "vest", "tabard", "uniform", "gear", "kit", "helmet", "cap", "hat", "badge"}
)
#: Objects that make "intercept" a collection: communications, not vehicles or people.
_COMMS = lx.COMMS_NOUNS | {"communication", "signal", "transmission", "frequency"}
#: What is intercepted only by us: communications and the devices that carry them.
_TAPPABLE = _COMMS | lx.COVERED_DEVICES


#: Exchanges whose parties ("between X and Y") reveal that the exchange was covered.
_EXCHANGES = frozenset(
    {"call", "message", "chat", "conversation", "communication", "email", "text", "exchange"}
    | {"thread"}
)


#: Words that count passes the way imagery collection does ("both passes", "later passes").
_COUNTED_PASSES = frozenset(
    {
        "both",
        "each",
        "every",
        "all",
        "later",
        "earlier",
        "subsequent",
        "several",
        "successive",
        "previous",
        "recent",
        "last",
        "first",
        "second",
        "third",
    }
)


def _counted_image(token: Token) -> bool:
    """ "Shadows on the later image", "the first image shows": an image counted in a series
    is one of a series taken of the place, read where it is looked at or as what shows; not
    an image someone owns or made ("Pell's first image", "the first image he posted")."""
    if lx.lemma(token) != "image" or token.pos_ != "NOUN":
        return False
    if not any(c.lower_ in _COUNTED_PASSES for c in token.children if c.dep_ in ("amod", "det")):
        return False
    if any(c.dep_ in ("poss", "relcl", "acl") for c in token.children):
        return False
    looked_at = token.dep_ == "pobj" and token.head.lower_ in ("on", "in")
    return looked_at or (token.dep_ == "nsubj" and lx.lemma(token.head) in lx.SHOWING_VERBS)


def _actor(token: Token) -> Token | None:
    """Who performs the action of a verb or of the verb governing a noun. A verb conjoined to
    another shares its subject ("Oster visited the weir and photographed the pump house"), and
    so does the verb of a plan ("fighters plan to raid the camp": the fighters raid)."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    while True:
        for child in verb.children:
            if child.dep_ in ("nsubj", "agent"):
                return next((t for t in child.subtree if t.dep_ == "pobj"), child)
        if verb.dep_ == "xcomp" and verb.head.i != verb.i and not _is_passive(verb):
            verb = verb.head
            continue
        if verb.dep_ != "conj" or verb.head.i == verb.i or _is_passive(verb):
            return None  # "Lind ... and was seen buying": the shared subject is not the actor
        verb = verb.head


def _ours_acting(verb: Token) -> bool:
    """The active subject is plainly our side: "we", "our team", the station."""
    actor = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if actor is None:
        return False
    return (
        actor.lower_ == "we"
        or any(c.dep_ == "poss" and c.lower_ == "our" for c in actor.children)
        or lx.lemma(actor) in ("station", "liaison", "analyst", "collector", "debriefer", "patrol")
        # "A download of DALLOW's handset recovered a photograph": our examination acting
        or (lx.lemma(actor) in lx.EVIDENCE_NOUNS and any(c.lower_ == "of" for c in actor.children))
    )


def _is_passive(verb: Token) -> bool:
    return any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children)


def _passive_adjective(token: Token) -> bool:
    """ "is now tasked", "was imaged": an -ed word tagged an adjective that the parse gives a
    passive auxiliary or subject, or that complements "be", which makes it the verb's
    participle."""
    if token.tag_ != "JJ" or not token.lower_.endswith("ed"):
        return False
    return _is_passive(token) or (token.dep_ == "acomp" and lx.lemma(token.head) == "be")


def _by_agent(participle: Token) -> Token | None:
    """Who did what a passive participle tells: its "by" phrase ("targeted by the cell")."""
    for child in participle.children:
        if child.dep_ in ("agent", "prep") and child.lower_ == "by":
            return next((t for t in child.children if t.dep_ == "pobj"), None)
    return None


def _participle_verb(token: Token) -> str:
    """The verb of acquiring an -ed participle comes from, by its regular spelling ("tasked"
    -> "task", "imaged" -> "image", "copied" -> "copy", "logged" -> "log"); "" for any other."""
    word = token.lower_
    if not word.endswith("ed"):
        return ""
    stems = [word[:-2], word[:-1], word[:-3] + "y", word[:-3]]
    return next((stem for stem in stems if stem in lx.ACQUISITION_VERBS), "")


def _collector(actor: Token) -> bool:
    """A collector word that is ours: not one the plotters own ("the gang's team", "a team
    of the cell"), whose watching is their reconnaissance."""
    if lx.lemma(actor) not in COLLECTOR_WORDS:
        return False
    return not any(
        (c.dep_ == "poss" and plotter(c))
        or (
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(o.dep_ == "pobj" and plotter(o) for o in c.children)
        )
        for c in actor.children
    )


def _by_collector(token: Token) -> bool:
    """True unless a non-collector (the attackers, the police) plainly does the action."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    if token.pos_ == "VERB" and (_is_passive(token) or token.dep_ in ("acl", "amod")):
        agent = _actor(token)
        return agent is None or _collector(agent)
    actor = _actor(token)
    if token.pos_ == "NOUN" and token.dep_ == "nsubj" and verb.pos_ == "VERB":
        # "A search of his bin bags recovered a sketch": the search itself acts; whose it is
        # is said by its owner ("the cell's surveillance of the guards")
        doers = [c for c in token.children if c.dep_ == "poss" and c.lower_ not in ("our", "we")]
        doers += [o for c in token.children if c.lower_ == "by" for o in c.children]
        return not any(lx.lemma(d) not in COLLECTOR_WORDS for d in doers)
    if actor is None:
        # "the cell conducted surveillance": the noun's verb has a non-collector subject
        verb_actor = _actor(verb) if token.pos_ == "NOUN" and verb.pos_ == "VERB" else None
        return verb_actor is None or _collector(verb_actor)
    if _collector(actor):
        return True
    return any(lx.lemma(c) in COLLECTOR_WORDS for c in actor.children if c.dep_ == "poss")


def _intercepts_comms(token: Token) -> bool:
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(lx.lemma(o) in _TAPPABLE for o in objects):
        return True  # "an application to intercept Darrow's mobile": a phone is only ever tapped
    if token.dep_ in ("acl", "amod") or (token.dep_ == "csubj" and not objects):
        return lx.lemma(token.head) in _COMMS or token.head.pos_ != "NOUN"
    if not objects:
        return True
    return any(lx.lemma(o) in _COMMS for o in objects)


#: Verbs of our side coming to hold information (asked of every token: joined once).
_HOLDING_VERBS: frozenset[str] = lx.INFORMATION_VERBS | lx.ACQUISITION_VERBS | lx.ARRIVAL_VERBS


def _information_acquired(token: Token) -> bool:
    """ "Our team picked this up", "information gathered in Lisk", "a report received on
    29 September": our side coming to hold information, never the attackers' weapons."""
    lemma = lx.lemma(token)
    if token.pos_ != "VERB" or lemma not in _HOLDING_VERBS:
        return False
    if token.dep_ in ("acl", "amod"):
        return lx.lemma(token.head) in lx.INFORMATION_NOUNS and _actor(token) is None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if (
        token.tag_ in ("VBD", "VBN")
        and subject is not None
        and lx.lemma(subject) in lx.INFORMATION_NOUNS - PRONOUNS
        and not any(c.dep_ == "dobj" for c in token.children)
    ):
        return True  # "Material recovered from his phone ... includes": a participle misread
    if (
        lemma in lx.INFORMATION_VERBS
        and token.tag_ == "VBN"
        and token.dep_ == "ROOT"
        and subject is None
        and not any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in token.children)
        and any(lx.lemma(t) in lx.INFORMATION_NOUNS - PRONOUNS for t in token.sent)
    ):
        return True  # "Forwarding the note below, received at close of play yesterday."
    if lemma in lx.ARRIVAL_VERBS:
        # "Their material came in on 28 March": information reaching us, not a van arriving;
        # "Entry 2 came to us from the transport police": whatever reaches us was reported
        return (
            (subject is not None and lx.lemma(subject) in lx.INFORMATION_NOUNS - PRONOUNS)
            or any(
                c.dep_ == "prep"
                and c.lower_ == "to"
                and any(o.lower_ in ("us", "me") for o in c.children)
                for c in token.children
            )
            or _reached_us(token, subject)
        )
    if lemma not in lx.INFORMATION_VERBS:
        return False
    if subject is not None and _foreign_service(subject):
        return True  # "The Ostrians got this from a penetration"
    acquired = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(lx.lemma(o) in lx.INFORMATION_NOUNS for o in acquired):
        return False
    if _is_passive(token):
        # "The information was received by Halden station on 6 May": by us, or by no one named
        actor = _actor(token)
        return actor is None or lx.lemma(actor) in COLLECTOR_WORDS
    return _ours_acting(token)


def _reached_us(verb: Token, subject: Token | None) -> bool:
    """ "The plan first reached us through an informant": what reached us in the past was
    told to us. Not the plotters coming for us ("the militia will reach us by nightfall",
    "the gunmen reached us at the gate")."""
    if lx.lemma(verb) != "reach" or verb.tag_ not in ("VBD", "VBN"):
        return False
    if not any(c.dep_ == "dobj" and c.lower_ == "us" for c in verb.children):
        return False
    if lx.unrealized(verb):
        return False
    return subject is not None and not (plotter(subject) or subject.pos_ in ("PROPN", "PRON"))


#: What a report is called when its date is given ("a Special Branch product dated 1 March",
#: "the cable of 3 May"): the information, never the attackers' plan or a warning we give.
DATED_NOUNS: frozenset[str] = (
    lx.INFORMATION_NOUNS
    - {"this", "it", "that", "these"}
    - {
        "warning",
        "detail",
        "account",
        "lead",
    }
)


def _dated_report(token: Token) -> bool:
    """ "reporting from late April", "a report of 3 May", "partner reporting dated 7 October":
    the date of a report is when it was collected."""
    if lx.lemma(token) not in DATED_NOUNS:
        return False
    if token.pos_ == "VERB" and (
        token.tag_ != "VBG" or token.dep_ not in ("csubj", "nsubj", "advcl")
    ):
        return False  # a finite "reported", judged as a reporting frame
    for child in token.children:
        if (
            child.dep_ == "prep"
            and child.lower_ in ("from", "of", "on", "dated")
            # "product of 12 Oct": a date by its month, which the entity recognizer may miss
            and any(
                operations.calendar_date(o) or entity_type(o) == "DATE"
                for o in child.children
                if o.dep_ == "pobj"
            )
        ):
            return True
        if child.lower_ == "dated":
            return True  # "dated 7 October", however the parser attached it
    return False


#: Verbs of coming to know that an "as" clause credits the whole sentence to.
_CREDITING_VERBS: frozenset[str] = lx.LEARNING_VERBS | {
    "establish",
    "ascertain",
    "confirm",
    "report",
    "detect",
    "uncover",
}


def _credits_the_sentence(token: Token) -> bool:
    """ ", as the Harbour Desk has learned", "As Operation Tidewater established, ...": an
    "as" clause whose verb of knowing has no object of its own credits the sentence to
    whoever came to know, any subject; the plotters' "as the cell has planned" is no such
    verb."""
    return (
        token.dep_ == "advcl"
        and lx.lemma(token) in _CREDITING_VERBS
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in token.children)
        and not any(
            c.dep_ == "nsubj" and lx.lemma(c) in lx.GROUP_NOUNS for c in token.children
        )  # "as the cell learned in training" is the plotters'
    )


def _dated_as_of(token: Token) -> bool:
    """ "As of 14 May, ...", "current as at 22 February": the date of the information, not
    of anything the attackers do."""
    if token.lower_ != "as" or token.i + 2 >= len(token.doc):
        return False
    following = token.doc[token.i + 1 : token.i + 5]
    return following[0].lower_ in ("of", "at") and any(entity_type(t) == "DATE" for t in following)


def _investigation(token: Token) -> bool:
    """ "Detectives have been investigating the suspects since January", "inquiries made on 12
    February": how the police came to know. The attackers' own inquiries are theirs."""
    if lx.lemma(token) not in lx.INVESTIGATION_WORDS:
        return False
    if token.pos_ == "VERB":
        # only a named investigator: "the investigating judge" is a target, not our method
        actor = _actor(token)
        return actor is not None and (
            lx.lemma(actor) in COLLECTOR_WORDS
            or any(collecting_unit(t) for t in actor.subtree)
            or any(c.dep_ == "poss" and c.lower_ == "our" for c in actor.children)
        )
    if token.pos_ != "NOUN":
        return False
    if any(c.dep_ == "poss" for c in token.children):
        return any(c.dep_ == "poss" and c.lower_ == "our" for c in token.children)
    # "Inquiries made on 12 February established that ...": the inquiry reports
    return (token.dep_ == "nsubj" and lx.lemma(token.head) in lx.REPORTING_VERBS) or any(
        c.dep_ == "acl" and _actor(c) is None for c in token.children
    )


def _handed_to_us(token: Token) -> bool:
    """ "A courier handed the report to our station in Lusk on 4 March", "the note was passed
    to the desk": a report given to our side, never explosives handed to the cell."""
    if lx.lemma(token) not in lx.GIVING_VERBS or token.pos_ != "VERB":
        return False
    given = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(lx.lemma(o) in lx.INFORMATION_NOUNS - PRONOUNS for o in given):
        return False
    return any(
        c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(_ours(o) for o in c.children)
        for c in token.children
    )


def _ours(token: Token) -> bool:
    """ "us", "me", "our station", "the police", "the desk": the reporting side."""
    return (
        token.lower_ in ("us", "me")
        or any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in token.children)
        or lx.lemma(token) in lx.OUR_OFFICES
    )


def _questioning_held(token: Token) -> bool:
    """ "The interview took place at Marrowgate on 10 February", "the debrief was held in
    Lusk": when and where whoever reported was questioned."""
    if lx.lemma(token) not in lx.QUESTIONING_NOUNS or token.pos_ != "NOUN":
        return False
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    if verb.tag_ not in ("VBD", "VBN"):
        return False  # "the interview will take place at the studio": the target's event
    if lx.lemma(verb) == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    return lx.lemma(verb) in lx.HELD_VERBS


def _attributed_to_someone(token: Token) -> bool:
    """ "According to Inspector Hale of the Harbour Police, ...", "according to the cousin": a
    teller, whoever it is, stands for the source or the service; the attribution goes, what
    follows stays."""
    if token.lower_ != "according" or token.dep_ != "prep":
        return False
    if any(c.lower_ == "to" and any(_teller(t) for t in c.subtree) for c in token.children):
        return True
    return any(_teller(t) for t in teller_words(token))


#: At most this many words between "according to" and the comma that ends the phrase.
MAX_TELLER_WORDS = 5


def teller_words(token: Token) -> list[Token]:
    """The words after "According to" up to its comma, read from the words alone: the parser
    may join the teller to the subject after the comma ("According to the cousin, militia
    commander X has ordered ...", with a line break after "militia")."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return []
    words: list[Token] = []
    for word in doc[token.i + 2 : token.i + 3 + MAX_TELLER_WORDS]:
        if word.text == ",":
            return words
        words.append(word)
    return []


def _teller(token: Token) -> bool:
    """Someone who can tell: a name, a relative, a person by what they know or by their work
    ("according to the cousin", "according to a mechanic"), anyone a clause describes as a
    person ("according to a man who services the vans"), or a service, unlike a document or
    a plan ("according to the plan")."""
    return (
        token.pos_ == "PROPN"
        or token.lower_ in ("him", "her", "them")
        or lx.lemma(token) in lx.TIES | lx.KNOWER_NOUNS | lx.SOURCE_NOUNS | lx.WORKER_NOUNS
        or (token.pos_ == "NOUN" and _described_as_a_person(token))
        # "according to his service", "according to the partner": a service that tells,
        # not a train or a church service ("according to the ferry service timetable")
        or (
            lx.lemma(token) in lx.SERVICE_NOUNS
            and not any(lx.lemma(c) in lx.PUBLIC_SERVICE_KINDS for c in token.children)
        )
    )


def _described_as_a_person(token: Token) -> bool:
    """ "a nurse who treats them", "a dealer whose brother drives": a relative clause that
    only a person takes."""
    return any(
        c.dep_ == "relcl"
        and any(w.lower_ in ("who", "whom", "whose") and w.i < c.i for w in c.subtree)
        for c in token.children
    )


def _graded_information(token: Token) -> bool:
    """ "Brask rates it as probably true", "the passage is assessed as consistent with ...":
    a grading of the reporting, not of the threat."""
    # the small model reads "rates" as a form of "rat": the word itself is checked too
    if token.pos_ != "VERB" or not (
        lx.lemma(token) in lx.GRADING_VERBS or token.lower_.rstrip("ds") in lx.GRADING_STEMS
    ):
        return False
    graded = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(lx.lemma(o) in lx.INFORMATION_NOUNS for o in graded):
        return False
    return any(
        (c.dep_ == "prep" and c.lower_ == "as") or c.dep_ in ("oprd", "acomp")
        for c in token.children
    )


#: Information nouns that are only pronouns: "it arrived" may be a van.
PRONOUNS: frozenset[str] = frozenset({"it", "this", "that", "these"})


def _foreign_service(token: Token) -> bool:
    """ "The Ostrians", "the Germans" as a subject: a nationality standing for its service.
    A nationality is written with a capital: "crowds gather" needs no entity recognizer."""
    return (
        token.tag_ in ("NNPS", "NNS") and token.text[:1].isupper() and entity_type(token) == "NORP"
    )


def _liaison_speaks(token: Token) -> bool:
    """ "The partner says ...", "our counterparts reported": a bare partner that reports is a
    liaison service, not anyone's business or personal partner."""
    return (
        token.dep_ in ("nsubj", "pobj")
        and not any(c.dep_ == "poss" for c in token.children)
        and lx.lemma(token.head if token.dep_ == "nsubj" else token.head.head) in lx.REPORTING_VERBS
        and (lx.lemma(token) in ("partner", "counterpart") or _foreign_service(token))
    )


#: Words that put a passive verb in the future: "are due to be collected", "will be picked up".
_PLANNED_HEADS: frozenset[str] = frozenset(
    {"due", "set", "schedule", "going", "expect", "plan", "intend", "about", "arrange", "be"}
)


def _planned(verb: Token) -> bool:
    """A verb of what is yet to happen to something the plotters handle: "will be collected",
    "are due to be collected". Not when our side or communications are in it: "our team
    will collect his call records" is a planned collection, and it goes."""
    if _ours_acting(verb) or any(
        c.dep_ in ("dobj", "nsubjpass", "nsubj") and lx.lemma(c) in _COMMS | lx.INFORMATION_NOUNS
        for c in verb.children
    ):
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and lx.lemma(verb.head) in _PLANNED_HEADS


#: When a telling was questioned out of someone: "after arrest", "in interview".
_CUSTODY_NOUNS = frozenset(
    {"arrest", "interview", "questioning", "interrogation", "caution", "custody", "detention"}
)


#: What is done to a thing taken off someone in custody: "seized on arrest".
_TAKEN_IN_CUSTODY: frozenset[str] = frozenset({"take", "seize", "recover", "remove", "confiscate"})


def _told_in_custody(token: Token) -> bool:
    """ "THE DRIVER STATED AFTER ARREST THAT ...", "said in interview that": what someone told
    us was questioned out of him in custody, and the phrase says so."""
    if lx.lemma(token) not in _CUSTODY_NOUNS or token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ not in ("after", "on", "following", "during", "in", "under", "since"):
        return False
    verb = prep.head
    if verb.tag_ == "VBN" and lx.lemma(verb) in _TAKEN_IN_CUSTODY:
        return True  # "the phone taken from Pell on arrest": seized from him in custody
    return lx.lemma(verb) in lx.REPORTING_VERBS and verb.pos_ in ("VERB", "AUX")


def _border_check(token: Token) -> bool:
    """ "passport control", "the customs examination", "a secondary border check": the
    border's own checks, which question, search and copy what travellers carry."""
    if token.pos_ not in ("NOUN", "PROPN") or lx.lemma(token) not in lx.BORDER_CHECKS:
        return False
    modifiers = [token.nbor(-1)] if token.i > 0 else []
    modifiers += [c for c in token.children if c.dep_ in ("amod", "compound", "nmod")]
    return any(
        lx.lemma(m) in lx.BORDER_MODIFIERS or m.lower_ in lx.BORDER_MODIFIERS for m in modifiers
    )


#: Verbs that look forward to what they take: "the raid is expected at dawn".
_FORESEEING: frozenset[str] = frozenset(
    {"expect", "plan", "schedule", "anticipate", "foresee", "predict", "intend"}
)


def _in_the_plan(noun: Token) -> bool:
    """A noun in a phrase of what the plotters will do: "the device is to be brought through
    staff search", "they will pass the search at the gate", "the raid is expected on Sunday"
    (what is foreseen has not happened, so it was no search or raid of ours that found
    anything)."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "relcl" and noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        # "He plans to enter by the stairs at the rear of the hall, which are not covered by
        # the bag search": the clause tells of a place on the plotters' way
        return _planned(_governing_verb(verb.head))
    if noun.dep_ in ("nsubjpass", "dobj") and lx.lemma(verb) in _FORESEEING:
        return not _ours_acting(verb)
    if noun.dep_ == "nsubj" and _yet_to_come(verb):
        return not _ours_acting(verb)  # "said that the raid would clear the camp"
    return _planned(verb)


def _governing_verb(noun: Token) -> Token:
    """The verb whose phrases hold the noun: "enter" of "enter through the stairs at the rear
    of the hall" for "hall" (the noun itself when no verb is found)."""
    current = noun
    for _ in range(8):
        if current.dep_ not in ("pobj", "prep", "compound", "appos", "conj"):
            break
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return noun


def _yet_to_come(verb: Token) -> bool:
    """ "will clear", "would clear": a verb of the future, or of the future as it was told;
    not "would have found", which looks back."""
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return any(a in ("will", "would", "shall", "'ll") for a in auxes) and "have" not in auxes


def _threatened(token: Token) -> bool:
    """ "A worker at the depot will be targeted on Friday": a verb of the threat, passive and
    yet to happen, said of a person or a place, is the plot; "their calls will be targeted"
    is still our collection."""
    if lx.lemma(token) not in lx.THREAT_WORDS:
        return False
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and lx.lemma(subject) not in lx.COMMS_NOUNS | lx.DEVICE_NOUNS


def _attacked(token: Token, depth: int = 0) -> bool:
    """A word of the thing attacked: "to kill the district governor and the coalition liaison
    officers" names a target, not our liaison; "cut the fibre cable that carries the trackside
    cameras" names what the plotters blind, not our cameras."""
    current = token
    for _ in range(4):
        if current.dep_ not in ("compound", "amod", "nmod", "conj", "appos"):
            break
        current = current.head
    if current.dep_ == "nsubj" and current.head.tag_ == "VBG" and current.head.dep_ == "advcl":
        # "to kill the governor and the liaison officers attending": the parser may read the
        # officers as the subject of "attending", itself hung on the verb of the threat
        return lx.lemma(current.head.head) in lx.THREAT_WORDS
    verb = current.head
    if current.dep_ == "dobj" and lx.lemma(verb) in lx.THREAT_WORDS:
        return True
    if _named_target(current) or _place_of_the_attack(current):
        return True
    if current.dep_ == "dobj" and lx.lemma(verb) in lx.SABOTAGE_VERBS and not _ours_acting(verb):
        return True
    # what a thing attacked carries or holds is attacked with it: one relative clause deep
    return (
        depth == 0
        and current.dep_ == "dobj"
        and verb.dep_ == "relcl"
        and verb.head.i != verb.i
        and _attacked(verb.head, depth + 1)
    )


#: Nouns that say a thing is what the plotters aim at: "the lab is their target".
_TARGET_NOUNS: frozenset[str] = frozenset({"target", "objective"})
#: Prepositions of where an act takes place: "at the exchange", "outside the office".
_PLACE_PREPS: frozenset[str] = frozenset(
    {"at", "in", "inside", "outside", "near", "into", "on", "by", "behind", "beside"}
)


def _named_target(noun: Token) -> bool:
    """ "A forensic lab is their target", "the target is the police forensic laboratory": a
    thing that the verb "be" equates with the target."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "attr") or lx.lemma(verb) != "be":
        return False
    other = "attr" if noun.dep_ == "nsubj" else "nsubj"
    return any(c.dep_ == other and lx.lemma(c) in _TARGET_NOUNS for c in verb.children)


def _place_of_the_attack(noun: Token) -> bool:
    """ "shoot the guards at the telephone exchange", "the car bomb will be parked outside
    the liaison office": the place of an act of the threat, or where a weapon of it will be."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in _PLACE_PREPS:
        return False
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if lx.lemma(verb) in lx.THREAT_WORDS:
        return True
    return _yet_to_come(verb) and any(
        c.dep_ in ("nsubj", "nsubjpass")
        and any(lx.lemma(t) in lx.ATTACK_METHOD_WORDS for t in c.subtree)
        for c in verb.children
    )


#: Verbs that look forward to the act they take: "the cell plans to plant a bug".
_PLAN_VERBS: frozenset[str] = lx.INTENT_WORDS | frozenset({"hope"})


#: Prepositions of what the plotters will do with a thing, never of where a report came from.
_PLAN_PREPS: frozenset[str] = frozenset(
    {"with", "in", "into", "inside", "on", "onto", "at", "under", "using", "behind", "over"}
)


#: Words that say a thing is covered by us, whoever will use it: "his monitored phone".
_OURS_BY_FORM: frozenset[str] = frozenset(
    {"intercepted", "monitored", "tapped", "bugged", "compromised", "exploited", "implanted"}
)


def _word_of_ours(token: Token) -> bool:
    return token.dep_ in ("amod", "compound") and token.lower_ in _OURS_BY_FORM


def _plotters_plan(token: Token) -> bool:
    """ "The group plans to plant a listening device", "the plotters want to interrogate the
    soldier", "the cell will lure the officer with a text message": what the plotters will do
    with the words of collection is how they will attack, not how we learned it."""
    verb = token
    for _ in range(4):
        if any(_word_of_ours(w) for w in (verb, *verb.children) if w.dep_ != "prep"):
            return False  # "on his monitored phone", "the intercepted line": ours in any clause
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        if verb.pos_ == "ADP" and verb.lower_ not in _PLAN_PREPS:
            return False  # "per the intercept log, the gunmen will move": how we know it
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or lx.lemma(verb) in lx.REPORTING_VERBS:
        return False
    planned = _yet_to_come(verb)
    doer = verb
    if not planned and verb.dep_ == "xcomp" and lx.lemma(verb.head) in _PLAN_VERBS:
        planned, doer = True, verb.head
    subject = next((c for c in doer.children if c.dep_ == "nsubj"), None)
    return planned and subject is not None and plotter(subject) and not collecting_unit(subject)


def _shows(token: Token) -> bool:
    """ "the screening of the opening match", "a film screening": what is screened is shown to
    an audience, not vetted."""
    shown = [o for c in token.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    shown += [c for c in token.children if c.dep_ in ("compound", "nmod")]
    return any(lx.lemma(s) in lx.SHOWN_NOUNS for s in shown)


def method_trigger(token: Token) -> bool:
    """True when this token, in this role, reveals a collection method."""
    # the target test walks the parse: only for the few words that would be a method
    return _method_role(token) and not _attacked(token) and not _plotters_plan(token)


def _method_role(token: Token) -> bool:
    lemma = lx.lemma(token)
    text = token.lower_
    if token.tag_ == "VBN" and _sensor_agent(token):
        return True  # "The van is read at 02:14 by the Keel Lane camera": a camera's record
    if following.own_callsign(token) or planted_device_again(token):
        return True  # "Echo 1 on foot at yard fence", "the device must not be compromised"
    # asked before the first look: a watcher of ours may be a designator ("GW-3 has picked
    # up ..."), which no list of words holds
    if _opening_watcher(token):
        return True  # "A camera at the garage filmed Kyle buying ...", however parsed
    if not _may_be_method(token, lemma, text):
        return False
    if attack_instrument(token):
        return False  # "a bomb triggered by a mobile phone": the phone is the attack's
    if token.text in service_acronyms(token.doc):
        return True  # "TSD's knowledge rests on ...": the partner service a report defined
    if names_partner_service(token):
        return True  # "get the Ostrians to agree": the partner service the report named
    if institutional_record(token) or collection_instrument(token) or our_perceiver(token):
        return True  # "bank records obtained under a production order", "the sensor operator"
    if on_target_list(token):
        return True  # "a number that has been on target lists since August"
    if records_check(token):
        return True  # "Ran Kasza through the index": our holdings, searched for him
    if found_in_search(token) or covert_entry(token) or line_tap(token) or card_payment(token):
        return True  # "a notebook found under the workbench", "re-secured the padlock"
    if deleted_material(token):
        return True  # "Among the deleted notes was a list": recovered from his device
    if _told_in_custody(token):
        return True  # "stated after arrest that ...": questioning in custody
    if _border_check(token) and not _in_the_plan(token):
        return True  # "our passport control at Kolva questioned the driver"
    if travelled_as(token) is not None:
        return True  # "travelled on 26 November under the name Jonna Pikk": a travel record
    if following.following_team(token) or following.followed_by_team(token):
        return True  # "A mobile team then followed Hosk to Fernhill Close"
    if (
        operations.our_exploit(token)
        or operations.opened_microphone(token)
        or operations.authority_term(token)
        or operations.data_request(token)
    ):
        return True  # "the exploit was delivered in a crafted MMS", "legal authority runs to"
    if technique_name(token) or undercover_persona(token) or our_decoy(token) or dna_trace(token):
        return True  # "blockchain tracing of the wallet", "the persona was handed a list"
    if lemma in _SENSORS and token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "NOUN":
        return True  # "Satellite passes on 3 and 9 May show ...", misparsed: the sensor acts
    if _sensor_records(token):
        return True  # "The ground sensor string logged heavy-vehicle signatures at 02:14"
    if _image_shows(token):
        return True  # "Commercial frame HI-0727-5532 (26 July, 0912Z) adds fresh spoil"
    if _comms_read_as_verb(token):
        return True  # "Intercepted calls on 12 January ... show that", misparsed likewise
    if institution_flagged(token):
        return True  # "the bank flagged the transfers": its monitoring, reported to us
    if device_located(token) or posing_officer(token) or our_reading(token):
        return True  # "his phone was located near", "an officer posing as a buyer"
    if (
        collecting_unit(token)
        or _information_acquired(token)
        or _dated_report(token)
        or _dated_as_of(token)
        or _liaison_speaks(token)
        or _investigation(token)
        or _questioning_held(token)
        or _handed_to_us(token)
    ):
        return True
    if _hyphenated(token) in lx.METHOD_WORDS or evidence_subject(token):
        return True  # "the tracker on his car places him": whoever placed the tracker
    if lemma in lx.METHOD_WORDS or text in lx.METHOD_WORDS:
        if lemma == "intercept" and token.pos_ == "VERB" and not _intercepts_comms(token):
            return False
        if lemma == "collection" and any(c.lower_ == "of" for c in token.children):
            return False
        if lemma == "screening" and _shows(token):
            return False  # "during the screening of the opening match": a showing
        if lemma == "collect" and _planned(token):
            return False  # "the crates are due to be collected on Tuesday": the plotters'
        if lemma == "collect" and not (_is_passive(token) or token.dep_ in ("acl", "amod")):
            objects = [c for c in token.children if c.dep_ == "dobj"]
            if not any(lx.lemma(o) in _COMMS for o in objects):
                return False
        if lemma in ADVISABLE and _advised(token):
            return False  # "police should have the hull searched before the first sailing"
        if lemma in ACTOR_DEPENDENT and token.pos_ == "NOUN" and _in_the_plan(token):
            return False  # "is to be brought airside through staff search": the plotters' way
        if (
            lemma in _ASSAULT_WORDS
            and token.dep_ in ("amod", "compound")
            and token.head.pos_ == "NOUN"
            and _in_the_plan(token.head)
        ):
            return False  # "The raiding party ... will come over the ridge": the attackers
        if (
            lemma in _ASSAULT_WORDS
            and token.dep_ == "compound"
            and lx.lemma(token.head) in _GEAR_NOUNS
        ):
            return False  # "men in police raid jackets": the gear, not a raid
        if lemma in ACTOR_DEPENDENT and lemma != "intercept":
            return _by_collector(token)
        return True
    if (
        taken_from_device(token)
        or device_owner(token)
        or in_attribution(token)
        or extra_device(token)
        or message_to_someone(token)
        or device_compromise(token)
        or relayed_message(token)
        or captured_screen(token)
        or tracked_beacon(token)
    ):
        return True  # "stored on the device", "per the take", "a second handset"
    if lemma in lx.ACQUISITION_VERBS and token.pos_ == "VERB" and _ours_acting(token):
        return True  # "Our technical team recovered a list from a laptop"
    if (
        (
            (lemma in lx.ACQUISITION_VERBS and token.pos_ == "VERB")
            # "the number is now tasked": a passive participle the tagger read as an adjective
            or (_passive_adjective(token) and bool(_participle_verb(token)))
        )
        # "members of the Front plan to seize the ferry", misparsed with "plan" a noun: an
        # act told as still to come is the plotters', never a collection already made
        and (
            _is_passive(token)
            or _passive_adjective(token)
            or (token.dep_ == "acl" and not lx.unrealized(token))
        )
    ):
        if _threatened(token):
            return False  # "A worker at the depot will be targeted on Friday"
        # "the number is now tasked": the subject of "be" is what the act was done to
        agent = _by_agent(token) if _passive_adjective(token) else _actor(token)
        return agent is None or _collector(agent)
    if (
        lemma == "pass"
        and token.tag_ == "NNS"
        and any(c.lower_ in _COUNTED_PASSES or c.like_num for c in token.children)
    ):
        return True  # "on both passes", "on three later passes": imaging passes
    if _counted_image(token):
        return True  # "Shadows on the later image": one of a series of images taken
    if lemma in lx.COMMS_NOUNS and (token.pos_ in ("NOUN", "PROPN") or _note_head(token)):
        if _exchanged(token):
            return True  # "Posts exchanged in the group show that ...": between its members
        modifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod")]
        if token.dep_ == "compound":
            modifiers.append(token.head)
        if lemma in _EXCHANGES and any(
            c.lower_ == "between"
            or (c.lower_ in ("to", "from", "with") and any(o.pos_ == "PROPN" for o in c.children))
            for c in token.children
        ):
            return True  # "calls between Lind and Holm", "a message to Pell": we know them
        if lemma in _EXCHANGES and logged_exchange(token):
            return True  # "Calls to a cello rental shop, 15 June": a line of a call log
        if _read_off_device(token, lemma):
            return True  # "Messages on the handset show that ...": read off his device
        return any(
            lx.lemma(m) in lx.COMMS_MODIFIERS
            or m.lower_ in lx.COMMS_MODIFIERS
            or _hyphenated(m) in lx.COMMS_MODIFIERS
            for m in modifiers
        )
    if lemma in lx.SERVICE_NOUNS and token.pos_ in ("NOUN", "PROPN"):
        if any(c.dep_ == "poss" and c.lower_ == "our" for c in token.children):
            return True  # "our partners", "our liaison counterpart"
        if _service_acts(token):
            return False  # "Officers of the Ostrian Security Service plan to kidnap ..."
        modifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod")]
        if lemma == "service" and any(
            lx.lemma(m) in lx.TRANSPORT_SERVICE_MODIFIERS | lx.PUBLIC_SERVICE_KINDS
            or m.lower_ in lx.PUBLIC_SERVICE_KINDS
            for m in modifiers
        ):
            return False  # "the 07:12 Hessford to Kingsport commuter service": a train
        return (
            lemma == "liaison"
            or any(
                lx.lemma(m) in lx.SERVICE_MODIFIERS
                or m.lower_ in lx.SERVICE_MODIFIERS
                or _hyphenated(m) in lx.SERVICE_MODIFIERS
                for m in modifiers
            )
            or any(entity_type(m) in ("NORP", "GPE") for m in modifiers)  # "the Ruritanian service"
        )
    return False


#: Words of a clause that make its subject the actor of a threat.
_THREAT_ACT_WORDS: frozenset[str] = lx.THREAT_WORDS | lx.ATTACK_METHOD_WORDS | lx.INTENT_WORDS


#: Copies of a device's contents, named "of" the device ("a download of his handset").
_DEVICE_COPIES: frozenset[str] = frozenset({"download", "dump", "backup", "extraction", "pull"})


def _read_off_device(token: Token, lemma: str) -> bool:
    """ "Messages on the handset", "a voicemail left on his phone", "a download of his
    handset": communications or a copy read off a device, the preposition hung on the noun
    or on the participle that says where they were kept."""
    heads = [token, *(c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN")]
    preps = ("on", "from", "of") if lemma in _DEVICE_COPIES else ("on", "from")
    return any(
        c.dep_ == "prep"
        and c.lower_ in preps
        and any(lx.lemma(o) in lx.DEVICE_NOUNS for o in c.children if o.dep_ == "pobj")
        for head in heads
        for c in head.children
    )


def logged_exchange(token: Token) -> bool:
    """ "Calls to a cello rental shop, 15 June", "Texts from an unknown number": a line with
    no verb, headed by calls or messages to or from anyone, is an entry of a log of someone's
    communications, which only collecting them could give. A sentence with a verb ("He made
    calls to the shop") tells what the plotter did, and is read by the other rules. The
    parser may read the plural noun as a verb with no subject ("Calls" as "he calls")."""
    if token.dep_ != "ROOT" or not (
        token.tag_ == "NNS" or (token.tag_ == "VBZ" and _note_head(token))
    ):
        return False
    if not any(c.dep_ == "prep" and c.lower_ in ("to", "from", "with") for c in token.children):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in token.sent if t.i != token.i)


def _exchanged(token: Token) -> bool:
    """ "messages exchanged in the group", "texts were exchanged on 2 May": what a group's
    members sent one another, which only reading it could tell. The parser often makes the
    participle the sentence's verb ("Posts exchanged ... show that"), but messages exchange
    nothing, so a message as its subject is the reduced clause. Not the plotters' plan to
    exchange them ("they will exchange messages"), where the messages are the object."""
    if token.dep_ in ("nsubj", "nsubjpass"):
        verb = token.head
    else:
        verb = next((c for c in token.children if c.dep_ == "acl"), token)
    if lx.lemma(verb) != "exchange" or verb.tag_ not in ("VBN", "VBD"):
        return False
    return not lx.unrealized(verb)


def _service_acts(token: Token) -> bool:
    """ "Officers of the Kastovan State Protection Service have hired two gunmen to shoot
    ...", "the Ostrian service will kill him": a service, or its people, as the subject of
    the threat is the perpetrator; it is a method only as the one that told or shared."""
    holder = token
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        holder = token.head.head  # "officers of the service": its people act
    if holder.dep_ != "nsubj":
        return False
    verb = holder.head
    if lx.lemma(verb) in lx.REPORTING_VERBS or any(c.dep_ == "ccomp" for c in verb.children):
        return False  # "the Ostrian service shared that ...": how we learned
    return any(lx.lemma(t) in _THREAT_ACT_WORDS for t in verb.subtree)


#: Sensors that, as the subject of a clause, are our collection at work.
_SENSORS: frozenset[str] = frozenset({"satellite", "radar", "sonar"})
#: Fixed sensors that record whatever passes them: a road camera, a radar.
_RECORDING_SENSORS: frozenset[str] = frozenset(
    {"camera", "cctv", "anpr", "alpr", "radar", "sensor", "sonar"}
)
#: Auxiliaries of a plan or a supposition: what is yet to be recorded is no record.
_UNREALIZED: frozenset[str] = frozenset({"will", "shall", "would", "could", "might", "may"})


#: One picture of a series a satellite, an aircraft or a camera takes.
_IMAGE_NOUNS: frozenset[str] = frozenset({"frame", "image", "scene", "shot", "still"})
#: Who took it: a commercial provider, a satellite, an aircraft overhead.
_IMAGE_MAKERS: frozenset[str] = frozenset(
    {"commercial", "satellite", "aerial", "overhead", "imaging", "drone", "uav", "airborne"}
)


def _image_shows(token: Token) -> bool:
    """ "Helion Imaging commercial frame HI-0727-5532 (26 July, 0912Z, 50 cm) adds fresh
    spoil and a blast-wall mock-up": a picture taken from above, named by who took it, as
    the subject of what it shows or adds is our imagery at work, and its time and number
    ours. A picture the plotters hold ("their drone image of the gate will guide them") is
    yet to act, and a bare "image" or "frame" is anyone's."""
    if token.pos_ != "NOUN" or lx.lemma(token) not in _IMAGE_NOUNS or token.dep_ != "nsubj":
        return False
    makers = [c for c in token.subtree if c.i < token.i and c.dep_ in ("amod", "compound", "nmod")]
    if not any(lx.lemma(m) in _IMAGE_MAKERS for m in makers):
        return False
    verb = token.head
    if lx.lemma(verb) not in lx.SHOWING_VERBS | {"add"}:
        return False
    return not lx.unrealized(verb)


#: Verbs by which a sensor tells what passed it.
_RECORDING_VERBS: frozenset[str] = frozenset(
    {"log", "record", "detect", "register", "capture", "catch", "pick", "track", "film"}
    | {"photograph", "image", "show", "reveal", "note", "sense", "read"}
)


def _sensor_records(token: Token) -> bool:
    """ "The unattended ground sensor string on the track logged heavy-vehicle signatures at
    02:14", "A roadside camera captured the van": a fixed sensor, alone or as the modifier of
    the subject's head (a string, a line, a network of them), that recorded something is our
    collection at work, what it recorded our product and its times ours. The plotters' own
    camera ("their camera filmed the gate"), or a sensor yet to act ("a sensor will trigger
    the charge"), records nothing of ours."""
    if lx.lemma(token) not in _RECORDING_SENSORS or token.pos_ not in ("NOUN", "PROPN"):
        return False
    current = token
    for _ in range(4):
        if any(
            c.dep_ == "poss" and (c.lower_ in ("their", "his", "her") or plotter(c))
            for c in current.children
        ):
            return False
        if current.dep_ == "nsubj" and current.head.pos_ == "VERB":
            break
        # "ground sensor string" (compound), and a subject the parser hung on another noun
        if current.dep_ not in ("compound", "amod", "nmod", "nsubj") or current.head is current:
            return False
        current = current.head
    else:
        return False
    verb = current.head
    if lx.lemma(verb) not in _RECORDING_VERBS or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return False
    return not any(c.dep_ == "aux" and c.lower_ in _UNREALIZED for c in verb.children)


def _opening_watcher(token: Token) -> bool:
    """ "A camera at the Pellham garage filmed Kyle buying two cans": the watcher that opens
    the sentence, read from the words when the parser misread the verb of recording as an
    adjective or a clause of the place (`small_clause.opening_watch`)."""
    # the word first: asking for its sentence costs more than the word does
    if not (lx.lemma(token) in OPENING_WATCHERS or device_code(token)):
        return False
    if token.i - token.sent.start > 6:
        return False
    found = opening_watch(token.sent)
    return found is not None and found[0].i == token.i


def _sensor_agent(verb: Token) -> bool:
    """ "The van is read at 02:14 by the Keel Lane camera", "he was caught by CCTV": what a
    fixed sensor did, in the passive, is our record of it, and the clause is the collection.
    The parser may hang the "by" on the verb's adjunct ("at 02:14 by the camera"). The
    plotters' own camera ("filmed by their camera"), or one yet to act ("will be filmed by a
    camera"), records nothing of ours."""
    if verb.pos_ != "VERB" or not _is_passive(verb):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _UNREALIZED for c in verb.children):
        return False
    # the "by" on the verb, or on the object of one of its prepositions
    heads = [verb, *(o for p in verb.children if p.dep_ == "prep" for o in p.children)]
    agents = [
        o
        for h in heads
        for by in h.children
        if by.lower_ == "by" and by.dep_ in ("agent", "prep")
        for o in by.children
        if o.dep_ == "pobj"
    ]
    return any(
        lx.lemma(o) in _RECORDING_SENSORS
        and not any(
            c.dep_ == "poss" and (c.lower_ in ("their", "his", "her") or plotter(c))
            for c in o.children
        )
        for o in agents
    )


#: Every word, by lemma or in lower case, on which a rule of ``_method_role`` can return True
#: for the token it is asked of; any other word is no method, and most words are none.
_METHOD_ROLE_WORDS: frozenset[str] = (
    technical.TRIGGER_WORDS  # the rules of technical.py
    | operations.TRIGGER_WORDS  # the rules of operations.py
    | following.FOLLOWER_NOUNS  # following_team
    | following.FOLLOWING_VERBS  # followed_by_team
    | following.WATCHING_VERBS
    | _SENSORS
    | _RECORDING_SENSORS  # _sensor_records
    | _IMAGE_NOUNS  # _image_shows
    | _CUSTODY_NOUNS  # _told_in_custody
    | lx.BORDER_CHECKS  # _border_check
    | lx.UNIT_NOUNS  # collecting_unit
    | _HOLDING_VERBS  # _information_acquired
    | DATED_NOUNS  # _dated_report
    | frozenset({"as"})  # _dated_as_of
    | frozenset({"partner", "counterpart"})  # _liaison_speaks, by word
    | lx.INVESTIGATION_WORDS  # _investigation
    | lx.QUESTIONING_NOUNS  # _questioning_held
    | lx.GIVING_VERBS  # _handed_to_us
    | lx.COMMS_MODIFIERS  # _comms_read_as_verb
    | lx.METHOD_WORDS
    | lx.ACQUISITION_VERBS
    | frozenset({"pass", "image"})  # "on both passes", "on the later image"
    | lx.COMMS_NOUNS
    | lx.SERVICE_NOUNS
)


def _note_head(token: Token) -> bool:
    """ "Thread with Lewis Mace 30/09 23:12.", "Call with Pell on 3 May.": a note's first
    word, a noun the parser read as an imperative verb, with no subject and no object."""
    return (
        token.pos_ == "VERB"
        and token.dep_ == "ROOT"
        and token.i == token.sent.start
        and token.text[:1].isupper()
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "ccomp", "xcomp") for c in token.children
        )
    )


def _comms_read_as_verb(token: Token) -> bool:
    """ "Intercepted calls on 12 January between ... show that": the parser read the
    participle as a noun, the subject of the communications read as a verb."""
    head = token.head
    return (
        token.lower_ in lx.COMMS_MODIFIERS
        and token.dep_ == "nsubj"
        and head.i == token.i + 1
        and head.pos_ == "VERB"
        and lx.lemma(head) in lx.COMMS_NOUNS
    )


def _may_be_method(token: Token, lemma: str, text: str) -> bool:
    """Whether any rule of ``_method_role`` could hold of this token: a cheap first look, so
    that the rules are asked only of the few words they are about."""
    if lemma in _METHOD_ROLE_WORDS or text in _METHOD_ROLE_WORDS:
        return True
    if token.text.isupper() and token.text in service_acronyms(token.doc):
        return True  # a partner service's acronym
    if token.tag_ == "JJ" and _participle_verb(token):
        return True  # "is now tasked": a participle read as an adjective
    if token.tag_ in ("NNS", "NNPS") and token.dep_ in ("nsubj", "pobj"):
        return True  # _liaison_speaks: a nationality standing for its service, "the Ostrians"
    if token.tag_ in ("NNS", "NNPS") and token.text[:1].isupper():
        return True  # names_partner_service: "get the Ostrians to agree"
    # the end of a hyphenated word ("re-secure", "cell-site") is judged by its whole
    return token.i >= 1 and token.nbor(-1).text == "-"


#: Protective acts that a warning may advise: a search advised is no search made.
ADVISABLE: frozenset[str] = frozenset({"search", "raid", "sweep"})
#: Modals and verbs that advise an act rather than report one.
_ADVISING: frozenset[str] = frozenset({"should", "must", "ought", "advise", "recommend", "urge"})


def _advised(token: Token) -> bool:
    """ "Police should search the van", "we recommend that the hull be searched": the act is
    advised to the recipient, not a collection that was made."""
    current = token
    for _ in range(3):
        if current.pos_ in ("VERB", "AUX") and (
            lx.lemma(current) in _ADVISING
            or any(c.dep_ == "aux" and lx.lemma(c) in _ADVISING for c in current.children)
        ):
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _hyphenated(token: Token) -> str:
    """The hyphenated word a token ends ("walk-in", split by spaCy into three tokens, or
    "cell-site" kept whole), or "" for a plain word."""
    if token.i >= 2 and token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_:
        return f"{token.nbor(-2).lower_}-{token.lower_}"
    # a plain word is judged by the role rules below, never by this shortcut
    return token.lower_ if "-" in token.lower_ else ""


#: Nouns a hyphenated source word may modify and still name a source or its report: "a walk-in
#: source", "sub-source reporting", "the walk-in interview".
_SOURCE_HEADS: frozenset[str] = (
    lx.SOURCE_NOUNS
    | lx.SOURCE_PLAIN_NOUNS
    | lx.KNOWER_NOUNS
    | lx.TIES
    | lx.WORKER_NOUNS
    | lx.INFORMATION_NOUNS
    | lx.QUESTIONING_NOUNS
)


def _names_a_thing(token: Token) -> bool:
    """ "the walk-in freezer", "a walk-in closet": a hyphenated source word that modifies a
    noun of no person and no report is a kind of thing. The noun is the word right after it:
    the parser may hang the modifier further on ("walk-in report - shooting at ...")."""
    if token.i + 1 >= len(token.doc):
        return False
    noun = token.nbor(1)
    if noun.pos_ != "NOUN" or lx.lemma(noun) in _SOURCE_HEADS:
        return False
    parts = [token.nbor(-2), token] if token.i >= 2 and token.nbor(-1).text == "-" else [token]
    inside = {p.i for p in parts} | {token.i - 1}
    return any(p.head.i not in inside and p.dep_ in ("nmod", "compound", "amod") for p in parts)


#: Modifiers that make access a technical operation ("remote access", "read access").
_TECHNICAL_ACCESS: frozenset[str] = frozenset(
    {"persistent", "remote", "covert", "technical", "read", "write", "admin", "root", "backdoor"}
)


#: What is said of our access to say that it lasts: "Access remains persistent".
_LASTING: frozenset[str] = frozenset(
    {
        "persistent",
        "stable",
        "intact",
        "ongoing",
        "uninterrupted",
        "unaffected",
        "live",
        "active",
        "assured",
        "sustained",
        "maintained",
        "continuous",
    }
)
#: What happens to our access when it ends or lasts: "a loss of access is expected".
_ACCESS_FATES: frozenset[str] = frozenset(
    {"loss", "end", "interruption", "disruption", "restoration", "continuity", "persistence"}
)


#: Verbs by which our access is said to hang on something.
_HINGING_VERBS: frozenset[str] = frozenset({"depend", "rely", "hinge", "rest"})


def _access_state(token: Token) -> bool:
    """ "Access remains persistent", "a loss of access is expected", "continuity of access": a
    bare access whose lasting or ending is reported is our access to the plotters' devices.
    Access to a place ("Access to the stadium remains open") is the target's."""
    if any(
        c.dep_ == "prep"
        and c.lower_ in ("to", "into")
        and not any(lx.lemma(o) in lx.DEVICE_NOUNS for o in c.children)
        for c in token.children
    ):
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        return lx.lemma(token.head.head) in _ACCESS_FATES
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.pos_ not in ("VERB", "AUX"):
        return False
    if token.head.lower_ in _LASTING:
        return True  # "Access has been uninterrupted": the parser's passive participle
    if lx.lemma(token.head) in _HINGING_VERBS:
        # "Access depends on Kastell keeping this phone": what it hangs on is his device
        return any(
            lx.lemma(t) in lx.SELECTOR_DEVICES
            for c in token.head.children
            if c.dep_ == "prep" and c.lower_ in ("on", "upon")
            for t in c.subtree
        )
    return any(
        c.dep_ in ("acomp", "oprd", "attr") and (lx.lemma(c) in _LASTING or c.lower_ in _LASTING)
        for c in token.head.children
    )


def _device_access(token: Token) -> bool:
    """ "access to his handset", "our access", "persistent access": a technical operation."""
    if any(c.dep_ == "poss" and c.lower_ in ("our", "we") for c in token.children):
        return True
    if _access_state(token):
        return True
    holder = token.head if token.dep_ == "dobj" else None
    if holder is not None and _ours_acting(holder):
        return True  # "we have read access to the group's drive" ("have read" misparsed)
    if holder is not None and any(
        c.dep_ == "nsubj"
        and (lx.lemma(c) in lx.ACTOR_WORDS or lx.lemma(c) in lx.GROUP_NOUNS or c.pos_ == "PROPN")
        for c in holder.children
    ):
        return False  # "the attackers have remote access to the controllers": theirs
    before = token.nbor(-1) if token.i > 0 else token
    if any(lx.lemma(c) in _TECHNICAL_ACCESS for c in (*token.children, before)):
        return True
    return any(
        c.lower_ == "to" and any(lx.lemma(o) in lx.DEVICE_NOUNS for o in c.children)
        for c in token.children
    )


#: A source's standing or state (asked of most tokens: joined once).
_STANDING_OR_STATE: frozenset[str] = lx.SOURCE_STANDING | lx.SOURCE_STATE


def _inside_a_name(token: Token) -> bool:
    """True for a capitalized word inside a proper name after another word of it ("Mole" of
    "the Outer Mole Martyrs"); a name's first word may still be a role ("Source GREY OWL")."""
    if token.i == 0 or token.dep_ != "compound" or token.pos_ != "PROPN":
        return False
    before = token.nbor(-1)
    return (
        token.text[:1].isupper()
        and not token.text.isupper()
        and before.pos_ == "PROPN"
        and before.dep_ == "compound"
        and before.text[:1].isupper()
        and before.head.i == token.head.i
        and token.head.pos_ == "PROPN"
    )


def source_trigger(token: Token) -> bool:
    """True when this token names or describes a human source."""
    if not _may_be_source(token):
        return False
    if _hyphenated(token) in lx.SOURCE_NOUNS:
        return not _names_a_thing(token)
    if interviewed(token) or bare_subject(token):
        return True  # "A 19-year-old returnee", a screening record's "Subject"
    lemma = lx.lemma(token)
    prefix, _, number = token.lower_.partition("-")
    if prefix in lx.SOURCE_ID_PREFIXES and any(c.isdigit() for c in number):
        return True  # "Per CHS-0142, ...": a registered source by its number
    if lemma in lx.SOURCE_NOUNS or token.lower_ in lx.SOURCE_NOUNS:
        if token.pos_ not in ("NOUN", "PROPN"):
            return False
        if lemma in _STATUS_NOUNS and in_the_plot(token):
            return False  # "A detainee, Ali Vey, will drive the van into the market"
        if _inside_a_name(token):
            return False  # "the Outer Mole Martyrs": a word of a group's name, no source
        if _another_trade(token):
            return False  # "two baggage handlers", "a debt collector": a job, not a source
        if roles.plotters_own(token):
            return False  # "the gunman's handler", "the cell's informant": theirs
        # "the source of the river", "a source of funding": not a human source; but "a
        # reliable source of unknown access" is one, by its descriptor or what it is of
        if lemma != "source" or not any(c.lower_ == "of" for c in token.children):
            return True
        if _origin_of_report(token):
            return True  # "the source of this report"
        return any(
            c.dep_ == "amod" and lx.lemma(c) in lx.SOURCE_DESCRIPTORS for c in token.children
        ) or any(
            lx.lemma(o) in _SOURCE_OF
            for c in token.children
            if c.lower_ == "of"
            for o in c.children
        )
    if lemma in _STANDING_OR_STATE or token.lower_ in lx.SOURCE_STANDING:
        return True
    if lemma == "wire" and lx.lemma(token.head) == "wear":
        return True  # "wore a wire": a body-worn recording, not clothing
    if lemma == "access":
        if token.dep_ == "compound":
            return False  # "the remote-access gateway", "the access road": a thing, not ours
        if roles.plotters_own(token):
            return False  # "The shooter has direct access to the office": an insider's
        return any(lx.lemma(c) in lx.ACCESS_MODIFIERS for c in token.children) or _device_access(
            token
        )
    if lemma == "present" and token.dep_ == "acomp":
        # "He was present when the plan was approved": the access of whoever reported, also
        # when the verb is conjoined ("He works on the ramp and was present in the crew room")
        subject = roles.subject_of(token.head)
        return subject is not None and subject.lower_ in lx.REPORTER_PRONOUNS
    if lemma in ("people", "person", "individual") and any(
        c.dep_ == "relcl" and lx.lemma(c) in ("know", "aware") for c in token.children
    ):
        return True  # "one of five people who knew of it": how few could have told us
    if _one_of_few(token):
        return True  # "W. is one of three supervisors with roster access", "One of 4 present"
    if lemma in lx.ATTRIBUTION_NOUNS and token.dep_ == "pobj":
        # "In his words, ...", "by her account": the telling of whoever reported
        return token.head.lower_ in ("in", "by", "on", "from") and any(
            c.dep_ == "poss" and c.lower_ in ("his", "her", "my") for c in token.children
        )
    if lemma == "subject" and any(
        c.lower_ == "of" and any(lx.lemma(o) in lx.QUESTIONING_NOUNS for o in c.children)
        for c in token.children
    ):
        return True  # "the subject of the interview": whoever was questioned
    if _designated_subject(token) or _in_contact_with_us(token) or _of_trust(token):
        return True
    if _member_of_public(token) or _origin_of_report(token):
        return True
    if _focal_point(token) or _information_from_someone(token):
        return True
    if lemma in lx.SOURCE_PLAIN_NOUNS and token.pos_ in ("NOUN", "PROPN"):
        if roles.plotters_own(token):
            return False  # "The attacker, a trusted member of staff, will ..."
        if _of_ours(token) or _sub_source(token):
            return True  # "a collaborator of this Unit", "their own contact has heard it"
        return any(
            _hyphenated(c) in lx.SOURCE_DESCRIPTORS
            or lx.lemma(c) in lx.SOURCE_DESCRIPTORS
            or c.lower_ in lx.SOURCE_DESCRIPTORS  # "the reporting individual"
            or (c.dep_ == "poss" and c.lower_ in ("our", "my"))
            for c in token.children
            if c.dep_ in ("amod", "compound", "poss", "nmod")
        )
    return False


#: Words that may stand between "one of" and the count: "one of perhaps five people".
_ROUGHLY: frozenset[str] = frozenset({"only", "perhaps", "maybe", "about", "some", "just"})


def _one_of_few(token: Token) -> bool:
    """ "He is one of perhaps five people at that dinner", "W. is one of three supervisors
    with roster access", "One of 4 present.": a count that says whoever told us is among a
    few, which narrows him down. Said as what someone is, or as a fragment of its own; one of
    a few who will act in the plot ("one of three brothers who will drive the van") is told
    of a plotter, and stays."""
    if token.lower_ != "one" or token.pos_ != "NUM" or token.i + 2 >= len(token.doc):
        return False
    after = token.nbor(1)
    if after.lower_ != "of":
        return False
    count = token.doc[after.i + 1]
    if count.lower_ in _ROUGHLY and count.i + 1 < len(token.doc):
        count = token.doc[count.i + 1]
    if not count.like_num or count.lower_ == "one":
        return False
    sentence = token.sent
    if token.dep_ == "attr":
        said_of = token.head
    elif token.i == sentence.start or not any(t.pos_ in ("VERB", "AUX") for t in sentence):
        said_of = None  # "One of 4 present.": a fragment of its own
    else:
        return False
    if said_of is not None and lx.lemma(said_of) != "be":
        return False
    return not any(
        (t.dep_ == "aux" and t.tag_ == "MD") or lx.lemma(t) in lx.THREAT_WORDS
        for t in (said_of.subtree if said_of is not None else sentence)
    )


#: Source words for what a person is, not what he does for us: one who will act in the plot
#: is a plotter, whatever else he is.
_STATUS_NOUNS: frozenset[str] = frozenset({"detainee", "defector"})


#: Every word, by lemma or in lower case, on which a rule of ``source_trigger`` can return
#: True for the token it is asked of (besides a hyphenated word's parts, judged by its whole).
_SOURCE_RULE_WORDS: frozenset[str] = (
    lx.SOURCE_NOUNS  # also _origin_of_report's "source"
    | INTERVIEWED_NOUNS
    | _STANDING_OR_STATE
    | frozenset({"wire", "access", "present", "subject"})  # "subject" also _designated_subject
    | frozenset({"people", "person", "individual"})  # "one of five people who knew"
    | frozenset({"one"})  # _one_of_few
    | lx.ATTRIBUTION_NOUNS  # "in his words"
    | frozenset({"contact", "touch"})  # _in_contact_with_us
    | frozenset({"man", "woman"})  # _of_trust
    | frozenset({"member"})  # _member_of_public
    | frozenset({"origin", "originator"})  # _origin_of_report
    | frozenset({"fp", "fps", "point"})  # _focal_point
    | lx.INFORMATION_NOUNS  # _information_from_someone
    | lx.SOURCE_PLAIN_NOUNS
)


def _may_be_source(token: Token) -> bool:
    """Whether any rule of ``source_trigger`` could hold of this token: a cheap first look, so
    that the rules are asked only of the few words they are about."""
    if lx.lemma(token) in _SOURCE_RULE_WORDS or token.lower_ in _SOURCE_RULE_WORDS:
        return True
    # a hyphenated word ("walk-in", "CHS-0142") is judged by its whole
    return "-" in token.lower_ or (token.i >= 1 and token.nbor(-1).text == "-")


def _of_ours(token: Token) -> bool:
    """ "of this Unit", "of our office", "of the field office": a person who belongs to our
    side as its contact or collaborator."""
    return any(
        c.lower_ == "of"
        and any(
            collecting_unit(o)
            or (
                lx.lemma(o) in lx.UNIT_NOUNS | lx.OUR_OFFICES | lx.PRODUCER_NOUNS
                and any(d.lower_ in ("this", "our") for d in o.children)
            )
            for o in c.children
        )
        for c in token.children
    )


#: Whom a sub-source belongs to: a partner, a liaison or a source of ours.
_SUB_SOURCE_OWNERS: frozenset[str] = lx.SERVICE_NOUNS | lx.SOURCE_NOUNS | lx.SOURCE_PLAIN_NOUNS
#: Possessives by which a report gives a contact to whoever told us ("their own contact").
_OWNER_PRONOUNS: frozenset[str] = frozenset({"his", "her", "their"})
#: What a sub-source does in a report: comes to know, or tells.
_SUB_SOURCE_VERBS: frozenset[str] = lx.LEARNING_VERBS | lx.REPORTING_VERBS | {"know"}


def _sub_source(token: Token) -> bool:
    """ "their own contact in Tulo has heard the same", "a contact of the partner says",
    "his contact learned of it": someone else's contact who knows or tells is a sub-source.
    A contact the plotters will meet is no one who tells ("Pell will meet his contact")."""
    owned = any(c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS for c in token.children) or any(
        c.lower_ == "of" and any(lx.lemma(o) in _SUB_SOURCE_OWNERS for o in c.children)
        for c in token.children
    )
    if not owned or token.dep_ != "nsubj":
        return False
    verb = token.head
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # "his contact will tell him when the ship docks": the plot's go-between
    return lx.lemma(verb) in _SUB_SOURCE_VERBS


def _of_trust(token: Token) -> bool:
    """ "a person of trust", "a man of confidence": a source, in the words of a service that
    writes "Vertrauensperson" or "homme de confiance"."""
    if lx.lemma(token) not in ("person", "man", "woman") or token.pos_ != "NOUN":
        return False
    return any(
        c.lower_ == "of" and any(lx.lemma(o) in ("trust", "confidence") for o in c.children)
        for c in token.children
    )


def _member_of_public(token: Token) -> bool:
    """ "A member of the public stopped the officer", "Source type: member of the public", "a
    community member who sells phone credit": a police or aid report's word for a volunteer
    source. Members of the public in a threat are its victims, and stay."""
    if lx.lemma(token) != "member" or token.tag_ != "NN":
        return False
    public = any(
        c.lower_ == "of" and any(lx.lemma(o) == "public" for o in c.children)
        for c in token.children
    ) or any(c.dep_ == "compound" and lx.lemma(c) == "community" for c in token.children)
    return public and not roles.threat_in(token)


def _focal_point(token: Token) -> bool:
    """ "Our focal point in Block D", "The FP has been reliable", "a community focal point": an
    aid agency's person of contact, who reports; not "the focal point of the attack"."""
    if token.text in ("FP", "FPs") and token.pos_ in ("NOUN", "PROPN"):
        return True
    return (
        lx.lemma(token) == "point"
        and any(c.dep_ in ("amod", "compound") and c.lower_ == "focal" for c in token.children)
        and not any(c.lower_ == "of" for c in token.children)
    )


#: Who information comes from, when a report says so: a person by role, trade or tie.
_INFORMANTS = (
    lx.SOURCE_PLAIN_NOUNS | lx.KNOWER_NOUNS | lx.WORKER_NOUNS | lx.TIES | frozenset({"staff"})
)


def _information_from_someone(token: Token) -> bool:
    """ "(information from a staff member whose husband drives for the militia)", "info from
    a neighbour": information credited to a person is a source's."""
    if lx.lemma(token) not in lx.INFORMATION_NOUNS - PRONOUNS or token.pos_ != "NOUN":
        return False
    return any(
        c.lower_ == "from" and any(lx.lemma(o) in _INFORMANTS for o in c.children)
        for c in token.children
    )


def _origin_of_report(token: Token) -> bool:
    """ "is the origin of this report", "the source of the warning": whoever a report comes
    from, named as its origin."""
    if lx.lemma(token) not in ("source", "origin", "originator") or token.pos_ != "NOUN":
        return False
    return any(
        c.lower_ == "of" and any(lx.lemma(o) in lx.INFORMATION_NOUNS - PRONOUNS for o in c.children)
        for c in token.children
    )


#: What a human source is "of": "a source of unknown access", "a source of proven reliability".
_SOURCE_OF: frozenset[str] = frozenset(
    {"access", "reliability", "placement", "standing", "credibility", "reporting"}
)


#: Source words that are also a trade ("baggage handler", "debt collector").
_TRADE_NOUNS: frozenset[str] = frozenset({"handler", "collector"})
#: Nouns that make such a word a job anyone may hold: "baggage handler", "debt collector".
#: A list of trades, not of exceptions: a "port insider" or a "signals collector" is still a
#: source or a method, and when in doubt the word goes.
_TRADE_COMPOUNDS: frozenset[str] = frozenset(
    {
        "baggage", "luggage", "cargo", "freight", "parcel", "mail", "ramp", "debt", "tax",
        "toll", "fare", "ticket", "rent", "refuse", "rubbish", "garbage", "waste", "scrap",
        "dog", "animal", "livestock", "food", "cash", "art", "stamp", "coin",
    }
)  # fmt: skip


def _another_trade(token: Token) -> bool:
    """A trade word with a noun before it that makes it a job: "baggage handler"."""
    return lx.lemma(token) in _TRADE_NOUNS and any(
        c.dep_ == "compound" and lx.lemma(c) in _TRADE_COMPOUNDS for c in token.children
    )


def _in_contact_with_us(token: Token) -> bool:
    """ "who has been in contact with this office since 2021", "in touch with us": whoever is
    in contact with our side is a source."""
    if lx.lemma(token) not in ("contact", "touch") or token.pos_ != "NOUN":
        return False
    return any(
        c.lower_ == "with"
        and any(
            o.lower_ == "us"
            or (
                lx.lemma(o) in lx.OUR_OFFICES | {"office", "unit", "team"}
                and any(d.lower_ in ("this", "our") for d in o.children)
            )
            for o in c.children
            if o.dep_ == "pobj"
        )
        for c in token.children
    )


def _designated_subject(token: Token) -> bool:
    """ "SUBJECT is a former schoolteacher": an interview summary names whoever was
    questioned SUBJECT, in capitals; not a memo's "SUBJECT:" line."""
    if token.text != "SUBJECT":
        return False
    return token.i + 1 >= len(token.doc) or token.nbor(1).text != ":"


#: Our own side as the subject of a sentence ("The consulate has given him a number").
OUR_SIDE: frozenset[str] = frozenset(
    {
        "we",
        "i",
        "consulate",
        "embassy",
        "station",
        "desk",
        "handler",
        "analyst",
        "collector",
        "debriefer",
        "interviewer",
        "liaison",
        "interrogator",
        # a military report's own element: "the section met a local farmer at VCP 7"
        "patrol",
        "section",
        "platoon",
    }
)


#: Verbs by which an office signs a product: "Drafted by ...; coordinated with ...".
PRODUCING_VERBS: frozenset[str] = frozenset(
    {
        "draft",
        "prepare",
        "compile",
        "produce",
        "coordinate",
        "write",
        "issue",
        "collate",
        "author",
        "review",
        "approve",
        "release",
        "originate",
    }
)
#: Heads of the names of the offices that produce a product, besides the units that collect.
PRODUCING_OFFICES: frozenset[str] = lx.UNIT_NOUNS | lx.PRODUCER_NOUNS | {"staff", "secretariat"}
#: How an office's name hangs from the participle's "by", "with" or "for" ("by Unit 7
#: analysts", "by the duty director, Unit 7", "for the Watch Desk by Unit 7").
_OFFICE_LINKS = frozenset({"pobj", "appos", "nmod", "compound", "conj", "prep", "agent"})


def _signs_the_product(token: Token) -> bool:
    """ "Drafted by the Joint Assessment Staff; coordinated with the Maritime Desk": a named
    office as the agent of a participle with no subject, the line that signs the product.
    The participle itself may be a word of intent ("Prepared by the Harbour Desk")."""
    if lx.lemma(token) not in PRODUCING_OFFICES or not token.text[0].isupper():
        return False
    verb = _signing_participle(token)
    return verb is not None and not any(
        lx.lemma(t) in lx.THREAT_WORDS | lx.ATTACK_METHOD_WORDS | lx.INTENT_WORDS
        for t in token.sent
        if t.i != verb.i
    )


def _signing_participle(token: Token) -> Token | None:
    """The subjectless producing participle an office's name hangs from, through its
    "by", "with" or "for"; None when the name hangs from anything else."""
    through_prep = False
    for _ in range(4):
        if token.dep_ not in _OFFICE_LINKS or token.head is token:
            return None
        through_prep = through_prep or token.head.lower_ in ("by", "with", "for")
        token = token.head
        if token.tag_ == "VBN":
            break
    else:
        return None
    if (
        through_prep
        and lx.lemma(token) in PRODUCING_VERBS
        and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in token.children)
    ):
        return token
    return None


def _our_side_acts(token: Token) -> bool:
    """Our side doing something, in a sentence with no threat in it: handling, not warning.
    "Officers of the Harrowgate task force have been working this since March" is ours too."""
    if token.dep_ != "nsubj":
        return False
    if lx.lemma(token) not in OUR_SIDE and not any(collecting_unit(t) for t in token.subtree):
        return False
    if roles.plotters_own(token):
        return False  # "The gunman's handler in the group will give the signal": theirs
    return not any(
        (lx.lemma(t) in lx.THREAT_WORDS or lx.lemma(t) in lx.ATTACK_METHOD_WORDS)
        and not _names_a_crew(t)
        for t in token.sent
    )


#: Verbs of our knowing something, which a basis after them explains.
_KNOWING_VERBS: frozenset[str] = frozenset({"know", "learn", "hear", "see", "find"})
#: What introduces the basis of our knowing: "because he posted", "from his post".
_BASIS_WORDS: frozenset[str] = frozenset({"because", "from", "through", "via", "thanks"})


def _our_knowing_basis(token: Token) -> bool:
    """ "(we only know because he posted the booking confirmation to the group)", "We know
    this from his own post": how we came to know, told with its reason, is the sourcing of
    what it follows. Our plain knowing ("we know the cell will strike on Friday") is the
    warning itself, and stays."""
    if token.pos_ != "VERB" or lx.lemma(token) not in _KNOWING_VERBS:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in token.children):
        return False
    for child in token.children:
        if child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in _BASIS_WORDS for m in child.children
        ):
            return True
        if child.dep_ == "prep" and child.lower_ in _BASIS_WORDS:
            return True
    return False


def _names_a_crew(token: Token) -> bool:
    """ "sells diesel to the FTL mortar crew": a weapon that only says which crew or cell is
    meant, in a sentence about our side meeting someone, is no threat."""
    return token.dep_ == "compound" and lx.lemma(token.head) in lx.GROUP_NOUNS


#: Who, on our side, a walk-in or a contact tells things to ("told the duty officer that").
LISTENERS: frozenset[str] = frozenset(
    {
        "officer",
        "official",
        "consul",
        "diplomat",
        "staff",
        "interviewer",
        "handler",
        "police",
        "authorities",
        "embassy",
        "consulate",
        "investigator",
        "interrogator",
        "debriefer",
        "us",
        "we",
    }
)


def _told_to_us(token: Token) -> bool:
    """The listener of a reporting verb is our side: the speaker is a source."""
    return (
        token.dep_ in ("dobj", "dative", "pobj")
        and lx.lemma(token) in LISTENERS
        and lx.lemma(token.head if token.dep_ != "pobj" else token.head.head) in lx.REPORTING_VERBS
    )


#: Verbs by which someone tells us, said of us in the passive: "we are told", "I am informed".
_TOLD_VERBS: frozenset[str] = frozenset({"tell", "inform", "advise", "brief"})


def _told_aside(token: Token) -> bool:
    """ "Karal, we are told, will wear an explosive belt": an aside in which we are the ones
    told stands for whoever told us; it goes and the threat it interrupts stays."""
    return (
        token.dep_ == "parataxis"
        and token.tag_ == "VBN"
        and lx.lemma(token) in _TOLD_VERBS
        and any(c.dep_ == "nsubjpass" and c.lower_ in ("we", "i") for c in token.children)
    )


def _reports_to_us(token: Token) -> bool:
    """ "has been reporting to us since 2022": the verb itself, so that the clause goes whole
    rather than only its "to us"."""
    if lx.lemma(token) not in lx.REPORTING_VERBS or token.pos_ != "VERB":
        return False
    if any(c.dep_ == "ccomp" for c in token.children):
        return False  # "told our officer that X": the frame is cut, X is kept
    return any(_told_to_us(t) for c in token.children for t in (c, *c.children))


#: Who, on our side, a source engages with: "has engaged with the company on nine occasions".
_OUR_PARTIES: frozenset[str] = (
    OUR_SIDE
    | lx.OUR_OFFICES
    | frozenset({"us", "company", "battalion", "unit", "team", "coalition", "office", "force"})
)


def _engages_us(token: Token) -> bool:
    """ "has engaged with the company on nine occasions", "liaises with our office": the
    relationship of whoever reported with our side, said with no threat in the sentence."""
    if lx.lemma(token) not in lx.ENGAGING_VERBS or token.pos_ != "VERB":
        return False
    parties = [
        o
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    if not any(
        lx.lemma(o) in _OUR_PARTIES or any(d.lower_ == "our" for d in o.children) for o in parties
    ):
        return False
    return not roles.threat_in(token)


def _helps_us(token: Token) -> bool:
    """ "who helped us last year", "rang us at 20:15": someone serving our side is a source."""
    if token.lower_ not in ("us", "me") or token.dep_ not in ("dobj", "dative", "pobj"):
        return False
    verb = token.head.head if token.dep_ == "pobj" else token.head
    # a weapon word that only names a place ("the car park behind the pub") is no threat;
    # "a car bomb" still has its "bomb"
    return lx.lemma(verb) in lx.HELPING_VERBS and not any(
        (lx.lemma(t) in lx.THREAT_WORDS or lx.lemma(t) in lx.ATTACK_METHOD_WORDS)
        and t.dep_ != "compound"
        for t in token.sent
    )


def _source_tie(token: Token) -> bool:
    """ "He claims to be the cousin of one of the gunmen": the source's tie to the attackers."""
    if lx.lemma(token) not in lx.TIES and _hyphenated(token) not in lx.TIES:
        return False
    if _kin_inside(token) or _tie_reports(token):
        return True
    if not any(c.lower_ == "of" for c in token.children):
        return False
    subjects = [t for t in token.sent if t.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and subjects[0].lower_ in lx.REPORTER_PRONOUNS


def _kin_of_the_questioned(token: Token) -> bool:
    """ "The subject's brother Tomas Vey", "Subject's cousin, Ali Vey,": the questioned
    person's tie to a named plotter, which points at him; the plotter's name is kept."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    kin = token.head
    if not roles.tie(kin):
        return False
    beside = kin.doc[kin.i + 1] if kin.i + 1 < len(kin.doc) else kin
    while beside.dep_ == "compound" and beside.head.i > beside.i:
        beside = beside.head  # "Jonas Brandt": the name's head
    named = any(c.dep_ in ("appos", "npadvmod") and c.pos_ == "PROPN" for c in kin.children) or (
        beside.pos_ == "PROPN" and beside.head.i == kin.head.i  # both read as subjects
    )
    if not named:
        return False
    case = next((c for c in token.children if c.dep_ == "case"), None)
    return roles.knower(token, ignore=case) and token.lower_ not in lx.REPORTER_PRONOUNS


def _tie_reports(token: Token) -> bool:
    """ "CASTELL's cellmate states that ...", "his neighbour says": someone's kin, neighbour or
    cellmate right before a verb of reporting is who told us. Read from the words, for the
    small model takes a rare tie ("cellmate") for an adjective and "states" for a noun."""
    if lx.lemma(token) not in lx.TIES and _hyphenated(token) not in lx.TIES:
        return False
    if token.i + 1 >= len(token.doc) or token.nbor(1).lower_ not in REPORTING_FORMS:
        return False
    owner = token.doc[max(token.sent.start, token.i - 2) : token.i]
    return any(t.tag_ == "POS" or t.lower_ in ("his", "her", "their") for t in owner)


def _kin_inside(token: Token) -> bool:
    """ "He has a brother in the militia who visits every Sunday": whoever reported has kin
    inside the group, with no threat in the sentence."""
    if token.dep_ != "dobj" or lx.lemma(token.head) != "have":
        return False
    subject = roles.subject_of(token.head)
    inside = any(c.dep_ == "prep" and c.lower_ in ("in", "among", "inside") for c in token.children)
    return (
        inside
        and subject is not None
        and subject.lower_ in lx.REPORTER_PRONOUNS
        and not roles.threat_in(token)
    )


def unaware(token: Token) -> bool:
    """ "DRIVER NOT AWARE.", "the subject is not aware that the handset was imaged", "is
    unaware of the find": that someone does not know of our collection is said only to keep
    it so. Not "unaware" of a plan's victims, whose sentence names the threat."""
    if operations.unnoticed(token):
        return True  # "Kastell has not noticed the battery drain"
    lemma = lx.lemma(token)
    if lemma == "unaware" or lemma == "unwitting":
        return token.pos_ == "ADJ" or token.dep_ in ("acomp", "ROOT", "amod")
    if lemma != "aware":
        return False
    # "is not aware": the negation may hang on the copula
    holders = [token, token.head] if token.dep_ == "acomp" else [token]
    return any(c.dep_ == "neg" or c.lower_ in ("not", "never") for h in holders for c in h.children)


def _source_shares_life(token: Token) -> bool:
    """ "The source shares a locker room with Pell", "the man works with Pell at the yard":
    a source word, or a bare "the man", sharing a life with a named person is its access
    (a pronoun is judged where the report's own source pronouns are known)."""
    if token.dep_ != "nsubj" or token.lower_ in lx.REPORTER_PRONOUNS:
        return False
    if lx.lemma(token) not in lx.SOURCE_NOUNS and not roles.knower(token):
        return False
    return roles.shares_life(token.head)


#: Every word, by lemma or in lower case, on which one of the source rules of
#: ``_worded_source`` can return True for the token it is asked of.
_WORDED_SOURCE_WORDS: frozenset[str] = (
    LISTENERS  # _told_to_us
    | _TOLD_VERBS  # _told_aside
    | lx.REPORTING_VERBS  # _reports_to_us, roles.attributed
    | frozenset({"us", "me"})  # _helps_us
    | lx.ENGAGING_VERBS  # _engages_us
    | lx.PAID_VERBS  # roles.paid
    | lx.RECEIVING_VERBS  # roles.paid
    | lx.STANDING_ADJECTIVES  # roles.vouched
    | frozenset({"place"})  # roles.vouched: "well placed"
    | frozenset({"recruit"})  # roles.recruited
    | lx.ACCURACY_ADJECTIVES  # access.proven_before
    | lx.HANDLING_VERBS  # access.handled_by_us
    | frozenset({"according"})  # _attributed_to_someone
    | lx.APPROACH_VERBS  # roles.came_forward
    | lx.DISCLOSURE_VERBS  # roles.disclosed
    | motives.TRIGGER_WORDS
)


def _worded_source(token: Token) -> bool:
    """The source rules that each hold only of a word of their own (``_WORDED_SOURCE_WORDS``)."""
    return (
        _told_to_us(token)
        or _told_aside(token)
        or _reports_to_us(token)
        or _helps_us(token)
        or _engages_us(token)
        or roles.paid(token)
        or roles.vouched(token)
        or roles.recruited(token)
        or access.proven_before(token)
        or access.handled_by_us(token)
        or roles.attributed(token)
        or _attributed_to_someone(token)
        or roles.came_forward(token)
        or roles.disclosed(token)
        or motives.asks_in_return(token)
        or motives.fears_exposure(token)
        or motives.rewarded(token)
        or motives.left_the_group(token)
        or motives.track_record(token)
        or motives.bears_grudge(token)
        or motives.motivated(token)
        or motives.paid_sum(token)
        or motives.taken_as_payment(token)
        or motives.next_contact_due(token)
    )


def trigger(token: Token) -> Category | None:
    """The category a token reveals (SOURCE or METHOD), or None."""
    lemma = lx.lemma(token)
    if lemma in lx.COMMS_NOUNS and method_trigger(token):
        return Category.METHOD  # "technical reporting" is a method before it is a source
    if source_trigger(token) or _our_side_acts(token) or _source_tie(token):
        return Category.SOURCE
    if _our_knowing_basis(token):
        return Category.SOURCE
    if token.dep_ == "poss" and _kin_of_the_questioned(token):
        return Category.SOURCE
    if _signs_the_product(token):  # asks its own office words first
        return Category.SOURCE
    if _credits_the_sentence(token):
        return Category.SOURCE
    # the rules that read the parse around any word: a subject, a verb, a count of people
    if roles.learns(token) or roles.speaks_of_self(token) or _source_shares_life(token):
        return Category.SOURCE
    if access.narrowed(token) or access.former_insider(token) or roles.conducts(token):
        return Category.SOURCE
    if access.past_insider(token):
        return Category.SOURCE
    if _graded_information(token):  # by its lemma or its stem ("rates")
        return Category.SOURCE
    # the rest each hold of a word of their own, and most words are none of them
    words = _WORDED_SOURCE_WORDS
    if (lemma in words or token.lower_ in words) and _worded_source(token):
        return Category.SOURCE
    if (method_trigger(token) and not _plotters_watch(token)) or unaware(token):
        return Category.METHOD
    return None


#: Watching that the plotters may do themselves, as they prepare.
_WATCHING_NOUNS: frozenset[str] = frozenset({"surveillance", "reconnaissance", "recce"})


def _plotters_watch(token: Token) -> bool:
    """ "the gang's surveillance team", "a surveillance team of the gang": the plotters
    watch their target, which is how they will attack, not how we learned it."""
    if lx.lemma(token) not in _WATCHING_NOUNS:
        return False
    team = token.head if token.dep_ in ("compound", "amod") else None
    # who watches: the watching's owner or agent, or the team's ("the gang's surveillance",
    # "surveillance by the cell", "a surveillance team of the gang"), never whom it watches
    # ("surveillance of the gang" is ours)
    owners = [(token, ("by",))] + ([(team, ("of", "by"))] if team is not None else [])
    for owner, preps in owners:
        for child in owner.children:
            if child.dep_ == "poss" and plotter(child):
                return True
            if (
                child.dep_ == "prep"
                and child.lower_ in preps
                and any(
                    o.dep_ == "pobj" and plotter(o) and not collecting_unit(o)
                    for o in child.children
                )
            ):
                return True
    return False
