"""spaCy's rule lemmatizer, each word's lemma worked out once and remembered.

The rule lemmatizer of the English pipelines works a token's lemma out from its text, part of
speech and morphology, and remembers the answer by those three values, except for the words
already in their base form (most nouns and verbs of a report), whose morphology it reads and
compares again for every token. This component asks the lemmatizer once per distinct
(text, part of speech, morphology) and remembers every answer, then writes a document's lemmas
in one array, as the lemmatizer would set them one by one: the lemmas are exactly the
lemmatizer's. A lemmatizer in another mode, or one of another class, keeps running itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import Lemmatizer

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from thinc.types import Ints2d

COMPONENT = "tearline_lemmas"
LEMMATIZER = "lemmatizer"
_COLUMNS = [ORTH, POS, MORPH, LEMMA]
#: Distinct (text, part of speech, morphology) keys remembered before the memory starts over.
MAX_REMEMBERED = 100_000


class Lemmas:
    """The rule lemmatizer's lemmas, answered per (text, part of speech, morphology) key."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self._known: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        """Set each token's lemma as the lemmatizer would (a lemma already set stays, unless
        the lemmatizer overwrites)."""
        if not len(doc):
            return doc
        rows = cast("Ints2d", doc.to_array(_COLUMNS))  # uint64 ids, typed as floats
        overwrite = self.lemmatizer.overwrite
        known = self._known
        strings = doc.vocab.strings
        lemmas = rows[:, 3:]
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            found = known.get(key)
            if found is None:
                if len(known) >= MAX_REMEMBERED:
                    known.clear()
                found = known[key] = self.lemmatizer.lemmatize(doc[i])[0]
            lemmas[i, 0] = strings.add(found)
        doc.from_array([LEMMA], lemmas)
        return doc


@Language.factory(COMPONENT)
def make_lemmas(nlp: Language, name: str) -> Lemmas:
    """The remembering lemmatizer in place of the (disabled) rule lemmatizer it asks."""
    return Lemmas(cast(Lemmatizer, nlp.get_pipe(LEMMATIZER)))


def remembered(nlp: Language) -> Language:
    """Run the lemmatizer through `Lemmas` when it is spaCy's rule lemmatizer (its own class
    or the English one, whose lemmas depend on those three values only)."""
    if LEMMATIZER not in nlp.pipe_names or COMPONENT in nlp.pipe_names:
        return nlp
    lemmatizer = nlp.get_pipe(LEMMATIZER)
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule":
        return nlp
    if type(lemmatizer) not in (Lemmatizer, EnglishLemmatizer):
        return nlp
    nlp.add_pipe(COMPONENT, before=LEMMATIZER)
    nlp.disable_pipe(LEMMATIZER)
    return nlp
