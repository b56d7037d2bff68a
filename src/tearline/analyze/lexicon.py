"""The vocabulary of sources and methods, by lemma, and of the actionable threat.

Recognizers match these over spaCy's lemmas and parse rather than over strings from any one
report, so the same rules hold on reports they have never seen. Words that are ambiguous in
plain English (a "call", a "message", a "service") count only with a collection modifier.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


#: Lemmas in lower case by their id in spaCy's string store: the recognizers ask a token's
#: lemma dozens of times, and reading it as a string then lowering it costs more than a lookup.
_LOWERED: dict[int, str] = {}
#: Distinct lemmas remembered before the memory starts over (new names keep coming).
MAX_LOWERED = 100_000


def lemma(token: Token) -> str:
    """The token's lemma in lower case: the form every word list here is written in."""
    lowered = _LOWERED.get(token.lemma)
    if lowered is None:
        if len(_LOWERED) >= MAX_LOWERED:
            _LOWERED.clear()
        lowered = _LOWERED[token.lemma] = token.lemma_.lower()
    return lowered


def unrealized(verb: Token) -> bool:
    """A verb with a modal or "to" beside it ("will log", "could show", "to film"): an act
    not told as done, which no collection of ours has yet made."""
    return any(c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in verb.children)


#: Nouns that name or describe a human source.
SOURCE_NOUNS: frozenset[str] = frozenset(
    {
        "source",
        "subsource",
        "sub-source",
        "asset",
        "informant",
        "informer",
        "walk-in",
        "defector",
        "recruit",
        "detainee",
        "interviewee",
        "debriefer",
        "cooperator",
        "reporting",
        "insider",
        "penetration",
        "chs",
        # a police service's covert human intelligence source, and a note's shorthand for a
        # source and a sub-source ("int fr CHIS", "per src", "sub-src: src's girlfriend")
        "chis",
        "src",
        "sub-src",
        "mole",
        "handler",
        "collector",
        "interrogator",
        "interviewer",
        "tipster",
        "whistleblower",
        # a diplomat's word for whoever talks to the embassy ("a longstanding interlocutor")
        "interlocutor",
        "confidant",
        "confidante",
    }
)

#: Prefixes of source reference numbers ("CHS-0142", "URN-0193", "SRC-12").
SOURCE_ID_PREFIXES: frozenset[str] = frozenset(
    {"chs", "chis", "urn", "src", "source", "asset", "ci", "hs", "humint"}
)

#: Words about a source's standing: reliability, track record, vetting.
SOURCE_STANDING: frozenset[str] = frozenset(
    {
        "reliability",
        "reliably",
        "credibility",
        "vetting",
        "untested",
        "unvetted",
        "placement",
        "corroborate",
        "corroboration",
        "resettlement",
        "allowance",
        "stipend",
        "remuneration",
        "motivation",
        "motive",
        "visa",
        "gratuity",
        "honorarium",
        # "receives a monthly gratification", "is on a retainer"
        "gratification",
        "retainer",
    }
)

#: Modifiers that make a plain noun ("a trusted contact", "a well-placed individual") a source.
SOURCE_DESCRIPTORS: frozenset[str] = frozenset(
    {
        "trusted",
        "reliable",
        "established",
        "well-placed",
        "placed",
        "proven",
        "vetted",
        "untested",
        "sensitive",
        "clandestine",
        "knowledgeable",
        "credible",
        "cooperating",
        "confidential",
        "paid",
        "tasked",
        "recruited",
        "unwitting",
        "witting",
        "reporting",
        "informing",
        # a relationship of ours that has lasted: "a longstanding contact", "a long-time friend
        # of the embassy"
        "longstanding",
        "long-standing",
        "longtime",
        "long-time",
        "dependable",
        # a military or partner register: "one of his own HUMINT contacts"
        "humint",
    }
)
#: Nouns that describe a source only with such a modifier.
SOURCE_PLAIN_NOUNS: frozenset[str] = frozenset(
    {
        "contact",
        "individual",
        "person",
        "man",
        "woman",
        "witness",
        "member",
        "associate",
        "official",
        "insider",
        "acquaintance",
        "relative",
        "friend",
        "fellow",
        # a Spanish or Italian service's word for its informant ("colaborador", "collaboratore")
        "collaborator",
        "guy",
        "lad",
        "chap",
        "gentleman",
        "lady",
    }
)

#: Modifiers that make "access" a source's access ("direct access"), not an attacker's.
ACCESS_MODIFIERS: frozenset[str] = frozenset(
    {
        "direct",
        "indirect",
        "first-hand",
        "firsthand",
        "good",
        "excellent",
        "regular",
        "limited",
        "close",
        "unique",
        "privileged",
        "secondhand",
        "second-hand",
        "sub-source",
        # a grading of the access itself: "of unknown access", "partial access"
        "unknown",
        "partial",
        "occasional",
        "sporadic",
    }
)

#: Nouns and verbs of collection that reveal a method on their own.
METHOD_WORDS: frozenset[str] = frozenset(
    {
        "intercept",
        "interception",
        "sigint",
        "humint",
        "imint",
        "geoint",
        "osint",
        "masint",
        "comint",
        "elint",
        "wiretap",
        "imagery",
        "surveillance",
        "surveil",
        "implant",
        "beacon",
        "keylogger",
        "coverage",
        "collection",
        "collect",
        "debriefing",
        "debrief",
        "interrogation",
        "interrogate",
        # a vetting test of whoever was questioned: "He was polygraphed on 19 November"
        "polygraph",
        "polygraphed",
        "exploitation",
        "forensic",
        "forensics",
        "liaison",
        "monitor",
        "monitoring",
        "eavesdrop",
        "overhead",
        "photograph",
        "geolocate",
        "geolocation",
        "triangulate",
        "decrypt",
        "decryption",
        "tasking",
        "stakeout",
        "undercover",
        "telemetry",
        "metadata",
        "exfiltrate",
        "exfiltration",
        "debriefed",
        "questioning",
        "overhear",
        "docex",
        "domex",
        "medex",
        "triangulation",
        "wiretapping",
        "eavesdropping",
        "bugged",
        "lawful",
        "isr",
        "pattern-of-life",
        "cell-site",
        "intercepts",
        "screening",
        "extraction",
        "username",
        "unallocated",
        "overflight",
        "vpn",
        "techint",
        "fmv",
        "full-motion",
        "tracker",
        "bugging",
        "search",
        "raid",
        "finint",
        "socmint",
        "pnr",
        "anpr",
        "alpr",
        "cdr",
        "cdrs",
        "subpoena",
        "orbit",
        "sortie",
        "fingerprint",
        "swab",
        "latent",
        "honeypot",
        "sinkhole",
        "sinkholed",
        "voiceprint",
        "backstop",
        "backstopped",
        "fiu",
        # a transcript is of speech we heard; a UC (UCO) is our undercover officer
        "transcript",
        "transcription",
        "uc",
        "uco",
    }
)

