"""A request to intercept a phone is our collection; the plotters' interception is their plan.

Rows are short reports and their release under duty-to-warn.
"""

import pytest
from releases import released

_PLOT = "Darrow will throw acid at the witness on 28 May at the bus stop.\n\n"


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            _PLOT + "An application to intercept Darrow's mobile has gone to the Powers desk.",
            "Powers desk",
        ),
        (_PLOT + "A request to intercept his phone was sent to the warrants unit.", "warrants"),
        (_PLOT + "The desk will seek a warrant to intercept Ames's handset.", "intercept"),
    ],
)
def test_when_we_ask_to_intercept_a_phone_then_it_goes(text: str, gone: str) -> None:
    out = released(text)
    assert gone not in out
    assert "throw acid at the witness on 28 May" in out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "The cell plans to intercept the convoy on the ring road on 3 May.",
            "intercept the convoy",
        ),
        (
            "An attempt to intercept the minister's car will be made at the bridge on 3 May.",
            "the minister's car will be made at the bridge",
        ),
        # a subject with more to it than the cut clause still says something
        (
            _PLOT + "The van, seen at the depot, will be used in the attack on 28 May.",
            "will be used in the attack",
        ),
    ],
)
def test_when_the_plotters_intercept_or_the_subject_keeps_content_then_it_stays(
    text: str, kept: str
) -> None:
    assert kept in released(text)
