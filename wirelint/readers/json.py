"""IPTC ninjs news items in JSON (``.json``) and JSON Lines (``.jsonl``).

The standard ``json`` module gives values but not where they are, and every
finding must point into the file. So this module has its own small parser: it
works in a loop with an explicit stack (deep nesting cannot exhaust the call
stack), decodes each string with the standard library's ``scanstring`` and
keeps, for every string value, a :class:`~wirelint.sourcemap.SourceMap` from
the decoded text to the file. An escape (``\\n``, ``\\"``, ``\\u00e9``, a
surrogate pair ``\\ud83d\\ude00``) is one atomic piece.

Fields, with both ninjs 1.x and 2.x spellings: ``headline`` (or the main entry
of ``headlines``); ``subheadline`` (or a ``sub`` headline, or the top-level
description when there is no subheadline) as the standfirst; ``body_text``
(paragraphs as in plain text) or ``body_html`` (read as HTML), or the
``bodies`` list; ``dateline``; and captions from ``associations`` (a mapping
in 1.x, a list in 2.x), each association's ``description_text`` (or
``descriptions``), else its ``headline``. The article id is ``uri``, then
``guid``, then ``id``. A top-level array is a list of items. Items made by
simpler exporters (``title``, ``body``) are read the same way.
"""

from __future__ import annotations

import json
import re
import sys
from bisect import bisect_right
from dataclasses import dataclass
from json.decoder import scanstring
from typing import Any

from wirelint.document import Article, Block, Document
from wirelint.errors import InputError
from wirelint.lines import LineIndex
from wirelint.readers.html import Atom, parse_html_fragment
from wirelint.readers.text import body_blocks, paragraphs, split_lines
from wirelint.sourcemap import SourceMap
from wirelint.suppressions import is_directive_line

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
_ESCAPE = re.compile(r"\\(?:u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)", re.DOTALL)
_LITERALS = (("true", True), ("false", False), ("null", None))
MAX_ASSOCIATIONS = 1000
"""Associations visited per item (they may nest); a bound, not a limit met in practice."""


@dataclass(eq=False)
class JsonText:
    """A decoded JSON string and where each of its pieces is in the file.

    ``pieces`` are ``(start, length, source_start, source_end)`` in order, as in
    a :class:`SourceMap`; they are kept here so that a part of the string can be
    mapped without going character by character.
    """

    value: str
    pieces: list[tuple[int, int, int, int]]

    def __post_init__(self) -> None:
        self._starts = [piece[0] for piece in self.pieces]

    @property
    def map(self) -> SourceMap:
        """Map of the whole string."""
        return self.span_map(0, len(self.value))

    def span_atoms(self, start: int, end: int, masked: bool = False) -> list[Atom]:
        """Atoms (in file offsets) for ``value[start:end]``; escapes stay whole."""
        atoms: list[Atom] = []
        index = max(bisect_right(self._starts, start) - 1, 0)
        while index < len(self.pieces) and self.pieces[index][0] < end:
            first, length, source_start, source_end = self.pieces[index]
            index += 1
            if first + length <= start:
                continue
            if source_end - source_start == length:  # literal: cut to the span
                cut_start, cut_end = max(start, first), min(end, first + length)
                offset = source_start - first
                atoms.append(Atom(self.value[cut_start:cut_end], cut_start + offset, cut_end + offset, masked))
            else:
                atoms.append(Atom(self.value[first : first + length], source_start, source_end, masked))
        return atoms

    def translate(self, atom: Atom) -> list[Atom]:
        """Atoms of an HTML string held in this JSON string, moved into the file."""
        if atom.end - atom.start == len(atom.text):
            return self.span_atoms(atom.start, atom.end, atom.masked)
        inner = self.span_atoms(atom.start, atom.end)
        if not inner:
            return []
        return [Atom(atom.text, inner[0].start, inner[-1].end, atom.masked)]

    def span_map(self, start: int, end: int) -> SourceMap:
        """Map of ``value[start:end]`` into the file."""
        source_map = SourceMap()
        for atom in self.span_atoms(start, end):
            if atom.end - atom.start == len(atom.text):
                source_map.add_literal(atom.start, len(atom.text))
            else:
                source_map.add_atomic(len(atom.text), atom.start, atom.end)
        return source_map


