"""Tests for PersonnelRecognizer: the reporting side's people, as identifiers, and nobody else."""

import time

import pytest

import tearline
from tearline.analyze.recognizers.personnel_recognizer import PersonnelRecognizer
from tearline.categories import Category, identifier_entity, parse_entity

ENTITIES = [Category.PERSONNEL.value, identifier_entity(Category.PERSONNEL)]


@pytest.fixture(scope="module")
def recognizer() -> PersonnelRecognizer:
    return PersonnelRecognizer()


def names(recognizer: PersonnelRecognizer, text: str) -> set[str]:
    """The spans reported as PERSONNEL identifiers (whose other mentions go too)."""
    results = recognizer.analyze(text, entities=ENTITIES, nlp_artifacts=None)
    return {
        text[r.start : r.end]
        for r in results
        if parse_entity(r.entity_type) == (Category.PERSONNEL, True)
    }


def spans(recognizer: PersonnelRecognizer, text: str) -> set[str]:
    """The spans reported as plain PERSONNEL (lines, extensions, signature blocks)."""
    results = recognizer.analyze(text, entities=ENTITIES, nlp_artifacts=None)
    return {
        text[r.start : r.end]
        for r in results
        if parse_entity(r.entity_type) == (Category.PERSONNEL, False)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The case officer, Lena Drescher, met him at the cafe.", {"Lena Drescher"}),
        ("Please contact analyst Tom Reyes for details.", {"Tom Reyes"}),
        ("prepared by R. HALLORAN", {"R. HALLORAN"}),
        ("Handler: L. Drescher\nThe cell will strike.", {"L. Drescher"}),
        ("POC: Sgt. Marek Hollis", {"Sgt. Marek Hollis"}),
        ("1. (S) Handler: L. Drescher", {"L. Drescher"}),
        ("Case officer: J. Doe, ext. 4471", {"J. Doe"}),
        ("Ref: X-12 (requester: Capt. Nils Arvid, FP Cell)", {"Capt. Nils Arvid"}),
    ],
)
def test_when_a_role_labels_a_name_then_the_name_is_a_personnel_id(
    recognizer: PersonnelRecognizer, text: str, expected: set[str]
) -> None:
    assert names(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Handler: L. Drescher\nThe cell will strike.", {"Handler: L. Drescher"}),
        ("Case officer: J. Doe, ext. 4471", {"Case officer: J. Doe, ext. 4471", "ext. 4471"}),
        ("From: Desk 4\nThe cell will strike.", {"From: Desk 4"}),
        (
            "Investigator: Officer 4471, online covert unit\nThe cell will strike.",
            {"Investigator: Officer 4471, online covert unit"},
        ),
        (
            "FIU case: FIU-CT-26-0459   Referring analyst: P. Ndiaye\nThe cell will strike.",
            {"Referring analyst: P. Ndiaye"},
        ),
        # the whole sentence reaches our desk, and the extension within it
        # a wrap between the word and the number
        ("Halden desk, ext\n3318", {"ext\n3318"}),
        (
            "Call the desk on extension 4471.",
            {"Call the desk on extension 4471.", "extension 4471"},
        ),
    ],
)
def test_when_a_header_line_or_extension_reaches_our_side_then_it_is_found(
    recognizer: PersonnelRecognizer, text: str, expected: set[str]
) -> None:
    assert spans(recognizer, text) == expected


def test_when_a_signature_block_closes_the_report_then_block_and_name_are_found(
    recognizer: PersonnelRecognizer,
) -> None:
    text = "The cell will strike.\n\nKind regards,\nTom Reyes\nDesk 4\next. 4471"
    assert "Kind regards,\nTom Reyes\nDesk 4\next. 4471" in spans(recognizer, text)
    assert names(recognizer, text) == {"Tom Reyes"}


@pytest.mark.parametrize(
    ("block", "name"),
    [
        (
            "Halvard Quist\nRegional Security Intelligence Lead, East\n"
            "Mobile +254 700 555 018 | Signal: hquist.sec",
            "Halvard Quist",
        ),
        ("Dr Mira Lenz\nSecurity Adviser\nmira.lenz@ngo.example", "Mira Lenz"),
        ("Owen Tarrant\nWhatsApp only, after 18:00", "Owen Tarrant"),
        ("Chief of 3rd Department\nColonel V. Dragan", "V. Dragan"),
        ("Head of the Liaison Section\nMaj. Oskar Brandt", "Oskar Brandt"),
        ("For the Director\nDr Helga Voss", "Helga Voss"),
    ],
)
def test_when_a_last_block_opens_with_a_name_over_contact_details_then_it_is_a_signature(
    recognizer: PersonnelRecognizer, block: str, name: str
) -> None:
    text = f"The cell will strike the convoy on Thursday.\n\n{block}\n"
    assert block in spans(recognizer, text)
    assert name in names(recognizer, text)


@pytest.mark.parametrize(
    "block",
    [
        # the plotters' names and their own phones: no signature of ours
        "Dennis Fallow\nRyan Colley",
        "Marta Quillon\nwill fly the drone from the car park.",
        "Dennis Fallow\nleads the crew; his phone is 07700 900481.",
        # a titled plotter named under a sentence of the threat
        "The commander will lead the raid himself.\nColonel Rustam Halid",
    ],
)
def test_when_a_last_block_has_no_contact_line_under_a_bare_name_then_it_is_no_signature(
    recognizer: PersonnelRecognizer, block: str
) -> None:
    text = f"The cell will strike the convoy on Thursday.\n\n{block}\n"
    assert block not in spans(recognizer, text)


@pytest.mark.parametrize(
    ("block", "name", "signed"),
    [
        (
            "Head of the 3rd Department\nColonel R. MAVRIC  (signed)",
            "R. MAVRIC",
            True,
        ),
        ("Maj. Oskar Brandt (sgd.)", "Oskar Brandt", True),
        # a titled plotter over a sentence, and one with no mark of signing, in the middle
        ("The commander will lead the raid himself.\nColonel Rustam Halid (signed)", "", False),
        ("Head of the 3rd Department\nColonel R. MAVRIC", "", False),
    ],
)
def test_when_a_block_ends_in_a_titled_name_marked_signed_then_it_is_a_signature(
    recognizer: PersonnelRecognizer, block: str, name: str, signed: bool
) -> None:
    text = (
        f"The cell will strike the convoy on Thursday.\n\n{block}\n\n"
        "Distribution: copy 1 - addressee\n"
    )
    assert (block in spans(recognizer, text)) is signed
    if signed:
        assert name in names(recognizer, text)


def test_when_a_signature_gives_a_first_name_only_then_it_is_an_identifier(
    recognizer: PersonnelRecognizer,
) -> None:
    assert names(recognizer, "The cell will strike.\n\nRegards,\nLena\n") == {"Lena"}


def test_when_a_header_line_lists_several_names_then_each_is_an_identifier(
    recognizer: PersonnelRecognizer,
) -> None:
    assert names(recognizer, "cc: Tom Reyes, Lena Drescher") == {"Tom Reyes", "Lena Drescher"}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Interrogator: SSgt. K. Aldous, Team 3.", {"SSgt. K. Aldous"}),
        ("Prepared by: Section D4, mobile surveillance", set()),
        ("From: Desk Officer, Halden Unit", set()),
        (
            "Submitting officer: PC 2291 Aled Brannigan, Response Team C, Harrowdean North",
            {"PC 2291 Aled Brannigan"},
        ),
    ],
)
def test_when_a_header_line_names_a_unit_then_the_unit_is_no_identifier(
    recognizer: PersonnelRecognizer, line: str, expected: set[str]
) -> None:
    # "Team" as an identifier would remove every "team" of the attackers from the warning
    assert names(recognizer, line) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The van came from Mill Street on Friday.",
        "The analyst believes the cell will strike.",
        "The reporting officer noted the date.",
        "He came from the border. Regards to his family.",
        "The cell will strike.\nRegards,\n",
        "The gunmen will shoot the duty officer at the gate.",
        "Regards,\n" + "\n".join(f"Line {n}" for n in range(12)),
    ],
)
def test_when_no_officer_of_ours_is_named_then_nothing_is_found(
    recognizer: PersonnelRecognizer, text: str
) -> None:
    assert recognizer.analyze(text, entities=ENTITIES, nlp_artifacts=None) == []


