"""Tests for reading input documents: exact text, or an InputError that names the file and why."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tearline.errors import InputError
from tearline.load.documents import (
    DEFAULT_MAX_BYTES,
    MAX_CHARS,
    STDIN,
    is_one_of,
    load_document,
    read_document,
)


def _file(tmp_path: Path, data: bytes, name: str = "report.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _error(path: str | Path, **options: Any) -> str:
    with pytest.raises(InputError) as caught:
        read_document(path, **options)
    return str(caught.value)


@pytest.mark.parametrize(
    ("data", "text"),
    [
        pytest.param(b"", "", id="empty"),
        pytest.param(b"SECRET//NOFORN\n", "SECRET//NOFORN\n", id="ascii"),
        pytest.param(b"\xef\xbb\xbfSECRET\n", "\ufeffSECRET\n", id="bom-preserved"),
        pytest.param(b"line one\r\nline two\r\n", "line one\r\nline two\r\n", id="crlf-preserved"),
        pytest.param(b"a\rb\n\tc  ", "a\rb\n\tc  ", id="cr-tabs-trailing-spaces"),
        pytest.param(
            "Caf\u00e9 \u2014 Z\u00fcrich\n".encode(), "Caf\u00e9 \u2014 Z\u00fcrich\n", id="utf-8"
        ),
        pytest.param(b"no final newline", "no final newline", id="no-final-newline"),
    ],
)
def test_when_file_is_text_then_it_reads_exactly_as_written(
    tmp_path: Path, data: bytes, text: str
) -> None:
    assert read_document(_file(tmp_path, data)) == text


def test_when_path_is_a_string_then_it_reads_like_a_path(tmp_path: Path) -> None:
    path = _file(tmp_path, b"text\n")

    assert read_document(str(path)) == "text\n"


def test_when_file_is_missing_then_error_names_it(tmp_path: Path) -> None:
    path = tmp_path / "absent.txt"

    assert _error(path) == f"{path}: no such file"


def test_when_path_is_a_directory_then_error_says_so(tmp_path: Path) -> None:
    assert _error(tmp_path) == f"{tmp_path}: is a directory; name a file"


@pytest.mark.parametrize(
    ("data", "offset"),
    [
        pytest.param(b"\x00ELF", 0, id="first-byte"),
        pytest.param(b"SECRET\x00\x00", 6, id="first-of-several"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 8, id="png-header"),
    ],
)
def test_when_file_has_a_nul_byte_then_error_names_its_offset(
    tmp_path: Path, data: bytes, offset: int
) -> None:
    path = _file(tmp_path, data)

    assert _error(path) == f"{path}: binary file (NUL byte at offset {offset}); not text"


@pytest.mark.parametrize(
    ("data", "offset"),
    [
        pytest.param(b"Caf\xe9\n", 3, id="latin-1-e-acute"),
        pytest.param(b"ok \xff\xfe", 3, id="bad-start-byte"),
        pytest.param("\u00e9".encode()[:1], 0, id="truncated-sequence"),
    ],
)
def test_when_file_is_not_valid_utf8_then_error_names_offset_and_suggests_encoding(
    tmp_path: Path, data: bytes, offset: int
) -> None:
    path = _file(tmp_path, data)

    assert _error(path) == (
        f"{path}: not valid utf-8 at byte offset {offset}; "
        "pass --encoding to name the file's encoding"
    )


@pytest.mark.parametrize(
    "encoding",
    [
        pytest.param("latin-1", id="latin-1"),
        pytest.param("cp1252", id="cp1252"),
        pytest.param("utf-8-sig", id="utf-8-sig-drops-bom"),
        pytest.param("utf-16", id="utf-16-has-nul-bytes-but-is-text"),
        pytest.param("utf-32-le", id="utf-32-le"),
    ],
)
def test_when_encoding_is_named_then_file_is_decoded_with_it(tmp_path: Path, encoding: str) -> None:
    text = "Caf\u00e9 at the north gate\r\n"
    data = ("\ufeff" + text).encode("utf-8") if encoding == "utf-8-sig" else text.encode(encoding)

    assert read_document(_file(tmp_path, data), encoding=encoding) == text


def test_when_encoding_is_unknown_then_error_names_it(tmp_path: Path) -> None:
    path = _file(tmp_path, b"text\n")

    assert _error(path, encoding="klingon") == f"{path}: unknown encoding 'klingon'"


@pytest.mark.parametrize(
    ("size", "limit"),
    [
        pytest.param(11, 10, id="one-over"),
        pytest.param(4096, 100, id="far-over"),
    ],
)
def test_when_file_is_over_the_size_limit_then_error_names_size_and_fix(
    tmp_path: Path, size: int, limit: int
) -> None:
    path = _file(tmp_path, b"x" * size)

    assert _error(path, max_bytes=limit) == (
        f"{path}: {size} bytes is over the limit of {limit}; raise it with --max-bytes"
    )


def test_when_file_is_exactly_at_the_limit_then_it_reads(tmp_path: Path) -> None:
    assert read_document(_file(tmp_path, b"x" * 10), max_bytes=10) == "x" * 10


def test_when_no_limit_is_given_then_default_is_five_mebibytes() -> None:
    assert DEFAULT_MAX_BYTES == 5 * 1024 * 1024


@pytest.fixture
def stdin(monkeypatch: pytest.MonkeyPatch) -> Iterator[io.BytesIO]:
    buffer = io.BytesIO()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(buffer, encoding="utf-8"))
    yield buffer


def test_when_path_is_dash_then_stdin_is_read_as_bytes(stdin: io.BytesIO) -> None:
    stdin.write(b"\xef\xbb\xbfline\r\n")
    stdin.seek(0)

    assert read_document(STDIN) == "\ufeffline\r\n"


def test_when_stdin_is_over_the_limit_then_error_names_dash(stdin: io.BytesIO) -> None:
    stdin.write(b"x" * 11)
    stdin.seek(0)

    assert _error(STDIN, max_bytes=10) == (
        "-: over the limit of 10 bytes; raise it with --max-bytes"
    )


def test_when_stdin_is_binary_then_error_names_dash(stdin: io.BytesIO) -> None:
    stdin.write(b"ab\x00")
    stdin.seek(0)

    assert _error(STDIN) == "-: binary file (NUL byte at offset 2); not text"


_READ_AND_REPORT = """
import sys
from tearline.load.documents import read_document
try:
    read_document(sys.argv[1])
    print("read")
