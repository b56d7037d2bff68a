"""Gold files: the remove and keep keys that judge a sanitized report (see the guide)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from tearline.categories import Category, guide_category
from tearline.errors import InputError


class GoldKey(BaseModel):
    """One key: the text, and optionally its category and why it matters."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str = Field(min_length=1)
    category: Category | None = None
    why: str = ""

    _guide_spelling = field_validator("category", mode="before")(guide_category)

    @field_validator("text")
    @classmethod
    def _not_blank(cls, text: str) -> str:
        # a blank key folds to "", which every output both leaks and retains
        if not text.strip():
            raise ValueError("a key must have visible text, not only whitespace")
        return text


class Warn(BaseModel):
    """The duty-to-warn triage answer for a drill."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    applies: bool
    reason: str


class Gold(BaseModel):
    """A gold file: what must go, what must stay, and drill metadata."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    policy: str | None = None
    title: str | None = None
    difficulty: int | None = Field(default=None, ge=1, le=3)
    focus: list[Category] = Field(default_factory=list)
    warn: Warn | None = None
    remove: list[GoldKey] = Field(default_factory=list)
    keep: list[GoldKey] = Field(default_factory=list)

    @field_validator("focus", mode="before")
    @classmethod
    def _guide_spellings(cls, names: Any) -> Any:
        return [guide_category(n) for n in names] if isinstance(names, list) else names

    @field_validator("remove", "keep", mode="before")
    @classmethod
    def _strings_are_keys(cls, items: Any) -> Any:
        if items is None:
            return []
        if isinstance(items, list):
            return [{"text": item} if isinstance(item, str) else item for item in items]
        return items


def gold_path(report: Path) -> Path:
    """Where the gold file of `NAME.txt` lies: `NAME.gold.yaml` beside it."""
    return report.with_name(f"{report.stem}.gold.yaml")


def load_gold(path: Path) -> Gold:
    """Load and validate a gold file, naming the file and key on error."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot read gold file ({type(e).__name__})") from e
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        raise InputError(f"{where} invalid YAML in gold file") from e
    try:
        return Gold.model_validate(data or {})
    except ValidationError as e:
        detail = e.errors()[0]
        loc = " -> ".join(str(p) for p in detail["loc"])
        raise InputError(f"{path}: [{loc}] {detail['msg']}") from e
