"""Tests for CodenameRecognizer: codenames of sources, operations and stations, as identifiers."""

import pytest

from tearline.analyze.recognizers.codename_recognizer import CodenameRecognizer
from tearline.categories import Category, identifier_entity, parse_entity

ENTITIES = [
    identifier_entity(Category.SOURCE),
    identifier_entity(Category.COLLECTION),
    identifier_entity(Category.METHOD),
]


@pytest.fixture(scope="module")
def recognizer() -> CodenameRecognizer:
    return CodenameRecognizer()


def found(
    recognizer: CodenameRecognizer, text: str, entities: list[str] = ENTITIES
) -> list[tuple[str, Category, bool]]:
    results = recognizer.analyze(text, entities=entities, nlp_artifacts=None)
    return [
        (text[r.start : r.end], *parse_entity(r.entity_type))
        for r in sorted(results, key=lambda r: r.start)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Asset GREY OWL reported that the cell will strike.", "GREY OWL"),
        ("asset GREY OWL met the courier.", "GREY OWL"),
        ("The source (GREY OWL) said the van is ready.", "GREY OWL"),
        ("source GREY OWL, who has reported since 2020", "GREY OWL"),
        ("a walk-in KESTREL approached the consulate", "KESTREL"),
        ("a defector codenamed SILVER FERN", "SILVER FERN"),
        ("agent NIGHTJAR", "NIGHTJAR"),
        ("sub-source MOSSBANK said", "MOSSBANK"),
        ("informant RED-HERON", "RED-HERON"),
        ('re report graded B/2 from CHIS "BRINDLE", met this evening', "BRINDLE"),
        ("CHS TALLOW met his handler.", "TALLOW"),
        ("[2] SEAWALL, a JTAG-run human source who works next door", "SEAWALL"),
        ("ROOK, our informant in the port, said", "ROOK"),
        # a header's label and its value, also in a note-taker's shorthand
        ("src: TALLOW (reliab. B), pd 300", "TALLOW"),
        ("SOURCE: GREY OWL (B2)", "GREY OWL"),
        ("sub-src: MOSSBANK", "MOSSBANK"),
        # a short abbreviation the report gives its source once, then uses alone
        ("Through a person of trust (VP) guided here since 2019", "VP"),
        ("our contact (HK) met the driver", "HK"),
        # a capitalized name in prose that reports, or that a report is credited to
        ("On 3 May KESTREL reported that the cell will strike.", "KESTREL"),
        ("GREY OWL says the van is ready.", "GREY OWL"),
        ("HOLLY has not previously reported on this group.", "HOLLY"),
        ("ROOK got it from his brother-in-law that", "ROOK"),
        ("Per ROOK, the group will strike the depot.", "ROOK"),
        ("according to NIGHTJAR the van is ready", "NIGHTJAR"),
        ("I met LANTERN as planned.", "LANTERN"),
        ("LANTERN saw the vest himself on 19 April.", "LANTERN"),
        ("LANTERN's reporting has been accurate.", "LANTERN"),
        # a determiner or a discipline before capitals writes no surname in capitals
        ("The DSP asked for silence. CANDLEWICK's reporting was confirmed.", "CANDLEWICK"),
        ("FROM: Field HUMINT Team 7\nNIGHTJAR has reported eleven times.", "NIGHTJAR"),
        # a list of those present, whose next name is someone's surname, is no "SURNAME, Given"
        ("Officer: Grete Anvik\nPresent: TALISMAN, Anvik\nTALISMAN said it is set.", "TALISMAN"),
    ],
)
def test_when_a_source_word_precedes_a_capitalized_name_then_the_name_is_a_source_id(
    recognizer: CodenameRecognizer, text: str, expected: str
) -> None:
    assert found(recognizer, text) == [(expected, Category.SOURCE, True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the report's own construction
        ("an undercover officer, known to us as LARCH, embedded in the Wardens", "LARCH"),
        # other verbs and nouns for the name the reporting side gives a person
        ("a dock worker whom we call HAWKMOTH has seen the crates", "HAWKMOTH"),
        ("the woman, referred to internally as SILVER BIRCH, drives for the cell", "SILVER BIRCH"),
        ("The cousin (registered in our records as QUILL) met Pell twice.", "QUILL"),
        ("We named her TEASEL when she first came forward.", "TEASEL"),
    ],
)
def test_when_the_reporting_side_names_a_person_then_the_name_is_a_source_id(
    recognizer: CodenameRecognizer, text: str, expected: str
) -> None:
    assert found(recognizer, text) == [(expected, Category.SOURCE, True)]


