"""Tests for CollectionTableRecognizer: collection columns of pipe tables go, others stay."""

import pytest

from tearline.analyze.recognizers.collection_table_recognizer import CollectionTableRecognizer
from tearline.categories import Category

ENTITY = Category.COLLECTION.value


@pytest.fixture(scope="module")
def recognizer() -> CollectionTableRecognizer:
    return CollectionTableRecognizer()


def found(recognizer: CollectionTableRecognizer, text: str) -> list[str]:
    results = recognizer.analyze(text, entities=[ENTITY], nlp_artifacts=None)
    return [text[r.start : r.end] for r in sorted(results, key=lambda r: r.start)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ITEM 2\n\n| Source | Reliability | Received |\n|---|---|---|\n"
            "| registered informant | B2 | 11 May 2027, Pellham |\n\nKeir Madden will stab her.",
            [
                "| Source | Reliability | Received |\n|---|---|---|\n"
                "| registered informant | B2 | 11 May 2027, Pellham |"
            ],
        ),
        (
            "| Item | DOI | Source |\n| 1 | 3 May | walk-in |\n",
            ["| Item | DOI | Source |\n| 1 | 3 May | walk-in |"],
        ),
        (
            "| Threat | Target | Date of attack | Received |\n|--|--|--|--|\n"
            "| arson | bus garage | 15 May | 10.05.2027, Derrow |",
            ["Received", "10.05.2027, Derrow"],
        ),
        (
            "  | When | Where | Source |\n  | 22 May 10:00 | Pellham Library | informant |",
            ["Source", "informant"],
        ),
        (
            # a log's columns of who gave an item and how it came in
            "| # | date rec'd | channel | who gave it | summary |\n|---|---|---|---|---|\n"
            "| 3-0412 | 08 Sep | help desk | woman who sells tea | grenades at 08:00 |",
            # the row's number is its record in our system, and goes too
            [
                "#",
                "date rec'd",
                "channel",
                "who gave it",
                "3-0412",
                "08 Sep",
                "help desk",
                "woman who sells tea",
            ],
        ),
        (
            # a plain count numbers the rows, and stays
            "| # | date rec'd | summary |\n|---|---|---|\n| 1 | 08 Sep | grenades at 08:00 |\n"
            "| 2 | 09 Sep | a grey pickup |",
            ["date rec'd", "08 Sep", "09 Sep"],
        ),
        (
            # beside a column of sources, the columns that tell of each source's access and
            # grade describe him; what each gave stays
            "| Item | Source | Description / access | Grade | What it gave |\n"
            "|---|---|---|---|---|\n"
            "| 1 | CHS-4471 | his former flatmate; paid USD 300 | B | a plan to shoot the dean |",
            [
                "Source",
                "Description / access",
                "Grade",
                "CHS-4471",
                "his former flatmate; paid USD 300",
                "B",
            ],
        ),
        (
            # a header cell of two collection labels, and rows whose cells wrap onto a row of
            # their own: every line of the column goes
            "| # | Element | Information | Basis / source | DOI |\n|---|---|---|---|---|\n"
            "| 1 | Target | Grand Hotel, | Satphone intercept | 2026-08-19 |\n"
            "|   |        | Tarsa        | +88216 5550 1234   |            |",
            ["Basis / source", "DOI", "Satphone intercept", "2026-08-19", "+88216 5550 1234"],
        ),
    ],
)
def test_when_a_table_has_collection_columns_then_their_cells_or_the_table_are_found(
    recognizer: CollectionTableRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "| Date | Place | Method |\n|---|---|---|\n| 03.05.2027 | central station | pipe bomb |",
        "| Target | Time |\n| north gate | 07:45 |",
        "| Target | Attack channel |\n| north gate | ramming |",
        # an access column with no column of sources beside it tells how the plotters get in
        "| Target | Access | Date |\n|---|---|---|\n| north gate | by the loading bay | 3 May |",
        "The attack is planned for 03.05.2027 at the central station.",
        "| Received |",
        "a | b | c on one line",
        # a compound label whose parts are not all collection labels
        "| Target / place | When |\n|---|---|\n| bus garage | 24 April |",
        "| Source / target | When |\n|---|---|\n| the water plant | 24 April |",
    ],
)
def test_when_a_table_is_about_the_threat_or_there_is_no_table_then_nothing_is_found(
    recognizer: CollectionTableRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ITEMS\n\n| Exhibit | Item | Examination | Finding |\n|---|---|---|---|\n"
            "| KB/1 | Handset | Physical extraction | Note of the route |\n"
            "| KB/2 | Magazine | Powder enhancement | Print matched to Cole |\n\nWarn her.",
            [
                "| Exhibit | Item | Examination | Finding |\n|---|---|---|---|\n"
                "| KB/1 | Handset | Physical extraction | Note of the route |\n"
                "| KB/2 | Magazine | Powder enhancement | Print matched to Cole |"
            ],
        ),
        (
            "| Device | How recovered | Content |\n| laptop | disk image | the plan |",
            ["| Device | How recovered | Content |\n| laptop | disk image | the plan |"],
        ),
    ],
)
def test_when_a_table_says_how_each_item_was_examined_then_it_goes_whole(
    recognizer: CollectionTableRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the attack's items, and a threat table's own "method"
        "| Item | Finding |\n|---|---|\n| van | packed with gas cylinders |",
        "| Target | Method |\n| depot | examination of the fence, then arson |",
    ],
)
def test_when_a_table_does_not_say_how_items_were_examined_then_it_stays(
    recognizer: CollectionTableRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


def test_when_collection_is_not_asked_for_then_nothing_is_found(
    recognizer: CollectionTableRecognizer,
) -> None:
    assert recognizer.analyze("| Source |\n| x |", entities=[], nlp_artifacts=None) == []


GRID = (
    "+----+------------------+------------------+-----------+\n"
    "| #  | Threat           | Derived          | Logged    |\n"
    "|    |                  | from             |           |\n"
    "+----+------------------+------------------+-----------+\n"
    "| 1  | Petrol bombs at  | tasked informant | 17 Apr,   |\n"
    "|    | the bus garage   | ORCHID-7         | Unit 9    |\n"
    "+----+------------------+------------------+-----------+\n"
)


def test_when_a_grid_table_has_a_two_line_collection_header_then_its_cells_are_found(
    recognizer: CollectionTableRecognizer,
) -> None:
    assert found(recognizer, GRID) == [
        "Derived",
        "Logged",
        "from",
        "tasked informant",
        "17 Apr,",
        "ORCHID-7",
        "Unit 9",
    ]


def test_when_a_grid_table_is_about_the_threat_then_nothing_is_found(
    recognizer: CollectionTableRecognizer,
) -> None:
    text = (
        "+--------+------------+\n| Threat | When       |\n+--------+------------+\n"
        "| arson  | 24 April   |\n+--------+------------+\n"
    )
    assert found(recognizer, text) == []


ALIGNED = (
    "Date     What happened                          How we know\n"
    "28 Jan   Krane buys a box van in Ferring.       Dealer records; reported by his bank\n"
    "02 Feb   Krane walks the route to the gate.     Council CCTV, camera 14\n"
)


def test_when_a_blank_aligned_table_has_a_how_we_know_column_then_its_cells_are_found(
    recognizer: CollectionTableRecognizer,
) -> None:
    assert found(recognizer, ALIGNED) == [
        "How we know",
        "Dealer records; reported by his bank",
        "Council CCTV, camera 14",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Date     What happened                          Where\n"
        "28 Jan   Krane buys a box van in Ferring.       Ferring\n"
        "02 Feb   Krane walks the route to the gate.     Riverside Stadium\n",
        "The cell will attack the gate.  How we know is set out below.\n"
        "Krane bought a van.\n"
        "He walked the route.\n",
    ],
)
def test_when_an_aligned_table_is_about_the_threat_then_nothing_is_found(
    recognizer: CollectionTableRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


REGISTER = (
    "Ref  | Type      | Description                        | DOI         | Grade\n"
    "-----+-----------+------------------------------------+-------------+------\n"
    "S-1  | Liaison   | Service report PX/26/553           | 12 Sep 2026 | B/2\n"
    "     |           | passed to our officer in Kell      |             |\n"
    "S-2  | Human     | Shop assistant; met by M. Quint    | 28 Aug 2026 | C/3\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"ANNEX A\n\n{REGISTER}\nPrepared by: L. Oyel", [REGISTER.rstrip("\n")]),
        (
            "Src | Reliability | Date of information\n----+-------------+----\n"
            "A   | usually reliable | 3 May\n",
            [
                "Src | Reliability | Date of information\n----+-------------+----\n"
                "A   | usually reliable | 3 May"
            ],
        ),
    ],
)
def test_when_a_borderless_table_grades_and_dates_its_sources_then_it_goes_whole(
    recognizer: CollectionTableRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the plotters' timetable: no grade, no date of information
        "Time  | Place          | Act\n------+----------------+-----\n"
        "09:00 | Ferry Road     | launch the drones\n",
        # a grade with no date of information: a school's marks
        "Pupil | Grade\n------+------\nAnna  | B\n",
        # a line of fields with no rule under it
        "SIR 26/1187 | 03/09/2026 14:05 | Grade: B2\nThe cell will strike.\n",
    ],
)
def test_when_a_borderless_table_is_no_register_of_sources_then_nothing_is_found(
    recognizer: CollectionTableRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


LOG = (
    "TIME  CALL    ENTRY\n"
    "0641  Green 0 OP manned, first floor over the baker's at\n"
    "              Mill St 4. Clear view of the gate.\n"
    "0748  Green 3 PELL out on foot, loose follow to the cafe."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Team: Green\n\n{LOG}\n\nSUMMARY\nPell will strike.", [LOG]),
        (
            "Time   C/S   Event\n0900   Red 1   Eyeball on the van.\n1000   Red 2   Lost.",
            ["Time   C/S   Event\n0900   Red 1   Eyeball on the van.\n1000   Red 2   Lost."],
        ),
    ],
)
def test_when_a_log_names_who_logged_each_row_by_call_sign_then_it_goes_whole(
    recognizer: CollectionTableRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the plotters' timetable: no call-sign column
        "TIME   PLACE        ACT\n0900   Ferry Road   launch\n0915   main stage   release",
        # a call made by the plotters is a row's words, not a column
        "TIME   ENTRY\n0900   call to the depot\n0915   van leaves",
    ],
)
def test_when_a_log_has_no_call_sign_column_then_it_stays(
    recognizer: CollectionTableRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pipe table whose last column says how each row was learned
        (
            "| Date | Flow | How we know |\n|---|---|---|\n"
            "| 11.12 | Moreau collects two parcels | production order; locker CCTV |",
            ["How we know", "production order; locker CCTV"],
        ),
        # another wording, the column in the middle
        (
            "| Date | How sourced | Event |\n|---|---|---|\n"
            "| 3 May | bank records | Pell buys nails |",
            ["How sourced", "bank records"],
        ),
        # a passive header with another verb
        (
            "| Item | Detail | How this was established |\n|--|--|--|\n"
            "| 1 | van hired in Tarrow | dealer's ledger read by us |",
            ["How this was established", "dealer's ledger read by us"],
        ),
        (
            "| Event | How it was found out |\n| Krane walks the route | Council CCTV |\n",
            ["How it was found out", "Council CCTV"],
        ),
    ],
)
def test_when_a_pipe_table_column_says_how_each_row_was_learned_then_its_cells_are_found(
    recognizer: CollectionTableRecognizer, text: str, expected: list[str]
) -> None:
    assert found(recognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # how the attack will be done is the threat
        "| Date | Target | How they will attack |\n|---|---|---|\n| 3 May | depot | van bomb |",
        "| Device | How it was built |\n|---|---|\n| pipe bomb | nails packed round the charge |",
    ],
)
def test_when_a_pipe_table_column_says_how_the_attack_works_then_nothing_is_found(
    recognizer: CollectionTableRecognizer, text: str
) -> None:
    assert found(recognizer, text) == []
