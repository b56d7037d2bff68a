"""End to end in headless Chromium: the review page `tearline diff --html` writes.

The page is made by the installed `tearline` command, opened from disk, and used with real
mouse and keyboard events; overrides are exported through the page's download and applied
with `tearline redact --overrides`. A screenshot is left in test-artifacts/.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from browser_support import ARTIFACTS, FLAGSHIP, Browser, Page, ReviewPage, tearline

pytestmark = pytest.mark.browser

SCREENSHOT = ARTIFACTS / "review-page.png"


def _select_text(page: Page, pane: str, needle: str) -> bool:
    """Select the first occurrence of `needle` in a pane, as a mouse drag would."""
    return bool(
        page.evaluate(
            f"""(() => {{
            const walker = document.createTreeWalker(
                document.getElementById({json.dumps(pane)}), NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {{
                const at = n.data.indexOf({json.dumps(needle)});
                if (at < 0) continue;
                const range = document.createRange();
                range.setStart(n, at);
                range.setEnd(n, at + {len(needle)});
                const sel = getSelection();
                sel.removeAllRanges();
                sel.addRange(range);
                return true;
            }}
            return false;
        }})()"""
        )
    )


def _export(page: Page, browser: Browser, folder: Path) -> Path:
    """Click Export and wait for the browser to save the overrides file."""
    browser.send(
        "Browser.setDownloadBehavior",
        {"behavior": "allow", "downloadPath": str(folder), "eventsEnabled": True},
    )
    since = browser.mark()
    page.click("#export")
    begun = browser.wait_for("Browser.downloadWillBegin", since=since)
    browser.wait_for(
        "Browser.downloadProgress",
        lambda p: p.get("guid") == begun["guid"] and p.get("state") == "completed",
        since=since,
    )
    return folder / str(begun["suggestedFilename"])


def _change_index(review_page: ReviewPage, text: str) -> int:
    original = FLAGSHIP.read_text(encoding="utf-8")
    for k, d in enumerate(review_page.decisions):
        if d["action"] != "keep" and original[d["start"] : d["end"]] == text:
            return k
    raise AssertionError(f"the flagship report has no change over {text!r}")


def test_when_the_page_opens_then_each_change_is_highlighted_once_in_each_pane(
    page: Page, review_page: ReviewPage
) -> None:
    page.goto(review_page.url)

    left: list[int] = page.evaluate(
        "[...document.querySelectorAll('#left mark.chg')].map(m => +m.dataset.k)"
    )
    right: list[int] = page.evaluate(
        "[...document.querySelectorAll('#right mark.chg')].map(m => +m.dataset.k)"
    )

    expected = [k for k, d in enumerate(review_page.decisions) if d["action"] != "keep"]
    assert len(left) == len(review_page.changes) == len(expected)
    assert sorted(left) == expected
    assert sorted(right) == expected


def test_when_a_change_is_hovered_then_its_counterpart_lights_up_and_details_show(
    page: Page, review_page: ReviewPage
) -> None:
    page.goto(review_page.url)
    k = _change_index(review_page, "According to the source,")

    page.hover(f'#left mark.chg[data-k="{k}"]')

    lit = page.evaluate(f"document.querySelector('#right [data-k=\"{k}\"]').className")
    details = page.evaluate("document.getElementById('details-body').innerText")
    decision: dict[str, Any] = review_page.decisions[k]
    assert "hot" in lit.split()
    assert decision["category"] in details
    assert decision["rule"] in details
    assert f"{decision['score']:.2f}" in details
    assert decision["why"] in details


def test_when_n_and_p_are_pressed_then_the_selection_walks_the_changes_in_order(
    page: Page, review_page: ReviewPage
) -> None:
    page.goto(review_page.url)
    changes = [k for k, d in enumerate(review_page.decisions) if d["action"] != "keep"]
    selected = "[...document.querySelectorAll('#left .sel')].map(m => +m.dataset.k)"
    position = "document.getElementById('pos').textContent"

    page.press("n")
    first = (page.evaluate(selected), page.evaluate(position))
    page.press("n")
    page.press("n")
    third = page.evaluate(selected)
    page.press("p")
    second = page.evaluate(selected)
    page.press("p")
    page.press("p")
    wrapped = (page.evaluate(selected), page.evaluate(position))

    assert first == ([changes[0]], f"1 / {len(changes)}")
    assert third == [changes[2]]
    assert second == [changes[1]]
    assert wrapped == ([changes[-1]], f"{len(changes)} / {len(changes)}")


def test_when_far_changes_are_visited_then_both_panes_scroll_together(
    page: Page, review_page: ReviewPage
) -> None:
    page.goto(review_page.url)

    page.press("p")  # the last change, at the bottom of the report
    tops = page.evaluate(
        "[document.getElementById('left').scrollTop, document.getElementById('right').scrollTop]"
    )
    rows = page.evaluate(
        "(() => { const l = document.querySelectorAll('#left .row'),"
        " r = document.querySelectorAll('#right .row');"
        " return [...l].every((row, i) => Math.abs(row.offsetTop - r[i].offsetTop) < 1); })()"
    )

    assert tops[0] > 0
    assert abs(tops[0] - tops[1]) <= 1
    assert rows is True


def test_when_a_change_is_clicked_then_the_details_panel_opens_and_a_screenshot_is_kept(
    page: Page, review_page: ReviewPage
) -> None:
    page.goto(review_page.url)
    k = _change_index(review_page, "According to the source,")

    page.click(f'#left mark.chg[data-k="{k}"]')
    page.evaluate("document.activeElement.blur()")
    page.screenshot(SCREENSHOT)

    details = page.evaluate("document.getElementById('details-body').innerText")
    assert review_page.decisions[k]["rule"] in details
    assert page.evaluate("!!document.getElementById('restore-current')")
    assert SCREENSHOT.stat().st_size > 10_000


def test_when_a_reviewer_redacts_a_name_and_restores_a_clause_then_redact_applies_both(
    page: Page, review_page: ReviewPage, browser: Browser, tmp_path: Path
) -> None:
    page.goto(review_page.url)
    k = _change_index(review_page, "According to the source,")
    page.click(f'#left mark.chg[data-k="{k}"]')
    page.click("#restore-current")
    assert _select_text(page, "right", "Kasimir Dorn")
    page.press("r")

    exported = _export(page, browser, tmp_path)
    result = tearline("redact", str(FLAGSHIP), "-p", "duty-to-warn", "--overrides", str(exported))

    assert exported.name == "flagship.overrides.yaml"
    assert result.returncode == 0, result.stderr
    assert "According to the source, members" in result.stdout
    assert "Kasimir Dorn" not in result.stdout
    assert "Port Veyra Maritime Festival" in result.stdout


def test_when_a_reviewer_restores_one_of_several_removed_marks_then_the_check_withholds(
    page: Page, review_page: ReviewPage, browser: Browser, tmp_path: Path
) -> None:
    page.goto(review_page.url)
    k = _change_index(review_page, "(S//NF)")
    page.click(f'#left mark.chg[data-k="{k}"]')
    page.click("#restore-current")

    exported = _export(page, browser, tmp_path)
    result = tearline("redact", str(FLAGSHIP), "-p", "duty-to-warn", "--overrides", str(exported))

    assert result.returncode == 1
    assert result.stdout == ""
    assert "output withheld" in result.stderr
    assert "(S//NF)" not in result.stderr


def test_when_a_page_is_made_with_overrides_then_its_export_keeps_them(
    page: Page, review_page: ReviewPage, tmp_path: Path
) -> None:
    k = _change_index(review_page, "According to the source,")
    start = review_page.decisions[k]["start"]
    given = tmp_path / "given.yaml"
    given.write_text(
        f'restore:\n  - {{text: "According to the source,", start: {start}}}\n'
        'redact:\n  - {text: "Kasimir Dorn", category: PERPETRATOR}\n',
        encoding="utf-8",
    )
    html = tmp_path / "again.html"
    made = tearline("diff", str(FLAGSHIP), "--overrides", str(given), "--html", str(html))
    assert made.returncode == 0, made.stderr

    page.goto(html.as_uri())
    exported = yaml.safe_load(page.evaluate("document.getElementById('yaml').value"))

    assert exported["restore"] == [{"text": "According to the source,", "start": start}]
    assert exported["redact"] == [{"text": "Kasimir Dorn", "category": "PERPETRATOR"}]
