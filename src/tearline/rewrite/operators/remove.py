"""remove: the span goes without a trace (Presidio's `redact` operator).

No placeholder is left: a category name such as `[SIGINT]` would tell the recipient how the
information was collected (guide, principle 3). The rewriter's tidy step mends the seam.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from presidio_anonymizer.entities import OperatorConfig

    from tearline.categories import Category
    from tearline.policy.schema import CategoryRule


def config(rule: CategoryRule, category: Category) -> OperatorConfig:
    """Presidio's `redact`: the span becomes the empty string."""
    from presidio_anonymizer.entities import OperatorConfig

    return OperatorConfig("redact")
