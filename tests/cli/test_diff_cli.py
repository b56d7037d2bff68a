"""Tests for `tearline diff` and `tearline redact --overrides`: views, exit codes, exact errors.

Most run through Typer's CliRunner (never a terminal, so the view uses markers, not colour);
one runs the installed entry point in a subprocess, piped, as a shell would.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tearline.cli.app import app
from tearline.review.overrides import document_sha256

FLAGSHIP = Path(__file__).resolve().parents[2] / "samples" / "flagship.txt"
HASH_LINE = re.compile(r"^policy +duty-to-warn +sha256\s+[0-9a-f]{64} *$", re.MULTILINE)


def _invoke(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def _restore_file(tmp_path: Path, fragment: str, nth: int = 0) -> Path:
    """Overrides restoring the `nth` change over `fragment`, as the review page exports them."""
    from tearline.pipeline import redact

    text = FLAGSHIP.read_text(encoding="utf-8")
    starts = [
        d.start
        for d in redact(text, "duty-to-warn").decisions
        if d.action != "keep" and text[d.start : d.end] == fragment
    ]
    start = starts[nth]
    path = tmp_path / "flagship.overrides.yaml"
    path.write_text(
        f'version: 1\ndocument_sha256: "{document_sha256(text)}"\npolicy: duty-to-warn\n'
        f'restore:\n  - {{text: "{fragment}", start: {start}}}\n',
        encoding="utf-8",
    )
    return path


def test_when_a_report_is_diffed_then_removals_are_marked_and_the_summary_follows() -> None:
    result = _invoke("diff", str(FLAGSHIP))

    assert result.exit_code == 0, result.output
    assert "[-SECRET//NOFORN-]" in result.stdout
    assert HASH_LINE.search(result.stdout)
    assert re.search(r"^check +passed *$", result.stdout, re.MULTILINE)
    assert result.stderr == ""


@pytest.mark.parametrize(("width", "side"), [("80", False), ("160", True)])
def test_when_a_width_is_given_then_side_by_side_starts_at_100_columns(
    width: str, side: bool
) -> None:
    result = _invoke("diff", str(FLAGSHIP), "--width", width)

    lines = result.stdout.splitlines()
    assert result.exit_code == 0, result.output
    assert max(len(line) for line in lines) <= int(width)
    assert bool(re.search(r"^line +original +sanitized\s*$", result.stdout, re.MULTILINE)) is side


def test_when_html_is_asked_then_the_page_is_written_and_the_terminal_stays_quiet(
    tmp_path: Path,
) -> None:
    page = tmp_path / "review.html"

    result = _invoke("diff", str(FLAGSHIP), "--html", str(page))

    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert re.fullmatch(rf"wrote {re.escape(str(page))}: \d+ change\(s\); check passed\n",
                        result.stderr)  # fmt: skip
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_when_html_would_overwrite_the_report_then_exit_2_and_the_report_is_untouched(
    tmp_path: Path,
) -> None:
    report = tmp_path / "report.txt"
    report.write_text(FLAGSHIP.read_text(encoding="utf-8"), encoding="utf-8")

    result = _invoke("diff", str(report), "--html", str(report))

    assert result.exit_code == 2
    assert result.stderr == (
        f"tearline: error: {report}: is an input; refusing to overwrite an original\n"
    )
    assert report.read_text(encoding="utf-8") == FLAGSHIP.read_text(encoding="utf-8")


def test_when_overrides_make_the_check_withhold_then_the_view_shows_it_and_exit_is_1(
    tmp_path: Path,
) -> None:
    overrides = _restore_file(tmp_path, "(S//NF)", nth=1)

    result = _invoke("diff", str(FLAGSHIP), "--overrides", str(overrides))

    assert result.exit_code == 1
    assert "{!(S//NF)!}" in result.stdout
    assert re.fullmatch(
        rf"tearline: error: {re.escape(str(FLAGSHIP))}: output withheld: [^\n]+\n", result.stderr
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope.txt"], "tearline: error: nope.txt: no such file\n"),
        (
            [str(FLAGSHIP), "-p", "no-such-policy"],
            "tearline: error: unknown policy 'no-such-policy'; valid: ",
        ),
        (
            [str(FLAGSHIP), "--overrides", "missing.yaml"],
            "tearline: error: missing.yaml: overrides file not found\n",
        ),
    ],
    ids=["missing report", "unknown policy", "missing overrides"],
)
def test_when_input_is_bad_then_exit_2_and_one_error_line(args: list[str], message: str) -> None:
    result = _invoke("diff", *args)

    assert result.exit_code == 2
    assert result.stderr.startswith(message)
    assert result.stderr.count("\n") == 1
    assert result.stdout == ""


def test_when_redact_gets_overrides_then_the_restored_clause_is_released(tmp_path: Path) -> None:
    overrides = _restore_file(tmp_path, "According to the source,")

    result = _invoke("redact", str(FLAGSHIP), "--overrides", str(overrides))

    assert result.exit_code == 0, result.output
    assert "According to the source, members of the Sons" in result.stdout


def test_when_redact_overrides_restore_a_repeated_mark_then_exit_1_and_nothing_written(
    tmp_path: Path,
) -> None:
    overrides = _restore_file(tmp_path, "(S//NF)", nth=1)

    result = _invoke("redact", str(FLAGSHIP), "--overrides", str(overrides))

    assert result.exit_code == 1
    assert result.stdout == ""
    assert "output withheld" in result.stderr
    assert "(S//NF)" not in result.stderr


def test_when_redact_overrides_do_not_fit_the_report_then_exit_2_naming_the_file(
    tmp_path: Path,
) -> None:
    overrides = tmp_path / "other.yaml"
    overrides.write_text('restore:\n  - {text: "According to the source,", start: 3}\n')

    result = _invoke("redact", str(FLAGSHIP), "--overrides", str(overrides))

    assert result.exit_code == 2
    assert result.stderr == (
        f"tearline: error: {overrides}: restore[0] (offset 3, 24 characters) matches no change "
        "in this report; the report, policy or engine changed since the review: review again "
        "with `tearline diff --html`\n"
    )


def test_when_the_installed_command_is_piped_then_the_view_is_unified_and_colourless() -> None:
    executable = Path(sys.executable).parent / "tearline"
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "FORCE_COLOR")}

    done = subprocess.run(
        [str(executable), "diff", str(FLAGSHIP)],
        capture_output=True, text=True, timeout=120, check=False, env=env,
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    assert "\x1b[" not in done.stdout
    assert "[-SECRET//NOFORN-]" in done.stdout
    assert not re.search(r"^line +original", done.stdout, re.MULTILINE)
    assert max(len(line) for line in done.stdout.splitlines()) <= 80
