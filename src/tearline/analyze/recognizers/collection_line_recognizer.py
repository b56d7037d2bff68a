"""Find collection metadata: header lines, report serials, requirement numbers, stations."""

from typing import ClassVar

import regex
from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from tearline.analyze import lexicon as lx
from tearline.analyze.recognizers.tagged_pattern_recognizer import (
    TaggedPatternRecognizer,
    line_pattern,
)
from tearline.analyze.spans import result
from tearline.categories import Category
from tearline.load.normalize import BRACKETED_ASIDE, NEW_ITEM

# A label starts a line, optionally after a list marker and a portion mark such as "(S//NF)".
# The span starts at the label (\K): the portion mark is the marking recognizer's. Possessive
# quantifiers (*+, ?+) keep a long run of blanks from being re-split on every failed attempt.
# A line quoted in a forwarded e-mail ("> From: ...") starts after its quote marks.
_LINE_START = (
    # "2. ", "b. ", "- ", or a field number set off by a wider gap ("01  Originator ref. ....")
    r"^(?:[ \t]*+>)*+[ \t]*+(?:(?:\d{1,3}[.)]|[a-z][.)]|[-*\u2022])[ \t]++|\d{1,3}[ \t]{2,}+)?+"
    r"(?:\([A-Z]{1,3}(?://[A-Z0-9 ,/-]{1,80})?\)[ \t]*+)?+\K"
)
# Labels whose value is a short datum: the span ends at the end of the line.
_DATUM_LABEL = (
    r"(?i:doi|date[ \t]+of[ \t]+info(?:rmation)?|serial(?:[ \t]+(?:no\.?|number))?"
    r"|report[ \t]+(?:no\.?|number|id|serial|ref\.?|reference)|iir(?:[ \t]+(?:no\.?|number))?"
    r"|(?:(?:intelligence|information|collection|priority|specific)[ \t]+)?requirements?"
    r"(?:[ \t]+(?:no\.?|number|id))?|reqs?\.?|tasking"
    # the request for information a product answers: "RFI No.: RFI-2026-7731 (requester: ...)"
    r"|rfi(?:[ \t]+(?:no\.?|number|ref\.?|reference))?"
    r"|source[ \t]+(?:id|no\.?|number|code|ref(?:erence)?|reliability|grading|grade)"
    r"|place[ \t]+(?:and|&)[ \t]+date[ \t]+(?:acquired|acq\.?)"
    r"|place[ \t]+acquired|date[ \t]+acquired|date[ \t]+collected|collection[ \t]+date"
    r"|collected(?:[ \t]+(?:on|by|at))?|case[ \t]+officer|case(?:[ \t]+(?:no\.?|number|id))?"
    r"|handler|meeting|debriefing|detainee|interviewee|interviewer|facility|holding[ \t]+facility"
    r"|(?:next|last|previous|follow-up|first)[ \t]+(?:meeting|meet|contact|mtg"
    # when our team goes out again or the case is next looked at: "Next deployment: 30 Sep"
    r"|deployment|review|tasking|debrief(?:ing)?|observation|surveillance|obs)|meet|mtg"
    # where and how we meet whoever reported again, whatever the writer calls the meeting:
    # "Re-meet: ...", "Fallback meeting point: ...", "Next RV with the asset: ..."
    r"|(?:(?:next|follow-up|further|fallback|fall-back|alternate|alternative|emergency"
    r"|backup|back-up|reserve)[ \t]+(?:meeting|meet|mtg|rv|rendezvous|contact)|re-?meet(?:ing)?)"
    r"(?:[ \t]+(?:point|place|venue|location|site|arrangements?|plan|details))?"
    r"(?:[ \t]+with[ \t]+[^:\r\n]{1,30})?"
    r"|poc|refs?\.?|references?|pass(?:ed)?[ \t]+to|station|desk|dist(?:ribution)?"
    r"|orig(?:in|inator)?|from|fr"
    # who wrote, checked and let the report go: "Cleared: ...", "Approved by: ..."
    r"|(?:prepared|drafted|approved|cleared|reviewed|authori[sz]ed|endorsed)"
    r"(?:[ \t]+for[ \t]+(?:release|dissemination|issue))?(?:[ \t]+by)?"
    # who keeps the log or the record: "Log keeper: DC Anya Morrell", "Note taker:"
    r"|(?:log|record|note|minute)s?[ \t]+(?:keeper|taker|writer)"
    r"|(?:released|recorded|logged|checked|verified"
    r"|saniti[sz]ed(?:[ \t]+for[ \t]+dissemination)?)[ \t]+by"
    # the date the report speaks for: "As at: 0800 hrs, Monday 7 June 2027", "As of:"
    r"|as[ \t]+(?:at|of)|dor|dtg|date[ \t]+of[ \t]+report"
    r"|handling(?:[ \t]+(?:instructions|notes?|caveats?|codes?|conditions))?"
    # a police intelligence form's grades and its record of sanitisation
    r"|(?:source|intelligence|information|info)[ \t]+(?:evaluation|grading|grade)"
    r"|saniti[sz]ation(?:[ \t]+(?:by|notes?|record|ref(?:erence)?))?|initials"
    r"|dissem(?:ination)?(?:[ \t]+(?:controls?|notes?|instructions))?"
    # when, where and by whom it was collected, in other reports' words
    r"|(?:date|period|place|time|location|port|grid|position|coordinates|mgrs)"
    r"(?:[ \t]*(?:/|and|&)[ \t]*(?:date|place|time|location|grid))?"
    # "Time of incident report:" is the report's; "Time of incident:" stays, as the attack's
    r"[ \t]+of[ \t]+(?:(?:the|this|incident|initial|first|spot|flash)[ \t]+(?=report))?"
    r"(?:report|collection|acquisition|receipt|contact|meet(?:ing)?|interview"
    r"|submission|writing|issue|entry|publication|production|release|dissemination"
    r"|examination|search|stop|arrest|seizure|deployment|extraction|download"
    r"|debrief(?:ing)?|sessions?|engagement|kle|visit|encounter|observation"
    r"|intercept(?:ion)?)"
    # a military engagement's own number: "KLE No:", "Engagement ref:"
    r"|(?:kle|engagement|contact)[ \t]+(?:no\.?|number|ref(?:erence)?|serial)"
    # when and where the interviews were held: "Sessions: 3 (4, 5 and 9 Nov), Suite B"
    r"|(?:interview|debrief(?:ing)?)?[ \t]*sessions?|interviews(?:[ \t]+held)?|debriefings"
    r"|(?:report|info(?:rmation)?|receipt|contact)[ \t]+date"
    # when we questioned or met whoever reported: "Session date:", "Interview date:"
    r"|(?:session|meeting|meet|interview|debrief(?:ing)?)[ \t]+dates?"
    # where we examined, screened or questioned: "Examination location: Berth 6 shed"
    r"|(?:collection|examination|inspection|screening|interview|debrief(?:ing)?)"
    r"[ \t]+(?:period|place|location|site|unit|team|dates?|days?)"
    # "Date intelligence obtained: 06/12/2026   Time: 23:30"
    r"|(?:date(?:[ \t]+(?:intelligence|intel|information|info|report|item))?[ \t]+)?"
    r"(?:received|rcvd|recd|obtained|acquired|logged)"
    r"(?:[ \t]+(?:on|by|at|from))?"
    # when the report was made: "Date reported: 09 June", "Date issued:", "Reported on:"
    r"|date[ \t]+(?:reported|issued|submitted|written|compiled)"
    r"|(?:reported|issued|submitted)[ \t]+on|issued"
    # who passed it to the operations centre: "Reported to SIOC by: Field Security Associate"
    r"|(?:reported|passed|forwarded)[ \t]+(?:to[ \t]+[A-Za-z0-9-]{2,20}[ \t]+)?by"
    # how long our call or meeting with whoever reported lasted: "Call duration: 4 min"
    r"|(?:call|session|meeting|meet|interview|debrief)[ \t]+(?:duration|length)"
    r"|(?:derived|drawn|sourced)[ \t]+from"
    # when and where whoever reported was met: "Met at ......", "Debriefed on:"
    r"|(?:met|contacted|debriefed|interviewed|visited)(?:[ \t]+(?:at|on|in|with|by))?"
    r"|(?:reporting|collecting|originating|producing)[ \t]+(?:office|unit|station|desk|team"
    r"|element|officer)|field[ \t]+office|originator|producer"
    r"|(?:our|your|their|partner|originator(?:'s)?|originating|liaison)[ \t]+(?:ref(?:erence)?\.?"
    r"|file)|(?:control|tracking|file)[ \t]+(?:no\.?|number|ref)"
    # a log's own numbering: "Entry no.:", "Log ref:", "Log serial:"
    r"|(?:log[ \t]+)?entry[ \t]+(?:no\.?|number|ref)"
    # what allowed our intercept, entry or records request: "Authority: production order
    # PO/27/55, Judge Marr", "Warrant ref: IW-27/114", "Legal basis: ..."
    r"|(?:legal[ \t]+)?(?:authority|basis)|authori[sz]ations?"
    r"|warrants?(?:[ \t]+(?:no\.?|number|ref(?:erence)?))?"
    # a product's or a document's own number: "Product ID:", "Document no.:", "Msg ref:"
    r"|(?:product|document|doc|msg)[ \t]+(?:id|no\.?|number|ref(?:erence)?)"
    # a partner's form in its own language: the date of information, its distribution
    r"|date[ \t]+de[ \t]+l['\u2019][ \t]?information|date[ \t]+de[ \t]+r[ée]daction"
    r"|fecha[ \t]+de[ \t]+(?:la[ \t]+)?informaci[óo]n|datum[ \t]+der[ \t]+information"
    r"|data[ \t]+dell['\u2019][ \t]?informazione|diffusion|distribuci[óo]n|verteiler"
    r"|log[ \t]+(?:no\.?|number|ref|serial|ser\.?)"
    r"|(?:compiled|produced|issued|written|collated)[ \t]+by|releasability|caveats?"
    # who makes a statement of ours: "Statement of: DC Owen Tarrant, Digital Media ..."
    r"|statement[ \t]+(?:of|by|made[ \t]+by)|officer[ \t]+in[ \t]+(?:the[ \t]+)?case"
    r"|tor|time[ \t]+of[ \t]+(?:receipt|report|collection|acquisition)|reporting[ \t]+period"
    r"|info(?:rmation)?[ \t]+(?:as[ \t]+(?:of|at)|current(?:[ \t]+(?:as[ \t]+(?:of|at)|to))?"
    r"|cut-?off)|(?:(?:intelligence|reporting|data)[ \t]+)?cut-?off(?:[ \t]+date)?"
    r"|collection[ \t]+method"
    r"|(?:originating|reporting|collecting)[ \t]+(?:agency|service|partner)"
    r"|(?:tasking|requirement|case|file)[ \t]+ref(?:erence)?\.?"
    # our file's number by itself: "File: BST4/26/0877", not "File: plan.docx"; after the
    # operation it belongs to: "File: OP QUILLFEATHER / 27-009"
    r"|file(?=[ \t]*:[ \t]*(?:\r?\n[ \t]*)?(?:(?i:op|operation)\.?[ \t]+[A-Z]{3,}[ \t]*[/-][ \t]*)?"
    r"(?:[A-Z]{2,8}/)*[A-Za-z]{0,8}\d+[A-Za-z]*[/-]\d)"
    # how far the source is believed: "Reliability:", "Credibility:", "Evaluation:"
    r"|reliability|credibility|evaluation|grading"
    # the window a summary covers: "PERIOD COVERED:", "Covering period:"
    r"|period[ \t]+covered|covering[ \t]+period"
    # the minutes of a meeting: who attended, who was told, when it meets again
    r"|present|attendees|attendance|in[ \t]+attendance|apologies|chair(?:ed[ \t]+by)?"
    r"|participants|processed(?:[ \t]+by)?|(?:reporting[ \t]+)?unit"
    # a cable's message reference: "MRN: 26 VELDRA 412"
    r"|mrn|(?:message|cable|telegram|signal)[ \t]+(?:ref(?:erence)?|no\.?|number)"
    r"|minutes(?:[ \t]+(?:taken[ \t]+by|by))?|note[ \t]+taker|secretary"
    r"|(?:dissem(?:ination)?|distribution|circulation|copy)[ \t]+list|copies[ \t]+to|cc|bcc"
    r"|cop(?:y|ies)"
    # who the report went to: "Addressees: Head of Office; Political Officer"
    r"|addressees|recipients"
    r"|(?:date[ \t]+of[ \t]+)?(?:next|last|previous)[ \t]+(?:meeting|review|digest|issue|report))"
)
# Labels of a report's routing and its producer that open a line of their own, and only
# there: "FM: CHIEF OF BASE", "Team: TF ORCHARD", "Branch: CEB-4", "RELEASER: OC S2 CELL",
# "URN: 44-EB-2026-1193", "Operation name: TALLOW BRIDGE". Inside a row of fields they are
# no cell labels; a value that tells a plan ("Team: two gunmen will enter the hall") is the
# attackers'. "To:" stays: it names the reader ("To: the partner service").
_ROUTING_LABEL = (
    r"(?i:fm|team|branch|squad|directorate|project|releaser|releasing[ \t]+(?:officer|authority)"
    r"|urn|op(?:eration)?\.?[ \t]+(?:name|codename|no\.?|number|ref(?:erence)?))"
    r"(?=[ \t]*:(?![^\r\n]*\b(?i:will|plans?|intends?|aims?)\b))"
)
# A line that is only a report's, a case's or a log's number, without a colon: "Case number
# 26-CR-00871", "Intelligence report reference 5x5x5/EB/00931". The number holds a digit and
# a separator (or four digits or more), so "Case number three" is no reference. A title over
# "No." ("INFORMATION REPORT No. 0417/RZ/26") stays, and its number goes by itself.
_NUMBERED_BY = (
    r"(?:(?i:intelligence|information|crime|incident|case|file|report|log|unique|our|message)"
    r"[ \t]+){1,3}(?i:ref(?:erence)?\.?|number|id|urn)"
)
_ANY_CODE = r"(?:(?=[A-Za-z0-9/-]*\d)[A-Za-z0-9]+(?:[-/][A-Za-z0-9]+)+|\d{4,})"
# The words that date the report itself, before a date and a time that end the line: "Report
# date 2026-05-15 0930 hrs", "Written 14/05/26 at 2210", "Time received 0915 hrs 13/05/26"
# ("Attack date ..." is the threat's).
_DATED_BY = (
    r"(?i:report(?:[ \t]+date)?|date[ \t]+of[ \t]+report|written|sent|dated|issued|compiled"
    r"|drafted|prepared|typed|(?:(?:date|time)[ \t]+)?(?:received|rcvd|recd|logged))"
)
# The verbs of a line that says who made, handled or cleared the report: "Prepared by ...".
_BY_VERB = (
    r"(?i:prepared|drafted|written|compiled|produced|authored|handled|reviewed|endorsed"
    r"|checked|approved|authori[sz]ed|released|cleared|originated|issued)"
)
# A date or a time of day in a line that dates the report: "on 14/05/26", "at 2210 hrs".
_WHEN = (
    r"(?i:on[ \t]+|at[ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+(?i:jan|feb|mar|apr|may|jun|jul|aug"
    r"|sep|sept|oct|nov|dec)[a-z]*\.?(?:[ \t]+\d{2,4})?|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:?\d{2}(?:[ \t]*(?i:hrs|h|z))?"
    # a date-time group: "141630Z MAY 26"
    r"|\d{6}[A-Z](?:[ \t]+[A-Z]{3}(?:[ \t]+\d{2,4})?)?)"
)
# Labels of how a technical collection was run: the platform and its time on station, the
# tasked area, a covert entry, the intercepted line and its warrant ("Platform: MQ-9A",
# "On station: 0410Z-1130Z", "Entry: 02:10-03:05", "Target line 3: ...").
_METHOD_LABEL = (
    r"(?i:platforms?|sensors?|(?:time[ \t]+)?on[ \t]+station|tasked[ \t]+against|sortie"
    r"|mission(?:[ \t]+(?:no\.?|number|id))?|covert[ \t]+entry|entry(?=[ \t]*:[ \t]*\d)"
    r"|target[ \t]+line(?:[ \t]+\d{1,3})?"
    r"|(?:interception[ \t]+)?warrant(?:[ \t]+(?:no\.?|number|ref))?|monitor(?:ed[ \t]+by)?)"
)
# A numbered entry of an intercept or product log: "CALL 0417 - 23 Nov 2026 - 21:14 ...".
_LOG_ENTRY = (
    r"(?i:call|sms|text|session|intercept|product|event|serial)[ \t]+(?:no\.?[ \t]*)?\d{2,6}"
    r"[ \t]*[-|/\u2013\u2014][^\r\n]*\S"
)
# Who comments: "FIELD COMMENT", "[Station note: ...]". A bare "[Note: ...]" may be the writer's.
_COMMENTER = (
    r"(?i:field|collector|collector's|analyst|analyst's|station|base|hq|headquarters|desk"
    r"|source|officer|case[ \t]+officer|reporting[ \t]+officer)"
)
# Labels whose value is prose: the span also takes the hard-wrapped lines that follow.
_PROSE_LABEL = (
    rf"(?i:source(?:[ \t]+description)?|src|subject[ \t]+source|sub-?source|sub-?src"
    rf"|{_COMMENTER}[ \t]+comments?|comments?"
    # anyone's comment, note or review ("EXPLOITER COMMENT", "SUPERVISOR REVIEW", a title
    # with "of" or "in": "HEAD OF DESK COMMENT", "Officer in Charge remarks"); a presenter's
    # notes are the talk itself, read sentence by sentence
    r"|(?!(?i:speaker|presenter|briefer|slide)(?:['\u2019]s)?[ \t]+notes?)"
    r"[A-Za-z][A-Za-z'\u2019-]{1,24}(?:[ \t]+(?i:of|in)[ \t]+[A-Za-z][A-Za-z'\u2019-]{1,24})?"
    r"(?:[ \t]+[A-Za-z][A-Za-z'\u2019-]{1,24})?[ \t]+(?:comments?|notes?|review|remarks?)"
    # who reported, described on a line of its own
    r"|walk-?in|informant|defector|asset|access|contact[ \t]+details|statement|witness(?:es)?"
    # ... or by what he is paid and why: "PAYMENT: USD 300 this contact", "Motivation: revenge"
    r"|payments?|remuneration|expenses|motivation"
    # ... or by the name he goes by: "LINNET's access: attends the evening meal where ..."
    # (a plan told after it is no access: "Pell's access: the cell will enter by the gate")
    r"|(?-i:[A-Z][A-Za-z-]{1,20})['\u2019]s[ \t]+(?:access|placement|motivation)"
    r"(?=[ \t]*:(?![^\r\n]*\b(?:will|plans?|intends?)\b))"
    # what the report rests on: "BASIS:", "Reporting basis:", "Sourcing:"
    r"|basis(?:[ \t]+(?:of|for)[ \t]+(?:report(?:ing)?|assessment|judge?ments?))?"
    r"|(?:reporting|source|sourcing)[ \t]+(?:basis|base|summary|note)|sourcing|provenance)"
)
# A heading over a paragraph that is all comment or sourcing: "ASSESSOR'S REMARK",
# "Collector notes", "HOW WE KNOW", "Reporting basis" on a line of their own.
_SECTION_LABEL = (
    rf"(?i:(?:{_COMMENTER}|assessor|evaluator|reviewer|supervisor|handler|interviewer"
    r"|recording[ \t]+officer)(?:['\u2019]s)?[ \t]+(?:comments?|notes?|remarks?)"
    # anyone's remarks, the possessive naming their author ("EXAMINER'S REMARKS"); a
    # presenter's notes are the talk itself
    r"|(?!(?:speaker|presenter|briefer)['\u2019])[a-z]{3,20}['\u2019]s[ \t]+"
    r"(?:comments?|notes?|remarks?|observations?)"
    # how the picture of the threat was put together ("HOW THE PICTURE WAS BUILT", "HOW THIS
    # CAME TO LIGHT"), said of our knowledge, never of the attack ("HOW THE BOMB WAS BUILT")
    r"|how[ \t]+(?:we|this|it|(?:the|our|this)[ \t]+(?:picture|case|assessment|report(?:ing)?"
    r"|intelligence|information|understanding|evidence|story|judge?ments?))"
    r"(?:[ \t]+(?:was|were|is|has[ \t]+been|have|had|came[ \t]+to))?[ \t]+(?:know|knew|known"
    r"|learned|learnt|obtained|collected|built|assembled|established|compiled|sourced|derived"
    r"|developed|(?:put|pieced)[ \t]+together|came[ \t]+together|corroborated|found[ \t]+out"
    r"|light)"
    r"|(?:reporting|source|sourcing)[ \t]+(?:basis|notes?|summary|description)"
    r"|basis[ \t]+(?:of|for)[ \t]+(?:report(?:ing)?|assessment)|sourcing|provenance"
    # what else was collected to back the report: "Corroboration:", "Collateral reporting"
    r"|corroboration|corroborating[ \t]+(?:reporting|evidence|information)"
    r"|collateral(?:[ \t]+reporting)?"
    # who the report went to: "Distribution", "Copies to:" over a list of desks and officers
    r"|(?:distribution|dissemination)(?:[ \t]+list)?|cop(?:y|ies)[ \t]+to"
    # what a contact report tells of its source's pay and of the next meeting with him
    r"|payments?|expenses|(?:next|further|follow-up)[ \t]+(?:meeting|meet|contact)s?"
    r"|meeting[ \t]+arrangements?"
    r"|how[ \t]+(?:we|this[ \t]+was)[ \t]+(?:know|knew|learned|learnt|obtained|collected)"
    # where our knowledge came from: "Where this comes from", "WHERE WE GOT IT", "Where the
    # information came from" (never where the plotters got their weapons: no "they")
    r"|where[ \t]+(?:(?:this|it|(?:the|this|our)[ \t]+(?:information|intelligence|reporting"
    r"|report|picture|detail|details|warning))[ \t]+(?:comes?|came|is[ \t]+coming)[ \t]+from"
    r"|we[ \t]+(?:got|get|heard|learned|learnt|found)[ \t]+(?:this|it|(?:this|the)[ \t]+"
    r"(?:information|intelligence|detail|details))))"
)
# A note on a heading that withholds its section from any release: "(NOT FOR RELEASE)",
# "- do not pass on", "(internal use only)", "(withheld from the recipient)".
_WITHHELD_NOTE = (
    r"(?i:not[ \t]+for[ \t]+(?:(?:further|onward|external|public|wider)[ \t]+)?"
    r"(?:release|dissem\w*|distribution|disclosure|passing[ \t]+on|sharing)"
    # "not to be released" may be said of hostages: the passive takes only the report's verbs
    r"|not[ \t]+to[ \t]+be[ \t]+(?:passed(?:[ \t]+on)?|shared|forwarded|disseminated"
    r"|distributed|disclosed)|not[ \t]+releasable|do[ \t]+not[ \t]+(?:release|disseminate"
    r"|distribute|disclose|pass(?:[ \t]+on)?|share|forward)|internal(?:[ \t]+use)?[ \t]+only"
    r"|withheld(?:[ \t]+from[ \t]+(?:release|the[ \t]+recipients?))?"
    r"|no[ \t]+(?:further|onward|external)[ \t]+(?:release|dissem\w*|distribution))"
)
# The heading itself: a few words, no sentence, with that note in brackets or after a dash.
_WITHHELD_HEADING = (
    r"[A-Za-z][A-Za-z0-9'\u2019&/-]*(?:[ \t]+[A-Za-z0-9'\u2019&/-]+){0,7}[ \t]*+"
    rf"(?:\([^()\r\n]{{0,30}}?{_WITHHELD_NOTE}[^()\r\n]{{0,20}}\)"
    rf"|[-\u2013\u2014:][ \t]*+{_WITHHELD_NOTE})[ \t]*+[.:]?[ \t]*+(?=\r?\n)"
)
# What stands under it: its paragraph (after blank lines, if any), and every lettered,
# bulleted or indented sub-item after it, across blank lines, up to the next paragraph of the
# same rank ("4. RECOMMENDATION").
_SUB_ITEM_LINE = (
    r"\r?\n(?=[ \t]*+(?:[a-z][.)]|\([a-z0-9]{1,4}\)|[-*\u2022])[ \t]|[ \t]{2,}\S)[^\r\n]*"
)
#: A line of the section: not the next numbered paragraph.
_SECTION_LINE = r"\r?\n(?![ \t]*+\d{1,3}[.)][ \t])[ \t]*+\S[^\r\n]*"
_SECTION_BODY = (
    rf"(?:\r?\n[ \t]*+)*?{_SECTION_LINE}(?:{_SECTION_LINE})*"
    rf"(?:(?:\r?\n[ \t]*+)*?(?={_SECTION_LINE}){_SUB_ITEM_LINE}(?:{_SECTION_LINE})*)*"
)
# The attendance of a meeting of ours: "Attending:", "Present:", "In attendance:".
_ATTENDANCE = r"(?i:attending|attendees|present|in[ \t]+attendance)[ \t]*:"
# The addressing lines of a cable or memo: "FROM:", "FM", "Our ref:", "MSG ID:", "Author:".
_ADDRESSING = (
    r"(?:(?i:from|fm|our[ \t]+ref(?:erence)?|your[ \t]+ref(?:erence)?|msg[ \t]+id|originator"
    r"|(?:prepared|drafted|written|compiled)[ \t]+(?:by|for)|authors?"
    # whoever keeps a log or a record writes its dates too: "Log keeper:"
    r"|(?:log|record|note|minute)s?[ \t]+(?:keeper|taker|writer)|(?:kept|logged)[ \t]+by)"
    r"[ \t]*:"
    # a letter's own file reference, a code: "Ref.: D3/EXT/2027-0261", "Reference: CT/44/26"
    r"|(?i:ref(?:erence)?)\.?[ \t]*:[ \t]*(?=[A-Za-z]{0,6}[-/]?[A-Za-z0-9]*\d)[A-Za-z0-9]+[-/])"
)
# Whom a cable or memo was routed to: "TO:", "INFO:", "CC:", "ATTN:" ("to" alone is a label
# only beside the addressing lines).
_ADDRESSEE_LABEL = r"(?i:to|info|cc|bcc|attn|action)[ \t]*:"


