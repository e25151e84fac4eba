"""Faults in plugins and rule packs stay contained: reported once per rule and file, with the
plugin's or pack's name, the other rules' findings intact, and exit status 2.

Plugins are installed as real distributions on PYTHONPATH and run in a subprocess
(as in test_plugins.py); budgets are shrunk in-process where waiting would be slow.
"""

from __future__ import annotations

import json
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import REPO, install_plugin, run_process

import wirelint.engine
from wirelint import startcache
from wirelint.config import Settings
from wirelint.engine import Engine
from wirelint.finding import Edit, Finding, Fix, Severity
from wirelint.fixer import fix_to_fixed_point
from wirelint.lazy_pattern import LazyPattern
from wirelint.registry import build_registry
from wirelint.rule import Rule

STORY = "Title\n\nA kitten was rescued.\n\nPowered by automated translation\n"

FAULTY = """
import dataclasses
import os
import time

from wirelint.finding import Edit, Finding, Fix
from wirelint.hookspecs import hookimpl
from wirelint.rule import Rule


class Kittens(Rule):
    code = "XK001"
    name = "no-kittens"

    def check(self, article, settings):
        for block in self.blocks(article):
            at = block.text.find("kitten")
            if at >= 0:
                yield self.finding(block, at, at + 6, "a kitten")


class Raises(Rule):
    code = "XK002"
    name = "raises"

    def check(self, article, settings):
        raise RuntimeError("boom")


class ReturnsNumbers(Rule):
    code = "XK003"
    name = "returns-numbers"

    def check(self, article, settings):
        return [42]


class OutOfRange(Rule):
    code = "XK004"
    name = "out-of-range"

    def check(self, article, settings):
        return [self.finding(article.blocks[0], 0, 1, "far away", Fix("corrupt the file", (Edit(-5, 10**9, "X"),)))]


class StringSeverity(Rule):
    code = "XK005"
    name = "string-severity"

    def check(self, article, settings):
        return [dataclasses.replace(self.finding(article.blocks[0], 0, 1, "odd"), severity="error")]


class ReturnsNone(Rule):
    code = "XK006"
    name = "returns-none"

    def check(self, article, settings):
        return None


class Sleeps(Rule):
    code = "XK007"
    name = "sleeps"

    def check(self, article, settings):
        if "sleep" in article.document.source:
            time.sleep(3600)
        return []


class Exits(Rule):
    code = "XK008"
    name = "exits"

    def check(self, article, settings):
        source = article.document.source
        if "exit" in source:
            raise SystemExit(5)
        if "die" in source:
            os._exit(3)  # no Python exception at all: only a separate process survives this
        return []


class KitReader:
    format = "kit"
    extensions = (".kit",)

    def read(self, path, source):
        raise KeyError("no kittens in this format")


class GarbageReader:
    format = "garbage"
    extensions = (".garbage",)

    def read(self, path, source):
        return {"not": "a document"}


class NoCode(Rule):
    code = 7


@hookimpl
def wirelint_rules():
    rules = [Kittens(), Raises(), ReturnsNumbers(), OutOfRange(), StringSeverity(), ReturnsNone(), Sleeps()]
    return [*rules, Exits(), NoCode()]


@hookimpl
def wirelint_readers():
    return [KitReader(), GarbageReader(), "not a reader"]


@hookimpl
def wirelint_rule_packs():
    return [42]
"""


@pytest.fixture
def faulty_env(tmp_path: Path) -> dict[str, str]:
    site = tmp_path / "site"
    site.mkdir()
    install_plugin(site, "faulty", FAULTY)
    install_plugin(site, "missing_attr", "")
    (site / "missing_attr-1.0.dist-info" / "entry_points.txt").write_text(
        "[wirelint]\nmissing = missing_attr:nothing\n"
    )
    install_plugin(site, "explodes_on_import", "raise RuntimeError('import-time failure')\n")
    install_plugin(site, "exits_on_import", "import sys\nsys.exit(4)\n")
    hook_raises = (
        "from wirelint.hookspecs import hookimpl\n\n@hookimpl\ndef wirelint_rules():\n    raise ValueError('no')\n"
    )
    install_plugin(site, "hook_raises", hook_raises)
    return {"PYTHONPATH": f"{site}:{REPO}"}


