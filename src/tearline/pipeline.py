"""The scrub, stage by stage: load -> analyze -> decide -> rewrite -> check -> render.

`redact` is the library entry point; the CLI and the review tools call it and only render.
`redact_many` gives the same results for many documents, analyzing them in batches.

The stages of one document are written once, in `_scrub`, as a generator that yields each
text it needs analyzed and is sent back the findings: `redact` answers it one text at a time,
`redact_many` answers the requests of a whole batch of documents with one `nlp.pipe` pass.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, cast

from tearline.analyze.findings import find, find_many, memory_zone
from tearline.check.gate import hit_finding, rescan_hits, surviving_strings, verdict
from tearline.check.scope import RescanScope
from tearline.decide.carry_back import carry_back, widen
from tearline.decide.resolve import decide
from tearline.model import CheckHit, Finding, PolicyRef, Result
from tearline.policy import Policy, load_policy
from tearline.policy.terms import with_policy_terms
from tearline.rewrite.rewriter import apply

if TYPE_CHECKING:
    from tearline.review.overrides import Overrides


def _with_header(text: str, policy: Policy) -> str:
    lines = [line for line in (policy.header, policy.separator) if line]
    if not lines or not text:
        return text
    # A text already released under this policy starts with these lines (or with what the
    # scrub left of them): drop them, so sanitizing again changes nothing.
    body = text.splitlines(keepends=True)
    while body and body[0].rstrip("\r\n") in lines:
        body.pop(0)
    newline = "\r\n" if "\r\n" in text else "\n"
    return newline.join([*lines, "".join(body)])


#: How many times the scrub may decide again after the check finds something it missed.
MAX_ROUNDS = 5
#: From this round on (or once a round changes nothing), what the check finds is widened to
#: its whole sentence before it is decided again, so the rounds reach a fixed point.
WIDEN_FROM_ROUND = 2


def redact(
    text: str, policy: Policy | str | Path = "duty-to-warn", overrides: Overrides | None = None
) -> Result:
    """Sanitize one document under a policy (a Policy, a shipped name or a path).

    `overrides` are a reviewer's restores and redactions (`tearline.review.overrides`),
    applied to the decisions of every round; the check still runs on the result.

    After each rewrite the check scans the draft; what it finds is carried back onto the
    original and decided again, up to MAX_ROUNDS times. The result's `text` is None when the
    check still finds removed material in the output.
    """
    resolved = _resolve(policy)
    scrub = _scrub(text, resolved, overrides)
    request = next(scrub)
    while True:
        try:
            request = scrub.send(find(request, resolved))
        except StopIteration as done:
            result: Result = done.value
            return result


#: Documents analyzed together in one `nlp.pipe` batch by default.
BATCH_SIZE = 16


def redact_many(
    texts: Iterable[str],
    policy: Policy | str | Path = "duty-to-warn",
    *,
    batch_size: int = BATCH_SIZE,
) -> Iterator[Result]:
    """`redact` for each text, in order, analyzing `batch_size` documents per spaCy pass.

    Texts are read from the iterable one batch at a time, so a long stream is never held in
    memory. Each result is the one `redact` gives for that text alone.
    """
    resolved = _resolve(policy)
    iterator = iter(texts)
    while batch := list(islice(iterator, max(1, batch_size))):
        yield from _redact_batch(batch, resolved)


def _redact_batch(texts: list[str], policy: Policy) -> list[Result]:
    """Drive one scrub per text in lockstep: each round's requests form one batch.

    A document that asks again for a text it already had analyzed (a draft with nothing
    changed is the original) gets the same findings back without another pass.
    """
    scrubs = [_scrub(text, policy) for text in texts]
    known: list[dict[str, list[Finding]]] = [{} for _ in texts]
    results: list[Result | None] = [None] * len(texts)
    pending: dict[int, str] = {}

    def step(index: int, request: str | None) -> None:
        scrub = scrubs[index]
        try:
            request = next(scrub) if request is None else scrub.send(list(known[index][request]))
            while request in known[index]:
                request = scrub.send(list(known[index][request]))
        except StopIteration as done:
            results[index] = done.value
            return
        pending[index] = request

    with memory_zone(policy):  # one zone over every round: fewer words to re-tokenize
        for index in range(len(scrubs)):
            step(index, None)
        while pending:
            asked = dict(pending)
            pending.clear()
            for (index, request), findings in zip(
                asked.items(), find_many(list(asked.values()), policy), strict=True
            ):
                known[index][request] = findings
                step(index, request)
    return cast(list[Result], results)  # every scrub has returned once nothing is pending


def _resolve(policy: Policy | str | Path) -> Policy:
    return load_policy(policy) if not isinstance(policy, Policy) else policy


def _scrub(
    text: str, policy: Policy, overrides: Overrides | None = None
) -> Generator[str, list[Finding], Result]:
    """The stages for one document; yields each text to analyze and receives its findings.

    A reviewer's overrides are read by `tearline.review.overrides`, imported only for them.
    """
    if overrides is not None:
        from tearline.review.overrides import apply_overrides, exempt_restored
    recognized = yield text
    findings = with_policy_terms(text, recognized, policy)
    previous: str | None = None
    # the last text read in full or in part, and the recognizers' findings on it: each
    # rescan reads only the blocks that changed since then
    read, read_findings = text, recognized
    for round_ in range(MAX_ROUNDS):
        decisions = decide(text, findings, policy)
        if overrides is not None:
            ref = PolicyRef(policy.name, policy.sha256)
            decisions = apply_overrides(text, decisions, overrides, ref, strict=round_ == 0)
        rewritten = apply(text, decisions, policy)
        draft = rewritten.text
        string_hits = surviving_strings(text, draft, decisions, rewritten.inserted, policy)
        scan_hits: list[CheckHit] = []
        if draft:
            scope = RescanScope.of(read, draft)
            scanned = (yield scope.text) if scope.text else []
            on_draft = scope.findings(read_findings, scanned)
            read, read_findings = draft, on_draft
            found = rewritten.outside_inserts(with_policy_terms(draft, on_draft, policy))
            scan_hits = rescan_hits(found, policy, draft)
        if overrides is not None:
            scan_hits = exempt_restored(text, draft, decisions, scan_hits)
        missed = [hit_finding(hit) for hit in [*string_hits, *scan_hits]]
        stuck = draft == previous or round_ >= WIDEN_FROM_ROUND
        carried = carry_back(text, draft, missed, anchors=stuck)
        if missed and not carried:
            stuck = True  # the hits lie on rewritten text only: anchor them there
            carried = carry_back(text, draft, missed, anchors=True)
        if not missed or not carried or round_ == MAX_ROUNDS - 1:
            break
        if stuck:
            # the narrow cut did not hold: take the sentence around each hit instead
            carried = widen(text, carried)
        previous = draft
        findings = [*findings, *carried]
    check = verdict(string_hits, scan_hits)
    released = _with_header(draft, policy) if check.passed else None
    return Result(
        text=released,
        draft=draft,
        policy=PolicyRef(policy.name, policy.sha256),
        decisions=tuple(decisions),
        check=check,
    )
