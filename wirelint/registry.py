"""Collect readers and rules from all plugins, containing broken ones.

pluggy's own ``load_setuptools_entrypoints`` stops at the first plugin that
fails to import, so entry points are loaded one by one here: a broken plugin
is reported as a problem and the others still run. Each plugin's hook is also
called on its own, so a plugin whose hook raises loses only its own rules.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import pluggy

from wirelint import builtin, hookspecs
from wirelint.errors import PackError
from wirelint.packs import PackRule, load_pack
from wirelint.readers import Reader
from wirelint.rule import Rule

ENTRY_POINT_GROUP = "wirelint"
DISABLE_ENV = "WIRELINT_DISABLE_PLUGIN_AUTOLOAD"


@dataclass
class Registry:
    """Everything the plugins provide, ready to use."""

    rules: dict[str, Rule] = field(default_factory=dict)
    readers: dict[str, Reader] = field(default_factory=dict)
    """By file ending (``.md``) and by format name (``markdown``)."""
    problems: list[str] = field(default_factory=list)
    """Plugins or packs that could not be loaded; shown as warnings."""

    def add_rule(self, rule: Rule, origin: str) -> None:
        if not rule.origin or rule.origin == "wirelint":
            rule.origin = origin
        existing = self.rules.get(rule.code)
        if existing is not None:
            self.problems.append(f"rule {rule.code} from {rule.origin} ignored: the code is taken by {existing.origin}")
            return
        self.rules[rule.code] = rule

    def reader_for(self, path: str) -> Reader:
        """The reader for a file name (plain text when the ending is unknown)."""
        suffix = Path(path).suffix.lower()
        return self.readers.get(suffix) or self.readers["text"]

    def reader_named(self, format_name: str) -> Reader | None:
        return self.readers.get(format_name)


def plugin_manager(autoload: bool) -> tuple[pluggy.PluginManager, list[str]]:
    """A manager with the built-in plugin and, unless disabled, installed ones."""
    manager = pluggy.PluginManager("wirelint")
    manager.add_hookspecs(hookspecs)
    manager.register(builtin, name="wirelint")
    problems: list[str] = []
    if autoload and not os.environ.get(DISABLE_ENV):
        for entry_point in entry_points(group=ENTRY_POINT_GROUP):
            try:
                plugin = entry_point.load()
                manager.register(plugin, name=entry_point.name)
            except Exception as error:  # a broken install must not stop the run
                problems.append(f"plugin {entry_point.name!r} could not be loaded: {type(error).__name__}: {error}")
    return manager, problems


def _call_each(manager: pluggy.PluginManager, hook_name: str, problems: list[str]) -> Iterable[tuple[str, Any]]:
    """Call one hook plugin by plugin, yielding ``(plugin name, item)``."""
    hook: Any = getattr(manager.hook, hook_name)
    for impl in hook.get_hookimpls():  # registration order: built-in first
        call: Callable[[], Any] = impl.function
        try:
            items = list(call() or ())
        except Exception as error:
            problems.append(f"plugin {impl.plugin_name!r} failed in {hook_name}: {type(error).__name__}: {error}")
            continue
        for item in items:
            yield impl.plugin_name, item


def build_registry(autoload: bool = True) -> Registry:
    manager, problems = plugin_manager(autoload)
    registry = Registry(problems=problems)
    for _origin, reader in _call_each(manager, "wirelint_readers", problems):
        for key in (*reader.extensions, reader.format):
            registry.readers.setdefault(key, reader)
    for origin, path in _call_each(manager, "wirelint_rule_packs", problems):
        try:
            for rule in load_pack(path):
                registry.add_rule(rule, origin)
        except PackError as error:
            problems.append(str(error))
    for origin, rule in _call_each(manager, "wirelint_rules", problems):
        if not isinstance(rule, Rule) or not rule.code:
            problems.append(f"plugin {origin!r} returned {rule!r} from wirelint_rules, which is not a Rule")
            continue
        registry.add_rule(rule, origin)
    return registry


@lru_cache(maxsize=2)
def get_registry(autoload: bool = True) -> Registry:
    """The process-wide registry (plugins are loaded once)."""
    return build_registry(autoload)


@lru_cache(maxsize=64)
def _load_pack_cached(path: str, mtime: float) -> list[PackRule]:
    return load_pack(Path(path))


def project_pack_rules(paths: Iterable[Path]) -> list[PackRule]:
    """Rules from a project's own packs (``rule-packs`` in config); raises PackError."""
    rules: list[PackRule] = []
    for path in paths:
        try:
            mtime = path.stat().st_mtime
        except OSError as error:
            raise PackError(str(path), f"cannot read: {error.strerror}") from None
        rules.extend(_load_pack_cached(str(path), mtime))
    return rules