@pytest.mark.parametrize(
    "text", ["Prepared by: The Desk", "The case officer, The Station, met him."]
)
def test_when_the_labelled_name_is_a_common_word_then_it_is_no_identifier(
    recognizer: PersonnelRecognizer, text: str
) -> None:
    assert names(recognizer, text) == set()


def test_when_personnel_is_not_asked_for_then_nothing_is_found(
    recognizer: PersonnelRecognizer,
) -> None:
    assert recognizer.analyze("Handler: L. Drescher", entities=[], nlp_artifacts=None) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Case update for DI Roisin Calder, from DC Tomas Breck",
            {"DI Roisin Calder", "DC Tomas Breck"},
        ),
        (
            "Interviewers: Sgt. Henrik Lunde and Insp. Carla Mbeki, Returns Unit",
            {"Sgt. Henrik Lunde", "Insp. Carla Mbeki"},
        ),
        (
            "Handled by: Maj. Owen Tarrant, with Capt. Ines Varga",
            {"Maj. Owen Tarrant", "Capt. Ines Varga"},
        ),
        (
            "Staff Sergeant Dale Okafor (interviewer) and Corporal Mia Renn (note-taker) met him.",
            {"Staff Sergeant Dale Okafor", "Corporal Mia Renn"},
        ),
        ("5. POC for this memo is SSgt Okafor, DSN 318-555-0142.", {"SSgt Okafor"}),
        ("The cell will strike.\n\nOwen Tarrant, Maj.\n", {"Owen Tarrant"}),
        ("Marek Holm\nDebriefing Officer, Joint Unit", {"Marek Holm"}),
        ("He was debriefed by Anna Sorel on Monday.", {"Anna Sorel"}),
    ],
)
def test_when_a_rank_role_or_closing_marks_one_of_ours_then_the_name_is_a_personnel_id(
    recognizer: PersonnelRecognizer, text: str, expected: set[str]
) -> None:
    assert names(recognizer, text) == expected


def test_when_a_signature_block_has_a_full_name_line_then_it_is_an_identifier(
    recognizer: PersonnelRecognizer,
) -> None:
    text = (
        "The cell will strike.\n\nRegards,\nTomas\nDC Tomas Breck | CT Investigations | ext. 5523"
    )
    assert names(recognizer, text) == {"Tomas", "DC Tomas Breck", "Tomas Breck"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("POC for this memo is SSgt Okafor, DSN 318-555-0142.", "DSN 318-555-0142"),
        ("Ring me on 07700 900418 if anything changes.", "me on 07700 900418"),
        (
            "Further interview on 16 Nov. Contact: Sgt. Lunde, ext. 7712",
            "Contact: Sgt. Lunde, ext. 7712",
        ),
        ("5. POC for this memo is SSgt Okafor.", "5. POC for this memo is SSgt Okafor."),
    ],
)
def test_when_a_line_or_number_reaches_one_of_ours_then_it_is_found(
    recognizer: PersonnelRecognizer, text: str, expected: str
) -> None:
    assert any(expected in found for found in spans(recognizer, text))


@pytest.mark.parametrize(
    "text",
    [
        "On the orders of commander Ruslan Oder, the faction will strike.",
        "Colonel Samir Dost will lead the ambush on Route Amber.",
        "The gang will kidnap the defence attache, Mr Anders Holt, on 12 October.",
        "The explosives will be handled by Lev Amsel at the farm.",
        "The cell is run by Oskar Ferrante from a flat in Brenholt.",
        "Two men will contact the guard at the north gate.",
    ],
)
def test_when_a_rank_or_verb_belongs_to_the_threat_then_no_officer_is_found(
    recognizer: PersonnelRecognizer, text: str
) -> None:
    assert names(recognizer, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Linguist: K. Abernathy (VX-LING-3)", {"K. Abernathy"}),
        ("Transcribed by: R. Olsen", {"R. Olsen"}),
    ],
)
def test_when_a_linguist_or_transcriber_is_named_then_the_name_is_a_personnel_id(
    recognizer: PersonnelRecognizer, text: str, expected: set[str]
) -> None:
    assert names(recognizer, text) == expected


def test_when_a_sentence_sends_questions_to_our_desk_then_the_line_is_found(
    recognizer: PersonnelRecognizer,
) -> None:
    text = "The cell will strike. Questions about this report should go to the desk at 555-0199."
    assert "Questions about this report should go to the desk at 555-0199." in spans(
        recognizer, text
    )


def test_when_a_header_line_joins_names_with_prepositions_then_the_joins_go_too(
    recognizer: PersonnelRecognizer,
) -> None:
    text = "Case update for DI Roisin Calder, from DC Tomas Breck\n\nThe cell will strike."
    assert {"for DI Roisin Calder", ", from DC Tomas Breck"} <= spans(recognizer, text)


def test_when_a_name_stands_in_a_sentence_then_its_preposition_stays(
    recognizer: PersonnelRecognizer,
) -> None:
    text = "The statement was taken by DC Tomas Breck."
    assert spans(recognizer, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Informant handler: PC 2291 Jess Okoro", {"PC 2291 Jess Okoro"}),
        ("Second officer: DS Amir Qadri", {"DS Amir Qadri"}),
        ("The cell will strike.\n\n/s/ J. Okoro\n", {"J. Okoro"}),
    ],
)
def test_when_a_collar_number_qualifier_or_signed_mark_is_used_then_the_name_is_found(
    recognizer: PersonnelRecognizer, text: str, expected: set[str]
) -> None:
    assert expected <= names(recognizer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For queries please contact Special Agent Liam Voss at the field office.", "Liam Voss"),
        ("Written by: Cpl. Joe Marr", "Cpl. Joe Marr"),
        ("Handling agent: Special Agent Kim Dahl", "Special Agent Kim Dahl"),
        ("The interview was conducted by Agent Rosa Kell and an interpreter.", "Agent Rosa Kell"),
    ],
)
def test_when_an_agent_or_author_of_ours_is_named_then_the_name_is_found(
    recognizer: PersonnelRecognizer, text: str, expected: str
) -> None:
    assert any(expected in name for name in names(recognizer, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "* Warn the organisers today.\n* Contact: Sgt. Dargan, ext. 5510, or the duty desk.",
            "* Contact: Sgt. Dargan, ext. 5510, or the duty desk.",
        ),
        (
            "- Block the lane.\n- Queries to: Insp. Mara Kell, Operations Room.",
            "- Queries to: Insp. Mara Kell, Operations Room.",
        ),
        (
            "\u2022 POC: J2 Ops watch, secure line.",
            "\u2022 POC: J2 Ops watch, secure line.",
        ),
    ],
)
def test_when_a_bulleted_item_gives_a_contact_then_the_whole_item_is_found(
    recognizer: PersonnelRecognizer, text: str, expected: str
) -> None:
    assert expected in spans(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        "* Contacts between the cell and the driver began in May.",
        "- The cell will contact the guard at the gate.",
    ],
)
def test_when_a_bulleted_item_tells_of_the_plot_s_contacts_then_no_contact_line_is_found(
    recognizer: PersonnelRecognizer, text: str
) -> None:
    assert not any(span.startswith(("*", "-")) for span in spans(recognizer, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cell will strike. In case of questions\nplease contact Major Irena Vlk.",
            "In case of questions\nplease contact Major Irena Vlk.",
        ),
        (
            "The cell will strike. If you have any queries, please call Sgt. Lunde.",
            "If you have any queries, please call Sgt. Lunde.",
        ),
    ],
)
def test_when_a_request_for_questions_wraps_or_opens_otherwise_then_the_line_is_found(
    recognizer: PersonnelRecognizer, text: str, expected: str
) -> None:
    assert expected in spans(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        "In case of questions at the gate, the cell will contact the guard.",
        "If you have questions, the cell said, call the ferry office.",
    ],
)
def test_when_questions_belong_to_the_plot_then_no_request_line_is_found(
    recognizer: PersonnelRecognizer, text: str
) -> None:
    assert not any("questions" in span for span in spans(recognizer, text))


