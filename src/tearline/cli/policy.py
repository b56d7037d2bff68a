"""`tearline policy`: list and show the shipped policies."""

from __future__ import annotations

from typing import Annotated

import typer
import yaml

from tearline.cli.common import reporting_errors

app = typer.Typer(
    help="List and show policies.\n\nExample: tearline policy show duty-to-warn",
    no_args_is_help=True,
)


@app.command("list")
def list_command(ctx: typer.Context) -> None:
    """List the shipped policies: name, audience and what each does.

    Example: tearline policy list
    """
    from tearline.policy import load_policy, policy_names

    with reporting_errors(ctx):
        for name in policy_names():
            policy = load_policy(name)
            typer.echo(f"{name}\t{policy.audience}\t{policy.description}")


@app.command("show")
def show_command(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="A shipped policy name or a policy file.")],
) -> None:
    """Show a policy as resolved (after `extends`), as YAML.

    Example: tearline policy show duty-to-warn
    """
    from tearline.policy import load_policy

    with reporting_errors(ctx):
        policy = load_policy(name)
        typer.echo(yaml.safe_dump(policy.model_dump(mode="json"), sort_keys=False), nl=False)