def errors_of(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("wirelint: error: ")]


def test_raising_and_garbage_rules_are_reported_once_each_and_the_rest_stands(
    tmp_path: Path, faulty_env: dict[str, str]
):
    story = tmp_path / "story.jsonl"
    articles = [
        {"uri": f"a{n}", "headline": "Title", "body_text": "A kitten was rescued.\n\nPowered by automated translation"}
        for n in range(3)
    ]
    story.write_text("\n".join(json.dumps(article) for article in articles) + "\n")

    result = run_process("check", "--no-cache", "--format", "json", str(story), env=faulty_env)

    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    codes = [f["code"] for f in json.loads(result.stdout)]
    assert codes.count("XK001") == 3 and codes.count("WL102") == 3, "good plugin and built-in rules still report"
    assert not {"XK003", "XK004", "XK005"} & set(codes), "garbage is never passed on as findings"
    errors = errors_of(result)
    expected = {
        "XK002": "internal error in rule XK002 (faulty): RuntimeError: boom",
        "XK003": "rule XK003 (faulty) returned 42, not a well-formed Finding",
        "XK004": "rule XK004 (faulty) returned Finding(code='XK004'",
        "XK005": "rule XK005 (faulty) returned Finding(code='XK005'",
        "XK006": "internal error in rule XK006 (faulty): TypeError",
    }
    for code, message in expected.items():
        matching = [line for line in errors if f" {code} " in line]
        assert len(matching) == 1, f"{code} is reported once per file, not once per article: {matching}"
        assert f"{story}: {message}" in matching[0]


def test_broken_plugin_installs_and_hooks_are_warnings_not_fatal(tmp_path: Path, faulty_env: dict[str, str]):
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    result = run_process("check", "--no-cache", "--select", "WL102,XK001", str(story), env=faulty_env)
    warnings = [line for line in result.stderr.splitlines() if line.startswith("wirelint: warning: ")]
    for expected in (
        "plugin 'missing' could not be loaded: AttributeError",
        "plugin 'explodes_on_import' could not be loaded: RuntimeError: import-time failure",
        "plugin 'exits_on_import' could not be loaded: SystemExit: 4",
        "plugin 'hook_raises' failed in wirelint_rules: ValueError: no",
        "plugin 'faulty' returned 'not a reader' from wirelint_readers, which is not a Reader",
        "plugin 'faulty' returned 42 from wirelint_rule_packs, which is not a path",
        "from wirelint_rules, which is not a Rule",
    ):
        assert any(expected in line for line in warnings), f"missing warning: {expected}\n{result.stderr}"
    assert result.returncode == 1, "warnings alone do not make the run an error"
    assert "WL102" in result.stdout and "XK001" in result.stdout


def test_a_crashing_or_garbage_reader_is_an_error_for_its_files_only(tmp_path: Path, faulty_env: dict[str, str]):
    kit = tmp_path / "story.kit"
    kit.write_text(STORY)
    garbage = tmp_path / "story.garbage"
    garbage.write_text(STORY)
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    result = run_process("check", "--no-cache", "--select", "WL102", str(kit), str(garbage), str(story), env=faulty_env)
    assert result.returncode == 2
    assert f"wirelint: error: {kit}: internal error in the kit reader: KeyError: 'no kittens in this format'" in (
        result.stderr
    )
    assert f"wirelint: error: {garbage}: the reader returned dict, not a Document" in result.stderr
    assert f"{story}:5:1: WL102" in result.stdout
    assert "Traceback" not in result.stderr


def test_garbage_fix_offsets_never_reach_the_file(tmp_path: Path, faulty_env: dict[str, str]):
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    result = run_process("check", "--no-cache", "--fix", str(story), env=faulty_env)
    assert result.returncode == 2
    assert story.read_text() == "Title\n\nA kitten was rescued.\n", "only the real fix was applied"


