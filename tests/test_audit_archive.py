"""Audit inputs: a small archive built from the seeds and corpus-like articles, and how it is read.

The builders here are shared by the other audit tests. The articles imitate
the corpora's shapes (a sectioned website, 1987 wire copy ending in "Reuter")
in text written for these tests.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import SEED_EDIT, SEED_WIRE

from wirelint.api import lint_document
from wirelint.audit.records import MAX_MATCH, ColumnMap, finding_rows, record_document
from wirelint.audit.sources import FilesPart, LinesPart, ParquetPart, normalise_date, plan
from wirelint.audit.worker import AuditJob, audit_partition
from wirelint.config import Settings
from wirelint.errors import InputError

SITE_STORIES = [
    (
        "business",
        "Profits jump at media group",
        "Quarterly profits at the media group rose 40% to $1.2bn in the three months to December.\n\n"
        "The firm said advertising sales  grew strongly, helped by its online arm.",
    ),
    (
        "sport",
        "Champions held to a draw",
        "The champions were held to a 1-1 draw at home on Saturday.\n\n"
        '"We lacked sharpness," the manager said after the match.',
    ),
    (
        "politics",
        "Minister defends school plans",
        "The minister defended plans to build 200 new schools.Critics say the cost is too high.\n\n"
        "Opposition members said the scheme was TK and needed more work.",
    ),
    (
        "tech",
        "Phone makers chase faster networks",
        "Phone makers are racing to sell handsets for faster networks.\n\n"
        "Sales of such handsets could reach 30 million next year.",
    ),
]
WIRE_STORY = (
    "COCOA OUTPUT SEEN HIGHER",
    "    Cocoa output in the region is expected to rise this season,\n"
    "traders said, after rains ended a long dry spell.\n"
    "    Arrivals so far total 120,000 bags, against 95,000 last year.\n"
    " Reuter\n\u0003",
)
LINE_REFERENCE = re.compile(r"\blines? \d+(?:, \d+)*(?: and \d+)?")
DRAFT_PACK = """
[[rule]]
code = "DR101"
name = "translation-marker-draft"
severity = "error"
message = "Machine-translation marker: \\"{match}\\""
pattern = '(?im)^powered by automated translation$'

