"""`tearline eval`: score sanitized reports against their gold files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from tearline.cli.common import DEFAULT_POLICY, PolicyOption, reporting_errors


def _pct(rate: float) -> str:
    return f"{100 * rate:.1f}%"


def eval_command(
    ctx: typer.Context,
    folder: Annotated[Path, typer.Argument(help="A folder of NAME.txt + NAME.gold.yaml pairs.")],
    policy: PolicyOption = DEFAULT_POLICY,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON, listing each key.")] = False,
) -> None:
    """Score every report that has a gold file: leak rate and retention, as the guide defines.

    A remove key leaks when it appears anywhere in the output (case-insensitive); a keep key is
    retained when it appears exactly. Withheld outputs are scored as empty.

    Example: tearline eval samples/ -p duty-to-warn
    """
    from tearline.evaluate.run import evaluate, totals
    from tearline.policy import load_policy

    with reporting_errors(ctx):
        scores = evaluate(folder, load_policy(policy))
        total = totals(scores)
        if as_json:
            document = {
                "policy": policy,
                "reports": [
                    {
                        "name": s.name,
                        "withheld": s.withheld,
                        "leaked": [k.model_dump(mode="json") for k in s.score.leaked],
                        "lost": [k.model_dump(mode="json") for k in s.score.lost],
                        "removes": s.score.removes,
                        "keeps": s.score.keeps,
                    }
                    for s in scores
                ],
                "total": total,
            }
            typer.echo(json.dumps(document, indent=2, ensure_ascii=False))
            return
        width = max(len(s.name) for s in scores)
        for s in scores:
            flag = "  WITHHELD" if s.withheld else ""
            typer.echo(
                f"{s.name:<{width}}  leaked {len(s.score.leaked)}/{s.score.removes}"
                f"  retained {s.score.kept}/{s.score.keeps}{flag}"
            )
        typer.echo(
            f"TOTAL leaked {total['leaked']}/{total['removes']} ({_pct(total['leak_rate'])})"
            f" retained {total['retained']}/{total['keeps']} ({_pct(total['retention'])})"
        )
