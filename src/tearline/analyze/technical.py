"""Roles over the parse that reveal technical collection without a collection word.

"The tracker on his car places him at the stadium", "contacts stored on the device",
"according to her reply in the chat": each names a product of collection only by the role
it plays, so the lexicon alone cannot find it. These rules read the role from the parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from tearline.analyze import lexicon as lx
from tearline.analyze.entities import entity_type

#: Subjects that make a verb of finding someone else's: the attackers, a named person.
_ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})


#: Neutral wording that a rewrite leaves behind ("according to reporting"): no method in it.
_NEUTRAL = frozenset({"reporting", "report", "information", "intelligence"})


#: Inflected forms, for when the lemmatizer misses one ("texted" lemmatized as "texte").
_MESSAGING_FORMS = frozenset(
    f"{verb}{ending}"
    for verb in lx.MESSAGING_VERBS
    for ending in ("", "s", "ed", "d", "ing", "ged", "es")
)


def evidence_subject(token: Token) -> bool:
    """ "The footage shows ...", "the tracker on his car places him ...": a product of
    collection as the subject of a verb of showing."""
    if _device_reduced_clause(token) or _on_someones_device(token):
        return True
    if token.dep_ not in ("nsubj", "csubj"):
        return False
    if token.pos_ not in ("NOUN", "PROPN") and not (
        token.tag_ == "VBG" and token.lower_ in lx.EVIDENCE_NOUNS
    ):
        return False  # a gerund as a noun: "Tracking of his car places him"
    if lx.lemma(token.head) not in lx.SHOWING_VERBS:
        return False
    if lx.unrealized(token.head):
        return False  # "a camera on the drone will film the attack": the plan, not our product
    if lx.lemma(token) in lx.COVERED_DEVICES:
        return True  # "his handset connected to a mast": his, and covered
    noun = token.lower_ if token.tag_ == "VBG" else lx.lemma(token)
    return noun in lx.EVIDENCE_NOUNS and not any(
        c.dep_ == "poss" and _is_actor(c) for c in token.children
    )


def _on_someones_device(token: Token) -> bool:
    """ "A technical measure on Nyhus's laptop has shown ...", "the tool we put in her phone
    shows ...": something of ours on a named person's device, whatever its noun, as the
    subject of a verb of showing. Asked of the device, which names the method."""
    if token.dep_ != "pobj" or lx.lemma(token) not in lx.DEVICE_NOUNS:
        return False
    if not any(c.dep_ == "poss" for c in token.children):
        return False
    prep = token.head
    if prep.dep_ != "prep" or prep.lower_ not in ("on", "in", "inside", "against", "to", "into"):
        return False
    subject = prep.head
    return (
        subject.dep_ in ("nsubj", "csubj")
        and subject.pos_ == "NOUN"
        and lx.lemma(subject.head) in lx.SHOWING_VERBS
        and not lx.unrealized(subject.head)
    )


def _device_reduced_clause(token: Token) -> bool:
    """ "On 31.10.2026 a handset with IMEI ..., newly in the possession of Jonas, connected to
    the base station of the port area at 23:02": the parser, finding no verb for the long
    subject, makes the sentence's verb a reduced clause of the device and a preposition its
    root. A sentence with a verb of its own ("a phone connected to the detonator will set it
    off") is read as it stands."""
    if token.pos_ != "NOUN" or lx.lemma(token) not in lx.COVERED_DEVICES:
        return False
    if token.sent.root.pos_ in ("VERB", "AUX"):
        return False
    return any(
        c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and lx.lemma(c) in lx.SHOWING_VERBS
        for c in token.children
    )


def message_to_someone(token: Token) -> bool:
    """ "Dorn texted Pell on 2 May", "called Holm twice": a message or call between named
    people, which we could only know by reading or hearing it."""
    if token.pos_ != "VERB":
        return False
    if lx.lemma(token) not in lx.MESSAGING_VERBS and token.lower_ not in _MESSAGING_FORMS:
        return False
    recipients = [c for c in token.children if c.dep_ in ("dobj", "dative")]
    recipients += [
        o for c in token.children if c.lower_ == "to" for o in c.children if o.dep_ == "pobj"
    ]
    return any(r.pos_ == "PROPN" or entity_type(r) == "PERSON" for r in recipients)


#: Apps by which a message reaches someone: "by WhatsApp", "over Signal", "via Telegram".
MESSAGING_APPS: frozenset[str] = frozenset(
    {
        "whatsapp", "telegram", "signal", "viber", "wickr", "threema", "skype", "discord",
        "messenger", "sms", "imessage", "wechat", "snapchat", "instagram", "facebook", "email",
        "e-mail", "text",
    }
)  # fmt: skip
#: Captures of a screen or a chat that someone passes on: the document that reached us.
CAPTURE_NOUNS: frozenset[str] = frozenset(
    {"screenshot", "screengrab", "screen-grab", "screencap", "printout"}
)
#: Prepositions that put a message on its channel.
_CHANNEL_PREPOSITIONS: frozenset[str] = frozenset({"by", "via", "over", "through", "on"})
#: Verbs by which a message or a capture is passed on to someone.
_PASSING_VERBS: frozenset[str] = lx.GIVING_VERBS | {"share", "relay", "show", "text", "tell"}
#: Verbs of passing on that need no one named to receive it: "forwarded a screenshot".
_RELAYING_VERBS: frozenset[str] = frozenset({"forward", "relay"})


def relayed_message(token: Token) -> bool:
    """ "The cousin forwarded to Abdi, by WhatsApp, a screenshot from the chat", "sent him a
    screengrab", "told her over Signal that ...": how a message reached whoever told us names
    the channel and the capture we hold. The passing verb is the method, and so is the app's
    phrase under it; a plan to send ("Pell will send the codes by WhatsApp") or a post to the
    world ("posted a screenshot on its channel") is the plotters'."""
    if token.pos_ == "VERB":
        return _passes_on(token) and (
            any(_channel(c) for c in token.children if c.dep_ == "prep")
            or any(_capture(t) for t in _passed(token))
        )
    if token.lower_ in MESSAGING_APPS and token.dep_ == "pobj":
        return _channel(token.head) and _passes_on(token.head.head)
    return False


#: Verbs by which someone takes a capture of a screen: "grabbed the screenshot".
_TAKING_VERBS: frozenset[str] = frozenset(
    {"grab", "take", "capture", "save", "snap", "preserve", "archive", "keep", "make"}
)


def captured_screen(token: Token) -> bool:
    """ "Elsie grabbed the screenshot before he deleted it", "we took screen-grabs of the
    post": taking a capture of a screen is how a post that may vanish came to be held, by
    whoever was there to read it. The plotters' own plan ("they will take screenshots of
    the rota") is yet to be done, and a capture posted or sent is the relaying rule's."""
    if token.pos_ != "VERB" or lx.lemma(token) not in _TAKING_VERBS:
        return False
    if token.tag_ not in ("VBD", "VBN") or lx.unrealized(token):
        return False
    return any(_capture(c) for c in token.children if c.dep_ in ("dobj", "nsubjpass"))


def _passes_on(verb: Token) -> bool:
    """A verb that passed something on to someone, in the past."""
    if verb.pos_ != "VERB" or lx.lemma(verb) not in _PASSING_VERBS | _RELAYING_VERBS:
        return False
    if verb.tag_ not in ("VBD", "VBN") or lx.unrealized(verb):
        return False
    return (
        lx.lemma(verb) in _RELAYING_VERBS
        or any(c.dep_ in ("dative", "dobj") and c.pos_ in ("PRON", "PROPN") for c in verb.children)
        or any(c.lower_ in ("to", "with") for c in verb.children if c.dep_ in ("prep", "dative"))
    )


def _channel(prep: Token) -> bool:
    """ "by WhatsApp", "over Signal": a preposition that puts the message on an app."""
    return prep.lower_ in _CHANNEL_PREPOSITIONS and any(
        o.lower_ in MESSAGING_APPS for o in prep.children if o.dep_ == "pobj"
    )


def _passed(verb: Token) -> list[Token]:
    """What the verb passed on: its object and the nouns set beside it ("by WhatsApp, a
    screenshot", which the parser hangs on the app)."""
    things = [c for c in verb.children if c.dep_ == "dobj"]
    things += [
        a
        for c in verb.children
        if c.dep_ == "prep"
        for o in c.children
        if o.dep_ == "pobj"
        for a in o.children
        if a.dep_ == "appos"
    ]
    return things


def _capture(token: Token) -> bool:
    return token.pos_ == "NOUN" and (
        lx.lemma(token) in CAPTURE_NOUNS or _hyphen_word(token) in CAPTURE_NOUNS
    )


def _hyphen_word(token: Token) -> str:
    """ "screen-grab", which spaCy splits in three: the whole word, read from the end."""
    if token.i >= 2 and token.nbor(-1).text == "-":
        return f"{token.nbor(-2).lower_}-{token.lower_}"
    return token.lower_


#: Beacons that broadcast where a vessel or an aircraft is, which a tracking service reads.
BEACON_WORDS: frozenset[str] = frozenset({"ais", "ads-b", "vms", "transponder", "transponders"})
#: How far up the parse a beacon looks for the verb that says what became of it.
_BEACON_DEPTH = 4


def tracked_beacon(token: Token) -> bool:
    """ "switched off its AIS transmitter at 2310 on 10 November", "went dark on AIS", "the
    trawler's AIS signal was lost": what a vessel's beacon did is known from our tracking of
    it. A plan to switch it off ("the skiffs will switch off their AIS") is the plotters'."""
    if token.lower_ not in BEACON_WORDS and _hyphen_word(token) not in BEACON_WORDS:
        return False
    verb = token
    for _ in range(_BEACON_DEPTH):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBD", "VBN"):
        return False
    return not lx.unrealized(verb)


def _is_actor(token: Token) -> bool:
    """Someone other than us: a person, a group, a pronoun other than "we"."""
    if token.lower_ in ("we", "our", "us"):
        return False
    return (
        lx.lemma(token) in lx.ACTOR_WORDS
        or lx.lemma(token) in lx.GROUP_NOUNS
        or token.pos_ == "PRON"
        or token.pos_ == "PROPN"
        or entity_type(token) in _ACTOR_ENTITIES  # last: it may run the entity recognizer
    )


def taken_from_device(token: Token) -> bool:
    """ "recovered from the phone", "stored on the device", "carved from the laptop": material
    taken from or kept on a device, unless a person or group plainly does it.

    A participle that modifies the material ("the contacts stored on the device") is the
    trigger, so it goes whole; under any other verb only the device's phrase is, so the
    verb's clause stays ("Photos recovered from deleted storage show the vest").
    """
    if token.pos_ == "VERB":
        return token.dep_ == "acl" and _takes_from_device(token)
    if token.dep_ != "pobj" or lx.lemma(token) not in lx.DEVICE_NOUNS:
        return False
    verb = token.head.head
    return verb.pos_ == "VERB" and verb.dep_ != "acl" and _takes_from_device(verb)


def _takes_from_device(token: Token) -> bool:
    lemma = lx.lemma(token)
    if lemma not in lx.ACQUISITION_VERBS and lemma not in lx.STORAGE_VERBS:
        return False
    on_device = any(
        c.dep_ == "prep"
        and c.lower_ in ("from", "on", "off", "onto", "to", "in")
        and any(o.dep_ == "pobj" and lx.lemma(o) in lx.DEVICE_NOUNS for o in c.children)
        for c in token.children
    )
    if not on_device:
        return False
    agents = [c for c in token.children if c.dep_ in ("nsubj", "agent")]
    doers = [next((t for t in a.subtree if t.dep_ == "pobj"), a) for a in agents]
    return not any(_is_actor(d) for d in doers)


def in_attribution(token: Token) -> bool:
    """A comms or evidence noun inside "according to ...", "per ...": attributes what follows
    to it ("according to her reply in the chat")."""
    lemma = lx.lemma(token)
    if lemma in _NEUTRAL or (lemma not in lx.COMMS_NOUNS and lemma not in lx.EVIDENCE_NOUNS):
        return False
    current = token
    for _ in range(4):
        if current.head.i == current.i:
            return False
        current = current.head
        if lx.lemma(current) in lx.ATTRIBUTION_WORDS:
            return True
    return False


def extra_device(token: Token) -> bool:
    """ "Lind also uses a second handset": knowing of a target's other phone reveals coverage,
    unless the sentence is about the attack ("a second phone will trigger the bomb")."""
    if lx.lemma(token) not in lx.SELECTOR_DEVICES or token.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(lx.lemma(c) in lx.EXTRA_DEVICE_MODIFIERS for c in token.children):
        return False
    return not any(
        lx.lemma(t) in lx.THREAT_WORDS
        or (lx.lemma(t) in lx.ATTACK_METHOD_WORDS and lx.lemma(t) != "device")
        or lx.lemma(t) in ("trigger", "detonate", "detonator")
        for t in token.sent
    )


#: What we plant on a target: a report names it once by its kind ("the audio device placed in
#: the kitchen", "a tracking device fitted to the van") and then by the bare noun.
_PLANTED_HEADS: frozenset[str] = frozenset(
    {"device", "tracker", "probe", "bug", "implant", "microphone", "transmitter", "beacon"}
)
#: The kinds that make such a noun ours: what it does is listen, record or track.
_PLANTED_KINDS: frozenset[str] = frozenset(
    {"audio", "listening", "tracking", "recording", "eavesdropping", "bugging", "covert"}
)
_PLANTED_KEY = "tearline_planted_heads"


def planted_device_again(token: Token) -> bool:
    """ "The device must not be compromised", "Battery change on the device due 1 December",
    "A second device ... failed on 10 November": a bare mention of the device the report
    named as ours ("the audio device placed in the kitchen"), which tells of our coverage as
    much as the first. Not where the report also speaks of a weapon by that noun ("an
    explosive device", "the device will be left in the hall"): then a bare one may be the
    attack's."""
    if token.pos_ not in ("NOUN", "PROPN") or lx.lemma(token) not in _PLANTED_HEADS:
        return False
    return lx.lemma(token) in _planted_heads(token)


def _planted_heads(token: Token) -> frozenset[str]:
    """The nouns the report uses for a device of ours, and for no weapon."""
    doc = token.doc
    cached = doc.user_data.get(_PLANTED_KEY)
    if cached is not None:
        return frozenset(cached)
    ours: set[str] = set()
    weapons: set[str] = set()
    for word in doc:
        lemma = lx.lemma(word)
        if lemma not in _PLANTED_HEADS or word.pos_ not in ("NOUN", "PROPN"):
            continue
        kinds = {lx.lemma(m) for m in word.children if m.dep_ in ("amod", "compound")}
        kinds |= {m.lower_ for m in word.children if m.dep_ in ("amod", "compound")}
        if kinds & _PLANTED_KINDS:
            ours.add(lemma)
        if kinds & (lx.ATTACK_METHOD_WORDS - {lemma}) or attack_instrument(word):
            weapons.add(lemma)
        elif word.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
            lx.lemma(t) in lx.THREAT_WORDS for t in word.sent
        ):
            weapons.add(lemma)  # "the device will be left in the hall to kill the guests"
    heads = ours - weapons
    doc.user_data[_PLANTED_KEY] = sorted(heads)
    return frozenset(heads)


