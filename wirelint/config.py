"""Configuration: ``[tool.wirelint]`` in pyproject.toml or ``.wirelint.toml``.

The nearest config file above a checked file applies to it (a
``.wirelint.toml`` wins over a ``pyproject.toml`` in the same folder; a
pyproject.toml without a ``[tool.wirelint]`` table is skipped). Config is data:
it is parsed with ``tomllib`` and never executes anything. Every key is
checked; an unknown key or a wrong type is an error naming the file and key.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any

from wirelint.errors import ConfigError
from wirelint.finding import Severity
from wirelint.memo import PerObject

CONFIG_FILES = (".wirelint.toml", "pyproject.toml")
ALL = "ALL"
"""Selects every rule, built-in or from a plugin; the default."""
DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt", "*.html", "*.htm", "*.json", "*.jsonl")
DEFAULT_EXCLUDE = (
    ".git",
    ".hg",
    ".svn",
    ".venv",
    "venv",
    "node_modules",
    "__pycache__",
    ".wirelint_cache",
    ".tox",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
    "build",
    "dist",
)


KEYS: dict[str, tuple[str, str]] = {
    "select": ("codes", 'Rule codes or prefixes to run; "ALL" is every rule, plugins included.'),
    "extend-select": ("codes", "Codes or prefixes run as well as `select`."),
    "ignore": ("codes", "Codes or prefixes not run (the most specific of select and ignore wins)."),
    "severity": ("table", 'Code or prefix = "error" \\| "warning" \\| "info"; the longest prefix wins.'),
    "fail-level": ("severity", "Lowest severity that makes the exit status 1."),
    "rule-packs": ("paths", "Extra TOML rule packs (and entity sets), relative to the config file."),
    "house-style": ("table", "Name = the preferred name, for the naming rules."),
    "per-file-ignores": ("table", "File pattern = codes or prefixes ignored in matching files."),
    "include": ("patterns", "File names checked when a folder is walked."),
    "exclude": ("patterns", "Names, or paths with a / relative to the config, never checked; replaces the default."),
    "extend-exclude": ("patterns", "Like `exclude`, added to its default."),
    "rule-options": ("table", "A table per rule code: that rule's options (see each rule)."),
}
"""Every config key: its kind and what it does. Unknown keys are an error; the README's config
table is generated from this and the defaults of :class:`Settings`."""


@dataclass(frozen=True)
class Settings:
    """The resolved configuration for one file."""

    config_path: Path | None = None
    select: tuple[str, ...] = (ALL,)
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()
    fail_level: Severity = Severity.WARNING
    rule_packs: tuple[Path, ...] = ()
    house_style: tuple[tuple[str, str], ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict, hash=False, compare=False)

    @property
    def root(self) -> Path:
        """Folder the config lives in; paths in it are relative to this."""
        return self.config_path.parent if self.config_path else Path.cwd()

    def is_selected(self, code: str, path: str | None = None) -> bool:
        """Whether the rule ``code`` runs, by the most specific select/ignore prefix."""
        chosen = [_specificity(p, code) for p in (*self.select, *self.extend_select)]
        ignored = [_specificity(p, code) for p in self.ignore]
        if path is not None:
            ignored.extend(_specificity(p, code) for p in self.ignores_for(path))
        best_chosen = max(chosen, default=-1)
        return best_chosen >= 0 and best_chosen > max(ignored, default=-1)

    def ignores_for(self, path: str) -> tuple[str, ...]:
        """Codes ignored for ``path`` by ``per-file-ignores``."""
        if not self.per_file_ignores:
            return ()  # resolving the path costs file-system calls; rules ask for every file
        relative = _relative(path, self.root)
        codes: list[str] = []
        for pattern, ignored in self.per_file_ignores:
            if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(PurePosixPath(relative).name, pattern):
                codes.extend(ignored)
        return tuple(codes)

    def severity_for(self, code: str, default: Severity) -> Severity:
        """The configured severity of ``code`` (longest matching prefix wins)."""
        best = max((p for p, _ in self.severity if code.startswith(p)), key=len, default=None)
        return dict(self.severity)[best] if best else default

    @property
    def house_style_map(self) -> dict[str, str]:
        return dict(self.house_style)

    def is_excluded(self, path: Path) -> bool:
        """True when the name of ``path`` (or, for patterns with a ``/``, its path
        relative to the config folder) matches an exclude pattern."""
        if any(fnmatch.fnmatch(path.name, pattern) for pattern in self.exclude if "/" not in pattern):
            return True
        path_patterns = [pattern for pattern in self.exclude if "/" in pattern]
        if not path_patterns:
            return False  # resolving the path costs file-system calls; discovery asks for every file
        relative = _relative(str(path), self.root)
        return any(fnmatch.fnmatch(relative, pattern) for pattern in path_patterns)

    def is_included(self, path: Path) -> bool:
        return any(fnmatch.fnmatch(path.name, pattern) for pattern in self.include)

    @property
    def named_codes(self) -> tuple[str, ...]:
        """Every code or prefix the selection names: select, extend-select, ignore, per-file ignores."""
        per_file = (code for _, codes in self.per_file_ignores for code in codes)
        return (*self.select, *self.extend_select, *self.ignore, *per_file)


def unknown_codes(codes: Iterable[str], known: Iterable[str]) -> list[str]:
    """The codes or prefixes in ``codes`` that name none of the ``known`` rule codes (``ALL`` names them all)."""
    known = tuple(known)
    return [code for code in dict.fromkeys(codes) if code != ALL and not any(k.startswith(code) for k in known)]


def _specificity(prefix: str, code: str) -> int:
    """How specifically ``prefix`` names ``code``: its length, 0 for ALL, -1 when it does not."""
    if prefix == ALL:
        return 0
    return len(prefix) if code.startswith(prefix) else -1


def _relative(path: str, root: Path) -> str:
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except (ValueError, RuntimeError):  # RuntimeError: a symbolic link loop (Python < 3.13)
        return Path(path).as_posix()


# --- parsing -----------------------------------------------------------------


def _codes(where: str, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(where, f"'{key}' must be a list of rule codes or prefixes")
    return tuple(v.strip().upper() for v in value)


def _strings(where: str, key: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(where, f"'{key}' must be a list of strings")
    return tuple(value)


def _severity(where: str, key: str, value: Any) -> Severity:
    try:
        return Severity.parse(str(value))
    except ValueError as error:
        raise ConfigError(where, f"'{key}': {error}") from None


def _table(where: str, key: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(where, f"'{key}' must be a table")
    return value


def parse_settings(data: dict[str, Any], config_path: Path | None, where: str | None = None) -> Settings:
    """Settings from a ``[tool.wirelint]`` table; raises ConfigError on any bad key."""
    where = where or str(config_path or "configuration")
    base = config_path.parent if config_path else Path.cwd()
    values: dict[str, Any] = {"config_path": config_path}
    for key, value in data.items():
        if key in ("select", "extend-select", "ignore"):
            values[key.replace("-", "_")] = _codes(where, key, value)
        elif key == "severity":
            values["severity"] = tuple(
                (code.upper(), _severity(where, f"severity.{code}", level))
                for code, level in _table(where, key, value).items()
            )
        elif key == "fail-level":
            values["fail_level"] = _severity(where, key, value)
        elif key == "rule-packs":
            values["rule_packs"] = tuple((base / p).resolve() for p in _strings(where, key, value))
        elif key == "house-style":
            table = _table(where, key, value)
            if not all(isinstance(v, str) for v in table.values()):
                raise ConfigError(where, "'house-style' maps a name to the preferred name (strings)")
            values["house_style"] = tuple(table.items())
        elif key == "per-file-ignores":
            values["per_file_ignores"] = tuple(
                (glob, _codes(where, f"per-file-ignores.{glob}", codes))
                for glob, codes in _table(where, key, value).items()
            )
        elif key in ("include", "exclude"):
            values[key] = _strings(where, key, value)
        elif key == "extend-exclude":
            values["exclude"] = DEFAULT_EXCLUDE + _strings(where, key, value)
        elif key == "rule-options":
            table = _table(where, key, value)
            values["rule_options"] = {c.upper(): _table(where, f"rule-options.{c}", o) for c, o in table.items()}
        else:
            raise ConfigError(where, f"unknown key '{key}' in [tool.wirelint] (keys: {', '.join(KEYS)})")
    return Settings(**values)


def read_config_file(path: Path) -> dict[str, Any] | None:
    """The wirelint table of a config file, or None when it has none (parsed once per version of the file)."""
    from wirelint.startcache import read_toml  # the start-up cache: a run imports no TOML parser for it

    try:
        data = read_toml(path)
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(str(path), f"cannot read: {error}") from None
    except ValueError as error:  # tomllib.TOMLDecodeError
        raise ConfigError(str(path), f"invalid TOML: {_located(error, path)}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("wirelint")
        if table is None:
            return None
        return _table(str(path), "tool.wirelint", table)
    return data.get("tool", {}).get("wirelint", data) if "tool" in data else data


def _located(error: Exception, path: Path) -> str:
    """The parser's message, with "the end of the document" given as a line number too."""
    message = str(error)
    if message.endswith("(at end of document)"):
        lines = len(path.read_text(encoding="utf-8").splitlines()) or 1
        message = message.replace("(at end of document)", f"(at line {lines}, the end of the file)")
    return message


