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
            ):
                token.is_sent_start = True
        elif _after_date_abbreviation(doc, token.i):
            token.is_sent_start = False  # "On the 2nd inst. our office received ..."
        content_end = token.idx + len(token.text)
    return doc


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


#: Abbreviations that come before a name or a number and never end a sentence: ranks and
#: titles ("Insp. Rolf Hart", "Lt. Col. Ivo Marsh") and phone labels ("ext. 4471"). spaCy
#: knows "Mr." and "Gen."; split as "Insp" + ".", these let the parser end a sentence inside
#: a name, and a cut clause then takes half of it.
ABBREVIATIONS: tuple[str, ...] = (
    "Insp.", "Det.", "Sgt.", "Supt.", "Cpl.", "Pte.", "Lt.", "Col.", "Capt.", "Maj.", "Brig.",
    "Cmdr.", "Cdr.", "Cllr.", "Const.", "Cst.", "Ch.", "Hon.", "Amb.", "Cmdt.", "Ofc.",
    "Ext.", "ext.", "Tel.", "tel.",
)  # fmt: skip


def add_to(nlp: Language) -> Language:
    """Insert the component before the parser (once), and keep rank and phone abbreviations
    whole in the tokenizer."""
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
        if isinstance(nlp.tokenizer, Tokenizer):  # a custom tokenizer keeps its own rules
            for abbreviation in ABBREVIATIONS:
                nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    return nlp