#: Nouns of breaking into a device or account: ours unless someone else is named as doing it.
_BREAK_IN = frozenset({"compromise", "takeover", "hack", "hacking"})


def device_compromise(token: Token) -> bool:
    """ "the forum compromise", "the compromise of his account", "administrator account
    compromised via a reused password": our technical access."""
    if token.pos_ == "VERB" and lx.lemma(token) in _BREAK_IN:
        return _compromised_device(token)
    if token.pos_ != "NOUN" or lx.lemma(token) not in _BREAK_IN:
        return False
    if any(c.dep_ == "poss" and _is_actor(c) for c in token.children):
        return False
    verb = token.head
    if verb.pos_ == "VERB" and any(c.dep_ == "nsubj" and _is_actor(c) for c in verb.children):
        return False  # "the attackers plan a compromise of the ticketing server"
    owners = [c for c in token.children if c.dep_ in ("compound", "nmod")]
    owners += [o for c in token.children if c.lower_ == "of" for o in c.children]
    return any(lx.lemma(o) in lx.DEVICE_NOUNS or lx.lemma(o) in lx.COMMS_NOUNS for o in owners)


def _compromised_device(verb: Token) -> bool:
    """ "the administrator account compromised via ...", "his handset was compromised": a
    device or account reported as compromised, by no one named or by us. The attackers'
    break-ins name them ("the controllers were compromised by the crew") or are planned."""
    if verb.dep_ in ("acl", "amod"):
        devices = [verb.head]
    elif any(c.dep_ == "auxpass" for c in verb.children):
        devices = [c for c in verb.children if c.dep_ == "nsubjpass"]
    else:
        return False
    if any(c.dep_ in ("agent", "aux") for c in verb.children):
        return False  # "compromised by the crew", "will be compromised": theirs, or a plan
    return any(lx.lemma(d) in lx.DEVICE_NOUNS or lx.lemma(d) in lx.COMMS_NOUNS for d in devices)


