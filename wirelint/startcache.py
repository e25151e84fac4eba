"""Start-up work kept between runs, beside the bytecode: compiled patterns and the built-in rule table.

``regex`` parses patterns in pure Python: a few hundred microseconds to a few
milliseconds each, and a check of one article meets about a hundred of them.
What the parser produces (the program ``_regex.compile`` takes) is plain data,
so it is kept the way Python keeps bytecode: in one ``marshal`` file in the
package's ``__pycache__`` folder (or under ``PYTHONPYCACHEPREFIX``), named for
the Python and ``regex`` versions. Where Python keeps no bytecode beside the
package (``PYTHONDONTWRITEBYTECODE``, which many container images set, or a
read-only install), the file goes to the user's cache folder instead: without
it every run would parse every pattern again (several times the start-up). Loading a pattern from it takes about 10
microseconds. The same file keeps the table of built-in code rules (code,
name, severity...), so a run can select rules without importing them.

The same file keeps the code that ``@dataclass`` generates for wirelint's own
classes and wirelint's modules' code, in processes that wirelint owns (see
:func:`install_class_code`, :func:`install_module_code`). In the user's cache
folder it keeps code only while the folder and the file are the user's own and
no one else may write them (:func:`_keeps_code`).

Nothing here is needed for correct results: a missing, stale, unreadable or
corrupt file only means the work is done again. Like bytecode, the file is not
written atomically (several processes may start at once).
"""

from __future__ import annotations

import atexit
import builtins
import dataclasses
import importlib.machinery
import importlib.util
import marshal
import os
import sys
import threading
import time
import zlib
from collections.abc import Callable, Hashable
from pathlib import Path
from types import CodeType
from typing import Any

import regex
import regex._main as _regex_main

from wirelint import ruletimer
from wirelint.version import RUNNING_CODE, code_changed

FORMAT = 2
RACY_NS = 2_000_000_000
"""A file changed this recently (nanoseconds) may change again without a new stamp (coarse timestamps)."""
SECTION_LIMIT = 2000
"""Entries one section may hold; past that only what this run used is kept (edited sources leave stale keys)."""
BYTE_LIMIT = 24_000_000
"""Size of the file past which only what this run used is kept (a run reads only the values it uses)."""
USER_FILES = 8
"""Start-up files the user's cache folder keeps (see :func:`_prune`)."""
CODE_SECTIONS = ("module-code", "class-code")
"""The sections that hold code (run as Python runs a ``.pyc``)."""
_LOCK = threading.Lock()


def default_path() -> Path | None:
    """Where the file lives: beside this module's bytecode when Python writes bytecode there, else in the
    user's cache folder (named for this install too: several installs may share that folder)."""
    if BESIDE_BYTECODE is not None:
        return BESIDE_BYTECODE
    folder = user_cache_folder()
    install = zlib.crc32(str(Path(__file__).resolve().parent).encode("utf-8"))
    return None if folder is None else folder / f"{install:08x}.{_file_name()}"


def _file_name() -> str:
    return f"startup.{sys.implementation.cache_tag}.regex-{regex.__version__}.marshal"


def _beside_bytecode() -> Path | None:
    """The file's place beside this module's bytecode, when Python writes bytecode there."""
    try:
        bytecode = Path(importlib.util.cache_from_source(__file__))
    except (NotImplementedError, ValueError):
        return None
    if sys.dont_write_bytecode or not _may_write(bytecode.parent):
        return None
    return bytecode.with_name(_file_name())


def _may_write(folder: Path) -> bool:
    """Whether ``folder``, or the nearest folder above it that exists, takes new files."""
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return os.access(folder, os.W_OK)