@pytest.mark.parametrize(
    "text",
    [
        "Contact with the cell was lost on 3 May.",
        "The cell will contact the guard before the attack.",
    ],
)
def test_when_contact_is_part_of_the_plot_then_no_contact_line_is_found(
    recognizer: PersonnelRecognizer, text: str
) -> None:
    assert spans(recognizer, text) == set()


def test_when_a_present_line_lists_the_interview_party_then_it_is_found(
    recognizer: PersonnelRecognizer,
) -> None:
    line = "Present: interviewer A. Sayer; interpreter; the detainee's lawyer."
    text = f"{line}\n\nThe cell will strike."
    assert line in spans(recognizer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a grade number between the role and the name
        ("Report submitted by Custody Officer 2 Neil Ashdown, Wing C", {"Neil Ashdown"}),
        # a second role before the name, and a column gap that ends it
        (
            "Interviewer: Case Worker Ilse Maren    Linguist: Farid Osei (Dari/English)",
            {"Ilse Maren", "Farid Osei"},
        ),
        ("Patrol commander: Lt Oskar Brandt    Interpreter: Sami", {"Lt Oskar Brandt", "Sami"}),
        # a work name in quotes
        ('Our interpreter "Sami" translated.', {"Sami"}),
        ("Report by: Lt Brandt, callsign HUNTER 21", {"Lt Brandt"}),
    ],
)
def test_when_a_custody_officer_case_worker_or_patrol_commander_is_named_then_it_is_an_id(
    recognizer: PersonnelRecognizer, text: str, expected: set[str]
) -> None:
    assert names(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cell will strike.\n\nH. Morrow, Duty Officer, Hotline Desk\n", "H. Morrow"),
        ("The cell will strike.\n\nR. Voss, Regional Desk | r.voss@example.gov\n", "R. Voss"),
        ("The cell will strike.\n\nIlse Maren, Case Worker, Dunmore Centre\n", "Ilse Maren"),
    ],
)
def test_when_the_last_line_signs_with_initials_or_a_desk_then_the_signer_is_an_id(
    recognizer: PersonnelRecognizer, text: str, expected: str
) -> None:
    assert expected in names(recognizer, text)


def test_when_a_signature_labels_a_desk_phone_then_the_number_is_found(
    recognizer: PersonnelRecognizer,
) -> None:
    text = "The cell will strike.\n\nR. Voss | desk: 0113 496 0558"
    assert any("0113 496 0558" in found for found in spans(recognizer, text))


@pytest.mark.parametrize(
    "text",
    [
        "The gang will shoot the custody officer at the van door on 3 June.",
        "Omar Haddi, commander of the Black Wadi Front, will lead the ambush.",
        "The cell will strike.\n\nOmar Haddi, Black Wadi Front\n",
        "The bomb will be placed by the desk at the hotel entrance.",
        # roles in the plural list who is told, and the place after them is no one's name
        "Distribution: Site Security Managers, Tallis Ridge only",
        # a job whose plural is a role word, naming the plotters
        "Two baggage handlers, Dean Colley and Marek Stasiak, plan to place a bomb in the hold.",
        # a cable's sending post is an embassy, not a person
        "FROM: AMEMBASSY VELDRA\nTO: SECSTATE WASHDC IMMEDIATE",
    ],
)
def test_when_the_plotters_or_their_targets_hold_the_role_then_no_officer_is_found(
    recognizer: PersonnelRecognizer, text: str
) -> None:
    assert names(recognizer, text) == set()


def test_when_a_capitalized_heading_follows_a_role_then_it_is_no_identifier(
    recognizer: PersonnelRecognizer,
) -> None:
    # "LOG" and "SUMMARY" as identifiers would remove every "log" and "summary" of the text
    assert names(recognizer, "COUNTER TERRORISM HOTLINE - DUTY OFFICER LOG SUMMARY") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shift: night, duty officer Sgt Hannah Morrow (ext. 2290)",
            ", duty officer Sgt Hannah Morrow",
        ),
        ("Patrol commander assessment: credible.", "Patrol commander assessment: credible."),
        ("Interpreter note: he was nervous.", "Interpreter note: he was nervous."),
    ],
)
def test_when_a_header_line_holds_our_role_or_its_comment_then_the_role_goes_too(
    recognizer: PersonnelRecognizer, text: str, expected: str
) -> None:
    assert expected in spans(recognizer, text)


def test_when_the_role_and_name_stand_in_prose_then_the_role_stays(
    recognizer: PersonnelRecognizer,
) -> None:
    text = "The case officer, Lena Drescher, met him at the cafe."
    assert spans(recognizer, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cell will strike.\n\nJon\nJ. Pryce | Desk Officer | tel 0161 496 0712\n",
            {"Jon", "J. Pryce"},
        ),
        ("The cell will strike.\n\nThanks\nJ. Pryce | Desk Officer\n", {"J. Pryce"}),
    ],
)
def test_when_a_signature_line_is_split_by_bars_then_the_signer_and_sign_off_are_ids(
    recognizer: PersonnelRecognizer, text: str, expected: set[str]
) -> None:
    assert names(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Terp: Hamid", {"Hamid"}),
        ("Reporting soldier: Pte Amos Kell, 2 Section", {"Pte Amos Kell"}),
    ],
)
def test_when_a_military_report_names_its_soldier_or_terp_then_the_name_is_an_id(
    recognizer: PersonnelRecognizer, text: str, expected: set[str]
) -> None:
    assert names(recognizer, text) == expected


@pytest.mark.parametrize(
    "closing",
    [
        "Please accept, dear colleagues, the assurance of our highest consideration.",
        "Yours faithfully,",
        "With respect,",
    ],
)
def test_when_a_letter_closes_with_a_formula_then_the_block_after_it_is_a_signature(
    recognizer: PersonnelRecognizer, closing: str
) -> None:
    text = f"The cell will strike.\n\n{closing}\n\nCommissaire J.-P. Aubert\nChef d'antenne\n"
    assert any(s.startswith(closing) and "Aubert" in s for s in spans(recognizer, text))


