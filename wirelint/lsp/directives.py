"""Where "disable here" puts its comment: the inline suppression ``wirelint check`` honours
(see :mod:`wirelint.suppressions`), in the comment syntax of the format.

An HTML comment on its own line before the paragraph in Markdown, inline before the text in
HTML, and a ``#`` comment line in plain text and in Markdown front matter. JSON has no
comments, so it gets no such action.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import pairwise

import regex

from wirelint.document import Document
from wirelint.lazy_pattern import LazyPattern

_FRONT_MATTER = LazyPattern(
    r"\A(?P<fence>---|\+\+\+)[ \t]*\r?\n.*?^(?:(?P=fence)|\.\.\.)[ \t]*$", regex.MULTILINE | regex.DOTALL
)
_NO_COMMENTS = {"json", "jsonl"}


def _line_start(source: str, offset: int) -> int:
    return max(source.rfind("\n", 0, offset), source.rfind("\r", 0, offset)) + 1


def _line_break(source: str) -> str:
    match = regex.search(r"\r\n|\r|\n", source)
    return match.group() if match else "\n"


class Layout:
    """What placing a comment needs of one document: its format, each block's source span, the file's
    line break and where Markdown front matter ends. Plain data, worked out once per lint in the lint
    process and sent with the findings, so that a comment's place is found only when a code action asks
    for it (working it out for each of 270 findings on every edit cost 0.7 ms of its CPU)."""

    __slots__ = ("format", "front_matter_end", "line_break", "ordered", "spans", "starts")

    def __init__(
        self, spans: list[tuple[int, int]], line_break: str = "\n", front_matter_end: int = -1, format: str = "text"
    ) -> None:
        self.format = format
        self.spans = spans
        self.starts = [start for start, _ in spans]
        self.ordered = all(a[1] <= b[0] for a, b in pairwise(spans))
        """Spans in order and apart, so the first one holding an offset is found by bisection."""
        self.line_break = line_break
        self.front_matter_end = front_matter_end

    def __getstate__(self) -> tuple[list[tuple[int, int]], str, int, str]:
        return self.spans, self.line_break, self.front_matter_end, self.format

    def __setstate__(self, state: tuple[list[tuple[int, int]], str, int, str]) -> None:
        self.__init__(*state)  # type: ignore[misc]

    @classmethod
    def of(cls, document: Document) -> Layout:
        spans = [block.source_span(0, len(block.text)) for block in document.blocks]
        front_matter = _FRONT_MATTER.match(document.source) if document.format == "markdown" else None
        return cls(spans, _line_break(document.source), front_matter.end() if front_matter else -1, document.format)

    def anchor(self, offset: int) -> int:
        """The start of the first block whose span holds ``offset``, else ``offset``."""
        if not self.ordered:
            return next((start for start, end in self.spans if start <= offset <= end), offset)
        at = first = bisect_right(self.starts, offset) - 1
        while first > 0 and self.spans[first - 1][1] >= offset:  # those before may end at ``offset``
            first -= 1
        for start, end in self.spans[max(first, 0) : at + 1]:
            if start <= offset <= end:
                return start
        return offset

    def insertion(self, source: str, offset: int, code: str) -> tuple[int, str] | None:
        """Where to insert a suppression of ``code`` that covers ``offset`` in ``source`` (the text this
        layout is of), and the text to insert."""
        if self.format in _NO_COMMENTS:
            return None
        anchor = self.anchor(offset)
        if self.format == "html":
            return anchor, f"<!-- wirelint: disable={code} -->"
        line = _line_start(source, anchor)
        if self.format == "markdown" and not anchor < self.front_matter_end:
            return line, f"<!-- wirelint: disable={code} -->{self.line_break}"
        return line, f"# wirelint: disable={code}{self.line_break}"

