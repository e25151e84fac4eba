"""Start-up work kept between runs: the rule table, compiled patterns and cheap plugin discovery.

No timings: these tests check that what the start-up cache gives back is what
the work itself gives (the same patterns, the same rules, the same findings),
that a stale or broken cache is only a slower start, and that a run with a
warm cache imports only the rules it selects.
"""

from __future__ import annotations

import dataclasses
import gc
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import types
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import REPO, SEED_EDIT, SEED_WIRE, run_cli
from wirelint.api import default_engine
from wirelint.builtin import packs_folder
from wirelint.checks import FAMILY_MODULES, all_rules
from wirelint.config import Settings
from wirelint.lazy_rule import LazyRule, table_rules
from wirelint.packs import load_pack, read_pack
from wirelint.registry import _may_declare_plugins
from wirelint.startcache import StartCache, compile_pattern
from wirelint.text import lexicon
from wirelint.text.lexicon import escape


def _run(code: str, cache_folder: Path) -> str:
    """``python -c CODE`` with bytecode (and so the start-up cache) written under ``cache_folder``."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(REPO), PYTHONPYCACHEPREFIX=str(cache_folder))
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True, timeout=120, cwd=REPO
    )
    return done.stdout


def _program(*arguments: str, then: str) -> str:
    """A script that runs the ``wirelint`` program as its console script does (``wirelint.cli.run``) with
    ``arguments``, then runs ``then`` in the same process."""
    return f"""
import dataclasses, gc, sys
from wirelint.cli import run
sys.argv = ["wirelint", *{list(arguments)!r}]
try:
    run()
except SystemExit:
    pass
{then}
"""


def test_a_warm_start_imports_only_the_selected_rules(tmp_path: Path) -> None:
    script = _program("check", "--no-cache", "--select", "WL102", str(SEED_EDIT), then="""
print("ENGINES", sorted(name for name in sys.modules if name.startswith(("wirelint.numbers", "wirelint.naming"))
                        or name in ("difflib", "html.entities", "tomllib")))
print("MODULES", sorted(name for name in sys.modules if name.startswith("wirelint.checks.")))
""")
    _run(script, tmp_path)  # the first run writes the start-up cache
    assert list(tmp_path.rglob("startup.*.marshal"))
    warm = _run(script, tmp_path)
    wanted = sorted({type(rule).__module__ for rule in all_rules() if rule.code == "WL102"})
    assert warm.splitlines()[-1] == f"MODULES {wanted}"  # the module of the selected rule, no other
    assert warm.splitlines()[-2] == "ENGINES []"  # no number engine, naming catalogue, difflib, entities, TOML
    assert "WL102" in warm


def test_a_full_check_reads_no_toml_and_imports_no_difflib(tmp_path: Path) -> None:
    """difflib is for WL405 comparing two versions, tomllib for a pack or data file the start-up cache has not
    parsed yet: a warm check of one file needs neither."""
    script = _program(
        "check", "--no-cache", str(SEED_EDIT),
        then='print("MODULES", sorted(name for name in ("difflib", "tomllib") if name in sys.modules))',
    )
    _run(script, tmp_path)
    assert _run(script, tmp_path).splitlines()[-1] == "MODULES []"


def test_lazy_rules_find_what_the_rules_find(tmp_path: Path) -> None:
    cache = StartCache(tmp_path / "startup.marshal")
    first = table_rules(FAMILY_MODULES, all_rules, cache)
    cache.save()
    lazy = table_rules(FAMILY_MODULES, all_rules, StartCache(tmp_path / "startup.marshal"))
    real = all_rules()
    assert all(isinstance(rule, LazyRule) and "rule" not in vars(rule) for rule in lazy)
    assert [(r.code, r.name, r.severity, r.fields, r.fixable, r.compares_versions) for r in lazy] == [
        (r.code, r.name, r.severity, r.fields, r.fixable, r.compares_versions) for r in real
    ]
    assert [rule.docs for rule in lazy] == [rule.docs for rule in real]
    engine, settings = default_engine(), Settings()
    for seed in (SEED_EDIT, SEED_WIRE):
        document = engine.parse(seed.name, seed.read_text(encoding="utf-8"))
        found = [engine.lint_document(document, settings, rules)[0] for rules in (lazy, real, first)]
        assert [f.to_dict() for f in found[0]] == [f.to_dict() for f in found[1]] == [f.to_dict() for f in found[2]]


def test_a_changed_source_file_rebuilds_the_rule_table(tmp_path: Path, monkeypatch) -> None:
    cache = StartCache(tmp_path / "startup.marshal")
    table_rules(FAMILY_MODULES, all_rules, cache)
    monkeypatch.setattr("wirelint.lazy_rule.RUNNING_STAMPS", (("changed.py", 1, 1),))
    rebuilt = table_rules(FAMILY_MODULES, all_rules, cache)
    assert all("rule" in vars(rule) for rule in rebuilt)  # made by importing, not from the old table


def test_code_changed_under_a_running_process_is_never_cached_as_the_new_code(tmp_path: Path) -> None:
    """A long run (the test suite, an editor's server) imported the rules, then another commit was
    checked out under it: what it knew of the old rules must not be kept as the new files' table."""
    checkout = tmp_path / "checkout"
    shutil.copytree(REPO / "wirelint", checkout / "wirelint", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "rules", checkout / "rules")
    module = checkout / "wirelint" / "checks" / "leftovers.py"
    name = 'name = "machine-translation-marker"'
    assert name in module.read_text(encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(checkout), PYTHONPYCACHEPREFIX=str(tmp_path / "pycache"))
    long_run = f"""
import pathlib
import wirelint.checks.leftovers
from wirelint.registry import get_registry
module = pathlib.Path({str(module)!r})
module.write_text(module.read_text(encoding="utf-8").replace({name!r}, 'name = "translation-note"'), encoding="utf-8")
print(get_registry().rules["WL102"].name)
"""
    fresh = 'from wirelint.registry import get_registry\nprint(get_registry().rules["WL102"].name)'
    names = []
    for code in (long_run, fresh, fresh):
        done = subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True,
                              timeout=120, check=True)
        names.append(done.stdout.strip())
    assert names == ["machine-translation-marker", "translation-note", "translation-note"]


