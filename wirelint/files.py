"""Finding files to check, and reading them without guessing.

Text is decoded as UTF-8 (a UTF-8 or UTF-16 byte-order mark is honoured);
anything else is refused with the byte offset of the first bad byte rather
than read as mojibake. Line endings are kept exactly as they are, so offsets
match the file and fixes keep CRLF files CRLF.
"""

from __future__ import annotations

import codecs
import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from wirelint.errors import InputError

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
BINARY_SNIFF = 8192


@dataclass(frozen=True)
class SourceFile:
    """A decoded file and what is needed to write it back the same way."""

    path: Path
    text: str
    encoding: str
    digest: str

    def encode(self, text: str) -> bytes:
        return text.encode(self.encoding)


def decode(path: str, data: bytes) -> tuple[str, str]:
    """``(text, encoding)`` of a file's bytes; raise InputError when it is not text."""
    if not data:
        raise InputError(path, "empty file, nothing to check")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise InputError(path, f"invalid {encoding} at byte {error.start}: {error.reason}") from None
    nul = data.find(b"\x00", 0, BINARY_SNIFF)
    if nul >= 0:
        raise InputError(path, f"binary file (NUL byte at offset {nul}), not checked")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        raise InputError(
            path, f"invalid UTF-8 at byte {error.start} (0x{data[error.start]:02x}): save the file as UTF-8"
        ) from None


def read_source(path: Path) -> SourceFile:
    """Read and decode a file; every failure is an InputError naming it."""
    name = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a folder") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as error:
        raise InputError(name, f"cannot read: {error.strerror or error}") from None
    text, encoding = decode(name, data)
    return SourceFile(path, text, encoding, hashlib.sha256(data).hexdigest())


def discover(
    path: Path,
    is_excluded: Callable[[Path], bool],
    is_included: Callable[[Path], bool],
) -> Iterator[Path]:
    """Files to check under ``path``: a file as given, a folder walked for included files.

    Symbolic links to folders are not followed (no loops); the walk is sorted
    so output order never depends on the file system.
    """
    if not path.is_dir():
        yield path
        return
    for folder, subfolders, names in os.walk(path, followlinks=False):
        base = Path(folder)
        subfolders[:] = sorted(d for d in subfolders if not is_excluded(base / d))
        for name in sorted(names):
            candidate = base / name
            if is_included(candidate) and not is_excluded(candidate):
                yield candidate
