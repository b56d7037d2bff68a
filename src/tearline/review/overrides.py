"""Reviewer overrides: undo a change the tool got wrong, or remove more than it found.

A reviewer marks changes in the review page (`tearline diff FILE --html OUT.html`) and
exports a small YAML file; `tearline redact FILE --overrides FILE.yaml` applies it:

    # tearline review overrides
    version: 1
    document: flagship.txt        # informational: the report that was reviewed
    document_sha256: "9f2c..."    # optional: the exact text reviewed (UTF-8, as read)
    policy: duty-to-warn          # optional: the policy the review was made under
    policy_sha256: "4be1..."      # optional: that policy, resolved
    restore:                      # changes to undo, each pinned by its exact text and offset
      - {text: "According to the source,", start: 342}
    redact:                       # more to remove: every mention, in any casing
      - {text: "Admiralty Quay", category: LOCATION, why: "names the venue's owner"}

- `restore` items name a change by its original text and its start offset (in characters).
  The change must exist exactly there, or loading fails: the report, the policy or the engine
  changed since the review, and the reviewer has to look again. A restored change becomes a
  keep decision with rule `override:restore`.
- `redact` items remove every mention of their text, compared the way the check compares
  (normalized, case-folded, runs of whitespace folded, whole words at the edges), as
  `remove` decisions with rule `override:redact`; `category` defaults to SOURCE. They merge
  with overlapping changes and win over a restore.
- The check still runs on the result. Every removed string is still searched for, so a
  restored span that repeats a removed name withholds the output, and so does anything the
  rescan finds, except a re-finding of the very category the reviewer restored inside the
  restored span: that is the reviewer's call, the whole point of restoring.
- `document_sha256`, `policy` and `policy_sha256` are checked when present, so an override
  made on one report or policy is not applied to another by mistake.

Errors name the file, the line and the key path, never the report's text.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError

from tearline.categories import Category
from tearline.errors import InputError
from tearline.load.normalize import normalize
from tearline.model import CheckHit, Decision, PolicyRef

RESTORE_RULE = "override:restore"
REDACT_RULE = "override:redact"
#: Letters or digits a redact text needs: fewer would remove every "a" in the report.
MIN_REDACT_CHARS = 2


class OverridesError(InputError):
    """An overrides file is malformed or does not fit the report (exit 2)."""


class RestoreItem(BaseModel):
    """Undo the change that starts at `start` and covers exactly `text`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str = Field(min_length=1, description="The original text of the change.")
    start: int = Field(ge=0, description="Its offset in the original, in characters.")
    why: str = Field(default="", description="The reviewer's note.")


class RedactItem(BaseModel):
    """Remove every mention of `text`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str = Field(min_length=1, description="The text to remove wherever it appears.")
    category: Category = Field(default=Category.SOURCE, description="Why it must go.")
    why: str = Field(default="", description="The reviewer's note.")


class Overrides(BaseModel):
    """A reviewer's decisions on one report under one policy."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: Literal[1] = 1
    document: str | None = None
    document_sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    policy: str | None = None
    policy_sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    restore: list[RestoreItem] = Field(default_factory=list)
    redact: list[RedactItem] = Field(default_factory=list)
    _source: str = PrivateAttr(default="overrides")

    @property
    def source(self) -> str:
        """Where the overrides came from, for error messages."""
        return self._source


