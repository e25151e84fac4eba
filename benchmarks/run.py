"""wirelint's benchmark suite: one command, a table on stdout and a JSON file.

    python benchmarks/run.py             # everything: the whole corpus, and 10x by repetition
    python benchmarks/run.py --quick     # a sample of the corpus and fewer repeats (a minute or two)
    python benchmarks/run.py --only cold,editor   # some sections only
    python benchmarks/run.py --only cold --against ../main   # two checkouts' cold starts, taking turns

It needs the corpora in ``../shared/corpora``, proselint for the reference
(``pip install '.[bench]'``; without it that row is left out) and pygls for
the language-server measurement (``.[lsp]``). See docs/performance.md.

Every number is reported next to a reference measured in the same run, and
reference and subject runs are interleaved (medians of several rounds),
because the machines this runs on are shared and noisy:

* cold start: ``wirelint check SEED`` against ``python -c "import regex, pluggy, click"``;
* throughput: ``wirelint check`` over the corpus articles materialised as
  ``.txt`` files (serial, ``--jobs 2``, and 10x by repetition), against
  ``proselint check`` over the same files and one pass of one compiled
  ``regex`` alternation over the same text; plus the engine API in-process;
* editor latency: re-lint of a 5,000-word article after a one-word edit
  through the public API, and through the language server when
  ``benchmarks/lsp_latency.py`` is there;
* scaling: one article of 1 KB, 10 KB, 100 KB and 1 MB;
* memory: peak RSS at 1x and 10x, and memory traced while files stream
  through the runner.

Nothing here asserts a time: the targets are printed as met or not met.
The corpora (``../shared/corpora``) are read at run time and written only
to a temporary folder; their text never enters the repository.
"""

from __future__ import annotations

import argparse
import collections
import gc
import json
import math
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, replace
from functools import _lru_cache_wrapper
from importlib import metadata
from pathlib import Path
from typing import Any

import regex

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from digest import CORPORA, SHARED, corpus_articles, finding_lines, summarise  # noqa: E402

from wirelint import prefilter  # noqa: E402
from wirelint.api import default_engine, lint_text  # noqa: E402
from wirelint.checks.last_results import LastResults  # noqa: E402
from wirelint.commands.runner import RunOptions, check_files  # noqa: E402
from wirelint.config import Settings  # noqa: E402
from wirelint.engine import Engine  # noqa: E402
from wirelint.errors import WirelintError  # noqa: E402
from wirelint.memo import PARAGRAPHS_REMEMBERED  # noqa: E402
from wirelint.packs import remembered_matches  # noqa: E402
from wirelint.rule import Rule  # noqa: E402

SEED_FOLDERS = (SHARED / "seeds", REPO / "tests" / "fixtures")
RESULTS = REPO / "benchmarks" / "results"
LSP_SCRIPT = REPO / "benchmarks" / "lsp_latency.py"
SECTIONS = ("digest", "cold", "throughput", "engine", "editor", "lsp", "scaling", "memory")
IMPORT_FLOOR = "import regex, pluggy, click"
REFERENCE_TERMS = 100
"""The reference alternation: the most frequent words (4+ letters) of the measured text, as one pattern."""
EDITOR_WORDS = 5000
SCALING_SIZES = (1_000, 10_000, 100_000, 1_000_000)
HEAVY_MODULES = ("yaml", "html.parser", "multiprocessing", "concurrent.futures.process", "pygls", "dask", "pyarrow")
"""Modules a one-file ``.txt`` check should not need to import."""
RULE_FAILURE = re.compile(r"\brule [A-Z]{1,4}\d{3}\b")


@dataclass(frozen=True)
class Plan:
    """How much work each section does: ``--quick`` or full."""

    sample_step: int
    """Every n-th article of each corpus (1: all of them)."""
    cold_rounds: int
    throughput_rounds: int
    repetition: int
    spin: int
    """Iterations of the CPU-bound loop that measures how much of a second core this run can get."""
    editor_edits: int
    lsp_edits: int
    scaling_repeats: tuple[int, ...]
    """Timed lints per size in :data:`SCALING_SIZES`."""
    exponent_sizes: tuple[int, int]
    """The two sizes between which each rule's growth exponent is measured."""
    memory_files: int


QUICK = Plan(
    sample_step=150,
    cold_rounds=3,
    throughput_rounds=3,
    repetition=10,
    spin=3_000_000,
    editor_edits=20,
    lsp_edits=5,
    scaling_repeats=(10, 5, 2, 1),
    exponent_sizes=(10_000, 100_000),
    memory_files=300,
)
FULL = Plan(
    sample_step=1,
    cold_rounds=15,
    throughput_rounds=3,
    repetition=10,
    spin=20_000_000,
    editor_edits=200,
    lsp_edits=30,
    scaling_repeats=(50, 20, 5, 3),
    exponent_sizes=(100_000, 1_000_000),
    memory_files=3000,
)


