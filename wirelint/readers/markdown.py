"""Markdown (``.md``, ``.markdown``) with optional YAML or TOML front matter.

Front matter is YAML between ``---`` lines or TOML between ``+++`` lines.
``title``/``headline`` is the headline, ``standfirst``/``subtitle``/
``description`` the standfirst, ``caption`` and ``image.caption`` captions;
``byline`` and ``source`` are metadata, not checked. YAML is read with PyYAML's
safe loader, and only composed (``yaml.compose``): the node tree says where
each value is in the file, which a loaded dict does not, and no tag can run
code. A TOML value is found on its key's line. Either way a value's text is
rebuilt from the source, piece by piece (escapes, folded lines), so its map is
exact; a value that cannot be rebuilt is one atomic piece.

The body is read line by line, as CommonMark blocks, simplified: paragraphs
are split on blank lines; without front matter the first level-1 heading is
the headline, other headings are body blocks; list items and block quotes are
body text without their markers; table cells are body blocks; fenced and
indented code, HTML comments, link reference definitions and thematic breaks
are not text; an HTML block is read as HTML. Inside text, code spans, link
destinations, autolinks, bare URLs and inline tags are masked (never
reported), and an image's alt text is a caption. Emphasis markers stay in the
text, so every block is verbatim source.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import yaml

from wirelint.document import Article, Block, Document
from wirelint.errors import InputError
from wirelint.readers.html import Atom, build_block, parse_html_fragment, slice_atoms, trim_atoms
from wirelint.readers.text import Line, split_lines
from wirelint.suppressions import is_directive_line
from wirelint.text.captions import looks_like_caption
from wirelint.text.datelines import is_standalone_dateline

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

HEADLINE_KEYS = ("headline", "title")
STANDFIRST_KEYS = ("standfirst", "subtitle", "description")
CAPTION_PATHS = (("caption",), ("image", "caption"))
MAX_FRONT_MATTER_DEPTH = 100
_FLOW_TOKEN = re.compile(r""""(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|#[^\n]*|[\[\]{}]""")

# -- front matter ----------------------------------------------------------------


@dataclass(slots=True)
class FieldText:
    """A front-matter value: its field, pieces in the file and how to escape fixes."""

    field: str
    atoms: list[Atom]
    escape: Callable[[str], str] | None = None


def _double_quoted(text: str) -> str:
    """Escape replacement text for a double-quoted YAML or basic TOML string."""
    return json.dumps(text, ensure_ascii=False)[1:-1]


def _single_quoted(text: str) -> str:
    """Escape replacement text for a single-quoted YAML string (a quote is doubled)."""
    return text.replace("'", "''")


def _spells(atoms: list[Atom], value: str) -> bool:
    """True when the rebuilt pieces say exactly what the parser read."""
    return "".join(atom.text for atom in atoms) == value


def _check_atoms(atoms: list[Atom], value: str, start: int, end: int) -> list[Atom]:
    """The atoms when they spell ``value``; else the whole value as one atomic piece.

    The piece is made at least one character longer than the value, so that it
    is never taken for a verbatim copy.
    """
    if _spells(atoms, value):
        return atoms
    return [Atom(value, start, max(end, start + len(value) + 1))]


def _break_length(source: str, index: int) -> int:
    return 2 if source.startswith("\r\n", index) else 1


def _fold(source: str, index: int, end: int) -> tuple[Atom, int]:
    """A run of line breaks and white space in a flow scalar: one space, or n-1 line breaks."""
    position, breaks = index, 0
    while position < end and source[position] in " \t\r\n":
        if source[position] == "\n" or (source[position] == "\r" and not source.startswith("\r\n", position)):
            breaks += 1
        position += 1
    return Atom(" " if breaks == 1 else "\n" * (breaks - 1), index, position), position


_YAML_ESCAPES = {
    "0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v", "f": "\f", "r": "\r",
    "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029",
}  # fmt: skip
_HEX_DIGITS = {"x": 2, "u": 4, "U": 8}
_FIRST_INDENT = re.compile(r"(?:[ \t]*\r?\n)*( *)")


