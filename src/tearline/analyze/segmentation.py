"""Sentence starts that a report's layout makes certain, set before spaCy's parser runs.

Reports are laid out in lines: a blank line, a paragraph number ("2.", "c."), a portion mark at the
start of a line, a "LABEL:" header, or the line after an all-capitals heading always begins
a new sentence. Left to itself the parser
runs a sentence across them, and a cut clause would then swallow the next paragraph's number.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from tearline.analyze.lexicon import SPEAKER_LABEL_NOUNS
from tearline.load.normalize import BRACKETED_ASIDE, FINITE_WORDS

COMPONENT = "tearline_layout_sentences"
#: A label starts with a capital and has no digits but a short number of its own at the end:
#: "Handler:", "SUBJECT:", "Subject 2:", never "said:" or the "08:" of a time.
_LABEL_TEXT = r"[A-Z][A-Za-z /'&-]{0,40}(?:[ \t]\d{1,2})?:(?!\d)"
_LINE_OPENER = re.compile(
    # a log entry's 24-hour time set off by a gap ("0858  Prison escort van stops ...")
    r"^(?:\d{1,3}[.)]|\d{1,3}[ \t]{2}|(?:[01]\d|2[0-3])[0-5]\d[ \t]{2}|[a-z][.)][ \t]|\(|[-*\u2022]"
    rf"|{_LABEL_TEXT}|[A-Z][^\n:]{{0,40}}?[ \t]\.{{3,}})"
)
#: A portion mark: "(S)", "(U//FOUO)", "(TS//TK//NF)".
_PORTION_MARK = re.compile(r"\([A-Z]{1,4}(?://[A-Z /-]+)?\)")
#: What a line may end with when its sentence is over.
_LINE_ENDS = (".", ":", ";", "!", "?", ")", '"', "'", "\u201d")
#: A header line: "Subject:", "Our file:", "Venue:", "Subject 2:" (a capital, then a colon).
_LABEL = re.compile(rf"[ \t]*{_LABEL_TEXT}")
#: A label alone on its line, its value on the lines below: "Intelligence text:", "Details:".
_BARE_LABEL = re.compile(r"[ \t]*[A-Z][A-Za-z /'&()-]{0,40}:[ \t]*\r?")
#: Fields of a row set off by bars: "SIR 26/1192 | 05/09/2026 19:40 | SO P. Quarshie".
_ROW = re.compile(
    r"\S[ \t]+\|[ \t]+\S"
    # "Entry 4 - 03/10 08:05 - DS Wynne": a date or time set off by dashes between fields
    r"|\S[ \t]+-[ \t]+\d[\d/:.]*(?:[ \t]+\d[\d/:.]*)*[ \t]+-(?:[ \t]+\S|[ \t]*$)"
)
#: What may end a sentence inside a header line's value, and what may close it.
_STOPS = frozenset({".", "!", "?", ";", ":"})
_CLOSERS = frozenset({'"', "'", "\u201d", "\u2019", ")", "]"})
_ASIDE = re.compile(BRACKETED_ASIDE)
#: The dots that lead a form's label to its value ("Obtained at ....... Lusk").
_LEADER = re.compile(r"\.{3,}")


@Language.component(COMPONENT)
def layout_sentences(doc: Doc) -> Doc:
    """Mark tokens that open a paragraph, a numbered item or a header line as sentence starts."""
    text = doc.text
    content_end = 0 if not len(doc) or doc[0].is_space else len(doc[0].text)  # last text end
    labelled = bool(_LABEL.match(text))
    # a writer's aside is a sentence of its own, and so is what follows it: words of the
    # aside ("not our coverage") must not colour the plan it comments on
    asides = {b for m in _ASIDE.finditer(text) for b in (m.start(), m.end())}
    for token in doc[1:]:
        if token.is_space:
            continue
        after = token.idx in asides or (
            content_end in asides and text[content_end : token.idx].isspace()
        )
        if after and token.text not in _STOPS and token.text not in (",", ")"):
            token.is_sent_start = True
            content_end = token.idx + len(token.text)
            continue
        gap = text[content_end : token.idx]
        if "\n" in gap:
            labelled = bool(_LABEL.match(text, token.idx))
        starts_line = "\n" in gap or doc[token.i - 1].is_space
        if _opens_cell_or_value(doc, text, token.i):
            token.is_sent_start = True
        elif speaker_label_mark(doc, token.i):
            # "Party A, taken to be ...": the parser ends a sentence after "Party", which
            # leaves the label's noun behind when the clause it opens is cut
            token.is_sent_start = False
        elif labelled and not starts_line and not _after_stop(doc, token.i):
            # "Subject: Exchange with the Directorate, 19 May 2027": a header line's value is
            # one phrase, which the parser must not split ("19" | "May 2027")
            token.is_sent_start = False
        elif starts_line:
            previous_line = text[text.rfind("\n", 0, content_end) + 1 : content_end]
            if (
                gap.count("\n") >= 2
                or _opens_line(text[token.idx : token.idx + 42], previous_line)
                or (not any(c.islower() for c in previous_line) and not _wraps(previous_line))
                or _BARE_LABEL.fullmatch(previous_line)
                # "SIR 26/1192 | 05/09/2026 19:40 | SO P. Quarshie", "Entry 4 - 03/10 08:05 -
                # DS Wynne": a log entry's row of fields heads the prose below it, never runs
                # into it
                or _ROW.search(previous_line)
                or (token.text[:1].isupper() and _heading(text, content_end, previous_line))
            ):
                token.is_sent_start = True
        elif _after_date_abbreviation(doc, text, token.i):
            token.is_sent_start = False  # "On the 2nd inst. our office received ..."
        elif _clause_after_semicolon(doc, token.i):
            token.is_sent_start = True
        elif _after_bracketed_abbreviation(doc, text, token.i):
            token.is_sent_start = False  # "photographed his vehicle (reg. DKR 442)."
        elif _quote_after_word(doc, token.i):
            # "admitted to the group's closed chat "Slekt Indre" in February": the parser may
            # start a sentence at a quote that names something, with no full stop before it
            token.is_sent_start = False
        content_end = token.idx + len(token.text)
    return doc


#: An abbreviation inside brackets: a short word in lower case and its dot ("reg.", "approx.").
_BRACKETED_ABBREVIATION = re.compile(r"\([^()\n]*\b[a-z]{1,6}\.[ \t]*$")
#: The rest of the bracket after it, closed on the same line and short.
_BRACKET_CLOSED = re.compile(r"[^()\n]{1,40}\)")


def _after_bracketed_abbreviation(doc: Doc, text: str, i: int) -> bool:
    """A word after an abbreviation inside brackets that close a few words on: "(reg. DKR
    442)", "(approx. 40 men)", "(tel. 0161 ...)". The parser ends a sentence at the dot,
    which leaves "DKR 442)." behind when the clause that opened the bracket is cut."""
    line_start = text.rfind("\n", 0, doc[i].idx) + 1
    return bool(
        _BRACKETED_ABBREVIATION.search(text, line_start, doc[i].idx)
        and _BRACKET_CLOSED.match(text, doc[i].idx)
    )


#: A heading in sentence case is a few words on a line of their own: "Basis of reporting".
MAX_HEADING_CHARS = 40
#: Words a heading never ends with and a wrapped line often does.
_RUN_ON_WORDS: frozenset[str] = frozenset(
    {"the", "a", "an", "of", "to", "and", "or", "will", "would", "is", "are", "was", "were"}
    | {"that", "his", "her", "their", "its"}
)
_HEADING = re.compile(r"[ \t]*[A-Z][A-Za-z'&/ -]*[A-Za-z][ \t]*")


#: A line in capitals this long, ending in no stop, is a paragraph's line wrapped.
WRAP_CHARS = 50


def _wraps(line: str) -> bool:
    """A line of an all-capitals paragraph that runs on into the next ("... CELL LED BY YUSEF
    ANTAL TO"), unlike a heading or a banner."""
    stripped = line.rstrip()
    if not stripped or stripped.endswith((".", ":", ";", "!", "?")):
        return False
    return len(stripped) >= WRAP_CHARS or stripped.split()[-1].lower() in _RUN_ON_WORDS


def _heading(text: str, line_end: int, line: str) -> bool:
    """A short line with no closing punctuation that opens its paragraph ("Where this comes
    from", "Situation"): a heading, and the next line starts a sentence. A wrapped line of
    prose is longer, or follows another line of its paragraph."""
    if len(line) > MAX_HEADING_CHARS or not _HEADING.fullmatch(line):
        return False
    if line.split()[-1].lower() in _RUN_ON_WORDS:
        return False  # "Armed men will attack the": a line of prose wrapped early
    if any(word.lower() in FINITE_WORDS for word in line.split()):
        return False  # "There are photographs of the Fallow": a sentence, wrapped
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


def _opens_line(line: str, previous_line: str) -> bool:
    """True when the line opens an item or a header. A bracket opens one when it is a portion
    mark or the line before ended its sentence: "(callsign OSPREY 21)" at the start of a line
    that continues "... imagery from the 9 November sortie" is an aside of that sentence."""
    opener = _LINE_OPENER.match(line)
    if not opener:
        return False
    if opener.group().endswith(":") and _runs_on(previous_line):
        return False  # "... saw the vest himself on 19\nApril in the flat's cupboard: a vest"
    if not line.startswith("(") or _PORTION_MARK.match(line):
        return True
    return not previous_line.strip() or previous_line.rstrip().endswith(_LINE_ENDS)


def _runs_on(line: str) -> bool:
    """True for a line of prose wrapped in mid-sentence: long, mostly in lower-case words (not
    a title), with no stop at its end and no label of its own. What follows it continues the
    sentence, even when it reads like a label ("April in the flat's storage cupboard: ...")."""
    stripped = line.strip()
    words = stripped.split()
    return (
        len(stripped) >= WRAP_CHARS
        and not stripped.endswith(_LINE_ENDS)
        and 2 * sum(w[:1].islower() for w in words) > len(words)
        and not _LABEL.match(line)
    )


def _after_date_abbreviation(doc: Doc, text: str, index: int) -> bool:
    """True for the word after "inst." going on in lower case, or after "ref." when it is a
    number or code. `text` is the document's text (spaCy joins `doc.text` anew on each call)."""
    if index < 2:
        return False
    stop, word = doc[index - 1], doc[index - 2]
    if stop.text != "." or word.whitespace_:
        return False
    # the whole code as written, which the tokenizer may split ("CAR/CHIS/0381")
    following = text[doc[index].idx :].split(maxsplit=1)[0] if not doc[index].is_space else ""
    if word.lower_ in DATE_ABBREVIATIONS:
        return following[:1].islower()
    return word.lower_ in NUMBER_ABBREVIATIONS and any(c.isdigit() for c in following)


#: Tags of a finite verb; the tagger runs before this component, the parser after it.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Tags of the words a clause's subject is made of ("his handset", "he", "DELTA WREN").
_SUBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "EX", "CD"})
#: Words each side of a semicolon holds when both are clauses of their own.
MIN_CLAUSE_WORDS = 4
#: Words from one full stop to the next in a run-on "sentence" strung with semicolons: a
#: sentence-wide cut in a run this long takes a paragraph's worth of warning. Shorter runs
#: stay one sentence, whose halves the recognizers read together ("The group has six
#: members; two have not posted since ...").
MIN_RUN_ON_WORDS = 100
_FULL_STOPS = frozenset({".", "!", "?"})


