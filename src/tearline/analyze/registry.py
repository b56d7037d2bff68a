"""The recognizers a policy can name, by namespaced, versioned name.

Entries are import paths, not classes, so validating a policy never imports Presidio or spaCy;
a changed behaviour gets a new version (`.v2`) so old policies keep meaning what they meant.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_PACKAGE = "tearline.analyze.recognizers"

RECOGNIZERS: dict[str, str] = {
    "tearline.marking.v1": "marking_recognizer:MarkingRecognizer",
    "tearline.selector.v1": "selector_recognizer:SelectorRecognizer",
    "tearline.collection_line.v1": "collection_line_recognizer:CollectionLineRecognizer",
    "tearline.reliability_code.v1": "reliability_code_recognizer:ReliabilityCodeRecognizer",
    "tearline.sourcing_clause.v1": "sourcing_clause_recognizer:SourcingClauseRecognizer",
    "tearline.collected_speech.v1": "collected_speech_recognizer:CollectedSpeechRecognizer",
    "tearline.codename.v1": "codename_recognizer:CodenameRecognizer",
    "tearline.personnel.v1": "personnel_recognizer:PersonnelRecognizer",
    "tearline.background_sentence.v1": (
        "background_sentence_recognizer:BackgroundSentenceRecognizer"
    ),
    "tearline.heading.v1": "heading_recognizer:HeadingRecognizer",
    "tearline.reference_number.v1": "reference_number_recognizer:ReferenceNumberRecognizer",
    "tearline.handling_note.v1": "handling_note_recognizer:HandlingNoteRecognizer",
    "tearline.collection_table.v1": "collection_table_recognizer:CollectionTableRecognizer",
    "tearline.speaker_label.v1": "speaker_label_recognizer:SpeakerLabelRecognizer",
}


def create(name: str) -> Any:
    """Instantiate the recognizer registered under `name`."""
    module_name, class_name = RECOGNIZERS[name].split(":")
    module = import_module(f"{_PACKAGE}.{module_name}")
    return getattr(module, class_name)()
