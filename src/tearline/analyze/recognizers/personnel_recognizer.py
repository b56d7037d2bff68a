"""Find the reporting side's people: officers, analysts, points of contact, signatures.

Names are reported as identifiers, so a case officer named in a header also disappears from
the body and from a signature that gives the first name only.
"""

from __future__ import annotations

import re
from typing import ClassVar

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from tearline.analyze import lexicon as lx
from tearline.analyze.following import own_callsign_mentions
from tearline.analyze.recognizers.collection_line_recognizer import LIST_RUN_ON, WRAPPED_LINES
from tearline.analyze.spans import result
from tearline.categories import Category, identifier_entity, parse_entity

_ROLE = (
    r"(?i:(?:(?:case|reports?|handling|desk|duty|targeting"
    r"|examining|reporting|liaison|interviewing|debriefing|collection|intelligence"
    # the officers of a prison or a security department who take in a source's reporting
    r"|custody|prison|wing|landing|source|contact|(?:duty[ \t])?watch)[ \t]officer"
    r"|co-?handler|handler|collection[ \t]manager|(?:reporting[ \t])?analyst|collector"
    r"|point[ \t]of[ \t]contact|poc|interrogator|interviewer|debriefer|examiner"
    # who asked us the question an RFI answers: "(requester: Capt. Nils Arvid, FP Cell)"
    r"|requester|requestor|requesting[ \t]officer"
    r"|note-?taker|interpreter|terp|translator|linguist|transcriber|reporting[ \t]soldier"
    # who spoke with a walk-in, a refugee or villagers on our side
    r"|case[ \t-]?worker|(?:patrol|platoon|section|troop)[ \t]commander"
    r"|(?:custody|desk|duty)[ \t]sergeant|security[ \t]manager|(?:reporting|recording)[ \t]person"
    # who heads or stands in for one of our units: "Deputy Head of Section", "duty inspector"
    r"|officer[ \t]in[ \t](?:the[ \t])?(?:case|charge)|(?-i:OIC)"
    # who signs the product off: "Approving official: Lt. Dana Ruiz", "Releasing officer"
    r"|(?:approving|releasing|reviewing|authori[sz]ing|clearing)[ \t](?:official|officer|authority)"
    # the writer and the approver of a partner's form in its own language
    r"|r[ée]dacteur|r[ée]dig[ée][ \t]par|redactor|redactado[ \t]por|verfasser|sachbearbeiter"
    r"|redattore"
    r"|(?:deputy[ \t])?head[ \t]of[ \t](?:the[ \t])?(?:section|station|desk|unit|branch|office"
    r"|bureau|team|mission)|(?:duty|on-call)[ \t](?:inspector|analyst|manager)"
    # an aid agency's contact person for security: "Area Security Focal Point: Lena Marsh"
    r"|(?:security[ \t])?focal[ \t]point)s?(?![A-Za-z])"
    # who handled, met or questioned the source, or wrote and cleared the report
    r"|(?:prepared|drafted|released|approved|reviewed|authored|debriefed|interviewed|recorded"
    r"|questioned|transcribed|translated|compiled|written|submitted|filed|logged"
    # who checked the draft: "checked by team lead Ada Marr", "countersigned by"
    r"|checked|verified|countersigned)[ \t]by"
    r"|originator)"
)
#: Police ranks: a name after one of them is an officer of the reporting side.
_POLICE_RANK = (
    r"(?:DI|DC|DS|DCI|DSI|DSU|DCS|PC|PS|D/Insp|D/Sgt|D/Supt|Det|Insp|Supt)\.?"
    r"|(?:Detective|Police)(?:[ \t](?:Constable|Sergeant|Inspector|Superintendent))?"
    r"|Inspector|Superintendent|Constable|PCSO"
    r"|(?:Special|Supervisory[ \t]Special)[ \t]Agent|Agent|SA|SSA"
)
#: Military ranks: a name after one of them is ours only where a role or header says so.
_RANK = (
    r"(?:(?:Staff|First|Master|Gunnery)[ \t])?(?:Sergeant|Sgt)|SSgt|Cpl|Corporal|LCpl"
    r"|Capt(?:ain)?|Maj(?:or)?|Lt|Lieutenant|Col(?:onel)?|WO[12]?|Warrant[ \t]Officer"
    r"|Specialist|Spc|LCpl|Pte"
)
#: The words of a name stand one blank apart: a wider gap ends it, as between the columns
#: of a header line ("Case Worker Ilse Maren    Linguist: Farid Osei").
_GIVEN_NAMES = r"[A-Z][A-Za-z'-]+(?:[ \t](?:[A-Z]\.[ \t]?)?[A-Z][A-Za-z'-]+){0,2}"
#: A signer's name, also with initials only: "H. Morrow", "R. Voss".
_SIGNER = rf"(?:(?:[A-Z]\.[ \t]?){{1,2}}[A-Z][A-Za-z'-]+|{_GIVEN_NAMES})"
_TITLE = rf"(?:Mr|Ms|Mrs|Dr|MR|MS|DR|{_RANK}|{_POLICE_RANK})\.?"
_NAME = (
    # a title, and a collar or service number after it ("PC 2291 Jess Okoro")
    rf"(?:{_TITLE}[ \t]+(?:\d{{2,6}}[ \t]+)?)?"
    r"(?:[A-Z]\.[ \t]?){0,2}[A-Z][A-Za-z'-]+(?:[ \t](?:[A-Z]\.[ \t]?)?[A-Z][A-Za-z'-]+){0,2}"
)
#: A staff post named by its cell, as a watch log or a header row gives it: "Chief JOC",
#: "G2 Ops", "Watch Keeper", "Team Leader", and a log's duty officer "DO" in capitals.
_STAFF_POST = (
    r"(?<![A-Za-z0-9/])(?:(?-i:Chief[ \t]+[A-Z][A-Z0-9]{1,6})|(?-i:(?:night[ \t]+|day[ \t]+)?S?DO)"
    # a unit's officer commanding, second in command and operations officer
    r"|(?-i:OC|2IC|2i/c|XO|OpsO)|(?i:ops[ \t]+off(?:ice)?r)"
    r"|(?i:[GSJN][1-9](?:[ \t]+(?:ops|plans|int|intel|analyst|cell))?|watch[ \t]?keeper"
    r"|(?:team|patrol|hub|shift|section|cell)[ \t]+(?:leader|lead|chief)"
    # the watch a log hands over to, by the part of the day it keeps: "day watch"
    r"|(?:day|night|morning|afternoon|evening|early|late)[ \t]+watch))(?![A-Za-z0-9])"
)
#: Labels that name a person only as a header ("From: ..."), never inline ("from Mill Street").
_HEADER_ROLE = (
    rf"(?:{_ROLE}|(?i:from|fr|cc|signed|author|sender|team[ \t]leader|contacts?|investigators?"
    r"|supervisors?|reviewers?|approvers?|editors?"
    r"|(?:handled|met|run)[ \t]by|officers?|agents?|(?:drafted|prepared|compiled|written"
    # who let the report go: "Cleared: Ms. T. Achterberg, Chief JOC", "Approved:"
    r"|cleared|approved|reviewed|authori[sz]ed|endorsed|signed[ \t]off|sign-?off|signature)"
    r"(?:[ \t]for[ \t](?:release|dissemination|issue))?"
    # "Report by: Lt Brandt": who wrote the report, on a header line
    r"|by"
    r"|present|attendees|attending|in[ \t]attendance"
    # a duty roster's lines: "Intelligence desk ....", "Out of hours ....", "On call:"
    r"|(?:[A-Za-z-]+[ \t]+)?desk|out[ \t]of[ \t]hours|on[ \t-]call))"
)
#: A label of what one of ours adds, whose value is prose, not a list of our names.
_REMARK = re.compile(r"(?i:assessment|comments?|notes?|remarks?|view)[ \t]*$")
#: A desk or section of ours after a signer's name: "R. Voss, Regional Desk".
_DESK = r"(?:[A-Z][A-Za-z-]+[ \t]+){0,3}(?i:desk|section|unit|branch|department|bureau)\b"
_CLOSING = re.compile(
    r"^[ \t]*(?:(?:best|kind|warm)?[ \t]*regards|respectfully|very[ \t]respectfully|v/r"
    r"|sincerely|thanks|thank[ \t]you|cheers|best|//signed//|signed|--|—"
    r"|yours[ \t](?:faithfully|sincerely|truly)"
    # a translated letter's formula: "With respect,", "With deep respect,"
    r"|with[ \t](?:(?:deep|high|great|all)[ \t])?respect"
    # who signs for a head of service: "For the Director General", "For and on behalf of the
    # Head of Mission"
    r"|(?:for|p\.?p\.?|on[ \t]+behalf[ \t]+of)(?:[ \t]+and[ \t]+on[ \t]+behalf[ \t]+of)?"
    r"[ \t]+the[ \t]+(?:(?:deputy|acting|assistant)[ \t]+)?(?:director|head|chief|commander"
    r"|commissioner|secretary|ambassador"
    # ... or for the office itself: "For the Department:", "On behalf of the Directorate,"
    r"|department|directorate|service|bureau|division|agency|command)(?:[ \t]+[A-Za-z]+){0,3}"
    r"[ \t]*:?"
    # a continental letter's formula: "Please accept ... the assurance of our highest
    # consideration."
    r"|[^\n]*\b(?:assurance|expression)[ \t]of[ \t](?:our|my)[ \t](?:highest|high"
    r"|(?:most[ \t])?distinguished)[ \t]consideration\.?)[ \t]*,?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


#: Words of units and offices: "Team 3", "Section D4" name no person.
UNIT_WORDS: frozenset[str] = frozenset(
    {
        "team",
        "unit",
        "section",
        "desk",
        "group",
        "office",
        "branch",
        "division",
        "cell",
        "squad",
        "patrol",
        "station",
        "base",
        "bureau",
        "department",
        "staff",
        "command",
        "sqn",
        "consulate",
        "embassy",
        "police",
        "constabulary",
        "ministry",
        "investigations",
        "brigade",
        "regiment",
        "battalion",
        "company",
        "directorate",
        "agency",
        "service",
        "headquarters",
        "security",
        "general",
        "counter",
        "terrorism",
        # an organization signs a header line too: "Director of Security, Grand Meridian Hotel"
        "hotel",
        # a division of a force named for its area: "Response Team C, Harrowdean North", whose
        # town is often the place of the threat too
        "north",
        "south",
        "east",
        "west",
        "central",
        "airport",
        "hospital",
        "university",
        "academy",
        "council",
        "plc",
        "ltd",
        # a cable's addressees are posts and departments: "FROM: AMEMBASSY VELDRA"
        "amembassy",
        "amconsul",
        "usmission",
        "secstate",
    }
)


class PersonnelRecognizer(EntityRecognizer):
    """Role-labelled names, extensions and signature blocks of the reporting side (PERSONNEL)."""

    NAME = "PersonnelRecognizer"
    WHY = "names or reaches an officer or analyst of the reporting side"

    #: "Custody Officer 2 Neil Ashdown", "Interviewer: Case Worker Ilse Maren": a grade, a
    #: second role or an opening quote may stand between the role and the name.
    ROLE_NAME = re.compile(
        rf"\b{_ROLE}[ \t]*[:,\-]?[ \t]*(?:(?:{_ROLE}|{_STAFF_POST})[ \t]+)?(?:\d{{1,2}}[ \t]+)?"
        # a nickname in quotes before the surname: 'checked by team lead "Mags" Oyelaran'
        rf"(?:[\"\u201c](?P<nick>[A-Z][a-z]{{1,12}})[\"\u201d][ \t]+(?=[A-Z]))?"
        # an interpreter known by a work name in quotes: 'Interpreter: "Sami"'
        rf"[\"\u201c]?(?P<name>{_NAME})"
    )
    #: Where a name starts in the value of a header line: its start, after a comma, "and" or
    #: "with", inside a bracket, or after the gap (and label) of a further column.
    VALUE_NAME = re.compile(
        # (or a list's next line, or a titled name after the label of its next party: "for
        # the Security Office (NSO): Col. D. Rusev")
        # (or a name set off in a column after its party's label: "Our side:  Nils Arden")
        rf"(?:^|[,;&()/\n]|:(?=[ \t]*{_TITLE}[ \t])|:(?=[ \t]{{2,}})|\band\b|\bwith\b"
        rf"|[ \t]{{3,}}(?:(?:[A-Za-z-]{{2,20}}[ \t]+){{0,2}}(?:{_HEADER_ROLE}|{_STAFF_POST})"
        r"[ \t]*:)?)[ \t]*"
        # "Interviewer: Case Worker Ilse Maren": the second role is no name
        # a list's bullet: "- Col. Ivo Marsh (TSD)"
        r"(?:[-*\u2022][ \t]+)?"
        rf"(?:{_ROLE}[ \t]+)?(?P<name>{_NAME})"
    )
    ACRONYM = re.compile(r"[A-Z]{2,4}")
    #: A post named by its role, with a word or two before it: "Monitoring Officer".
    POST = re.compile(rf"(?:[A-Za-z-]+[ \t]+){{0,2}}(?:{_ROLE}|{_HEADER_ROLE}|{_STAFF_POST})")
    #: "G2 Ops (Maj. Ljubic)", "night DO (Sgt. Pavlik)": a post of ours, and who holds it,
    #: by a title or by initials ("day watch (T. Brightwell)").
    POST_NAME = re.compile(
        rf"(?:{_ROLE}|{_STAFF_POST})[ \t]*\([ \t]*"
        rf"(?P<name>{_TITLE}[ \t]+{_SIGNER}|(?:[A-Z]\.[ \t]?){{1,2}}[A-Z][A-Za-z'-]+)[ \t]*\)"
    )
    #: "OC: Maj T. Brennan   2IC: Capt L. Osei": a line that opens with a post of ours and
    #: the titled name that holds it is a roster line, and goes whole.
    #: A dash may stand for the colon, and a cell before the post: "G2 watchkeeper - Capt R.
    #: Ames, x3304" under a summary.
    POST_LINE = re.compile(
        rf"^[ \t]*(?:[A-Z][A-Za-z0-9]{{1,5}}[ \t]+)?{_STAFF_POST}[ \t]*(?::|[ \t][-\u2013\u2014])"
        rf"[ \t]*{_TITLE}[ \t]+{_SIGNER}[^\n]*",
        re.MULTILINE,
    )
    #: "Chief JOC: Col. B. Sarafov": a post as a label, and a titled name as its value.
    POST_LABEL_NAME = re.compile(rf"{_STAFF_POST}[ \t]*:[ \t]*(?P<name>{_TITLE}[ \t]+{_SIGNER})")
    #: "Handler: L. Drescher" on a line of its own: the whole line goes.
    ROLE_LINE = re.compile(
        # at the start of a line (also one quoted in a forwarded e-mail: "> From: ..."), of a
        # sentence after another on the same line, or of a column of a header line ("FIU
        # case: X    Referring analyst: P. Ndiaye")
        r"(?:^(?:[ \t]*>)*|(?<=[.;][ \t])|(?<=[.;][ \t]{2})|(?<=\S[ \t]{3}))[ \t]*"
        r"(?:\d{1,3}(?:[.)][ \t]+|[ \t]{2,}))?"
        r"(?:\([A-Z/ ,]{1,40}\)[ \t]*)?"
        # a line set in square brackets, which ends at its close: "[Author: Ben Achterberg,
        # x5521]" ("[Analyst comment: ...] Front members have flown ..." goes on to the plot)
        r"(?P<bracket>\[)?"
        # one qualifying word may come first: "Informant handler:", "Second officer:"
        rf"(?:[A-Za-z-]{{2,20}}[ \t]+){{0,2}}{_HEADER_ROLE}"
        # what one of ours adds: "Patrol commander assessment:", "Interpreter note:"; when
        # the post is held: "Ops officer on duty:", "Officer i/c:"
        r"(?:[ \t]+(?i:assessment|comments?|notes?|remarks?|view|on[ \t]+duty|on[ \t]+call"
        r"|i/c|in[ \t]+charge))?[ \t]*(?::|\.{3,})(?(bracket)[^\]\n]*\]?|[^\n]*)"
        # a value carried on to indented lines: "Attending: for us, ...\n     for them, ...",
        # and a list of names that ends its line in a comma or a semicolon: "Present: H. Moss,
        # J. Abbot;\nCol. Ivo Marsh, Northern Bureau"
        rf"(?:\n[ \t]{{4,}}(?![^\n]*:)[^\n]*\S|{LIST_RUN_ON})*",
        re.MULTILINE,
    )
    #: "Present:" or "ATTENDEES" alone on its line, over the names of those who met, one a
    #: line (with a bullet or not), down to the next blank line.
    ATTENDANCE_BLOCK = re.compile(
        r"^[ \t]*(?i:present|attendees|attending|in[ \t]attendance|participants)[ \t]*:?[ \t]*\n"
        r"(?P<list>(?:[ \t]*\S[^\n]*(?:\n|\Z))*[ \t]*\S[^\n]*)",
        re.MULTILINE,
    )
    #: A mail client's "Surname, Given" as a header's value, before an address or a bracketed
    #: desk: "Nandi, Priya (CT Liaison) <p.nandi@...>" ("From: Dover, Kent" is a place).
    INVERTED_NAME = re.compile(
        r"[ \t]*(?P<name>[A-Z][A-Za-z'-]+,[ \t]*[A-Z][a-z'-]+)(?=[ \t]*[(<])"
    )
    #: "/s/ J. Okoro", "//signed// R. Halloran": a signature on one line.
    SIGNED_LINE = re.compile(
        rf"^[ \t]*(?:/s/|//signed//|(?i:signed)[ \t]*[:,]?)[ \t]*(?P<name>{_NAME})[^\n]*",
        re.MULTILINE,
    )
    #: "- K. Lindqvist, CT Analysis, x4471": a name after a dash as the report's last line,
    #: alone or before its post.
    DASHED_SIGNATURE = re.compile(
        r"^[ \t]*[-\u2013\u2014]{1,2}[ \t]*"
        r"(?P<name>(?:[A-Z]\.[ \t]?){1,2}[A-Z][A-Za-z'-]+)(?=[ \t]*(?:,|$))[^\n]*\s*\Z",
        re.MULTILINE,
    )
    #: "PK/jm", "MR/tl 14 MAY 26": the initials of who wrote and who typed a letter, in
    #: capitals and in small letters, on a line of their own (with a date or not).
    REFERENCE_INITIALS = re.compile(
        r"^[ \t]*[A-Z]{2,4}/[a-z]{2,4}(?:[ \t]+\d[\dA-Za-z ./-]{0,16})?[ \t]*$", re.MULTILINE
    )
    #: A harm done to the officer named next: "will shoot DI Carla Moss", "to kidnap DS Pell".
    HARMED = re.compile(
        r"\b(?i:shot|(?:"
        + "|".join(sorted(lx.THREAT_WORDS, key=len, reverse=True))
        + r")(?:s|es|d|ed|ing|ped|ping|ted|ting|ned|ning)?)[ \t]+\Z"
    )
    #: "ext. 4471", also wrapped between the word and the number ("ext\n3318").
    EXTENSION = re.compile(r"\b(?i:ext|extension|x)\.?[ \t]*(?:\r?\n[ \t]*)?\d{3,6}\b")
    #: A line that signs with initials and, in brackets, the desk and extension of the
    #: writer: "HS (Ostria desk, ext 6620)", "JT (CT Desk, x4471)".
    DESK_SIGN_OFF = re.compile(
        r"^[ \t]*(?:[A-Z]\.?[ \t]?){1,3}[ \t]*\([^()\n]{0,40}\b(?i:desk|office|unit|section"
        r"|team|cell|branch|station)\b[^()\n]{0,10}?[,;/][ \t]*(?i:ext|extension|x|tel)\.?[ \t]*"
        r"\d{3,6}[ \t]*\)[ \t]*$",
        re.MULTILINE,
    )
    #: "Tel ext 3390 / secure 7731": the secure line of one of ours, a number that ends its
    #: field ("to secure 2000 rounds" goes on).
    SECURE_LINE = re.compile(
        r"\b(?i:secure|sec|tie[ -]?line|vosip)\.?[ \t]*:?[ \t]*\d{3,6}(?=[ \t]*(?:$|[,;)/|]))",
        re.MULTILINE,
    )
    #: "collar 5521", "warrant no. 4471": the service number of one of ours.
    SERVICE_NUMBER = re.compile(
        r"\b(?i:collar|badge|shoulder|warrant)(?:[ \t]+(?i:no\.?|number))?[ \t]*:?[ \t]*\d{3,6}\b"
    )
    #: "(callsign Oscar-4)": how one of ours is raised on the radio.
    CALLSIGN = re.compile(r"\b(?i:call[ -]?sign)[ \t]*:?[ \t]*[\"'\u201c]?[A-Z][A-Za-z0-9-]*")
    #: "Matrix compiled by T. Quist, Transit Intelligence Cell.": a line that says who made
    #: the report goes whole, or "Matrix." is left over.
    BYLINE = re.compile(
        r"^[ \t]*(?:(?i:this|the)[ \t]+)?(?:[A-Z][A-Za-z-]*[ \t]+)?(?i:report|matrix|summary|note"
        r"|assessment|bulletin|digest|memo|memorandum|product|table|log|update|brief|briefing"
        # "This note was prepared by Sgt Hanna Vik of the Port Intelligence Cell."
        r"|paper|list|analysis)[ \t]+(?:(?i:was|has[ \t]been|is)[ \t]+)?"
        r"(?i:compiled|prepared|drafted|written|produced"
        r"|collated|recorded|authored)[ \t]+by[ \t]+(?:[^\n.]|\.(?=\S)|(?<=\b[A-Z])\.)*\.?",
        re.MULTILINE,
    )
    #: A sentence that tells the reader how to reach one of ours, by an extension or a number:
    #: "Marta will update you; otherwise speak to the duty analyst on extension 3321."
    CONTACT_SENTENCE = re.compile(
        r"(?:^|(?<=[.!?][ \t]))[ \t]*[^\n.!?]*\b(?i:speak|talk|call|ring|contact|reach|e-?mail"
        r"|write|phone|update|get[ \t]in[ \t]touch)\b[^\n.!?]*?"
        r"(?:\b(?i:ext|extension|x)\.?[ \t]*\d{3,6}\b|\+?\(?\d[\d \t()-]{6,18}\d)"
        r"[^\n.!?]*[.!?]?",
        re.MULTILINE,
    )
    #: A sentence that gives one of ours by an in-house extension, whatever it says of them:
    #: "H.O. is available on secure ext. 7734; out of hours via the duty officer", "The
    #: drafting analyst can be reached on extension 5521". An extension is a number inside
    #: our own exchange, so the sentence around it is about reaching us; it may open with the
    #: writer's initials, whose full stops end no sentence. Only a sentence that ends as one:
    #: a label line ("Case officer: J. Doe, ext. 4471") is the header rules'.
    EXTENSION_SENTENCE = re.compile(
        r"(?:^|(?<=[.!?][ \t]))[ \t]*(?:(?:[A-Z]\.){1,3}[ \t]+)?[^\n.!?]*"
        r"\b(?i:ext|extension)\.?[ \t]*\d{3,6}\b[^\n.!?]*[.!?]",
        re.MULTILINE,
    )
    #: A sentence that asks the reader to reach an officer by rank and name: "Contact DS
    #: Quist.", "Please call Sgt. Lunde with any questions." (the name alone would leave
    #: "Contact.").
    CONTACT_REQUEST = re.compile(
        r"(?:^|(?<=[.!?][ \t]))[ \t]*(?i:please[ \t]+)?"
        r"(?i:contact|call|ring|phone|e-?mail|speak[ \t]+to|talk[ \t]+to)[ \t]+"
        rf"(?:(?:{_POLICE_RANK}|{_RANK})\.?[ \t]+[A-Z]"
        # or by initials and surname: "Contact J. Okafor for any follow-up."
        r"|(?:[A-Z]\.[ \t]*){1,2}[A-Z][a-z])"
        r"[^\n.!?]*(?:\.(?=[A-Z])[^\n.!?]*)?[.!?]?",
        re.MULTILINE,
    )
    #: "My deputy, Johanna, ...", "our colleague Lena": one of our people, or a partner's,
    #: named by the writer.
    STAFF_NAME = re.compile(
        r"\b(?i:my|our)[ \t]+(?i:deputy|colleague|assistant|secretary|analyst|counterpart"
        rf"|stand-in)[ \t]*,?[ \t]*(?P<name>{_GIVEN_NAMES})"
    )
    #: A sentence that gives a number to reach one of the writer's people: "My deputy, ...,
    #: will be on duty over the weekend on +49 30 5550 1187."
    STAFF_CONTACT = re.compile(
        r"(?:^|(?<=[.!?][ \t]))[ \t]*[^\n.!?]*\b(?i:my|our)[ \t]+(?i:deputy|colleagues?"
        r"|assistant|secretary|desk|office|team|duty[ \t]officer)\b[^\n.!?]*?"
        r"\+?\(?\d[\d \t()-]{6,18}\d[^\n.!?]*[.!?]?",
        re.MULTILINE,
    )
    #: "Dear Oriel,", "Hi Tom -": the salutation names whoever the report was written to, one
    #: of the two sides that passed it, never the threat.
    SALUTATION = re.compile(
        rf"^[ \t]*(?i:dear|hi|hello|hey)[ \t]+(?:{_TITLE}[ \t]+)?(?P<name>{_SIGNER})"
        r"[ \t]*[,:!\-]?[ \t]*$",
        re.MULTILINE,
    )
    #: Who a salutation greets when it names no one: "Dear Colleagues", "Hi all".
    NOT_ADDRESSEES: ClassVar[frozenset[str]] = frozenset(
        {"all", "colleagues", "colleague", "sir", "sirs", "madam", "team", "partners", "friends"}
        | {"everyone", "both", "there", "folks", "committee", "members"}
    )
    #: "DC Tomas Breck", "Insp. Carla Mbeki": a police rank marks an officer of ours.
    POLICE_NAME = re.compile(
        # a force's head ("Chief Constable Maria Holt") is a public figure, often the target;
        # a rank may stand before another ("Det. Insp. Harrow")
        rf"(?<!Chief[ \t])(?P<name>\b(?:(?:{_POLICE_RANK})[ \t]+)+(?:\d{{2,6}}[ \t]+)?"
        # ... and a head called by a higher office ("Police Commissioner Halvard Brun") too
        r"(?!(?:Commissioner|Chief|Commander|Director|Minister)\b)"
        # "DS M. Quinn": the initials of a given name
        rf"(?:[A-Z]\.[ \t]?){{0,2}}{_GIVEN_NAMES})"
    )
    #: "PC R. Sandhu 4471": an officer's collar number after the name, as a signature gives it.
    COLLAR_AFTER_NAME = re.compile(
        rf"\b(?:{_POLICE_RANK})[ \t]+(?:[A-Z]\.[ \t]?){{0,2}}{_GIVEN_NAMES}[ \t]+"
        r"(?P<collar>\d{3,6})(?![\w/:.-])"
    )
    #: "Dale Okafor (interviewer)": a role in brackets after the name.
    NAME_ROLE = re.compile(rf"(?P<name>{_NAME})[ \t]*\([ \t]*{_ROLE}[ \t]*\)")
    #: The bracket every match of a rule holds ("(Maj. Ljubic)", "(interviewer)"). A search
    #: for it starts at a bracket and is over in a moment; the rule itself tries its list of
    #: roles or names at every position of the text. No bracket, no match: the rule is skipped.
    BRACKETS: ClassVar[dict[str, re.Pattern[str]]] = {
        "post-name": re.compile(
            rf"\([ \t]*(?:{_TITLE}[ \t]+{_SIGNER}|(?:[A-Z]\.[ \t]?){{1,2}}[A-Z][A-Za-z'-]+)[ \t]*\)"
        ),
        "name-role": re.compile(rf"\([ \t]*{_ROLE}[ \t]*\)"),
    }
    #: "POC for this memo is SSgt Okafor": the point of contact named in a sentence.
    #: "5. POC for this memo is ...", "Contact: Sgt. Lunde, ext. 7712": the rest of the line.
    POC_LINE = re.compile(
        # a numbered paragraph or a list's bullet may come first: "* Contact: Sgt. Lunde"
        r"(?:^|(?<=[.;][ \t])|(?<=[.;][ \t]{2}))[ \t]*(?:\d{1,3}(?:[.)][ \t]+|[ \t]{2,})"
        r"|[-*\u2022][ \t]+)?"
        r"(?:\([A-Z/ ,]{1,40}\)[ \t]*)?"
        r"(?:(?i:poc|point[ \t]of[ \t]contact)\b"
        r"|(?i:contacts?|enquiries|queries|questions)(?:[ \t]*:|[ \t]+to\b)"
        # the writer's radio net and callsign: "Radio: Channel 4, callsign SIOC"
        r"|(?i:radio)[ \t]*:[ \t]*(?i:ch(?:annel)?\.?)[ \t]*\d"
        r"|(?i:(?:questions|queries|enquiries|comments)[ \t]+(?:about|on|regarding|concerning)"
        r"[ \t]+this[ \t]+(?:report|product|note|memo))"
        # "For queries please contact ...", "Contact the author, ...": reaching one of ours
        # "In case of questions<newline>please contact Major Vlk": the request may wrap
        r"|(?i:(?:for|in[ \t]+case[ \t]+of|if[ \t]+you[ \t]+have)[ \t]+(?:further[ \t]+|any[ \t]+)?"
        r"(?:information|queries|questions|enquiries|details))"
        r"[ \t]*,?(?:[ \t]+|[ \t]*\n[ \t]*)(?i:please[ \t]+)?(?i:contact|call|e-?mail|ring|write)\b"
        r"|(?i:please[ \t]+)?(?i:contact|call|e-?mail|ring)[ \t]+(?i:the[ \t]+)?"
        r"(?i:author|undersigned|desk|analyst|reporting[ \t]officer|case[ \t]officer|me|us)\b"
        # "Please direct any follow-up to Lt. Voss": where the recipient's questions go
        r"|(?i:please[ \t]+)?(?i:direct|address|send|refer|route|forward)[ \t]+"
        r"(?i:any[ \t]+|all[ \t]+)?(?i:follow-?ups?|questions|queries|enquiries|comments"
        r"|requests|feedback)[ \t]"
        # "Thanks to Claire Dunmore for translation": who helped write it
        r"|(?i:(?:with[ \t]+)?thanks[ \t]+to|we[ \t]+thank|acknowledg(?:e|ing|ements?)"
        r"(?:[ \t]+to)?)[ \t]+[A-Z][^\n]{0,60}?[ \t](?i:for)[ \t]"
        r")[^\n]*",
        re.MULTILINE,
    )
    #: "The SPD contact person for this matter is Colonel Irena Voskova.", "Our liaison
    #: officer on this case will be Major Otto Fenn.": a sentence naming whom the reader deals
    #: with on our side (ours, or a service's by its name, or on this matter), whole. "The
    #: cell's contact person at the port is ..." names a plotter and stays.
    CONTACT_PERSON_SENTENCE = re.compile(
        r"(?:^|(?<=[.!?][ \t]))[ \t]*(?i:the|our|my)[ \t]+(?:[A-Z][A-Za-z-]*[ \t]+){0,3}"
        r"(?i:contact[ \t]+(?:person|officer|point)|point[ \t]+person|liaison[ \t]+(?:officer"
        r"|person)|focal[ \t]+point|responsible[ \t]+officer|officer[ \t]+in[ \t]+charge)"
        r"(?:[ \t]+(?i:for|on|in|regarding|concerning)[ \t]+(?i:this|the|that)[ \t]+"
        r"(?i:matter|case|report|warning|notice|note|request|issue|information|enquiry|inquiry))?"
        r"[ \t]+(?i:is|will[ \t]+be|remains)[ \t]+(?:[^\n.!?]|\.(?=\S)|(?<=\b[A-Z])\."
        r"|(?<=\b[Tt]el)\.|(?<=\b[Ee]xt)\.|(?<=\b[Nn]o)\.)*[.!?]?",
        re.MULTILINE,
    )
    POC_NAME = re.compile(
        r"\b(?i:poc|point[ \t]of[ \t]contact|contact[ \t]officer)\b[^\n.:]{0,40}?"
        rf"\b(?i:is|will[ \t]be)[ \t]+(?P<name>{_NAME})"
    )
    #: A number to reach one of ours: "DSN 318-555-0142", "ring me on 07700 900418".
    CONTACT_NUMBER = re.compile(
        r"(?:\b(?i:dsn|comm|tel|telephone|fax|direct[ \t]line|pager|bleep|radio)\.?[ \t]*:?"
        # "desk: 0113 496 0558", "mobile: 07700 900418" in a signature
        r"|\b(?i:desk|office|mobile|mob|cell|phone)\.?[ \t]*:"
        r"|\b(?i:ring|call|reach|text|phone)[ \t]+(?i:me|us)[ \t]+(?i:on|at))[ \t]*"
        r"\+?\(?\d[\d \t().-]{5,18}\d"
    )
    #: "Owen Tarrant, Maj." or "Tom Reyes, Case Officer" on the last line: a signature.
    CLOSING_NAME = re.compile(
        rf"^[ \t]*(?P<name>{_SIGNER})[ \t]*[,|][ \t]*(?:{_TITLE}|{_ROLE}|{_DESK})[^\n]*\s*\Z",
        re.MULTILINE,
    )
    #: A name alone on its line, the line after giving a role: "Marek Holm / Debriefing Officer".
    NAME_OVER_ROLE = re.compile(
        rf"^[ \t]*(?:{_TITLE}[ \t]+)?(?P<name>{_GIVEN_NAMES})[ \t]*\n"
        rf"[ \t]*(?:[A-Z][A-Za-z-]*[ \t]+)?{_ROLE}",
        re.MULTILINE,
    )
    SIGNATURE_LINE_NAME = re.compile(
        rf"[ \t]*(?:{_TITLE}[ \t]+)?(?P<name>{_GIVEN_NAMES})[ \t]*(?:[|,/]|$)", re.MULTILINE
    )
    #: A signature block stands at the end: at most this many lines after the closing.
    MAX_SIGNATURE_LINES = 8
    NOT_NAMES: ClassVar[frozenset[str]] = frozenset(
        {"The", "This", "That", "Station", "Desk", "Source", "Reporting", "Field", "Our", "We"}
    )
    #: Words of a post, not of a name: "Deputy Head, Halden Section" signs with no name.
    POST_WORDS: ClassVar[frozenset[str]] = frozenset(
        {"deputy", "head", "chief", "director", "acting", "principal", "senior", "assistant"}
    )

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[Category.PERSONNEL.value, identifier_entity(Category.PERSONNEL)],
            name=self.NAME,
            supported_language="en",
        )

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Names (as identifiers), extensions and the signature block."""
        if Category.PERSONNEL.value not in entities:
            return []
        results = []
        for match in self.ROLE_LINE.finditer(text):
            results.append(self._span(match.start(), match.end(), "role-line"))
            label, value = re.split(r":|\.{3,}", match.group(0), maxsplit=1)
            offset = match.end() - len(value)
            if _REMARK.search(label):
                continue  # "ANALYST COMMENT: ANTAL ACCOUNTS TASKED ...": a remark names others
            inverted = self.INVERTED_NAME.match(value)
            if inverted is not None and self._person(inverted.group("name")):
                # "From: Nandi, Priya (CT Liaison)": surname and given name are one person
                results.append(
                    self._name(
                        offset + inverted.start("name"),
                        offset + inverted.end("name"),
                        "role-line-name",
                    )
                )
                continue
            results.extend(self._names_in_value(value, offset))
        for match in self.ATTENDANCE_BLOCK.finditer(text):
            # "Present:" or "ATTENDEES" over a list of names, one a line
            results.append(self._span(match.start(), match.end(), "attendance-block"))
            results.extend(self._names_in_value(match.group("list"), match.start("list")))
        for match in self.ROLE_NAME.finditer(text):
            name = match.group("name")
            if name.split()[0] in self.NOT_NAMES or not self._person(name):
                continue
            if self._made_by_plotter(text, match):
                continue  # "The explosive is TATP, prepared by Halac": who made the weapon
            if self.OFFICE_AFTER.match(text, match.end("name")):
                # "the duty officer Brasshaven police": the capitalized word names the town
                # of an office, no person; taken as a name, every mention of the town would go
                continue
            if (
                name.split()[0].lower() in lx.MONTHS
                and text[max(0, match.start("name") - 3) : match.start("name")]
                .rstrip()[-1:]
                .isdigit()
            ):
                continue  # "J. Whitlow, note-taker, 29 October 2026": the day read as a grade
            if self.PLURAL_ROLE_LIST.search(text, match.start(), match.start("name")) and (
                self.ONLY_AFTER.match(text, match.end("name"))
                or self._harmful(self._rest_of_sentence(text, match.end("name")))
            ):
                # "Site Security Managers, Tallis Ridge only": a place; "Two baggage handlers,
                # Dean Colley and Marek Stasiak, plan to place a device": the plotters
                continue
            results.append(self._name(match.start("name"), match.end("name"), "role-name"))
            if match.group("nick"):
                # the nickname is used alone later ("Mags to clear it"): it goes everywhere too
                results.append(self._name(match.start("nick"), match.end("nick"), "role-nickname"))
            if ":" not in match.group(0) and self._on_header_line(text, match.start("name")):
                # "Shift: night, duty officer Sgt Hannah Morrow": on a header line the role
                # goes with the name, or "duty officer" is left hanging ("Role: name" lines
                # go whole as role lines)
                start = match.start()
                comma = re.search(r",[ \t]*\Z", text[max(0, start - 4) : start])
                if comma is not None:
                    start -= len(comma.group(0))  # "Shift: night," would keep its comma
                results.append(self._span(start, match.end("name"), "role-name-header"))
        for match in self.POST_LINE.finditer(text):
            results.append(self._span(match.start(), match.end(), "post-line"))
        for match in self.EXTENSION.finditer(text):
            results.append(self._span(match.start(), match.end(), "extension"))
        for match in self.DESK_SIGN_OFF.finditer(text):
            # "HS (Ostria desk, ext 6620)": who signs, by initials, and the desk to reach
            start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
            results.append(self._span(start, match.end(), "desk-sign-off"))
        for rule, line_pattern in (
            ("callsign", self.CALLSIGN),
            ("service-number", self.SERVICE_NUMBER),
            ("byline", self.BYLINE),
            ("staff-contact", self.STAFF_CONTACT),
            ("contact-sentence", self.CONTACT_SENTENCE),
            ("extension-sentence", self.EXTENSION_SENTENCE),
            ("contact-request", self.CONTACT_REQUEST),
            ("reference-initials", self.REFERENCE_INITIALS),
            ("secure-line", self.SECURE_LINE),
        ):
            for match in line_pattern.finditer(text):
                if rule in ("contact-sentence", "extension-sentence") and not self._reaches_us(
                    match.group(0)
                ):
                    continue
                start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
                results.append(self._span(start, match.end(), rule))
        # "Echo 2 and Echo 4 mobile behind": our watching team's callsigns, in every mention
        results.extend(self._name(s, e, "own-callsign") for s, e in own_callsign_mentions(text))
        for match in self.COLLAR_AFTER_NAME.finditer(text):
            results.append(self._span(match.start("collar"), match.end("collar"), "collar-number"))
        for match in self.CONTACT_NUMBER.finditer(text):
            results.append(self._span(match.start(), match.end(), "contact-number"))
        for match in self.POC_LINE.finditer(text):
            results.append(self._span(match.start(), match.end(), "contact-line"))
        for match in self.CONTACT_PERSON_SENTENCE.finditer(text):
            results.append(self._span(match.start(), match.end(), "contact-person-sentence"))
        for rule, pattern in (
            ("police-rank-name", self.POLICE_NAME),
            ("name-role", self.NAME_ROLE),
            ("post-name", self.POST_NAME),
            ("post-label-name", self.POST_LABEL_NAME),
            ("poc-name", self.POC_NAME),
            ("closing-name", self.CLOSING_NAME),
            ("name-over-role", self.NAME_OVER_ROLE),
            ("signed-name", self.SIGNED_LINE),
            ("dashed-signature", self.DASHED_SIGNATURE),
            ("staff-name", self.STAFF_NAME),
        ):
            bracket = self.BRACKETS.get(rule)
            if bracket is not None and not bracket.search(text):
                continue
            for match in pattern.finditer(text):
                if rule == "police-rank-name" and self.HARMED.search(
                    text, max(0, match.start("name") - 30), match.start("name")
                ):
                    continue  # "The gang will shoot DI Carla Moss": the target, not ours
                if self._person(match.group("name")):
                    results.append(self._name(match.start("name"), match.end("name"), rule))
                    lead_in = self._header_lead_in(text, match.start("name"))
                    if lead_in is not None:
                        results.append(self._span(lead_in, match.end("name"), "header-name"))
                    if rule in ("signed-name", "dashed-signature"):
                        results.append(self._span(match.start(), match.end(), "signature-block"))
                    if rule == "closing-name":
                        end = match.start() + len(match.group(0).rstrip())
                        results.append(self._span(match.start("name"), end, "signature-block"))
                        results.extend(self._sign_off(text, match.start()))
        for match in self.SALUTATION.finditer(text):
            if not self._opens_the_letter(text, match.start()):
                continue  # "The letter read: Dear Arno, ...": a plotter's letter, quoted
            words = match.group("name").split()
            if any(w.lower() in self.NOT_ADDRESSEES for w in words):
                continue  # "Dear Colleagues,": no one's name
            if self._person(match.group("name")):
                start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
                results.append(self._span(start, match.end(), "salutation"))
                results.append(self._name(match.start("name"), match.end("name"), "salutation"))
        results.extend(self._signature(text))
        results.extend(self._bare_signature(text))
        results.extend(self._signed_blocks(text))
        results.extend(self._cable_signer(text))
        results.extend(self._thread_entries(text, results))
        results.extend(self._last_sign_off(text))
        results.extend(self._acts_of_ours(text, results))
        return results

    #: The line that opens an entry of a ticket or a case thread: when it was written and who
    #: wrote it, with a bracketed post or none, and nothing after ("[2026-09-14 09:30] Ana
    #: Reyes (Head of Group Security)").
    ENTRY_HEADER = re.compile(
        r"^[ \t]*\[[^\]\n]*\d{1,2}:\d{2}[^\]\n]*\][ \t]*"
        rf"(?P<name>{_GIVEN_NAMES})(?:[ \t]*\([^()\n]{{1,60}}\))?[ \t]*$",
        re.MULTILINE,
    )

    def _thread_entries(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """The headers of a thread's entries, whose author is one of ours wherever one entry
        is by a name already found as ours ("Opened by: Ana Reyes" over "[...] Ana Reyes"):
        then the thread is our case file, and every entry's author and stamp go. A chat whose
        speakers no header names as ours is left to the other rules."""
        entries = [m for m in self.ENTRY_HEADER.finditer(text) if self._person(m.group("name"))]
        ours = {
            text[r.start : r.end]
            for r in found
            if parse_entity(r.entity_type) == (Category.PERSONNEL, True)
        }
        if not any(m.group("name") in ours for m in entries):
            return []
        return [
            finding
            for m in entries
            for finding in (
                self._span(
                    m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end(), "entry-header"
                ),
                self._name(m.start("name"), m.end("name"), "entry-author"),
            )
        ]

    def _names_in_value(self, value: str, offset: int) -> list[RecognizerResult]:
        """Every name in the value of a header line or the lines of a list: "cc: Tom Reyes,
        Lena Drescher", a name in brackets after a post ("Deputy Hub Leader (Mr S. Oduya)"),
        and the name of each further column of a header row ("Duty Officer: X   Chief JOC:
        Col. B. Sarafov")."""
        found_names = []
        for index, found in enumerate(re.finditer(self.VALUE_NAME, value)):
            words = found.group("name").split()
            if words[0] in self.NOT_NAMES or any(w.lower() in UNIT_WORDS for w in words):
                continue
            if any(w.lower() in self.POST_WORDS for w in words):
                continue  # "Deputy Hub Leader": a post, whoever holds it
            if self.ACRONYM.fullmatch(words[0]) and not re.fullmatch(_TITLE, words[0]):
                continue  # "SB Ops Rm": a unit's abbreviation, no name
            if self.POST.fullmatch(found.group("name")) or words[-1].endswith(("-", "'")):
                continue  # "Monitoring Officer", "Patrol D-14": a post or a call sign
            if index > 0 and len(words) < 2:
                continue  # after a comma only a full name is a name ("Team 3" is not)
            if len(words) < 2 and re.match(r"[ \t]+[a-z]", value[found.end("name") :]):
                continue  # "Control room, ...": a capitalized noun, no name
            after = re.match(r"[ \t]+([A-Za-z]+)", value[found.end("name") :])
            if after is not None and after.group(1).lower() in UNIT_WORDS:
                continue  # "Joint Threat Assessment Group": the start of a unit's name
            found_names.append(
                self._name(
                    offset + found.start("name"), offset + found.end("name"), "role-line-name"
                )
            )
        return found_names

    #: A sentence's end: a full stop that is not an abbreviation's or an initial's.
    _SENTENCE_REST = (
        r"(?:[^\n.!?]|\.(?=\S)"
        r"|(?:(?<=\b[Ee]xt)|(?<=\b[Nn]o)|(?<=\b[Rr]ef)|(?<=\b[Tt]el)|(?<=\b[A-Z]))\.)*[.!?]?"
    )
    _SENTENCE = re.compile(_SENTENCE_REST)
    #: The lines a sentence was hard-wrapped onto: "- M. Pereira to draft a warning for the
    #: embassy by" over "  28 October." (the regex module: its lookbehind has no fixed width).
    _WRAPPED = regex.compile(WRAPPED_LINES, regex.MULTILINE)

    def _acts_of_ours(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """Sentences whose subject is one of our people, by any part of the name ("Ruth will
        re-contact the source on 22 September."): what our side does next, which would read
        "Will re-contact ..." once the name goes. A sentence of the threat stays."""
        parts = {
            part
            for r in found
            if parse_entity(r.entity_type) == (Category.PERSONNEL, True)
            for part in re.findall(r"[A-Z][a-zA-Z'-]+", text[r.start : r.end])
            if part.lower() not in self.POST_WORDS and not re.fullmatch(_TITLE, part)
        }
        if not parts:
            return []
        names = "|".join(sorted(map(re.escape, parts), key=len, reverse=True))
        pattern = re.compile(
            r"(?:^|(?<=[.!?][ \t]))[ \t]*(?:\d{1,3}[.)][ \t]+|[-*\u2022][ \t]+)?"
            # an action item's label: "5. ACTION: Lindqvist to pass a warning to ..."
            r"(?:(?i:actions?|action[ \t]+points?|next[ \t]+steps?|tasking)[ \t]*:[ \t]*)?"
            # "M. Pereira to draft ...": initials before the name
            rf"(?:{_TITLE}[ \t]+)?(?:[A-Z]\.[ \t]?){{0,2}}(?:{names})(?:[ \t]+(?:{names}))?"
            r"[ \t]+[a-z]" + self._SENTENCE_REST,
            re.MULTILINE,
        )
        acts = []
        for match in pattern.finditer(text):
            end = self._wrapped_end(text, match.end())
            act = text[match.start() : end]
            if self._reports(act, names) and not self._reaches_us(act):
                continue  # "Vestrin said the group plans ...": what he told, whose frame goes
            if self._reaches_us(act) or not self._harmful(act):
                start = match.start() + len(act) - len(act.lstrip())
                acts.append(self._span(start, end, "act-of-ours"))
        return acts

    #: A line above a letter's greeting: a header field ("To: ...") or a short line with no
    #: full stop (a banner, a subject line).
    HEADER_FIELD = re.compile(
        r"[ \t>]*(?:[A-Za-z][\w .'/-]{0,30}:[^\n]*|[^\n]{0,60}(?<![.!?\"]))\r?"
    )

    def _opens_the_letter(self, text: str, start: int) -> bool:
        """True when only header lines stand above a greeting: it opens the report itself,
        not a letter quoted inside it."""
        return all(
            self.HEADER_FIELD.fullmatch(line) for line in text[:start].splitlines() if line.strip()
        )

    def _wrapped_end(self, text: str, end: int) -> int:
        """Where a sentence that stops at `end` without a full stop really ends: on the lines
        it was wrapped onto, at its full stop ("... for the embassy by" over "28 October. The
        cell ..." ends after "October.")."""
        if text[end - 1 : end] in (".", "!", "?"):
            return end
        wrapped: int = self._WRAPPED.match(text, end).end()
        while end < wrapped:
            line_start = text.index("\n", end) + 1
            rest = self._SENTENCE.match(text, line_start)
            if rest is not None and re.search(r"[.!?]\Z", rest.group(0)):
                return min(rest.end(), wrapped)
            end = text.find("\n", line_start)
            end = wrapped if end == -1 else min(end, wrapped)
        return wrapped

    #: Verbs by which one of ours passes on what was told ("Col. Vestrin said", "Sommer
    #: added that"), unlike a judgement of his own ("assesses him as truthful").
    TELLING_FORMS: ClassVar[frozenset[str]] = frozenset(
        f"{verb}{ending}"
        for verb in ("say", "tell", "state", "explain", "add", "report", "brief", "warn")
        for ending in ("s", "ed", "d")
    ) | {"said", "told"}

    def _reports(self, act: str, names: str) -> bool:
        """True when the person tells what was learnt: the sentence reports, and its
        reporting frame is cut, not the report."""
        verb = re.search(rf"(?:{names})[ \t]+([a-z]+)", act)
        return verb is not None and verb.group(1) in self.TELLING_FORMS

    #: A participle of making or passing something, before "by" and its maker.
    MADE_BY = re.compile(
        r"(?i:prepared|drafted|written|compiled|approved|reviewed|checked|verified)[ \t]+by\b"
    )
    #: What the clause before it names when the thing made is our paper, not their weapon.
    PAPER_WORDS: ClassVar[frozenset[str]] = frozenset(
        {"report", "note", "assessment", "summary", "cable", "memo", "memorandum", "brief"}
        | {"briefing", "document", "paper", "translation", "product", "transcript", "minute"}
        | {"sheet", "draft", "statement", "record", "log", "analysis", "estimate", "update"}
        | {"this", "it"}
    )
    #: Where the clause of a participle starts: the sentence's start, or a semicolon or colon.
    CLAUSE_START = re.compile(r"(?:[.;:!?](?=\s)|\n[ \t]*\n)[^.;:!?]*\Z")

    def _made_by_plotter(self, text: str, match: re.Match[str]) -> bool:
        """True when "prepared by", "written by" or "approved by" tells who made a weapon or
        approved an attack ("The explosive is TATP, prepared by Halac", "the attack was
        approved by Abu Karim"): the clause before names a thing of the threat and no paper
        of ours ("This threat assessment was prepared by Sgt Vik" is ours)."""
        made = self.MADE_BY.search(text, match.start(), match.start("name"))
        if made is None or self._on_header_line(text, match.start("name")):
            return False
        before = self.CLAUSE_START.search(text, 0, made.start())
        clause = text[before.start() + 1 if before else 0 : made.start()]
        raw = re.findall(r"[a-z]+", clause.lower())
        words = set(raw) | {w.rstrip("s") for w in raw}
        return self._harmful(clause) and not words & self.PAPER_WORDS

    def _harmful(self, sentence: str) -> bool:
        """True when a word of the threat stands in the sentence."""
        words = re.findall(r"[a-z]+", sentence.lower())
        return any(w in self.HARM_WORDS or w.rstrip("s") in self.HARM_WORDS for w in words)

    #: The reader and the writer's side: a number given to "you", or to reach "us".
    OUR_SIDE = re.compile(r"\b(?i:you|me|us|our|my|ext|extension)\b")
    #: Words of the threat: a sentence that holds one is the plotters' call, not ours.
    HARM_WORDS: ClassVar[frozenset[str]] = lx.THREAT_WORDS | lx.ATTACK_METHOD_WORDS

    def _reaches_us(self, sentence: str) -> bool:
        """A sentence about reaching our side, with no word of the threat in it."""
        return not self._harmful(sentence) and bool(self.OUR_SIDE.search(sentence))

    #: A cable's addressing or filing lines ("FROM:", "TAGS:", "E.O. 13526:", "SIPDIS"):
    #: where they stand, the last line may be the signer.
    CABLE_HEADER = re.compile(
        r"^[ \t]*(?:(?:FROM|TO|TAGS)[ \t]*:|E\.O\.[ \t]*\d{4,5}\b|SIPDIS\b)", re.MULTILINE
    )
    #: A cable ends with its signer's surname in capitals on a line of its own: "NAPIER".
    CABLE_SIGNER = re.compile(r"\n[ \t]*\n[ \t]*(?P<name>[A-Z][A-Z'-]{2,})[ \t]*\s*\Z")
    #: Capitalized words that close a report without signing it.
    NOT_SIGNERS: ClassVar[frozenset[str]] = frozenset(
        {"ENDS", "END", "ENDIT", "BREAK", "BT", "NNNN", "UNCLASSIFIED", "SECRET", "CONFIDENTIAL"}
        | {"RESTRICTED", "OFFICIAL", "NOFORN", "ORCON", "FOUO", "SUMMARY", "DETAIL", "COMMENT"}
    )

    def _cable_signer(self, text: str) -> list[RecognizerResult]:
        """The surname that signs a cable, alone on its last line under a blank one."""
        signer = self.CABLE_SIGNER.search(text)
        if signer is None or signer.group("name") in self.NOT_SIGNERS:
            return []
        if self.CABLE_HEADER.search(text) is None:
            return []
        return [self._name(signer.start("name"), signer.end("name"), "cable-signer")]

    #: A first name alone on a line near the end, under the line that signs or drafts the
    #: report, with only a message's end marks below it ("BT", "NNNN", "//END//").
    LAST_SIGN_OFF = re.compile(
        r"(?:^|\n)(?P<above>[^\n]*\S)[ \t]*\r?\n[ \t]*(?P<name>[A-Z][a-z'-]{2,})[ \t]*"
        r"(?:\r?\n[ \t]*(?:[A-Z]{2,6}|/+[A-Z]{2,6}/+)?[ \t]*)*\s*\Z"
    )
    #: What the line above such a name gives: a post and its holder, an extension, or who
    #: drafted it ("Drafted TQ / 140540Z", "G2 watchkeeper - Capt R. Ames, x3304").
    SIGNING_LINE = re.compile(
        rf"^[ \t]*(?:(?i:drafted|prepared|written|compiled|released|signed)\b|[^\n]*(?:"
        rf"\b{_TITLE}[ \t]+{_SIGNER}|\b(?i:ext|extension|x)\.?[ \t]*\d{{3,6}}\b))"
    )
    #: "Drafted TQ / 140540Z": who drafted the cable, by initials, and when.
    DRAFTER_LINE = re.compile(
        r"^[ \t]*(?i:drafted|prepared|written|compiled|typed)(?:[ \t]+(?i:by))?[ \t]*:?[ \t]*"
        r"[A-Z]{2,3}(?:[ \t]*[/,][ \t]*[^\n]*\S)?[ \t]*$",
        re.MULTILINE,
    )

    def _last_sign_off(self, text: str) -> list[RecognizerResult]:
        """The first name that closes a report under its signing or drafting line, and the
        drafting line itself."""
        found = [
            self._span(m.start(), m.end(), "drafter-line") for m in self.DRAFTER_LINE.finditer(text)
        ]
        sign_off = self.LAST_SIGN_OFF.search(text)
        if sign_off is None or sign_off.group("name").upper() in self.NOT_SIGNERS:
            return found
        if _CLOSING.fullmatch(sign_off.group("name")) or not self._person(sign_off.group("name")):
            return found
        if self.SIGNING_LINE.match(sign_off.group("above")) is None:
            return found
        return [
            *found,
            self._name(sign_off.start("name"), sign_off.end("name"), "signature-name"),
            self._span(sign_off.start("name"), sign_off.end("name"), "signature-block"),
        ]

    #: A plural role before a comma lists people by role; what follows is no one's name.
    PLURAL_ROLE_LIST = re.compile(r"[a-z]s[ \t]*,[ \t]*[\"\u201c]?\Z")
    #: ... but only where the words after it are an addressee's scope ("..., Tallis Ridge
    #: only") or the sentence goes on to the threat: "Case officers, Jan Holm and Eva Lind, met
    #: the contact" are names of ours, and when in doubt a name goes.
    ONLY_AFTER = re.compile(r"[ \t]+only\b")
    #: A lower-case office or unit noun right after a role's "name": the name is a place's
    #: that the office bears ("duty officer Brasshaven police", "liaison officer Halden
    #: station").
    OFFICE_AFTER = re.compile(
        r"[ \t]+(?:"
        + "|".join(
            sorted(lx.OUR_OFFICES | lx.UNIT_NOUNS | lx.PRODUCER_NOUNS, key=len, reverse=True)
        )
        + r")\b"
    )

    def _rest_of_sentence(self, text: str, start: int) -> str:
        """The text from `start` to the end of its sentence (or line), as `_acts_of_ours`
        reads a sentence: an abbreviation's or an initial's full stop does not end it."""
        rest = self._SENTENCE.match(text, start)
        return rest.group(0) if rest else ""

    #: What joins a name to a header line: "Case update for DI X, from DC Y".
    LEAD_IN = re.compile(r"(?:,[ \t]*)?\b(?i:for|from|to|by|and|with|cc)[ \t]+\Z")
    MAX_HEADER_LINE = 100

    def _header_lead_in(self, text: str, start: int) -> int | None:
        """Where the words joining a name to a header line start, so that "Case update for ,
        from" does not remain; None in a sentence of prose, which ends with a full stop."""
        if not self._on_header_line(text, start):
            return None
        lead_in = self.LEAD_IN.search(text, text.rfind("\n", 0, start) + 1, start)
        return lead_in.start() if lead_in else None

    def _on_header_line(self, text: str, start: int) -> bool:
        """A short line with no full stop at its end: a header, not a sentence of prose."""
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line = text[line_start : line_end if line_end != -1 else len(text)].rstrip()
        return not line.endswith(".") and len(line) <= self.MAX_HEADER_LINE

    def _person(self, name: str) -> bool:
        """A person's name, not a unit ("Team 3") or a word that only starts a sentence."""
        words = re.sub(rf"^(?:{_TITLE}[ \t]+)", "", name).split()
        if not words or words[0] in self.NOT_NAMES:
            return False
        if re.fullmatch(_ROLE, " ".join(words)) or self.POST.fullmatch(" ".join(words)):
            return False  # "Debriefing Officer, Joint Unit", "GSOC Duty Manager": a post
        if all(w.isupper() and w.isalpha() and len(w) > 1 for w in words):
            return False  # "DUTY OFFICER LOG SUMMARY": a heading; "R. HALLORAN" has an initial
        return not any(w.lower() in UNIT_WORDS or w.lower() in self.POST_WORDS for w in words)

    #: A first name alone on the line above a signature: "Jon" over "J. Pryce | Desk Officer".
    SIGN_OFF = re.compile(r"(?:^|\n)[ \t]*(?P<name>[A-Z][a-z'-]+)[ \t]*,?[ \t]*\n\s*\Z")

    def _sign_off(self, text: str, line_start: int) -> list[RecognizerResult]:
        """The first name the writer signed with, just above the signature line."""
        above = self.SIGN_OFF.search(text, max(0, line_start - 40), line_start)
        if above is None or not self._person(above.group("name")):
            return []
        if _CLOSING.fullmatch(above.group("name")):
            return []  # "Thanks" or "Regards" above the signature is no name
        return [self._name(above.start("name"), above.end("name"), "signature-name")]

    #: The blank line before a text's last block.
    BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")
    NAME_LINE = re.compile(rf"[ \t]*(?:{_TITLE}[ \t]+)?(?P<name>{_GIVEN_NAMES})[ \t]*\r?")
    #: A phone number, an e-mail address or a messenger handle's label on a signature line.
    CONTACT_DETAIL = re.compile(
        r"@|\+?\d[\d \t().-]{6,}\d"
        r"|\b(?i:mobile|mob|tel|phone|signal|whatsapp|telegram|threema|wickr|e-?mail)\b"
    )

    #: A name alone on its line after a title: "Colonel V. Dragan", "Dr Mira Lenz".
    TITLED_SIGNER = re.compile(rf"[ \t]*{_TITLE}[ \t]+(?P<name>{_SIGNER})[ \t]*\r?")

    #: A titled name marked as signed: "Colonel R. MAVRIC  (signed)".
    SIGNED_SIGNER = re.compile(
        rf"[ \t]*{_TITLE}[ \t]+(?P<name>{_SIGNER})[ \t]*\((?i:signed|sgd\.?)\)[ \t]*\r?"
    )
    SIGNED_MARK = re.compile(r"\((?i:signed|sgd\.?)\)")
    #: A block of lines set off by blank lines (or the text's ends).
    BLOCK = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")

    def _signed_blocks(self, text: str) -> list[RecognizerResult]:
        """A block that ends in a titled name marked as signed, under the lines of its post
        ("Head of the 3rd Department / Colonel R. MAVRIC  (signed)"), wherever it stands: a
        contact line or a distribution list may come after it."""
        found: list[RecognizerResult] = []
        if not self.SIGNED_MARK.search(text):
            return found
        for block in self.BLOCK.finditer(text):
            *posts, last = block.group(0).split("\n")
            signed = self.SIGNED_SIGNER.fullmatch(last)
            if signed is None or len(posts) >= self.MAX_SIGNATURE_LINES:
                continue
            if not all(self._post_line(line) for line in posts):
                continue
            at = block.end() - len(last)
            found.append(self._span(block.start(), block.end(), "signature-block"))
            found.append(
                self._name(at + signed.start("name"), at + signed.end("name"), "signature-name")
            )
        return found

    @staticmethod
    def _post_line(line: str) -> bool:
        """A short line naming a post or an office, with no sentence in it."""
        bare = line.strip()
        return 0 < len(bare) <= 60 and bare[:1].isupper() and not bare.endswith((".", "!", "?"))

    def _bare_signature(self, text: str) -> list[RecognizerResult]:
        """A signature with no closing word above it: the last block opens with a person's
        name alone on its line and a later line gives a phone, an e-mail or a messenger
        ("Halvard Quist / Regional Security Lead / Mobile +254 700 555 018 | Signal: hq.sec")."""
        end = len(text.rstrip())
        start = max((m.end() for m in self.BLANK_LINE.finditer(text, 0, end)), default=0)
        first, *rest = text[start:end].split("\n")
        if not rest or len(rest) > self.MAX_SIGNATURE_LINES:
            return []
        titled = self.TITLED_SIGNER.fullmatch(rest[-1])
        if titled is not None and all(self._post_line(line) for line in [first, *rest[:-1]]):
            # "Chief of 3rd Department / Colonel V. Dragan": a post over a titled name
            at = end - len(rest[-1])
            return [
                self._span(start, end, "signature-block"),
                self._name(at + titled.start("name"), at + titled.end("name"), "signature-name"),
            ]
        name = self.NAME_LINE.fullmatch(first)
        if name is None or len(name.group("name").split()) < 2:
            return []
        if rest[0].lstrip()[:1].islower() or not self._person(name.group("name")):
            return []  # "Dennis Fallow\nleads the crew": a sentence wrapped after the name
        if not any(self.CONTACT_DETAIL.search(line) for line in rest):
            return []
        return [
            self._span(start, end, "signature-block"),
            self._name(start + name.start("name"), start + name.end("name"), "signature-name"),
        ]

    def _signature(self, text: str) -> list[RecognizerResult]:
        closings = list(_CLOSING.finditer(text))
        if not closings:
            return []
        closing = closings[-1]
        tail = text[closing.end() :]
        lines = [line for line in tail.splitlines() if line.strip()]
        if not lines or len(lines) > self.MAX_SIGNATURE_LINES:
            return []
        found = [self._span(closing.start(), len(text.rstrip()), "signature-block")]
        first = re.search(r"\S.*", tail)
        if first is not None:
            name = re.match(_NAME, first.group(0))
            words = name.group(0).split() if name is not None else []
            if (
                name is not None
                and words[0] not in self.NOT_NAMES
                and not any(w.lower() in self.POST_WORDS for w in words)
            ):
                start = closing.end() + first.start()
                found.append(self._name(start, start + len(name.group(0)), "signature-name"))
        # "DC Tomas Breck | CT Investigations": a full name opening a later line of the block
        offset = closing.end()
        for line in tail.splitlines(keepends=True):
            name = self.SIGNATURE_LINE_NAME.match(line)
            full = name is not None and len(name.group("name").split()) >= 2
            if name is not None and full and self._person(name.group("name")):
                found.append(
                    self._name(
                        offset + name.start("name"), offset + name.end("name"), "signature-name"
                    )
                )
            offset += len(line)
        return found

    def _name(self, start: int, end: int, rule: str) -> RecognizerResult:
        return result(
            self.NAME, Category.PERSONNEL.value, start, end, 0.85, rule, self.WHY, identifier=True
        )

    def _span(self, start: int, end: int, rule: str) -> RecognizerResult:
        return result(self.NAME, Category.PERSONNEL.value, start, end, 0.8, rule, self.WHY)
