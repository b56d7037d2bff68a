"""A service's letter that "informs" or "notifies" its partner that a plot is afoot frames the
plot as liaison reporting: the frame goes, the plot stays. Rows are one-sentence reports and
their release under duty-to-warn."""

import pytest
from releases import released


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our service has information that the Black Reed group will bomb the depot on 3 May.",
            "The Black Reed group will bomb the depot on 3 May.",
        ),
        (
            # a long aside on the information, which the parser does not read as a frame
            "Our Service has at disposal information, received on 12.09.2026 in a personal "
            'meeting with the operative source "LARCH", that the brothers Ivo MAREK and Pavel '
            "MAREK, residents of Osterby, are preparing to attack the market on Saturday "
            "3 October 2026.",
            "The brothers Ivo MAREK and Pavel MAREK, residents of Osterby, are preparing to "
            "attack the market on Saturday 3 October 2026.",
        ),
        (
            "The liaison service holds reporting, obtained from a source in the cell, that Arno "
            "Pell will bomb the depot on 3 May.",
            "Arno Pell will bomb the depot on 3 May.",
        ),
        # the plotters' own information is no frame; a report held with no threat goes whole
        (
            "The Black Reed group has information that the judge will travel to Osterby on 3 May.",
            "The Black Reed group has information that the judge will travel to Osterby on 3 May.",
        ),
        ("Our service holds the report that the source filed on 3 May.", ""),
    ],
)
def test_when_a_service_holds_information_that_x_then_the_frame_goes(
    text: str, expected: str
) -> None:
    assert released(text) == expected
