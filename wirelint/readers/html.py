"""HTML (``.html``, ``.htm``) and HTML held in other formats (ninjs ``body_html``).

The parser is the standard library's :class:`html.parser.HTMLParser`, run with
``convert_charrefs=False``. It adds no dependency, it is a tokenizer that
tolerates real-world markup, it works in a loop (deeply nested markup cannot
exhaust the call stack) and ``getpos()`` gives the position of every token, so
each character of text can be traced back to the file. Entities and character
references are decoded here, each as one atomic piece of the source map.

Fields: the first ``<h1>`` is the headline (else ``<title>``); ``<figcaption>``
text and ``<img alt>`` are captions; an element whose class names a standfirst
(``standfirst``, ``subtitle``, ...) is the standfirst; every other block
element (``p``, ``li``, ``blockquote``, ``h2``-``h6``, ``td``, text directly in
a ``div`` ...) is one body block. Tags never produce text. ``script``,
``style``, ``pre``, comments and the like are skipped; inline ``<code>`` stays
in the text but is masked, so a sentence around it still reads whole. White
space inside a block is kept as written (offsets stay exact); only the ends of
a block are trimmed. ``<br>`` is a line break standing for the whole tag.
"""

from __future__ import annotations

import html
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser

from wirelint.document import Article, Block, Document
from wirelint.sourcemap import SourceMap
from wirelint.text.captions import looks_like_caption

BLOCK_TAGS = frozenset(
    """address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption
    figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html legend li main menu nav ol p pre section summary
    table tbody td tfoot th thead title tr ul""".split()
)
"""Elements whose start and end separate blocks of text."""

SKIPPED_TAGS = frozenset(
    "script style template pre svg math textarea select noscript iframe object canvas xmp listing plaintext".split()
)
"""Elements whose content is never article text."""

MASKED_TAGS = frozenset("code kbd samp var tt".split())
"""Inline elements kept in the text (so the sentence reads whole) but never reported."""

VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())

STANDFIRST_CLASSES = frozenset("standfirst subtitle subheadline subhead dek lede lead-in".split())

_LIST_SCOPE = frozenset("ul ol dl menu dir table".split())
_SIBLINGS = {
    "li": ("li",),
    "dt": ("dt", "dd"),
    "dd": ("dt", "dd"),
    "td": ("td", "th"),
    "th": ("td", "th"),
    "tr": ("tr",),
}
_CLOSES_P = BLOCK_TAGS - frozenset("body html head title caption td th tr tbody thead tfoot li dd dt".split())
_P_SCOPE = frozenset("div li td th blockquote section article aside body html figure button dd dt".split())

_REFERENCE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
_TAG_NAME = re.compile(r"<[^\s/>]+")
_ATTRIBUTE = re.compile(r"""\s*([^\s/>"'=][^\s/>=]*)(?:\s*=\s*("[^"]*"|'[^']*'|(?![`"'])[^\s>]*))?""")


def html_escape(text: str) -> str:
    """Replacement text as it must be written inside HTML text."""
    return html.escape(text, quote=False)


def attribute_escape(text: str) -> str:
    """Replacement text as it must be written inside a quoted attribute value."""
    return html.escape(text, quote=True)


@dataclass(slots=True)
class Atom:
    """A run of field text and the source span it stands for."""

    text: str
    start: int
    end: int
    masked: bool = False


def _decode_reference(raw: str) -> tuple[str, int]:
    """Decode one ``&...`` reference: ``(text, raw characters used)``.

    A name without ``;`` may be a legacy entity followed by more letters
    (``&copy2024``): then only the longest known prefix is the reference.
    """
    decoded = html.unescape(raw)
    if raw.endswith(";") or decoded == raw:
        return decoded, len(raw)
    for used in range(len(raw) - 1, 1, -1):
        head = html.unescape(raw[:used])
        if head != raw[:used] and head + raw[used:] == decoded:
            return head, used
    return decoded, len(raw)