def test_a_plugin_that_sleeps_forever_is_stopped_by_the_rule_budget(tmp_path: Path, faulty_env: dict[str, str]):
    story = tmp_path / "story.txt"
    story.write_text("Title\n\nA kitten went to sleep.\n\nPowered by automated translation\n")
    result = run_process("check", "--no-cache", "--select", "WL102,XK001,XK007", str(story), env=faulty_env)
    assert result.returncode == 2
    stopped = f"wirelint: error: {story}: rule XK007 (faulty) stopped: took longer than 30s of real time on one article"
    assert stopped in result.stderr
    assert "s of CPU; its budget: 10s)" in result.stderr
    assert "XK001" in result.stdout and "WL102" in result.stdout


def test_a_raising_plugin_rule_is_contained_in_pool_workers(tmp_path: Path, faulty_env: dict[str, str]):
    desk = tmp_path / "desk"
    desk.mkdir()
    for index in range(6):
        (desk / f"story{index}.txt").write_text(STORY)
    result = run_process(
        "check", "--no-cache", "--jobs", "2", "--select", "WL102,XK001,XK002", str(desk), env=faulty_env
    )
    assert result.returncode == 2
    assert result.stderr.count("internal error in rule XK002 (faulty): RuntimeError: boom") == 6
    assert result.stdout.count("XK001") == 6 and result.stdout.count("WL102") == 6


def test_a_rule_that_exits_is_an_error_not_the_end_of_the_run(tmp_path: Path, faulty_env: dict[str, str]):
    story = tmp_path / "story.txt"
    story.write_text("Title\n\nThey will exit the city.\n\nPowered by automated translation\n")
    result = run_process("check", "--no-cache", "--select", "WL102,XK008", str(story), env=faulty_env)
    assert result.returncode == 2
    assert f"wirelint: error: {story}: internal error in rule XK008 (faulty): SystemExit: 5" in result.stderr
    assert f"{story}:5:1: WL102" in result.stdout


def test_a_worker_killed_by_a_plugin_fails_the_run_cleanly_naming_the_unchecked_files(
    tmp_path: Path, faulty_env: dict[str, str]
):
    desk = tmp_path / "desk"
    desk.mkdir()
    for index in range(6):
        (desk / f"story{index}.txt").write_text(STORY.replace("kitten", "cat" if index != 3 else "die-hard"))
    result = run_process("check", "--no-cache", "--jobs", "2", "--select", "WL102,XK008", str(desk), env=faulty_env)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"wirelint: error: {desk / 'story3.txt'}: not checked: a worker process died abruptly" in result.stderr
    reported = result.stdout.count("WL102") + result.stderr.count("not checked")
    assert reported == 6, "every file is either checked or named as not checked"


def test_a_plugin_that_kills_its_process_on_the_first_file_takes_a_worker_not_the_run(
    tmp_path: Path, faulty_env: dict[str, str]
):
    """The first file warms up the pool's parent before the workers fork: plugin rules must not run there."""
    desk = tmp_path / "desk"
    desk.mkdir()
    for index in range(6):
        (desk / f"story{index}.txt").write_text(STORY.replace("kitten", "cat" if index else "die-hard"))
    result = run_process("check", "--no-cache", "--jobs", "2", "--select", "WL102,XK008", str(desk), env=faulty_env)
    assert result.returncode == 2
    assert f"wirelint: error: {desk / 'story0.txt'}: not checked: a worker process died abruptly" in result.stderr
    reported = result.stdout.count("WL102") + result.stderr.count("not checked")
    assert reported == 6, "every file is either checked or named as not checked"


class Busy(Rule):
    """Slow in the ways plugins are slow: spinning, sleeping, and swallowing exceptions while spinning."""

    code = "XS001"
    name = "busy"

    def __init__(self, style: str) -> None:
        self.style = style

    def check(self, article, settings):  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + 30  # bounded, so a broken budget fails the test instead of hanging it
        while time.monotonic() < deadline:
            if self.style == "sleep":
                time.sleep(0.05)
            elif self.style == "swallow":
                try:
                    sum(range(10_000))
                except Exception:  # the point: a rule that hides every error it meets
                    pass
        return []


