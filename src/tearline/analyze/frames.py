"""Reporting frames over a spaCy parse: which clause a sentence reports, and what frames it.

"Intercepted messages ... indicate that the group is preparing": the content clause is kept,
the frame around it is cut. Read from the parse, with a reading from the words alone for
when the parser misses the clause.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.tokens import Span, Token

from tearline.analyze import lexicon as lx
from tearline.analyze.spans import doc_text
from tearline.categories import Category

#: Inflected forms of the reporting verbs, for reading a frame from the words alone.
REPORTING_FORMS: frozenset[str] = frozenset(
    {f"{verb}{ending}" for verb in lx.REPORTING_VERBS for ending in ("", "s", "es", "ed", "d")}
    | {"said", "told", "shown", "heard", "learnt", "showed"}
)


def finite(clause: Token) -> bool:
    """A clause that reads as a sentence once its frame is gone ("the cell will strike"), not
    a bare participle ("the group rehearsing")."""
    if clause.tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return True
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in clause.children):
        return True
    # the tagger sometimes reads a finite verb as a noun ("members ... plan to drive")
    return clause.tag_ not in ("VBG", "VBN") and any(c.dep_ == "nsubj" for c in clause.children)


def elliptical(clause: Token) -> bool:
    """ "as SEAGLASS said it would", "as he had told us he did": a clause of a subject and an
    auxiliary alone, whose verb is the main clause's. It says nothing once its frame goes, and
    the whole "as ..." clause is the attribution."""
    return clause.pos_ == "AUX" and not any(
        c.dep_ not in ("nsubj", "neg", "advmod", "punct") for c in clause.children
    )


def content_clauses(sentence: Span) -> list[Token]:
    """Clauses reported by a reporting verb anywhere in the sentence ("... show that X")."""
    clauses: list[Token] = []
    for verb in sentence:
        lemma = verb.lemma_.lower()
        if lemma in lx.REPORTING_VERBS:
            clauses.extend(c for c in verb.children if c.dep_ == "ccomp" and not _relative(c))
            # "said under questioning that X", "told the team at the facility that X": the
            # parser hung X off the phrase's object
            clauses.extend(
                c
                for prep in verb.children
                if prep.dep_ == "prep"
                for obj in prep.children
                if obj.dep_ in ("pobj", "pcomp")
                for c in obj.children
                if c.dep_ in ("ccomp", "relcl", "acl") and _opens_with_that(c)
            )
        elif lemma in lx.INFORMATION_VERBS or _holds_information(verb):
            # "got it from his brother-in-law that X": what was got is X; "has at disposal
            # information, received on 12 May, that X": what is held is X
            clauses.extend(c for c in verb.children if c.dep_ == "ccomp" and _opens_with_that(c))
        else:
            continue
        # "told a contact that X": the parser often hangs X off the object; "our office
        # received the information that X": the information's content is X
        clauses.extend(
            t
            for child in verb.children
            if child.dep_ in ("dobj", "dative")
            and (lemma in lx.REPORTING_VERBS or child.lemma_.lower() in lx.INFORMATION_NOUNS)
            for t in child.children
            if t.dep_ in ("acl", "relcl", "ccomp") and _opens_with_that(t)
        )
    return clauses


def _holds_information(verb: Token) -> bool:
    """ "has information", "has at disposal information", "holds reporting": a verb of holding
    whose object, or the object of its phrase, is a noun of information (not a pronoun)."""
    if lx.lemma(verb) not in lx.HOLDING_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [
        o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
    ]
    return any(o.pos_ == "NOUN" and lx.lemma(o) in lx.INFORMATION_NOUNS for o in objects)


#: Pronouns that open a relative clause, never reported content.
_RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "whom", "which", "whose"})


def _relative(clause: Token) -> bool:
    """ "He learned this from a former subordinate, still serving, who met him for coffee":
    the parser may hang a relative clause on the verb as if it were what was learned; a
    clause opened by "who" describes someone, and cut from its frame reads as no sentence."""
    first = clause.left_edge
    return first.lower_ in _RELATIVE_PRONOUNS and first.tag_ in ("WP", "WDT", "WP$")


def _speaker_read_as_clause(clause: Token) -> bool:
    """ "A 19-year-old returnee, interviewed three times, says the driver is Ali Vey", "The
    driver is Ali Vey, says a man questioned on Monday": the parser made the speaker and his
    participle a clause of "says", beside the content, and left "says" with no subject. Of two
    such clauses on either side of the verb, the speaker's is the bare participle; a frame
    never takes the content."""
    verb = clause.head
    if clause.dep_ != "ccomp" or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children
    ):
        return False
    others = [
        c for c in verb.children if c.dep_ == "ccomp" and (c.i > verb.i) != (clause.i > verb.i)
    ]
    return bool(others) and _reduced_passive(clause) and not any(map(_reduced_passive, others))


def _reduced_passive(clause: Token) -> bool:
    """ "returnee, interviewed three times": a past participle with no auxiliary and nothing
    done to anything, that only describes the noun read as its subject."""
    return clause.tag_ in ("VBD", "VBN") and not any(
        c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp", "attr", "acomp", "dative")
        for c in clause.children
    )


def _opens_with_that(clause: Token) -> bool:
    """ "that X will strike": "that" marks the clause, or was misread as its object while
    the clause has a subject of its own (so "that" cannot be a relative pronoun)."""
    for child in clause.children:
        if child.lower_ != "that":
            continue
        if child.dep_ == "mark":
            return True
        if (
            child.i == clause.left_edge.i
            and child.dep_ in ("dobj", "nsubj")
            and any(c.dep_ == "nsubj" and c.i != child.i for c in clause.children)
        ):
            return True
    return False


def core_and_frame(
    sentence: Span,
    found: list[tuple[Token, Category]],
    cuttable: Callable[[Token, Token], bool] | None = None,
) -> tuple[Token, list[tuple[int, int]]]:
    """The clause to keep, and the frame around it to cut when the sentence only reports it.

    The content clause is the widest clause of a reporting verb with no trigger inside; when
    there is none, the widest whose every trigger sits in a modifier that `cuttable(trigger,
    clause)` says can go ("records show that Vesk is booked ... on a booking paid with one
    card"); when there is none either, the core is the sentence's root.
    """
    triggers = {t.i for t, _ in found}
    clauses = [
        c
        for c in content_clauses(sentence)
        if finite(c) and not elliptical(c) and not _speaker_read_as_clause(c)
    ]
    clean = [c for c in clauses if not triggers & {t.i for t in c.subtree}]
    if not clean and cuttable is not None:
        clean = [
            c
            for c in clauses
            if all(cuttable(t, c) for t in c.subtree if t.i in triggers and t.i != c.i)
            and c.i not in triggers
        ]
    if not clean:
        return sentence.root, []
    clause = max(clean, key=lambda c: c.right_edge.i - c.left_edge.i)
    reported = [c for c in clause.children if c in clean and c.dep_ == "ccomp"]
    if (
        lx.lemma(clause) in lx.REPORTING_VERBS
        and reported
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    ):
        # "..., as a reporting stream indicates that Voss hired ...", its subject misread as
        # hanging elsewhere: what it indicates is the content, not the indicating
        clause = reported[0]
    left = clause.left_edge
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        # "learned that three gunmen linked to the group intend to ...": the parser made the
        # subject a clause of its own, just before the verb; the content starts with it
        before = next((c for c in clean if c.right_edge.i == left.i - 1), None)
        if before is not None:
            left = before.left_edge
        else:
            left = _subject_read_as_object(clause, triggers) or left
    # "A planning document says two men will sit in the third row; when she takes questions,
    # Quarne will fire": the verb reports both clauses, and the frame ends before the first
    earlier = [
        c
        for c in clean
        if c.dep_ == "ccomp" and c.head == clause.head and c.head.i < c.left_edge.i < left.i
    ]
    if earlier and clause.dep_ == "ccomp":
        left = min(c.left_edge for c in earlier)
    # "described how the group trains ...": the content reads as a sentence without "how"
    while (
        left.dep_ == "mark"
        or left.is_space
        # "holds reporting, obtained from a source, that X": the comma closes the frame's aside
        or (left.text == "," and left.i < clause.i)
        or (left.lower_ == "how" and left.tag_ == "WRB")
        or (left.lower_ == "that" and left.dep_ != "det" and left.i < clause.i)
    ):
        left = sentence.doc[left.i + 1]
    frame = [(_frame_start(sentence, found, left), left.idx)]
    # "He says Ndlela has bought the rifles and that the men will gather ...": once the frame
    # goes, the second "that" has nothing to hang on
    frame.extend(
        (mark.idx, mark.idx + len(mark.text_with_ws))
        for conj in clause.children
        if conj.dep_ == "conj"
        for mark in conj.children
        if mark.dep_ == "mark" and mark.lower_ == "that" and mark.i == conj.left_edge.i
    )
    right = clause.right_edge
    tail_start = right.idx + len(right.text)
    last = next(t for t in reversed(sentence) if not t.is_space)
    tail_end = last.idx if last.is_punct else last.idx + len(last.text)
    if doc_text(sentence.doc)[tail_end - 1 : tail_end] in (".", "!", "?"):
        tail_end -= 1  # the full stop ends the kept sentence, even glued to a token
    tail = [t for t in sentence if tail_start <= t.idx < tail_end]
    # a tail is frame only if it reports (", the source said"); else it is the content's own
    # modifier that the parser hung on the reporting verb ("..., shortly after 22:00")
    if any(t.i in triggers or t.lemma_.lower() in lx.REPORTING_VERBS for t in tail):
        frame.append((tail_start, tail_end))
    return clause, frame


#: Conjunctions after which a clause may give its grounds: "..., as the stream indicates that".
GROUNDS_MARKS: frozenset[str] = frozenset({"as", "since", "because"})
#: Words a main clause needs before such a conjunction to stand once the grounds go.
MIN_MAIN_WORDS = 6


def _frame_start(sentence: Span, found: list[tuple[Token, Category]], left: Token) -> int:
    """Where the frame starts: at the sentence's start, or after the ", as" that opens a
    reported ground when the main clause before it has no source in it ("We assess it likely
    that the shooters will arrive by boat, as a sensitive reporting stream indicates that ...":
    the main clause stays, and "as Voss hired ..." with it)."""
    start = after_item_marks(sentence)
    # "Pim Vance drives a grey estate; on GW-3 he said he would ...": a clause before a
    # semicolon with no trigger in it is a sentence of its own, whatever the parser hung it on
    semicolons = [t for t in sentence if start <= t.idx < left.idx and t.text == ";"]
    if semicolons and found and all(t.i > semicolons[-1].i for t, _ in found):
        following = sentence.doc[semicolons[-1].i + 1 : left.i]
        start = next((t.idx for t in following if not t.is_space), left.idx)
    sources = [t.i for t, _ in found if t.lower_ not in ("we", "i")]
    for token in sentence:
        if not (start <= token.idx < left.idx) or token.lower_ not in GROUNDS_MARKS:
            continue
        if token.i == sentence.start or token.nbor(-1).text != ",":
            continue
        before = [t for t in sentence if start <= t.idx < token.idx and t.is_alpha]
        if sources and min(sources) > token.i and len(before) >= MIN_MAIN_WORDS:
            return token.nbor(1).idx
    return start


def _subject_read_as_object(clause: Token, triggers: set[int]) -> Token | None:
    """ "Reast said he and two friends from the chapter will stab ...": the parser made the
    content's subject the object of the reporting verb; the content starts with it."""
    verb = clause.head
    subject = next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj"
            and verb.i < c.i < clause.i
            and c.pos_ in ("PRON", "NOUN", "PROPN")
            # "We inform you that ...": an object before "that" is whom we tell
            and not _before_that(c)
        ),
        None,
    )
    if subject is None or triggers & set(range(subject.left_edge.i, clause.left_edge.i)):
        return None
    return subject.left_edge