def decode_span(source: str, start: int, end: int, masked: bool = False) -> list[Atom]:
    """Atoms for raw HTML text ``source[start:end]``: literal runs and decoded references."""
    atoms: list[Atom] = []
    position = start
    for match in _REFERENCE.finditer(source, start, end):
        decoded, used = _decode_reference(match.group())
        if decoded == match.group()[:used]:
            continue  # not a known reference: literal text
        if match.start() > position:
            atoms.append(Atom(source[position : match.start()], position, match.start(), masked))
        atoms.append(Atom(decoded, match.start(), match.start() + used, masked))
        position = match.start() + used
    if position < end:
        atoms.append(Atom(source[position:end], position, end, masked))
    return atoms


def trim_atoms(atoms: list[Atom]) -> list[Atom]:
    """Drop white space at both ends; literal atoms are cut, atomic ones dropped whole."""
    atoms = [atom for atom in atoms if atom.text]
    while atoms and not atoms[0].text.strip():
        atoms.pop(0)
    while atoms and not atoms[-1].text.strip():
        atoms.pop()
    if not atoms:
        return atoms
    first = atoms[0]
    cut = len(first.text) - len(first.text.lstrip())
    if first.end - first.start == len(first.text):
        atoms[0] = Atom(first.text[cut:], first.start + cut, first.end, first.masked)
    elif cut and len(first.text) - cut != first.end - first.start:  # stays atomic: keep its whole span
        atoms[0] = Atom(first.text[cut:], first.start, first.end, first.masked)
    last = atoms[-1]
    cut = len(last.text) - len(last.text.rstrip())
    if last.end - last.start == len(last.text):
        atoms[-1] = Atom(last.text[: len(last.text) - cut], last.start, last.end - cut, last.masked)
    elif cut and len(last.text) - cut != last.end - last.start:
        atoms[-1] = Atom(last.text[: len(last.text) - cut], last.start, last.end, last.masked)
    return atoms


def slice_atoms(atoms: list[Atom], start: int, end: int) -> list[Atom]:
    """The atoms for ``text[start:end]`` of the text the atoms spell; literal atoms are cut."""
    result: list[Atom] = []
    offset = 0
    for atom in atoms:
        atom_end = offset + len(atom.text)
        if atom_end > start and offset < end:
            if atom.end - atom.start == len(atom.text):
                cut_start, cut_end = max(start, offset) - offset, min(end, atom_end) - offset
                text = atom.text[cut_start:cut_end]
                result.append(Atom(text, atom.start + cut_start, atom.start + cut_end, atom.masked))
            else:
                result.append(atom)
        offset = atom_end
        if offset >= end:
            break
    return result


def build_block(
    atoms: list[Atom],
    field: str,
    escape: Callable[[str], str] | None = None,
    paragraph: int = 0,
    inferred: bool = False,
) -> Block | None:
    """A block from atoms (trimmed), or None when there is no text. No ``escape``: verbatim text."""
    atoms = trim_atoms(atoms)
    if not atoms:
        return None
    source_map = SourceMap()
    masked: list[tuple[int, int]] = []
    for atom in atoms:
        offset = len(source_map)
        if atom.end - atom.start == len(atom.text):
            source_map.add_literal(atom.start, len(atom.text))
        else:
            source_map.add_atomic(len(atom.text), atom.start, atom.end)
        if atom.masked:
            if masked and masked[-1][1] == offset:
                masked[-1] = (masked[-1][0], offset + len(atom.text))
            else:
                masked.append((offset, offset + len(atom.text)))
    text = "".join(atom.text for atom in atoms)
    block = Block(field, sys.intern(text), source_map, paragraph, inferred, tuple(masked))
    if escape is not None:
        block.escape = escape
    return block