def json_escape(text: str) -> str:
    """Replacement text as it must be written inside a JSON string (non-ASCII kept as is)."""
    return json.dumps(text, ensure_ascii=False)[1:-1]


class _Parser:
    """A position-keeping JSON parser for ``source[start:end]``."""

    def __init__(self, path: str, source: str, start: int, end: int) -> None:
        self.path = path
        self.source = source
        self.start = start
        self.end = end

    def fail(self, offset: int, problem: str) -> InputError:
        line, column = LineIndex(self.source).position(offset)
        return InputError(self.path, f"invalid JSON at line {line}, column {column}: {problem}")

    def skip(self, index: int) -> int:
        match = _WHITESPACE.match(self.source, index, self.end)
        return match.end() if match else index

    def peek(self, index: int) -> str:
        return self.source[index] if index < self.end else ""

    def string(self, index: int) -> tuple[JsonText, int]:
        """The string whose opening quote is at ``index``, and the index after it."""
        try:
            value, after = scanstring(self.source, index + 1, True)
        except json.JSONDecodeError as error:
            problem = error.msg.lower().removesuffix(" starting at").removesuffix(" at")
            if problem == "invalid control character":
                problem += " in a string (write a line break as \\n and a tab as \\t)"
            raise self.fail(error.pos, problem) from None
        if after > self.end:
            raise self.fail(self.end, "unterminated string")
        return JsonText(value, _string_pieces(self.source, index + 1, after - 1, value)), after

    def key(self, index: int) -> tuple[str, int]:
        """An object key and the index after its colon."""
        if self.peek(index) != '"':
            raise self.fail(index, "expected a property name in double quotes")
        text, index = self.string(index)
        index = self.skip(index)
        if self.peek(index) != ":":
            raise self.fail(index, "expected ':' after a property name")
        return text.value, self.skip(index + 1)

    def scalar(self, index: int) -> tuple[Any, int]:
        char = self.peek(index)
        if char == '"':
            return self.string(index)
        for word, value in _LITERALS:
            if self.source.startswith(word, index) and index + len(word) <= self.end:
                return value, index + len(word)
        match = _NUMBER.match(self.source, index, self.end)
        if match and match.end() > index:
            number = match.group()
            try:
                return (float(number) if any(c in number for c in ".eE") else int(number)), match.end()
            except ValueError:  # more digits than Python converts; the value is never read
                return number, match.end()
        if not char:
            raise self.fail(index, "unexpected end of data, expected a value")
        raise self.fail(index, f"expected a value, found {char!r}")

    def parse(self) -> Any:
        """The single value in the span; anything after it is an error."""
        stack: list[tuple[dict[str, Any] | list[Any], str | None]] = []
        index = self.skip(self.start)
        while True:
            char = self.peek(index)
            value: Any
            if char == "{":
                index = self.skip(index + 1)
                if self.peek(index) == "}":
                    value, index = {}, index + 1
                else:
                    key, index = self.key(index)
                    stack.append(({}, key))
                    continue
            elif char == "[":
                index = self.skip(index + 1)
                if self.peek(index) == "]":
                    value, index = [], index + 1
                else:
                    stack.append(([], None))
                    continue
            else:
                value, index = self.scalar(index)
            # Attach the finished value to its parents, closing those that end here.
            while True:
                if not stack:
                    index = self.skip(index)
                    if index < self.end:
                        raise self.fail(index, "extra data after the JSON value")
                    return value
                container, key = stack[-1]
                if isinstance(container, dict):
                    assert key is not None
                    container[key] = value
                else:
                    container.append(value)
                index = self.skip(index)
                char = self.peek(index)
                closing = "}" if isinstance(container, dict) else "]"
                if char == ",":
                    index = self.skip(index + 1)
                    if isinstance(container, dict):
                        key, index = self.key(index)
                        stack[-1] = (container, key)
                    break
                if char == closing:
                    stack.pop()
                    value, index = container, index + 1
                    continue
                found = f"found {char!r}" if char else "found the end of the data"
                raise self.fail(index, f"expected ',' or '{closing}', {found}")


