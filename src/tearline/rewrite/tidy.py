"""Tidy the seams a removal leaves, so the sanitized text reads as fluent English.

Only the text around each seam is touched: kept text keeps its exact spacing, tabs and line
endings. Seams are handled right to left so earlier positions stay valid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tearline.load.normalize import FINITE_WORDS, ITEM_MARK, QUOTE_MARKS

_HSPACE = " \t"
_CLOSERS = ",.;:)]>!?"
#: A lower-case letter after a sentence's end inside inserted text: it starts a sentence.
_INNER_SENTENCE_START = re.compile(r"(?<=[.!?][ \t])[a-z]|(?<=[.!?][\"')\]][ \t])[a-z]")
_LIST_MARKER = re.compile(r"^[ \t]*(?:[-*\u2022]|\d+[.)]|[a-z][.)])?[ \t]*$")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*[ \t]+$")
#: A contact's label whose number or address went: "Tel /", "Fax:", "ext.".
_CONTACT_WORD = r"(?i:tel(?:ephone)?|ext(?:n|ension)?|fax|phone|mob(?:ile)?|e-?mail)\.?"
#: A line left with only punctuation, a paragraph number ("4.") or a bare label ("SUBJECT:",
#: "3. LOCATION.") once its text is gone. A form's field number ("01"), an action's ("A1."),
#: a record's decimal item number ("2.1") and a greeting whose name went ("Dear ,") count as
#: emptied too, and so does a log entry's time stamp ("0715", "07:15", "0715Z") whose entry
#: went, and a numbered paragraph's run-in heading in sentence case ("2. Origin.", "6. Risks
#: of warning.") whose paragraph went, and a contact's labels whose numbers went ("Tel / Fax").
_LEFTOVER_LINE = re.compile(
    r"^[\W_]*(?:[A-Za-z]?\d{1,3}(?:\.\d{1,3})?[.)]?|(?:[01]\d|2[0-3]):?[0-5]\d(?:Z|[ \t]?hrs)?"
    r"|[a-zA-Z][.)]|[A-Za-z][\w /&-]{0,30}:|(?i:dear|hi|hello)"
    r"|(?:\d{1,3}[.)][ \t]+)?[A-Z][A-Z /&-]{1,30}[.:]"
    rf"|{_CONTACT_WORD}(?:[ \t]*[/,&][ \t]*{_CONTACT_WORD})*"
    r"|\d{1,3}[.)][ \t]+[A-Z][a-z'\u2019-]+(?:[ \t]+[a-z'\u2019-]+){0,2}[.:])?[\W_]*$"
)
#: A numbered heading ("3. LOCATION.", "2. Origin."), which goes only with its paragraph...
_CAPITAL_HEADING = re.compile(
    r"[ \t]*\d{1,3}[.)][ \t]+(?:[A-Z][A-Z /&-]{1,30}"
    r"|[A-Z][a-z'\u2019-]+(?:[ \t]+[a-z'\u2019-]+){0,2})[.:][\W_]*$"
)
#: ... and stays over a kept sub-item or a line of its paragraph.
_LIST_BODY = re.compile(r"[ \t]*(?:[a-z][.)]|[-*\u2022])?[ \t]*[A-Za-z(]")
_EMPTY_BRACKETS = re.compile(r"[(\[<][ \t,;:/&+]*[)\]>]")
#: A word or sign that joins two things, left with nothing after it: "lounge product +".
_DANGLING_JOINER = re.compile(
    r"(?<=\S)[ \t]+(?:\+|&|and|or)$"
    # ... or the "by" of a participle whose agent went: "Drafted by." of "Drafted by J. Hollis."
    r"|(?:(?<=[a-z]ed)|(?<=[a-z]en)|(?<=[a-z]wn))[ \t]+by$"
)
#: What joined the two ends of a label's range, left alone after the label: "Entries: to".
_EMPTIED_RANGE = re.compile(r"(?<=:)[ \t]+(?:to|until|till|-|\u2013|\u2014)$")
#: A header field's label at the end of the text left of a seam: at the line's start, or
#: after a wide gap, a bar or a semicolon that sets header fields apart ("CABLE:", "   Ref:").
_FIELD_LABEL = r"[A-Z][A-Za-z.'\u2019&/-]*(?:[ \t][A-Za-z.'\u2019&/-]+){0,3}[ \t]*:"
_LABEL_BEFORE_SEAM = re.compile(
    rf"(?:^|(?<=[ \t]{{2}})|(?<=\|)|(?<=[|;][ \t]))[ \t]*{_FIELD_LABEL}$"
)
#: ... and the next field's label right of it: "PRECEDENCE: IMMEDIATE".
#: A bar or a semicolon may stand between them ("Ref: | Priority: HIGH"); in a table's row
#: the bar ends the label's cell.
_NEXT_FIELD = re.compile(rf"(?P<bar>[|;][ \t]*)?(?:{_FIELD_LABEL}(?=[ \t\r\n]|$)|(?=[\r\n]|$))")
_TABLE_ROW = re.compile(r"[ \t]*\|")


@dataclass(frozen=True)
class Seam:
    """Where a replacement stands in the output: [start, end) is the inserted text."""

    start: int
    end: int


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end == -1 else end


def _at_sentence_start(text: str, pos: int) -> bool:
    line_start, _ = _line_bounds(text, pos)
    before = text[line_start:pos]
    return bool(_LIST_MARKER.match(before)) or bool(_SENTENCE_END.search(before))


def _wrapped_on(left: str, above_cut: bool = False) -> bool:
    """A seam at the start of a line that goes on a sentence wrapped from the line above
    ("directed by a member\n[...], assessed to be ..."): the line above ends in a word or a
    comma, not a sentence's end, so no sentence starts here."""
    line_start = left.rfind("\n") + 1
    if line_start == 0 or left[line_start:].strip(" \t"):
        return False
    above = left[: line_start - 1].rstrip(" \t")
    last_line = above[above.rfind("\n") + 1 :]
    # a heading above ("Summary") ends in a word too, but a wrapped line of prose is longer
    return (
        bool(re.search(r"[a-z,]$", last_line))
        # the line above a remnant of the same cut sentence ("Men" of "... described men")
        and (len(last_line.split()) >= MIN_WRAPPED_WORDS or above_cut)
        and not _LIST_MARKER.match(last_line)
    )


