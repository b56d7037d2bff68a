"""Codenames known by how the report uses them, not by a word that introduces them.

A report rarely writes "source LANTERN"; it writes "LANTERN, whom we have run since 2024",
"Lantern's next window", "BLUE FINCH PRODUCT 26-0388", "Re-task Flint", or puts the name on
its file line. A name in capitals that we handle, that gives us reporting, whose possessive
takes a source's or a product's noun, or that labels a product or a reference line, is a
codename. A title-case mention counts too when the report writes the same word in capitals
elsewhere ("FLINT ... Flint's info").

The same shapes fit people of the plot written in capitals ("Hamid RUSTAVI"), group
acronyms and places, so a name the report also gives with a first name, title or initial
("Viktor Brodsky", "met by T. Quarrie") is never one, nor is an acronym ("CRF", one the
report spells out) or a word of the trade ("SIGINT PRODUCT") that labels a product; and the
prose shapes only count on a line in mixed case, where capitals set a name apart.

Once a codename is found, `decide.resolve` takes every other mention of it, in any casing.
"""

from __future__ import annotations

import re

from tearline.categories import Category

#: A name in capitals: one to three words, a number joined by a hyphen allowed ("MARDESK-2").
_NAME = r"(?<![\w'-])([A-Z][A-Z0-9-]{2,}(?:[ \t][A-Z][A-Z0-9-]{2,}){0,2})(?![\w'-])"
#: The same name before a possessive ("LINNET's").
_OWNER = r"(?<![\w'-])([A-Z][A-Z0-9-]{2,}(?:[ \t][A-Z][A-Z0-9-]{2,}){0,2})['\u2019]s"
#: What we do to a source we run: "we have run", "re-task", "debrief", "burn".
_HANDLING = (
    r"run|ran|recruited|handled?|tasked|placed|met|paid|debriefed|briefed|contacted|serviced"
)
#: What a source or a product has: its account, next window, access, handlers ...
_SOURCE_THINGS = (
    r"next\s+(?:window|meet(?:ing)?|contact|drop|debrief)|reporting|reports?|information|info"
    r"|access|handlers?|officers?|expenses|reliability|debrief(?:ing)?|tasking|payments?"
    r"|motivation|product|read|account(?=\s*[,.;:]|\s+of\b)"
)
#: What a collection yields, named after it: "BLUE FINCH PRODUCT", "the GLIMMER feed"; or
#: the sensors it planted: "the HALYARD audio package".
_PRODUCTS = (
    r"(?i:product|feed|pull|reporting|coverage|warrant)|take|traffic|imagery|FMV|TAKE|TRAFFIC"
    r"|(?i:audio|video|technical|listening|tracking|sensor)[ \t]+(?i:package|device|feed)"
)

