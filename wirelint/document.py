"""The document model: a file, its articles, and their fields as blocks.

A reader turns a file into a :class:`Document`. Each article in it (one for
most files, one per line for JSON Lines) is a list of :class:`Block`: a
headline, a standfirst, captions, a dateline and the body paragraphs, each
with its text and a :class:`~wirelint.sourcemap.SourceMap` back to the file.
Rules only ever see this model; they never read files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from wirelint.lines import LineIndex
from wirelint.sourcemap import SourceMap
from wirelint.text.quotes import quote_spans
from wirelint.text.sentences import sentence_spans
from wirelint.text.spans import SpanIndex

FIELDS = ("headline", "standfirst", "caption", "dateline", "body")



def _verbatim(text: str) -> str:
    return text


@dataclass(eq=False)
class Block:
    """One field of an article (a headline, a caption, one body paragraph)."""

    field: str
    text: str
    """Interned by the readers: per-paragraph caches key on it, so a run keeps one copy per paragraph."""
    map: SourceMap
    paragraph: int = 0
    inferred: bool = False
    """True when the reader recognised the field from content, not markup
    (a caption pasted into a plain body)."""
    masked: tuple[tuple[int, int], ...] = ()
    """Field spans that rules must never report, such as Markdown code."""
    escape: Callable[[str], str] = field(default=_verbatim, repr=False)
    """Turns replacement text into source text (JSON or HTML escaping)."""
    article: Article | None = field(default=None, repr=False)

    @property
    def verbatim(self) -> bool:
        """True when the block's text is written in the file as it is (text, Markdown)."""
        return self.escape is _verbatim

    @property
    def source(self) -> str:
        """The whole decoded file the block came from."""
        assert self.article is not None and self.article.document is not None
        return self.article.document.source

    @cached_property
    def quotes(self) -> tuple[tuple[int, int], ...]:
        """Spans of quoted speech, quote marks included."""
        return quote_spans(self.text)

    @cached_property
    def sentences(self) -> tuple[tuple[int, int], ...]:
        """Spans of the sentences in this block."""
        return sentence_spans(self.text)

    @cached_property
    def _quote_index(self) -> SpanIndex:
        return SpanIndex(self.quotes)

    def in_quote(self, start: int, end: int) -> bool:
        """True when ``text[start:end]`` is inside quoted speech."""
        return self._quote_index.covers(start, end)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets of ``text[start:end]``."""
        return self.map.start(start), self.map.end(end)

    @cached_property
    def _masked_index(self) -> SpanIndex:
        return SpanIndex(self.masked)

    def is_masked(self, start: int, end: int) -> bool:
        return self._masked_index.overlaps(start, end)


@dataclass(eq=False)
class Article:
    """One news item: its blocks in reading order and an optional id."""

    blocks: list[Block]
    id: str | None = None
    document: Document | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        for block in self.blocks:
            block.article = self

    def fields(self, *names: str) -> Iterator[Block]:
        """Blocks of the given fields (all when none named), in order."""
        for block in self.blocks:
            if not names or block.field in names:
                yield block

    @property
    def headline(self) -> Block | None:
        return next(self.fields("headline"), None)

    @property
    def body(self) -> list[Block]:
        return list(self.fields("body"))


@dataclass(eq=False)
class Document:
    """A decoded file and the articles a reader found in it."""

    path: str
    source: str
    format: str
    articles: list[Article] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    """Parts the reader could not read (a broken line of a JSON Lines feed), one message each;
    the articles it could read are still checked."""

    def __post_init__(self) -> None:
        for article in self.articles:
            article.document = self

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.source)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based ``(line, column)`` of a source offset, columns in code points."""
        return self.lines.position(offset)

    def offset(self, line: int, column: int) -> int:
        """Inverse of :meth:`position`."""
        return self.lines.offset(line, column)

    @property
    def blocks(self) -> Iterator[Block]:
        for article in self.articles:
            yield from article.blocks