def _beside_addressing(label: str) -> str:
    """After a labelled field: an addressing line ("FROM:", "OUR REF:") within three lines
    below it, or the field's line within three lines below one. A memo's date and addressees
    stand in its addressing block; a threat block's "Date:" or "To:" has none beside it."""
    return (
        rf"(?:(?=(?:\r?\n[ \t]*+\S[^\r\n]*){{0,3}}?\r?\n[ \t]*+{_ADDRESSING})"
        rf"|(?<={_ADDRESSING}[^\r\n]*(?:\r?\n[ \t]*+\S[^\r\n]*){{0,3}}?\r?\n[ \t]*+"
        rf"{label}[^\r\n]*\S))"
    )


_DATE_LABEL = r"(?i:date(?:[ \t]*(?:/|and|&)[ \t]*time)?|dated)[ \t]*:"
# The labels that make a header block the record of an interview or debriefing of ours.
_INTERVIEW_PARTY = (
    r"(?i:interviewer|interviewee|interviewed[ \t]+by|debriefer|debriefed[ \t]+by"
    r"|interviewing[ \t]+officer)[ \t]*:"
)
# The fields of such a record that say where, when and how it was held and kept.
_INTERVIEW_FIELD = (
    r"(?i:place|venue|location|room|date(?:[ \t]*(?:/|and|&)[ \t]*time)?|time|duration"
    r"|recording|recorded|language|interpreter)[ \t]*:"
)
# A field's value after its colon, or, where the label stands alone, on the line below it.
_FIELD_VALUE = r"(?:[ \t]*+[^\s][^\r\n]*|[ \t]*+\r?\n[ \t]*+[^\s][^\r\n]*)"
# Up to a dozen lines of the same block (no blank line) between a field and another.
_SAME_BLOCK = r"(?:\r?\n[ \t]*+\S[^\r\n]*){0,12}?\r?\n[ \t]*+"
# A "WARNING:" line counts only if it warns about handling, not about the threat itself.
_HANDLING_WARNING = (
    r"(?i:warning)(?=[^\r\n]*(?i:dissem|releas|reproduc|handl|not[ \t]+(?:finally[ \t]+)?"
    r"evaluated|sources?[ \t]+(?:and|or)[ \t]+methods|information[ \t]+report"
    r"|foreign[ \t]+nationals|law[ \t]+enforcement[ \t]+use))"
)
# A portion mark or an abbreviation may stand between a label and its colon: "Comment (U):".
# A form may lead from the label to its value with dots instead ("Obtained at ....... Lusk").
# A bracket between label and colon: a portion mark, or who wrote it ("Security Manager
# comment (S. Abernethy, ext. 2281):").
_REST_OF_LINE = r"[ \t]*+(?:\([^()\r\n]{1,60}\)[ \t]*+)?+(?::|\.{3,}+)(?:[^\r\n]*\S)?"
#: The same, up to the next bar of a row of fields ("Ref: X | Confidence: moderate").
_REST_OF_CELL = r"[ \t]*+:(?:[^|\r\n]*[^|\s])?"
# Blank runs inside lookbehinds are bounded, so a long run of blanks cannot be split many ways.
_GAP = r"[ \t]{0,3}"
_SPACE = r"[ \t]{1,3}"
# A next line continues a prose label when the line before is long (50+ characters, so it was
# wrapped) and ends mid-sentence, and the next line does not open a new item (blank line,
# portion mark, list marker or "LABEL:").
WRAP_BREAK = r"(?<=^[^\r\n]{50,})(?<![.!?:;)\]])\r?\n"
WRAPPED_LINES = rf"(?:{WRAP_BREAK}(?![ \t]*(?:\r?\n|$|{NEW_ITEM}))[^\r\n]*\S)*"
# A list of names that ends its line in a comma or a semicolon goes on to the next line:
# "Present: H. Moss (chair), J. Abbot;" over "Col. Ivo Marsh, Northern Bureau".
LIST_RUN_ON = r"(?:(?<=[;,])[ \t]*\r?\n[ \t]*+[^\r\n]*\S)*"
# A header line wrapped inside a bracket it opened ("Desk 7 (analyst M.\nVantongeren)"), or
# wrapped at its full width: its value goes on to the bracket's close, or to a short last line.
_HEADER_RUN_ON = (
    r"(?:(?<=\([^()\r\n]{0,80})\r?\n[ \t]*+[^()\r\n]{1,80}\)(?=[ \t]*+\r?$)"
    # one short tail line with no stop of its own: "SIMBA-2, mobile +44 7700 900382"
    # (not a form's next numbered field: "06  Threat window ...... 20-22 Feb")
    rf"|{WRAP_BREAK}(?![ \t]*(?:{NEW_ITEM}|\d{{1,3}}[ \t]{{2}}|[^\r\n]{{0,40}}?\.{{3}}))"
    r"[ \t]*+[^\r\n]{1,45}(?<![.!?\s])(?=\r?$))?"
)
# A label alone on its line, its value on the line below ("Interviewee:" over "GREY OWL"):
# one short line that is neither a label, a list item nor a sentence of its own.
_VALUE_BELOW = (
    r"(?:(?<=:)[ \t]*+\r?\n[ \t]*+(?![-*\u2022(]|\d{1,3}[.)])[^\r\n:]{1,60}"
    r"(?<![.!?\s])(?=[ \t]*+\r?$))?"
)
# A header's value lettered "A." goes on to its further letters on the indented lines below:
# "REF: A. IN 26-44602" over "     B. REQUIREMENT CTM-4410".
_LETTERED_RUN_ON = r"(?:(?<=:[ \t]*+A\.[^\r\n]*)(?:\r?\n[ \t]{2,}+[B-Z]\.[ \t]++[^\r\n]*\S)++)?"
# A codename is an all-capital word; a short one before "Base" (NATO, USAF) is an organisation.
# In an all-capital heading ("CENTRAL POLICE STATION") neither order is read as a codename.
_NOT_CODENAME = r"(?!(?:COMMENTS?|NOTES?|CHIEF|OFFICER|COMMANDER|REPORTS?|STAFF)\b)"
# ... with the number of one of several desks or stations of that name: "DESK NORTH-3"
_CODENAME_AFTER = rf"{_NOT_CODENAME}[A-Z]{{4,}}(?:-\d{{1,2}})?(?![A-Za-z0-9])"
_CODENAME_BEFORE = r"[A-Z]{5,}"
_OPERATION_NAME = r"[A-Z]{3,}(?:[ \t][A-Z]{3,})?(?![A-Za-z0-9])"
# A number that names a report, file or requirement: a letter code (HX-2291, VR-4471), or digits
# that cannot be a year or a count: grouped (26-041), zero-led (0047) or long (123456).
_CODE = r"(?:[A-Z]{2,6}[-/]?\d{2,8}(?:[-/][A-Z0-9]{1,8})*|\d{2,8}(?:[-/]\d{1,8})+|0\d{2,7}|\d{5,8})"
# A code of letter groups before its digits (NE-PR-118, LX-DEU-27-0041, DRSI/LOR/2027/118).
_LETTER_CODE = r"[A-Z]{2,6}(?:[-/][A-Z]{1,6})*[-/]\d{2,}(?:[-/]\d{1,8})*"
_NUMBER_WORD = (
    r"(?i:requirements?|reqs?\.?|case(?:[ \t]+file)?|file|tasking|task|ticket|ref\.?|reference"
    r"|serial|report|bulletin|cable|product|message|isn|id|issue|edition|digest|log|exhibit|urn)"
)


