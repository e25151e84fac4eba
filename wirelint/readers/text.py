"""Plain text (``.txt`` and unknown text files).

The first non-empty line is the headline when it reads like one; a short
line after it without a final full stop is the standfirst. Paragraphs are
split on blank lines, and also on indented lines when paragraphs are
marked by indentation (wire copy, with or without a blank line after its
headline); a file with no blank lines and no indentation has one paragraph
per line.
A line that is a suppression comment is not text.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from itertools import pairwise

from wirelint.document import Article, Block, Document
from wirelint.lazy_pattern import LazyPattern
from wirelint.sourcemap import SourceMap
from wirelint.suppressions import is_directive_line
from wirelint.text.captions import looks_like_caption
from wirelint.text.datelines import is_standalone_dateline

_LINE = LazyPattern(r"[^\r\n]*(?:\r\n|\r|\n)?")
MAX_HEADLINE = 150
MAX_HEADLINE_WORDS = 25
MAX_STANDFIRST = 300


@dataclass(slots=True)
class Line:
    start: int
    text: str  # without the line break

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def indented(self) -> bool:
        return self.text[:2].isspace() and not self.blank


def split_lines(source: str) -> list[Line]:
    lines = []
    for match in _LINE.finditer(source):
        if match.start() == match.end():
            break
        lines.append(Line(match.start(), match.group().rstrip("\r\n")))
    return lines


def paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Group lines into paragraphs (see module docstring).

    Blank lines always end a paragraph. Within the groups they make, an
    indented line starts a paragraph when the text marks its paragraphs by
    indentation (:func:`_marks_paragraphs_by_indent`: a wire story written as
    a headline, a blank line and indented paragraphs), and either
    hard-wrapped paragraphs (a line back at the margin after an indented one)
    or no more than a headline and a body between blank lines. Indented lines
    inside a story laid out by blank lines are a quoted chorus, a list or a
    table, each line not a paragraph of its own. With no blank line and no
    indentation, every line is a paragraph.
    """
    has_blank_separator = any(line.blank and 0 < i < len(lines) - 1 for i, line in enumerate(lines))
    if has_blank_separator:
        uses_indents = _marks_paragraphs_by_indent(lines) and (_wrapped_after_indent(lines) or _groups(lines) <= 2)
    else:
        uses_indents = sum(line.indented for line in lines) >= 2
    groups: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.blank:
            if current:
                groups.append(current)
            current = []
            continue
        starts_new = (not has_blank_separator and not uses_indents) or (uses_indents and line.indented)
        if starts_new and current:
            groups.append(current)
            current = []
        current.append(line)
    if current:
        groups.append(current)
    return groups


def _wrapped_after_indent(lines: list[Line]) -> bool:
    """A line of text at the margin right after an indented one: an indented paragraph wrapped onto it."""
    return any(before.indented and not line.indented and not line.blank for before, line in pairwise(lines))


def _groups(lines: list[Line]) -> int:
    """How many runs of lines of text blank lines make."""
    return sum(not line.blank and (index == 0 or lines[index - 1].blank) for index, line in enumerate(lines))


_ENDS_SENTENCE = LazyPattern(r"""[.!?:;"'”’)\]>\d%]\s*$""")


def _marks_paragraphs_by_indent(lines: list[Line]) -> bool:
    """At least two indented lines follow a line of text (an indented first line after a blank line marks
    nothing new), and most of them follow a line that ends a sentence or is indented itself (a table row):
    the continuation lines of a hanging indent follow a line that runs on, and stay in its paragraph."""
    inside = ends = 0
    for before, line in pairwise(lines):
        if line.indented and not before.blank:
            inside += 1
            ends += before.indented or bool(_ENDS_SENTENCE.search(before.text))
    return inside >= 2 and 2 * ends >= inside


def make_block(source: str, lines: list[Line], field: str, paragraph: int = 0, inferred: bool = False) -> Block:
    """A block covering ``lines`` with surrounding white space trimmed."""
    start = lines[0].start
    end = lines[-1].start + len(lines[-1].text)
    while start < end and source[start].isspace():
        start += 1
    while end > start and source[end - 1].isspace():
        end -= 1
    return Block(field, sys.intern(source[start:end]), SourceMap.shift(start, end - start), paragraph, inferred)


def reads_like_headline(text: str) -> bool:
    text = text.strip()
    return (
        0 < len(text) <= MAX_HEADLINE
        and len(text.split()) <= MAX_HEADLINE_WORDS
        and not text.endswith((".", ":", ";", ","))
        and not is_standalone_dateline(text)
    )


def reads_like_standfirst(text: str) -> bool:
    text = text.strip()
    return (
        0 < len(text) <= MAX_STANDFIRST
        and not text.endswith((".", ":"))
        and not is_standalone_dateline(text)
        and not looks_like_caption(text)  # a picture pasted under the headline brings its caption
    )


def body_blocks(source: str, groups: list[list[Line]], first_paragraph: int = 0) -> list[Block]:
    """Body paragraphs, with caption-like lines split out as inferred captions."""
    blocks: list[Block] = []
    number = first_paragraph
    for group in groups:
        run: list[Line] = []
        for line in group:
            if looks_like_caption(line.text):
                if run:
                    blocks.append(make_block(source, run, "body", number))
                    number += 1
                    run = []
                blocks.append(make_block(source, [line], "caption", inferred=True))
            else:
                run.append(line)
        if run:
            blocks.append(make_block(source, run, "body", number))
            number += 1
    return blocks


class TextReader:
    format = "text"
    extensions = (".txt", ".text")

    def read(self, path: str, source: str) -> Document:
        lines = [line for line in split_lines(source) if not is_directive_line(line.text)]
        groups = paragraphs(lines)
        blocks: list[Block] = []
        if groups and len(groups[0]) == 1 and is_standalone_dateline(groups[0][0].text):
            blocks.append(make_block(source, groups.pop(0), "dateline"))
        elif groups and len(groups[0]) == 1 and reads_like_headline(groups[0][0].text) and len(groups) > 1:
            blocks.append(make_block(source, groups.pop(0), "headline"))
            if len(groups) > 1 and len(groups[0]) == 1 and reads_like_standfirst(groups[0][0].text):
                blocks.append(make_block(source, groups.pop(0), "standfirst"))
        blocks.extend(body_blocks(source, groups))
        return Document(path, source, self.format, [Article(blocks)])
