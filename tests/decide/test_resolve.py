"""Tests for decide: thresholds, overlaps towards removal, and every mention of an identifier."""

from itertools import pairwise

import pytest

import tearline
from tearline.categories import Category
from tearline.decide.resolve import MENTION_RULE, decide
from tearline.model import Decision, Finding
from tearline.policy import Policy, load_policy
from tearline.policy.schema import CategoryRule


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy("duty-to-warn")


def finding(
    text: str,
    piece: str,
    category: Category,
    *,
    score: float = 0.85,
    identifier: bool = False,
    replacement: str | None = None,
    rule: str = "test-rule",
) -> Finding:
    start = text.index(piece)
    return Finding(start, start + len(piece), category, score, rule, "why", identifier, replacement)


def changed(text: str, decisions: list[Decision]) -> list[str]:
    return [text[d.start : d.end] for d in decisions if d.action != "keep"]


def with_threshold(policy: Policy, category: Category, threshold: float) -> Policy:
    rule = CategoryRule(action=policy.rule_for(category).action, threshold=threshold)
    return policy.model_copy(update={"categories": {**policy.categories, category: rule}})


@pytest.mark.parametrize(
    ("score", "expected"),
    [(0.69, []), (0.7, ["source"]), (0.95, ["source"])],
)
def test_when_a_finding_scores_below_the_threshold_then_it_is_left_alone(
    policy: Policy, score: float, expected: list[str]
) -> None:
    text = "The source said the cell will strike."
    strict = with_threshold(policy, Category.SOURCE, 0.7)
    decisions = decide(text, [finding(text, "source", Category.SOURCE, score=score)], strict)
    assert changed(text, decisions) == expected


def test_when_an_identifier_is_below_the_threshold_then_its_mentions_stay(
    policy: Policy,
) -> None:
    text = "Asset GREY OWL said. GREY OWL again."
    strict = with_threshold(policy, Category.SOURCE, 0.9)
    found = [finding(text, "GREY OWL", Category.SOURCE, score=0.85, identifier=True)]
    assert decide(text, found, strict) == []


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        (["cell will strike", "strike the dam"], ["cell will strike the dam"]),
        (["cell will strike the dam", "will"], ["cell will strike the dam"]),
        (["cell", " will"], ["cell", " will"]),
        (["The cell", "dam"], ["The cell", "dam"]),
    ],
)
def test_when_removals_overlap_then_they_merge_and_touching_ones_stay_apart(
    policy: Policy, pieces: list[str], expected: list[str]
) -> None:
    text = "The cell will strike the dam on Friday."
    found = [finding(text, piece, Category.SOURCE) for piece in pieces]
    assert changed(text, decide(text, found, policy)) == expected


def test_when_overlapping_removals_merge_then_the_stronger_names_the_span(
    policy: Policy,
) -> None:
    text = "The cell will strike the dam on Friday."
    found = [
        finding(text, "cell will strike", Category.SOURCE, score=0.8),
        finding(text, "strike the dam", Category.METHOD, score=0.9),
    ]
    (merged,) = decide(text, found, policy)
    assert (merged.category, merged.action, merged.score) == (Category.METHOD, "remove", 0.9)


@pytest.mark.parametrize(
    ("keep", "remove"),
    [
        ("The cell will strike the dam on Friday.", "strike the dam"),
        ("on Friday", "Friday"),
        ("the dam on", "dam on Friday"),
    ],
)
def test_when_a_removal_lies_in_or_across_a_kept_span_then_it_is_still_removed(
    policy: Policy, keep: str, remove: str
) -> None:
    text = "The cell will strike the dam on Friday."
    found = [finding(text, keep, Category.TIME), finding(text, remove, Category.SOURCE)]
    assert changed(text, decide(text, found, policy)) == [remove]


def test_when_a_kept_span_lies_inside_a_removal_then_no_keep_decision_is_shown(
    policy: Policy,
) -> None:
    text = "According to the source on Friday, the cell will strike."
    found = [
        finding(text, "on Friday", Category.TIME),
        finding(text, "According to the source on Friday,", Category.SOURCE),
    ]
    assert [d.action for d in decide(text, found, policy)] == ["remove"]