except Exception as e:
    print(f"{type(e).__name__}: {e}")
"""


def _outcome_without_read_permission(path: Path) -> str:
    """What reading `path` gives a process that file permissions apply to.

    Root reads anything, so as root the read runs in a child process whose capability bounding
    set lacks CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH: still root, but bound by the modes.
    """
    if os.geteuid() != 0:
        try:
            read_document(path)
        except Exception as e:
            return f"{type(e).__name__}: {e}"
        return "read"
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root, which reads any file, and setpriv is not installed")
    command = [
        setpriv,
        "--bounding-set=-dac_override,-dac_read_search",
        sys.executable,
        "-c",
        _READ_AND_REPORT,
        str(path),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"running as root and setpriv cannot drop capabilities: {done.stderr}")
    return done.stdout.strip()


@pytest.fixture
def restore_modes(tmp_path: Path) -> Iterator[None]:
    yield
    for path in [tmp_path, *tmp_path.rglob("*")]:
        path.chmod(stat.S_IRWXU)


@pytest.mark.usefixtures("restore_modes")
def test_when_file_is_unreadable_then_error_says_permission_denied(tmp_path: Path) -> None:
    path = _file(tmp_path, b"text\n")
    path.chmod(0)

    assert _outcome_without_read_permission(path) == f"InputError: {path}: permission denied"


@pytest.mark.usefixtures("restore_modes")
def test_when_parent_folder_is_unsearchable_then_error_says_permission_denied(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    path = _file(folder, b"text\n")
    folder.chmod(0)

    assert _outcome_without_read_permission(path) == f"InputError: {path}: permission denied"


@pytest.mark.parametrize(
    ("encoding", "offset"),
    [
        pytest.param("utf-16-le", 4, id="utf-16-le"),
        pytest.param("utf-32-be", 8, id="utf-32-be"),
    ],
)
def test_when_wide_encoding_holds_a_nul_character_then_error_names_its_byte_offset(
    tmp_path: Path, encoding: str, offset: int
) -> None:
    path = _file(tmp_path, "ab\x00c".encode(encoding))

    assert _error(path, encoding=encoding) == (
        f"{path}: binary file (NUL byte at offset {offset}); not text"
    )


def test_when_encoding_is_not_a_text_encoding_then_error_names_it(tmp_path: Path) -> None:
    path = _file(tmp_path, b"dGV4dA==\n")

    assert _error(path, encoding="base64") == f"{path}: unknown encoding 'base64'"


def test_when_text_is_over_the_analyzer_limit_then_error_names_length_and_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tearline.load.documents.MAX_CHARS", 5)
    path = _file(tmp_path, "\u00e9\u00e9xxxx".encode())

    assert _error(path) == (
        f"{path}: 6 characters is over the analyzer's limit of 5; split the report into parts"
    )


def test_when_analyzer_limit_is_unchanged_then_it_is_spacys_default() -> None:
    assert MAX_CHARS == 1_000_000


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_when_input_is_an_endless_device_then_reading_stops_at_the_limit() -> None:
    # /dev/zero reports size 0, so only a bounded read keeps this from exhausting memory.
    assert _error("/dev/zero", max_bytes=10) == (
        "/dev/zero: over the limit of 10 bytes; raise it with --max-bytes"
    )


def test_when_document_is_loaded_then_hash_is_of_the_exact_bytes(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbfSECRET\r\n"

    document = load_document(_file(tmp_path, data))

    assert document.text == "\ufeffSECRET\r\n"
    assert document.sha256 == hashlib.sha256(data).hexdigest()


def test_when_stdin_is_loaded_then_name_is_dash_and_hash_is_of_its_bytes(
    stdin: io.BytesIO,
) -> None:
    stdin.write(b"line\n")
    stdin.seek(0)

    document = load_document(STDIN)

    assert (document.name, document.sha256) == (STDIN, hashlib.sha256(b"line\n").hexdigest())


def test_when_file_is_read_then_it_is_left_untouched(tmp_path: Path) -> None:
    path = _file(tmp_path, b"SECRET//NOFORN\n")
    path.chmod(0o444)
    before = path.stat()

    read_document(path)

    after = path.stat()
    assert (after.st_mtime_ns, after.st_size, after.st_mode) == (
        before.st_mtime_ns,
        before.st_size,
        before.st_mode,
    )


@pytest.mark.parametrize(
    ("spelling", "expected"),
    [
        pytest.param("same", True, id="same-path"),
        pytest.param("dotted", True, id="dot-dot-spelling"),
        pytest.param("symlink", True, id="symlink"),
        pytest.param("hard-link", True, id="hard-link"),
        pytest.param("missing-same", True, id="same-path-not-yet-written"),
        pytest.param("other", False, id="another-file"),
        pytest.param("missing-other", False, id="another-path-not-yet-written"),
    ],
)
def test_when_a_path_is_compared_with_inputs_then_every_spelling_of_one_matches(
    tmp_path: Path, spelling: str, expected: bool
) -> None:
    original = _file(tmp_path, b"report\n")
    (tmp_path / "sub").mkdir()
    candidates = {
        "same": original,
        "dotted": tmp_path / "sub" / ".." / original.name,
        "symlink": tmp_path / "link.txt",
        "hard-link": tmp_path / "hard.txt",
        "missing-same": tmp_path / "out.txt",
        "other": _file(tmp_path, b"other\n", "other.txt"),
        "missing-other": tmp_path / "elsewhere.txt",
    }
    (tmp_path / "link.txt").symlink_to(original)
    os.link(original, tmp_path / "hard.txt")
    inputs = [original, tmp_path / "out.txt"]

    assert is_one_of(candidates[spelling], inputs) is expected
