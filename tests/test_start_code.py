"""Code kept in the start-up cache is never staler than Python's own, and never someone else's.

No timings. A module's code is kept under its source's stamp and what Python's
code for it is made from (the ``.pyc`` file's size and time, or the source's
checksum); code in the user's cache folder is run only while the folder and the
file are the user's own.
"""

from __future__ import annotations

import marshal
import os
import shutil
import subprocess
import sys
import time
from importlib.util import cache_from_source
from pathlib import Path

import pytest
import regex

from tests.conftest import REPO, SEED_EDIT
from wirelint import startcache
from wirelint.startcache import StartCache, _python_code_of

PROBE = """
import sys
from wirelint.cli import run
sys.argv = ["wirelint", "check", "--no-cache", {seed!r}]
try:
    run()
except SystemExit:
    pass
import wirelint.engine, wirelint.startcache as cache
print("EDITED", getattr(wirelint.engine, "EDITED", None), type(wirelint.engine.__spec__.loader).__name__,
      cache.STARTUP._added)
"""


def test_an_edit_that_keeps_the_size_and_time_with_its_pyc_deleted_runs_as_edited(tmp_path: Path) -> None:
    """The known stale case: a same-size edit with the old time put back and the ``.pyc`` deleted. Python
    compiles the file afresh; the start-up cache's code, keyed by the stamp alone, was the old code."""
    checkout = tmp_path / "checkout"
    shutil.copytree(REPO / "wirelint", checkout / "wirelint", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "rules", checkout / "rules")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(checkout), PYTHONPYCACHEPREFIX=str(tmp_path / "pycache"))
    engine = checkout / "wirelint" / "engine.py"
    original = engine.read_text(encoding="utf-8")
    long_ago = time.time_ns() - 60 * 10**9  # older than the racy window

    def run() -> list[str]:
        done = subprocess.run([sys.executable, "-c", PROBE.format(seed=str(SEED_EDIT))], env=env, cwd=tmp_path,
                              capture_output=True, text=True, check=True, timeout=120)  # fmt: skip
        return done.stdout.splitlines()[-1].split()[1:]

    def age_bytecode(seconds: int) -> None:
        """As if the .pyc files were written ``seconds`` after ``long_ago`` (their time is then trusted)."""
        when = long_ago + seconds * 10**9
        for pyc in (tmp_path / "pycache").rglob("*.pyc"):
            os.utime(pyc, ns=(when, when))

    engine.write_text(original + "EDITED = 1\n", encoding="utf-8")
    os.utime(engine, ns=(long_ago, long_ago))
    assert run()[0] == "1"  # compiles, writes the .pyc files
    age_bytecode(1)
    assert run()[0] == "1"
    assert run() == ["1", "_CachedCodeLoader", "False"]  # every module's code from the start-up cache
    engine.write_text(original + "EDITED = 2\n", encoding="utf-8")  # the same size ...
    os.utime(engine, ns=(long_ago, long_ago))  # ... and the same time: the same stamp
    (pyc,) = (tmp_path / "pycache").rglob(f"{engine.parent.name}/engine.*.pyc")  # under PYTHONPYCACHEPREFIX
    pyc.unlink()
    assert run()[0] == "2"
    assert run()[0] == "2"  # its new .pyc is fresh: the source's checksum stands for it
    age_bytecode(2)  # a .pyc rewritten later has a later time
    assert run()[0] == "2" and run()[0] == "2"


def test_code_is_keyed_by_the_pyc_or_without_one_by_the_source(tmp_path: Path) -> None:
    source = tmp_path / "probe.py"
    source.write_text("VALUE = 1\n", encoding="utf-8")
    by_source = _python_code_of(str(source))
    assert by_source is not None and by_source[0] == "source"
    source.write_text("VALUE = 2\n", encoding="utf-8")
    assert _python_code_of(str(source)) not in (None, by_source)  # same size, other bytes
    pyc = Path(cache_from_source(str(source)))
    pyc.parent.mkdir(parents=True, exist_ok=True)
    pyc.write_bytes(b"bytecode")
    assert _python_code_of(str(source))[0] == "source"  # written just now: it may be rewritten at the same time
    old = time.time_ns() - 60 * 10**9
    os.utime(pyc, ns=(old, old))
    assert _python_code_of(str(source)) == ("pyc", 8, old)


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="user ids are POSIX's")
def test_a_user_cache_file_others_may_write_gives_data_never_code(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "wirelint"
    path = folder / "0.startup.marshal"
    cache = StartCache(path)
    cache.put("patterns", ("x", 0), b"program")
    cache.put("module-code", ("key",), marshal.dumps(compile("VALUE = 1", "probe.py", "exec")))
    cache.put("class-code", ("key",), b"code")
    cache.save()
    assert set(StartCache(path)._entries()) == {"patterns", "module-code", "class-code"}
    path.chmod(0o664)
    assert set(StartCache(path)._entries()) == {"patterns"}  # group-writable: the code is not the user's own
    path.chmod(0o644)
    monkeypatch.setattr(startcache, "STARTUP", StartCache(path))
    monkeypatch.setattr(startcache, "BESIDE_BYTECODE", None)
    assert startcache._keeps_code()
    folder.chmod(0o777)
    monkeypatch.setattr(startcache, "STARTUP", StartCache(path))  # worked out once per cache
    try:
        assert not startcache._keeps_code()  # anyone may put a file there
    finally:
        folder.chmod(0o755)


@pytest.mark.parametrize(
    ("source", "flags"),
    [(r"a|b", 0), (r"(?i)ab", 0), (r"(?x) a # c", regex.IGNORECASE), (r"[[a-z]--[aeiou]]", regex.VERSION1),
     (r"(?V1i)x", 0)],
)
def test_a_lazy_patterns_flags_are_the_compiled_patterns_and_need_no_compiling_once_kept(
    source: str, flags: int, monkeypatch
) -> None:
    from wirelint.lazy_pattern import LazyPattern

    monkeypatch.setattr(startcache, "STARTUP", StartCache(None))
    import wirelint.lazy_pattern as lazy_pattern

    monkeypatch.setattr(lazy_pattern, "STARTUP", startcache.STARTUP)
    first = LazyPattern(source, flags)
    assert first.flags == regex.compile(source, flags).flags
    again = LazyPattern(source, flags)
    assert again.flags == first.flags and "_compiled" not in again.__dict__  # from the cache, not compiled
