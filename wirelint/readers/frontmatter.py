"""Front matter of a Markdown file: YAML between ``---`` lines or TOML between ``+++`` lines.

``title``/``headline`` is the headline, ``standfirst``/``subtitle``/
``description`` the standfirst, ``caption`` and ``image.caption`` captions;
``byline`` and ``source`` are metadata, not checked. YAML is read with PyYAML's
safe loader, and only composed (``yaml.compose``): the node tree says where
each value is in the file, which a loaded dict does not, and no tag can run
code. A TOML value is found on its key's line. Either way a value's text is
rebuilt from the source, piece by piece (escapes, folded lines), so its map is
exact; a value that cannot be rebuilt is one atomic piece.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import yaml

from wirelint.errors import InputError
from wirelint.readers.html import Atom
from wirelint.readers.text import Line, split_lines

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