def _string_pieces(source: str, start: int, end: int, value: str) -> list[tuple[int, int, int, int]]:
    """Pieces of a decoded string whose raw text is ``source[start:end]`` (between the quotes)."""
    if "\\" not in source[start:end]:
        return [(0, end - start, start, end)] if end > start else []
    pieces: list[tuple[int, int, int, int]] = []
    decoded = 0
    position = start
    for match in _ESCAPE.finditer(source, start, end):
        if match.start() > position:
            pieces.append((decoded, match.start() - position, position, match.start()))
            decoded += match.start() - position
        pieces.append((decoded, 1, match.start(), match.end()))
        decoded += 1
        position = match.end()
    if position < end:
        pieces.append((decoded, end - position, position, end))
        decoded += end - position
    if decoded != len(value):  # cannot happen for valid JSON; stay safe rather than wrong
        return [(0, len(value), start, end)] if value else []
    return pieces


def parse_json(path: str, source: str, start: int = 0, end: int | None = None) -> Any:
    """Parse ``source[start:end]``; strings come back as :class:`JsonText`."""
    return _Parser(path, source, start, len(source) if end is None else end).parse()


# -- ninjs -> blocks -----------------------------------------------------------


def _text(value: Any) -> JsonText | None:
    """A string value with some text in it (other JSON types and blank strings are not fields)."""
    return value if isinstance(value, JsonText) and value.value.strip() else None


def _value_of(entries: Any, roles: tuple[str | None, ...]) -> JsonText | None:
    """The ``value`` of the first entry of a ninjs 2.x list (``headlines``...) with one of ``roles``."""
    if not isinstance(entries, list):
        return None
    for entry in entries:
        if isinstance(entry, dict):
            role = entry.get("role")
            role_name = role.value.lower() if isinstance(role, JsonText) else None
            text = _text(entry.get("value"))
            if text is not None and role_name in roles:
                return text
    return None


def _trimmed(text: JsonText, field: str) -> Block | None:
    """A block for a whole string value, white space at its ends left out."""
    value = text.value
    start = len(value) - len(value.lstrip())
    end = len(value.rstrip())
    if end <= start:
        return None
    return Block(field, sys.intern(value[start:end]), text.span_map(start, end), escape=json_escape)


def _body_from_text(text: JsonText) -> list[Block]:
    """Paragraphs of a plain-text body, as the text reader splits them, mapped into the file."""
    lines = [line for line in split_lines(text.value) if not is_directive_line(line.text)]
    blocks = body_blocks(text.value, paragraphs(lines))
    for block in blocks:
        start = block.map.start(0)
        block.map = text.span_map(start, start + len(block.text))
        block.escape = json_escape
    return blocks


def _body_from_html(text: JsonText) -> list[Block]:
    """Blocks of an HTML body, mapped through the JSON string into the file."""
    blocks = parse_html_fragment(text.value, text.translate, json_escape)
    for block in blocks:
        if block.field == "headline":  # an <h1> inside the body is not the item's headline
            block.field = "body"
    number = 0
    for block in blocks:
        if block.field == "body":
            block.paragraph = number
            number += 1
    return blocks


def _body(item: dict[str, Any]) -> list[Block]:
    """The first body found: plain text is preferred, being exactly what was written."""
    for key in ("body_text", "body"):
        text = _text(item.get(key))
        if text is not None:
            return _body_from_text(text)
    html_text = _text(item.get("body_html"))
    if html_text is not None:
        return _body_from_html(html_text)
    bodies = item.get("bodies")
    if isinstance(bodies, list):
        for entry in bodies:
            if not isinstance(entry, dict) or _text(entry.get("value")) is None:
                continue
            kind = entry.get("contenttype") or entry.get("contentType")
            body = entry["value"]
            if isinstance(kind, JsonText) and "html" in kind.value.lower():
                return _body_from_html(body)
            return _body_from_text(body)
    return []


