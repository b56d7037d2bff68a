"""tearline: sanitize intelligence-style reports for release.

It removes what reveals sources and methods and keeps what makes a warning actionable, under
audience-specific policies, on top of Presidio and spaCy. Importing the package is cheap: the
NLP stack loads on the first call to `redact`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tearline.categories import Category
from tearline.errors import InputError, LeakError, PolicyError, TearlineError
from tearline.model import Decision, Result

if TYPE_CHECKING:
    from tearline.policy.schema import Policy

__version__ = "0.1.0"

__all__ = [
    "Category",
    "Decision",
    "InputError",
    "LeakError",
    "PolicyError",
    "Result",
    "TearlineError",
    "__version__",
    "redact",
]


def redact(text: str, policy: Policy | str | Path = "duty-to-warn") -> Result:
    """Sanitize `text` under `policy` (a shipped name, a path or a Policy); see `Result`."""
    from tearline.pipeline import redact as run

    return run(text, policy)