def user_cache_folder() -> Path | None:
    """``wirelint`` in the platform's per-user cache folder (``$XDG_CACHE_HOME`` or ``~/.cache`` on Linux)."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return Path(base) / "wirelint" / "Cache" if base else None
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "wirelint"
    base = os.environ.get("XDG_CACHE_HOME")
    if base and os.path.isabs(base):
        return Path(base) / "wirelint"
    try:
        return Path.home() / ".cache" / "wirelint"
    except RuntimeError:  # no home folder
        return None


class StartCache:
    """Sections of key -> value, read on first use and written back at exit when something was added.

    The file is an index (each key's place) and the values after it, each in ``marshal`` form, or as
    they are when they are bytes (compiled programs and code are kept as ``marshal`` bytes already).
    Only the index is read at start: a value is read when it is asked for, from the file mapped into
    memory (read whole where mapping is not the usual way, on Windows: a mapped file cannot be replaced
    there), so a run pays only for what it uses, not for everything every command ever kept.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._index: dict[str, dict[Hashable, tuple[int, int, bool]]] | None = None
        self._values: Any = memoryview(b"")
        self._known: dict[str, dict[Hashable, Any]] = {}
        """Values read or added in this run."""
        self._new: dict[str, set[Hashable]] = {}
        self._added = False
        self._used: dict[str, set[Hashable]] = {}

    def _entries(self) -> dict[str, dict[Hashable, tuple[int, int, bool]]]:
        if self._index is None:
            self._index, self._values = self._read() or ({}, memoryview(b""))
        return self._index

    def _read(self) -> tuple[dict[str, dict[Hashable, tuple[int, int, bool]]], memoryview] | None:
        """The file's index and its values (None when it is missing, foreign or broken)."""
        if self.path is None:
            return None
        try:
            with open(self.path, "rb") as stream:
                view = _mapped(stream)
                owned = self.path == BESIDE_BYTECODE or _own_only(os.fstat(stream.fileno()))
            size = int.from_bytes(view[:8], "little")
            index = marshal.loads(view[8 : 8 + size])
        except (OSError, EOFError, ValueError, TypeError):
            return None
        if not isinstance(index, dict) or index.get("format") != FORMAT or not isinstance(index.get("sections"), dict):
            return None
        sections = {
            name: places
            for name, places in index["sections"].items()
            if isinstance(places, dict) and (owned or name not in CODE_SECTIONS)  # others' code is never run
        }
        return sections, view[8 + size :]

    def _value(self, section: str, key: Hashable) -> Any:
        known = self._known.get(section, {})
        if key in known:
            return known[key]
        where = self._entries().get(section, {}).get(key)
        if not isinstance(where, tuple) or len(where) != 3:
            return None
        start, length, raw = where
        value = self._values[start : start + length]
        if not raw:
            try:
                value = marshal.loads(value)
            except (EOFError, ValueError, TypeError):
                return None
        self._known.setdefault(section, {})[key] = value
        return value

    def get(self, section: str, key: Hashable) -> Any:
        """The value kept for ``key`` (bytes come back as a read-only view of them), or None."""
        value = self._value(section, key)
        if value is not None:
            self._used.setdefault(section, set()).add(key)
        return value

    def put(self, section: str, key: Hashable, value: Any) -> None:
        """Keep ``value`` (left out when ``marshal`` cannot write it, such as a TOML date)."""
        try:
            marshal.dumps((key, value))
        except ValueError:
            return
        with _LOCK:
            self._known.setdefault(section, {})[key] = value
            self._new.setdefault(section, set()).add(key)
            self._used.setdefault(section, set()).add(key)
            self._added = True

    def _sections(self) -> dict[str, dict[Hashable, Any]]:
        """Every section, every value read (for tests and a look inside)."""
        names = set(self._entries()) | set(self._known)
        keys = {name: set(self._entries().get(name, {})) | set(self._known.get(name, {})) for name in names}
        return {name: {key: self._value(name, key) for key in keys[name]} for name in names}

    def save(self) -> None:
        """Write the file (merged with what other processes wrote meanwhile) when something was added."""
        if not self._added or self.path is None:
            return
        if code_changed():  # what this run made came from code older than the files now on disk
            return
        with _LOCK:
            disk, values = self._read() or ({}, memoryview(b""))
            merged: dict[str, dict[Hashable, Any]] = {}
            for name in set(disk) | set(self._new):
                entries: dict[Hashable, Any] = {key: _Stored(values, at) for key, at in disk.get(name, {}).items()}
                entries.update((key, self._known[name][key]) for key in self._new.get(name, ()))
                if len(entries) > SECTION_LIMIT:
                    entries = {key: entries.get(key, self._value(name, key)) for key in self._used.get(name, ())}
                merged[name] = entries
            try:
                payload = _payload(merged)
                if len(payload) > BYTE_LIMIT:
                    used = {name: {key: self._value(name, key) for key in keys} for name, keys in self._used.items()}
                    payload = _payload(used)
                self.path.parent.mkdir(parents=True, exist_ok=True)
                import tempfile  # only when something new is written

                handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".startup-")
                with os.fdopen(handle, "wb") as stream:
                    stream.write(payload)
                os.chmod(temporary, 0o644)
                os.replace(temporary, self.path)
                if self.path != BESIDE_BYTECODE:
                    _prune(self.path)
            except (OSError, ValueError):  # read-only install, or a value marshal cannot write
                return
            self._added = False


