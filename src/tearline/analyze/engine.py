"""Build Presidio's AnalyzerEngine over a spaCy model, with only the recognizers a policy names.

The model is loaded once per process and never downloaded: tearline handles sensitive text and
must not open a network connection, so a missing model is an error with the fix.
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING

from tearline.errors import PolicyError

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine
    from spacy.language import Language

    from tearline.policy.schema import Policy

LANGUAGE = "en"


def _pin_suffix_list_offline() -> None:
    """Make tldextract (used by Presidio's e-mail checks) read its bundled suffix list only."""
    import tldextract.tldextract as tld

    tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=(), cache_dir=None)
    logging.getLogger("tldextract").setLevel(logging.ERROR)


@functools.cache
def load_model(name: str) -> Language:
    """Load an installed spaCy model package by name (once per process), never downloading."""
    import spacy

    if not spacy.util.is_package(name):
        raise PolicyError(
            f"spaCy model '{name}' is not installed; tearline never downloads models. "
            "Install the locked dependencies (make demo does it) or name an installed model."
        )
    return spacy.load(name)


@functools.cache
def _analyzer(model: str, recognizer_names: tuple[str, ...]) -> AnalyzerEngine:
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    from tearline.analyze.registry import create

    _pin_suffix_list_offline()
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    nlp_engine = SpacyNlpEngine(models=[{"lang_code": LANGUAGE, "model_name": model}])
    nlp_engine.nlp = {LANGUAGE: load_model(model)}
    registry = RecognizerRegistry(
        recognizers=[create(name) for name in recognizer_names], supported_languages=[LANGUAGE]
    )
    return AnalyzerEngine(
        registry=registry, nlp_engine=nlp_engine, supported_languages=[LANGUAGE]
    )


def analyzer_for(policy: Policy) -> AnalyzerEngine:
    """The (cached) analyzer for a policy's model and recognizers."""
    return _analyzer(policy.model, tuple(policy.recognizers))
