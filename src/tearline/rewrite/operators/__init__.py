"""The operators: one module per policy action, each turning a rule into a Presidio operator.

`keep`, `remove` and `replace` are Presidio's own operators (`keep`, `redact`, `replace`);
`generalize` and `pseudonymize` are Presidio operators of ours, since Presidio has none that
generalizes by shape or hashes with a key; `encrypt` is Presidio's AES `Encrypt` with the
ciphertext marked so that `tearline restore` finds it again.

Each action's module is named after the action and imported the first time a rule of that
action is applied, so a policy that only keeps and removes never loads the shapes of
`generalize` or the keys of `pseudonymize`. Importing those modules imports Presidio's
anonymizer, so only the rewriter asks for them.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, cast

from tearline.policy.schema import ACTIONS

if TYPE_CHECKING:
    from presidio_anonymizer.entities import OperatorConfig
    from presidio_anonymizer.operators import Operator

    from tearline.categories import Category
    from tearline.policy.schema import CategoryRule

Builder = Callable[["CategoryRule", "Category"], "OperatorConfig"]

#: Our operators, registered with the AnonymizerEngine beside Presidio's built-in ones: the
#: class each action's module defines, for the actions Presidio has no operator for.
CUSTOM: dict[str, str] = {
    "generalize": "Generalize",
    "pseudonymize": "Pseudonymize",
    "encrypt": "EncryptSpan",
}


def builder(action: str) -> Builder:
    """How a rule of `action` becomes the Presidio operator that applies it (its module's
    `config`); a KeyError for a word that is no action."""
    if action not in ACTIONS:
        raise KeyError(action)
    return cast("Builder", import_module(f"{__name__}.{action}").config)


def custom_operator(action: str) -> type[Operator] | None:
    """Our Presidio operator class that applies `action`, or None for Presidio's own."""
    name = CUSTOM.get(action)
    if name is None:
        return None
    return cast("type[Operator]", getattr(import_module(f"{__name__}.{action}"), name))


__all__ = ["CUSTOM", "Builder", "builder", "custom_operator"]
