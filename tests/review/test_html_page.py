"""Tests for the review page's HTML: self-contained, locked down by its CSP, escaped, linked."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser

from review_cable import CABLE, DECISIONS, cable_result, withheld_result

from tearline.categories import Category
from tearline.model import CheckResult, Decision, PolicyRef, Result
from tearline.review.align import align
from tearline.review.html_page import render_page
from tearline.review.overrides import document_sha256
from tearline.review.summary import summarize

#: Elements and attributes that can make a browser fetch something.
FETCHING_TAGS = {"img", "link", "iframe", "object", "embed", "base", "form", "audio", "video",
                 "source", "track", "frame", "svg", "image", "input"}  # fmt: skip
FETCHING_ATTRIBUTES = {"src", "href", "srcset", "action", "formaction", "poster", "data",
                       "background", "ping", "xlink:href"}  # fmt: skip


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.blocks: dict[str, str] = {}
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("style", "script"):
            kind = dict(attrs).get("type") or tag
            self._open = kind

    def handle_data(self, data: str) -> None:
        if self._open:
            self.blocks[self._open] = self.blocks.get(self._open, "") + data

    def handle_endtag(self, tag: str) -> None:
        self._open = None


def _page(result: Result, text: str = CABLE, document: str = "cable.txt") -> str:
    alignment = align(text, result)
    return render_page(document, text, result, alignment, summarize(document, result, alignment))


def _parse(page: str) -> _Elements:
    parser = _Elements()
    parser.feed(page)
    return parser


def _sha(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"


def test_when_the_page_is_made_then_its_csp_allows_only_its_own_style_and_script() -> None:
    parsed = _parse(_page(cable_result()))

    csp = next(
        a["content"] for t, a in parsed.tags if a.get("http-equiv") == "Content-Security-Policy"
    )
    directives = dict(d.strip().split(" ", 1) for d in (csp or "").split(";"))

    assert directives["default-src"] == "'none'"
    assert directives["style-src"] == _sha(parsed.blocks["style"])
    assert directives["script-src"] == _sha(parsed.blocks["script"])
    for directive in ("connect-src", "img-src", "font-src", "form-action", "base-uri"):
        assert directives[directive] == "'none'"


def test_when_the_page_is_made_then_nothing_in_it_can_fetch_a_resource() -> None:
    page = _page(cable_result())
    parsed = _parse(page)

    tags = {tag for tag, _ in parsed.tags}
    attributes = {name for _, attrs in parsed.tags for name in attrs}

    assert not tags & FETCHING_TAGS
    assert not attributes & FETCHING_ATTRIBUTES
    assert "@import" not in parsed.blocks["style"] and "url(" not in parsed.blocks["style"]
    assert not re.search(r"\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b",
                         parsed.blocks["script"])  # fmt: skip


def test_when_a_report_holds_markup_then_the_page_shows_it_as_text() -> None:
    text = 'Ask </script><script>alert(1)</script> and <img src="http://x/y.png"> now.\n'
    start = text.index("<img")
    decision = Decision(start, text.index(" now"), Category.SELECTOR, "remove", "r", 0.9)
    draft = "Ask </script><script>alert(1)</script> and now.\n"
    result = Result(draft, draft, PolicyRef("p", "0" * 64), (decision,), CheckResult(True))

    parsed = _parse(_page(result, text))

    assert [t for t, _ in parsed.tags].count("script") == 2  # the data block and ours
    assert not {t for t, _ in parsed.tags} & {"img"}
    data = json.loads(parsed.blocks["application/json"])
    assert data["decisions"][0]["text"] == '<img src="http://x/y.png">'


def test_when_the_page_is_made_then_each_change_is_one_mark_per_pane_linked_by_its_index() -> None:
    page = _page(cable_result())
    left, rest = page.split('id="right"', 1)
    right = rest.split('id="dock"', 1)[0]

    changes = [str(i) for i, d in enumerate(DECISIONS) if d.action != "keep"]
    left_marks = re.findall(r'<mark class="chg[^"]*" data-k="(\d+)"', left)
    right_marks = re.findall(r'<mark class="chg[^"]*" data-k="(\d+)"', right)

    assert left_marks == changes
    assert sorted(right_marks, key=int) == changes
    assert right.count('class="chg gap') == len(changes) - 1  # all but the replacement


def test_when_the_page_is_made_then_its_data_pins_document_and_policy() -> None:
    text = CABLE.replace("\n", "\r\n")
    shifted = tuple(
        Decision(
            d.start + CABLE.count("\n", 0, d.start),
            d.end + CABLE.count("\n", 0, d.end),
            d.category, d.action, d.rule, d.score, d.why, d.replacement,
        )
        for d in DECISIONS
    )  # fmt: skip
    result = Result(None, "", PolicyRef("duty-to-warn", "a" * 64), shifted, CheckResult(True))

    data = json.loads(_parse(_page(result, text)).blocks["application/json"])

    assert data["document"] == "cable.txt"
    assert data["document_sha256"] == document_sha256(text)
    assert (data["policy"], data["policy_sha256"]) == ("duty-to-warn", "a" * 64)
    assert [d["text"] for d in data["decisions"]] == [text[d.start : d.end] for d in shifted]
    assert data["decisions"][-1]["line"] == 12


def test_when_the_check_withheld_then_the_page_says_so_and_marks_the_hits() -> None:
    page = _page(withheld_result())

    assert 'class="verdict withheld"' in page
    assert "Sanitized draft (WITHHELD: do not release)" in page
    assert re.search(r'<(?:mark|ins) class="[^"]*hit[^"]*">GREY OWL<', page)
