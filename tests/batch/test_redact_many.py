"""Tests for the batched entry point: the same result as `redact`, text by text, from a stream."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tearline.pipeline import redact, redact_many
from tearline.policy import Policy, load_policy

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy("duty-to-warn")


@pytest.fixture(scope="module")
def texts() -> list[str]:
    # a few dev reports beside the samples (never the held-out ones, which nobody reads)
    paths = sorted(SAMPLES.glob("*.txt")) + sorted(SAMPLES.glob("dev/*.txt"))[:6]
    # Edge cases beside the reports: empty, nothing to remove, only a banner.
    edges = ["", "The bridge will close.\n", "SECRET//NOFORN\n"]
    return [p.read_text(encoding="utf-8") for p in paths] + edges


@pytest.fixture(scope="module")
def alone(texts: list[str], policy: Policy) -> list[object]:
    return [redact(text, policy) for text in texts]


@pytest.mark.parametrize("batch_size", [1, 5, 64])
def test_when_texts_are_redacted_in_batches_then_each_result_is_the_one_redact_gives(
    texts: list[str], policy: Policy, alone: list[object], batch_size: int
) -> None:
    assert list(redact_many(texts, policy, batch_size=batch_size)) == alone


def test_when_texts_come_from_a_stream_then_they_are_read_one_batch_at_a_time(
    policy: Policy,
) -> None:
    read: list[int] = []

    def stream() -> Iterator[str]:
        for index in range(5):
            read.append(index)
            yield f"Members of the cell will attack on {index + 1} May.\n"

    results = redact_many(stream(), policy, batch_size=2)
    next(results)

    assert read == [0, 1]
    assert len(list(results)) == 4
    assert read == [0, 1, 2, 3, 4]


def test_when_policy_is_named_then_it_is_loaded_like_redact_does(texts: list[str]) -> None:
    assert list(redact_many(texts[:2], "duty-to-warn")) == [redact(t) for t in texts[:2]]
