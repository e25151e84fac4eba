"""Map offsets in a field's text back to offsets in the file.

A field's text is what rules read; the file is what the user sees. For plain
text and Markdown the two are the same characters, so the map is a shift. For
HTML and JSON an entity (``&amp;``) or escape (``\\u00e9``) is one character in
the field and several in the file: such a piece is *atomic*, and any offset
inside it maps to the whole of it.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of field text ``[start, start+length)`` and where it came from."""

    start: int
    length: int
    source_start: int
    source_end: int

    @property
    def literal(self) -> bool:
        """True when every character maps one to one onto the source."""
        return self.source_end - self.source_start == self.length


class SourceMap:
    """Field offset -> source offset, built from literal and atomic pieces."""

    __slots__ = ("_length", "_pieces", "_starts")

    def __init__(self, pieces: list[Piece] | None = None) -> None:
        self._pieces: list[Piece] = []
        self._starts: list[int] = []
        self._length = 0
        for piece in pieces or ():
            self._append(piece)

    @classmethod
    def shift(cls, source_start: int, length: int) -> SourceMap:
        """The map of a field that is a verbatim slice of the source."""
        return cls([Piece(0, length, source_start, source_start + length)])

    def _append(self, piece: Piece) -> None:
        if piece.length == 0:
            return
        self._pieces.append(piece)
        self._starts.append(piece.start)
        self._length = piece.start + piece.length

    def add_literal(self, source_start: int, length: int) -> None:
        """Append ``length`` characters copied verbatim from ``source_start``."""
        last = self._pieces[-1] if self._pieces else None
        if last and last.literal and last.source_end == source_start:
            merged = Piece(last.start, last.length + length, last.source_start, source_start + length)
            self._pieces[-1] = merged
            self._length = merged.start + merged.length
            return
        self._append(Piece(self._length, length, source_start, source_start + length))

    def add_atomic(self, length: int, source_start: int, source_end: int) -> None:
        """Append ``length`` characters that stand for ``source[source_start:source_end]``."""
        self._append(Piece(self._length, length, source_start, source_end))

    def __len__(self) -> int:
        return self._length

    def _piece_at(self, offset: int) -> Piece:
        index = max(bisect_right(self._starts, offset) - 1, 0)
        return self._pieces[index]

    def start(self, offset: int) -> int:
        """Source offset of the character at field ``offset`` (a span start)."""
        if not self._pieces:
            return 0
        if offset >= self._length:
            return self._pieces[-1].source_end
        piece = self._piece_at(offset)
        if piece.literal:
            return piece.source_start + (offset - piece.start)
        return piece.source_start

    def end(self, offset: int) -> int:
        """Source offset just after field ``offset - 1`` (a span end, exclusive)."""
        if not self._pieces:
            return 0
        if offset <= 0:
            return self._pieces[0].source_start
        piece = self._piece_at(offset - 1)
        if piece.literal:
            return piece.source_start + (offset - piece.start)
        return piece.source_end

    def compose(self, outer: SourceMap) -> SourceMap:
        """Chain this map (field -> middle) with ``outer`` (middle -> source).

        Used for HTML held inside a JSON string (ninjs ``body_html``).
        """
        result = SourceMap()
        for piece in self._pieces:
            if not piece.literal:
                result.add_atomic(piece.length, outer.start(piece.source_start), outer.end(piece.source_end))
                continue
            for offset in range(piece.length):
                middle = piece.source_start + offset
                src_start, src_end = outer.start(middle), outer.end(middle + 1)
                if src_end - src_start == 1:
                    result.add_literal(src_start, 1)
                else:
                    result.add_atomic(1, src_start, src_end)
        return result
