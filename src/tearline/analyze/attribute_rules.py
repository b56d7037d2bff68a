"""spaCy's attribute ruler, applied by looking each token up instead of running its Matcher.

The attribute ruler of the English pipelines maps fine-grained tags to parts of speech and
morphology (and fixes a few lemmas): about 180 patterns, almost all of one token, asked of every
token by a general Matcher. That costs a fifth of the parse of a report. A one-token pattern
only reads the token's own tag, lowercase form, dependency label and space flag, so what it
matches is a function of those four values: this component works out which patterns a token's
values match once, remembers it, and answers later tokens with the same values from memory.
The few patterns longer than one token are checked position by position the same way.

It reads the ruler's own patterns and writes with the ruler's own attribute setter, in the
ruler's order (later patterns win), so the annotation is exactly the ruler's. A pattern using
anything else (an operator, another attribute, a predicate this does not know) keeps the ruler.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens._retokenize import set_token_attrs

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

COMPONENT = "tearline_attribute_rules"
RULER = "attribute_ruler"
#: The token values the patterns may read, in the order of a token's key.
READ: tuple[str, ...] = ("TAG", "LOWER", "DEP", "IS_SPACE")
_COLUMNS = [TAG, LOWER, DEP, IS_SPACE]
#: Distinct token keys remembered before the memory starts over (new names keep coming).
MAX_REMEMBERED = 50_000

#: One pattern token's test of a token's key (the values as spaCy's string ids).
Test = Callable[[tuple[int, ...]], bool]
#: What a token key matches: one-token rule numbers, and (longer pattern, position) pairs.
_Answer = tuple[tuple[int, ...], frozenset[tuple[int, int]]]


class UnsupportedPattern(ValueError):
    """A ruler pattern this component cannot answer by lookup: the ruler stays."""


def _value_test(vocab: Vocab, column: int, attr: str, value: Any) -> Test:
    """The test of one attribute of one pattern token, as spaCy's Matcher does it: equality,
    IN and NOT_IN over string ids, REGEX over the string."""
    if isinstance(value, bool):
        flag = int(value)
        return lambda key: key[column] == flag
    if isinstance(value, str):
        wanted = get_string_id(value)
        return lambda key: key[column] == wanted
    if not isinstance(value, dict) or len(value) != 1:
        raise UnsupportedPattern(attr)
    ((predicate, argument),) = value.items()
    if predicate in ("IN", "NOT_IN") and attr != "IS_SPACE":
        ids = frozenset(get_string_id(v) for v in argument)
        if predicate == "IN":
            return lambda key: key[column] in ids
        return lambda key: key[column] not in ids
    if predicate == "REGEX" and attr != "IS_SPACE":
        pattern = re.compile(argument)
        strings = vocab.strings
        return lambda key: bool(pattern.search(strings[key[column]]))
    raise UnsupportedPattern(f"{attr} {predicate}")


def _token_test(vocab: Vocab, spec: dict[str, Any]) -> Test:
    tests = []
    for attr, value in spec.items():
        if attr not in READ:
            raise UnsupportedPattern(attr)
        tests.append(_value_test(vocab, READ.index(attr), attr, value))
    return lambda key: all(test(key) for test in tests)


class AttributeRules:
    """The attribute ruler's patterns, answered per token key from memory."""

    def __init__(self, ruler: AttributeRuler) -> None:
        """Compile the ruler's patterns; UnsupportedPattern if one cannot be looked up."""
        vocab = ruler.vocab
        self.attrs = ruler.attrs
        #: (rule number, test) per one-token pattern, by the tag it names if it names one;
        #: (rule number, tests of its tokens, index of the token it sets) per longer pattern
        self.single: list[tuple[int, Test]] = []
        self.by_tag: dict[int, list[tuple[int, Test]]] = {}
        self.longer: list[tuple[int, tuple[Test, ...], int]] = []
        for number in range(len(ruler.attrs)):
            _, patterns = ruler.matcher.get(vocab.strings[str(number)])
            index = ruler.indices[number]
            for pattern in patterns:
                tests = tuple(_token_test(vocab, spec) for spec in pattern)
                if not tests or not -len(tests) <= index < len(tests):
                    raise UnsupportedPattern(f"index {index}")
                if len(tests) == 1 and isinstance(pattern[0].get("TAG"), str):
                    # most rules name one tag: only a token with that tag need be asked
                    tag = get_string_id(pattern[0]["TAG"])
                    self.by_tag.setdefault(tag, []).append((number, tests[0]))
                elif len(tests) == 1:
                    self.single.append((number, tests[0]))
                else:
                    self.longer.append((number, tests, index % len(tests)))
        self._known: dict[tuple[int, ...], _Answer] = {}

    def _answer(self, key: tuple[int, ...]) -> _Answer:
        """What a token key matches: the one-token rules, in rule order, and the (pattern,
        position) pairs of the longer patterns."""
        answer = self._known.get(key)
        if answer is None:
            if len(self._known) >= MAX_REMEMBERED:
                self._known.clear()
            candidates = [*self.single, *self.by_tag.get(key[0], ())]
            rules = tuple(sorted({number for number, test in candidates if test(key)}))
            places = frozenset(
                (which, position)
                for which, (_, tests, _) in enumerate(self.longer)
                for position, test in enumerate(tests)
                if test(key)
            )
            answer = self._known[key] = (rules, places)
        return answer

    def __call__(self, doc: Doc) -> Doc:
        """Set the attributes every matching rule gives, later rules last (they win)."""
        answers = [self._answer(tuple(row)) for row in doc.to_array(_COLUMNS).tolist()]
        matches = [(number, i) for i, (rules, _) in enumerate(answers) for number in rules]
        for start, (_, places) in enumerate(answers):
            for which, position in places:
                if position:
                    continue
                number, tests, index = self.longer[which]
                if start + len(tests) <= len(answers) and all(
                    (which, k) in answers[start + k][1] for k in range(1, len(tests))
                ):
                    matches.append((number, start + index))
        matches.sort()
        for number, i in matches:
            set_token_attrs(doc[i], self.attrs[number])
        return doc


def _ruler(nlp: Language) -> AttributeRuler:
    return cast("AttributeRuler", nlp.get_pipe(RULER))


@Language.factory(COMPONENT)
def make_attribute_rules(nlp: Language, name: str) -> AttributeRules:
    """The lookup in place of the (disabled) attribute ruler, reading its patterns."""
    return AttributeRules(_ruler(nlp))


def by_lookup(nlp: Language) -> Language:
    """Answer the attribute ruler's patterns by lookup, when they all allow it."""
    if RULER not in nlp.pipe_names or COMPONENT in nlp.pipe_names:
        return nlp
    try:
        AttributeRules(_ruler(nlp))
    except UnsupportedPattern:
        return nlp
    nlp.add_pipe(COMPONENT, before=RULER)
    nlp.disable_pipe(RULER)
    return nlp