@pytest.mark.parametrize(
    ("text", "piece", "category", "expected"),
    [
        (
            "Asset GREY OWL said. grey owl again. Grey Owl signed.",
            "GREY OWL",
            Category.SOURCE,
            ["GREY OWL", "grey owl", "Grey Owl"],
        ),
        (
            "Ref TD-314/00000-26. See td-314/00000-26 and TD-314/00000-26.",
            "TD-314/00000-26",
            Category.COLLECTION,
            ["TD-314/00000-26", "td-314/00000-26", "TD-314/00000-26"],
        ),
        (
            "Call +44 7700 900123 now; +44 7700 900123 was used twice.",
            "+44 7700 900123",
            Category.SELECTOR,
            ["+44 7700 900123", "+44 7700 900123"],
        ),
        (
            # one source of the network goes by its number too, and a file reference the
            # name is part of goes whole ("See /2027 file" would be left otherwise)
            "Source LANTERN said. LANTERN/3 drove him. See LANTERN/2027 file.",
            "LANTERN",
            Category.SOURCE,
            ["LANTERN", "LANTERN/3", "LANTERN/2027"],
        ),
    ],
)
def test_when_an_identifier_is_removed_then_every_mention_goes_in_any_casing(
    policy: Policy, text: str, piece: str, category: Category, expected: list[str]
) -> None:
    decisions = decide(text, [finding(text, piece, category, identifier=True)], policy)
    assert changed(text, decisions) == expected
    assert all(d.rule.startswith(f"{MENTION_RULE}:") for d in decisions[1:])


def test_when_a_span_is_no_identifier_then_its_other_mentions_stay(policy: Policy) -> None:
    text = "Asset GREY OWL said. GREY OWL again."
    decisions = decide(text, [finding(text, "GREY OWL", Category.SOURCE)], policy)
    assert [(d.start, d.end) for d in decisions] == [(6, 14)]


def test_when_an_identifier_is_kept_by_the_policy_then_its_mentions_are_not_removed(
    policy: Policy,
) -> None:
    text = "Arno Pell will drive the van. Pell is armed."
    found = [finding(text, "Arno Pell", Category.PERPETRATOR, identifier=True)]
    assert changed(text, decide(text, found, policy)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Case officer Lena Drescher met him. Lena said the cell will strike.",
            ["Lena Drescher", "Lena"],
        ),
        (
            "Case officer Lena Drescher met him.\n\nRegards,\nLENA DRESCHER\ndrescher",
            ["Lena Drescher", "LENA DRESCHER", "drescher"],
        ),
        (
            "Case officer Lena Drescher met him. Dr. Drescher signed.",
            ["Lena Drescher", "Dr. Drescher"],
        ),
    ],
)
def test_when_a_persons_name_is_removed_then_its_capitalized_parts_go_too(
    policy: Policy, text: str, expected: list[str]
) -> None:
    found = [finding(text, "Lena Drescher", Category.PERSONNEL, identifier=True)]
    assert changed(text, decide(text, found, policy)) == expected