def _patterns() -> list[tuple[str, int]]:
    rules = [rule for path in sorted(packs_folder().glob("*.toml")) for rule in load_pack(path)]
    sources = [p for rule in rules for p in (*rule.patterns, *rule.unless, rule.requires) if p is not None]
    return [(pattern.pattern, int(pattern.flags)) for pattern in sources]


def test_a_cached_pattern_is_the_pattern(tmp_path: Path) -> None:
    cache = StartCache(tmp_path / "startup.marshal")
    cases = [*_patterns(), (r"(?i)(?:tradu\w*)", int(regex.IGNORECASE | regex.VERSION1))]  # flags in two places
    for source, flags in cases:
        compile_pattern(source, flags, cache)
    cache.save()
    reread = StartCache(tmp_path / "startup.marshal")
    texts = [SEED_EDIT.read_text(encoding="utf-8"), SEED_WIRE.read_text(encoding="utf-8")]
    for source, flags in cases:
        assert reread.get("patterns", (source, flags)) is not None
        cached, fresh = compile_pattern(source, flags, reread), regex.compile(source, flags)
        assert (cached.pattern, cached.flags, cached.groupindex) == (fresh.pattern, fresh.flags, fresh.groupindex)
        for text in texts:
            assert [m.span() for m in cached.finditer(text)] == [m.span() for m in fresh.finditer(text)]


def test_a_corrupt_or_foreign_cache_file_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "startup.marshal"
    for content in (b"", b"not marshal", b"\x00" * 40):
        path.write_bytes(content)
        cache = StartCache(path)
        assert compile_pattern(r"\bIS\b", 0, cache).search("the IS group").span() == (4, 6)
        cache.save()
        assert StartCache(path).get("patterns", (r"\bIS\b", 0)) is not None


