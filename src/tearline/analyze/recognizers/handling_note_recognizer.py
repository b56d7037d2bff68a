"""Find handling and dissemination notes written as prose, anywhere in a report.

"Do not forward outside the warning cell", "not for further release without originator
approval", "handle on a need-to-know basis": instructions about the report's own handling tell
the recipient that the text was cut from a controlled report, and often by whose rules. A
labelled line ("HANDLING: ORCON") is the collection line recognizer's; these are the notes
in running text, which no header pattern sees. The spaCy Matcher reads them by lemma, so
"must not be forwarded", "do not disseminate" and "not for onward distribution" all match.
"""

from __future__ import annotations

from typing import Any, ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.matcher import Matcher
from spacy.strings import hash_string  # type: ignore[attr-defined]  # untyped in the stubs
from spacy.tokens import Doc, Span

from tearline.analyze import lexicon as lx
from tearline.analyze.release_limits import release_limit_anchors
from tearline.analyze.spans import doc_text, result, sentence_extent
from tearline.categories import Category

#: What a report may not be: forwarded, disseminated, shared, released, copied.
PASSING_ON: list[str] = [
    "forward",
    "disseminate",
    "distribute",
    "share",
    "pass",
    "release",
    "reproduce",
    "copy",
    "circulate",
    "disclose",
    "redistribute",
    "retransmit",
    "relay",
    # "Do not mention Abdi, his cousin or Sheikh Omar in any report": whom not to name
    "mention",
    "name",
    "identify",
    "reveal",
]
#: What a report may not be, whatever follows ("asked us not to circulate").
SPREADING: list[str] = [
    "forward",
    "disseminate",
    "distribute",
    "circulate",
    "disclose",
    "redistribute",
    "retransmit",
    "reproduce",
    "relay",
]
#: What "not to pass ..." passes when it is the report.
REPORT_WORDS: list[str] = [
    "detail",
    "details",
    "information",
    "material",
    "reporting",
    "report",
    "source",
    "sourcing",
    "contents",
]
#: The nouns of the same acts ("not for further release", "no onward dissemination").
PASSING_ON_NOUNS: list[str] = [
    "release",
    "dissemination",
    # its usual shortening: "NOT FOR DISSEM", "no further dissem"
    "dissem",
    "distribution",
    "forwarding",
    "disclosure",
    "circulation",
    "reproduction",
]
#: How far it may not go: "not for further release", "no onward dissemination".
ONWARD: list[str] = ["further", "onward", "wider", "public", "external", "any", "third-party"]
#: Who must approve a release: the originator of the report.
ORIGINATORS: list[str] = ["originator", "originating", "owner", "originator's"]
PERMISSIONS: list[str] = [
    "approval",
    "consent",
    "permission",
    "agreement",
    "authorization",
    "authorisation",
    "clearance",
]


#: What our side hands on of its collection: transcripts, readouts, the product itself.
PRODUCTS: list[str] = ["transcript", "readout", "product", "translation"]
#: How such a product is to reach its readers: "will follow", "to be sent".
DELIVERING: list[str] = ["follow", "come", "arrive", "send", "pass", "forward", "deliver"]

#: What a detail is to be kept out of: the release itself ("kept out of anything that goes
#: to the police", "leave the handover out of the warning").
RELEASED_THINGS: list[str] = [
    "anything",
    "any",
    "warning",
    "release",
    "report",
    "reporting",
    "product",
    "advisory",
    "tearline",
    "version",
    "dissemination",
    "briefing",
]

#: Our coverage, kept passive or dormant: "keep coverage passive", "keep the probe dormant".
COVERAGE_WORDS: list[str] = [
    "coverage",
    "collection",
    "it",
    "this",
    "things",
    "source",
    "probe",
    "device",
    "access",
    "tasking",
]

#: What a release may do that would give us away: mention, name or point at something.
MENTIONING: list[str] = ["mention", "name", "reveal", "cite", "quote", "refer", "describe"]


