"""generalize: the span becomes a more general thing of the same kind, chosen by its shape.

Each span is matched against these shapes in order; the first that fits decides. The list is
the whole of the choice (`generalize()` also returns the shape's name, and the tests hold one
row per shape):

1. portion mark in front: "(S//NF) According to the source," -> the rest, generalized.
2. clock time or range: "at about 19:30" -> "in the evening"; "between 08:10 and 08:30" ->
   "in the morning" (part of day).
3. date or range of days: "on Sunday 14 June 2026" -> "in June 2026" (`date: month`, the
   default) or "in mid-June 2026" (`date: window`).
4. labelled date: "DOI: 27 MAY 2026" -> "DOI: MAY 2026".
5. street address: "at 14 Larch Lane, Vell" -> "in Vell", the district or city after the
   street; nothing when none follows.
6. classification marking: a banner "SECRET//REL TO USA, GBR" -> the rule's `banner` (nothing
   without one); a portion mark "(S//NF)" -> nothing.
7. attribution: "According to the source," -> "According to reporting,"; "Intercepted
   messages show that" -> "Reporting indicates that"; "... imagery shows" -> "Reporting
   shows" (the rule's `discipline`, default "reporting").
8. person's name, only in PERPETRATOR, TARGET and PERSONNEL: "Kasimir Dorn" -> the `role`,
   default "a member of the group"; "named Kasimir Dorn" -> nothing, so "a man named Kasimir
   Dorn" reads "a man".
9. anything else ("TD-314/04417-26", "STATION KESTREL") -> nothing: removed, so a generalize
   rule fails closed.

Part of day: 05:00-11:59 morning, 12:00-17:59 afternoon, 18:00-22:59 evening, otherwise
night. Date window: days 1-10 early, 11-20 mid, 21-31 late. Surrounding whitespace is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from presidio_anonymizer.entities import OperatorConfig
from presidio_anonymizer.operators import Operator, OperatorType

from tearline.categories import Category
from tearline.policy.schema import CategoryRule

NAME = "tearline_generalize"
DEFAULT_ROLE = "a member of the group"
DEFAULT_DISCIPLINE = "reporting"
#: Categories whose spans may name people: only there does a bare name become a role, so a
#: station or operation name in COLLECTION is never mistaken for a person.
PEOPLE: frozenset[Category] = frozenset({Category.PERPETRATOR, Category.TARGET, Category.PERSONNEL})


@dataclass(frozen=True)
class Options:
    """The rule's generalize options, with their defaults, and the span's category."""

    category: Category | None = None
    date: str = "month"
    role: str = DEFAULT_ROLE
    discipline: str = DEFAULT_DISCIPLINE
    banner: str | None = None


@dataclass(frozen=True)
class Generalized:
    """The shape that decided, and the text the span becomes ("" when it goes)."""

    shape: str
    text: str


# -- time ---------------------------------------------------------------------------------

_H = r"(?:[01]?\d|2[0-3])"
_TIME = re.compile(
    rf"^(?:(?P<prep>at|by|before|after|from|until|till|around|about|between)\s+)?"
    rf"(?:(?:about|around|approximately|roughly)\s+)?"
    rf"(?P<h1>{_H}):[0-5]\d(?:\s*(?:hrs|hours|h)\b)?"
    rf"(?:\s*(?:-|\u2013|to|and|until)\s*(?P<h2>{_H}):[0-5]\d(?:\s*(?:hrs|hours|h)\b)?)?$",
    re.IGNORECASE,
)


def _part(hour: int) -> str:
    if 5 <= hour < 12:
        return "morning"
    if 12 <= hour < 18:
        return "afternoon"
    if 18 <= hour < 23:
        return "evening"
    return "night"


def _in(part: str) -> str:
    return "at night" if part == "night" else f"in the {part}"


def _time(core: str) -> str | None:
    match = _TIME.match(core)
    if not match:
        return None
    first = _part(int(match["h1"]))
    second = _part(int(match["h2"])) if match["h2"] else first
    if first == second:
        return _in(first)
    if "night" not in (first, second):
        return f"in the {first} or {second}"
    return f"{_in(first)} or {_in(second)}"


# -- dates --------------------------------------------------------------------------------

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTH_BY_PREFIX = {m[:3].lower(): m for m in MONTHS}
_MONTH = r"(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)"
_PREP = r"(?:(?P<prep>on|by|before|after|from|until|till|since|in|between)\s+)?"
_PART_OF = r"(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*(?:-|\u2013|to|and)\s*[0-3]?\d(?:st|nd|rd|th)?)?"
_YEAR = r"(?:,?\s+(?P<year>\d{4}))?"
_DATES = (
    re.compile(rf"^{_PREP}{_PART_OF}{_WEEKDAY}{_DAY}\s+{_MONTH}{_YEAR}$", re.IGNORECASE),
    re.compile(rf"^{_PREP}{_PART_OF}{_WEEKDAY}{_MONTH}\s+{_DAY}{_YEAR}$", re.IGNORECASE),
    re.compile(rf"^{_PREP}(?P<year>\d{{4}})-(?P<month>\d{{2}})-(?P<day>\d{{2}})$", re.IGNORECASE),
)
#: Prepositions that say "at this date": they become "in" before a month.
_AT_DATE = frozenset({"on", "in", "between"})


def _month_name(token: str) -> str | None:
    if token.isdigit():
        number = int(token)
        return MONTHS[number - 1] if 1 <= number <= 12 else None
    name = _MONTH_BY_PREFIX.get(token.rstrip(".")[:3].lower())
    if name is None or not name.lower().startswith(token.rstrip(".").lower()):
        return None
    return name


#: A date already given as a month ("MAY 2026", "in June"): generalizing it again keeps it.
_MONTH_ONLY = re.compile(rf"^{_PREP}{_MONTH}(?:,?\s+\d{{4}})?$", re.IGNORECASE)


def _date(core: str, mode: str) -> str | None:
    month_only = _MONTH_ONLY.match(core)
    if month_only and _month_name(month_only["month"]):
        return core
    for pattern in _DATES:
        match = pattern.match(core)
        if match:
            break
    else:
        return None
    month = _month_name(match["month"])
    day = int(match["day"])
    if month is None or not 1 <= day <= 31:
        return None
    if mode == "window":
        month = f"early {month}" if day <= 10 else f"mid-{month}" if day <= 20 else f"late {month}"
    if match["month"].isupper() and len(match["month"]) > 1:
        month = month.upper()
    text = f"{month} {match['year']}" if match["year"] else month
    prep = match["prep"]
    if prep:
        word = "in" if prep.lower() in _AT_DATE else prep.lower()
        text = f"{word.capitalize() if prep[0].isupper() else word} {text}"
    return text


_LABEL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z .'-]{0,30}:[ \t]*)(?P<rest>\S.*)$", re.DOTALL)


def _labelled_date(core: str, mode: str) -> str | None:
    match = _LABEL.match(core)
    if not match:
        return None
    date = _date(match["rest"].strip(), mode)
    return f"{match['label']}{date}" if date else None


# -- places -------------------------------------------------------------------------------

_STREET = (
    r"(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Way|Row|Square|Sq|Quay|Close|Drive|Dr|Place|Pl|"
    r"Boulevard|Blvd|Terrace|Crescent|Court|Gardens|Hill|Walk|Parade|Embankment)"
)
_WORD = r"[A-Z][\w'\u2019-]*"
_ADDRESS = re.compile(
    rf"^(?:(?P<prep>at|on|in|from|to|outside|near)\s+)?(?:No\.?\s*)?\d{{1,5}}[A-Za-z]?,?\s+"
    rf"(?:{_WORD}\s+){{1,4}}?{_STREET}\.?"
    rf"(?:(?:,\s*|\s+in\s+)(?P<place>{_WORD}(?:[ -]{_WORD}){{0,3}}))?$"
)
_AT_PLACE = frozenset({"at", "on", "in", "outside"})


def _address(core: str) -> str | None:
    match = _ADDRESS.match(core)
    if not match:
        return None
    place = match["place"]
    if not place:
        return ""
    prep = match["prep"]
    if not prep:
        return place
    word = "in" if prep.lower() in _AT_PLACE else prep.lower()
    return f"{word.capitalize() if prep[0].isupper() else word} {place}"


# -- markings -----------------------------------------------------------------------------

_PORTION = r"\((?:[A-Z]{1,2}|[A-Z]{1,2}//[A-Z0-9][A-Z0-9 ,/-]*)\)"
_PORTION_ALONE = re.compile(rf"^{_PORTION}$")
_PORTION_FIRST = re.compile(rf"^{_PORTION}[ \t]*(?=\S)")
_CONTROL = r"[A-Z0-9][A-Z0-9 ,/-]{0,60}"
#: A banner: a classification with its controls, or a control line alone, and nothing else.
_BANNER = re.compile(
    r"^(?P<label>[A-Za-z][A-Za-z ]{0,24}:[ \t]*)?"
    r"(?:(?:TOP SECRET|SECRET|CONFIDENTIAL|RESTRICTED|UNCLASSIFIED|OFFICIAL(?:-SENSITIVE)?)"
    rf"(?://{_CONTROL})*|(?:NOFORN|ORCON|FOUO|REL TO {_CONTROL})(?:/{_CONTROL})*)"
    # a descriptor goes with the banner it follows: "OFFICIAL-SENSITIVE: BORDER TARGETING"
    r"(?:[ \t]*:[ \t]*[A-Z][A-Z0-9 &/'-]*|[ \t]*\[[A-Z][A-Z0-9 &/'-]*\])?$"
)


def _marking(core: str, banner: str | None) -> Generalized | None:
    if _PORTION_ALONE.match(core):
        return Generalized("portion mark", "")
    match = _BANNER.match(core)
    if not match:
        return None
    return Generalized("banner", f"{match['label'] or ''}{banner}" if banner else "")


# -- attribution --------------------------------------------------------------------------

_ACCORDING = re.compile(r"^according\s+to\b.*?(?P<comma>,)?$", re.IGNORECASE | re.DOTALL)
_REPORTING = re.compile(
    r"\b(?:sa(?:y|ys|id)|stated?|states|t(?:ell|ells|old)|report(?:s|ed)?|indicat(?:e|es|ed)|"
    r"show(?:s|ed|n)?|reveal(?:s|ed)?|suggest(?:s|ed)?|confirm(?:s|ed)?|claim(?:s|ed)?|"
    r"learn(?:ed|t)|heard|explain(?:s|ed)|describ(?:es|ed)|not(?:es|ed)|warn(?:s|ed)|"
    r"assess(?:es|ed)|believ(?:es|ed)|judg(?:es|ed)|pass(?:es|ed)|shar(?:es|ed)|add(?:s|ed))\b",
    re.IGNORECASE,
)
_ENDS_THAT = re.compile(r"\bthat$", re.IGNORECASE)
_ENDS_VERB = re.compile(
    r"\b(?P<verb>show|indicate|reveal|confirm|suggest)(?:s|ed|d)?$", re.IGNORECASE
)


#: Words of collection by people rather than by technical means: liaison, debriefing,
#: interviews. A frame with one of them is not "technical reporting", whatever the category's
#: discipline says, so it takes the plainer "reporting", which claims less.
_BY_PEOPLE = re.compile(
    r"\b(?:liaison|partner|counterpart|service|debrief\w*|interview\w*|interrogat\w*|"
    r"detainee|prisoner|defector|walk-in|informant|source|contact|agent|officer)s?\b",
    re.IGNORECASE,
)


def _attribution(core: str, discipline: str) -> str | None:
    if discipline != DEFAULT_DISCIPLINE and _BY_PEOPLE.search(core):
        discipline = DEFAULT_DISCIPLINE
    source = discipline[:1].upper() + discipline[1:] if core[:1].isupper() else discipline
    according = _ACCORDING.match(core)
    if according:
        lead = "According" if core[0].isupper() else "according"
        return f"{lead} to {discipline}{according['comma'] or ''}"
    if _ENDS_THAT.search(core) and _REPORTING.search(core):
        return f"{source} indicates that"
    verb = _ENDS_VERB.search(core)
    if verb:
        return f"{source} {verb['verb'].lower()}s"
    return None


# -- people -------------------------------------------------------------------------------

#: One word of a name: "Dorn", "O'Brien", "Marie-Claire", "HALLORAN"; never a possessive "'s".
_NAME_WORD = r"(?:[A-Z]\.\s*)?[A-Z][A-Za-z]*(?:['\u2019-](?!s\b)[A-Za-z]+)*"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
_NAMED = re.compile(rf"^(?:named|called)\s+{_NAME}$")
_PERSON = re.compile(rf"^{_NAME}(?P<poss>['\u2019]s)?$")


def _person(core: str, role: str) -> Generalized | None:
    if _NAMED.match(core):
        return Generalized("named person", "")
    match = _PERSON.match(core)
    if match:
        return Generalized("person", f"{role}{match['poss'] or ''}")
    return None


# -- the choice ---------------------------------------------------------------------------


def _choose(core: str, options: Options) -> Generalized:
    portion = _PORTION_FIRST.match(core)
    if portion:
        rest = _choose(core[portion.end() :], options)
        return Generalized(f"portion mark + {rest.shape}", rest.text)
    text = _time(core)
    if text is not None:
        return Generalized("time", text)
    text = _date(core, options.date)
    if text is not None:
        return Generalized("date", text)
    text = _labelled_date(core, options.date)
    if text is not None:
        return Generalized("labelled date", text)
    text = _address(core)
    if text is not None:
        return Generalized("address", text)
    marking = _marking(core, options.banner)
    if marking is not None:
        return marking
    text = _attribution(core, options.discipline)
    if text is not None:
        return Generalized("attribution", text)
    if options.category in PEOPLE:
        person = _person(core, options.role)
        if person is not None:
            return person
    return Generalized("removed", "")


def generalize(span: str, options: Options | None = None) -> Generalized:
    """What a span becomes, and the shape that chose it; surrounding whitespace is kept."""
    options = options or Options()
    core = span.strip()
    if not core:
        return Generalized("removed", "")
    chosen = _choose(core, options)
    if not chosen.text:
        return chosen
    lead = span[: len(span) - len(span.lstrip())]
    trail = span[len(span.rstrip()) :]
    return Generalized(chosen.shape, f"{lead}{chosen.text}{trail}")


class Generalize(Operator):
    """Presidio operator: params `category`, `date`, `role`, `discipline`, `banner`."""

    def operate(self, text: str, params: dict[str, Any] | None = None) -> str:
        """The generalized span."""
        params = params or {}
        category = params.get("category")
        options = Options(
            category=Category(category) if category else None,
            date=params.get("date") or "month",
            role=params.get("role") or DEFAULT_ROLE,
            discipline=params.get("discipline") or DEFAULT_DISCIPLINE,
            banner=params.get("banner"),
        )
        return generalize(text, options).text

    def validate(self, params: dict[str, Any] | None = None) -> None:
        """Nothing to check: the policy schema validated the options."""

    def operator_name(self) -> str:
        """The name the rewriter registers the operator under."""
        return NAME

    def operator_type(self) -> OperatorType:
        """An anonymizer."""
        return OperatorType.Anonymize


def config(rule: CategoryRule, category: Category) -> OperatorConfig:
    """The operator with the rule's options and the span's category."""
    return OperatorConfig(
        NAME,
        {
            "category": category.value,
            "date": rule.date,
            "role": rule.role,
            "discipline": rule.discipline,
            "banner": rule.banner,
        },
    )
