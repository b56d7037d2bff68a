"""Load policies from YAML: resolve names, follow `extends`, and point errors at the line.

Every error names `file:line:column`, the key path and the valid options, in the style of
`policies/x.yaml:14:5 [categories -> SELECTOR -> action] unknown action 'maks'; valid: ...`.
A YAML syntax error is an error, never a silent fall back to defaults.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from tearline.categories import Category
from tearline.errors import PolicyError
from tearline.policy.schema import (
    ACTIONS,
    DATE_MODES,
    OPTIONS,
    CategoryRule,
    PatternSpec,
    Policy,
)

Mark = tuple[int, int]
KeyPath = tuple[str | int, ...]


def shipped_dir() -> Path:
    """The folder of shipped policies: packaged data when installed, `policies/` in a checkout."""
    packaged = Path(str(resources.files("tearline") / "policies_data"))
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "policies"


def policy_names() -> list[str]:
    """The names of the shipped policies, sorted."""
    return sorted(path.stem for path in shipped_dir().glob("*.yaml"))


@dataclass(frozen=True)
class _Source:
    """One policy file's data and where each key path was written in it."""

    path: Path
    data: dict[str, Any]
    marks: dict[KeyPath, Mark]


def _locate(name_or_path: str | Path, relative_to: Path | None = None) -> Path:
    text = str(name_or_path)
    if text.endswith((".yaml", ".yml")) or "/" in text or "\\" in text:
        path = Path(text)
        if relative_to is not None:
            # a policy names its parent beside itself or among the shipped ones, never
            # anywhere on the machine: a policy file must not make tearline read other files
            path = relative_to.parent / path
            allowed = (relative_to.resolve().parent, shipped_dir().resolve())
            if not any(path.resolve().is_relative_to(folder) for folder in allowed):
                raise PolicyError(
                    f"'{text}' is outside the policy's folder; name a shipped policy or a "
                    "file beside it"
                )
        if not path.is_file():
            raise PolicyError(f"{path}: policy file not found")
        return path
    shipped = shipped_dir() / f"{text}.yaml"
    if not shipped.is_file():
        names = ", ".join(policy_names())
        raise PolicyError(
            f"unknown policy '{text}'; valid: {names} (or a path to a .yaml policy file)"
        )
    return shipped


def _marks(node: yaml.Node, path: KeyPath, out: dict[KeyPath, Mark], file: Path) -> None:
    """Record the line and column of every key, and refuse duplicate keys."""
    out.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in seen:
                line, col = key_node.start_mark.line + 1, key_node.start_mark.column + 1
                raise PolicyError(f"{file}:{line}:{col} {_fmt(path)}duplicate key '{key}'")
            seen.add(key)
            out[(*path, key)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            _marks(value_node, (*path, key), out, file)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _marks(item, (*path, index), out, file)


def _read(path: Path) -> _Source:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise PolicyError(f"{path}: cannot read policy ({type(e).__name__})") from e
    try:
        _refuse_aliases(text, path)
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as e:
        raise PolicyError(_yaml_message(path, e)) from e
    if not isinstance(data, dict) or node is None:
        raise PolicyError(f"{path}:1:1 a policy must be a YAML mapping of keys to values")
    marks: dict[KeyPath, Mark] = {}
    _marks(node, (), marks, path)
    return _Source(path, data, marks)


def _refuse_aliases(text: str, path: Path) -> None:
    """Refuse YAML aliases before anything is built: nested aliases expand exponentially (a
    "billion laughs"), and a policy reuses another through `extends`, not anchors."""
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.AliasEvent):
            mark = event.start_mark
            where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
            raise PolicyError(
                f"{where} YAML aliases are not allowed in policies; "
                "reuse a policy with 'extends' instead"
            )


def _yaml_message(path: Path, error: yaml.MarkedYAMLError) -> str:
    """Where PyYAML noticed the problem, and the construct it was inside (often the cause:
    an unclosed `{` is noticed lines later)."""
    mark = error.problem_mark or error.context_mark
    where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
    message = f"{where} invalid YAML: {error.problem or error.context}"
    context = error.context_mark
    if error.problem and error.context and context is not None and context is not mark:
        message += f" ({error.context} at line {context.line + 1}, column {context.column + 1})"
    return message


