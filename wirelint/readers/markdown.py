"""Markdown (``.md``, ``.markdown``) with optional YAML or TOML front matter.

Front matter is read by :mod:`wirelint.readers.frontmatter`. The body is
parsed by markdown-it-py (CommonMark, plus GitHub-style tables), so block
structure is the standard's: setext headings, lazy continuation lines, nested
lists and block quotes, HTML blocks. Without a front-matter headline the first
level-1 heading is the headline; other headings, paragraphs, list items, block
quotes and table cells are body blocks, and a line that reads like a photo
caption is a caption. Code blocks, thematic breaks and link reference
definitions are not text; an HTML block is read as HTML.

Every block is verbatim source: markdown-it-py says which lines a block has
and what its inline content is, and :mod:`wirelint.readers.markdown_inline`
finds that content and each inline token in the file. Emphasis markers stay in
the text; code spans, raw HTML, autolinks, link destinations and reference
labels, footnote references and bare URLs are masked (never reported), and an
image's alt text is a caption.

Containers nested deeper than ``DEEP_LEVEL`` are not parsed further (no
recursion): their lines are read as plain text without their markers.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.token import Token

from wirelint.document import Article, Block, Document
from wirelint.readers.frontmatter import front_matter
from wirelint.readers.html import Atom, build_block, parse_html_fragment
from wirelint.readers.markdown_inline import Lost, Marks, Segment, align_lines, inline_marks, located_segment
from wirelint.readers.text import Line, split_lines
from wirelint.suppressions import is_directive_line
from wirelint.text.captions import looks_like_caption
from wirelint.text.datelines import is_standalone_dateline

MAX_NESTING = 32
"""markdown-it-py's nesting limit (block and inline)."""
DEEP_LEVEL = 24
"""Token nesting level from which container lines are read as plain text (below MAX_NESTING)."""

_CONTAINER_MARKS = re.compile(r"(?:[ \t]*(?:>|(?:[-+*]|[0-9]{1,9}[.)])(?=[ \t]|$)))*[ \t]*")