[[rule]]
code = "DR102"
name = "said-everywhere"
severity = "warning"
message = "Reported speech: \\"{match}\\""
pattern = '(?i)\\bsaid\\b'
"""
"""One good draft rule (a real leftover, rare) and one over-broad rule (matches most copy)."""


def seed_article(path: Path) -> tuple[str, str]:
    """A seed file as a headline and a body."""
    headline, _, body = path.read_text(encoding="utf-8").partition("\n")
    return headline.strip(), body.strip("\n")


def build_records(count: int = 24) -> list[dict[str, Any]]:
    """Articles with id, headline, body, captions, date and section; some undated, some without captions."""
    stories: list[tuple[str | None, str, str]] = [(section, h, b) for section, h, b in SITE_STORIES]
    stories += [("world", *seed_article(SEED_EDIT)), ("world", *seed_article(SEED_WIRE)), (None, *WIRE_STORY)]
    records = []
    for number in range(count):
        section, headline, body = stories[number % len(stories)]
        records.append(
            {
                "id": f"story-{number:03d}",
                "headline": headline,
                "body": body,
                "captions": [f"The scene on day {number}. AFP PHOTO / HO"] if number % 3 == 0 else [],
                "date": f"2004-{number % 6 + 1:02d}-{number % 27 + 1:02d}" if number % 5 else None,
                "section": section,
            }
        )
    return records


def ninjs(record: dict[str, Any]) -> dict[str, Any]:
    """The record as a ninjs item: captions become picture associations."""
    item = {key: record[key] for key in ("id", "headline", "body", "date", "section")}
    item["associations"] = {f"picture{i}": {"description_text": c} for i, c in enumerate(record["captions"], 1)}
    return item


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    with path.open("w", encoding="utf-8") as stream:
        for record in records:
            stream.write(json.dumps(ninjs(record), ensure_ascii=False) + "\n")
    return path


def write_parquet(path: Path, records: list[dict[str, Any]], row_group_size: int = 10) -> Path:
    pq.write_table(pa.Table.from_pylist(records), path, row_group_size=row_group_size)
    return path


def write_folder(root: Path, records: list[dict[str, Any]]) -> Path:
    """One text file per article, in a folder per section."""
    for record in records:
        folder = root / (record["section"] or "misc")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{record['id']}.txt").write_text(f"{record['headline']}\n\n{record['body']}\n", encoding="utf-8")
    return root


def build_archive(root: Path, count: int = 24) -> Path:
    """A folder of text files, a JSON Lines file and a Parquet file of the same kind of articles."""
    records = build_records(count)
    write_folder(root / "site", records[: count // 3])
    write_jsonl(root / "feed.jsonl", records[count // 3 : 2 * count // 3])
    write_parquet(root / "store.parquet", records[2 * count // 3 :], row_group_size=4)
    return root


def audit_rows(parts: list[Any], job: AuditJob) -> list[dict[str, Any]]:
    return [row for part in parts for row in audit_partition(part, job)["rows"]]


# --- planning -----------------------------------------------------------------


def test_plan_cuts_each_kind_of_source_into_partitions(tmp_path: Path):
    build_archive(tmp_path, 24)
    parts = list(plan([tmp_path], Settings(), 3))
    files = [p for p in parts if isinstance(p, FilesPart)]
    lines = [p for p in parts if isinstance(p, LinesPart)]
    rows = [p for p in parts if isinstance(p, ParquetPart)]
    assert sum(p.size for p in files) == 8 and all(p.size <= 3 for p in files)
    assert [(p.first_line, p.size) for p in lines] == [(1, 3), (4, 3), (7, 2)]
    assert [(p.row_group, p.offset, p.first_row, p.size) for p in rows] == [
        (0, 0, 0, 3),
        (0, 3, 3, 1),
        (1, 0, 4, 3),
        (1, 3, 7, 1),
    ]
    assert parts == list(plan([tmp_path], Settings(), 3)), "the plan is the same on every run"


def test_json_lines_partitions_keep_file_line_numbers_across_blank_lines(tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    records = build_records(5)
    lines = [json.dumps(ninjs(r)) for r in records]
    feed.write_text(f"{lines[0]}\n\n{lines[1]}\n{lines[2]}\n\n\n{lines[3]}\n{lines[4]}\n", encoding="utf-8")
    parts = list(plan([feed], Settings(), 2))
    assert [(p.first_line, p.size) for p in parts] == [(1, 2), (4, 2), (8, 1)]
    job = AuditJob(settings=Settings(select=("WL5",)))
    for part in parts:
        for row in audit_partition(part, job)["rows"]:
            source_line = feed.read_text(encoding="utf-8").splitlines()[row["line"] - 1]
            assert json.loads(source_line)["id"] == row["article_id"]


def test_dates_are_normalised_from_common_archive_formats():
    assert normalise_date("26-FEB-1987 15:01:01.79") == "1987-02-26"
    assert normalise_date("2004-05-01T10:00:00Z") == "2004-05-01"
    assert normalise_date("Thu, 26 Feb 1987 10:00:00 +0000") == "1987-02-26"
    assert normalise_date("February 26, 1987") == "1987-02-26"
    assert normalise_date("soon") is None and normalise_date(None) is None


# --- records ------------------------------------------------------------------


def test_record_positions_point_into_the_field_value():
    record = {
        "id": "a1",
        "headline": "Dozens killed in clashes",
        "body": "First paragraph.\n\nFighters attacked.Meanwhile the army waited.",
        "captions": ["A view of the town.", "Powered by automated translation"],
    }
    document = record_document(record)
    rows = finding_rows(document, lint_document(document, Settings(select=("WL501", "WL102"))))
    by_code = {row["code"]: row for row in rows}
    spacing = by_code["WL501"]
    assert (spacing["field"], spacing["line"]) == ("body", 3), "line counts in the body value"
    body_line = record["body"].splitlines()[2]
    assert body_line[spacing["column"] - 1 : spacing["end_column"] - 1] == spacing["match"]
    assert "." in spacing["match"] and spacing["before"].startswith("Fighters")
    caption = by_code["WL102"]
    assert (caption["field"], caption["line"]) == ("caption", 2), "a list of captions: line is the item's number"
    assert record["captions"][1][caption["column"] - 1 : caption["end_column"] - 1] == caption["match"]
    assert all(row["article_id"] == "a1" for row in rows)


def test_record_without_an_id_uses_the_fallback_and_mapped_columns_are_read():
    record = {"title": "Plain title", "text": "Powered by automated translation"}
    columns = ColumnMap(headline="title", body="text")
    document = record_document(record, columns, "x.parquet", "row 7")
    assert document.articles[0].id == "row 7"
    assert [b.field for b in document.blocks] == ["headline", "body"]
    codes = {f.code for f in lint_document(document, Settings(select=("WL102",)))}
    assert codes == {"WL102"}


def test_json_lines_and_parquet_inputs_give_the_same_findings(tmp_path: Path):
    records = build_records(14)
    feed = write_jsonl(tmp_path / "feed.jsonl", records)
    store = write_parquet(tmp_path / "store.parquet", records, row_group_size=5)
    job = AuditJob()
    from_lines = audit_rows(list(plan([feed], Settings(), 4)), job)
    from_parquet = audit_rows(list(plan([store], Settings(), 4)), job)

    def essence(rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
        """What does not depend on the container (messages may cite lines, which differ)."""
        keys = ("article_id", "code", "field", "match", "date", "section")
        return sorted((*(row[k] for k in keys), LINE_REFERENCE.sub("line N", row["message"])) for row in rows)

    assert from_lines and essence(from_lines) == essence(from_parquet)
    codes = {row["code"][:3] for row in from_lines}
    assert {"WL1", "WL5"} <= codes, "the archive exercises several rule families"


def test_parquet_rows_locate_matches_in_their_column_values(tmp_path: Path):
    records = build_records(14)
    store = write_parquet(tmp_path / "store.parquet", records, row_group_size=5)
    by_id = {r["id"]: r for r in records}
    rows = audit_rows(list(plan([store], Settings(), 4)), AuditJob())
    checked = 0
    for row in rows:
        record = by_id[row["article_id"]]
        values = {"headline": record["headline"], "caption": "\n".join(record["captions"]), "body": record["body"]}
        # A caption recognised inside the body counts in the body's value.
        candidates = [values[row["field"]]] + ([values["body"]] if row["field"] == "caption" else [])
        if row["line"] == row["end_line"] and len(row["match"]) < MAX_MATCH:
            found = [
                value.splitlines()[row["line"] - 1][row["column"] - 1 : row["end_column"] - 1]
                for value in candidates
                if row["line"] <= len(value.splitlines())
            ]
            assert row["match"] in found, row
            checked += 1
    assert checked >= 10


def test_json_lines_with_mapped_text_keys_are_read_as_records(tmp_path: Path):
    feed = tmp_path / "export.jsonl"
    feed.write_text(
        json.dumps({"key": "k1", "title": "Quiet day", "text": "Nothing happened.\n\nPowered by automated translation"})
        + "\n",
        encoding="utf-8",
    )
    job = AuditJob(settings=Settings(select=("WL102",)), columns=ColumnMap(id="key", headline="title", body="text"))
    [row] = audit_rows(list(plan([feed], Settings(), 10)), job)
    assert (row["article_id"], row["field"], row["line"], row["column"]) == ("k1", "body", 3, 1)


def test_bad_lines_are_errors_naming_the_line_and_the_rest_is_audited(tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    good = json.dumps(ninjs(build_records(1)[0]))
    feed.write_bytes(f'{good}\n{{"id": 1,\n["a list"]\n'.encode() + b"\xff\xfe\n" + f"{good}\n".encode())
    [part] = list(plan([feed], Settings(), 10))
    result = audit_partition(part, AuditJob())
    assert result["errors"] == [
        f"{feed}: line 2, column 10: invalid JSON (Expecting property name enclosed in double quotes)",
        f"{feed}: line 3: expected a JSON object (one news item per line)",
        f"{feed}: line 4: invalid UTF-8 at byte 0",
    ]
    assert [a[2] for a in result["articles"]] == ["story-000", "story-000"]


@pytest.mark.parametrize("kind", ["folder", "jsonl", "parquet"])
def test_sections_and_dates_reach_the_article_lines(tmp_path: Path, kind: str):
    records = build_records(6)
    source = {
        "folder": lambda: write_folder(tmp_path / "site", records),
        "jsonl": lambda: write_jsonl(tmp_path / "feed.jsonl", records),
        "parquet": lambda: write_parquet(tmp_path / "store.parquet", records),
    }[kind]()
    articles = [a for p in plan([source], Settings(), 4) for a in audit_partition(p, AuditJob())["articles"]]
    sections = {a[4] for a in articles}
    assert {"business", "sport", "politics", "tech", "world"} <= sections
    if kind != "folder":
        assert {a[3] for a in articles} >= {"2004-02-02", "2004-03-03"}


def test_a_parquet_file_without_the_mapped_text_columns_is_refused_up_front(tmp_path: Path):
    store = write_parquet(tmp_path / "store.parquet", [{"key": "a", "text": "Some text"}])
    with pytest.raises(InputError, match=r"no 'headline' or 'body' column \(it has key, text\)"):
        list(plan([store], Settings(), 10))
    [part] = list(plan([store], Settings(), 10, ColumnMap(id="key", body="text")))
    assert part.size == 1


def test_parquet_timestamps_become_iso_dates(tmp_path: Path):
    table = pa.table(
        {
            "id": ["a", "b"],
            "body": ["Powered by automated translation", "Powered by automated translation"],
            "date": pa.array([datetime(1987, 2, 26, 15, 1), None], type=pa.timestamp("s")),
        }
    )
    pq.write_table(table, tmp_path / "store.parquet")
    [part] = list(plan([tmp_path / "store.parquet"], Settings(), 10))
    result = audit_partition(part, AuditJob(settings=Settings(select=("WL102",))))
    assert [(row["article_id"], row["date"]) for row in result["rows"]] == [("a", "1987-02-26"), ("b", None)]
