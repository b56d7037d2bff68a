"""encrypt: the span becomes its AES ciphertext, for an originator's reversible copy.

Presidio's `Encrypt` operator does the cryptography (AES-CBC, a random IV per span, base64);
this module wraps each ciphertext in `[[enc:...]]` so that `tearline restore` can find the
spans again in a text, and `restore` reverses them with Presidio's `Decrypt`. The wrapper
starts with no letter, so the tidy step never capitalizes it at a sentence start and a fully
encrypted copy restores to the original byte for byte.

AES-CBC alone does not notice a wrong key or an edited ciphertext every time (it may decrypt
to garbage), so each span also carries an HMAC-SHA256 tag of its ciphertext under a key
derived from the AES key (encrypt-then-MAC), checked before anything is decrypted.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
from typing import TYPE_CHECKING, Any

from presidio_anonymizer.entities import OperatorConfig
from presidio_anonymizer.operators import Decrypt, Encrypt

from tearline.errors import InputError
from tearline.rewrite.operators.keys import ENCRYPT_KEY, aes_key

if TYPE_CHECKING:
    from tearline.categories import Category
    from tearline.policy.schema import CategoryRule

NAME = "tearline_encrypt"
OPEN, CLOSE = "[[enc:", "]]"
#: An encrypted span in a text: Presidio's ciphertext and our tag, both URL-safe base64.
ENCRYPTED = re.compile(r"\[\[enc:([A-Za-z0-9_\-]+=*)\.([A-Za-z0-9_\-]+=*)\]\]")
_MAC_LABEL = b"tearline.encrypt.mac.v1"
TAG_BYTES = 16


def _tag(key: bytes, ciphertext: str) -> str:
    mac_key = hmac.new(key, _MAC_LABEL, hashlib.sha256).digest()
    digest = hmac.new(mac_key, ciphertext.encode("ascii"), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:TAG_BYTES]).decode("ascii")


class EncryptSpan(Encrypt):
    """Presidio's AES `Encrypt`, with the ciphertext tagged and marked for `restore`."""

    def operate(self, text: str | None = None, params: dict[str, Any] | None = None) -> str:
        """`[[enc:<ciphertext>.<tag>]]` of the span."""
        params = params or {}
        ciphertext = super().operate(text or "", params)
        return f"{OPEN}{ciphertext}.{_tag(params['key'], ciphertext)}{CLOSE}"

    def operator_name(self) -> str:
        """The name the rewriter registers the operator under."""
        return NAME


def config(rule: CategoryRule, category: Category) -> OperatorConfig:
    """The operator with the rule's key, read now: no key, no run."""
    key = aes_key(rule.key or ENCRYPT_KEY, f"encrypt ({category.value})")
    return OperatorConfig(NAME, {"key": key})


def restore(text: str, key: bytes, *, source: str = "input") -> tuple[str, int]:
    """`text` with every `[[enc:...]]` span decrypted, and how many there were.

    Errors name the span's number and line, never its content.
    """
    decrypt = Decrypt()
    decrypt.validate({"key": key})
    count = 0

    def _plain(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        line = text.count("\n", 0, match.start()) + 1
        refusal = InputError(
            f"{source}:{line}: encrypted span {count} does not decrypt with this key "
            "(a different key, or the text was changed)"
        )
        ciphertext, tag = match.group(1), match.group(2)
        if not hmac.compare_digest(tag, _tag(key, ciphertext)):
            raise refusal
        try:
            return decrypt.operate(ciphertext, {"key": key})
        except (ValueError, binascii.Error, UnicodeDecodeError) as e:
            raise refusal from e

    return ENCRYPTED.sub(_plain, text), count