def _modifiers(token: Token) -> list[Token]:
    """The words before a noun that say what kind it is, through chains of compounds
    ("suspicious activity report", "call data records", "API/PNR records")."""
    found: list[Token] = []
    stack = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i]
    while stack:
        word = stack.pop()
        found.append(word)
        stack.extend(c for c in word.children if c.dep_ in ("amod", "compound", "nmod"))
    return found


def _word(token: Token) -> set[str]:
    """The forms a modifier may be listed under: lemma, lower case, hyphenated whole."""
    forms = {lx.lemma(token), token.lower_}
    if token.i >= 2 and token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_:
        forms.add(f"{token.nbor(-2).lower_}-{token.lower_}")
    return forms


def technique_name(token: Token) -> bool:
    """ "blockchain tracing", "passive DNS", "certificate pivoting", "a voice print": an
    analytic technique named by what it reads. Read from the word before, not the parse,
    which often hangs such names oddly ("Passive DNS and certificate pivoting tied ...")."""
    if lx.lemma(token) not in lx.TECHNIQUE_NOUNS and token.lower_ not in lx.TECHNIQUE_NOUNS:
        return False
    if token.pos_ not in ("NOUN", "PROPN", "VERB"):
        return False
    if _reviews_recordings(token):
        return True
    if token.i == 0:
        return False
    before = token.nbor(-1)
    if before.text == "-" and not before.whitespace_ and token.i >= 2:
        before = token.nbor(-2)
    if before.lower_ == "of" and token.i >= 2:
        return lx.lemma(token.nbor(-2)) == "line"  # "lines of bearing": direction finding
    return bool(_word(before) & lx.TECHNIQUE_MODIFIERS) and before.lower_ != token.lower_