#: Words that are a method only next to a collection word ("intercepted call", "call logs").
COMMS_NOUNS: frozenset[str] = frozenset(
    {
        "call",
        "message",
        "chat",
        # a run of messages between two people: "Thread with Lewis Mace 30/09 23:12"
        "thread",
        "conversation",
        "communication",
        "email",
        "e-mail",
        "text",
        "traffic",
        "recording",
        "log",
        "sms",
        "voicemail",
        "post",
        "account",
        "device",
        # the trade's word for a planted set of sensors: "the audio package in his car"
        "package",
        "phone",
        "handset",
        "laptop",
        "server",
        "image",
        "photo",
        "picture",
        "footage",
        "report",
        "reporting",
        "information",
        "intelligence",
        "storage",
        "backup",
        "pass",
        "session",
        "meeting",
        "document",
        "litter",
        "data",
        "datum",
        "feed",
        "channel",
        "line",
        "wire",
        "id",
        "handle",
        "product",
        "reply",
        "response",
        "video",
        "scene",
        "history",
        "dump",
        "download",
        "content",
        "contents",
        "take",
        "material",
        "exchange",
        "passage",
    }
)

#: Words that turn a comms noun into a method ("phone call", "WhatsApp messages").
COMMS_MODIFIERS: frozenset[str] = frozenset(
    {
        "intercept",
        "intercepted",
        "monitor",
        "monitored",
        "recorded",
        "record",
        "compromised",
        "seized",
        "exploited",
        "telephone",
        "phone",
        "satellite",
        "overhead",
        "commercial",
        "whatsapp",
        "telegram",
        "signal",
        "sms",
        "mms",
        "encrypted",
        "technical",
        "sensitive",
        "clandestine",
        "covert",
        "captured",
        "recovered",
        "liaison",
        "sigint",
        "humint",
        "imint",
        "chat",
        "text",
        "tracking",
        "listening",
        "audio",
        "observation",
        "surveillance",
        "backup",
        "deleted",
        "forensic",
        "signals",
        "human",
        "geospatial",
        "uav",
        "drone",
        "cctv",
        "airborne",
        "pocket",
        "private",
        "partner",
        "fvey",
        "source",
        "sourced",
        "wickr",
        "threema",
        "viber",
        "skype",
        "discord",
        "instagram",
        "facebook",
        "webmail",
        "gmail",
        "icloud",
        "email",
        "e-mail",
        "full-motion",
        "cloud",
        "synced",
        "location",
        "browser",
        "handset",
        "mobile",
        "cellebrite",
        "cellebrite-style",
        "imagery",
        "video",
        "embassy",
        "diplomatic",
        "consular",
    }
)

#: Modifiers that make a "service" a train, bus or ferry ("the 07:12 Hessford to Kingsport
#: commuter service"): a place name before it is then its route, not a foreign service.
TRANSPORT_SERVICE_MODIFIERS: frozenset[str] = frozenset(
    {
        "commuter",
        "train",
        "rail",
        "railway",
        "bus",
        "coach",
        "ferry",
        "tram",
        "metro",
        "shuttle",
        "express",
        "stopping",
        "passenger",
        "freight",
        "intercity",
        "sleeper",
        "night",
        "local",
        "regional",
        "airport",
        "subway",
    }
)
#: Services and partners that shared reporting: a method when they are foreign or liaison.
SERVICE_NOUNS: frozenset[str] = frozenset(
    {"service", "agency", "partner", "liaison", "counterpart"}
)
#: A service run for the public: "the 07:12 commuter service", "the Sunday church service" is a
#: train or a gathering, a target, never a partner's agency.
PUBLIC_SERVICE_KINDS: frozenset[str] = frozenset(
    {
        "commuter",
        "bus",
        "train",
        "rail",
        "ferry",
        "shuttle",
        "express",
        "passenger",
        "coach",
        "tram",
        "sailing",
        "church",
        "memorial",
        "funeral",
        "prayer",
        "remembrance",
        "carol",
        "evening",
        "morning",
        "sunday",
        "night",
        "delivery",
        "catering",
        "ambulance",
    }
)
SERVICE_MODIFIERS: frozenset[str] = frozenset(
    {
        "foreign",
        "liaison",
        "partner",
        "allied",
        "friendly",
        "security",
        "intelligence",
        "sister",
        "host",
        "host-nation",
        "eyes",
        "fvey",
        "coalition",
        "counterpart",
    }
)

#: Verbs that frame content as reported: cut the frame, keep the content (their ccomp).
REPORTING_VERBS: frozenset[str] = frozenset(
    {
        "report",
        "say",
        "state",
        "indicate",
        "reveal",
        "show",
        "suggest",
        "claim",
        "tell",
        "confirm",
        "describe",
        "note",
        "add",
        "disclose",
        "explain",
        "mention",
        "assess",
        "believe",
        "learn",
        "hear",
        "judge",
        "provide",
        "share",
        "pass",
        "warn",
        "allege",
        "identify",
        "corroborate",
        "advise",
        # a service's letter: "The Directorate informs its partner that ...", "notifies you"
        "inform",
        "notify",
        # a liaison officer's "briefed that ...", as minutes of a meeting put it
        "brief",
        "relay",
        "depict",
        "capture",
        "detail",
        "write",
        "text",
        "message",
        "post",
        "email",
        "boast",
        "brag",
        "admit",
        "confide",
        "whisper",
        "announce",
        "instruct",
        "promise",
        "assure",
        "complain",
        "volunteer",
        "recount",
        "recall",
        # a translated note's "has communicated that ..." ("ha comunicado que")
        "communicate",
        "establish",
        "find",
        "understand",
    }
)