def test_a_full_section_keeps_what_the_run_used(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("wirelint.startcache.SECTION_LIMIT", 3)
    path = tmp_path / "startup.marshal"
    old = StartCache(path)
    for number in range(3):
        old.put("patterns", f"stale {number}", number)
    old.save()
    cache = StartCache(path)
    assert cache.get("patterns", "stale 1") == 1
    cache.put("patterns", "new", 9)
    cache.save()
    assert StartCache(path)._sections()["patterns"] == {"stale 1": 1, "new": 9}


def test_a_bad_program_in_the_cache_is_compiled_afresh(tmp_path: Path) -> None:
    cache = StartCache(tmp_path / "startup.marshal")
    cache.put("patterns", (r"\bIS\b", 0), b"garbage")
    assert compile_pattern(r"\bIS\b", 0, cache).search("IS").span() == (0, 2)


def test_plugins_are_looked_for_only_where_an_entry_point_is_declared(tmp_path: Path) -> None:
    assert not _may_declare_plugins([str(tmp_path)])
    dist = tmp_path / "kittens-1.0.dist-info"
    dist.mkdir()
    (dist / "entry_points.txt").write_text("[console_scripts]\nkittens = kittens:main\n", encoding="utf-8")
    assert not _may_declare_plugins([str(tmp_path)])
    (dist / "entry_points.txt").write_text("[wirelint]\nkittens = wirelint_kittens\n", encoding="utf-8")
    assert _may_declare_plugins([str(tmp_path)])
    archive = tmp_path / "plugins.zip"
    archive.write_bytes(b"PK")
    assert _may_declare_plugins([str(archive)])  # a zip on the path: the full search decides


def test_a_pack_edited_twice_within_one_timestamp_step_is_read_afresh(tmp_path: Path) -> None:
    """On a file system with coarse timestamps, two quick edits of the same size keep the stamp."""
    pack = tmp_path / "house.toml"
    pack.write_text('[[rule]]\ncode = "HS101"\nname = "a"\nseverity = "info"\nmessage = "m"\npattern = "x"\n')
    status = pack.stat()
    assert read_pack(pack)["rule"][0]["pattern"] == "x"
    pack.write_text('[[rule]]\ncode = "HS101"\nname = "a"\nseverity = "info"\nmessage = "m"\npattern = "y"\n')
    os.utime(pack, ns=(status.st_atime_ns, status.st_mtime_ns))  # the same stamp as the first version
    assert read_pack(pack)["rule"][0]["pattern"] == "y"


def test_a_data_file_is_parsed_once_per_version_and_read_back_from_the_cache(tmp_path: Path, monkeypatch) -> None:
    import wirelint.startcache as startcache
    from wirelint._toml import tomllib

    data = tmp_path / "quantities.toml"
    data.write_text('[vague]\ndozens = [24, 99]\n\n[bounds]\nnearly = 0.1\n')
    old = time.time_ns() - 10 * startcache.RACY_NS  # stamped long enough ago to be trusted
    os.utime(data, ns=(old, old))
    cache = StartCache(tmp_path / "startup.marshal")
    monkeypatch.setattr(startcache, "STARTUP", cache)
    assert startcache.read_toml(data) == tomllib.loads(data.read_text())
    cache.save()
    monkeypatch.setattr(startcache, "STARTUP", StartCache(tmp_path / "startup.marshal"))
    monkeypatch.setattr(tomllib, "loads", lambda text: pytest.fail("parsed again"))
    assert startcache.read_toml(data) == {"vague": {"dozens": [24, 99]}, "bounds": {"nearly": 0.1}}


def test_every_pattern_has_the_same_source_in_every_process() -> None:
    """A pattern built from a set of words must list them in a fixed order: with Python's string
    hashing its source (the start-up cache's key) would change from run to run, and every cold
    start would compile it afresh (30 ms for one country list)."""
    program = (
        "import sys; from wirelint.api import lint_text; from wirelint import startcache; "
        "lint_text(open(sys.argv[1], encoding='utf-8').read(), 'story.txt'); "
        "print(repr(sorted(map(repr, startcache.STARTUP._used.get('patterns', ())))))"
    )
    sources = []
    for seed in ("0", "1", "2"):  # the first warms the cache: a cold run also compiles patterns to learn their flags
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONDONTWRITEBYTECODE": "1"}
        done = subprocess.run([sys.executable, "-c", program, str(SEED_WIRE)], env=env, capture_output=True,
                              text=True, cwd=REPO, check=True)  # fmt: skip
        sources.append(done.stdout)
    assert sources[1] == sources[2]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12))
def test_the_quick_escape_is_regex_escape(text: str) -> None:
    """Word lists become patterns at every start: the escape that skips letters and digits must write the
    same source (the start-up cache's key) as ``regex.escape``."""
    assert escape(text) == regex.escape(text)


_PROBE = '''
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Probe:
    """Fields of every kind the project's classes use."""

    start: int
    text: str = ""
    parts: tuple[str, ...] = ()
    seen: list[int] = field(default_factory=list, compare=False)
'''


def _probe_class(module_name: str) -> type:
    module = types.ModuleType(module_name)
    sys.modules[module_name] = module
    try:
        exec(compile(_PROBE, module_name, "exec"), module.__dict__)
    finally:
        del sys.modules[module_name]
    probe: type = module.Probe
    return probe


CLASS_CODE_HOOK = pytest.mark.skipif(
    not hasattr(dataclasses, "_create_fn"), reason="Python 3.13+ builds dataclass methods without exec"
)


