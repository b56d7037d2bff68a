"""Keep what collected material shows when it shows someone doing something.

"Collected imagery shows the group digging firing pits" has no content clause for the frame
cut to keep: the act is a participle hanging off the verb of showing. Dropping the sentence
loses the warning, and cutting the frame alone leaves a fragment ("The group digging ...").
The subject and its verb of showing go, and the participle is put in the past tense, so that
"the group dug firing pits" stands as a sentence. spaCy lemmatizes but does not inflect, so
the past tense is formed here: regular spelling rules and a table of common irregular verbs.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from spacy.tokens import Span, Token

from tearline.analyze import lexicon as lx
from tearline.analyze.frames import after_item_marks

#: Verbs of seeing or recording by which material or a sensor shows someone's act.
PERCEIVING: frozenset[str] = lx.SHOWING_VERBS | frozenset(
    {
        # "a fisherman ... described men practising night landings": what he saw, told
        "describe",
        "see",
        "observe",
        "hear",
        "overhear",
        "film",
        "spot",
        "watch",
        "detect",
        "image",
        "witness",
        "photograph",
        "pick",
    }
)
#: Determiners of a thing already known, which "there is" cannot introduce.
_DEFINITE: frozenset[str] = frozenset({"the", "this", "that", "these", "those"})
#: Verbs by which material shows a thing, not an act ("imagery shows fresh trenches").
SHOWING_A_THING: frozenset[str] = frozenset(
    {"show", "reveal", "depict", "capture", "detect", "spot", "observe", "see", "record"}
    # "an X-ray scan of the trailer found two pistols": what a search or a scan turned up
    | {"find", "uncover"}
)

#: Past tenses that the spelling rules would get wrong.
IRREGULAR_PAST: dict[str, str] = {
    "be": "was",
    "begin": "began",
    "break": "broke",
    "bring": "brought",
    "build": "built",
    "buy": "bought",
    "catch": "caught",
    "choose": "chose",
    "come": "came",
    "cut": "cut",
    "dig": "dug",
    "draw": "drew",
    "drive": "drove",
    "fall": "fell",
    "feed": "fed",
    "feel": "felt",
    "fight": "fought",
    "find": "found",
    "fly": "flew",
    "get": "got",
    "give": "gave",
    "go": "went",
    "hang": "hung",
    "hear": "heard",
    "hide": "hid",
    "hit": "hit",
    "hold": "held",
    "keep": "kept",
    "know": "knew",
    "lay": "laid",
    "lead": "led",
    "leave": "left",
    "let": "let",
    "light": "lit",
    "lose": "lost",
    "make": "made",
    "mean": "meant",
    "meet": "met",
    "pay": "paid",
    "put": "put",
    "read": "read",
    "ride": "rode",
    "ring": "rang",
    "rise": "rose",
    "run": "ran",
    "say": "said",
    "seek": "sought",
    "sell": "sold",
    "send": "sent",
    "set": "set",
    "shoot": "shot",
    "shut": "shut",
    "sink": "sank",
    "sit": "sat",
    "slide": "slid",
    "speak": "spoke",
    "spend": "spent",
    "split": "split",
    "spread": "spread",
    "stand": "stood",
    "steal": "stole",
    "stick": "stuck",
    "strike": "struck",
    "swim": "swam",
    "swing": "swung",
    "take": "took",
    "teach": "taught",
    "tell": "told",
    "think": "thought",
    "throw": "threw",
    "wake": "woke",
    "wear": "wore",
    "win": "won",
    "withdraw": "withdrew",
    "write": "wrote",
}
_VOWELS = frozenset("aeiou")
#: Labels the parser gives the act of "saw Pell meet Dorn", "observed the group testing".
_ACT_LABELS = frozenset({"xcomp", "ccomp", "advcl", "oprd", "dobj"})


def past_tense(participle: Token) -> str:
    """ "agreeing" -> "agreed", "loading" -> "loaded", "digging" -> "dug", "meet" -> "met"."""
    lemma = participle.lemma_.lower()
    if lemma in IRREGULAR_PAST:
        return IRREGULAR_PAST[lemma]
    stem = participle.lower_[:-3] if participle.lower_.endswith("ing") else lemma
    if lemma == participle.lower_:
        # a participle misread as a noun keeps its "-ing" as its lemma ("buying")
        for form in (stem, f"{stem}e", stem[:-1]):
            if form in IRREGULAR_PAST:
                return IRREGULAR_PAST[form]
    if stem.endswith("e"):
        return f"{stem}d"
    if len(stem) > 1 and stem.endswith("y") and stem[-2] not in _VOWELS:
        return f"{stem[:-1]}ied"
    return f"{stem}ed"


def perceived_act(sentence: Span, triggers: set[int]) -> tuple[Token, Token] | None:
    """The doer and the participle of "<material> shows <doer> <participle> ...", when every
    trigger is in the part before the doer; None when the sentence is not of that shape."""
    root = sentence.root
    if root.lemma_.lower() not in PERCEIVING or root.pos_ != "VERB":
        return None
    for child in root.children:
        # "showed six men loading", "saw Pell meet Dorn": a participle or a bare infinitive
        if child.tag_ not in ("VBG", "VB") or child.dep_ not in _ACT_LABELS:
            continue
        if any(c.dep_ in ("mark", "aux") for c in child.children):
            continue  # "overheard them while they were loading": a clause of its own, no act
        doer = next((c for c in child.children if c.dep_ == "nsubj"), None)
        if doer is not None and doer.i > root.i:
            return _checked(doer, child, triggers)
    for obj in (c for c in root.children if c.dep_ == "dobj"):
        act = next((c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBG"), None)
        if act is None:
            # "overheard the skipper of the Tern arranging to ...", "filmed Ruben Tal bringing
            # in a pipe": the parser hung the act on the verb, right after the object
            act = next(
                (
                    c
                    for c in root.children
                    if c.dep_ in ("advcl", "xcomp")
                    and c.tag_ == "VBG"
                    and c.i == obj.right_edge.i + 1
                ),
                None,
            )
        if act is not None:
            return _checked(obj, act, triggers)
    return None


def _checked(doer: Token, act: Token, triggers: set[int]) -> tuple[Token, Token] | None:
    start = doer.left_edge.i
    if not triggers or any(i >= start for i in triggers):
        return None
    return doer, act


def shown_thing(sentence: Span, triggers: set[int]) -> tuple[Token, str] | None:
    """The verb of "<material> shows <a thing> <where>" and what replaces it ("there are"),
    when every trigger is in the part before the verb: "Imagery from 2 May shows fresh
    trenches at the quarry" keeps "There are fresh trenches at the quarry"."""
    verb = sentence.root
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SHOWING_A_THING:
        return None
    if not triggers or any(i >= verb.i for i in triggers):
        return None
    if lx.unrealized(verb):
        return None  # "a camera will capture the crowd": their plan
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None or thing.pos_ != "NOUN" or thing.left_edge.i != verb.i + 1:
        return None
    if any(c.dep_ == "poss" or c.lower_ in _DEFINITE for c in thing.children):
        return None  # "shows the van", "shows his car": no "there is" for a known thing
    if any(c.dep_ in ("acl", "relcl") and c.tag_ in ("VBG", "VB") for c in thing.children):
        return None  # "shows six men loading a truck": an act, told by perceived_act
    plural = thing.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in thing.children)
    past = verb.tag_ == "VBD"
    copula = ("were" if plural else "was") if past else ("are" if plural else "is")
    return verb, f"there {copula}"