class HandlingNoteRecognizer(EntityRecognizer):
    """Handling and dissemination instructions in running text (COLLECTION)."""

    NAME = "HandlingNoteRecognizer"
    WHY = "a handling or dissemination note about the report itself, not the threat"

    PATTERNS: ClassVar[dict[str, list[list[dict[str, Any]]]]] = {
        # "do not forward", "please do not share", "must not be disseminated"
        "do-not-pass-on": [
            [
                {"LOWER": {"IN": ["do", "must", "should", "may", "to"]}},
                {"LOWER": {"IN": ["not", "n't"]}},
                {"LOWER": "be", "OP": "?"},
                {"LEMMA": {"IN": PASSING_ON}},
            ],
            [
                {"LOWER": "not"},
                {"LOWER": "to"},
                {"LOWER": "be"},
                {"LEMMA": {"IN": PASSING_ON}},
            ],
            [
                {"LOWER": "not"},
                {"LOWER": "to"},
                {"LEMMA": {"IN": SPREADING}},
            ],
            # "asked us not to pass the detail on": the report, not a checkpoint, passed on
            [
                {"LOWER": "not"},
                {"LOWER": "to"},
                {"LEMMA": {"IN": ["pass", "share", "release"]}},
                {"LOWER": {"IN": ["on", "it", "this", "any", "anything", "the", "their", "our"]}},
                {"LOWER": {"IN": REPORT_WORDS}},
            ],
            [
                {"LOWER": "not"},
                {"LOWER": "to"},
                {"LEMMA": {"IN": ["pass", "share", "release"]}},
                {"LOWER": {"IN": ["it", "this", "anything"]}},
                {"LOWER": {"IN": ["on", "further", "to", "with"]}},
            ],
        ],
        # "no mention of their service", "without attribution": how the release must hide
        # where it came from
        "no-attribution": [
            [
                {"LOWER": {"IN": ["no", "without", "nor"]}},
                {
                    "LOWER": {
                        "IN": ["attribution", "mention", "reference", "acknowledgement", "trace"]
                    }
                },
                {"LOWER": {"IN": ["of", "to"]}},
                {"POS": {"IN": ["DET", "PRON"]}, "OP": "?"},
                {
                    "LOWER": {
                        "IN": [
                            "service",
                            "source",
                            "sources",
                            "origin",
                            "originator",
                            "partner",
                            "partners",
                            "provenance",
                            "reporting",
                            "agency",
                            "his",
                            "her",
                            "their",
                        ]
                    }
                },
            ],
            [{"LOWER": {"IN": ["no", "without"]}}, {"LOWER": "attribution"}],
        ],
        # "please make no reference to the chat or our Directorate", "avoid any mention of the
        # flat", "refrain from naming the clerk": what the recipient's warning must leave out,
        # asked of him in the imperative or with a modal (the plotters "made no reference")
        "no-reference": [
            [
                {"LEMMA": {"IN": ["make", "include", "contain", "carry"]}, "TAG": "VB"},
                {"LOWER": "no"},
                {"LOWER": {"IN": ["reference", "references", "mention", "allusion"]}},
                {"LOWER": {"IN": ["to", "of"]}},
            ],
            [
                {"LEMMA": "avoid", "TAG": "VB"},
                {"LOWER": {"IN": ["any", "all"]}, "OP": "?"},
                {"LOWER": {"IN": ["reference", "references", "mention", "allusion", "mentions"]}},
                {"LOWER": {"IN": ["to", "of"]}},
            ],
            [
                {"LEMMA": {"IN": ["avoid", "refrain"]}, "TAG": "VB"},
                {"LOWER": "from", "OP": "?"},
                {"LEMMA": {"IN": MENTIONING}, "TAG": "VBG"},
            ],
        ],
        # "please keep it within the team", "keep this in house", "keep this between us"
        "keep-within": [
            [
                {"LEMMA": "keep"},
                {"LOWER": {"IN": ["it", "this", "these", "them"]}},
                {"LOWER": {"IN": ["within", "inside", "internal", "in-house", "between"]}},
            ],
            [
                {"LEMMA": "keep"},
                {"LOWER": {"IN": ["it", "this", "these", "them"]}},
                {"LOWER": "in"},
                {"ORTH": "-", "OP": "?"},
                {"LOWER": "house"},
            ],
        ],
        # "not for further release", "not for onward distribution", "no further dissemination"
        "not-for-release": [
            [
                {"LOWER": "not"},
                {"LOWER": "for"},
                {"LOWER": {"IN": ONWARD}, "OP": "*"},
                {"LOWER": {"IN": PASSING_ON_NOUNS}},
            ],
            [
                {"LOWER": "no"},
                {"LOWER": {"IN": ONWARD}, "OP": "+"},
                {"LOWER": {"IN": PASSING_ON_NOUNS}},
            ],
        ],
        # "Disclosure of this update is restricted", "distribution is limited to ..."
        "restricted-release": [
            [
                {"LOWER": {"IN": PASSING_ON_NOUNS}},
                {"LOWER": "of", "OP": "?"},
                {"POS": {"IN": ["DET", "PRON"]}, "OP": "?"},
                {"POS": "NOUN", "OP": "?"},
                {"LEMMA": "be"},
                {"LOWER": {"IN": ["restricted", "limited", "controlled", "prohibited"]}},
            ],
        ],
        # "contact the desk before sharing", "prior to onward dissemination"
        "before-passing-on": [
            [
                {"LOWER": {"IN": ["before", "prior"]}},
                {"LOWER": "to", "OP": "?"},
                {"LOWER": {"IN": ONWARD}, "OP": "*"},
                {
                    "LOWER": {
                        "IN": [
                            "sharing",
                            "forwarding",
                            "disseminating",
                            "dissemination",
                            "distributing",
                            "distribution",
                            "disclosure",
                            "onward",
                        ]
                    }
                },
            ],
        ],
        # "without originator approval", "with the originator's consent"
        "originator-approval": [
            [
                {"LOWER": {"IN": ORIGINATORS}},
                {"LOWER": "'s", "OP": "?"},
                {"LOWER": {"IN": ["prior", "written", "express"]}, "OP": "?"},
                {"LOWER": {"IN": PERMISSIONS}},
            ],
            # "without consent of the issuing desk", "without the prior approval of the owner"
            [
                {"LOWER": "without"},
                {"LOWER": {"IN": ["the", "prior", "written", "express"]}, "OP": "*"},
                {"LOWER": {"IN": PERMISSIONS}},
                {"LOWER": {"IN": ["of", "from"]}},
            ],
        ],
        # "may be used for warning only", "to be used for lead purposes only"
        "use-only": [
            [
                {"LEMMA": "use"},
                {"LOWER": "for"},
                {"IS_ALPHA": True, "OP": "{1,3}"},
                {"LOWER": "only"},
            ],
        ],
        # "They want the handover kept out of anything that goes to the police", "leave the
        # meeting out of the warning", "asks that its name stay out of any warning": what the
        # release must leave out
        "kept-out": [
            [
                {"LEMMA": {"IN": ["keep", "leave", "stay", "remain"]}},
                {"IS_PUNCT": False, "OP": "{0,10}"},
                {"LOWER": "out"},
                {"LOWER": "of"},
                # a line break of a quoted e-mail: "out of\n> anything"
                {"IS_SPACE": True, "OP": "?"},
                {"ORTH": ">", "OP": "*"},
                {"POS": {"IN": ["DET", "PRON"]}, "OP": "?"},
                {"LOWER": {"IN": ["further", "onward", "public", "written"]}, "OP": "?"},
                {"LEMMA": {"IN": RELEASED_THINGS}},
            ],
        ],
        # "Keep passive until after 14 Mar.", "Remain dormant until the warning is out": an
        # instruction, opening its line, on how our coverage is to be run
        "coverage-posture": [
            [
                {"IS_SENT_START": True, "LEMMA": {"IN": ["keep", "remain", "stay"]}},
                {"LOWER": {"IN": COVERAGE_WORDS}, "OP": "?"},
                {"LOWER": {"IN": ["passive", "dormant"]}},
            ],
        ],
        # "without it tracing back to PIKE", "cannot be traced back to us": a release that
        # must not lead back to whoever reported
        "untraceable": [
            [
                {"LOWER": {"IN": ["without", "not", "never", "n't", "cannot"]}},
                {"IS_PUNCT": False, "OP": "{0,4}"},
                {"LEMMA": {"IN": ["trace", "point", "lead", "link"]}},
                {"LOWER": "back"},
            ],
        ],
        # "asks that nothing go out that could be traced back to ...", "nothing should get
        # out": what may leave our hands, asked by whoever owns the report
        "nothing-out": [
            [
                {"LOWER": {"IN": ["no", "nothing"]}},
                {"LEMMA": {"IN": RELEASED_THINGS}, "OP": "?"},
                {"LOWER": {"IN": ["should", "must", "may", "can", "is", "be"]}, "OP": "?"},
                {"LEMMA": {"IN": ["go", "get"]}},
                {"LOWER": "out"},
            ],
        ],
        # "asks that no warning hint at Tavrosian involvement": what the release may not
        # let the recipient guess
        "no-hint": [
            [
                {"LOWER": {"IN": ["no", "nothing"]}},
                {"LEMMA": {"IN": RELEASED_THINGS}},
                {"LEMMA": {"IN": ["hint", "allude", "point", "refer"]}},
                {"LOWER": {"IN": ["at", "to"]}},
            ],
        ],
        # "If the warning mentions the chat room, the group will know it has a stranger
        # inside", "Any warning that mentions the birthday points straight at her": what a
        # release would give away, a note to its writer, never to its reader
        "disclosure-risk": [
            [
                {"LOWER": {"IN": ["if", "should", "once", "unless", "where"]}},
                {"POS": {"IN": ["DET", "PRON"]}, "OP": "?"},
                {"LEMMA": {"IN": [w for w in RELEASED_THINGS if not w.startswith("any")]}},
                {"LEMMA": {"IN": MENTIONING}},
            ],
            [
                {"LOWER": "any"},
                {"LEMMA": {"IN": [w for w in RELEASED_THINGS if not w.startswith("any")]}},
                {"LOWER": {"IN": ["that", "which"]}},
                {"LEMMA": {"IN": MENTIONING}},
            ],
        ],
        # "Transcripts will follow over the secure link", "full product to be sent on
        # Monday": how and when our collection is handed on, not the plot
        "product-delivery": [
            [
                {"LEMMA": {"IN": PRODUCTS}, "POS": "NOUN"},
                {"LOWER": {"IN": ["will", "shall", "is", "are", "to"]}},
                {"LOWER": {"IN": ["to", "be"]}, "OP": "*"},
                {"LEMMA": {"IN": DELIVERING}},
            ],
        ],
        # "cleared the draft, removing any reference to the team and the warrant": what the
        # release was cut of, which names what it was cut of
        "reference-removed": [
            [
                {"LEMMA": {"IN": ["remove", "omit", "strip", "delete", "redact", "excise"]}},
                {"LOWER": {"IN": ["any", "all", "every", "each", "the"]}, "OP": "?"},
                {"LEMMA": {"IN": ["reference", "mention"]}},
                {"LOWER": {"IN": ["to", "of"]}},
            ],
        ],
        # "Passed to DS Fadahunsi.", "Copied to the desk": a log's note of where the report
        # went, its subject left out
        "passed-on": [
            [
                {
                    "IS_SENT_START": True,
                    "TAG": "VBN",
                    "DEP": "ROOT",
                    "LEMMA": {"IN": ["pass", "forward", "copy", "send", "relay", "refer"]},
                },
                {"LOWER": {"IN": ["on", "onward"]}, "OP": "?"},
                {"LOWER": "to"},
            ],
        ],
        # "on a need-to-know basis", "the third-party rule applies"
        "need-to-know": [
            [
                {"LOWER": "need"},
                {"ORTH": "-", "OP": "?"},
                {"LOWER": "to"},
                {"ORTH": "-", "OP": "?"},
                {"LOWER": "know"},
            ],
            [
                {"LOWER": "third"},
                {"ORTH": "-", "OP": "?"},
                {"LOWER": "party"},
                {"LOWER": {"IN": ["rule", "caveat", "restriction", "restrictions"]}},
            ],
        ],
    }

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[Category.COLLECTION.value],
            name=self.NAME,
            supported_language="en",
        )
        self._matchers: dict[int, Matcher] = {}
        # rule names by the hash the Matcher reports: the vocabulary forgets strings it learns
        # inside a memory zone, so they are never looked up there
        self._rules = {hash_string(rule): rule for rule in self.PATTERNS}
        self._needs = [needed_words(p) for patterns in self.PATTERNS.values() for p in patterns]

    def load(self) -> None:
        """Nothing to load: the Matcher is built on the first document's vocabulary."""

    def _matcher(self, doc: Doc) -> Matcher:
        key = id(doc.vocab)
        if key not in self._matchers:
            matcher = Matcher(doc.vocab)
            for rule, patterns in self.PATTERNS.items():
                matcher.add(rule, patterns)
            self._matchers[key] = matcher
        return self._matchers[key]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """One result per handling note: its sentence, or its clause in a threat sentence."""
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        if Category.COLLECTION.value not in entities:
            return []
        doc = nlp_artifacts.tokens
        notes: list[tuple[str, int]] = []
        if may_match(doc, self._needs):  # else no pattern has all its words in the report
            notes = [(self._rules[m], start) for m, start, _ in self._matcher(doc)(doc)]
        # what a release must not say, found in the parse rather than by its verb
        by_char = {t.idx: t.i for t in doc}
        notes += [("release-limit", by_char[a]) for a in release_limit_anchors(doc)]
        results: list[RecognizerResult] = []
        done: set[int] = set()
        for rule, start in notes:
            sentence = doc[start].sent
            if sentence.start in done:
                continue
            done.add(sentence.start)
            begin, end = _extent(sentence, doc[start].idx)
            if end > begin:
                results.append(
                    result(self.NAME, Category.COLLECTION.value, begin, end, 0.85, rule, self.WHY)
                )
        return results