#: What a review or a trawl reads when it is ours: the cameras' and sensors' recordings.
_REVIEWED_RECORDINGS = frozenset({"cctv", "anpr", "alpr", "footage", "recording", "imagery"})


def _reviews_recordings(token: Token) -> bool:
    """ "a trawl of CCTV along the route", "a review of the camera recordings": the technique
    named by what it reads after "of" rather than before."""
    return any(
        lx.lemma(o) in _REVIEWED_RECORDINGS or o.lower_ in _REVIEWED_RECORDINGS
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj"
    )


def undercover_persona(token: Token) -> bool:
    """ "A covert persona we run in the crew's room", "he sent the persona a photo": our
    online undercover identity. Someone's own persona ("his online persona", "posts under a
    persona") is theirs."""
    if lx.lemma(token) not in lx.PERSONA_NOUNS or token.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "poss" and _is_actor(c) for c in token.children):
        return False
    return not (token.dep_ == "pobj" and token.head.lower_ in ("under", "as"))


#: What a DNA trace is named as when it is ours ("a DNA match", "his DNA profile").
_FORENSIC_HEADS = frozenset({"profile", "sample", "swab", "match", "hit", "trace", "result"})


def dna_trace(token: Token) -> bool:
    """ "lifted his DNA from a cup", "a DNA match": forensic collection. A place named by it
    ("the DNA laboratory") may be a target."""
    if lx.lemma(token) != "dna" or token.pos_ not in ("NOUN", "PROPN"):
        return False
    return token.dep_ != "compound" or lx.lemma(token.head) in _FORENSIC_HEADS