@CLASS_CODE_HOOK
def test_a_wirelint_class_runs_the_code_exec_would_make(tmp_path: Path, monkeypatch) -> None:
    """``@dataclass`` code for wirelint's classes comes from the start-up cache: the same code, byte for
    byte, as for any other class; other classes never touch the cache."""
    import wirelint.startcache as startcache

    startcache.install_class_code()

    cache = StartCache(tmp_path / "startup.marshal")
    monkeypatch.setattr(startcache, "STARTUP", cache)
    monkeypatch.setattr(startcache, "BESIDE_BYTECODE", cache.path)  # code is kept only beside the bytecode
    outside = _probe_class("probe_outside_wirelint")
    assert not cache._added
    first = _probe_class("wirelint.probe_inside")
    assert cache._added
    cache.save()
    monkeypatch.setattr(startcache, "STARTUP", StartCache(tmp_path / "startup.marshal"))
    again = _probe_class("wirelint.probe_inside")
    assert not startcache.STARTUP._added and startcache.STARTUP._used["class-code"]  # all from the file
    for name in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__"):
        codes = [getattr(probe, name).__code__ for probe in (outside, first, again)]
        facts = [(code, code.co_flags, code.co_filename, code.co_qualname, code.co_code) for code in codes]
        assert facts[0] == facts[1] == facts[2], name
    made = again(3, "x", ("a",))
    assert (made, repr(made), hash(made)) == (again(3, "x", ("a",)), "Probe(start=3, text='x', parts=('a',), seen=[])",
                                              hash(again(3, "x", ("a",))))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.start = 4  # type: ignore[misc]


@CLASS_CODE_HOOK
def test_a_warm_start_compiles_no_class_code(tmp_path: Path) -> None:
    script = f"""
from wirelint import startcache
startcache.install_class_code()  # as the wirelint program does first
from wirelint.api import lint_text
lint_text(open({str(SEED_EDIT)!r}, encoding="utf-8").read(), "story.txt")
print("ADDED", "class-code" in startcache.STARTUP._sections() and startcache.STARTUP._added,
      len(startcache.STARTUP._used.get("class-code", ())))
"""
    _run(script, tmp_path)
    added, used = _run(script, tmp_path).split()[-2:]
    assert added == "False" and int(used) > 30


def test_without_bytecode_the_start_up_cache_lives_in_the_user_cache_folder(tmp_path: Path) -> None:
    """Under ``PYTHONDONTWRITEBYTECODE`` (many container images) the second run still starts warm: its
    patterns, classes' and modules' code come from the user's cache folder while it is the user's own;
    once others may write the file, its code is no longer run (its data still is)."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(REPO), "XDG_CACHE_HOME": str(tmp_path)}
    env.pop("PYTHONPYCACHEPREFIX", None)
    script = _program("check", "--no-cache", str(SEED_EDIT), then="""
from wirelint import startcache
print("CACHE", startcache.STARTUP.path, startcache.STARTUP._added, len(startcache.STARTUP._used.get("patterns", ())),
      sum(len(startcache.STARTUP._entries().get(name, {})) for name in startcache.CODE_SECTIONS),
      any(type(finder).__name__ == "_ModuleCodeFinder" for finder in sys.meta_path))
""")
    runs, outputs = [], []
    for number in range(3):
        if number == 2 and os.name == "posix":  # others may now write the file: its code is not theirs to run
            Path(runs[0][1]).chmod(0o666)
        done = subprocess.run([sys.executable, "-c", script], env=env, cwd=tmp_path, capture_output=True, text=True,
                              timeout=120, check=True)
        runs.append(done.stdout.splitlines()[-1].split())
        outputs.append(done.stdout.splitlines()[:-1])
    (_, path, added_first, _, _, _), (_, _, added_second, used_second, code, finder) = runs[:2]
    assert Path(path).parent == tmp_path / "wirelint" and Path(path).is_file()
    assert added_first == "True" and added_second == "False" and int(used_second) > 50
    assert int(code) > 80 and finder == "True"  # the file offers modules' and classes' code
    assert outputs[0] == outputs[1] == outputs[2] and any("WL104" in line for line in outputs[0])
    if os.name == "posix":
        *_, used_third, code_third, _ = runs[2]
        assert int(used_third) > 50 and code_third == "0"


def test_the_user_cache_folder_keeps_only_the_newest_start_up_files(tmp_path: Path) -> None:
    """Every virtual environment or checkout is an install with its own file: the folder stays bounded."""
    from wirelint import startcache

    folder = tmp_path / "wirelint"
    folder.mkdir()
    for number in range(startcache.USER_FILES + 4):
        old = folder / f"{number:08x}.startup.cpython-311.regex-1.marshal"
        old.write_bytes(b"")
        os.utime(old, ns=(number * 10**9, number * 10**9))
    unrelated = folder / "notes.txt"
    unrelated.write_text("mine", encoding="utf-8")
    cache = StartCache(folder / "ffffffff.startup.cpython-311.regex-1.marshal")
    cache.put("patterns", ("x", 0), b"program")
    cache.save()
    left = sorted(path.name for path in folder.glob("*.marshal"))
    assert len(left) == startcache.USER_FILES and cache.path.name in left
    assert f"{startcache.USER_FILES + 3:08x}.startup.cpython-311.regex-1.marshal" in left  # the newest old one
    assert "00000000.startup.cpython-311.regex-1.marshal" not in left and unrelated.exists()


def test_check_turns_the_collector_back_on_however_it_ends(monkeypatch) -> None:
    from wirelint.commands import startup

    monkeypatch.setattr(startup, "owns_process", True)  # as in the wirelint program
    assert gc.isenabled()
    for arguments in (("check",), ("check", "--select", "XX999", "x.txt")):  # both end before any file
        run_cli(*arguments)
        assert gc.isenabled(), arguments


def test_check_inside_another_program_freezes_none_of_its_objects() -> None:
    """Freezing keeps every object made so far for good: right for the wirelint program, wrong for an
    application or a test runner that calls the command."""
    frozen = gc.get_freeze_count()
    run_cli("check", "--no-cache", str(SEED_EDIT))
    assert gc.get_freeze_count() == frozen and gc.isenabled()


def test_the_wirelint_program_sets_start_up_aside_and_a_library_leaves_dataclasses_alone(tmp_path: Path) -> None:
    program = _program(
        "check", "--no-cache", str(SEED_EDIT),
        then='print("PROGRAM", gc.get_freeze_count() > 0, gc.isenabled(), "exec" in vars(dataclasses))',
    )
    library = f"""