def test_when_an_office_name_is_removed_then_its_ordinary_words_stay_elsewhere(
    policy: Policy,
) -> None:
    text = "HALDEN ANALYSIS GROUP prepared this. The group will attack Halden on Friday."
    found = [finding(text, "HALDEN ANALYSIS GROUP", Category.PERSONNEL, identifier=True)]
    assert changed(text, decide(text, found, policy)) == ["HALDEN ANALYSIS GROUP"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Station STRELSAU reports. The cell will bomb the Strelsau Palace of Justice.",
            ["STRELSAU"],
        ),
        (
            "Station STRELSAU reports. The cell will bomb the palace in strelsau.",
            ["STRELSAU", "strelsau"],
        ),
    ],
)
def test_when_a_mention_is_part_of_a_longer_proper_name_then_it_is_kept(
    policy: Policy, text: str, expected: list[str]
) -> None:
    found = [finding(text, "STRELSAU", Category.COLLECTION, identifier=True)]
    assert changed(text, decide(text, found, policy)) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the title before a later mention goes with the name, or "Col." is left hanging
        (
            "Present: Col. D. Rusev. Col. Rusev briefed us.",
            "Col. D. Rusev",
            ["Col. D. Rusev", "Col. Rusev"],
        ),
        (
            "Handler: Lena Drescher. Det. Sgt. Drescher met him.",
            "Lena Drescher",
            ["Lena Drescher", "Det. Sgt. Drescher"],
        ),
        # no title: the name alone; "the" is no title
        (
            "Handler: Lena Drescher. The Drescher file is closed.",
            "Lena Drescher",
            ["Lena Drescher", "Drescher"],
        ),
        # a one-word name (a greeting's) is not part of a longer name after it
        ("Dear Tom, Tom Varga will drive. Tom knows.", "Tom", ["Tom", "Tom"]),
    ],
)
def test_when_a_name_is_mentioned_again_then_its_title_and_only_that_person_go(
    policy: Policy, text: str, name: str, expected: list[str]
) -> None:
    found = [finding(text, name, Category.PERSONNEL, identifier=True)]
    assert changed(text, decide(text, found, policy)) == expected


def test_when_a_kept_category_carries_a_replacement_then_it_becomes_a_replace(
    policy: Policy,
) -> None:
    text = "The detainee said that the group will kidnap aid workers."
    found = [
        finding(
            text, "the group", Category.PERPETRATOR, replacement="the Marsh Wolves", rule="named"
        )
    ]
    (decision,) = decide(text, found, policy)
    assert (decision.action, decision.replacement, decision.category, decision.rule) == (
        "replace",
        "the Marsh Wolves",
        Category.PERPETRATOR,
        "named",
    )


def test_when_a_kept_category_has_no_replacement_then_it_is_kept(policy: Policy) -> None:
    text = "The detainee said that the group will kidnap aid workers."
    (decision,) = decide(text, [finding(text, "the group", Category.PERPETRATOR)], policy)
    assert decision.action == "keep"


def test_when_findings_are_decided_then_decisions_are_sorted_and_changes_never_overlap(
    policy: Policy,
) -> None:
    text = "Asset GREY OWL said on Friday that GREY OWL and the cell will strike the dam."
    found = [
        finding(text, "the dam", Category.TARGET),
        finding(text, "said on Friday that", Category.SOURCE),
        finding(text, "GREY OWL", Category.SOURCE, identifier=True),
        finding(text, "Asset GREY OWL said", Category.SOURCE),
    ]
    decisions = decide(text, found, policy)
    assert decisions == sorted(decisions, key=lambda d: (d.start, d.end))
    changes = [d for d in decisions if d.action != "keep"]
    assert all(a.end <= b.start for a, b in pairwise(changes))


@pytest.mark.parametrize(
    ("text", "piece", "expected"),
    [
        # a two-letter given name goes alone too
        ("Given to PC Jo Ventry. Jo will brief them.", "PC Jo Ventry", ["PC Jo Ventry", "Jo"]),
        # a mail client's "Surname, Given": both names, wherever they stand
        (
            "From: Nandi, Priya\n\nDear Priya,\nPriya",
            "Nandi, Priya",
            ["Nandi, Priya", "Priya", "Priya"],
        ),
        # a title is never searched for on its own
        ("Dr Al Brask met him. Dr Ruth is the target.", "Dr Al Brask", ["Dr Al Brask"]),
    ],
)
def test_when_a_name_has_a_short_given_name_or_is_inverted_then_each_part_goes(
    policy: Policy, text: str, piece: str, expected: list[str]
) -> None:
    decisions = decide(text, [finding(text, piece, Category.PERSONNEL, identifier=True)], policy)
    assert changed(text, decisions) == expected