def _flow_atoms(source: str, start: int, end: int, style: str | None) -> list[Atom]:
    """Rebuild a plain or quoted YAML scalar from ``source[start:end]`` (inside the quotes)."""
    specials = " \t\r\n" + {'"': "\\", "'": "'"}.get(style or "", "")
    atoms: list[Atom] = []
    index = start
    while index < end:
        char = source[index]
        if char in " \t":
            run_end = index
            while run_end < end and source[run_end] in " \t":
                run_end += 1
            if run_end < end and source[run_end] in "\r\n":
                atom, index = _fold(source, index, end)
                atoms.append(atom)
            else:
                atoms.append(Atom(source[index:run_end], index, run_end))
                index = run_end
        elif char in "\r\n":
            atom, index = _fold(source, index, end)
            atoms.append(atom)
        elif style == '"' and char == "\\" and index + 1 < end:
            code = source[index + 1]
            if code in "\r\n":  # escaped line break: it and the next line's indentation vanish
                index += 1 + _break_length(source, index + 1)
                while index < end and source[index] in " \t":
                    index += 1
            elif code in _HEX_DIGITS:
                size = _HEX_DIGITS[code]
                try:
                    decoded = chr(int(source[index + 2 : index + 2 + size], 16))
                except ValueError:
                    decoded = ""
                atoms.append(Atom(decoded, index, index + 2 + size))
                index += 2 + size
            else:
                atoms.append(Atom(_YAML_ESCAPES.get(code, code), index, index + 2))
                index += 2
        elif style == "'" and source.startswith("''", index):
            atoms.append(Atom("'", index, index + 2))
            index += 2
        else:
            run_end = index + 1
            while run_end < end and source[run_end] not in specials:
                run_end += 1
            atoms.append(Atom(source[index:run_end], index, run_end))
            index = run_end
    return atoms


def _block_atoms(source: str, start: int, end: int, value: str) -> list[Atom] | None:
    """Align a literal (``|``) or folded (``>``) scalar with its source lines.

    Each content line loses the block's indentation; a folded line break is one
    space standing for the break and the next line's indentation.
    """
    header_end = start
    while header_end < end and source[header_end] not in "\r\n":
        header_end += 1
    if header_end >= end:
        return None
    index = header_end + _break_length(source, header_end)
    explicit = re.search(r"[1-9]", source[start:header_end].split("#")[0])
    if explicit:  # an indentation indicator counts from the indentation of the key's line
        line_start = source.rfind("\n", 0, start) + 1
        indent = len(source[line_start:start]) - len(source[line_start:start].lstrip(" ")) + int(explicit.group())
    else:
        first = _FIRST_INDENT.match(source, index, end)
        indent = len(first.group(1)) if first else 0
    atoms: list[Atom] = []
    position, line_start = 0, True
    while position < len(value):
        if line_start:
            skipped = 0
            while skipped < indent and index < end and source[index] == " ":
                index, skipped = index + 1, skipped + 1
            line_start = False
        if index >= end:
            return None
        char, wanted = source[index], value[position]
        if wanted == "\n" and source.startswith("\r\n", index):
            atoms.append(Atom("\n", index, index + 2))
            index, position, line_start = index + 2, position + 1, True
        elif char == wanted:
            atoms.append(Atom(char, index, index + 1))
            index, position, line_start = index + 1, position + 1, char == "\n"
        elif wanted == " " and char in "\r\n":
            fold_end, skipped = index + _break_length(source, index), 0
            while skipped < indent and fold_end < end and source[fold_end] == " ":
                fold_end, skipped = fold_end + 1, skipped + 1
            atoms.append(Atom(" ", index, fold_end))
            index, position = fold_end, position + 1
        elif char in " \t\r\n":
            line_start = char in "\r\n"
            index += _break_length(source, index) if char in "\r\n" else 1
        else:
            return None
    return _merge(atoms)


def _merge(atoms: list[Atom]) -> list[Atom]:
    """Join neighbouring literal atoms (fewer, longer pieces)."""
    merged: list[Atom] = []
    for atom in atoms:
        previous = merged[-1] if merged else None
        literal = atom.end - atom.start == len(atom.text)
        if (
            previous is not None
            and literal
            and previous.end == atom.start
            and previous.end - previous.start == len(previous.text)
        ):
            merged[-1] = Atom(previous.text + atom.text, previous.start, atom.end)
        else:
            merged.append(atom)
    return merged