@pytest.mark.parametrize("style", ["spin", "sleep", "swallow"])
def test_rule_budget_interrupts_a_slow_rule_and_restores_the_timer(monkeypatch: pytest.MonkeyPatch, style: str):
    monkeypatch.setattr(wirelint.engine, "RULE_BUDGET", 0.2)
    registry = build_registry(autoload=False)
    registry.add_rule(Busy(style), "slowpoke")
    engine = Engine(registry)
    settings = Settings(select=("XS001", "WL102"))
    handlers = signal.getsignal(signal.SIGALRM), signal.getsignal(signal.SIGPROF)
    started = time.monotonic()

    result = engine.lint_source("s.txt", "Title\n\nPowered by automated translation\n", settings)

    assert time.monotonic() - started < 25, "the budget stopped the rule, not its own deadline"
    [error] = result.errors
    assert error.startswith("s.txt: rule XS001 (slowpoke) stopped: took longer than 0.")  # 0.2s of CPU or 0.601s real
    if style == "sleep":  # no CPU used: only the real-time limit can stop it, and it says what the rule used
        assert " of real time on one article (" in error and "of CPU; its budget: 0.2s)" in error
    assert [f.code for f in result.findings] == ["WL102"]
    assert signal.getitimer(signal.ITIMER_REAL) == signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0), "none armed"
    assert (signal.getsignal(signal.SIGALRM), signal.getsignal(signal.SIGPROF)) == handlers, "the previous handlers"


class Nap(Rule):
    """Waits once without computing, longer than its CPU budget but within its real-time limit."""

    code = "XS003"
    name = "nap"

    def check(self, article, settings):  # type: ignore[no-untyped-def]
        time.sleep(0.3)
        return []


def test_a_rule_that_waits_past_its_cpu_budget_but_computes_little_is_not_stopped(monkeypatch: pytest.MonkeyPatch):
    """The budget is CPU time: a rule kept waiting (for a core on a loaded machine, or for a lock) is not late."""
    monkeypatch.setattr(wirelint.engine, "RULE_BUDGET", 0.2)
    registry = build_registry(autoload=False)
    registry.add_rule(Nap(), "nap")

    result = Engine(registry).lint_source("s.txt", "Title\n\nA calm paragraph.\n", Settings(select=("XS003",)))

    assert result.errors == []


def test_a_profilers_cpu_timer_is_left_alone_and_the_real_time_limit_still_stops_a_rule(
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.setattr(wirelint.engine, "RULE_BUDGET", 0.2)
    registry = build_registry(autoload=False)
    registry.add_rule(Busy("sleep"), "slowpoke")

    def profiler(signum: int, frame: object) -> None:
        pass

    before = signal.signal(signal.SIGPROF, profiler)
    signal.setitimer(signal.ITIMER_PROF, 100)
    try:
        result = Engine(registry).lint_source("s.txt", "Title\n\nA calm paragraph.\n", Settings(select=("XS001",)))
        left = signal.getitimer(signal.ITIMER_PROF)[0]
        handler = signal.getsignal(signal.SIGPROF)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, before)

    [error] = result.errors
    assert "stopped: took longer than 0.601s of real time on one article" in error
    assert 0 < left < 101, "the profiler's timer still runs"
    assert handler is profiler, "the profiler's handler is still theirs"


def test_a_runaway_generator_is_cut_off_before_it_fills_memory():
    class Endless(Rule):
        code = "XS002"
        name = "endless"

        def check(self, article, settings):  # type: ignore[no-untyped-def]
            block = article.blocks[0]
            while True:
                yield self.finding(block, 0, 1, "again")

    registry = build_registry(autoload=False)
    registry.add_rule(Endless(), "loop")
    result = Engine(registry).lint_source("s.txt", "Title\n\nPowered by automated translation\n", Settings())
    assert result.errors == ["s.txt: rule XS002 (loop) produced over 1000 findings"]
    assert "WL102" in {f.code for f in result.findings}


def test_a_fix_with_overlapping_edits_of_its_own_is_skipped_not_applied():
    class Overlapping(Rule):
        code = "XS003"
        name = "overlapping"

        def check(self, article, settings):  # type: ignore[no-untyped-def]
            edits = (Edit(0, 4, ""), Edit(2, 3, "Z"))
            yield Finding(self.code, self.name, Severity.WARNING, "overlap", 0, 4, fix=Fix("bad", edits))

    registry = build_registry(autoload=False)
    registry.add_rule(Overlapping(), "overlap")
    engine = Engine(registry)
    source = "Title\n\nPowered by automated translation\n"
    fixed, count, _ = fix_to_fixed_point(
        source, lambda text: engine.lint_source("s.txt", text, Settings(select=("XS003",))).findings
    )
    assert (fixed, count) == (source, 0), "applying it would have duplicated or lost text"


