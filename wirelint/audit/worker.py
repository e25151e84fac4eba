"""What one worker does with one partition: read it, lint it, return plain data.

Dask runs a partition on a worker thread, where the engine's per-rule time budget (a timer
signal, main thread only) cannot hold; so there the partition goes to a lint process
(:mod:`wirelint.commands.lintprocess`) that runs it on its main thread. A rule stuck in a loop is then
stopped and reported as ``check`` reports it; one stuck where the timer cannot reach it gets
the process killed, and the partition is run again without that rule, the rule named in the
errors. On the main thread (``--scheduler synchronous``) the partition runs in place.

The result is JSON-ready (finding rows, one line per article, errors), so it
travels back to the client cheaply and is stored as is in the result cache. A
partition is cached whole, under a key made of its content, the configuration,
the audit options and the code that makes findings; a second run over an
unchanged archive reads the data, hashes it and skips the linting.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import Counter
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from wirelint.audit.records import CONTEXT, ColumnMap, finding_rows, record_document
from wirelint.audit.sources import (
    NINJS_DATE_KEYS,
    FilesPart,
    LinesPart,
    ParquetPart,
    Part,
    normalise_date,
    section_of,
)
from wirelint.commands.cache import ResultCache, code_fingerprint, make_key, settings_fingerprint
from wirelint.commands.lintprocess import ChildFailed, LintProcess, RuleHung, in_child, watched
from wirelint.config import Settings
from wirelint.document import Document
from wirelint.engine import Engine
from wirelint.errors import InputError, PackError
from wirelint.files import read_source
from wirelint.registry import get_registry
from wirelint.rule import Rule

PartitionResult = dict[str, Any]
"""``{"rows": [...], "articles": [[source, path, id, date, section, findings], ...], "errors": [...]}``"""


@dataclass(frozen=True)
class AuditJob:
    """Everything a worker needs besides its partition; sent once to each worker."""

    settings: Settings = field(default_factory=Settings)
    columns: ColumnMap = field(default_factory=ColumnMap)
    rules: tuple[Rule, ...] | None = None
    """A rule trial's draft pack; None runs the configured rules."""
    rules_digest: str = ""
    """Content hash of the draft pack (part of the cache key)."""
    autoload: bool = True
    cache_dir: str | None = None
    context: int = CONTEXT

    def options_fingerprint(self) -> str:
        return make_key(json.dumps(asdict(self.columns), sort_keys=True), str(self.context), self.rules_digest)


@dataclass
class Item:
    """One thing to lint: a file, a line of JSON Lines, or a record."""

    path: str
    kind: str  # "file", "ninjs" or "record"
    payload: Any = None
    label: str | None = None
    """The article id when the item has none (``line 12``, ``row 40``)."""
    article_id: str | None = None
    """The id from the mapped id column, which wins over the reader's."""
    line: int = 1
    """The item's line in its JSON Lines file."""
    date: str | None = None
    section: str | None = None
    error: str | None = None


@lru_cache(maxsize=2)
def _engine(autoload: bool) -> Engine:
    """One engine per worker process: plugins load once."""
    return Engine(get_registry(autoload))


_local = threading.local()
"""One lint process per worker thread."""


def audit_partition(part: Part, job: AuditJob) -> PartitionResult:
    """Findings of one partition; never raises for bad input (errors are in the result)."""
    if threading.current_thread() is threading.main_thread() or in_child():
        return audit_partition_here(part, job)
    process: LintProcess | None = getattr(_local, "process", None)
    if process is None:
        process = _local.process = LintProcess()
    errors: list[str] = []
    skip: frozenset[str] = frozenset()
    while True:
        try:
            result: PartitionResult = process.call(audit_partition_here, part, job, skip)
        except RuleHung as hung:  # run the partition again without the rule, once per rule
            errors.append(str(hung))
            if not hung.code or hung.code in skip:
                return {"rows": [], "articles": [], "errors": errors}
            skip |= {hung.code}
            continue
        except ChildFailed as error:
            return {"rows": [], "articles": [], "errors": [*errors, f"{part.source}: internal error: {error}"]}
        result["errors"][:0] = errors
        return result


def audit_partition_here(part: Part, job: AuditJob, skip: frozenset[str] = frozenset()) -> PartitionResult:
    """:func:`audit_partition` in this thread, without the rules in ``skip``."""
    engine = _engine(job.autoload)
    digest, items = load(part, job.columns)
    cache = ResultCache(job.cache_dir) if job.cache_dir else None
    key = ""
    if cache is not None:
        key = make_key(
            "audit",
            code_fingerprint(engine.registry),
            settings_fingerprint(job.settings),
            job.options_fingerprint(),
            type(part).__name__,
            part.identity,
            digest,
        )
        cached = cache.get(key)
        if isinstance(cached, dict):
            return cached
    result: PartitionResult = {"rows": [], "articles": [], "errors": []}
    rules = _RuleChoice(engine, job, skip)
    for item in items:
        _lint_item(item, part.source, engine, job, rules, result)
    if cache is not None and not result["errors"]:
        cache.put(key, result)
    return result


