"""Editor settings, and noticing when config files change on disk.

Settings come from the client (``initializationOptions`` or the ``wirelint``
section of ``workspace/configuration``) and adjust the project's config the
way command-line options do. They are plain values: nothing in them, or in
any config file, is ever executed.

Config files are found exactly as the CLI finds them, and their discovery is
cached. Clients that watch files tell the server when one changes; for those
that do not, :class:`ConfigWatcher` compares the config files above a
document before each lint, so an edit to ``.wirelint.toml`` or
``pyproject.toml`` still takes effect without a restart.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wirelint.config import CONFIG_FILES, clear_caches

DEFAULT_DEBOUNCE = 0.2
"""Seconds to wait after a keystroke before linting, so typing is not slowed."""

CODE_KEYS = {"select": "select", "extendSelect": "extend_select", "ignore": "ignore"}


@dataclass(frozen=True)
class ClientOptions:
    """What the editor asked for; the project's config still applies beneath it."""

    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    debounce: float = DEFAULT_DEBOUNCE

    @property
    def overrides(self) -> dict[str, Any]:
        """In the shape :func:`wirelint.config.apply_overrides` takes."""
        return {"select": self.select, "extend_select": self.extend_select, "ignore": self.ignore}


def parse_options(data: Any) -> tuple[ClientOptions, list[str]]:
    """Options from a client's settings object, and a problem for each value ignored."""
    if isinstance(data, dict) and isinstance(data.get("wirelint"), dict):
        data = data["wirelint"]
    if not isinstance(data, dict):
        return ClientOptions(), [] if data is None else [f"settings must be an object, not {data!r}"]
    values: dict[str, Any] = {}
    problems: list[str] = []
    for key, value in data.items():
        if key in CODE_KEYS:
            if isinstance(value, list) and all(isinstance(code, str) for code in value):
                values[CODE_KEYS[key]] = tuple(code.strip().upper() for code in value if code.strip())
            else:
                problems.append(f"setting {key!r} must be a list of rule codes or prefixes")
        elif key == "debounceMs":
            if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 10_000:
                values["debounce"] = value / 1000
            else:
                problems.append("setting 'debounceMs' must be a number of milliseconds from 0 to 10000")
        else:
            problems.append(f"unknown setting {key!r} (known: {', '.join([*CODE_KEYS, 'debounceMs'])})")
    return ClientOptions(**values), problems


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size, status.st_ino


class ConfigWatcher:
    """Drops the cached config when a config file that was looked at has changed.

    Every candidate location above every linted folder is remembered, present
    or not, so creating, editing, replacing or deleting a config file is seen.
    Only the lint worker thread calls it.
    """

    def __init__(self) -> None:
        self._seen: dict[Path, tuple[int, int, int] | None] = {}

    def check(self, folder: Path) -> bool:
        """True (and the caches cleared) when a config file for ``folder`` changed."""
        changed = False
        for parent in (folder, *folder.parents):
            for name in CONFIG_FILES:
                path = parent / name
                now = _stamp(path)
                if self._seen.get(path, now) != now:
                    changed = True
                self._seen[path] = now
        if changed:
            clear_caches()
        return changed

    def reset(self) -> None:
        """Forget everything (the client said files changed, or settings did)."""
        self._seen.clear()
        clear_caches()