def _before_that(token: Token) -> bool:
    """True when "that" comes right after the token's phrase: "inform you that"."""
    following = token.right_edge.i + 1
    return following < len(token.doc) and token.doc[following].lower_ == "that"


#: A paragraph number or bullet and a portion mark before a sentence: they belong to the
#: paragraph.
_ITEM_MARKS = re.compile(
    r"[ \t]*(?:(?:\d{1,3}[.)]|[a-z][.)]|\((?:\d{1,3}|[a-z])\)|[-*\u2022])[ \t]+)?"
    r"(?:\([A-Z]{1,3}(?://[A-Z0-9 ,/-]*)?\)[ \t]*)?"
)


def end_before_stop(tokens: Iterable[Token]) -> int:
    """Where the words end, before a closing full stop or other mark: a cut that runs to the
    end of a sentence leaves the sentence its own stop."""
    words = [t for t in tokens if not t.is_space]
    last = words[-2] if len(words) > 1 and words[-1].is_punct else words[-1]
    return last.idx + len(last.text)


def after_item_marks(sentence: Span) -> int:
    """Where a frame cut may start: after the paragraph's number ("3.", "c.") or bullet and
    portion mark, which stay (the mark is removed on its own) when the content of the
    sentence stays."""
    match = _ITEM_MARKS.match(doc_text(sentence.doc), sentence.start_char, sentence.end_char)
    return match.end() if match else sentence.start_char


