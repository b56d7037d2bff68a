"""Find sentences that carry nothing a recipient could act on: the background of a report.

A tearline keeps who, what, where, when and how. A sentence with no actor, place, time,
weapon, threat or intent in it ("He has been cooperative since the transfer.", "This was the
sixth session.") is background around the reporting; releasing it only helps a recipient
reverse-engineer how the report was made. Policies that want background kept leave this
recognizer out.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Doc, Span, Token

from tearline.analyze import lexicon as lx
from tearline.analyze.entities import entity_type, find_entities, sentence_entities
from tearline.analyze.segmentation import cell_opening, in_table_cell
from tearline.analyze.spans import result, sentence_extent
from tearline.categories import Category

#: Entity labels of spaCy's English models that point at something actionable.
ACTIONABLE_ENTITIES: frozenset[str] = frozenset(
    {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "DATE", "TIME", "EVENT", "PRODUCT"}
)
#: Common nouns of place: a sentence about where something is may be actionable.
PLACE_WORDS: frozenset[str] = frozenset(
    {
        "hill",
        "river",
        "bridge",
        "road",
        "street",
        "square",
        "building",
        "gate",
        "station",
        "market",
        "port",
        "harbour",
        "harbor",
        "border",
        "airport",
        "hotel",
        "school",
        "church",
        "mosque",
        "synagogue",
        "temple",
        "stadium",
        "embassy",
        "consulate",
        "office",
        "plant",
        "village",
        "town",
        "city",
        "district",
        "camp",
        "base",
        "checkpoint",
        "house",
        "flat",
        "works",
        "hall",
        "centre",
        "center",
        "hospital",
        "court",
        "ministry",
        "depot",
        "terminal",
        "club",
        "pub",
        "restaurant",
        "theatre",
        "university",
        "reservoir",
    }
)
#: Words that name the harm in a heading or summary ("Threat to the water works").
HARM_NOUNS: frozenset[str] = frozenset({"threat", "plot", "danger"})
#: Goods in transit or in store that a recipient could seize: "a second, identical
#: consignment is already in the country".
CARGO_NOUNS: frozenset[str] = frozenset({"consignment", "shipment", "cache", "stockpile"})
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
#: Fewer words than this is a heading or a greeting, not a sentence worth judging.
MIN_WORDS = 3
#: Where a document keeps the token bounds of its sentences without actionable words.
_WORDLESS = "tearline.wordless_sentences"


class BackgroundSentenceRecognizer(EntityRecognizer):
    """Sentences with no actionable content (SOURCE: background around the reporting)."""

    NAME = "BackgroundSentenceRecognizer"
    WHY = "says nothing a recipient needs to act on: background around the reporting"

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[Category.SOURCE.value], name=self.NAME, supported_language="en"
        )

    def load(self) -> None:
        """Nothing to load."""

    def prepare_batch(self, docs: list[Doc]) -> None:
        """Find the entities of every sentence whose entities will decide, across a batch of
        documents, in one pass of the entity recognizer (one pass per sentence costs more
        than the recognizer over a whole document)."""
        find_entities([s for doc in docs for s in _wordless(doc)])

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """One result per background sentence."""
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        if Category.SOURCE.value not in entities:
            return []
        doc = nlp_artifacts.tokens
        backgrounds = [
            (sentence, "background-sentence", self.WHY)
            for sentence in _wordless(doc)
            if not any(_names_something(e) for e in sentence_entities(sentence))
        ]
        stranded = [
            (sentence, "stranded-preposition", WHY_STRANDED)
            for sentence in doc.sents
            if _stranded_preposition(sentence)
        ]
        results = []
        for sentence, rule, why in backgrounds + stranded:
            start, end = sentence_extent(sentence, [sentence.start_char])
            if end > start:
                results.append(result(self.NAME, Category.SOURCE.value, start, end, 0.6, rule, why))
        return results


#: Why a sentence with a preposition left without its object goes.
WHY_STRANDED = "a removal took the object of its verb's preposition: what it says of it is gone"


def _stranded_preposition(sentence: Span) -> bool:
    """A preposition of the sentence's own verb with no object, right before "and" or "or"
    ("The Directorate has not been told of and should not be."): the codename it was told of
    went, and the rest says nothing without it. A relative clause or a question strands its
    preposition on purpose ("the man he was talking to and his wife"), so any wh-word or a
    clause under the noun spares the sentence."""
    if any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in sentence):
        return False
    return any(
        t.dep_ == "prep"
        and t.head.i == sentence.root.i
        and t.head.pos_ in ("VERB", "AUX")
        and not any(True for _ in t.children)
        and t.i + 1 < sentence.end
        and t.nbor(1).lower_ in ("and", "or")
        for t in sentence
    )


#: The words of a date that names no day: "the exact day", "the same day".
_NO_DAY_NAMED: frozenset[str] = frozenset({"the", "exact", "same", "very", "precise", "day"})


def _names_something(entity: Span) -> bool:
    """An entity a recipient could act on: not a "date" that names no day ("less sure of
    the exact day"), which the entity model finds or not as the text around it varies."""
    if entity.label_ not in ACTIONABLE_ENTITIES:
        return False
    return entity.label_ != "DATE" or any(t.lower_ not in _NO_DAY_NAMED for t in entity)


def actionable_word(token: Token) -> bool:
    """A word a recipient could act on: an actor, place, time, weapon, threat or intent
    (named entities aside: `actionable` asks for them after these)."""
    lemma = token.lemma_.lower()
    return (
        lemma in lx.THREAT_WORDS
        or lemma in lx.ATTACK_METHOD_WORDS
        or lemma in lx.ACTOR_WORDS
        or lemma in lx.INTENT_WORDS
        or token.lower_ in lx.INTENT_WORDS
        or (token.like_num and token.pos_ == "NUM")  # "four attackers", not "the sixth"
        or (lemma in PLACE_WORDS and token.pos_ != "VERB")  # a base, not "is based on"
        or lemma in HARM_NOUNS
        or (lemma in CARGO_NOUNS and token.pos_ == "NOUN")
        or bool(_CLOCK.match(token.text))
        or _arranged(token)
        or _belongs_to_a_group(token)
        or _nicknamed(token)
        or _people_at_risk(token)
    )


#: People a target holds, who are at risk there: "Families with children sleep on that
#: floor", "Worshippers queue outside before the doors open".
PEOPLE_AT_RISK: frozenset[str] = frozenset(
    {
        "family",
        "child",
        "pupil",
        "student",
        "worshipper",
        "congregation",
        "passenger",
        "resident",
        "guest",
        "patient",
        "spectator",
        "visitor",
        "tourist",
        "commuter",
        "shopper",
        "crowd",
        "audience",
        "refugee",
        "migrant",
        "runner",
        "fan",
        "customer",
        "diner",
        "attendee",
        "delegate",
        "occupant",
        "tenant",
        "pilgrim",
        "mourner",
    }
)


def _people_at_risk(token: Token) -> bool:
    """The people at the target, as the subject of what they do there ("Families with
    children sleep on that floor"); never someone's own ("His children live abroad"), nor
    people in a clause of someone else's doing, which tell of whoever reported."""
    return (
        token.dep_ in ("nsubj", "nsubjpass")
        # the sentence's own subject: "The headman spoke only after the children had gone
        # inside" is about whoever reported
        and token.head.i == token.sent.root.i
        and token.lemma_.lower() in PEOPLE_AT_RISK
        and (token.tag_ == "NNS" or token.lemma_.lower() in ("crowd", "audience", "congregation"))
        and not any(c.dep_ == "poss" for c in token.children)
    )


#: Verbs by which someone is given the name he goes by: "known only as", "called", "dubbed".
_NAMING_VERBS: frozenset[str] = frozenset({"know", "call", "nickname", "dub"})
#: Marks that open a quoted nickname.
_QUOTES: frozenset[str] = frozenset({"'", '"', "\u2018", "\u201c", "`"})


def _nicknamed(token: Token) -> bool:
    """ "The second man is known only as 'the Tall One'": the short quoted name a plotter goes
    by is who threatens, and the sentence that gives it stays."""
    return (
        token.lemma_.lower() in _NAMING_VERBS
        and token.tag_ == "VBN"
        and any(t.text[:1] in _QUOTES for t in token.doc[token.i + 1 : token.sent.end])
    )


def _belongs_to_a_group(token: Token) -> bool:
    """ "Crane belongs to the Iron Meridian": whom a plotter belongs to is who threatens."""
    return (
        token.lemma_.lower() in ("belong", "affiliate")
        and token.pos_ == "VERB"
        and any(
            p.dep_ == "prep"
            and p.lower_ in ("to", "with")
            and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in p.children)
            for p in token.children
        )
    )


