"""Find verbatim quotes of collected speech and drop the sentences that carry them.

A quote of what a target said or wrote reveals that it was heard or read: the guide removes
it. Short quoted nicknames ("known only as 'Le Moine'") identify a perpetrator and are kept.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Doc, Span, Token

from tearline.analyze.spans import doc_text, result, sentence_extent
from tearline.categories import Category


def _quoted(open_: str, close: str, guard: str = "") -> str:
    """A quoted passage that may wrap across lines, never across a blank line."""
    inside = rf"(?:[^{close}\n]|\n(?![ \t]*\n))"
    return rf"{guard}{open_}{inside}{{2,400}}?{close}"


#: Double quotes of every common style, and single quotes that are not apostrophes.
QUOTE = re.compile(
    "|".join(
        [
            _quoted('"', '"'),
            _quoted("\u201c", "\u201d"),
            _quoted("\u00ab", "\u00bb"),
            _quoted("\u2018", "\u2019"),
            _quoted("'", "'", guard=r"(?<![\w])") + r"(?![\w])",
        ]
    )
)

#: A line of a chat log or transcript: "[21:15] <kestrel_nine> ..." or "21:15 kestrel_nine: ...".
#: A capitalized abstract noun before the colon ("20:44 Decision:", "09:10 Tasking:",
#: "11:02 Assessment:") names the kind of entry in an operations log, not who typed: a handle
#: or a name is not built with a suffix that makes a noun of a verb or an adjective.
CHAT_LINE = re.compile(
    r"^[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+"
    r"(?:<[^>\n]{1,40}>|(?![A-Z][a-z]+(?:ion|ment|ing|ance|ence|ity|ness|sis|ure):)[\w.@-]{2,40}:)"
    r"[^\n]*",
    re.MULTILINE,
)

#: Words before a quote that make it a name, not speech.
NICKNAME_CUE = re.compile(
    r"(?:known|identified|referred to|nicknamed|called|named|dubbed|alias|a\.k\.a\.|aka|call|calls|"
    r"goes by|calls himself|calls herself|styled|codenamed|code-named|as)\s*(?:only\s+)?"
    r"(?:as\s+)?[\s,:]*$",
    re.IGNORECASE,
)
#: Words before a quote that make it the label of an account or a document: "the user
#: "ironwick"", "a list headed "rink"". A selector or a title, not speech: whether it goes is
#: the selector recognizer's call. Not "group" or "chat": "he told the group "we go at dawn"".
LABEL_CUE = re.compile(
    r"\b(?:user|username|user name|account|handle|profile|file|folder|headed|titled|entitled|"
    r"labelled|labeled|captioned|saved)\s*[\s,:]*$",
    re.IGNORECASE,
)
#: A quote that is one made-up word, a letter with a digit, dot, underscore or @ in it
#: ("rota_v3.xlsx", "harvest-final2", "kes@7"): the name of a file or an account, not speech.
LABEL_SHAPE = re.compile(r"(?=[^\s]*[A-Za-z])(?=[^\s]*[\d._@])[\w.@+-]{2,64}")
#: A determiner before a quote and "of" after it: ""who leads the "action group" of the
#: Movement"": the quote names a body within a group, as a capitalised name would, not speech.
PART_BEFORE = re.compile(r"\b(?:the|its|their|his|her)\s*$", re.IGNORECASE)
PART_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
#: Quotes this short, with a nickname cue before them, are names.
MAX_NAME_WORDS = 4
#: A preposition and an indefinite article before a quote: "in the role of a "seeing-off
#: relative"", "posing as an "inspector"". The quote is the head of a noun phrase, a kind the
#: writer names in its users' words, not speech, which has a clause of its own or is the
#: object of a verb of saying ("promised a "big surprise"").
ARTICLE_BEFORE = re.compile(r"\b(?:as|of|like|into)\s+(?:a|an)\s*$", re.IGNORECASE)
#: What ends or splits a spoken sentence: a quote with it is speech, whatever stands before.
SPEECH_PUNCTUATION = re.compile(r"[.!?,;:]")


class CollectedSpeechRecognizer(EntityRecognizer):
    """Sentences that quote collected speech verbatim (METHOD)."""

    NAME = "CollectedSpeechRecognizer"
    WHY = "quotes collected speech verbatim: reveals that it was intercepted or overheard"

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[Category.METHOD.value], name=self.NAME, supported_language="en"
        )

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """One result per quoted passage: the sentences it stands in, and the one that
        introduces it with a colon."""
        if Category.METHOD.value not in entities:
            return []
        doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
        results = [
            result(self.NAME, Category.METHOD.value, m.start(), m.end(), 0.8, "chat-line", self.WHY)
            for m in CHAT_LINE.finditer(text)
        ]
        for match in QUOTE.finditer(text):
            inner = match.group(0)[1:-1].strip()
            if self._is_name(text, match.start(), inner) or self._names_part(text, match, inner):
                continue
            if self._kind_named(text, match.start(), inner):
                continue
            if doc is not None and _term_in_noun_phrase(doc, match.start(), match.end(), inner):
                continue
            pieces = _cell_pieces(text, match.start(), match.end())
            if pieces:
                results.extend(
                    result(self.NAME, Category.METHOD.value, a, b, 0.8, "quote-in-cell", self.WHY)
                    for a, b in pieces
                )
                continue
            conjunct = (
                _quoting_conjunct(doc, match.start(), match.end()) if doc is not None else None
            )
            start, end = conjunct or (
                _sentence_bounds(doc, match.start(), match.end())
                if doc is not None
                else (match.start(), match.end())
            )
            if doc is not None and conjunct is None:
                claimed = _after_claim(doc, start, match.start())
                if claimed != start:
                    # the claim keeps the sentence's full stop
                    start, end = claimed, _before_stop(text, match.end(), end)
            results.append(
                result(
                    self.NAME, Category.METHOD.value, start, end, 0.8, "verbatim-quote", self.WHY
                )
            )
        return results

    @staticmethod
    def _names_part(text: str, match: re.Match[str], inner: str) -> bool:
        """ "the "action group" of the Thornwall Movement": a unit of a named group."""
        return (
            len(inner.split()) <= MAX_NAME_WORDS
            and bool(PART_BEFORE.search(text[max(0, match.start() - 10) : match.start()]))
            and bool(PART_AFTER.match(text, match.end()))
        )

    @staticmethod
    def _kind_named(text: str, start: int, inner: str) -> bool:
        """ "in the role of a "seeing-off relative"": a short quote after "as a", "of an"."""
        return (
            len(inner.split()) <= MAX_NAME_WORDS
            and not SPEECH_PUNCTUATION.search(inner)
            and bool(ARTICLE_BEFORE.search(text[max(0, start - 12) : start]))
        )

    @staticmethod
    def _is_name(text: str, start: int, inner: str) -> bool:
        words = inner.split()
        if len(words) > MAX_NAME_WORDS:
            return False
        before = text[max(0, start - 40) : start]
        named = [w for w in words if w.lower() not in ("the", "a", "an")]
        capitalized = bool(named) and all(w[:1].isupper() or not w[:1].isalpha() for w in named)
        return (
            bool(NICKNAME_CUE.search(before))
            or bool(LABEL_CUE.search(before))
            or bool(LABEL_SHAPE.fullmatch(inner))
            or (capitalized and len(words) <= 3)
        )


#: A row of a pipe table: its cells are set off by bars.
_TABLE_ROW = re.compile(r"[ \t]*\|")


def _cell_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A quote that wraps within a cell of a pipe table ("| Same intercept: "the first
    morning, | 2026-08-19 |" over "| ... | when the cars come" |"): its beginning to the end of
    its first cell and the start of its last cell to its end. Between them stand the other
    cells of the rows, whose text was not quoted; the sentence around the quote would take
    them. Empty when the quote is not in a table or does not cross a cell's bar."""
    line_start = text.rfind("\n", 0, start) + 1
    if "|" not in text[start:end] or not _TABLE_ROW.match(text, line_start):
        return []
    first_bar = text.find("|", start, end)
    last_bar = text.rfind("|", start, end)
    head_end = first_bar
    while head_end > start and text[head_end - 1].isspace():
        head_end -= 1
    tail_start = last_bar + 1
    while tail_start < end and text[tail_start].isspace():
        tail_start += 1
    return [(start, head_end), (tail_start, end)]


