"""wirelint's version, in a base module: anything may import it without importing the package's API.

Also the version of the code this process runs, for what is kept between runs
(the start-up cache, the result cache): a checkout has no version bump, so its
source files' stamps stand for it. They are taken when wirelint is first
imported. A file changed later (another commit checked out, an upgrade
installed while a long run or an editor's server goes on) is not what this
process runs: :func:`code_changed` says so, and nothing it made is then kept
under the new files' name.
"""

from __future__ import annotations

import os
import zlib
from pathlib import Path

__version__ = "0.1.0"

PACKAGE = Path(__file__).resolve().parent

Stamps = tuple[tuple[str, int, int], ...]


def source_stamps(root: Path = PACKAGE) -> Stamps:
    """Path, size and modification time of every Python file of the package."""
    stamps = []
    folders = [root]
    while folders:
        with os.scandir(folders.pop()) as entries:
            for entry in entries:
                if entry.is_dir() and entry.name != "__pycache__":
                    folders.append(Path(entry.path))
                elif entry.name.endswith(".py"):
                    status = entry.stat()
                    stamps.append((entry.path, status.st_size, status.st_mtime_ns))
    return tuple(sorted(stamps))


RUNNING_STAMPS: Stamps = source_stamps()
"""The sources as they were when this process first imported wirelint (about half a millisecond)."""


def _identity(stamps: Stamps) -> str:
    text = repr((__version__, stamps)).encode("utf-8")
    return f"{__version__}-{zlib.crc32(text):08x}{zlib.adler32(text):08x}"


RUNNING_CODE = _identity(RUNNING_STAMPS)
"""A short name for the code this process runs: part of the key of anything computed by it."""


def code_changed() -> bool:
    """True when wirelint's sources on disk are no longer those this process started with."""
    return source_stamps() != RUNNING_STAMPS
