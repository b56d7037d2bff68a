"""Find codenames of human sources and of collecting stations, as identifiers.

A codename is an identifier: once found, every other mention of it goes too (see
`decide.resolve`), so "asset GREY OWL" in the body also takes a bare "GREY OWL" in a comment.
"""

from __future__ import annotations

import functools
import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from tearline.analyze.codename_usage import (
    bracketed_descriptions,
    tasked_items,
    used_codenames,
    written_as_surname,
)
from tearline.analyze.spans import result
from tearline.categories import Category, identifier_entity

_CAPS_NAME = r"[A-Z][A-Z0-9'-]{2,}(?:[ \t][A-Z][A-Z0-9'-]{2,}){0,2}"
#: A description set off by commas right after a name: ", a clerk in his office with access
#: to his diary,". It opens with a lower-case word or an article, so a list of names ("KILN,
#: SPARROW and VOSS") is none.
_APPOSITION = r"(?:,[ \t]+(?=[a-z]|(?:A|An|The|Our)[ \t])[^,;:()\n\"\u201c]{3,120}?,)?"
#: A radio callsign: a capital word, with a number after it ("VIPER 6").
_CALLSIGN = r"[A-Z][A-Z'-]{2,}(?:[ \t]\d{1,3})?(?![\w'-])"
#: "the callsigns SPARROW and KILN", "callsign VIPER 6": the net's callsigns, introduced.
_CALLSIGNS = re.compile(
    rf"\b(?i:call[ -]?signs?)\s{{1,3}}({_CALLSIGN}(?:(?:,\s{{0,3}}|\s{{1,3}}(?:and|or)\s{{1,3}}|/)"
    rf"{_CALLSIGN})*)"
)
#: Rules that read a codename from how it is used, not from a word that introduces it: a
#: surname written in capitals is used the same way, and is told apart by its first name.
_SURNAME_RULES = frozenset({"reporting-codename", "credited-codename"})
#: A word in title case that can be a first name: not a month, a weekday, a word that
#: opens a sentence or introduces a source ("On 3 May KESTREL", "Per ROOK"), nor a
#: determiner ("The DSP asked", "Our FBI contact").
_FIRST_NAME = (
    r"\b(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
    r"|Per|According|Source|Asset|Agent|Informant|Contact|On|In|At|By|From|When|Then|Also"
    r"|And|But|Today|Yesterday|Later|Earlier|Separately|Meanwhile|However|Operation|Op"
    r"|Station|Base|Camp|Codename|Callsign|Team|Unit|Desk|Project|Subject|Target)[a-z]*\b)"
    r"(?!(?:The|This|That|These|Those|Our|Their|His|Her|Its|My|Your|Each|Every|Any|No)\b)"
    r"[A-Z][a-z]+"
)
#: "Kieran met BRAMBLE at the usual lay-by", "Ruth paid ROOK on the night": one of ours, by
#: a first name, meets or pays a name in capitals, which stands alone (not "met HAMAS
#: officials"): the name is a source's, and whoever met him his handler.
_HANDLER_MET = re.compile(
    rf"(?<![\w'-])(?!(?:He|She|They|It|You|We|I)\b)(?P<handler>{_FIRST_NAME})[ \t]+"
    r"(?:also[ \t]+|again[ \t]+)?(?:met|debriefed|tasked|paid)[ \t]+"
    rf"(?P<name>{_CAPS_NAME})(?![\w'-])"
    r"(?=[ \t]*[,.;]|[ \t]+(?:at|on|in|near|outside|last|this|yesterday|again|twice)\b)"
)
#: "Op Greyhound", "Operation Kingfisher": an operation named in title case.
_TITLED_OPERATION = re.compile(r"\b(?:[Oo]peration|[Oo]p\.?)[ \t]+([A-Z][a-z]{2,}(?![\w'-]))")
#: "the Greyhound file", "the Tallow inquiry": a name that labels our investigation. Only a
#: name the report uses nowhere else is a label: "the Venn file" names a plotter it speaks of.
_NAMED_FILE = re.compile(
    r"\b[Tt]he[ \t]+([A-Z][a-z]{2,})[ \t]+(?:file|investigation|inquiry|enquiry|case|job)\b"
)
#: A line that gives the writer's own means of contact: "Radio: Channel 4, callsign SIOC".
_CONTACT_LINE = re.compile(
    r"[ \t]*(?:(?i:contact|poc|point[ \t]of[ \t]contact)[ \t]*:"
    r"|(?i:radio)[ \t]*:[ \t]*(?i:ch(?:annel)?\.?)[ \t]*\d)"
)
#: The word that introduces an operation's name, with a preposition that leads to it.
_OPERATION_WORD = re.compile(
    r"(?:(?<![\w-])(?:[Uu]nder|[Dd]uring|[Tt]hrough|[Vv]ia|[Aa]s[ \t]+part[ \t]+of)[ \t]+)?"
    r"(?<![\w-])(?:[Oo]peration|OPERATION|[Oo]p\.?|OP)[ \t]+$"
)
#: A list item's number or bullet, just before a word that opens the item.
_ITEM_MARK_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,3}[.)]|[-*\u2022])$")
#: What each callsign becomes, in the order they are introduced: the people stay, their
#: identifiers on the net (which tell them it is heard) do not.
CALLSIGN_STANDINS: tuple[str, ...] = ("one member", "another member")