#: Verbs of collected speech, for quotes ("he wrote", "she told").
SPEECH_VERBS: frozenset[str] = frozenset(
    {
        "say",
        "write",
        "tell",
        "text",
        "message",
        "post",
        "type",
        "reply",
        "add",
        "ask",
        "instruct",
        "order",
        "respond",
        "boast",
        "brag",
        "remark",
        "state",
        "answer",
    }
)

#: Verbs and nouns of the harm a warning is about.
THREAT_WORDS: frozenset[str] = frozenset(
    {
        "attack",
        "bomb",
        "bombing",
        "detonate",
        "kill",
        "assassinate",
        "assassination",
        "kidnap",
        "kidnapping",
        "abduct",
        "abduction",
        "shoot",
        "shooting",
        "burn",
        "arson",
        "ram",
        "ramming",
        "strike",
        "massacre",
        "hostage",
        "murder",
        "execute",
        "stab",
        "poison",
        "blow",
        "torch",
        "firebomb",
        "target",
        "hijack",
        "storm",
        "ambush",
        "fire",
        "firing",
        # harm in other words: "snatch the girl", "maim", "behead", "lynch", "slay"
        "snatch",
        "maim",
        "behead",
        "lynch",
        "slay",
        # "to sink the ferry": harm done to a vessel
        "sink",
    }
)

#: Weapons and ways of attacking: an attack method, never a collection method.
ATTACK_METHOD_WORDS: frozenset[str] = frozenset(
    {
        "explosive",
        "ied",
        "vbied",
        "vest",
        "belt",
        "rifle",
        "gun",
        "firearm",
        "pistol",
        "grenade",
        "knife",
        "drone",
        "poison",
        "accelerant",
        "petrol",
        "gasoline",
        "molotov",
        "device",
        "detonator",
        "truck",
        "van",
        "car",
        "vehicle",
        "mortar",
        "rocket",
        "rpg",
        "sniper",
        "ak-47",
        "kalashnikov",
        "machete",
        "acid",
        "toxin",
        "nerve",
        "taser",
        "crossbow",
        "shrapnel",
        # the casing of a home-made bomb: "a pressure cooker packed with nails"
        "cooker",
    }
)

#: Verbs of acquiring material: a collection when passive with no agent ("the files were
#: copied on 22 September") or done by a collector.
ACQUISITION_VERBS: frozenset[str] = frozenset(
    {
        "copy",
        "obtain",
        "recover",
        "extract",
        "download",
        "acquire",
        "retrieve",
        "image",
        "record",
        "capture",
        "photograph",
        "film",
        "log",
        "harvest",
        "pull",
        "task",
        "target",
        "see",
        "observe",
        "spot",
        "sight",
        "watch",
        "overhear",
        "hear",
        "examine",
        "screen",
        "interview",
        "question",
        "debrief",
        "access",
        "monitor",
        "track",
        "trace",
        "seize",
        # deleted data rebuilt from a device's raw space: "chat fragments carved from the stick"
        "carve",
    }
)

#: Verbs by which our side comes to hold information ("we received this", "our team picked it
#: up", "information gathered in Lisk"): collection when what is acquired is information.
INFORMATION_VERBS: frozenset[str] = frozenset(
    {"receive", "pick", "gather", "glean", "get", "obtain", "acquire", "collect", "source"}
)
#: Month names, full and short, by which a date is told.
MONTHS: frozenset[str] = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }
)  # fmt: skip
#: Verbs of holding something: with information as the object ("our Service has at its
#: disposal information that X", "we hold reporting that X"), a frame whose content is X.
HOLDING_VERBS: frozenset[str] = frozenset({"have", "hold", "possess"})
#: Verbs of handing something over: with a report as the object and us as the recipient
#: ("a courier handed the report to our station"), how the report reached us.
GIVING_VERBS: frozenset[str] = frozenset(
    {"hand", "give", "pass", "deliver", "send", "forward", "bring", "provide", "supply"}
)
#: Verbs of information reaching us ("the material came in on 28 March").
ARRIVAL_VERBS: frozenset[str] = frozenset({"come", "arrive", "reach"})
#: What such a verb acquires when it is a report, not a weapon or a vehicle.
INFORMATION_NOUNS: frozenset[str] = frozenset(
    {
        "information",
        # a note's shorthand: "Info obtained from a community member ..."
        "info",
        "report",
        "reporting",
        "intelligence",
        "tip",
        "detail",
        "account",
        "material",
        "lead",
        "warning",
        "note",
        "cable",
        "update",
        "passage",
        "readout",
        "product",
        "call",
        "this",
        "it",
        "that",
        "these",
    }
)

#: Heads of the names of units that collect or produce reporting ("the field office in
#: Dunmore", "the Harrowgate task force", "the Regional Assessments Desk").
UNIT_NOUNS: frozenset[str] = frozenset(
    {
        "office",
        "desk",
        "station",
        "unit",
        "team",
        "force",
        "section",
        "branch",
        "bureau",
        "detachment",
        "element",
        "cell",
        "squad",
        "group",
        "command",
        "officer",
        "post",
        "outpost",
        "mission",
        "residency",
    }
)
#: Heads of the names of offices that head a report or sign it ("Tri-County Fusion Centre",
#: "Counter Terrorism Policing - North East Unit", "Antenne de Lorsch"). "Cell" and "group"
#: also name the attackers' units, so they are not here.
PRODUCER_NOUNS: frozenset[str] = frozenset(
    {
        "office",
        "desk",
        "unit",
        "section",
        "branch",
        "bureau",
        "detachment",
        "command",
        "centre",
        "center",
        "directorate",
        "division",
        "department",
        "agency",
        "service",
        "policing",
        "hub",
        "secretariat",
        "inspectorate",
        "headquarters",
        "constabulary",
        "antenne",
        "direction",
        "dienststelle",
    }
)
#: Modifiers that make such a unit ours, a collector rather than a target or the attackers.
UNIT_MODIFIERS: frozenset[str] = frozenset(
    {
        "field",
        "liaison",
        "collection",
        "collecting",
        "task",
        "reporting",
        "originating",
        "assessment",
        "assessments",
        "analysis",
        "analytic",
        "analytical",
        "intelligence",
        "debriefing",
        "interview",
        "monitoring",
        "sigint",
        "humint",
        "technical",
        "exploitation",
        "counter-terrorism",
        "counterterrorism",
        "terrorism",
        "ct",
        "case",
        "covert",
        "entry",
        "search",
        "surveillance",
        "interception",
        "intercept",
        "isr",
        # a base's force protection (FP) cell takes in what local people tell it
        "fp",
        # a police division's own team: "surveillance by the divisional team"
        "divisional",
    }
)