# A written date: 03.05.2027, 3/5/27, 3 May 2027, 3rd May 2027, May 3, 2027.
_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WRITTEN_DATE = (
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
    rf"|\d{{1,2}}(?i:st|nd|rd|th)?[ \t]+{_MONTH}[ \t]+\d{{4}}"
    rf"|{_MONTH}[ \t]+\d{{1,2}}(?i:st|nd|rd|th)?,?[ \t]+\d{{4}})"
)
# A short date as a header field gives it: 19/03, 140915Z OCT 27, 2026-03-03, 19 Mar.
_SHORT_DATE = (
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./-]\d{{1,2}}(?:[./-]\d{{2,4}})?"
    rf"|\d{{6}}(?:[A-Z]|[ \t]?hrs)?(?:[ \t]+{_MONTH}(?:[ \t]+\d{{2,4}})?)?"
    rf"|\d{{1,2}}[ \t]+{_MONTH}(?:[ \t]+\d{{2,4}})?)"
)
# A log entry's clock time at the head of its line: "20:31", "[0715]", "07:15 hrs".
_ENTRY_CLOCK = r"\[?\d{1,2}:?\d{2}(?::\d{2})?\]?(?:[ \t]*+(?i:hrs|h)\b)?"
# The desk, room or team that wrote a timed entry, named in two to four words of capitals,
# with who in it in brackets: "LISTENING ROOM", "SURV TEAM ALPHA (callsign A2, DS Reyes)",
# "OBS POST 2". One word ("NOTE:", "TARGET:") names the kind of entry, not who wrote it.
_ENTRY_DESK = (
    r"[A-Z][A-Z0-9&/'-]++(?:[ \t][A-Z0-9][A-Z0-9&/'-]*+){1,3}"
    r"(?:[ \t]*+\([^()\r\n]{1,80}\))?[ \t]*+:"
)
# A line that opens a timed log entry with its desk: "19:52  LISTENING ROOM: ...".
_DESK_ENTRY = rf"[ \t]*+{_ENTRY_CLOCK}[ \t]++(?=[A-Z]{{2}}){_ENTRY_DESK}"
# The abbreviations of a report's dates, written in capitals: date of information, date of
# report, time of receipt, date-time group. In capitals and before a date they mean nothing else.
# A date-time group dates the message only as a field of its own: "ATTACK DTG 170500Z" in a
# sentence is the attack's.
_DATE_ABBREVIATION = r"(?:DOI|DOR|TOR|D/I|D/R|(?:(?<=^[ \t]{0,8})|(?<=\S[ \t]{3,12}))DTG)"
# Where a field of a header row starts: the line's start, or a gap of three or more blanks
# ("SB THREAT NOTE   ref SBTN/0412/26   DOI 19/03").
# A cell of a row of bars takes the bar before it: "Threat Note | Supersedes TN-27-017".
_CELL_START = r"(?:^[ \t]*+|(?<=\S[ \t]{3,12})|(?<=\S)[ \t]*+\|[ \t]*+)"
_CELL_END = r"(?=[ \t]{3,}|[ \t]*\||[ \t]*$)"
# An office's or a unit's name in title case: "Coastal Threat Desk", "Section 7 of the Unit".
_TITLED_WORDS = r"[A-Z][\w.'&/-]*(?:[ \t]+(?:[A-Z0-9][\w.'&/-]*|of|and|for|the)){0,5}"
# The words that number a report, its log or its file in such a field: "ref", "Log ser".
_CELL_NUMBER_WORD = (
    r"(?:[A-Z][a-z]{1,10}[ \t]+)?(?i:ref(?:erence)?|ser(?:ial)?|file|case|log|report[ \t]+no"
    # the earlier issue a note replaces: "Supersedes TN-27-017"
    r"|supersedes|replaces|amends)"
    r"\.?"
)
# Where a sentence, a line or a list item opens, with a label ("Linnet: ") or a possessive
# ("Lantern's ") before its first word.
_ROUTINE_START = (
    r"(?:^[ \t]*+(?:(?:\d{1,3}[.)]|[a-z][.)]|[-*\u2022])[ \t]++)?+|(?<=[.;][ \t]))\K"
    r"(?:[A-Z][A-Za-z-]{1,20}[ \t]*:[ \t]*|[A-Z][A-Za-z-]{1,20}['\u2019]s[ \t]+)?"
)
# The rest of a sentence, on the lines it was hard-wrapped onto.
_ROUTINE_REST = rf"(?:[^.!?\r\n]|{WRAP_BREAK})*[.!?]?"
_ROUTINE_CUE = (
    r"(?i:(?:next|following)[ \t]+(?:read|exchange|debrief(?:ing)?)\b(?![ \t]+of\b)"
    r"|re-?contact\b"
    r"|(?:tonight|today|yesterday|this[ \t]+morning|last[ \t]+night)['\u2019]s[ \t]+read\b"
    rf"|(?:next|following)[ \t]+(?:window|meet(?:ing)?|contact|session|rv)\b"
    rf"(?=(?:[^.!?\r\n]|{WRAP_BREAK})*\busual\b))"
)
# The mark of one entry of a sources annex: "S-1", "S2", "Src 4", "SR-12".
_SOURCE_REF = r"(?:S|SR|SRC|Src|Source)[ \t-]?\d{1,3}[a-z]?(?![\w-])"
# Labels that say, inside brackets after a heading, where an item came from and when.
BRACKETED_LABEL = rf"(?:{_DATUM_LABEL}|(?i:source|sourcing|basis|comments?))"