def _yaml_atoms(source: str, node: yaml.ScalarNode) -> tuple[list[Atom], Callable[[str], str] | None]:
    """The atoms of a YAML scalar and the escape for fixes written into it."""
    start, end, value = node.start_mark.index, node.end_mark.index, node.value
    if node.style in ("|", ">"):
        atoms = _block_atoms(source, start, end, value)
        return _check_atoms(atoms or [], value, start, end), None
    if node.style in ('"', "'"):
        atoms = _flow_atoms(source, start + 1, end - 1, node.style)
        escape = _double_quoted if node.style == '"' else _single_quoted
        return _check_atoms(atoms, value, start, end), escape
    if source[start:end] == value:
        return [Atom(value, start, end)], None
    return _check_atoms(_flow_atoms(source, start, end, None), value, start, end), None


def _flow_depth(text: str) -> int:
    """Deepest nesting of ``[`` and ``{`` outside quotes and comments (a rough, cheap count).

    Checked before parsing: PyYAML's composer and tomllib recurse, and PyYAML's
    scanner slows down with depth, so a small file could otherwise hang or
    exhaust the stack.
    """
    depth = deepest = 0
    for match in _FLOW_TOKEN.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif token in "]}":
            depth = max(depth - 1, 0)
    return deepest


def _yaml_fields(path: str, source: str, closing: Line) -> list[FieldText]:
    # The text handed to PyYAML is the file up to the closing line: the opening
    # "---" is a YAML document start, and every mark is an offset in the file.
    text = source[: closing.start]
    if _flow_depth(text) > MAX_FRONT_MATTER_DEPTH:
        raise InputError(path, f"YAML front matter is nested too deeply (more than {MAX_FRONT_MATTER_DEPTH} levels)")
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise InputError(path, f"invalid YAML front matter{where}: {error.problem or error.context}") from None
    except yaml.YAMLError as error:
        raise InputError(path, f"invalid YAML front matter: {error}") from None
    except RecursionError:
        raise InputError(path, "YAML front matter is nested too deeply") from None
    if root is None or (isinstance(root, yaml.ScalarNode) and root.tag == "tag:yaml.org,2002:null"):
        return []  # empty front matter
    if not isinstance(root, yaml.MappingNode):
        line = root.start_mark.line + 1
        raise InputError(path, f"front matter at line {line} is not a mapping of fields (key: value lines)")

    def lookup(node: yaml.Node, keys: tuple[str, ...]) -> yaml.ScalarNode | None:
        for key in keys:
            if not isinstance(node, yaml.MappingNode):
                return None
            found = None
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
                    found = value_node  # the last duplicate wins, as when loading
            if found is None:
                return None
            node = found
        if isinstance(node, yaml.ScalarNode) and node.tag != "tag:yaml.org,2002:null" and node.value.strip():
            return node
        return None

    fields: list[FieldText] = []
    for name, paths in (
        ("headline", [(key,) for key in HEADLINE_KEYS]),
        ("standfirst", [(key,) for key in STANDFIRST_KEYS]),
        ("caption", list(CAPTION_PATHS)),
    ):
        for keys in paths:
            node = lookup(root, keys)
            if node is not None:
                atoms, escape = _yaml_atoms(source, node)
                fields.append(FieldText(name, atoms, escape))
                if name != "caption":
                    break
    return fields


# TOML: the value is located on its key's line and rebuilt from the source.

_TOML_KEY = r"""(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')"""
_TOML_TABLE = re.compile(rf"^[ \t]*\[[ \t]*({_TOML_KEY}(?:[ \t]*\.[ \t]*{_TOML_KEY})*)[ \t]*\][ \t]*(?:#.*)?$")
_TOML_ASSIGN = re.compile(rf"[ \t]*({_TOML_KEY}(?:[ \t]*\.[ \t]*{_TOML_KEY})*)[ \t]*=[ \t]*")
_TOML_PART = re.compile(_TOML_KEY)
_TOML_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", "e": "\x1b", '"': '"', "\\": "\\"}


def _toml_key(text: str) -> tuple[str, ...]:
    """The parts of a dotted, possibly quoted, TOML key."""
    parts = []
    for match in _TOML_PART.finditer(text):
        part = match.group()
        if part.startswith('"'):
            try:
                part = json.loads(part)
            except ValueError:
                part = part[1:-1]
        elif part.startswith("'"):
            part = part[1:-1]
        parts.append(part)
    return tuple(parts)