def test_when_consideration_is_part_of_the_threat_then_no_signature_is_found(
    recognizer: PersonnelRecognizer,
) -> None:
    text = "The cell gave the plan careful consideration.\nThey will strike on Friday.\n"
    assert spans(recognizer, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mail client's "Surname, Given" is one person, both names identifiers
        ("From: Nandi, Priya (CT Liaison) <p.nandi@ctl.example.gov>", {"Nandi, Priya"}),
        # a roster line led by dots, after a field number
        ("05  Recorded by ............ Sgt. Ilona Brask, screening team", {"Sgt. Ilona Brask"}),
        # an attendance carried on to an indented line, a post before the name
        (
            "Attending:  for us, Deputy Head of Section Agnes Fallow and analyst Ben Orrick;\n"
            "            for them, Colonel Tavi Renk (head of their external bureau)",
            {"Agnes Fallow", "Ben Orrick", "Colonel Tavi Renk"},
        ),
        # one of the writer's people named in passing
        ("My deputy, Johanna, will be on duty.", {"Johanna"}),
        # the header of a message quoted in a forwarded e-mail, once or twice
        ("> From: Oda Varell <o.varell@desk.example.gov>", {"Oda Varell"}),
        (">> From: Teodor Lusk\n>> Sent: Monday, 2 March 2026 10:04", {"Teodor Lusk"}),
        ("> cc: Pim Astor, Lena Drescher", {"Pim Astor", "Lena Drescher"}),
        # an attendance list that ends its line in a comma or a semicolon goes on below,
        # unindented, and names each party's people after its label
        (
            "Present: H. Lindqvist (Head of CT Liaison), J. Abara (note-taker);\n"
            "Col. Edric Mavros and Maj. S. Ilyin, Tavrosian Security Directorate (TSD)",
            {"H. Lindqvist", "J. Abara", "Col. Edric Mavros", "Maj. S. Ilyin"},
        ),
        (
            "Present: K. Ashdown (Head of Liaison), M. Pereira (CT analyst);\n"
            "for the Tessalian National Security Office (NSO): Col. D. Rusev,\n"
            "Maj. A. Kerrigan\n"
            "The team is led by Ivo Rastelli.",
            {"K. Ashdown", "M. Pereira", "Col. D. Rusev", "Maj. A. Kerrigan"},
        ),
        # the list ends without a comma: the next line is the report's own
        (
            "Present: K. Ashdown (Head of Liaison), M. Pereira (CT analyst)\n"
            "Ivo Rastelli, Tessalian Embassy, is the target.",
            {"K. Ashdown", "M. Pereira"},
        ),
        # an attendance block: a label alone on its line over one name a line
        (
            "Present:\n- H. Moss (chair)\n- Col. Ivo Marsh (TSD)\n\nThe cell will strike.",
            {"H. Moss", "Col. Ivo Marsh"},
        ),
        (
            "ATTENDEES\nH. Moss (chair)\nCol. Ivo Marsh, Tavrosian Security Directorate\n\n"
            "Arno Pell will strike.",
            {"H. Moss", "Col. Ivo Marsh"},
        ),
        # a heading that only mentions attendance names no one
        ("Attendance at the rally\nArno Pell will strike on 3 May.", set()),
        # a greeting names whoever the report was written to
        ("Dear Oriel,\n\nThe crew will strike.", {"Oriel"}),
        ("Hi Maj. Tarrant -\n\nThe crew will strike.", {"Tarrant"}),
        ("Dear Colleagues,\n\nThe crew will strike.", set()),
        ("Dear all,\n\nThe crew will strike.", set()),
        (
            "From: T. Belker <t.belker@lsis.example.lu>\nSubject: acid attack\n\n"
            "Dear Oriel,\n\nThe crew will strike.",
            {"T. Belker", "Oriel"},
        ),
        # a letter of the plotters, quoted in the report: its greeting names one of them
        (
            "The courier carried a letter that read as follows.\n\nDear Arno,\n"
            "The package arrives Friday.",
            set(),
        ),
    ],
)
def test_when_a_header_roster_or_the_writer_names_staff_then_the_name_is_an_identifier(
    recognizer: PersonnelRecognizer, text: str, expected: set[str]
) -> None:
    assert names(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Duty Inspector ......  Insp. Mara Quellin (callsign Oscar-4)", "callsign Oscar-4"),
        ("  Intelligence desk ...  DS Colm Hardy, pager 0776 118", "pager 0776 118"),
        (
            "Matrix compiled by T. Quist, Transit Intelligence Cell. Queries to t.quist@x.example",
            "Matrix compiled by T. Quist, Transit Intelligence Cell.",
        ),
        ("Queries to t.quist@tic.example.gov", "Queries to t.quist@tic.example.gov"),
        (
            "My deputy, Johanna, will be on duty over the weekend on +49 30 5550 1187.",
            "My deputy, Johanna, will be on duty over the weekend on +49 30 5550 1187.",
        ),
    ],
)
def test_when_a_callsign_pager_byline_or_staff_number_reaches_ours_then_it_is_found(
    recognizer: PersonnelRecognizer, text: str, expected: str
) -> None:
    assert expected in spans(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        # a post signs with no name; a capitalized noun after a roster label is no name
        "The cell will strike.\n\nRegards,\nDeputy Head, Halden Section",
        "  Out of hours ........  Control room, ask for the night duty officer",
        # the target's deputy, and a number that is the plotters'
        "The deputy mayor, Ilse Varo, will open the fair.",
        "Their colleague Dario Feld will call +44 7700 900123 on the day.",
    ],
)
def test_when_no_name_of_ours_stands_in_a_post_or_a_phrase_then_no_identifier_is_found(
    recognizer: PersonnelRecognizer, text: str
) -> None:
    assert names(recognizer, text) == set()


def test_when_a_by_phrase_is_the_plotters_then_the_line_is_no_byline(
    recognizer: PersonnelRecognizer,
) -> None:
    text = "Devices prepared by Arno Pell will be used on Friday."
    assert text not in spans(recognizer, text)


def test_when_a_header_gives_a_place_as_two_words_then_it_is_no_inverted_name(
    recognizer: PersonnelRecognizer,
) -> None:
    assert "Dover, Kent" not in names(recognizer, "From: Dover, Kent\nThe cell will strike.")


def test_when_a_sentence_gives_the_reader_our_extension_then_the_sentence_is_found(
    recognizer: PersonnelRecognizer,
) -> None:
    text = (
        "Marta will update you if anything changes; otherwise speak to the duty analyst on "
        "extension 3321."
    )
    assert text in spans(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The cell will call the hotel on +44 7700 900123 before the attack.",
        "Pell will ring Dorn on 07700 900418 when the van is loaded.",
    ],
)
def test_when_the_call_is_the_plotters_then_the_sentence_is_no_contact(
    recognizer: PersonnelRecognizer, text: str
) -> None:
    assert text not in spans(recognizer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Handled by: Sgt. Ruth Calloway. Ruth will re-contact the source on 22 September.",
            "Ruth will re-contact the source on 22 September.",
        ),
        (
            "Submitted by: PC 4471 Dana Welsby\n\nDana Welsby will submit a further log.",
            "Dana Welsby will submit a further log.",
        ),
        # an act of ours hard-wrapped onto the next line takes that line too
        (
            "Present: M. Pereira (analyst)\n\n"
            "- M. Pereira to draft a tearline warning for the embassy by\n"
            "  28 October.\n- K. Ashdown to raise cover.",
            "- M. Pereira to draft a tearline warning for the embassy by\n  28 October.",
        ),
        # ... up to its full stop: the threat after it on the wrapped line stays
        (
            "Present: M. Pereira (analyst)\n\n"
            "- M. Pereira to draft a tearline warning for the embassy by\n"
            "  28 October. The cell will bomb the embassy on 2 November.",
            "- M. Pereira to draft a tearline warning for the embassy by\n  28 October.",
        ),
        # a judgement of ours about the source is what we do, not what we were told
        (
            "Handled by: Capt. Ian Salcombe\n\n"
            "Salcombe assesses him as truthful on the plan but vague about dates.",
            "Salcombe assesses him as truthful on the plan but vague about dates.",
        ),
        # an action item's label before the name
        (
            "Present: H. Lindqvist (Head of CT Liaison)\n\n"
            "5. ACTION: Lindqvist to pass a sanitised warning to the port police\n"
            "by 8 December. Next exchange: January.",
            "5. ACTION: Lindqvist to pass a sanitised warning to the port police\nby 8 December.",
        ),
    ],
)
def test_when_one_of_ours_is_the_subject_of_a_sentence_then_the_sentence_is_found(
    recognizer: PersonnelRecognizer, text: str, expected: str
) -> None:
    assert expected in spans(recognizer, text)


