"""Carry a name across a dropped sentence, so the warning still says who.

"Our contact is well placed in the Ninth of March Movement ... She reported that the
movement's committee ...": the name went with the sourcing sentence, so the next kept "the
movement" takes it. The model's entity tagger misses most invented group names, so names are
read from capitalized words ending in a group noun.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from tearline.analyze import lexicon as lx
from tearline.analyze.entities import span_entities
from tearline.analyze.source_roles import collecting_unit
from tearline.analyze.spans import doc_text


def group_names(span: Span | None) -> list[Span]:
    """Named groups in a span: capitalized words ending in a group noun ("the Ninth of March
    Movement", "the Tenth Crescent network")."""
    if span is None:
        return []
    names = []
    for token in span:
        if token.lemma_.lower() not in lx.GROUP_NOUNS or token.i == span.start:
            continue
        if collecting_unit(token):
            continue  # "the FP cell" that a source approached is ours, not the plotters'
        start = token.i
        while start > span.start:
            before = token.doc[start - 1]
            if (before.text[:1].isupper() and before.is_alpha) or (
                before.lower_ in ("of", "and")
                and start - 2 >= span.start
                and token.doc[start - 2].text[:1].isupper()
            ):
                start -= 1
            else:
                break
        end = _of_name_end(token, span) if start == token.i else token.i + 1
        name = token.doc[start:end]
        if len(name) > 1 and token.doc[start].text[:1].isupper() and not _ours(name):
            names.append(name)
    return names


def _of_name_end(noun: Token, span: Span) -> int:
    """The end of a name whose capitalized group noun comes first ("the Brotherhood of the
    Black Pine", "Army of the Dawn"); the noun's own end when no capitalized "of" phrase
    follows it."""
    end = noun.i + 1
    if not noun.text[:1].isupper() or end + 1 >= span.end or noun.doc[end].lower_ != "of":
        return end
    after = end + 1
    if noun.doc[after].lower_ == "the":
        after += 1
    words = after
    while words < span.end and noun.doc[words].is_alpha and noun.doc[words].text[:1].isupper():
        words += 1
    return words if words > after else end


def _ours(name: Span) -> bool:
    """ "HALDEN ANALYSIS GROUP", "the Field Collection Team": a unit of ours, not the
    attackers' group, so no kept mention of theirs takes its name."""
    return any(t.lower_ in lx.UNIT_MODIFIERS for t in name)


def _kept(token_idx: int, dropped: list[tuple[int, int]]) -> bool:
    return not any(s <= token_idx < e for s, e in dropped)


#: Labels the small model gives invented full names by mistake ("Karim Benali" as a place,
#: "Callum Dray" as an organization).
_MISREAD_NAME_LABELS = frozenset({"ORG", "GPE", "NORP"})
#: The last words of the names of offices and bases, never of a person.
_OFFICE_HEADS = lx.UNIT_NOUNS | lx.PRODUCER_NOUNS | lx.OUR_OFFICES | frozenset({"base"})


def _full_names(span: Span | None) -> list[Span]:
    """Full names of persons in a span ("Omar Vesk"), as the model tags them, or two proper
    nouns in title case that it tagged as something else ("Karim Benali")."""
    if span is None:
        return []
    return [
        e
        for e in map(_leading_name, span_entities(span))
        if len(_words(e)) >= 2
        and all(t.text[:1].isupper() for t in _words(e))
        and _words(e)[-1].lower_ not in _OFFICE_HEADS  # "Tarsa Base": an office, see below
        and (
            e.label_ == "PERSON"
            or (
                e.label_ in _MISREAD_NAME_LABELS
                and len(e) == 2
                and all(t.pos_ == "PROPN" and t.is_alpha and not t.is_upper for t in e)
                and not any(lx.lemma(t) in lx.PRODUCER_NOUNS | lx.UNIT_NOUNS for t in e)
            )
        )
    ]


def _words(name: Span) -> list[Token]:
    """The words of a name, without the line break the report may put inside it."""
    return [t for t in name if not t.is_space]


def _leading_name(entity: Span) -> Span:
    """A person's name without what the model ran into it after a line break or before a
    date: "Lewis\nMace 30/09 23:12" is "Lewis\nMace"."""
    if entity.label_ != "PERSON":
        return entity
    end = entity.start
    for token in entity:
        if token.is_space and token.i > entity.start:
            continue
        if not (token.is_alpha and token.text[:1].isupper()):
            break
        end = token.i + 1
    if end in (entity.start, entity.end):
        return entity
    return Span(entity.doc, entity.start, end, label=entity.label_)


def _name_used_later(span: Span | None, text: str, dropped: list[tuple[int, int]]) -> bool:
    """Two capitalized proper nouns in a row, one of which kept text after the span uses:
    the only case in which a full name can be carried."""
    if span is None:
        return False
    # "Lewis\nMace": the next word may stand after a line break
    pairs = zip(_words(span), _words(span)[1:], strict=False)
    words = {
        word.text
        for t, after in pairs
        if t.pos_ == "PROPN"
        and t.text[:1].isupper()
        and after.pos_ == "PROPN"
        and after.text[:1].isupper()
        and all(between.is_space for between in t.doc[t.i + 1 : after.i])
        for word in (t, after)
    }
    return any(
        _kept(m.start(), dropped)
        for word in words
        for m in re.compile(rf"\b{re.escape(word)}\b").finditer(text, span.end_char)
    )


def carried_names(doc: Doc, dropped: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for the first kept mention of a name that went with a dropped
    span: "the movement" becomes "the Ninth of March Movement", a bare "Vesk" becomes "Omar
    Vesk", "Front members" become "Black Reed Front members". A name that kept text already
    gives in full is left alone."""
    carried: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    text = doc_text(doc)
    for start, end in dropped:
        span = doc.char_span(start, end, alignment_mode="expand")
        # the entity recognizer runs only where a name in the span is used again after it
        persons = _full_names(span) if _name_used_later(span, text, dropped) else []
        groups = group_names(span)
        for name in [*groups, *persons]:
            if _capitals(name):
                # "SOURCE: A TIMBER MERCHANT WHO SELLS TO THE GROUP": in capitals, where the
                # name starts cannot be told from the words before it
                continue
            tokens = _words(name)
            said = r"\s+".join(re.escape(t.text) for t in tokens)
            mentions = re.finditer(said, text)
            if any(_kept(m.start(), dropped) for m in mentions):
                continue  # named again in kept text: the warning already says who
            words = name.text.split()
            full = " ".join(words[1:] if words[0].lower() == "the" else words)
            last = tokens[-1]
            for token in doc[name.end :]:
                if token.i in taken or not _kept(token.idx, dropped):
                    continue
                if _in_longer_name(token):
                    continue  # "Sabz" of "the Sabz Valley Front" is not "Qaryat Sabz"
                if (
                    token.lemma_.lower() == last.lemma_.lower()
                    and token.is_lower
                    and [c.lower_ for c in token.children if c.dep_ == "det"] == ["the"]
                    # "the Ninth Ember group" is named already: only a bare "the group" takes it
                    and token.nbor(-1).lower_ == "the"
                ):
                    # "the movement": the article goes with it, the name brings its own
                    article = token.nbor(-1)
                    carried.append((article.idx, token.idx + len(token.text), f"the {full}"))
                    taken.add(token.i)
                    break
                if groups == [name] and _bare_group(token) and not _capitals(name):
                    # "a source inside the Brotherhood of the Black Pine ... The cell intends":
                    # the only group the dropped span named is the one the kept text means
                    kind = "" if lx.lemma(last) in lx.GROUP_NOUNS else f" {token.text}"
                    carried.append(
                        (token.nbor(-1).idx, token.idx + len(token.text), f"the {full}{kind}")
                    )
                    taken.add(token.i)
                    break
                if (
                    last.text[:1].isupper()
                    and token.text == last.text
                    and token.nbor(-1).text != tokens[-2].text
                    # "Connor Marr" is another Marr than "Jody Marr": a first name of its own
                    and not _after_another_name(token)
                ):
                    carried.append((token.idx, token.idx + len(token.text), full))
                    taken.add(token.i)
                    break
                if (
                    len(tokens) == 2
                    and token.text == tokens[0].text
                    and tokens[0].text[:1].isupper()
                    and (token.i + 1 >= len(doc) or token.nbor(1).text != last.text)
                ):
                    # "her son, Callum Dray" dropped, "Callum intends to ..." kept
                    carried.append((token.idx, token.idx + len(token.text), full))
                    taken.add(token.i)
                    break
    return carried


def full_name_offers(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, name) for each person's full name in the document ("Elias Marrow") whose
    short forms no other full name shares: offered to the decide stage, which gives the name
    to its first kept short mention ("Marrow is to enter ...") only when every mention of
    the full name went with a removal. Which text goes is known only there, as the removals
    come from every recognizer (a quote dropped whole, a frame, a sourcing sentence)."""
    paired = [t for t in doc if _name_word(t) and (_name_word(t, -1) or _name_word(t, 1))]
    alone = {t.text for t in doc if t.text[:1].isupper() and t not in paired}
    if not any(t.text in alone for t in paired):
        return []  # no short mention of a full name: the entity recognizer need not run
    names = [n for n in span_entities(doc[:]) if _person_name(n)]
    short: dict[str, set[str]] = {}
    for name in names:
        words = name.text.split()
        for word in (words[0], words[-1]):
            short.setdefault(word, set()).add(name.text)
    # "Tellin market", "the Qasr Tellin wadi checkpoint": a word that names a thing of a kind
    # is a place's or a firm's, whatever the model tagged its full form
    naming = {t.text for t in doc if t.dep_ == "compound" and t.head.is_lower}
    return [
        (name.start_char, name.end_char, " ".join(name.text.split()))
        for name in names
        for first, last in [(name.text.split()[0], name.text.split()[-1])]
        if len(short[first]) == 1 and len(short[last]) == 1 and not {first, last} & naming
    ]


def _name_word(token: Token, offset: int = 0) -> bool:
    """The token `offset` places away is a capitalized proper noun."""
    i = token.i + offset
    if not 0 <= i < len(token.doc):
        return False
    word = token.doc[i]
    return word.pos_ == "PROPN" and word.text[:1].isupper() and word.is_alpha


def _person_name(name: Span) -> bool:
    """Two or three words in title case, each a proper noun or a hyphened pair of them
    ("Dominik Reyes-Hart"), that the model tags a person, or a misread two-word name."""
    words = name.text.split()
    if not 2 <= len(words) <= 3 or _capitals(name):
        return False
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    if words[-1].lower() in _OFFICE_HEADS:
        # "Tarsa Base", "Lindau Station": an office named after its town, whatever the model
        # tagged it; a kept "Tarsa" is the town, not the short form of a person's name
        return False
    if name.label_ == "PERSON":
        return True
    return (
        name.label_ in _MISREAD_NAME_LABELS
        and len(words) == 2
        and all(t.pos_ == "PROPN" or t.text == "-" for t in name)
        # "Brackwater Police", "Tavor Embassy": an office, whose place-name is no surname
        and not any(lx.lemma(t) in lx.PRODUCER_NOUNS | lx.UNIT_NOUNS | lx.OUR_OFFICES for t in name)
    )


def _capitals(name: Span) -> bool:
    """A name in capitals ("MEMBERS OF THE KOVAC NETWORK"), whose start the words before it
    cannot show: no kept mention of another noun takes it."""
    return any(t.is_upper and len(t.text) > 1 for t in name)


def _bare_group(token: Token) -> bool:
    """ "the cell", "the group": a group noun with no name of its own, only the article."""
    return (
        token.is_lower
        and lx.lemma(token) in lx.GROUP_NOUNS
        and token.i > 0
        and token.nbor(-1).lower_ == "the"
        and [c.lower_ for c in token.children if c.dep_ in ("det", "compound", "amod")] == ["the"]
    )


def _after_another_name(token: Token) -> bool:
    """A capitalized proper noun just before the word: "Connor" of "Connor Marr", whose
    surname is not the dropped "Jody Marr"."""
    if token.i == 0:
        return False
    before = token.nbor(-1)
    return before.pos_ == "PROPN" and before.is_alpha and before.text[:1].isupper()


def _in_longer_name(token: Token) -> bool:
    """A capitalized word followed by another proper noun ("Sabz" of "Sabz Valley Front"):
    part of a name of its own, which a dropped name must not overwrite."""
    if token.i + 1 >= len(token.doc):
        return False
    after = token.nbor(1)
    return token.text[:1].isupper() and after.pos_ == "PROPN" and after.text[:1].isupper()
