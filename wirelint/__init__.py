"""wirelint: a linter for news copy.

The public API is small: :func:`lint_text` and :func:`lint_document` (see
``wirelint.api``), the document model in ``wirelint.document`` and the rule
interface in ``wirelint.rule``.
"""

from __future__ import annotations

__all__ = ["__version__", "lint_document", "lint_text"]

TYPE_CHECKING = False
if TYPE_CHECKING:  # nothing imported at run time: see __getattr__
    from typing import Any

    from wirelint.api import lint_document, lint_text
    from wirelint.version import __version__


def __getattr__(name: str) -> Any:
    """The API (the engine) and the version (source stamps, pathlib) when asked for: importing the package
    costs nothing, and the ``wirelint`` program pauses the collector first (:mod:`wirelint.program`)."""
    if name in ("lint_text", "lint_document", "__version__"):
        module = "wirelint.version" if name == "__version__" else "wirelint.api"
        return getattr(__import__(module, fromlist=[name]), name)
    raise AttributeError(name)
