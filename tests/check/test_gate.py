"""Tests for the check that gates every output: removed strings, the rescan, odd casing."""

from __future__ import annotations

import pytest

from tearline.categories import Category
from tearline.check.gate import (
    ODD_CASING_RULE,
    odd_case_hits,
    rescan_hits,
    surviving_strings,
    verdict,
)
from tearline.model import CheckHit, Decision, Finding
from tearline.policy import Policy, load_policy
from tearline.policy.schema import CategoryRule

ORIGINAL = "Call Piet Vos at the desk. The cell will attack on Friday."
NAME = (5, 13)  # "Piet Vos"


@pytest.fixture(scope="module")
def duty() -> Policy:
    return load_policy("duty-to-warn")


def _with(policy: Policy, category: Category, rule: CategoryRule) -> Policy:
    return policy.model_copy(update={"categories": {**policy.categories, category: rule}})


def _removal(start: int, end: int, action: str = "remove", text: str | None = None) -> Decision:
    return Decision(start, end, Category.PERSONNEL, action, "test:rule", 0.9, replacement=text)


@pytest.mark.parametrize(
    ("output", "span"),
    [
        pytest.param("Ask piet vos.", (4, 12), id="other-case"),
        pytest.param("Ask Piet\n  Vos.", (4, 14), id="other-whitespace"),
        pytest.param("Ask Pi\u200bet Vos.", (4, 13), id="zero-width-inside"),
        pytest.param("Ask Pi\u0435t V\u043es.", (4, 12), id="cyrillic-homoglyphs"),
        pytest.param("Ask \uff30iet Vos.", (4, 12), id="full-width-letter"),
    ],
)
def test_when_removed_string_survives_disguised_then_hit_has_output_offsets(
    output: str, span: tuple[int, int]
) -> None:
    hits = surviving_strings(ORIGINAL, output, [_removal(*NAME)])

    assert [(h.start, h.end, h.category, h.rule) for h in hits] == [
        (*span, "PERSONNEL", "test:rule")
    ]


@pytest.mark.parametrize(
    "original",
    [
        pytest.param("Call Piet Vos at the desk.", id="plain"),
        pytest.param("Call P\u0131et Vos at the desk.", id="dotless-i-matches-i-by-case-rules"),
        pytest.param("Call \uff30iet Vos at the desk.", id="full-width-letter"),
        pytest.param("Call Pi\u200bet Vos at the desk.", id="zero-width-inside"),
    ],
)
def test_when_the_original_spelling_is_disguised_then_its_plain_survivor_is_still_found(
    original: str,
) -> None:
    # the plain-text shortcut that skips strings absent from the output must not skip these
    removal = _removal(5, original.index(" at"))

    hits = surviving_strings(original, "Ask PIET VOS.", [removal])

    assert [(h.start, h.end) for h in hits] == [(4, 12)]


@pytest.mark.parametrize(
    ("decision", "output"),
    [
        pytest.param(_removal(*NAME), "The cell will attack on Friday.", id="gone"),
        pytest.param(_removal(*NAME), "Ask Pietro Voss.", id="only-a-longer-word"),
        pytest.param(_removal(5, 7), "Pi Pi Pi", id="too-short-to-search"),
        pytest.param(_removal(*NAME, action="keep"), "Ask Piet Vos.", id="kept-span"),
        pytest.param(
            _removal(*NAME, action="replace", text="piet vos"), "Ask Piet Vos.", id="replacement"
        ),
    ],
)
def test_when_removed_string_is_not_in_output_then_no_hit(decision: Decision, output: str) -> None:
    assert surviving_strings(ORIGINAL, output, [decision]) == []


def _finding(start: int, end: int, category: Category, score: float = 0.9) -> Finding:
    return Finding(start, end, category, score, "test:rule")


@pytest.mark.parametrize(
    ("output", "finding", "hits"),
    [
        pytest.param("x intercepted calls", _finding(2, 19, Category.METHOD), 1, id="other-text"),
        pytest.param("x Reporting  says", _finding(2, 11, Category.METHOD), 0, id="replacement"),
        pytest.param("x source says", _finding(2, 8, Category.SOURCE), 1, id="removed-category"),
        pytest.param("x north gate", _finding(2, 12, Category.LOCATION), 0, id="kept-category"),
    ],
)
def test_when_output_is_rescanned_then_only_what_the_policy_would_change_is_a_hit(
    duty: Policy, output: str, finding: Finding, hits: int
) -> None:
    partner = _with(duty, Category.METHOD, CategoryRule(action="replace", text="reporting"))

    assert len(rescan_hits([finding], partner, output)) == hits


@pytest.mark.parametrize(
    ("rule", "hits"),
    [
        # a full name offered to its short mentions changes nothing where it stands
        pytest.param("S:name-offer", 0, id="offer"),
        pytest.param("S:named-perpetrator", 1, id="carried-name"),
    ],
)
def test_when_a_policy_replaces_perpetrators_then_an_offered_name_is_no_hit(
    duty: Policy, rule: str, hits: int
) -> None:
    advisory = _with(duty, Category.PERPETRATOR, CategoryRule(action="replace", text="a man"))
    finding = Finding(2, 14, Category.PERPETRATOR, 0.85, rule, replacement="Elias Marrow")

    assert len(rescan_hits([finding], advisory, "x Elias Marrow went")) == hits


