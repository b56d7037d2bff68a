"""Tests for aligning an original with its draft: rows, marks, gaps and the offset map."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from review_cable import CABLE, DECISIONS, DRAFT, cable_result, withheld_result

from tearline.categories import Category
from tearline.model import CheckResult, Decision, PolicyRef, Result
from tearline.review.align import Alignment, Row, align, offset_map

FLAGSHIP = Path(__file__).resolve().parents[2] / "samples" / "flagship.txt"


def _left(alignment: Alignment) -> str:
    return "".join(s.text for row in alignment.rows for s in row.left)


def _right(alignment: Alignment) -> str:
    return "".join(s.text for row in alignment.rows for s in row.right)


def _text(row: Row, side: str) -> str:
    return "".join(s.text for s in (row.left if side == "left" else row.right)).strip()


def test_when_a_cable_is_aligned_then_both_texts_are_partitioned_exactly() -> None:
    alignment = align(CABLE, cable_result())

    assert _left(alignment) == CABLE
    assert _right(alignment) == DRAFT


def test_when_a_cable_is_aligned_then_rows_pair_each_unit_with_what_it_became() -> None:
    rows = align(CABLE, cable_result()).rows

    pairs = [(row.line, _text(row, "left"), _text(row, "right")) for row in rows]

    assert pairs == [
        (1, "SECRET//NOFORN", ""),
        (3, "SUBJECT: (S//NF) PLANNED ATTACK ON THE HALDEN WATER PLANT", pairs[1][2]),
        (4, "DOI: 2 MAY 2026", ""),
        (
            6,
            "1. (S//NF) According to a source with direct access, members of the Red\n"
            "Lantern Brigade will attack the Halden water plant on 1 May 2026.",
            "1. Reporting indicates that members of the Red\n"
            "Lantern Brigade will attack the Halden water plant on 1 May 2026.",
        ),
        (9, "2. (S//NF) The source has reported reliably since 2020.", ""),
        (9, "Asset GREY OWL\nmet the cell's courier twice.", "Met the cell's courier twice."),
        (12, "CASE OFFICER: J. DOE, EXT. 4471", ""),
    ]
    assert pairs[1][2] == "SUBJECT: PLANNED ATTACK ON THE HALDEN WATER PLANT"
    assert [row.paragraph for row in rows] == [0, 1, 1, 2, 3, 3, 4]


def test_when_a_change_is_aligned_then_it_is_one_span_on_the_left_and_its_text_on_the_right() -> (
    None
):
    alignment = align(CABLE, cable_result())
    replace = DECISIONS.index(next(d for d in DECISIONS if d.action == "replace"))

    left = [s for row in alignment.rows for s in row.left if s.decision == replace]
    right = [s for row in alignment.rows for s in row.right if s.decision == replace]

    assert [(s.mark, s.text) for s in left] == [
        ("change", "According to a source with direct access,")
    ]
    assert [(s.mark, s.text) for s in right] == [("change", "Reporting indicates that")]


def test_when_tidy_capitalizes_a_seam_then_both_sides_show_a_tidy_mark() -> None:
    row = align(CABLE, cable_result()).rows[5]

    left = [(s.mark, s.text) for s in row.left if s.mark != "plain"]
    right = [(s.mark, s.text) for s in row.right if s.mark != "plain"]

    assert left == [("change", "Asset GREY OWL"), ("tidy", "\nm")]
    assert right == [("tidy", "M")]


def test_when_a_removal_leaves_nothing_then_the_row_records_a_gap_where_it_was() -> None:
    rows = align(CABLE, cable_result()).rows
    marking = DECISIONS.index(next(d for d in DECISIONS if d.start == CABLE.index("(S//NF)")))

    subject = rows[1]

    assert (len("SUBJECT: "), marking) in subject.gaps


def test_when_a_span_is_kept_on_purpose_then_both_sides_mark_it_as_keep() -> None:
    row = align(CABLE, cable_result()).rows[3]
    keep = next(i for i, d in enumerate(DECISIONS) if d.action == "keep")

    marks = [(s.mark, s.text) for s in (*row.left, *row.right) if s.decision == keep]

    assert marks == [("keep", "1 May 2026"), ("keep", "1 May 2026")]


def test_when_the_check_withholds_then_its_hits_are_flagged_on_the_right_only() -> None:
    alignment = align(CABLE, withheld_result())

    hits = [s.text for row in alignment.rows for s in row.right if s.hit]

    assert "".join(hits) == "GREY OWL"
    assert not any(s.hit for row in alignment.rows for s in row.left)


def test_when_nothing_changes_then_every_row_is_plain_and_identical() -> None:
    text = "The cell will attack.\n\nIt has two cars.\n"
    result = Result(text, text, PolicyRef("p", "0" * 64), (), CheckResult(passed=True))

    rows = align(text, result).rows

    assert all(not row.changed for row in rows)
    assert [_text(r, "left") for r in rows] == [_text(r, "right") for r in rows]


def test_when_positions_are_mapped_then_kept_text_lands_on_itself_in_the_draft() -> None:
    offsets = offset_map(CABLE, DRAFT, DECISIONS)

    for needle in ("PLANNED ATTACK", "Lantern Brigade", "courier twice"):
        start = CABLE.index(needle)
        mapped = offsets.to_draft(start)
        assert DRAFT[mapped : mapped + len(needle)] == needle
    assert offsets.to_draft(len(CABLE)) == len(DRAFT)


def test_when_the_flagship_is_scrubbed_then_its_alignment_covers_both_texts() -> None:
    from tearline.pipeline import redact

    text = FLAGSHIP.read_text(encoding="utf-8")
    result = redact(text, "duty-to-warn")

    alignment = align(text, result)

    assert _left(alignment) == text
    assert _right(alignment) == result.draft
    shown = {s.decision for row in alignment.rows for s in row.left if s.mark == "change"}
    assert shown == {i for i, d in enumerate(result.decisions) if d.action != "keep"}


_WORDS = st.sampled_from(["alpha", "Beta", "gamma.", "delta,", "(S//NF)", "x", "\n", "\n\n", " "])


@st.composite
def _scrubs(draw: st.DrawFn) -> tuple[str, tuple[Decision, ...], str]:
    """A text, non-overlapping decisions on it, and a draft: the decisions applied, then
    edits near the seams such as a tidy step makes (case, dropped spaces and punctuation)."""
    text = " ".join(draw(st.lists(_WORDS, min_size=1, max_size=30)))
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=8)))
    decisions = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        if start < end:
            action = draw(st.sampled_from(["remove", "replace", "keep"]))
            replacement = (
                draw(st.sampled_from(["", "reporting", "Z"])) if action == "replace" else None
            )
            decisions.append(
                Decision(start, end, Category.SOURCE, action, "r", 0.5, "", replacement)
            )
    naive, pos = [], 0
    for d in decisions:
        if d.action == "keep":
            continue
        naive.append(text[pos : d.start])
        naive.append(d.replacement or "" if d.action == "replace" else "")
        pos = d.end
    naive.append(text[pos:])
    draft = "".join(naive)
    for _ in range(draw(st.integers(0, 3))):
        if draft:
            at = draw(st.integers(0, len(draft) - 1))
            edit = draw(st.sampled_from(["upper", "drop"]))
            draft = draft[:at] + (draft[at].upper() if edit == "upper" else "") + draft[at + 1 :]
    return text, tuple(decisions), draft


@settings(max_examples=150, deadline=None)
@given(_scrubs())
def test_when_any_draft_is_aligned_then_texts_partition_and_changes_stay_whole(
    scrub: tuple[str, tuple[Decision, ...], str],
) -> None:
    text, decisions, draft = scrub
    result = Result(draft, draft, PolicyRef("p", "0" * 64), decisions, CheckResult(passed=True))

    alignment = align(text, result)

    assert _left(alignment) == text
    assert _right(alignment) == draft
    for index, d in enumerate(decisions):
        if d.action == "keep":
            continue
        rows = [r for r in alignment.rows if any(s.decision == index for s in r.left)]
        spans = [s for r in rows for s in r.left if s.decision == index]
        assert len(rows) == 1
        assert "".join(s.text for s in spans) == text[d.start : d.end]
    positions = [alignment.offsets.to_draft(i) for i in range(len(text) + 1)]
    assert positions == sorted(positions)


def test_when_a_numbered_paragraph_is_cut_then_the_next_number_pairs_with_what_it_became() -> None:
    original = "1. (S) The source met him.\n\n2. (S) The cell will strike at dawn.\n"
    drop = Decision(3, 27, Category.SOURCE, "remove", "test:rule", 0.9)
    mark = Decision(32, 36, Category.MARKING, "remove", "test:rule", 0.9)
    draft = "1. The cell will strike at dawn.\n"
    result = Result(
        text=draft,
        draft=draft,
        policy=PolicyRef("test", "0" * 64),
        decisions=(drop, mark),
        check=CheckResult(passed=True),
    )

    rows = align(original, result).rows

    second = next(row for row in rows if "cell" in "".join(s.text for s in row.left))
    assert "".join(s.text for s in second.left).startswith("2. ")
    assert "".join(s.text for s in second.right).startswith("1. The cell")
    first = next(row for row in rows if "source" in "".join(s.text for s in row.left))
    assert "".join(s.text for s in first.right).strip() == ""
