"""The result cache: findings kept on disk, keyed by everything that decides them.

A key is a SHA-256 over the checked content, the resolved configuration (rule
packs by their content), and the code that turns content into findings: the
wirelint version and the stamps of its files, the rules and readers in the
registry (with the files that define them) and the versions of installed
plugins. Change any of these and the key changes, so nothing is ever
invalidated by hand; stale entries are simply never read again (delete the
folder to reclaim the space).

Entries are JSON files written under a temporary name and renamed into place,
so concurrent runs (pre-commit, CI shards, audit workers) never read half an
entry; an entry that cannot be read or parsed counts as a miss. The cache is
an optimisation: when the folder cannot be written, runs go on without it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from wirelint.config import Settings
from wirelint.datafiles import packs_folder
from wirelint.finding import Finding
from wirelint.memo import PerObject
from wirelint.registry import Registry, installed_entry_points
from wirelint.version import RUNNING_CODE, __version__

DEFAULT_FOLDER = ".wirelint_cache"
ENV_FOLDER = "WIRELINT_CACHE_DIR"
LAYOUT = "v1"
"""Bumped when the shape of stored entries changes."""

_PACKAGE = Path(__file__).resolve().parent
_CACHEDIR_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# A wirelint result cache; safe to delete.\n"


class ResultCache:
    """A folder of JSON entries addressed by key."""

    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder)

    def path_for(self, key: str) -> Path:
        return self.folder / LAYOUT / key[:2] / f"{key}.json"

    def get(self, key: str) -> Any | None:
        """The stored value, or None when absent or unreadable."""
        try:
            return json.loads(self.path_for(key).read_bytes())
        except (OSError, ValueError):
            return None

    def put(self, key: str, value: Any) -> None:
        """Store ``value`` atomically; a folder that cannot be written is ignored."""
        import tempfile  # only to write: a run whose files are all cached never imports it (nor shutil, lzma)

        target = self.path_for(key)
        try:
            self._prepare(target.parent)
            handle, temporary = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=target.parent)
            try:
                with os.fdopen(handle, "wb") as stream:
                    stream.write(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
                os.replace(temporary, target)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError:
            return

    def _prepare(self, folder: Path) -> None:
        """Create the entry folder; mark a new cache so backup tools and git skip it."""
        if folder.is_dir():
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        for name, text in (("CACHEDIR.TAG", _CACHEDIR_TAG), (".gitignore", "*\n")):
            marker = self.folder / name
            if not marker.exists():
                _write_new(marker, text)
        folder.mkdir(parents=True, exist_ok=True)

    def findings(self, key: str) -> list[Finding] | None:
        """Findings stored under ``key``, rebuilt as :class:`Finding` objects."""
        records = self.get(key)
        if not isinstance(records, list):
            return None
        try:
            return [Finding.from_record(record) for record in records]
        except (KeyError, TypeError, ValueError):
            return None

    def store_findings(self, key: str, findings: list[Finding]) -> None:
        self.put(key, [Finding.to_record(finding) for finding in findings])


def _write_new(path: Path, text: str) -> None:
    """Write a file only if nobody else has (two runs may create the cache at once)."""
    try:
        with path.open("x", encoding="utf-8") as stream:
            stream.write(text)
    except FileExistsError:
        return


# --- keys ----------------------------------------------------------------------


def make_key(*parts: str) -> str:
    """One key from several fingerprints (order matters)."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


def _stamp(path: str | Path | None) -> str:
    """Size and modification time of a file: cheap, and changes whenever it is edited."""
    if not path:
        return ""
    try:
        info = os.stat(path)
    except OSError:
        return "missing"
    return f"{info.st_size}:{info.st_mtime_ns}"


@lru_cache(maxsize=256)
def _file_digest(path: str, stamp: str) -> str:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return "missing"


def file_digest(path: Path) -> str:
    """Content hash of a small file such as a rule pack (remembered while unchanged)."""
    return _file_digest(str(path), _stamp(path))


_SETTINGS_FINGERPRINTS: PerObject[str] = PerObject()


def settings_fingerprint(settings: Settings) -> str:
    """Everything in the resolved configuration, rule packs by content (computed once per
    Settings object while its packs are unchanged: every file of a run asks)."""
    pack_stamps = tuple(_stamp(path) for path in settings.rule_packs)
    return _SETTINGS_FINGERPRINTS.get(settings, pack_stamps, lambda: _settings_fingerprint(settings))


def _settings_fingerprint(settings: Settings) -> str:
    data = {field.name: getattr(settings, field.name) for field in dataclasses.fields(settings)}
    data["rule_packs"] = [[str(path), file_digest(path)] for path in settings.rule_packs]
    return make_key(json.dumps(data, default=str, sort_keys=True))


def _module_file(obj: object) -> str | None:
    module = sys.modules.get(type(obj).__module__)
    return getattr(module, "__file__", None)


def _package_stamps() -> list[list[str]]:
    """Stamps of wirelint's own code and built-in packs (a checkout changes without a version bump)."""
    files = {path for path in _PACKAGE.rglob("*") if path.suffix in (".py", ".toml")}
    files.update(packs_folder().glob("*.toml"))
    return [[str(path), _stamp(path)] for path in sorted(files)]


def _plugin_versions() -> list[list[str]]:
    """The plugins a run loads, with versions (no metadata search at all when no plugin is installed)."""
    found = []
    for entry_point in installed_entry_points():
        dist = entry_point.dist
        found.append([entry_point.name, dist.name if dist else "", dist.version if dist else ""])
    return sorted(found)


def _registry_signature(registry: Registry) -> list[list[str]]:
    """Each rule and reader by class, origin and defining file."""
    signature = []
    for code, rule in sorted(registry.rules.items()):
        kind = f"{type(rule).__module__}.{type(rule).__qualname__}"
        origin_file = rule.origin if Path(rule.origin).suffix == ".toml" else _module_file(rule)
        signature.append([code, rule.name, rule.origin, kind, _stamp(origin_file)])
    for key, reader in sorted(registry.readers.items()):
        signature.append([key, f"{type(reader).__module__}.{type(reader).__qualname__}", _stamp(_module_file(reader))])
    return signature


_CODE_FINGERPRINTS: PerObject[str] = PerObject()


def code_fingerprint(registry: Registry) -> str:
    """The version of everything that makes findings, computed once per registry."""
    return _CODE_FINGERPRINTS.get(
        registry,
        __version__,
        lambda: make_key(
            json.dumps(  # the code this process runs, and the code on disk: they differ after a checkout under it
                [__version__, RUNNING_CODE, _package_stamps(), _plugin_versions(), _registry_signature(registry)]
            )
        ),
    )


def check_key(path: str, content_digest: str, settings: Settings, registry: Registry) -> str:
    """The key of one file's findings as ``wirelint check`` reports them."""
    return make_key("check", code_fingerprint(registry), settings_fingerprint(settings), path, content_digest)