#: Words a line must have to be read as a line of prose that wraps on below it.
MIN_WRAPPED_WORDS = 5


def _join(text: str, start: int, end: int, above_cut: bool = False) -> tuple[str, int, int]:
    """Fix spacing and punctuation where [start, end) meets its neighbours; `above_cut` says
    the line above was cut too."""
    left, middle, right = text[:start], text[start:end], text[end:]
    if not middle and re.match(r"['\u2019]s\b", right):
        right = right[2:]  # "Lena's meeting" without the name: no "'s meeting" left
    if not middle:
        left_core = left.rstrip(_HSPACE)
        right_core = right.lstrip(_HSPACE)
        space_left = left[len(left_core) :]
        at_line_start = left_core == "" or left_core.endswith("\n")
        line_start = left_core.rfind("\n") + 1
        label = _LABEL_BEFORE_SEAM.search(left_core[line_start:])
        table_row = bool(_TABLE_ROW.match(left_core, line_start))
        field = _NEXT_FIELD.match(right_core) if label is not None else None
        if (
            label is not None
            and field is not None
            and (bool(field.group("bar")) or not table_row)
            and (
                field.end() > 0
                # a label that ends its line, after other words ("Watch: night   Keeper:");
                # a line that is only labels goes whole ("CIE-REPORT   Number:")
                or (
                    right_core[:1] in ("", "\n", "\r")
                    and label.start() > 0
                    and not _LEFTOVER_LINE.match(left_core[line_start:])
                )
            )
        ):
            # "CABLE: TD-418/02276-26    PRECEDENCE: IMMEDIATE" without the serial: the
            # label whose value went goes with it, not "CABLE: PRECEDENCE: IMMEDIATE"
            left_core = left_core[: line_start + label.start()].rstrip(_HSPACE)
            if field.group("bar") and not table_row:
                right_core = right_core[field.end("bar") :]  # no bar before the next field
            left = left_core + (space_left if left_core and not left_core.endswith("\n") else "")
            at_line_start = left_core == "" or left_core.endswith("\n")
        if at_line_start or right_core[:1] in ("", "\n", "\r"):
            # Nothing to join on one side: drop the spaces that would dangle.
            if at_line_start and right_core[:1] not in ("", "\n", "\r"):
                right = right_core
            else:
                # "TO: DIRECTOR, DESK SOUTH" without the desk: no comma left at the line end,
                # nor a "/" that joined a removed number ("Tel 0131 496 0022 / ext 4471"),
                # nor the "to" of a label's range whose ends went ("Entries: WL-1 to WL-7")
                if not at_line_start and _ends_paragraph(right_core) and _open_prose(left_core):
                    # "... may carry a handgun; [the clauses that went]": the kept clause
                    # now ends its paragraph of prose, and ends with a stop
                    left = left_core.rstrip(",;" + _HSPACE) + "."
                elif not at_line_start:
                    left = re.sub(r"[ \t]*/$", "", left_core.rstrip(",;"))
                    left = _EMPTIED_RANGE.sub("", left)
                right = right_core
        elif right_core[:1] and right_core[0] in ",;:" and left_core[-1:] in ".!?":
            # "strike. , the group": a new sentence, so no leading comma
            left, right = left_core + " ", right_core[1:].lstrip(_HSPACE)
        elif right_core[:1] in (".", "!", "?") and left_core[-1:] in (".", "!", "?"):
            # "on open channels. Op Hartwell log 27/331." without the log line: one stop
            left, right = left_core, right_core[1:]
        elif right_core[:1] and right_core[0] in _CLOSERS:
            # "(back booth, Anchor Bar) + FLINT." without the name: no "+" left before the stop
            left, right = _DANGLING_JOINER.sub("", left_core), right_core
            if left[-1:] in ",;:" and right[0] in ",;:.!?":
                left = left[:-1]
        elif left_core.endswith(("(", "[", "<")):
            left, right = left_core, right_core
        elif left_core.endswith(":") and re.match(r"[-\u2013/|][ \t]", right_core):
            # "Subject: FGI - kidnap plot" without its caveat: no dangling separator
            left, right = left_core + " ", right_core[1:].lstrip(_HSPACE)
        else:
            left, right = left_core + (space_left[:1] or " "), right_core
            if left_core[-1:] in ",;:" and right_core[:1] in ",;:":
                right = right_core[1:].lstrip(_HSPACE)
    if not middle and _wrapped_on(left, above_cut) and right[:1] in (",", ";"):
        # ", assessed to be ..." left at the start of a wrapped line: the comma goes back up
        # to the end of the line above, where the cut began
        line_start = left.rfind("\n") + 1
        above = left[: line_start - 1].rstrip(" \t")
        mark = "" if above.endswith(right[0]) else right[0]
        left = above + mark + left[line_start - 1 :]
        right = right[1:].lstrip(_HSPACE)
    pos = len(left)
    if (
        _at_sentence_start(left + middle + right, pos)
        or _LIST_MARKER.match(left[left.rfind("\n") + 1 :])
    ) and not _wrapped_on(left, above_cut):
        # A sentence now starts at the seam: no leading punctuation, a capital first letter.
        stripped = right.lstrip(",;: \t") if not middle else right
        if not middle:
            right = stripped
        target = middle or right
        first = re.search(r"[A-Za-z]", target[:2])
        # "a. A document ...": a lettered list item keeps its lower-case letter
        lettered = re.match(r"\s*[a-z][.)][ \t]", target)
        if first and target[first.start()].islower() and not lettered:
            index = first.start()
            target = target[:index] + target[index].upper() + target[index + 1 :]
            if middle:
                middle = target
            else:
                right = target
    if middle:
        # replacements side by side, the first a whole sentence ("The crew commander is
        # Borys Hlyvka. " + "there were"): the next one starts a sentence too
        middle = _INNER_SENTENCE_START.sub(lambda m: m.group(0).upper(), middle)
    joined = left + middle + right
    return joined, len(left), len(left) + len(middle)