def document_sha256(text: str) -> str:
    """The hash that pins overrides to the exact text reviewed."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _marks(node: yaml.Node, path: tuple[Any, ...], out: dict[tuple[Any, ...], str]) -> None:
    """Where each key path was written; a duplicate key is an error, not a silent overwrite."""
    out.setdefault(path, f"{node.start_mark.line + 1}:{node.start_mark.column + 1}")
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            where = f"{key.start_mark.line + 1}:{key.start_mark.column + 1}"
            if (*path, str(key.value)) in out:
                keys = f"[{' -> '.join(str(p) for p in path)}] " if path else ""
                raise OverridesError(f"{{file}}:{where} {keys}duplicate key '{key.value}'")
            out[(*path, str(key.value))] = where
            _marks(value, (*path, str(key.value)), out)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _marks(item, (*path, index), out)


def load_overrides(path: str | Path) -> Overrides:
    """Read and validate an overrides file; errors name `file:line:col [key -> path]`."""
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise OverridesError(f"{path}: overrides file not found") from e
    except (OSError, UnicodeDecodeError) as e:
        raise OverridesError(f"{path}: cannot read overrides ({type(e).__name__})") from e
    try:
        node = yaml.compose(raw, Loader=yaml.SafeLoader)
        data = yaml.safe_load(raw)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        raise OverridesError(f"{where} invalid YAML: {e.problem or e.context}") from e
    if not isinstance(data, dict) or node is None:
        raise OverridesError(f"{path}:1:1 overrides must be a YAML mapping (restore, redact)")
    marks: dict[tuple[Any, ...], str] = {}
    try:
        _marks(node, (), marks)
    except OverridesError as e:
        raise OverridesError(str(e).replace("{file}", str(path), 1)) from None
    try:
        overrides = Overrides.model_validate(data)
    except ValidationError as e:
        raise OverridesError(_first_error(e, marks, path)) from e
    overrides._source = str(path)
    return overrides


def _first_error(
    error: ValidationError, marks: dict[tuple[Any, ...], str], path: str | Path
) -> str:
    """pydantic's first error as one line: `file:line:col [key -> path] message`."""
    detail = error.errors()[0]
    loc = tuple(detail["loc"])
    kind = detail["type"]
    if kind == "extra_forbidden":
        model: type[BaseModel] = Overrides
        if len(loc) > 1:
            model = RestoreItem if loc[0] == "restore" else RedactItem
        message = f"unknown key '{loc[-1]}'; valid: {', '.join(model.model_fields)}"
    elif kind == "missing":
        message = f"missing required key '{loc[-1]}'"
        loc = loc[:-1]
    elif kind == "string_pattern_mismatch" and str(loc[-1]).endswith("sha256"):
        message = "must be a SHA-256 in hex (64 of 0-9a-f), as the review page exports it"
    elif kind == "literal_error" and loc == ("version",):
        message = f"unsupported version {detail.get('input')!r}; this tearline reads version 1"
    elif kind == "enum":
        valid = ", ".join(c.value for c in Category)
        message = f"unknown category '{detail.get('input')}'; valid: {valid}"
    else:
        message = str(detail["msg"]).removeprefix("Value error, ")
    where = next((marks[loc[:n]] for n in range(len(loc), -1, -1) if loc[:n] in marks), "1:1")
    keys = f"[{' -> '.join(str(p) for p in loc)}] " if loc else ""
    return f"{path}:{where} {keys}{message}"


def _check_fits(text: str, overrides: Overrides, policy: PolicyRef) -> None:
    src = overrides.source
    if overrides.document_sha256 and overrides.document_sha256 != document_sha256(text):
        raise OverridesError(
            f"{src}: made for a different text of the report (document_sha256 differs); "
            "review this version with `tearline diff --html` and export again"
        )
    if overrides.policy and overrides.policy != policy.name:
        raise OverridesError(
            f"{src}: made under policy '{overrides.policy}', not '{policy.name}'; "
            f"pass -p {overrides.policy} or review again under {policy.name}"
        )
    if overrides.policy_sha256 and overrides.policy_sha256 != policy.sha256:
        raise OverridesError(
            f"{src}: policy '{policy.name}' changed since the review (policy_sha256 differs); "
            "review again and export new overrides"
        )


def mentions(text: str, needle: str) -> list[tuple[int, int]]:
    """Every original span whose normalized form matches `needle` as the check would."""
    words = normalize(needle).text.split()
    view = normalize(text)
    body = r"\s+".join(re.escape(w) for w in words)
    pattern = re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)
    return [view.to_original(m.start(), m.end()) for m in pattern.finditer(view.text)]