def _toml_string(
    source: str, index: int, end: int
) -> tuple[list[Atom], Callable[[str], str] | None, int] | None:
    """Rebuild the TOML string starting at ``index``: atoms, escape, index after it; None when not a string."""
    for quote in ('"""', "'''", '"', "'"):
        if source.startswith(quote, index):
            break
    else:
        return None
    multiline, basic = len(quote) == 3, quote[0] == '"'
    position = index + len(quote)
    if multiline and source.startswith(("\n", "\r\n"), position):  # a break right after the quotes is trimmed
        position += _break_length(source, position)
    atoms: list[Atom] = []
    while position < end and not source.startswith(quote, position):
        char = source[position]
        if basic and char == "\\" and position + 1 < end:
            code = source[position + 1]
            if multiline and code in " \t\r\n":  # line-ending backslash: white space up to the next text vanishes
                skip = position + 1
                while skip < end and source[skip] in " \t\r\n":
                    skip += 1
                position = skip
            elif code in "uUx":
                size = {"u": 4, "U": 8, "x": 2}[code]
                try:
                    decoded = chr(int(source[position + 2 : position + 2 + size], 16))
                except ValueError:
                    return None
                atoms.append(Atom(decoded, position, position + 2 + size))
                position += 2 + size
            else:
                atoms.append(Atom(_TOML_ESCAPES.get(code, code), position, position + 2))
                position += 2
        elif char == "\r" and multiline and source.startswith("\r\n", position):
            atoms.append(Atom("\n", position, position + 2))
            position += 2
        else:
            atoms.append(Atom(char, position, position + 1))
            position += 1
    if multiline:  # up to two quote characters may end the content: """a"""" is 'a"'
        while source.startswith(quote[0] + quote, position):
            atoms.append(Atom(quote[0], position, position + 1))
            position += 1
    return _merge(atoms), (_double_quoted if basic else None), position + len(quote)


def _inline_table(source: str, index: int, end: int) -> list[tuple[tuple[str, ...], int]]:
    """``(key path, value index)`` of each entry of the inline table whose ``{`` is at ``index``."""
    entries: list[tuple[tuple[str, ...], int]] = []
    position = index + 1
    while position < end:
        assign = _TOML_ASSIGN.match(source, position, end)
        if not assign:
            break
        entries.append((_toml_key(assign.group(1)), assign.end()))
        position = assign.end()
        depth = 0
        while position < end:  # skip the value, strings and nested brackets included
            string = _toml_string(source, position, end)
            if string is not None:
                position = string[2]
                continue
            char = source[position]
            if char in "[{":
                depth += 1
            elif char in "]}":
                if depth == 0:
                    return entries
                depth -= 1
            elif char == "," and depth == 0:
                position += 1
                break
            position += 1
    return entries


def _toml_locate(
    source: str, start: int, end: int, value_at: Callable[[tuple[str, ...]], Any]
) -> dict[tuple[str, ...], FieldText]:
    """Find each wanted string on its key's line in ``source[start:end]`` and rebuild it there."""
    wanted: dict[tuple[str, ...], str] = {(key,): "headline" for key in HEADLINE_KEYS}
    wanted.update({(key,): "standfirst" for key in STANDFIRST_KEYS})
    wanted.update({keys: "caption" for keys in CAPTION_PATHS})
    located: dict[tuple[str, ...], FieldText] = {}
    table: tuple[str, ...] = ()
    resume = start  # lines inside a multi-line string are skipped
    for line in split_lines(source[start:end]):
        line_start = start + line.start
        line_end = line_start + len(line.text)
        if line_start < resume:
            continue
        if line.text.lstrip().startswith("[["):
            table = ("[[array]]",)  # entries of an array of tables are never fields
            continue
        header = _TOML_TABLE.match(line.text)
        if header:
            table = _toml_key(header.group(1))
            continue
        assign = _TOML_ASSIGN.match(source, line_start, line_end)
        if not assign:
            continue
        candidates = [(table + _toml_key(assign.group(1)), assign.end())]
        if source.startswith("{", assign.end()):  # inline table: image = { caption = "..." }
            inline = _inline_table(source, assign.end(), end)
            candidates.extend((candidates[0][0] + keys, position) for keys, position in inline)
        string = _toml_string(source, assign.end(), end)
        if string is not None:
            resume = string[2]
        for key_path, position in candidates:
            value = value_at(key_path)
            rebuilt = _toml_string(source, position, end)
            if key_path not in wanted or not isinstance(value, str) or not value.strip() or rebuilt is None:
                continue
            atoms, escape, _ = rebuilt
            if _spells(atoms, value):
                located[key_path] = FieldText(wanted[key_path], atoms, escape)
            elif key_path not in located:
                located[key_path] = FieldText(wanted[key_path], _check_atoms(atoms, value, position, line_end), escape)
    return located


