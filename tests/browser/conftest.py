"""Fixtures for the browser tests: one headless Chromium per run, a tab per test, and the
flagship review page made by the installed `tearline` command (see `browser_support`)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from browser_support import (
    FLAGSHIP,
    SKIP_REASON,
    Browser,
    Page,
    ReviewPage,
    chromium_path,
    tearline,
)


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    """A headless Chromium for the whole run, or a skip that says how to get one."""
    executable = chromium_path()
    if executable is None:
        pytest.skip(SKIP_REASON)
    instance = Browser(executable, tmp_path_factory.mktemp("chromium-profile"))
    try:
        instance.send("Browser.getVersion")
        yield instance
    finally:
        instance.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh tab."""
    tab = Page(browser)
    try:
        yield tab
    finally:
        tab.close()


@pytest.fixture(scope="session")
def review_page(browser: Browser, tmp_path_factory: pytest.TempPathFactory) -> ReviewPage:
    """`tearline diff --html` on the flagship report, and `redact --format json` beside it."""
    folder = tmp_path_factory.mktemp("review")
    page = folder / "flagship.review.html"
    made = tearline("diff", str(FLAGSHIP), "-p", "duty-to-warn", "--html", str(page))
    assert made.returncode == 0, made.stderr
    redacted = tearline("redact", str(FLAGSHIP), "-p", "duty-to-warn", "--format", "json")
    assert redacted.returncode == 0, redacted.stderr
    return ReviewPage(page, json.loads(redacted.stdout)["decisions"])
