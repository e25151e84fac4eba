"""Finding files to check, and reading them without guessing.

Text is decoded as UTF-8 (a UTF-8 or UTF-16 byte-order mark is honoured);
anything else is refused with the byte offset of the first bad byte rather
than read as mojibake. Line endings are kept exactly as they are, so offsets
match the file and fixes keep CRLF files CRLF.
"""

from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from wirelint.errors import EmptyInput, InputError

BOMS = {"utf-8-sig": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}
"""Encoding names for files that start with a byte-order mark. The byte order is named (plain
"utf-16" writes the machine's), so a fix keeps the file's; the mark itself is not part of the text."""
BOM_CODECS = {"utf-8-sig": "utf-8", "utf-16-le": "utf-16-le", "utf-16-be": "utf-16-be"}
"""The codec for the bytes after the mark."""
BINARY_SNIFF = 8192


@dataclass(frozen=True)
class SourceFile:
    """A decoded file and what is needed to write it back the same way."""

    path: Path
    text: str
    encoding: str
    data: bytes = field(default=b"", repr=False)

    @cached_property
    def digest(self) -> str:
        """SHA-256 of the bytes, made when asked for (the result cache, ``--fix``): hashlib loads OpenSSL."""
        import hashlib

        return hashlib.sha256(self.data).hexdigest()

    def encode(self, text: str) -> bytes:
        return BOMS.get(self.encoding, b"") + text.encode(BOM_CODECS.get(self.encoding, self.encoding))


def decode(path: str, data: bytes) -> tuple[str, str]:
    """``(text, encoding)`` of a file's bytes; raise InputError when it is not text."""
    if not data:
        raise EmptyInput(path, "empty file, nothing to check")
    for encoding, bom in BOMS.items():
        if data.startswith(bom):
            if len(data) == len(bom):
                raise EmptyInput(path, "empty file (only a byte-order mark), nothing to check")
            try:
                return data[len(bom) :].decode(BOM_CODECS[encoding]), encoding
            except UnicodeDecodeError as error:
                at = len(bom) + error.start  # offsets count from the start of the file, mark included
                raise InputError(path, f"invalid {encoding} at byte {at}: {error.reason}") from None
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
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise InputError(name, "is a folder")
        if not stat.S_ISREG(mode):  # reading a FIFO would block the run, a device might never end
            raise InputError(name, "not a regular file (a pipe, socket or device), not checked")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as error:
        raise InputError(name, f"cannot read: {error.strerror or error}") from None
    text, encoding = decode(name, data)
    return SourceFile(path, text, encoding, data)


def discover(
    path: Path,
    is_excluded: Callable[[Path], bool],
    is_included: Callable[[Path], bool],
    problems: list[str] | None = None,
) -> Iterator[Path]:
    """Files to check under ``path``: a file as given, a folder walked for included files.

    Symbolic links to folders are not followed (no loops); the walk is sorted
    so output order never depends on the file system. A folder that cannot be
    listed is added to ``problems`` rather than skipped in silence.
    """
    if not path.is_dir():
        yield path
        return

    def unreadable(error: OSError) -> None:
        if problems is not None:
            problems.append(f"{error.filename}: cannot read folder: {error.strerror or error}")

    for folder, subfolders, names in os.walk(path, onerror=unreadable, followlinks=False):
        base = Path(folder)
        subfolders[:] = sorted(d for d in subfolders if not is_excluded(base / d))
        for name in sorted(names):
            candidate = base / name
            if is_included(candidate) and not is_excluded(candidate):
                yield candidate