def lexical_frame(
    sentence: Span, triggers: set[int], cuttable: Callable[[Token], bool] | None = None
) -> tuple[int, int] | None:
    """ "... show that X" read from the words when the parser missed the clause: the frame up
    to "that" (with a listener before it: "told embassy staff that"), or up to a clause that
    follows with "that" left out ("shows he will detonate"), provided every trigger stands
    in the frame or, after it, in a modifier that `cuttable` says can go."""
    tokens = [t for t in sentence if not t.is_space]
    for index, token in enumerate(tokens[:-4]):
        if token.lower_ not in REPORTING_FORMS:
            continue
        gap = 0  # words of a listener between the verb and "that"
        while (
            gap < MAX_LISTENER_WORDS
            and index + gap + 1 < len(tokens)
            and tokens[index + gap + 1].lower_ != "that"
            and tokens[index + gap + 1].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "PRON")
        ):
            gap += 1
        that = index + gap + 1
        if (
            that + 3 <= len(tokens)
            and tokens[that].lower_ == "that"
            and (not gap or tokens[that].tag_ == "IN")  # not "reported the van that ..."
        ):
            frame_end, content = tokens[that - 1], tokens[that + 1]
        elif _opens_clause(tokens[index + 1], token):
            frame_end, content = token, tokens[index + 1]
        else:
            continue
        if content.dep_ == "nsubj" and elliptical(content.head):
            continue  # "As the source said it would, ...": no content to keep
        if any(
            i > frame_end.i and (cuttable is None or not cuttable(sentence.doc[i]))
            for i in triggers
        ):
            return None
        return after_item_marks(sentence), content.idx
    return None


