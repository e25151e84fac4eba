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


class _Layout:
    """What placing a comment needs of one document, worked out once for all its findings: each
    block's source span, and the file's line break."""

    def __init__(self, spans: list[tuple[int, int]], line_break: str = "\n", front_matter_end: int = -1) -> None:
        self.spans = spans
        self.starts = [start for start, _ in spans]
        self.ordered = all(a[1] <= b[0] for a, b in pairwise(spans))
        """Spans in order and apart, so the first one holding an offset is found by bisection."""
        self.line_break = line_break
        self.front_matter_end = front_matter_end

    @classmethod
    def of(cls, document: Document) -> _Layout:
        spans = [block.source_span(0, len(block.text)) for block in document.blocks]
        front_matter = _FRONT_MATTER.match(document.source) if document.format == "markdown" else None
        return cls(spans, _line_break(document.source), front_matter.end() if front_matter else -1)

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


_last: tuple[Document, _Layout] | None = None


def _layout(document: Document) -> _Layout:
    """The layout of the document being linted (the lint asks for every finding: working it out
    again for each one was 44% of an editor re-lint with 270 findings, then a scan of every
    block per finding)."""
    global _last
    last = _last
    if last is None or last[0] is not document:
        last = _last = (document, _Layout.of(document))
    return last[1]


def directive_insertion(document: Document, offset: int, code: str) -> tuple[int, str] | None:
    """Where to insert a suppression of ``code`` that covers ``offset``, and the text to insert."""
    if document.format in _NO_COMMENTS:
        return None
    layout = _layout(document)
    anchor = layout.anchor(offset)
    if document.format == "html":
        return anchor, f"<!-- wirelint: disable={code} -->"
    line = _line_start(document.source, anchor)
    if document.format == "markdown" and not anchor < layout.front_matter_end:
        return line, f"<!-- wirelint: disable={code} -->{layout.line_break}"
    return line, f"# wirelint: disable={code}{layout.line_break}"