@pytest.mark.parametrize(
    "text",
    [
        # the plotters' own name for one of theirs is kept
        'cell leader Radomir Ost (known in the group as "the Surveyor") told them',
        "Pell, known to his crew as BIG TAM, will drive the van.",
        "the leader, known locally as HAMMER, bought the rifles",
        "The group is known as RED DAWN in the valley.",
    ],
)
def test_when_others_name_a_person_then_no_source_id_is_found(
    recognizer: CodenameRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected", "category"),
    [
        ("Operation BLUE HARBOR collected the calls.", "BLUE HARBOR", Category.METHOD),
        ("OPERATION NIGHTFALL", "NIGHTFALL", Category.METHOD),
        ("Op. SILVER FERN", "SILVER FERN", Category.METHOD),
        ("reporting from Station RIVERTON indicates", "RIVERTON", Category.COLLECTION),
        ("STATION RIVERTON", "RIVERTON", Category.COLLECTION),
        ("Base NORTHWIND", "NORTHWIND", Category.COLLECTION),
        ("RIVERTON STATION reports", "RIVERTON", Category.COLLECTION),
        ("The search was run under Op Greyhound.", "Greyhound", Category.METHOD),
        ("CHRONOLOGY - Op TALLOW (vehicle attack)", "TALLOW", Category.METHOD),
        ("Operation Kingfisher deployed one officer.", "Kingfisher", Category.METHOD),
        ("Quick update on the Greyhound file.", "Greyhound", Category.METHOD),
    ],
)
def test_when_an_operation_or_station_is_named_then_its_name_is_an_identifier(
    recognizer: CodenameRecognizer, text: str, expected: str, category: Category
) -> None:
    # (the word that introduces an operation goes too, but is no identifier: see below)
    assert [f for f in found(recognizer, text) if f[2]] == [(expected, category, True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Server-side implant BRIARGATE installed on 3 October.", "BRIARGATE"),
        ("The tracker MAGPIE on his car went quiet.", "MAGPIE"),
        ("Disclosure would burn the persona KESTREL GREY.", "KESTREL GREY"),
    ],
)
def test_when_a_collection_device_is_named_then_its_name_is_a_method_id(
    recognizer: CodenameRecognizer, text: str, expected: str
) -> None:
    assert found(recognizer, text) == [(expected, Category.METHOD, True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Station RIVERTON COMMENT: the source is new.", "RIVERTON"),
        ("Station RIVERTON REPORTS that", "RIVERTON"),
        ("asset GREY OWL SAID", "GREY OWL"),
    ],
)
def test_when_a_header_word_follows_the_name_then_it_is_not_part_of_it(
    recognizer: CodenameRecognizer, text: str, expected: str
) -> None:
    assert [name for name, _, _ in found(recognizer, text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The cell will bomb the Central Police Station on Friday.",
        "He will attack the POLICE STATION on Friday.",
        "GUNMEN WILL OPEN FIRE AT HALDEN CENTRAL RAIL STATION ON FRIDAY.",
        "THE CELL WILL BOMB NORTH POLICE STATION.",
        "They will meet at the bus station at noon.",
        "The Halden Station will be bombed.",
        "The van is parked on Station Road.",
        "The asset reported that the cell will strike.",
        "The source of the river is in the hills.",
        "THE STATION",
        "Operation of the pumps stops at night.",
        "The source (a nephew of the driver) said the van is ready.",
        "SOURCE: THE DRIVER OF THE LORRY",
        "Source: POLICE REPORTING",
        "The cell's contact (Vlad) will bring the rifles.",
        # an agency with its article, a group named in title case, a capitals report's verb
        "The FBI reported that the group will attack the stadium.",
        "Per the plan, the Red Hand will strike at dawn.",
        "Pell said the bombs are ready.",
        "KESTREL REPORTED THAT THE CELL WILL STRIKE.",
        # a report that writes surnames in capitals
        "Arno PELL leads the cell. PELL said the bombs are ready.",
        "The group claimed the attack. ISIL claimed the attack.",
        'Prisoner: CASTELL, Reuben\nCASTELL said "the bird sings on the 18th".',
        'He paid Michael "Mikey" HALE. HALE said the bike is ready.',
        "The DSP met Arno PELL. PELL said the bombs are ready.",
        'Prisoner: CASTELL, Reuben\nReuben Hale met him. CASTELL said "the bird sings".',
        "THEY WILL OPEN FIRE AT HALDEN CENTRAL RAIL STATION ON FRIDAY.",
        "THE RIFLES ARE IN A LOCKER AT KOLVA COACH STATION.",
        "THE VAN WILL STOP AT THE NORTH ROAD PETROL STATION.",
        "Update on the Venn file: Venn has bought a van.",
        "Operation of the pumps stops at night, says the Halden inquiry into Halden's dam.",
        'The chisel "STANLEY" is in the van.',
        "KOVAC, a former soldier, will drive the van.",
        # a part, a mast or the people of a camp or base after its station word
        "RSF WILL CUT POWER TO CAMP CELL TOWER AT 0850L.",
        "WARN CAMP MGMT AND THE RELIEF OFFICE.",
    ],
)
def test_when_no_capitalized_codename_follows_then_nothing_is_found(
    recognizer: CodenameRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


def test_when_only_source_ids_are_asked_for_then_stations_are_left_out(
    recognizer: CodenameRecognizer,
) -> None:
    text = "Asset GREY OWL told Station RIVERTON."
    only_sources = [identifier_entity(Category.SOURCE)]
    assert found(recognizer, text, only_sources) == [("GREY OWL", Category.SOURCE, True)]


def test_when_codenames_are_listed_then_each_has_its_rule_category_and_span() -> None:
    text = "Asset GREY OWL told Station RIVERTON about Operation BLUE HARBOR."
    listed = {
        (rule, category, text[start:end])
        for rule, category, (start, end) in CodenameRecognizer.codenames(text)
    }
    assert listed == {
        ("source-codename", Category.SOURCE, "GREY OWL"),
        ("station-name", Category.COLLECTION, "RIVERTON"),
        ("operation-name", Category.METHOD, "BLUE HARBOR"),
    }


def replacements(recognizer: CodenameRecognizer, text: str) -> list[tuple[str, str]]:
    results = recognizer.analyze(text, entities=[Category.PERPETRATOR.value], nlp_artifacts=None)
    return [
        (text[r.start : r.end], (r.recognition_metadata or {})["replacement"])
        for r in sorted(results, key=lambda r: r.start)
    ]


def test_when_callsigns_are_introduced_then_every_mention_is_reworded_as_a_member(
    recognizer: CodenameRecognizer,
) -> None:
    text = (
        "Operators copied traffic between the callsigns SPARROW\nand KILN. SPARROW ordered "
        "KILN to move the mortar.\n- KILN answered."
    )
    assert replacements(recognizer, text) == [
        ("SPARROW", "one member"),
        ("KILN", "another member"),
        ("SPARROW", "One member"),
        ("KILN", "another member"),
        ("KILN", "Another member"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Our callsign LANTERN 22 reported at 18:00.",
        # the writer's own radio contact on a contact line
        "Reported to SIOC by: field associate\nRadio: Channel 4, callsign SIOC",
        "POC: duty officer, callsign BRAVO 7",
        "The callsign is unknown; SPARROW will fire at dawn.",
        "SPARROW and KILN will fire the mortar at dawn.",
        "4. ALL CALLSIGNS INCREASE PATROLS AT HARBOUR FRONT.",
    ],
)
def test_when_no_callsign_of_theirs_is_introduced_then_nothing_is_reworded(
    recognizer: CodenameRecognizer, text: str
) -> None:
    assert replacements(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our CHIS in the Brannock crew (PIKE, solid for us since 2024) rang me.",
            [("PIKE", Category.SOURCE, True)],
        ),
        ("an informant close to the cell (GREY OWL) says", [("GREY OWL", Category.SOURCE, True)]),
        # the initials of the words before the bracket: the group's abbreviation
        ("Our informant in the Red Lantern Brigade (RLB) says the RLB will strike.", []),
        ("a source inside the Bureau of State Security (BSS) said", []),
        # a bracket after no source word
        ("The crew (PIKE, VOSS and two others) will strike on Friday.", []),
        # an agent of the plotters, and the source of their material
        ("A sleeper agent of the Red Hand (VOSS, a chemist) will detonate the device.", []),
        ("The source of the explosives (HALDEN, a quarry) is known.", []),
    ],
)
def test_when_a_source_is_followed_by_a_bracketed_codename_then_it_is_a_source_id(
    recognizer: CodenameRecognizer, text: str, expected: list[tuple[str, Category, bool]]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Subject: Operation Tidewater - ferry arson update\n\n"
            "The cell will set fire to the MV Calder Star on 4 May 2027.",
            "Subject: ferry arson update\n\nThe cell will set fire to the MV Calder Star on 4 "
            "May 2027.",
        ),
        (
            "Under Operation TIDEWATER, the cell will set fire to the MV Calder Star on 4 May "
            "2027.",
            "The cell will set fire to the MV Calder Star on 4 May 2027.",
        ),
        # the name is the identifier: its bare mentions go, not every "operation"
        (
            "Op Tidewater: the cell will set fire to the ferry on 4 May 2027. TIDEWATER "
            "showed it. The operation of the ferry stops at night.",
            "The cell will set fire to the ferry on 4 May 2027. The operation of the ferry "
            "stops at night.",
        ),
    ],
)
def test_when_an_operation_is_named_then_the_word_that_introduces_it_goes_too(
    text: str, expected: str
) -> None:
    import tearline

    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruth met HOLLY at the usual car park on Friday.", [("HOLLY", Category.SOURCE, True)]),
        ("Last night Ruth paid HOLLY on the night.", [("HOLLY", Category.SOURCE, True)]),
        # a group in capitals with the people of it after, a pronoun that may be a plotter's,
        # a surname in capitals that its first name tells elsewhere
        ("Pell met HAMAS officials at the port.", []),
        ("He met KORVAN at the port.", []),
        ("Dana met PELL at the port. Arno PELL drove the van.", []),
    ],
)
def test_when_a_first_name_meets_or_pays_a_capital_name_then_it_is_a_source_id(
    recognizer: CodenameRecognizer, text: str, expected: list[tuple[str, Category, bool]]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruth met HOLLY at the usual car park.", [("Ruth", Category.PERSONNEL, True)]),
        ("Pell met HAMAS officials at the port.", []),
    ],
)
def test_when_a_first_name_meets_a_source_then_the_handler_is_a_personnel_id(
    recognizer: CodenameRecognizer, text: str, expected: list[tuple[str, Category, bool]]
) -> None:
    assert found(recognizer, text, [identifier_entity(Category.PERSONNEL)]) == expected