class _Collector(HTMLParser):
    """Turns tokens into blocks, keeping a flat stack of open elements."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.newlines = [0]
        self.newlines.extend(match.end() for match in re.finditer("\n", source))
        self.stack: list[tuple[str, bool]] = []  # (tag, marks a standfirst)
        self.open: dict[str, int] = {}
        self.skipped = 0  # open elements whose content is not text
        self.code = 0  # open elements whose text is masked
        self.atoms: list[Atom] = []
        self.found: list[tuple[str, list[Atom], Callable[[str], str]]] = []
        self.pending_captions: list[list[Atom]] = []
        self.title: list[Atom] | None = None
        self.has_headline = False

    # -- positions -------------------------------------------------------

    def source_offset(self) -> int:
        """Source offset of the token being handled (getpos counts lines by ``\\n``)."""
        line, column = self.getpos()
        return self.newlines[line - 1] + column

    # -- stack -----------------------------------------------------------

    def _push(self, tag: str, standfirst: bool) -> None:
        self.stack.append((tag, standfirst))
        self.open[tag] = self.open.get(tag, 0) + 1
        self.skipped += tag in SKIPPED_TAGS
        self.code += tag in MASKED_TAGS
        if standfirst:
            self.open["\0standfirst"] = self.open.get("\0standfirst", 0) + 1

    def _pop_to(self, index: int) -> None:
        """Close the element at ``index`` and everything opened inside it."""
        while len(self.stack) > index:
            tag, standfirst = self.stack.pop()
            self.open[tag] -= 1
            self.skipped -= tag in SKIPPED_TAGS
            self.code -= tag in MASKED_TAGS
            if standfirst:
                self.open["\0standfirst"] -= 1

    def _inside(self, tag: str) -> bool:
        return self.open.get(tag, 0) > 0

    def _last_index(self, names: tuple[str, ...] | frozenset[str], scope: frozenset[str]) -> int:
        """Index of the innermost open element in ``names`` not hidden behind a ``scope`` element."""
        for index in range(len(self.stack) - 1, -1, -1):
            tag = self.stack[index][0]
            if tag in names:
                return index
            if tag in scope:
                return -1
        return -1

    def _close_implied(self, tag: str) -> None:
        """Close what a start tag ends implicitly (``<p>`` by a block, ``<li>`` by the next)."""
        if tag in _CLOSES_P and self._inside("p"):
            index = self._last_index(("p",), _P_SCOPE)
            if index >= 0:
                self._pop_to(index)
        siblings = _SIBLINGS.get(tag)
        if siblings and any(self._inside(name) for name in siblings):
            index = self._last_index(siblings, _LIST_SCOPE)
            if index >= 0:
                self._pop_to(index)

    # -- text --------------------------------------------------------------

    def _skipping(self) -> bool:
        return self.skipped > 0 or (self._inside("head") and not self._inside("title"))

    def _add(self, start: int, end: int) -> None:
        if not self._skipping():
            self.atoms.extend(decode_span(self.source, start, end, self.code > 0))

    def flush(self) -> None:
        """End the current run of text: it becomes a block of the innermost field."""
        atoms, self.atoms = self.atoms, []
        if any(atom.text.strip() for atom in atoms):
            if self._inside("title") and not self._inside("body"):
                if self.title is None:
                    self.title = atoms
            elif self._inside("h1") and not self.has_headline:
                self.has_headline = True
                self.found.append(("headline", atoms, html_escape))
            elif self._inside("figcaption"):
                self.found.append(("caption", atoms, html_escape))
            elif self._inside("\0standfirst"):
                self.found.append(("standfirst", atoms, html_escape))
            else:
                self.found.append(("body", atoms, html_escape))
        if self.pending_captions:
            self.found.extend(("caption", caption, attribute_escape) for caption in self.pending_captions)
            self.pending_captions = []

    # -- HTMLParser handlers ------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self.source_offset()
        raw = self.get_starttag_text() or ""
        if tag == "br":
            if not self._skipping():
                self.atoms.append(Atom("\n", start, start + len(raw)))
            return
        if tag == "img":
            if not self._skipping():
                self._alt_caption(start, raw, attrs)
            return
        if tag in VOID_TAGS:
            if tag in BLOCK_TAGS:
                self.flush()
            return
        if tag in BLOCK_TAGS or tag in SKIPPED_TAGS:
            self.flush()
        self._close_implied(tag)
        classes = next((value or "" for name, value in attrs if name == "class"), "").lower().split()
        self._push(tag, any(name in STANDFIRST_CLASSES for name in classes))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID_TAGS:
            return
        index = self._last_index((tag,), frozenset()) if self._inside(tag) else -1
        if index < 0:
            if tag in BLOCK_TAGS:
                self.flush()  # a stray </p> still ends a paragraph
            return
        if any(name in BLOCK_TAGS or name in SKIPPED_TAGS for name, _ in self.stack[index:]):
            self.flush()
        self._pop_to(index)

    def handle_data(self, data: str) -> None:
        start = self.source_offset()
        if self.source.startswith(data, start):
            self._add(start, start + len(data))

    def handle_entityref(self, name: str) -> None:
        start = self.source_offset()
        end = start + 1 + len(name)
        if self.source.startswith(";", end):
            end += 1
        self._add(start, end)

    def handle_charref(self, name: str) -> None:
        start = self.source_offset()
        end = start + 2 + len(name)
        if self.source.startswith(";", end):
            end += 1
        self._add(start, end)

    # Comments, declarations and processing instructions are never text: the
    # base class handlers already ignore them.

    def _alt_caption(self, start: int, raw: str, attrs: list[tuple[str, str | None]]) -> None:
        """Queue the ``alt`` text of an image as a caption, mapped into the tag."""
        alt = next((value for name, value in attrs if name == "alt"), None)
        if not alt or not alt.strip():
            return
        name_match = _TAG_NAME.match(raw)
        position = name_match.end() if name_match else 0
        for match in _ATTRIBUTE.finditer(raw, position):
            if match.group(1).lower() != "alt" or match.group(2) is None:
                continue
            value_start, value_end = match.start(2), match.end(2)
            if raw[value_start] in "\"'":
                value_start, value_end = value_start + 1, value_end - 1
            atoms = decode_span(self.source, start + value_start, start + value_end)
            if "".join(atom.text for atom in atoms) == alt:
                self.pending_captions.append(atoms)
                return
        # The tag could not be matched up (odd markup): the caption stands for the whole tag.
        self.pending_captions.append([Atom(alt, start, start + len(raw))])


def _collect(text: str) -> _Collector:
    collector = _Collector(text)
    collector.feed(text)
    collector.close()
    collector.flush()
    return collector


Translate = Callable[[Atom], list[Atom]]
"""Maps an atom of an embedded HTML string to atoms of the file that holds it."""


def parse_html_fragment(
    text: str, outer: Translate | SourceMap | None = None, outer_escape: Callable[[str], str] | None = None
) -> list[Block]:
    """Blocks of an HTML document or fragment, in reading order.

    ``text`` is the HTML. When it is itself the value of another format's field
    (ninjs ``body_html``, an HTML block in Markdown), ``outer`` takes its
    offsets into the file, either as a map (composed, simple but per character)
    or as a function translating each atom (fast when the caller knows its
    pieces), and ``outer_escape`` writes text there, so each block points into
    the file as the user sees it and fixes are escaped for both layers.
    """
    collector = _collect(text)
    found = list(collector.found)
    if not collector.has_headline and collector.title is not None:
        found.insert(0, ("headline", collector.title, html_escape))
    blocks: list[Block] = []
    paragraph = 0
    for field, atoms, escape in found:
        inferred = False
        if field == "body" and looks_like_caption("".join(atom.text for atom in atoms)):
            field, inferred = "caption", True
        trimmed = trim_atoms(atoms)
        if callable(outer):
            trimmed = [piece for atom in trimmed for piece in outer(atom)]
        block = build_block(trimmed, field, escape, paragraph if field == "body" else 0, inferred)
        if block is None:
            continue
        if field == "body":
            paragraph += 1
        if isinstance(outer, SourceMap):
            block.map = block.map.compose(outer)
        if outer_escape is not None:
            block.escape = _chain(block.escape, outer_escape)
        blocks.append(block)
    return blocks


def _chain(inner: Callable[[str], str], outer: Callable[[str], str]) -> Callable[[str], str]:
    def escape(text: str) -> str:
        return outer(inner(text))

    return escape


class HtmlReader:
    """Reads an HTML page as one article."""

    format = "html"
    extensions = (".html", ".htm")

    def read(self, path: str, source: str) -> Document:
        return Document(path, source, self.format, [Article(parse_html_fragment(source))])