CATASTROPHIC_PACK = """
[[rule]]
code = "XX101"
name = "runaway"
severity = "warning"
message = "runaway: {match}"
pattern = '(a|aa)+$'
"""


def test_catastrophic_pattern_in_a_user_pack_is_stopped_and_named_through_the_cli(tmp_path: Path):
    pack = tmp_path / "style" / "house.toml"
    pack.parent.mkdir()
    pack.write_text(CATASTROPHIC_PACK)
    (tmp_path / ".wirelint.toml").write_text('rule-packs = ["style/house.toml"]\n')
    story = tmp_path / "story.txt"
    story.write_text("Title\n\n" + "a" * 60 + "!\n\nPowered by automated translation\n")
    other = tmp_path / "other.txt"
    other.write_text("Title\n\nPowered by automated translation\n")

    result = run_process("check", "--no-cache", "--select", "XX101,WL102", str(story), str(other))

    assert result.returncode == 2
    errors = errors_of(result)
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"wirelint: error: {story}: rule XX101 stopped: pattern '(a|aa)+$' took longer than")
    assert f"(rule XX101 in {pack})" in errors[0]
    assert f"{story}:5:1: WL102" in result.stdout and f"{other}:3:1: WL102" in result.stdout


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def test_a_pattern_that_explodes_when_compiled_is_a_pack_error(tmp_path: Path):
    """regex unrolls counted repeats at compile time, before any match timeout applies."""
    pack = tmp_path / "bomb.toml"
    pack.write_text(CATASTROPHIC_PACK.replace("(a|aa)+$", "(?:(?:a{1000}){1000}){1000}"))
    (tmp_path / ".wirelint.toml").write_text('rule-packs = ["bomb.toml"]\n')
    story = tmp_path / "story.txt"
    story.write_text("Title\n\nPowered by automated translation\n")
    result = subprocess.run(
        [sys.executable, "-m", "wirelint", "check", "--no-cache", str(story)],
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_limit_memory,  # a failing run must not take the machine's memory
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"rule pack {pack}: rule #1 (XX101)" in result.stderr


class FirstUse(Rule):
    """Compiles its pattern on its first run, as the code rules' module-level patterns do."""

    code = "XS002"
    name = "first-use"
    severity = Severity.WARNING

    def __init__(self) -> None:
        self.pattern = LazyPattern(r"\bkitten\b")

    def check(self, article, settings):  # type: ignore[no-untyped-def]
        for block in article.blocks:
            for match in self.pattern.finditer(block.text):
                yield self.finding(block, match.start(), match.end(), "a kitten")


def test_a_fresh_pattern_compile_does_not_spend_the_rules_time_budget(monkeypatch: pytest.MonkeyPatch):
    """On an empty start-up cache and a busy machine, compiling a rule's patterns can take seconds: that is
    start-up, and must not stop the rule on its first article (it did: WL101, 10 s, under load)."""
    monkeypatch.setattr(wirelint.engine, "RULE_BUDGET", 0.1)
    real = startcache._compile_keeping_program

    def slow_compile(source: str, flags: int):  # type: ignore[no-untyped-def]
        time.sleep(0.2)  # a compile longer than the whole budget
        return real(source, flags)

    monkeypatch.setattr(startcache, "_compile_keeping_program", slow_compile)
    monkeypatch.setattr(startcache.STARTUP, "get", lambda section, key: None)  # an empty start-up cache
    monkeypatch.setattr(startcache.STARTUP, "put", lambda section, key, value: None)
    registry = build_registry(autoload=False)
    registry.add_rule(FirstUse(), "firstuse")

    result = Engine(registry).lint_source("s.txt", "Title\n\nA kitten went to sleep.\n", Settings(select=("XS002",)))

    assert result.errors == []
    assert [f.code for f in result.findings] == ["XS002"]
    assert signal.getitimer(signal.ITIMER_REAL) == signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0), "none armed"