#: How the parse hangs a quoted term on the noun right after it: "the "protection" money".
_NOUN_MODIFIERS = frozenset({"compound", "nmod", "amod"})


def _term_in_noun_phrase(doc: Doc, start: int, end: int, inner: str) -> bool:
    """ "refused to pay the "protection" money", "members of criminal group "Dren clan"": a
    short quote that the parse makes a modifier of the noun right after it, or the apposition
    of the noun right before it, is a term or a name inside a noun phrase, not speech; speech
    has a clause of its own and hangs on a verb."""
    if len(inner.split()) > MAX_NAME_WORDS:
        return False
    quoted = [t for t in doc if start <= t.idx < end and not t.is_punct]
    if not quoted:
        return False
    inside = {t.i for t in quoted}
    roots = [t for t in quoted if t.head.i not in inside]
    if len(roots) != 1:
        return False
    root = roots[0]
    first, last = quoted[0].i, quoted[-1].i
    after = _beside(doc, last, 1)
    before = _beside(doc, first, -1)
    if root.dep_ in _NOUN_MODIFIERS:
        return after is not None and root.head.i == after.i
    return root.dep_ == "appos" and before is not None and root.head.i == before.i


def _beside(doc: Doc, index: int, step: int) -> Token | None:
    """The first word past the quote marks on one side of a token."""
    index += step
    while 0 <= index < len(doc) and (doc[index].is_quote or doc[index].is_space):
        index += step
    return doc[index] if 0 <= index < len(doc) else None