def test_when_a_sentence_of_ours_names_the_threat_then_it_is_not_taken_whole(
    recognizer: PersonnelRecognizer,
) -> None:
    text = "Handled by: Sgt. Ruth Calloway. Ruth says the gunmen will attack the church."
    assert "Ruth says the gunmen will attack the church." not in spans(recognizer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reporting person ....... Constable Ivo Petrak, collar 5521", "collar 5521"),
        ("Taken by PCSO Lia Marsh, badge no. 3381.", "badge no. 3381"),
    ],
)
def test_when_a_constable_and_a_service_number_are_given_then_both_are_ours(
    recognizer: PersonnelRecognizer, text: str, expected: str
) -> None:
    assert expected in spans(recognizer, text)
    assert names(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The cell will shoot Chief Constable Maria Holt on Friday.",
        "He is paid to shoot Police Commissioner Halvard Brun at the funeral.",
        "They will kidnap Police Chief Ana Ruiz on Friday.",
    ],
)
def test_when_a_force_head_is_named_then_no_officer_of_ours_is_found(
    recognizer: PersonnelRecognizer, text: str
) -> None:
    assert names(recognizer, text) == set()


def test_when_a_police_rank_names_an_officer_then_it_is_ours(
    recognizer: PersonnelRecognizer,
) -> None:
    assert names(recognizer, "Police Inspector Ruth Lane will brief the team.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "FROM: AMEMBASSY VELDRA\nSUBJECT: Threat\n\n1. The cell will strike.\n\nNAPIER\n",
            {"NAPIER"},
        ),
        ("FROM: AMEMBASSY VELDRA\n\n1. The cell will strike.\n\nENDS\n", set()),
        ("SUMMARY\n\n1. The cell will strike.\n\nNAPIER\n", set()),
        (
            "TAGS: PTER, ASEC\nSUBJECT: Threat\n\n1. The cell will strike.\n\nHALVERSEN\n",
            {"HALVERSEN"},
        ),
        ("E.O. 13526: DECL: 1/1/2036\n\n1. The cell will strike.\n\nMORROW\n", {"MORROW"}),
        ("NOFORN\nSIPDIS\n\n1. The cell will strike. END COMMENT.\n\nQUILL\n", {"QUILL"}),
        ("TAGS: PTER, ASEC\n\n1. The cell will strike.\n\nNNNN\n", set()),
    ],
)
def test_when_a_cable_ends_with_a_capitalized_surname_then_the_signer_is_an_id(
    recognizer: PersonnelRecognizer, text: str, expected: set[str]
) -> None:
    assert names(recognizer, text) == expected


def test_when_an_aid_agency_names_its_security_focal_point_then_the_name_is_an_id(
    recognizer: PersonnelRecognizer,
) -> None:
    text = "Suspend all movement.\nArea Security Focal Point: Lena Marsh, +254 700 555 019."
    assert "Lena Marsh" in names(recognizer, text)


def test_when_a_header_line_ends_with_an_organization_then_only_the_person_is_an_id(
    recognizer: PersonnelRecognizer,
) -> None:
    text = "From: Marcus Feld, Director of Security, Grand Meridian Hotel\nThe cell will strike."
    assert names(recognizer, text) == {"Marcus Feld"}


def test_when_a_signature_gives_the_collar_number_after_the_name_then_it_goes(
    recognizer: PersonnelRecognizer,
) -> None:
    text = "The cell will strike.\n\nPC R. Sandhu 4471, Eastgate NPT"
    assert "4471" in spans(recognizer, text)


def test_when_names_follow_a_plural_role_of_ours_then_they_are_found(
    recognizer: PersonnelRecognizer,
) -> None:
    text = "Case officers, Jan Holm and Eva Lind, met the contact on Friday."

    assert "Jan Holm" in names(recognizer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Duty Officer: Insp. Mirela Campeanu   Chief JOC: Col. B. Sarafov   G2 Ops: Maj. "
            "Anton Ljubic",
            {"Insp. Mirela Campeanu", "Col. B. Sarafov", "Maj. Anton Ljubic"},
        ),
        ("0842 G2 Ops (Maj. Ljubic): phone call from the port.", {"Maj. Ljubic"}),
        ("1900 DO: handover to night DO (Sgt. Pavlik).", {"Sgt. Pavlik"}),
        ("0700 Handed over to day watch (R. Quenby).", {"R. Quenby"}),
        # the plotters' own watch, and a bracket that names no one of ours
        ("0700 The gang's lookout took the day watch (Tuesday).", set()),
        ("0700 Pell keeps the night watch (Lee Pell) at the yard.", set()),
        ("Chief JOC: Col. B. Sarafov", {"Col. B. Sarafov"}),
        (
            "OC: Maj T. Brennan   2IC: Capt L. Osei   Ops Offr: Lt F. Adair",
            {"Maj T. Brennan", "Capt L. Osei", "Lt F. Adair"},
        ),
        ("Cleared: Ms. T. Achterberg, Chief JOC", {"Ms. T. Achterberg"}),
        ("Hub Monitoring Officer: Ms Katalin Varga", {"Ms Katalin Varga"}),
        ("Approved: Deputy Hub Leader (Mr S. Oduya)", {"Mr S. Oduya"}),
        (
            "The cell will strike.\n\nFor the Director General\nCol. Andrija Mestrovich\n"
            "Head of External Liaison Department\nTel. +381 11 555 0190\n",
            {"Col. Andrija Mestrovich", "Andrija Mestrovich"},
        ),
    ],
)
def test_when_a_header_row_post_or_signing_formula_names_one_of_ours_then_it_is_an_id(
    recognizer: PersonnelRecognizer, text: str, expected: set[str]
) -> None:
    assert names(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit's abbreviation after the writer's name, and an addressee's column
        (
            "fr: DS Okonkwo-Reyes, SB Ops Rm x5530      to: Prot Sec duty insp",
            {"DS Okonkwo-Reyes"},
        ),
        ("The militia commander (Col. Hadi Rahm) will lead the raid.", set()),
        ("G2 ASSESSMENT: The VBIEDs are likely to be water tankers.", set()),
        # a post's letters inside a longer word are no post: "DOC", "PROTOCOL"
        ("DOC: Dr Jane Smith will host the gala the cell plans to bomb.", set()),
        ("For the Director General's visit on 3 May, the cell plans a car bomb.", set()),
        # a post and a call sign on a drafted line: no name, so "officer" and "patrol" stay
        ("Drafted: Monitoring Officer, Patrol D-14", set()),
        ("Drafted: Watch Keeper, Hub Patrol 7", set()),
        ("Point of contact: GSOC Duty Manager, 24/7, +44 20 7946 0999", set()),
    ],
)
def test_when_a_post_or_column_holds_no_name_of_ours_then_no_identifier_is_found(
    recognizer: PersonnelRecognizer, text: str, expected: set[str]
) -> None:
    assert names(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officer in case: DS M. Quinn", {"DS M. Quinn"}),
        ("OIC: PC 2291 Gareth Hollins", {"PC 2291 Gareth Hollins"}),
        ("Intelligence passed to DI R. Hayes at 09:30.", {"DI R. Hayes"}),
        # two ranks before the name: the second is no given name
        ("Det. Insp. Harrow met the caller on 2 May.", {"Det. Insp. Harrow"}),
        ("Det Supt Ivo Marsh met the caller on 2 May.", {"Det Supt Ivo Marsh"}),
        ("Authorised for release: Ms P. Hartigan", {"Ms P. Hartigan"}),
        ("Sign-off: I. Bozic / HoO approval pending", {"I. Bozic"}),
        ("Approving official: Lt. Dana Ruiz", {"Lt. Dana Ruiz"}),
        ("Releasing officer: Capt Omar Reyes", {"Capt Omar Reyes"}),
        ("Reviewer: Senior Analyst M. Duarte", {"M. Duarte"}),
        ("Rédacteur : Adjudant Marc Lefort", {"Adjudant Marc Lefort"}),
        ("Verfasser: Jonas Brandt", {"Jonas Brandt"}),
        (
            "Reporting officer: National Mobile Team Member (NMTM) Irena Bozic",
            {"Irena Bozic"},
        ),
    ],
)
def test_when_an_officer_in_case_or_an_initialled_officer_is_named_then_it_is_an_id(
    recognizer: PersonnelRecognizer, text: str, expected: set[str]
) -> None:
    assert names(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The officer in charge of the depot, Tom Hale, is the target.",
        "Chief Constable M. Holt will open the fair.",
    ],
)
def test_when_an_officer_in_charge_is_the_target_in_prose_then_no_id_is_found(
    recognizer: PersonnelRecognizer, text: str
) -> None:
    assert names(recognizer, text) == set()


