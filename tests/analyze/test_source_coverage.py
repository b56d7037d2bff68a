"""Coverage of SOURCE: who reported, and what identifies them, across a whole vocabulary.

The rows are written from how intelligence and police reports describe a human source, not from
the samples: descriptors by job, workplace, family, friendship, shift and rank; access; record;
motive and payment; recruitment and tasking; meetings and drops; sub-sources; walk-ins and
callers; codenames; counts that narrow who could have told. Each row is one probe placed after a
threat sentence, so the engine sees a report; the phrase that must not survive is its remove key,
and where the probe also carries the threat, the phrase that must stay is its keep key.

Negatives use the same words of the plot (the plotters' relatives, meetings, pay, access) and
must stay. Rows the engine does not yet cover are strict xfails with the reason, so the table
states the engine's coverage as it is.
"""

from __future__ import annotations

import re

import pytest

from tearline.pipeline import redact_many

THREAT = "The Grey Hand cell will bomb the Varel grain depot on 12 June."

# fmt: off
# (id, probe, remove key, keep key or None)
POSITIVES: list[tuple[str, str, str, str | None]] = [
    # descriptors by job and workplace
    ("job-dispatcher", "The source is a dispatcher at the Corvin bus depot.",
     "dispatcher at the Corvin", None),
    ("job-cleaner", "Our informant works as a cleaner in the group's safe house.",
     "works as a cleaner", None),
    ("job-nurse", "A nurse at the clinic where the cell's wounded are treated provided this "
     "information.", "nurse at the clinic", None),
    ("job-clerk", "This reporting comes from a warehouse clerk employed by the front company.",
     "warehouse clerk", None),
    ("job-trucker", "The CHS, a long-haul trucker who hauls for the network, said the cell will "
     "strike the Varna checkpoint on 4 July.", "long-haul trucker", "strike the Varna checkpoint"),
    ("job-mechanic", "According to a mechanic who services the group's vehicles, the cell will "
     "use a white van.", "mechanic who services", "white van"),
    ("job-bookkeeper", "The informant is employed as a bookkeeper by Dravik Imports.",
     "bookkeeper", None),
    ("job-taxi", "Source is a taxi driver who regularly drives the commander.",
     "taxi driver", None),
    ("job-he-next-line", "Our source reported the plan.\nHe works as a dispatcher at the Corvin "
     "bus depot.", "dispatcher at the Corvin", None),
    ("job-she-teacher", "The informant reported the date.\nShe teaches at the madrasa the cell "
     "leader's sons attend and hears the family talk.", "teaches at the madrasa", None),
    # family ties
    ("family-in-law", "The source is the commander's brother-in-law.", "brother-in-law", None),
    ("family-cousin", "A cousin of the cell leader told us the attack is planned for the morning "
     "of 14 June.", "cousin of the cell leader", "morning of 14 June"),
    ("family-wife", "The information was provided by the wife of one of the fighters.",
     "wife of one of the fighters", None),
    ("family-nephew", "Our informant, whose nephew is a member of the cell, says the bomb is "
     "ready.", "whose nephew is a member", None),
    ("family-marriage", "The reporting individual is related by marriage to the group's "
     "treasurer.", "related by marriage", None),
    ("family-sister", "The asset's sister is married to Havel's driver.",
     "sister is married to", None),
    # friendship and neighbourhood
    ("friend-school", "The source has been a close friend of Havel since their school days.",
     "close friend of Havel", None),
    ("friend-childhood", "A childhood friend of the bomb-maker passed on the details.",
     "childhood friend", None),
    ("friend-cards", "The informant plays cards with the cell members every Thursday.",
     "plays cards with", None),
    ("friend-neighbour", "The source lives next door to the safe house and knows the occupants "
     "by sight.", "lives next door", None),
    ("friend-old-acquaintance", "CHS is an old acquaintance of the group's driver from the "
     "army.", "old acquaintance", None),
    # shift and duty
    ("shift-night", "The source works the night shift at the port gate and saw the containers "
     "loaded.", "night shift", None),
    ("shift-weekends", "Our contact, who is on duty at the checkpoint on weekends, reported the "
     "convoy.", "on duty at the checkpoint", None),
    ("shift-early", "The informant starts at 05:00 on the early shift in the depot canteen.",
     "early shift", None),
    # rank in the group
    ("rank-mid-level", "The source is a mid-level member of the cell's logistics wing.",
     "mid-level member", None),
    ("rank-junior", "The informant holds a junior position in the group and handles its "
     "weapons cache.", "junior position", None),
    ("rank-council", "The source sits on the group's shura council.", "shura council", None),
    ("rank-lieutenant", "Our asset is one of Havel's lieutenants and controls the money.",
     "one of Havel's lieutenants", None),
    # access
    ("access-direct", "The source has direct access to the cell leader.", "direct access", None),
    ("access-close-to", "A source close to the group's leadership reported that the attack will "
     "take place on 2 August.", "close to the group's leadership", "2 August"),
    ("access-present", "The informant was present when the plan was discussed.",
     "was present when", None),
    ("access-overheard", "The source overheard two members discussing the target.",
     "overheard", None),
    ("access-saw", "An individual who saw the explosives being loaded reported that the van "
     "will leave at dawn.", "who saw the explosives being loaded", "leave at dawn"),
    ("access-attended", "The source attended the meeting at which the attack was planned.",
     "attended the meeting", None),
    ("access-indirect", "The source has indirect access through a relative in the cell.",
     "indirect access", None),
    ("access-regular", "Our asset has regular access to the group's communications.",
     "regular access", None),
    ("access-position", "The source is in a position to know the group's plans.",
     "in a position to know", None),
    ("access-first-hand", "The source learned of the plan first-hand.", "first-hand", None),
    ("access-observed", "The informant personally observed the rehearsal on 3 May.",
     "personally observed", None),
    ("access-room", "The source was in the room when Tarek gave the order.",
     "was in the room when", None),
    ("access-good", "A source with good access to the network's finances reported that the "
     "money was moved on Monday.", "good access", None),
    ("access-sat-in", "A source who sat in on the planning session said the group will use a "
     "truck bomb.", "sat in on", "truck bomb"),
    ("access-shown", "The informant met the cell leader in a cafe on 12 May and was shown the "
     "device.", "was shown the device", None),
    ("access-speaks", "A trusted source who speaks regularly with the group's driver reports the "
     "car will be a grey Volvo.", "speaks regularly with", "grey Volvo"),
    # reliability and track record
    ("record-since", "The source has reported reliably since 2019.", "reliably since 2019", None),
    ("record-proven", "This source is of proven reliability.", "proven reliability", None),
    ("record-corroborated", "The source's reporting has been corroborated in the past.",
     "corroborated in the past", None),
    ("record-untested", "The informant is untested.", "untested", None),
    ("record-occasions", "The source has provided accurate information on three previous "
     "occasions.", "three previous occasions", None),
    ("record-label", "Source reliability: usually reliable.", "usually reliable", None),
    ("record-new", "The source is new and his reporting has not yet been verified.",
     "not yet been verified", None),
    ("record-mixed", "The CHS has a mixed track record.", "mixed track record", None),
    ("record-arrests", "The source's previous reporting led to two arrests.",
     "led to two arrests", None),
    ("record-fair", "Reliability of the source is assessed as fair.", "assessed as fair", None),
    ("record-grade", "A source (B2) reported that the cell will use a car bomb.", "(B2)",
     "car bomb"),
    ("record-exaggerate", "The source has been known to exaggerate.", "known to exaggerate",
     None),
    ("record-in-past", "The cell plans to kidnap the mayor, according to a source who has been "
     "reliable in the past.", "reliable in the past", "kidnap the mayor"),
    # motive, payment, expenses, rewards, debts
    ("pay-euros", "The source was paid 500 euros for this information.", "paid 500 euros", None),
    ("pay-stipend", "The informant receives a monthly stipend.", "monthly stipend", None),
    ("pay-expenses", "Expenses of 200 pounds were reimbursed to the source.",
     "Expenses of 200 pounds", None),
    ("motive-revenge", "The source is motivated by revenge for his brother's death.",
     "motivated by revenge", None),
    ("pay-rewards", "The source is seeking payment under the rewards programme.",
     "rewards programme", None),
    ("motive-debt", "The source owes money to the cell's financier and wants out.",
     "owes money", None),
    ("motive-charges", "The informant hopes to have the charges against him dropped.",
     "charges against him dropped", None),
    ("motive-asylum", "The source cooperates in exchange for help with his asylum application.",
     "asylum application", None),
    ("motive-ideology", "The source has ideological motives, opposing the group's violence.",
     "ideological motives", None),
    ("pay-bonus", "The source was given a bonus after the last report.", "given a bonus", None),
    ("pay-rent", "We paid the informant's rent for three months.", "informant's rent", None),
    ("motive-promotion", "The source is resentful after being passed over for promotion within "
     "the group.", "passed over for promotion", None),
    ("pay-police", "An informant paid by the police said the group will target the stadium on "
     "Saturday.", "paid by the police", "target the stadium"),
    ("motive-fear", "The source fears for his life if this report is disseminated.",
     "fears for his life", None),
    # recruitment and tasking
    ("recruit-prison", "The source was recruited in 2021 while in prison.", "recruited in 2021",
     None),
    ("task-find-out", "The informant was tasked to find out the date of the attack.",
     "tasked to find out", None),
    ("task-re-tasked", "The source has been re-tasked to identify the driver.", "re-tasked",
     None),
    ("recruit-approached", "We approached the source at a border crossing last year.",
     "approached the source", None),
    ("recruit-volunteered", "The source volunteered his services after his arrest.",
     "volunteered his services", None),
    ("task-asked", "The source was asked to report on any movement of weapons.",
     "asked to report on", None),
    ("recruit-handled", "The source has been handled by this office since 2022.",
     "handled by this office", None),
    ("recruit-signed-up", "The informant was signed up as a CHS in January.", "signed up", None),
    ("recruit-last-year", "The source, who was recruited last year, said explosives are stored "
     "in the garage on Pell Lane.", "recruited last year", "garage on Pell Lane"),
    ("task-handler", "Asked by his handler, the source said the target is the Ostmark rail "
     "bridge.", "Asked by his handler", "Ostmark rail bridge"),
    # meetings, next contact, drops, meeting places
    ("meet-next", "The source will next be met on 20 June.", "next be met", None),
    ("meet-next-contact", "Next contact with the source is scheduled for Tuesday.",
     "Next contact", None),
    ("meet-cafe", "The meeting with the source took place at a roadside cafe outside Brell.",
     "roadside cafe outside Brell", None),
    ("meet-dead-drop", "The source left the documents in a dead drop behind the mosque.",
     "dead drop", None),
    ("meet-hotel", "The source was debriefed in a hotel room in Ostrava.",
     "hotel room in Ostrava", None),
    ("meet-chalk", "The source will signal for a meeting by leaving a chalk mark on the bridge.",
     "chalk mark", None),
    ("meet-fortnight", "We meet the informant every second Friday at the car park behind the "
     "market.", "every second Friday", None),
    ("meet-phone", "Contact with the source is by a phone he was issued.",
     "phone he was issued", None),
    ("meet-missed", "The source failed to attend the scheduled meeting on 2 May.",
     "scheduled meeting", None),
    ("meet-safe-flat", "The source was met in a safe flat on Kestrel Street.",
     "safe flat on Kestrel Street", None),
    ("meet-request", "An emergency meeting was called at the source's request.",
     "source's request", None),
    # sub-sources and who told whom
    ("sub-brother", "The source heard this from his brother, who is a member of the cell.",
     "heard this from his brother", None),
    ("sub-driver", "The sub-source, a driver for the group, told the source about the plan.",
     "sub-source", None),
    ("sub-second-hand", "The information came second-hand from a friend of the source who works "
     "at the port.", "friend of the source", None),
    ("sub-mira", "The source's contact in the group, a woman called Mira, passed on the date.",
     "Mira", None),
    ("sub-access", "According to a sub-source with access to the leader, the attack will happen "
     "on 9 June.", "with access to the leader", "9 June"),
    ("sub-fellow", "The source was told by a fellow member that the target is the Ostrel "
     "bridge.", "told by a fellow member", "Ostrel bridge"),
    ("sub-guard", "The original source of this information is a guard at the prison.",
     "guard at the prison", None),
    ("sub-police", "The source got this from a contact in the police.", "contact in the police",
     None),
    # walk-ins and callers
    ("walkin-embassy", "A walk-in approached the embassy on 3 April and offered information.",
     "walk-in", None),
    ("walkin-caller", "An anonymous caller told the hotline that the bomb is in a blue car.",
     "anonymous caller", "blue car"),
    ("walkin-station", "A man who came into the police station on Friday said the cell will "
     "attack the mall.", "came into the police station", "attack the mall"),
    ("walkin-tip-line", "A woman who telephoned the tip line said the cell has a rifle.",
     "telephoned the tip line", None),
    ("walkin-defector", "The information was offered by a defector who crossed the border in "
     "May.", "defector", None),
    ("walkin-letter", "An unsolicited letter to the consulate named the target.",
     "unsolicited letter", None),
    ("walkin-public", "A member of the public reported seeing men unload weapons.",
     "member of the public", None),
    ("walkin-no-name", "The caller, who would not give her name, said the bomb is in the "
     "station.", "would not give her name", None),
    ("walkin-walked-in", "A self-described former member of the group walked into the station "
     "and offered to talk.", "walked into the station", None),
    ("walkin-former", "The shooter will strike during the parade, said the source, a former "
     "member of the group.", "former member of the group", "during the parade"),
    # codenames and first names
    ("name-heron", "Source SILVER HERON reported that the cell will use a truck bomb.",
     "SILVER HERON", "truck bomb"),
    ("name-finch", "Asset BLUE FINCH met the leader twice.", "BLUE FINCH", None),
    ("name-chs-number", "CHS-4471 reported that the bomb is ready.", "CHS-4471", None),
    ("name-quoted", "Informant 'Kestrel' said the cell has two rifles.", "Kestrel", None),
    ("name-nightjar", "HUMINT source NIGHTJAR said the cell will attack at night.", "NIGHTJAR",
     None),
    ("name-yusuf", "Our source, known as Yusuf, said the bomb is ready.", "Yusuf", None),
    ("name-dana", "The informant, first name Dana, says the cell meets on Fridays.", "Dana",
     None),
    ("name-talon", "Per TALON-3, the attack will be on 5 May.", "TALON-3", "5 May"),
    ("name-cormorant", "Reporting from source CORMORANT follows.", "CORMORANT", None),
    ("name-s12", "The source, referred to here as S-12, said the device is in a rucksack.",
     "S-12", None),
    # counts that narrow who could have told
    ("count-three", "The source is one of three people who knew the date.",
     "one of three people", None),
    ("count-four", "Only four members of the cell, including the source, were told the target.",
     "including the source", None),
    ("count-drivers", "The source was one of two drivers present.", "one of two drivers", None),
    ("count-fewer", "Fewer than five people had access to this plan, one of them the source.",
     "Fewer than five people", None),
    ("count-only-woman", "The source is the only woman in the cell.", "only woman in the cell",
     None),
    ("count-handful", "The source is among a handful of people who have met the leader.",
     "handful of people", None),
    # labelled source paragraphs and their abbreviations
    ("label-access", "ACCESS: Second-hand, via a cousin employed at the depot.",
     "cousin employed at the depot", None),
    ("label-motivation", "MOTIVATION: Financial; paid per report.", "paid per report", None),
    ("label-payment", "PAYMENT: USD 300 this contact.", "USD 300", None),
    ("label-next-meet", "CONTACT: next meet 0900 Thursday at the usual location.",
     "usual location", None),
    ("label-description", "SOURCE DESCRIPTION: male, 40s, runs a tyre shop used by the cell.",
     "runs a tyre shop", None),
    ("label-subsource", "Subsource: the CHIS's uncle, a farmer in Dorn.", "CHIS's uncle", None),
    ("abbr-cw", "CW-2 advised that the rifles are kept in a shed.", "CW-2", "kept in a shed"),
    ("abbr-ci-national", "The CI, a 34-year-old Moldovan national, says the device is ready.",
     "34-year-old Moldovan national", None),
    ("abbr-chis-serving", "The CHIS is a serving member of the group's armed wing.",
     "serving member", None),
    # the source described without the word, or by a pronoun on the next line
    ("pron-known-years", "Our source says the bomb is ready.\nHe has known Havel for 15 years.",
     "known Havel for 15 years", None),
    ("pron-paid-cash", "The informant confirmed the target.\nShe was paid in cash at the last "
     "meet.", "paid in cash", None),
    ("pron-cleans", "The source reported the date.\nHer access is occasional: she cleans the "
     "flat on Mondays.", "cleans the flat on Mondays", None),
    ("pron-wife-kitchen", "The source reported the date.\nHis wife works in the leader's "
     "kitchen.", "works in the leader's kitchen", None),
    ("pron-debt", "The source reported the date.\nHe is in debt to the group and resents it.",
     "in debt to the group", None),
    ("pron-landlord", "The informant reported the date.\nHe is Havel's landlord.",
     "Havel's landlord", None),
    ("pron-shoplifting", "The informant reported the date.\nShe agreed to help after police "
     "dropped a shoplifting charge against her son.", "shoplifting charge", None),
    ("pron-reward", "The source reported the date.\nHe stands to receive a reward if arrests "
     "follow.", "receive a reward", None),
    ("pron-introduced", "The source reported the date.\nHe was introduced to us by a former "
     "informant.", "introduced to us by", None),
    ("pron-sells-phones", "The informant reported the date.\nHe sells phones to the cell.",
     "sells phones to the cell", None),
    ("who-drinks", "Reporting is from a person who drinks with the cell at the Anchor pub.",
     "drinks with the cell", None),
    ("who-rents", "The person who told us this rents a room above the cell's garage.",
     "rents a room above", None),
    ("who-household", "This was told to us by someone in the leader's household.",
     "someone in the leader's household", None),
    ("who-six-years", "This individual has reported on the group for this office for six "
     "years.", "for six years", None),
    ("who-haulage", "The reporter's employer, a haulage firm, contracts for the group.",
     "haulage firm", None),
    ("who-compensated", "Source has been compensated for travel.", "compensated for travel",
     None),
    ("who-regular-contact", "HUMINT reporting from an individual in regular contact with cell "
     "members indicates the cell will strike at night.", "in regular contact with cell members",
     "strike at night"),
    ("who-contact-of-contact", "The information comes from a contact of a contact.",
     "contact of a contact", None),
    ("who-two-sources", "Two independent sources, one of whom is a relative of the bomb-maker, "
     "report that the device is a pressure cooker.", "relative of the bomb-maker",
     "pressure cooker"),
    ("who-not-previously", "A person employed at the depot, who has not previously reported, "
     "said the bomb is inside a crate.", "has not previously reported", "inside a crate"),
    ("who-former-bookkeeper", "We learned this from the cell's former bookkeeper, who left the "
     "group in March.", "former bookkeeper", None),
    ("who-told-handler", "He told his handler the device is in a rucksack.", "his handler",
     "in a rucksack"),
    ("who-debriefed-again", "The informant will be debriefed again after the wedding on "
     "Saturday.", "debriefed again", None),
    ("who-motivation-money", "The source's motivation is money.", "motivation is money", None),
    ("who-guards", "One of the men who guard the leader's house is our source.",
     "guard the leader's house", None),
    ("who-imam-son", "The source heard it at Friday prayers from the imam's son.",
     "imam's son", None),
    ("who-passed-relative", "The information was passed to us by a relative of the driver.",
     "relative of the driver", None),
    ("who-run-since", "This comes from a contact we have run since 2018.", "run since 2018",
     None),
    # the source told of in passing, in the sentence of the plot, with no source word
    ("plain-drinks-our-man", "Pell, who drinks with our man most Fridays, will drive the van on "
     "3 May.", "drinks with our man", "will drive the van"),
    ("plain-then-told-us", "The bomb-maker told his cousin, who then told us, that the device is "
     "ready.", "who then told us", "device is ready"),
    ("plain-regular-pub", "We were told on Tuesday by a regular at the Anchor pub that the cell "
     "will strike at the market.", "regular at the Anchor pub", "strike at the market"),
    ("plain-cleans-flat", "The woman who cleans Havel's flat saw the rifles under his bed.",
     "cleans Havel's flat", None),
    ("plain-barber", "Havel's barber, who has cut his hair for ten years, heard him name the "
     "target.", "barber", None),
    ("plain-tenant", "Per the tenant downstairs, men carried crates into the flat at night.",
     "tenant downstairs", "carried crates into the flat"),
    ("plain-anonymity", "The night porter at the Excelsior, speaking to us on condition of "
     "anonymity, said the cell will meet there on Friday.", "condition of anonymity", None),
    ("plain-shopkeeper-son", "This was volunteered by a shopkeeper whose son joined the cell last "
     "year.", "shopkeeper whose son", None),
    ("plain-odd-jobs", "Information from a man who has done odd jobs for the group since 2022 "
     "indicates the attack will be on 6 June.", "odd jobs for the group", "6 June"),
    ("plain-our-man-kitchen", "Our man in the group's kitchen says the leader will travel to Dorn "
     "on Sunday.", "group's kitchen", "travel to Dorn on Sunday"),
    ("plain-husband-dinner", "She heard it from her husband, who drives for the cell, over "
     "dinner.", "heard it from her husband", None),
    ("plain-known-years", "A lorry driver we have known for years reports the cell is moving "
     "fertiliser.", "known for years", "moving fertiliser"),
    ("plain-asked-euros", "The person reporting, a cousin of the driver, asked for 200 euros.",
     "asked for 200 euros", None),
    ("plain-meeting-us", "He has been meeting us since March and asks that his name never be "
     "used.", "meeting us since March", None),
    ("plain-in-return", "In return for the information she wants her brother moved to a prison "
     "nearer home.", "brother moved to a prison", None),
    ("plain-three-guards", "The tip came from one of the three guards on the night shift at the "
     "depot.", "three guards on the night shift", None),
    ("plain-contributor", "A regular contributor to this office's reporting, the individual is a "
     "clerk at the town hall.", "clerk at the town hall", None),
    ("plain-wedding", "Told by someone who was at the wedding where the plan was discussed.",
     "was at the wedding", None),
    ("plain-sold-car", "The man who sold the cell its car told police the cell will use it on "
     "Friday.", "sold the cell its car", "use it on Friday"),
    ("plain-girlfriend", "We have this from the driver's girlfriend.", "driver's girlfriend",
     None),
    ("count-no-more", "No more than four people know the date, and the source is one of them.",
     "No more than four people", None),
    # attribution carrying the threat
    ("attr-well-placed", "A well-placed source reports that the cell will bomb the Halden water "
     "plant on 1 May.", "well-placed", "Halden water plant"),
    ("attr-guard", "Our informant, a guard at the depot, says the attack will come at 03:00.",
     "a guard at the depot", "03:00"),
    ("attr-detainee", "The information was obtained from a detainee who shared a cell with the "
     "bomber.", "shared a cell with", None),
    ("attr-identity", "The source's identity is known to only two officers.",
     "known to only two officers", None),
]

