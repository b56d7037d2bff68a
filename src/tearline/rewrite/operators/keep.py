"""keep: the span stays exactly as written (Presidio's `keep` operator).

The rewriter never sends kept spans to the engine: an untouched span leaves no seam, and
tidying one could change kept text (a capital letter). The operator is named here so that
every action of the policy format has one module that says what it does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from presidio_anonymizer.entities import OperatorConfig

    from tearline.categories import Category
    from tearline.policy.schema import CategoryRule

NAME = "keep"


def config(rule: CategoryRule, category: Category) -> OperatorConfig:
    """Presidio's no-op operator."""
    from presidio_anonymizer.entities import OperatorConfig

    return OperatorConfig(NAME)
