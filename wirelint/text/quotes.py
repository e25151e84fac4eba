"""Find quoted speech in a paragraph.

Quoted speech is a span of its own because several rules treat it
differently: a naming rule does not ask a speaker to follow house style.
Both straight (``"``) and curly (``“”``) double quotes are recognised; a quote
left open runs to the end of the paragraph, as wire copy does when a quote
continues into the next paragraph.
"""

from __future__ import annotations

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.memo import per_paragraph

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
_MARK = LazyPattern("[" + regex.escape(OPENING + CLOSING + STRAIGHT) + "]")
"""Only quote marks change the state below, so the scan visits them alone."""


@per_paragraph
def quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans ``(start, end)`` of quoted speech, quote marks included."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for mark in _MARK.finditer(text):
        index, char = mark.start(), mark.group()
        if open_at is None:
            if char in OPENING or char == STRAIGHT:
                open_at = index
        elif char in CLOSING or char == STRAIGHT or (char == "“" and text[open_at] == "„"):
            spans.append((open_at, index + 1))
            open_at = None
        elif char in OPENING:
            # A new opening mark before a closing one: treat the first as closed here.
            spans.append((open_at, index))
            open_at = index
    if open_at is not None:
        spans.append((open_at, len(text)))
    return tuple(spans)
