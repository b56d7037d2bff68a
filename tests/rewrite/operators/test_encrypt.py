"""Tests for encrypt and its inverse: Presidio's AES with the ciphertext marked, restored with
the same key, refused with another."""

from __future__ import annotations

from pathlib import Path

import pytest

import tearline
from tearline.errors import InputError
from tearline.policy import load_policy
from tearline.rewrite.operators.encrypt import ENCRYPTED, EncryptSpan, restore

KEY = bytes(range(16))
SAMPLES = Path(__file__).resolve().parents[3] / "samples"
ORIGINATOR = """\
name: originator-copy
extends: duty-to-warn
categories:
  SOURCE: {action: encrypt, key: "env:TL_TEST_AES_KEY"}
  METHOD: {action: encrypt, key: "env:TL_TEST_AES_KEY"}
  COLLECTION: {action: encrypt, key: "env:TL_TEST_AES_KEY"}
  PERSONNEL: {action: encrypt, key: "env:TL_TEST_AES_KEY"}
  SELECTOR: {action: encrypt, key: "env:TL_TEST_AES_KEY"}
  MARKING: {action: encrypt, key: "env:TL_TEST_AES_KEY"}
"""


@pytest.fixture
def originator(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TL_TEST_AES_KEY", KEY.hex())
    path = tmp_path / "originator.yaml"
    path.write_text(ORIGINATOR, encoding="utf-8")
    return path


def test_when_span_is_encrypted_then_it_is_marked_and_restores() -> None:
    operator = EncryptSpan()
    operator.validate({"key": KEY})

    first = operator.operate("Station RIVERTON", {"key": KEY})
    second = operator.operate("Station RIVERTON", {"key": KEY})

    assert ENCRYPTED.fullmatch(first)
    assert first != second  # a fresh IV for every span
    assert "RIVERTON" not in first
    assert restore(f"at {first} and {second}.", KEY) == (
        "at Station RIVERTON and Station RIVERTON.",
        2,
    )


@pytest.mark.parametrize(
    "sample", ["flagship", "email-liaison-kidnap", "cable-subsource-assassination"]
)
def test_when_a_report_is_encrypted_then_restore_gives_it_back_byte_for_byte(
    sample: str, originator: Path
) -> None:
    text = (SAMPLES / f"{sample}.txt").read_text(encoding="utf-8")

    result = tearline.redact(text, load_policy(originator))

    assert result.text is not None
    assert ENCRYPTED.search(result.text)
    assert restore(result.text, KEY) == (text, len(ENCRYPTED.findall(result.text)))


def test_when_key_is_another_then_restore_names_the_span_and_line_not_the_text() -> None:
    token = EncryptSpan().operate("Station RIVERTON", {"key": KEY})

    with pytest.raises(InputError) as caught:
        restore(f"first line\nat {token}.", bytes(16), source="copy.txt")

    assert str(caught.value) == (
        "copy.txt:2: encrypted span 1 does not decrypt with this key "
        "(a different key, or the text was changed)"
    )


def test_when_ciphertext_was_edited_then_restore_refuses() -> None:
    token = EncryptSpan().operate("Station RIVERTON", {"key": KEY})
    edited = token[:10] + ("A" if token[10] != "A" else "B") + token[11:]

    with pytest.raises(InputError):
        restore(edited, KEY)