# (id, probe, keep key)
NEGATIVES: list[tuple[str, str, str]] = [
    ("neg-quarry", "The source of the explosives was a quarry near Tarn.", "quarry near Tarn"),
    ("neg-brother-drives", "The bomber's brother will drive the car to the market on 3 May.",
     "bomber's brother will drive"),
    ("neg-worker-target", "A worker at the depot will be targeted on Friday.",
     "worker at the depot will be targeted"),
    ("neg-cafe-plan", "They met at the cafe on Lind Street to plan the attack.",
     "cafe on Lind Street"),
    ("neg-paid-plant", "He was paid 2,000 euros to plant the bomb.", "paid 2,000 euros"),
    ("neg-taxi-gunman", "The gunman is a taxi driver who works the night shift in Varel.",
     "taxi driver"),
    ("neg-cousin-carry", "The cell leader's cousin will carry the device into the station.",
     "cousin will carry the device"),
    ("neg-pose-nurses", "The attackers plan to pose as nurses at the clinic.", "pose as nurses"),
    ("neg-recruit-guard", "The group recruited a guard at the prison to smuggle in weapons.",
     "guard at the prison"),
    ("neg-drop-stadium", "The courier will leave the rifles in a dead drop behind the stadium.",
     "behind the stadium"),
    ("neg-friend-bomb-maker", "The bomb-maker is a close friend of the cell leader and will "
     "arm the device.", "close friend of the cell leader"),
    ("neg-meet-hotel", "Members of the group will meet at the Grand Hotel on 6 June before the "
     "attack.", "meet at the Grand Hotel"),
    ("neg-promised", "The gunmen were promised 10,000 dollars each for the killing.",
     "promised 10,000 dollars"),
    ("neg-revenge", "The attacker, motivated by revenge for his brother's death, will shoot the "
     "judge on 4 May.", "shoot the judge"),
    ("neg-insider-access", "The shooter has direct access to the minister's office as a "
     "cleaner.", "access to the minister's office"),
    ("neg-driver-present", "The driver was present when the bomb was assembled and will deliver "
     "it on Monday.", "deliver it on Monday"),
    ("neg-off-duty", "The target is a nightclub popular with off-duty soldiers.",
     "off-duty soldiers"),
    ("neg-shift-change", "The cell will attack the shift change at the port gate at 06:00.",
     "shift change at the port gate"),
    ("neg-three-brothers", "The attack will be carried out by one of three brothers who run the "
     "garage on Moss Road.", "one of three brothers"),
    ("neg-walk-in-freezer", "The bomb will be hidden in the walk-in freezer of the restaurant.",
     "walk-in freezer"),
    ("neg-leader-yusuf", "The group's leader, known as Yusuf, will lead the attack.",
     "known as Yusuf"),
    ("neg-tasked-teens", "The recruiter tasked two teenagers with placing the device at the "
     "school gate.", "school gate"),
    ("neg-recruited-driver", "The cell recruited the driver in prison in 2021 and he will drive "
     "the van.", "will drive the van"),
    ("neg-hotline-hoax", "The attackers will call the hotline with a fake bomb threat to draw "
     "police away from the bank.", "call the hotline"),
    ("neg-bus-stop", "The gunmen will wait at the bus stop opposite the embassy.",
     "bus stop opposite the embassy"),
    ("neg-owes-rob", "The cell owes money to a smuggler and plans to rob the bank on Brill "
     "Street to pay him.", "rob the bank on Brill Street"),
    ("neg-mosque-meeting", "The bombers will receive their instructions at a meeting in a "
     "mosque in Tarn on 2 June.", "mosque in Tarn"),
    ("neg-cafe-handover", "The device will be handed over at a roadside cafe outside Brell on "
     "8 May.", "roadside cafe outside Brell"),
    ("neg-wife-detonator", "The cell leader's wife will carry the detonator.",
     "wife will carry the detonator"),
    ("neg-cleaner-insider", "A cleaner at the ministry has agreed to let the attackers in "
     "through the service door.", "cleaner at the ministry"),
    ("neg-night-shift-target", "The target is the night shift at the chemical plant.",
     "night shift at the chemical plant"),
    ("neg-nephew-kidnap", "The kidnappers plan to seize the mayor's nephew outside his school.",
     "mayor's nephew"),
    ("neg-defector-target", "The cell plans to kill a defector named Orvan Lisk on Friday.",
     "kill a defector named Orvan Lisk"),
    ("neg-friend-truck", "The attackers will use a truck supplied by a friend of the bomber.",
     "friend of the bomber"),
    ("neg-two-boats", "The attack will come from one of the two boats moored at the pier.",
     "one of the two boats"),
    ("neg-gunman-handler", "The gunman's handler in the group will give the signal by phone.",
     "gunman's handler"),
    ("neg-walk-into", "The bomber will walk into the police station on Friday and detonate the "
     "vest.", "walk into the police station"),
    ("neg-hotel-street", "The cell will target guests at the hotel on Kestrel Street.",
     "hotel on Kestrel Street"),
    ("neg-former-army", "The attackers are former members of the army's engineer regiment.",
     "former members of the army"),
    ("neg-council-meeting", "The group plans to attack the meeting of the town council on "
     "3 March.", "meeting of the town council"),
    ("neg-pose-mechanics", "The attackers will enter posing as mechanics who service the "
     "generators.", "posing as mechanics"),
    ("neg-next-meeting", "The cell will next meet on 20 June at the farmhouse near Dorn, where "
     "the weapons are stored.", "farmhouse near Dorn"),
    ("neg-bounty", "The cell offers a reward of 5,000 dollars to anyone who kills the judge.",
     "reward of 5,000 dollars"),
    ("neg-guard-on-duty", "The gunmen will shoot the guard on duty at the checkpoint at dawn.",
     "guard on duty at the checkpoint"),
    ("neg-driver-bookkeeper", "The kidnappers' driver works as a bookkeeper for Dravik "
     "Imports.", "bookkeeper for Dravik Imports"),
    ("neg-trusted-staff", "The attacker, a trusted member of the mayor's staff, will poison the "
     "food.", "trusted member of the mayor's staff"),
    ("neg-told-by-leader", "The group was told by its leader to attack the border post on "
     "14 July.", "attack the border post on 14 July"),
    ("neg-volunteer-car", "The bomb will be hidden in the car of a volunteer at the festival.",
     "volunteer at the festival"),
    ("neg-saw-convoy", "The attackers saw the convoy's route during a rehearsal and will ambush "
     "it at the Dorn bridge.", "ambush it at the Dorn bridge"),
    ("neg-phone-signal", "The cell will phone the driver to signal the start of the attack.",
     "signal the start of the attack"),
]