def _deep_text(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """Past ``DEEP_LEVEL``, lines up to a blank line are one plain-text token (markers and all)."""
    if state.level < DEEP_LEVEL:
        return False
    if silent:
        return True
    line = start + 1
    while line < end and not state.isEmpty(line) and state.sCount[line] >= state.blkIndent:
        line += 1
    token = state.push("deep_text", "", 0)
    token.map = [start, line]
    state.line = line
    return True


@cache
def parser() -> MarkdownIt:
    """The CommonMark parser with tables; text tokens are left unjoined so each keeps its source form."""
    md = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable("table").disable("text_join")
    md.block.ruler.before("table", "deep_text", _deep_text)
    return md


def _merge_spans(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Sorted spans with overlapping ones joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _within(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The spans (sorted) that lie inside ``[start, end)``."""
    found = []
    for index in range(bisect_left(spans, (start, start)), len(spans)):
        low, high = spans[index]
        if low >= end:
            break
        if high <= end:
            found.append((low, high))
    return found


def _overlapping(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The spans (sorted) that overlap ``[start, end)``."""
    return [(low, high) for low, high in spans[: bisect_left(spans, (end, end))] if high > start]


class _Body:
    """Turns markdown-it-py's tokens for the body into blocks."""

    def __init__(self, source: str, lines: list[Line], first: int) -> None:
        self.source = source
        self.normalised = source.replace("\0", "\ufffd") if "\0" in source else source
        self.lines = lines
        self.first = first
        self.env: dict[str, Any] = {}
        self.starts = [line.start for line in lines]
        self.cursors: dict[int, int] = {}
        """Per table row line: where the next cell is searched from."""

    def items(self) -> Iterator[tuple[str, int, list[Block]]]:
        """``(kind, heading level, blocks)`` in reading order; kind is "heading", "text" or "html"."""
        if self.first >= len(self.lines):
            return
        md = parser()
        tokens = md.parse(self.source[self.lines[self.first].start :], self.env)
        for index, token in enumerate(tokens):
            if token.type == "inline" and token.map is not None:
                opener = tokens[index - 1] if index else token
                if opener.type == "heading_open":
                    yield "heading", int(opener.tag[1:]), self.heading(token, opener.markup)
                elif opener.type in ("th_open", "td_open"):
                    yield "text", 0, self.cell(token)
                else:
                    yield "text", 0, self.paragraph(self.first + token.map[0], token)
            elif token.type == "html_block" and token.map is not None:
                yield "html", 0, self.html(token)
            elif token.type == "deep_text" and token.map is not None:
                segment = self.plain_segment(self.first + token.map[0], self.first + token.map[1])
                yield "text", 0, self.runs(segment, self.reparse(segment))

    # -- segments: inline content and where it is --------------------------------------

    def line_text(self, index: int) -> str:
        line = self.lines[index]
        return self.normalised[line.start : line.start + len(line.text)]

    def plain_segment(self, first: int, last: int) -> Segment:
        """Lines ``[first, last)`` without their container markers (a fallback: no Markdown structure)."""
        parts, where, breaks = [], [], {}
        for index in range(first, min(last, len(self.lines))):
            line, text = self.lines[index], self.line_text(index)
            cut = _CONTAINER_MARKS.match(text).end()  # type: ignore[union-attr]
            if parts:
                end = self.lines[index - 1].start + len(self.lines[index - 1].text)
                breaks[end] = line.start - end
                where.append(end)
            parts.append(text[cut:])
            where.extend(range(line.start + cut, line.start + len(text)))
        return located_segment("\n".join(parts), where, breaks)

    def reparse(self, segment: Segment) -> Marks:
        children = parser().parseInline(segment.text, self.env)[0].children or []
        return self.marks(segment, children)

    def marks(self, segment: Segment, children: list[Token]) -> Marks:
        try:
            return inline_marks(segment, children, parser(), self.env)
        except Lost as lost:  # keep what was found; the rest of the text is checked unmasked
            return lost.marks

    def aligned(self, first: int, token: Token) -> tuple[Segment, Marks]:
        """The segment of a paragraph-like inline token, and its marks."""
        segment = align_lines(self.source, self.lines, first, token.content, self.normalised)
        if segment is None:  # not expected: read the lines as plain text
            assert token.map is not None
            segment = self.plain_segment(first, self.first + token.map[1])
            return segment, self.reparse(segment)
        return segment, self.marks(segment, token.children or [])

    # -- blocks ------------------------------------------------------------------------

    def paragraph(self, first: int, token: Token) -> list[Block]:
        segment, marks = self.aligned(first, token)
        return self.runs(segment, marks)

    def runs(self, segment: Segment, marks: Marks) -> list[Block]:
        """Blocks of a paragraph: a line that reads like a caption is one on its own; directive lines are dropped."""
        blocks: list[Block] = []
        run: list[int] = []  # content start, content end, 1 when a caption
        for low, high in segment.lines:
            if low >= high:
                continue
            first = segment.where[low]
            line = self.lines[bisect_right(self.starts, first) - 1]
            caption = looks_like_caption(self.source[first : segment.where[high - 1] + 1])
            directive = is_directive_line(line.text)
            if run and (directive or caption or run[2]):
                blocks.extend(self.block(segment, marks, run[0], run[1], "caption" if run[2] else "body"))
                run = []
            if not directive:
                run = [run[0] if run else low, high, int(caption)]
        if run:
            blocks.extend(self.block(segment, marks, run[0], run[1], "caption" if run[2] else "body"))
        return blocks

    def block(self, segment: Segment, marks: Marks, start: int, end: int, field: str) -> list[Block]:
        """The block for content ``[start, end)`` (none when it is only images), then its images' captions."""
        captions = []
        for low, high in _within(marks.alts, start, end):
            caption = self.build(segment, low, high, "caption")
            if caption is not None:
                caption[0].masked = _merge_spans(caption[1](_within(marks.hidden, low, high)))
                captions.append(caption[0])
        built = self.build(segment, start, end, field, field == "caption")
        if built is None:
            return captions
        block, to_field = built
        block.masked = _merge_spans(to_field(_overlapping(marks.hidden, start, end)))
        outside, position = [], 0
        for low, high in to_field(_overlapping(marks.images, start, end)):
            outside.append(block.text[position:low])
            position = high
        outside.append(block.text[position:])
        if not "".join(outside).strip():
            return captions
        return [block, *captions]

    def build(
        self, segment: Segment, start: int, end: int, field: str, inferred: bool = False
    ) -> tuple[Block, Callable[[list[tuple[int, int]]], list[tuple[int, int]]]] | None:
        """A verbatim block for content ``[start, end)`` (None when it has no text), and what turns
        content spans into its spans."""
        atoms, placed = segment.atoms(self.source, start, end)
        front = 0  # what building the block trims from its start
        for atom in atoms:
            stripped = atom.text.lstrip()
            front += len(atom.text) - len(stripped)
            if stripped:
                break
        block = build_block(atoms, field, inferred=inferred)
        if block is None:
            return None

        def to_field(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
            shifted = []
            for low, high in placed.spans(spans, start, end):
                low, high = max(low - front, 0), min(high - front, len(block.text))
                if low < high:
                    shifted.append((low, high))
            return shifted

        return block, to_field

    def heading(self, token: Token, markup: str) -> list[Block]:
        assert token.map is not None
        first = self.first + token.map[0]
        if is_directive_line(self.lines[first].text):
            return []
        if markup.startswith("#"):  # ATX: the content is on the line, after the opening hashes
            text, line = self.line_text(first), self.lines[first]
            column = text.find(token.content, text.find("#") + len(markup)) if token.content else -1
            if column < 0:
                return []
            where = list(range(line.start + column, line.start + column + len(token.content)))
            segment = located_segment(token.content, where)
            marks = self.marks(segment, token.children or [])
        else:
            segment, marks = self.aligned(first, token)
        return self.block(segment, marks, 0, len(segment.text), "body")

    def cell(self, token: Token) -> list[Block]:
        """A table cell: found on its row's line after the cells before it."""
        assert token.map is not None
        index = self.first + token.map[0]
        text, line, content = self.line_text(index), self.lines[index], token.content
        if not content.strip():
            return []
        pattern = "".join(r"\\?\|" if char == "|" else re.escape(char) for char in content)
        found = re.compile(pattern).search(text, self.cursors.get(index, 0))
        if found is None:
            return []
        self.cursors[index] = found.end()
        where, position = [], found.start()
        for char in content:
            if char == "|" and text[position] == "\\":
                position += 1
            where.append(line.start + position)
            position += 1
        segment = located_segment(content, where)
        return self.runs(segment, self.marks(segment, token.children or []))

    def html(self, token: Token) -> list[Block]:
        """An HTML block read as HTML; its pieces are mapped back through the block's lines."""
        assert token.map is not None
        content = token.content[:-1] if token.content.endswith("\n") else token.content
        segment = align_lines(self.source, self.lines, self.first + token.map[0], content, self.normalised)
        if segment is None:
            segment = self.plain_segment(self.first + token.map[0], self.first + token.map[1])
        source = self.source

        def moved(atom: Atom) -> list[Atom]:
            where = segment.where
            if atom.end - atom.start != len(atom.text):  # an entity: one atomic piece
                first, last = where[atom.start], where[atom.end - 1]
                return [Atom(atom.text, first, last + 1, atom.masked)] if first >= 0 and last >= 0 else []
            pieces: list[Atom] = []
            for index in range(atom.start, atom.end):
                at = where[index]
                if segment.text[index] == "\n":
                    size = segment.breaks.get(at, 1)
                    pieces.append(Atom(source[at : at + size], at, at + size, atom.masked))
                elif at >= 0 and pieces and pieces[-1].end == at and pieces[-1].text != "\n":
                    last = pieces[-1]
                    pieces[-1] = Atom(last.text + source[at], last.start, at + 1, atom.masked)
                elif at >= 0:
                    pieces.append(Atom(source[at], at, at + 1, atom.masked))
            return pieces

        return parse_html_fragment(segment.text, moved)


class MarkdownReader:
    """Reads a Markdown article: its front matter and its body."""

    format = "markdown"
    extensions = (".md", ".markdown")

    def read(self, path: str, source: str) -> Document:
        lines = split_lines(source)
        fields, body_start = front_matter(path, source, lines)
        head: list[Block] = []
        for item in fields:
            block = build_block(item.atoms, item.field, item.escape)
            if block is not None:
                head.append(block)
        has_headline = any(block.field == "headline" for block in head)
        body: list[Block] = []
        for kind, level, blocks in _Body(source, lines, body_start).items():
            if kind == "html":
                for block in blocks:
                    if block.field == "headline" and has_headline:
                        block.field = "body"
                    has_headline = has_headline or block.field == "headline"
                    (head if block.field == "headline" else body).append(block)
                continue
            if kind == "heading" and level == 1 and not has_headline and blocks and blocks[0].field == "body":
                blocks[0].field = "headline"
                has_headline = True
                head.append(blocks.pop(0))
            body.extend(blocks)
        _number(body)
        return Document(path, source, self.format, [Article(head + body)])


def _number(body: list[Block]) -> None:
    """Number body paragraphs; a first paragraph that is only a dateline is the dateline."""
    paragraphs = [block for block in body if block.field == "body"]
    if paragraphs and "\n" not in paragraphs[0].text and is_standalone_dateline(paragraphs[0].text):
        paragraphs.pop(0).field = "dateline"
    for number, block in enumerate(paragraphs):
        block.paragraph = number
