"""The operators: one module per policy action, each turning a rule into a Presidio operator.

`keep`, `remove` and `replace` are Presidio's own operators (`keep`, `redact`, `replace`);
`generalize` and `pseudonymize` are Presidio operators of ours, since Presidio has none that
generalizes by shape or hashes with a key; `encrypt` is Presidio's AES `Encrypt` with the
ciphertext marked so that `tearline restore` finds it again.

Importing this package imports Presidio's anonymizer, so only the rewriter does it.
"""

from __future__ import annotations

from collections.abc import Callable

from presidio_anonymizer.entities import OperatorConfig
from presidio_anonymizer.operators import Operator

from tearline.categories import Category
from tearline.policy.schema import ACTIONS, CategoryRule
from tearline.rewrite.operators import encrypt, generalize, keep, pseudonymize, remove, replace

Builder = Callable[[CategoryRule, Category], OperatorConfig]

#: How each action's rule becomes the Presidio operator that applies it.
BUILDERS: dict[str, Builder] = {
    "keep": keep.config,
    "remove": remove.config,
    "replace": replace.config,
    "generalize": generalize.config,
    "pseudonymize": pseudonymize.config,
    "encrypt": encrypt.config,
}

#: Our operators, registered with the AnonymizerEngine beside Presidio's built-in ones.
CUSTOM: tuple[type[Operator], ...] = (
    generalize.Generalize,
    pseudonymize.Pseudonymize,
    encrypt.EncryptSpan,
)

assert set(BUILDERS) == set(ACTIONS), "every action of the policy format needs an operator"

__all__ = ["BUILDERS", "CUSTOM", "Builder"]
