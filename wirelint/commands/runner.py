"""Running a check over many files: serial or on a process pool, same output.

Each file is handled whole by :func:`check_file` (read, lint, optionally fix
and write), in a worker process when ``--jobs`` > 1. Results come back in the
order the files were given, so a parallel run prints exactly what a serial
run prints.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wirelint.commands.release import release
from wirelint.commands.startup import start_up_over
from wirelint.config import Settings, settings_for
from wirelint.engine import Engine
from wirelint.errors import ConfigError, EmptyInput, InputError, PackError
from wirelint.files import SourceFile, read_source
from wirelint.finding import Finding
from wirelint.fixer import fix_to_fixed_point, unified_diff, write_atomically
from wirelint.packs import expect_rules
from wirelint.registry import get_registry

if TYPE_CHECKING:
    from wirelint.commands.cache import ResultCache

POOL_THRESHOLD = 4
"""Fewer files than this are checked in-process: a pool costs more than it saves."""
WARM_UP_LIMIT = 65_536
"""Bytes: the pool's parent warms up on one of the first files no bigger than this (an article, not an archive:
the file is linted twice, once to warm up and once by a worker)."""
CHUNKS_PER_WORKER = 24
"""Files go to the workers in about this many batches each: small enough that neither waits long for the
other's last batch, large enough that handing out batches costs little."""


@dataclass(frozen=True)
class RunOptions:
    """What the command line asked for, in a form a worker process can receive."""

    overrides: tuple[tuple[str, Any], ...] = ()
    config: Path | None = None
    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    autoload: bool = True
    cache_dir: Path | None = None
    """Result cache folder; None runs without the cache."""

    def settings(self, path: Path) -> Settings:
        return settings_for(path, dict(self.overrides), self.config)


@dataclass
class FileOutcome:
    path: str
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    fixed: int = 0
    diff: str = ""
    output: str | None = None
    """The fixed text when fixing standard input (printed instead of written)."""
    fails: bool = False
    """True when a finding is at or above the file's fail level."""
    blocked_by: str = ""
    """A broken config or rule pack that kept this file from being checked (one error for all
    the files it affects, not one per file)."""
    notes: list[str] = field(default_factory=list)
    """What is worth saying with ``--verbose`` only: an empty file, say."""


def check_text(
    name: str, text: str, options: RunOptions, settings: Settings, format_name: str | None = None
) -> FileOutcome:
    """Lint (and with --fix/--diff, fix) already decoded text."""
    engine = Engine(get_registry(options.autoload))
    try:
        rules = engine.rules_for(settings, name)
    except (PackError, ConfigError) as error:
        return FileOutcome(name, blocked_by=str(error))
    expect_rules(tuple(rule.code for rule in rules))
    errors: list[str] = []

    def lint(current: str) -> list[Finding]:
        result = engine.lint_source(name, current, settings, format_name, rules)
        if result.document is not None:
            release(result.document)
        errors[:] = result.errors
        return result.findings

    if not (options.fix or options.diff):
        outcome = FileOutcome(name, lint(text), list(errors))
        outcome.fails = any(f.severity.rank >= settings.fail_level.rank for f in outcome.findings)
        return outcome
    fixed_text, count, remaining = fix_to_fixed_point(text, lint, options.unsafe_fixes)
    outcome = FileOutcome(name, remaining, list(errors), count)
    outcome.fails = any(f.severity.rank >= settings.fail_level.rank for f in remaining)
    if options.diff:
        outcome.diff = unified_diff(name, text, fixed_text) if fixed_text != text else ""
    else:
        outcome.output = fixed_text
    return outcome


def check_file(path: Path, options: RunOptions) -> FileOutcome:
    """Everything for one file on disk; never raises for bad input."""
    name = str(path)
    try:
        settings = options.settings(path)
    except ConfigError as error:
        return FileOutcome(name, blocked_by=str(error))
    try:
        source: SourceFile = read_source(path)
    except EmptyInput as error:
        return FileOutcome(name, notes=[str(error)])
    except InputError as error:
        return FileOutcome(name, errors=[str(error)])
    if options.cache_dir is not None and not (options.fix or options.diff):
        return _check_cached(name, source, options, settings)
    outcome = check_text(name, source.text, options, settings)
    if options.fix and outcome.output is not None:
        if outcome.fixed and outcome.output != source.text:
            try:
                write_atomically(source, outcome.output)
            except InputError as error:
                outcome.errors.append(str(error))
                outcome.fixed = 0
            except OSError as error:  # a full disk or a read-only folder: the message must name the file
                outcome.errors.append(f"{name}: not fixed, cannot write: {error.strerror or error}")
                outcome.fixed = 0
        outcome.output = None
    return outcome


