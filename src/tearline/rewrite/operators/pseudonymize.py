"""pseudonymize: the span becomes a pseudonym that is the same wherever the same name occurs.

The pseudonym is an HMAC-SHA256 of the span under a secret key: the same name gives the same
pseudonym in every document and every run with that key, so analysts can follow one person
across releases, and a different key gives unrelated pseudonyms. Never a plain or salted
hash: a plain hash of a name is reversed by hashing candidate names, and a per-call salt
would break the consistency that is the point. Without a key the operator refuses to run.

The span is folded before hashing (Unicode look-alikes, case, runs of whitespace), so
"Kasimir Dorn" and "KASIMIR  DORN" are one person.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from typing import TYPE_CHECKING, Any

from presidio_anonymizer.entities import InvalidParamError, OperatorConfig
from presidio_anonymizer.operators import Operator, OperatorType

from tearline.load.normalize import normalize
from tearline.rewrite.operators.keys import MIN_HMAC_BYTES, PSEUDONYM_KEY, hmac_key

if TYPE_CHECKING:
    from tearline.categories import Category
    from tearline.policy.schema import CategoryRule

NAME = "tearline_pseudonymize"
DEFAULT_LABEL = "ID"
#: Hex digits of the HMAC kept in a pseudonym: 40 bits, unique among a million names.
DIGITS = 10
#: Separates this use of the key from any other (domain separation), and versions it.
_DOMAIN = b"tearline.pseudonymize.v1\x00"
#: Words that introduce a name inside a span: kept, so only the name is hashed.
_LEAD_IN = re.compile(r"^(?:named|called|known as)\s+")


def fold(text: str) -> str:
    """The form of a name that is hashed: normalized, case-folded, whitespace folded."""
    return " ".join(normalize(text).text.casefold().split())


def pseudonym(text: str, key: bytes, label: str = DEFAULT_LABEL) -> str:
    """The pseudonym of `text` under `key`, e.g. 'ID-3f9a1c2b7d'."""
    digest = hmac.new(key, _DOMAIN + fold(text).encode("utf-8"), hashlib.sha256).hexdigest()
    return f"{label}-{digest[:DIGITS]}"


class Pseudonymize(Operator):
    """Presidio operator: params `key` (bytes) and `label` (the pseudonym's prefix)."""

    def operate(self, text: str, params: dict[str, Any] | None = None) -> str:
        """The pseudonym of the span, keeping its surrounding whitespace and a lead-in such as
        "named " (so "a man named Kasimir Dorn" reads "a man named ID-...", and the pseudonym
        is the one "Kasimir Dorn" gets anywhere else)."""
        params = params or {}
        core = text.strip()
        lead = text[: len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()) :]
        lead_in = _LEAD_IN.match(core)
        if lead_in and lead_in.end() < len(core):
            lead, core = lead + lead_in.group(), core[lead_in.end() :]
        return f"{lead}{pseudonym(core, params['key'], params.get('label', DEFAULT_LABEL))}{trail}"

    def validate(self, params: dict[str, Any] | None = None) -> None:
        """Refuse to run without a key of at least MIN_HMAC_BYTES bytes."""
        key = (params or {}).get("key")
        if not isinstance(key, bytes) or len(key) < MIN_HMAC_BYTES:
            raise InvalidParamError(f"pseudonymize needs a key of at least {MIN_HMAC_BYTES} bytes")

    def operator_name(self) -> str:
        """The name the rewriter registers the operator under."""
        return NAME

    def operator_type(self) -> OperatorType:
        """An anonymizer."""
        return OperatorType.Anonymize


def config(rule: CategoryRule, category: Category) -> OperatorConfig:
    """The operator with the rule's key (read now: no key, no run) and label."""
    key = hmac_key(rule.key or PSEUDONYM_KEY, f"pseudonymize ({category.value})")
    return OperatorConfig(NAME, {"key": key, "label": rule.label or DEFAULT_LABEL})