class CodenameRecognizer(EntityRecognizer):
    """Codenames of sources (SOURCE), operations (METHOD) and stations (COLLECTION), and the
    callsigns of a covered radio net, which are reworded (PERPETRATOR). Besides the names,
    what only tells of them goes: the brackets that describe a source after its codename, a
    list item that tasks one, a reference to its product (SOURCE, METHOD)."""

    NAME = "CodenameRecognizer"
    WHY: ClassVar[dict[Category, str]] = {
        Category.SOURCE: "a human source's codename: identifies who reported",
        Category.COLLECTION: "names the collecting station or base: reveals where it was collected",
        Category.METHOD: "names a technical or collection operation: reveals the method",
        Category.PERPETRATOR: "a callsign on their radio net tells them the net is heard",
        Category.PERSONNEL: "the handler who met or paid a source: one of the reporting side",
    }
    #: Why a list item that tasks a codename, or a reference to its product, goes.
    WHY_TASKED: ClassVar[str] = (
        "tasks a source or a collector by its codename, or names its product"
    )
    #: Why the brackets after a source's codename go.
    WHY_ASIDE: ClassVar[str] = "describes or files the source its codename names"

    #: (rule, category, pattern with one group: the codename itself)
    PATTERNS: ClassVar[list[tuple[str, Category, re.Pattern[str]]]] = [
        (
            "source-codename",
            Category.SOURCE,
            re.compile(
                r"\b(?i:asset|source|src|informant|sub-?source|sub-?src|agent|defector"
                r"|cryptonym|code-?named|codename|hereafter|walk-in|chis|chs"
                r"|person[ \t]+of[ \t]+(?:trust|confidence))"
                # as a header's label too: "src: TALLOW (reliab. B)"; in quotes: 'CHIS "ROOK"'
                rf"(?:[ \t]*:)?[ \t]+(?:\(?[ \t]*)[\"'\u201c]?({_CAPS_NAME})\b"
            ),
        ),
        (
            # "a participant who cooperates with us (code ELK)", "(cover name: HERON)", "an
            # undercover officer, known to us as LARCH", "registered in our records as QUILL",
            # "whom we call WREN": the name the reporting side gives a person is a source's
            # codename (a perpetrator's "known as WOLF", "alias WOLF" or "known in the group
            # as 'the Surveyor'" is the plotters' own name, and stays)
            "given-codename",
            Category.SOURCE,
            re.compile(
                r"(?:\([ \t]*(?i:code|code[ \t-]?word|cover[ \t-]?name|designation)[ \t]*:?"
                r"|\b(?i:known|referred[ \t]+to|designated|registered|listed|filed|carried)"
                r"[ \t]+(?:(?i:to|by)[ \t]+us|(?i:here|hereafter|internally)"
                r"|(?i:in|on)[ \t]+(?:our|this)[ \t]+(?:\w+[ \t]+)?"
                r"(?i:reporting|records?|files?|report|books|system))"
                r"[ \t]+(?i:as)"
                r"|\b(?:whom|who|that)[ \t]+we[ \t]+(?:call|designate|name)"
                r"|(?:[Ww]e|I)[ \t]+(?i:call|called|name|named|refer[ \t]+to)"
                r"(?:[ \t]+(?i:him|her|them))?(?:[ \t]+(?i:as))?)"
                # never an alert state: "(code RED)", "(code AMBER)"
                r"[ \t]+[\"'\u201c]?(?!(?:RED|AMBER|GREEN|BLACK|ORANGE|YELLOW|BLUE|WHITE)\b)"
                rf"({_CAPS_NAME})\b"
            ),
        ),
        (
            # "a person of trust (VP)", "our contact (HK)": an abbreviation the report gives a
            # source once and uses after, shorter than a codename
            "source-abbreviation",
            Category.SOURCE,
            re.compile(
                r"\b(?i:source|informant|informer|asset|contact|interlocutor|confidant"
                r"|person[ \t]+of[ \t]+(?:trust|confidence)|trusted[ \t]+person)"
                r"[ \t]*\(([A-Z][A-Z0-9-]{1,5})\)"
            ),
        ),
        (
            # "Our CHIS in the Brannock crew (PIKE, solid for us since ...)": a source, and his
            # codename in brackets a few words on (not the initials of the words before the
            # bracket: "an informant in the Red Lantern Brigade (RLB)" names the group)
            "bracketed-codename",
            Category.SOURCE,
            re.compile(
                # ("a sleeper agent of the Hand (VOSS, a chemist)" is a plotter, and "the source
                # of the explosives" a place or a supplier)
                r"\b(?i:source(?![ \t]+of\b)|informant|informer|asset|chis|chs|walk-in"
                rf"|defector)\b[^()\n.;:]{{0,40}}\(({_CAPS_NAME})(?=[ \t]*[,)])"
            ),
        ),
        (
            "operation-name",
            Category.METHOD,
            re.compile(rf"\b(?:[Oo]peration|OPERATION|[Oo]p\.?|OP)[ \t]+({_CAPS_NAME})\b"),
        ),
        (
            # "implant BRIARGATE", "the tracker MAGPIE": a collection device by its codename
            "device-codename",
            Category.METHOD,
            re.compile(
                r"\b(?i:implants?|beacons?|trackers?|probes?|personas?|sensors?|bugs?"
                rf"|honeypots?|sinkholes?|keyloggers?)[ \t]+({_CAPS_NAME})\b"
            ),
        ),
        (
            "station-name",
            Category.COLLECTION,
            re.compile(
                r"\b(?:[Ss]tation|STATION|[Bb]ase|BASE|[Oo]utstation|OUTSTATION|CAMP|FACILITY)"
                rf"[ \t]+({_CAPS_NAME})\b"
            ),
        ),
        (
            "name-station",
            Category.COLLECTION,
            re.compile(rf"\b({_CAPS_NAME})[ \t]+(?:[Ss]tation|STATION|[Bb]ase|BASE)\b"),
        ),
        (
            # "KESTREL says ...", "Per ROOK, ...": a capitalized name in mixed-case prose that
            # reports, or that a report is credited to, is a source's codename; "the FBI
            # reported" has an article and names an agency, and a surname in capitals is
            # known by its first name elsewhere ("Arno PELL"; see `_SURNAME_RULES`)
            "reporting-codename",
            Category.SOURCE,
            # A description between commas may stand between the name and its verb
            # ("HAWTHORN, a clerk with access to his diary, reported"): what the source is
            # does not change that it reports.
            re.compile(
                rf"(?<![\w'-])(?<!the )(?<!The )({_CAPS_NAME}){_APPOSITION}[ \t]+(?:also[ \t]+)?"
                r"(?:reported|reports|says|said|stated|states|advised|advises|told"
                r"|added|adds|explained|noted|commented|heard|learned|learnt"
                r"|saw|sees|overheard|observed|photographed|asked|arrived"
                r"|got[ \t]+it[ \t]+from|has[ \t]+(?:not[ \t]+)?(?:previously[ \t]+)?reported)\b"
            ),
        ),
        (
            # "SEAWALL, a JTAG-run human source who works ...", "ROOK, our informant in the
            # port": a capital name that an apposition says is a source
            "described-codename",
            Category.SOURCE,
            re.compile(
                rf"(?<![\w'-])({_CAPS_NAME}),[ \t]+(?:(?:a|an|our|the)[ \t]+)?"
                r"(?:[\w-]+[ \t]+){0,3}(?:sub-?|co-?)?"
                r"(?i:source|informant|informer|asset|agent|chis|chs)\b"
            ),
        ),
        (
            # "The van was seen in the yard by MERLIN", "photographed by KESTREL": the name
            # that saw or heard it, as the agent of a passive (in lower case, so a line in
            # capitals, where every word looks a name, is none)
            "credited-codename",
            Category.SOURCE,
            re.compile(
                r"\b(?:seen|observed|overheard|heard|photographed|reported|noticed|witnessed"
                r"|filmed|spotted)[ \t]+(?:[^\n.;,]{0,40}?[ \t])?by[ \t]+"
                rf"({_CAPS_NAME})(?![\w'-])"
            ),
        ),
        (
            "credited-codename",
            Category.SOURCE,
            # "Per ROOK", "I met LANTERN", "we paid HOLLY": credited, or met and paid by us
            re.compile(
                rf"\b(?:[Pp]er|[Aa]ccording[ \t]+to|(?:I|[Ww]e)[ \t]+(?:met|debriefed|tasked|paid"
                rf"|briefed|contacted))[ \t]+({_CAPS_NAME})\b"
            ),
        ),
    ]
    #: Capitalized words that follow a station word in headers but name nothing.
    NOT_NAMES: ClassVar[frozenset[str]] = frozenset(
        {
            "COMMENT",
            "COMMENTS",
            "DESCRIPTION",
            "RELIABILITY",
            "ACCESS",
            "REPORTS",
            "REPORTED",
            "SAYS",
            "SAID",
            "STATES",
            "STATED",
            "INDICATES",
            "NOTES",
            "ADDS",
            "CLAIMS",
            "NOTE",
            "CHIEF",
            "OFFICER",
            "REPORT",
            "CABLE",
            "TRAFFIC",
            "ORIGIN",
            "ORIG",
            "WILL",
            "THE",
            "AND",
            "HAS",
            "REQUESTS",
            "ASSESSES",
            "POLICE",
            "FIRE",
            "BUS",
            "TRAIN",
            "RAILWAY",
            "POWER",
            "PUMPING",
            "GAS",
            "POLLING",
            "NAVAL",
            # the kind of a station the public uses: "HALDEN CENTRAL RAIL STATION"
            "RAIL",
            "COACH",
            "TRAM",
            "METRO",
            "TUBE",
            "UNDERGROUND",
            "FERRY",
            "PETROL",
            "FUEL",
            "FILLING",
            "SERVICE",
            "AMBULANCE",
            "LIFEBOAT",
            "COASTGUARD",
            "RADIO",
            # a part, a mast or the people of a camp or base: "CUT POWER TO CAMP CELL TOWER",
            # "WARN CAMP MGMT", "BASE GATE 2"
            "CELL",
            "TOWER",
            "MAST",
            "GATE",
            "PERIMETER",
            "MANAGEMENT",
            "MGMT",
            "STAFF",
        }
    )

    #: Words that make "... STATION" a public place, wherever they stand before it.
    STATION_KINDS: ClassVar[frozenset[str]] = frozenset(
        {"POLICE", "FIRE", "BUS", "TRAIN", "RAIL", "RAILWAY", "METRO", "TRAM", "COACH", "FERRY"}
        | {"UNDERGROUND", "CENTRAL", "POWER", "PUMPING", "PETROL", "FILLING", "SERVICE", "GAS"}
        | {"POLLING", "NAVAL", "LIFEBOAT", "COASTGUARD", "AMBULANCE", "RADIO", "TV", "WATER"}
    )

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[
                identifier_entity(Category.SOURCE),
                identifier_entity(Category.COLLECTION),
                identifier_entity(Category.METHOD),
                Category.SOURCE.value,
                Category.METHOD.value,
                identifier_entity(Category.PERSONNEL),
                Category.PERPETRATOR.value,
            ],
            name=self.NAME,
            supported_language="en",
        )

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """The codename spans, each marked as an identifier."""
        results = []
        for rule, category, name in self.codenames(text):
            if identifier_entity(category) not in entities:
                continue
            start, end = name
            why = self.WHY[category]
            results.append(
                result(self.NAME, category.value, start, end, 0.85, rule, why, identifier=True)
            )
            operation = rule == "operation-name"
            introduced = _OPERATION_WORD.search(text, 0, start) if operation else None
            if introduced is not None:
                # "Operation", and the "under" or "as part of" before it, go with the name
                # (but only the name is the identifier whose other mentions go)
                results.append(
                    result(self.NAME, category.value, introduced.start(), start, 0.85, rule, why)
                )
        names = {text[s:e] for _, _, (s, e) in self.codenames(text)}
        if Category.METHOD.value in entities:
            results.extend(
                result(
                    self.NAME, Category.METHOD.value, s, e, 0.85, "tasked-codename", self.WHY_TASKED
                )
                for s, e in tasked_items(text, names)
            )
        sources = {text[s:e] for _, c, (s, e) in self.codenames(text) if c is Category.SOURCE}
        if Category.SOURCE.value in entities:
            results.extend(
                result(
                    self.NAME, Category.SOURCE.value, s, e, 0.85, "codename-aside", self.WHY_ASIDE
                )
                for s, e in bracketed_descriptions(text, sources)
            )
        if Category.PERPETRATOR.value in entities:
            results.extend(self._callsigns(text))
        if identifier_entity(Category.PERSONNEL) in entities:
            results.extend(self._handlers(text))
        return results

    def _handlers(self, text: str) -> list[RecognizerResult]:
        """Whoever met or paid a source found by that meeting ("Kieran met BRAMBLE at ..."):
        one of ours, his handler, in every mention."""
        met = {span for rule, _, span in self.codenames(text) if rule == "met-codename"}
        return [
            result(
                self.NAME,
                Category.PERSONNEL.value,
                *match.span("handler"),
                0.85,
                "source-handler",
                self.WHY[Category.PERSONNEL],
                identifier=True,
            )
            for match in _HANDLER_MET.finditer(text)
            if match.span("name") in met
        ]

    def _callsigns(self, text: str) -> list[RecognizerResult]:
        """Every mention of each callsign introduced as one ("between the callsigns SPARROW
        and KILN"), reworded as a member of the group, so "SPARROW ordered KILN to move the
        mortar" keeps who did what without the net's identifiers. Our own ("our callsign")
        are left to the header recognizers."""
        names: list[str] = []
        for match in _CALLSIGNS.finditer(text):
            if "our" in text[max(0, match.start() - 12) : match.start()].lower().split():
                continue
            line_start = text.rfind("\n", 0, match.start()) + 1
            line_end = text.find("\n", match.end())
            if not any(c.islower() for c in text[line_start : line_end if line_end > 0 else None]):
                continue  # "TO ALL CALLSIGNS INCREASE PATROLS": in capitals every word looks one
            if _CONTACT_LINE.match(text, text.rfind("\n", 0, match.start()) + 1):
                continue  # "Radio: Channel 4, callsign SIOC": how to reach us
            for name in re.findall(_CALLSIGN, match.group(1)):
                if name not in names and name.split()[0] not in self.NOT_NAMES:
                    names.append(name)
        found = []
        for index, name in enumerate(names):
            standin = CALLSIGN_STANDINS[index] if index < len(CALLSIGN_STANDINS) else "a member"
            for mention in re.finditer(rf"(?<![\w'-]){re.escape(name)}(?![\w'-])", text):
                found.append(
                    result(
                        self.NAME,
                        Category.PERPETRATOR.value,
                        mention.start(),
                        mention.end(),
                        0.85,
                        "radio-callsign",
                        self.WHY[Category.PERPETRATOR],
                        replacement=_capitalized(standin, text, mention.start()),
                    )
                )
        return found

    @classmethod
    @functools.lru_cache(maxsize=4)
    def codenames(cls, text: str) -> tuple[tuple[str, Category, tuple[int, int]], ...]:
        """Every codename in the text: its rule, category and span. Found once per text: this
        recognizer and the sourcing clauses both ask it of the same report."""
        found: list[tuple[str, Category, tuple[int, int]]] = []
        for rule, category, pattern in cls.PATTERNS:
            for match in pattern.finditer(text):
                words = match.group(1).split()
                if rule == "name-station" and (
                    words[-1] in cls.NOT_NAMES or any(w in cls.STATION_KINDS for w in words)
                ):
                    continue  # "HALDEN CENTRAL RAIL STATION": the kind of station, no codename
                kept = []
                for word in words:
                    if word in cls.NOT_NAMES:
                        break
                    kept.append(word)
                if not kept:
                    continue
                name = " ".join(kept)
                start = match.start(1)
                if any(begin < start + len(name) and start < end for _, _, (begin, end) in found):
                    continue  # "Asset GREY OWL reported": one name, found by its first rule
                if rule in _SURNAME_RULES and written_as_surname(text, name):
                    continue  # "Arno PELL ... PELL said": a surname written in capitals
                if rule == "bracketed-codename" and _initials_before(text, start - 1, name):
                    continue  # "the Red Lantern Brigade (RLB)": the name before, abbreviated
                found.append((rule, category, (start, start + len(name))))
        for match in _HANDLER_MET.finditer(text):
            start, end = match.span("name")
            if match.group("name").split()[0] in cls.NOT_NAMES:
                continue
            if written_as_surname(text, match.group("name")):
                continue  # "Kieran met PELL ... Arno PELL": a surname in capitals
            if not any(begin < end and start < stop for _, _, (begin, stop) in found):
                found.append(("met-codename", Category.SOURCE, (start, end)))
        for rule, category, (start, end) in used_codenames(text):
            if not any(begin < end and start < stop for _, _, (begin, stop) in found):
                found.append((rule, category, (start, end)))
        for match in _TITLED_OPERATION.finditer(text):
            found.append(("operation-name", Category.METHOD, match.span(1)))
        for match in _NAMED_FILE.finditer(text):
            mentions = re.findall(rf"(?<![\w'-]){re.escape(match.group(1))}(?![\w-])", text)
            if len(mentions) == 1:
                found.append(("investigation-name", Category.METHOD, match.span(1)))
        return tuple(found)


def _initials_before(text: str, bracket: int, name: str) -> bool:
    """True when `name` is the initials of the capitalized words just before the bracket at
    `bracket`: an abbreviation the report defines there, not a codename."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text[max(0, bracket - 80) : bracket])
    initials = ""
    for word in reversed(words):
        if word[:1].isupper():
            initials = word[0] + initials
        elif word.lower() not in ("of", "for", "and", "the"):
            break
    return initials.endswith(name.replace(" ", ""))


def _capitalized(words: str, text: str, start: int) -> str:
    """The stand-in with a capital where it opens a sentence or a line."""
    before = text[:start].rstrip(" \t")
    opens = not before or before[-1] in ".!?:\n" or _ITEM_MARK_BEFORE.search(before)
    return words[:1].upper() + words[1:] if opens else words