#: The token attribute the Matcher compares for each key of a token pattern that names words.
_WORD_ATTRIBUTES: dict[str, str] = {
    "LOWER": "lower_",
    "LEMMA": "lemma_",
    "ORTH": "text",
    "TEXT": "text",
}
#: What a pattern needs: (attribute, words), one of which some token of the report must have.
Needs = list[tuple[str, frozenset[str]]]


def needed_words(pattern: list[dict[str, Any]]) -> Needs:
    """The words a Matcher pattern cannot match without: for each token that must be there
    (no "?", "*" or "!" operator), each attribute it compares with a word or a list of words
    ("IN"). Its other conditions are left out, so this is what a match needs, not all it needs.
    """
    needs = []
    for token in pattern:
        if token.get("OP", "1") not in ("1", "+"):
            continue
        for key, value in token.items():
            attribute = _WORD_ATTRIBUTES.get(key)
            if attribute is None:
                continue
            if isinstance(value, str):
                needs.append((attribute, frozenset({value})))
            elif isinstance(value, dict) and list(value) == ["IN"]:
                needs.append((attribute, frozenset(value["IN"])))
    return needs


def may_match(doc: Doc, needs: list[Needs]) -> bool:
    """Whether any of the patterns could match in the document: some token has each of the
    words one of them needs. The Matcher asks its conditions of every token for every
    pattern, and most reports have no handling note: one pass over the words rules most of
    them out, with the same answer (a pattern that lacks a word it needs matches nowhere)."""
    words: dict[str, set[str]] = {attribute: set() for attribute in set(_WORD_ATTRIBUTES.values())}
    for token in doc:
        words["lower_"].add(token.lower_)
        words["lemma_"].add(token.lemma_)
        words["text"].add(token.text)
    return any(all(words[attribute] & options for attribute, options in n) for n in needs)


def _extent(sentence: Span, anchor: int) -> tuple[int, int]:
    """The whole sentence, or, when the sentence also carries the threat ("The cell will
    strike at 07:30; do not forward."), only the clause from the note to its end."""
    if not any(
        t.lemma_.lower() in lx.THREAT_WORDS or t.lemma_.lower() in lx.ATTACK_METHOD_WORDS
        for t in sentence
    ):
        return sentence_extent(sentence, [anchor])
    text = doc_text(sentence.doc)
    separator = max(
        text.rfind(";", sentence.start_char, anchor), text.rfind(",", sentence.start_char, anchor)
    )
    start = separator if separator >= 0 else sentence.start_char
    end = sentence.end_char
    while end > start and text[end - 1].isspace():
        end -= 1
    if separator >= 0 and text[end - 1 : end] in (".", "!"):
        end -= 1  # the full stop now ends the threat's clause
    return start, end
