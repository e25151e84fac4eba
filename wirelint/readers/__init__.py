"""Format readers: each turns a decoded file into a :class:`Document`.

Readers are registered through the ``wirelint_readers`` hook, so a plugin can
add a format the same way the built-in ones are added.
"""

from __future__ import annotations

from typing import Any, Protocol

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


def follows_reader_contract(reader: Any) -> bool:
    """Whether a plugin's reader has what the engine uses: a format name, its file endings and ``read``."""
    extensions = getattr(reader, "extensions", None)
    return (
        isinstance(getattr(reader, "format", None), str)
        and isinstance(extensions, (tuple, list))
        and all(isinstance(ending, str) for ending in extensions)
        and callable(getattr(reader, "read", None))
    )