def test_when_a_radio_line_gives_our_channel_and_callsign_then_the_line_is_found(
    recognizer: PersonnelRecognizer,
) -> None:
    assert "Radio: Channel 4, callsign SIOC" in spans(
        recognizer, "The cell will strike.\nRadio: Channel 4, callsign SIOC"
    )


def test_when_a_radio_line_is_the_plotters_then_no_contact_line_is_found(
    recognizer: PersonnelRecognizer,
) -> None:
    assert spans(recognizer, "Radio: the cell will use handheld sets on the day.") == set()


def test_when_a_roster_line_opens_with_a_post_and_its_holder_then_the_line_goes(
    recognizer: PersonnelRecognizer,
) -> None:
    text = "OC: Maj T. Brennan   2IC: Capt L. Osei\nThe cell will fire rockets at CP GOLF."
    assert "OC: Maj T. Brennan   2IC: Capt L. Osei" in spans(recognizer, text)


def test_when_a_post_word_labels_the_threat_then_no_roster_line_is_found(
    recognizer: PersonnelRecognizer,
) -> None:
    text = "OC: the cell will fire rockets at CP GOLF on 24 May."
    assert spans(recognizer, text) == set()


THREAT_LINE = "The cell will attack the depot on Friday."


@pytest.mark.parametrize(
    "footer",
    [
        # where the recipient's questions go, and who helped write it
        "Please direct any follow-up to Lt. Kira Voss at the Joint Intelligence Cell.",
        "Thanks to Claire Dunmore for translation.",
        # a signature under "Signed," with its post
        "Signed,\nKarin Moss\nHead of Station",
        # a byline of names and titles, without a colon
        "Prepared by K. Moss, Senior Analyst, Threat Assessment Unit.",
    ],
)
def test_when_a_footer_names_one_of_ours_then_the_release_keeps_only_the_threat(
    footer: str,
) -> None:
    released = tearline.redact(f"{THREAT_LINE}\n\n{footer}\n", "duty-to-warn").text or ""

    assert released.strip() == THREAT_LINE


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to the bad weather, the attack was postponed to Friday.",
        "The cell will send any questions to its leader before the attack.",
        "Written by Pell, the note says the attack will take place on Friday.",
    ],
)
def test_when_thanks_or_a_byline_belong_to_the_plot_then_the_threat_stays(text: str) -> None:
    released = tearline.redact(text, "duty-to-warn").text or ""

    assert "Friday" in released or "attack" in released


def test_when_a_remark_of_ours_names_a_plotter_then_he_is_no_name_of_ours(
    recognizer: PersonnelRecognizer,
) -> None:
    text = "4. ANALYST COMMENT: ANTAL ACCOUNTS TASKED SINCE 04 MAR 26.\nANTAL WILL LEAD."
    assert "ANTAL" not in names(recognizer, text)


def test_when_a_last_block_is_long_and_ends_in_spaces_then_matching_stays_fast(
    recognizer: PersonnelRecognizer,
) -> None:
    text = "Tom Reyes\n" + ("word " * 3000 + "\n") * 7 + "   "
    started = time.process_time()
    spans(recognizer, text)
    assert time.process_time() - started < 2


@pytest.mark.parametrize(
    ("rule", "text", "expected"),
    [
        ("post-name", "G2 Ops (Maj. Ljubic) will attend.", True),
        ("post-name", "night DO ( Sgt. Pavlik ) on duty", True),
        ("post-name", "G2 Ops will attend (Tuesday).", False),
        ("post-name", "handover to day watch (R. Quenby).", True),
        ("post-name", "handover to day watch (Quenby).", False),
        ("name-role", "Dale Okafor (interviewer) met him.", True),
        ("name-role", "Dale Okafor (the cousin) met him.", False),
    ],
)
def test_when_a_rule_needs_a_bracket_then_it_matches_only_where_the_bracket_stands(
    rule: str, text: str, expected: bool
) -> None:
    patterns = {
        "post-name": PersonnelRecognizer.POST_NAME,
        "name-role": PersonnelRecognizer.NAME_ROLE,
    }
    assert bool(PersonnelRecognizer.BRACKETS[rule].search(text)) is expected
    assert bool(patterns[rule].search(text)) is expected


@pytest.mark.parametrize(
    "text",
    [
        # a partner's officer telling the plot: his frame goes, the plot stays
        "Present:\n  Col. Andrei Vestrin, head of section\n\n"
        "2. The threat. Vestrin said the Black Meridian plans to release chlorine\n"
        "gas into the ventilation of the arena on 3 October.",
        "Handled by: Sgt. Ruth Calloway. Ruth added that the crew plans to torch the depot.",
    ],
)
def test_when_one_of_ours_tells_what_was_learnt_then_the_sentence_is_no_act_of_ours(
    recognizer: PersonnelRecognizer, text: str
) -> None:
    told = (
        text[text.rindex(". ") + 2 :]
        if "Ruth added" in text
        else text[text.index("Vestrin said") :]
    )
    assert told not in spans(recognizer, text)


def test_when_a_unit_name_follows_the_signer_then_only_the_person_is_a_name(
    recognizer: PersonnelRecognizer,
) -> None:
    # "Joint Threat Assessment" opens the unit's name: read as a name, every "threat" went
    text = "Prepared by: Dr Hannah Ashby-Penrose, Joint Threat Assessment Group (JTAG)"
    found = names(recognizer, text)
    assert "Joint Threat Assessment" not in found
    assert any("Ashby-Penrose" in name for name in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Opened by: Mara Ilves (Site Security Lead)\n\n[2027-03-02 07:15] Mara Ilves\n"
            "The caller says Jon Tarr will burn the depot.\n\n"
            "[2027-03-02 08:02] Piet Lohan (Head of Security)\nNoted.",
            {"Mara Ilves", "Piet Lohan"},
        ),
        # a chat whose speakers no line names as ours: the plotters stay
        (
            "[2027-03-02 07:15] Jon Tarr\nthe depot burns friday\n\n"
            "[2027-03-02 08:02] Lee Vane\nok",
            set(),
        ),
        # a stamp with the message on the same line is a chat line, not an entry's header
        (
            "Opened by: Mara Ilves\n[07:15] Mara Ilves: the caller rang back\n"
            "[08:02] Jon Tarr says he will burn the depot",
            {"Mara Ilves"},
        ),
    ],
)
def test_when_one_entry_of_a_thread_is_by_one_of_ours_then_every_author_is_an_id(
    recognizer: PersonnelRecognizer, text: str, expected: set[str]
) -> None:
    assert names(recognizer, text) == expected


