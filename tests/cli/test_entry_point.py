"""One real run of the installed `tearline` script, to prove the entry point and its wiring."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(sys.executable).parent / "tearline"
REPORT = (
    "SECRET//NOFORN\n"
    "Members of the Red Lantern Brigade will attack the north gate on 1 May 2026.\n"
    "SECRET//NOFORN\n"
)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPT), *args], capture_output=True, text=True, check=False, timeout=300
    )


@pytest.fixture(scope="module", autouse=True)
def _installed() -> None:
    if not SCRIPT.is_file():
        pytest.fail(f"the tearline script is not installed next to {sys.executable}")


def test_when_script_is_asked_for_help_then_it_exits_0_with_an_example() -> None:
    done = _run("--help")

    assert done.returncode == 0, done.stderr
    assert "Example:" in done.stdout
    assert "redact" in done.stdout


def test_when_script_redacts_a_report_then_it_exits_0_and_prints_the_sanitized_text(
    tmp_path: Path,
) -> None:
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")

    done = _run("redact", str(report), "-p", "duty-to-warn")

    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "NOFORN" not in done.stdout
    assert "Members of the Red Lantern Brigade will attack the north gate on 1 May 2026." in (
        done.stdout
    )


def test_when_script_is_given_a_missing_file_then_it_exits_2_with_one_line(
    tmp_path: Path,
) -> None:
    missing = tmp_path / "absent.txt"

    done = _run("redact", str(missing))

    assert done.returncode == 2
    assert done.stderr == f"tearline: error: {missing}: no such file\n"
    assert done.stdout == ""
