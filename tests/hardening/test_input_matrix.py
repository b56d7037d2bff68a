"""The bad-input matrix through the `redact` command, and the inputs that must pass untouched.

Every bad input gives exit 2, one error line naming the file and nothing on stdout; every
good input's kept text comes out byte for byte, line endings, BOM and tabs included.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import Invoke
from typer.testing import Result

from tearline.load.documents import DEFAULT_MAX_BYTES

BANNER = "SECRET//NOFORN"
WARNING = "The cell will attack the north gate of the stadium on 1 May 2026."
VAN = "The bomb is in a white van."
DOORS = "The van has  two doors."


def _one_error_line(result: Result, expected: str) -> None:
    assert result.exit_code == 2, result.stderr
    assert result.stdout == ""
    assert result.stderr == f"tearline: error: {expected}\n"


def _file(tmp_path: Path, data: bytes, name: str = "report.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_when_path_is_missing_then_exit_2_names_it(invoke: Invoke, tmp_path: Path) -> None:
    path = tmp_path / "absent.txt"

    _one_error_line(invoke("redact", path), f"{path}: no such file")


def test_when_folder_holds_no_report_then_exit_2_names_it(invoke: Invoke, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "notes.md").write_text("not a report", encoding="utf-8")

    result = invoke("redact", folder, "-o", tmp_path / "out")

    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith(f"tearline: error: {folder}")
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_when_file_is_binary_then_exit_2_names_the_nul_offset(
    invoke: Invoke, tmp_path: Path
) -> None:
    path = _file(tmp_path, b"SECRET\x00\x01\x02")

    _one_error_line(invoke("redact", path), f"{path}: binary file (NUL byte at offset 6); not text")


def test_when_file_is_not_utf8_then_exit_2_names_the_byte_offset_and_the_option(
    invoke: Invoke, tmp_path: Path
) -> None:
    path = _file(tmp_path, f"{WARNING} Caf\xe9.\n".encode("latin-1"))

    _one_error_line(
        invoke("redact", path),
        f"{path}: not valid utf-8 at byte offset {len(WARNING) + 4}; "
        "pass --encoding to name the file's encoding",
    )


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16"])
def test_when_encoding_is_named_then_the_file_is_sanitized(
    invoke: Invoke, tmp_path: Path, encoding: str
) -> None:
    path = _file(tmp_path, f"{BANNER}\n{WARNING} Caf\u00e9.\n".encode(encoding))

    result = invoke("redact", path, "--encoding", encoding)

    assert (result.exit_code, result.stdout) == (0, f"{WARNING} Caf\u00e9.\n")


def test_when_encoding_is_unknown_then_exit_2_names_it(invoke: Invoke, tmp_path: Path) -> None:
    path = _file(tmp_path, b"text\n")

    _one_error_line(
        invoke("redact", path, "--encoding", "klingon"), f"{path}: unknown encoding 'klingon'"
    )


def test_when_file_is_over_the_default_limit_then_exit_2_names_size_and_option(
    invoke: Invoke, tmp_path: Path
) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.truncate(DEFAULT_MAX_BYTES + 1)  # sparse: the size check runs before any read

    _one_error_line(
        invoke("redact", path),
        f"{path}: {DEFAULT_MAX_BYTES + 1} bytes is over the limit of {DEFAULT_MAX_BYTES}; "
        "raise it with --max-bytes",
    )


def test_when_limit_is_set_then_it_applies(invoke: Invoke, tmp_path: Path) -> None:
    path = _file(tmp_path, f"{WARNING}\n".encode())

    _one_error_line(
        invoke("redact", path, "--max-bytes", "20"),
        f"{path}: {len(WARNING) + 1} bytes is over the limit of 20; raise it with --max-bytes",
    )


def test_when_stdin_is_over_the_limit_then_exit_2_names_dash(invoke: Invoke) -> None:
    _one_error_line(
        invoke("redact", "-", "--max-bytes", "5", stdin=b"0123456789"),
        "-: over the limit of 5 bytes; raise it with --max-bytes",
    )


def test_when_text_is_over_the_analyzer_limit_then_exit_2_says_split_it(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tearline.load.documents.MAX_CHARS", 10)
    path = _file(tmp_path, f"{WARNING}\n".encode())

    _one_error_line(
        invoke("redact", path),
        f"{path}: {len(WARNING) + 1} characters is over the analyzer's limit of 10; "
        "split the report into parts",
    )


def test_when_file_is_unreadable_then_exit_2_says_permission_denied(tmp_path: Path) -> None:
    path = _file(tmp_path, f"{WARNING}\n".encode())
    path.chmod(0)
    command = [sys.executable, "-m", "tearline.cli.app", "redact", str(path)]
    if os.geteuid() == 0:
        # Root reads anything: drop the capabilities that let it ignore file modes.
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root and setpriv is not installed")
        command = [setpriv, "--bounding-set=-dac_override,-dac_read_search", *command]
    runner = "from tearline.cli.app import main; import sys; sys.argv[0] = 'tearline'; main()"
    command[command.index("-m") : command.index("-m") + 2] = ["-c", runner]

    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)

    path.chmod(0o600)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"tearline: error: {path}: permission denied\n"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param(" \t \n\n   \r\n", id="whitespace-only"),
        pytest.param("\ufeff", id="bom-only"),
        pytest.param(f"\ufeff{WARNING}\r\n", id="bom-and-crlf"),
        pytest.param(f"{WARNING}\r\n\t{VAN}\t{DOORS}  \r\n", id="tabs-and-trailing-spaces"),
        pytest.param(f"{WARNING}\r{VAN}\r", id="bare-cr"),
        pytest.param(f"{WARNING}", id="no-final-newline"),
    ],
)
def test_when_nothing_is_removed_then_output_is_byte_identical(
    invoke: Invoke, tmp_path: Path, text: str
) -> None:
    path = _file(tmp_path, text.encode())
    out = tmp_path / "out.txt"

    result = invoke("redact", path, "-o", out)

    assert result.exit_code == 0, result.stderr
    assert out.read_bytes() == text.encode()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param(
            f"{BANNER}\r\n{WARNING}\r\n{VAN}\r\n",
            f"{WARNING}\r\n{VAN}\r\n",
            id="crlf",
        ),
        pytest.param(
            f"\ufeff{BANNER}\r\n{WARNING}\r\n", f"\ufeff{WARNING}\r\n", id="bom-then-removed-line"
        ),
        pytest.param(
            f"{BANNER}\n\t{WARNING}\n\t{VAN}\t{DOORS}\n",
            f"\t{WARNING}\n\t{VAN}\t{DOORS}\n",
            id="tabs",
        ),
    ],
)
def test_when_a_line_is_removed_then_the_rest_keeps_its_bytes(
    invoke: Invoke, tmp_path: Path, text: str, kept: str
) -> None:
    path = _file(tmp_path, text.encode())
    out = tmp_path / "out.txt"

    result = invoke("redact", path, "-o", out)

    assert result.exit_code == 0, result.stderr
    assert out.read_bytes() == kept.encode()


def test_when_a_line_is_very_long_then_it_is_kept_exactly(invoke: Invoke, tmp_path: Path) -> None:
    line = " ".join([WARNING] * 60)  # about 4,000 characters on one line
    path = _file(tmp_path, f"{BANNER}\r\n{line}\r\n".encode())
    out = tmp_path / "out.txt"

    result = invoke("redact", path, "-o", out)

    assert result.exit_code == 0, result.stderr
    assert out.read_bytes() == f"{line}\r\n".encode()


def test_when_a_crlf_report_loses_its_last_line_then_every_line_still_ends_in_crlf(
    invoke: Invoke, tmp_path: Path
) -> None:
    path = _file(tmp_path, f"{WARNING}\r\n{VAN}\r\n{BANNER}\r\n".encode())
    out = tmp_path / "out.txt"

    result = invoke("redact", path, "-o", out)

    assert result.exit_code == 0, result.stderr
    assert re.search(rb"(?<!\r)\n", out.read_bytes()) is None