#: Verbs by which someone is seen in the act: "were watched burying". Not "tracked" or
#: "located", whose act ("tracked using their transponder") is often the device we read.
SEEN_DOING: frozenset[str] = frozenset(
    {"see", "watch", "observe", "film", "photograph", "spot", "image", "witness", "video"}
)
#: Labels the parser gives the act of "were watched burying", also when it hangs it on a
#: noun of the time between ("watched for forty minutes burying").
_PASSIVE_ACT_LABELS = frozenset({"acl", "advcl", "xcomp", "oprd", "pcomp"})


def passive_perceived(sentence: Span, triggers: set[int]) -> tuple[Token, Token] | None:
    """The verb of seeing and the participle of "<doers> were watched <how, how long>
    <participle> ...", when every trigger is in the seeing: "Three men were watched from
    altitude burying a device" keeps "Three men were burying a device"."""
    # the seeing is the main clause, or one the parser hung on the next across a semicolon
    # ("two men were seen photographing the entrance; they fled north")
    root = next(
        (
            t
            for t in sentence
            if t.lemma_.lower() in SEEN_DOING
            and t.tag_ == "VBN"
            and (t.dep_ == "ROOT" or (t.dep_ in ("ccomp", "conj") and t.head.dep_ == "ROOT"))
        ),
        None,
    )
    if root is None:
        return None
    doer = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
    passive = [c for c in root.children if c.dep_ == "auxpass" and c.i < root.i]
    if doer is None or not passive or doer.i > root.i:
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children):
        return None  # "they will be watched loading": a plan, or our own
    act = next(
        (
            t
            for t in sentence
            if t.i > root.i
            and t.tag_ == "VBG"
            and t.dep_ in _PASSIVE_ACT_LABELS
            and (
                t.head.i == root.i
                # "for forty minutes burying", "from the air digging": misread as hanging
                # on the phrase of how or how long it was seen
                or (t.head.dep_ == "pobj" and t.head.head.head.i == root.i)
                or (t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.i == root.i)
            )
        ),
        None,
    )
    if act is None or any(c.dep_ in ("mark", "aux") for c in act.children):
        return None
    if any(c.dep_ == "nsubj" and not root.i < c.i < act.i for c in act.children):
        return None  # a clause with a doer of its own ("on camera placing" misread is fine)
    start = root.i
    # the act may itself be a word of ours ("were seen photographing the entrance"): done by
    # the ones seen, it is their reconnaissance
    if not triggers or any(not start <= i <= act.i for i in triggers):
        return None
    return root, act