def actionable(token: Token) -> bool:
    """A word a recipient could act on, or a part of a named date, time, place or person."""
    return actionable_word(token) or entity_type(token) in ACTIONABLE_ENTITIES


def _arranged(token: Token) -> bool:
    """ "Marrow is to enter from the taxi rank": "be to" arranges a future act, as "will" does."""
    return (
        token.lemma_ == "be"
        and token.i + 1 < len(token.doc)
        and token.nbor(1).lower_ == "to"
        and token.nbor(1).head.pos_ == "VERB"
    )


def _wordless(doc: Doc) -> list[Span]:
    """The sentences whose entities decide: no actionable word is in them (worked out once
    per document: the batch's entity pass asks first, the analysis after it)."""
    bounds = doc.user_data.get(_WORDLESS)
    if bounds is None:
        bounds = [(s.start, s.end) for s in doc.sents if _without_actionable_words(s)]
        doc.user_data[_WORDLESS] = bounds
    return [doc[start:end] for start, end in bounds]


def _without_actionable_words(sentence: Span) -> bool:
    """A sentence long enough to judge, in prose, with no actionable word (entities aside)."""
    words = [t for t in sentence if t.is_alpha]
    if len(words) < MIN_WORDS:
        return False
    if not any(c.islower() for c in sentence.text):
        return False  # headings are left to the header recognizers
    if in_table_cell(sentence) or any(t.text[:3] == "..." for t in sentence):
        # a cell's words are read with their column, a form's label with its value: no prose
        return False
    opening = cell_opening(sentence)
    if opening is not None and any(actionable_word(t) for t in opening):
        # the parser's split in the middle of a cell that gives a date or a place: the rest
        # of the cell is read with it; split off a cell with nothing to act on, it is prose
        return False
    return not any(actionable_word(t) for t in sentence)