def _toml_fields(path: str, source: str, closing: Line) -> list[FieldText]:
    # The TOML starts on line 2; a line break in place of the opening "+++"
    # keeps tomllib's line numbers those of the file.
    start = source.find("\n") + 1
    end = closing.start
    text = "\n" + source[start:end]
    if _flow_depth(text) > MAX_FRONT_MATTER_DEPTH:
        raise InputError(path, f"TOML front matter is nested too deeply (more than {MAX_FRONT_MATTER_DEPTH} levels)")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InputError(path, f"invalid TOML front matter: {error}") from None
    except RecursionError:
        raise InputError(path, "TOML front matter is nested too deeply") from None

    def value_at(keys: tuple[str, ...]) -> Any:
        node: Any = data
        for key in keys:
            if not isinstance(node, dict) or key not in node:
                return None
            node = node[key]
        return node

    located = _toml_locate(source, start, end, value_at)
    fields: list[FieldText] = []
    for keys_group in ([(key,) for key in HEADLINE_KEYS], [(key,) for key in STANDFIRST_KEYS]):
        found = next((located[keys] for keys in keys_group if keys in located), None)
        if found is not None:
            fields.append(found)
    fields.extend(located[keys] for keys in CAPTION_PATHS if keys in located)
    return fields


def front_matter(path: str, source: str, lines: list[Line]) -> tuple[list[FieldText], int]:
    """Fields from front matter and the index of the first body line (0 without front matter)."""
    if not lines:
        return [], 0
    fence = lines[0].text.lstrip("\ufeff").rstrip()
    if fence not in ("---", "+++"):
        return [], 0
    closers = ("---", "...") if fence == "---" else ("+++",)
    for index in range(1, len(lines)):
        if lines[index].text.rstrip() in closers:
            reader = _yaml_fields if fence == "---" else _toml_fields
            return reader(path, source, lines[index]), index + 1
    kind = "YAML" if fence == "---" else "TOML"
    raise InputError(path, f"{kind} front matter opened at line 1 is never closed (no '{fence}' line after it)")


# -- body ----------------------------------------------------------------------

_FENCE = re.compile(r"( {0,3})(`{3,}|~{3,})(.*)")
_ATX = re.compile(r"(#{1,6})(?=[ \t]|$)[ \t]*")
_ATX_CLOSE = re.compile(r"(?:^|[ \t]+)#+[ \t]*$|[ \t]+$")
_THEMATIC = re.compile(r" {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*$")
_LIST_ITEM = re.compile(r"( {0,3})(?:[-*+]|[0-9]{1,9}[.)])(?:[ \t]+|$)")
_QUOTE_MARK = re.compile(r" {0,3}>[ \t]?")
_REFERENCE_DEFINITION = re.compile(r" {0,3}\[(?!\^)[^\]]+\]:[ \t]*\S")
_TABLE_DELIMITER = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_HTML_BLOCK = re.compile(
    r"</?(address|article|aside|blockquote|details|dialog|div|dl|fieldset|figcaption|figure|footer|form|"
    r"h[1-6]|header|hr|li|main|nav|ol|p|section|summary|table|tbody|td|th|thead|tr|ul|img|picture|video|audio|"
    r"iframe|script|style|pre|textarea)(?=[\s/>]|$)",
    re.IGNORECASE,
)
_COMMENT_START = re.compile(r"<!--")
_RAW_TEXT_TAGS = frozenset(("script", "style", "pre", "textarea"))
_CELL_END = re.compile(r"(?<!\\)\||$")


@dataclass
class _Part:
    """A block of the body before it becomes a :class:`Block`: its kind and line spans."""

    kind: str  # "paragraph", "heading", "cell" or "html"
    spans: list[tuple[int, int, int]] = field(default_factory=list)
    """Per line: where its content starts, where its text ends, where the next line starts."""
    level: int = 0
    blocks: list[Block] = field(default_factory=list)  # for "html": the blocks read from it


def _indent(text: str) -> tuple[int, int]:
    """(columns, characters) of leading white space, tabs to the next multiple of four."""
    columns = 0
    for count, char in enumerate(text):
        if char == " ":
            columns += 1
        elif char == "\t":
            columns += 4 - columns % 4
        else:
            return columns, count
    return columns, len(text)