#: Watchers that can open a sentence of what they recorded: a fixed sensor, a device we
#: placed, or a team of ours.
OPENING_WATCHERS: frozenset[str] = frozenset(
    {"camera", "cctv", "anpr", "alpr", "sensor", "doorbell", "dashcam", "webcam", "bodycam"}
    | {"tracker", "microphone", "mic", "device", "team", "drone"}
)
#: Verbs by which an opening watcher recorded what passed it. Not a verb of following or
#: placing ("a mobile team followed Vos to the gym"), which tells a movement, not an act.
OPENING_RECORDING: frozenset[str] = frozenset(
    {"record", "capture", "catch", "log", "photograph", "video", "clock", "pick", "film"}
    | {"see", "observe", "hear", "overhear", "spot", "watch", "detect", "image", "witness"}
    | {"show", "reveal", "depict"}
)
#: Prepositions of where a watcher stands: "a camera at the garage", "CCTV outside No. 4".
_WATCHER_PLACES: frozenset[str] = frozenset(
    {"at", "in", "on", "outside", "inside", "near", "opposite", "by", "over", "above"}
    | {"across", "facing", "overlooking", "beside", "behind"}
)
#: Words that may stand in a watcher's noun phrase or its place phrase.
_PHRASE_POS: frozenset[str] = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PUNCT"})
#: Objects a watcher records someone by, in the form that becomes the act's subject.
_OBJECT_PRONOUNS: dict[str, str] = {"him": "he", "her": "she", "them": "they"}


#: A device's designator in place of its name: "GW-3", "K9", "AP-12B".
_DEVICE_CODE = re.compile(r"(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*")


def device_code(token: Token) -> bool:
    """ "GW-3 has picked up ...": a designator of letters and digits, in capitals."""
    return bool(_DEVICE_CODE.fullmatch(token.text))