#: At most this many words of a reporter between the comma and a trailing reporting verb.
MAX_REPORTER_WORDS = 6


def lexical_tail_frame(sentence: Span, triggers: set[int]) -> tuple[int, int] | None:
    """ "Armed men ... plan to abduct staff on 20 August, our driver Abdi Warsame told our
    focal point ... after hearing it from his cousin.": the content first, then a comma, a
    reporter and a reporting verb, read from the words when the parser made the content the
    verb's subject. The frame runs from the comma to the end, when every trigger is in it
    and the content names the harm or the intent."""
    tokens = [t for t in sentence if not t.is_space]
    for index, token in enumerate(tokens):
        if token.lower_ not in REPORTING_FORMS or index < 2:
            continue
        comma = next(
            (
                i
                for i in range(index - 1, max(-1, index - MAX_REPORTER_WORDS - 2), -1)
                if tokens[i].text == ","
            ),
            None,
        )
        if comma is None or any(
            t.pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "PRON") for t in tokens[comma + 1 : index]
        ):
            continue
        if not triggers or min(triggers) < tokens[comma].i:
            return None
        content = tokens[:comma]
        if not any(
            lx.lemma(t) in lx.THREAT_WORDS or t.lower_ in lx.INTENT_WORDS or t.lower_ == "will"
            for t in content
        ):
            return None
        if index + 1 < len(tokens) and tokens[index + 1].text == ",":
            # "..., the source said, around noon.": what follows the frame is the content's
            return tokens[comma].idx, tokens[index + 1].idx
        return tokens[comma].idx, end_before_stop(tokens)
    return None


