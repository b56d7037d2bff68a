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
from tearline.policy.schema import ACTIONS, Policy

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
        if relative_to is not None and not path.is_absolute():
            path = relative_to.parent / path
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
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        raise PolicyError(f"{where} invalid YAML: {e.problem or e.context}") from e
    if not isinstance(data, dict) or node is None:
        raise PolicyError(f"{path}:1:1 a policy must be a YAML mapping of keys to values")
    marks: dict[KeyPath, Mark] = {}
    _marks(node, (), marks, path)
    return _Source(path, data, marks)


def _merge(parent: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    """Overlay `child` on `parent`: mappings merge key by key, anything else is replaced."""
    merged = dict(parent)
    for key, value in child.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _chain(path: Path) -> Iterator[_Source]:
    """The policy file and its ancestors, child first; cycles are errors."""
    seen: list[Path] = []
    current: Path | None = path
    while current is not None:
        resolved = current.resolve()
        if resolved in seen:
            cycle = " -> ".join(p.name for p in [*seen, resolved])
            raise PolicyError(f"{path}: 'extends' forms a cycle: {cycle}")
        seen.append(resolved)
        source = _read(current)
        yield source
        parent = source.data.get("extends")
        if parent is None:
            current = None
        elif not isinstance(parent, str):
            line, col = source.marks.get(("extends",), (1, 1))
            raise PolicyError(f"{current}:{line}:{col} [extends] must be a policy name or path")
        else:
            try:
                current = _locate(parent, relative_to=current)
            except PolicyError as e:
                line, col = source.marks.get(("extends",), (1, 1))
                raise PolicyError(f"{current}:{line}:{col} [extends] {e}") from e


def load_policy(name_or_path: str | Path) -> Policy:
    """Load, resolve and validate a policy given a shipped name or a path to a YAML file."""
    if isinstance(name_or_path, Policy):
        return name_or_path
    path = _locate(name_or_path)
    sources = list(_chain(path))
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


def _fields_at(loc: KeyPath) -> list[str]:
    """The valid keys of the model a key path lands in, for 'valid: ...' hints."""
    model: type[BaseModel] = Policy
    if len(loc) >= 2 and loc[0] == "categories":
        from tearline.policy.schema import CategoryRule

        model = CategoryRule
    return list(model.model_fields)


def _first_error(error: ValidationError, sources: list[_Source]) -> str:
    """Turn pydantic's first error into one line that names the file, line, key and fix."""
    detail = error.errors()[0]
    loc: KeyPath = tuple(p for p in detail["loc"] if not str(p).startswith("function-"))
    kind, value = detail["type"], detail.get("input")
    key = str(loc[-1]) if loc else ""
    if kind == "extra_forbidden":
        message = f"unknown key '{key}'; valid: {', '.join(_fields_at(loc))}"
        loc = loc
    elif kind == "literal_error" and key == "action":
        message = f"unknown action '{value}'; valid: {', '.join(ACTIONS)}"
    elif kind == "enum" and len(loc) >= 2 and loc[0] == "categories":
        valid = ", ".join(c.value for c in Category)
        message = f"unknown category '{value}'; valid: {valid}"
    elif kind == "missing":
        message = f"missing required key '{key}'"
        loc = loc[:-1]
    else:
        message = str(detail["msg"]).removeprefix("Value error, ")
    return f"{_where(loc, sources)} {_fmt(loc)}{message}"
