"""Tests for the rules that find a source by how few could have told and by its record.

Each row is a short report and the release expected under duty-to-warn: the count of who could
know and the record of earlier reporting go, the threat beside them stays. Negatives count the
plotters, or judge them, with the plot in the sentence.
"""

import pytest
from releases import released

THREAT = "Pell will bomb the depot on 3 May."


@pytest.mark.parametrize(
    "portrait",
    [
        "CHIS asks no action that cd expose him; only 4 ppl at darts night.",
        # the harm in what was told is its subject matter, not a plot
        "It is the only person to whom Pell has spoken of the pistol.",
        "She is one of only three people who open up the hall on weekdays.",
        "The sub-source is one of two men who delivered fuel to the compound that week.",
        "She heard them planning behind her stall and is the only woman who works that corner.",
        # the few who know, listed; the teller counted among a pair
        "Only Arno, Saul, Greta and my brother-in-law know the date.",
        "If it comes out they'll know it was one of us two.",
        # "fewer than": the parser hangs it on the number
        "Fewer than five people had access to this plan, one of them the source.",
    ],
)
def test_when_a_count_says_how_few_could_have_told_then_it_goes(portrait: str) -> None:
    assert released(f"The source says {THREAT} {portrait}") == THREAT


@pytest.mark.parametrize(
    "portrait",
    [
        "He has no reason to invent it and has been accurate on three earlier items.",
        # the harm of an earlier report is history
        "The sub-source has been right about two earlier ambushes on Route Amber.",
        "She has given police correct information twice before, about a stolen van.",
    ],
)
def test_when_whoever_reported_was_right_before_then_the_record_goes(portrait: str) -> None:
    assert released(f"The source says {THREAT} {portrait}") == THREAT