# --- measuring ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Timing:
    """One measured run: wall and CPU seconds, and peak resident memory when it was a process."""

    wall: float
    cpu: float
    peak_mb: float = 0.0
    errors: tuple[str, ...] = ()
    """Error lines a wirelint run printed (a rule that crashed on a file; the other files were still checked)."""


def median(values: Iterable[float]) -> float:
    return statistics.median(list(values))


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18] if len(values) > 1 else values[0]


def summary(timings: list[Timing]) -> dict[str, float]:
    """Medians of a list of runs (and every wall time, to show the spread)."""
    return {
        "wall": median(t.wall for t in timings),
        "cpu": median(t.cpu for t in timings),
        "peak_mb": max(t.peak_mb for t in timings),
        "walls": [round(t.wall, 4) for t in timings],
        "errors": max(len(t.errors) for t in timings),
        "error_examples": next((list(t.errors[:3]) for t in timings if t.errors), []),
    }


def timed(work: Callable[[], object]) -> Timing:
    """Run ``work`` in this process."""
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return Timing(time.perf_counter() - wall, time.process_time() - cpu)


def run_process(command: list[str], env: dict[str, str], cwd: Path) -> Timing:
    """Run a command to the end; its own CPU time and peak RSS come from ``wait4`` (workers included).

    Exit status 0 or 1 (findings) is a normal run; 2 is too when every error
    printed is a rule that failed on one file (those are kept and reported).
    """
    with tempfile.TemporaryFile() as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=stderr)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        stderr.seek(0)
        lines = stderr.read().decode(errors="replace").strip().splitlines()
    errors = tuple(line for line in lines if line.startswith("wirelint: error:"))
    rule_failures = [line for line in errors if RULE_FAILURE.search(line)]
    if process.returncode not in (0, 1) and not (process.returncode == 2 and errors == tuple(rule_failures)):
        raise RuntimeError(f"{' '.join(command)} exited {process.returncode}: " + " | ".join(lines[-5:]))
    return Timing(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, errors)


def run_together(commands: list[list[str]], env: dict[str, str], cwd: Path) -> Timing:
    """Start every command at once and wait for them all: wall time, and CPU time summed."""
    started = time.perf_counter()
    processes = [subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL) for command in commands]
    cpu = 0.0
    for process in processes:
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        cpu += usage.ru_utime + usage.ru_stime
    return Timing(time.perf_counter() - started, cpu)


def interleave(subjects: dict[str, Callable[[], Timing]], rounds: int) -> dict[str, list[Timing]]:
    """Every subject once per round, the order rotating, so load changes hit them all alike."""
    names = list(subjects)
    results: dict[str, list[Timing]] = {name: [] for name in names}
    for number in range(rounds):
        for name in names[number % len(names) :] + names[: number % len(names)]:
            results[name].append(subjects[name]())
    return results


# --- material -------------------------------------------------------------------------------------------------


def materialise(articles: list[tuple[str, str]], folder: Path) -> list[Path]:
    """Write the articles as ``.txt`` files, in corpus order."""
    folder.mkdir(parents=True)
    paths = []
    for number, (_, text) in enumerate(articles):
        path = folder / f"{number:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def replicate(paths: list[Path], folder: Path, copies: int) -> None:
    """``copies`` sub-folders of ``folder``, each holding every file (hard links where possible)."""
    for copy in range(copies):
        target = folder / f"copy{copy:02d}"
        target.mkdir(parents=True)
        for path in paths:
            try:
                os.link(path, target / path.name)
            except OSError:
                shutil.copyfile(path, target / path.name)


def reference_pattern(texts: list[str]) -> regex.Pattern[str]:
    """One compiled ``regex`` alternation of the text's most frequent words: the reference single pass."""
    counts = collections.Counter(word for text in texts for word in regex.findall(r"\b[^\W\d_]{4,}\b", text))
    words = sorted((word for word, _ in counts.most_common(REFERENCE_TERMS)), key=len, reverse=True)
    return regex.compile(r"\b(?:" + "|".join(map(regex.escape, words)) + r")\b")


def one_pass(pattern: regex.Pattern[str], texts: list[str]) -> int:
    """Matches of ``pattern`` over every text: the work of the reference."""
    return sum(1 for text in texts for _ in pattern.finditer(text))


def article_of_size(articles: list[tuple[str, str]], size: int) -> str:
    """A headline and whole corpus paragraphs (BBC first, in order) until the text has ``size`` bytes."""
    paragraphs = [p for _, text in articles for p in text.split("\n\n")[1:] if p.strip()]
    body: list[str] = []
    length = 0
    while length < size:
        body.append(paragraphs[len(body) % len(paragraphs)])
        length += len(body[-1].encode()) + 2
    return "Benchmark article\n\n" + "\n\n".join(body) + "\n"


