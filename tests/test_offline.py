"""The offline guarantee: sanitizing never opens a network connection, downloads or warns.

tearline handles sensitive text, so the NLP stack must load from what is installed: no spaCy
model download, no Public Suffix List fetch by tldextract (behind Presidio's e-mail and URL
checks), no DNS look-up. The engine is cached per process, so each test here builds it afresh
inside the blocked context.
"""

from __future__ import annotations

import logging
import socket
import warnings
from collections.abc import Iterator
from typing import Any

import pytest

import tearline
from tearline.analyze import engine
from tearline.errors import PolicyError
from tearline.policy import load_policy
from tearline.rewrite import rewriter

POLICY = "duty-to-warn"
EMAIL = "r.halloran@desk.example.gov"
URL = "https://files.example.org/drop"
REPORT = (
    "SECRET//NOFORN\n"
    "\n"
    "Members of the Red Lantern Brigade will attack the north gate of the stadium on\n"
    "1 May 2026. The plan was posted at " + URL + " for the cell.\n"
    "\n"
    "CONTACT: " + EMAIL + "\n"
    "\n"
    "SECRET//NOFORN\n"
)


class NetworkUsed(AssertionError):
    """Raised by the blocked network functions; an AssertionError so nothing swallows it."""


def _refuse(*args: Any, **kwargs: Any) -> Any:
    raise NetworkUsed("tearline tried to reach the network")


def _clear_caches() -> None:
    engine._analyzer.cache_clear()
    engine.load_model.cache_clear()
    rewriter._engine.cache_clear()


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No sockets, no DNS, no spaCy download, no suffix-list fetch; a cold engine."""
    import spacy.cli
    import tldextract.suffix_list as suffix_list

    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)
    monkeypatch.setattr(spacy.cli, "download", _refuse)

    fetch = suffix_list.find_first_response

    def find_first_response(cache: Any, urls: Any, *args: Any, **kwargs: Any) -> str:
        # With no URLs it only raises SuffixListNotFound, which makes tldextract read its
        # bundled snapshot; with URLs it would fetch.
        if urls:
            _refuse()
        return fetch(cache, urls, *args, **kwargs)

    monkeypatch.setattr(suffix_list, "find_first_response", find_first_response)
    _clear_caches()
    yield
    _clear_caches()


def test_when_network_is_blocked_then_the_fixture_really_blocks_it(offline: None) -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 443))
    with pytest.raises(NetworkUsed):
        socket.getaddrinfo("example.org", 443)
    with pytest.raises(NetworkUsed), socket.socket() as sock:
        sock.connect(("127.0.0.1", 9))


def test_when_offline_then_redact_gives_the_same_result_without_warnings(
    caplog: pytest.LogCaptureFixture, request: pytest.FixtureRequest
) -> None:
    online = tearline.redact(REPORT, POLICY)
    request.getfixturevalue("offline")
    caplog.set_level(logging.WARNING)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        offline = tearline.redact(REPORT, POLICY)

    assert [str(w.message) for w in caught] == []
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
    assert offline.text == online.text
    assert offline.decisions == online.decisions
    assert offline.text is not None
    assert EMAIL not in offline.text
    assert "NOFORN" not in offline.text


def test_when_offline_then_model_and_analyzer_load_without_download(offline: None) -> None:
    policy = load_policy(POLICY)

    analyzer = engine.analyzer_for(policy)

    assert analyzer.nlp_engine.nlp[engine.LANGUAGE] is engine.load_model(policy.model)
    assert engine._analyzer.cache_info().currsize == 1


def test_when_model_is_not_installed_then_error_instead_of_download(offline: None) -> None:
    with pytest.raises(PolicyError) as caught:
        engine.load_model("en_core_web_absent")

    assert str(caught.value) == (
        "spaCy model 'en_core_web_absent' is not installed; tearline never downloads models. "
        "Install the locked dependencies (make demo does it) or name an installed model."
    )


def test_when_suffix_list_is_pinned_then_domains_resolve_from_the_bundled_snapshot(
    offline: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tldextract
    import tldextract.tldextract as tld

    monkeypatch.setattr(tld, "TLD_EXTRACTOR", tld.TLD_EXTRACTOR)  # restored afterwards
    engine._pin_suffix_list_offline()

    extracted = tldextract.extract(EMAIL.split("@")[1])

    assert (extracted.subdomain, extracted.domain, extracted.suffix) == ("desk", "example", "gov")