def _prune(kept: Path) -> None:
    """Keep the user's cache folder small: one file per install would pile up (every virtual environment,
    checkout and CI path is an install), so only the :data:`USER_FILES` newest stay; an install whose file
    went only starts slower once."""
    files = sorted(kept.parent.glob("*.startup.*.marshal"), key=lambda path: path.stat().st_mtime_ns, reverse=True)
    for old in files[USER_FILES:]:
        if old != kept:
            old.unlink(missing_ok=True)


def _mapped(stream: Any) -> memoryview:
    """The whole file: mapped into memory on POSIX (pages are read as they are used), else read; read too
    where mapping fails (a file system that cannot map)."""
    if os.name == "posix":
        import mmap

        try:
            return memoryview(mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ))
        except (OSError, ValueError):  # ValueError: an empty file
            pass
    return memoryview(stream.read())


class _Stored:
    """A value still in a file's view, at its place there: written to the new file as it is."""

    def __init__(self, view: memoryview, where: Any) -> None:
        self.view, self.where = view, where


def _payload(sections: dict[str, dict[Hashable, Any]]) -> bytes:
    """The file's bytes: the index's length, the index, then every value."""
    index: dict[str, dict[Hashable, tuple[int, int, bool]]] = {}
    chunks: list[bytes | memoryview] = []
    offset = 0
    for name, entries in sections.items():
        places = index[name] = {}
        for key, value in entries.items():
            if value is None:
                continue
            if isinstance(value, _Stored):
                if not isinstance(value.where, tuple) or len(value.where) != 3:
                    continue
                start, length, is_raw = value.where
                data = value.view[start : start + length]
            elif isinstance(value, (bytes, memoryview)):
                data, is_raw = value, True
            else:
                data, is_raw = marshal.dumps(value), False
            places[key] = (offset, len(data), is_raw)
            chunks.append(data)
            offset += len(data)
    head = marshal.dumps({"format": FORMAT, "sections": index})
    return b"".join([len(head).to_bytes(8, "little"), head, *chunks])


BESIDE_BYTECODE = _beside_bytecode()
"""Where the file is when it sits beside the bytecode, as trusted as the bytecode itself. A file in the
user's cache folder keeps code only while it is the user's own (:func:`_keeps_code`)."""
STARTUP = StartCache(default_path())
atexit.register(STARTUP.save)


def compile_pattern(source: str, flags: int = 0, cache: StartCache = STARTUP) -> regex.Pattern[str]:
    """``regex.compile(source, flags)``, from the start-up cache when it was compiled in an earlier run."""
    key = (source, int(flags))
    stored = cache.get("patterns", key)
    if stored is not None:
        try:
            pattern: regex.Pattern[str] = _regex_main._regex.compile(*marshal.loads(stored))
            return pattern
        except Exception:  # a program this build of regex does not accept: compile afresh
            pass
    with ruletimer.paused():  # a fresh compile is start-up, not the rule's work on the article
        pattern, program = _compile_keeping_program(source, flags)
    if program is not None:  # kept as marshal bytes: reading the file then costs a copy, not an object per int
        cache.put("patterns", key, marshal.dumps(program))
    return pattern


