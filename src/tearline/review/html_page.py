"""The review page: one self-contained HTML file that opens offline in any browser.

Everything is inline: the stylesheet and script ship as package assets and are embedded, the
decisions travel as a JSON data block. A Content-Security-Policy meta allows exactly that
stylesheet and that script by their SHA-256 hashes and nothing else: no fonts, images,
frames, forms or connections, so the page can make no network request even if a report
contained markup (all document text is escaped anyway). The page holds the original report,
so it must be handled like the original.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import json
from collections.abc import Sequence
from functools import cache
from html import escape
from importlib import resources

from tearline.categories import Category
from tearline.model import Decision, Result
from tearline.review.align import Alignment, Row, Span
from tearline.review.overrides import Overrides, document_sha256
from tearline.review.summary import Summary


@cache
def asset(name: str) -> str:
    """The text of a packaged asset (`review.css`, `review.js`)."""
    return (resources.files("tearline.review") / "assets" / name).read_text(encoding="utf-8")


def _hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def content_security_policy(css: str, js: str) -> str:
    """A policy that allows the inline stylesheet and script by hash, and nothing else."""
    return (
        f"default-src 'none'; style-src {_hash(css)}; script-src {_hash(js)}; "
        "img-src 'none'; font-src 'none'; connect-src 'none'; media-src 'none'; "
        "object-src 'none'; frame-src 'none'; worker-src 'none'; manifest-src 'none'; "
        "form-action 'none'; base-uri 'none'"
    )


def _trim(spans: Sequence[Span]) -> list[Span]:
    """Drop the blank lines at the ends of a row: the gaps between rows are layout."""
    out = [s for s in spans if s.text]
    while out and not out[-1].text.rstrip("\r\n"):
        out.pop()
    if out:
        last = out[-1]
        out[-1] = Span(last.text.rstrip("\r\n"), last.mark, last.decision, last.hit)
    while out and not out[0].text.lstrip("\r\n"):
        out.pop(0)
    if out:
        first = out[0]
        out[0] = Span(first.text.lstrip("\r\n"), first.mark, first.decision, first.hit)
    return out


def _span_html(span: Span, side: str, decisions: Sequence[Decision]) -> str:
    text = escape(span.text, quote=False)
    hit = " hit" if span.hit else ""
    if span.mark in ("change", "keep") and span.decision is not None:
        category = decisions[span.decision].category
        tag, kind = ("mark", "chg") if span.mark == "change" else ("span", "keep")
        rep = " rep" if span.mark == "change" and side == "right" else ""
        cls = f"{kind}{rep} cat-{category}{hit}"
        return f'<{tag} class="{cls}" data-k="{span.decision}">{text}</{tag}>'
    if span.mark == "tidy":
        tag = "del" if side == "left" else "ins"
        return f'<{tag} class="tidy{hit}">{text}</{tag}>'
    return f'<mark class="hit">{text}</mark>' if span.hit else text


def _gap_html(k: int, decisions: Sequence[Decision]) -> str:
    return f'<mark class="chg gap cat-{decisions[k].category}" data-k="{k}"></mark>'


def _right_html(row: Row, decisions: Sequence[Decision]) -> str:
    """The draft side of a row, with a marker where each removal left nothing."""
    spans = _trim(row.right)
    gaps = sorted(row.gaps)
    lead = len(_join(row.right)) - len(_join(row.right).lstrip("\r\n"))
    parts: list[str] = []
    offset = 0
    for span in spans:
        end = offset + len(span.text)
        while gaps and gaps[0][0] - lead <= offset:
            parts.append(_gap_html(gaps.pop(0)[1], decisions))
        while gaps and gaps[0][0] - lead < end:
            cut = gaps[0][0] - lead - offset
            parts.append(
                _span_html(
                    Span(span.text[:cut], span.mark, span.decision, span.hit), "right", decisions
                )
            )
            span = Span(span.text[cut:], span.mark, span.decision, span.hit)
            offset += cut
            parts.append(_gap_html(gaps.pop(0)[1], decisions))
        parts.append(_span_html(span, "right", decisions))
        offset = end
    parts.extend(_gap_html(k, decisions) for _, k in gaps)
    return "".join(parts)


def _join(spans: Sequence[Span]) -> str:
    return "".join(s.text for s in spans)


def _rows_html(alignment: Alignment, decisions: Sequence[Decision], side: str) -> str:
    out: list[str] = []
    previous: int | None = None
    for index, row in enumerate(alignment.rows):
        classes = ["row"]
        if previous is not None and row.paragraph != previous:
            classes.append("para")
        previous = row.paragraph
        if row.changed:
            classes.append("changed")
        if side == "left":
            body = "".join(_span_html(s, "left", decisions) for s in _trim(row.left))
        else:
            body = _right_html(row, decisions)
        out.append(
            f'<div class="{" ".join(classes)}" data-row="{index}" data-line="{row.line}">'
            f"{body}</div>"
        )
    return "\n".join(out)


def _data(document: str, original: str, result: Result, overrides: Overrides | None) -> str:
    """The decisions (and any overrides already applied) as JSON, safe inside a <script>."""
    given = overrides or Overrides()
    newlines = [i for i, c in enumerate(original) if c == "\n"]
    payload = {
        "document": document,
        "document_sha256": document_sha256(original),
        "policy": result.policy.name,
        "policy_sha256": result.policy.sha256,
        "decisions": [
            {
                **d.to_dict(),
                "text": original[d.start : d.end],
                "line": bisect.bisect_left(newlines, d.start) + 1,
                "replacement": d.replacement,
            }
            for d in result.decisions
        ],
        "overrides": {
            "restore": [{"text": r.text, "start": r.start} for r in given.restore],
            "redact": [{"text": r.text, "category": str(r.category)} for r in given.redact],
        },
    }
    raw = json.dumps(payload, ensure_ascii=False)
    return raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _summary_html(summary: Summary) -> str:
    verdict = escape(summary.verdict)
    facts = [
        ("report", escape(summary.document)),
        ("policy", f"{escape(summary.policy)} <code>sha256 {summary.sha256}</code>"),
        ("check", f"{verdict} ({summary.hits} hit(s))" if not summary.passed else verdict),
        ("decisions", f"{summary.changes} change(s), {summary.keeps} kept span(s) found"),
        ("tidy", f"{summary.tidied} dropped or changed, {summary.rewritten} written"),
    ]
    if summary.restored or summary.redacted:
        facts.append(("reviewer", f"{summary.restored} restored, {summary.redacted} redacted"))
    dl = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts)
    actions = summary.actions()
    head = "".join(f"<th>{a}</th>" for a in actions)
    body = []
    for category in summary.categories():
        cells = [summary.counts.get((category, a), 0) for a in actions]
        tds = "".join(f"<td>{c}</td>" for c in cells)
        swatch = f'<span class="swatch cat-{category}">{category}</span>'
        body.append(f"<tr><td>{swatch}</td>{tds}<td>{sum(cells)}</td></tr>")
    table = (
        f'<table class="counts"><thead><tr><th>category</th>{head}<th>total</th></tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )
    return f'<dl class="facts">{dl}</dl>{table}'


def _legend_html(summary: Summary) -> str:
    items = [f'<li><mark class="chg cat-{c}">{c}</mark></li>' for c in summary.categories()]
    items += [
        '<li><del class="tidy">dropped by tidy</del></li>',
        '<li><ins class="tidy">written by tidy</ins></li>',
        f'<li><mark class="chg gap cat-{Category.SOURCE}"></mark> removed here</li>',
        f'<li><span class="keep cat-{Category.TIME}">kept on purpose</span></li>',
        '<li><mark class="hit">found by the check</mark></li>',
    ]
    return f'<ul class="legend">{"".join(items)}</ul>'


def render_page(
    document: str,
    original: str,
    result: Result,
    alignment: Alignment,
    summary: Summary,
    overrides: Overrides | None = None,
) -> str:
    """The whole page for one report, as a string of HTML; `overrides` are those already
    applied to `result`, so that an export keeps them."""
    css, js = asset("review.css"), asset("review.js")
    options = "".join(
        f'<option value="{c}"{" selected" if c is Category.SOURCE else ""}>{c}</option>'
        for c in Category
    )
    verdict_class = "passed" if summary.passed else "withheld"
    title = f"tearline review: {document} under {result.policy.name}"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{content_security_policy(css, js)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<style>{css}</style>
</head>
<body>
<header id="top">
<h1>tearline review <span class="doc">{escape(document)}</span> under \
{escape(result.policy.name)}</h1>
<span class="verdict {verdict_class}" id="verdict">check: {escape(summary.verdict)}</span>
<p class="warn">Holds the ORIGINAL report: handle this page as you handle the original.</p>
<nav><button id="prev" title="previous change (p)">&#9664; <kbd>p</kbd></button>
<span id="pos"></span>
<button id="next" title="next change (n)"><kbd>n</kbd> &#9654;</button>
<button id="export" title="download the overrides YAML">Export overrides</button></nav>
</header>
<section class="pane" id="pane-left"><h2>Original</h2>
<div class="scroll" id="left" tabindex="0">
{_rows_html(alignment, result.decisions, "left")}
</div></section>
<section class="pane" id="pane-right"><h2>Sanitized{
        "" if summary.passed else " draft (WITHHELD: do not release)"
    }</h2>
<div class="scroll" id="right" tabindex="0">
{_rows_html(alignment, result.decisions, "right")}
</div></section>
<footer id="dock">
<section id="details"><h2>Details</h2><div id="details-body"></div></section>
<section id="review"><h2>Reviewer decisions</h2>
<p class="hint">Mark a change wrong from its details, or select text in either pane and press \
<kbd>r</kbd> to redact every mention. Export, then run the command in the file's first lines.</p>
<button id="redact-selection">Redact selection</button>
<label>as <select id="redact-category">{options}</select></label>
<ul id="review-list"></ul>
<textarea id="yaml" readonly aria-label="overrides YAML"></textarea></section>
<section id="summary"><h2>Summary</h2>{_summary_html(summary)}{_legend_html(summary)}</section>
</footer>
<button id="float-redact">Redact every mention</button>
<script type="application/json" id="tl-data">{_data(document, original, result, overrides)}</script>
<script>{js}</script>
</body>
</html>
"""
