"""replace: the span becomes the rule's fixed neutral text (Presidio's `replace` operator).

The text is the policy author's wording, the same for every span of the category, e.g.
"technical reporting" for a collection method under a partner release. Never a category
name under an outside-recipient policy: that is a placeholder that leaks (guide, principle 3).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from presidio_anonymizer.entities import OperatorConfig

    from tearline.categories import Category
    from tearline.policy.schema import CategoryRule


def config(rule: CategoryRule, category: Category) -> OperatorConfig:
    """Presidio's `replace` with the rule's text as the new value."""
    from presidio_anonymizer.entities import OperatorConfig

    return OperatorConfig("replace", {"new_value": rule.text or ""})
