"""Odd casing: an upper-cased view of the words no ordinary prose writes, for the check.

Why: markings are recognized only in capitals, because capitals are what tell "SECRET//NOFORN"
from "a secret meeting". Odd casing would hide a marking from that grammar: "NoFoRn",
"SECRET//Noforn", "(s//nf)", or a lowercase homoglyph inside a capital word ("NOF\\u043eRN"
normalizes to "NOFoRN"). Upper-casing the whole text would turn prose into markings, so only
words that ordinary prose does not write are upper-cased:

1. a word mixing cases other than a capitalized word ("NoFoRn", "NOFoRN", "sEcReT"; not
   "Secret", "secret" or "SECRET");
2. every letter of a whitespace-free chunk written with "//" marking syntax ("Secret//Noforn",
   "(s//nf)");
3. a lowercase or capitalized word between two all-capital words on the same line
   ("REL To USA").

Each character keeps its place (a letter whose capital is longer, such as "\\u00df", stays as
it is), so offsets in the view are offsets in the text it was made from.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")
_MARKING_CHUNK = re.compile(r"\S*//\S*")
_CAPS_WORD = re.compile(r"[^\W\d_]{2,}")


def _upper(text: str) -> str:
    return "".join(c.upper() if len(c.upper()) == 1 else c for c in text)


def _mixed(word: str) -> bool:
    if word.isupper() or word.islower():
        return False
    return not (word[0].isupper() and word[1:].islower())


def _between_capitals(words: list[re.Match[str]], index: int, text: str) -> bool:
    """True when the words either side of `words[index]` are all-capital, on its line."""
    if index == 0 or index + 1 == len(words):
        return False
    before, word, after = words[index - 1], words[index], words[index + 1]
    if "\n" in text[before.end() : word.start()] or "\n" in text[word.end() : after.start()]:
        return False
    return all(_CAPS_WORD.fullmatch(w.group()) and w.group().isupper() for w in (before, after))


def odd_case_view(text: str) -> tuple[str, list[int]]:
    """`text` with its odd-cased words upper-cased, and the sorted offsets that changed."""
    chars = list(text)
    words = list(_WORD.finditer(text))
    for index, word in enumerate(words):
        odd = _mixed(word.group())
        odd = odd or (not word.group().isupper() and _between_capitals(words, index, text))
        if odd:
            chars[word.start() : word.end()] = _upper(word.group())
    for chunk in _MARKING_CHUNK.finditer(text):
        chars[chunk.start() : chunk.end()] = _upper(chunk.group())
    view = "".join(chars)
    return view, [i for i, (a, b) in enumerate(zip(text, view, strict=True)) if a != b]