def our_decoy(token: Token) -> bool:
    """ "brute-forcing our decoy controller": a decoy system of ours that recorded them. The
    attackers' own decoy ("a decoy device to draw the police") is their method."""
    if lx.lemma(token) != "decoy":
        return False
    owner = token.head if token.dep_ in ("compound", "amod", "nmod") else token
    return any(c.dep_ == "poss" and c.lower_ in ("our", "we") for c in owner.children)


def institution_flagged(token: Token) -> bool:
    """ "The bank flagged the transfers", "the exchange alerted us": an institution's monitoring
    of someone's dealings, reported to us."""
    if token.pos_ != "VERB" or lx.lemma(token) not in lx.FLAGGING_VERBS:
        return False
    return any(
        c.dep_ in ("nsubj", "agent")
        and lx.lemma(next((t for t in c.subtree if t.dep_ == "pobj"), c)) in lx.INSTITUTION_NOUNS
        for c in token.children
    )


def institutional_record(token: Token) -> bool:
    """ "bank records", "API/PNR records", "card transaction data", "a suspicious activity
    report", "ANPR reads": records a bank, carrier, network or border post keeps, which we
    read. Whose records they are is what reveals the method, so a modifier must say it."""
    if token.pos_ not in ("NOUN", "PROPN") or lx.lemma(token) not in lx.RECORD_NOUNS:
        return False
    if token.dep_ == "compound" and lx.lemma(token.head) in lx.RECORD_NOUNS:
        return False  # "call data records": the head decides, so the cut takes the whole
    return any(_word(m) & lx.RECORD_MODIFIERS for m in _modifiers(token))


def collection_instrument(token: Token) -> bool:
    """ "a production order", "a property interference warrant", "a subpoena": the legal
    instrument by which records were obtained or an entry or intercept was allowed."""
    if lx.lemma(token) not in lx.INSTRUMENT_NOUNS:
        return False
    if lx.lemma(token) in _ALLOWING_INSTRUMENTS and _numbered(token):
        # "[5] Warrant LI-2027/114, Ministry of Justice.": a warrant with its reference is
        # ours, whatever the tagger made of the word before the code
        return True
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    # "warrant TW-27/118": the parser makes the reference the object and the word its modifier
    held = token.head if token.dep_ == "compound" else token
    if (
        lx.lemma(token) in _ALLOWING_INSTRUMENTS
        and held.dep_ == "pobj"
        and held.head.lower_ == "under"
    ):
        return True  # "The entry was authorised under warrant TW-27/118": what it allowed is ours
    return lx.lemma(token) == "subpoena" or any(
        _word(m) & lx.INSTRUMENT_MODIFIERS for m in _modifiers(token)
    )


def _numbered(token: Token) -> bool:
    """The instrument carries a reference code ("warrant TW-27/118", "LI-2027/114
    authorisation"): the next or the governing word holds digits and a slash or a dash."""
    doc = token.doc
    near = [doc[token.i + 1]] if token.i + 1 < len(doc) else []
    if token.dep_ == "compound":
        near.append(token.head)
    near += [c for c in token.children if c.dep_ in ("compound", "nummod", "appos")]
    return any(
        any(ch.isdigit() for ch in t.text) and any(ch in "/-" for ch in t.text) for t in near
    )


#: Instruments under which something is done: only ever our entry, search or intercept.
_ALLOWING_INSTRUMENTS: frozenset[str] = frozenset({"warrant", "authorisation", "authorization"})


#: The parts of a device that set it off: a phone named as one of them is the attack's.
_FIRING_PARTS: frozenset[str] = frozenset(
    {"trigger", "detonator", "initiator", "timer", "switch", "fuse", "fuze"}
)


def _serves_as_firing_part(token: Token) -> bool:
    """ "40 cheap mobile phones for use as timers", "handsets to be used as detonators",
    "phones converted into triggers": in the clause that holds the device, a firing part
    that something is to serve as or become."""
    clause = token
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    return any(
        lx.lemma(t) in _FIRING_PARTS and t.dep_ == "pobj" and t.head.lower_ in ("as", "into")
        for t in clause.subtree
    )


