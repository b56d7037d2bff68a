"""Tests for the interactive drill loop, driven by scripted answers (the CLI test uses a pty)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tearline.drill.catalogue import Drill, catalogue, find_drill
from tearline.drill.walkthrough import Progress, progress_path, result_text, walk
from tearline.errors import InputError

EDITED = "The Red Lantern Brigade will attack the north gate of the stadium on 1 May 2026."


@pytest.fixture
def tiny(drill_folder: Path) -> Drill:
    return find_drill("tiny", catalogue(drill_folder))


class Script:
    """Answers prompts from a list, and records what was shown."""

    def __init__(self, answers: list[str]) -> None:
        self.answers: Iterator[str] = iter(answers)
        self.prompts: list[str] = []
        self.shown: list[str] = []

    def ask(self, prompt: str) -> str:
        self.prompts.append(prompt)
        try:
            return next(self.answers)
        except StopIteration:
            raise EOFError from None

    def say(self, line: str) -> None:
        self.shown.append(line)


def test_when_trainee_answers_every_sentence_then_choices_make_their_version(tiny: Drill) -> None:
    script = Script(["y", "c", "e", EDITED, "k", "cut", "c"])
    progress = Progress("tiny", "alice", tiny.sha256)

    finished = walk(tiny, progress, script.ask, script.say)

    assert finished
    assert (progress.answer, progress.choices) == (True, ["", EDITED, None, "", ""])
    assert result_text(tiny, progress) == EDITED + "\nThe attack will use small arms.\n"
    assert script.prompts[0].startswith("Does the duty to warn apply?")
    assert "[1/5] SECRET//NOFORN" in script.shown


def test_when_trainee_goes_back_then_the_last_choice_is_undone(tiny: Drill) -> None:
    script = Script(["n", "c", "b", "k", "q"])
    progress = Progress("tiny", "alice", tiny.sha256)

    assert not walk(tiny, progress, script.ask, script.say)
    assert (progress.answer, progress.choices) == (False, [None])


def test_when_input_is_unknown_then_help_is_shown_and_asked_again(tiny: Drill) -> None:
    script = Script(["maybe", "y", "x", "q"])
    progress = Progress("tiny", "alice", tiny.sha256)

    assert not walk(tiny, progress, script.ask, script.say)
    assert "Answer y or n (or q to save and quit)." in script.shown
    assert any(line.startswith("For each sentence: k keeps it") for line in script.shown)
    assert progress.choices == []


def test_when_input_ends_then_the_walk_stops_like_quit(tiny: Drill) -> None:
    progress = Progress("tiny", "alice", tiny.sha256)

    assert not walk(tiny, progress, Script(["y", "k"]).ask, lambda line: None)
    assert progress.choices == [None]


def test_when_progress_is_saved_then_resume_continues_where_it_stopped(
    tiny: Drill, tmp_path: Path
) -> None:
    path = progress_path(tmp_path / "history.jsonl", "tiny", "alice")
    first = Progress("tiny", "alice", tiny.sha256)
    walk(tiny, first, Script(["y", "c", "q"]).ask, lambda line: None)
    first.save(path)

    resumed = Progress.load(path, tiny)
    script = Script(["k", "k", "c", "c"])

    assert walk(tiny, resumed, script.ask, script.say)
    assert path == tmp_path / "drill-progress" / "tiny.alice.json"
    assert "Resuming at sentence 2 of 5." in script.shown
    assert not any(p.startswith("Does the duty") for p in script.prompts)
    assert (resumed.answer, resumed.choices) == (True, ["", None, None, "", ""])


def test_when_report_changed_since_save_then_progress_is_refused(
    tiny: Drill, tmp_path: Path
) -> None:
    path = tmp_path / "p.json"
    Progress("tiny", "alice", "0" * 64, True, True, [None]).save(path)

    with pytest.raises(InputError) as caught:
        Progress.load(path, tiny)

    assert str(caught.value) == (
        f"{path}: the report of drill 'tiny' changed since this progress was saved; "
        "start over with --restart"
    )


def test_when_no_progress_was_saved_then_error_says_how_to_start(
    tiny: Drill, tmp_path: Path
) -> None:
    path = tmp_path / "missing.json"

    with pytest.raises(InputError) as caught:
        Progress.load(path, tiny)

    assert str(caught.value) == (
        f"no saved progress for drill 'tiny' ({path}); start it with `tearline drill run tiny`"
    )


def test_when_trainee_name_has_odd_characters_then_the_file_name_is_safe(tmp_path: Path) -> None:
    path = progress_path(tmp_path / "h.jsonl", "tiny", "../ann smith")

    assert path.parent == tmp_path / "drill-progress"
    assert path.name == "tiny..._ann_smith.json"
