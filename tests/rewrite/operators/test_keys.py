"""Tests for reading the keys of pseudonymize and encrypt: where from, how decoded, and the
errors that refuse to run without a usable key."""

from __future__ import annotations

from pathlib import Path

import pytest

from tearline.errors import PolicyError
from tearline.rewrite.operators.keys import MAKE_KEY, aes_key, hmac_key, read_key

HEX32 = "00112233445566778899aabbccddeeff" * 2


def test_when_key_is_in_the_environment_then_hex_is_decoded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TL_KEY", f"  {HEX32}\n")

    assert read_key("env:TL_KEY", "test") == bytes.fromhex(HEX32)


def test_when_key_file_holds_text_then_its_utf8_bytes_are_the_key(tmp_path: Path) -> None:
    path = tmp_path / "key"
    path.write_text("sixteen byte key\n", encoding="utf-8")

    assert read_key(f"file:{path}", "test") == b"sixteen byte key"


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        pytest.param(
            "env:TL_ABSENT",
            "encrypt (SOURCE) needs a key, but the environment variable TL_ABSENT is not set; "
            f"set it (e.g. export TL_ABSENT=$({MAKE_KEY})) or give the rule `key: file:PATH`",
            id="unset-variable",
        ),
        pytest.param(
            "the-key-itself",
            "encrypt (SOURCE): key must say where the key is read, 'env:NAME' or 'file:PATH', "
            "never the key itself",
            id="not-a-reference",
        ),
    ],
)
def test_when_key_cannot_be_found_then_error_says_where_to_put_it(
    reference: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TL_ABSENT", raising=False)

    with pytest.raises(PolicyError) as caught:
        read_key(reference, "encrypt (SOURCE)")

    assert str(caught.value) == expected


def test_when_key_file_is_missing_then_error_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.key"

    with pytest.raises(PolicyError) as caught:
        read_key(f"file:{path}", "restore")

    assert str(caught.value) == (
        f"restore needs a key, but the key file {path} cannot be read (FileNotFoundError); "
        f"create it with {MAKE_KEY} > {path}"
    )


def test_when_aes_key_has_a_wrong_size_then_error_gives_the_sizes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TL_KEY", "too short")

    with pytest.raises(PolicyError) as caught:
        aes_key("env:TL_KEY", "encrypt (SOURCE)")

    assert str(caught.value) == (
        "encrypt (SOURCE): the key from env:TL_KEY has 9 bytes; an AES key has 16, 24 or 32 "
        f"bytes, or 32, 48 or 64 hex digits (make one with {MAKE_KEY})"
    )


def test_when_hmac_key_is_short_then_it_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TL_KEY", "short")

    with pytest.raises(PolicyError) as caught:
        hmac_key("env:TL_KEY", "pseudonymize (PERPETRATOR)")

    assert str(caught.value) == (
        "pseudonymize (PERPETRATOR): the key from env:TL_KEY has 5 bytes; a pseudonym key needs "
        f"at least 16 (make one with {MAKE_KEY})"
    )
