"""``wirelint audit``: Dask runs match serial runs, outputs round-trip, the cache skips work, errors are clear."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import dask
import pyarrow.parquet as pq
import pytest
from click.testing import Result
from conftest import CORPORA, REPO, run_cli, run_python
from distributed import get_task_stream
from test_audit_archive import audit_rows, build_archive, build_records, ninjs, write_jsonl

from wirelint.audit import worker
from wirelint.audit.outputs import COLUMNS, read_findings
from wirelint.audit.pipeline import LOCAL, SYNCHRONOUS, dask_client, run_audit
from wirelint.audit.sources import plan
from wirelint.audit.summary import AuditSummary
from wirelint.audit.worker import AuditJob
from wirelint.config import Settings

TIMING = re.compile(r"in [0-9.]+ s \([0-9,]+ articles/s\)")


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_archive(tmp_path_factory.mktemp("archive"), 30)


def audit(*args: str | Path) -> Result:
    return run_cli("audit", *map(str, args))


def untimed(text: str) -> str:
    return TIMING.sub("in T", text)


def test_a_two_worker_cluster_and_a_serial_run_give_identical_findings(archive: Path, tmp_path: Path):
    common = ("--partition-size", "3", "--no-cache")
    serial = audit(archive, "--scheduler", "synchronous", *common, "-o", tmp_path / "serial.jsonl")
    with dask_client(LOCAL, 2) as client:
        assert sorted(w["nthreads"] for w in client.scheduler_info()["workers"].values()) == [1, 1]
        with get_task_stream(client) as stream:
            spread = audit(archive, "--scheduler", client.scheduler.address, *common, "-o", tmp_path / "spread.jsonl")
        workers_used = {task["worker"] for task in stream.data}
    assert len(workers_used) == 2, "both workers took partitions"
    assert serial.exit_code == spread.exit_code == 1
    serial_rows = (tmp_path / "serial.jsonl").read_bytes()
    assert serial_rows and serial_rows == (tmp_path / "spread.jsonl").read_bytes()
    assert untimed(serial.stdout) == untimed(spread.stdout)


def _busy_half_second() -> int:
    end = time.monotonic() + 0.5
    while time.monotonic() < end:
        pass
    return 1


def test_local_workers_keep_no_profiler_call_trees():
    """Dask's profiler keeps an hour of call trees on each worker, about 1 KB per article audited."""
    with dask_client(LOCAL, 1) as client:
        assert client.submit(_busy_half_second, pure=False).result() == 1
        time.sleep(1.2)  # past the profiler's one-second cycle, when its samples move to the history
        kept = client.run(lambda dask_worker: (dask_worker.profile_recent["count"], len(dask_worker.profile_history)))
    assert list(kept.values()) == [(0, 0)]


def test_the_default_local_cluster_writes_parquet_equal_to_the_serial_rows(archive: Path, tmp_path: Path):
    result = audit(archive, "--workers", "2", "--partition-size", "4", "--no-cache", "-o", tmp_path / "f.parquet")
    assert result.exit_code == 1, result.output
    parts = list(plan([archive], Settings(), 4))
    assert read_findings(tmp_path / "f.parquet") == audit_rows(parts, AuditJob())


def test_read_findings_takes_a_plain_string_path_and_any_path_like(archive: Path, tmp_path: Path, monkeypatch):
    """``read_findings('x.parquet')`` failed on a plain string, as a notebook user calls it."""
    monkeypatch.chdir(tmp_path)
    for name in ("x.jsonl", "x.parquet"):
        audit(archive, "--scheduler", "synchronous", "--no-cache", "-o", tmp_path / name)
        as_string, as_path = read_findings(name), read_findings(tmp_path / name)
        assert as_string == as_path and len(as_string) > 20
        assert read_findings(PathLikeOnly(name)) == as_path


