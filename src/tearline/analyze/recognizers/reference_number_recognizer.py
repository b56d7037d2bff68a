"""Find reference numbers and collection times: serials, case and evidence numbers, DTGs.

Every such number ties a release to a file on the reporting side, and a date-time group or a
log timestamp says when something was collected, not when the attack happens. They are
identifiers: every other mention goes too.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from tearline.analyze.spans import result
from tearline.categories import Category, identifier_entity

_MONTHS = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
#: A written date, the way a form or a mail client stamps one.
_DATE = (
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?[ \t]+"
    + _MONTH
    + r"(?:[ \t]+\d{4})?|"
    + _MONTH
    + r"[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ \t]+\d{4})?)"
)
#: Words by which a document stamps its own making, capitalized as a form's field is.
_STAMP = (
    "Issued|Sent|Logged|Recorded|Filed|Compiled|Released|Updated|Received|Entered"
    "|ISSUED|SENT|LOGGED|RECORDED|FILED|COMPILED|RELEASED|UPDATED|RECEIVED|ENTERED"
)


class ReferenceNumberRecognizer(EntityRecognizer):
    """Reference codes, date-time groups, log timestamps and message-date headers (COLLECTION)."""

    NAME = "ReferenceNumberRecognizer"
    WHY = "a reference number or collection time: ties the release to the reporting side's files"

    #: (rule, pattern, is an identifier)
    PATTERNS: ClassVar[list[tuple[str, re.Pattern[str], bool]]] = [
        (
            # LX-DEU-27-0041, RSO-VC-27-019, EVID-7713, HV-2291: capitals, then 3+ digits in
            # all, so weapon names (AK-47, F-35) and years in names stay
            "reference-code",
            re.compile(
                r"(?<![\w/-])[A-Z]{2,6}(?:-[A-Z]{1,6})*-(?=[\d-]*\d{3})\d{2,}(?:[-/]\d{1,8})*(?![\w/-])"
            ),
            True,
        ),
        (
            # "INFORMATION NOTE No. 311/26", "Note 2026-088", "SPOTREP 014/26": a document's
            # own number (the group), after the word for the document
            "document-number",
            re.compile(
                r"\b(?i:note|report|bulletin|assessment|summary|memo(?:randum)?|cable|message"
                r"|spotrep|intrep|intsum|advisory|digest)(?:[ \t]+(?i:no\.?|nr\.?|number))?"
                r"[ \t]+(\d{1,4}[/-]\d{2,4})(?![\w/-])"
            ),
            True,
        ),
        (
            # "No: 04-2/7715-26": a letter's number on a line of its own, label and all
            "number-line",
            re.compile(
                r"(?m)^[ \t]*(?i:no|nr|number)\.?[ \t]*:[ \t]*"
                r"\d[\dA-Za-z]*(?:[-/.][\dA-Za-z]+){1,5}[ \t]*$"
            ),
            True,
        ),
        (
            # "IN 26-44817" alone on its line at a cable's head: the message's own serial, a
            # short word of capitals and a number that a hyphen or a slash splits
            "serial-line",
            re.compile(r"(?m)^[ \t]*[A-Z]{2,4}[ \t]+\d{2,4}[-/]\d{3,8}[ \t]*$"),
            True,
        ),
        (
            "date-time-group",
            # 041530Z SEP 26, or a period "180600Z-190600Z JUN 27"
            re.compile(
                rf"\b(?:\d{{6}}Z[ \t]?(?:-|\u2013|to)[ \t]?)?"
                rf"\d{{6}}Z[ \t]?(?:{_MONTHS})[ \t]?\d{{2,4}}\b"
            ),
            True,
        ),
        (
            # a log entry's own timestamp at the start of a line: when it was recorded
            "log-timestamp",
            re.compile(
                r"^[ \t]*\[?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:[ \t,]+\d{1,2}:\d{2}(?::\d{2})?)?\]?"
                r"|^[ \t]*\[\d{1,2}:\d{2}(?::\d{2})?\]",
                re.MULTILINE,
            ),
            False,
        ),
        (
            # "ENTRY 1 | 03/11/2026 14:20 | Submitted by ...": a log entry's metadata line; a
            # row of a table drawn with pipes ("| 3-0412 | 08 Sep | ... at 08:00 | ...") is
            # read cell by cell, its summary holding the threat
            "log-entry-line",
            re.compile(
                r"^(?![ \t]*\|)(?=[^\n]*\d{1,2}[/.:]\d{2})[^\n|]*\|[^\n|]*\|[^\n]*$",
                re.MULTILINE,
            ),
            False,
        ),
        (
            "message-date-header",
            # an e-mail's own headers; a "Date:" or "Time:" in a threat block is the attack's,
            # so "Date:" counts only with a clock time, the way mail clients write it
            re.compile(
                r"^[ \t>]*(?:(?:Sent|Received|DTG)[ \t]*:[^\n]*"
                r"|Date[ \t]*:(?=[^\n]*\d{1,2}:\d{2})[^\n]*)",
                re.MULTILINE,
            ),
            False,
        ),
        (
            # "Bulletin 27-0088    Issued 06/05/2027 07:15": when the document was made, a
            # capitalized stamp word then a date (and a time); "the cell received explosives
            # on 3 May" is prose, with a small word and another word between
            "document-stamp",
            re.compile(
                rf"\b(?:{_STAMP})(?:[ \t]+(?i:on|at))?[ \t]+{_DATE}"
                r"(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]?\d{2}(?:Z|[ \t]*(?:hrs|h)\b)?)?"
            ),
            False,
        ),
        (
            # an e-mail's addressees, inside a header block (the next line is another header):
            # who on the reporting side a forwarded message went to
            "message-address-header",
            re.compile(
                r"^[ \t>]*(?:To|Cc|Bcc)[ \t]*:[^\n]*"
                r"(?=\r?\n[ \t>]*(?:Subject|Cc|Bcc|Date|Sent|From)[ \t]*:)",
                re.MULTILINE,
            ),
            False,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[Category.COLLECTION.value, identifier_entity(Category.COLLECTION)],
            name=self.NAME,
            supported_language="en",
        )

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """The references and times, identifiers marked as such."""
        results = []
        for rule, pattern, identifier in self.PATTERNS:
            for match in pattern.finditer(text):
                if pattern.groups:
                    start, end = match.span(1)  # the number alone, not the word before it
                    results.append(
                        result(
                            self.NAME,
                            Category.COLLECTION.value,
                            start,
                            end,
                            0.8,
                            rule,
                            self.WHY,
                            identifier=identifier,
                        )
                    )
                    continue
                start = match.start() + len(match.group(0)) - len(match.group(0).lstrip(" \t>"))
                results.append(
                    result(
                        self.NAME,
                        Category.COLLECTION.value,
                        start,
                        match.end(),
                        0.8,
                        rule,
                        self.WHY,
                        identifier=identifier,
                    )
                )
        return results
