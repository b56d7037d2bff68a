"""Tests for reviewer overrides: the file format, and restores and redactions on decisions."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_cable import CABLE, DECISIONS, DRAFT, POLICY

from tearline.categories import Category
from tearline.errors import InputError
from tearline.model import CheckHit, Decision
from tearline.review.overrides import (
    REDACT_RULE,
    RESTORE_RULE,
    Overrides,
    OverridesError,
    RedactItem,
    RestoreItem,
    apply_overrides,
    document_sha256,
    exempt_restored,
    load_overrides,
    mentions,
)

INVALID = Path(__file__).parent / "invalid"
CATEGORIES = ", ".join(c.value for c in Category)
TOP_KEYS = "version, document, document_sha256, policy, policy_sha256, restore, redact"

INVALID_FILES = [
    ("unknown-key", f"2:1 [redcat] unknown key 'redcat'; valid: {TOP_KEYS}"),
    ("item-unknown-key", "2:27 [restore -> 0 -> end] unknown key 'end'; valid: text, start, why"),
    ("missing-start", "2:5 [restore -> 0] missing required key 'start'"),
    ("negative-start", "3:5 [restore -> 0 -> start] Input should be greater than or equal to 0"),
    (
        "unknown-category",
        f"3:5 [redact -> 0 -> category] unknown category 'SAUCE'; valid: {CATEGORIES}",
    ),
    ("not-a-mapping", "1:1 overrides must be a YAML mapping (restore, redact)"),
    ("yaml-syntax-error", "2:1 invalid YAML: expected the node content, but found '<stream end>'"),
    ("duplicate-key", "2:1 duplicate key 'restore'"),
    ("wrong-version", "1:1 [version] unsupported version 2; this tearline reads version 1"),
    (
        "bad-hash",
        "1:1 [policy_sha256] must be a SHA-256 in hex (64 of 0-9a-f), as the review page "
        "exports it",
    ),
    ("empty-text", "2:6 [redact -> 0 -> text] String should have at least 1 character"),
]


@pytest.mark.parametrize(("name", "where_and_message"), INVALID_FILES)
def test_when_an_overrides_file_is_invalid_then_the_error_names_line_key_and_fix(
    name: str, where_and_message: str
) -> None:
    path = INVALID / f"{name}.yaml"

    with pytest.raises(OverridesError) as caught:
        load_overrides(path)

    assert str(caught.value) == f"{path}:{where_and_message}"
    assert isinstance(caught.value, InputError)


def test_when_an_overrides_file_is_missing_then_the_error_says_so(tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"

    with pytest.raises(OverridesError) as caught:
        load_overrides(path)

    assert str(caught.value) == f"{path}: overrides file not found"


def test_when_a_valid_file_is_loaded_then_items_and_defaults_are_read(tmp_path: Path) -> None:
    path = tmp_path / "ok.yaml"
    path.write_text(
        'version: 1\nrestore:\n  - {text: "SECRET//NOFORN", start: 0}\n'
        'redact:\n  - {text: "Red Lantern"}\n',
        encoding="utf-8",
    )

    overrides = load_overrides(path)

    assert overrides.restore == [RestoreItem(text="SECRET//NOFORN", start=0)]
    assert overrides.redact == [RedactItem(text="Red Lantern", category=Category.SOURCE)]
    assert overrides.source == str(path)


def _index(text: str) -> int:
    return next(i for i, d in enumerate(DECISIONS) if CABLE[d.start : d.end] == text)


def _apply(overrides: Overrides, strict: bool = True) -> list[Decision]:
    return apply_overrides(CABLE, DECISIONS, overrides, POLICY, strict=strict)


def test_when_a_change_is_restored_then_it_becomes_a_keep_by_the_reviewer() -> None:
    owl = DECISIONS[_index("Asset GREY OWL")]

    decisions = _apply(Overrides(restore=[RestoreItem(text="Asset GREY OWL", start=owl.start)]))

    restored = [d for d in decisions if (d.start, d.end) == (owl.start, owl.end)]
    assert [(d.action, d.rule, d.category) for d in restored] == [
        ("keep", RESTORE_RULE, Category.SOURCE)
    ]
    assert len(decisions) == len(DECISIONS)


@pytest.mark.parametrize(
    ("text", "start"),
    [("Asset GREY OWL", 3), ("Asset GREY OWL!", 286), ("Asset GREY", 286)],
    ids=["wrong offset", "longer text", "part of a change"],
)
def test_when_a_restore_matches_no_change_then_it_fails_without_quoting_the_text(
    text: str, start: int
) -> None:
    overrides = Overrides(restore=[RestoreItem(text=text, start=start)])

    with pytest.raises(OverridesError) as caught:
        _apply(overrides)

    assert str(caught.value) == (
        f"overrides: restore[0] (offset {start}, {len(text)} characters) matches no change in "
        "this report; the report, policy or engine changed since the review: review again "
        "with `tearline diff --html`"
    )
    assert "GREY" not in str(caught.value)


def test_when_a_later_round_widened_the_change_then_the_restored_span_is_carved_out() -> None:
    owl = DECISIONS[_index("Asset GREY OWL")]
    wide = Decision(owl.start, owl.end + 4, Category.SOURCE, "remove", "carried", 1.0)
    decisions = [d for d in DECISIONS if d is not owl] + [wide]
    overrides = Overrides(restore=[RestoreItem(text="Asset GREY OWL", start=owl.start)])

    carved = apply_overrides(CABLE, decisions, overrides, POLICY, strict=False)

    around = [(d.start, d.end, d.action) for d in carved if wide.start <= d.start < wide.end]
    assert around == [(owl.start, owl.end, "keep"), (owl.end, wide.end, "remove")]


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("Red Lantern and red  lantern", "red lantern", ["Red Lantern", "red  lantern"]),
        ("the Red\nLantern Brigade", "Red Lantern", ["Red\nLantern"]),
        ("GREY OWL, grey owls", "grey owl", ["GREY OWL"]),
        ("Hal\u0064en and Ha\u0406den", "halden", ["Halden"]),
        ("H\u0430lden", "Halden", ["H\u0430lden"]),
        ("(S//NF) and x(S//NF)", "(S//NF)", ["(S//NF)"]),
    ],
    ids=[
        "casing and spaces",
        "across a line break",
        "whole words",
        "not a lookalike",
        "homoglyph",
        "punctuation edges",
    ],
)
def test_when_mentions_are_searched_then_they_match_as_the_check_compares(
    text: str, needle: str, expected: list[str]
) -> None:
    assert [text[s:e] for s, e in mentions(text, needle)] == expected


def test_when_text_is_redacted_then_every_mention_becomes_a_reviewer_removal() -> None:
    overrides = Overrides(
        redact=[RedactItem(text="halden water plant", category=Category.LOCATION)]
    )

    decisions = _apply(overrides)

    added = [d for d in decisions if d.rule == REDACT_RULE]
    assert [CABLE[d.start : d.end] for d in added] == ["HALDEN WATER PLANT", "Halden water plant"]
    assert {(d.action, d.category, d.score) for d in added} == {("remove", Category.LOCATION, 1.0)}


def test_when_a_redaction_overlaps_a_change_then_they_merge_into_one_wider_removal() -> None:
    replace = DECISIONS[_index("According to a source with direct access,")]

    decisions = _apply(Overrides(redact=[RedactItem(text="direct access, members of the Red")]))

    merged = [d for d in decisions if d.start <= replace.start < d.end or d.start == replace.start]
    assert len(merged) == 1
    assert CABLE[merged[0].start : merged[0].end] == (
        "According to a source with direct access, members of the Red"
    )
    assert (merged[0].action, merged[0].rule, merged[0].replacement) == (
        "remove",
        REDACT_RULE,
        None,
    )


def test_when_a_carried_change_overlaps_a_restored_span_then_only_the_rest_is_removed() -> None:
    owl = DECISIONS[_index("Asset GREY OWL")]
    carried = Decision(owl.start + 6, owl.end + 4, Category.SELECTOR, "remove", "carried", 1.0)
    overrides = Overrides(restore=[RestoreItem(text="Asset GREY OWL", start=owl.start)])

    decisions = apply_overrides(CABLE, [*DECISIONS, carried], overrides, POLICY, strict=False)

    assert [(d.start, d.end, d.action, d.rule) for d in decisions if d.start >= owl.start][:2] == [
        (owl.start, owl.end, "keep", RESTORE_RULE),
        (owl.end, owl.end + 4, "remove", "carried"),
    ]


def test_when_engine_changes_overlap_then_the_strongest_names_their_union() -> None:
    weak = Decision(10, 20, Category.SOURCE, "replace", "weak", 0.99, replacement="x")
    strong = Decision(15, 30, Category.METHOD, "remove", "strong", 0.5)

    decisions = apply_overrides(CABLE, [weak, strong], Overrides(), POLICY)

    assert decisions == [Decision(10, 30, Category.METHOD, "remove", "strong", 0.99)]


def test_when_a_redaction_lies_inside_a_change_then_the_change_stays_as_it_was() -> None:
    decisions = _apply(Overrides(redact=[RedactItem(text="GREY OWL")]))

    assert decisions == sorted(DECISIONS, key=lambda d: (d.start, d.end))


def test_when_a_redaction_covers_a_restored_change_then_the_redaction_wins() -> None:
    owl = DECISIONS[_index("Asset GREY OWL")]
    overrides = Overrides(
        restore=[RestoreItem(text="Asset GREY OWL", start=owl.start)],
        redact=[RedactItem(text="Asset GREY OWL met")],
    )

    decisions = _apply(overrides)

    over = [d for d in decisions if d.start <= owl.start < d.end]
    assert [(d.action, d.rule) for d in over] == [("remove", REDACT_RULE)]
    assert not any(d.rule == RESTORE_RULE for d in decisions)


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (
            RedactItem(text="x."),
            "overrides: redact[0] has fewer than 2 letters or digits; too short to remove every "
            "mention safely",
        ),
        (
            RedactItem(text="Blue Lantern"),
            "overrides: redact[0] (12 characters) matches nothing in this report; was it "
            "exported for another report?",
        ),
    ],
    ids=["too short", "matches nothing"],
)
def test_when_a_redaction_cannot_be_applied_then_it_fails_without_quoting_the_text(
    item: RedactItem, message: str
) -> None:
    with pytest.raises(OverridesError) as caught:
        _apply(Overrides(redact=[item]))

    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("pins", "message"),
    [
        (
            {"document_sha256": "0" * 64},
            "overrides: made for a different text of the report (document_sha256 differs); "
            "review this version with `tearline diff --html` and export again",
        ),
        (
            {"policy": "partner-release"},
            "overrides: made under policy 'partner-release', not 'duty-to-warn'; pass -p "
            "partner-release or review again under duty-to-warn",
        ),
        (
            {"policy_sha256": "f" * 64},
            "overrides: policy 'duty-to-warn' changed since the review (policy_sha256 "
            "differs); review again and export new overrides",
        ),
    ],
    ids=["another document", "another policy", "a changed policy"],
)
def test_when_overrides_were_made_for_something_else_then_they_are_refused(
    pins: dict[str, str], message: str
) -> None:
    with pytest.raises(OverridesError) as caught:
        _apply(Overrides.model_validate(pins))

    assert str(caught.value) == message


def test_when_the_pins_match_then_the_overrides_apply() -> None:
    overrides = Overrides(
        document_sha256=document_sha256(CABLE), policy=POLICY.name, policy_sha256=POLICY.sha256
    )

    assert _apply(overrides) == sorted(DECISIONS, key=lambda d: (d.start, d.end))


def test_when_the_rescan_refinds_a_restored_span_then_only_that_category_there_is_exempt() -> None:
    owl = DECISIONS[_index("Asset GREY OWL")]
    decisions = _apply(Overrides(restore=[RestoreItem(text="Asset GREY OWL", start=owl.start)]))
    draft = DRAFT.replace("Met the cell's", "Asset GREY OWL\nmet the cell's")
    inside = CheckHit(draft.index("GREY"), draft.index("GREY") + 8, "SOURCE", "r")
    other_kind = CheckHit(inside.start, inside.end, "SELECTOR", "r")
    elsewhere = CheckHit(draft.index("courier"), draft.index("courier") + 7, "SOURCE", "r")

    kept = exempt_restored(CABLE, draft, decisions, [inside, other_kind, elsewhere])

    assert kept == [other_kind, elsewhere]


def test_when_nothing_was_restored_then_every_rescan_hit_stands() -> None:
    hit = CheckHit(0, 4, "SOURCE", "r")

    assert exempt_restored(CABLE, "", list(DECISIONS), [hit]) == [hit]
