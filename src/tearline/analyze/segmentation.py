"""Sentence starts that a report's layout makes certain, set before spaCy's parser runs.

Reports are laid out in lines: a blank line, a paragraph number ("2.", "c."), a portion mark at the
start of a line, a "LABEL:" header, or the line after an all-capitals heading always begins
a new sentence. Left to itself the parser
runs a sentence across them, and a cut clause would then swallow the next paragraph's number.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "tearline_layout_sentences"
#: A label starts with a capital and has no digits: "Handler:", "SUBJECT:", never "said:" or
#: the "08:" of a time.
_LINE_OPENER = re.compile(
    r"^(?:\d{1,3}[.)]|[a-z][.)][ \t]|\(|[-*\u2022]|[A-Z][A-Za-z /'&-]{0,40}:(?!\d))"
)


@Language.component(COMPONENT)
def layout_sentences(doc: Doc) -> Doc:
    """Mark tokens that open a paragraph, a numbered item or a header line as sentence starts."""
    text = doc.text
    content_end = 0 if not len(doc) or doc[0].is_space else len(doc[0].text)  # last text end
    for token in doc[1:]:
        if token.is_space:
            continue
        gap = text[content_end : token.idx]
        starts_line = "\n" in gap or doc[token.i - 1].is_space
        if starts_line:
            previous_line = text[text.rfind("\n", 0, content_end) + 1 : content_end]
            if (
                gap.count("\n") >= 2
                or _LINE_OPENER.match(text[token.idx : token.idx + 42])
                or not any(c.islower() for c in previous_line)
                or (token.text[:1].isupper() and _heading(text, content_end, previous_line))
            ):
                token.is_sent_start = True
        elif _after_date_abbreviation(doc, token.i):
            token.is_sent_start = False  # "On the 2nd inst. our office received ..."
        content_end = token.idx + len(token.text)
    return doc


#: A heading in sentence case is a few words on a line of their own: "Basis of reporting".
MAX_HEADING_CHARS = 40
#: Words a heading never ends with and a wrapped line often does.
_RUN_ON_WORDS: frozenset[str] = frozenset(
    {"the", "a", "an", "of", "to", "and", "or", "will", "would", "is", "are", "was", "were"}
    | {"that", "his", "her", "their", "its"}
)
_HEADING = re.compile(r"[ \t]*[A-Z][A-Za-z'&/ -]*[A-Za-z][ \t]*")


def _heading(text: str, line_end: int, line: str) -> bool:
    """A short line with no closing punctuation that opens its paragraph ("Where this comes
    from", "Situation"): a heading, and the next line starts a sentence. A wrapped line of
    prose is longer, or follows another line of its paragraph."""
    if len(line) > MAX_HEADING_CHARS or not _HEADING.fullmatch(line):
        return False
    if line.split()[-1].lower() in _RUN_ON_WORDS:
        return False  # "Armed men will attack the": a line of prose wrapped early
    before = text[: line_end - len(line)]
    if not before.strip():
        return True  # the document's first line
    # a blank line before it: the line it follows ended with a newline of its own
    return before.removesuffix("\n").rstrip(" \t\r").endswith("\n")


#: Abbreviations of letter dates ("the 2nd inst.", "the 30th ult."): their full stop ends
#: no sentence when the text goes on in lower case.
DATE_ABBREVIATIONS: frozenset[str] = frozenset({"inst", "ult", "prox"})
#: Abbreviations before a number ("ref. SB/0417", "No. 12", "ext. 4471"): their full stop
#: ends no sentence when a number or code follows.
NUMBER_ABBREVIATIONS: frozenset[str] = frozenset({"ref", "refs", "no", "nos", "tel", "ext"})


def _after_date_abbreviation(doc: Doc, index: int) -> bool:
    """True for the word after "inst." going on in lower case, or after "ref." when it is a
    number or code."""
    if index < 2:
        return False
    stop, word, following = doc[index - 1], doc[index - 2], doc[index].text
    if stop.text != "." or word.whitespace_:
        return False
    if word.lower_ in DATE_ABBREVIATIONS:
        return following[:1].islower()
    return word.lower_ in NUMBER_ABBREVIATIONS and any(c.isdigit() for c in following)


def add_to(nlp: Language) -> Language:
    """Insert the component before the parser (once)."""
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
    return nlp
