"""File names as output formats must write them.

On POSIX a file name is bytes, and Python hands names that are not UTF-8
(``caf\\xe9.txt`` from an old Latin-1 archive) over with lone surrogates,
which cannot be written as UTF-8. Reports must stay valid UTF-8 and still
name the file exactly.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote


def display_path(path: str) -> str:
    """``path`` with each byte that is not UTF-8 written as ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def path_uri(path: str) -> str:
    """A URI reference for ``path``: relative to the current folder when it is inside it, else ``file://``.

    Bytes are percent-encoded (RFC 3986), so ``caf\\xe9.txt`` becomes ``caf%E9.txt``.
    """
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            candidate = candidate.relative_to(Path.cwd())
        except ValueError:
            return "file://" + quote(os.fsencode(candidate.as_posix()), safe="/")
    return quote(os.fsencode(candidate.as_posix()), safe="/")
