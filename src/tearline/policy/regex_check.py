"""Check a policy's own regexes before they run: they must compile and must not backtrack
catastrophically.

A policy file is input, and a regex such as `(a+)+$` takes exponential time on a line of
`a`s with no match, which would hang the scrub on one crafted report. Two checks guard
against it, because neither is enough alone:

1. this static check, over the parse tree of Python's `re` module, rejects the two shapes
   behind nearly all catastrophic backtracking: a repeat inside an unbounded repeat
   (`(a+)+`, `(\\w+\\s?)*`) and an unbounded repeat of alternatives that can start the same
   way (`(a|aa)*`). Possessive repeats (`*+`) and atomic groups (`(?>...)`) never backtrack
   into themselves, so they pass;
2. at analysis time every policy regex runs through the `regex` module with a timeout
   (`tearline.policy.terms`), which catches the slow regexes a static check cannot see.

The check is conservative: it may reject a regex that is in fact safe (`(?:\\s+\\w+)*`); the
message says how to write it so that it passes.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable
from typing import Any

import regex

#: The parser behind `re` (Python 3.11+), which also reads the syntax `regex` shares with it.
#: Private, but the only parse tree the standard library offers; imported by name so that a
#: future move fails loudly here.
sre_parse: Any = importlib.import_module("re._parser")

_c = sre_parse  # the opcodes are re-exported by the parser module
MAXREPEAT = _c.MAXREPEAT
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)

FIX = (
    "make the inner or the outer repeat possessive (`++`, `*+`) or atomic `(?>...)`, "
    "or give it an upper bound"
)
NESTED = (
    "regex can backtrack catastrophically: a repeat inside an unbounded repeat, "
    f"as in `(a+)+`; {FIX}"
)
OVERLAP = (
    "regex can backtrack catastrophically: an unbounded repeat of alternatives that can "
    "start with the same character, as in `(a|aa)*`; make the alternatives start "
    "differently or the group atomic `(?>...)`"
)

#: Characters tried when asking whether two alternatives can start the same way.
_SAMPLE = [chr(c) for c in (*range(0x09, 0x0E), *range(0x20, 0x7F), *range(0xA0, 0x250))]

Node = tuple[Any, Any]
CharTest = Callable[[str], bool]


def check_regex(pattern: str) -> str:
    """The pattern, if it compiles and cannot backtrack catastrophically; else ValueError."""
    try:
        compiled = regex.compile(pattern)
    except regex.error as e:
        where = f" at position {e.pos}" if e.pos is not None else ""
        raise ValueError(f"invalid regex: {e.msg}{where}") from e
    try:
        tree = sre_parse.parse(pattern)
    except re.error as e:
        raise ValueError(
            f"regex uses syntax the backtracking check cannot read ({e.msg}); "
            "write it in the syntax of Python's `re` module"
        ) from e
    ignore_case = bool(tree.state.flags & re.IGNORECASE)
    _walk(list(tree), in_unbounded=False, ignore_case=ignore_case)
    if compiled.fullmatch("") is not None:
        raise ValueError(
            "regex matches the empty string, so it would mark nothing; "
            "make at least one character required"
        )
    return pattern


def _walk(nodes: Iterable[Node], *, in_unbounded: bool, ignore_case: bool) -> None:
    for op, av in nodes:
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            low, high, body = av
            if in_unbounded and high != low:
                raise ValueError(NESTED)
            unbounded = high == MAXREPEAT
            if unbounded:
                _no_overlapping_alternatives(list(body), ignore_case)
            _walk(body, in_unbounded=in_unbounded or unbounded, ignore_case=ignore_case)
        elif op in (_c.POSSESSIVE_REPEAT, _c.ATOMIC_GROUP):
            # Never backtracked into: check the inside afresh, as a regex of its own. An atomic
            # group around one repeat, `(?>X*)`, is the possessive `X*+`.
            body = av[2] if op == _c.POSSESSIVE_REPEAT else list(av)
            if op == _c.ATOMIC_GROUP and len(body) == 1 and body[0][0] in _REPEATS:
                body = list(body[0][1][2])
            _walk(body, in_unbounded=False, ignore_case=ignore_case)
        elif op == _c.SUBPATTERN:
            _walk(av[3], in_unbounded=in_unbounded, ignore_case=ignore_case)
        elif op == _c.BRANCH:
            for branch in av[1]:
                _walk(branch, in_unbounded=in_unbounded, ignore_case=ignore_case)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            _walk(av[1], in_unbounded=False, ignore_case=ignore_case)
        elif op == _c.GROUPREF_EXISTS:
            for branch in av[1:]:
                if branch is not None:
                    _walk(branch, in_unbounded=in_unbounded, ignore_case=ignore_case)


def _no_overlapping_alternatives(body: list[Node], ignore_case: bool) -> None:
    """Inside an unbounded repeat, alternatives must start with different characters."""
    for op, av in _flatten(body):
        if op != _c.BRANCH:
            continue
        branches = [list(b) for b in av[1]]
        tests = [_first(b, ignore_case) for b in branches]
        for i, first in enumerate(tests):
            if first is None:
                raise ValueError(OVERLAP)  # an alternative that can match nothing
            for other in tests[i + 1 :]:
                if other is None or any(first(ch) and other(ch) for ch in _SAMPLE):
                    raise ValueError(OVERLAP)


def _flatten(body: list[Node]) -> Iterable[Node]:
    """The nodes at the top of a repeat's body, looking through plain groups."""
    for op, av in body:
        if op == _c.SUBPATTERN:
            yield from _flatten(list(av[3]))
        else:
            yield op, av