class _BodyParser:
    """Line-by-line block structure of a Markdown body."""

    def __init__(self, source: str, lines: list[Line]) -> None:
        self.source = source
        self.lines = lines
        self.parts: list[_Part] = []
        self.paragraph: _Part | None = None
        self.paragraph_depth = 0
        self.list_indent: int | None = None
        """Column where the text of the current list item starts (None outside lists)."""
        self.after_blank = False
        self.fence: tuple[str, int] | None = None
        """Character and length of the open code fence."""

    def flush(self) -> None:
        if self.paragraph is not None and self.paragraph.spans:
            self.parts.append(self.paragraph)
        self.paragraph = None

    def span(self, index: int, content_start: int, content_end: int | None = None) -> tuple[int, int, int]:
        line = self.lines[index]
        text_end = line.start + len(line.text)
        next_start = self.lines[index + 1].start if index + 1 < len(self.lines) else text_end
        return content_start, text_end if content_end is None else content_end, next_start

    def quote_prefix(self, line: Line) -> tuple[int, int]:
        """(depth, offset in the line after the block quote markers)."""
        depth, position = 0, 0
        while True:
            match = _QUOTE_MARK.match(line.text, position)
            if not match:
                return depth, position
            depth, position = depth + 1, match.end()

    def parse(self) -> list[_Part]:
        index = 0
        while index < len(self.lines):
            line = self.lines[index]
            depth, prefix = self.quote_prefix(line)
            content = line.text[prefix:]
            if self.fence is not None:
                closing = _FENCE.match(content.lstrip(" \t"))
                if (
                    closing
                    and closing.group(2)[0] == self.fence[0]
                    and len(closing.group(2)) >= self.fence[1]
                    and not closing.group(3).strip()
                ):
                    self.fence = None
                index += 1
                continue
            index = self.line(index, line, depth, prefix, content)
        self.flush()
        return self.parts

    def line(self, index: int, line: Line, depth: int, prefix: int, content: str) -> int:
        """Handle one line (not in a code fence); return the index of the next line to read."""
        columns, indent_chars = _indent(content)
        stripped = content.strip()
        if not stripped or is_directive_line(line.text):
            self.flush()
            self.after_blank = not stripped
            return index + 1
        if depth != self.paragraph_depth:
            self.flush()
        self.paragraph_depth = depth
        after_blank, self.after_blank = self.after_blank, False
        rest = content[indent_chars:]
        content_start = line.start + prefix + indent_chars
        in_list = self.list_indent is not None and columns >= self.list_indent
        if self.list_indent is not None and not in_list and after_blank and not _LIST_ITEM.match(content):
            self.list_indent = None
        code_indent = 4 + (self.list_indent if in_list and self.list_indent else 0)
        if columns >= code_indent and self.paragraph is None:
            return index + 1  # indented code
        if columns >= 4 and not in_list:
            return self.text_line(index, content_start)  # a lazy continuation line
        fence = _FENCE.match(rest)
        if fence and not (fence.group(2)[0] == "`" and "`" in fence.group(3)):
            self.flush()
            self.fence = (fence.group(2)[0], len(fence.group(2)))
            return index + 1
        if _COMMENT_START.match(rest):
            self.flush()
            return self.skip_comment(index, content_start)
        html_block = _HTML_BLOCK.match(rest)
        if html_block:
            self.flush()
            return self.html_block(index, content_start, html_block.group(1).lower())
        atx = _ATX.match(rest)
        if atx:
            self.flush()
            self.heading(index, content_start, rest, atx)
            return index + 1
        setext = _SETEXT.match(rest)
        if setext and self.paragraph is not None and self.paragraph.kind == "paragraph" and not in_list:
            self.paragraph.kind, self.paragraph.level = "heading", 1 if setext.group(1)[0] == "=" else 2
            self.flush()
            return index + 1
        if _THEMATIC.match(rest):
            self.flush()
            return index + 1
        item = _LIST_ITEM.match(rest)
        if item:
            self.flush()
            marker_end = indent_chars + item.end()
            self.list_indent = _indent(content[:marker_end])[0]
            self.paragraph = _Part("paragraph")
            if content[marker_end:].strip():
                self.paragraph.spans.append(self.span(index, line.start + prefix + marker_end))
            return index + 1
        if self.paragraph is None and _REFERENCE_DEFINITION.match(rest):
            return index + 1
        if self.paragraph is None and "|" in stripped and index + 1 < len(self.lines):
            following = self.lines[index + 1]
            delimiter = following.text[self.quote_prefix(following)[1] :]
            if "-" in delimiter and "|" in delimiter and _TABLE_DELIMITER.match(delimiter):
                return self.table(index)
        return self.text_line(index, content_start)

    def text_line(self, index: int, content_start: int) -> int:
        if self.paragraph is None:
            self.paragraph = _Part("paragraph")
        self.paragraph.spans.append(self.span(index, content_start))
        return index + 1

    def heading(self, index: int, content_start: int, content: str, atx: re.Match[str]) -> None:
        text = content[atx.end() :]
        closing = _ATX_CLOSE.search(text)
        text_length = closing.start() if closing else len(text)
        start = content_start + atx.end()
        self.parts.append(_Part("heading", [self.span(index, start, start + text_length)], len(atx.group(1))))

    def _line_after(self, index: int, offset: int) -> int:
        """Index of the first line that starts after source ``offset`` (from line ``index`` on)."""
        while index < len(self.lines) and self.lines[index].start + len(self.lines[index].text) < offset:
            index += 1
        return index + 1

    def skip_comment(self, index: int, comment_start: int) -> int:
        """Skip an HTML comment (never text) that starts on line ``index``; return the next line's index."""
        close = self.source.find("-->", comment_start + 4)
        return len(self.lines) if close < 0 else self._line_after(index, close + 3)

    def html_block(self, index: int, start: int, tag: str) -> int:
        """Read an HTML block as HTML: up to a blank line, or for raw-text elements to their end tag."""
        if tag in _RAW_TEXT_TAGS:
            close = self.source.lower().find(f"</{tag}", start)
            end_index = len(self.lines) if close < 0 else self._line_after(index, close)
        else:
            end_index = index
            while end_index < len(self.lines) and self.lines[end_index].text.strip():
                end_index += 1
        last = self.lines[end_index - 1]
        end = last.start + len(last.text)

        def moved(atom: Atom) -> list[Atom]:
            return [Atom(atom.text, atom.start + start, atom.end + start, atom.masked)]

        self.parts.append(_Part("html", blocks=parse_html_fragment(self.source[start:end], moved)))
        return end_index

    def table(self, index: int) -> int:
        """One block per non-empty cell, until the first line without a ``|``."""
        rows = [index]
        position = index + 2  # skip the delimiter row
        while position < len(self.lines) and "|" in self.lines[position].text and self.lines[position].text.strip():
            rows.append(position)
            position += 1
        for row in rows:
            line = self.lines[row]
            prefix = self.quote_prefix(line)[1]
            cell_start = prefix
            for match in _CELL_END.finditer(line.text, prefix):
                cell = line.text[cell_start : match.start()]
                if cell.strip():
                    start = line.start + cell_start + len(cell) - len(cell.lstrip())
                    end = start + len(cell.strip())
                    self.parts.append(_Part("cell", [(start, end, end)]))
                cell_start = match.end()
        return position