#: (rule, category, pattern whose group 1 is the name, whether a line in capitals counts)
_RULES: tuple[tuple[str, Category, re.Pattern[str], bool], ...] = (
    (
        # "LANTERN, whom we have run since 2024", "NIGHTJAR, the driver we placed with them"
        "handled-codename",
        Category.SOURCE,
        re.compile(
            rf"{_NAME},?\s+(?:(?:the|a|an|our)\s+(?:[\w'-]+\s+){{0,3}}?)?(?:who(?:m)?\s+|that\s+)?"
            rf"(?:I|we)\s+(?:have\s+|had\s+|will\s+)?(?:\w+ly\s+)?(?:{_HANDLING})\b"
        ),
        False,
    ),
    (
        # "we paid HOLLY", "Re-task Flint", "Re-brief NIGHTJAR", "so as not to burn Nightjar"
        "handled-codename",
        Category.SOURCE,
        re.compile(
            rf"\b(?:(?:I|[Ww]e)\s+(?:have\s+|had\s+|will\s+)?(?:{_HANDLING})"
            r"|[Rr]e-?(?:task|brief|contact)(?:ed)?|[Dd]ebrief(?:ed)?|[Tt]ask(?:ed)?|burn)"
            rf"\s+{_NAME}"
        ),
        False,
    ),
    (
        # "LANTERN has given us eleven reports", "what TULIP passed to DS Okonjo"
        "handled-codename",
        Category.SOURCE,
        re.compile(
            rf"{_NAME}\s+(?:has\s+|had\s+)?(?:(?:given|gave|gives|brought)\s+(?:us|me)\b"
            r"|passed\s+(?:to|on)\b)"
        ),
        False,
    ),
    (
        # "- Linnet: re-contact 19 OCT": a tasking list names the source to meet again
        "handled-codename",
        Category.SOURCE,
        re.compile(
            rf"(?m:^[ \t]*(?:[-*\u2022]|\w[.)])?[ \t]*){_NAME}[ \t]*:[ \t]*re-?(?:contact|task"
            r"|brief)"
        ),
        False,
    ),
    (
        # "Next TULIP meet Saturday"
        "handled-codename",
        Category.SOURCE,
        re.compile(rf"\b[Nn]ext[ \t]+{_NAME}[ \t]+(?:meet(?:ing)?|contact|debrief)\b"),
        False,
    ),
    (
        # "Nightjar will next meet Sgt. Marrowby at the market"
        "handled-codename",
        Category.SOURCE,
        re.compile(rf"{_NAME}\s+(?:will|is\s+to|is\s+due\s+to)\s+next\s+meet\b"),
        False,
    ),
    (
        # "Lantern's next window", "LINNET's access", "Pelican's officers"
        "possessive-codename",
        Category.SOURCE,
        re.compile(rf"{_OWNER}\s+(?:{_SOURCE_THINGS})\b"),
        False,
    ),
    (
        # "Tonight's read from Orchard", "the reporting from KESTREL", "The reporting comes
        # from LODESTAR", "This information originates from ROOK"
        "credited-codename",
        Category.SOURCE,
        re.compile(
            r"\b(?:read|reporting|report|product|info(?:rmation)?)\s+(?:(?:comes|came|originates"
            rf"|originated|derives|derived|stems|stemmed)\s+)?from\s+{_NAME}"
        ),
        False,
    ),
    (
        # "LINNET CONTACT RPT 17 OCT": the report of a meeting with the source
        "product-codename",
        Category.SOURCE,
        re.compile(rf"{_NAME}[ \t]+(?:CONTACT[ \t]+(?:RPT|REPORT)|contact[ \t]+report)\b"),
        True,
    ),
    (
        # "BLUE FINCH PRODUCT 26-0388", "The GLIMMER feed", "TF RAVEN FMV", "SANDGLASS pull"
        "product-codename",
        Category.METHOD,
        re.compile(rf"{_NAME}[ \t]+(?:{_PRODUCTS})\b"),
        True,
    ),
    (
        # "- BLUE FINCH: maintain line coverage on ...": a tasking list names the collector
        "product-codename",
        Category.METHOD,
        re.compile(
            rf"(?m:^[ \t]*(?:[-*\u2022]|\w[.)])[ \t]*){_NAME}[ \t]*:[ \t]*(?i:maintain|continue"
            r"|extend)\b[^\n]{0,30}\b(?i:coverage|feed|collection|warrant)\b"
        ),
        True,
    ),
    (
        # "File:      MT/DO/26/221 - LANTERN": the name the file is kept under
        "file-codename",
        Category.SOURCE,
        re.compile(
            r"(?m:^[ \t]*(?i:file|ref(?:erence)?|our[ \t]+ref|case)[ \t]*(?:no\.?)?[ \t]*:"
            rf"[ \t]*\S*\d\S*[ \t]+[-\u2013\u2014][ \t]+){_NAME}[ \t]*$",
            re.MULTILINE,
        ),
        True,
    ),
    (
        # "Interviewee:\nCROWBERRY", "Source of information: ORIOLE (reliable)"
        "labelled-codename",
        Category.SOURCE,
        re.compile(
            r"(?m:^[ \t]*(?i:interviewee|source[ \t]+of[ \t]+information|person[ \t]+of[ \t]+"
            rf"(?:trust|confidence))[ \t]*:\s*)[\"'\u201c]?{_NAME}[\"'\u201d]?[ \t]*(?:\(|$)",
            re.MULTILINE,
        ),
        True,
    ),
    (
        # "Service PELICAN, report PX/26/553": a partner service by its cover name
        "service-codename",
        Category.METHOD,
        re.compile(rf"\b[Ss]ervice[ \t]+{_NAME}"),
        False,
    ),
    (
        # "Team Lead, Persona Ops (ORCHARD)": the persona a team runs, in brackets
        "device-codename",
        Category.METHOD,
        re.compile(rf"\b(?i:personas?)\b[^()\n]{{0,20}}\({_NAME}\)"),
        False,
    ),
    (
        # "Operation:   NETTLEFIELD": the operation on a header line of its own
        "operation-name",
        Category.METHOD,
        re.compile(
            rf"(?m:^[ \t]*(?:[Oo]peration|OPERATION|[Oo]p|OP)[ \t]*:[ \t]*){_NAME}[ \t]*$",
            re.MULTILINE,
        ),
        True,
    ),
)

