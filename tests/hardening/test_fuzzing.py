"""Property-based tests over random Unicode text and over mutated windows of the samples.

For any input: no crash; every decision's offsets lie within the text; in a released output no
removed span survives (searched folded, on word boundaries, independently of the check's own
code); and sanitizing the released output again changes nothing. Bounded, since the whole
pipeline runs per example.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tearline.load.normalize import fold_for_comparison
from tearline.pipeline import redact
from tearline.policy import Policy, load_policy

#: The reports any developer may read: a failing example prints its text, and the held-out
#: reports are never to be read.
SAMPLES = sorted(
    p
    for p in Path(__file__).parents[2].joinpath("samples").rglob("*.txt")
    if "holdout" not in p.parts
)
LINES = [p.read_text(encoding="utf-8").splitlines(keepends=True) for p in SAMPLES]
POLICY: Policy = load_policy("duty-to-warn")
#: Derandomized: the suite runs the same examples everywhere, so a red CI is reproducible
#: (explore further with `--hypothesis-seed=N` and a larger max_examples).
BOUNDED = settings(
    max_examples=50,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
HIDDEN = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u202e", "\u00a0"]
HOMOGLYPHS = {
    "o": "\u043e", "O": "\u041e", "e": "\u0435", "E": "\u0415", "a": "\u0430", "A": "\u0410",
    "c": "\u0441", "C": "\u0421", "p": "\u0440", "P": "\u0420", "x": "\u0445", "i": "\u0456",
}  # fmt: skip


def _survives(fragment: str, output: str) -> bool:
    folded = fold_for_comparison(fragment)
    if len(folded.replace(" ", "")) < 3:
        return False
    return re.search(rf"(?<!\w){re.escape(folded)}(?!\w)", fold_for_comparison(output)) is not None


def _assert_properties(text: str) -> None:
    result = redact(text, POLICY)

    for decision in result.decisions:
        assert 0 <= decision.start <= decision.end <= len(text), decision
    if result.text is None:
        return
    for decision in result.decisions:
        if decision.action == "keep":
            continue
        fragment = text[decision.start : decision.end]
        if decision.replacement and (
            fold_for_comparison(fragment) == fold_for_comparison(decision.replacement)
            # a completion keeps what it replaced: "Vesk" becomes "Omar Vesk"
            or _survives(fragment, decision.replacement)
        ):
            continue
        assert not _survives(fragment, result.text), (decision, fragment)
    again = redact(result.text, POLICY)
    assert again.text == result.text, "sanitizing the released output changed it"


@st.composite
def _mutated_sample(draw: st.DrawFn) -> str:
    """A window of up to eight lines of a sample, with a few evasive or random edits."""
    lines = draw(st.sampled_from(LINES))
    first = draw(st.integers(0, len(lines) - 1))
    text = "".join(lines[first : first + draw(st.integers(1, 8))])
    for _ in range(draw(st.integers(0, 5))):
        if not text:
            break
        at = draw(st.integers(0, len(text) - 1))
        edit = draw(st.sampled_from(["hide", "homoglyph", "case", "char", "cut", "crlf", "copy"]))
        if edit == "hide":
            text = text[:at] + draw(st.sampled_from(HIDDEN)) + text[at:]
        elif edit == "homoglyph" and text[at] in HOMOGLYPHS:
            text = text[:at] + HOMOGLYPHS[text[at]] + text[at + 1 :]
        elif edit == "case":
            end = at + draw(st.integers(1, 20))
            text = text[:at] + text[at:end].swapcase() + text[end:]
        elif edit == "char":
            text = text[:at] + draw(st.characters(exclude_categories=["Cs"])) + text[at:]
        elif edit == "cut":
            text = text[:at] + text[at + draw(st.integers(1, 30)) :]
        elif edit == "crlf" and "\r\n" not in text:
            text = text.replace("\n", "\r\n")
        elif edit == "copy":
            text += text[at : at + 80]
    return text


@BOUNDED
@given(st.text(max_size=300))
def test_when_text_is_random_unicode_then_properties_hold(text: str) -> None:
    _assert_properties(text)


@BOUNDED
@given(_mutated_sample())
def test_when_a_sample_is_mutated_then_properties_hold(text: str) -> None:
    _assert_properties(text)


def test_when_samples_are_found_then_there_are_some_to_mutate() -> None:
    assert len(SAMPLES) >= 14
