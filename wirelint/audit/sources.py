"""What an audit reads, cut into partitions that workers can load on their own.

A partition is a small description (a list of files, a byte range of a JSON
Lines file, rows of a Parquet row group), never the data: the client plans,
each worker reads its own partition, so the client's memory does not grow
with the archive. The plan depends only on the sources and the partition size,
not on the number of workers, which is what makes results identical however
the work is spread.

- Folders are walked like ``check`` does (include and exclude patterns, sorted);
  ``.jsonl`` and ``.parquet`` files found in them are archives of their own,
  other files are checked whole, ``partition_size`` files to a partition.
- JSON Lines: one ninjs item per line; partitions are byte ranges found by one
  pass over the file, so every finding keeps its line in the file.
- Parquet: rows of each row group, ``partition_size`` rows to a partition.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from wirelint.audit.records import ColumnMap
from wirelint.config import Settings
from wirelint.errors import InputError
from wirelint.files import discover
from wirelint.text.calendar import month_number

_ISO_DATE = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)")
_DAY_MONTH_YEAR = re.compile(r"\b(?P<day>\d{1,2})[-\s]+(?P<month>[A-Za-z]{3,9})\.?[-\s,]+(?P<year>\d{4})\b")
_MONTH_DAY_YEAR = re.compile(r"\b(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})\b")
NINJS_DATE_KEYS = ("versioncreated", "firstcreated", "firstpublished")


@dataclass(frozen=True)
class FilesPart:
    """Whole files from a folder (``source``), read by the usual readers."""

    source: str
    paths: tuple[str, ...]

    @property
    def size(self) -> int:
        return len(self.paths)

    @property
    def identity(self) -> str:
        """What, besides content, decides the results (part of the cache key)."""
        return self.source


@dataclass(frozen=True)
class LinesPart:
    """Lines ``first_line...`` of a JSON Lines file: bytes ``[start, end)``, ``size`` items."""

    source: str
    start: int
    end: int
    first_line: int
    size: int

    @property
    def identity(self) -> str:
        """Byte offsets are left out: growing one article must not invalidate the partitions after it."""
        return f"{self.source}:{self.first_line}"


@dataclass(frozen=True)
class ParquetPart:
    """``size`` rows of row group ``row_group`` of a Parquet file, from ``offset`` in the group."""

    source: str
    row_group: int
    offset: int
    first_row: int
    size: int

    @property
    def identity(self) -> str:
        return f"{self.source}:{self.first_row}"


Part = FilesPart | LinesPart | ParquetPart


def kind_of(path: Path) -> str:
    suffix = path.suffix.lower()
    return {".jsonl": "jsonl", ".parquet": "parquet"}.get(suffix, "file")


def plan(
    sources: Sequence[Path], settings: Settings, partition_size: int, columns: ColumnMap | None = None
) -> Iterator[Part]:
    """Partitions of every source, in a fixed order; raises InputError for a Parquet file without text columns."""
    columns = columns or ColumnMap()
    for given in sources:
        if not given.is_dir():
            yield from _archive_parts(given, partition_size, columns)
            continue
        loose: list[str] = []
        found = discover(given, settings.is_excluded, lambda p: settings.is_included(p) or kind_of(p) == "parquet")
        for path in found:
            if kind_of(path) != "file":
                yield from _archive_parts(path, partition_size, columns)
                continue
            loose.append(str(path))
            if len(loose) == partition_size:
                yield FilesPart(str(given), tuple(loose))
                loose = []
        if loose:
            yield FilesPart(str(given), tuple(loose))


def _archive_parts(path: Path, partition_size: int, columns: ColumnMap) -> Iterator[Part]:
    kind = kind_of(path)
    if kind == "jsonl":
        yield from _lines_parts(path, partition_size)
    elif kind == "parquet":
        yield from _parquet_parts(path, partition_size, columns)
    else:
        yield FilesPart(str(path.parent), (str(path),))


def _lines_parts(path: Path, partition_size: int) -> Iterator[LinesPart]:
    name = str(path)
    start = offset = 0
    first_line = line = 1
    count = 0
    with path.open("rb") as stream:
        for raw in stream:
            offset += len(raw)
            line += 1
            if raw.strip():
                count += 1
            if count == partition_size:
                yield LinesPart(name, start, offset, first_line, count)
                start, first_line, count = offset, line, 0
    if count:
        yield LinesPart(name, start, offset, first_line, count)


def _parquet_parts(path: Path, partition_size: int, columns: ColumnMap) -> Iterator[ParquetPart]:
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    names = parquet.schema_arrow.names
    if columns.headline not in names and columns.body not in names:
        raise InputError(
            str(path),
            f"no {columns.headline!r} or {columns.body!r} column (it has {', '.join(names)}); "
            "name them with --headline-column and --body-column",
        )
    metadata = parquet.metadata
    first_row = 0
    for group in range(metadata.num_row_groups):
        rows = metadata.row_group(group).num_rows
        for offset in range(0, rows, partition_size):
            yield ParquetPart(str(path), group, offset, first_row + offset, min(partition_size, rows - offset))
        first_row += rows


def section_of(path: str, root: str) -> str | None:
    """The folder a file is in, below the audited folder (``bbc/business/001.txt`` is in ``business``)."""
    parts = Path(os.path.relpath(path, root)).parts
    return parts[-2] if len(parts) > 1 and parts[0] != ".." else None


def normalise_date(value: Any) -> str | None:
    """An ISO date (``1987-02-26``) from a date, a timestamp or a common date string; None when unknown.

    Strings are matched with a few patterns rather than ``strptime`` tries, which cost
    milliseconds per article: ISO 8601 (``2004-05-01T10:00Z``), ``2004/05/01``, and a day,
    month name and year in either order (``26-FEB-1987 15:01``, ``Thu, 26 Feb 1987``,
    ``February 26, 1987``). The date is the one written, whatever the time zone.
    """
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    text = value.strip()
    numeric = _ISO_DATE.match(text)
    if numeric:
        year, month, day = (int(part) for part in numeric.groups())
    elif match := _DAY_MONTH_YEAR.search(text):
        day, month, year = int(match["day"]), month_number(match["month"]), int(match["year"])
    elif match := _MONTH_DAY_YEAR.search(text):
        day, month, year = int(match["day"]), month_number(match["month"]), int(match["year"])
    else:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
