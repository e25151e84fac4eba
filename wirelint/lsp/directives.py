"""Where "disable here" puts its comment: the inline suppression ``wirelint check`` honours
(see :mod:`wirelint.suppressions`), in the comment syntax of the format.

An HTML comment on its own line before the paragraph in Markdown, inline before the text in
HTML, and a ``#`` comment line in plain text and in Markdown front matter. JSON has no
comments, so it gets no such action.
"""

from __future__ import annotations

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


_last_spans: tuple[Document, list[tuple[int, int]]] | None = None


def _block_spans(document: Document) -> list[tuple[int, int]]:
    """Each block's source span, worked out once per document (the lint asks for every finding:
    mapping every block again for each one cost 44% of an editor re-lint with 270 findings)."""
    global _last_spans
    last = _last_spans
    if last is None or last[0] is not document:
        last = _last_spans = (document, [block.source_span(0, len(block.text)) for block in document.blocks])
    return last[1]


def directive_insertion(document: Document, offset: int, code: str) -> tuple[int, str] | None:
    """Where to insert a suppression of ``code`` that covers ``offset``, and the text to insert."""
    if document.format in _NO_COMMENTS:
        return None
    anchor = offset
    for start, end in _block_spans(document):
        if start <= offset <= end:
            anchor = start
            break
    if document.format == "html":
        return anchor, f"<!-- wirelint: disable={code} -->"
    source = document.source
    line = _line_start(source, anchor)
    front_matter = _FRONT_MATTER.match(source) if document.format == "markdown" else None
    if document.format == "markdown" and not (front_matter and anchor < front_matter.end()):
        return line, f"<!-- wirelint: disable={code} -->{_line_break(source)}"
    return line, f"# wirelint: disable={code}{_line_break(source)}"