#: Words of an investigation: how the police came to know, when they or we investigate.
INVESTIGATION_WORDS: frozenset[str] = frozenset(
    {"investigate", "investigation", "inquiry", "enquiry", "probe"}
)

#: Pronouns that, as the subject of a reporting verb, stand for whoever reported.
REPORTER_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "i", "we"})

#: Subjects of a short sentence that only continues the one before it ("This was the sixth
#: session.", "He has been cooperative since ...").
FOLLOW_UP_SUBJECTS: frozenset[str] = frozenset(
    {"he", "she", "they", "it", "this", "that", "these", "his", "her", "their", "its"}
)

#: People and groups a warning is about: a sentence naming them may be actionable.
ACTOR_WORDS: frozenset[str] = frozenset(
    {
        "attacker",
        "gunman",
        "bomber",
        "militant",
        "cell",
        "group",
        "fighter",
        "team",
        "killer",
        "assassin",
        "kidnapper",
        "suspect",
        "terrorist",
        "insurgent",
        "member",
        "leader",
        "driver",
        "courier",
        "shooter",
        "plotter",
        "accomplice",
        "commander",
        "target",
        "victim",
    }
)
#: Actor words that by themselves name whoever will do the harm: never a source of ours, so a
#: source word said of one ("the gunman's handler") is theirs.
ASSAILANT_WORDS: frozenset[str] = frozenset(
    {
        "attacker", "gunman", "bomber", "killer", "assassin", "kidnapper", "shooter",
        "plotter", "accomplice", "terrorist", "militant", "insurgent", "hijacker", "arsonist",
        "sniper", "bombmaker",
    }
)  # fmt: skip
#: Words of intent and plan: a sentence about what someone will do is about the threat.
INTENT_WORDS: frozenset[str] = frozenset(
    {
        "will",
        "plan",
        "intend",
        "prepare",
        "aim",
        "mean",
        "schedule",
        "expect",
        "want",
        "try",
        "attempt",
        "threaten",
        "set",
        "going",
    }
)

#: Standing words that make the whole sentence about the source, never a cut phrase in it
#: ("Venn remains in custody and has declined to answer questions.").
SOURCE_STATE: frozenset[str] = frozenset(
    {
        "custody",
        "resettlement",
        "allowance",
        "stipend",
        "remuneration",
        "polygraph",
        "gratuity",
        "honorarium",
    }
)

