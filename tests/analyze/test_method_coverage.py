"""Coverage of METHOD (how the information was collected) across the vocabulary of reports.

Each probe is a line of a report, written from how intelligence and police reports are
phrased in general, not from any sample: a method of collection told in it must go (its
remove key must not survive), and what it says of the threat must stay (its keep key). The
negatives use the same words for the event or the threat, where they must stay.

Every probe follows a threat sentence, so that the engine reads a report; the threat's own
key must survive too. Probes the engine does not yet cover are marked xfail with the reason,
so that the table states the engine's coverage as it is.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import pytest

from tearline.pipeline import redact_many


class Probe(NamedTuple):
    """A line of a report, the phrase that must go and the phrase that must stay."""

    text: str
    remove: str | None
    keep: str | None


#: Threat sentences put before the probes in turn; each with the words that must stay of it.
CONTEXTS = [
    ("The Crimson Hand cell will bomb the Veyra market on Friday 12 June.", "Veyra market"),
    (
        "Members of the Orsk Brotherhood plan to shoot worshippers at the Halden chapel on 3 July.",
        "Halden chapel",
    ),
    ("A kidnap of the port director, Ilse Marn, is planned for the week of 20 May.", "Ilse Marn"),
]

#: A probe whose text starts with a newline stands on a line of its own.
POSITIVES = [
    # intercepted calls, messages and e-mails
    Probe(
        "Intercepted calls between the two brothers show they will strike at dawn.",
        "Intercepted calls",
        "strike at dawn",
    ),
    Probe(
        "In a call monitored on 3 March, Vell told his cousin that the device is ready.",
        "monitored",
        "device is ready",
    ),
    Probe(
        "Telephone intercept product indicates the cell has acquired two rifles.",
        "intercept",
        "acquired two rifles",
    ),
    Probe(
        "Lawful interception of Kade's mobile recorded him arranging delivery of the explosives.",
        "interception",
        None,
    ),
    Probe(
        "The group's WhatsApp chat, which we have been reading since January, discussed the "
        "route to the fuel depot.",
        "we have been reading",
        None,
    ),
    Probe(
        "E-mails obtained from the suspect's account confirm that the target is the ferry "
        "terminal.",
        "E-mails obtained",
        "ferry terminal",
    ),
    Probe(
        "SMS traffic between the cell members refers to a wedding on Saturday.", "SMS traffic", None
    ),
    Probe(
        "Monitoring of the group's Telegram channel shows they plan to attack the parade.",
        "Monitoring of the group",
        "attack the parade",
    ),
    Probe(
        "A tasked intercept of the satellite phone captured the commander ordering the ambush.",
        "tasked intercept",
        None,
    ),
    Probe(
        "Signals intelligence indicates that the convoy will be hit near Orsk bridge.",
        "Signals intelligence",
        "Orsk bridge",
    ),
    Probe("SIGINT reporting suggests the attack is planned for next week.", "SIGINT", None),
    Probe("Comms intercepts show Dace and Hollin discussing the timer.", "intercepts", None),
    Probe(
        "We intercepted a text from Orlo confirming the attack date as 14 July.",
        "We intercepted",
        "14 July",
    ),
    Probe(
        "A voicemail left on Brann's phone gives the meeting place as the old quarry.",
        "voicemail",
        None,
    ),
    Probe(
        "Product from the line on Tesk's landline shows he has spoken to the gunsmith twice.",
        "Product from the line",
        None,
    ),
    Probe(
        "Call data records show repeated contact between Mora and the bomb-maker.",
        "Call data records",
        None,
    ),
    Probe(
        "Traffic analysis of the cell's phones links them to a safe house on Quay Street.",
        "Traffic analysis",
        None,
    ),
    Probe(
        "In the intercepted conversation, Rell says the bomb is already in the car.",
        "intercepted conversation",
        None,
    ),
    Probe("Per the intercept log, the gunmen will move on Thursday.", "intercept log", "Thursday"),
    Probe(
        "The transcript of the 4 May call records Ivo agreeing to drive the van.",
        "transcript",
        None,
    ),
    Probe(
        "Voice identification of the caller as Pell was made by a linguist.",
        "Voice identification",
        None,
    ),
    Probe(
        "The speaker was identified by voice comparison as the cell's quartermaster.",
        "voice comparison",
        None,
    ),
    Probe(
        "A translation of the recording indicates the attack will use a truck.",
        "translation of the recording",
        None,
    ),
    Probe(
        "Wiretap product confirms that Soren will collect the weapons on Sunday.",
        "Wiretap",
        "collect the weapons on Sunday",
    ),
    Probe(
        "The cell's encrypted chats, decrypted by our technical partners, mention the stadium.",
        "decrypted",
        None,
    ),
    Probe(
        "The cell will bomb the rail depot on Friday, according to intercepted communications.",
        "intercepted communications",
        "bomb the rail depot",
    ),
    Probe(
        "Kiel, whose calls we monitor, will drive the car bomb to the plaza.",
        "whose calls we monitor",
        "drive the car bomb to the plaza",
    ),
    Probe(
        "Monitored messages show the kidnap of the banker is set for 22 June.",
        "Monitored messages",
        "22 June",
    ),
    Probe(
        "The attack, planned for 3 August, was discussed on an intercepted call.",
        "intercepted call",
        "3 August",
    ),
    Probe(
        "Collection on the group's Signal chats shows they will use a drone packed with "
        "explosives.",
        "Signal chats",
        "drone packed with explosives",
    ),
    Probe(
        "As revealed by the tap on his phone, Harl intends to shoot the governor.",
        "tap on his phone",
        "shoot the governor",
    ),
    # technical operations and devices on premises, vehicles, phones and computers
    Probe(
        "An audio device installed in the flat recorded the men planning the attack on the "
        "embassy.",
        "audio device",
        "embassy",
    ),
    Probe(
        "A probe in the suspects' car captured them discussing the route.",
        "probe in the suspects",
        None,
    ),
    Probe(
        "Covert listening device coverage of the garage shows the bomb is being assembled there.",
        "listening device",
        None,
    ),
    Probe(
        "Technical coverage of the safe house was established in April.", "Technical coverage", None
    ),
    Probe("Our implant on Dax's laptop returned a floor plan of the ministry.", "implant", None),
    Probe(
        "Remote access to the suspect's handset yielded photos of the building.",
        "Remote access",
        None,
    ),
    Probe(
        "The bug in the back room picked up Vesna saying the attack is off until the spring.",
        "bug in the back room",
        None,
    ),
    Probe(
        "A covert camera at the front door recorded three men carrying crates into the house.",
        "covert camera",
        None,
    ),
    Probe(
        "Malware placed on the forum server gives us the members' private messages.",
        "Malware",
        None,
    ),
    Probe(
        "Following a covert entry to the lock-up, officers photographed detonators in a holdall.",
        "covert entry",
        None,
    ),
    Probe(
        "Compromise of the cell's shared e-mail account revealed drafts naming the judge as the "
        "target.",
        "Compromise of",
        None,
    ),
    Probe(
        "Equipment interference on the laptop recovered the bomb-making manual.",
        "Equipment interference",
        None,
    ),
    Probe(
        "A keylogger on the cafe computer captured Soto's log-in to the forum.", "keylogger", None
    ),
    Probe(
        "Technical coverage indicates the gunmen will wear police uniforms.",
        "Technical coverage",
        "wear police uniforms",
    ),
    # trackers
    Probe(
        "The team fitted a tracking device to the blue Transit on 2 June.", "tracking device", None
    ),
    Probe(
        "GPS tracker data shows the van parked outside the school three times this week.",
        "GPS tracker",
        None,
    ),
    Probe(
        "Tracking of Lorn's car places him at the quarry where the explosives are stored.",
        "Tracking of Lorn",
        None,
    ),
    Probe(
        "A beacon on the suspect's motorbike has shown repeated visits to the airport perimeter.",
        "beacon",
        None,
    ),
    # imagery, drones and overhead coverage
    Probe(
        "Overhead imagery from 12 May shows vehicles being loaded at the farm.",
        "Overhead imagery",
        None,
    ),
    Probe("Satellite imagery shows a new firing range at the camp.", "Satellite imagery", None),
    Probe(
        "Commercial imagery of the compound taken last week reveals a second truck.",
        "Commercial imagery",
        None,
    ),
    Probe("IMINT confirms the construction of bunkers near the border.", "IMINT", None),
    Probe(
        "A surveillance drone observed the group rehearsing the assault on the checkpoint.",
        "surveillance drone",
        "assault on the checkpoint",
    ),
    Probe("UAV footage captured the men burying the device beside the road.", "UAV footage", None),
    Probe(
        "Aerial surveillance on 3 June tracked the convoy to the warehouse.",
        "Aerial surveillance",
        None,
    ),
    Probe(
        "Photographs taken by the observation team show Kale meeting the courier.",
        "observation team",
        None,
    ),
    Probe(
        "Full-motion video from the aircraft shows the fighters gathering at the crossroads.",
        "Full-motion video",
        None,
    ),
    Probe(
        "Geospatial analysis of the site indicates preparations for an attack on the dam.",
        "Geospatial analysis",
        "attack on the dam",
    ),
    Probe(
        "From imagery, we assess the launch site is north of the village.",
        "From imagery",
        "north of the village",
    ),
    # CCTV and number-plate reads
    Probe(
        "CCTV footage from the petrol station shows Mara buying fuel cans.", "CCTV footage", None
    ),
    Probe(
        "A trawl of CCTV along the route placed the red hatchback near the synagogue at 02:10.",
        "trawl of CCTV",
        None,
    ),
    Probe("ANPR reads put the vehicle on the M4 heading towards the port.", "ANPR", None),
    Probe(
        "The plate was read by a number-plate recognition camera at Kell junction.",
        "number-plate recognition",
        None,
    ),
    Probe(
        "Camera footage obtained from the hotel shows the pair photographing the entrance.",
        "Camera footage obtained",
        None,
    ),
    Probe(
        "A review of closed-circuit television recordings identified the driver as Fenn.",
        "closed-circuit television",
        None,
    ),
    # cell-site and location data
    Probe(
        "Cell-site analysis places Orr's phone at the reservoir on the nights of 2 and 3 July.",
        "Cell-site analysis",
        None,
    ),
    Probe(
        "His handset was located near the barracks on Monday by a cell-site survey.",
        "cell-site survey",
        None,
    ),
    Probe(
        "Location data from the phone shows Bexa visiting the embassy twice.", "Location data", None
    ),
    Probe(
        "Geolocation of the handset puts him in Carrow since Tuesday.",
        "Geolocation of the handset",
        None,
    ),
    Probe("Mast data indicates the suspects travelled together to the coast.", "Mast data", None),
    Probe("The phone's location history shows visits to the depot.", "location history", None),
    Probe(
        "Triangulation of the phone's signal placed the caller near the bridge.",
        "Triangulation",
        None,
    ),
    Probe("Pings from Toma's mobile show him moving towards the capital.", "Pings from", None),
    # online undercover work, covert accounts, screenshots and captured posts
    Probe(
        "An online covert operative engaged Reza on the forum, where he boasted of the plan to "
        "attack the parade.",
        "covert operative",
        "attack the parade",
    ),
    Probe(
        "Our covert account in the group's Telegram chat received the instructions.",
        "covert account",
        None,
    ),
    Probe(
        "An undercover officer posing as a buyer was offered two pistols by Galt.",
        "undercover officer",
        None,
    ),
    Probe(
        "Posing online as a sympathiser, our officer was invited into the group's private channel.",
        "Posing online as a sympathiser",
        None,
    ),
    Probe(
        "A persona account run by the unit has been friends with Dray since March.",
        "persona account",
        None,
    ),
    Probe(
        "Screenshots of the now-deleted posts show Ilko threatening the mayor.", "Screenshots", None
    ),
    Probe(
        "A screen capture taken on 4 April shows the channel's pinned message.",
        "screen capture",
        None,
    ),
    Probe(
        "Archived copies of his posts, captured before the account was suspended, show the plan.",
        "captured before the account was suspended",
        None,
    ),
    Probe(
        "Open-source monitoring of extremist forums identified the user as Holt.",
        "Open-source monitoring",
        None,
    ),
    Probe(
        "An undercover operative attended the meeting at which the attack was planned.",
        "undercover operative",
        None,
    ),
    Probe("Our UC was shown the rifles in the boot of the car.", "Our UC", None),
    Probe(
        "During an online covert engagement, the subject sent a photo of the bomb.",
        "online covert engagement",
        None,
    ),
    # financial and travel records
    Probe(
        "Financial records show Varn wired money to the weapons dealer on 5 May.",
        "Financial records",
        None,
    ),
    Probe(
        "Bank records obtained from Nordbank reveal bulk purchases of fertiliser.",
        "Bank records obtained",
        None,
    ),
    Probe(
        "Suspicious activity reports filed by the bank flagged Hale's transfers abroad.",
        "Suspicious activity reports",
        None,
    ),
    Probe(
        "Passenger name records show the pair booked flights to Lisbon.",
        "Passenger name records",
        None,
    ),
    Probe(
        "Travel records obtained from the airline place him in Istanbul last month.",
        "Travel records obtained",
        None,
    ),
    Probe(
        "Border crossing data shows Miro entered the country on a false passport.",
        "Border crossing data",
        None,
    ),
    Probe(
        "An analysis of his card transactions shows he bought a burner phone at the station.",
        "card transactions",
        None,
    ),
    Probe(
        "A production order served on the bank produced his statements.", "production order", None
    ),
    # forensics and seized devices
    Probe(
        "Forensic examination of the seized laptop recovered plans of the power station.",
        "Forensic examination",
        None,
    ),
    Probe("Fingerprints lifted from the tape matched Dorn.", "Fingerprints lifted", None),
    Probe(
        "DNA recovered from the detonator matched a profile on file for Kael.",
        "DNA recovered",
        None,
    ),
    Probe(
        "Exploitation of the phone seized at the port revealed contact with the bomb-maker.",
        "Exploitation of the phone",
        None,
    ),
    Probe(
        "Material from the devices seized in the March raid names the consulate as the target.",
        "devices seized",
        "consulate",
    ),
    Probe(
        "Digital forensics on the recovered USB stick found a list of targets.",
        "Digital forensics",
        None,
    ),
    Probe(
        "A download of his handset at the border found images of the target.",
        "download of his handset",
        None,
    ),
    Probe(
        "Analysis of the phone taken from Pell on arrest shows messages about the weapons.",
        "taken from Pell on arrest",
        None,
    ),
    Probe(
        "Document exploitation of the captured notebooks identified the next target as the "
        "airport.",
        "Document exploitation",
        "the airport",
    ),
    Probe(
        "Media exploitation of the hard drives seized in the raid shows surveillance of the court.",
        "Media exploitation",
        None,
    ),
    # liaison and foreign services
    Probe(
        "The Ruritanian service reports that the cell will strike the embassy in May.",
        "Ruritanian service",
        "strike the embassy in May",
    ),
    Probe(
        "According to a liaison partner, the group has acquired explosives.",
        "liaison partner",
        "acquired explosives",
    ),
    Probe(
        "Information shared by a foreign intelligence service indicates Osk is in the city.",
        "foreign intelligence service",
        None,
    ),
    Probe("A partner agency passed us the recording on 3 June.", "partner agency", None),
    Probe(
        "According to his service, the group has acquired explosives.",
        "his service",
        "acquired explosives",
    ),
    Probe(
        "The liaison officer told us that, according to his service, the group has acquired "
        "explosives.",
        "his service",
        "acquired explosives",
    ),
    Probe(
        "Liaison reporting from the Borduran police indicates the courier crossed the border.",
        "Liaison reporting",
        None,
    ),
    Probe(
        "Allied service reporting shows two men are planning to attack the synagogue.",
        "Allied service",
        "attack the synagogue",
    ),
    Probe(
        "The Vestrian security service told us the rifles arrive by ferry on 9 June.",
        "Vestrian security service",
        "9 June",
    ),
    # debriefing and interrogation
    Probe(
        "During his debriefing, the detainee said the bomb is hidden in the mosque basement.",
        "debriefing",
        "mosque basement",
    ),
    Probe("Under interrogation, Vasko named the driver as Idris.", "interrogation", None),
    Probe(
        "In interview after caution, the suspect admitted buying the chemicals.",
        "interview after caution",
        None,
    ),
    Probe(
        "A custodial debrief of the arrested courier indicated the cell has two more devices.",
        "custodial debrief",
        "two more devices",
    ),
    Probe(
        "The defector, debriefed in Vienna, described the training camp.",
        "debriefed in Vienna",
        None,
    ),
    Probe(
        "Questioning of the detained driver revealed the planned route.",
        "Questioning of the detained driver",
        None,
    ),
    Probe(
        "A tactical interrogation report states the next attack will target the airport.",
        "tactical interrogation",
        "target the airport",
    ),
    # surveillance teams and their logs
    Probe(
        "Surveillance officers saw Brack enter the gun shop at 14:10.",
        "Surveillance officers",
        None,
    ),
    Probe(
        "The surveillance log for 5 May records Kell meeting Oda at the park.",
        "surveillance log",
        None,
    ),
    Probe(
        "Mobile surveillance followed the van from the farm to the industrial estate.",
        "Mobile surveillance",
        None,
    ),
    Probe("Static observation of the house saw crates being unloaded.", "Static observation", None),
    Probe(
        "A foot surveillance team housed the subject at 23 Mill Lane.",
        "foot surveillance team",
        None,
    ),
    Probe("We have had him under surveillance since February.", "under surveillance", None),
    Probe(
        "The subject was followed by the team to the train station, where he met the courier.",
        "followed by the team",
        None,
    ),
    Probe(
        "The observation post reported three men loading bags into a car at dusk.",
        "observation post",
        None,
    ),
    Probe("A surveillance team lost Dorr near the port at 18:00.", "surveillance team", None),
    # authorities and warrants for intrusion
    Probe(
        "An interception warrant authorised coverage of his phone.", "interception warrant", None
    ),
    Probe(
        "A property interference authorisation was granted for the flat.",
        "property interference",
        None,
    ),
    Probe(
        "Under the FISA order, his e-mail account has been collected since April.",
        "FISA order",
        None,
    ),
    Probe(
        "A directed surveillance authority covers the subject's movements.",
        "directed surveillance",
        None,
    ),
    Probe(
        "The magistrate granted a warrant to monitor the group's phones.",
        "warrant to monitor",
        None,
    ),
    Probe(
        "Authority for the intrusive deployment was signed on 1 May.", "intrusive deployment", None
    ),
    # labels and layout
    Probe("\nMETHOD: telephone intercept", "telephone intercept", None),
    Probe(
        "\nSource of information: intercepted Telegram messages (see annex).",
        "intercepted Telegram",
        None,
    ),
    Probe("\nCollection: ANPR; CCTV; cell-site.", "cell-site", None),
    Probe("\n(Obtained via covert audio.)", "covert audio", None),
    Probe("\nBasis: liaison reporting and imagery.", "liaison reporting", None),
]

NEGATIVES = [
    Probe(
        "The gunmen plan to intercept the minister's convoy on the coast road.",
        None,
        "intercept the minister's convoy",
    ),
    Probe(
        "The cell will fly a drone over the stadium during the final.",
        None,
        "fly a drone over the stadium",
    ),
    Probe("They will film the attack and post it online.", None, "film the attack"),
    Probe(
        "CCTV cameras at the mall are the target, to blind them before the raid.",
        None,
        "CCTV cameras at the mall",
    ),
    Probe("The bomb's battery pack is hidden in a lunch box.", None, "battery pack"),
    Probe("A forensic lab is their target.", None, "forensic lab"),
    Probe(
        "The gang will jam the mobile phone signal around the bank before the robbery.",
        None,
        "jam the mobile phone signal",
    ),
    Probe(
        "The attackers intend to hack the water plant's control system.",
        None,
        "hack the water plant",
    ),
    Probe(
        "They will use a GPS tracker to follow the judge's car before the ambush.",
        None,
        "GPS tracker to follow the judge",
    ),
    Probe(
        "The cell will call the hotel with a bomb threat to clear the lobby.",
        None,
        "call the hotel",
    ),
    Probe(
        "The device will be triggered by a call to a mobile phone taped to it.",
        None,
        "triggered by a call to a mobile phone",
    ),
    Probe(
        "The assassin plans to pose as a telecom engineer to enter the minister's residence.",
        None,
        "pose as a telecom engineer",
    ),
    Probe(
        "They will send messages to the victim's family demanding a ransom.",
        None,
        "demanding a ransom",
    ),
    Probe(
        "The group intends to attack the satellite ground station at Oren.",
        None,
        "satellite ground station",
    ),
    Probe(
        "The cell will attack the radar site with drones on 4 May.", None, "radar site with drones"
    ),
    Probe(
        "The kidnappers will watch the girl's school run for a week before taking her.",
        None,
        "watch the girl's school run",
    ),
    Probe(
        "The gunmen will carry out surveillance of the synagogue before the attack.",
        None,
        "surveillance of the synagogue",
    ),
    Probe("They plan to bomb the bank's records office on Quay Street.", None, "records office"),
    Probe(
        "The gang will seize the phones of the hostages.", None, "seize the phones of the hostages"
    ),
    Probe(
        "The plotters want to interrogate the captured soldier on camera.",
        None,
        "interrogate the captured soldier",
    ),
    Probe("The attack will be live-streamed on the group's channel.", None, "live-streamed"),
    Probe("They plan to shoot the guards at the telephone exchange.", None, "telephone exchange"),
    Probe(
        "The cell will lure the officer with a text message and shoot him.",
        None,
        "lure the officer with a text message",
    ),
    Probe("An IED hidden in a camera bag will be left at the entrance.", None, "camera bag"),
    Probe("The attackers will wear body cameras.", None, "body cameras"),
    Probe(
        "The bombers will travel on forged passports through the airport on 8 June.",
        None,
        "forged passports",
    ),
    Probe(
        "The gunman will hide in the observation tower of the stadium.", None, "observation tower"
    ),
    Probe("The group will use encrypted radios during the assault.", None, "encrypted radios"),
    Probe("The drone will carry a grenade into the prison yard.", None, "carry a grenade"),
    Probe(
        "They intend to kill the prosecutor who signed the warrant against their leader.",
        None,
        "kill the prosecutor",
    ),
    Probe(
        "According to the bus service, the group will board the 07:12 to the port.",
        None,
        "According to the bus service",
    ),
    Probe(
        "The car bomb will be parked outside the liaison office of the mission.",
        None,
        "liaison office",
    ),
    Probe("The cell will abduct a translator working at the embassy.", None, "abduct a translator"),
    Probe(
        "The attackers will cut the power to the CCTV system at the port before the raid.",
        None,
        "CCTV system at the port",
    ),
    Probe("Their plan is to hijack a bank's cash van on 12 April.", None, "cash van"),
    Probe(
        "The bomber will scout the route on foot and photograph the guards.",
        None,
        "photograph the guards",
    ),
    Probe(
        "They will record a martyrdom video before the attack.", None, "record a martyrdom video"
    ),
    Probe(
        "The target is the police forensic laboratory in Dunmore.",
        None,
        "forensic laboratory in Dunmore",
    ),
    Probe(
        "The group will hack the traffic cameras to track the president's motorcade.",
        None,
        "hack the traffic cameras",
    ),
    Probe(
        "The cell plans to set off the bomb by remote control from a nearby rooftop.",
        None,
        "remote control",
    ),
    Probe("The attackers will enter using stolen access cards.", None, "stolen access cards"),
    Probe(
        "The gang will use drones to drop a pistol into the prison.",
        None,
        "drop a pistol into the prison",
    ),
    Probe(
        "The shooter will track the journalist using her phone's location.",
        None,
        "track the journalist",
    ),
    Probe(
        "They plan to attack the telecoms mast on Hill Road to cut the town off.",
        None,
        "telecoms mast on Hill Road",
    ),
    Probe(
        "The kidnappers will photograph the hostage with a newspaper and send it to his wife.",
        None,
        "photograph the hostage",
    ),
    Probe("A satellite phone will be used to detonate the device.", None, "satellite phone"),
    Probe(
        "The plotters intend to bribe a bank clerk to obtain the minister's account details.",
        None,
        "bribe a bank clerk",
    ),
    Probe(
        "The cell will follow the judge home from court and shoot him at his door.",
        None,
        "follow the judge home",
    ),
    Probe(
        "The group plans to plant a listening device in the mayor's office before the "
        "assassination.",
        None,
        "plant a listening device",
    ),
    Probe(
        "They will intercept the cash-in-transit van at the junction with Bell Road.",
        None,
        "intercept the cash-in-transit van",
    ),
    Probe(
        "The cell will travel by ferry to Hollen on 3 May to attack the harbour.",
        None,
        "travel by ferry",
    ),
    Probe(
        "The gunmen will storm the interview room of the police station and free Dorr.",
        None,
        "interview room of the police station",
    ),
]

#: Probes the engine does not cover yet, by their text, with the reason.
GAPS: dict[str, str] = {
    "We intercepted a text from Orlo confirming the attack date as 14 July.": (
        "the date of the attack is told only in a participle clause of the intercepted text: "
        "the sentence goes whole as collection, and the date with it"
    ),
    "Geospatial analysis of the site indicates preparations for an attack on the dam.": (
        "a threat told as a noun ('preparations for an attack') is not read as actionable, so "
        "the sentence goes whole, as it does after 'satellite imagery'"
    ),
    "Pings from Toma's mobile show him moving towards the capital.": (
        "the parser reads 'show' as the object of 'from', so no frame of showing is found"
    ),
    "An online covert operative engaged Reza on the forum, where he boasted of the plan to "
    "attack the parade.": (
        "the relative clause that holds the threat is cut and the covert engagement is kept"
    ),
    "Material from the devices seized in the March raid names the consulate as the target.": (
        "'names X as the target' is not rewritten as a plain statement: the sentence goes whole"
    ),
}

PROBES = [*POSITIVES, *NEGATIVES]


def _report(index: int, probe: Probe) -> str:
    threat = CONTEXTS[index % len(CONTEXTS)][0]
    joint = "\n" if probe.text.startswith("\n") else " "
    return f"{threat}{joint}{probe.text.lstrip()}\n"


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def releases() -> dict[str, str | None]:
    """Every probe's report released under duty-to-warn, in one run."""
    reports = [_report(index, probe) for index, probe in enumerate(PROBES)]
    return {
        probe.text: result.text
        for probe, result in zip(PROBES, redact_many(reports, "duty-to-warn"), strict=True)
    }


def _params() -> list[object]:
    params = []
    for index, probe in enumerate(PROBES):
        marks = []
        if probe.text in GAPS:
            marks.append(pytest.mark.xfail(strict=True, reason=GAPS[probe.text]))
        params.append(pytest.param(index, probe, marks=marks, id=f"{index:03d}"))
    return params


@pytest.mark.parametrize(("index", "probe"), _params())
def test_when_a_method_is_told_then_it_goes_and_the_threat_stays(
    releases: dict[str, str | None], index: int, probe: Probe
) -> None:
    released = releases[probe.text]

    assert released is not None, "withheld"
    folded = _folded(released)
    if probe.remove is not None:
        assert _folded(probe.remove).lower() not in folded.lower()
    for kept in (probe.keep, CONTEXTS[index % len(CONTEXTS)][1]):
        if kept is not None:
            assert _folded(kept) in folded
