"""The Markdown reader against every example of the CommonMark spec (0.30; data and licence in fixtures/commonmark).

For each example, markdown-it-py (in the reader's dialect) says what is text;
the test checks the reader's blocks against that:

- every piece of paragraph, heading, list-item, block-quote and table text
  that markdown-it-py renders as text (and every image's alt text) is in a
  block, unmasked, in reading order, and maps exactly onto its place in the
  file; the one exception is by design: a bare URL (and a ``[^1]`` footnote
  marker) inside text is masked, being an address, not prose;
- nothing else reaches a rule: the words of unmasked block text are words of
  those pieces or of the text of an HTML block, never of a code span, code
  block, raw HTML tag, link destination or title, or reference definition.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import assert_maps_exactly
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from wirelint.document import Block, Document
from wirelint.readers import markdown
from wirelint.readers.markdown import MarkdownReader

SPEC = json.loads((Path(__file__).parent / "fixtures" / "commonmark" / "spec-0.30.json").read_text(encoding="utf-8"))
WORD = re.compile(r"[^\W_]+")
BARE_URL = re.compile(r"(?:https?://|www\.)\S+|\[\^[^\]\s]+\]")
TEXT_OPENERS = ("paragraph_open", "heading_open", "th_open", "td_open")

CHANGED_SINCE_0_30 = {218, 239, 240, 625, 626}
"""Examples whose expected HTML changed in spec 0.31 (HTML block start tags, HTML comments),
which markdown-it-py follows."""


class _Never(Exception):
    """Stands in for the reader's fallbacks, so that taking one fails the test."""


def no_fallbacks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader degrades quietly when an inline token is not found; here that must never happen."""
    monkeypatch.setattr(markdown, "Lost", _Never)

    def plain_segment(*args: object) -> None:
        raise AssertionError("a block was read as plain text")

    monkeypatch.setattr(markdown._Body, "plain_segment", plain_segment)


@pytest.fixture(autouse=True)
def _no_fallbacks(monkeypatch: pytest.MonkeyPatch) -> None:
    no_fallbacks(monkeypatch)


def _source(example: dict[str, object]) -> str:
    """The example's Markdown; one that opens with a front-matter fence gets a blank line first,
    which CommonMark ignores, so that the reader does not take it for front matter."""
    text = str(example["markdown"])
    return "\n" + text if text.split("\n", 1)[0].rstrip() in ("---", "+++") else text


def _parser() -> MarkdownIt:
    """markdown-it-py as the reader configures it: CommonMark with tables, text tokens in their source form."""
    return MarkdownIt("commonmark").enable("table").disable("text_join")


def _pieces(children: list[Token]) -> Iterator[str]:
    """The source form of each piece of text, in order (an autolink is a link destination, not text)."""
    skipping = False
    for token in children:
        if token.type == "link_open" and token.info == "auto":
            skipping = True
        elif token.type == "link_close":
            skipping = False
        elif skipping:
            continue
        elif token.type == "text":
            yield token.content
        elif token.type == "text_special":
            yield token.markup
        elif token.type == "image":
            yield from _pieces(token.children or [])


class _HtmlText(HTMLParser):
    """The words an HTML block may give the reader: its text and its images' alt text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.words: list[str] = []

    def handle_data(self, data: str) -> None:
        self.words.extend(WORD.findall(data))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "alt" and value:
                self.words.extend(WORD.findall(value))


def _expected(source: str) -> tuple[list[list[str]], Counter[str]]:
    """Pieces of text per inline token, and the words allowed in unmasked block text."""
    tokens = _parser().parse(source, {})
    pieces: list[list[str]] = []
    allowed: Counter[str] = Counter()
    for index, token in enumerate(tokens):
        if token.type == "inline" and tokens[index - 1].type in TEXT_OPENERS:
            found = list(_pieces(token.children or []))
            pieces.append(found)
            allowed.update(word for piece in found for word in WORD.findall(piece))
        elif token.type == "html_block":
            parser = _HtmlText()
            parser.feed(token.content)
            parser.close()
            allowed.update(parser.words)
    return pieces, allowed


def _unmasked(block: Block) -> str:
    """The block's text with masked spans blanked out."""
    text = list(block.text)
    for start, end in block.masked:
        text[start:end] = " " * (end - start)
    return "".join(text)


def _find(document: Document, piece: str, after: int) -> tuple[int, int] | None:
    """The first unmasked occurrence of ``piece`` that starts at or after source offset ``after``."""
    best: tuple[int, int] | None = None
    for block in document.blocks:
        visible = _unmasked(block).replace("\0", "\ufffd")  # as markdown-it-py reads U+0000
        index = visible.find(piece)
        while index >= 0:
            start, end = block.source_span(index, index + len(piece))
            if start >= after and (best is None or start < best[0]):
                best = (start, end)
            index = visible.find(piece, index + 1)
    return best