import dataclasses, gc
from wirelint.api import lint_text
lint_text(open({str(SEED_EDIT)!r}, encoding="utf-8").read(), "story.txt")
print("LIBRARY", gc.get_freeze_count(), "exec" in vars(dataclasses))
"""
    hooked = hasattr(dataclasses, "_create_fn")
    assert _run(program, tmp_path).splitlines()[-1] == f"PROGRAM True True {hooked}"
    assert _run(library, tmp_path).splitlines()[-1] == "LIBRARY 0 False"


def test_a_config_file_is_parsed_once_per_version(tmp_path: Path, monkeypatch) -> None:
    """Config TOML comes from the start-up cache while the file is unchanged, afresh once it changes, and a
    broken file is never kept (it fails every time, naming the file)."""
    import wirelint.startcache as startcache
    from wirelint._toml import tomllib
    from wirelint.config import read_config_file
    from wirelint.errors import ConfigError

    config = tmp_path / ".wirelint.toml"
    config.write_text('select = ["WL1"]\n')
    old = time.time_ns() - 10 * startcache.RACY_NS
    os.utime(config, ns=(old, old))
    monkeypatch.setattr(startcache, "STARTUP", StartCache(tmp_path / "startup.marshal"))
    assert read_config_file(config) == {"select": ["WL1"]}
    startcache.STARTUP.save()
    monkeypatch.setattr(startcache, "STARTUP", StartCache(tmp_path / "startup.marshal"))
    real = tomllib.loads
    monkeypatch.setattr(tomllib, "loads", lambda text: pytest.fail("parsed again"))
    assert read_config_file(config) == {"select": ["WL1"]}
    monkeypatch.setattr(tomllib, "loads", real)
    config.write_text('select = ["WL2"]\n')  # a new version of the same size, also old: read afresh
    os.utime(config, ns=(old + 10**9, old + 10**9))
    assert read_config_file(config) == {"select": ["WL2"]}
    config.write_text("select = [\n")
    for _ in range(2):
        with pytest.raises(ConfigError, match="invalid TOML"):
            read_config_file(config)


def _wirelint(*arguments: str, cache_folder: Path, before: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    """The ``wirelint`` program as a process (``python [BEFORE] -m wirelint ARGUMENTS``), bytecode and the
    start-up cache written under ``cache_folder``."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(REPO), PYTHONPYCACHEPREFIX=str(cache_folder), NO_COLOR="1")
    return subprocess.run([sys.executable, *(before or []), "-m", "wirelint", *arguments], env=env,
                          capture_output=True, text=True, timeout=300, cwd=cache_folder, check=False)  # fmt: skip


