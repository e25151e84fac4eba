"""The one line index: where each line of a text starts, and offsets <-> (line, column).

Offsets and columns count code points. Lines end only at ``\\r\\n``, ``\\r`` or
``\\n`` (as the LSP specification says; ``str.splitlines`` also breaks at U+2028,
U+0085 and form feeds, which news copy does contain). Findings' 1-based
positions, the JSON reader's error positions and the language server's UTF-16
positions (``wirelint.lsp.positions``) all come from here.
"""

from __future__ import annotations

from bisect import bisect_right

from wirelint.lazy_pattern import LazyPattern

_LINE_BREAK = LazyPattern(r"\r\n|\r|\n")


class LineIndex:
    """Line starts of one text, for converting positions in both directions."""

    __slots__ = ("starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = starts = [0]
        if "\r" in text:
            starts.extend(match.end() for match in _LINE_BREAK.finditer(text))
            return
        at = text.find("\n")  # only \n breaks lines: str.find is 7x the pattern (an edit indexes 3 times)
        while at >= 0:
            starts.append(at + 1)
            at = text.find("\n", at + 1)

    def line_of(self, offset: int) -> tuple[int, int]:
        """The 0-based line of ``offset`` (clamped into the text) and the offset clamped."""
        offset = max(0, min(offset, len(self.text)))
        return bisect_right(self.starts, offset) - 1, offset

    def position(self, offset: int) -> tuple[int, int]:
        """1-based ``(line, column)`` of an offset, the column in code points."""
        line, offset = self.line_of(offset)
        return line + 1, offset - self.starts[line] + 1

    def offset(self, line: int, column: int) -> int:
        """Inverse of :meth:`position`."""
        return self.starts[line - 1] + column - 1

    def line_end(self, line: int) -> int:
        """Offset of the end of 0-based ``line``'s content (before its line break)."""
        if line + 1 < len(self.starts):
            end = self.starts[line + 1] - 1
            if self.text[end] == "\n" and end > self.starts[line] and self.text[end - 1] == "\r":
                end -= 1
            return end
        return len(self.text)
