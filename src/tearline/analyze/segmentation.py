"""Sentence starts that a report's layout makes certain, set before spaCy's parser runs.

Reports are laid out in lines: a blank line, a paragraph number ("2."), a portion mark at the
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
_LINE_OPENER = re.compile(r"^(?:\d{1,3}[.)]|\(|[-*\u2022]|[A-Z][A-Za-z /'&-]{0,40}:(?!\d))")


@Language.component(COMPONENT)
def layout_sentences(doc: Doc) -> Doc:
    """Mark tokens that open a paragraph, a numbered item or a header line as sentence starts."""
    text = doc.text
    for token in doc[1:]:
        before = text[: token.idx]
        gap = before[len(before.rstrip()) :]
        if token.is_space:
            continue
        if "\n" not in gap and doc[token.i - 1].is_space is False:
            continue
        previous_line = before.rstrip().rsplit("\n", 1)[-1]
        if (
            gap.count("\n") >= 2
            or _LINE_OPENER.match(text[token.idx : token.idx + 42])
            or not any(c.islower() for c in previous_line)
        ):
            token.is_sent_start = True
    return doc


def add_to(nlp: Language) -> Language:
    """Insert the component before the parser (once)."""
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
    return nlp
