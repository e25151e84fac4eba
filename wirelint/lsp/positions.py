"""Code-point offsets <-> LSP positions, and applying an editor's text changes.

wirelint works in offsets into the decoded text (code points). LSP positions
are a zero-based line and a column counted in the negotiated encoding: UTF-16
code units unless the client offers UTF-8 or UTF-32. An emoji is one code
point but two UTF-16 units, so the two must never be mixed up.

Lines end only at ``\\n``, ``\\r\\n`` or ``\\r``, as the LSP specification
says (and as :meth:`wirelint.document.Document.position` counts). Python's
``str.splitlines`` also breaks at U+2028, U+0085 and form feeds, which news
copy does contain, so it is not used here. Positions past the end of a line
or of the text are clamped, as the specification asks, so a confused client
cannot make the server fail.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from lsprotocol import types

from wirelint import lines

UTF8 = types.PositionEncodingKind.Utf8.value
UTF16 = types.PositionEncodingKind.Utf16.value
UTF32 = types.PositionEncodingKind.Utf32.value


def units(text: str, encoding: str = UTF16) -> int:
    """Length of ``text`` in the code units of ``encoding``."""
    if encoding == UTF32 or text.isascii():
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _char_units(char: str, encoding: str) -> int:
    point = ord(char)
    if encoding == UTF8:
        return 1 if point < 0x80 else 2 if point < 0x800 else 3 if point < 0x10000 else 4
    return 2 if point > 0xFFFF else 1


def code_points(text: str, count: int, encoding: str = UTF16) -> int:
    """How many code points of ``text`` the first ``count`` code units cover.

    A count that ends inside a character (half a surrogate pair) rounds down
    to the start of that character.
    """
    if encoding == UTF32 or text.isascii():
        return min(count, len(text))
    used = 0
    for index, char in enumerate(text):
        used += _char_units(char, encoding)
        if used > count:
            return index
    return len(text)


class LineIndex:
    """LSP positions of a text: :class:`wirelint.lines.LineIndex` with columns in ``encoding``'s units."""

    __slots__ = ("encoding", "lines", "text")

    def __init__(self, text: str, encoding: str = UTF16) -> None:
        self.text = text
        self.encoding = encoding
        self.lines = lines.LineIndex(text)

    @property
    def starts(self) -> list[int]:
        return self.lines.starts

    def position(self, offset: int) -> types.Position:
        """The LSP position of a code-point offset (clamped into the text)."""
        line, offset = self.lines.line_of(offset)
        start = self.starts[line]
        return types.Position(line=line, character=units(self.text[start:offset], self.encoding))

    def units_at(self, offset: int) -> tuple[int, int]:
        """``(line, character)`` of :meth:`position`, as a plain tuple: :meth:`position`'s steps written
        out, as the server asks this twice for each of 270 findings on every edit."""
        text, starts = self.text, self.lines.starts
        offset = max(0, min(offset, len(text)))
        line = bisect_right(starts, offset) - 1
        piece = text[starts[line] : offset]
        if self.encoding == UTF32 or piece.isascii():
            return line, len(piece)
        return line, units(piece, self.encoding)

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(start=self.position(start), end=self.position(end))

    def offset(self, position: types.Position) -> int:
        """The code-point offset of an LSP position, clamped to the line and the text."""
        if position.line >= len(self.starts):
            return len(self.text)
        start = self.starts[position.line]
        content = self.text[start : self.lines.line_end(position.line)]
        return start + code_points(content, position.character, self.encoding)

    def span(self, range_: types.Range) -> tuple[int, int]:
        """Offsets of an LSP range, in order even when the client sent them reversed."""
        start, end = self.offset(range_.start), self.offset(range_.end)
        return (start, end) if start <= end else (end, start)


def apply_changes(text: str, changes: Iterable[types.TextDocumentContentChangeEvent], encoding: str = UTF16) -> str:
    """The text after a ``didChange``'s edits, applied one after the other."""
    for change in changes:
        if isinstance(change, types.TextDocumentContentChangePartial):
            start, end = LineIndex(text, encoding).span(change.range)
            text = text[:start] + change.text + text[end:]
        else:
            text = change.text
    return text