def _merge(parent: dict[str, Any], child: dict[str, Any], path: KeyPath = ()) -> dict[str, Any]:
    """Overlay `child` on `parent`: mappings merge key by key, anything else is replaced.

    A category rule that changes the action drops the parent's options that do not go with
    the new action (`discipline` when `generalize` becomes `remove`), and keeps the rest
    (`threshold`): the child overrides only what differs, and never ends up invalid.
    """
    if len(path) == 2 and path[0] == "categories" and "action" in child:
        action = child["action"]
        parent = {
            key: value
            for key, value in parent.items()
            if key not in OPTIONS or action in OPTIONS[key]
        }
    merged = dict(parent)
    for key, value in child.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value, (*path, key))
        else:
            merged[key] = value
    return merged


def _extends_error(source: _Source, message: str) -> PolicyError:
    line, col = source.marks.get(("extends",), (1, 1))
    return PolicyError(f"{source.path}:{line}:{col} [extends] {message}")


def _chain(path: Path) -> Iterator[_Source]:
    """The policy file and its ancestors, child first.

    A cycle is blamed on the file whose `extends` closes it, at that key.
    """
    seen: list[Path] = [path.resolve()]
    current: Path | None = path
    while current is not None:
        source = _read(current)
        yield source
        parent = source.data.get("extends")
        if parent is None:
            return
        if not isinstance(parent, str):
            raise _extends_error(source, "must be a policy name or path")
        try:
            current = _locate(parent, relative_to=current)
        except PolicyError as e:
            raise _extends_error(source, str(e)) from e
        resolved = current.resolve()
        if resolved in seen:
            cycle = " -> ".join(p.name for p in [*seen, resolved])
            raise _extends_error(source, f"forms a cycle: {cycle}")
        seen.append(resolved)


def load_policy(name_or_path: str | Path) -> Policy:
    """Load, resolve and validate a policy given a shipped name or a path to a YAML file."""
    if isinstance(name_or_path, Policy):
        return name_or_path
    path = _locate(name_or_path)
    sources = list(_chain(path))
    if "name" not in sources[0].data:
        # a child must name itself, or its outputs would claim to be its parent's
        raise PolicyError(f"{sources[0].path}:1:1 missing required key 'name'")
    data: dict[str, Any] = {}
    for source in reversed(sources):
        data = _merge(data, source.data)
    data["extends"] = sources[0].data.get("extends")
    try:
        return Policy.model_validate(data)
    except ValidationError as e:
        raise PolicyError(_first_error(e, sources)) from e


def _fmt(path: KeyPath) -> str:
    return f"[{' -> '.join(str(p) for p in path)}] " if path else ""


def _where(loc: KeyPath, sources: list[_Source]) -> str:
    """The innermost file position of a key path, searching the child first."""
    for depth in range(len(loc), -1, -1):
        for source in sources:
            if loc[:depth] in source.marks:
                line, col = source.marks[loc[:depth]]
                return f"{source.path}:{line}:{col}"
    return str(sources[0].path)


def _model_at(loc: KeyPath) -> type[BaseModel]:
    """The model a key path lands in: a category rule, a pattern, or the policy itself."""
    if len(loc) >= 2 and loc[0] == "categories":
        return CategoryRule
    if len(loc) >= 2 and loc[0] == "patterns":
        return PatternSpec
    return Policy


#: Keys whose value is one of a few words, with the words that are valid.
_CHOICES: dict[str, tuple[str, ...]] = {"action": ACTIONS, "date": DATE_MODES}

#: Parts of pydantic's error locations that are not keys of the file.
_INTERNAL_LOC = ("[key]",)


def _first_error(error: ValidationError, sources: list[_Source]) -> str:
    """Turn pydantic's first error into one line that names the file, line, key and fix."""
    detail = error.errors()[0]
    loc: KeyPath = tuple(
        p
        for p in detail["loc"]
        if not (isinstance(p, str) and (p.startswith("function-") or p in _INTERNAL_LOC))
    )
    context = detail.get("ctx") or {}
    loc = (*loc, *context.get("at", ()))
    kind, value = detail["type"], detail.get("input")
    key = str(loc[-1]) if loc else ""
    if kind == "extra_forbidden":
        fields = ", ".join(_model_at(loc[:-1]).model_fields)
        message = f"unknown key '{key}'; valid: {fields}"
    elif kind == "literal_error" and key in _CHOICES:
        message = f"unknown {key} '{value}'; valid: {', '.join(_CHOICES[key])}"
    elif kind == "enum":
        valid = ", ".join(c.value for c in Category)
        message = f"unknown category '{value}'; valid: {valid}"
    elif kind == "missing":
        message = f"missing required key '{key}'"
        loc = loc[:-1]
    else:
        message = str(detail["msg"]).removeprefix("Value error, ")
    return f"{_where(loc, sources)} {_fmt(loc)}{message}"
