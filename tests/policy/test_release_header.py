"""Tests for a policy's release header and tearline separator on the sanitized output."""

from __future__ import annotations

from pathlib import Path

import pytest

import tearline
from tearline.policy import load_policy

REPORT = (
    "SECRET//NOFORN\n"
    "\n"
    "Members of the Red Lantern Brigade will attack the north gate of the stadium on 1 May 2026.\n"
)
BODY = (
    "Members of the Red Lantern Brigade will attack the north gate of the stadium on 1 May 2026.\n"
)


def _policy(tmp_path: Path, lines: str) -> Path:
    path = tmp_path / "release.yaml"
    path.write_text(f"name: release\nextends: duty-to-warn\n{lines}", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        pytest.param("", BODY, id="neither"),
        pytest.param(
            "header: UNCLASSIFIED//FOR DUTY TO WARN\n",
            "UNCLASSIFIED//FOR DUTY TO WARN\n" + BODY,
            id="header",
        ),
        pytest.param(
            "separator: '----- TEARLINE -----'\n", "----- TEARLINE -----\n" + BODY, id="separator"
        ),
        pytest.param(
            "header: UNCLASSIFIED//FOR DUTY TO WARN\nseparator: '----- TEARLINE -----'\n",
            "UNCLASSIFIED//FOR DUTY TO WARN\n----- TEARLINE -----\n" + BODY,
            id="header-and-separator",
        ),
    ],
)
def test_when_policy_has_a_release_header_then_it_opens_the_output(
    settings: str, expected: str, tmp_path: Path
) -> None:
    result = tearline.redact(REPORT, load_policy(_policy(tmp_path, settings)))

    assert result.text == expected
    assert result.draft == BODY


def test_when_released_text_is_sanitized_again_then_the_header_is_not_repeated(
    tmp_path: Path,
) -> None:
    policy = load_policy(
        _policy(tmp_path, "header: UNCLASSIFIED//FOR DUTY TO WARN\nseparator: '-----'\n")
    )
    released = tearline.redact(REPORT, policy).text
    assert released is not None

    again = tearline.redact(released, policy)

    assert again.text == released


def test_when_report_uses_crlf_then_header_lines_end_with_crlf(tmp_path: Path) -> None:
    policy = load_policy(_policy(tmp_path, "header: UNCLASSIFIED\nseparator: '-----'\n"))

    result = tearline.redact(REPORT.replace("\n", "\r\n"), policy)

    assert result.text == "UNCLASSIFIED\r\n-----\r\n" + BODY.replace("\n", "\r\n")


def test_when_output_is_withheld_then_no_header_is_released(tmp_path: Path) -> None:
    policy = load_policy(_policy(tmp_path, "header: UNCLASSIFIED\n"))

    result = tearline.redact("SECRET//NOFORN\n", policy)

    assert result.text in ("", None)


@pytest.mark.parametrize("policy", ["duty-to-warn", "partner-release"])
def test_when_a_banner_carries_a_descriptor_then_it_goes_with_the_banner_and_stays_gone(
    policy: str,
) -> None:
    report = (
        f"OFFICIAL-SENSITIVE: BORDER TARGETING\n\n{BODY}\nOFFICIAL-SENSITIVE: BORDER TARGETING\n"
    )

    released = tearline.redact(report, policy).text

    assert released is not None
    assert "TARGETING" not in released and "OFFICIAL" not in released
    assert BODY in released
    assert tearline.redact(released, policy).text == released