def attack_instrument(token: Token) -> bool:
    """ "a car bomb to be triggered by a mobile phone", "set it off by calling one of two
    handsets wired to the charge": a phone that sets off the charge is how they attack, not
    how we learned it."""
    if lx.lemma(token) not in lx.COVERED_DEVICES and lx.lemma(token) not in lx.MESSAGING_VERBS:
        return False
    if token.dep_ in ("compound", "amod") and lx.lemma(token.head) in _FIRING_PARTS:
        return True  # "pipe bombs with mobile-phone triggers": the phone is the bomb's
    if _serves_as_firing_part(token):
        return True
    current = token
    for _ in range(5):
        if lx.lemma(current) in lx.DETONATION_VERBS and current.pos_ == "VERB":
            # "set off" sets off a charge; a bare "set" sets out a plan or a date
            return lx.lemma(current) != "set" or any(c.lower_ == "off" for c in current.children)
        if current.pos_ == "VERB" and current.dep_ not in ("pcomp", "pobj", "acl", "relcl"):
            # "use a phone to detonate it": the verb's own purpose clause
            return any(
                c.dep_ in ("xcomp", "advcl") and lx.lemma(c) in lx.DETONATION_VERBS
                for c in current.children
            )
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def our_perceiver(token: Token) -> bool:
    """ "The sensor operator observed fighters loading drums": a person named by the sensor
    or post they work, seeing or recording, is our side collecting."""
    if token.pos_ not in ("NOUN", "PROPN") or lx.lemma(token) not in lx.PERCEIVER_NOUNS:
        return False
    if lx.lemma(token) != "aircrew" and not any(
        _word(m) & lx.PERCEIVER_MODIFIERS for m in _modifiers(token)
    ):
        return False  # "the operator of the crane", "a pilot": anyone's, unless named by a sensor
    return token.dep_ in ("nsubj", "nsubjpass", "agent", "pobj")


def on_target_list(token: Token) -> bool:
    """ "a number that has been on target lists since August": a phone, an account or a
    person on our lists of targets is covered. The plotters' own target list ("the cell's
    target list names the mayor") holds their victims, and is no subject's place."""
    if lx.lemma(token) != "list" or token.dep_ != "pobj" or token.head.lower_ != "on":
        return False
    if not any(c.dep_ == "compound" and lx.lemma(c) == "target" for c in token.children):
        return False
    # only in a clause that hangs on the thing, which goes whole: cut from a main clause,
    # the phrase would leave "the number has been since August"
    verb = token.head.head
    if verb.dep_ != "relcl":
        return False
    return lx.lemma(verb.head) in lx.SELECTOR_DEVICES | lx.COVERED_DEVICES


#: Verbs by which a name is run through our holdings.
#: "ran" too: the model lemmatizes a capitalized "Ran" that opens a log entry as itself.
_CHECKING_VERBS: frozenset[str] = frozenset({"run", "ran", "check", "search", "trace"})
#: Where our checks run a name: "ran Kasza through the index", "checked him against PNC".
_CHECKED_IN: frozenset[str] = frozenset(
    {"index", "indices", "database", "databank", "system", "systems", "records", "pnc", "checks"}
)


def records_check(token: Token) -> bool:
    """ "Ran Kasza through the index: hit on ...", "checked the plate against the database": a
    name run through our holdings, which tells him he is on them."""
    if token.pos_ != "VERB" or not {lx.lemma(token), token.lower_} & _CHECKING_VERBS:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("through", "against", "on", "in")
        and any(o.dep_ == "pobj" and o.lower_ in _CHECKED_IN for o in c.children)
        for c in token.children
    )


def found_in_search(token: Token) -> bool:
    """ "A notebook found under the workbench sets out a plan": where a search found a paper
    tells the owner that the place was searched; the paper's content stays."""
    if token.pos_ != "VERB" or lx.lemma(token) not in lx.FINDING_VERBS:
        return False
    if token.dep_ == "acl":
        found = [token.head]
    elif token.dep_ == "advcl":
        # "... is in a second passport, found behind the door panel": the parser hangs the
        # finding on the verb, and what was found is its subject or the place it names
        found = [c for c in token.head.children if c.dep_ == "nsubj"]
        found += [o for c in token.head.children if c.dep_ == "prep" for o in c.children]
    elif any(c.dep_ == "auxpass" for c in token.children):
        # "A hand-drawn plan of the hall was found in his wash bag"; not "will be found"
        if any(c.dep_ == "aux" for c in token.children):
            return False
        found = [c for c in token.children if c.dep_ == "nsubjpass"]
    else:
        return False
    if not any(lx.lemma(f) in lx.FOUND_MATERIAL_NOUNS for f in found):
        return False
    if any(c.dep_ == "agent" for c in token.children):
        return False  # "a map found by the attackers": theirs
    # "found folded inside the lining of a bag", "found hidden behind a panel": the place may
    # hang on the state the thing was found in
    states = [c for c in token.children if c.dep_ in ("xcomp", "oprd", "acomp")]
    return any(c.dep_ == "prep" for t in (token, *states) for c in t.children)


#: Devices and media whose owner, once named, is the person whose data was read.
_READ_MEDIA: frozenset[str] = (
    lx.DEVICE_NOUNS
    | lx.COVERED_DEVICES
    | frozenset({"stick", "pendrive", "thumbdrive", "disk", "hard-drive", "harddrive"})
)
#: Verbs that tie a device to its owner: "belongs to", "is registered to", "is owned by".
_OWNING_VERBS: frozenset[str] = frozenset({"belong", "register", "own"})


