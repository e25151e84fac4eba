"""wirelint: a linter for news copy.

The public API is small: :func:`lint_text` and :func:`lint_document` (see
``wirelint.engine``), the document model in ``wirelint.document`` and the rule
interface in ``wirelint.rule``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "lint_document", "lint_text"]

if TYPE_CHECKING:
    from wirelint.engine import lint_document, lint_text


def __getattr__(name: str) -> Any:
    """Import the engine only when the API is used, so start-up stays light."""
    if name in ("lint_text", "lint_document"):
        from wirelint import engine

        return getattr(engine, name)
    raise AttributeError(name)