def _compile_keeping_program(source: str, flags: int) -> tuple[regex.Pattern[str], tuple[Any, ...] | None]:
    """Compile, and catch the arguments ``regex`` hands its C core (None when they cannot be kept)."""
    seen: list[tuple[Any, ...]] = []
    core = _regex_main._regex
    real: Callable[..., Any] = core.compile

    def keep(*arguments: Any) -> Any:
        if arguments and arguments[0] == source:
            seen.append(arguments)
        return real(*arguments)

    with _LOCK:
        core.compile = keep
        try:
            pattern = regex.compile(source, flags, cache_pattern=False)
        finally:
            core.compile = real
    if len(seen) != 1 or int(seen[0][1]) & regex.LOCALE:  # a locale pattern depends on the machine
        return pattern, None
    program = tuple(int(part) if isinstance(part, int) else part for part in seen[0])  # flags are IntFlags
    try:
        marshal.dumps(program)
    except ValueError:
        return pattern, None
    return pattern, program


def built_from(section: str, content: str, build: Callable[[], str]) -> str:
    """``build()``, a text the running code makes from ``content`` alone (a pattern's source from a long word
    list), kept between runs. The key is short (the running code, the content's length and CRC-32: the index is
    read at every start); the content kept beside the text is compared on reading, so a checksum that two
    contents share only costs a build."""
    key = (RUNNING_CODE, len(content), zlib.crc32(content.encode("utf-8", "surrogatepass")))
    found = STARTUP.get(section, key)
    if isinstance(found, tuple) and len(found) == 2 and found[0] == content and isinstance(found[1], str):
        return found[1]
    built = build()
    STARTUP.put(section, key, (content, built))
    return built


def file_stamp(path: Path | Any) -> tuple[str, int, int] | None:
    """Path, size and modification time of a data file on disk (None for a packaged resource, an
    unreadable file, or one changed in the last :data:`RACY_NS`: a second edit of the same size within
    the file system's timestamp step would keep the stamp, so such a file is read afresh, not from the
    start-up cache)."""
    if not isinstance(path, Path):
        return None
    try:
        status = path.stat()
    except OSError:
        return None
    if time.time_ns() - status.st_mtime_ns < RACY_NS:
        return None
    return (str(path.resolve()), status.st_size, status.st_mtime_ns)


def read_toml(path: Path) -> dict[str, Any]:
    """A TOML data file's tables, parsed once per version of the file: they are kept in the start-up
    cache (parsing one, and importing the parser, cost milliseconds at every start)."""
    stamp = file_stamp(path)
    data = STARTUP.get("toml-tables", stamp) if stamp else None
    if not isinstance(data, dict):
        from wirelint._toml import tomllib

        data = tomllib.loads(path.read_text(encoding="utf-8"))
        if stamp:
            STARTUP.put("toml-tables", stamp, data)
    return data


def install_class_code() -> None:
    """Let ``@dataclass`` take the code it generates for wirelint's classes from the start-up cache.

    For each class, ``dataclasses`` writes the source of ``__init__``, ``__repr__``,
    ``__eq__``, ``__hash__`` and the frozen ``__setattr__`` and compiles it: nine tenths of
    the 0.2 to 0.5 ms a class costs to define, and a check defines 30 to 80 of them.
    The code compiled from a text is always the same code, so it is kept like
    bytecode, keyed by the text itself, and the methods are made from it as they
    would be from the text. Only classes of wirelint's own modules are concerned:
    for any other, ``dataclasses`` gets Python's ``exec`` as before. It replaces a
    name inside ``dataclasses``, which touches the whole process, so only the
    ``wirelint`` program and its lint process call it (:func:`wirelint.cli.run`),
    before they import anything that defines a class; ``import wirelint`` as a
    library leaves ``dataclasses`` alone.
    """
    if not hasattr(dataclasses, "_create_fn"):  # Python 3.13 builds the methods another way: leave it be
        return
    if getattr(dataclasses, "exec", None) is not _exec_for_dataclasses:
        dataclasses.exec = _exec_for_dataclasses  # type: ignore[attr-defined]  # found before the builtin


