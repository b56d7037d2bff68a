"""Drop the columns of a table that the removals emptied.

A table whose "Basis" or "Source" column goes cell by cell keeps its frame: "| # | Detail | |",
a column of bars with nothing between them, which reads as a cut and tells the reader a whole
column was withheld. Once every cell of a column is blank in a rewritten table (its header,
its rows; the rule row of dashes holds nothing), the column goes. A table the rewrite did not
touch stays as its writer drew it, empty columns and all.
"""

from __future__ import annotations

import re

#: A table row: optional indent, then cells between bars; or a grid's border line, whose
#: cells are dashes between plus signs ("+----+-------+").
_ROW = re.compile(
    r"^(?P<indent>[ \t]*)(?:\|(?P<cells>.*)\||\+(?P<border>(?:[-=:]+\+)*[-=:]+)\+)[ \t]*$"
)
#: The rule under a header: dashes, colons for alignment, blanks.
_RULE_CELL = re.compile(r"[ \t]*:?[-=]*:?[ \t]*")


def drop_emptied_columns(text: str, original: str) -> str:
    """The text with every all-blank column of each table the rewrite changed taken out."""
    lines = text.split("\n")
    kept_lines = set(original.split("\n"))
    out: list[str] = []
    block: list[str] = []
    for line in [*lines, None]:
        if line is not None and _ROW.match(line):
            block.append(line)
            continue
        out.extend(_without_empty_columns(block) if _changed(block, kept_lines) else block)
        block = []
        if line is not None:
            out.append(line)
    return "\n".join(out)


def _changed(block: list[str], original_lines: set[str]) -> bool:
    return any(line not in original_lines for line in block)


def _without_empty_columns(block: list[str]) -> list[str]:
    rows = [_ROW.match(line) for line in block]
    cells = [
        m.group("cells").split("|") if m.group("cells") is not None else m["border"].split("+")
        for m in rows
        if m is not None
    ]
    if len(cells) < 2 or len({len(c) for c in cells}) != 1:
        return block  # ragged or a single row: not a table we can read by columns
    rules = [
        all(_RULE_CELL.fullmatch(cell) and ("-" in cell or "=" in cell) for cell in row)
        for row in cells
    ]
    content = [row for row, rule in zip(cells, rules, strict=True) if not rule]
    width = len(cells[0])
    empty = [j for j in range(width) if all(not row[j].strip() for row in content)]
    if not content or not empty or len(empty) == width:
        return block
    return [
        f"{m['indent']}{bar}{bar.join(c for j, c in enumerate(row) if j not in empty)}{bar}"
        for m, row in zip([m for m in rows if m is not None], cells, strict=True)
        for bar in ("|" if m["cells"] is not None else "+",)
    ]