def _check_cached(name: str, source: SourceFile, options: RunOptions, settings: Settings) -> FileOutcome:
    """:func:`check_text` through the result cache: unchanged content, config and code reuse stored findings."""
    cache, key, findings = _stored_findings(name, source, options, settings)
    if findings is None:
        outcome = check_text(name, source.text, options, settings)
        if not outcome.errors and not outcome.blocked_by:
            cache.store_findings(key, outcome.findings)
        return outcome
    outcome = FileOutcome(name, findings)
    outcome.fails = any(f.severity.rank >= settings.fail_level.rank for f in findings)
    return outcome


def _stored_findings(
    name: str, source: SourceFile, options: RunOptions, settings: Settings
) -> tuple[ResultCache, str, list[Finding] | None]:
    """The result cache, this file's key in it and the findings stored under that key (None if none)."""
    from wirelint.commands.cache import ResultCache, check_key

    assert options.cache_dir is not None
    cache = ResultCache(options.cache_dir)
    key = check_key(name, source.digest, settings, get_registry(options.autoload))
    return cache, key, cache.findings(key)


def _worker_init() -> None:
    # Workers must not fight the parent over the terminal.
    os.environ.setdefault("NO_COLOR", "1")
    # A worker ends without the interpreter's exit, so without the start-up cache's own save at exit: the
    # patterns it compiled would be compiled again by every later run's workers.
    from multiprocessing.util import Finalize

    from wirelint.startcache import STARTUP

    Finalize(None, STARTUP.save, exitpriority=0)


def check_files(
    paths: list[Path], options: RunOptions, jobs: int, on_done: Callable[[], None] | None = None
) -> Iterator[FileOutcome]:
    """Outcomes in the order of ``paths``; a process pool when it pays."""
    if jobs <= 1 or len(paths) < POOL_THRESHOLD:
        for path in paths:
            outcome = check_file(path, options)
            start_up_over()
            yield outcome
            if on_done:
                on_done()
        return
    import multiprocessing  # only when a pool pays
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    if multiprocessing.get_start_method() == "fork":
        small = next((path for path in paths[:8] if _size(path) <= WARM_UP_LIMIT), None)
        if small is not None:
            _warm_up(small, options)
    start_up_over()
    chunk = max(1, min(16, len(paths) // (jobs * CHUNKS_PER_WORKER)))
    done = 0
    with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init) as pool:
        try:
            for outcome in pool.map(check_file, paths, [options] * len(paths), chunksize=chunk):
                yield outcome
                done += 1
                if on_done:
                    on_done()
        except BrokenProcessPool:  # a plugin that ends or crashes the interpreter takes its worker with it
            for path in paths[done:]:
                yield FileOutcome(str(path), errors=[f"{path}: not checked: a worker process died abruptly"])


def _size(path: Path) -> float:
    try:
        return path.stat().st_size
    except OSError:
        return float("inf")


def _warm_up(path: Path, options: RunOptions) -> None:
    """Lint ``path`` with the built-in rules and drop the result, before the workers are forked: they inherit
    its warm start-up (the rules' modules imported, their patterns and tables made) instead of each paying
    for it again. Plugin code never runs in this process (a plugin that ends the process must take a worker
    with it, not the run); the file is checked for real by a worker."""
    try:
        settings = options.settings(path)
        source = read_source(path)
        engine = Engine(get_registry(options.autoload))
        if options.cache_dir is not None and not (options.fix or options.diff):
            if _stored_findings(str(path), source, options, settings)[2] is not None:
                return  # a result from the cache: the workers may well lint nothing
        if not type(engine.registry.reader_for(str(path))).__module__.startswith("wirelint."):
            return
        rules = [rule for rule in engine.rules_for(settings, str(path)) if rule.origin == "wirelint"]
        engine.lint_source(str(path), source.text, settings, None, rules)
    except Exception:  # only a warm-up: the worker reports whatever is wrong with the file
        pass


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
