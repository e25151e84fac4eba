"""Where markdown-it-py's inline content and tokens are in the file.

markdown-it-py gives each block its source lines, but not the column of any
inline token, and the inline content it parses is not a slice of the file:
container markers (``>``, list markers) and indentation are cut from each line,
tabs there may become spaces, and U+0000 becomes U+FFFD. So the content is
aligned with the file line by line (:class:`Segment`: the source offset of each
of its characters), and the inline tokens are then found in the content, in
order (:func:`inline_marks`). Every character of the content belongs to exactly
one token or is skipped white space, so each token is found where the parser
read it; link tails are measured with markdown-it-py's own link rules, not
re-parsed here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline, image, link
from markdown_it.token import Token

from wirelint.readers.html import Atom
from wirelint.readers.text import Line

_UNLINKED = re.compile(
    r"\[\^[^\]\s]+\]"  # footnote reference
    r"|(?:https?://|www\.)[^\s<>()]+(?<![.,;:!?'\"])"  # bare URL (a final full stop is text)
)
_EMPHASIS = frozenset(("em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"))


class Lost(Exception):
    """An inline token was not where the content says it must be (never seen in tests; the caller degrades)."""

    marks: Marks
    """What was found before the walk got lost."""


@dataclass
class Segment:
    """Inline content as markdown-it-py reads it and the source offset of each character.

    ``where[i]`` is the file offset of ``text[i]``, or -1 for white space that
    is not text (indentation a line starts with). A ``"\\n"`` maps to the
    start of the line break in the file, ``breaks`` gives that break's length.
    """

    text: str
    where: list[int]
    lines: list[tuple[int, int]] = field(default_factory=list)
    """Per line of ``text``: the range of its characters that are text (no indentation)."""
    breaks: dict[int, int] = field(default_factory=dict)
    """Source offset of a line break -> its length (2 for CRLF)."""

    def is_text(self, index: int) -> bool:
        """True when content character ``index`` is text (not indentation or a line break)."""
        number = bisect_right(self.lines, (index, len(self.text) + 1)) - 1
        return number >= 0 and self.lines[number][0] <= index < self.lines[number][1]

    def first_text(self, low: int, high: int) -> int | None:
        return next((index for index in range(low, high) if self.is_text(index)), None)

    def last_text(self, low: int, high: int) -> int | None:
        return next((index for index in range(high - 1, low - 1, -1) if self.is_text(index)), None)

    def atoms(self, source: str, start: int, end: int) -> tuple[list[Atom], Placed]:
        """Literal atoms for ``text[start:end]`` (line by line, each line verbatim from the file),
        and how content offsets become offsets in the text they spell."""
        atoms: list[Atom] = []
        anchors: list[tuple[int, int, int]] = []
        length = 0
        for number, (low, high) in enumerate(self.lines):
            low, high = max(low, start), min(high, end)
            if low < high:
                first, last = self.where[low], self.where[high - 1] + 1
                anchors.append((low, first, length))
                atoms.append(Atom(source[first:last], first, last))
                length += last - first
            newline = self.lines[number][1]
            if newline < len(self.text) and start <= newline and newline + 1 < end and atoms:
                at = self.where[newline]
                size = self.breaks.get(at, 1)
                atoms.append(Atom(source[at : at + size], at, at + size))
                length += size
        return atoms, Placed(self, anchors)


class Placed:
    """A field built from part of a segment: turns content offsets into field offsets."""

    def __init__(self, segment: Segment, anchors: list[tuple[int, int, int]]) -> None:
        self.segment = segment
        self.anchors = anchors
        self.starts = [anchor[0] for anchor in anchors]

    def offset(self, index: int) -> int:
        """The field offset of content character ``index`` (a text character)."""
        _, first, offset = self.anchors[max(bisect_right(self.starts, index) - 1, 0)]
        return offset + self.segment.where[index] - first

    def spans(self, spans: Sequence[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
        """Content spans, clipped to ``[start, end)``, as field spans from their first to their last text character."""
        found = []
        for low, high in spans:
            first = self.segment.first_text(max(low, start), min(high, end))
            last = self.segment.last_text(max(low, start), min(high, end))
            if first is not None and last is not None:
                found.append((self.offset(first), self.offset(last) + 1))
        return found


def _line_break(source: str, line: Line, following: Line | None) -> int:
    end = line.start + len(line.text)
    return (following.start if following is not None else len(source)) - end


def align_lines(source: str, lines: list[Line], first: int, content: str, normalised: str) -> Segment | None:
    """Align ``content`` (one part per line, from line ``first`` on) with the file; None when it does not fit.

    Each part, without its leading indentation, is the end of its line in the
    file (the last part may be followed by trimmed white space).
    """
    parts = content.split("\n")
    if first + len(parts) > len(lines):
        return None
    where: list[int] = []
    segment = Segment(content, where)
    for number, part in enumerate(parts):
        line = lines[first + number]
        text = normalised[line.start : line.start + len(line.text)]
        stripped = part.lstrip(" \t")
        lead = len(part) - len(stripped)
        if number < len(parts) - 1 or not stripped:
            column = len(text) - len(stripped)
            if not text.endswith(stripped) and stripped:
                return None
        else:
            column = text.rfind(stripped)
            if column < 0 or text[column + len(stripped) :].strip():
                return None
        where.extend([-1] * lead)
        low = len(where)
        where.extend(range(line.start + column, line.start + column + len(stripped)))
        segment.lines.append((low, len(where)))
        if number < len(parts) - 1:
            following = lines[first + number + 1] if first + number + 1 < len(lines) else None
            end = line.start + len(line.text)
            segment.breaks[end] = _line_break(source, line, following)
            where.append(end)
    return segment


def located_segment(content: str, offsets: list[int], breaks: dict[int, int] | None = None) -> Segment:
    """A one-line segment (or lines split by ``"\\n"``) whose character offsets are known."""
    segment = Segment(content, offsets, breaks=breaks or {})
    low = 0
    for index, char in enumerate(content + "\n"):
        if char == "\n":
            high = index
            while low < high and offsets[low] < 0:
                low += 1
            segment.lines.append((low, high))
            low = index + 1
    return segment


@dataclass
class Marks:
    """What inline markup means for a segment, in content offsets."""

    masked: list[tuple[int, int]] = field(default_factory=list)
    """Never reported: code spans, raw HTML, link destinations and reference labels, autolinks,
    and in text, footnote references and bare URLs (addresses, not prose)."""
    images: list[tuple[int, int]] = field(default_factory=list)
    alts: list[tuple[int, int]] = field(default_factory=list)
    """The alt text of each image (a caption)."""
    hidden: list[tuple[int, int]] = field(default_factory=list)
    """Masked spans and whole images, sorted (set by :meth:`sort`)."""

    def sort(self) -> Marks:
        self.masked.sort()
        self.images.sort()
        self.alts.sort()
        self.hidden = sorted(self.masked + self.images)
        return self


class _Walk:
    """Finds each inline token in the content, left to right."""

    def __init__(self, text: str, md: MarkdownIt, env: dict[str, Any]) -> None:
        self.text = text
        self.position = 0
        self.marks = Marks()
        self.md, self.env = md, env
        self.state: StateInline | None = None  # made for the first link or image

    def find(self, needle: str, limit: int) -> int:
        index = self.text.find(needle, self.position, limit)
        if index < 0 or not needle:
            raise Lost(needle)
        return index

    def tail(self, start: int, limit: int, rule: Any, label_from: int, nested: bool) -> tuple[int, int]:
        """End of the label and end of the whole link or image that starts at ``start``."""
        if self.state is None:
            self.state = StateInline(self.text, self.md, self.env, [])
        state = self.state
        state.pos, state.posMax = start, limit
        if not rule(state, True):
            raise Lost(self.text[start:limit])
        end = state.pos
        label_end = state.md.helpers.parseLinkLabel(state, label_from, nested)
        state.pos = 0
        if label_end < 0:
            raise Lost(self.text[start:end])
        return label_end, end

    def walk(self, tokens: list[Token], limit: int) -> None:
        links: list[tuple[int, int]] = []
        index = 0
        while index < len(tokens):
            token = tokens[index]
            kind = token.type
            if kind == "text":
                if token.content:
                    start = self.find(token.content, limit)
                    self.position = start + len(token.content)
                    for found in _UNLINKED.finditer(token.content):
                        self.marks.masked.append((start + found.start(), start + found.end()))
            elif kind == "text_special":
                self.position = self.find(token.markup, limit) + len(token.markup)
            elif kind in ("softbreak", "hardbreak"):
                self.position = self.find("\n", limit) + 1
            elif kind == "code_inline":
                self.code(token.markup, limit)
            elif kind == "html_inline":
                start = self.find(token.content, limit)
                self.position = start + len(token.content)
                self.marks.masked.append((start, self.position))
            elif kind in _EMPHASIS:
                self.position = self.find(token.markup, limit) + len(token.markup)
            elif kind == "link_open" and token.info == "auto":
                start = self.find("<", limit)
                self.position = self.find(">", limit) + 1
                self.marks.masked.append((start, self.position))
                while index < len(tokens) and tokens[index].type != "link_close":
                    index += 1
            elif kind == "link_open":
                start = self.find("[", limit)
                links.append(self.tail(start, limit, link, start, True))
                self.position = start + 1
            elif kind == "link_close" and links:
                label_end, end = links.pop()
                if self.position > label_end:
                    raise Lost("]")
                if end > label_end + 1:
                    self.marks.masked.append((label_end + 1, end))
                self.position = end
            elif kind == "image":
                self.image(token, limit)
            index += 1

    def code(self, markup: str, limit: int) -> None:
        run = re.compile(rf"(?<!`){re.escape(markup)}(?!`)")
        opening = run.search(self.text, self.position, limit)
        closing = run.search(self.text, opening.end(), limit) if opening else None
        if opening is None or closing is None:
            raise Lost(markup)
        self.marks.masked.append((opening.start(), closing.end()))
        self.position = closing.end()

    def image(self, token: Token, limit: int) -> None:
        start = self.find("![", limit)
        label_end, end = self.tail(start, limit, image, start + 1, False)
        self.position = start + 2
        self.walk(token.children or [], label_end)
        self.marks.images.append((start, end))
        self.marks.alts.append((start + 2, label_end))
        self.position = end


def inline_marks(segment: Segment, tokens: list[Token], md: MarkdownIt, env: dict[str, Any]) -> Marks:
    """Masks, images and alt texts of a segment whose inline tokens are ``tokens``."""
    walk = _Walk(segment.text, md, env)
    try:
        walk.walk(tokens, len(segment.text))
    except Lost as lost:
        lost.marks = walk.marks.sort()
        raise
    return walk.marks.sort()