def _exec_for_dataclasses(source: Any, globals: Any = None, locals: Any = None, /, *more: Any, **options: Any) -> None:
    """``exec`` as ``dataclasses._create_fn`` calls it (always with its globals and a namespace); a text
    written for a wirelint class runs from cached code."""
    name = globals.get("__name__") if isinstance(globals, dict) else None
    ours = isinstance(name, str) and (name == "wirelint" or name.startswith("wirelint.")) and _keeps_code()
    if isinstance(source, str):  # compiled as from dataclasses' own frame: with none of this module's __future__
        source = class_code(source) if ours else compile(source, "<string>", "exec", dont_inherit=True)
    builtins.exec(source, globals, locals, *more, **options)


def class_code(source: str, cache: StartCache | None = None) -> CodeType:
    """``compile(source)`` as ``exec`` would compile it (no ``__future__`` flags), from the cache when an
    earlier run compiled the same text."""
    cache = cache or STARTUP
    key = (source, sys.flags.optimize)
    stored = cache.get("class-code", key)
    if stored is not None:
        try:
            code = marshal.loads(stored)
        except (EOFError, ValueError, TypeError):
            code = None
        if isinstance(code, CodeType) and "__create_fn__" in code.co_names:  # what dataclasses' text defines
            return code
    code = compile(source, "<string>", "exec", dont_inherit=True)
    cache.put("class-code", key, marshal.dumps(code))
    return code