#: Words of prose a paragraph holds before a cut at its end is given a full stop.
MIN_PROSE_WORDS = 8
#: The last character of a clause that a full stop may follow.
_CLAUSE_END = re.compile(r"[\w\"'\u201d\u2019)][,;]?\Z")


def _open_prose(left: str) -> bool:
    """True when `left` ends its paragraph of prose in mid-sentence: the words since the
    last blank line are mostly in lower case, and the last is no label."""
    paragraph = re.split(r"\n[ \t]*\n", left)[-1]
    words = paragraph.split()
    return (
        len(words) >= MIN_PROSE_WORDS
        and bool(_CLAUSE_END.search(left))
        and 2 * sum(w[:1].islower() for w in words) > len(words)
        and "\n" not in paragraph.strip()
    )


def _ends_paragraph(right: str) -> bool:
    """True when nothing but a blank line or the end of the text follows."""
    return not right.strip() or bool(re.match(r"\r?\n[ \t]*\r?\n", right))


#: A line that opens an item of a list: "- ", "* ", "2. ", "b) ".
_LIST_ITEM = re.compile(rf"[ \t]*{ITEM_MARK}\S")


def _between_items(text: str, line_start: int, line_end: int) -> bool:
    """True for a line between two items of one list (the item above may have wrapped): a
    removed item leaves no blank line inside the list."""
    if not _LIST_ITEM.match(text, line_end + 1):
        return False
    above = text[: max(line_start - 1, 0)]
    paragraph = above[above.rfind("\n\n") + 2 :] if "\n\n" in above else above
    return any(_LIST_ITEM.match(line) for line in paragraph.split("\n"))


