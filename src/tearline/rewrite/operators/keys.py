"""Read the keys of the keyed operators (pseudonymize, encrypt) from where a policy says.

A policy names where a key lives, `env:NAME` or `file:PATH`, never the key itself, so policy
files can be shared and versioned. There is no fallback: without a key these operators refuse
to run, because a pseudonym without a secret key is a plain hash that anyone can reverse by
hashing candidate names, and there is nothing to encrypt with.

Key material is the variable's value or the file's content, trimmed of surrounding
whitespace; 32, 48 or 64 hexadecimal digits are read as the 16, 24 or 32 bytes they spell
(what `python -c "import secrets; print(secrets.token_hex(32))"` prints), anything else as
its UTF-8 bytes.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from tearline.errors import PolicyError

PSEUDONYM_KEY = "env:TEARLINE_PSEUDONYM_KEY"
ENCRYPT_KEY = "env:TEARLINE_ENCRYPT_KEY"
#: A pseudonym key shorter than this is guessable; HMAC-SHA256 itself takes any length.
MIN_HMAC_BYTES = 16
AES_BYTES = (16, 24, 32)
_HEX = re.compile(r"^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{48}|[0-9a-fA-F]{64})$")
MAKE_KEY = 'python -c "import secrets; print(secrets.token_hex(32))"'


def _material(reference: str, purpose: str) -> str:
    kind, _, where = reference.partition(":")
    if kind == "env":
        value = os.environ.get(where)
        if value is None or not value.strip():
            raise PolicyError(
                f"{purpose} needs a key, but the environment variable {where} is not set; "
                f"set it (e.g. export {where}=$({MAKE_KEY})) or give the rule `key: file:PATH`"
            )
        return value
    if kind == "file":
        path = Path(where).expanduser()
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise PolicyError(
                f"{purpose} needs a key, but the key file {path} cannot be read "
                f"({type(e).__name__}); create it with {MAKE_KEY} > {path}"
            ) from e
    raise PolicyError(
        f"{purpose}: key must say where the key is read, 'env:NAME' or 'file:PATH', "
        "never the key itself"
    )


def read_key(reference: str, purpose: str) -> bytes:
    """The key bytes at `reference` ('env:NAME' or 'file:PATH'); PolicyError if absent."""
    material = _material(reference, purpose).strip()
    if _HEX.match(material):
        return bytes.fromhex(material)
    return material.encode("utf-8")


def hmac_key(reference: str, purpose: str) -> bytes:
    """A key for HMAC pseudonyms: at least MIN_HMAC_BYTES bytes."""
    key = read_key(reference, purpose)
    if len(key) < MIN_HMAC_BYTES:
        raise PolicyError(
            f"{purpose}: the key from {reference} has {len(key)} bytes; a pseudonym key needs "
            f"at least {MIN_HMAC_BYTES} (make one with {MAKE_KEY})"
        )
    return key


def aes_key(reference: str, purpose: str) -> bytes:
    """A key for AES: 16, 24 or 32 bytes (128, 192 or 256 bits)."""
    key = read_key(reference, purpose)
    if len(key) not in AES_BYTES:
        raise PolicyError(
            f"{purpose}: the key from {reference} has {len(key)} bytes; an AES key has 16, 24 "
            f"or 32 bytes, or 32, 48 or 64 hex digits (make one with {MAKE_KEY})"
        )
    return key