@pytest.mark.parametrize(
    ("text", "expected", "category"),
    [
        # handled by us
        ("The reporting comes from\nLANTERN, whom we have run since 2024.", "LANTERN", "S"),
        ("NIGHTJAR, the driver we\n    placed with the group, drove them.", "NIGHTJAR", "S"),
        ("- Re-brief NIGHTJAR at the lay-by on 10 November.", "NIGHTJAR", "S"),
        ("LANTERN has given us eleven reports since 2024.", "LANTERN", "S"),
        ("what TULIP passed to DS Okonjo on Sunday", "TULIP", "S"),
        ("Next TULIP meet Saturday.", "TULIP", "S"),
        ("NIGHTJAR will next meet Sgt. Marrowby at the market.", "NIGHTJAR", "S"),
        # a possessive that takes a source's noun
        ("LINNET's access: attends the evening meal.", "LINNET", "S"),
        ("CANDLEWICK's next meeting with the cell", "CANDLEWICK", "S"),
        # a title-case mention of a name the report writes in capitals elsewhere
        ("FLINT = doorman.\nRe-task Flint on the court leak.", "Flint", "S"),
        ("Keep ORCHARD out of it.\nTonight's read from Orchard is clear.", "Orchard", "S"),
        ("LANTERN saw it.\nAccording to Lantern's account, six men will board.", "Lantern", "S"),
        # a product or a reference line labelled with it
        ("REFS: B. BLUE FINCH PRODUCT 26-0388", "BLUE FINCH", "M"),
        ("      C. LINNET CONTACT RPT 17 OCT", "LINNET", "S"),
        ("The GLIMMER feed from the laptop confirms the date.", "GLIMMER", "M"),
        ("The HALYARD audio package in his car relayed it.", "HALYARD", "M"),
        (" A. TF RAVEN FMV 111420Z SHOWS TANKER LOADED AT BIR HASSAN.", "RAVEN", "M"),
        ("File:      MT/DO/26/221 - LANTERN\nSubject: ferry", "LANTERN", "S"),
        ("Interviewee:\nCROWBERRY\nInterviewer:", "CROWBERRY", "S"),
        ("Source of information:\nORIOLE (reliable), technical measures", "ORIOLE", "S"),
        ('According to the person of confidence "ORIOLE", who is near them', "ORIOLE", "S"),
        ("S-1 | Liaison | Service PELICAN, report PX/26/553", "PELICAN", "M"),
        ("Team Lead, Persona Ops (ORCHARD)", "ORCHARD", "M"),
        ("Operation:   NETTLEFIELD\nSheet: 3 of 3", "NETTLEFIELD", "M"),
        # a report whose other names are in capitals judges each name by itself
        ("Hamid RUSTAVI briefs. LINNET's access is direct.", "LINNET", "S"),
        ("RELIABILITY: B. PLUMTREE'S VIEW.\nAccording to PLUMTREE, the van", "PLUMTREE", "S"),
        # a reporting noun that comes from the name
        ("The reporting comes from LODESTAR, a former member.", "LODESTAR", "S"),
        ("This information originates from ROOK, who drives for them.", "ROOK", "S"),
        # a function word that opens a sentence is no first name before a surname
        ("Only LODESTAR knew the site. The reporting comes from LODESTAR.", "LODESTAR", "S"),
        ("Since KESTREL left, the report came from KESTREL.", "KESTREL", "S"),
    ],
)
def test_when_a_name_is_used_as_a_codename_then_it_is_an_identifier(
    recognizer: CodenameRecognizer, text: str, expected: str, category: str
) -> None:
    kinds = {"S": Category.SOURCE, "M": Category.METHOD}
    assert (expected, kinds[category], True) in found(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        # a plotter's surname in capitals, known by a first name, title or initial elsewhere
        "CRF cell ldr Hamid RUSTAVI to sub-cdr. RUSTAVI's access to the road is easy.",
        "Viktor Brodsky drives. BRODSKY has given us nothing; Brodsky's product is fake.",
        "Lt. Col. Irina VASKO signs. Next VASKO meet Monday.",
        'He paid Michael "Mikey" HALE. HALE\'s information is that the bike is ready.',
        'Prisoner: CASTELL, Reuben  A4417KD\nCASTELL said "the bird sings".',
        "met by T. QUARRIE on Friday. Re-task QUARRIE.",
        # a group's initials, spelled out or without a vowel, and words of the trade
        "The Crimson Reed Front (CRF) will strike. CRF PRODUCT 26-01 is a leaflet.",
        "Red Sand Front (RSF) plans an attack. RSF FMV SHOWS NOTHING.",
        "SIGINT reporting and HUMINT PRODUCT agree.",
        # prose shapes on a line in capitals, and places and plotters in mixed case
        "B. MAINTAIN COVER OVER BIR HASSAN. WE HAVE RUN DALKIR ROAD CHECKS.",
        "The culvert is 2km S of DALKIR; Dalkir's headman hosts the meal.",
        "Volvo product logged to the desk; the Volvo estate is parked outside.",
        "Karal, we are told, will wear an explosive belt.",
        # a name after a first name, and a thing that comes from a place, not reporting
        "Viktor LODESTAR drives. The reporting comes from LODESTAR.",
        "The van comes from HALDEN, the port.",
        # a parcel the plotters send is no sensor of ours
        "They will post the DHL package to the minister.",
    ],
)
def test_when_a_capitalized_name_is_a_plotter_group_or_place_then_it_is_no_codename(
    recognizer: CodenameRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


def test_when_a_codename_is_tasked_bracketed_or_labels_a_reference_then_that_goes_too(
    recognizer: CodenameRecognizer,
) -> None:
    text = (
        "REFS: A. G2 TASKING 26-114\n      B. BLUE FINCH PRODUCT 26-0388\n"
        "      C. LINNET CONTACT RPT 17 OCT\n"
        " c. LINNET (REF C; met 17 OCT at FOB GRANITE)\n    states device = IED.\n"
        " B. MAINTAIN BLUE FINCH COVERAGE OVER BIR HASSAN 14-15 OCT.\n"
        " C. WARN CAMP MGMT.\n"
    )
    results = recognizer.analyze(text, entities=[*ENTITIES, "SOURCE", "METHOD"])
    removed = sorted(text[r.start : r.end] for r in results if "ID" not in r.entity_type)
    assert removed == [
        " (REF C; met 17 OCT at FOB GRANITE)\n    states",
        " CONTACT RPT 17 OCT",
        " PRODUCT 26-0388",
        "MAINTAIN BLUE FINCH COVERAGE OVER BIR HASSAN 14-15 OCT.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a description between commas stands between the name and the verb it reports with
        (
            "Separately, HAWTHORN, a clerk in Herak's office with access to his diary, "
            "reported on 14 December that Herak has blocked out the week.",
            "HAWTHORN",
        ),
        ("WILLOW, who cleans the warehouse at night, told us that the van was loaded.", "WILLOW"),
        ("On 3 May KINGFISHER, the cell's driver since spring, has reported it.", "KINGFISHER"),
        ("MAGPIE, her neighbour of many years, said the boxes came in on Monday.", "MAGPIE"),
        # a source's description without an article, or a sub-source
        (
            "ORCHID, sub-source of a partner police force and a neighbour of Varn, saw a drone.",
            "ORCHID",
        ),
        ("PELICAN, co-informant of the harbour police, was told of the boat.", "PELICAN"),
        # the agent of what was seen or heard
        ("The van was seen in the yard by MERLIN, a night porter at the depot.", "MERLIN"),
        ("Two men were photographed outside the mosque on Friday by OSPREY.", "OSPREY"),
        ("The plan was overheard by SKYLARK.", "SKYLARK"),
    ],
)
def test_when_a_described_name_reports_or_sees_then_it_is_a_source_id(
    recognizer: CodenameRecognizer, text: str, expected: str
) -> None:
    assert (expected, Category.SOURCE, True) in found(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        # a group with an article, a list of names, a surname known by its first name
        "The RLB, a splinter faction of the Front, said in a leaflet that it would strike.",
        "KILN, RAVEN and the others said they would attack the bridge.",
        "Arno PELL, the cell's bomb-maker, said he would set the charge. PELL agreed.",
        # the agent of an attack, and a line in capitals
        "The bridge was bombed by the RLB in 2024; the convoy was attacked by ISIS fighters.",
        "TARGET SEEN BY PATROL ALPHA AT 0400.",
    ],
)
def test_when_a_described_name_is_a_group_or_plotter_then_it_is_no_source_id(
    recognizer: CodenameRecognizer, text: str
) -> None:
    assert [f for f in found(recognizer, text) if f[1] is Category.SOURCE] == []
