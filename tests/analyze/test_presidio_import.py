"""Tests for Presidio's predefined recognizers imported on demand (in fresh interpreters: the
test process has imported Presidio long before)."""

import subprocess
import sys

import pytest

PACKAGE = "presidio_analyzer.predefined_recognizers"


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout.strip()


def test_when_tearline_analyzes_then_presidios_country_recognizers_are_not_imported() -> None:
    loaded = _run(
        "import sys; import tearline.analyze.findings, presidio_analyzer;"
        " from tearline.analyze.recognizers import selector_recognizer;"
        f" print(sorted(m for m in sys.modules if m.startswith('{PACKAGE}.')))"
    )
    assert "country_specific" not in loaded
    assert "url_recognizer" not in loaded
    assert "ip_recognizer" in loaded


@pytest.mark.parametrize(
    "statement",
    [
        f"from {PACKAGE} import UrlRecognizer as found",
        f"from {PACKAGE}.generic import PhoneRecognizer as found",
        f"from {PACKAGE} import SpacyRecognizer as found",
        f"import {PACKAGE} as p; found = p.country_specific.uk.UkNinoRecognizer",
    ],
)
def test_when_a_predefined_recognizer_is_asked_for_then_it_is_there(statement: str) -> None:
    assert _run(f"import tearline.analyze; {statement}; print(found.__name__)").endswith(
        "Recognizer"
    )


def test_when_the_whole_package_is_loaded_then_it_has_every_name_a_plain_import_has() -> None:
    names = (
        f"import {PACKAGE} as p; from presidio_analyzer import RecognizerRegistry as R;"
        " r = R(); r.load_predefined_recognizers();"
        " print(sorted(n for n in p.__all__ if hasattr(p, n)), len(r.recognizers))"
    )
    assert _run(f"import tearline.analyze; {names}") == _run(names)