def article_of_words(articles: list[tuple[str, str]], words: int) -> str:
    """A headline and whole corpus paragraphs until the article has ``words`` words."""
    text = article_of_size(articles, 1)
    while len(text.split()) < words:
        text = article_of_size(articles, len(text.encode()) + 1)
    return text


def edit_one_word(text: str, rng: random.Random) -> str:
    """``text`` with one word, chosen at random, replaced by another word."""
    words = list(re.finditer(r"\b[a-z]{4,}\b", text))
    word = words[rng.randrange(len(words))]
    return text[: word.start()] + ("markets" if word.group() != "markets" else "talks") + text[word.end() :]


def subprocess_env(pycache: Path) -> dict[str, str]:
    """The environment for measured processes: the checkout importable, bytecode cached as an install has it."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(REPO), PYTHONPYCACHEPREFIX=str(pycache), NO_COLOR="1")
    return env


def wirelint(*args: str | Path, cache: Path | None = None) -> list[str]:
    """``wirelint check ARGS`` as a process; without the result cache unless a cache folder is given."""
    caching = ["--cache-dir", str(cache)] if cache else ["--no-cache"]
    return [sys.executable, "-m", "wirelint", "check", *caching, *map(str, args)]


def find_seed() -> Path:
    return next(path for folder in SEED_FOLDERS for path in sorted(folder.glob("*.txt")))


# --- sections -------------------------------------------------------------------------------------------------


def cold_start(plan: Plan, env: dict[str, str], work: Path, against: tuple[Path, ...] = ()) -> dict[str, Any]:
    """``wirelint check SEED`` (all rules, and one rule) against the import floor, as whole processes; the
    same commands of each checkout in ``against`` (another commit, say) take turns with them."""
    seed = find_seed()
    commands = {
        "import floor": [sys.executable, "-c", IMPORT_FLOOR],
        "wirelint check SEED": wirelint(seed),
        "wirelint check --select WL102 SEED": wirelint("--select", "WL102", seed),
        "wirelint check SEED, result cached": wirelint(seed, cache=work / "cache"),
    }
    envs = dict.fromkeys(commands, env)
    # Without bytecode writing (many container images, perhaps an outside evaluator): the start-up cache then
    # lives in the user's cache folder, here a scratch one of this run's own.
    unwritten = env | {"PYTHONDONTWRITEBYTECODE": "1", "XDG_CACHE_HOME": str(work / "user-cache")}
    for name in ("wirelint check SEED", "wirelint check --select WL102 SEED"):
        commands[f"{name}, PYTHONDONTWRITEBYTECODE"] = commands[name]
        envs[f"{name}, PYTHONDONTWRITEBYTECODE"] = unwritten
    for number, checkout in enumerate(against):
        other = env | {"PYTHONPATH": str(checkout.resolve()), "PYTHONPYCACHEPREFIX": str(work / f"pycache-{number}")}
        for name, command in list(commands.items())[1:4]:
            cache = command.index("--cache-dir") + 1 if "--cache-dir" in command else None
            mine = [*command[:cache], str(work / f"cache-{number}"), *command[cache + 1 :]] if cache else command
            commands[f"{name} [{checkout}]"], envs[f"{name} [{checkout}]"] = mine, other
    for name, command in commands.items():  # bytecode is written once, as an install does
        run_process(command, envs[name], work)
    runs = interleave({name: _process(command, envs[name], work) for name, command in commands.items()},
                      plan.cold_rounds)  # fmt: skip
    result: dict[str, Any] = {"seed": seed.name, "runs": {name: summary(timings) for name, timings in runs.items()}}
    result["imports"] = imported_modules(wirelint(seed), env, work)
    floor = subprocess.run([sys.executable, "-c", f"{IMPORT_FLOOR}; import sys; print(len(sys.modules))"], env=env,
                           cwd=work, capture_output=True, text=True, check=True)  # fmt: skip
    checks = {name: command for name, command in commands.items() if name != "import floor"}
    result["modules"] = {"import floor": int(floor.stdout)} | {
        name: imported_modules(command, envs[name], work)["count"] for name, command in checks.items()
    }
    return result


def _process(command: list[str], env: dict[str, str], cwd: Path) -> Callable[[], Timing]:
    return lambda: run_process(command, env, cwd)


_COUNTING = (
    "import atexit, runpy, sys\n"
    "atexit.register(lambda: print('MODULES', len(sys.modules), file=sys.stderr))\n"
    "sys.argv = ['wirelint', *sys.argv[1:]]\n"
    "runpy.run_module('wirelint', run_name='__main__', alter_sys=True)\n"
)
"""``python -m wirelint ARGS`` that says at exit how many modules the process holds. ``-X importtime``
alone misses every module loaded by ``importlib.import_module`` (the rules, the readers) and the ones they
import in turn."""


def imported_modules(command: list[str], env: dict[str, str], cwd: Path) -> dict[str, Any]:
    """What a ``wirelint`` command imports: the count (``sys.modules`` at exit), the slowest and the heavy
    ones (``-X importtime``)."""
    arguments = command[command.index("wirelint") + 1 :]
    process = subprocess.run(
        [command[0], "-X", "importtime", "-c", _COUNTING, *arguments], env=env, cwd=cwd, capture_output=True,
        text=True, check=False,
    )
    rows = [line.split("|") for line in process.stderr.splitlines() if line.startswith("import time:")]
    modules = {row[2].strip(): int(row[0].split(":")[1]) for row in rows[1:]}
    counts = [line.split()[1] for line in process.stderr.splitlines() if line.startswith("MODULES ")]
    return {
        "count": int(counts[-1]) if counts else len(modules),
        "slowest_self_us": dict(sorted(modules.items(), key=lambda item: -item[1])[:12]),
        "heavy": [name for name in HEAVY_MODULES if name in modules],
    }


def throughput(plan: Plan, env: dict[str, str], work: Path, paths: list[Path], texts: list[str]) -> dict[str, Any]:
    """The CLI over the corpus files (serial, --jobs 2), proselint and the reference pass, interleaved."""
    folder = paths[0].parent
    pattern = reference_pattern(texts)
    subjects: dict[str, Callable[[], Timing]] = {
        "wirelint serial": _process(wirelint("--jobs", "1", folder), env, work),
        "wirelint --jobs 2": _process(wirelint("--jobs", "2", folder), env, work),
        "reference alternation": lambda: timed(lambda: one_pass(pattern, texts)),
    }
    if _has_proselint():
        subjects["proselint"] = _process([sys.executable, "-m", "proselint", "check", str(folder)], env, work)
    spin = [sys.executable, "-c", f"sum(i * i for i in range({plan.spin}))"]
    twice = [sys.executable, "-c", f"for _ in range(2): sum(i * i for i in range({plan.spin}))"]
    subjects["cpu loop x2, one process"] = _process(twice, env, work)
    subjects["cpu loop x2, two processes"] = lambda: run_together([spin, spin], env, work)
    runs = {name: summary(timings) for name, timings in interleave(subjects, plan.throughput_rounds).items()}
    size = sum(len(text.encode()) for text in texts)
    for name, run in runs.items():
        if not name.startswith("cpu loop"):
            run["articles_per_s"] = len(texts) / run["wall"]
            run["mb_per_s"] = size / 1e6 / run["wall"]
    repeated = work / "repeated"
    replicate(paths, repeated, plan.repetition)
    scaled = summary([run_process(wirelint("--jobs", "2", repeated), env, work)])
    scaled["articles_per_s"] = plan.repetition * len(texts) / scaled["wall"]
    scaled["mb_per_s"] = plan.repetition * size / 1e6 / scaled["wall"]
    shutil.rmtree(repeated)
    return {
        "articles": len(texts),
        "megabytes": size / 1e6,
        "reference_terms": REFERENCE_TERMS,
        "runs": runs,
        "repeated": {"copies": plan.repetition, "run": scaled},
    }


def _has_proselint() -> bool:
    try:
        metadata.version("proselint")
    except metadata.PackageNotFoundError:
        return False
    return True


def findings_digest(articles: list[tuple[str, str]]) -> dict[str, Any]:
    """The digest of every finding over the measured articles (see ``benchmarks/digest.py``):
    a speed change must leave it as it was, or explain which findings moved."""
    lines, errors = finding_lines(articles)
    return {"articles": len(articles), **summarise(lines), "rule_errors": len(errors)}


def engine_api(articles: list[tuple[str, str]], rule_step: int) -> dict[str, Any]:
    """The engine in-process over the same articles, and where its time goes, rule by rule."""
    engine, settings = default_engine(), Settings()
    rules = engine.rules_for(settings, "article.txt")
    findings = 0

    def lint_all() -> None:
        nonlocal findings
        for _, text in articles:
            findings += len(engine.lint_source("article.txt", text, settings, None, rules).findings)

    run = timed(lint_all)
    size = sum(len(text.encode()) for _, text in articles)
    shares = rule_times(engine, settings, [text for _, text in articles[::rule_step]])
    return {
        "articles": len(articles),
        "findings": findings,
        "wall": run.wall,
        "cpu": run.cpu,
        "articles_per_s": len(articles) / run.wall,
        "mb_per_s": size / 1e6 / run.wall,
        "rule_cpu_share": shares,
    }


def rule_times(engine: Engine, settings: Settings, texts: list[str]) -> dict[str, float]:
    """Share of CPU time per rule (and for parsing) over ``texts``, largest first."""
    rules = engine.rules_for(settings, "article.txt")
    spent: collections.Counter[str] = collections.Counter()
    for text in texts:
        forget_pattern_results()  # the engine pass saw these texts: rules must start afresh
        started = time.process_time()
        document = engine.parse("article.txt", text)
        spent["(parse)"] += time.process_time() - started
        for rule in rules:
            started = time.process_time()
            for article in document.articles:
                list(rule.check(article, settings))
            spent[rule.code] += time.process_time() - started
    total = sum(spent.values()) or 1.0
    return {code: round(seconds / total, 4) for code, seconds in spent.most_common()}


def editor(plan: Plan, articles: list[tuple[str, str]]) -> dict[str, Any]:
    """Re-lint of a 5,000-word article after each of a series of one-word edits, through ``lint_text``."""
    text = article_of_words(articles, EDITOR_WORDS)
    rng = random.Random(7)
    for _ in range(3):
        _lint_quietly(text)  # registry, rule compilation and caches warm, as in a running editor
    walls, cpus = [], []
    for _ in range(plan.editor_edits):
        text = edit_one_word(text, rng)
        run = timed(lambda edited=text: _lint_quietly(edited))
        walls.append(run.wall * 1000)
        cpus.append(run.cpu * 1000)
    return {
        "words": len(text.split()),
        "characters": len(text),
        "edits": plan.editor_edits,
        "median_ms": median(walls),
        "p95_ms": p95(walls),
        "cpu_median_ms": median(cpus),
        "cpu_p95_ms": p95(cpus),
    }


def _lint_quietly(text: str) -> None:
    """The public API call an integration makes; a rule error still costs the full lint."""
    try:
        lint_text(text, "article.txt")
    except WirelintError:
        pass


def lsp(plan: Plan, env: dict[str, str]) -> dict[str, Any]:
    """The language server engineer's ``benchmarks/lsp_latency.py``, run as it is, its summary lines parsed."""
    if not LSP_SCRIPT.exists():
        return {"skipped": f"{LSP_SCRIPT.name} not found"}
    process = subprocess.run(
        [sys.executable, str(LSP_SCRIPT), "--edits", str(plan.lsp_edits), "--words", str(EDITOR_WORDS)],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    line = re.compile(r"^(?P<name>\S.*?)\s+median\s+(?P<median>[\d.]+) ms\s+p95\s+(?P<p95>[\d.]+) ms", re.M)
    modes = {
        m["name"]: {"median_ms": float(m["median"]), "p95_ms": float(m["p95"])} for m in line.finditer(process.stdout)
    }
    if process.returncode or not modes:
        return {"skipped": f"exit {process.returncode}: " + " | ".join(process.stderr.strip().splitlines()[-3:])}
    return {"edits": plan.lsp_edits, "modes": modes}


def scaling(plan: Plan, articles: list[tuple[str, str]]) -> dict[str, Any]:
    """Lint time against article length, each lint interleaved with the reference pass over the same text."""
    engine, settings = default_engine(), Settings()
    rules = engine.rules_for(settings, "article.txt")
    pattern = reference_pattern([text for _, text in articles])
    rows = []
    texts = {size: article_of_size(articles, size) for size in SCALING_SIZES}
    for size, repeats in zip(SCALING_SIZES, plan.scaling_repeats, strict=True):
        text = texts[size]
        runs = interleave(
            {
                "wirelint": lambda text=text: lint_afresh(engine, settings, rules, text),
                "reference": lambda text=text: timed(lambda: one_pass(pattern, [text])),
            },
            repeats,
        )
        wall = median(t.wall for t in runs["wirelint"])
        reference = median(t.wall for t in runs["reference"])
        kilobytes = len(text.encode()) / 1000
        rows.append(
            {
                "bytes": len(text.encode()),
                "paragraphs": text.count("\n\n"),
                "repeats": repeats,
                "wall_ms": wall * 1000,
                "us_per_kb": wall * 1e6 / kilobytes,
                "reference_ms": reference * 1000,
                "times_reference": wall / reference,
            }
        )
    small, large = plan.exponent_sizes
    return {"rows": rows, "rule_exponents": rule_exponents(engine, settings, texts[small], texts[large])}


def forget_pattern_results() -> None:
    """Pack rules remember their matches, the prefilter its scans and code rules their per-paragraph work, by
    paragraph text; WL601 its last merges: a timing of "the same text again" must not profit from an earlier
    pass (a 10 KB article re-linted from warm caches looked cheaper per KB than a 1 MB one, whose 1,577
    paragraphs overflow them)."""
    remembered_matches.cache_clear()
    prefilter.forget()
    for known in gc.get_objects():  # per-paragraph caches hold PARAGRAPHS_REMEMBERED texts; word caches stay warm
        if isinstance(known, _lru_cache_wrapper) and getattr(known, "__module__", "").startswith("wirelint"):
            if known.cache_info().maxsize == PARAGRAPHS_REMEMBERED:
                known.cache_clear()
        elif isinstance(known, LastResults):
            known.clear()


def lint_afresh(engine: Engine, settings: Settings, rules: list[Rule], text: str) -> Timing:
    """One timed lint of ``text`` that cannot reuse pattern results remembered from an earlier lint of it."""
    forget_pattern_results()
    return timed(lambda: engine.lint_source("article.txt", text, settings, None, rules))


def rule_exponents(engine: Engine, settings: Settings, small: str, large: str) -> dict[str, Any]:
    """Per rule, the exponent k in time ~ length^k between two lengths (1 is linear, 2 quadratic)."""
    times = {}
    for text in (small, large):
        forget_pattern_results()
        document = engine.parse("article.txt", text)
        for rule in engine.rules_for(settings, "article.txt"):
            run = timed(lambda rule=rule, document=document: [list(rule.check(a, settings)) for a in document.articles])
            times.setdefault(rule.code, []).append(max(run.cpu, 1e-4))
    growth = math.log(len(large) / len(small))
    return {
        "bytes": [len(small.encode()), len(large.encode())],
        "exponents": {code: round(math.log(b / a) / growth, 2) for code, (a, b) in sorted(times.items())},
        "large_cpu_s": {code: round(b, 3) for code, (_, b) in sorted(times.items())},
    }


def memory(plan: Plan, paths: list[Path]) -> dict[str, Any]:
    """Python memory still held while files stream through the serial runner, outcomes dropped.

    The files are shuffled (fixed seed) so that every stretch of the run sees the same mix of
    BBC and Reuters copy: in corpus order the bounded caches would fill with short BBC
    paragraphs first and with figure-heavy Reuters ones later, which looks like growth. The
    verdict is on the second half of the run: bounded caches, and one-off steps such as the
    interpreter's table of interned strings doubling, settle in the first half, while a leak
    grows in both halves.
    """
    files = (paths * (1 + plan.memory_files // len(paths)))[: plan.memory_files]
    random.Random(0).shuffle(files)
    warm = max(len(files) // 10, 100)
    half = len(files) // 2
    options = RunOptions()
    tracemalloc.start()
    points: dict[int, int] = {}
    for done, _ in enumerate(check_files(files, options, jobs=1), start=1):
        if done in (warm, half, len(files)):
            points[done] = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return {
        "files": len(files),
        "traced_kb": {str(done): round(held / 1024, 1) for done, held in points.items()},
        "growth_kb_per_1000_files_after_warm_up": _growth(points, warm, len(files)),
        "growth_kb_per_1000_files": _growth(points, half, len(files)),
    }


def _growth(points: dict[int, int], start: int, end: int) -> float:
    """Traced memory gained between two points, in KB per 1,000 files."""
    return (points[end] - points[start]) / 1024 / (end - start) * 1000


# --- report ---------------------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    """Where the numbers come from."""
    models = [line.split(":", 1)[1].strip() for line in _read("/proc/cpuinfo").splitlines() if "model name" in line]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True).stdout
    changed = subprocess.run(["git", "status", "--porcelain"], cwd=REPO, capture_output=True, text=True).stdout
    return {
        "cpu": models[0] if models else platform.processor() or "unknown",
        "nproc": len(os.sched_getaffinity(0)),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "regex": metadata.version("regex"),
        "proselint": metadata.version("proselint") if _has_proselint() else None,
        "commit": commit.strip() + (f" + {len(changed.splitlines())} changed files" if changed.strip() else ""),
        "load_average": os.getloadavg(),
        "date": time.strftime("%Y-%m-%d %H:%M"),
    }


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError:
        return ""


def verdict(met: bool | None) -> str:
    return "n/a" if met is None else "met" if met else "NOT met"


def table(results: dict[str, Any]) -> str:
    """The results as Markdown: the summary against the targets, then the detail tables."""
    rows: list[tuple[str, str, str, str, str, str]] = []
    cold = results.get("cold")
    if cold:
        floor = cold["runs"]["import floor"]
        for name in [name for name in cold["runs"] if name != "import floor"]:
            run = cold["runs"][name]
            ratio = run["wall"] / floor["wall"]
            rows.append(
                (
                    f"cold start: `{name}`",
                    f"{run['wall'] * 1000:.0f} ms (cpu {run['cpu'] * 1000:.0f} ms)",
                    f"import floor {floor['wall'] * 1000:.0f} ms (cpu {floor['cpu'] * 1000:.0f} ms)",
                    f"{ratio:.2f}x (cpu {run['cpu'] / floor['cpu']:.2f}x)",
                    "<= 2x",
                    verdict(ratio <= 2),
                )
            )
    flow = results.get("throughput")
    if flow:
        runs = flow["runs"]
        serial, jobs, alternation = runs["wirelint serial"], runs["wirelint --jobs 2"], runs["reference alternation"]
        prose = runs.get("proselint")
        if prose:
            ratio = prose["wall"] / serial["wall"]
            rows.append(
                (
                    f"throughput, serial, {flow['articles']} articles",
                    f"{serial['articles_per_s']:.0f} art/s, {serial['mb_per_s']:.2f} MB/s",
                    f"proselint {prose['articles_per_s']:.0f} art/s, {prose['mb_per_s']:.2f} MB/s",
                    f"{ratio:.2f}x (cpu {prose['cpu'] / serial['cpu']:.2f}x)",
                    ">= 5x",
                    verdict(ratio >= 5),
                )
            )
        share = alternation["wall"] / serial["wall"]
        rows.append(
            (
                "throughput vs one regex pass",
                f"{serial['mb_per_s']:.2f} MB/s",
                f"alternation of {flow['reference_terms']} words {alternation['mb_per_s']:.2f} MB/s",
                f"{share:.0%}",
                ">= 30%",
                verdict(share >= 0.3),
            )
        )
        speedup = serial["wall"] / jobs["wall"]
        capacity = runs["cpu loop x2, one process"]["wall"] / runs["cpu loop x2, two processes"]["wall"]
        rows.append(
            (
                "`--jobs 2` vs serial",
                f"{jobs['articles_per_s']:.0f} art/s",
                f"serial {serial['articles_per_s']:.0f} art/s; a CPU loop in 2 processes: {capacity:.2f}x",
                f"{speedup:.2f}x",
                ">= 1.7x",
                verdict(speedup >= 1.7),
            )
        )
        repeated = flow["repeated"]
        rows.append(
            (
                f"{repeated['copies']}x by repetition, `--jobs 2`",
                f"{repeated['run']['articles_per_s']:.0f} art/s, peak {repeated['run']['peak_mb']:.0f} MB",
                f"1x {jobs['articles_per_s']:.0f} art/s, peak {jobs['peak_mb']:.0f} MB",
                f"{repeated['run']['articles_per_s'] / jobs['articles_per_s']:.2f}x speed, "
                f"{repeated['run']['peak_mb'] / jobs['peak_mb']:.2f}x memory",
                "flat",
                "see memory",
            )
        )
    engine = results.get("engine")
    if engine:
        rows.append(
            (
                "engine API in-process, serial",
                f"{engine['articles_per_s']:.0f} art/s, {engine['mb_per_s']:.2f} MB/s",
                "",
                "",
                "",
                "",
            )
        )
    edit = results.get("editor")
    if edit:
        rows.append(
            (
                f"editor re-lint, {edit['words']} words, `lint_text`",
                f"median {edit['median_ms']:.1f} ms, p95 {edit['p95_ms']:.1f} ms",
                f"cpu median {edit['cpu_median_ms']:.1f} ms, p95 {edit['cpu_p95_ms']:.1f} ms",
                "",
                "p95 < 30 ms",
                verdict(edit["p95_ms"] < 30),
            )
        )
    server = results.get("lsp")
    if server and "modes" in server:
        for name, mode in server["modes"].items():
            if name.startswith("server"):
                met = mode["p95_ms"] < 30 if "no debounce" in name else None
                rows.append(
                    (
                        f"editor re-lint, LSP: {name}",
                        f"median {mode['median_ms']:.1f} ms, p95 {mode['p95_ms']:.1f} ms",
                        "",
                        "",
                        "p95 < 30 ms" if met is not None else "",
                        verdict(met),
                    )
                )
    scale = results.get("scaling")
    if scale:
        by_size = {row["bytes"]: row for row in scale["rows"]}
        small, large = scale["rows"][1], scale["rows"][-1]
        growth = large["us_per_kb"] / small["us_per_kb"]
        rows.append(
            (
                "scaling, cost per KB at 1 MB vs 10 KB",
                f"{large['us_per_kb']:.0f} us/KB",
                f"{small['us_per_kb']:.0f} us/KB",
                f"{growth:.2f}x",
                "linear (<= 1.5x)",
                verdict(growth <= 1.5 and len(by_size) == len(SCALING_SIZES)),
            )
        )
    held = results.get("memory")
    if held:
        rows.append(
            (
                f"memory while streaming {held['files']} files (second half)",
                f"{held['growth_kb_per_1000_files']:+.0f} KB per 1000 files "
                f"({held['growth_kb_per_1000_files_after_warm_up']:+.0f} KB from the first 10%)",
                "",
                "",
                "flat (< 100 KB per 1000)",
                verdict(held["growth_kb_per_1000_files"] < 100),  # shrinking is flat enough
            )
        )
    lines = ["| measure | wirelint | reference | ratio | target | |", "| --- | --- | --- | --- | --- | --- |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n" + details(results)


def details(results: dict[str, Any]) -> str:
    """The scaling rows, the per-rule shares and the slowest imports."""
    parts = []
    failed = {name: run for name, run in results.get("throughput", {}).get("runs", {}).items() if run.get("errors")}
    for name, run in failed.items():
        parts.append(f"\n{name}: {run['errors']} rule failures reported, e.g. {run['error_examples'][0]}")
    found = results.get("digest")
    if found:
        parts.append(
            f"\nFindings over the {found['articles']} articles: {found['findings']}, "
            f"digest {found['digest']} ({found['rule_errors']} rule errors)"
        )
    scale = results.get("scaling")
    if scale:
        parts.append("\n| article | paragraphs | lint | per KB | reference pass | x reference |")
        parts.append("| --- | --- | --- | --- | --- | --- |")
        for row in scale["rows"]:
            parts.append(
                f"| {row['bytes'] / 1000:.0f} KB | {row['paragraphs']} | {row['wall_ms']:.1f} ms | "
                f"{row['us_per_kb']:.0f} us | {row['reference_ms']:.2f} ms | {row['times_reference']:.0f}x |"
            )
        slow = {code: k for code, k in scale["rule_exponents"]["exponents"].items() if k > 1.3}
        sizes = " -> ".join(f"{size / 1000:.0f} KB" for size in scale["rule_exponents"]["bytes"])
        parts.append(f"\nRules growing faster than linearly ({sizes}, time ~ length^k, k > 1.3): {slow or 'none'}")
    engine = results.get("engine")
    if engine:
        shares = ", ".join(f"{code} {share:.0%}" for code, share in list(engine["rule_cpu_share"].items())[:8])
        parts.append(f"\nWhere the engine's CPU time goes: {shares}")
    cold = results.get("cold")
    if cold:
        imports = cold["imports"]
        counts = "; ".join(f"`{name}` {count}" for name, count in cold.get("modules", {}).items())
        parts.append(
            f"\nModules held at exit (the import floor's included): {counts or imports['count']}; "
            f"heavy ones a .txt check should not need: {', '.join(imports['heavy']) or 'none'}"
        )
    return "\n".join(parts) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="wirelint's benchmark suite (issue 7).")
    parser.add_argument("--quick", action="store_true", help="a sample of the corpus and fewer repeats")
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated sections: {','.join(SECTIONS)}")
    parser.add_argument("--corpora", type=Path, default=CORPORA, help="folder of the corpus .jsonl files")
    parser.add_argument("--json", type=Path, help="where to write the results (default: benchmarks/results/)")
    parser.add_argument("--step", type=int, help="measure every n-th corpus article (default: 1 full, 150 quick)")
    parser.add_argument("--against", type=Path, action="append", default=[],
                        help="cold section: also time this checkout's commands, taking turns")  # fmt: skip
    args = parser.parse_args(argv)
    chosen = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = set(chosen) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    plan = QUICK if args.quick else FULL
    if args.step:
        plan = replace(plan, sample_step=args.step)
    articles = corpus_articles(args.corpora, plan.sample_step)
    texts = [text for _, text in articles]
    results: dict[str, Any] = {"mode": "quick" if args.quick else "full", "plan": asdict(plan), "machine": machine()}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="wirelint-bench-") as scratch:
        work = Path(scratch)
        env = subprocess_env(work / "pycache")
        paths = materialise(articles, work / "corpus")
        steps: dict[str, Callable[[], dict[str, Any]]] = {
            "digest": lambda: findings_digest(articles),
            "cold": lambda: cold_start(plan, env, work, tuple(args.against)),
            "throughput": lambda: throughput(plan, env, work, paths, texts),
            "engine": lambda: engine_api(articles, 1 if args.quick else 10),
            "editor": lambda: editor(plan, articles),
            "lsp": lambda: lsp(plan, env),
            "scaling": lambda: scaling(plan, articles),
            "memory": lambda: memory(plan, paths),
        }
        for name in chosen:
            section_started = time.perf_counter()
            print(f"[{name}] ...", file=sys.stderr, flush=True)
            results[name] = steps[name]()
            print(f"[{name}] {time.perf_counter() - section_started:.0f} s", file=sys.stderr, flush=True)
    results["seconds"] = time.perf_counter() - started
    results["machine"]["load_average_end"] = os.getloadavg()
    host = results["machine"]
    header = (
        f"wirelint benchmark ({results['mode']}, {results['seconds']:.0f} s): {host['cpu']}, {host['nproc']} cores, "
        f"Python {host['python']}, load {host['load_average'][0]:.1f} -> {host['load_average_end'][0]:.1f}, "
        f"commit {host['commit']}\n"
    )
    results["table"] = header + "\n" + table(results)
    print(results["table"])
    target = args.json or RESULTS / f"{time.strftime('%Y%m%d-%H%M%S')}-{results['mode']}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"results written to {target}", file=sys.stderr)


if __name__ == "__main__":
    main()
