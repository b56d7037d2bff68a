"""Read input documents as text, refusing what cannot be sanitized safely.

A document that is binary, not valid in its encoding, too large or unreadable is an
`InputError` naming the file; nothing is guessed, so nothing is half-sanitized. Files are
only ever opened for reading, so an input is never modified.
"""

from __future__ import annotations

import codecs
import hashlib
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tearline.errors import InputError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
#: spaCy's default `nlp.max_length`: the parser refuses longer texts (it needs about 1 GB of
#: memory per 100,000 characters), so a longer document is refused here with the fix instead
#: of failing deep in the analyzer.
MAX_CHARS = 1_000_000
STDIN = "-"


@dataclass(frozen=True)
class Document:
    """One input as read: its name, its text and the hash of its exact bytes (for the audit)."""

    name: str
    text: str
    sha256: str


def _nul_is_a_byte(encoding: str) -> bool:
    """True when U+0000 is the single byte 0 in `encoding` (UTF-8, Latin-1, cp1252, ...).

    Only there does a NUL byte mean binary data; in UTF-16 and UTF-32 every ASCII character
    carries NUL bytes, so those are decoded first and checked for a NUL character instead.
    """
    try:
        return b"\x00".decode(encoding) == "\x00"
    except UnicodeDecodeError:
        return False


def _binary(name: str, offset: int) -> InputError:
    return InputError(f"{name}: binary file (NUL byte at offset {offset}); not text")


def _decode(data: bytes, name: str, encoding: str) -> str:
    try:
        codecs.lookup(encoding)
        "x".encode(encoding)  # refuses codecs that are not text encodings, such as base64
    except LookupError as e:
        raise InputError(f"{name}: unknown encoding '{encoding}'") from e
    if _nul_is_a_byte(encoding) and b"\x00" in data:
        raise _binary(name, data.index(0))
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as e:
        raise InputError(
            f"{name}: not valid {encoding} at byte offset {e.start}; "
            "pass --encoding to name the file's encoding"
        ) from e
    if "\x00" in text:
        prefix = text[: text.index("\x00")]
        raise _binary(name, len(prefix.encode(encoding)))
    return text


def _too_large(name: str, limit: int, size: int | None = None) -> InputError:
    fix = "raise it with --max-bytes"
    if size is None:
        return InputError(f"{name}: over the limit of {limit} bytes; {fix}")
    return InputError(f"{name}: {size} bytes is over the limit of {limit}; {fix}")


def _read_bytes(name: str, max_bytes: int) -> bytes:
    """At most `max_bytes + 1` bytes, so a device or an endless pipe cannot exhaust memory."""
    if name == STDIN:
        return sys.stdin.buffer.read(max_bytes + 1)
    file = Path(name)
    try:
        if not file.exists():
            raise InputError(f"{name}: no such file")
        if file.is_dir():
            raise InputError(f"{name}: is a directory; name a file")
        size = file.stat().st_size
        if size > max_bytes:
            raise _too_large(name, max_bytes, size)
        with file.open("rb") as handle:
            return handle.read(max_bytes + 1)
    except PermissionError as e:
        raise InputError(f"{name}: permission denied") from e
    except OSError as e:
        raise InputError(f"{name}: cannot read ({e.strerror})") from e


def load_document(
    path: str | Path, *, encoding: str = "utf-8", max_bytes: int = DEFAULT_MAX_BYTES
) -> Document:
    """Read a document (`-` for standard input): exact text, BOM included, and its bytes' hash."""
    name = str(path)
    data = _read_bytes(name, max_bytes)
    if len(data) > max_bytes:
        raise _too_large(name, max_bytes)
    text = _decode(data, name, encoding)
    if len(text) > MAX_CHARS:
        raise InputError(
            f"{name}: {len(text)} characters is over the analyzer's limit of {MAX_CHARS}; "
            "split the report into parts"
        )
    return Document(name, text, hashlib.sha256(data).hexdigest())


def read_document(
    path: str | Path, *, encoding: str = "utf-8", max_bytes: int = DEFAULT_MAX_BYTES
) -> str:
    """The text of a document (`-` for standard input), exactly as written, BOM included."""
    return load_document(path, encoding=encoding, max_bytes=max_bytes).text


def is_one_of(path: Path, inputs: Iterable[Path]) -> bool:
    """True when `path` names one of `inputs`: any spelling, symlink or hard link of it.

    Writers call this before touching `path`, so an input is never overwritten or appended to.
    """
    target = path.resolve()
    for original in inputs:
        if target == original.resolve():
            return True  # also when neither exists yet, such as an output still to be written
        if target.exists() and original.exists() and target.samefile(original):
            return True
    return False