def _assert_text_reaches_rules_and_nothing_else(source: str) -> None:
    document = MarkdownReader().read("spec.md", source)
    assert_maps_exactly(document, lambda char, piece: char in html.unescape(piece) or piece in ("\r\n",))
    pieces, allowed = _expected(source)
    for inline in pieces:
        after = 0
        for text in inline:
            for piece in BARE_URL.split(text):
                piece = piece.strip()
                if not piece:
                    continue
                found = _find(document, piece, after)
                assert found is not None, (piece, inline, [b.text for b in document.blocks])
                assert source[found[0] : found[1]].replace("\0", "\ufffd") == piece
                after = found[1]
    visible: Counter[str] = Counter(word for block in document.blocks for word in WORD.findall(_unmasked(block)))
    assert not visible - allowed, (visible - allowed, [(b.text, b.masked) for b in document.blocks])


@pytest.mark.parametrize("example", SPEC, ids=[f"{e['example']}-{e['section']}" for e in SPEC])
def test_spec_example_text_reaches_rules_and_nothing_else(example: dict[str, object]) -> None:
    _assert_text_reaches_rules_and_nothing_else(_source(example))


WORDS = st.sampled_from(("alpha", "beta", "café", "said", "2024", "x", "Ünïcode", "a\tb"))
PHRASE = st.lists(WORDS, min_size=1, max_size=4).map(" ".join)
INLINE = st.one_of(
    PHRASE,
    PHRASE.map(lambda t: f"`{t}`"),
    PHRASE.map(lambda t: f"``{t} ` x``"),
    st.tuples(PHRASE, PHRASE).map(lambda p: f"[{p[0]}](/dest/{p[1].replace(' ', '_')} \"{p[1]}\")"),
    st.tuples(PHRASE, PHRASE).map(lambda p: f"[{p[0]}](<{p[1]}>)"),
    PHRASE.map(lambda t: f"[{t}][ref]"),
    PHRASE.map(lambda t: f"[{t}][]"),
    PHRASE.map(lambda t: f"[{t}]"),
    PHRASE.map(lambda t: f"![{t}](img.png)"),
    PHRASE.map(lambda t: f"[![{t}](i.png) {t}](/u)"),
    PHRASE.map(lambda t: f"*{t}*"),
    PHRASE.map(lambda t: f"**{t}** and _{t}_"),
    st.sampled_from(("<https://example.org/p>", "<b>", "</span>", "<!-- note -->", "&amp;", "&#233;", "&bogus;")),
    st.sampled_from(("\\*", "\\[", "\\", "*", "_", "[", "]", "`", "<", "!", "  \n", "\\\n", "\n", "\0")),
    st.sampled_from(("https://example.org/a_b", "www.example.org", "[^1]")),
)
LINE = st.lists(INLINE, min_size=1, max_size=6).map(" ".join)
BLOCK = st.one_of(
    LINE,
    LINE.map(lambda t: "# " + t.replace("\n", " ")),
    LINE.map(lambda t: t + "\n---"),
    LINE.map(lambda t: "> " + t.replace("\n", "\n> ")),
    LINE.map(lambda t: "> " + t),
    st.lists(LINE, min_size=1, max_size=3).map(lambda items: "\n".join("- " + i.replace("\n", "\n  ") for i in items)),
    LINE.map(lambda t: "1.\t" + t.replace("\n", "\n\t")),
    st.tuples(LINE, LINE).map(lambda c: f"| {c[0]} | {c[1]} |\n|---|---|\n| {c[1]} | {c[0]} |".replace("\n", " ")),
    LINE.map(lambda t: f"```\n{t}\n```"),
    LINE.map(lambda t: f"<div>\n{t}\n</div>"),
    LINE.map(lambda t: "    " + t),
    st.just("[ref]: /ref-dest 'Ref title'"),
)


@given(st.lists(BLOCK, min_size=1, max_size=5), st.sampled_from(("\n\n", "\n", "\r\n\r\n", "\r\n")))
@settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
def test_generated_markdown_text_reaches_rules_and_nothing_else(blocks: list[str], separator: str) -> None:
    source = separator.join(blocks)
    assume(source.split("\n", 1)[0].rstrip() not in ("---", "+++"))
    with pytest.MonkeyPatch.context() as patch:
        no_fallbacks(patch)
        if "\r" in separator:  # CRLF line endings throughout
            source = source.replace("\r\n", "\n").replace("\n", "\r\n")
        _assert_text_reaches_rules_and_nothing_else(source)


def test_markdown_it_py_renders_the_spec_examples_as_the_spec_says() -> None:
    """The parser the reader relies on is CommonMark-compliant, tables enabled (spec 0.31 changes aside)."""
    md = MarkdownIt("commonmark").enable("table")
    wrong = [e["example"] for e in SPEC if md.render(str(e["markdown"])) != e["html"]]
    assert set(wrong) <= CHANGED_SINCE_0_30, wrong
