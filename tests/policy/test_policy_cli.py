"""Tests for `tearline policy list | show | validate | schema | diff` through CliRunner, with
exact output and exit codes, and one real run of the installed entry point."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner, Result

from tearline.cli.app import app
from tearline.policy import load_policy, policy_names
from tearline.policy.compare import describe, differences
from tearline.policy.schema import CategoryRule

HERE = Path(__file__).resolve().parent
INVALID = HERE / "invalid"


def _invoke(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def test_when_policies_are_listed_then_each_shipped_one_has_name_audience_and_description() -> None:
    result = _invoke("policy", "list")

    assert result.exit_code == 0
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert [row[0] for row in rows] == policy_names()
    assert {"duty-to-warn", "partner-release", "public-advisory"} <= set(policy_names())
    for name, audience, description in rows:
        policy = load_policy(name)
        assert (audience, description) == (policy.audience, policy.description)
        assert audience and description


@pytest.mark.parametrize("name", ["duty-to-warn", "partner-release", "public-advisory"])
def test_when_policy_is_shown_then_its_yaml_loads_as_the_same_resolved_policy(
    name: str, tmp_path: Path
) -> None:
    result = _invoke("policy", "show", name)
    saved = tmp_path / "shown.yaml"
    saved.write_text(result.stdout, encoding="utf-8")

    assert result.exit_code == 0
    assert load_policy(saved).sha256 == load_policy(name).sha256
    assert "null" not in result.stdout


def test_when_child_policy_is_shown_then_inherited_rules_are_written_out() -> None:
    shown = yaml.safe_load(_invoke("policy", "show", "public-advisory").stdout)

    assert shown["extends"] == "duty-to-warn"
    assert shown["categories"]["SOURCE"] == {"action": "remove", "threshold": 0.0}
    assert shown["separator"] == "----- TEARLINE -----"


def test_when_valid_files_are_validated_then_exit_0_and_one_line_each() -> None:
    paths = [str(HERE.parents[1] / "policies" / f"{n}.yaml") for n in policy_names()]

    result = _invoke("policy", "validate", *paths)

    assert result.exit_code == 0
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert [line.split(": valid")[0] for line in lines] == paths


def test_when_an_invalid_file_is_among_them_then_each_error_is_shown_and_exit_is_2() -> None:
    bad = INVALID / "unknown-action.yaml"
    worse = INVALID / "regex-invalid.yaml"

    result = _invoke("policy", "validate", "duty-to-warn", str(bad), str(worse))

    assert result.exit_code == 2
    assert result.stdout.startswith("duty-to-warn: valid (policy 'duty-to-warn', sha256 ")
    assert result.stderr.splitlines() == [
        f"tearline: error: {bad}:5:5 [categories -> SELECTOR -> action] unknown action 'maks'; "
        "valid: keep, remove, replace, generalize, pseudonymize, encrypt",
        f"tearline: error: {worse}:7:5 [patterns -> clock-time -> regex] invalid regex: "
        "missing ) at position 12",
        "tearline: error: 2 of 3 policy file(s) invalid",
    ]


def test_when_schema_is_printed_then_it_is_json_schema_with_every_category_to_complete() -> None:
    result = _invoke("policy", "schema")

    schema = json.loads(result.stdout)
    assert result.exit_code == 0
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] == "tearline policy"
    assert schema["additionalProperties"] is False
    categories = schema["properties"]["categories"]["properties"]
    assert "SELECTOR" in categories
    rule = schema["$defs"]["CategoryRule"]
    assert rule["properties"]["action"]["enum"] == [
        "keep", "remove", "replace", "generalize", "pseudonymize", "encrypt",
    ]  # fmt: skip
    assert rule["additionalProperties"] is False


def test_when_two_policies_are_compared_then_categories_treated_differently_are_listed() -> None:
    result = _invoke("policy", "diff", "duty-to-warn", "partner-release")

    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "categories -> SOURCE: remove -> generalize (discipline='reporting')",
        "categories -> METHOD: remove -> generalize (discipline='technical reporting')",
        "categories -> COLLECTION: remove -> generalize (date='month')",
        "categories -> MARKING: remove -> generalize (banner='SECRET//REL TO PARTNER')",
    ]


def test_when_a_policy_is_compared_with_itself_then_nothing_differs() -> None:
    result = _invoke("policy", "diff", "public-advisory", "public-advisory")

    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "public-advisory and public-advisory treat every category alike\n"


def test_when_settings_besides_categories_differ_then_they_are_listed_too() -> None:
    lines = differences(load_policy("duty-to-warn"), load_policy("public-advisory"))
    keys = [key for key, _, _ in lines]

    assert ("header", "(none)", "UNCLASSIFIED//FOR PUBLIC RELEASE") in lines
    assert "patterns -> clock-time" in keys
    assert keys.index("categories -> PERPETRATOR") < keys.index("header")


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        pytest.param(CategoryRule(action="remove"), "remove", id="bare"),
        pytest.param(
            CategoryRule(action="remove", threshold=0.4), "remove (threshold=0.4)", id="threshold"
        ),
        pytest.param(
            CategoryRule(action="replace", text="reporting"),
            "replace (text='reporting')",
            id="option",
        ),
    ],
)
def test_when_rule_is_described_then_action_comes_with_its_set_options(
    rule: CategoryRule, expected: str
) -> None:
    assert describe(rule) == expected


def test_when_policy_file_is_unknown_to_diff_then_exit_2_with_the_valid_names() -> None:
    result = _invoke("policy", "diff", "duty-to-warn", "duty-to-wran")

    assert result.exit_code == 2
    assert result.stderr == (
        f"tearline: error: unknown policy 'duty-to-wran'; valid: {', '.join(policy_names())} "
        "(or a path to a .yaml policy file)\n"
    )


def test_when_installed_entry_point_validates_a_file_then_it_exits_2_with_one_line() -> None:
    tearline = shutil.which("tearline") or str(Path(__file__).parents[2] / ".venv/bin/tearline")
    bad = INVALID / "regex-nested-quantifier.yaml"

    done = subprocess.run(
        [tearline, "policy", "validate", str(bad)], capture_output=True, text=True, check=False
    )

    assert done.returncode == 2
    assert done.stderr.splitlines()[0].startswith(f"tearline: error: {bad}:7:5 [patterns -> ")
    assert len(done.stderr.splitlines()) == 2
