"""Articles held as records (Parquet rows, JSON objects), and findings as rows.

A record has no file the user sees, only values. Its fields are laid out in a
document one after another, each starting on a line of its own, so rules see
ordinary blocks (the body split into paragraphs as plain text is) and every
finding can be put back into the value it came from: for a record, ``line``
and ``column`` count in that field's text. Captions may be a list (one caption
per item, so ``line`` is the item's number) or a string (one per line).

:func:`record_document` and :func:`finding_rows` are public: they are what the
audit workers run, and what a Spark or Ray job calls in ``mapPartitions``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from wirelint.document import Article, Block, Document
from wirelint.finding import Finding
from wirelint.readers.text import Line, body_blocks, make_block, paragraphs, split_lines
from wirelint.suppressions import is_directive_line

CONTEXT = 60
"""Characters of context kept on each side of a match."""
MAX_MATCH = 200
_SPACE = re.compile(r"\s+")
_FIELD_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class ColumnMap:
    """Which record keys (Parquet columns, JSON keys) hold each part of an article."""

    id: str = "id"
    headline: str = "headline"
    body: str = "body"
    captions: str = "captions"
    date: str = "date"
    section: str = "section"

    @property
    def reads_text_columns(self) -> bool:
        """True when the text columns differ from the ninjs names (JSON Lines is then read as records)."""
        default = ColumnMap()
        return (self.headline, self.body, self.captions) != (default.headline, default.body, default.captions)


@dataclass(eq=False)
class RecordDocument(Document):
    """A document built from a record: positions count in each field's value."""

    regions: list[tuple[int, int, str]] = field(default_factory=list)
    """``(start offset, end offset, field)`` of each value in :attr:`source`."""

    def position(self, offset: int) -> tuple[int, int]:
        """1-based ``(line, column)`` in the value of the field at ``offset`` (values start at column 1)."""
        line, column = super().position(offset)
        starts = [start for start, _, _ in self.regions]
        if not starts:
            return line, column
        first_line, _ = super().position(starts[max(bisect.bisect_right(starts, offset) - 1, 0)])
        return line - first_line + 1, column


def _string(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return value if isinstance(value, str) else str(value)


def _captions(value: Any) -> str:
    """One caption per line: list items have their own line breaks turned into spaces."""
    if isinstance(value, (list, tuple)):
        return "\n".join(_string(item).replace("\r", " ").replace("\n", " ") for item in value)
    return _string(value)


def record_document(
    record: Mapping[str, Any],
    columns: ColumnMap | None = None,
    path: str = "<record>",
    article_id: str | None = None,
) -> RecordDocument:
    """The document of one record, its id from the mapped id column (else ``article_id``)."""
    columns = columns or ColumnMap()
    values = [
        ("headline", _string(record.get(columns.headline))),
        ("caption", _captions(record.get(columns.captions))),
        ("body", _string(record.get(columns.body))),
    ]
    values = [(name, value) for name, value in values if value.strip()]
    source = _FIELD_SEPARATOR.join(value for _, value in values)
    regions: list[tuple[int, int, str]] = []
    offset = 0
    for name, value in values:
        regions.append((offset, offset + len(value), name))
        offset += len(value) + len(_FIELD_SEPARATOR)
    lines = split_lines(source)
    blocks: list[Block] = []
    for start, end, name in regions:
        own = [line for line in lines if start <= line.start < end and not is_directive_line(line.text)]
        blocks.extend(_field_blocks(source, name, own))
    raw_id = record.get(columns.id)
    identifier = _string(raw_id) if raw_id not in (None, "") else article_id
    return RecordDocument(path, source, "record", [Article(blocks, identifier)], regions=regions)


def _field_blocks(source: str, name: str, lines: list[Line]) -> list[Block]:
    if name == "body":
        return body_blocks(source, paragraphs(lines))
    if name == "caption":
        return [make_block(source, [line], "caption") for line in lines if not line.blank]
    content = [line for line in lines if not line.blank]
    return [make_block(source, content, name)] if content else []


# --- findings as rows ------------------------------------------------------------


def _block_at(document: Document, finding: Finding) -> Block | None:
    for block in document.blocks:
        if finding.field and block.field != finding.field:
            continue
        if block.map.start(0) <= finding.start <= block.map.end(len(block.text)):
            return block
    return None


def _one_line(text: str) -> str:
    return _SPACE.sub(" ", text)


def excerpt(document: Document, finding: Finding, width: int = CONTEXT) -> tuple[str, str, str]:
    """``(before, match, after)`` in the field's text (decoded: no JSON or HTML escapes).

    The match is exact (white space matters to spacing rules); the context is put on one line.
    """
    block = _block_at(document, finding)
    if block is None:
        text, start, end = document.source, finding.start, finding.end
    else:
        text = block.text
        offsets = range(len(text) + 1)
        start = bisect.bisect_left(offsets, finding.start, key=block.map.start)
        end = max(start, bisect.bisect_left(offsets, finding.end, key=block.map.end))
    match = text[start:end]
    if len(match) > MAX_MATCH:
        match = match[: MAX_MATCH - 1] + "…"
    return _one_line(text[max(0, start - width) : start]), match, _one_line(text[end : end + width])


def finding_rows(
    document: Document,
    findings: list[Finding],
    *,
    date: str | None = None,
    section: str | None = None,
    context: int = CONTEXT,
) -> list[dict[str, Any]]:
    """One flat row per finding: where (article, field, span), what, and the match in context."""
    rows = []
    for finding in findings:
        before, match, after = excerpt(document, finding, context)
        row = finding.row() | {"path": document.path}
        rows.append(row | {"match": match, "before": before, "after": after, "date": date, "section": section})
    return rows