def _clause_after_semicolon(doc: Doc, index: int) -> bool:
    """True for the first word after a semicolon in mid-line, in a run-on of a hundred words
    or more, when the words on both sides are clauses of their own: "... intends to open
    fire at 21:00; at 13:47 his handset sent a message ...; he was last seen leaving ...;
    pass the warning to the police". A report that strings its items with semicolons makes
    one "sentence" of a whole paragraph, and a sentence-wide cut (a quote, a sourcing
    clause) would take the warning with it. A list ("chains; padlocks; petrol") or a second
    verb of the same subject ("paid him; met him at the park") has no subject before its
    verb, and goes on."""
    semicolon = doc[index - 1] if index else None
    if semicolon is None or semicolon.text != ";" or "\n" in semicolon.whitespace_:
        return False
    after = _clause_words(doc, index, 1)
    before = _clause_words(doc, index - 2, -1)[::-1]
    return (
        _is_clause(after)
        and (_is_clause(before) or _has_finite_verb(before))
        and _run_words(doc, index) >= MIN_RUN_ON_WORDS
    )


def _run_words(doc: Doc, index: int) -> int:
    """The words between the full stops (or paragraph breaks) around `index`."""
    count = 0
    for step, at in ((-1, index - 1), (1, index)):
        while 0 <= at < len(doc) and count < MIN_RUN_ON_WORDS:
            token = doc[at]
            if token.text in _FULL_STOPS or (token.is_space and token.text.count("\n") > 1):
                break
            count += not (token.is_punct or token.is_space)
            at += step
    return count


