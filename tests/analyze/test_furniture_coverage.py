"""Coverage of report furniture and PERSONNEL: headers, footers, signatures, routing, markings.

A vocabulary of how intelligence and police reports name their producer and its people, written
from the house styles of many services rather than from any one sample. Each positive probe is a
line or two of furniture set in a small report (a threat paragraph beside it); the phrases in
`remove` must not survive the duty-to-warn release and those in `keep` (the threat a line also
carries) must. The negatives use the same words for the event or the threat, which stay.

Probes the engine does not yet cover stay in the table as strict xfails with their reason, so
the table states the engine's coverage as it is.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from tearline.pipeline import redact_many
from tearline.policy import load_policy

THREAT = (
    "1. Members of the Red Lantern Brigade will detonate a car bomb at the north gate of "
    "Halden stadium on the evening of 14 June 2026."
)


class Probe(NamedTuple):
    """A furniture line, where it sits in the report, and what must go and stay."""

    text: str
    remove: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()
    at: str = "foot"  # "head": above the threat paragraph, "foot": below it


def head(text: str, remove: tuple[str, ...] = (), keep: tuple[str, ...] = ()) -> Probe:
    """A line above the threat paragraph (a banner, a header, a subject line)."""
    return Probe(text, remove, keep, "head")


def foot(text: str, remove: tuple[str, ...] = (), keep: tuple[str, ...] = ()) -> Probe:
    """A line or block below the threat paragraph (a sign-off, a footer, a body sentence)."""
    return Probe(text, remove, keep, "foot")


POSITIVES: dict[str, Probe] = {
    # headers: who sends, who receives, who drafted and approved
    "from-station": head("FROM: HALVERSTAD STATION", ("HALVERSTAD",)),
    "fm-chief-of-base": head("FM: CHIEF OF BASE, KORVIK", ("CHIEF OF BASE",)),
    "to-centre": head("TO: DIRECTOR, COUNTERTERRORISM CENTRE", ("COUNTERTERRORISM CENTRE",)),
    "cc-name": head("CC: J. Tamsin (Analysis Cell 3)", ("Tamsin", "Analysis Cell 3")),
    "drafted-by": foot("Drafted by: Sgt. P. Olander, ext. 5512", ("Olander", "5512")),
    "released-by": foot("Released by: Maj. H. Brevik", ("Brevik",)),
    "approved": foot(
        "Approved: Lt Col R. Danneby, Chief, Threat Assessment Branch",
        ("Danneby", "Threat Assessment Branch"),
    ),
    "poc-phone": foot("POC: Analyst K. Mirow, 555-0142", ("Mirow", "555-0142")),
    "desk-officer": foot("Desk officer: Ines Faltrup", ("Faltrup",)),
    "team-tf": head("Team: TF ORCHARD / Cell 2", ("ORCHARD",)),
    "unit-company": head("Unit: 3rd Reconnaissance Detachment, Brask Company", ("Brask Company",)),
    "station-label": head("Station: ELMHOLT", ("ELMHOLT",)),
    "branch-code": head("Branch: Counter-Extremism Branch (CEB-4)", ("CEB-4",)),
    "case-officer": foot("Case officer: Tobias Renn", ("Renn",)),
    "handler-collar": foot("Handler: DC 4471 Harker", ("Harker", "4471")),
    "reviewed-by": foot(
        "Reviewed by: A. Kestrel-Moyne, Senior Analyst", ("Kestrel-Moyne", "Senior Analyst")
    ),
    "action-officer": foot("Action officer: WO2 L. Fenwright (Ops Desk)", ("Fenwright",)),
    "distribution-list": foot(
        "DISTRIBUTION: DIRECTOR; DEPUTY DIRECTOR OPS; CT DESK; FILE", ("DEPUTY DIRECTOR OPS",)
    ),
    "dist-abbrev": foot(
        "Dist: Ops Room, Special Branch, Regional Intelligence Unit North",
        ("Regional Intelligence Unit",),
    ),
    # police house styles
    "reporting-officer": foot(
        "Reporting officer: PC 2291 Dana Whitlock, Eastbridge CID", ("Whitlock", "2291")
    ),
    "officer-in-charge": foot("Officer in charge: DI Marcus Olsted", ("Olsted",)),
    "submitted-by": foot(
        "Submitted by DS Rhea Kallan, Force Intelligence Bureau, tel. 01632 960 418",
        ("Kallan", "01632 960 418", "Force Intelligence Bureau"),
    ),
    "collar-number": foot(
        "Intelligence officer: DC Ferris Hale (collar no. 3318)", ("Ferris Hale", "3318")
    ),
    "author": foot("Author: Det. Sgt. N. Quarry", ("Quarry",)),
    "originator-role": head(
        "Originator: Field Intelligence Officer, Sector 7", ("Field Intelligence Officer",)
    ),
    "prepared-by-unit": head(
        "Prepared by the Regional Organised Crime Unit (ROCU) analysis team",
        ("ROCU", "Regional Organised Crime Unit"),
    ),
    "source-handler": foot("Source handler: DC Imran Sefton", ("Sefton",)),
    "controller": foot("Controller: DS Tove Garrick", ("Garrick",)),
    # sign-offs
    "regards-block": foot("Regards,\nPaul Ambrose\nAnalyst, Threat Desk", ("Ambrose",)),
    "dash-signoff": foot("- K. Lindqvist, CT Analysis, x4471", ("Lindqvist", "x4471")),
    "signed-capt": foot("Signed: Capt. Mira Solvang, S2", ("Solvang",)),
    "signed-slashes": foot("//signed// J. R. Tallis, Major, G2", ("Tallis",)),
    "vr-block": foot(
        "V/R,\nSSgt Owen Pritchard\nJ2 Current Intelligence\nDSN 314-555-0199",
        ("Pritchard", "555-0199"),
    ),
    "first-name-ext": foot("Best,\nHanne\n(ext. 2209)", ("Hanne", "2209")),
    "email-author": foot(
        "Questions to the author at m.verloop@threatdesk.example.gov", ("verloop",)
    ),
    "duty-analyst-phone": foot(
        "For further information contact the duty analyst on 0161 496 0732.", ("0161 496 0732",)
    ),
    "comments-to": foot(
        "Comments on this report should be directed to Analyst R. Okonjo, Desk C.", ("Okonjo",)
    ),
    "typist-initials": foot("PK/jm", ("PK/jm",)),
    "initials-date": foot("MR/tl 14 MAY 26", ("MR/tl",)),
    "thanks-name": foot("Thank you,\nSofie Brandt\nIntelligence Cell", ("Brandt",)),
    # serials and file references
    "report-no": head("Report No.: IR-2026-04417", ("IR-2026-04417",)),
    "our-ref": head("Our ref: SB/CT/2291/26", ("SB/CT/2291/26",)),
    "file-op": head("File: OP-HAWTHORN/INT/0042", ("HAWTHORN",)),
    "serial-of": head("SERIAL 0117 OF 26", ("0117",)),
    "intel-ref": head("Intelligence report reference 5x5x5/EB/00931", ("EB/00931",)),
    "iir-number": head("IIR 6 812 0044 26", ("6 812 0044 26",)),
    "case-number": head("Case number 26-CR-00871", ("26-CR-00871",)),
    "log-unit": foot(
        "Log entry 447, Intelligence Management Unit", ("Intelligence Management Unit",)
    ),
    "urn": head("URN: 44-EB-2026-1193", ("44-EB-2026-1193",)),
    "msgid": head("MSGID/INTREP/J2 FWD/0193/MAY//", ("J2 FWD", "0193")),
    # when the report was written, not when the attack comes
    "dtg-label": head("DTG: 141630Z MAY 26", ("141630Z",)),
    "date-of-report": head("Date of report: 15 May 2026", ("15 May 2026",)),
    "sent-line": head("Sent: Thursday, 14 May 2026 16:42", ("16:42",)),
    "report-date-iso": head("Report date 2026-05-15 0930 hrs", ("2026-05-15",)),
    "written-at": foot("Written 14/05/26 at 2210", ("14/05/26",)),
    "precedence-dtg": head("P 141200Z MAY 26", ("141200Z",)),
    "doi-vague": head("Date of information: early May 2026", ("early May 2026",)),
    "time-of-receipt": head("Time of receipt: 0815, 13 MAY", ("0815",)),
    # handling and dissemination
    "named-addressees": foot(
        "HANDLING: Do not disseminate beyond named addressees.", ("named addressees",)
    ),
    "originator-consent": foot(
        "Not to be shared with partner agencies without the originator's consent.",
        ("originator's consent",),
    ),
    "not-evidence": foot("This report must not be used as evidence.", ("used as evidence",)),
    "handling-code": head("Handling code: 4 - disseminate within agency only", ("Handling code",)),
    "release-authority": foot("Release authority: Head of Special Branch", ("Release authority",)),
    "eyes-only-line": head("Dissemination: UK eyes only", ("eyes only",)),
    "orcon-gloss": head("ORCON - originator controlled", ("ORCON", "originator controlled")),
    "no-further": foot(
        "No further dissemination without reference to the Desk.", ("without reference to",)
    ),
    "consult-handler": foot(
        "Protect the source: do not act on this information without consulting the handler.",
        ("consulting the handler",),
    ),
    "action-info": head("Action: CT Desk. Info: Regional Ops.", ("CT Desk",)),
    "pii": foot("Public interest immunity applies to this report.", ("Public interest immunity",)),
    # classification banners and portion marks
    "ts-si-nf": head("TOP SECRET//SI//NOFORN", ("TOP SECRET", "NOFORN")),
    "portion-ts-si": foot(
        "(TS//SI) The cell will bring two rifles.", ("TS//SI",), ("will bring two rifles",)
    ),
    "confidential-nato": head("CONFIDENTIAL - UK/NATO", ("CONFIDENTIAL",)),
    "official-sensitive": head("OFFICIAL-SENSITIVE", ("OFFICIAL-SENSITIVE",)),
    "restricted-police": head("RESTRICTED - POLICE", ("RESTRICTED",)),
    "bracket-secret": foot(
        "[SECRET] The attackers will travel by train.", ("[SECRET]",), ("travel by train",)
    ),
    "portion-c": foot(
        "(C) Two of the men are armed with pistols.", ("(C)",), ("armed with pistols",)
    ),
    "s-slash-nf": foot("S/NF The cell will strike at dawn.", ("S/NF",), ("strike at dawn",)),
    "classification-fvey": head("CLASSIFICATION: SECRET REL FVEY", ("REL FVEY", "SECRET")),
    "classified-by": foot(
        "Classified By: 0S7712; Derived From: CTC SCG 2024; Declassify On: 20510101",
        ("0S7712", "Derived From", "20510101"),
    ),
    "fouo": head("UNCLASSIFIED//FOR OFFICIAL USE ONLY", ("FOR OFFICIAL USE ONLY",)),
    "protective-marking": head("Protective marking: SECRET", ("Protective marking", "SECRET")),
    "portion-les": foot(
        "(U//LES) The suspects will use a stolen van.", ("U//LES",), ("stolen van",)
    ),
    "gpms": head("GPMS: RESTRICTED", ("GPMS", "RESTRICTED")),
    "uk-eyes-only": head("SECRET UK EYES ONLY", ("UK EYES ONLY",)),
    "nato-secret": head("NATO SECRET", ("NATO SECRET",)),
    "portion-rel": foot(
        "(S//REL TO USA, FVEY) The bomb is hidden in a cool box.",
        ("REL TO USA",),
        ("hidden in a cool box",),
    ),
    "starred-banner": head(
        "*** SECRET - NOT FOR ONWARD TRANSMISSION ***", ("NOT FOR ONWARD TRANSMISSION", "SECRET")
    ),
    "page-footer": foot("Page 2 of 3 - SECRET", ("SECRET",)),
    "classified-snf": head("CLASSIFIED: S//NF", ("S//NF",)),
    # subject lines with a codename or an operation
    "subject-operation": head(
        "SUBJECT: OPERATION BLACKTHORN - threat to the Marrow Quay ferry terminal",
        ("BLACKTHORN",),
        ("Marrow Quay ferry terminal",),
    ),
    "subject-source-codename": head(
        "Subject: GLASS HERON reporting on Red Lantern plans", ("GLASS HERON",)
    ),
    "re-op": head("Re: Op KESTREL VALE - update 4", ("KESTREL VALE",)),
    "subj-project": head("SUBJ: TASKING UNDER PROJECT WINTERMOOR", ("WINTERMOOR",)),
    "title-chis": head(
        "Title: Intelligence from CHIS 0412 regarding attack planning", ("CHIS 0412",)
    ),
    "subject-source-meeting": head("Subject: Source SANDPIPER - meeting of 11 May", ("SANDPIPER",)),
    "operation-name": head("Operation name: TALLOW BRIDGE", ("TALLOW BRIDGE",)),
    "op-product": foot("Op STONECROP product.", ("STONECROP",)),
    # producer lines at the very top or bottom
    "report-title-command": head(
        "INTELLIGENCE REPORT - COUNTER TERRORISM COMMAND", ("COUNTER TERRORISM COMMAND",)
    ),
    "force-branch-unit": head(
        "Eastmoor Police - Special Branch - Intelligence Unit", ("Special Branch",)
    ),
    "threat-centre-summary": head(
        "Veyran Joint Threat Centre - Daily Summary No. 132", ("Joint Threat Centre",)
    ),
    "printed-by": foot("Printed by: ops-terminal-12 (user kbrandt)", ("kbrandt",)),
    "originating-office": head(
        "Originating office: Field Office Marlhaven, Squad CT-3",
        ("Field Office Marlhaven", "CT-3"),
    ),
    "produced-by": foot(
        "Produced by the Northern Region Intelligence Cell for the Gold Commander.",
        ("Northern Region Intelligence Cell",),
    ),
    "written-by-unit": foot(
        "This assessment was written by the Threat Assessment Unit.",
        ("Threat Assessment Unit",),
    ),
    "contact-dsn": foot(
        "Contact: 2nd Lt. Joran Veit, Bde S2, Camp Aldenhof, DSN 555-7781",
        ("Veit", "555-7781"),
    ),
    "phone-desk": foot("Phone: +31 70 555 0188 (desk)", ("+31 70 555 0188",)),
    "email-line": foot("email: ct.desk@ops.example.org", ("ct.desk@ops.example.org",)),
    "ext-secure": foot("Tel ext 3390 / secure 7731", ("3390", "7731")),
    "analyst-comment-name": foot(
        "Analyst comment (R. Voss): the source's account is consistent.", ("Voss",)
    ),
    "collector-note": foot(
        "Collector's note (HUMINT Team 4, Sgt. Abel Marsh): the source was calm.",
        ("Abel Marsh", "HUMINT Team 4"),
    ),
    # our people inside a sentence that also carries the threat
    "analyst-assesses": foot(
        "Analyst Lena Corvin assesses that the cell will attack the ferry terminal on 20 June.",
        ("Corvin",),
        ("attack the ferry terminal",),
    ),
    "drafted-passive": foot(
        "The report was drafted by Sgt. Ellis Brandvold after the cell decided to poison the "
        "water tank.",
        ("Brandvold",),
        ("poison the water tank",),
    ),
    "who-wrote": foot(
        "DC Hollis Reed, who wrote this report, notes that the gunmen will use a stolen taxi.",
        ("Hollis Reed",),
        ("stolen taxi",),
    ),
    "as-reported-by": foot(
        "As reported by Officer Tamar Kiel of the Gang Unit, the crew plans to shoot the "
        "witness at the courthouse.",
        ("Tamar Kiel",),
        ("shoot the witness",),
    ),
    "team-leader-passed": foot(
        "Our team leader, Capt. Ivo Marsk, passed on the warning that the convoy will be "
        "ambushed at the Orne bridge.",
        ("Ivo Marsk", "Marsk"),
        ("ambushed at the Orne bridge",),
    ),
    "desk-ext-update": foot(
        "The Brenmoor desk (ext. 4410) will update this assessment.", ("4410",)
    ),
    "route-replies": foot(
        "Please route replies through the Counter-Terrorism Desk, Room 214.", ("Room 214",)
    ),
    "drafted-duty-officer": foot(
        "Drafted 14 May by the duty officer, Insp. Gavin Roe.", ("Gavin Roe", "Drafted 14 May")
    ),
    "approved-for-release": foot(
        "This warning was approved for release by Supt. Keira Dunmore on 15 May.",
        ("Keira Dunmore",),
    ),
    "handled-by": foot("Handled by DS Pell Ostrander (Source Unit).", ("Ostrander", "Handled by")),
    "case-officer-met": foot(
        "The case officer, Lars Tideman, met the source on 9 May.", ("Tideman",)
    ),
    "written-initials": foot("Written by J.K., CT Desk.", ("J.K.",)),
    "reviewing-initials": foot("Initials of reviewing officer: M.T.P.", ("M.T.P.",)),
    "endorsed-by": foot(
        "Reviewed and endorsed by the Head of Intelligence, DCI Orla Venn.",
        ("Orla Venn", "endorsed by"),
    ),
    "approver-grade": foot("Approver: GS-14 Dana Whitcombe, CTC/OPS", ("Whitcombe", "CTC/OPS")),
    "supervisor-collar": foot("Supervisor: Sgt 1142 Rowe", ("1142",)),
    "desk-code": head("Desk: Balkans Organised Crime (BOC-2)", ("BOC-2",)),
    "section-unit": head("Section: Surveillance Support Unit", ("Surveillance Support Unit",)),
    "handler-comment": foot(
        "Agent handler's comment: DC Rowan Tilly believes the source is truthful.",
        ("Rowan Tilly",),
    ),
    "prepared-direct-line": foot(
        "Prepared by: Analyst II Corin Vasquez-Hale\nDirect line: 020 7946 0321",
        ("Vasquez-Hale", "020 7946 0321"),
    ),
    "originator-releaser": head(
        "ORIGINATOR: 2 RIFLES BG S2\nRELEASER: OC S2 CELL", ("RIFLES BG", "S2 CELL")
    ),
    "compiled-by": foot("Compiled by Cpl. Anya Derwent, 4 Int Coy.", ("Derwent", "4 Int Coy")),
    "sent-on-behalf": foot(
        "Sent on behalf of DCI Ruth Halloway by her staff officer.", ("Halloway",)
    ),
    "authorised-by": foot("Authorised by: Supt. Jem Carrow", ("Carrow",)),
    "requester": head("Requester: Lt. Sven Orrin, Force Protection Cell", ("Orrin",)),
    "tasking-ref": head("Tasking ref: TR-26-0318 (Desk 5)", ("TR-26-0318",)),
    "our-officer-attended": foot(
        "DC Milo Farrant of this office attended the debrief.", ("Milo Farrant",)
    ),
    # more house styles: e-mail headers, cables, police forms, military reports
    "mail-from": head(
        "From: Hartley, Simon (CT Analysis) <s.hartley@ct.example.gov>", ("Hartley", "s.hartley")
    ),
    "mail-sent-by": head("Sent by: OPS-DESK-3 on behalf of Ana Pereira", ("Ana Pereira",)),
    "cable-ref": head("REF: A. HALVERSTAD 0412; B. DIRECTOR 118876", ("118876",)),
    "cable-passline": head("PASS TO: CHIEF CT OPS, HQ", ("CHIEF CT OPS",)),
    "recorded-by": foot("Recorded by: PS 1187 Ilse Marrow", ("Ilse Marrow", "1187")),
    "entered-by": foot("Entered on the system by DC Theo Bask, 16/05/26.", ("Theo Bask",)),
    "intel-officer-sentence": foot(
        "This intelligence was received by DC Yusuf Aldane of the Dedicated Source Unit.",
        ("Yusuf Aldane", "Dedicated Source Unit"),
    ),
    "s2-sign": foot("S2, 3 PARA BG\nCapt. R. Lindow", ("Lindow",)),
    "nco-ic": foot("NCO i/c: Sgt Emeka Obi", ("Emeka Obi",)),
    "ops-officer-phone": foot(
        "Ops officer on duty: Lt Sara Quist (mob. 07700 900871)", ("Sara Quist", "07700 900871")
    ),
    "desk-analyst-email": foot(
        "Desk analyst: Joaquin Reyes, joaquin.reyes@fiu.example.org",
        ("Joaquin Reyes", "joaquin.reyes@fiu.example.org"),
    ),
    "report-compiled-unit": foot(
        "Report compiled by the Harbour Police Intelligence Unit (HPIU).", ("HPIU",)
    ),
    "assessment-passive": foot(
        "This assessment has been reviewed by the Joint Analysis Cell.", ("Joint Analysis Cell",)
    ),
    "we-section": foot(
        "We (Section 4, Counter-Terrorism Directorate) will circulate updates.",
        ("Counter-Terrorism Directorate",),
    ),
    "producer-line": head(
        "Producer: Threat Intelligence Group, Region South", ("Threat Intelligence Group",)
    ),
    "ends-initials": foot("End of report. AKR/26", ("AKR/26",)),
    "enquiries": foot(
        "Enquiries: Insp. Dalia Hurst, Special Branch, 0121 496 0555",
        ("Dalia Hurst", "0121 496 0555"),
    ),
    "owner-line": foot("Intelligence owner: DCI Nadia Frost", ("Nadia Frost",)),
    "ro-signature": foot("RO: DC 3321 Pryce", ("Pryce", "3321")),
    "submitting-officer": foot("Submitting officer: PC Gwen Tallis 4410", ("Gwen Tallis", "4410")),
    "doi-sentence": foot("The information is current as of 12 May 2026.", ("12 May 2026",)),
    "serial-in-sentence": foot(
        "This report supersedes our serial CT/26/0411 of 10 May.", ("CT/26/0411",)
    ),
    "tearline-note": foot(
        "Sanitised by the Source Unit for release to the stadium operator.",
        ("Source Unit",),
    ),
    "handling-caveat-sentence": foot(
        "This information is provided in confidence and may not be disclosed under FOI.",
        ("provided in confidence",),
    ),
    "distribution-bulleted": foot(
        "Distribution:\n- Head of CT Policing\n- DCI Nadia Frost\n- Ops Room", ("Nadia Frost",)
    ),
    "approval-chain": foot(
        "Checked: DS Wren (x2211)  Authorised: DI Lacey", ("Wren", "2211", "Lacey", "Checked:")
    ),
    "footer-unit-phone": foot(
        "Counter Terrorism Intelligence Unit | Tel 0113 496 0001 | ctiu@police.example.uk",
        ("0113 496 0001", "ctiu@police.example.uk"),
    ),
    "military-originator": head("ORIG: HQ 4 BDE G2 CELL", ("HQ 4 BDE G2 CELL",)),
    "precedence-routine": head(
        "ROUTINE 151030Z MAY 26 FM CJTF-9 J2 TO CJTF-9 J3", ("151030Z", "CJTF-9 J2")
    ),
    "subject-sourced": head(
        "SUBJECT: REPORTING FROM SOURCE KESTREL ON PLANNED ATTACK", ("KESTREL",)
    ),
    "officer-met-source": foot(
        "DS Lena Hart met the informant at 19:00 and was told the men will use a rifle.",
        ("Lena Hart",),
        ("use a rifle",),
    ),
    "our-analyst-judges": foot(
        "Our analyst, Pieter Janssens, judges the attack likely to go ahead on 14 June.",
        ("Pieter Janssens",),
    ),
    # a third batch: other verbs, word orders and layouts
    "was-prepared-by": foot(
        "This note was prepared by Sgt Hanna Vik of the Port Intelligence Cell.",
        ("Hanna Vik", "Port Intelligence Cell", "prepared by"),
    ),
    "author-line-bracket": foot("[Author: Ben Achterberg, x5521]", ("Achterberg", "5521")),
    "originated-by": foot("Originated by Field Office Corvale.", ("Field Office Corvale",)),
    "issued-by-desk": head(
        "Issued by the Regional Threat Desk, 15 May 2026", ("Regional Threat Desk",)
    ),
    "header-row-gapped": head(
        "CT THREAT NOTE     Serial: CTN-26-118     Author: DS Rook",
        ("CTN-26-118", "Rook"),
    ),
    "bar-row": head(
        "Ref: TN/26/0219 | Analyst: M. Ostrova | Ext: 4471", ("TN/26/0219", "Ostrova", "4471")
    ),
    "bcc-line": foot("BCC: Duty Officer; SIO Op Larkspur", ("Larkspur",)),
    "sio-op": foot("SIO: DCI Rana Holt (Op LARKSPUR)", ("Rana Holt", "LARKSPUR")),
    "mobile-of-officer": foot(
        "Out of hours call DS Kerr on 07700 900233.", ("Kerr", "07700 900233")
    ),
    "please-contact": foot(
        "Please contact the reporting officer, PC Ilona Brent, if the threat changes.",
        ("Ilona Brent",),
    ),
    "thanks-to": foot("Thanks to DC Arlo Sand for the overnight work on this.", ("Arlo Sand",)),
    "our-team-will": foot(
        "Our surveillance team, led by DS Oona Reyes, will cover the stadium.",
        ("Oona Reyes",),
    ),
    "initials-in-brackets": foot("Assessment (JKL/CT3): high confidence.", ("JKL/CT3",)),
    "doi-bracket": foot(
        "The cell will buy the gas cylinders next week (DOI 12/05/26).",
        ("12/05/26",),
        ("buy the gas cylinders",),
    ),
    "received-from-partner-desk": foot(
        "Received via the Liaison Desk (ref LD-26-772).", ("LD-26-772",)
    ),
    "handling-instruction-caps": foot(
        "HANDLING INSTRUCTIONS: NOT TO BE DISCLOSED OUTSIDE THE FORCE", ("NOT TO BE DISCLOSED",)
    ),
    "for-info-only": head("FOR INFORMATION ONLY - NOT FOR ACTION", ("NOT FOR ACTION",)),
    "watermark": foot("Copy 2 of 5 - Property of Halden CTU", ("Property of Halden CTU",)),
    "tlp-amber": head("TLP:AMBER", ("TLP:AMBER",)),
    "level-in-sentence-header": head(
        "Marking: SECRET - NOT FOR PARTNERS", ("NOT FOR PARTNERS", "SECRET")
    ),
    "portion-fouo-lower": foot(
        "(U/FOUO) The group will use a drone.", ("U/FOUO",), ("use a drone",)
    ),
    "intake-time": head("Time received 0915 hrs 13/05/26", ("0915",)),
    "op-subject-dash": head("OP NIGHTJAR - THREAT UPDATE 3", ("NIGHTJAR",)),
    "project-line": foot("Project: SILVER MARTEN (CT-26-14)", ("SILVER MARTEN", "CT-26-14")),
}

NEGATIVES: dict[str, Probe] = {
    "subject-threat": head(
        "Subject: threat to the Harbour Festival", keep=("threat to the Harbour Festival",)
    ),
    "desk-as-target": foot(
        "The gunmen plan to seize Desk 4 of the Port Authority building on 20 June.",
        keep=("Desk 4 of the Port Authority",),
    ),
    "approved-plans": foot(
        "Approved plans show the bridge's maintenance shaft, where the cell will plant the charge.",
        keep=("maintenance shaft",),
    ),
    "leaflet-distribution": foot(
        "The group will start a distribution of leaflets at the market before the attack.",
        keep=("distribution of leaflets",),
    ),
    "police-station-target": foot(
        "They will also attack the police station on Marsh Street.",
        keep=("police station on Marsh Street",),
    ),
    "front-desk": foot(
        "A second bomb will be left at the front desk of the Grand Hotel.",
        keep=("front desk of the Grand Hotel",),
    ),
    "pose-as-branch": foot(
        "The attackers will pose as officers of the Traffic Branch.",
        keep=("pose as officers of the Traffic Branch",),
    ),
    "major-target": foot(
        "The target is Major Henrik Aas, commander of the garrison.",
        keep=("Major Henrik Aas",),
    ),
    "officer-in-charge-target": foot(
        "The gang will shoot DI Carla Moss, who leads the murder inquiry, outside her home.",
        keep=("DI Carla Moss",),
    ),
    "broadcaster-station": foot(
        "The cell will also strike the regional station of the broadcaster.",
        keep=("regional station of the broadcaster",),
    ),
    "station-master": foot(
        "The group will kidnap the station master at Eastbridge railway station.",
        keep=("station master at Eastbridge railway station",),
    ),
    "release-of-prisoners": foot(
        "The attack is timed for the release of the prisoners on 3 July.",
        keep=("release of the prisoners on 3 July",),
    ),
    "file-room": foot(
        "The men will hide the rifles in the file room of the town hall.",
        keep=("file room of the town hall",),
    ),
    "team-bus": foot(
        "They intend to attack the team bus of FC Lindholm.", keep=("team bus of FC Lindholm",)
    ),
    "secret-nightclub": foot(
        "A second target is the Secret Garden nightclub on Quay Road.",
        keep=("Secret Garden nightclub",),
    ),
    "restricted-group": foot(
        "A splinter cell calling itself the Restricted Zone Brigade will bomb the bus depot.",
        keep=("Restricted Zone Brigade",),
    ),
    "judge-target": foot(
        "They will ambush Judge Ilse Varga as she leaves the Court of Appeal.",
        keep=("Judge Ilse Varga",),
    ),
    "signing-ceremony": foot(
        "A second attack will come during the signing ceremony at the Town Hall on 2 July.",
        keep=("signing ceremony",),
    ),
    "colonel-perpetrator": foot(
        "The group's commander, Colonel Arvid Strand, ordered the bombing.",
        keep=("Colonel Arvid Strand",),
    ),
    "staff-entrance": foot(
        "The gunmen will enter through the staff entrance of the stadium.",
        keep=("staff entrance",),
    ),
    "insider-clerk": foot(
        "The attackers' contact inside the port, a clerk named Ola Brink, will open the gate.",
        keep=("Ola Brink",),
    ),
    "ticket-office": foot(
        "The cell will also target the ticket office at 09:00 on 14 June.",
        keep=("ticket office at 09:00",),
    ),
    "editor-target": foot(
        "They plan to bomb the offices of the Daily Courier and kill its editor, Mara Tolle.",
        keep=("Mara Tolle",),
    ),
    "attack-team": foot(
        "The attack team of five men will arrive from the south.",
        keep=("attack team of five men",),
    ),
    "unit-of-group": foot(
        "The bombing will be carried out by a unit of the brigade called Unit 9.",
        keep=("Unit 9",),
    ),
    "confidential-documents": foot(
        "The militants will use confidential documents stolen from the ministry to enter.",
        keep=("confidential documents",),
    ),
    "secretariat": foot(
        "The group will also attack the Secretariat building on Avenue Royale.",
        keep=("Secretariat building",),
    ),
    "subject-kidnapping": head(
        "Subject: planned kidnapping of a shipping executive in Port Veyra",
        keep=("planned kidnapping of a shipping executive",),
    ),
    "re-bomb-threat": head(
        "Re: bomb threat against Lindholm Central Station",
        keep=("bomb threat against Lindholm Central Station",),
    ),
    "sergeant-shooter": foot(
        "The shooter, a former police sergeant named Tor Helland, will fire from the roof.",
        keep=("Tor Helland",),
    ),
    "approvals-office": foot(
        "The group will send a parcel bomb to the Approvals Office of the Planning Department.",
        keep=("Approvals Office of the Planning Department",),
    ),
    "porters": foot(
        "The attackers will dress as hospital porters.", keep=("dress as hospital porters",)
    ),
    "evening-service": foot(
        "They will attack at the end of the evening service, around 21:00.",
        keep=("end of the evening service",),
    ),
    "control-room": foot(
        "The group will seize the control room of the Halden dam.",
        keep=("control room of the Halden dam",),
    ),
    "quartermaster": foot(
        "The cell's quartermaster, Jonas Fell, will hand out the pistols on 13 June.",
        keep=("Jonas Fell",),
    ),
    "posing-secretary": foot(
        "The kidnap team will call the victim's office, posing as his secretary.",
        keep=("posing as his secretary",),
    ),
    "customs-hq": foot(
        "The target is the regional headquarters of the Customs Service on Dock Road.",
        keep=("regional headquarters of the Customs Service",),
    ),
    "gate-3": foot(
        "The gunmen plan to shoot the guards at Gate 3 of the naval base.",
        keep=("Gate 3 of the naval base",),
    ),
    "timetable-released": foot(
        "The cell will strike on 14 June, the day the ferry line's new timetable is released.",
        keep=("new timetable is released",),
    ),
    "bank-branch": foot(
        "The attackers will cut the power to Branch 12 of the Nordbank before the robbery.",
        keep=("Branch 12 of the Nordbank",),
    ),
    "police-team-target": foot(
        "The attack will target the police team guarding the embassy.",
        keep=("police team guarding the embassy",),
    ),
    "desk-sergeant": foot(
        "Members of the group will attack the Eastbridge police station and kill the desk "
        "sergeant.",
        keep=("kill the desk sergeant",),
    ),
    "bomb-maker": foot(
        "The bomb maker, an electrician called Piotr Lind, built the device in his garage.",
        keep=("Piotr Lind",),
    ),
    "ops-centre": foot(
        "The men will enter the Operations Centre of the airport posing as engineers.",
        keep=("Operations Centre of the airport",),
    ),
    "distribution-centre": foot(
        "The group is planning to attack the distribution centre of FreshMart in Halden.",
        keep=("distribution centre of FreshMart",),
    ),
    "signals-barracks": foot(
        "The cell will attack the Signals Regiment barracks at Korvik.",
        keep=("Signals Regiment barracks",),
    ),
    "handler-nickname": foot(
        "The driver, known to the gang as 'the Handler', will park the van.",
        keep=("the Handler",),
    ),
    "sign-in-book": foot(
        "The bomber will sign the visitors' book at reception as a contractor.",
        keep=("sign the visitors' book",),
    ),
    "copy-to-press": foot(
        "The group will send a copy of its demands to the press after the attack.",
        keep=("copy of its demands",),
    ),
    "secure-area": foot(
        "They will drive the car bomb into the secure area behind the stand.",
        keep=("secure area behind the stand",),
    ),
    "classified-ad": foot(
        "The cell will signal the go-ahead with a classified ad in the Halden Post.",
        keep=("classified ad",),
    ),
    "station-road": foot("The getaway car will wait on Station Road.", keep=("Station Road",)),
    "from-quay": foot(
        "From the quay the gunmen will fire on the ferry.", keep=("fire on the ferry",)
    ),
    "team-of-gunmen": foot(
        "A team of three gunmen led by Vidar Holm will storm the lobby.",
        keep=("Vidar Holm",),
    ),
    "reviewing-stand": foot(
        "The bomb will be placed under the reviewing stand at the parade.",
        keep=("reviewing stand",),
    ),
    "officer-target-rank": foot(
        "The cell intends to murder PC Dana Pike, who patrols the estate.",
        keep=("PC Dana Pike",),
    ),
    "copy-shop": foot(
        "The cell will print the leaflets at a copy shop on Mill Lane.",
        keep=("copy shop on Mill Lane",),
    ),
    "handling-explosives": foot(
        "Handling of the explosives will be done by Ivo Kern at the farm.",
        keep=("Ivo Kern",),
    ),
    "case-of-rifles": foot(
        "A case of rifles will be delivered to the garage on 12 June.",
        keep=("case of rifles",),
    ),
    "issued-tickets": foot(
        "The tickets issued by the club will let the bombers in.",
        keep=("tickets issued by the club",),
    ),
    "serial-killer": foot(
        "The gunman, a former soldier, will fire from the multi-storey car park.",
        keep=("multi-storey car park",),
    ),
    "marking-paint": foot(
        "The cell will mark the target car with yellow paint.", keep=("yellow paint",)
    ),
    "page-target": foot(
        "The group will also attack the Page Street mosque.", keep=("Page Street mosque",)
    ),
}

PROBES: dict[str, Probe] = {**POSITIVES, **NEGATIVES}

#: Probe keys the engine does not cover yet ("probe:key"), each with the reason it fails.
GAPS: dict[str, str] = {
    "to-centre:COUNTERTERRORISM CENTRE": (
        "an addressee line stays: 'To:' names the reader (a partner service) as often as a desk "
        "of ours, and nothing in the line tells which"
    ),
    "ends-initials:AKR/26": (
        "writer's initials are read only beside a typist's in small letters ('PK/jm'); capitals "
        "over a year ('AKR/26') could be any short reference"
    ),
    "handler-nickname:the Handler": (
        "'Handler' is a source word even as a quoted by-name the plotters use, so the naming "
        "clause is cut as sourcing with the nickname in it"
    ),
}


def report(probe: Probe) -> str:
    """The probe set in a small report: a threat paragraph above or below it."""
    if probe.at == "head":
        return f"{probe.text}\n\n{THREAT}\n"
    return f"{THREAT}\n\n{probe.text}\n"


def fold(text: str) -> str:
    """Text compared as the gold scorer compares a remove key: case and blank runs folded."""
    return " ".join(text.split()).casefold()


@pytest.fixture(scope="module")
def released() -> dict[str, str]:
    """Every probe's release under duty-to-warn, analyzed in one batched run."""
    names = list(PROBES)
    results = redact_many((report(PROBES[name]) for name in names), load_policy("duty-to-warn"))
    return {name: result.text or "" for name, result in zip(names, results, strict=True)}