#: Words in capitals that stand before a product's or a report's noun and name no codename:
#: the kinds of collection and of reporting, and the words of a header.
_TRADE_WORDS: frozenset[str] = frozenset(
    {"SOURCE", "SOURCES", "HUMINT", "SIGINT", "OSINT", "IMINT", "GEOINT", "ELINT", "COMINT"}
    | {"MASINT", "TECHINT", "MEDIA", "PRESS", "NEWS", "OPEN", "POLICE", "LIAISON", "PARTNER"}
    | {"HUMAN", "TECHNICAL", "LINE", "PHONE", "CALL", "INTERCEPT", "DRONE", "UAV", "UAS"}
    | {"ISR", "CCTV", "ANPR", "THE", "OUR", "THEIR", "ALL", "ANY", "NO", "NEW", "LATEST"}
    | {"INITIAL", "FINAL", "DAILY", "WEEKLY", "CONTACT", "INCIDENT", "SITUATION", "THREAT"}
    | {"INTELLIGENCE", "INTEL", "AGENT", "ASSET", "INFORMANT", "FIELD", "STATION", "SERVICE"}
    | {"TASKING", "REQUEST", "SPOT", "PATROL", "RECCE", "RECON", "SURVEILLANCE", "CAMERA"}
    | {"SATELLITE", "RADAR", "WARRANT", "COURT", "FULL", "PARTIAL", "LIVE", "AUDIO", "VIDEO"}
)
#: Titles and ranks before a surname: "Mr KESSEL", "Lt. Col. Irina VASKO", "DS Okonjo".
_TITLES = r"Mr|Mrs|Ms|Miss|Dr|Lt|Col|Capt|Maj|Sgt|Cpl|Gen|Insp|Supt|Det|DS|DC|DI|DCI|PC|Prof|Sir"
#: A word in title case that can be a first name (not a sentence's or a label's opener).
_GIVEN = (
    r"(?<![\w'-])(?!(?:Per|According|Source|Asset|Agent|Informant|Contact|On|In|At|By|From|To"
    r"|When|Then|Also|And|But|Next|Re|Task|Debrief|Service|Operation|Op|Station|Base|Team|Unit"
    r"|Desk|Subject|Target|File|Ref|Case|The|Tonight|Today|Keep|Maintain|Extend|Burn"
    r"|Interviewee|Interviewer|Lead|Persona|Ops|Whom|Who|With|For|Of|If|As|Meets|Met|Paid"
    r"|Src|Codename|Callsign|Project|Camp|Yesterday|Later|Earlier|Separately|Meanwhile|However"
    r"|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
    # function words that open a sentence before a name: "Only LODESTAR and two others knew"
    r"|Only|Even|Both|Either|Neither|Since|Until|After|Before|While|Once|Where|Why|How|What"
    r"|Which|Thus|Hence|So|Yet|Nor|Not|Now|Here|There|This|That|These|Those|Each|Every|Some"
    r"|Many|Most|All|No|Like|Unlike|Without|Within|Under|Over|Through|Against|Among|Between"
    r"|During|Because|Although|Though|Unless|Whether|Still|Just|Perhaps|Did|Does|Do"
    r"|Has|Had|Have|Was|Were|Is|Are|Will|Would|Should|Could|Can|Might|Must)\b)"
    r"[A-Z][a-z]+"
)