def _clause_words(doc: Doc, index: int, step: int) -> list[Token]:
    """The words from `index` on (step 1) or back (step -1) to the nearest stop or line end."""
    words = []
    while 0 <= index < len(doc):
        token = doc[index]
        if token.text in _STOPS or token.is_space or "\n" in token.whitespace_:
            if step > 0 and "\n" in token.whitespace_ and not token.is_space:
                words.append(token)
            break
        words.append(token)
        index += step
    return [t for t in words if not t.is_punct]


def _has_finite_verb(words: list[Token]) -> bool:
    return any(t.tag_ in _FINITE_TAGS for t in words)


def _is_clause(words: list[Token]) -> bool:
    """Words that read as a clause: a subject before a finite verb, or an order ("pass the
    warning to ...") opening with the verb's base form."""
    if len(words) < MIN_CLAUSE_WORDS:
        return False
    if words[0].tag_ == "VB":
        return True
    verb = next((i for i, t in enumerate(words) if t.tag_ in _FINITE_TAGS), None)
    return verb is not None and any(t.tag_ in _SUBJECT_TAGS for t in words[:verb])


def _opens_cell_or_value(doc: Doc, text: str, index: int) -> bool:
    """True for a cell's bar in a row of a text table ("| 17 Apr | tasked informant |"), and
    for the value after a form's dot leader: each cell and each value is read on its own, so
    a cut clause cannot run from one column into the next."""
    token = doc[index]
    previous = _before(doc, index)
    if token.text == "|" or (previous.text == "|" and not token.is_space):
        # the bar stands alone: a cell's sentence holds the cell's words only
        bar = token if token.text == "|" else previous
        return text[text.rfind("\n", 0, bar.idx) + 1 :].lstrip(" \t")[:1] == "|"
    return (
        previous.text[:3] == "..."
        and bool(_LEADER.fullmatch(previous.text))
        and "\n" not in previous.whitespace_
    )