def device_owner(token: Token) -> bool:
    """ "The stick belongs to Dorian Pike", "the laptop is registered to his sister": whose
    device was read tells that person, and whoever they told, which device to suspect. Not in
    a sentence of the threat ("The phone that will set off the charge belongs to Pell")."""
    if token.pos_ not in ("VERB", "AUX") or lx.lemma(token) not in _OWNING_VERBS:
        return False
    owned = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not any(lx.lemma(o) in _READ_MEDIA for o in owned):
        return False
    if lx.lemma(token) == "own" and not any(c.dep_ == "auxpass" for c in token.children):
        return False  # "the account owns ...": only "is owned by" ties it to a person
    return not any(
        lx.lemma(t) in lx.THREAT_WORDS or lx.lemma(t) in lx.ATTACK_METHOD_WORDS for t in token.sent
    )


def travelled_as(token: Token) -> Token | None:
    """The past journey that "under the name Jonna Pikk" belongs to ("travelled to Halden on
    26 November under the name Jonna Pikk"): a name on a travel document, which only the
    carrier's or the border's record shows. None for a plan ("will fly under a false name")
    or any other "under"."""
    if token.dep_ == "prep" and token.lower_ in ("under", "using"):
        named = [o for o in token.children if o.dep_ == "pobj"]
    elif token.dep_ in ("advcl", "acl") and lx.lemma(token) == "use":
        named = [o for o in token.children if o.dep_ == "dobj"]  # "using the name Per Vall"
    else:
        return None
    if not any(lx.lemma(o) in lx.ALIAS_NOUNS for o in named):
        return None
    verb = token.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX"):
            break
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    if lx.lemma(verb) not in lx.TRAVEL_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return None
    if lx.unrealized(verb):
        return None
    return verb


def deleted_material(token: Token) -> bool:
    """ "the deleted notes", "deleted messages on the handset": what its owner deleted and we
    still read was recovered from his device."""
    if token.lower_ not in ("deleted", "erased", "wiped") or token.dep_ not in ("amod", "compound"):
        return False
    material = lx.FOUND_MATERIAL_NOUNS | lx.EVIDENCE_NOUNS | lx.COMMS_NOUNS
    if lx.lemma(token.head) not in material:
        return False
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    # "the gunmen will bring a deleted scene": a thing of the plan, not material we hold
    return not lx.unrealized(verb)


def card_payment(token: Token) -> bool:
    """ "a single booking paid with one card", "paid with a prepaid card": how a booking or a
    purchase was paid is what the card issuer's or the carrier's records show us. A payment
    still to come ("he will pay with a stolen card") is the plan's."""
    if token.pos_ != "VERB" or lx.lemma(token) != "pay":
        return False
    if lx.unrealized(token):
        return False
    if token.tag_ not in ("VBD", "VBN"):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("with", "by", "on")
        and any(lx.lemma(o) in lx.PAYMENT_CARDS for o in c.children if o.dep_ == "pobj")
        for c in token.children
    )


def covert_entry(token: Token) -> bool:
    """ "lock defeated", "re-secured the padlock", "a second entry is planned": what a covert
    entry does to the premises, unless someone else plainly does it ("they will pick the
    lock")."""
    lemma = lx.lemma(token)
    if token.pos_ == "NOUN" and lemma == "entry":
        if token.dep_ == "compound":
            return False  # "the entry point": a place, not an entry
        if not any(_word(m) & lx.ENTRY_MODIFIERS for m in _modifiers(token)):
            return False
        if any(c.dep_ == "poss" and _is_actor(c) for c in token.children):
            return False  # "the gunmen's second entry"
        return not _done_by_actor(token.head)
    if token.pos_ != "VERB" or not (_word(token) & lx.ENTRY_VERBS):
        return False
    locks = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
    if token.dep_ in ("acl", "amod"):
        locks.append(token.head)
    if not any(lx.lemma(o) in lx.LOCK_NOUNS for o in locks):
        return False
    return not _done_by_actor(token)


