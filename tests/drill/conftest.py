"""Shared drill fixtures: a tiny drill folder, and a data directory that is never the user's."""

from __future__ import annotations

from pathlib import Path

import pytest

TINY_REPORT = (
    "SECRET//NOFORN\n"
    "According to a source with direct access, the Red Lantern Brigade will attack the north "
    "gate of the stadium on 1 May 2026.\n"
    "The attack will use small arms.\n"
    "The source was paid 500 euros.\n"
    "Station RIVERTON collected this on 5 March.\n"
)
TINY_GOLD = """\
policy: duty-to-warn
title: "Tiny: the stadium gate"
difficulty: 1
focus: [SOURCE, COLLECTION]
warn:
  applies: true
  reason: "A specific, credible threat to kill at a named place and date."
remove:
  - text: "SECRET//NOFORN"
    category: MARKING
    why: "the banner must not travel"
  - text: "direct access"
    category: SOURCE
    why: "describes the source's access"
  - text: "500 euros"
    category: SOURCE
    why: "payment reveals a paid source"
  - text: "RIVERTON"
    category: COLLECTION
    why: "names the collecting station"
  - text: "5 March"
    category: COLLECTION
    why: "the collection date"
keep:
  - text: "Red Lantern Brigade"
    category: PERPETRATOR
    why: "who will attack"
  - text: "north gate"
    category: LOCATION
    why: "where"
  - text: "1 May 2026"
    category: TIME
    why: "when"
"""
OTHER_REPORT = (
    "CONFIDENTIAL\n"
    "An intercepted message shows that the Blue Hand plan to burn the ferry Osprey in\n"
    "the harbour of Tarn on 3 June. Case officer: M. Reed, ext. 2201.\n"
)
OTHER_GOLD = """\
title: "Other: the ferry"
remove:
  - text: "intercepted message"
    category: METHOD
  - text: "M. Reed"
    category: PERSONNEL
keep:
  - text: "Blue Hand"
    category: PERPETRATOR
  - "3 June"
"""


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point platformdirs at a temporary folder so no test writes to the real user dir."""
    data = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    return data


@pytest.fixture
def drill_folder(tmp_path: Path) -> Path:
    """A folder with two drills: `tiny` (with a duty-to-warn question) and `other`."""
    folder = tmp_path / "drills"
    folder.mkdir()
    (folder / "tiny.txt").write_text(TINY_REPORT, encoding="utf-8")
    (folder / "tiny.gold.yaml").write_text(TINY_GOLD, encoding="utf-8")
    (folder / "other.txt").write_text(OTHER_REPORT, encoding="utf-8")
    (folder / "other.gold.yaml").write_text(OTHER_GOLD, encoding="utf-8")
    (folder / "no-gold.txt").write_text("A report without a gold file.\n", encoding="utf-8")
    return folder
