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
    from presidio_analyzer import AnalyzerEngine, EntityRecognizer
    from spacy.language import Language

    from tearline.policy.schema import Policy

LANGUAGE = "en"


def _pin_suffix_list_offline() -> None:
    """Make tldextract (used by Presidio's e-mail checks) read its bundled suffix list only."""
    import tldextract.tldextract as tld

    tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=(), cache_dir=None)
    logging.getLogger("tldextract").setLevel(logging.ERROR)


def require_model(name: str) -> None:
    """Refuse a model that is not installed, cheaply: by its package metadata (as spaCy's
    `is_package` does), without importing spaCy, so a run can check before starting workers."""
    from importlib import metadata

    try:
        metadata.distribution(name)
    except metadata.PackageNotFoundError:
        raise PolicyError(
            f"spaCy model '{name}' is not installed; tearline never downloads models. "
            "Install the locked dependencies (make demo does it) or name an installed model."
        ) from None


@functools.cache
def load_model(name: str, exclude: tuple[str, ...] = ()) -> Language:
    """Load an installed spaCy model package by name (once per process), never downloading.

    `exclude` names pipeline components not to load at all (see `unneeded_components`); the
    layout sentence marks only serve the parser, so they go with it. The entity recognizer,
    when loaded, runs only on the sentences whose entities are asked for (`entities`); the
    attribute ruler's patterns are answered by lookup (`attribute_rules`), and each word's
    lemma is worked out once (`lemmas`).
    """
    import spacy

    require_model(name)
    from tearline.analyze.attribute_rules import by_lookup
    from tearline.analyze.entities import run_on_demand
    from tearline.analyze.lemmas import remembered
    from tearline.analyze.segmentation import add_to

    nlp = spacy.load(name, exclude=list(exclude))
    return run_on_demand(remembered(by_lookup(add_to(nlp) if "parser" in nlp.pipe_names else nlp)))


#: What each recognizer reads from spaCy's analysis besides the tokens: "sents", "dep",
#: "pos", "lemma", "ents". A recognizer missing here gets the whole pipeline, so a new one is
#: never silently starved of the parse; add it here when it needs less.
READS: dict[str, frozenset[str]] = {
    "tearline.marking.v1": frozenset(),
    "tearline.selector.v1": frozenset(),
    "tearline.collection_line.v1": frozenset(),
    "tearline.reliability_code.v1": frozenset(),
    "tearline.codename.v1": frozenset(),
    "tearline.personnel.v1": frozenset(),
    "tearline.collected_speech.v1": frozenset({"sents", "dep"}),
    "tearline.sourcing_clause.v1": frozenset({"sents", "dep", "pos", "lemma", "ents"}),
    "tearline.background_sentence.v1": frozenset({"sents", "pos", "lemma", "ents"}),
    "tearline.heading.v1": frozenset(),
    "tearline.reference_number.v1": frozenset(),
    "tearline.handling_note.v1": frozenset({"sents", "lemma"}),
    "tearline.collection_table.v1": frozenset(),
    "tearline.speaker_label.v1": frozenset({"sents", "pos"}),
}
#: The components of spaCy's trained English pipelines that provide each reading. The rule
#: lemmatizer needs the part of speech, which the attribute ruler maps from the tagger's tags.
PROVIDERS: dict[str, frozenset[str]] = {
    "sents": frozenset({"parser"}),
    "dep": frozenset({"parser"}),
    "pos": frozenset({"tagger", "attribute_ruler"}),
    "lemma": frozenset({"tagger", "attribute_ruler", "lemmatizer"}),
    "ents": frozenset({"ner"}),
}
#: Only these are ever left out; any other component (a transformer, a custom one) is loaded.
OPTIONAL: frozenset[str] = frozenset(
    {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"}
)


def unneeded_components(recognizer_names: tuple[str, ...], uses_context: bool) -> tuple[str, ...]:
    """The pipeline components no recognizer of a policy reads, sorted: they are not loaded.

    `uses_context` is true when a recognizer has context words: Presidio's context enhancer
    compares them with the lemmas around a match, so the lemmas must be there. tok2vec feeds
    the tagger and the parser (and is kept with the NER, to be safe with other models).
    """
    needed: set[str] = set()
    for name in recognizer_names:
        reads = READS.get(name)
        if reads is None:
            return ()
        for reading in reads:
            needed |= PROVIDERS[reading]
    if uses_context:
        needed |= PROVIDERS["lemma"]
    if needed & {"tagger", "parser", "ner"}:
        needed.add("tok2vec")
    return tuple(sorted(OPTIONAL - needed))


@functools.cache
def _analyzer(model: str, recognizer_names: tuple[str, ...]) -> AnalyzerEngine:
    from tearline.analyze.registry import create

    recognizers = [create(name) for name in recognizer_names]
    exclude = unneeded_components(
        recognizer_names, any(getattr(r, "context", None) for r in recognizers)
    )
    return build_analyzer(recognizers, load_model(model, exclude) if exclude else load_model(model))


def build_analyzer(recognizers: list[EntityRecognizer], nlp: Language) -> AnalyzerEngine:
    """Presidio's AnalyzerEngine over an already loaded spaCy pipeline, offline and quiet.

    The policy's cached analyzer is built here, and so is a test's analyzer around one
    recognizer, so both parse exactly as a release does.
    """
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

    from tearline.analyze.context_enhancer import ContextEnhancer
    from tearline.analyze.nlp_engine import NlpEngine

    _pin_suffix_list_offline()
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    name = f"{nlp.meta['lang']}_{nlp.meta['name']}"  # only named: the pipeline is given loaded
    nlp_engine = NlpEngine(models=[{"lang_code": LANGUAGE, "model_name": name}])
    nlp_engine.nlp = {LANGUAGE: nlp}  # type: ignore[assignment]  # typed as None until loaded
    registry = RecognizerRegistry(recognizers=recognizers, supported_languages=[LANGUAGE])
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=[LANGUAGE],
        context_aware_enhancer=ContextEnhancer(),
    )


def analyzer_for(policy: Policy) -> AnalyzerEngine:
    """The (cached) analyzer for a policy's model and recognizers."""
    return _analyzer(policy.model, tuple(policy.recognizers))


def model_for(policy: Policy) -> Language:
    """The spaCy pipeline inside the policy's analyzer, without the components it does not need."""
    nlp: Language = analyzer_for(policy).nlp_engine.nlp[LANGUAGE]  # type: ignore[attr-defined]
    return nlp
