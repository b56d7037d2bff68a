"""`tearline restore`: decrypt the spans an `encrypt` policy turned into `[[enc:...]]`.

For the originator's reversible copy: a policy whose rules `encrypt` writes each span as AES
ciphertext; with the same key this command puts the original text back. The key is read from
where `--key` says, never from the command line itself, which would leave it in the shell's
history and the process list.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from tearline.cli.common import fail, reporting_errors, write_atomically
from tearline.load.documents import read_document


def restore_command(
    ctx: typer.Context,
    path: Annotated[str, typer.Argument(help="An encrypted copy; `-` reads standard input.")],
    key: Annotated[
        str,
        typer.Option(
            "--key",
            "-k",
            help="Where the AES key is read: env:NAME or file:PATH (the key the policy's "
            "encrypt rule used; default of such a rule is env:TEARLINE_ENCRYPT_KEY).",
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write here instead of standard output."),
    ] = None,
) -> None:
    """Restore an encrypted copy: every encrypted span back to its original text.

    Exit 2 when the key cannot be read, a span does not decrypt with it (another key, or an
    edited text), or the file holds no encrypted span at all.

    Example: tearline restore flagship.enc.txt --key env:TEARLINE_ENCRYPT_KEY
    """
    from tearline.policy.schema import KEY_REFERENCE
    from tearline.rewrite.operators.encrypt import restore
    from tearline.rewrite.operators.keys import aes_key

    with reporting_errors(ctx):
        if not KEY_REFERENCE.match(key):
            raise fail(
                "--key must say where the key is read, env:NAME or file:PATH; a key typed on "
                "the command line would stay in the shell history"
            )
        secret = aes_key(key, "restore")
        text = read_document(path)
        restored, count = restore(text, secret, source=path)
        if count == 0:
            raise fail(f"{path}: no encrypted span ([[enc:...]]) to restore")
        if output is None:
            sys.stdout.write(restored)
            sys.stdout.flush()
        else:
            protect = [] if path == "-" else [Path(path)]
            write_atomically(output, restored, protect=protect)
