"""Coverage of SOURCE across wordings: the same description of a source, said another way.

Each row is a short report with a plot statement and a description of the source in a
construction of its own (a relative clause on the plotter, a perception verb before a named
speaker, a meeting place in the attribution, a label line, a payment or a count with the source
inside it). The phrase that must not survive is its remove key; the plot statement that must
stay, as the release words it, is its keep key.

Negatives use the same constructions for the plotters (their money, their counts, their
meetings, their relatives, their groups) and must stay.
"""

from __future__ import annotations

import re

import pytest

from tearline.pipeline import redact_many

# fmt: off
# (id, report, remove key, keep key or None)
POSITIVES: list[tuple[str, str, str, str | None]] = [
    # the threat told in a relative clause on the plotter the source's half names
    ("relcl-lodges", "The source lodges with Basil Crae, who will shoot the judge at Fane court "
     "on 3 June.", "lodges with", "Basil Crae will shoot the judge at Fane court on 3 June."),
    ("relcl-in-law", "The source is the brother-in-law of Jon Varga, who will bomb the Selby "
     "mall on 3 May.", "brother-in-law", "Jon Varga will bomb the Selby mall on 3 May."),
    ("relcl-translated", "The source translated the bomb manual for the cell, which will attack "
     "the Lund station on 2 October.", "translated the bomb manual",
     "The cell will attack the Lund station on 2 October."),
    ("relcl-street", "The source grew up on the same street as the Kade brothers, who will "
     "attack the Norr synagogue on 1 September.", "same street",
     "The Kade brothers will attack the Norr synagogue on 1 September."),
    ("relcl-asked-store", "The source was asked to store two bags of fertiliser for the cell, "
     "which will bomb the Greyling bridge on 25 May.", "store two bags",
     "The cell will bomb the Greyling bridge on 25 May."),
    ("relcl-uncle-that", "The informant's uncle leads the cell that will attack the Hove "
     "barracks on 5 July.", "informant's uncle",
     "The cell will attack the Hove barracks on 5 July."),
    # a threat to the source alone is no warning: the sentence goes whole
    ("relcl-threat-to-him", "The Vell cell will bomb the Arden bridge on 4 June. The source is "
     "afraid of the Dorn brothers, who have threatened to kill him if he talks.",
     "threatened to kill him", "The Vell cell will bomb the Arden bridge on 4 June."),
    # a named speaker heard by the source: the saying goes, the name stays
    ("heard-say-that", "The source heard Gavin Rook say that he will bomb the Marl depot on "
     "4 May.", "source heard", "Gavin Rook will bomb the Marl depot on 4 May."),
    ("heard-say", "The informant heard Hugo Lamm say he will bomb the Dell hotel on 17 June.",
     "informant", "Hugo Lamm will bomb the Dell hotel on 17 June."),
    ("heard-nurses", "The informant, one of 2 nurses on the ward, heard Sami Dorr say he will "
     "bomb the Fenn station on 7 June.", "one of 2 nurses",
     "Sami Dorr will bomb the Fenn station on 7 June."),
    # where we met the source is no group for "the cell" to take the name of
    ("met-lay-by", "At a meeting on 6 March in a lay-by on the A40, the source said the cell "
     "will bomb the Tarrow bridge on 2 April.", "A40",
     "The cell will bomb the Tarrow bridge on 2 April."),
    ("met-restaurant", "The source, met at McDonald's on the bypass on 4 April, said the cell "
     "will bomb the Vesey depot on 21 April.", "McDonald's",
     "The cell will bomb the Vesey depot on 21 April."),
    # meeting arrangements on a line of their own, whatever the writer calls the meeting
    ("meet-re-meet", "The cell will bomb the Anvil depot on 20 May.\nRe-meet: Tesco Marlow, "
     "14 May.", "Tesco Marlow", "The cell will bomb the Anvil depot on 20 May."),
    ("meet-fallback-point", "Tobin Rask will attack the Cole church on 5 June.\nFallback meeting "
     "point: the bench by Mill Pond.", "Mill Pond", "Cole church on 5 June"),
    ("meet-next-rv-with", "Next RV with the source: Aldi car park, Bray Road, 5 May.\nThe cell "
     "will bomb the Dunley depot on 14 May.", "Aldi car park", "Dunley depot on 14 May"),
    ("meet-emergency", "Anton Pike will shoot the mayor at Dunn Square on 19 June.\nEmergency "
     "contact plan: the source calls the duty number and asks for Mike.", "duty number",
     "Dunn Square on 19 June"),
    ("meet-alternate", "The cell will attack the Esk barracks on 9 September.\nAlternate meet: "
     "the Shell garage on the bypass, 1900.", "Shell garage", "Esk barracks on 9 September"),
    # a payment to the source and a count with the source inside it say who he is
    ("paid-total", "Nina Vosk will stab the priest at St Orin church on 7 March. Total payments "
     "to the source now stand at USD 9,500.", "USD 9,500", "St Orin church on 7 March"),
    ("paid-label", "Payment to the source this month: JPY 50,000. The cell will bomb the Ilse "
     "bridge on 1 June.", "JPY 50,000", "The cell will bomb the Ilse bridge on 1 June."),
    ("count-including", "Mira Tash plans to stab the councillor at Bell Hall on 6 May. Just "
     "three members of the cell, including the source, attended.", "Just three members",
     "Bell Hall on 6 May"),
    ("count-among-them", "Ruud Hask will attack the Pell Street mosque on 4 April. Four men, "
     "among them our informant, were at the farm.", "Four men", "Pell Street mosque on 4 April"),
]