#: What is shown to a crowd: "the screening of the opening match" is a showing, not a vetting.
SHOWN_NOUNS: frozenset[str] = frozenset(
    {
        "match",
        "game",
        "final",
        "fixture",
        "film",
        "movie",
        "documentary",
        "broadcast",
        "concert",
        "premiere",
        "episode",
        "race",
        "derby",
        "debate",
    }
)
#: Nouns that attribute what follows to someone's telling ("in his words", "by her account").
ATTRIBUTION_NOUNS: frozenset[str] = frozenset(
    {"word", "account", "telling", "version", "recollection", "view"}
)
#: Sessions of questioning: "the subject of the interview" is whoever was questioned.
QUESTIONING_NOUNS: frozenset[str] = frozenset(
    {"interview", "debriefing", "debrief", "screening", "questioning", "interrogation", "session"}
)
#: Verbs by which a session of questioning is held ("The interview took place at ...").
HELD_VERBS: frozenset[str] = frozenset(
    {"take", "hold", "happen", "occur", "begin", "start", "end", "last", "conclude", "run"}
)
#: Verbs by which a report is graded ("rates it as probably true", "assesses the passage as
#: consistent with ..."): a judgement of the reporting, not of the threat.
GRADING_VERBS: frozenset[str] = frozenset(
    {"assess", "rate", "grade", "judge", "evaluate", "consider", "regard", "deem", "score"}
)
#: Their stems as written, for a lemma the model gets wrong ("rates", "rated" -> "rate").
GRADING_STEMS: frozenset[str] = frozenset({"rate", "grade", "score"})
#: Verbs of coming to know: their subject, when it is whoever reported, is the source's access.
LEARNING_VERBS: frozenset[str] = frozenset(
    {"learn", "hear", "overhear", "see", "witness", "notice", "discover"}
)
#: Their past forms, by which a verb the tagger misread as a base form ("sells diesel to him
#: and overheard him") is still known.
LEARNING_PAST_FORMS: frozenset[str] = frozenset(
    {"learned", "learnt", "heard", "overheard", "saw", "seen", "witnessed", "noticed"}
    | {"discovered"}
)
#: People counted to say how few could have told: "one of only four people at the darts
#: night", "the only colleague he has told", "only 1 of 3 drivers he uses".
FEW_PEOPLE_NOUNS: frozenset[str] = frozenset(
    {
        "person",
        "people",
        "ppl",
        "individual",
        "man",
        "woman",
        "one",
        "colleague",
        "driver",
        "worker",
        "employee",
        "staff",
        "member",
        "guest",
        "customer",
        "resident",
        "villager",
        "friend",
        "relative",
        "tenant",
        "neighbour",
        "neighbor",
        "volunteer",
        "official",
        "officer",
        "player",
    }
)
#: Workers of a firm: "a Dellmore employee", "an employee of Dellmore", "a Brannock driver".
WORKER_NOUNS: frozenset[str] = frozenset(
    {
        "employee",
        "staff",
        "staffer",
        "worker",
        "contractor",
        "clerk",
        "driver",
        "cleaner",
        "supervisor",
        "manager",
        "broker",
        "trader",
        "accountant",
        "secretary",
        "receptionist",
        "porter",
        "mechanic",
        "technician",
        "cashier",
        "colleague",
        "insider",
    }
)
#: Verbs of a life shared with someone ("works the night shift with Pell", "shares a flat with
#: his sister", "drinks with him on Fridays"): said of whoever reported, they are its access.
SHARED_LIFE_VERBS: frozenset[str] = frozenset(
    {
        "work",
        "share",
        "live",
        "lodge",
        "drink",
        "pray",
        "train",
        "play",
        "spar",
        "socialise",
        "socialize",
        "study",
        "serve",
        "grow",
        # "attends the same mosque as Pell and sits beside him at Friday prayers"
        "attend",
        "sit",
        "sleep",
    }
)
#: Verbs by which our side runs a source ("has been run by this station since 2019").
HANDLING_VERBS: frozenset[str] = frozenset(
    {"run", "handle", "task", "manage", "debrief", "register", "vet", "recruit", "pay", "meet"}
)
#: Words that say how few: "the only person", "one of the few people with a key".
FEW_WORDS: frozenset[str] = frozenset({"only", "few", "sole", "handful"})
#: Judgements of a past report: "has been accurate on three earlier items", "has given police
#: correct information twice before", "right about two earlier ambushes".
ACCURACY_ADJECTIVES: frozenset[str] = frozenset(
    {"accurate", "right", "correct", "exact", "sound", "true", "spot-on", "reliable", "precise"}
)
#: Words that put a judgement in the past, as a record: "before", "twice", "always".
EARLIER_MARKERS: frozenset[str] = frozenset(
    {
        "before",
        "previously",
        "earlier",
        "always",
        "twice",
        "past",
        "prior",
        "previous",
        "repeatedly",
        "consistently",
        "invariably",
        # "right about the Halden arson last year", "accurate two years ago"
        "last",
        "ago",
    }
)
#: Plain nouns by which a report refers back to whoever reported ("The man saw ...").
KNOWER_NOUNS: frozenset[str] = frozenset(
    {
        "man",
        "woman",
        "individual",
        "person",
        "interviewee",
        "subject",
        "contact",
        "volunteer",
        "caller",
        "agent",
        # whom a military or village engagement talks to: "The elder stated that ..."
        "elder",
        "headman",
        "villager",
        "shopkeeper",
        "farmer",
        "interlocutor",
    }
)
#: Words that describe whoever reported by age or place, no more: "the old man".
AGE_DESCRIPTORS: frozenset[str] = frozenset(
    {"old", "older", "elderly", "young", "younger", "local", "same"}
)
#: Judgements of whoever reported: "regarded as reliable", "appeared truthful".
STANDING_ADJECTIVES: frozenset[str] = frozenset(
    {
        "reliable",
        "unreliable",
        "credible",
        "truthful",
        "honest",
        "trustworthy",
        "cooperative",
        "forthcoming",
        "sincere",
        "genuine",
        "untested",
        "proven",
        "dependable",
        "loyal",
        "candid",
    }
)
#: What only a source does: "has been cooperating", "asked to be relocated".
SOURCE_CONDUCT_VERBS: frozenset[str] = frozenset(
    {"cooperate", "defect", "surrender", "relocate", "resettle", "vet", "polygraph"}
)
#: Verbs of getting information ("She gets this information from her husband").
OBTAINING_VERBS: frozenset[str] = frozenset({"get", "obtain", "receive", "gather", "glean"})
#: Verbs by which a volunteer reaches us ("contacted the police hotline").
APPROACH_VERBS: frozenset[str] = frozenset(
    {"contact", "approach", "call", "phone", "ring", "visit", "come", "walk", "write", "email"}
    # "stopped the officer on foot patrol", "flagged down a patrol car"
    | {"stop", "flag", "hail"}
)
#: Our offices and lines, which a volunteer contacts.
OUR_OFFICES: frozenset[str] = frozenset(
    {
        "police",
        "hotline",
        "embassy",
        "consulate",
        "station",
        "authorities",
        "attention",
        "officer",
        "desk",
        "helpline",
        "counter",
        # "rang the tipline", "contacted our whistleblowing line", "wrote to the inbox"
        "tipline",
        "tip-line",
        "switchboard",
        "inbox",
    }
)
#: Verbs of telling a plan to someone ("brought up the plan", "boasted about the attack").
DISCLOSURE_VERBS: frozenset[str] = frozenset(
    {"mention", "bring", "boast", "brag", "raise", "confide", "reveal"}
)
#: What such a telling is about, when it only says that the plan was told.
PLAN_NOUNS: frozenset[str] = frozenset(
    {"plan", "plot", "attack", "idea", "it", "this", "operation", "scheme", "job"}
)
#: Verbs that, done to us ("helped us last year", "tipped us off"), make their subject a source.
HELPING_VERBS: frozenset[str] = frozenset(
    {
        "help",
        "assist",
        "inform",
        "tip",
        "alert",
        "contact",
        "call",
        "ring",
        "phone",
        "approach",
        "visit",
        "email",
        "text",
        "brief",
        "supply",
        "serve",
        "meet",
        # what a source gives us: "has given us sound information on smuggling runs before"
        "give",
        "feed",
        # what a source asks of us: "asked us to keep her name out of the paperwork"
        "ask",
        "beg",
        "urge",
        "implore",
    }
)
#: Verbs whose passive subject is paid ("He was given 40 USD"), and whose active one receives.
PAID_VERBS: frozenset[str] = frozenset(
    {"pay", "give", "hand", "offer", "promise", "reimburse", "remunerate", "compensate", "reward"}
)
RECEIVING_VERBS: frozenset[str] = frozenset({"receive", "accept", "get"})
#: Verbs by which the plotters deal with whoever reported ("asked her to rent the van",
#: "borrowed the pass from him"): with the source as object, they point at the source.
INTERACTION_VERBS: frozenset[str] = frozenset(
    {
        "ask",
        "tell",
        "warn",
        "show",
        "invite",
        "recruit",
        "approach",
        "instruct",
        "urge",
        "offer",
        "borrow",
        "confide",
        "promise",
        "pay",
        "order",
    }
)