def test_the_program_ends_with_its_output_whole_its_status_and_the_start_up_cache_written(tmp_path: Path) -> None:
    """The program skips the interpreter's teardown (startup.leave): what it printed is all there, the
    exit status is the command's, and the atexit callbacks ran (the start-up cache is written by one)."""
    folder = tmp_path / "copy"
    folder.mkdir()
    for number in range(40):  # enough findings that the output is flushed in several writes
        shutil.copyfile(SEED_EDIT, folder / f"story{number}.txt")
    found = _wirelint("check", "--no-cache", "--jobs", "1", "--format", "json", str(folder), cache_folder=tmp_path)
    assert found.returncode == 1
    findings = json.loads(found.stdout)
    alone = json.loads(_wirelint("check", "--no-cache", "--format", "json", str(SEED_EDIT),
                                 cache_folder=tmp_path).stdout)  # fmt: skip
    assert len(findings) == 40 * len(alone) > 40
    assert list(tmp_path.rglob("startup.*.marshal"))
    clean = tmp_path / "clean.txt"
    clean.write_text("Rain is expected on Tuesday.\n", encoding="utf-8")
    assert _wirelint("check", "--no-cache", str(clean), cache_folder=tmp_path).returncode == 0
    assert _wirelint("check", "--select", "XX999", str(clean), cache_folder=tmp_path).returncode == 2


def test_a_profiler_still_reports_when_the_program_ends() -> None:
    """``python -m cProfile -m wirelint`` prints its statistics at exit: the quick exit steps aside."""
    profiled = _wirelint("check", "--no-cache", str(SEED_EDIT), cache_folder=Path(tempfile.mkdtemp()),
                         before=["-m", "cProfile", "-s", "tottime"])  # fmt: skip
    assert "function calls" in profiled.stdout and "WL104" in profiled.stdout


@pytest.mark.parametrize(
    ("options", "setup", "status"),
    [
        ((), "threading.Thread(target=time.sleep, args=(0.5,)).start()", 0),  # another thread may still write
        ((), "sys.setprofile(lambda *a: None)", 0),
        ((), "pass", "'done'"),  # a message, not a status: the interpreter prints it
        ((), "pass", 300),
        (("-X", "dev"), "pass", 0),  # development mode: the teardown's warnings are wanted
    ],
)
def test_the_quick_exit_steps_aside_when_the_interpreter_is_still_needed(options: tuple[str, ...], setup: str,
                                                                         status: object) -> None:
    script = f"""
import sys, threading, time
from wirelint.commands.startup import leave
{setup}
leave({status})
sys.setprofile(None)
print("RETURNED")
"""
    done = subprocess.run([sys.executable, *options, "-c", script], env={**os.environ, "PYTHONPATH": str(REPO)},
                          capture_output=True, text=True, timeout=60, check=True)  # fmt: skip
    assert done.stdout.strip() == "RETURNED"


def test_the_quick_exit_runs_the_exit_callbacks_once_and_keeps_the_status() -> None:
    script = """
import atexit, sys
from wirelint.commands.startup import leave
atexit.register(lambda: print("CALLBACK"))
print("OUTPUT", end="")  # still in the buffer: flushed before the process ends
leave(3)
print("NOT REACHED")
"""
    done = subprocess.run([sys.executable, "-c", script], env={**os.environ, "PYTHONPATH": str(REPO)},
                          capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
    assert (done.returncode, done.stdout) == (3, "OUTPUTCALLBACK\n")


def test_a_warm_program_loads_wirelint_modules_from_the_start_up_cache(tmp_path: Path) -> None:
    script = _program("check", "--no-cache", str(SEED_EDIT), then="""
import wirelint.engine, wirelint.startcache as cache
print("CODE", len(cache.STARTUP._used.get("module-code", ())), type(wirelint.engine.__spec__.loader).__name__,
      cache.STARTUP._added)
""")
    first = _run(script, tmp_path)
    old = time.time_ns() - 60 * 10**9  # .pyc files this old are trusted: their code is kept under their stamps
    for pyc in tmp_path.rglob("*.pyc"):
        os.utime(pyc, ns=(old, old))
    _run(script, tmp_path)
    warm = _run(script, tmp_path)
    count, loader, added = warm.splitlines()[-1].split()[1:]
    assert int(count) > 50 and loader == "_CachedCodeLoader" and added == "False"  # all read back, none made
    findings = run_cli("check", "--no-cache", str(SEED_EDIT)).output
    assert "WL104" in findings
    assert first.splitlines()[:-1] == warm.splitlines()[:-1] == findings.splitlines()


def test_an_edited_module_is_loaded_as_edited(tmp_path: Path) -> None:
    """A module's cached code is keyed by its file's stamp: an edit (even of the same size) is new code."""
    checkout = tmp_path / "checkout"
    shutil.copytree(REPO / "wirelint", checkout / "wirelint", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "rules", checkout / "rules")
    script = _program("check", "--no-cache", str(SEED_EDIT), then="""
import wirelint.engine
print("EDITED", getattr(wirelint.engine, "EDITED", None), type(wirelint.engine.__spec__.loader).__name__)
""")

    def run() -> str:
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        env.update(PYTHONPATH=str(checkout), PYTHONPYCACHEPREFIX=str(tmp_path / "pycache"))
        done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True,
                              timeout=120, cwd=tmp_path)  # fmt: skip
        return done.stdout.splitlines()[-1]

    engine = checkout / "wirelint" / "engine.py"
    old = time.time_ns() - 10 * 10**9  # older than the start-up cache's racy window
    original = engine.read_text(encoding="utf-8")
    for edit, expected in ((original, "None"), (original + "EDITED = 1\n", "1"), (original + "EDITED = 2\n", "2")):
        engine.write_text(edit, encoding="utf-8")
        old += 10**9  # the last two edits have the same size: only the time tells them apart
        os.utime(engine, ns=(old, old))
        assert run() == f"EDITED {expected} _CachedCodeLoader"  # the first run after the edit compiles it
        assert run() == f"EDITED {expected} _CachedCodeLoader"  # the next one reads it back


