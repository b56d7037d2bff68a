"""Tests for a policy's own terms at analysis time: patterns, deny list, allow list, name
mentions, and the timeout that stops a slow policy regex without quoting the document."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tearline.categories import Category
from tearline.errors import PolicyError
from tearline.model import Finding
from tearline.policy import Policy, load_policy, terms
from tearline.policy.terms import DENY_RULE, MENTION_RULE, PATTERN_RULE, with_policy_terms


def _policy(tmp_path: Path, body: str) -> Policy:
    path = tmp_path / "terms.yaml"
    path.write_text("name: terms\nextends: duty-to-warn\n" + body, encoding="utf-8")
    return load_policy(path)


def _spans(text: str, findings: list[Finding]) -> list[tuple[str, str, str]]:
    return [(text[f.start : f.end], str(f.category), f.rule) for f in findings]


def test_when_policy_has_no_terms_then_findings_are_returned_as_they_are() -> None:
    findings = [Finding(0, 4, Category.SOURCE, 0.9, "rule")]

    assert with_policy_terms("text", findings, load_policy("duty-to-warn")) is findings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The van leaves at 19:30 today.",
            [("at 19:30", "TIME", f"{PATTERN_RULE}:clock-time")],
            id="clock-time",
        ),
        pytest.param(
            "Her home at 14 Larch Lane, Vell is watched.",
            [("at 14 Larch Lane, Vell", "LOCATION", f"{PATTERN_RULE}:street-address")],
            id="street-address",
        ),
        pytest.param("Nothing happens here.", [], id="no-match"),
    ],
)
def test_when_shipped_pattern_matches_then_finding_has_its_category_and_rule(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = with_policy_terms(text, [], load_policy("public-advisory"))

    assert _spans(text, found) == expected


def test_when_pattern_is_an_identifier_then_every_mention_of_the_name_is_found() -> None:
    text = (
        "The driver is a man named Kasimir Dorn, about 30. Dorn will park the van; "
        "DORN drives for the Dorn network, Kasimir Dorn again, and Dorn Quay is the target."
    )

    found = with_policy_terms(text, [], load_policy("public-advisory"))

    covered = [w for w in _words(text) if any(f.start <= w[0] and w[1] <= f.end for f in found)]
    assert [text[s:e] for s, e in covered] == [
        "named", "Kasimir", "Dorn", "Dorn", "DORN", "Kasimir", "Dorn",
    ]  # fmt: skip
    assert all(f.category == Category.PERPETRATOR for f in found)
    assert any(f.rule.startswith(MENTION_RULE) for f in found)


def _words(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"\w+", text)]


def test_when_text_looks_like_a_name_but_the_context_is_absent_then_nothing_is_found() -> None:
    text = "Port Veyra Maritime Festival draws crowds to Admiralty Quay."

    assert with_policy_terms(text, [], load_policy("public-advisory")) == []


def test_when_term_is_denied_then_every_mention_in_any_case_and_spacing_is_found(
    tmp_path: Path,
) -> None:
    policy = _policy(tmp_path, "deny:\n  PERSONNEL: [Piet Varga]\n")
    text = "Piet Varga passed it on.\nPIET   VARGA asks.\nPiet Vargas is someone else."

    found = _spans(text, with_policy_terms(text, [], policy))

    assert found == [
        ("Piet Varga", "PERSONNEL", DENY_RULE),
        ("PIET   VARGA", "PERSONNEL", DENY_RULE),
    ]


def test_when_term_is_allowed_then_findings_of_exactly_that_text_are_dropped(
    tmp_path: Path,
) -> None:
    policy = _policy(tmp_path, "allow: [Orbis Geo]\n")
    text = "Imagery bought from Orbis Geo and from Orbis Geo Ltd."
    findings = [
        Finding(20, 29, Category.PERSONNEL, 0.85, "role-name"),
        Finding(39, 53, Category.PERSONNEL, 0.85, "role-name"),
    ]

    kept = with_policy_terms(text, findings, policy)

    assert _spans(text, kept) == [("Orbis Geo Ltd.", "PERSONNEL", "role-name")]


def test_when_policy_regex_runs_too_long_then_error_names_the_pattern_not_the_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Polynomial, so the static check lets it through; the timeout stops it.
    policy = _policy(
        tmp_path,
        "patterns:\n  slow:\n    regex: 'x\\w*\\w*\\w*\\w*\\w*!'\n    category: SOURCE\n",
    )
    monkeypatch.setattr(terms, "PATTERN_TIMEOUT", 0.05)
    secret = "SECRETWORD"
    text = secret + " x" + "a" * 3000

    with pytest.raises(PolicyError) as caught:
        with_policy_terms(text, [], policy)

    assert str(caught.value) == (
        "policy pattern 'slow' ran longer than 0.05s on this document and was stopped; "
        "simplify the regex (fewer nested or adjacent repeats)"
    )
    assert secret not in str(caught.value)


def test_when_text_hides_a_term_with_invisible_characters_then_it_is_still_found(
    tmp_path: Path,
) -> None:
    policy = _policy(tmp_path, "deny:\n  PERSONNEL: [Brask]\n")
    text = "Piet passed this on from Br\u200bask last night."

    found = _spans(text, with_policy_terms(text, [], policy))

    assert found == [("Br\u200bask", "PERSONNEL", DENY_RULE)]