def test_when_a_thread_entry_is_ours_then_its_header_line_goes_whole(
    recognizer: PersonnelRecognizer,
) -> None:
    text = (
        "Opened by: Mara Ilves\n\n[2027-03-02 07:15] Mara Ilves\nThe caller rang.\n\n"
        "[2027-03-02 08:02] Piet Lohan (Head of Security)\nNoted."
    )
    assert "[2027-03-02 08:02] Piet Lohan (Head of Security)" in spans(recognizer, text)


@pytest.mark.parametrize(
    ("text", "expected_names", "expected_spans"),
    [
        (
            "The cell will bomb the depot.\n\nG2 watchkeeper - Capt P. Lowe, x3304\nDara\n//END//",
            {"Dara"},
            {"G2 watchkeeper - Capt P. Lowe, x3304", "Dara"},
        ),
        (
            "The cell will bomb the depot.\n\nDrafted KV / 140540Z\nKarel\nBT\nNNNN",
            {"Karel"},
            {"Drafted KV / 140540Z", "Karel"},
        ),
        (
            "The cell will bomb the depot.\n\nDrafted KV / 140540Z\n",
            set(),
            {"Drafted KV / 140540Z"},
        ),
        (
            "Watch keeper - Sgt Hana Ruiz\nThe cell will bomb the depot.",
            set(),
            {"Watch keeper - Sgt Hana Ruiz"},
        ),
    ],
)
def test_when_a_first_name_or_drafter_closes_the_report_then_it_is_found(
    recognizer: PersonnelRecognizer, text: str, expected_names: set[str], expected_spans: set[str]
) -> None:
    assert expected_names <= names(recognizer, text)
    assert expected_spans <= spans(recognizer, text) | names(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        # a last line under a sentence of the threat, and a word of a message's end
        "The cell will bomb the depot.\nKarel\nBT",
        "G2 watchkeeper - Capt P. Lowe, x3304\nNNNN\nBT",
        "G2 watchkeeper - Capt P. Lowe, x3304\nRegards",
        # the plotters' drafting, in a sentence
        "Drafted by the cell in March, the plan names the depot.",
    ],
)
def test_when_no_sign_off_closes_the_report_then_no_first_name_is_found(
    recognizer: PersonnelRecognizer, text: str
) -> None:
    results = recognizer.analyze(text, entities=ENTITIES, nlp_artifacts=None)
    assert not any(
        (
            r.analysis_explanation is not None
            and r.analysis_explanation.pattern_name in ("drafter-line",)
        )
        or text[r.start : r.end] in ("Karel", "NNNN", "BT", "Regards")
        for r in results
    )


@pytest.mark.parametrize(
    ("text", "expected_names", "expected_spans"),
    [
        (
            "The cell will attack.\n\n- K. Lindqvist, CT Analysis, x4471",
            {"K. Lindqvist"},
            {"- K. Lindqvist, CT Analysis, x4471"},
        ),
        ("The cell will attack.\n\n-- J. R. Tallis", {"J. R. Tallis"}, {"-- J. R. Tallis"}),
        ("The cell will attack.\n\nPK/jm", set(), {"PK/jm"}),
        ("The cell will attack.\n\nMR/tl 14 MAY 26", set(), {"MR/tl 14 MAY 26"}),
    ],
)
def test_when_a_report_ends_in_a_dashed_signature_or_typists_initials_then_they_are_found(
    recognizer: PersonnelRecognizer, text: str, expected_names: set[str], expected_spans: set[str]
) -> None:
    assert names(recognizer, text) == expected_names
    assert expected_spans <= spans(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        "- K. Lindqvist will drive the van.\nThe cell will attack.",
        "- K. Lindqvist will drive the van.",
        "The gang will shoot DI Carla Moss, who leads the murder inquiry.",
        "They plan to kidnap DS Tom Pell on Friday.",
        "The gang targeted DC Ann Roe at her home.",
        "The flat is on the A/B road.",
    ],
)
def test_when_a_dashed_line_or_an_officer_belongs_to_the_threat_then_no_one_of_ours_is_found(
    recognizer: PersonnelRecognizer, text: str
) -> None:
    assert names(recognizer, text) == set()
    assert spans(recognizer, text) == set()


@pytest.mark.parametrize(
    ("text", "expected_names", "expected_spans"),
    [
        ("Tel ext 3390 / secure 7731", set(), {"ext 3390", "secure 7731"}),
        (
            "Ops officer on duty: Lt Sara Quist (mob. 07700 900871)",
            {"Lt Sara Quist"},
            {"Ops officer on duty: Lt Sara Quist (mob. 07700 900871)"},
        ),
        ("Officer i/c: Sgt Ben Ruse", {"Sgt Ben Ruse"}, {"Officer i/c: Sgt Ben Ruse"}),
    ],
)
def test_when_a_secure_line_or_a_post_held_on_duty_reaches_one_of_ours_then_it_is_found(
    recognizer: PersonnelRecognizer, text: str, expected_names: set[str], expected_spans: set[str]
) -> None:
    assert names(recognizer, text) == expected_names
    assert expected_spans <= spans(recognizer, text)


@pytest.mark.parametrize(
    ("text", "expected_names", "expected_spans"),
    [
        (
            "The cell will attack.\n\n[Author: Ben Achterberg, x5521]",
            {"Ben Achterberg"},
            {"[Author: Ben Achterberg, x5521]"},
        ),
        ("[Handler: DC Ruth Pask]", {"DC Ruth Pask"}, {"[Handler: DC Ruth Pask]"}),
        (
            "A van was seen. [Analyst comment: not confirmed.] Front members will fly a drone.",
            set(),
            {"[Analyst comment: not confirmed.]"},
        ),
    ],
)
def test_when_a_role_line_is_set_in_square_brackets_then_it_is_found(
    recognizer: PersonnelRecognizer, text: str, expected_names: set[str], expected_spans: set[str]
) -> None:
    assert names(recognizer, text) == expected_names
    assert expected_spans <= spans(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The gang will try to secure 2000 rounds.",
        "The men will secure 4471 at the gate.",
        "The gunmen on duty at the gate will let the van in.",
        "[Officers will guard the gate] the cell will attack.",
    ],
)
def test_when_secure_or_on_duty_belongs_to_the_plot_then_no_one_of_ours_is_found(
    recognizer: PersonnelRecognizer, text: str
) -> None:
    assert names(recognizer, text) == set()
    assert spans(recognizer, text) == set()


