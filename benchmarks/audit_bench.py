"""Benchmark ``wirelint audit`` and the result cache on the shared corpora.

Audits ``../shared/corpora/*.jsonl`` as they are and repeated ``--repeat``
times (10 by default), on a local Dask cluster of 1 and of 2 workers, and
reports articles per second and peak memory (resident set of the client
alone, and of the client with its cluster). Then measures the result cache:
a second audit, and a second ``wirelint check`` over a folder tree of the BBC
articles, each against a first run with an empty cache.

    python benchmarks/audit_bench.py [--corpora DIR] [--repeat 10] [--workers 1 2] [--skip-scale]

Each run is a fresh ``python -m wirelint`` process, so start-up (Python,
Dask, the cluster) is included in the wall time; the audit's own rate (from
planning to the last partition) is reported too. Results are printed as a
Markdown table and written to ``benchmarks/results/audit.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results"
AUDITED = re.compile(r"Audited ([0-9,]+) articles in ([0-9.]+) s \(([0-9,]+) articles/s\)")


@dataclass
class Run:
    label: str
    workers: int
    articles: int
    wall_seconds: float
    audit_seconds: float
    """As ``wirelint audit`` reports it: from planning (cluster start included) to the last result."""
    client_peak_mb: float
    total_peak_mb: float
    errors: int
    """Articles a rule failed on (reported by the audit, which goes on; their partitions are not cached)."""
    total_mb_by_quarter: list[float]
    """Peak resident set of client and cluster in each quarter of the run: flat, or still growing at the end?"""

    @property
    def rate(self) -> float:
        return self.articles / self.wall_seconds


def snapshot(folder: Path) -> Path:
    """A copy of the code to measure: edits in a shared checkout must not change it (or the cache keys) mid-run."""
    for name in ("wirelint", "rules"):
        shutil.copytree(REPO / name, folder / name, ignore=shutil.ignore_patterns("__pycache__"))
    return folder


@dataclass
class Measured:
    done: subprocess.CompletedProcess[str]
    elapsed: float
    client_peak_mb: float
    total_peak_mb: float
    total_mb_by_quarter: list[float]


def measure(args: list[str], cwd: Path) -> Measured:
    """Run ``python -m wirelint ARGS`` from the snapshot in ``cwd``: wall time and resident memory over time."""
    env = {**os.environ, "PYTHONPATH": str(cwd / "code")}
    started = time.monotonic()
    samples: list[tuple[float, int, int]] = []  # (seconds, client bytes, client and children bytes)
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen([sys.executable, "-m", "wirelint", *args], cwd=cwd, env=env, stdout=out, stderr=err)
        watched = psutil.Process(process.pid)
        while process.poll() is None:
            try:
                client = watched.memory_info().rss
                children = sum(c.memory_info().rss for c in watched.children(recursive=True))
                samples.append((time.monotonic() - started, client, client + children))
            except psutil.Error:  # a process ended between listing and reading it
                pass
            time.sleep(0.2)
        elapsed = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        done = subprocess.CompletedProcess(process.args, process.returncode, out.read(), err.read())
    quarters = [
        max((total for at, _, total in samples if elapsed * q / 4 <= at < elapsed * (q + 1) / 4), default=0) / 2**20
        for q in range(4)
    ]
    client_peak = max((client for _, client, _ in samples), default=0) / 2**20
    total_peak = max((total for _, _, total in samples), default=0) / 2**20
    return Measured(done, elapsed, client_peak, total_peak, [round(mb) for mb in quarters])


def audit(label: str, sources: list[Path], workers: int, work: Path, *extra: str) -> Run:
    args = ["audit", *map(str, sources), "--workers", str(workers), "-o", str(work / "findings.parquet"), *extra]
    measured = measure(args, work)
    done = measured.done
    match = AUDITED.search(done.stdout)
    if match is None:
        raise SystemExit(f"wirelint {' '.join(args)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    articles = int(match.group(1).replace(",", ""))
    errors = done.stderr.count("wirelint: error:")
    return Run(
        label,
        workers,
        articles,
        measured.elapsed,
        float(match.group(2)),
        measured.client_peak_mb,
        measured.total_peak_mb,
        errors,
        measured.total_mb_by_quarter,
    )


def repeated(corpora: list[Path], times: int, folder: Path) -> list[Path]:
    """Each corpus file written ``times`` times over, streamed (no copy held in memory)."""
    copies = []
    for corpus in corpora:
        target = folder / f"{corpus.stem}-x{times}.jsonl"
        with target.open("wb") as out:
            for _ in range(times):
                with corpus.open("rb") as stream:
                    while block := stream.read(1 << 20):
                        out.write(block)
        copies.append(target)
    return copies


def bbc_tree(corpus: Path, root: Path) -> Path:
    """The BBC articles as text files in section folders (a tree for ``wirelint check``)."""
    with corpus.open(encoding="utf-8") as stream:
        for line in stream:
            item = json.loads(line)
            target = root / f"{item['id']}.txt"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(f"{item['headline']}\n\n{item['body']}\n", encoding="utf-8")
    return root


def timed_check(tree: Path, cache: Path, work: Path) -> float:
    return measure(["check", str(tree), "--cache-dir", str(cache), "--statistics"], work).elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=REPO.parent / "shared" / "corpora")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument(
        "--scale-workers", type=int, nargs="+", help="Workers for the repeated archive (default: --workers)."
    )
    parser.add_argument("--skip-scale", action="store_true", help="Skip the repeated archive (the slow part).")
    options = parser.parse_args()
    corpora = sorted(options.corpora.glob("*.jsonl"))
    if not corpora:
        raise SystemExit(f"no corpora in {options.corpora}")
    results: dict[str, object] = {"cpus": os.cpu_count(), "load_before": os.getloadavg()}
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="wirelint-bench-") as scratch:
        work = Path(scratch)
        snapshot(work / "code")
        archives = [("corpora", corpora, options.workers)]
        if not options.skip_scale:
            copies = repeated(corpora, options.repeat, work)
            archives.append((f"corpora x{options.repeat}", copies, options.scale_workers or options.workers))
        for label, sources, worker_counts in archives:
            for workers in worker_counts:
                runs.append(audit(label, sources, workers, work, "--no-cache"))
                print(f"# {runs[-1]}", file=sys.stderr)
        cache = work / "cache"
        first = audit("cache, first run", corpora, max(options.workers), work, "--cache-dir", str(cache))
        second = audit("cache, second run", corpora, max(options.workers), work, "--cache-dir", str(cache))
        runs += [first, second]
        tree = bbc_tree(next(c for c in corpora if c.name.startswith("bbc")), work / "tree")
        check_cache = work / "check-cache"
        check_first, check_second = timed_check(tree, check_cache, work), timed_check(tree, check_cache, work)
        files = sum(1 for _ in tree.rglob("*.txt"))
    results["runs"] = [{**asdict(run), "articles_per_second": round(run.rate, 1)} for run in runs]
    results["audit_cache_speedup"] = round(first.wall_seconds / second.wall_seconds, 1)
    results["audit_cache_speedup_in_process"] = round(first.audit_seconds / second.audit_seconds, 1)
    speedup = round(check_first / check_second, 1)
    results["check_cache"] = {"files": files, "first": check_first, "second": check_second, "speedup": speedup}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "audit.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(
        "| archive | workers | articles | wall s | articles/s (wall) | audit s | client peak MB | with cluster MB "
        "| with cluster, peak per quarter of the run |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for run in runs:
        print(
            f"| {run.label} | {run.workers} | {run.articles:,} | {run.wall_seconds:.1f} | {run.rate:,.0f} | "
            f"{run.audit_seconds:.1f} | {run.client_peak_mb:,.0f} | {run.total_peak_mb:,.0f} | "
            f"{' / '.join(f'{mb:,.0f}' for mb in run.total_mb_by_quarter)} |"
        )
    if any(run.errors for run in runs):
        print(f"\nRule errors reported (articles still audited): {', '.join(str(run.errors) for run in runs)}.")
    print(
        f"\nAudit cache: second run {results['audit_cache_speedup']}x faster "
        f"({results['audit_cache_speedup_in_process']}x as the audit reports it, without interpreter start-up)."
    )
    print(
        f"Check cache over {files:,} files: {check_first:.1f} s, then {check_second:.1f} s "
        f"({results['check_cache']['speedup']}x)."
    )


if __name__ == "__main__":
    main()