def test_module_code_is_found_only_in_regular_packages_and_never_kept_for_a_fresh_file(tmp_path: Path,
                                                                                       monkeypatch) -> None:
    import wirelint.version
    from wirelint.startcache import RACY_NS, _module_files

    package = tmp_path / "wirelint"
    old = time.time_ns() - 10 * RACY_NS
    stamps = [(str(package / relative), 10, old) for relative in
              ("__init__.py", "a.py", "sub/__init__.py", "sub/b.py", "loose/c.py")]  # fmt: skip
    stamps.append((str(package / "fresh.py"), 10, time.time_ns()))
    monkeypatch.setattr(wirelint.version, "PACKAGE", package)
    monkeypatch.setattr(wirelint.version, "RUNNING_STAMPS", tuple(stamps))
    files = _module_files()
    assert sorted(files) == ["wirelint", "wirelint.a", "wirelint.fresh", "wirelint.sub", "wirelint.sub.b"]
    assert files["wirelint.sub"] == (str(package / "sub/__init__.py"), stamps[2], True)
    assert files["wirelint.fresh"][1] is None  # loaded as Python loads it, and not kept


def test_a_broken_module_code_entry_is_compiled_afresh(tmp_path: Path, monkeypatch) -> None:
    import wirelint.startcache as startcache

    source = tmp_path / "probe.py"
    source.write_text("VALUE = 42\n", encoding="utf-8")
    stamp = (str(source), 11, 0)
    monkeypatch.setattr(startcache, "STARTUP", StartCache(tmp_path / "startup.marshal"))
    startcache.STARTUP.put("module-code", (stamp, sys.flags.optimize), b"not marshal data")
    code = startcache._CachedCodeLoader("probe", str(source), stamp).get_code("probe")
    namespace: dict[str, object] = {}
    exec(code, namespace)
    assert namespace["VALUE"] == 42


def test_a_run_reads_only_the_values_it_asks_for(tmp_path: Path) -> None:
    """The file is an index and the values after it: a run decodes what it uses, nothing else; bytes come
    back as they went in."""
    path = tmp_path / "startup.marshal"
    first = StartCache(path)
    for number in range(50):
        first.put("tables", ("key", number), {"words": [f"w{number}"] * 3})
    first.put("programs", "one", b"\x00raw bytes\xff")
    first.save()
    cache = StartCache(path)
    assert cache.get("tables", ("key", 7)) == {"words": ["w7"] * 3}
    assert bytes(cache.get("programs", "one")) == b"\x00raw bytes\xff"
    assert cache.get("tables", ("key", 99)) is None
    assert {name: len(values) for name, values in cache._known.items()} == {"tables": 1, "programs": 1}
    assert not cache._added


def test_two_runs_open_at_once_keep_both_their_entries(tmp_path: Path) -> None:
    path = tmp_path / "startup.marshal"
    seed = StartCache(path)
    seed.put("tables", "old", [1])
    seed.save()
    one, two = StartCache(path), StartCache(path)
    assert one.get("tables", "old") == two.get("tables", "old") == [1]
    one.put("tables", "one", b"1")
    two.put("tables", "two", [2])
    one.save()
    two.save()  # merged with what the first wrote meanwhile
    assert {key: bytes(value) if isinstance(value, memoryview) else value
            for key, value in StartCache(path)._sections()["tables"].items()} == {"old": [1], "one": b"1", "two": [2]}