def cases(kind: str) -> list[object]:
    """One case per probe and key; a known gap is a strict xfail with its reason."""
    params = []
    for name, probe in PROBES.items():
        for key in getattr(probe, kind):
            case = f"{name}:{key}"
            gap = GAPS.get(case)
            marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
            params.append(pytest.param(name, key, marks=marks, id=case))
    return params


@pytest.mark.parametrize(("name", "key"), cases("remove"))
def test_when_furniture_names_the_producer_then_the_phrase_is_gone(
    released: dict[str, str], name: str, key: str
) -> None:
    assert released[name], "the report was withheld"
    assert fold(key) not in fold(released[name])


@pytest.mark.parametrize(("name", "key"), cases("keep"))
def test_when_the_words_belong_to_the_threat_then_they_stay(
    released: dict[str, str], name: str, key: str
) -> None:
    assert " ".join(key.split()) in " ".join(released[name].split())


def test_when_the_threat_paragraph_is_released_then_it_stays_whole(
    released: dict[str, str],
) -> None:
    lost = [name for name, text in released.items() if "north gate of Halden stadium" not in text]
    assert lost == []


def test_when_a_gap_is_listed_then_its_probe_and_key_are_in_the_table() -> None:
    listed = {
        f"{name}:{key}" for name, probe in PROBES.items() for key in probe.remove + probe.keep
    }
    assert set(GAPS) <= listed
