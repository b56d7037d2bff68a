"""Tests for the firm a source works for: every kept mention of it goes with the source.

Rows are short reports and the release expected under duty-to-warn. Negatives name a firm in the
threat itself, or the plotters' own firm, which a recipient needs.
"""

import pytest
from releases import released


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Krell trades through an account at Dellmore Securities. A Dellmore employee says "
            "Krell will shoot the chairman at the Kessel Centre on 12 March. Do not alert "
            "Dellmore or the chairman's staff.",
            "Krell trades through an account. Krell will shoot the chairman at the Kessel "
            "Centre on 12 March.",
        ),
        (
            "The source, who drives for Tillbrook Taxis, says Vance will kidnap the judge on "
            "2 November. Vance books Tillbrook Taxis for his trips.",
            "Vance will kidnap the judge on 2 November.",
        ),
    ],
)
def test_when_a_removed_source_phrase_names_its_firm_then_every_mention_goes(
    text: str, expected: str
) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the firm is the target: it stays
            "A Dellmore employee says Krell will shoot the Dellmore chairman on 12 March.",
            "Krell will shoot the Dellmore chairman on 12 March.",
        ),
        (
            # harm in other words ("snatch") is a threat too: the firm in it stays
            "A Dellmore employee says Krell will snatch the chairman at Dellmore on 12 March.",
            "Krell will snatch the chairman at Dellmore on 12 March.",
        ),
        (
            # the firm's own people are named by it: it stays
            "A Dellmore employee says Krell will shoot the chairman on 12 March. Dellmore's "
            "chairman is Sir Alastair Penhryn.",
            "Krell will shoot the chairman on 12 March. Dellmore's chairman is Sir Alastair "
            "Penhryn.",
        ),
        (
            # the plotter's firm, in the kept content, is not the source's
            "The source says Krell, a Vantor Securities trader, will shoot the chairman on "
            "12 March. Vantor Securities has offices in Halden.",
            "Krell, a Vantor Securities trader, will shoot the chairman on 12 March. Vantor "
            "Securities has offices in Halden.",
        ),
        (
            # whom the source drinks with is named by his boss, who is a plotter: he stays
            "The cell will kidnap the judge on 2 November. Its leader Vance owns a grey van. "
            "The source drinks at the Anchor with Vance's driver.",
            "The cell will kidnap the judge on 2 November. Its leader Vance owns a grey van.",
        ),
        (
            "The gang will shoot the mayor on 3 May. Its money comes from Halloran Freight. "
            "Our source plays cards with a Halloran employee every week.",
            "The gang will shoot the mayor on 3 May. Its money comes from Halloran Freight.",
        ),
    ],
)
def test_when_the_firm_is_the_target_or_the_plotters_or_not_the_sources_then_it_stays(
    text: str, expected: str
) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (
            "The Kestrel Front plans to kidnap aid staff in Dessaro on 2 September. Cell leader "
            "Orran Vesk has assigned six fighters to the operation. Source's access came through "
            "a brother-in-law who drives for Vesk.",
            "Cell leader Orran Vesk has assigned six fighters",
            "brother-in-law",
        ),
        (
            # another verb of working, another role noun, the source's own job
            "The gang will bomb the Larch Street depot on 4 May. Gang boss Dario Harlan has "
            "recruited three men for the job. Our informant works for Harlan as a bodyguard.",
            "Gang boss Dario Harlan has recruited three men",
            "bodyguard",
        ),
        (
            # the source phrase first, the full name after it
            "The source, who cleans for Marr, reports that the crew will shoot the magistrate on "
            "9 June. Esko Marr owns two boats.",
            "Esko Marr owns two boats.",
            "cleans",
        ),
        (
            # passive, the full name before the source phrase
            "Esko Marr owns two boats. The source, employed by Marr as a deckhand, says the crew "
            "will shoot the magistrate on 9 June.",
            "Esko Marr owns two boats.",
            "deckhand",
        ),
        (
            # negative: a firm, with no given name before it, still goes in every mention
            "The source, who drives for Tillbrook Taxis, says Vance will kidnap the judge on "
            "2 November. Vance books Tillbrook Taxis for his trips.",
            "Vance will kidnap the judge on 2 November.",
            "Tillbrook",
        ),
        (
            "A Dellmore employee says Krell will shoot the chairman at the Kessel Centre on "
            "12 March. Do not alert Dellmore or the chairman's staff.",
            "Krell will shoot the chairman at the Kessel Centre on 12 March.",
            "Dellmore",
        ),
    ],
)
def test_when_whom_the_source_works_for_has_a_given_name_then_the_plotter_keeps_his_name(
    text: str, kept: str, gone: str
) -> None:
    release = released(text)
    assert kept in release
    assert gone not in release


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The defector is the cousin of Tarek's driver; his family lives in Harnau. Jamal "
            "Tarek will lead the raid on the depot on 3 May.",
            "Jamal Tarek will lead the raid on the depot on 3 May.",
        ),
        (
            "Our informant, a nephew of Vance's driver, says the cell will kidnap the judge on "
            "2 November. Vance rents a flat on Quay Street.",
            "The cell will kidnap the judge on 2 November. Vance rents a flat on Quay Street.",
        ),
        (
            "A neighbour of Orlov's secretary told police that the group will attack the rally "
            "on 9 July. Orlov rents a flat on Quay Street.",
            "The group will attack the rally on 9 July. Orlov rents a flat on Quay Street.",
        ),
        (
            "The walk-in, whose brother-in-law is Mercer's accountant, says the cell will bomb "
            "the bridge on 4 June. Mercer rents a flat on Quay Street.",
            "The cell will bomb the bridge on 4 June. Mercer rents a flat on Quay Street.",
        ),
        (
            "The source, a friend of a Halloran employee, says the gang will shoot the mayor on "
            "3 May. Halloran Freight pays the gang.",
            "The gang will shoot the mayor on 3 May. Halloran Freight pays the gang.",
        ),
    ],
)
def test_when_the_worker_is_kin_of_the_source_then_his_employer_stays(
    text: str, expected: str
) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the source is one of the firm's drivers: the firm goes
            "The source, one of Tillbrook Taxis's drivers, says Vance will kidnap the judge on "
            "2 November. Vance books Tillbrook Taxis for his trips.",
            "Vance will kidnap the judge on 2 November.",
        ),
        (
            # the source works as the firm's driver: the firm goes
            "The source, who works as Dellmore's driver, says Krell will shoot the chairman on "
            "12 March. Krell keeps an account at Dellmore.",
            "Krell will shoot the chairman on 12 March.",
        ),
    ],
)
def test_when_the_source_is_the_worker_then_the_employer_still_goes(
    text: str, expected: str
) -> None:
    assert released(text) == expected
