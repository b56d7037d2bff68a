"""The review page makes no network request: its request log holds only the page itself.

The page is used the way a reviewer uses it (hover, click, keyboard, select, export) while
Chromium's Network domain records every request the tab makes. A second test shows the
Content-Security-Policy refusing a request that a script tries on purpose.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_support import Browser, Page, ReviewPage

pytestmark = pytest.mark.browser


def test_when_a_reviewer_uses_the_page_then_it_requests_nothing_but_itself(
    page: Page, review_page: ReviewPage, browser: Browser, tmp_path: Path
) -> None:
    browser.send(
        "Browser.setDownloadBehavior",
        {"behavior": "allow", "downloadPath": str(tmp_path), "eventsEnabled": True},
    )
    page.goto(review_page.url)
    page.hover("#left mark.chg")
    page.click("#right mark.chg")
    for key in ("n", "n", "p"):
        page.press(key)
    page.click("#restore-current")
    since = browser.mark()
    page.click("#export")
    saved = browser.wait_for("Browser.downloadWillBegin", since=since)
    browser.wait_for(
        "Browser.downloadProgress",
        lambda p: p.get("guid") == saved["guid"] and p.get("state") == "completed",
        since=since,
    )

    requested = [event["request"]["url"] for event in page.events("Network.requestWillBeSent")]

    assert requested == [review_page.url]
    assert page.events("Network.loadingFailed") == []
    assert (tmp_path / saved["suggestedFilename"]).is_file()


def test_when_a_script_tries_to_reach_the_network_then_the_policy_refuses(
    page: Page, review_page: ReviewPage
) -> None:
    page.goto(review_page.url)

    outcome = page.evaluate(
        """new Promise((done) => {
            const seen = [];
            document.addEventListener("securitypolicyviolation",
                (e) => seen.push(e.effectiveDirective));
            fetch("http://127.0.0.1:9/probe").then(
                () => done({fetched: true, seen}),
                () => setTimeout(() => done({fetched: false, seen}), 100));
        })"""
    )

    assert outcome == {"fetched": False, "seen": ["connect-src"]}