#: The mark after a speaker's label noun: one capital letter or one digit ("A", "2").
_SPEAKER_MARK = re.compile(r"[A-Z]|[1-9]")


def speaker_label_mark(doc: Doc, index: int) -> bool:
    """True for the letter or digit of a transcript's speaker label ("Party A", "Speaker 2")
    on the same line as its capitalized noun."""
    if index < 1 or not _SPEAKER_MARK.fullmatch(doc[index].text):
        return False
    noun = doc[index - 1]
    return (
        noun.text[:1].isupper()
        and noun.lower_ in SPEAKER_LABEL_NOUNS
        and noun.whitespace_ in (" ", "\t")
    )


def _before(doc: Doc, index: int) -> Token:
    """The nearest token before `index` that is not whitespace (or the first token)."""
    index -= 1
    while index > 0 and doc[index].is_space:
        index -= 1
    return doc[index]


#: Marks that open a quotation.
_OPENING_QUOTES = frozenset({'"', "\u201c"})


def _quote_after_word(doc: Doc, index: int) -> bool:
    """True for an opening quote in mid-line right after a word: a sentence that ends there
    would end with no stop at all."""
    token = doc[index]
    if token.text not in _OPENING_QUOTES or index == 0:
        return False
    previous = doc[index - 1]
    return previous.is_alpha and previous.is_lower and not previous.whitespace_.count("\n")


def _after_stop(doc: Doc, index: int) -> bool:
    """True after a full stop, a colon or a semicolon, also behind a closing quote or bracket
    ('Pell wrote: "Bring the drill." The cell ...')."""
    previous = _before(doc, index)
    if previous.text in _STOPS:
        return True
    return previous.i > 0 and previous.text in _CLOSERS and _before(doc, previous.i).text in _STOPS