def test_when_finding_is_under_the_threshold_then_it_is_no_hit(duty: Policy) -> None:
    strict = _with(duty, Category.SOURCE, CategoryRule(action="remove", threshold=0.95))

    assert rescan_hits([_finding(0, 6, Category.SOURCE)], strict, "source") == []


def test_when_rescan_has_no_output_then_replaced_categories_are_passed_over(duty: Policy) -> None:
    partner = _with(duty, Category.METHOD, CategoryRule(action="replace", text="reporting"))

    assert rescan_hits([_finding(2, 19, Category.METHOD)], partner) == []


@pytest.mark.parametrize(
    ("output", "span"),
    [
        pytest.param("SECRET//NoFoRn\nThe cell will attack.", (0, 14), id="banner-mixed-case"),
        pytest.param("SECRET//NOF\u043eRN\nThe cell.", (0, 14), id="lowercase-cyrillic-o"),
        pytest.param("Secret//Noforn\nThe cell.", (0, 14), id="capitalized-banner"),
        pytest.param("The cell will attack. (s//nf)\n", (22, 29), id="lowercase-portion-mark"),
        pytest.param("Shared with partners, NoFoRn.", (22, 28), id="caveat-word"),
        pytest.param("SECRET//No\u200bFoRn\n", (0, 15), id="zero-width-and-odd-case"),
    ],
)
def test_when_marking_hides_in_odd_casing_then_check_finds_it(
    duty: Policy, output: str, span: tuple[int, int]
) -> None:
    hits = odd_case_hits(output, duty)

    assert [(h.start, h.end, h.category) for h in hits] == [(*span, "MARKING")]
    assert hits[0].rule.startswith(f"{ODD_CASING_RULE}:MarkingRecognizer:")


@pytest.mark.parametrize(
    "output",
    [
        pytest.param("They held a secret meeting about the noforn rules.", id="lowercase-prose"),
        pytest.param("The Secret Service met McDonald and the DoD.", id="names-and-acronyms"),
        pytest.param("SECRET//NOFORN", id="plain-marking-is-the-rescans-job"),
        pytest.param("See https://example.org//Path for details.", id="url-with-slashes"),
    ],
)
def test_when_nothing_is_odd_cased_into_a_marking_then_no_hit(duty: Policy, output: str) -> None:
    assert odd_case_hits(output, duty) == []


def test_when_policy_keeps_markings_then_odd_casing_is_no_hit(duty: Policy) -> None:
    keeping = _with(duty, Category.MARKING, CategoryRule(action="keep"))

    assert odd_case_hits("SECRET//NoFoRn\n", keeping) == []


def test_when_policy_runs_no_marking_recognizer_then_odd_casing_is_not_scanned(
    duty: Policy,
) -> None:
    without = duty.model_copy(
        update={"recognizers": [r for r in duty.recognizers if r != "tearline.marking.v1"]}
    )

    assert odd_case_hits("SECRET//NoFoRn\n", without) == []


def test_when_output_is_given_then_rescan_includes_the_odd_casing_scan(duty: Policy) -> None:
    hits = rescan_hits([], duty, "SECRET//NoFoRn\n")

    assert [(h.start, h.end, h.category) for h in hits] == [(0, 14, "MARKING")]


def test_when_no_test_hits_then_verdict_passes() -> None:
    assert verdict([], []).passed


def test_when_both_tests_hit_then_verdict_withholds_and_names_both() -> None:
    string_hit = CheckHit(4, 12, "PERSONNEL", "test:rule")
    scan_hit = CheckHit(0, 14, "MARKING", f"{ODD_CASING_RULE}:MarkingRecognizer:x")

    result = verdict([string_hit], [scan_hit, scan_hit])

    assert not result.passed
    assert result.hits == (scan_hit, string_hit)
    assert result.reason == (
        "1 removed string(s) survive in the output; "
        "2 span(s) the policy removes are still in the output"
    )


def test_when_a_match_lies_inside_the_operators_own_wording_then_it_is_no_hit() -> None:
    original = "SECRET//REL TO PARTNER\nThe cell will attack."
    banner = _removal(0, 22)
    output = "SECRET//REL TO PARTNER\nThe cell will attack."

    hits = surviving_strings(original, output, [banner], inserted=["SECRET//REL TO PARTNER\n"])

    assert hits == []
    assert len(surviving_strings(original, output, [banner])) == 1


def test_when_a_kept_category_is_reworded_then_its_old_words_elsewhere_are_no_survivors(
    duty: Policy,
) -> None:
    original = "The group met. The group will attack the Black Reed depot on Friday."
    reworded = Decision(
        0, 9, Category.PERPETRATOR, "replace", "test:rule", 0.9, replacement="The Black Reed Front"
    )
    output = "The Black Reed Front met. The group will attack the Black Reed depot on Friday."

    hits_under_policy = surviving_strings(original, output, [reworded], policy=duty)
    hits_without = surviving_strings(original, output, [reworded])

    assert duty.rule_for(Category.PERPETRATOR).action == "keep"
    assert hits_under_policy == []
    assert [output[h.start : h.end] for h in hits_without] == ["The group"]
