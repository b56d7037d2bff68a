"""A service's letter that "informs" or "notifies" its partner that a plot is afoot frames the
plot as liaison reporting: the frame goes, the plot stays. Rows are one-sentence reports and
their release under duty-to-warn."""

import pytest

import tearline


def released(text: str) -> str:
    result = tearline.redact(text, "duty-to-warn")
    assert result.text is not None
    return result.text.strip()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Directorate informs its partner that the militant group Iron Heath intends to "
            "set fire to the Kellmar Reception Centre on 30 January.",
            "The militant group Iron Heath intends to set fire to the Kellmar Reception Centre "
            "on 30 January.",
        ),
        (
            "The Service notifies its partner that the group will bomb the station on Friday.",
            "The group will bomb the station on Friday.",
        ),
        # the plotters' own informing, or anyone's after the plot, is no frame
        (
            "The gang will inform the press after they bomb the station on Friday.",
            "The gang will inform the press after they bomb the station on Friday.",
        ),
        (
            "The cell will bomb the station on Friday unless the mayor notifies the council.",
            "The cell will bomb the station on Friday unless the mayor notifies the council.",
        ),
    ],
)
def test_when_a_service_informs_its_partner_then_the_frame_goes(text: str, expected: str) -> None:
    assert released(text) == expected