@pytest.mark.parametrize(
    "banner_line",
    [
        "OFFICIAL-SENSITIVE  (when complete)",
        "SECRET//NOFORN  (when complete)",
        "OFFICIAL-SENSITIVE",
    ],
)
def test_when_a_release_banner_is_sanitized_again_then_it_does_not_grow(banner_line: str) -> None:
    text = f"{banner_line}\n\nThe gang will shoot the doorman on 20 December 2026.\n"

    first = tearline.redact(text, "partner-release").text
    second = tearline.redact(first or "", "partner-release").text

    assert first is not None and first.startswith("SECRET//REL TO PARTNER")
    assert second == first


@pytest.mark.parametrize(
    ("text", "removed", "expected"),
    [
        # a cut that leaves the rest of the item keeps the item's mark
        (
            "- The cell will strike.\n- 12 March: subject said the cell has four men.",
            "- 12 March: subject said ",
            "12 March: subject said ",
        ),
        (
            "1. Intro.\n  3. According to the source, the cell has four men.",
            "3. According to the source, ",
            "According to the source, ",
        ),
        # a whole item goes with its mark
        ("- The cell will strike.\n- Interviewer: SO Brill.", "- Interviewer: SO Brill.", None),
        # a dash inside a line is no item's mark
        ("The cell - said the source - has four men.", "- said the source - ", None),
    ],
)
def test_when_a_cut_leaves_the_rest_of_a_list_item_then_the_items_mark_stays(
    policy: Policy, text: str, removed: str, expected: str | None
) -> None:
    decisions = decide(text, [finding(text, removed, Category.SOURCE)], policy)
    assert changed(text, decisions) == [expected or removed]


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # a name on an attendance list's next line is one of the meeting's people
        (
            "Present: H. Lindqvist (Head of CT Liaison), J. Abara (note-taker);\n"
            "Col. Edric Mavros and Maj. S. Ilyin, Tavrosian Security Directorate (TSD)\n\n"
            "Mavros said that the Outer Mole Martyrs will bomb the ferry on 22 December.",
            "Mavros",
            "The Outer Mole Martyrs will bomb the ferry on 22 December.",
        ),
        # ... and a briefing it gave keeps the plot it briefed on
        (
            "Present: H. Lindqvist (Head of CT Liaison), J. Abara (note-taker);\n"
            "Col. Edric Mavros and Maj. S. Ilyin, Tavrosian Security Directorate (TSD)\n\n"
            "1. Col. Mavros briefed on a plot by the Outer Mole Martyrs to sink\n"
            "the passenger ferry MV Perrin Star in Vantry harbour.",
            "Mavros",
            "1. A plot by the Outer Mole Martyrs to sink\nthe passenger ferry",
        ),
        # ... and so is a name on an attendance block's line
        (
            "Present:\n- H. Moss (chair)\n- Col. Ivo Marsh (TSD)\n\n"
            "1. Marsh said that the Red Hand will bomb the market on 3 May.",
            "Marsh",
            "1. The Red Hand will bomb the market on 3 May.",
        ),
        # a greeting's name goes with the greeting, and from the signature
        (
            "Dear Oriel,\n\nThe crew will throw acid at the prosecutor on 9 September.\n\n"
            "Oriel, please call me.",
            "Oriel",
            "The crew will throw acid at the prosecutor on 9 September.",
        ),
        # a codename in brackets after the source goes from a later request too
        (
            "Our CHIS in the crew (PIKE, solid for us since 2024) rang me. Callum Voss will "
            "shoot Arkady Lenz on 17 October. Keep PIKE's name out of any report.",
            "PIKE",
            "Callum Voss will shoot Arkady Lenz on 17 October.",
        ),
        # a plotter named in a removed collection sentence stays in the threat
        (
            "We intercepted calls between Rastelli and a contact in Tessaly on 3 May. "
            "Rastelli will kidnap the ambassador on 7 November.",
            "intercepted",
            "Rastelli will kidnap the ambassador on 7 November.",
        ),
    ],
)
def test_when_a_name_is_removed_in_one_place_then_its_other_mentions_go_and_the_threat_stays(
    text: str, gone: str, kept: str
) -> None:
    released = tearline.redact(text, "duty-to-warn").text
    assert released is not None
    assert gone not in released
    assert kept in released


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Interviewer: Insp. Lena Drescher (LD)\n\nLD: Who drives?\nA: Pell drives the van.",
            "Insp. Lena Drescher",
            ["Insp. Lena Drescher", "LD", "LD"],
        ),
        (
            "Loggist: PC Dara Fenn (Green 4)\n0641  Green 4  OP manned.\nGreen 4 / D. Fenn",
            "PC Dara Fenn",
            # the initial before the surname goes with it, not left as "D."
            ["PC Dara Fenn", "Green 4", "Green 4", "Green 4", "D. Fenn"],
        ),
        # a bracket that is no short form of the name: a role, a place
        (
            "Case officer Lena Drescher (Halden) met him. Halden is where the cell meets.",
            "Lena Drescher",
            ["Lena Drescher"],
        ),
        (
            "Case officer Lena Drescher (retired) met him. The cell will strike.",
            "Lena Drescher",
            ["Lena Drescher"],
        ),
    ],
)
def test_when_a_removed_name_is_given_a_short_form_in_brackets_then_every_use_of_it_goes(
    policy: Policy, text: str, name: str, expected: list[str]
) -> None:
    found = [finding(text, name, Category.PERSONNEL, identifier=True)]
    assert changed(text, decide(text, found, policy)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Watch officer: Joanna Quarrie (JQ)   Deputy: Samir Haddou (SH)\n"
            "0140  SH drafted a warning.\n0630  JQ / SH",
            ["Watch officer: Joanna Quarrie (JQ)   Deputy: Samir Haddou (SH)", "SH", "JQ", "SH"],
        ),
        # the short form keeps its capitals: a distance is no inspector
        (
            "Watch officer: Karl Marand (KM)\nThe drones fly 2 km from the stage.",
            ["Watch officer: Karl Marand (KM)"],
        ),
    ],
)
def test_when_an_officers_line_gives_short_forms_then_every_use_of_each_goes(
    policy: Policy, text: str, expected: list[str]
) -> None:
    line = text.split("\n")[0]
    found = [finding(text, line, Category.PERSONNEL)]
    assert changed(text, decide(text, found, policy)) == expected


