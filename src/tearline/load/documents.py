"""Read input documents as text, refusing what cannot be sanitized safely.

A document that is binary, not valid in its encoding, too large or unreadable is an
`InputError` naming the file; nothing is guessed, so nothing is half-sanitized.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tearline.errors import InputError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
STDIN = "-"


def _decode(data: bytes, name: str, encoding: str) -> str:
    if b"\x00" in data:
        raise InputError(f"{name}: binary file (NUL byte at offset {data.index(0)}); not text")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as e:
        raise InputError(
            f"{name}: not valid {encoding} at byte offset {e.start}; "
            "pass --encoding to name the file's encoding"
        ) from e
    except LookupError as e:
        raise InputError(f"{name}: unknown encoding '{encoding}'") from e
    return text


def read_document(
    path: str | Path, *, encoding: str = "utf-8", max_bytes: int = DEFAULT_MAX_BYTES
) -> str:
    """The text of a document (`-` for standard input), exactly as written, BOM included."""
    name = str(path)
    if name == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        file = Path(path)
        if not file.exists():
            raise InputError(f"{name}: no such file")
        if file.is_dir():
            raise InputError(f"{name}: is a directory; name a file")
        try:
            size = file.stat().st_size
            if size > max_bytes:
                raise InputError(
                    f"{name}: {size} bytes is over the limit of {max_bytes}; "
                    "raise it with --max-bytes"
                )
            data = file.read_bytes()
        except PermissionError as e:
            raise InputError(f"{name}: permission denied") from e
        except OSError as e:
            raise InputError(f"{name}: cannot read ({e.strerror})") from e
    if len(data) > max_bytes:
        raise InputError(f"{name}: over the limit of {max_bytes} bytes; raise it with --max-bytes")
    return _decode(data, name, encoding)