# -- inline ----------------------------------------------------------------------

_CODE_RUN = re.compile(r"`+")
_LINK_DESTINATION = r"""\((?:[^()\s\\]|\\.|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)"""
_IMAGE = re.compile(rf"!\[(?P<alt>(?:[^\[\]\\]|\\.)*)\](?:{_LINK_DESTINATION}|\[[^\]]*\])", re.DOTALL)
_LINK = re.compile(rf"\[(?:[^\[\]\\]|\\.)*\](?P<target>{_LINK_DESTINATION}|\[[^\]]*\])", re.DOTALL)
_OTHER_MASKED = re.compile(
    r"<!--.*?-->"  # inline comment
    r"|<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s@]+)>"  # autolink
    r"|</?[A-Za-z][A-Za-z0-9-]*(?:\s+[^<>]*)?/?>"  # inline tag
    r"|\[\^[^\]\s]+\]"  # footnote reference
    r"|(?:https?://|www\.)[^\s<>()]+(?<![.,;:!?'\"])",  # bare URL (a final full stop is text)
    re.DOTALL,
)


@dataclass
class Inline:
    """What inline markup means for a block's text."""

    masked: list[tuple[int, int]]
    """Spans never reported: code, link destinations, URLs, inline tags, whole images."""
    images: list[tuple[int, int]]
    alts: list[tuple[int, int]]
    """The alt text of each image (a caption)."""