# (id, report, keep key)
NEGATIVES: list[tuple[str, str, str]] = [
    ("neg-relcl-driver", "The cell's driver, who will bring the van, is the leader's cousin.",
     "who will bring the van, is the leader's cousin"),
    ("neg-relcl-in-law", "Jon Varga's brother-in-law, who will drive the car, lives in Tarn.",
     "brother-in-law, who will drive the car, lives in Tarn"),
    ("neg-heard-guard", "Rook heard the guard say that the gate opens at 05:00 on 4 May.",
     "the gate opens at 05:00"),
    ("neg-group-source", "A source in the Red Hand Brigade said the group will bomb the Vesey "
     "depot on 21 April.", "The Red Hand Brigade will bomb the Vesey depot"),
    ("neg-group-member", "A member of the Black Lantern Movement told the source that the "
     "movement will attack the Orme barracks on 3 May.",
     "The Black Lantern Movement will attack the Orme barracks"),
    ("neg-fallback-target", "The cell will bomb the Anvil depot on 20 May.\nFallback target: the "
     "Orme bridge.", "Fallback target: the Orme bridge."),
    ("neg-rv-attackers", "The cell will bomb the Anvil depot on 20 May.\nRV point for the "
     "attackers: the Dorn farm.", "the Dorn farm"),
    ("neg-next-meeting-cell", "The cell will bomb the Anvil depot on 20 May.\nNext meeting of "
     "the cell: 3 May at the Dorn farm.", "3 May at the Dorn farm"),
    ("neg-meet-costa", "The brothers will bomb the Anvil depot on 20 May. They meet at the Costa "
     "on 3 May.", "meet at the Costa on 3 May"),
    ("neg-paid-van", "The cell paid EUR 400 for the van it will use to bomb the Anvil depot.",
     "paid EUR 400 for the van"),
    ("neg-payments-bomber", "The cell will bomb the Anvil depot on 20 May. Total payments to the "
     "bomb-maker now stand at USD 9,500.", "USD 9,500"),
    ("neg-count-leader", "Three members of the cell, including the leader, will attack the "
     "Anvil depot on 20 May.", "Three members of the cell, including the leader"),
    ("neg-one-of-four", "One of four attackers will carry the vest into the Anvil depot on "
     "20 May.", "One of four attackers"),
    ("neg-in-law-drive", "The cell will bomb the Anvil depot on 20 May. His brother-in-law will "
     "drive.", "His brother-in-law will drive"),
]
# fmt: on

# Rows the engine does not yet cover, with why (strict: fixing one flips its row).
GAPS: dict[str, str] = {
    "neg-heard-guard": "a plotter who overhears is read as whoever reported, and the sentence "
    "goes whole",
}


def _rows(table: list[tuple]) -> list:
    return [
        pytest.param(
            *row,
            id=row[0],
            marks=[pytest.mark.xfail(strict=True, reason=GAPS[row[0]])] if row[0] in GAPS else [],
        )
        for row in table
    ]


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


@pytest.fixture(scope="module")
def releases() -> dict[str, str]:
    """Each report's release under duty-to-warn, all analyzed in one pass."""
    rows = [(row[0], row[1]) for row in POSITIVES] + [(row[0], row[1]) for row in NEGATIVES]
    return {
        key: result.text or ""
        for (key, _), result in zip(
            rows, redact_many([text for _, text in rows], "duty-to-warn"), strict=True
        )
    }


@pytest.mark.parametrize(("key", "report", "remove", "keep"), _rows(POSITIVES))
def test_when_a_wording_describes_the_source_then_it_goes_and_the_plot_stays(
    releases: dict[str, str], key: str, report: str, remove: str, keep: str | None
) -> None:
    released = _fold(releases[key])

    assert _fold(remove) not in released
    assert keep is None or _fold(keep) in released


@pytest.mark.parametrize(("key", "report", "keep"), _rows(NEGATIVES))
def test_when_the_wording_belongs_to_the_plotters_then_it_stays(
    releases: dict[str, str], key: str, report: str, keep: str
) -> None:
    assert _fold(keep) in _fold(releases[key])
