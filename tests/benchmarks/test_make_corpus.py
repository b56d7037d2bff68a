"""Tests for the benchmark's corpus generator: deterministic, and every name made anew."""

import importlib.util
import random
import re
from pathlib import Path

import pytest

_PATH = Path(__file__).parents[2] / "benchmarks" / "make_corpus.py"
_SPEC = importlib.util.spec_from_file_location("make_corpus", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
make_corpus = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(make_corpus)

SOURCES = make_corpus.templates(make_corpus.SAMPLES)


def test_when_made_twice_with_one_seed_then_each_report_is_the_same() -> None:
    first = [make_corpus.report(i, 7, SOURCES) for i in range(30)]
    again = [make_corpus.report(i, 7, SOURCES) for i in range(30)]
    other = [make_corpus.report(i, 8, SOURCES) for i in range(30)]

    assert first == again
    assert first != other


@pytest.mark.parametrize("seed", range(40))
def test_when_names_are_varied_then_no_two_become_one_and_none_becomes_a_word_of_the_report(
    seed: int,
) -> None:
    template = "Ask Vos about it, then Brask, who met Holm in Mor. Vos left for Mor."
    names = ["Vos", "Brask", "Holm", "Mor"]
    rng = random.Random(seed)
    varied = make_corpus.vary(template, rng)

    words = re.findall(r"[A-Z][a-z]+", varied)
    new = [w for w in dict.fromkeys(words) if w not in ("Ask", "Vos", "Brask", "Holm", "Mor")]
    assert not set(names) & set(words)
    assert len(new) == len(names)  # four distinct new names
    assert not {w.lower() for w in new} & {"ask", "about", "it", "then", "who", "met", "in", "left"}
