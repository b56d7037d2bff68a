"""`tearline drill`: teach analysts to scrub, with drills scored against gold files."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from tearline.cli.common import fail, reporting_errors, write_atomically
from tearline.errors import TearlineError

if TYPE_CHECKING:
    from tearline.drill.grade import Grade

app = typer.Typer(
    help=(
        "Drills: hand a trainee a report, score their sanitized version, explain every leak "
        "and every over-redaction.\n\nExample: tearline drill start flagship -o flagship.drill.txt"
    ),
    no_args_is_help=True,
)

SamplesOption = Annotated[
    Path | None,
    typer.Option("--samples", help="Drill folder (NAME.txt + NAME.gold.yaml); default: shipped."),
]
HistoryOption = Annotated[
    Path | None,
    typer.Option("--history", help="The JSON-lines history file; default: in the user data dir."),
]
TraineeOption = Annotated[
    str | None, typer.Option("--trainee", help="The trainee's name; default: the OS user.")
]
CompareOption = Annotated[
    bool,
    typer.Option(
        "--compare/--no-compare", help="Show tearline's own version beside the trainee's."
    ),
]


class Answer(StrEnum):
    """An answer to the duty-to-warn question."""

    yes = "yes"
    no = "no"


def _console() -> Console:
    return Console(highlight=False)


def _history(path: Path | None) -> Path:
    from tearline.drill.history import default_history

    return path if path is not None else default_history()


def _trainee(name: str | None) -> str:
    from tearline.drill.history import default_trainee

    return name or default_trainee()


@app.command("list")
def list_command(
    ctx: typer.Context,
    samples: SamplesOption = None,
    history: HistoryOption = None,
    trainee: TraineeOption = None,
) -> None:
    """List the drills: id, title, difficulty (1-3), focus and your best score so far.

    Example: tearline drill list --trainee alice
    """
    from tearline.drill import history as hist
    from tearline.drill.catalogue import catalogue
    from tearline.drill.render import catalogue_table

    with reporting_errors(ctx):
        drills = catalogue(samples)
        name = _trainee(trainee)
        best = hist.best_scores(hist.read(_history(history)), name)
        _console().print(catalogue_table(drills, best, name))


@app.command("start")
def start_command(
    ctx: typer.Context,
    drill_id: Annotated[str, typer.Argument(metavar="ID", help="The drill (see `drill list`).")],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Where to write the worksheet; `-` for stdout."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
    samples: SamplesOption = None,
) -> None:
    """Write a drill's report for the trainee to edit in any editor (default: ID.drill.txt).

    Delete or rewrite what must not be released, answer the duty-to-warn line if there is one,
    then run `tearline drill check FILE`.

    Example: tearline drill start flagship -o flagship.drill.txt
    """
    from tearline.drill.catalogue import catalogue, find_drill
    from tearline.drill.worksheet import worksheet

    with reporting_errors(ctx):
        drill = find_drill(drill_id, catalogue(samples))
        sheet = worksheet(drill)
        if output is not None and str(output) == "-":
            sys.stdout.write(sheet)
            return
        target = output if output is not None else Path(f"{drill.id}.drill.txt")
        if target.exists() and not force:
            raise fail(f"{target}: already exists (a trainee's work?); pass --force to replace it")
        write_atomically(target, sheet, protect=[drill.report])
        typer.echo(f"wrote {target}: drill '{drill.id}', {drill.title}", err=True)
        if drill.gold.warn is not None:
            typer.echo("answer the duty-to-warn question on its line (yes or no)", err=True)
        typer.echo(f"when done: tearline drill check {target}", err=True)


def _finish(
    console: Console,
    grade: Grade,
    *,
    identified_how: str | None,
    compare: bool,
    history: Path,
    trainee: str,
    mode: str,
) -> None:
    """Record the attempt, show feedback and the side-by-side; exit 0 on pass and 1 on fail.

    The attempt is recorded first, so a failure to build tearline's own version (say, a policy
    the gold names but this install lacks) cannot lose it; that failure is shown as a note.
    """
    from tearline.drill import history as hist
    from tearline.drill.grade import reference_answer
    from tearline.drill.render import feedback, side_by_side

    hist.append(history, hist.Attempt.of(grade, trainee, mode))
    console.print(feedback(grade, identified_how))
    if compare:
        try:
            console.print(side_by_side(grade, reference_answer(grade.drill)))
        except TearlineError as e:
            console.print(f"(tearline's own version is unavailable: {e})", markup=False)
    if not grade.passed:
        raise typer.Exit(1)


@app.command("check")
def check_command(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="The trainee's edited worksheet.")],
    drill_id: Annotated[
        str | None,
        typer.Option("--drill", help="The drill, if the worksheet's header line is lost."),
    ] = None,
    warn: Annotated[
        Answer | None,
        typer.Option("--warn", help="Answer the duty-to-warn question here, not in the file."),
    ] = None,
    trainee: TraineeOption = None,
    history: HistoryOption = None,
    samples: SamplesOption = None,
    compare: CompareOption = True,
) -> None:
    """Score a worksheet: every leak and over-redaction with why it matters, and a score.

    Exit 0 on pass, 1 on fail (score under the pass mark, or a leaked SOURCE or PERSONNEL key),
    2 on bad input. The attempt is added to the history.

    Example: tearline drill check flagship.drill.txt --trainee alice
    """
    from tearline.drill.catalogue import catalogue
    from tearline.drill.grade import grade
    from tearline.drill.worksheet import identify, read_worksheet
    from tearline.load.documents import read_document

    with reporting_errors(ctx):
        sheet = read_worksheet(read_document(file))
        identified = identify(sheet, catalogue(samples), drill_id)
        answer = sheet.answer if warn is None else warn is Answer.yes
        result = grade(identified.drill, sheet.body, answer)
        _finish(
            _console(),
            result,
            identified_how=identified.how if identified.guessed else None,
            compare=compare,
            history=_history(history),
            trainee=_trainee(trainee),
            mode="worksheet",
        )


@app.command("run")
def run_command(
    ctx: typer.Context,
    drill_id: Annotated[str, typer.Argument(metavar="ID", help="The drill (see `drill list`).")],
    resume: Annotated[bool, typer.Option("--resume", help="Continue saved progress.")] = False,
    restart: Annotated[
        bool, typer.Option("--restart", help="Discard saved progress and start over.")
    ] = False,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Also save your version to this file.")
    ] = None,
    trainee: TraineeOption = None,
    history: HistoryOption = None,
    samples: SamplesOption = None,
    compare: CompareOption = True,
) -> None:
    """Walk a drill sentence by sentence: keep (k), cut (c) or edit (e) each; q saves and quits.

    Drills with a duty-to-warn question ask it first. At the end: the same feedback and score
    as `drill check`, and the attempt goes into the history.

    Example: tearline drill run flagship --resume
    """
    from tearline.drill.catalogue import catalogue, find_drill
    from tearline.drill.grade import grade
    from tearline.drill.sentences import split
    from tearline.drill.walkthrough import HELP, Progress, progress_path, result_text, walk

    with reporting_errors(ctx):
        if resume and restart:
            raise fail("--resume and --restart exclude each other; pick one")
        drill = find_drill(drill_id, catalogue(samples))
        name, history_file = _trainee(trainee), _history(history)
        saved = progress_path(history_file, drill.id, name)
        if resume:
            progress = Progress.load(saved, drill)
        elif saved.exists() and not restart:
            raise fail(
                f"drill '{drill.id}' has saved progress for {name}; "
                "continue with --resume or start over with --restart"
            )
        else:
            progress = Progress(drill.id, name, drill.sha256)
        console = _console()

        def say(line: str) -> None:
            console.print(line, markup=False, highlight=False, soft_wrap=True)

        if not progress.choices and not progress.answered:
            say(f"Drill {drill.id} \u2014 {drill.title}")
            say(HELP)
        if not walk(drill, progress, input, say):
            progress.save(saved)
            again = f"tearline drill run {drill.id} --resume"
            for flag, value in (
                ("--trainee", trainee),
                ("--history", history),
                ("--samples", samples),
            ):
                if value is not None:
                    again += f" {flag} {value}"
            done = f"{len(progress.choices)} of {len(split(drill.text))} sentences done"
            say("")
            say(f"Progress saved ({done}). Continue with: {again}")
            return
        text = result_text(drill, progress)
        if output is not None:
            write_atomically(output, text, protect=[drill.report])
        result = grade(drill, text, progress.answer)
        saved.unlink(missing_ok=True)
        say("")
        _finish(
            console,
            result,
            identified_how=None,
            compare=compare,
            history=history_file,
            trainee=name,
            mode="interactive",
        )


@app.command("history")
def history_command(
    ctx: typer.Context,
    trainee: TraineeOption = None,
    history: HistoryOption = None,
) -> None:
    """Show a trainee's attempts, the trend per drill and the categories leaked most often.

    Example: tearline drill history --trainee alice
    """
    from tearline.drill import history as hist
    from tearline.drill.render import history_table, trend_lines

    with reporting_errors(ctx):
        name, path = _trainee(trainee), _history(history)
        attempts = [a for a in hist.read(path) if a.trainee == name]
        console = _console()
        if not attempts:
            console.print(f"No attempts by {name} in {path}.", markup=False)
            return
        console.print(f"Attempts by {name}", style="bold", markup=False)
        console.print(history_table(attempts))
        console.print(trend_lines(hist.trends(attempts), hist.leaked_categories(attempts)))


@app.command("report")
def report_command(ctx: typer.Context, history: HistoryOption = None) -> None:
    """Trainer mode: per drill, the class's pass rate, mean score and most leaked keys.

    Example: tearline drill report --history class.jsonl
    """
    from tearline.drill import history as hist
    from tearline.drill.render import report_table

    with reporting_errors(ctx):
        path = _history(history)
        attempts = hist.read(path)
        if not attempts:
            raise fail(f"{path}: no attempts recorded yet")
        _console().print(report_table(hist.class_report(attempts)))