#: Nouns by which a report refers back to a named group ("the group will ...").
GROUP_NOUNS: frozenset[str] = frozenset(
    {
        "group",
        "cell",
        "cartel",
        "clan",
        "gang",
        "movement",
        "brigade",
        "network",
        "faction",
        "militia",
        "syndicate",
        "organisation",
        "organization",
        "front",
        "army",
        "battalion",
        "crew",
        "brotherhood",
        "sisterhood",
        "legion",
        "circle",
        "fellowship",
    }
)


#: Nouns that, capitalized and followed by a letter or a digit ("Party A", "Speaker 2",
#: "Caller B"), label a voice in a transcript or a call summary: the label says the words
#: were recorded, and stands for a person whom the release must name or describe otherwise.
SPEAKER_LABEL_NOUNS: frozenset[str] = frozenset(
    {"party", "speaker", "caller", "callee", "participant", "interlocutor", "voice"}
)

#: Devices and accounts: access to one of them is a technical operation.
DEVICE_NOUNS: frozenset[str] = frozenset(
    {
        "phone",
        "handset",
        "device",
        "account",
        "server",
        "laptop",
        "computer",
        "email",
        "network",
        "system",
        "inbox",
        "mailbox",
        "cloud",
        "mobile",
        "tablet",
        "router",
        "forum",
        "channel",
        "chat",
        "storage",
        "sim",
        "card",
        "landline",
    }
)

#: Products of technical collection: as the subject of a verb of showing ("the footage shows",
#: "the tracker places him", "the handset download lists") they say how it was learned.
EVIDENCE_NOUNS: frozenset[str] = frozenset(
    {
        "video",
        "footage",
        "scene",
        "imagery",
        "recording",
        "log",
        "history",
        "dump",
        "download",
        # a copy taken off a device or an account: "the overnight pull of his handset"
        "pull",
        "backup",
        "product",
        "transcript",
        "readout",
        "tracker",
        "beacon",
        "feed",
        "data",
        "datum",
        "content",
        "contents",
        "extraction",
        "exploitation",
        "examination",
        "review",
        "intercept",
        "take",
        "material",
        "coverage",
        "bug",
        "tap",
        "wiretap",
        "gallery",
        "surveillance",
        "camera",
        "sensor",
        "detection",
        "comparison",
        "radar",
        "sonar",
        "cctv",
        # "tracking of his car places him", "pings from his phone", "a voicemail gives"
        "tracking",
        "ping",
        "voicemail",
        "screenshot",
        "screengrab",
        "observation",
        "monitoring",
        "interception",
    }
)

#: Verbs by which collected material shows, places or follows someone.
SHOWING_VERBS: frozenset[str] = frozenset(
    {
        "show",
        "reveal",
        "indicate",
        "suggest",
        "confirm",
        "place",
        "put",
        "depict",
        "capture",
        "record",
        "follow",
        "track",
        "list",
        "establish",
        "locate",
        "link",
        "tie",
        "catch",
        "log",
        "register",
        "surface",
        "yield",
        "produce",
        "contain",
        "include",
        "name",
        "give",
        "connect",
        "ping",
        "hit",
        "post",
        "send",
        "receive",
        "upload",
        "see",
        "observe",
        "spot",
        "film",
        "hear",
        "detect",
        "match",
        # "the review identified the driver", "the bug picked up Vesna"
        "identify",
        "pick",
        "mention",
        "refer",
    }
)

#: Verbs of keeping material on a device: "stored on the device", "saved to his laptop".
STORAGE_VERBS: frozenset[str] = frozenset(
    {"store", "save", "find", "carve", "hold", "keep", "delete", "sync", "back"}
)

#: Heads of phrases that attribute ("according to his reply", "per the take from the line").
ATTRIBUTION_WORDS: frozenset[str] = frozenset({"accord", "per", "via"})

#: Modifiers that single out one more of a target's devices ("a second handset", "his burner
#: phone"): knowing of it reveals coverage of the target's phones.
EXTRA_DEVICE_MODIFIERS: frozenset[str] = frozenset(
    {"second", "third", "spare", "another", "other", "burner", "backup", "secret", "clean"}
)
#: Devices and identifiers that such a modifier makes a selector.
SELECTOR_DEVICES: frozenset[str] = frozenset(
    {"phone", "handset", "mobile", "sim", "account", "number", "laptop", "email", "address"}
)

#: A target's own devices: as the subject of a verb of showing they are covered, whoever owns
#: them ("his handset connected to a mast near the stadium").
COVERED_DEVICES: frozenset[str] = frozenset(
    {
        "phone",
        "handset",
        "mobile",
        "sim",
        "laptop",
        "computer",
        "account",
        "inbox",
        "device",
        # a travel smartcard logs every journey it pays for: "his smartcard shows four trips"
        "smartcard",
        "travelcard",
    }
)
#: Verbs of sending a message or calling: with a named recipient, the message was read.
MESSAGING_VERBS: frozenset[str] = frozenset(
    {"text", "message", "email", "e-mail", "phone", "call", "dm", "whatsapp", "ring"}
)

#: Kin and ties: "the cousin of one of the gunmen" describes how a source knows.
TIES: frozenset[str] = frozenset(
    {
        "cousin",
        "brother",
        "sister",
        "uncle",
        "aunt",
        "nephew",
        "niece",
        "wife",
        "husband",
        "son",
        "daughter",
        "friend",
        "neighbour",
        "neighbor",
        "colleague",
        "employee",
        "acquaintance",
        "relative",
        "in-law",
        "girlfriend",
        "boyfriend",
        "classmate",
        "landlord",
        "flatmate",
        "roommate",
        "housemate",
        "cellmate",
        "cell-mate",
        "bunkmate",
        "lodger",
        "father",
        "mother",
        "fiance",
        "fiancee",
        "employer",
        "boss",
    }
)

