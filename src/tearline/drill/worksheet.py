"""The worksheet: the report as a file the trainee edits, and reading it back.

The first line records the drill (`# tearline drill: NAME — ...`); drills with a duty-to-warn
question add a second comment line the trainee answers. Everything after those leading comment
lines is the trainee's sanitized version. When the header is mangled or missing the drill is
identified by text similarity (difflib) against the catalogue, and the result says so.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from tearline.drill.catalogue import Drill, find_drill
from tearline.errors import InputError

HEADER = (
    "# tearline drill: {id} — edit below this line; delete or rewrite what must not be released"
)
TRIAGE = "# duty to warn: does the duty to warn apply to this report? answer yes or no here: "

_HEADER_RE = re.compile(r"^\s*#\s*tearline\s+drill\s*:\s*(?P<id>[\w.-]+)", re.IGNORECASE)
_TRIAGE_RE = re.compile(r"duty\s+to\s+warn", re.IGNORECASE)
_ANSWER_RE = re.compile(r":\s*(?P<answer>yes|no|y|n|true|false)\W*$", re.IGNORECASE)
#: How close a stray first line must be to the header template to count as a mangled header.
_HEADER_LIKENESS = 0.6
#: The least similarity for identifying a drill from its text, and the lead it needs.
MIN_SIMILARITY = 0.2
MIN_LEAD = 0.05


def worksheet(drill: Drill) -> str:
    """The file handed to the trainee: header, triage line when the drill asks, the report."""
    lines = [HEADER.format(id=drill.id)]
    if drill.gold.warn is not None:
        lines.append(TRIAGE)
    return "\n".join(lines) + "\n" + drill.text


@dataclass(frozen=True)
class Worksheet:
    """A worksheet read back: the recorded drill id (if legible), the answer and the body."""

    drill_id: str | None
    answer: bool | None
    body: str
    header_found: bool


def _parse_answer(line: str) -> bool | None:
    match = _ANSWER_RE.search(line.rstrip())
    if match is None:
        return None
    return match["answer"].lower() in {"yes", "y", "true"}


def _looks_like_header(line: str) -> bool:
    template = HEADER.format(id="")
    likeness = difflib.SequenceMatcher(None, line.strip().lower(), template.lower()).ratio()
    return "tearline" in line.lower() or likeness >= _HEADER_LIKENESS


def read_worksheet(text: str) -> Worksheet:
    """Split a worksheet into its leading comment lines and the trainee's version.

    Leading lines that start with `#`, or that resemble the header even without it, are the
    worksheet's own; the first other line starts the trainee's version.
    """
    drill_id: str | None = None
    answer: bool | None = None
    header_found = False
    lines = text.splitlines(keepends=True)
    index = 0
    while index < len(lines):
        line = lines[index]
        header = _HEADER_RE.match(line)
        if header and drill_id is None:
            drill_id, header_found = header["id"], True
        elif _TRIAGE_RE.search(line) and (
            line.lstrip().startswith("#") or "yes or no" in line.lower()
        ):
            answer = _parse_answer(line)
        elif not (line.lstrip().startswith("#") or (index == 0 and _looks_like_header(line))):
            break
        index += 1
    return Worksheet(drill_id, answer, "".join(lines[index:]), header_found)


def similarity(body: str, report: str) -> float:
    """How alike a trainee's version and a report are, word by word (0 to 1)."""
    matcher = difflib.SequenceMatcher(None, body.split(), report.split(), autojunk=False)
    return matcher.ratio()


@dataclass(frozen=True)
class Identified:
    """Which drill a worksheet belongs to, and how that was decided (said in the feedback)."""

    drill: Drill
    how: str
    guessed: bool


def identify(sheet: Worksheet, drills: list[Drill], drill_id: str | None = None) -> Identified:
    """The drill of a worksheet: `drill_id` if given, else the header, else text similarity."""
    if drill_id is not None:
        return Identified(find_drill(drill_id, drills), "named with --drill", guessed=False)
    if sheet.drill_id is not None:
        recorded = next((d for d in drills if d.id == sheet.drill_id), None)
        if recorded is not None:
            return Identified(recorded, "recorded in the header", guessed=False)
        reason = f"the header names no known drill ('{sheet.drill_id}')"
    else:
        reason = "the header line is mangled or missing"
    ranked = sorted(((similarity(sheet.body, d.text), d) for d in drills), key=lambda p: -p[0])
    best_score, best = ranked[0]
    runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
    if best_score < MIN_SIMILARITY or best_score - runner_up < MIN_LEAD:
        raise InputError(
            f"{reason}, and the text is too unlike any one drill to tell which it is; "
            "pass --drill ID (see `tearline drill list`)"
        )
    how = f"{reason}; identified as '{best.id}' by text similarity ({best_score:.0%})"
    return Identified(best, how, guessed=True)
