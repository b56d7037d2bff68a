"""`tearline policy`: list, show, validate, diff the policies, and print their JSON Schema.

Thin wrappers over `tearline.policy`: nothing here imports spaCy or Presidio, so every
command answers at once.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated, Any

import typer
import yaml

from tearline.cli.common import fail, reporting_errors

if TYPE_CHECKING:
    from tearline.policy.schema import Policy

app = typer.Typer(
    help=(
        "List, show, validate and compare policies; print the policy format's JSON Schema.\n\n"
        "Example: tearline policy show partner-release"
    ),
    no_args_is_help=True,
)


def _dump(policy: Policy) -> dict[str, Any]:
    """The resolved policy as plain data, without options that are not set."""
    data: dict[str, Any] = policy.model_dump(mode="json", exclude_none=True)
    return data


@app.command("list")
def list_command(ctx: typer.Context) -> None:
    """List the shipped policies: name, audience and what each does, tab-separated.

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
    """Show a policy as resolved (after `extends`), as YAML that loads as the same policy.

    Example: tearline policy show public-advisory
    """
    from tearline.policy import load_policy

    with reporting_errors(ctx):
        policy = load_policy(name)
        typer.echo(yaml.safe_dump(_dump(policy), sort_keys=False, width=4096), nl=False)


@app.command("validate")
def validate_command(
    ctx: typer.Context,
    files: Annotated[list[str], typer.Argument(help="Policy files (or shipped names) to check.")],
) -> None:
    """Check policy files: each valid one prints `FILE: valid`, each invalid one its error.

    Exit 0 when every file is valid, 2 when any is not. Errors name file:line:column, the
    key path, what is wrong and the valid options.

    Example: tearline policy validate my-policy.yaml
    """
    from tearline.errors import PolicyError
    from tearline.policy import load_policy

    with reporting_errors(ctx):
        invalid = 0
        for file in files:
            try:
                policy = load_policy(file)
            except PolicyError as e:
                invalid += 1
                typer.echo(f"tearline: error: {e}", err=True)
                continue
            typer.echo(f"{file}: valid (policy '{policy.name}', sha256 {policy.sha256[:12]})")
        if invalid:
            raise fail(f"{invalid} of {len(files)} policy file(s) invalid")


@app.command("schema")
def schema_command(ctx: typer.Context) -> None:
    """Print the JSON Schema of the policy format, for completion and checks in an editor.

    Save it and point the YAML language server at it with a first line
    `# yaml-language-server: $schema=tearline-policy.schema.json`.

    Example: tearline policy schema > tearline-policy.schema.json
    """
    from tearline.policy.schema import json_schema

    with reporting_errors(ctx):
        typer.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@app.command("diff")
def diff_command(
    ctx: typer.Context,
    first: Annotated[str, typer.Argument(help="A shipped policy name or a policy file.")],
    second: Annotated[str, typer.Argument(help="Another one.")],
) -> None:
    """Show which categories two policies treat differently, and what else differs.

    One line per difference, `KEY: A -> B`, both policies resolved after `extends`; nothing
    is printed when they treat everything alike. Exit 0 either way.

    Example: tearline policy diff duty-to-warn partner-release
    """
    from tearline.policy import load_policy
    from tearline.policy.compare import differences

    with reporting_errors(ctx):
        a, b = load_policy(first), load_policy(second)
        lines = differences(a, b)
        for key, left, right in lines:
            typer.echo(f"{key}: {left} -> {right}")
        if not lines:
            typer.echo(f"{a.name} and {b.name} treat every category alike", err=True)
