"""The scrub's rounds reach a fixed point: a hit the narrow cut cannot clear is widened."""

from __future__ import annotations

from pathlib import Path

import pytest

import tearline.pipeline as pipeline
from tearline.decide import carry_back as carry_back_module
from tearline.model import CheckHit, Finding
from tearline.policy import load_policy

TEXT = "The cell will strike the dam on Friday at 07:00. Our man NOVA saw the plan.\n"


def _flag_nova(findings: list[Finding], policy: object, draft: str | None = None) -> list[CheckHit]:
    """A check that objects to the word NOVA wherever it stands in the draft."""
    start = (draft or "").find("NOVA")
    return [] if start < 0 else [CheckHit(start, start + 4, "SOURCE", "test")]


@pytest.mark.parametrize("lost_on_the_way", [False, True])
def test_when_a_narrow_recheck_cannot_clear_a_hit_then_its_sentence_goes_and_the_rest_is_released(
    monkeypatch: pytest.MonkeyPatch, lost_on_the_way: bool
) -> None:
    def narrow_or_nothing(
        original: str, draft: str, findings: list[Finding], *, anchors: bool = False
    ) -> list[Finding]:
        if not anchors and lost_on_the_way:
            return []  # the hit maps onto nothing in the original
        carried = carry_back_module.carry_back(original, draft, findings, anchors=anchors)
        # a cut that never holds: one character before the hit, so NOVA survives it
        return [
            Finding(max(f.start - 1, 0), max(f.start, 1), f.category, f.score, f.rule)
            for f in carried
        ]

    monkeypatch.setattr(pipeline, "rescan_hits", _flag_nova)
    monkeypatch.setattr(pipeline, "carry_back", narrow_or_nothing)
    result = pipeline.redact(TEXT, load_policy("duty-to-warn"))
    assert result.text is not None
    assert "NOVA" not in result.text
    assert "The cell will strike the dam on Friday at 07:00." in result.text


DEV = Path(__file__).resolve().parents[2] / "samples" / "dev"


def test_when_a_reworded_group_name_shares_a_word_with_another_group_then_it_is_released() -> None:
    """ "the group" reworded as "the Black Reed Front" is kept material, not removed: the
    word "Front" in "the Black Kestrel Front" further down is no survivor to withhold for."""
    text = "\n\n".join(
        (DEV / name).read_text(encoding="utf-8")
        for name in (
            "screening-keypoints-returnee-market.txt",
            "intsum-grid-vbied-water-point.txt",
        )
    )
    result = pipeline.redact(text, load_policy("duty-to-warn"))
    assert result.text is not None
    assert "Black Reed Front members" in result.text
    assert "Black Kestrel Front" in result.text


@pytest.mark.parametrize("mark", ["(1)", "(b)", "1.", "b)"])
def test_when_a_paragraph_mark_opens_a_reworded_frame_then_the_mark_stays_outside_it(
    mark: str,
) -> None:
    """The policy's own wording replaces the frame after the mark, so the check, which
    passes over that wording, has nothing left to object to."""
    text = f"{mark} A tap on the line shows that the cell will bomb the depot on 3 May 2027.\n"
    result = pipeline.redact(text, load_policy("partner-release"))
    assert result.text is not None
    assert f"{mark} " in result.text
    assert "the cell will bomb the depot on 3 May 2027" in result.text


def _record_requests(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the scrub asks to have analyzed, in order."""
    asked: list[str] = []
    real_find = pipeline.find

    def recording_find(request: str, policy: object) -> list[Finding]:
        asked.append(request)
        return real_find(request, policy)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "find", recording_find)
    return asked


def test_when_the_rewrite_leaves_blocks_untouched_then_the_check_reads_only_the_changed_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    untouched = "The van is white and has two doors.\n\nIt was bought in March.\n\n"
    text = f"{untouched}Per KESTREL, the cell will strike the dam on Friday at 07:00.\n"
    asked = _record_requests(monkeypatch)
    result = pipeline.redact(text, load_policy("duty-to-warn"))

    assert result.text is not None and "KESTREL" not in result.text
    assert asked[0] == text
    assert [request.strip() for request in asked[1:]] == [
        "It was bought in March.\n\nThe cell will strike the dam on Friday at 07:00."
    ]


def test_when_the_check_asks_for_another_round_then_it_reads_only_what_that_round_changed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = (
        "Per KESTREL, the cell will strike the dam on Friday at 07:00.\n\n"
        "The van is white and has two doors.\n\n"
        "The driver NOVA will wait at the north gate.\n"
    )
    asked = _record_requests(monkeypatch)
    monkeypatch.setattr(pipeline, "rescan_hits", _flag_nova)
    result = pipeline.redact(text, load_policy("duty-to-warn"))

    assert result.text is not None and "NOVA" not in result.text
    assert len(asked) == 3
    # the first rescan reads the changed first paragraph; the second, only the third
    assert asked[1].startswith("The cell will strike") and "NOVA" not in asked[1]
    assert asked[2].startswith("The van is white") and "strike" not in asked[2]
