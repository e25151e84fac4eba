"""wirelint: a linter for news copy.

The public API is small: :func:`lint_text` and :func:`lint_document` (see
``wirelint.api``), the document model in ``wirelint.document`` and the rule
interface in ``wirelint.rule``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wirelint.version import __version__

__all__ = ["__version__", "lint_document", "lint_text"]

if TYPE_CHECKING:
    from wirelint.api import lint_document, lint_text


def __getattr__(name: str) -> Any:
    """Import the engine only when the API is used, so start-up stays light."""
    if name in ("lint_text", "lint_document"):
        from wirelint import api

        return getattr(api, name)
    raise AttributeError(name)