class PathLikeOnly:
    """An ``os.PathLike`` that is not a ``pathlib.Path`` (as some file-system libraries hand out)."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __fspath__(self) -> str:
        return self.path


def test_jsonl_and_parquet_outputs_round_trip_every_column(archive: Path, tmp_path: Path):
    for name in ("f.jsonl", "f.parquet"):
        audit(archive, "--scheduler", "synchronous", "--no-cache", "-o", tmp_path / name)
    from_jsonl, from_parquet = read_findings(tmp_path / "f.jsonl"), read_findings(tmp_path / "f.parquet")
    assert len(from_jsonl) > 20 and from_jsonl == from_parquet
    assert [list(row) for row in from_jsonl] == [[name for name, _ in COLUMNS]] * len(from_jsonl)
    schema = pq.read_schema(tmp_path / "f.parquet")
    assert [(field.name, str(field.type)) for field in schema] == list(COLUMNS)
    first = from_jsonl[0]
    assert isinstance(first["line"], int) and first["article_id"] and first["code"].startswith("WL")


def test_the_result_cache_skips_linting_and_relints_only_what_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    records = build_records(12)
    feed = write_jsonl(tmp_path / "feed.jsonl", records)
    options = ("--scheduler", "synchronous", "--partition-size", "4", "--cache-dir", tmp_path / "cache")
    first = audit(feed, *options, "-o", tmp_path / "first.jsonl")
    linted: list[str] = []
    real_lint = worker._lint_item

    def counting(item: worker.Item, *args: Any) -> None:
        linted.append(item.label)
        return real_lint(item, *args)

    monkeypatch.setattr(worker, "_lint_item", counting)
    second = audit(feed, *options, "-o", tmp_path / "second.jsonl")
    assert linted == [], "an unchanged archive is served from the cache"
    assert (tmp_path / "first.jsonl").read_bytes() == (tmp_path / "second.jsonl").read_bytes()
    assert untimed(first.stdout) == untimed(second.stdout)

    records[5]["body"] += "\n\nPowered by automated translation"
    write_jsonl(feed, records)
    audit(feed, *options, "-o", tmp_path / "third.jsonl")
    assert linted == ["line 5", "line 6", "line 7", "line 8"], "only the changed partition is linted again"
    changed = [r for r in read_findings(tmp_path / "third.jsonl") if r["article_id"] == "story-005"]
    assert any(r["code"] == "WL102" for r in changed)


def test_exit_status_follows_findings_and_errors(tmp_path: Path):
    feed = write_jsonl(tmp_path / "feed.jsonl", build_records(4))
    assert audit(feed, "--scheduler", "synchronous", "--no-cache").exit_code == 1
    clean = audit(feed, "--scheduler", "synchronous", "--no-cache", "--select", "WL405")  # only `compare` reports it
    assert clean.exit_code == 0 and "4 articles" in clean.stdout
    with feed.open("a", encoding="utf-8") as stream:
        stream.write("not json\n")
    broken = audit(feed, "--scheduler", "synchronous", "--no-cache")
    assert broken.exit_code == 2
    assert f"wirelint: error: {feed}: line 5, column 1: invalid JSON" in broken.stderr


def test_output_must_be_jsonl_or_parquet(tmp_path: Path):
    feed = write_jsonl(tmp_path / "feed.jsonl", build_records(2))
    result = audit(feed, "-o", tmp_path / "findings.csv")
    assert result.exit_code == 2 and ".jsonl or .parquet" in result.stderr


def test_without_dask_audit_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    feed = write_jsonl(tmp_path / "feed.jsonl", build_records(2))
    result = audit(feed)
    assert result.exit_code == 2
    assert "install wirelint[audit]" in result.stderr


def test_check_never_imports_dask_or_pyarrow(tmp_path: Path):
    story = tmp_path / "story.txt"
    story.write_text("Title\n\nPowered by automated translation\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from wirelint.cli import main\n"
        f"result = CliRunner().invoke(main, ['check', {str(story)!r}, '--no-cache'])\n"
        "assert result.exit_code == 1, result.output\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'dask', 'distributed', 'pyarrow'}))\n"
    )
    assert run_python(code).strip() == "[]"


def test_a_progress_bar_shows_articles_rate_and_eta_on_a_terminal(tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(ninjs(r)) + "\n" for r in build_records(12)), encoding="utf-8")
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "wirelint", "audit", str(feed), "--scheduler", "synchronous", "--partition-size", "2"],
        env={**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "120"},
        stdout=subprocess.DEVNULL,
        stderr=terminal,
    )
    os.close(terminal)
    drawn = b""
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        drawn += chunk
    process.wait(timeout=120)
    os.close(controller)
    text = drawn.decode("utf-8", "replace")
    assert "Auditing" in text and "12/12 articles" in text
    assert re.search(r"2/12 articles  [0-9,]+ articles/s  ETA \d+:\d\d:\d\d", text), text


class _FakeRdd:
    """Just enough of a Spark RDD to run the documented snippets."""

    def __init__(self, rows: list[Any]) -> None:
        self.rows = rows

    def map(self, function: Callable[[Any], Any]) -> _FakeRdd:
        return _FakeRdd([function(row) for row in self.rows])

    def mapPartitions(self, function: Callable[[Iterator[Any]], Iterable[Any]]) -> list[Any]:
        return list(function(iter(self.rows)))


class _FakeRow(dict):
    def asDict(self) -> dict:
        return dict(self)


def test_the_documented_spark_snippets_run():
    docs = (REPO / "docs" / "audit.md").read_text(encoding="utf-8")
    snippets = re.findall(r"```python\n(.*?)```", docs, re.DOTALL)
    assert len(snippets) == 2
    row = {
        "id": "a1",
        "uri": "a1",
        "headline": "Dozens killed",
        "body": "Powered by automated translation",
        "body_text": "Powered by automated translation",
    }
    spark = SimpleNamespace(read=SimpleNamespace(parquet=lambda path: SimpleNamespace(rdd=_FakeRdd([_FakeRow(row)]))))
    for snippet in snippets:
        namespace = {"spark": spark}
        exec(snippet, namespace)
        found = namespace["findings"]
        codes = [item["code"] if isinstance(item, dict) else item[1] for item in found]
        ids = [item["article_id"] if isinstance(item, dict) else item[0] for item in found]
        assert "WL102" in codes and set(ids) == {"a1"}


@pytest.mark.corpus
@pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared/corpora is absent")
def test_a_corpus_sample_is_charted_by_section_and_month(tmp_path: Path):
    bbc = (CORPORA / "bbc-news-2004-2005.jsonl").read_text(encoding="utf-8").splitlines()[::25]
    reuters = (CORPORA / "reuters-21578-1987.jsonl").read_text(encoding="utf-8").splitlines()[:100]
    (tmp_path / "bbc.jsonl").write_text("\n".join(bbc) + "\n", encoding="utf-8")
    (tmp_path / "reuters.jsonl").write_text("\n".join(reuters) + "\n", encoding="utf-8")
    parts = list(plan([tmp_path / "bbc.jsonl", tmp_path / "reuters.jsonl"], Settings(), 50))
    summary = run_audit(parts, AuditJob(), AuditSummary(), scheduler=SYNCHRONOUS)
    assert (summary.articles, summary.error_count) == (len(bbc) + len(reuters), 0)
    assert {"business", "entertainment", "politics", "sport", "tech"} <= set(summary.by_section)
    assert summary.by_month and all(month.startswith("1987-") for month in summary.by_month)
    assert sum(articles for articles, _ in summary.by_month.values()) == len(reuters), "every Reuters date is read"


def test_an_unreachable_scheduler_is_a_clear_error_and_leaves_no_output(tmp_path: Path):
    feed = write_jsonl(tmp_path / "feed.jsonl", build_records(2))
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        result = audit(feed, "--scheduler", "tcp://127.0.0.1:9", "--no-cache", "-o", tmp_path / "f.jsonl")
    assert result.exit_code == 2
    assert "wirelint: error: audit stopped:" in result.stderr and "127.0.0.1:9" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["feed.jsonl"], "no partial or temporary output"


def test_a_plugin_rule_stuck_in_a_loop_is_stopped_on_dask_workers(tmp_path: Path):
    """Dask runs partitions on worker threads, where the rule budget's timer never fired: a plugin
    rule stuck in a loop hung the audit for good. One loops in Python, one where no signal reaches."""
    plugin = REPO / "tests" / "lsp_plugin"
    archive = tmp_path / "archive"
    archive.mkdir()
    marker = "Powered by automated translation"
    (archive / "a_loops.txt").write_text(f"Talks resume\n\nLOOP_FOREVER here.\n\n{marker}\n")
    (archive / "b_hangs.txt").write_text(f"Talks resume\n\nHANG_IN_C here.\n\n{marker}\n")
    (archive / "c_calm.txt").write_text(f"Talks resume\n\nA calm paragraph.\n\n{marker}\n")
    done = subprocess.run(
        [sys.executable, "-m", "wirelint", "audit", str(archive), "--workers", "1", "--partition-size", "1",
         "--no-cache", "-o", str(tmp_path / "f.jsonl")],
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(plugin), str(REPO)])},
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 2, done.stdout + done.stderr
    assert "a_loops.txt: rule XL905 (lsp_testplugin) stopped: took longer than 30s of real time" in done.stderr
    assert "b_hangs.txt: rule XL906 (lsp_testplugin) stopped: took longer than 30s" in done.stderr
    assert "its lint process was restarted" in done.stderr
    marked = {Path(row["path"]).name for row in read_findings(tmp_path / "f.jsonl") if row["code"] == "WL102"}
    assert marked == {"a_loops.txt", "b_hangs.txt", "c_calm.txt"}, "every article's other findings stand"
