"""A small invented cable, its decisions and its draft, written out by hand.

The review tools only read a `Result`, so these tests build one directly: they stay fixed
while the recognizers and the tidy step evolve. The draft is what the rewrite produced for
these decisions when the tests were written.
"""

from __future__ import annotations

from tearline.categories import Category
from tearline.model import CheckHit, CheckResult, Decision, PolicyRef, Result

CABLE = """SECRET//NOFORN

SUBJECT: (S//NF) PLANNED ATTACK ON THE HALDEN WATER PLANT
DOI: 2 MAY 2026

1. (S//NF) According to a source with direct access, members of the Red
Lantern Brigade will attack the Halden water plant on 1 May 2026.

2. (S//NF) The source has reported reliably since 2020. Asset GREY OWL
met the cell's courier twice.

CASE OFFICER: J. DOE, EXT. 4471
"""

DRAFT = (
    "SUBJECT: PLANNED ATTACK ON THE HALDEN WATER PLANT\n\n"
    "1. Reporting indicates that members of the Red\n"
    "Lantern Brigade will attack the Halden water plant on 1 May 2026.\n\n"
    "Met the cell's courier twice.\n\n"
)

POLICY = PolicyRef("duty-to-warn", "0" * 64)


def span(
    text: str,
    nth: int = 0,
    category: Category = Category.MARKING,
    action: str = "remove",
    replacement: str | None = None,
) -> Decision:
    """A decision over the `nth` occurrence of `text` in CABLE."""
    start = -1
    for _ in range(nth + 1):
        start = CABLE.index(text, start + 1)
    rule = f"Test{category.title().replace('_', '')}Recognizer:pattern"
    why = f"a test {category.lower()} span"
    return Decision(start, start + len(text), category, action, rule, 0.85, why, replacement)


DECISIONS = (
    span("SECRET//NOFORN"),
    span("(S//NF)", 0),
    span("DOI: 2 MAY 2026", category=Category.COLLECTION),
    span("(S//NF)", 1),
    span(
        "According to a source with direct access,",
        category=Category.SOURCE,
        action="replace",
        replacement="Reporting indicates that",
    ),
    span("1 May 2026", category=Category.TIME, action="keep"),
    span("(S//NF)", 2),
    span("The source has reported reliably since 2020.", category=Category.SOURCE),
    span("Asset GREY OWL", category=Category.SOURCE),
    span("CASE OFFICER: J. DOE, EXT. 4471", category=Category.PERSONNEL),
)


def cable_result(draft: str = DRAFT, hits: tuple[CheckHit, ...] = ()) -> Result:
    """The Result for CABLE; with `hits`, a withheld one."""
    reason = "1 removed string(s) survive in the output" if hits else ""
    check = CheckResult(passed=not hits, hits=hits, reason=reason)
    return Result(
        text=draft if not hits else None,
        draft=draft,
        policy=POLICY,
        decisions=DECISIONS,
        check=check,
    )


def withheld_result() -> Result:
    """CABLE as if the rewrite had left "GREY OWL" in the last sentence."""
    draft = DRAFT.replace("Met the cell's", "GREY OWL met the cell's")
    start = draft.index("GREY OWL")
    hit = CheckHit(start, start + len("GREY OWL"), "SOURCE", "TestSourceRecognizer:pattern")
    return cable_result(draft, (hit,))