def load(part: Part, columns: ColumnMap) -> tuple[str, list[Item]]:
    """The partition's items and a hash of its content."""
    if isinstance(part, FilesPart):
        return _load_files(part)
    if isinstance(part, LinesPart):
        return _load_lines(part, columns)
    return _load_parquet(part, columns)


def _load_files(part: FilesPart) -> tuple[str, list[Item]]:
    digest = hashlib.sha256()
    items = []
    for path in part.paths:
        section = section_of(path, part.source)
        try:
            source = read_source(Path(path))
        except InputError as error:
            items.append(Item(path, "file", error=str(error)))
            digest.update(f"error {path}\0".encode())
            continue
        digest.update(f"{path}\0{source.digest}\0".encode())
        items.append(Item(path, "file", source.text, section=section))
    return digest.hexdigest(), items


def _load_lines(part: LinesPart, columns: ColumnMap) -> tuple[str, list[Item]]:
    with open(part.source, "rb") as stream:
        stream.seek(part.start)
        data = stream.read(part.end - part.start)
    items = []
    for index, raw in enumerate(data.split(b"\n")):
        number = part.first_line + index
        if raw.strip():
            items.append(_line_item(part.source, number, raw, columns))
    return hashlib.sha256(data).hexdigest(), items


def _line_item(path: str, number: int, raw: bytes, columns: ColumnMap) -> Item:
    label = f"line {number}"
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return Item(path, "ninjs", error=f"{path}: line {number}: invalid UTF-8 at byte {error.start}")
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        return Item(path, "ninjs", error=f"{path}: line {number}, column {error.colno}: invalid JSON ({error.msg})")
    if not isinstance(record, dict):
        return Item(path, "ninjs", error=f"{path}: line {number}: expected a JSON object (one news item per line)")
    date = normalise_date(record.get(columns.date) or next((record[k] for k in NINJS_DATE_KEYS if k in record), None))
    section = record.get(columns.section)
    section_name = str(section) if section is not None else None
    if columns.reads_text_columns:
        return Item(path, "record", record, label, date=date, section=section_name)
    identifier = record.get(columns.id)
    article_id = str(identifier) if identifier not in (None, "") else None
    return Item(path, "ninjs", text, label, article_id, number, date, section_name)


def _load_parquet(part: ParquetPart, columns: ColumnMap) -> tuple[str, list[Item]]:
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(part.source)
    wanted = [name for name in dict.fromkeys(asdict(columns).values()) if name in parquet.schema_arrow.names]
    records = parquet.read_row_group(part.row_group, columns=wanted).slice(part.offset, part.size).to_pylist()
    items = []
    for index, record in enumerate(records):
        section = record.get(columns.section)
        items.append(
            Item(
                part.source,
                "record",
                record,
                f"row {part.first_row + index}",
                date=normalise_date(record.get(columns.date)),
                section=str(section) if section is not None else None,
            )
        )
    content = json.dumps(records, default=str, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(content.encode("utf-8")).hexdigest(), items


@dataclass(eq=False)
class LineDocument(Document):
    """One line of a JSON Lines file, read alone: positions are lines of the whole file."""

    first_line: int = 1

    def position(self, offset: int) -> tuple[int, int]:
        line, column = super().position(offset)
        return line + self.first_line - 1, column


def _parse(item: Item, engine: Engine, columns: ColumnMap) -> Document:
    if item.kind == "record":
        return record_document(item.payload, columns, item.path, item.label)
    document = engine.parse(item.path, item.payload, "json" if item.kind == "ninjs" else None)
    if item.kind != "ninjs":
        return document
    article = document.articles[0]
    article.id = item.article_id or article.id or item.label
    return LineDocument(document.path, document.source, "jsonl", document.articles, first_line=item.line)


class _RuleChoice:
    """The rules for a path, chosen once per path (and once in all when no per-file ignores apply)."""

    def __init__(self, engine: Engine, job: AuditJob, skip: frozenset[str] = frozenset()) -> None:
        self.engine = engine
        self.job = job
        self.skip = skip
        self.chosen: dict[str | None, list[Rule]] = {}

    def __call__(self, path: str) -> list[Rule]:
        """The rules for ``path``, each marking its start for the lint process's parent."""
        if self.job.rules is not None:
            return watched((rule for rule in self.job.rules if rule.code not in self.skip), path)
        key = path if self.job.settings.per_file_ignores else None
        if key not in self.chosen:
            self.chosen[key] = [r for r in self.engine.rules_for(self.job.settings, key) if r.code not in self.skip]
        return watched(self.chosen[key], path)


def _lint_item(
    item: Item, source: str, engine: Engine, job: AuditJob, rules_for: _RuleChoice, result: PartitionResult
) -> None:
    if item.error is not None:
        result["errors"].append(item.error)
        return
    try:
        document = _parse(item, engine, job.columns)
        rules = rules_for(item.path)
    except (InputError, PackError) as error:
        result["errors"].append(str(error))
        return
    findings, errors = engine.lint_document(document, job.settings, rules)
    result["errors"].extend(errors)
    result["rows"].extend(finding_rows(document, findings, date=item.date, section=item.section, context=job.context))
    counts = Counter(finding.article_id for finding in findings)
    for article in document.articles:
        result["articles"].append([source, item.path, article.id, item.date, item.section, counts[article.id]])
