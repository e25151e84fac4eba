"""Findings of an audit as files: JSON Lines or Parquet, one row per finding.

Rows are written as partitions arrive, never all held at once. A file is
written under a temporary name and renamed when complete, so an interrupted
audit never leaves a truncated file that looks finished.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path
from typing import IO, Any, Protocol

COLUMNS: tuple[tuple[str, str], ...] = (
    ("path", "string"),
    ("article_id", "string"),
    ("code", "string"),
    ("name", "string"),
    ("severity", "string"),
    ("field", "string"),
    ("line", "int64"),
    ("column", "int64"),
    ("end_line", "int64"),
    ("end_column", "int64"),
    ("message", "string"),
    ("match", "string"),
    ("before", "string"),
    ("after", "string"),
    ("date", "string"),
    ("section", "string"),
)
"""The row schema, shared by both formats (``date`` is ISO ``YYYY-MM-DD`` or null)."""
FORMATS = {".jsonl": "jsonl", ".parquet": "parquet"}
PARQUET_ROW_GROUP = 50_000


class FindingsWriter(Protocol):
    def write(self, rows: list[dict[str, Any]]) -> None: ...

    def close(self) -> None: ...

    def abort(self) -> None: ...


def format_for(path: Path) -> str | None:
    return FORMATS.get(path.suffix.lower())


class _Staged:
    """A temporary file next to the target, renamed over it on close."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.temporary = target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:12]}.tmp")

    def commit(self) -> None:
        os.replace(self.temporary, self.target)

    def abort(self) -> None:
        self.temporary.unlink(missing_ok=True)


class JsonLinesWriter(_Staged):
    def __init__(self, target: Path) -> None:
        super().__init__(target)
        self.stream: IO[str] = self.temporary.open("w", encoding="utf-8")

    def write(self, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            self.stream.write(json.dumps({name: row[name] for name, _ in COLUMNS}, ensure_ascii=False))
            self.stream.write("\n")

    def close(self) -> None:
        self.stream.close()
        self.commit()

    def abort(self) -> None:
        self.stream.close()
        super().abort()


class ParquetWriter(_Staged):
    """Buffers rows into row groups of :data:`PARQUET_ROW_GROUP`."""

    def __init__(self, target: Path) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        super().__init__(target)
        self.schema = pa.schema([(name, getattr(pa, kind)()) for name, kind in COLUMNS])
        self.writer = pq.ParquetWriter(self.temporary, self.schema)
        self.buffer: list[dict[str, Any]] = []

    def write(self, rows: list[dict[str, Any]]) -> None:
        self.buffer.extend(rows)
        if len(self.buffer) >= PARQUET_ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.buffer:
            self.writer.write_table(pa.Table.from_pylist(self.buffer, schema=self.schema))
            self.buffer = []

    def close(self) -> None:
        self._flush()
        self.writer.close()
        self.commit()

    def abort(self) -> None:
        self.writer.close()
        super().abort()


def open_writer(path: Path) -> FindingsWriter:
    """A writer chosen by the file ending (``.jsonl`` or ``.parquet``)."""
    kind = format_for(path)
    if kind is None:
        raise ValueError(f"{path}: findings are written as .jsonl or .parquet")
    return JsonLinesWriter(path) if kind == "jsonl" else ParquetWriter(path)


def read_findings(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """The rows of a findings file written by an audit (for tests and notebooks); ``path``
    is a string or any path-like object, as ``open()`` takes."""
    path = Path(path)
    if format_for(path) == "parquet":
        import pyarrow.parquet as pq

        return pq.read_table(path).to_pylist()
    with path.open(encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]