def _sentence_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """From the start of the sentence holding the quote (or of the one that introduces it
    with a colon) to the end of the sentence where the quote ends."""
    first = last = None
    for sentence in doc.sents:
        if sentence.start_char <= start < sentence.end_char or (
            first is None and sentence.start_char >= start
        ):
            first = first or sentence
        if sentence.start_char < end:
            last = sentence
    if first is None or last is None:
        return start, end
    first_start, _ = sentence_extent(first, [max(first.start_char, min(start, first.end_char - 1))])
    _, last_end = sentence_extent(last, [min(end - 1, last.end_char - 1)])
    begin = first_start
    lead = doc_text(doc)[begin:start].rstrip()
    if not lead and first.start > 0:
        previous = doc[first.start - 1].sent
        if doc_text(doc)[previous.start_char : previous.end_char].rstrip().endswith(":"):
            begin = previous.start_char
    return min(begin, start), max(last_end, end)


#: Who said a quote and the verb of saying, between a claim's colon and the quote: "Pirk
#: wrote", "the driver told his brother".
MAX_SPEAKER_WORDS = 5


def _after_claim(doc: Doc, start: int, quote_start: int) -> int:
    """ "The group wants to kill: Pirk wrote "nobody walks out".": a clause of its own before
    a colon, and after it who said the quote and the verb of saying. The clause is the
    writer's judgement, which the quote only bears out; the cut starts at the colon. A colon
    right before the quote ("Pirk posted on 3 Mar: "...") introduces it, and goes with it.
    `start` itself when there is no such claim."""
    begin = start
    first = doc.char_span(start, quote_start, alignment_mode="expand")
    if first is not None and len(first) and first[0].i > 0 and doc[first[0].i - 1].text == ":":
        # the parser ended a sentence at the colon: the claim is the one before
        begin = doc[first[0].i - 1].sent.start_char
    before = [t for t in doc if begin <= t.idx < quote_start]
    colon = next((t for t in reversed(before) if t.text == ":"), None)
    if colon is None:
        return start
    claim = [t for t in before if t.i < colon.i]
    between = [t for t in before if t.i > colon.i and not (t.is_punct or t.is_space)]
    if not between or len(between) > MAX_SPEAKER_WORDS or len([t for t in claim if t.is_alpha]) < 3:
        return start
    speaking = {t.i for t in between}
    quoted = [t for t in doc if quote_start < t.idx and t.head.i in speaking]
    if not any(t.dep_ in ("ccomp", "dobj", "xcomp") for t in quoted):
        return start  # "Kaspar saw the payment: the money moved under the label "...""
    if any(t.is_quote for t in claim) or not any(
        t.dep_ in ("nsubj", "nsubjpass") and begin <= t.head.idx < colon.idx for t in claim
    ):
        return start
    return colon.idx


def _before_stop(text: str, quote_end: int, end: int) -> int:
    """The end of a cut, short of the full stop that closes its sentence after the quote."""
    stop = len(text[quote_end:end].rstrip())
    if stop and text[quote_end + stop - 1] in ".!?":
        return quote_end + stop - 1
    return end