def used_codenames(text: str) -> list[tuple[str, Category, tuple[int, int]]]:
    """Every codename the report's use of it gives away: its rule, category and span."""
    shadow = _capitalized_mentions(text)
    found: list[tuple[str, Category, tuple[int, int]]] = []
    for rule, category, pattern, in_capitals in _RULES:
        for match in pattern.finditer(shadow):
            start, end = match.span(1)
            name = shadow[start:end]
            if not in_capitals and not _mixed_case_line(text, start):
                continue  # "MAINTAIN RAVEN OVER ...": in capitals every word looks one
            if written_as_surname(text, name) or (in_capitals and _acronym(text, name)):
                continue
            found.append((rule, category, (start, end)))
    return found


def _capitalized_mentions(text: str) -> str:
    """The text with each title-case word in capitals where the report also writes that word
    in capitals on a line of mixed case ("FLINT (F/77) = doorman ... Re-task Flint"): the
    same name, so the rules read both mentions alike. Offsets stay the same."""
    capitals = {
        word
        for line in text.splitlines()
        if any(c.islower() for c in line)
        for word in re.findall(r"(?<![\w'-])[A-Z]{4,}(?![\w'-])", line)
    } - _TRADE_WORDS
    if not capitals:
        return text
    pattern = re.compile(r"(?<![\w'-])[A-Z][a-z]{3,}(?![a-z])")
    return pattern.sub(
        lambda m: m.group(0).upper() if m.group(0).upper() in capitals else m.group(0), text
    )