def test_when_an_offices_name_is_given_a_short_form_then_the_short_form_stays(
    policy: Policy,
) -> None:
    text = (
        "  For the Ruritanian Directorate of State Protection (DSP): Col. Ivo Marsh\n"
        "4. Handling. The DSP will brief the council."
    )
    line = text.split("\n")[0]
    found = [finding(text, line, Category.PERSONNEL)]
    assert changed(text, decide(text, found, policy)) == [line]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mention inside a reference that files it goes with the whole reference
        ("Agent ROOK said. Met NM/ROOK/0417 on Friday.", ["ROOK", "NM/ROOK/0417"]),
        ("Agent ROOK said. Ref CAR/ROOK-2/03 closed.", ["ROOK", "CAR/ROOK-2/03"]),
        # a slash with no number joins two words, not a reference's parts
        ("Agent ROOK said. ROOK/Lind met.", ["ROOK", "ROOK"]),
    ],
)
def test_when_a_mention_stands_in_a_slashed_reference_then_the_whole_reference_goes(
    policy: Policy, text: str, expected: list[str]
) -> None:
    found = [finding(text, "ROOK", Category.SOURCE, identifier=True)]
    assert changed(text, decide(text, found, policy)) == expected


@pytest.mark.parametrize(
    ("text", "piece", "expected"),
    [
        # an account found with its quotes is named bare elsewhere
        (
            'We hold the account "greywick". Keep greywick passive.',
            '"greywick"',
            ['"greywick"', "greywick"],
        ),
        # a quoted name of several words may be part of a longer name: only it goes
        (
            'They post in the group "Iron Hearth". The Iron Hearth Collective will strike.',
            '"Iron Hearth"',
            ['"Iron Hearth"'],
        ),
    ],
)
def test_when_an_identifier_is_found_in_quotes_then_its_bare_mentions_go_too(
    policy: Policy, text: str, piece: str, expected: list[str]
) -> None:
    decisions = decide(text, [finding(text, piece, Category.SELECTOR, identifier=True)], policy)
    assert changed(text, decisions) == expected