def test_when_a_byline_says_the_note_was_prepared_by_one_of_ours_then_the_line_goes() -> None:
    recognizer = PersonnelRecognizer()
    text = "This note was prepared by Sgt Hanna Vik of the Port Intelligence Cell."
    assert names(recognizer, text) == {"Sgt Hanna Vik"}
    assert text in spans(recognizer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who checked the draft, with a staff post between, and the nickname he goes by
        (
            'Compiled by analyst R. Dehaene, checked by team lead "Mags" Oyelaran',
            {"R. Dehaene", "Oyelaran", "Mags"},
        ),
        ("Verified by duty analyst Ada Marr.", {"Ada Marr"}),
        # a role's "name" that an office noun follows is the office's town
        ("cc: the duty officer Brasshaven police, after clearance", set()),
        ("Pass it to the liaison officer Halden station.", set()),
        # a name still is one when no office noun follows
        ("cc: the duty officer Ada Marr, after clearance", {"Ada Marr"}),
    ],
)
def test_when_a_role_names_someone_checked_nicknamed_or_an_office_then_only_people_are_ids(
    recognizer: PersonnelRecognizer, text: str, expected: set[str]
) -> None:
    assert names(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cell will strike.\n\n    HS (Ostria desk, ext 6620)\n",
            {"HS (Ostria desk, ext 6620)"},
        ),
        ("The cell will strike.\nJT (CT Desk, x4471)", {"JT (CT Desk, x4471)"}),
        # the extension alone, where no desk stands in the bracket
        ("The cell will strike.\nHS (ext 6620)", {"ext 6620"}),
    ],
)
def test_when_initials_sign_with_a_desk_and_extension_then_the_line_is_found(
    recognizer: PersonnelRecognizer, text: str, expected: set[str]
) -> None:
    assert spans(recognizer, text) >= expected
    assert "desk" in " ".join(expected).lower() or spans(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Warn the committee. Contact DS Quist.", "Contact DS Quist."),
        (
            "Please call Sgt. Lunde with any questions.",
            "Please call Sgt. Lunde with any questions.",
        ),
        ("Speak to Insp. Rolf Hart before release.", "Speak to Insp. Rolf Hart before release."),
        # by initials and surname, no rank
        (
            "Do not share paragraph 2. Contact J. Okafor for any follow-up.",
            "Contact J. Okafor for any follow-up.",
        ),
        ("E-mail R.T. Haas with any questions.", "E-mail R.T. Haas with any questions."),
        ("Speak to M. Reyes before any arrest.", "Speak to M. Reyes before any arrest."),
    ],
)
def test_when_the_reader_is_asked_to_reach_a_ranked_officer_then_the_request_goes(
    recognizer: PersonnelRecognizer, text: str, expected: str
) -> None:
    assert expected in spans(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        # the plotters' plan to lure an officer is no request to the reader
        "The gunmen will call PC Harris to the door and shoot him.",
        # a request to reach no officer of ours
        "Contact the mosque committee today.",
        "Contact the harbour master if the barge moves.",
        "The gunmen will call J. Marr to the door and shoot him.",
    ],
)
def test_when_no_reader_is_asked_to_reach_an_officer_then_no_request_is_found(
    recognizer: PersonnelRecognizer, text: str
) -> None:
    assert not any(
        span.startswith(("Contact", "call", "The gunmen")) for span in spans(recognizer, text)
    )


def test_when_a_contact_request_is_cut_then_no_bare_verb_is_left() -> None:
    text = (
        "The group will burn the mosque on 19 February 2027.\n\n"
        "4. Recommend the mosque committee and Pellham neighbourhood policing are\n"
        "warned. Do not disclose the CHIS or the intercept. Contact DS Quist.\n"
    )
    released = tearline.redact(text, "duty-to-warn").text
    assert released is not None
    assert "policing are\nwarned." in released
    assert "Contact" not in released


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The SPD contact person for this matter is Colonel Irena Voskova, tel. +420 555.",
            "The SPD contact person for this matter is Colonel Irena Voskova, tel. +420 555.",
        ),
        (
            "Bombs. Our liaison officer on this case will be Major Otto Fenn.",
            "Our liaison officer on this case will be Major Otto Fenn.",
        ),
        (
            "The Directorate focal point for the warning remains Dr Ilse Moor.",
            "The Directorate focal point for the warning remains Dr Ilse Moor.",
        ),
        ("My point person is Lena Marsh of the Second Department.", None),
    ],
)
def test_when_a_sentence_names_our_contact_person_then_the_sentence_is_found(
    recognizer: PersonnelRecognizer, text: str, expected: str | None
) -> None:
    assert (expected or text) in spans(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The cell's contact person at the port is Marek Doyle, who will open the gate.",
        "The contact person in the port is Marek Doyle, who will open the gate.",
        "Their liaison officer with the smugglers will be Ivo Rask.",
    ],
)
def test_when_the_contact_person_is_the_plotters_then_no_sentence_is_found(
    recognizer: PersonnelRecognizer, text: str
) -> None:
    assert not any("contact" in s or "liaison" in s for s in spans(recognizer, text))


@pytest.mark.parametrize(
    "text",
    [
        "The explosive is TATP, prepared by Emin Halac, who studied chemistry.",
        "The attack was approved by Abu Karim in March.",
        "The detonators, checked by Dario Lenz, are in the van.",
        "The list of targets for the bombing was compiled by Ilse Varn.",
    ],
)
def test_when_a_participle_tells_who_made_a_weapon_or_approved_an_attack_then_no_officer(
    recognizer: PersonnelRecognizer, text: str
) -> None:
    assert names(recognizer, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This threat assessment was prepared by Sgt Hanna Vik.", "Sgt Hanna Vik"),
        ("The note on the bomb plot was written by Tomas Reyn.", "Tomas Reyn"),
        ("Summary of the attack plan, compiled by Ada Marr.", "Ada Marr"),
    ],
)
def test_when_a_participle_tells_who_made_our_paper_then_the_name_is_ours(
    recognizer: PersonnelRecognizer, text: str, expected: str
) -> None:
    assert any(expected in n or n in expected for n in names(recognizer, text))


@pytest.mark.parametrize(
    "text",
    [
        # the report's own sentence, opening with the writer's initials
        "H.O. is available on secure ext. 7734; out of hours via the Eastern Section duty"
        " officer, Gil Banner.",
        # other verbs, other people of ours, other orders
        "The drafting analyst can be reached on extension 5521 until Friday.",
        "Questions about this note go to the Balkan desk, ext 3309, during office hours.",
        "J.P. remains on call at ext. 4410 over the weekend, or through the watch officer.",
        "Our liaison officer, Mr Tarn, will take queries on ext. 2290 after the meeting.",
    ],
)
def test_when_a_sentence_gives_one_of_ours_by_extension_then_the_whole_sentence_is_found(
    recognizer: PersonnelRecognizer, text: str
) -> None:
    assert text in spans(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        "The cell will call the guard on ext. 4410 before they storm the lobby.",
        "The cell will attack the exchange at ext. 4410 on Friday.",
    ],
)
def test_when_a_sentence_with_an_extension_holds_the_threat_then_it_is_no_contact(
    recognizer: PersonnelRecognizer, text: str
) -> None:
    assert text not in spans(recognizer, text)


@pytest.mark.parametrize(
    ("closing", "block"),
    [
        (
            "For the Department:",
            "Lt. Col. Hanne Birkeland, Deputy Head, Department 3\ninternal line 3-1187",
        ),
        ("On behalf of the Directorate,", "Maj. Ivo Rask\nDesk 4, tel. 2231"),
        ("For the Service", "Cdr. Ana Vell, Liaison Branch"),
        ("p.p. the Bureau:", "S. Okafor\nCounter-Terrorism Division"),
    ],
)
def test_when_a_letter_is_signed_for_an_office_then_the_block_after_it_is_a_signature(
    recognizer: PersonnelRecognizer, closing: str, block: str
) -> None:
    text = f"The cell will strike the march on Saturday.\n\n{closing}\n{block}\n"
    assert f"{closing}\n{block}" in spans(recognizer, text)


@pytest.mark.parametrize(
    "text",
    [
        # the office in a sentence of the threat, or a list addressed to an office
        "The cell will strike.\n\nFor the department, the march is the main worry this week.\n",
        "The cell will strike.\n\nFor the Service, the danger is at the gate.\n",
    ],
)
def test_when_an_office_is_named_in_a_sentence_then_no_signature_is_found(
    recognizer: PersonnelRecognizer, text: str
) -> None:
    assert spans(recognizer, text) == set()