#: Ties of those who live where someone else lives: the place then points at them too.
CO_RESIDENT_TIES: frozenset[str] = frozenset(
    {"flatmate", "roommate", "housemate", "cellmate", "cell-mate", "bunkmate", "lodger"}
)
#: Where people live or are held, which a number or a code names ("Cell B3-22", "flat 4").
QUARTERS_NOUNS: frozenset[str] = frozenset(
    {"cell", "flat", "room", "apartment", "bunk", "dormitory", "dorm"}
)

#: Verbs by which whoever reported asks for something in return ("asked for a move").
ASKING_VERBS: frozenset[str] = frozenset({"ask", "want", "seek", "request", "demand", "expect"})
#: What a source asks for in return for telling: a reward, a move, protection, papers.
RETURN_NOUNS: frozenset[str] = frozenset(
    {
        "reward",
        "payment",
        "money",
        "cash",
        "move",
        "transfer",
        "relocation",
        "protection",
        "help",
        "assistance",
        "asylum",
        "visa",
        "residency",
        "anonymity",
        "favour",
        "favor",
        "leniency",
        "immunity",
        # what an elder or a detainee asks of the unit: "asked for the repair of the school roof"
        "repair",
        "release",
        "pardon",
        "amnesty",
        "clemency",
        "compensation",
    }
)
#: Fear of being known as the teller: "worried about being labelled a grass".
FEAR_ADJECTIVES: frozenset[str] = frozenset(
    {"afraid", "worried", "concerned", "frightened", "scared", "fearful", "anxious", "terrified"}
)
FEAR_VERBS: frozenset[str] = frozenset({"fear", "worry", "dread"})
#: Verbs of paying that need no sum to say that whoever reported was paid.
PAYING_VERBS: frozenset[str] = frozenset({"pay", "reimburse", "remunerate", "compensate", "reward"})
#: What a source is given "as": "as a reward", "as a gratuity", "as a goodwill gesture".
REWARD_NOUNS: frozenset[str] = frozenset(
    {"reward", "gratuity", "thank-you", "gesture", "incentive", "payment", "inducement", "token"}
)
#: Verbs of a relationship with our side: "has engaged with the company on nine occasions".
ENGAGING_VERBS: frozenset[str] = frozenset({"engage", "liaise", "cooperate", "meet", "talk"})
#: What a source keeps safe, owned by the source's pronoun: "Protect his identity".
SOURCE_OWNED: frozenset[str] = frozenset({"identity", "anonymity", "cover", "placement"})
#: What drives a source to tell, said with no threat: "He bears a grudge against the consignee".
MOTIVE_NOUNS: frozenset[str] = frozenset(
    {"grudge", "grievance", "revenge", "vengeance", "resentment", "vendetta", "feud"}
)
#: Verbs of being driven to tell: "He is motivated partly by the loss of his son".
MOTIVATING_VERBS: frozenset[str] = frozenset({"motivate", "drive", "prompt"})
#: Verbs by which a report says where it comes from: "This comes from one of our people".
ORIGIN_VERBS: frozenset[str] = frozenset({"come", "stem", "originate", "derive", "emanate"})
#: Verbs by which a judgement names what it rests on ("This judgement rests mainly on ...").
BASIS_VERBS: frozenset[str] = frozenset({"rest", "rely", "draw", "depend"})
#: What an assessment calls its own conclusions.
JUDGEMENT_NOUNS: frozenset[str] = frozenset(
    {"judgement", "judgment", "assessment", "conclusion", "estimate", "confidence"}
)
#: Verbs of being at the meeting where the plan was told ("at which the VP took part").
ATTENDING_VERBS: frozenset[str] = frozenset({"attend", "participate", "join", "sit"})
#: Verbs by which a source left the group it reports on ("deserted in the spring").
LEAVING_VERBS: frozenset[str] = frozenset({"desert", "defect"})
#: What a source's track record is about: "his tips have always checked out".
TRACK_NOUNS: frozenset[str] = frozenset(
    {
        "tip",
        "warning",
        "information",
        "reporting",
        "report",
        "intelligence",
        "lead",
        # "she has raised two earlier concerns", "accurate alerts on two earlier incidents"
        "concern",
        "alert",
        "item",
        "tip-off",
    }
)
#: Modifiers that make such a noun a record of the past: "his earlier warnings".
EARLIER: frozenset[str] = frozenset({"earlier", "previous", "past", "prior", "former"})

