"""Tests for `tearline restore` through CliRunner: exit codes, exact errors, the output."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tearline.cli.app import app
from tearline.rewrite.operators.encrypt import EncryptSpan

KEY = bytes(range(16))
ORIGINAL = "Meeting at Station RIVERTON on 5 March.\n"


def _invoke(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TL_TEST_AES_KEY", KEY.hex())
    token = EncryptSpan().operate("Station RIVERTON", {"key": KEY})
    path = tmp_path / "copy.txt"
    path.write_text(f"Meeting at {token} on 5 March.\n", encoding="utf-8")
    return path


def test_when_key_is_right_then_original_is_printed(copy: Path) -> None:
    result = _invoke("restore", str(copy), "--key", "env:TL_TEST_AES_KEY")

    assert (result.exit_code, result.stdout, result.stderr) == (0, ORIGINAL, "")


def test_when_output_is_given_then_restored_text_is_written_there(
    copy: Path, tmp_path: Path
) -> None:
    target = tmp_path / "restored.txt"

    result = _invoke("restore", str(copy), "-k", "env:TL_TEST_AES_KEY", "-o", str(target))

    assert result.exit_code == 0
    assert target.read_text(encoding="utf-8") == ORIGINAL


def test_when_key_is_wrong_then_exit_2_naming_the_span(
    copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TL_OTHER_KEY", "ff" * 16)

    result = _invoke("restore", str(copy), "--key", "env:TL_OTHER_KEY")

    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"tearline: error: {copy}:1: encrypted span 1 does not decrypt with this key "
        "(a different key, or the text was changed)\n"
    )


def test_when_key_is_typed_on_the_command_line_then_it_is_refused(copy: Path) -> None:
    result = _invoke("restore", str(copy), "--key", KEY.hex())

    assert result.exit_code == 2
    assert result.stderr == (
        "tearline: error: --key must say where the key is read, env:NAME or file:PATH; a key "
        "typed on the command line would stay in the shell history\n"
    )


def test_when_file_has_no_encrypted_span_then_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TL_TEST_AES_KEY", KEY.hex())
    plain = tmp_path / "plain.txt"
    plain.write_text(ORIGINAL, encoding="utf-8")

    result = _invoke("restore", str(plain), "--key", "env:TL_TEST_AES_KEY")

    assert result.exit_code == 2
    assert (
        result.stderr == f"tearline: error: {plain}: no encrypted span ([[enc:...]]) to restore\n"
    )