def _caption_of(association: dict[str, Any]) -> JsonText | None:
    """A picture's description is its caption; its headline stands in when there is none."""
    return (
        _text(association.get("description_text"))
        or _value_of(association.get("descriptions"), (None, "caption", "summary", "description", "default"))
        or _text(association.get("headline"))
        or _value_of(association.get("headlines"), (None, "main", "default"))
    )


def _captions(item: dict[str, Any]) -> list[Block]:
    """Caption blocks from associations (1.x mapping or 2.x list), nested ones included."""
    blocks: list[Block] = []
    todo: list[Any] = [item.get("associations")]
    visited = 0
    while todo and visited < MAX_ASSOCIATIONS:
        associations = todo.pop(0)
        if isinstance(associations, dict):
            entries = list(associations.values())
        elif isinstance(associations, list):
            entries = associations
        else:
            continue
        for association in entries:
            if not isinstance(association, dict):
                continue
            visited += 1
            caption = _caption_of(association)
            if caption is not None:
                block = _trimmed(caption, "caption")
                if block is not None:
                    blocks.append(block)
            if "associations" in association:
                todo.append(association["associations"])
    return blocks


def item_id(item: dict[str, Any]) -> str | None:
    """The id findings are reported under: ``uri``, then ``guid``, then ``id``."""
    for key in ("uri", "guid", "id"):
        value = item.get(key)
        if isinstance(value, JsonText) and value.value.strip():
            return value.value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
    return None


def item_blocks(item: dict[str, Any]) -> list[Block]:
    """The blocks of one ninjs item, headline first."""
    blocks: list[Block] = []
    headline = (
        _text(item.get("headline"))
        or _value_of(item.get("headlines"), (None, "main", "default", "headline"))
        or _text(item.get("title"))
    )
    standfirst = (
        _text(item.get("subheadline"))
        or _value_of(item.get("headlines"), ("sub", "subheadline", "subtitle", "standfirst"))
        or _text(item.get("description_text"))
        or _value_of(item.get("descriptions"), (None, "summary", "default", "main"))
    )
    for text, field in ((headline, "headline"), (standfirst, "standfirst"), (_text(item.get("dateline")), "dateline")):
        block = _trimmed(text, field) if text is not None else None
        if block is not None:
            blocks.append(block)
    blocks.extend(_captions(item))
    blocks.extend(_body(item))
    return blocks


class JsonReader:
    """Reads one ninjs item, or a top-level array of them."""

    format = "json"
    extensions = (".json",)

    def read(self, path: str, source: str) -> Document:
        value = parse_json(path, source)
        articles: list[Article] = []
        if isinstance(value, dict):
            articles.append(Article(item_blocks(value), item_id(value)))
        elif isinstance(value, list):
            for number, item in enumerate(value, 1):
                if isinstance(item, dict):
                    articles.append(Article(item_blocks(item), item_id(item) or f"item {number}"))
        return Document(path, source, self.format, articles)


class JsonLinesReader:
    """Reads JSON Lines: each non-empty line is one ninjs item."""

    format = "jsonl"
    extensions = (".jsonl",)

    def read(self, path: str, source: str) -> Document:
        """Every line that is a news item; a broken line is a problem of its own, not the feed's."""
        articles: list[Article] = []
        problems: list[str] = []
        for number, line in enumerate(split_lines(source), 1):
            if not line.text.strip():
                continue
            try:
                value = parse_json(path, source, line.start, line.start + len(line.text))  # errors name the line
            except InputError as error:
                problems.append(f"{error}; that line is not checked")
                continue
            if not isinstance(value, dict):
                problems.append(f"{path}: line {number}: expected a JSON object (one news item per line), not checked")
                continue
            articles.append(Article(item_blocks(value), item_id(value) or f"line {number}"))
        return Document(path, source, self.format, articles, problems)