def _drop_leftover_line(text: str, pos: int) -> str:
    """Remove a line the removals emptied (only spaces or punctuation left)."""
    line_start, line_end = _line_bounds(text, pos)
    line = text[line_start:line_end].rstrip("\r")
    if line.strip() and not _LEFTOVER_LINE.match(line):
        return text
    if _CAPITAL_HEADING.match(line) and _LIST_BODY.match(text, line_end + 1):
        return text  # "2. THREAT TO THE SHURA." over its kept "a." item: the heading stays
    if not line.strip() and line_start > 0 and line_end < len(text) and not line:
        # (a line left with only its indentation held an item's wrapped text: it goes)
        before_blank = text[: line_start - 1].endswith("\n") or line_start - 1 == 0
        after_blank = text[line_end + 1 : line_end + 2] in ("\n", "\r")
        if not (before_blank or after_blank) and not _between_items(text, line_start, line_end):
            return text  # a paragraph break the removal did not create alone: keep it
    cut_end = line_end + 1 if line_end < len(text) else line_end
    stop = line.strip()
    before = text[: max(line_start - 1, 0)].rstrip(" \t\r")
    above = before[before.rfind("\n") + 1 :]
    if stop in (".", "!", "?") and above.strip() and not above.endswith((".", "!", "?", ":", ";")):
        # "... APPROX 17:45" over a line left with only its full stop: the stop moves up
        end_of_before = len(before)
        text = text[:end_of_before] + stop + text[end_of_before:]
        line_start, cut_end = line_start + 1, cut_end + 1
    text = text[:line_start] + text[cut_end:]
    # Never leave the document starting with blank lines, or two blank lines in a row.
    if line_start == 0:
        text = text.lstrip("\r\n")
    elif not text[line_start:].strip("\n") and text[:line_start].endswith("\n\n"):
        # the last paragraph went: the document ends on its last kept line, not a blank one
        text = text[:line_start].rstrip("\n") + "\n"
    elif text[line_start : line_start + 1] in ("\n", "\r") and (
        line_start < 2 or text[line_start - 2 : line_start] in ("\n\n", "\r\n")
    ):
        _, next_end = _line_bounds(text, line_start)
        if not text[line_start:next_end].strip():
            text = text[:line_start] + text[min(next_end + 1, len(text)) :]
    return text


#: A table's rule under its header row: "|---|---|", "| :-- | --: |".
_TABLE_RULE = re.compile(r"[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*")


def _cells(line: str) -> list[str]:
    """The cells of a table row, each stripped, without the bars that open and close it."""
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [cell.strip() for cell in inner.split("|")]


def _drop_emptied_row(text: str, pos: int) -> str:
    """Remove a table row whose removals left only its label: "| Basis | |", or "| Handling |"
    when the cut took the closing bar with the text. A row of a table with two or more
    columns (its rule says so) that has no text beyond its first cell tells nothing."""
    line_start, line_end = _line_bounds(text, pos)
    line = text[line_start:line_end].rstrip("\r")
    if not _TABLE_ROW.match(line) or _TABLE_RULE.fullmatch(line):
        return text
    if any(_cells(line)[1:]):
        return text
    block_start = line_start
    while block_start > 0:
        above_start, above_end = _line_bounds(text, block_start - 1)
        if not _TABLE_ROW.match(text, above_start, above_end):
            break
        block_start = above_start
    rules = [
        row
        for row in text[block_start:line_start].split("\n")
        if _TABLE_RULE.fullmatch(row.rstrip("\r"))
    ]
    if not rules or len(_cells(rules[0])) < 2:
        return text  # no table with columns above: a line that only opens with a bar
    cut_end = line_end + 1 if line_end < len(text) else line_end
    return text[:line_start] + text[cut_end:]


