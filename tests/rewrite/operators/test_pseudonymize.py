"""Tests for pseudonymize: the same name gives the same pseudonym across documents and runs
with one key, another key gives another, and there is no pseudonym without a key."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

import tearline
from tearline.errors import PolicyError
from tearline.policy import load_policy
from tearline.rewrite.operators.keys import MAKE_KEY
from tearline.rewrite.operators.pseudonymize import Pseudonymize, pseudonym

KEY = b"k" * 32
OTHER = b"o" * 32
POLICY = """\
name: pseudonyms
extends: public-advisory
categories:
  PERPETRATOR: {action: pseudonymize, label: Person, key: "env:TL_TEST_PSEUDONYM_KEY"}
"""
FIRST = "The cell is led by Oskar Ferrante and will strike on 15 May 2026.\n"
SECOND = (
    "Police believe the bomb was built by a chemist. The cell led by Oskar Ferrante is armed.\n"
)


@pytest.fixture
def policy_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TL_TEST_PSEUDONYM_KEY", KEY.hex())
    path = tmp_path / "pseudonyms.yaml"
    path.write_text(POLICY, encoding="utf-8")
    return path


def test_when_same_name_and_key_then_same_pseudonym() -> None:
    assert pseudonym("Kasimir Dorn", KEY) == pseudonym("Kasimir Dorn", KEY)
    assert pseudonym("Kasimir Dorn", KEY).startswith("ID-")
    assert len(pseudonym("Kasimir Dorn", KEY)) == len("ID-") + 10


@pytest.mark.parametrize(
    "variant",
    ["KASIMIR DORN", "Kasimir  Dorn", "Kasimir\nDorn", "K\u0430simir Dorn", "Kasimir\u200b Dorn"],
)
def test_when_name_differs_only_in_case_spacing_or_lookalikes_then_pseudonym_is_the_same(
    variant: str,
) -> None:
    assert pseudonym(variant, KEY) == pseudonym("Kasimir Dorn", KEY)


def test_when_key_differs_then_pseudonym_differs() -> None:
    assert pseudonym("Kasimir Dorn", KEY) != pseudonym("Kasimir Dorn", OTHER)
    assert pseudonym("Kasimir Dorn", KEY) != pseudonym("Lio Varnas", KEY)


def test_when_pseudonym_is_made_then_it_is_not_a_plain_hash_of_the_name() -> None:
    digest = hashlib.sha256(b"kasimir dorn").hexdigest()

    assert digest[:10] not in pseudonym("Kasimir Dorn", KEY)


def test_when_span_has_a_lead_in_then_only_the_name_is_pseudonymized() -> None:
    operator = Pseudonymize()
    params = {"key": KEY, "label": "Person"}

    assert operator.operate(" named Kasimir Dorn", params) == (
        " named " + pseudonym("Kasimir Dorn", KEY, "Person")
    )


def test_when_two_documents_name_the_same_person_then_both_get_one_pseudonym(
    policy_path: Path,
) -> None:
    policy = load_policy(policy_path)
    expected = pseudonym("Oskar Ferrante", KEY, "Person")

    first = tearline.redact(FIRST, policy).text
    second = tearline.redact(SECOND, policy).text

    assert first is not None and second is not None
    assert f"led by {expected}" in first
    assert f"led by {expected}" in second
    assert "Ferrante" not in first + second


def test_when_another_process_pseudonymizes_with_the_key_then_the_pseudonym_is_the_same(
    policy_path: Path,
) -> None:
    code = (
        "import sys, tearline; "
        f"print(tearline.redact(sys.stdin.read(), {str(policy_path)!r}).text, end='')"
    )
    env = {**os.environ, "PYTHONHASHSEED": "7"}

    other = subprocess.run(
        [sys.executable, "-c", code],
        input=FIRST,
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout

    assert other == tearline.redact(FIRST, load_policy(policy_path)).text


def test_when_no_key_is_set_then_pseudonymize_refuses_to_run(
    policy_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TL_TEST_PSEUDONYM_KEY")

    with pytest.raises(PolicyError) as caught:
        tearline.redact(FIRST, load_policy(policy_path))

    assert str(caught.value) == (
        "pseudonymize (PERPETRATOR) needs a key, but the environment variable "
        "TL_TEST_PSEUDONYM_KEY is not set; set it (e.g. export "
        f"TL_TEST_PSEUDONYM_KEY=$({MAKE_KEY})) or give the rule `key: file:PATH`"
    )
