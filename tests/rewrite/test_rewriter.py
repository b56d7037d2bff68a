"""Tests for the rewriter: every action reaches its operator, a keyed operator reads its key
once, and the check can tell inserted wording from what survived."""

from __future__ import annotations

from pathlib import Path

import pytest

from tearline.categories import Category
from tearline.model import Decision, Finding
from tearline.policy import Policy, load_policy
from tearline.rewrite.operators.pseudonymize import pseudonym
from tearline.rewrite.rewriter import Rewritten, apply, rewrite

TEXT = "According to the source, the cell led by Oskar Ferrante will strike at 08:30."
SOURCE = (0, len("According to the source, "))
NAME = (TEXT.index("Oskar"), TEXT.index(" will"))
TIME = (TEXT.index("at 08:30"), TEXT.index("."))


def _decision(span: tuple[int, int], category: Category, action: str) -> Decision:
    return Decision(span[0], span[1], category, action, "rule", 0.9)


@pytest.fixture
def policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Policy:
    monkeypatch.setenv("TL_TEST_KEY", "p" * 32)
    path = tmp_path / "mixed.yaml"
    path.write_text(
        "name: mixed\nextends: partner-release\ncategories:\n"
        "  PERPETRATOR: {action: pseudonymize, key: 'env:TL_TEST_KEY'}\n"
        "  TIME: {action: generalize}\n",
        encoding="utf-8",
    )
    return load_policy(path)


def test_when_decisions_use_every_kind_of_operator_then_each_is_applied(policy: Policy) -> None:
    decisions = [
        _decision(SOURCE, Category.SOURCE, "generalize"),
        _decision(NAME, Category.PERPETRATOR, "pseudonymize"),
        _decision(TIME, Category.TIME, "generalize"),
    ]

    result = apply(TEXT, decisions, policy)

    name = pseudonym("Oskar Ferrante", b"p" * 32)
    assert (
        result.text == f"According to reporting, the cell led by {name} will strike in the morning."
    )
    assert result.inserted == ("in the morning", name, "According to reporting, ")


def test_when_no_policy_is_given_then_remove_and_replace_still_work() -> None:
    decisions = [
        _decision(SOURCE, Category.SOURCE, "remove"),
        Decision(*TIME, Category.TIME, "replace", "rule", 0.9, replacement="soon"),
    ]

    assert rewrite(TEXT, decisions) == "The cell led by Oskar Ferrante will strike soon."


def test_when_an_action_needs_a_policy_and_none_is_given_then_it_is_an_error() -> None:
    with pytest.raises(ValueError, match="no operator for action 'generalize' without a policy"):
        apply(TEXT, [_decision(TIME, Category.TIME, "generalize")])


def test_when_only_kept_spans_then_the_text_is_unchanged() -> None:
    result = apply(TEXT, [_decision(NAME, Category.PERPETRATOR, "keep")])

    assert result == Rewritten(TEXT)


def test_when_rescan_finds_inserted_wording_then_only_other_findings_remain() -> None:
    rewritten = Rewritten(
        "Technical reporting indicates that the cell will strike. Intercepted calls show it.",
        inserted=("technical reporting indicates that ",),
    )
    ours = Finding(0, 35, Category.METHOD, 0.85, "reporting-frame")
    theirs = Finding(57, 73, Category.METHOD, 0.85, "reporting-frame")
    wider = Finding(0, 50, Category.METHOD, 0.85, "sourcing-sentence")

    assert rewritten.outside_inserts([ours, theirs, wider]) == [theirs, wider]


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        pytest.param(
            "AND\nUNIDENTIFIED FACILITATOR (@qamar_dv).\n\nDEVICES UNDER BENCHES.\n",
            "@qamar_dv",
            id="emptied-brackets-in-capitals",
        ),
        pytest.param(
            "ITEM 1. Arson\n\n    Source:  liaison\n    Received: 10.05\n\nThe cell will strike.\n",
            "Source:  liaison",
            id="emptied-indented-label",
        ),
        pytest.param(
            "1. (S) The cell will strike.\n\n2. (S) The source was paid.\n\n3. (S) Bring vans.\n",
            "2. (S) The source was paid.",
            id="renumbered-paragraphs",
        ),
        pytest.param(
            "The cell will strike.\n\nPrepared by the Harbour Desk.\n",
            "Prepared by the Harbour Desk.",
            id="last-paragraph-removed",
        ),
    ],
)
def test_when_lines_end_in_crlf_then_rewrite_matches_the_unix_text(text: str, removed: str) -> None:
    start = text.index(removed)
    unix = rewrite(text, [_decision((start, start + len(removed)), Category.SOURCE, "remove")])
    windows = text.replace("\n", "\r\n")
    start = windows.index(removed)
    decisions = [_decision((start, start + len(removed)), Category.SOURCE, "remove")]

    assert rewrite(windows, decisions) == unix.replace("\n", "\r\n")


@pytest.mark.parametrize(
    ("text", "removed", "expected"),
    [
        # a clause cut at the end of a kept sentence, and the next sentence's opening cut too
        (
            "They strike on the clinic day, our driver told us. According to him, the"
            " commander leads.",
            [", our driver told us.", "According to him, "],
            "They strike on the clinic day. The commander leads.",
        ),
        (
            "They strike on Friday; the driver heard it from his cousin. Hassow leads.",
            ["; the driver heard it from his cousin."],
            "They strike on Friday. Hassow leads.",
        ),
        # negatives: a whole sentence cut takes its stop; a clause inside a sentence has none
        (
            "They strike on Friday. Our driver told us. Hassow leads.",
            ["Our driver told us. "],
            "They strike on Friday. Hassow leads.",
        ),
        (
            "They strike on Friday, our driver says, at the gate.",
            [", our driver says,"],
            "They strike on Friday at the gate.",
        ),
    ],
)
def test_when_a_clause_ending_a_sentence_is_cut_then_the_sentence_keeps_its_stop(
    text: str, removed: list[str], expected: str
) -> None:
    decisions = [
        _decision((text.index(r), text.index(r) + len(r)), Category.SOURCE, "remove")
        for r in removed
    ]

    assert rewrite(text, decisions) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # a whole sentence put in, then a reworded start: the next one starts a sentence too
        (
            "The leader is Borys Hlyvka. ",
            "The leader is Borys Hlyvka. There were two tubes unloaded.",
        ),
        # no sentence ends inside the inserted words: nothing is capitalized
        ("The leader, ", "The leader, there were two tubes unloaded."),
    ],
)
def test_when_replacements_stand_side_by_side_then_a_sentence_inside_them_starts_capitalized(
    said: str, expected: str
) -> None:
    text = 'He said "we go". The camera recorded two tubes unloaded.'
    frame, verb = text.index("The camera"), text.index("recorded")
    decisions = [
        Decision(0, frame, Category.PERPETRATOR, "replace", "r", 0.9, replacement=said),
        Decision(frame, verb, Category.METHOD, "remove", "r", 0.9),
        Decision(verb, verb + 8, Category.THREAT, "replace", "r", 0.9, replacement="there were"),
    ]

    assert apply(text, decisions).text == expected