def _first(nodes: list[Node], ignore_case: bool) -> CharTest | None:
    """A test for the characters a sequence can start with; None if it can match nothing."""
    tests: list[CharTest] = []
    for op, av in nodes:
        test, nullable = _first_of(op, av, ignore_case)
        if test is not None:
            tests.append(test)
        if not nullable:
            return lambda ch: any(t(ch) for t in tests)
    return None


def _first_of(op: Any, av: Any, ignore_case: bool) -> tuple[CharTest | None, bool]:
    """The start test of one node, and whether the node can match nothing."""
    if op == _c.LITERAL:
        return _literal(chr(av), ignore_case), False
    if op == _c.NOT_LITERAL:
        return (lambda ch: ch != chr(av)), False
    if op == _c.ANY:
        return (lambda ch: ch != "\n"), False
    if op == _c.IN:
        return _char_class(av, ignore_case), False
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, body = av
        test = _first(list(body), ignore_case)
        return test, low == 0 or test is None
    if op in (_c.SUBPATTERN, _c.ATOMIC_GROUP):
        body = av[3] if op == _c.SUBPATTERN else av
        test = _first(list(body), ignore_case)
        return test, test is None
    if op == _c.BRANCH:
        tests = [_first(list(b), ignore_case) for b in av[1]]
        known = [t for t in tests if t is not None]
        return (lambda ch: any(t(ch) for t in known)), any(t is None for t in tests)
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return None, True
    return (lambda ch: True), False  # back-references and the rest: assume anything


def _literal(char: str, ignore_case: bool) -> CharTest:
    if ignore_case:
        folded = char.casefold()
        return lambda ch: ch.casefold() == folded
    return lambda ch: ch == char


def _char_class(items: list[Node], ignore_case: bool) -> CharTest:
    negate = any(op == _c.NEGATE for op, _ in items)
    tests: list[CharTest] = []
    for op, av in items:
        if op == _c.LITERAL:
            tests.append(_literal(chr(av), ignore_case))
        elif op == _c.RANGE:
            low, high = chr(av[0]), chr(av[1])
            tests.append(_between(low, high))
        elif op == _c.CATEGORY:
            tests.append(_CATEGORIES.get(av, lambda ch: True))

    def test(ch: str) -> bool:
        hit = any(t(ch) for t in tests) or (ignore_case and any(t(ch.swapcase()) for t in tests))
        return hit != negate

    return test


def _between(low: str, high: str) -> CharTest:
    return lambda ch: low <= ch <= high


_CATEGORIES: dict[Any, CharTest] = {
    _c.CATEGORY_DIGIT: str.isdigit,
    _c.CATEGORY_NOT_DIGIT: lambda ch: not ch.isdigit(),
    _c.CATEGORY_SPACE: str.isspace,
    _c.CATEGORY_NOT_SPACE: lambda ch: not ch.isspace(),
    _c.CATEGORY_WORD: lambda ch: ch.isalnum() or ch == "_",
    _c.CATEGORY_NOT_WORD: lambda ch: not (ch.isalnum() or ch == "_"),
}