class CollectionLineRecognizer(TaggedPatternRecognizer):
    """Recognize the metadata of a report: when, where and under which number it was collected.

    Header lines ("DOI: 2026-03-03", "REQUIREMENT: ABC-123", "FIELD COMMENT: ...") are taken from
    the label to the end of the line; labels are case-insensitive. Comment and SOURCE lines also
    take their hard-wrapped continuation lines. A "COUNTRY:" or "SUBJECT:" line is left alone, as
    it usually says where and what the threat is.

    Scores: a labelled header line or bracketed comment is unambiguous (0.9); a serial shape or a
    number after a word such as "requirement", "case" or "report" (0.85), a station codename
    (0.8) and an operation name (0.75) could, rarely, be something else.
    """

    WHY: ClassVar[str] = (
        "Collection metadata (when and where it was collected, serials, requirements, stations, "
        "handling notes and comments) lets the recipient trace the report to a source or method."
    )

    ENTITY: ClassVar[str] = Category.COLLECTION.value

    PATTERNS: ClassVar[list[Pattern]] = [
        line_pattern(
            "log_entry_desk",
            # "20:31  LISTENING ROOM: Plan: DRAY will shoot ...": the desk, room or team that
            # logged the entry says how it was learned, and the clock before it when; the
            # entry's content stays
            rf"^[ \t]*+\K{_ENTRY_CLOCK}[ \t]++(?=[A-Z]{{2}}){_ENTRY_DESK}",
            0.85,
        ),
        line_pattern(
            "log_day_heading",
            # "Sun 18 Apr 2027" over such entries: the day the desks logged them, not the
            # day of the attack (a plan's own timeline has no desk before its colon)
            r"^[ \t]*+(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]++)?"
            rf"{_WRITTEN_DATE}[ \t]*+(?=\r?\n(?:[ \t]*+\r?\n)?{_DESK_ENTRY})",
            0.85,
        ),
        line_pattern(
            "seized_item_lead_in",
            # "2. FROM THE NOTEBOOK: CELL OF ...", "Per the download: ...": the lead-in that
            # names the searched or seized thing the paragraph was read from; the rest stays
            rf"{_LINE_START}(?i:from|per|according[ \t]+to)[ \t]+(?i:the|his|her|their|a|an)?"
            r"[ \t]*(?i:seized[ \t]+|recovered[ \t]+)?(?i:notebook|diary|ledger|phone|handset"
            r"|laptop|computer|device|sim(?:[ \t]+card)?|hard[ \t]+drive|documents?|papers?"
            r"|download|extraction|search|exhibit|chat[ \t]+logs?)[ \t]*:",
            0.85,
        ),
        line_pattern(
            "numbered_collection_event_line",
            # "Deployment 9 - Tuesday 3 March 2027, 19:00-23:10, the Anchor Rooms": a line
            # that opens with our numbered deployment, debrief or meeting and gives its date
            rf"{_LINE_START}(?i:deployment|debrief(?:ing)?|meeting|meet|contact|session|visit"
            r"|sortie|entry|stop|search)[ \t]+(?i:no\.?[ \t]*)?\d{1,4}[ \t]*+[-:\u2013\u2014]"
            rf"(?=[^\r\n]*(?:{_WRITTEN_DATE}|\b(?i:mon|tues|wednes|thurs|fri|satur|sun)day\b"
            # "Entry 4 - 03/10 08:05 - DS Wynne": a log's day and month, and its time
            r"|\b\d{1,2}/\d{1,2}[ \t]+\d{1,2}:\d{2}\b))"
            r"[^\r\n]*\S",
            0.85,
        ),
        line_pattern(
            "translation_line",
            # "[Translation from Veldian.": the language of the original names the partner
            rf"{_LINE_START}\[?(?i:(?:unofficial|informal|working|machine)[ \t]+)?"
            r"(?i:translation|translated)[ \t]+(?i:from)[ \t]+[A-Z][a-z]+\b[^\r\n.;\]]*[.;]?",
            0.85,
        ),
        line_pattern(
            "byline",
            # "Prepared by K. Moss, Senior Analyst, Threat Assessment Unit.": who wrote it, a
            # line of its own, with or without a colon, of names and titles only
            # ... or who handled, checked or let it go, on a date: "Drafted 14 May by the duty
            # officer, Insp. Gavin Roe.", "Reviewed and endorsed by the Head of Intelligence, ..."
            # ("Written up 2/3/27 by analyst Dana Pohl (desk 4)": a role word before the name)
            rf"{_LINE_START}{_BY_VERB}(?:[ \t]+up)?(?:[ \t]+(?i:and)[ \t]+{_BY_VERB})?"
            rf"(?:[ \t]+(?i:on[ \t]+)?{_WHEN})?[ \t]+(?i:by)[ \t]+"
            r"(?:(?i:the)[ \t]+[a-z]+(?:[ \t]+[a-z]+)?[ \t]*,[ \t]*|(?i:the)[ \t]+"
            r"|[a-z]+(?:[ \t]+[a-z]+)?[ \t]+(?=[A-Z]))?"
            # the writer's extension or phone in lower case too: "J. Hollis, ext 4471", "x7720"
            r"[A-Z][\w.'-]*(?:[ \t,/&]+(?:[A-Z(][\w.'()-]*|of|and|for|the|\d+\)?"
            r"|\(?[a-z]+[ \t]*\d{1,6}\)?(?=[ \t]*[,)|]|[ \t]*\r?$)"
            r"|(?i:ext(?:n|ension)?|tel(?:ephone)?|ph(?:one)?)\.?(?=[ \t:]*\+?\d)))*"
            # the cells that follow it on a line drawn with pipes are the file's too:
            # "Compiled 2 Mar by N. Achterberg | Op. GLASSWING | Req. CT-REQ-0419"
            r"[ \t]*\.?(?:[ \t]*\|[^\r\n]*)?(?=[ \t]*\r?$)",
            0.85,
        ),
        line_pattern(
            "collection_header_line",
            rf"{_LINE_START}(?:{_DATUM_LABEL}|{_ROUTING_LABEL}){_REST_OF_LINE}{_VALUE_BELOW}"
            rf"{_HEADER_RUN_ON}{_LETTERED_RUN_ON}",
            0.9,
        ),
        line_pattern(
            "unlabelled_reference_line",
            # "Case number 26-CR-00871" alone on its line: the number that files the report
            rf"{_LINE_START}{_NUMBERED_BY}[ \t]*+[:#]?[ \t]*+{_ANY_CODE}[ \t]*\.?(?=[ \t]*\r?$)",
            0.85,
        ),
        line_pattern(
            "file_note_line",
            # "Note for file 27/311, Coastal Threat Desk, 4 March 2027": the note's own file
            # number, then only the office that wrote it and the day it was written
            rf"{_LINE_START}(?i:(?:note|memo(?:randum)?|minute|record)[ \t]+(?:for|to)[ \t]+"
            rf"(?:the[ \t]+)?file)[ \t]*+[:#]?[ \t]*+{_ANY_CODE}"
            rf"(?:[ \t]*[,;][ \t]*(?:{_WRITTEN_DATE}|{_TITLED_WORDS})){{0,3}}[ \t]*\.?"
            r"(?=[ \t]*\r?$)",
            0.85,
        ),
        line_pattern(
            "unlabelled_log_entry_line",
            # "Log entry 447, Intelligence Management Unit" alone on its line: the entry of our
            # log, and the office that keeps it
            rf"{_LINE_START}(?i:log[ \t]+(?:entry|serial|ser\.?|no\.?|number|ref))[ \t]*+[:#]?"
            r"[ \t]*+\d{2,6}(?:[ \t]*,[^\r\n]*\S)?(?=[ \t]*\r?$)",
            0.85,
        ),
        line_pattern(
            "unlabelled_report_date_line",
            # "Written 14/05/26 at 2210" alone on its line: when the report was made
            rf"{_LINE_START}{_DATED_BY}[ \t]+(?:{_WHEN})(?:[ \t]*,?[ \t]+{_WHEN}){{0,2}}[ \t]*\.?"
            r"(?=[ \t]*\r?$)",
            0.85,
        ),
        line_pattern(
            "method_header_line",
            rf"{_LINE_START}{_METHOD_LABEL}{_REST_OF_LINE}",
            0.9,
        ),
        line_pattern(
            "method_label_in_header_row",
            # "Operation X / Warrant LI-0392-26 / Target line 3: ...": a row of header fields
            r"^[ \t]*+\K[^\r\n]*?[ \t][/|][ \t]++(?i:warrant|target[ \t]+line|platform|sensors?"
            r"|on[ \t]+station)\b[^\r\n]*\S",
            0.85,
        ),
        line_pattern(
            "labelled_cell_in_gapped_header_row",
            # "Entry no.: 2027/0881     Logged: 21.04.27 0930 hrs by DC 4471 Brennan": a
            # labelled field of a row whose fields stand apart by wide gaps, up to the next gap;
            # the operation the log belongs to too ("Ref: FIB/27/0872   Op: CANDLEWICK")
            rf"(?<=\S[ \t]{{3,12}})(?:[A-Z][a-z]{{2,14}}[ \t]+)?"
            rf"(?:{_DATUM_LABEL}|(?i:op|operation))[ \t]*+:"
            rf"[^\r\n]*?\S{_CELL_END}",
            0.85,
        ),
        line_pattern(
            "labelled_cell_in_header_row",
            # "THREAT FLASH | Ref: CTI-FL-2026-114 | Confidence: moderate": one labelled cell of
            # a row of fields, with the bar before it, up to the next bar
            rf"[ \t]*+\|[ \t]*+{_DATUM_LABEL}{_REST_OF_CELL}",
            0.85,
        ),
        line_pattern(
            "intercept_log_entry_line",
            rf"{_LINE_START}{_LOG_ENTRY}",
            0.85,
        ),
        line_pattern(
            "collection_comment_or_source_line",
            rf"{_LINE_START}(?:{_PROSE_LABEL}|{_HANDLING_WARNING}){_REST_OF_LINE}{WRAPPED_LINES}",
            0.9,
        ),
        line_pattern(
            "collection_section",
            # the heading, then its paragraph down to the next blank line. The heading may be
            # drawn inside a rule ("-------- distribution --------") or carry a note in
            # brackets ("HOW WE KNOW (internal - do not release)")
            rf"{_LINE_START}(?:[-=_*~]{{2,}}+[ \t]*+)?{_SECTION_LABEL}"
            r"(?:[ \t]*+\([^()\r\n]{1,40}\))?"
            # ... or after a dash ("Where this comes from - for you only, not for release:")
            r"(?:[ \t]+[-\u2013\u2014][ \t]+[^:()\r\n]{1,60}(?=:))?"
            r"[ \t]*+:?(?:[ \t]*+[-=_*~]{2,}+)?[ \t]*+"
            r"(?:\r?\n[ \t]*+\S[^\r\n]*(?:\r?\n[ \t]*+\S[^\r\n]*)*"
            # a heading that ends in a colon may stand one blank line over its list of items
            r"|(?<=:)[ \t]*+\r?\n[ \t]*+\r?\n(?=[ \t]*+[-*\u2022][ \t])[ \t]*+\S[^\r\n]*"
            r"(?:\r?\n[ \t]*+\S[^\r\n]*)*)",
            0.85,
        ),
        line_pattern(
            "sourcing_heading",
            # "Reporting base", "Sources:" alone on a line over what was reported: the heading
            # says the items below are our reporting; the items are judged by their words
            rf"{_LINE_START}(?i:(?:reporting|source|sourcing)(?:[ \t]+(?:base|basis|used))?"
            r"|sources(?:[ \t]+used)?)[ \t]*:?(?=[ \t]*\r?$)",
            0.85,
        ),
        line_pattern(
            "withheld_section",
            # "3. BASIS OF ASSESSMENT (NOT FOR RELEASE)." over its lettered paragraphs: the
            # report itself says that the section, whatever its heading, may not be passed on
            # (a note above the report's first sentence is a banner over all of it, not a
            # section's, so some prose must come before the heading)
            rf"{_LINE_START}{_WITHHELD_HEADING}(?<=[a-z][.!?][\"'\u2019)]?\s[\s\S]*)"
            rf"{_SECTION_BODY}",
            0.85,
        ),
        line_pattern(
            "attendance_continuation_line",
            # "Present: H. Moss (chair), J. Abbot;" over "Col. Ivo Marsh, Northern Bureau": a
            # list of those who met that ends its line in a comma or a semicolon goes on below
            rf"(?<={_ATTENDANCE}[^\r\n]*[;,][ \t]*\r?\n)[ \t]*+[^\r\n]*\S{LIST_RUN_ON}",
            0.85,
        ),
        line_pattern(
            "meeting_venue_line",
            # "Venue: embassy annex" in the same header block as "Attending:" or "Present:":
            # where our people met, as the minutes' other labels say (a threat block's
            # "Venue:" has no attendance line beside it)
            rf"{_LINE_START}(?i:venue|location|place|room)[ \t]*:[^\r\n]*\S"
            rf"(?:(?=(?:\r?\n[ \t]*+\S[^\r\n]*){{0,3}}?\r?\n[ \t]*+{_ATTENDANCE})"
            rf"|(?<={_ATTENDANCE}[^\r\n]*(?:\r?\n[ \t]*+\S[^\r\n]*){{0,3}}?\r?\n[ \t]*+"
            r"(?i:venue|location|place|room)[ \t]*:[^\r\n]*\S)"
            # ... or right under the "Meeting:" line that dates the meeting, with the lines
            # indented under its value ("Place:    Headquarters of the ESS, Tallgrund," over
            # "          meeting room 4.12")
            r"|(?<=^[ \t]*+(?i:meeting)[ \t]*:[^\r\n]*\r?\n[ \t]*+"
            r"(?i:venue|location|place|room)[ \t]*:[^\r\n]*\S)"
            r"(?:\r?\n[ \t]{4,}+[^\r\n:]*\S)*)",
            0.85,
        ),
        line_pattern(
            "interview_record_field",
            # "Place:" over "Kingsway Motel, room 14" in the same header block as
            # "Interviewer:": where, when and how our interview was held and recorded (a
            # threat block's "Place:" has no interviewer beside it)
            rf"^[ \t]*+(?:(?<={_INTERVIEW_PARTY}[^\r\n]*{_SAME_BLOCK})"
            rf"|(?={_INTERVIEW_FIELD}{_FIELD_VALUE}{_SAME_BLOCK}{_INTERVIEW_PARTY}))"
            rf"{_INTERVIEW_FIELD}{_FIELD_VALUE}",
            0.85,
        ),
        line_pattern(
            "addressed_date_line",
            # "DATE: 03 MARCH 2027" in the same block as "FROM:" or "OUR REF:": the date of the
            # cable or memo (a threat block's "Date:" has no addressing lines beside it); also
            # a cell of a header row set off by a wide gap ("Note no. X/27/041      Date: ...")
            rf"(?:{_LINE_START}|(?<=\S[ \t]{{3,40}})){_DATE_LABEL}[^\r\n]*\S"
            + _beside_addressing(_DATE_LABEL),
            0.85,
        ),
        line_pattern(
            "reference_number_line",
            # "Ref. No. 4/2211-S          Salvik, 3.11.2026": a letter's own number, with no
            # colon, and the place and date it was written on the rest of its line
            rf"{_LINE_START}(?i:(?:our|your)[ \t]+)?(?i:ref(?:erence)?)\.?[ \t]*+"
            r"(?i:no|nr|number)\.?[ \t]*+:?[ \t]*+(?=[A-Za-z/-]*\d)[A-Za-z0-9][\w/.-]*"
            r"(?:[^\r\n]*\S)?",
            0.85,
        ),
        line_pattern(
            "addressee_line",
            # "TO: DIRECTOR, CTC/BALKAN DESK; INFO AMEMBASSY VELGRAD" in the same block as
            # "FROM:": the desks and posts a cable was routed to (a warning's "To:" with no
            # addressing lines beside it is left to the other rules)
            rf"{_LINE_START}{_ADDRESSEE_LABEL}[^\r\n]*\S" + _beside_addressing(_ADDRESSEE_LABEL),
            0.85,
        ),
        line_pattern(
            "numbered_document",
            # "SUMMARY    No. 14/27", "Nr. 27-0088": a document's own number; a number with no
            # separator ("Gate No. 4") may be a place
            # (also wrapped after "No.")
            r"(?<![\w.])(?:No|NO|Nr|NR)\.(?:[ \t]?|[ \t]*\r?\n)"
            r"\d{1,6}(?:[/-](?:\d{1,6}|[A-Z]{1,4})){1,4}(?<=\d\d)(?![\w/-])",
            0.85,
        ),
        line_pattern(
            "dashed_collection_comment",
            rf"{_LINE_START}(?:{_COMMENTER}|(?i:evaluator|reviewer|supervisor)"
            r"|[A-Z][A-Za-z]?\d{1,2}|[A-Z]{2,6})[ \t]+"
            r"(?i:comments?|notes?|remarks?)[ \t]*[-\u2013\u2014][ \t]"
            rf"[^\r\n]*\S{WRAPPED_LINES}",
            0.9,
        ),
        line_pattern(
            "abbreviated_date_field",
            # "DOI 19/03", "DTG 140915Z OCT 27", "DOR: 20/03": no colon is needed
            rf"(?<![A-Za-z0-9/]){_DATE_ABBREVIATION}[ \t]*+[:.]?[ \t]*+{_SHORT_DATE}"
            rf"(?:[ \t]*[-\u2013][ \t]*{_SHORT_DATE})?(?![\w/])",
            0.85,
        ),
        line_pattern(
            "intelligence_requirement_code",
            # "PIR 3.2", "EEI 4", "SIR 12a": the requirement a report answers, by its number
            r"(?<![A-Za-z0-9/-])(?:PIR|SIR|EEI|CCIR|NIR)s?[ \t]*(?:[Nn]o\.?[ \t]*)?"
            r"\d{1,3}(?:\.\d{1,3})*[a-z]?(?![\w/-])",
            0.85,
        ),
        line_pattern(
            "abbreviated_note_line",
            # a notebook's "rcvd 15/2, typed up by JB" and "next mtg 28/2.": when it was
            # received and when whoever reported is met again, in the note-taker's shorthand
            rf"(?:^[ \t]*+(?:[-*\u2022][ \t]++)?+|(?<=[.;][ \t]))\K(?:(?i:rcvd|recd|rec'd)"
            rf"|(?i:next|last|follow-up)[ \t]+(?i:mtg|meet|meeting|contact|debrief))"
            rf"[ \t]*+:?[ \t]*+(?i:on[ \t]+)?{_SHORT_DATE}(?![\w/])[^\r\n.;]*[.;]?",
            0.85,
        ),
        line_pattern(
            "copy_number",
            # "Copy 3 of 7": which numbered copy went to which reader
            # and whose it is: "Copy 2 of 5 - Property of Halden CTU"
            # ... also as a cell of a row set off by a wide gap ("--   Copy 1 of 2")
            r"(?:^[ \t]*+|(?<=\|[ \t]{0,3})|(?<=\S[ \t]{3,12}))\K"
            r"(?i:copy)[ \t]+(?:(?i:no)\.?[ \t]*)?\d{1,3}[ \t]+"
            r"(?i:of)[ \t]+\d{1,3}(?:[ \t]*[-\u2013\u2014][ \t]*(?i:property[ \t]+of)[^\r\n|]*\S)?"
            r"(?=[ \t]*(?:$|\|))",
            0.85,
        ),
        line_pattern(
            "numbered_field_of_header_row",
            # "ref SBTN/0412/26", "Log ser 27/1203": a field of its own, label and number
            rf"{_CELL_START}{_CELL_NUMBER_WORD}[ \t]*+[:#]?[ \t]*+"
            rf"(?:{_LETTER_CODE}|{_CODE}|\d{{2,4}}/\d{{3,6}})(?![\w/-]){_CELL_END}",
            0.85,
        ),
        line_pattern(
            "labelled_reference_sentence",
            # "Case reference CT-2026-0193." standing alone: the label goes with its number
            rf"(?:^[ \t]*+|(?<=[.;][ \t]))\K{_NUMBER_WORD}(?:{_SPACE}(?i:reference|ref\.?|number"
            rf"|no\.?|id|file))?{_GAP}[:#]?{_GAP}(?:{_CODE}|{_LETTER_CODE})(?![\w/-])"
            r"[ \t]*[.;]",
            0.85,
        ),
        line_pattern(
            "bracketed_collection_comment",
            rf"\[(?:{_COMMENTER}[ \t]+(?i:comments?|notes?)|(?i:comments?))[ \t]*:"
            r"(?:[^\]\n]|\n(?![ \t]*\n))*\]"
            rf"|\({_COMMENTER}[ \t]+(?i:comments?|notes?)[ \t]*:"
            r"(?:[^()\n]|\([^()\n]*\)|\n(?![ \t]*\n))*\)",
            0.9,
        ),
        line_pattern(
            "cited_record",
            # "holds a shotgun certificate per firearms licensing;", "registered to him per
            # the land registry.": the office or record a fact is cited from is where we
            # looked it up; the blank before it goes too. Not a rate ("two per day", "paid per
            # report", "£300 per meeting"): a word, never a number or a payment, stands
            # before it; and "per" cites a phrase ("per police records"), where a rate counts
            # by a bare noun ("rounds per magazine")
            r"(?<=[a-z])(?<!\b(?i:paid|pay|pays|costs?|charged?|earns?|earned|rewarded|sold))"
            r"[ \t]per[ \t]+(?:(?:the|his|her|their)[ \t]+"
            r"|(?!(?:the|his|her|their)[ \t])(?=[a-z][a-z-]+[ \t]+[a-z]))"
            r"(?!(?:cent|annum|capita|head|person|day|night|week|month|year|hour|minute|second"
            r"|unit|item|piece|kilo|kg|litre|round|trip|visit|shift|meeting|meet|report|tip"
            r"|result|job|run|load"
            # "per the plan", "per his orders": how the plotters will act, by their own word
            r"|plan|instruction|order|agreement|arrangement|schedule|request|demand|usual)s?\b)"
            r"[a-z][a-z-]+(?:[ \t]+[a-z][a-z-]+){0,2}(?=[ \t]*[;,.)]|[ \t]*\r?$)",
            0.85,
        ),
        line_pattern(
            "corroboration_remark",
            # "...; this agrees with our own holdings", ", which is consistent with other
            # reporting": what else we hold that bears the item out, not the item itself
            r"(?:[;,][ \t]*+|(?<=[.!?][ \t]{1,3}))(?i:this|which|that|it)[ \t]+"
            r"(?i:agrees|tallies|accords|fits|chimes|squares|matches|is[ \t]+consistent"
            r"|is[ \t]+in[ \t]+line)[ \t]+(?i:with[ \t]+)?(?i:our|other|existing|previous"
            r"|earlier|separate)[ \t]+(?i:own[ \t]+)?(?i:holdings|information|records"
            r"|reporting|intelligence|files|collection|sources?)(?=[ \t]*[.;]|[ \t]*$)",
            0.85,
        ),
        line_pattern(
            "bracketed_aside",
            # "[she repeated it to the purser over a drink -- that's the route it reached
            # us]": five words or more in square brackets, over wrapped lines, are the
            # writer's aside to a colleague, never the warning (a portion mark is capitals, an
            # editor's "[the group]" or "[sic]" is short)
            rf"[ \t]*+{BRACKETED_ASIDE}",
            0.85,
        ),
        line_pattern(
            "source_reference_marker",
            # "(S-1, S-3)", "[S2]", "(Src 4)": the marks by which a sentence points to the
            # entry of a sources annex it rests on; the blank before the bracket goes with it
            rf"[ \t]*+[(\[]{_SOURCE_REF}(?:[ \t]*+(?:[,;/&]|(?i:and))[ \t]*+{_SOURCE_REF})*+[)\]]",
            0.85,
        ),
        line_pattern(
            "interviewee_line",
            # "Subject: RTN-26-0318 (male, 31), held at the airport holding suite": the person
            # questioned, by reference, sex and age (an e-mail's subject names no one so)
            rf"{_LINE_START}(?i:subject|interviewee|detainee)[ \t]*:[^\r\n]*?"
            r"\((?i:male|female|m|f)\b[^)\r\n]{0,30}\)[^\r\n]*",
            0.9,
        ),
        line_pattern(
            "bracketed_collection_labels",
            # "ITEM 3 (Source: open reporting; Received: 12 May)": the item's provenance
            # (also wrapped onto the next line, never across a blank one)
            rf"\((?={BRACKETED_LABEL}[ \t]*:)[^()\r\n]*(?:\r?\n[^()\r\n]*?\S[^()\r\n]*)?\)",
            0.9,
        ),
        line_pattern(
            "scheduled_next_contact",
            # "- Further interview scheduled 16 Nov.", "Next meet is planned for Friday.": our
            # next contact with whoever reported, as a sentence of its own
            r"(?:^[ \t]*+(?:(?:\d{1,3}[.)]|[-*\u2022])[ \t]++)?+|(?<=[.;][ \t]))\K"
            r"(?i:(?:next|further|follow-up|follow-on)[ \t]+(?:interview|meeting|meet|contact"
            r"|debrief(?:ing)?|session)s?[ \t]+(?:is[ \t]+|has[ \t]+been[ \t]+)?"
            r"(?:scheduled|planned|due|set|arranged|booked))\b[^.;\r\n]*[.;]?",
            0.85,
        ),
        line_pattern(
            "product_lead_in",
            # "a. Product from the line (REF B), 171930Z: Assessed ref to culvert ...": the
            # lead-in that says which collection an item was read from, and when; the rest
            # stays. The product word alone ("Product: chlorine") needs a source, a reference
            # or a time after it
            rf"{_LINE_START}(?i:product|take|traffic|intercept|reporting)"
            r"(?=[ \t]+(?i:from)[ \t]|[ \t]*\((?i:ref)|[ \t]*,[ \t]*\d{6}Z)"
            r"(?:[ \t]+(?i:from)[ \t]+(?:(?i:the|his|her|their)[ \t]+)?(?i:line|wire|net|channel"
            r"|feed|tap|handset|phone|account|chat|intercept|station|desk|team|platform))?"
            r"(?:[ \t]*\((?i:ref)[^()\r\n]{0,20}\))?(?:[ \t]*,[ \t]*\d{6}Z)?[ \t]*:",
            0.85,
        ),
        line_pattern(
            "collection_participle_lead_in",
            # "Overheard: cars to be swapped at ...", "Intercepted at 2210: the van is ...": a
            # lead-in that says the rest was heard or picked up by us; the rest stays
            r"(?:^[ \t]*+\K|(?<=[.!?][ \t]{1,3}))"
            r"(?i:overheard|intercepted|recorded|monitored|transcribed|captured|heard)"
            r"(?:[ \t]+(?i:by|at|in|on|from|during|via)[ \t]+[^:\r\n]{1,40}?)?[ \t]*:[ \t]*+"
            r"(?=\S)",
            0.85,
        ),
        line_pattern(
            "contact_routine",
            # "Next exchange - 27 Sep, Kolvin, usual venue", "- Linnet: re-contact 19 OCT, via
            # usual runner.", "The persona stays live; next read 06:00.", "Lantern's next
            # window is Thursday, by the usual drop at the bakery": how and when we next hear
            # from whoever reported, as a sentence, a line or an item of its own (after a
            # label or a possessive); a meeting or a window is ours only with our routine in
            # it ("usual"), a read, an exchange, a debrief or a re-contact always
            rf"{_ROUTINE_START}(?:{_ROUTINE_CUE}){_ROUTINE_REST}",
            0.85,
        ),
        line_pattern(
            "letter_dateline",
            # "Lorsch, 03.05.2027" on a line of its own: where and when a letter was written
            r"^[ \t]*+[A-Z][A-Za-z'\u2019.-]+(?:[ \t]+[A-Z][A-Za-z'\u2019.-]+){0,2},[ \t]*"
            rf"(?:(?i:the|le|den|am)[ \t]+)?{_WRITTEN_DATE}[ \t]*$",
            0.85,
        ),
        line_pattern(
            "report_serial_number",
            # TD-314/00000-26, SIG/HX/26-1187, BST4/26/0877 (a team's letters and number):
            # capitals, then digit groups holding at least six digits, so weapon names such
            # as AK-47/74 stay.
            r"(?<![\w/-])(?=[A-Z]{2,4}\d?(?:/[A-Z]{2,4}){0,2}[-/](?:\d[-/]?){6})"
            r"[A-Z]{2,4}\d?(?:/[A-Z]{2,4}){0,2}[-/]\d{2,6}(?:[/-]\d{2,6})+(?![\w/-])",
            0.85,
        ),
        line_pattern(
            "spaced_report_serial_number",
            # IIR 6 834 0012 26
            r"\b(?:IIR|DIIR|TD)[ \t]+\d{1,4}(?:[ \t-]\d{1,4}){2,5}(?![\w/-])",
            0.85,
        ),
        line_pattern(
            "number_after_requirement_case_or_report_word",
            # The lookahead fails fast where no code can start, before the costlier lookbehind.
            rf"(?=[A-Z0-9])(?<=\b{_NUMBER_WORD}(?:{_SPACE}(?i:number|no\.?|id))?{_GAP}[:#]?{_GAP})"
            rf"(?:{_LETTER_CODE}|{_CODE})(?![\w/-])",
            0.85,
        ),
        line_pattern(
            "station_or_base_codename",
            rf"\b(?:Station|station|Base|base|Desk|desk)[ \t]+{_CODENAME_AFTER}"
            rf"|(?<![A-Z][ \t])\b(?:STATION|BASE|DESK)[ \t]+{_CODENAME_AFTER}"
            rf"|(?<![A-Z][ \t])\b{_CODENAME_BEFORE}[ \t]+(?:Station|station|Base|base|Desk|desk)\b",
            0.8,
        ),
        line_pattern(
            "operation_codename",
            rf"\b(?:Operation|operation)[ \t]+{_OPERATION_NAME}"
            rf"|(?:^[ \t]*+|:[ \t]++)\KOPERATION[ \t]+{_OPERATION_NAME}",
            0.75,
        ),
    ]

    #: Serials, numbers, station and operation names are identifiers: their other mentions go too.
    IDENTIFIER_RULES: ClassVar[frozenset[str]] = frozenset(
        {
            "report_serial_number",
            "spaced_report_serial_number",
            "number_after_requirement_case_or_report_word",
            "station_or_base_codename",
            "operation_codename",
        }
    )

    CONTEXT: ClassVar[list[str]] = ["collected", "station", "requirement", "serial", "report"]

    #: A source's reference on its own line, and the words of it that may name the source.
    SOURCE_ID_LINE = regex.compile(
        r"(?i:source[ \t]+(?:id|no\.?|number|code|ref(?:erence)?\.?))[ \t]*(?::|\.{3,})[ \t]*"
        r"(?P<value>[^\r\n]*)"
    )
    ID_WORD = regex.compile(r"(?<![A-Za-z])[A-Za-z]{3,}(?![A-Za-z])")
    #: Where we examined, screened or questioned, named by a numbered or lettered place inside
    #: a site: "Examination location: Berth 6 inspection shed", "Place of interview: Room 4,
    #: Harbour police station". The site itself ("Harbour police station") may be anyone's.
    COLLECTION_PLACE = regex.compile(
        r"(?i:(?:collection|examination|inspection|screening|interview|debrief(?:ing)?)"
        r"[ \t]+(?:place|location|site)|(?:place|location|site)[ \t]+of[ \t]+"
        r"(?:collection|examination|inspection|screening|interview|debrief(?:ing)?))"
        r"[ \t]*:[ \t]*(?P<place>[A-Z][a-z]+[ \t]+(?:\d{1,4}[A-Za-z]?|[A-Z])(?![\w/-]))"
    )
    NOT_ID_WORDS: ClassVar[frozenset[str]] = frozenset({"ref", "the", "and", "see", "not"})

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """The header lines and numbers, and the words of a source's reference ("SR/119/OWL")
        that the report also uses as the source's name ("OWL heard the plan"), as identifiers
        whose every mention goes."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for line in self.COLLECTION_PLACE.finditer(text):
            # "the Berth 6 shed is 800 m from the terminal": the place of our examination, in
            # every mention
            results.append(
                result(
                    self.name,
                    Category.COLLECTION.value,
                    line.start("place"),
                    line.end("place"),
                    0.85,
                    "collection_place",
                    self.WHY,
                    identifier=True,
                )
            )
        for line in self.SOURCE_ID_LINE.finditer(text):
            offset = line.start("value")
            for word in self.ID_WORD.finditer(line.group("value")):
                lowered = word.group(0).lower()
                if lowered in lx.SOURCE_ID_PREFIXES or lowered in self.NOT_ID_WORDS:
                    continue
                # used alone in capitals elsewhere, as a codename ("OWL, who drinks with the
                # gang, ..."); a word of a longer codename ("GREY OWL") may be a plain word
                caps = regex.escape(word.group(0).upper())
                alone = rf"(?<![\w/-]|[A-Z][ \t]){caps}(?![\w/-]|[ \t][A-Z]{{2}})"
                if regex.search(alone, text):
                    results.append(
                        result(
                            self.name,
                            Category.COLLECTION.value,
                            offset + word.start(),
                            offset + word.end(),
                            0.85,
                            "source_reference_word",
                            self.WHY,
                            identifier=True,
                        )
                    )
        return results