# fmt: on

#: A probe that opens with a label ("ACCESS: ...") starts a line, as labels do.
LABELLED = re.compile(r"[A-Z][A-Za-z ]*:")

# Rows the engine does not yet cover, with why (strict: fixing one flips its row).
GAPS: dict[str, str] = {
    "job-nurse": "the parser reads 'provided' after a long subject as a preposition, so the "
    "sentence has no verb of telling",
    "walkin-letter": "an unsolicited letter to an office of ours is not read as a walk-in",
    "who-haulage": "'the reporter' is not read as whoever reported (it is also a journalist)",
    "neg-defector-target": "a defector as the victim is read as our source and the threat goes "
    "whole; whether the word may stay is a judgement the guide leaves open",
    "plain-cleans-flat": "a witness described only by a relative clause, with no word of a "
    "source, is read as part of the plot",
    "plain-tenant": "'per' credits only a source word, a name or a codename, not a person by "
    "where he lives",
    "plain-wedding": "a verbless 'Told by someone who ...' is not read as a reporting frame",
}


def report(probe: str) -> str:
    """The probe after the threat: in its paragraph, or on a line of its own if labelled."""
    return f"{THREAT}{chr(10) if LABELLED.match(probe) else ' '}{probe}"


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


@pytest.fixture(scope="module")
def releases() -> dict[str, str]:
    """Each probe's release under duty-to-warn, all analyzed in one pass."""
    rows = [(row[0], row[1]) for row in POSITIVES] + [(row[0], row[1]) for row in NEGATIVES]
    texts = [report(probe) for _, probe in rows]
    return {
        key: result.text or ""
        for (key, _), result in zip(rows, redact_many(texts, "duty-to-warn"), strict=True)
    }


def _rows(table: list[tuple]) -> list:
    return [pytest.param(*row, id=row[0], marks=_gap(row[0])) for row in table]


def _gap(key: str) -> tuple:
    if key not in GAPS:
        return ()
    return (pytest.mark.xfail(strict=True, reason=GAPS[key]),)


@pytest.mark.parametrize(("key", "probe", "remove", "keep"), _rows(POSITIVES))
def test_when_a_line_identifies_the_source_then_its_phrase_goes(
    releases: dict[str, str], key: str, probe: str, remove: str, keep: str | None
) -> None:
    released = _fold(releases[key])

    assert _fold(remove) not in released
    assert keep is None or _fold(keep) in released


@pytest.mark.parametrize(("key", "probe", "keep"), _rows(NEGATIVES))
def test_when_the_words_belong_to_the_plot_then_they_stay(
    releases: dict[str, str], key: str, probe: str, keep: str
) -> None:
    assert _fold(keep) in _fold(releases[key])