def _mixed_case_line(text: str, position: int) -> bool:
    """True when the line at `position` has a small letter: prose, not a line in capitals."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return any(c.islower() for c in text[start : end if end >= 0 else len(text)])


def _acronym(text: str, name: str) -> bool:
    """ "CRF", "RSF", "SIGINT": a group's initials or a word of the trade, which label
    reporting and products as a codename does."""
    words = name.split()
    if words[0] in _TRADE_WORDS or words[-1] in _TRADE_WORDS:
        return True
    if any(not re.search(r"[AEIOUY]", w) for w in words) or len(name.replace(" ", "")) < 4:
        return True
    return _spelled_out(text, name)


def written_as_surname(text: str, name: str) -> bool:
    """ "Hamid RUSTAVI", "Viktor Brodsky", "met by T. QUARRIE", "Lt. Col. Irina VASKO",
    "KARAL, Yusuf": the report gives the name as somebody's surname somewhere. A list item's
    letter ("C. LINNET CONTACT RPT") or a grade ("RELIABILITY: B. PLUMTREE'S ...") is no
    initial."""
    forms = "|".join(re.escape(f) for f in {name, name.title()})
    given = (
        rf"(?:{_GIVEN}|(?:{_TITLES})\.?)[ \t]+(?:(?:{_TITLES})\.?[ \t]+)?"
        rf"(?:[\"'\u201c][^\"'\u201d\n]{{1,20}}[\"'\u201d][ \t]+)?(?:{forms})(?![\w-])"
    )
    if re.search(given, text):
        return True
    for first in re.finditer(rf"(?<![\w'-]){re.escape(name.upper())},[ \t]+({_GIVEN})\b", text):
        # "CASTELL, Reuben": the surname first, as a list of people writes it; but a word
        # after the comma that the report gives as someone's surname ("Present: TALISMAN,
        # Anvik" beside "Grete Anvik") is the next name of a list
        if not re.search(rf"\b(?:[A-Z][a-z]+|[A-Z]\.)[ \t]+{re.escape(first.group(1))}\b", text):
            return True
    for initial in re.finditer(rf"(?<![\w'-])[A-Z]\.[ \t]+(?:{forms})(?![\w-])", text):
        before = text[text.rfind("\n", 0, initial.start()) + 1 : initial.start()].rstrip()
        if before and not before.endswith(":"):
            return True  # "met by T. QUARRIE"; not a list item's letter nor a grade ("B. ")
    return False


def _spelled_out(text: str, name: str) -> bool:
    """ "the Crimson Reed Front (CRF)": the report defines the name as initials."""
    for match in re.finditer(rf"\({re.escape(name)}\)", text):
        words = re.findall(r"[A-Za-z][A-Za-z'-]*", text[max(0, match.start() - 80) : match.start()])
        initials = "".join(w[0] for w in words if w[0].isupper())
        if initials.endswith(name.replace(" ", "")):
            return True
    return False


#: A list item that tasks a collector or a source by its codename: "B. MAINTAIN RAVEN OVER
#: BIR HASSAN", "- Extend the GLIMMER warrant to 30 November".
_TASKING_ITEM = (
    r"(?m:^[ \t]*(?:[-*\u2022]|[A-Za-z0-9]{{1,2}}[.)])[ \t]+)"
    r"((?i:maintain|extend|continue|keep|re-?task|task|re-?brief|re-?contact)[ \t]+"
    r"(?:(?i:the)[ \t]+)?(?i:{name})(?![\w'-])[^\n]*(?:\n(?![ \t]*(?:[-*\u2022]|[A-Za-z0-9]{{1,2}}"
    r"[.)])[ \t])[ \t]*\S[^\n]*)*)"
)
#: A reference list's entry that is a product of the codename, and nothing else: "B. BLUE
#: FINCH PRODUCT 26-0388", "C. LINNET CONTACT RPT 17 OCT".
_PRODUCT_ENTRY = (
    r"(?m:^[ \t]*(?:[A-Za-z0-9]{{1,2}}[.)])[ \t]+)(?i:{name})([ \t]+(?:CONTACT[ \t]+)?"
    r"(?:PRODUCT|RPT|REPORT|FEED|TAKE)\b[ \t\w/.-]*)$"
)


def tasked_items(text: str, names: set[str]) -> list[tuple[int, int]]:
    """The spans of list items that task a codename ("B. MAINTAIN RAVEN OVER BIR HASSAN
    14-15 OCT."), from the verb to the item's end, and the rest of a reference entry that
    names its product ("PRODUCT 26-0388" of "B. BLUE FINCH PRODUCT 26-0388"): once the name
    goes, what is left of them only tells that it was collected."""
    spans: list[tuple[int, int]] = []
    for name in names:
        escaped = re.escape(name)
        for pattern in (_TASKING_ITEM, _PRODUCT_ENTRY):
            for match in re.finditer(pattern.format(name=escaped), text, re.MULTILINE):
                spans.append(match.span(1))
    return spans


def bracketed_descriptions(text: str, names: set[str]) -> list[tuple[int, int]]:
    """The brackets right after a source's codename, with the spaces before them: "LINNET
    (REF C; Dalkir headman's nephew, met 17 OCT at FOB GRANITE)", "FLINT (F/77)". What a
    report puts there describes or files the source, and goes with the name, and so does the
    reporting verb after it."""
    spans: list[tuple[int, int]] = []
    for name in names:
        pattern = (
            rf"(?<![\w'-])(?i:{re.escape(name)})(?![\w'-])([ \t]*\([^()\n]{{1,80}}\)"
            # "LINNET (...)\n    states device = ...": the frame goes with it, the content stays
            r"(?:\s+(?:states|says|reports|stated|said|reported)(?:[ \t]+that)?(?=\s))?)"
        )
        spans.extend(match.span(1) for match in re.finditer(pattern, text))
    return spans