def test_a_cut_short_cache_file_is_only_a_slower_start(tmp_path: Path) -> None:
    path = tmp_path / "startup.marshal"
    cache = StartCache(path)
    compile_pattern(r"\bIS\b", 0, cache)
    cache.put("tables", "words", ["a", "b"])
    cache.save()
    whole = path.read_bytes()
    for cut in (1, 8, 20, len(whole) // 2, len(whole) - 3):
        path.write_bytes(whole[:cut])
        reread = StartCache(path)
        assert reread.get("tables", "words") in (["a", "b"], None)
        assert compile_pattern(r"\bIS\b", 0, reread).search("the IS group").span() == (4, 6)


def test_a_warm_check_works_out_no_pattern_literals(tmp_path: Path) -> None:
    """The strings the pack rules' and the code rules' gates need, and where a pattern's branches start, are
    read from the start-up cache: a warm check never analyses a pattern (milliseconds each)."""
    script = """
import sys
import wirelint.literals as literals
import wirelint.gates as gates
def refuse(pattern, *more):
    raise SystemExit(f"ANALYSED {pattern[:40]!r}")
if sys.argv[1:] == ["warm"]:
    literals.required_literals = refuse
    gates._classes = refuse  # the gates' reading of a source (nested classes, where its branches start)
""" + _program("check", "--no-cache", str(SEED_EDIT), then="""
from wirelint import startcache
print("LITERALS", len(startcache.STARTUP._used.get("literals", ())))
""")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(REPO), PYTHONPYCACHEPREFIX=str(tmp_path))
    for mode in ("cold", "warm"):
        done = subprocess.run([sys.executable, "-c", script, mode], env=env, capture_output=True, text=True,
                              timeout=120, cwd=tmp_path, check=False)  # fmt: skip
        assert "ANALYSED" not in done.stdout + done.stderr, mode
        assert int(done.stdout.splitlines()[-1].split()[1]) > 5, mode


def test_a_reloaded_module_is_read_from_its_file(tmp_path: Path) -> None:
    """``importlib.reload`` wants the file as it is now, not the code the process started with."""
    checkout = tmp_path / "checkout"
    shutil.copytree(REPO / "wirelint", checkout / "wirelint", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "rules", checkout / "rules")
    engine = checkout / "wirelint" / "engine.py"
    script = _program("check", "--no-cache", str(SEED_EDIT), then=f"""
import importlib, pathlib, wirelint.engine
path = pathlib.Path({str(engine)!r})
path.write_text(path.read_text(encoding="utf-8") + "RELOADED = True\\n", encoding="utf-8")
print("RELOADED", getattr(importlib.reload(wirelint.engine), "RELOADED", False))
""")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(checkout), PYTHONPYCACHEPREFIX=str(tmp_path / "pycache"))
    original = engine.read_text(encoding="utf-8")
    for _ in range(2):  # the second run starts warm, with the engine's code in the start-up cache
        engine.write_text(original, encoding="utf-8")
        old = time.time_ns() - 10 * 10**9
        os.utime(engine, ns=(old, old))
        done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True,
                              timeout=120, cwd=tmp_path)  # fmt: skip
        assert done.stdout.splitlines()[-1] == "RELOADED True"


def test_a_cache_file_that_cannot_be_mapped_is_read(tmp_path: Path, monkeypatch) -> None:
    import mmap

    path = tmp_path / "startup.marshal"
    first = StartCache(path)
    first.put("tables", "words", ["a"])
    first.save()

    def refuse(*arguments: object, **options: object) -> None:
        raise OSError("this file system cannot map files")

    monkeypatch.setattr(mmap, "mmap", refuse)
    assert StartCache(path).get("tables", "words") == ["a"]


def test_a_long_alternation_is_kept_and_read_back_only_for_its_own_words(tmp_path: Path, monkeypatch) -> None:
    import wirelint.startcache as startcache

    phrases = [f"Agency {number}" for number in range(lexicon.LONG_LIST + 20)]
    monkeypatch.setattr(startcache, "STARTUP", StartCache(tmp_path / "startup.marshal"))
    built = lexicon.alternation(phrases, boundary=False)
    assert built == lexicon._alternation(phrases, False, r"[ \t]+")

    def must_not_build(*arguments: object) -> str:
        raise AssertionError("built again")

    monkeypatch.setattr(lexicon, "_alternation", must_not_build)
    assert lexicon.alternation(phrases, boundary=False) == built  # read back
    key, = startcache.STARTUP._known["alternations"]
    startcache.STARTUP.put("alternations", key, ("other words", "(?:wrong)"))  # a checksum two contents share
    with pytest.raises(AssertionError, match="built again"):
        lexicon.alternation(phrases, boundary=False)