def _restore(
    text: str, decisions: list[Decision], overrides: Overrides, strict: bool
) -> list[Decision]:
    """Carve each restored span out of the changes over it and keep it instead.

    Carving, rather than dropping one matching decision, keeps a restore in force when the
    check has carried a hit back inside it in a later round: the restored text then stays in
    the output, and the check withholds it again, so the outcome never silently depends on
    how the next round happened to merge spans.
    """
    for n, item in enumerate(overrides.restore):
        end = item.start + len(item.text)
        exact = any(d.action != "keep" and (d.start, d.end) == (item.start, end) for d in decisions)
        if strict and (not exact or text[item.start : end] != item.text):
            raise OverridesError(
                f"{overrides.source}: restore[{n}] (offset {item.start}, {len(item.text)} "
                "characters) matches no change in this report; the report, policy or engine "
                "changed since the review: review again with `tearline diff --html`"
            )
        covered = [
            d for d in decisions if d.action != "keep" and d.start < end and item.start < d.end
        ]
        if not covered:
            continue
        lead = next((d for d in covered if (d.start, d.end) == (item.start, end)), covered[0])
        carved: list[Decision] = []
        for d in decisions:
            if d not in covered:
                carved.append(d)
                continue
            if d.start < item.start:
                carved.append(dataclasses.replace(d, end=item.start))
            if end < d.end:
                carved.append(dataclasses.replace(d, start=end))
        why = item.why or "restored by a reviewer"
        keep = dataclasses.replace(
            lead,
            start=item.start,
            end=end,
            action="keep",
            rule=RESTORE_RULE,
            why=why,
            replacement=None,
        )
        decisions = [*carved, keep]
    return decisions


def _redactions(text: str, overrides: Overrides) -> list[Decision]:
    found: list[Decision] = []
    for n, item in enumerate(overrides.redact):
        if sum(c.isalnum() for c in item.text) < MIN_REDACT_CHARS:
            raise OverridesError(
                f"{overrides.source}: redact[{n}] has fewer than {MIN_REDACT_CHARS} letters or "
                "digits; too short to remove every mention safely"
            )
        spans = mentions(text, item.text)
        if not spans:
            raise OverridesError(
                f"{overrides.source}: redact[{n}] ({len(item.text)} characters) matches nothing "
                "in this report; was it exported for another report?"
            )
        why = item.why or "marked for removal by a reviewer"
        found.extend(
            Decision(s, e, item.category, "remove", REDACT_RULE, 1.0, why) for s, e in spans
        )
    return found


def _merge(changes: list[Decision]) -> list[Decision]:
    """Union overlapping or touching changes into one each, so every seam is tidied once.

    A change that already covers its whole group stays as the engine made it; otherwise the
    union carries the reviewer's redaction when there is one (they widened it), else the
    strongest change, as `decide` would pick it.
    """
    groups: list[list[Decision]] = []
    for d in sorted(changes, key=lambda d: (d.start, -d.end)):
        if groups and d.start <= max(x.end for x in groups[-1]):
            groups[-1].append(d)
        else:
            groups.append([d])
    out: list[Decision] = []
    for group in groups:
        start, end = min(d.start for d in group), max(d.end for d in group)
        covering = [d for d in group if (d.start, d.end) == (start, end) and d.rule != REDACT_RULE]
        if covering:
            out.append(covering[0])
            continue
        reviewer = [d for d in group if d.rule == REDACT_RULE]
        lead = (
            reviewer[0] if reviewer else max(group, key=lambda d: (d.action == "remove", d.score))
        )
        score = max(d.score for d in group)
        out.append(dataclasses.replace(lead, start=start, end=end, score=score))
    return out


def apply_overrides(
    text: str,
    decisions: Sequence[Decision],
    overrides: Overrides,
    policy: PolicyRef,
    *,
    strict: bool = True,
) -> list[Decision]:
    """The decisions with the reviewer's restores and redactions applied, sorted.

    `strict` makes a restore that matches no change an error (the file does not fit the
    report). The pipeline passes False once the check has carried its hits back: a change it
    widened over a restored span then simply stays removed, failing closed.
    """
    _check_fits(text, overrides, policy)
    updated = _restore(text, list(decisions), overrides, strict)
    changes = _merge([d for d in updated if d.action != "keep"] + _redactions(text, overrides))
    keeps = [
        k
        for k in updated
        if k.action == "keep" and not any(c.start <= k.start and k.end <= c.end for c in changes)
    ]
    return sorted([*changes, *keeps], key=lambda d: (d.start, d.end))


def exempt_restored(
    text: str, draft: str, decisions: Sequence[Decision], hits: Sequence[CheckHit]
) -> list[CheckHit]:
    """Rescan hits minus re-findings, inside a restored span, of the category restored."""
    restored = [d for d in decisions if d.rule == RESTORE_RULE]
    if not restored or not hits:
        return list(hits)
    from tearline.review.align import offset_map

    offsets = offset_map(text, draft, decisions)
    spans = [
        (str(d.category), offsets.to_draft(d.start), offsets.to_draft(d.end)) for d in restored
    ]
    return [
        h
        for h in hits
        if not any(h.category == c and s <= h.start and h.end <= e for c, s, e in spans)
    ]
