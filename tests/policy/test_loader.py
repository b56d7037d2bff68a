"""Tests for loading policies: shipped names, paths, `extends`, hashing and exact error messages.

Every file under `invalid/` holds one mistake; its test asserts the exact one-line message,
`file:line:col [key -> path] what is wrong; valid: ...`. A message we believe is wrong is
marked `xfail(strict=True)` with the message it should have, so fixing the loader flips it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tearline.analyze.registry import RECOGNIZERS
from tearline.categories import Category
from tearline.errors import PolicyError
from tearline.policy import CategoryRule, Policy, load_policy, policy_names
from tearline.policy.loader import shipped_dir
from tearline.policy.regex_check import NESTED, OVERLAP

HERE = Path(__file__).resolve().parent
INVALID = HERE / "invalid"
VALID = HERE / "valid"
SHIPPED = "duty-to-warn"

CATEGORIES = ", ".join(c.value for c in Category)
POLICY_KEYS = (
    "name, audience, description, extends, model, header, separator, categories, recognizers, "
    "patterns, allow, deny"
)
RECOGNIZER_NAMES = ", ".join(sorted(RECOGNIZERS))
ACTIONS = "keep, remove, replace, generalize, pseudonymize, encrypt"
PATTERN_KEYS = "regex, category, score, identifier"


def _message(path: Path) -> str:
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    return str(caught.value)


INVALID_CASES = [
    pytest.param(
        "unknown-top-level-key.yaml",
        "{p}:5:1 [recognisers] unknown key 'recognisers'; valid: " + POLICY_KEYS,
        id="unknown-top-level-key",
    ),
    pytest.param(
        "unknown-action.yaml",
        "{p}:5:5 [categories -> SELECTOR -> action] unknown action 'maks'; valid: " + ACTIONS,
        id="unknown-action",
    ),
    pytest.param(
        "replace-without-text.yaml",
        "{p}:3:3 [categories -> SOURCE] action 'replace' needs a 'text' to replace with",
        id="replace-without-text",
    ),
    pytest.param(
        "text-with-remove.yaml",
        "{p}:3:3 [categories -> SOURCE] 'text' only goes with action 'replace', not 'remove'",
        id="text-with-remove",
    ),
    pytest.param(
        "threshold-out-of-range.yaml",
        "{p}:5:5 [categories -> SOURCE -> threshold] Input should be less than or equal to 1",
        id="threshold-out-of-range",
    ),
    pytest.param(
        "not-a-mapping.yaml",
        "{p}:1:1 a policy must be a YAML mapping of keys to values",
        id="not-a-mapping",
    ),
    pytest.param(
        "duplicate-key.yaml",
        "{p}:4:3 [categories] duplicate key 'SOURCE'",
        id="duplicate-key",
    ),
    pytest.param(
        "extends-missing-parent.yaml",
        "{p}:2:1 [extends] unknown policy 'duty-to-wran'; valid: "
        + ", ".join(policy_names())
        + " (or a path to a .yaml policy file)",
        id="extends-missing-parent-name",
    ),
    pytest.param(
        "extends-missing-file.yaml",
        f"{{p}}:2:1 [extends] {INVALID / 'no-such-parent.yaml'}: policy file not found",
        id="extends-missing-parent-file",
    ),
    pytest.param(
        "wrong-type.yaml",
        "{p}:4:1 [recognizers] Input should be a valid list",
        id="wrong-type",
    ),
    pytest.param(
        "unknown-category.yaml",
        "{p}:4:3 [categories -> SELECTORS] unknown category 'SELECTORS'; valid: " + CATEGORIES,
        id="unknown-category",
    ),
    pytest.param(
        "unknown-recognizer.yaml",
        "{p}:6:5 [recognizers -> 1] unknown recognizer 'tearline.markings.v1'; valid: "
        + RECOGNIZER_NAMES,
        id="unknown-recognizer",
    ),
    pytest.param(
        "yaml-syntax-error.yaml",
        "{p}:4:12 invalid YAML: expected ',' or '}}', but got ':' "
        "(while parsing a flow mapping at line 3, column 11)",
        id="yaml-syntax-error",
    ),
    pytest.param(
        "cycle-a.yaml",
        "{i}/cycle-b.yaml:2:1 [extends] forms a cycle: "
        "cycle-a.yaml -> cycle-b.yaml -> cycle-a.yaml",
        id="extends-cycle",
    ),
    pytest.param(
        "extends-not-a-name.yaml",
        "{p}:2:1 [extends] must be a policy name or path",
        id="extends-not-a-name",
    ),
    pytest.param(
        "missing-categories.yaml",
        "{p}:1:1 missing required key 'categories'",
        id="missing-categories",
    ),
    pytest.param(
        "option-with-wrong-action.yaml",
        "{p}:3:3 [categories -> PERPETRATOR] 'role' only goes with action 'generalize', "
        "not 'remove'",
        id="option-with-wrong-action",
    ),
    pytest.param(
        "key-is-a-secret.yaml",
        "{p}:5:5 [categories -> PERPETRATOR -> key] key must say where the key is read, "
        "'env:NAME' or 'file:PATH', never the key itself",
        id="key-is-a-secret",
    ),
    pytest.param(
        "unknown-date-mode.yaml",
        "{p}:5:5 [categories -> COLLECTION -> date] unknown date 'weekly'; valid: month, window",
        id="unknown-date-mode",
    ),
    pytest.param(
        "header-two-lines.yaml",
        "{p}:2:1 [header] must be one line",
        id="header-two-lines",
    ),
    pytest.param(
        "regex-invalid.yaml",
        "{p}:7:5 [patterns -> clock-time -> regex] invalid regex: missing ) at position 12",
        id="regex-invalid",
    ),
    pytest.param(
        "regex-nested-quantifier.yaml",
        "{p}:7:5 [patterns -> person -> regex] " + NESTED,
        id="regex-nested-quantifier",
    ),
    pytest.param(
        "regex-overlapping-alternatives.yaml",
        "{p}:7:5 [patterns -> handle -> regex] " + OVERLAP,
        id="regex-overlapping-alternatives",
    ),
    pytest.param(
        "regex-empty-match.yaml",
        "{p}:7:5 [patterns -> digits -> regex] regex matches the empty string, so it would "
        "mark nothing; make at least one character required",
        id="regex-empty-match",
    ),
    pytest.param(
        "regex-unreadable-syntax.yaml",
        "{p}:7:5 [patterns -> person -> regex] regex uses syntax the backtracking check cannot "
        "read (bad escape \\p); write it in the syntax of Python's `re` module",
        id="regex-unreadable-syntax",
    ),
    pytest.param(
        "pattern-unknown-category.yaml",
        "{p}:8:5 [patterns -> person -> category] unknown category 'PERSON'; valid: " + CATEGORIES,
        id="pattern-unknown-category",
    ),
    pytest.param(
        "pattern-unknown-key.yaml",
        "{p}:9:5 [patterns -> person -> flags] unknown key 'flags'; valid: " + PATTERN_KEYS,
        id="pattern-unknown-key",
    ),
    pytest.param(
        "pattern-missing-regex.yaml",
        "{p}:6:3 [patterns -> person] missing required key 'regex'",
        id="pattern-missing-regex",
    ),
    pytest.param(
        "pattern-bad-name.yaml",
        "{p}:6:3 [patterns -> Clock Time] pattern name 'Clock Time' must be lowercase letters, "
        "digits and hyphens, e.g. clock-time",
        id="pattern-bad-name",
    ),
    pytest.param(
        "deny-kept-category.yaml",
        "{p}:7:3 [deny -> TIME] the policy keeps TIME, so terms denied under it would survive; "
        "list them under a category the policy changes",
        id="deny-kept-category",
    ),
    pytest.param(
        "allow-and-deny.yaml",
        "{p}:5:9 [allow -> 0] 'Halden' is on both the allow and the deny list",
        id="allow-and-deny",
    ),
    pytest.param(
        "missing-sensitive-category.yaml",
        "{p}:2:1 [categories] every sources-and-methods category needs a rule; missing: SELECTOR",
        id="missing-sensitive-category",
    ),
    pytest.param(
        "child-without-name.yaml",
        "{p}:1:1 missing required key 'name'",
        id="child-without-name",
    ),
    pytest.param(
        "term-too-short.yaml",
        "{p}:6:12 [deny -> SOURCE -> 0] String should have at least 3 characters",
        id="term-too-short",
    ),
]


@pytest.mark.parametrize(("file", "expected"), INVALID_CASES)
def test_when_policy_file_is_invalid_then_error_is_one_exact_line(file: str, expected: str) -> None:
    path = INVALID / file
    message = _message(path)
    assert message == expected.format(p=path, i=INVALID)
    assert "\n" not in message


def test_when_invalid_files_are_listed_then_each_has_a_row_in_the_table() -> None:
    # A new file under invalid/ without a row would test nothing; cycle-b.yaml is the other
    # half of the cycle, loaded through cycle-a.yaml.
    files = {path.name for path in INVALID.glob("*.yaml")}
    rows = {case.values[0] for case in INVALID_CASES}

    assert files == {*rows, "cycle-b.yaml"}


@pytest.mark.parametrize(
    "name_or_path",
    [
        pytest.param(SHIPPED, id="shipped-name"),
        pytest.param(shipped_dir() / f"{SHIPPED}.yaml", id="path"),
        pytest.param(str(shipped_dir() / f"{SHIPPED}.yaml"), id="path-as-string"),
    ],
)
def test_when_shipped_policy_is_named_or_pathed_then_it_resolves(
    name_or_path: str | Path,
) -> None:
    policy = load_policy(name_or_path)

    assert policy.name == SHIPPED
    assert policy.extends is None
    assert policy.rule_for(Category.SOURCE) == CategoryRule(action="remove")
    assert policy.rule_for(Category.TIME) == CategoryRule(action="keep")
    assert "tearline.marking.v1" in policy.recognizers


def test_when_a_policy_object_is_given_then_it_is_returned_as_is() -> None:
    policy = load_policy(SHIPPED)

    assert load_policy(policy) is policy


def test_when_policy_names_are_listed_then_duty_to_warn_is_among_them() -> None:
    names = policy_names()

    assert SHIPPED in names
    assert names == sorted(names)


def test_when_policy_name_is_unknown_then_message_lists_the_valid_names() -> None:
    with pytest.raises(PolicyError) as caught:
        load_policy("duty-to-wran")

    assert str(caught.value) == (
        f"unknown policy 'duty-to-wran'; valid: {', '.join(policy_names())} "
        "(or a path to a .yaml policy file)"
    )
    assert SHIPPED in str(caught.value)


def test_when_policy_path_is_missing_then_message_names_the_path(tmp_path: Path) -> None:
    path = tmp_path / "absent.yaml"

    with pytest.raises(PolicyError) as caught:
        load_policy(path)

    assert str(caught.value) == f"{path}: policy file not found"


def _dump(policy: Policy) -> dict[str, object]:
    return policy.model_dump(mode="json")


@pytest.mark.parametrize(
    ("file", "changed_category", "expected_rule"),
    [
        pytest.param(
            "partner-release.yaml",
            Category.METHOD,
            CategoryRule(action="replace", text="reporting"),
            id="by-name",
        ),
        pytest.param(
            "lenient-selectors.yaml",
            Category.SELECTOR,
            CategoryRule(action="remove", threshold=0.4),
            id="by-relative-path-and-one-field",
        ),
    ],
)
def test_when_policy_extends_another_then_only_what_differs_is_overridden(
    file: str,
    changed_category: Category,
    expected_rule: CategoryRule,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Run from elsewhere: a relative `extends` is relative to the child file, not to the cwd.
    monkeypatch.chdir(tmp_path)
    parent = load_policy(SHIPPED)
    child = load_policy(VALID / file)

    assert child.name == file.removesuffix(".yaml")
    assert child.rule_for(changed_category) == expected_rule
    assert child.rule_for(changed_category) != parent.rule_for(changed_category)
    expected = _dump(parent)
    expected["name"] = child.name
    expected["extends"] = child.extends
    expected["categories"][changed_category.value] = expected_rule.model_dump(mode="json")
    assert _dump(child) == expected
    assert child.sha256 != parent.sha256


def test_when_policy_is_loaded_twice_then_sha256_is_the_same() -> None:
    first = load_policy(SHIPPED).sha256

    assert load_policy(SHIPPED).sha256 == first
    assert len(first) == 64
    assert int(first, 16) >= 0


def test_when_policy_is_hashed_in_another_process_then_sha256_is_the_same() -> None:
    code = "from tearline.policy import load_policy; print(load_policy('duty-to-warn').sha256)"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}

    other = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    ).stdout.strip()

    assert other == load_policy(SHIPPED).sha256


def _shipped_data() -> dict[str, object]:
    text = (shipped_dir() / f"{SHIPPED}.yaml").read_text(encoding="utf-8")
    data: dict[str, object] = yaml.safe_load(text)
    return data


def test_when_only_key_order_and_comments_differ_then_sha256_is_the_same(
    tmp_path: Path,
) -> None:
    data = _shipped_data()
    reordered = dict(reversed(list(data.items())))
    reordered["categories"] = dict(reversed(list(data["categories"].items())))
    path = tmp_path / "reordered.yaml"
    path.write_text("# a comment\n" + yaml.safe_dump(reordered, sort_keys=False), "utf-8")

    assert load_policy(path).sha256 == load_policy(SHIPPED).sha256


@pytest.mark.parametrize(
    ("category", "rule"),
    [
        pytest.param("SOURCE", {"action": "keep"}, id="action"),
        pytest.param("SELECTOR", {"action": "remove", "threshold": 0.5}, id="threshold"),
        pytest.param("METHOD", {"action": "replace", "text": "reporting"}, id="replacement-text"),
    ],
)
def test_when_a_rule_changes_then_sha256_changes(
    category: str, rule: dict[str, object], tmp_path: Path
) -> None:
    data = _shipped_data()
    data["categories"][category] = rule
    path = tmp_path / "changed.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), "utf-8")

    assert load_policy(path).sha256 != load_policy(SHIPPED).sha256


def _child(tmp_path: Path, body: str, name: str = "child.yaml") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def test_when_child_changes_the_action_then_options_of_the_old_action_are_dropped(
    tmp_path: Path,
) -> None:
    path = _child(
        tmp_path,
        "name: child\nextends: partner-release\ncategories:\n"
        "  METHOD: {action: replace, text: reporting}\n"
        "  SELECTOR: {threshold: 0.4}\n",
    )

    policy = load_policy(path)

    assert policy.rule_for(Category.METHOD) == CategoryRule(action="replace", text="reporting")
    assert policy.rule_for(Category.SELECTOR) == CategoryRule(action="remove", threshold=0.4)


def test_when_child_keeps_the_action_then_it_overrides_one_option_and_inherits_the_rest(
    tmp_path: Path,
) -> None:
    path = _child(
        tmp_path,
        "name: child\nextends: partner-release\ncategories:\n  SOURCE: {threshold: 0.9}\n",
    )

    rule = load_policy(path).rule_for(Category.SOURCE)

    assert rule == CategoryRule(action="generalize", discipline="reporting", threshold=0.9)


def test_when_child_names_a_pattern_then_it_overlays_that_pattern_only(tmp_path: Path) -> None:
    path = _child(
        tmp_path,
        "name: child\nextends: public-advisory\npatterns:\n"
        "  clock-time: {regex: '\\d\\d:\\d\\d', category: TIME}\n",
    )

    parent, child = load_policy("public-advisory"), load_policy(path)

    assert child.patterns["clock-time"].regex == r"\d\d:\d\d"
    assert child.patterns["clock-time"].score == parent.patterns["clock-time"].score
    assert set(child.patterns) == set(parent.patterns)
    assert child.header == parent.header


@pytest.mark.parametrize(
    ("name", "category", "expected"),
    [
        pytest.param(
            "partner-release",
            Category.METHOD,
            CategoryRule(action="generalize", discipline="technical reporting"),
            id="partner-method",
        ),
        pytest.param(
            "partner-release",
            Category.MARKING,
            CategoryRule(action="generalize", banner="SECRET//REL TO PARTNER"),
            id="partner-marking",
        ),
        pytest.param(
            "partner-release",
            Category.SELECTOR,
            CategoryRule(action="remove"),
            id="partner-selector",
        ),
        pytest.param(
            "public-advisory",
            Category.PERPETRATOR,
            CategoryRule(action="generalize", role="a member of the group"),
            id="public-perpetrator",
        ),
        pytest.param(
            "public-advisory", Category.SOURCE, CategoryRule(action="remove"), id="public-source"
        ),
    ],
)
def test_when_shipped_audience_policy_is_loaded_then_it_extends_duty_to_warn(
    name: str, category: Category, expected: CategoryRule
) -> None:
    policy = load_policy(name)

    assert policy.extends == SHIPPED
    assert policy.rule_for(category) == expected
    assert policy.recognizers == load_policy(SHIPPED).recognizers


def test_when_shipped_policies_are_read_then_each_starts_with_a_header_comment() -> None:
    for name in policy_names():
        text = (shipped_dir() / f"{name}.yaml").read_text(encoding="utf-8")
        comment = [line for line in text.splitlines() if line.startswith("#")]

        assert text.startswith(f"# {name}: ")
        assert len(comment) >= 4