#: A line cut down to the last few words of a wrapped sentence ("3. Dunmore Freight" over
#: "has twice asked about ..."): an item's mark, then at most three words and no stop.
_SHORT_REMAINDER = re.compile(
    rf"[ \t]*(?:{ITEM_MARK})?[A-Za-z][\w'\u2019-]*(?:[ \t]+[\w'\u2019-]+){{0,2}}[ \t]*"
)
#: The next line of the same sentence: it goes on in lower case.
_GOES_ON = re.compile(r"[ \t]*[a-z]")


def _join_short_remainder(text: str, pos: int) -> str:
    """Join a line that a removal cut down to a few words onto the line of its sentence below,
    so the release does not break after "Dunmore Freight" or "If the"."""
    line_start, line_end = _line_bounds(text, pos)
    if line_end >= len(text) or not _SHORT_REMAINDER.fullmatch(text, line_start, line_end):
        return text
    letters = [c for c in text[line_start:line_end] if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return text  # "INFORMATION" over its subtitle: a heading, not a cut sentence
    below_start, below_end = line_end + 1, _line_bounds(text, line_end + 1)[1]
    if not _GOES_ON.match(text, below_start, below_end):
        return text
    below = text[below_start:below_end].lstrip(" \t")
    return text[:line_end].rstrip(" \t") + " " + below + text[below_end:]


def tidy(text: str, seams: list[Seam]) -> str:
    """The text with every seam joined cleanly.

    Lines are handled from the last to the first, and the seams of one line right to left:
    joining a seam only touches its own line, so the seams still to come keep their offsets;
    the line-wide clean-ups (empty brackets, an emptied line) run once the line's seams are
    all joined.
    """
    after_removals: list[int] = []
    by_line: dict[int, list[Seam]] = {}
    for seam in seams:
        by_line.setdefault(_line_bounds(text, seam.start)[0], []).append(seam)
    for line_start in sorted(by_line, reverse=True):
        anchor = None
        # brackets emptied by two seams ("(DS Pryce / DC Brennan)" to "( / )") are empty on
        # the whole line only, never in the window around one seam
        emptied_brackets = any(
            bracket.start() <= seam.start <= bracket.end()
            for bracket in _EMPTY_BRACKETS.finditer(text, *_line_bounds(text, line_start))
            for seam in by_line[line_start]
        )
        unchanged = len(text)  # the text before this offset is as it was
        for seam in sorted(by_line[line_start], key=lambda s: s.start, reverse=True):
            above = _line_bounds(text, max(line_start - 1, 0))[0] if line_start else -1
            # a join may take the blanks or a bare label left of its seam, where a seam
            # still to come may stand: that seam moves to where the text changed
            before = text
            text, start, end = _join(
                text, min(seam.start, unchanged), min(seam.end, unchanged), above in by_line
            )
            unchanged = min(unchanged, _first_difference(before, text, line_start))
            anchor = start if anchor is None else min(anchor, start)
            emptied_brackets |= bool(_EMPTY_BRACKETS.search(text[max(0, start - 1) : end + 1]))
        if anchor is not None:
            # the line's start, which cleaning the line cannot move (its end it may)
            anchor = _line_bounds(text, anchor)[0]
            if emptied_brackets:
                # once per line, after every seam on it: cleaning shifts what follows
                text, _, _ = _drop_brackets(text, anchor, anchor)
            text = _drop_emptied_row(text, min(anchor, len(text)))
            text = _drop_leftover_line(text, min(anchor, len(text)))
            text = _join_short_remainder(text, min(anchor, len(text)))
            # counted from the end, which the seams still to come (above) do not move
            after_removals.append(len(text) - min(anchor, len(text)))
    # the headings a removal left over nothing, from the top down: dropping lines above one
    # removal never moves the ones below it
    for from_end in sorted(after_removals, reverse=True):
        text = _drop_orphaned_heading(text, len(text) - from_end)
    if seams:
        text = _drop_orphaned_footnote_marks(text)
    if text.strip() == "":
        return ""
    return text


#: A footnote reference inside a line ("2027.[1] Two members"), and a footnote's own line.
_FOOTNOTE_MARK = re.compile(r"(?<=[^\s\[])[ \t]?\[(\d{1,3})\]")
_FOOTNOTE_LINE = re.compile(r"^[ \t]*\[(\d{1,3})\]", re.MULTILINE)


def _drop_orphaned_footnote_marks(text: str) -> str:
    """ "at about 08:45.[2] Their stated aim": once the footnotes went (they cite the
    sources), their marks in the text point at nothing and still say each claim has one."""
    notes = {m.group(1) for m in _FOOTNOTE_LINE.finditer(text)}
    return _FOOTNOTE_MARK.sub(lambda m: m.group(0) if m.group(1) in notes else "", text)


def _first_difference(old: str, new: str, start: int) -> int:
    """The first offset from `start` on where `new` differs from `old`."""
    if old == new:
        return len(old)
    length = min(len(old), len(new))
    index = start
    while index < length and old[index] == new[index]:
        index += 1
    return index


#: A section heading: a short line in capitals ("NOTES", "HANDLER'S COMMENTS") or a short
#: label with nothing after its colon ("Sourcing:").
_SECTION_HEADING = re.compile(
    r"[ \t]*(?:\d{1,3}[.)][ \t]+)?"
    r"(?:[A-Z][A-Z'\u2019 /&-]{1,40}:?|[A-Z][\w'\u2019 /&-]{1,40}:)[ \t]*"
    # ... or a few words in sentence case with no stop ("Actions", "Item 2 - Handling"), or
    # numbered with one ("5. Actions.")
    r"|[ \t]*(?:[A-Z][\w'\u2019/&]*(?:[ \t]+(?:-|[\w'\u2019/&]+)){0,4}"
    r"|\d{1,3}[.)][ \t]+[A-Z][\w'\u2019/&]*(?:[ \t]+[\w'\u2019/&]+){0,2}\.)[ \t]*"
)


def _unquoted(line: str) -> str:
    """The line without an e-mail quote's marks at its start ("> > ")."""
    line = line.rstrip("\r")
    marks = QUOTE_MARKS.match(line)
    return line[marks.end() :] if marks else line


def _next_content(text: str, offset: int) -> str | None:
    """The first line from `offset` on with words in it, without quote marks (None at the end)."""
    for line in text[offset:].splitlines():
        if re.search(r"\w", _unquoted(line)):
            return _unquoted(line)
    return None


def _heads_nothing(line: str, text: str, below: int) -> bool:
    """A heading or a rule line with nothing under it but blank lines down to the next
    heading or the end, or at the end of the text a quoted blank line."""
    bare = _unquoted(line)
    if not bare.strip():
        return line.lstrip().startswith(">") and not text[below:].strip(" \t\r\n>")
    if not _heading(bare) and re.search(r"\w", bare):
        return False
    following = _next_content(text, below)
    return following is None or _heading(following)


def _heading(line: str) -> bool:
    return _SECTION_HEADING.fullmatch(line) is not None and not any(
        word in FINITE_WORDS for word in re.findall(r"\w+", line)
    )


def _drop_orphaned_heading(text: str, pos: int) -> str:
    """Drop what a removal left heading nothing: "NOTES" over endnotes that all went, the
    dashed rule above it, a signature's "--" whose signature went, an e-mail's last quoted
    blank lines. Looked at upwards from the line at `pos`, the first after the removal."""
    while True:
        line_start, line_end = _line_bounds(text, pos)
        if line_start == 0 or _unquoted(text[line_start:line_end]).strip():
            return text  # the line above heads something still there
        above_start = text.rfind("\n", 0, line_start - 1) + 1
        if above_start > 0 and not text[above_start : line_start - 1].strip():
            pos = above_start  # a run of blank lines at the end: the heading is higher up
            continue
        if not _heads_nothing(text[above_start : line_start - 1], text, line_start):
            return text
        drop_from = above_start
        higher = text.rfind("\n", 0, above_start - 1) + 1
        if above_start > 0 and not text[higher:above_start].strip():
            drop_from = higher  # no two blank lines in a row
        text = text[:drop_from] + text[line_start:]
        if drop_from == 0:
            return text.lstrip("\r\n")  # the document starts with no blank line
        pos = drop_from


def _drop_brackets(text: str, start: int, end: int) -> tuple[str, int, int]:
    line_start, line_end = _line_bounds(text, start)
    line = text[line_start:line_end]
    cleaned = _EMPTY_BRACKETS.sub("", line)
    cleaned = re.sub(r"[ \t]{2,}", " ", cleaned) if cleaned != line else cleaned
    cleaned = re.sub(r"[ \t]+([,.;:])", r"\1", cleaned)
    if cleaned != line and not line.endswith((" ", "\t")):
        cleaned = cleaned.rstrip(" \t")
    text = text[:line_start] + cleaned + text[line_end:]
    return text, start, start