def install_module_code() -> None:
    """Let wirelint's own modules load their bytecode from the start-up cache.

    Python finds each module by searching its package's folder, checks the source's
    stamp, then opens, reads and checks its ``.pyc`` file: several system calls and
    about fifty microseconds of path handling for each of the hundred modules a
    check imports. Where each source file is and its stamp are already known
    (:data:`~wirelint.version.RUNNING_STAMPS`, taken when wirelint was first
    imported), so a module's code is kept in the start-up cache under that stamp
    and what Python's own code is made from (:func:`_python_code_of`), and read
    from the file already in memory. It is the code of the source as it was when
    the process started, the code the rest of the start-up cache was made with; a
    module whose file changed in the last :data:`RACY_NS`, or that the cache lacks,
    loads as Python loads it. Like :func:`install_class_code`, only the ``wirelint``
    program calls this (it adds a finder for the whole process).
    """
    if _keeps_code() and not any(isinstance(finder, _ModuleCodeFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _ModuleCodeFinder(_module_files()))


def _keeps_code() -> bool:
    """Whether the start-up cache may hold code (module and class code, run as Python runs a ``.pyc``).

    Beside the bytecode, always. In the user's cache folder (``PYTHONDONTWRITEBYTECODE``, a read-only
    install) only while that folder is the user's own and no one else may write in it; a file found there
    that is not (a shared home, a cache another account restored) gives its data, never its code
    (:meth:`StartCache._read`). Without code there, such a run defined every class and loaded every
    module afresh: about a fifth more CPU than a run beside the bytecode. Its data was trusted already
    (the compiled patterns go to ``regex``'s C core as they are).
    """
    global _KEEPS_CODE
    cache = STARTUP
    if _KEEPS_CODE[0] is not cache:  # asked once per class: worked out once per cache
        path = cache.path
        keeps = path is not None and (path == BESIDE_BYTECODE or _own_folder(path.parent))
        _KEEPS_CODE = (cache, keeps)
    return _KEEPS_CODE[1]


_KEEPS_CODE: tuple[StartCache | None, bool] = (None, False)


def _own_only(status: os.stat_result) -> bool:
    """True for a file or folder of this user that no one else may write (always, where there are no user
    ids: Windows keeps each user's cache folder private)."""
    user = getattr(os, "geteuid", None)
    return user is None or (status.st_uid == user() and not status.st_mode & 0o022)


def _own_folder(folder: Path) -> bool:
    """Whether ``folder`` is this user's own (see :func:`_own_only`); a folder still to be made will be."""
    try:
        return _own_only(folder.stat())
    except FileNotFoundError:
        return True
    except OSError:
        return False


def _module_files() -> dict[str, tuple[str, tuple[str, int, int] | None, bool]]:
    """Each wirelint module's name: its file, its stamp (None when too recent to trust) and whether it is
    a package. Folders without ``__init__.py`` are left to Python (namespace packages)."""
    from wirelint.version import PACKAGE, RUNNING_STAMPS

    top, init = str(PACKAGE.parent), os.sep + "__init__.py"
    regular = {top: True}
    inits = {path[: -len(init)] for path, _, _ in RUNNING_STAMPS if path.endswith(init)}

    def is_regular(folder: str) -> bool:
        """Whether this folder and every one above it, up to the top, holds an ``__init__.py``."""
        if folder not in regular:
            parent = os.path.dirname(folder)
            regular[folder] = folder in inits and parent != folder and is_regular(parent)
        return regular[folder]

    recent = time.time_ns() - RACY_NS
    files: dict[str, tuple[str, tuple[str, int, int] | None, bool]] = {}
    for stamp in RUNNING_STAMPS:
        path = stamp[0]
        if path.startswith(top + os.sep) and is_regular(os.path.dirname(path)):
            package = path.endswith(init)
            name = (path[: -len(init)] if package else path[: -len(".py")])[len(top) + 1 :].replace(os.sep, ".")
            files[name] = (path, None if stamp[2] > recent else stamp, package)
    return files


class _ModuleCodeFinder:
    """Finds wirelint's modules where the stamps say they are (others: Python's own finders)."""

    def __init__(self, files: dict[str, tuple[str, tuple[str, int, int] | None, bool]]) -> None:
        self.files = files

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        known = self.files.get(name)
        if known is None or target is not None:  # importlib.reload passes the module: it wants the file as it is now
            return None
        file, stamp, package = known
        folder = os.path.dirname(file)
        if path is not None and os.path.dirname(folder if package else file) not in list(path):
            return None  # the parent package is not where the stamps say: Python decides
        loader = _CachedCodeLoader(name, file, stamp)
        return importlib.util.spec_from_file_location(
            name, file, loader=loader, submodule_search_locations=[folder] if package else None
        )


class _CachedCodeLoader(importlib.machinery.SourceFileLoader):
    """Python's loader for a source file, whose code comes from the start-up cache when it has it."""

    def __init__(self, name: str, path: str, stamp: tuple[str, int, int] | None) -> None:
        super().__init__(name, path)
        self.stamp = stamp

    def get_code(self, fullname: str) -> CodeType | None:
        built = _python_code_of(self.path) if self.stamp else None
        stored = STARTUP.get("module-code", (self.stamp, sys.flags.optimize, built)) if built else None
        if stored is not None:
            try:
                code = marshal.loads(stored)
            except (EOFError, ValueError, TypeError):
                code = None
            if isinstance(code, CodeType) and code.co_filename == self.path:
                return code
        code = super().get_code(fullname)
        built = _python_code_of(self.path) if self.stamp and code is not None else None  # a .pyc written just now
        if built:
            STARTUP.put("module-code", (self.stamp, sys.flags.optimize, built), marshal.dumps(code))
        return code


def _python_code_of(source: str) -> tuple[str, int, int] | None:
    """What Python's own code for ``source`` is made from now, part of the key of the code kept for it: its
    ``.pyc`` file's size and time, or, without one, the source's checksum (None when it cannot be read).

    The source's stamp alone was not enough: a file edited to the same size with its old time put back
    (a copy keeping times, a checkout tool) and its ``.pyc`` deleted is compiled afresh by Python, and
    must be here too. Python's code for a source can only change with its ``.pyc`` (rewritten, so its
    time changes) or, where there is none, with the source's bytes. A ``.pyc`` written in the last
    :data:`RACY_NS` may be written again under the same time: the source's checksum stands for it then.
    """
    try:
        status = os.stat(importlib.util.cache_from_source(source))
        if time.time_ns() - status.st_mtime_ns >= RACY_NS:
            return ("pyc", status.st_size, status.st_mtime_ns)
    except (OSError, NotImplementedError, ValueError):
        pass
    try:
        with open(source, "rb") as stream:
            contents = stream.read()
    except OSError:
        return None
    return ("source", len(contents), zlib.crc32(contents))