def inline_spans(text: str) -> Inline:
    """Find code spans first (nothing inside them is markup), then images, links and the rest."""
    code: list[tuple[int, int]] = []
    position = 0
    while True:
        run = _CODE_RUN.search(text, position)
        if run is None:
            break
        closing = re.compile(rf"(?<!`){run.group()}(?!`)").search(text, run.end())
        if closing is None:
            position = run.end()
            continue
        code.append((run.start(), closing.end()))
        position = closing.end()

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in code)

    images: list[tuple[int, int]] = []
    alts: list[tuple[int, int]] = []
    for match in _IMAGE.finditer(text):
        if free(*match.span()):
            images.append(match.span())
            if match.group("alt").strip():
                alts.append(match.span("alt"))
    masked = code + images
    for match in _LINK.finditer(text):
        if free(*match.span()) and not any(s <= match.start() < e for s, e in images):
            masked.append(match.span("target"))
    for match in _OTHER_MASKED.finditer(text):
        if free(*match.span()):
            masked.append(match.span())
    return Inline(_merge_spans(masked), images, alts)


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# -- assembly ---------------------------------------------------------------------


def _span_atoms(source: str, spans: list[tuple[int, int, int]]) -> list[Atom]:
    """Atoms of lines joined by their own line breaks; the last line stops at its text end."""
    atoms: list[Atom] = []
    for number, (start, text_end, next_start) in enumerate(spans):
        end = text_end if number == len(spans) - 1 else next_start
        if end > start:
            atoms.append(Atom(source[start:end], start, end))
    return _merge(atoms)


def _runs(source: str, spans: list[tuple[int, int, int]]) -> list[tuple[bool, list[tuple[int, int, int]]]]:
    """Split a paragraph's lines into runs: (is a caption-like line, its lines)."""
    runs: list[tuple[bool, list[tuple[int, int, int]]]] = []
    for span in spans:
        caption = looks_like_caption(source[span[0] : span[1]])
        if caption or not runs or runs[-1][0]:
            runs.append((caption, [span]))
        else:
            runs[-1][1].append(span)
    return runs


def _text_block(atoms: list[Atom], field_name: str, inferred: bool = False) -> tuple[Block | None, list[Block]]:
    """A verbatim block with its masks (None when it is only images), and its images' captions."""
    atoms = trim_atoms(atoms)
    block = build_block(atoms, field_name, inferred=inferred)
    if block is None:
        return None, []
    inline = inline_spans(block.text)
    block.masked = tuple(inline.masked)
    captions = []
    for start, end in inline.alts:
        caption = build_block(slice_atoms(atoms, start, end), "caption")
        if caption is not None:
            caption.masked = tuple(inline_spans(caption.text).masked)
            captions.append(caption)
    outside_images, position = [], 0
    for start, end in inline.images:
        outside_images.append(block.text[position:start])
        position = end
    outside_images.append(block.text[position:])
    if not "".join(outside_images).strip():
        return None, captions
    return block, captions


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
        for part in _BodyParser(source, lines[body_start:]).parse():
            if part.kind == "html":
                for block in part.blocks:
                    if block.field == "headline" and has_headline:
                        block.field = "body"
                    has_headline = has_headline or block.field == "headline"
                    (head if block.field == "headline" else body).append(block)
                continue
            if part.kind == "heading":
                is_headline = part.level == 1 and not has_headline
                block, captions = _text_block(_span_atoms(source, part.spans), "headline" if is_headline else "body")
                if block is not None:
                    has_headline = has_headline or is_headline
                    (head if is_headline else body).append(block)
                body.extend(captions)
                continue
            for caption_like, spans in _runs(source, part.spans):
                field_name = "caption" if caption_like else "body"
                block, captions = _text_block(_span_atoms(source, spans), field_name, caption_like)
                if block is not None:
                    body.append(block)
                body.extend(captions)
        _number(body)
        return Document(path, source, self.format, [Article(head + body)])


def _number(body: list[Block]) -> None:
    """Number body paragraphs; a first paragraph that is only a dateline is the dateline."""
    paragraphs = [block for block in body if block.field == "body"]
    if paragraphs and "\n" not in paragraphs[0].text and is_standalone_dateline(paragraphs[0].text):
        paragraphs.pop(0).field = "dateline"
    for number, block in enumerate(paragraphs):
        block.paragraph = number
