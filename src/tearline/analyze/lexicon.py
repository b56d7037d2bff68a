"""The vocabulary of sources and methods, by lemma, and of the actionable threat.

Recognizers match these over spaCy's lemmas and parse rather than over strings from any one
report, so the same rules hold on reports they have never seen. Words that are ambiguous in
plain English (a "call", a "message", a "service") count only with a collection modifier.
"""

from __future__ import annotations

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
        "mole",
        "handler",
        "collector",
        "interrogator",
        "interviewer",
        "tipster",
        "whistleblower",
    }
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
        "polygraph",
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
        "search",
        "raid",
    }
)

#: Words that are a method only next to a collection word ("intercepted call", "call logs").
COMMS_NOUNS: frozenset[str] = frozenset(
    {
        "call",
        "message",
        "chat",
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
        "feed",
        "channel",
        "line",
        "wire",
        "material",
        "product",
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
        "embassy",
        "diplomatic",
        "consular",
    }
)

#: Services and partners that shared reporting: a method when they are foreign or liaison.
SERVICE_NOUNS: frozenset[str] = frozenset(
    {"service", "agency", "partner", "liaison", "counterpart"}
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
    }
)

#: Verbs by which our side comes to hold information ("we received this", "our team picked it
#: up", "information gathered in Lisk"): collection when what is acquired is information.
INFORMATION_VERBS: frozenset[str] = frozenset(
    {"receive", "pick", "gather", "glean", "get", "obtain", "acquire", "collect", "source"}
)
#: Verbs of information reaching us ("the material came in on 28 March").
ARRIVAL_VERBS: frozenset[str] = frozenset({"come", "arrive", "reach"})
#: What such a verb acquires when it is a report, not a weapon or a vehicle.
INFORMATION_NOUNS: frozenset[str] = frozenset(
    {
        "information",
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
    {"custody", "resettlement", "allowance", "stipend", "remuneration", "polygraph"}
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
    }
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
    }
)