def runs_on_from(previous: Span, sentence: Span) -> bool:
    """True when the parser started `sentence` at a comma in the middle of a line, after a
    `previous` with no stop of its own ('on the group "Quiet Harvest"' | ', the group chat we
    monitor, indicates that ...'): the two are one sentence, and the first half holds the
    subject of the second's verb."""
    first = sentence[0]
    if first.text != "," or previous.end != sentence.start:
        return False
    last = _before(sentence.doc, sentence.start)
    return not last.is_space and "\n" not in last.whitespace_ and last.text not in _STOPS


#: A notebook's or a log's entry heading that only dates the entry: "Day 41 (12 APR)",
#: "Tue 3 March", "12 April 2026".
_ENTRY_DATE = re.compile(
    r"(?:Day[ \t]+\d{1,3}[ \t]*[-,:]?[ \t]*)?\(?"
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?[ \t]+)?\d{1,2}[ \t]+"
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:[ \t]+\d{2,4})?\)?"
)


def entry_date_line(sentence: Span) -> bool:
    """True for a sentence that is a line of its own giving only an entry's date."""
    text = sentence.text
    return text.endswith("\n") and bool(_ENTRY_DATE.fullmatch(text.strip()))


def in_table_cell(sentence: Span) -> bool:
    """True for the words of one cell of a text table, which are no sentence of prose: they
    start after a cell's bar."""
    return sentence.start > 0 and _before(sentence.doc, sentence.start).text == "|"


def cell_opening(sentence: Span) -> Span | None:
    """The words of its cell before a "sentence" the parser started in the middle of a cell
    of a pipe table ("| 2026, between 09:00 and 10:00 as delegates arrive |", split before
    "as"), or None when the sentence starts on no row of a pipe table. Read from the tokens
    of its line, not from the document's text, which would be rebuilt for every sentence."""
    doc = sentence.doc
    line = sentence.start
    while line > 0 and "\n" not in doc[line - 1].text_with_ws:
        line -= 1
    row = [t for t in doc[line : sentence.start] if not t.is_space]
    if not row or row[0].text != "|":
        return None
    bar = max(t.i for t in row if t.text == "|")
    return doc[bar + 1 : sentence.start]


#: Abbreviations that come before a name or a number and never end a sentence: ranks and
#: titles ("Insp. Rolf Hart", "Lt. Col. Ivo Marsh") and phone labels ("ext. 4471"). spaCy
#: knows "Mr." and "Gen."; split as "Insp" + ".", these let the parser end a sentence inside
#: a name, and a cut clause then takes half of it.
ABBREVIATIONS: tuple[str, ...] = (
    "Insp.", "Det.", "Sgt.", "Supt.", "Cpl.", "Pte.", "Lt.", "Col.", "Capt.", "Maj.", "Brig.",
    "Cmdr.", "Cdr.", "Cllr.", "Const.", "Cst.", "Ch.", "Hon.", "Amb.", "Cmdt.", "Ofc.",
    "Ext.", "ext.", "Tel.", "tel.",
)  # fmt: skip


#: A footnote reference glued to the word or stop before it ("Resend.[3] A newly ...",
#: "detonators;[4] we"): split off, so the stop ends its sentence and the marker is a token
#: of its own, instead of "Resend.[3" running two sentences into one.
FOOTNOTE_INFIXES: tuple[str, ...] = (
    r"(?<=[A-Za-z0-9)])[.;,:](?=\[\d{1,3}(?:\]|$))",
    r"(?<=[A-Za-z0-9).;,:])\[(?=\d{1,3}(?:\]|$))",
)


def add_to(nlp: Language) -> Language:
    """Insert the component before the parser (once), and keep rank and phone abbreviations
    whole and footnote references apart in the tokenizer."""
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex

    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
        if isinstance(nlp.tokenizer, Tokenizer):  # a custom tokenizer keeps its own rules
            for abbreviation in ABBREVIATIONS:
                nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
            infixes = [*FOOTNOTE_INFIXES, *(nlp.Defaults.infixes or ())]
            nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp
