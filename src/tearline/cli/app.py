"""The `tearline` command: composes the sub-commands and holds the global options.

Nothing here imports spaCy or Presidio, so `tearline --help` starts fast; each command loads
the NLP stack only when it sanitizes.
"""

from __future__ import annotations

from typing import Annotated

import typer

from tearline import __version__
from tearline.cli import drill, explain, policy, redact, restore
from tearline.cli import eval as eval_cmd
from tearline.cli.diff import diff_command

app = typer.Typer(
    name="tearline",
    help=(
        "Sanitize intelligence-style reports for release: remove sources and methods, "
        "keep the actionable warning.\n\n"
        "Example: tearline redact samples/flagship.txt -p duty-to-warn"
    ),
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tearline {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    debug: Annotated[
        bool, typer.Option("--debug", help="On error, show where it happened (never text).")
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Global options."""
    ctx.obj = {"debug": debug}


app.command(name="redact")(redact.redact_command)
app.command(name="explain")(explain.explain_command)
app.command(name="eval")(eval_cmd.eval_command)
app.command(name="diff")(diff_command)
app.command(name="restore")(restore.restore_command)
app.add_typer(policy.app, name="policy")
app.add_typer(drill.app, name="drill")


def main() -> None:
    """Entry point of the `tearline` script."""
    app()
