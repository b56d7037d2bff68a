"""The categories of the sanitization guide: what a scrub removes and what it keeps.

Recognizers report one of these as their Presidio entity type, policies assign each an action,
and gold files label their keys with them. Keeping the list in one place lets policy validation
name the valid options.
"""

from enum import StrEnum


class Category(StrEnum):
    """A category of the guide; the remove side reveals sources and methods."""

    SOURCE = "SOURCE"
    METHOD = "METHOD"
    COLLECTION = "COLLECTION"
    PERSONNEL = "PERSONNEL"
    SELECTOR = "SELECTOR"
    MARKING = "MARKING"
    TIME = "TIME"
    LOCATION = "LOCATION"
    TARGET = "TARGET"
    PERPETRATOR = "PERPETRATOR"
    ATTACK_METHOD = "ATTACK_METHOD"
    THREAT = "THREAT"


def guide_category(name: object) -> object:
    """A category as the guide's tables spell it ("ATTACK METHOD", "LOCATION / TARGET",
    "attack-method") in the enum's spelling; anything else is passed on for validation."""
    if not isinstance(name, str):
        return name
    first = name.split("/")[0] if "/" in name else name
    spelled = "_".join(first.replace("-", " ").split()).upper()
    return spelled if spelled in Category.__members__ else name


#: Categories that reveal sources and methods: removed under every outside-recipient policy.
SENSITIVE: frozenset[Category] = frozenset(
    {
        Category.SOURCE,
        Category.METHOD,
        Category.COLLECTION,
        Category.PERSONNEL,
        Category.SELECTOR,
        Category.MARKING,
    }
)

#: Categories that make a warning actionable: protected from generic removal.
ACTIONABLE: frozenset[Category] = frozenset(set(Category) - SENSITIVE)

#: Presidio entity suffix of an identifier (a name, codename, selector, station): a separate
#: entity type, so Presidio's de-duplication never folds it into the clause that contains it,
#: and every other mention of it can be removed too.
IDENTIFIER_SUFFIX = "_ID"


def identifier_entity(category: Category) -> str:
    """The Presidio entity type under which a recognizer reports an identifier."""
    return f"{category.value}{IDENTIFIER_SUFFIX}"


def parse_entity(entity_type: str) -> tuple[Category, bool]:
    """The category of a Presidio entity type, and whether it is an identifier."""
    if entity_type.endswith(IDENTIFIER_SUFFIX):
        return Category(entity_type.removesuffix(IDENTIFIER_SUFFIX)), True
    return Category(entity_type), False