def _done_by_actor(verb: Token) -> bool:
    """Whether someone other than us is the subject or agent of this verb."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    doers = [next((t for t in d.subtree if t.dep_ == "pobj"), d) for d in doers]
    return any(
        lx.lemma(d) not in lx.LOCK_NOUNS and lx.lemma(d) not in _OURS and _is_actor(d)
        for d in doers
    )


#: Words for our own teams as the doers of a covert entry.
_OURS = frozenset({"team", "we", "officer", "unit", "us"})


#: What a tap is put on: a phone line, not a window or a shoulder.
_TAPPED = lx.DEVICE_NOUNS | {"line", "landline", "telephone"}


def line_tap(token: Token) -> bool:
    """ "the tap on his landline", "his phone, tapped since October": a wiretap, whoever is
    said to listen. A tap on a window or a shoulder is no method."""
    if lx.lemma(token) not in ("tap", "wiretap"):
        return False
    if token.pos_ == "NOUN":
        owners = [m for m in _modifiers(token)]
        owners += [o for c in token.children if c.lower_ in ("on", "of") for o in c.children]
        return lx.lemma(token) == "wiretap" or any(lx.lemma(o) in _TAPPED for o in owners)
    if token.pos_ != "VERB":
        return False
    tapped = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if token.dep_ in ("acl", "amod"):
        tapped.append(token.head)
    return any(lx.lemma(o) in _TAPPED for o in tapped) and not _done_by_actor(token)


#: Verbs of finding where a device is: "his phone was located near the bridge".
_LOCATING_VERBS = frozenset({"locate", "geolocate", "ping", "track", "trace", "triangulate"})


def device_located(token: Token) -> bool:
    """ "Pell's phone was located near the bridge on 2 March", "his handset pinged a mast":
    where a device was found to be tells its owner the device is followed."""
    if token.pos_ != "VERB" or lx.lemma(token) not in _LOCATING_VERBS:
        return False
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(lx.lemma(s) in lx.SELECTOR_DEVICES for s in subjects)


#: Who on our side can pose as someone else: an undercover officer.
_OFFICER_NOUNS = frozenset(
    {"officer", "agent", "detective", "constable", "operative", "investigator", "policeman"}
)


def posing_officer(token: Token) -> bool:
    """ "An officer posing as a buyer met Pell": an officer of ours under a cover identity;
    the officer is the trigger, so what he did goes with him. Attackers "posing as delivery
    drivers" are their method, and stay."""
    if token.pos_ not in ("NOUN", "PROPN") or lx.lemma(token) not in _OFFICER_NOUNS:
        return False
    verbs = [c for c in token.children if c.dep_ in ("acl", "relcl")]
    if token.dep_ == "nsubj":
        verbs.append(token.head)
    return any(
        lx.lemma(v) in _POSING_VERBS and any(c.lower_ == "as" for c in v.children) for v in verbs
    )


#: Verbs of taking on another identity: "posing as a buyer".
_POSING_VERBS = frozenset({"pose", "masquerade", "act", "present"})


#: Verbs of reading or watching what someone else writes or says.
_READING_VERBS = frozenset({"read", "monitor", "follow", "watch", "access", "record", "review"})


def our_reading(token: Token) -> bool:
    """ "The group's chat, which we have been reading since January": we read their
    communications, so the reading goes (and with it the time we started)."""
    if token.pos_ != "VERB" or lx.lemma(token) not in _READING_VERBS:
        return False
    subject = _subject(token)
    if subject is None or subject.lower_ != "we":
        return False
    read = [c for c in token.children if c.dep_ == "dobj"]
    if token.dep_ == "relcl":
        read.append(token.head)  # "the chat, which we read": the chat is what we read
    return any(lx.lemma(r) in lx.COMMS_NOUNS | lx.DEVICE_NOUNS for r in read)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


#: Every word, by lemma or in lower case, on which a predicate of this module can return True
#: for the token it is asked of: a caller that asks them all of every token may skip the rest.
#: ``attack_instrument`` is left out, as it only ever stops a method; a hyphenated whole
#: ("re-secure") is the caller's to let through.
TRIGGER_WORDS: frozenset[str] = (
    frozenset({"pay", "entry", "deleted", "erased", "wiped", "dna", "decoy", "tap", "wiretap"})
    | _CHECKING_VERBS  # records_check
    | frozenset({"list"})  # on_target_list
    | frozenset({"under", "using", "use"})  # travelled_as: "under the name", "using the name"
    | lx.INSTRUMENT_NOUNS  # collection_instrument
    | lx.ENTRY_VERBS  # covert_entry
    | _BREAK_IN  # device_compromise
    | _LOCATING_VERBS  # device_located
    | lx.COVERED_DEVICES  # evidence_subject
    | lx.EVIDENCE_NOUNS  # evidence_subject, in_attribution
    | lx.SELECTOR_DEVICES  # extra_device
    | lx.FINDING_VERBS  # found_in_search
    | lx.COMMS_NOUNS  # in_attribution
    | lx.FLAGGING_VERBS  # institution_flagged
    | lx.RECORD_NOUNS  # institutional_record
    | lx.MESSAGING_VERBS  # message_to_someone, by lemma
    | _MESSAGING_FORMS  # message_to_someone, by form
    | lx.PERCEIVER_NOUNS  # our_perceiver
    | _READING_VERBS  # our_reading
    | _OFFICER_NOUNS  # posing_officer
    | lx.ACQUISITION_VERBS  # taken_from_device, the verb
    | lx.STORAGE_VERBS  # taken_from_device, the verb
    | lx.DEVICE_NOUNS  # taken_from_device, the device
    | lx.TECHNIQUE_NOUNS  # technique_name
    | lx.PERSONA_NOUNS  # undercover_persona
    | _OWNING_VERBS  # device_owner
    | BEACON_WORDS  # tracked_beacon
    | MESSAGING_APPS  # relayed_message, the channel
    | _PASSING_VERBS  # relayed_message, the verb
    | _RELAYING_VERBS  # relayed_message, the verb
    | _TAKING_VERBS  # captured_screen
)
