"""Format readers: each turns a decoded file into a :class:`Document`.

Readers are registered through the ``wirelint_readers`` hook, so a plugin can
add a format the same way the built-in ones are added.
"""

from __future__ import annotations

from typing import Protocol

from wirelint.document import Document


class Reader(Protocol):
    """Parses one file format into the document model."""

    format: str
    """Name used in messages and by ``--stdin-filename`` dispatch."""
    extensions: tuple[str, ...]
    """File name endings handled, lower case with the dot (``.md``)."""

    def read(self, path: str, source: str) -> Document:
        """Parse ``source`` (the decoded file). Raise ``InputError`` when it is malformed."""
        ...