#: Dependents that may come before the subject they belong to ("the", "his", "two").
_PRE_SUBJECT = frozenset({"det", "poss", "amod", "compound", "nummod"})


def _opens_clause(first: Token, frame_word: Token) -> bool:
    """The word after a reporting form starts a finite clause: its subject, or a word of its
    subject, whose verb comes after the frame word."""
    subject = first.head if first.dep_ in _PRE_SUBJECT else first
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = subject.head
    return verb.i > frame_word.i and verb.pos_ in ("VERB", "AUX") and finite(verb)


#: At most this many words of a listener between a reporting verb and its "that".
MAX_LISTENER_WORDS = 4


#: Prepositions that give what a report was about: "briefed on a plot", "told us about".
_TOPIC_PREPOSITIONS = frozenset({"on", "about", "of"})
#: Nouns of a plan to do harm: "briefed on a plot by the Outer Mole Martyrs".
_PLOT_NOUNS = frozenset({"plot", "conspiracy", "threat", "plan"})
#: Verbs of briefing one side on a threat, as a liaison or a source does.
_BRIEFING_VERBS = frozenset({"brief", "report", "warn", "inform", "advise", "alert"})
#: Who we are, as the subject of a report's own sentence or the owner of its team.
_OUR_PRONOUNS = frozenset({"we", "i", "our", "my"})
#: Verbs of our coming to know a plot, with the plot as their object: "we have firmed up the
#: threat to Lorcan Abery", "the team confirmed a plot to ...".
_ESTABLISHING_VERBS = frozenset(
    {"firm", "confirm", "corroborate", "establish", "uncover", "discover"}
)


def _established_topic(sentence: Span, verb: Token) -> tuple[int, int] | None:
    """ "Since my last update we have firmed up the threat to Lorcan Abery, the bookmaker
    ...": our coming to know the plot is the frame; the plot's noun phrase stays."""
    if verb.pos_ != "VERB" or lx.lemma(verb) not in _ESTABLISHING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not (
        subject.lower_ in _OUR_PRONOUNS
        or any(c.dep_ == "poss" and c.lower_ in _OUR_PRONOUNS for c in subject.children)
    ):
        return None  # "The cell has established a plan": the plotters' own act
    topic = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if topic is None or lx.lemma(topic) not in _PLOT_NOUNS:
        return None
    if not any(
        c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ in ("to", "against"))
        for c in topic.children
    ):
        return None  # "we confirmed the threat", "the plan on his laptop": no one threatened
    start = after_item_marks(sentence)
    return (start, topic.left_edge.idx) if start < topic.left_edge.idx else None


def topic_frame(sentence: Span) -> tuple[int, int] | None:
    """ "Col. Mavros briefed on a plot by the Outer Mole Martyrs to sink the ferry.": a
    verb of briefing with no content clause, whose "on", "about" or "of" names a plot
    (with a purpose clause the parser may hang off the verb). The frame is everything before
    the threat's noun phrase, which stays as the item's heading ("A plot by the Outer Mole
    Martyrs to sink ...")."""
    verb = sentence.root
    established = _established_topic(sentence, verb)
    if established is not None:
        return established
    if verb.pos_ != "VERB" or lx.lemma(verb) not in _BRIEFING_VERBS:
        # "No further detail on the timing", "Warning of a planned kidnapping"; "Venn boasted
        # about the attack at the pub": how the plan was told, not a briefing on it
        return None
    if any(c.dep_ == "ccomp" for c in verb.children):
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _TOPIC_PREPOSITIONS:
            continue
        topic = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if topic is None or lx.lemma(topic) not in _PLOT_NOUNS:
            continue
        if prep.i < verb.i or prep.i - verb.i > MAX_LISTENER_WORDS:
            continue  # "briefed us on a plot": at most a listener between verb and topic
        start = after_item_marks(sentence)
        if start >= prep.idx:
            return None
        return start, topic.left_edge.idx
    return None
