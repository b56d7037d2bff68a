"""The interactive drill: walk the report sentence by sentence; keep, cut or edit each.

The loop is plain prompts, keyboard only: `k`eep, `c`ut, `e`dit (type a replacement), `b`ack,
`q`uit. Quitting (also end of input or Ctrl-C) saves progress as JSON, so `--resume` continues
where the trainee stopped. Input and output are passed in as functions so tests and other front
ends can drive it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tearline.drill.catalogue import Drill
from tearline.drill.sentences import Unit, assemble, split
from tearline.errors import InputError

Ask = Callable[[str], str]
Say = Callable[[str], None]

CHOICES = "[k]eep  [c]ut  [e]dit  [b]ack  [q]uit"
HELP = (
    "For each sentence: k keeps it as it is, c cuts it, e lets you type a replacement "
    "(an empty replacement cuts), b goes back one sentence, q saves your progress and quits."
)


def progress_path(history: Path, drill_id: str, trainee: str) -> Path:
    """Where progress is saved: a `drill-progress/` folder next to the history file."""
    safe = re.sub(r"[^\w.-]", "_", trainee) or "trainee"
    return history.parent / "drill-progress" / f"{drill_id}.{safe}.json"


@dataclass
class Progress:
    """Where a trainee is in an interactive drill; `choices[i]` is None (keep), "" or a text."""

    drill: str
    trainee: str
    report_sha256: str
    answer: bool | None = None
    answered: bool = False
    choices: list[str | None] = field(default_factory=list)

    def save(self, path: Path) -> None:
        """Write the progress as JSON, replacing any earlier save."""
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=1), encoding="utf-8")

    @classmethod
    def load(cls, path: Path, drill: Drill) -> Progress:
        """Read saved progress, refusing it if the drill's report has changed since."""
        try:
            progress = cls(**json.loads(path.read_text(encoding="utf-8")))
        except FileNotFoundError as e:
            raise InputError(
                f"no saved progress for drill '{drill.id}' ({path}); "
                f"start it with `tearline drill run {drill.id}`"
            ) from e
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, TypeError) as e:
            raise InputError(f"{path}: unreadable progress; start over with --restart") from e
        if progress.report_sha256 != drill.sha256:
            raise InputError(
                f"{path}: the report of drill '{drill.id}' changed since this progress was "
                "saved; start over with --restart"
            )
        return progress


def _ask_yes_no(ask: Ask, say: Say) -> bool | str:
    while True:
        reply = ask("Does the duty to warn apply? [y]es / [n]o / [q]uit > ").strip().lower()
        if reply in {"y", "yes"}:
            return True
        if reply in {"n", "no"}:
            return False
        if reply in {"q", "quit"}:
            return "quit"
        say("Answer y or n (or q to save and quit).")


def _flat(text: str) -> str:
    return " ".join(text.split())


def walk(drill: Drill, progress: Progress, ask: Ask, say: Say) -> bool:
    """Run the drill from `progress` on; True when every sentence has a choice, False on quit.

    `progress` is updated in place; the caller saves it on quit and grades it when done.
    """
    units = split(drill.text)
    try:
        if drill.gold.warn is not None and not progress.answered:
            say("First, triage. Read the whole report:")
            say("")
            say(drill.text.rstrip())
            say("")
            reply = _ask_yes_no(ask, say)
            if reply == "quit":
                return False
            progress.answer, progress.answered = bool(reply), True
        if progress.choices:
            say(f"Resuming at sentence {len(progress.choices) + 1} of {len(units)}.")
        while len(progress.choices) < len(units):
            index = len(progress.choices)
            unit = units[index]
            say("")
            say(f"[{index + 1}/{len(units)}] {_flat(drill.text[unit.start : unit.end])}")
            reply = ask(f"{CHOICES} > ").strip().lower()
            if reply in {"k", "keep"}:
                progress.choices.append(None)
            elif reply in {"c", "cut"}:
                progress.choices.append("")
            elif reply in {"e", "edit"}:
                replacement = ask("replacement (empty cuts it) > ")
                progress.choices.append(_flat(replacement))
            elif reply in {"b", "back"}:
                if progress.choices:
                    progress.choices.pop()
                else:
                    say("Already at the first sentence.")
            elif reply in {"q", "quit"}:
                return False
            else:
                say(HELP)
    except (EOFError, KeyboardInterrupt):
        return False
    return True


def result_text(drill: Drill, progress: Progress) -> str:
    """The trainee's sanitized version: the report with their choices applied."""
    units: list[Unit] = split(drill.text)
    return assemble(drill.text, units, progress.choices)
