"""Find the speaker labels of a transcript or call summary and word them as people.

"Party A", "Speaker 2", "Caller B": a label of this kind says the words were recorded, yet it
stands for a person the warning needs. Where the report says who the label is taken to be
("Party A, taken to be Radu Terzin, ..."), every mention becomes that name; an unnamed label
becomes "an associate", then "the associate". No Presidio recognizer reads a label together
with the identification that resolves it, so this one reads the parse's tokens.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Doc, Token

from tearline.analyze import lexicon as lx
from tearline.analyze.segmentation import speaker_label_mark
from tearline.analyze.spans import result
from tearline.categories import Category

#: Words between a label and the name it is taken to be: "taken to be", "believed to be",
#: "identified as", "probably".
IDENTIFYING_WORDS: frozenset[str] = frozenset(
    {
        "taken",
        "believed",
        "assessed",
        "thought",
        "judged",
        "presumed",
        "understood",
        "identified",
        "probably",
        "likely",
        "possibly",
        "to",
        "be",
        "as",
    }
)
#: What an unnamed speaker becomes on first mention, and after it.
FIRST_STANDIN = "an associate"
LATER_STANDIN = "the associate"
SECOND_FIRST_STANDIN = "a second associate"
SECOND_LATER_STANDIN = "the second associate"


class SpeakerLabelRecognizer(EntityRecognizer):
    """Transcript speaker labels, reworded as the person they stand for (PERPETRATOR)."""

    NAME = "SpeakerLabelRecognizer"
    WHY_NAMED = "a transcript's speaker label: the person the report takes it to be"
    WHY_UNNAMED = "a transcript's speaker label: says the words were recorded"

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[Category.PERPETRATOR.value],
            name=self.NAME,
            supported_language="en",
        )

    def load(self) -> None:
        """Nothing to load: the labels are read from the parse's tokens."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """One result per mention of a speaker label outside a header field."""
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        if Category.PERPETRATOR.value not in entities:
            return []
        doc = nlp_artifacts.tokens
        marks = [
            i
            for i in range(1, len(doc))
            if speaker_label_mark(doc, i)
            # "Party A: user of ...": a header field, whose line goes whole elsewhere
            and not (i + 1 < len(doc) and doc[i + 1].text == ":")
        ]
        names: dict[tuple[str, str], tuple[str, int]] = {}
        for i in marks:
            found = _identified(doc, i)
            if found is not None and _label(doc, i) not in names:
                names[_label(doc, i)] = found
        results: list[RecognizerResult] = []
        unnamed: list[tuple[str, str]] = []
        for i in marks:
            label = _label(doc, i)
            start = doc[i - 1].idx
            if label in names:
                name, end = names[label]
                if _identified(doc, i) is not None:
                    # "Party A, taken to be Radu Terzin," becomes "Radu Terzin"
                    replacement, stop = name, end
                else:
                    replacement, stop = name, doc[i].idx + len(doc[i].text)
                why = self.WHY_NAMED
            else:
                # the labels of the same transcript in order ("Party B" after "Party A")
                same = [u for u in unnamed if u[0] == label[0]]
                first = label not in same
                second = (len(same) if first else same.index(label)) > 0
                if first and not _listener(doc[i]):
                    # "tells Party B that ...": the listener of a frame that goes with it,
                    # so the next mention is the first the reader sees
                    unnamed.append(label)
                if second:
                    replacement = SECOND_FIRST_STANDIN if first else SECOND_LATER_STANDIN
                else:
                    replacement = FIRST_STANDIN if first else LATER_STANDIN
                if doc[i - 1].is_sent_start:
                    replacement = replacement[:1].upper() + replacement[1:]
                stop = doc[i].idx + len(doc[i].text)
                why = self.WHY_UNNAMED
            results.append(
                result(
                    self.NAME,
                    Category.PERPETRATOR.value,
                    start,
                    stop,
                    0.85,
                    "speaker-label",
                    why,
                    replacement=replacement,
                )
            )
        return results


def _label(doc: Doc, mark: int) -> tuple[str, str]:
    """A label's noun and mark, by which its mentions are matched: ("party", "A")."""
    return doc[mark - 1].lower_, doc[mark].text


def _listener(mark: Token) -> bool:
    """True for a label told something: "tells Party B that ...", "said to Speaker 2"."""
    told = mark.head if mark.dep_ == "pobj" and mark.head.lower_ == "to" else mark
    return told.dep_ in ("dobj", "dative", "prep") and lx.lemma(told.head) in lx.SPEECH_VERBS


#: The fewest capitalized words of a name a label is taken to be.
MIN_NAME_WORDS = 2


def _identified(doc: Doc, mark: int) -> tuple[str, int] | None:
    """The name a label is taken to be and where the identification ends (behind a comma
    before the verb), or None: "Party A, taken to be Radu Terzin, tells ..."."""
    i = mark + 1
    if i >= len(doc) or doc[i].text not in (",", "("):
        return None
    i += 1
    cue = False
    while i < len(doc) and doc[i].lower_ in IDENTIFYING_WORDS:
        cue = True
        i += 1
    if not cue and doc[mark + 1].text != "(":
        return None
    start = i
    while i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper():
        i += 1
    if i - start < MIN_NAME_WORDS or any(t.text.isupper() for t in doc[start:i]):
        return None
    name = doc[start:i].text
    end = doc[i - 1].idx + len(doc[i - 1].text)
    if i < len(doc) and doc[i].text == ")":
        end = doc[i].idx + 1
    elif i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].pos_ in ("VERB", "AUX"):
        end = doc[i].idx + 1  # "Party A, believed to be Ana Voss, will drive": no comma left
    return name, end