@pytest.mark.parametrize(
    "text",
    [
        # the plotters counted, or judged, in their plot
        "Only two men will carry the rifles into the hall on Friday.",
        "The group's leader is the only person who can arm the bomb.",
        "One of the two men who stole the explosives will drive the van on Friday.",
        "The bomb-maker has always been reliable with timers and will arm the device.",
        # a judgement with no record: the plot stays
        "He was right: the cell will bomb the depot on Friday.",
        # the few who know, with the plot in the sentence; a pair of plotters
        "Only Pell and Vey know the date of the attack on the depot.",
        "One of them two will drive the van to the depot on Friday.",
        "Fewer than five gunmen will storm the hall on Friday.",
    ],
)
def test_when_the_count_or_judgement_is_the_plot_then_the_sentence_stays(text: str) -> None:
    assert released(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"{THREAT} How she knows: Pell works on her team and car-shares with her; he "
            "showed her photos of the device on his phone on 11 September.",
            THREAT,
        ),
        (
            # a plan after the label is the warning's: only the label goes
            f"{THREAT} How she knows: Pell will bring the device in his lunch cooler.",
            f"{THREAT} Pell will bring the device in his lunch cooler.",
        ),
        (
            # no one who reported in the label: a heading of the plot
            "How the bomb works: the device has a timer.",
            "How the bomb works: the device has a timer.",
        ),
    ],
)
def test_when_a_label_says_how_whoever_reported_knows_then_what_follows_is_access(
    text: str, expected: str
) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He said the cell will bomb the depot on 3 May. He is a forklift driver at Harrow "
            "Logistics and works the night shift with Pell.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            f"{THREAT} The source, an employee of Carver Freight, shares a locker room with Pell.",
            THREAT,
        ),
        (
            "She said the cell will bomb the depot on 3 May. She shares a flat with Pell's "
            "sister and drinks with him on Fridays.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            f"{THREAT} The caller, a woman who lives above Pell's garage, rang the tipline on "
            "Monday.",
            THREAT,
        ),
        (
            "He said the cell will bomb the depot on 3 May. He was right about the Halden arson "
            "last year.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "Q: How do you know this? A: My cousin drives for Pell's uncle and heard them talk "
            f"about the depot. Q: When? A: {THREAT}",
            f"Q: When? A: {THREAT}",
        ),
    ],
)
def test_when_whoever_reported_shares_a_life_with_a_plotter_or_answers_how_then_it_goes(
    text: str, expected: str
) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the plotters' own lives and plans stay
        f"{THREAT} Dale Rourke works with Pell at the yard.",
        f"{THREAT} He lives with Dan Rourke on Mill Road.",
        f"He said {THREAT} Rourke will drive; he works with Pell at the yard and will bring "
        "the van.",
        "Q: How will they do it? A: Pell will drive a van into the depot on 3 May.",
    ],
)
def test_when_the_shared_life_or_answer_is_the_plotters_then_it_stays(text: str) -> None:
    out = released(text)
    assert "Rourke" in out or "drive a van" in out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{THREAT} The agent has been run by this station since 2019.", THREAT),
        (
            "He said the cell will bomb the depot on 3 May. He attends the same mosque as Pell "
            "and sits beside him at Friday prayers.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            f"{THREAT} Contact is a former member of the cell who left in 2024 after a dispute.",
            THREAT,
        ),
        (f"{THREAT} The source, a former fighter of the Front, left last year.", THREAT),
        # met by no one named, to tell what he knew: met by his handler
        (
            f"{THREAT} He was met at the retail park on 29 October and gave the date and the "
            "address.",
            THREAT,
        ),
        (f"{THREAT} The informant was met at the retail park on 29 October.", THREAT),
        # what reached us was told to us
        (f"{THREAT} The plan first reached us through a man who drives for Pell.", THREAT),
        # a past role in the group's ranks, of the one questioned or of the source's "he"
        (
            "Subject says Pell will bomb the depot on 3 May. Subject spent two years as the "
            "radio operator of a Sable Wing unit.",
            "Pell will bomb the depot on 3 May.",
        ),
        (
            "He says Pell will bomb the depot on 3 May. He spent two years as the radio "
            "operator of a Sable Wing unit.",
            "Pell will bomb the depot on 3 May.",
        ),
    ],
)
def test_when_our_side_runs_whoever_reported_or_it_left_the_group_then_it_goes(
    text: str, expected: str
) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pell, a former soldier, will bomb the depot on 3 May.",
        "The gunman was recruited by the cell in 2024 and will bomb the depot on 3 May.",
        # a police note's bare "Subject" is the plotter
        "Subject intends to shoot the MP on 3 May. Subject is a former member of the League.",
        # met by the plotters, or to be taken somewhere: no telling of ours
        f"{THREAT} He was met at the station on 2 May and taken to the safe house.",
        f"{THREAT} He was met at the station by Pell on 2 May.",
        "The minister will be met at the airport on 9 May, where the gunmen will wait.",
        "The gunmen reached us at the gate on 2 May and will return to burn the clinic.",
        # the plotter's past: a police note's Subject, a "he" who is no source, or a plan
        "Subject intends to shoot the MP on 3 May. Subject spent two years as a fighter of "
        "the Front.",
        "Quist will bomb the concert on 15 August. He spent two years as the radio operator "
        "of a Sable Wing unit.",
    ],
)
def test_when_the_past_or_the_recruiter_is_the_plotters_then_it_stays(text: str) -> None:
    assert released(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"{THREAT} Info obtained from a community member who sells phone credit near the "
            "camp gate; she has been accurate before.",
            THREAT,
        ),
        (
            f"{THREAT} The interpreter's brother, who lives in the village, is the origin of "
            "this report.",
            THREAT,
        ),
        (f"{THREAT} Nobody else was in the room when Pell described the plan.", THREAT),
    ],
)
def test_when_a_note_names_its_origin_or_that_no_one_else_heard_then_it_goes(
    text: str, expected: str
) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Community members will be attacked at the market on 3 May.",
        "Nobody else will carry the bomb into the depot on 3 May.",
    ],
)
def test_when_the_community_or_nobody_else_is_in_the_plot_then_it_stays(text: str) -> None:
    assert released(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The militia will raid the clinic on 3 May. The FP has been reliable on two earlier "
            "incidents and asked that her name not be used.",
            "The militia will raid the clinic on 3 May.",
        ),
        (
            "According to a community focal point who runs the water committee, the militia "
            "will raid the clinic on 3 May.",
            "The militia will raid the clinic on 3 May.",
        ),
        (
            "The militia will raid the clinic on 3 May (information from a staff member whose "
            "husband drives for the militia).",
            "The militia will raid the clinic on 3 May.",
        ),
    ],
)
def test_when_an_aid_report_credits_a_focal_point_or_a_staff_member_then_it_goes(
    text: str, expected: str
) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The focal point of the attack will be the clinic gate on 3 May.",
        "The cell got the information from a guard at the depot and will bomb it on 3 May.",
    ],
)
def test_when_the_focal_point_or_the_information_is_the_plotters_then_it_stays(
    text: str,
) -> None:
    assert released(text) == text