#: Records kept by banks, carriers, networks and border posts: read by us, they are a method
#: when a word says whose records they are ("bank records", "API/PNR records", "call data").
RECORD_NOUNS: frozenset[str] = frozenset(
    {
        "record",
        "statement",
        "ledger",
        "data",
        "datum",
        "log",
        "history",
        "transaction",
        "report",
        "read",
        "hit",
        "detail",
        "information",
        # its short form: "Subscriber info returned on the order ties the handle to him"
        "info",
        "intelligence",
        "check",
        "lookup",
        "query",
        "reader",
    }
)
#: Whose records they are: a bank's, a carrier's, a network's, a border post's.
RECORD_MODIFIERS: frozenset[str] = frozenset(
    {
        "bank",
        "banking",
        "financial",
        "passenger",
        "booking",
        "reservation",
        "pnr",
        "api",
        "cdr",
        "billing",
        "subscriber",
        "transaction",
        "card",
        "payment",
        "border-crossing",
        "crossing",
        "travel",
        "smartcard",
        "travelcard",
        "ticketing",
        "journey",
        "fare",
        "toll",
        "anpr",
        "number-plate",
        "licence-plate",
        "license-plate",
        "plate",
        "suspicious",
        "call",
    }
)
#: Legal instruments by which records are obtained or a covert entry or intercept is allowed.
INSTRUMENT_NOUNS: frozenset[str] = frozenset(
    {"order", "warrant", "authorisation", "authorization", "subpoena"}
)
INSTRUMENT_MODIFIERS: frozenset[str] = frozenset(
    {
        "production",
        "disclosure",
        "interception",
        "intercept",
        "interference",
        "property",
        "surveillance",
        "tracking",
        "monitoring",
        "equipment",
        "li",
    }
)
#: Verbs by which a phone or a device sets off a charge: it is then the attack's instrument.
DETONATION_VERBS: frozenset[str] = frozenset(
    {"trigger", "detonate", "initiate", "activate", "explode", "set", "fire", "wire", "arm"}
)
#: Verbs by which plotters put a thing out of use before or during an attack ("cut the fibre
#: cable", "disable the cameras", "jam the radios"): what they sabotage is a target, even when
#: it is a camera or a link that would elsewhere be our collection.
SABOTAGE_VERBS: frozenset[str] = frozenset(
    {"cut", "sever", "disable", "jam", "sabotage", "destroy", "damage", "blind", "disrupt"}
)
#: People of ours named by their sensor or post ("the sensor operator", "the camera crew").
PERCEIVER_NOUNS: frozenset[str] = frozenset(
    {
        "operator",
        "crew",
        "aircrew",
        "pilot",
        "analyst",
        "observer",
        "technician",
        "monitor",
        "investigator",
    }
)
#: The posts of the reporting side's own people, by which a name is one of ours ("Analyst
#: Lena Corvin assesses that ...", "Handler Tom Reyes said ..."), never a plotter's.
STAFF_ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "analyst",
        "handler",
        "collector",
        "debriefer",
        "interviewer",
        "interrogator",
        "investigator",
        "detective",
        "officer",
    }
)
PERCEIVER_MODIFIERS: frozenset[str] = frozenset(
    {
        "sensor",
        "camera",
        "imagery",
        "surveillance",
        "intercept",
        "monitoring",
        "isr",
        "uav",
        "fmv",
        "financial",
        "forensic",
        "technical",
    }
)
#: Papers and objects that a search finds: "a notebook found under the workbench".
FOUND_MATERIAL_NOUNS: frozenset[str] = frozenset(
    {
        "notebook",
        "document",
        "map",
        "list",
        "note",
        "paper",
        "receipt",
        "letter",
        "diary",
        "ledger",
        "sketch",
        "drawing",
        "manual",
        "file",
        "photo",
        "photograph",
        "card",
        "plan",
        "passport",
        # schedules and lists of people a search turns up
        "timetable",
        "schedule",
        "rota",
        "itinerary",
        "roster",
        "printout",
    }
)
#: The border's checks of travellers: "passport control", "customs examination".
BORDER_CHECKS: frozenset[str] = frozenset(
    {"control", "check", "examination", "inspection", "screening", "search"}
)
BORDER_MODIFIERS: frozenset[str] = frozenset(
    {"passport", "border", "immigration", "customs", "secondary", "port", "frontier"}
)
#: What a traveller goes under: "under the name Jonna Pikk", "using the identity of ...".
ALIAS_NOUNS: frozenset[str] = frozenset({"name", "alias", "identity", "passport"})
#: Journeys that a carrier's or a border post's record holds.
TRAVEL_VERBS: frozenset[str] = frozenset(
    {
        "travel",
        "fly",
        "cross",
        "enter",
        "arrive",
        "land",
        "depart",
        "leave",
        "return",
        "board",
        "book",
        "check",
        "register",
        "sail",
        "drive",
    }
)
#: What a booking or a purchase is paid with, in the records of whoever issued it.
PAYMENT_CARDS: frozenset[str] = frozenset(
    {"card", "creditcard", "debitcard", "card-payment", "account", "voucher", "wallet"}
)
#: Verbs of finding or taking material in a place, in a search.
FINDING_VERBS: frozenset[str] = frozenset({"find", "discover", "locate", "seize", "uncover"})
#: Locks and alarms, and what a covert entry does to them ("lock defeated", "re-secured the
#: padlock").
LOCK_NOUNS: frozenset[str] = frozenset({"lock", "padlock", "alarm", "seal", "shutter"})
ENTRY_VERBS: frozenset[str] = frozenset(
    {"defeat", "pick", "bypass", "secure", "re-secure", "resecure", "relock", "reset", "open"}
)
#: Modifiers that make an "entry" a covert entry of ours ("a second entry is planned").
ENTRY_MODIFIERS: frozenset[str] = frozenset(
    {"covert", "surreptitious", "second", "further", "repeat", "follow-up", "next", "another"}
)

#: Analytic techniques and tools named by what they read ("blockchain tracing", "passive
#: DNS", "certificate pivoting", "voice print", "traffic analysis", "capture tool"): the noun
#: alone is anyone's work, the word before it says it is a collection technique.
TECHNIQUE_NOUNS: frozenset[str] = frozenset(
    {
        "analysis",
        "analytics",
        "tracing",
        "trace",
        "pivoting",
        "pivot",
        "clustering",
        "print",
        "comparison",
        "identification",
        "dns",
        "resolution",
        "tool",
        "software",
        "finding",
        "fix",
        "bearing",
        # "equipment interference", "a screen capture", "a CCTV trawl", "static observation",
        # "an online covert engagement", "the intrusive deployment"
        "interference",
        "capture",
        "grab",
        "trawl",
        "review",
        "observation",
        "engagement",
        "deployment",
    }
)
TECHNIQUE_MODIFIERS: frozenset[str] = frozenset(
    {
        "blockchain",
        "chain",
        "on-chain",
        "wallet",
        "certificate",
        "passive",
        "voice",
        "speaker",
        "traffic",
        "link",
        "netflow",
        "whois",
        "dns",
        "capture",
        "scraping",
        "direction",
        "df",
        "cross",
        "equipment",
        "property",
        "screen",
        "cctv",
        "anpr",
        "static",
        "covert",
        "intrusive",
        "geospatial",
    }
)
#: Names for our online undercover identity ("the persona", "a backstopped legend").
PERSONA_NOUNS: frozenset[str] = frozenset({"persona", "sockpuppet", "sock-puppet"})

#: Banks, exchanges, carriers and platforms: when one flags or alerts on someone's dealings,
#: its monitoring is how we learned of them ("the bank flagged the transfers").
INSTITUTION_NOUNS: frozenset[str] = frozenset(
    {
        "bank",
        "lender",
        "exchange",
        "insurer",
        "casino",
        "remitter",
        "airline",
        "carrier",
        "society",
        "platform",
        "provider",
        "processor",
    }
)
FLAGGING_VERBS: frozenset[str] = frozenset({"flag", "alert", "notify", "tip"})
