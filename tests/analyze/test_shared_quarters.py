"""Tests for the shared quarters: the numbered cell or flat a co-resident source shares goes.

Each row is a short report and the release expected under duty-to-warn. Negatives number a
cell, flat or room where no cellmate or flatmate reported, or where the mate is a plotter.
"""

import pytest
from releases import released


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            "Prisoner: DORN, Ivo, A-Wing, Cell A2-14\n\nDorn's cellmate states that Dorn has "
            "paid Vick to stab the guard on 3 May. Cell search A2-14 found a phone.",
            ["A2-14", "cellmate"],
        ),
        (
            "Pell lives in flat 4B at Harrow Court. Pell's flatmate says that Pell will shoot "
            "the judge on 18 September.",
            ["4B", "flatmate"],
        ),
        (
            "Vick is held in cell no. 17 on the remand landing. His cellmate reports that Vick "
            "has ordered the guard stabbed on 3 May.",
            ["17", "cellmate"],
        ),
        (
            "Marek rents room 12 above the bakery. Marek's lodger told us that Marek will set "
            "fire to the mosque on 9 June.",
            ["room 12", "lodger"],
        ),
    ],
)
def test_when_a_cellmate_or_flatmate_reported_then_the_shared_place_goes(
    text: str, gone: list[str]
) -> None:
    release = released(text)
    assert all(piece not in release for piece in gone), release
    assert "3 May" in release or "18 September" in release or "9 June" in release


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Pell lives in flat 4B at Harrow Court and will shoot the judge on 18 September.",
            "flat 4B",
        ),
        (
            "The source says that Vick, held in cell 17, has ordered the guard stabbed on 3 May.",
            "cell 17",
        ),
        (
            "Pell's cellmate will stab the guard in room 12 of the visits block on 3 May.",
            "room 12",
        ),
    ],
)
def test_when_no_co_resident_reported_then_the_numbered_place_stays(text: str, kept: str) -> None:
    assert kept in released(text)