def _quoting_conjunct(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """ "heard Tavro tell his officers that the raid would "clear the camp" and that the men
    were to burn the clinic": when the quote stands in one of two coordinated clauses and the
    other quotes nothing, only the quoting clause goes; what the other says was not quoted,
    and the frame before them both is the sourcing recognizer's to cut."""
    quoted = [t for t in doc if start <= t.idx < end]
    if not quoted or quoted[0].sent != quoted[-1].sent:
        return None
    sentence = quoted[0].sent
    if len(QUOTE.findall(sentence.text)) != 1:
        return None
    inside = {t.i for t in quoted}
    clause: Token | None = quoted[0]
    while clause is not None:
        own = {t.i for t in clause.subtree}
        if inside <= own:
            for other in clause.children:
                if other.dep_ == "conj" and _is_clause(other) and not inside & _tokens(other):
                    # the quote stands before the other clause: up to where that one begins
                    return _extent(clause, own - _tokens(other), _content_start(other))
            if (
                clause.dep_ == "conj"
                and _is_clause(clause.head)
                and (_is_clause(clause) or _shares_subject(clause))
            ):
                # the quote stands in the later clause: from its "and" to its end
                lead = [t for t in clause.head.children if t.dep_ == "cc" and t.i < clause.i]
                first = lead[-1] if lead else clause.left_edge
                return _trimmed(sentence, first.i, clause.right_edge.i)
        clause = clause.head if clause.head.i != clause.i else None
    return _trailing_conjunct(sentence, quoted)


def _tokens(token: Token) -> set[int]:
    return {t.i for t in token.subtree}


def _is_clause(token: Token) -> bool:
    """A word with a subject of its own, or one that a "that" introduces: a clause's verb,
    told by the parse alone (the recognizer reads no tags)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children)


def _shares_subject(token: Token) -> bool:
    """A verb coordinated after a clause's verb, whose subject it shares: "keeps a shotgun
    at the flat and has said she would "use it"", "and texted his brother "..."."""
    if token.head.i >= token.i or token.pos_ not in ("VERB", "AUX") or _is_clause(token):
        return False
    lead = [c for c in token.head.children if c.dep_ == "cc" and token.head.i < c.i < token.i]
    # only its auxiliaries and adverbs between the "and" and the verb: a noun there is the
    # subject the parser missed ("and in a message Kastell told Wolter "..."")
    return bool(lead) and all(
        t.dep_ in ("aux", "auxpass", "advmod", "neg") for t in token.doc[lead[-1].i + 1 : token.i]
    )


def _trailing_conjunct(sentence: Span, quoted: list[Token]) -> tuple[int, int] | None:
    """ "The driver bought petrol on Monday and texted his brother "tonight it all burns".":
    the parser may hang a quote's words anywhere, but when the quote ends the sentence and a
    verb sharing the subject of a clause's verb opens before it, the quote is that verb's, and
    the cut runs from its "and" to the end."""
    if any(not (t.is_punct or t.is_space) for t in sentence if t.i > quoted[-1].i):
        return None
    for verb in sorted(sentence, key=lambda t: -t.i):
        if verb.i >= quoted[0].i or verb.dep_ != "conj" or not _is_clause(verb.head):
            continue
        if _is_clause(verb) or not _shares_subject(verb):
            # a clause with a subject of its own may say what the collection holds ("The
            # gallery holds eleven photographs ..., and Kastell told Wolter "..."")
            continue
        lead = [t for t in verb.head.children if t.dep_ == "cc" and verb.head.i < t.i < verb.i]
        if lead:
            last = max(t.i for t in sentence if not t.is_space)
            return _trimmed(sentence, lead[-1].i, last)
    return None


def _content_start(token: Token) -> int:
    """Where a clause's words begin, after its "that" and its "and"."""
    for t in token.subtree:
        if t.dep_ not in ("mark", "cc") and not t.is_punct:
            return t.i
    return token.i


def _extent(clause: Token, own: set[int], stop: int) -> tuple[int, int] | None:
    """The quoting clause's words after its "that", up to where the other clause's begin."""
    first = next(
        (i for i in sorted(own) if clause.doc[i].dep_ != "mark" or clause.doc[i].head != clause),
        None,
    )
    if first is None or first >= stop:
        return None
    doc = clause.doc
    return doc[first].idx, doc[stop].idx


def _trimmed(sentence: Span, first: int, last: int) -> tuple[int, int] | None:
    doc = sentence.doc
    if first <= sentence.start:
        return None
    if last == sentence.end - 1 and doc[last].is_punct and doc[last].text in ".!?":
        last -= 1  # the sentence's own full stop, which the parser may hang on the clause
    begin = doc[first - 1].idx + len(doc[first - 1].text)  # with the space before the "and"
    return begin, doc[last].idx + len(doc[last].text)