def opening_watch(
    sentence: Span, named: AbstractSet[int] = frozenset()
) -> tuple[Token, Token] | None:
    """The watcher and its verb of recording when the sentence opens with them, read from
    the words whatever the parser made of them: "A camera at the Pellham garage filmed Kyle
    buying ..." (parsed with "camera" as the root and "filmed" as an adjective of "Kyle"),
    "CCTV at the garage filmed ...". The watcher is the head of the opening noun phrase, with
    at most a phrase of where it stands before the verb; a watcher someone owns ("their
    camera", "the gang's team") or of someone ("a team of gunmen") is not ours, and a verb
    with an auxiliary before it ("will film") is a plan, not a record."""
    start = after_item_marks(sentence)
    tokens = [t for t in sentence if t.idx >= start and not t.is_space]
    index = 0
    while index < len(tokens) and tokens[index].pos_ in ("DET", "ADJ", "NUM", "PRON"):
        if tokens[index].lower_ in ("their", "his", "her", "its"):
            return None
        index += 1
    head = None
    # a possessive ends the phrase ("the gang's camera"): its head is then the owner
    while index < len(tokens) and tokens[index].pos_ in ("NOUN", "PROPN", "ADJ"):
        head = tokens[index]
        index += 1
    if head is None or not (
        head.lemma_.lower() in OPENING_WATCHERS or head.i in named or device_code(head)
    ):
        return None
    if index < len(tokens) and tokens[index].lower_ in _WATCHER_PLACES:
        index += 1
        while (
            index < len(tokens)
            and tokens[index].pos_ in _PHRASE_POS
            and not (_recording_word(tokens[index]))
        ):
            if tokens[index].lower_ in (",", ";", ":", "of") or tokens[index].is_sent_end:
                return None
            index += 1
    # "has picked up", "had recorded": a record made; a modal ("will film") is a plan
    while index < len(tokens) and tokens[index].lower_ in ("has", "have", "had", "also"):
        index += 1
    if index >= len(tokens) or not _recording_word(tokens[index]):
        return None
    return head, tokens[index]


def _recording_word(token: Token) -> bool:
    """ "filmed", "recorded", "picked": a past form of a verb of recording, whatever tag the
    parser gave it."""
    return (
        token.tag_ in ("VBD", "VBN")
        and token.lemma_.lower() in OPENING_RECORDING
        and token.lower_.endswith(("ed", "ught", "aw", "een", "ard"))
    )


def opening_watched_act(
    sentence: Span, named: AbstractSet[int] = frozenset()
) -> tuple[Token, Token, Token] | None:
    """The verb of recording, the first word of the doer and the act of a sentence that
    opens with a watcher (`opening_watch`) and goes on "<doer> <participle> ...": a name, a
    phrase that ends in a noun, or an object pronoun, right after the verb, then a word in
    "-ing" ("filmed Kyle Marsh buying petrol": Kyle, buying). None when no act follows."""
    found = opening_watch(sentence, named)
    if found is None:
        return None
    _, verb = found
    doc = sentence.doc
    index = verb.i + 1
    if index < sentence.end and doc[index].tag_ == "RP":
        index += 1  # "picked up"
    if index < sentence.end and doc[index].text == ",":
        # "has picked up, over five evenings since 27 October, Lukas Orm teaching": how long
        # it was recorded, set off by commas, is the recording's
        close = next((t.i for t in doc[index + 1 : sentence.end] if t.text == ","), None)
        if close is None:
            return None
        index = close + 1
    if index >= sentence.end:
        return None
    first = doc[index]
    if first.lower_ in _OBJECT_PRONOUNS:
        index += 1
    else:
        while index < sentence.end and (
            doc[index].pos_ in ("DET", "NUM", "ADJ")
            or (doc[index].pos_ in ("PROPN", "NOUN") and not doc[index].lower_.endswith("ing"))
        ):
            index += 1
        if index == first.i or doc[index - 1].pos_ not in ("PROPN", "NOUN"):
            return None
    if index >= sentence.end:
        return None
    act = doc[index]
    if not (act.lower_.endswith("ing") and len(act) > 4 and act.is_lower):
        return None
    return verb, first, act