@lru_cache(maxsize=1024)
def find_config(folder: Path) -> Path | None:
    """The nearest config file at or above ``folder`` that configures wirelint."""
    for candidate_folder in (folder, *folder.parents):
        for name in CONFIG_FILES:
            candidate = candidate_folder / name
            if candidate.is_file() and read_config_file(candidate) is not None:
                return candidate
    return None


@lru_cache(maxsize=256)
def load_settings(config_path: Path | None) -> Settings:
    if config_path is None:
        return Settings()
    data = read_config_file(config_path) or {}
    return parse_settings(data, config_path)


def settings_for(path: Path, overrides: dict[str, Any] | None = None, config: Path | None = None) -> Settings:
    """Settings for a checked file: its nearest config, then command-line overrides."""
    folder = path.parent if path.suffix or path.is_file() else path
    settings = load_settings(config if config is not None else _config_for_folder(folder))
    return _with_overrides(settings, overrides or {})


@lru_cache(maxsize=1024)
def _config_for_folder(folder: Path) -> Path | None:
    """:func:`find_config` for a folder as given: files in one folder share one lookup (and one ``resolve``)."""
    return find_config(folder.resolve())


def apply_overrides(settings: Settings, overrides: dict[str, Any]) -> Settings:
    """Command-line options win over the file (select replaces; others extend)."""
    changes: dict[str, Any] = {}
    if overrides.get("select"):
        changes["select"] = tuple(overrides["select"])
        changes["extend_select"] = ()
    if overrides.get("extend_select"):
        changes["extend_select"] = settings.extend_select + tuple(overrides["extend_select"])
    if overrides.get("ignore"):
        changes["ignore"] = settings.ignore + tuple(overrides["ignore"])
    if overrides.get("fail_level"):
        changes["fail_level"] = overrides["fail_level"]
    return replace(settings, **changes) if changes else settings


_OVERRIDDEN: PerObject[Settings] = PerObject()


def _with_overrides(settings: Settings, overrides: dict[str, Any]) -> Settings:
    """:func:`apply_overrides` once per loaded config, so the files of a run share one Settings object
    (the result cache fingerprints a Settings object once)."""
    if not overrides:
        return settings
    return _OVERRIDDEN.get(settings, tuple(sorted(overrides.items())), lambda: apply_overrides(settings, overrides))


def clear_caches() -> None:
    """Forget discovered config (the language server calls this when config files change)."""
    find_config.cache_clear()
    _config_for_folder.cache_clear()
    load_settings.cache_clear()
    _OVERRIDDEN.clear()
