"""Collect readers and rules from all plugins, containing broken ones.

pluggy's own ``load_setuptools_entrypoints`` stops at the first plugin that
fails to import, so entry points are loaded one by one here: a broken plugin
is reported as a problem and the others still run. Each plugin's hook is also
called on its own, so a plugin whose hook raises loses only its own rules.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import pluggy

from wirelint import builtin, hookspecs
from wirelint.errors import PackError
from wirelint.packs import load_pack
from wirelint.readers import follows_reader_contract
from wirelint.rule import Rule, contract_problems
from wirelint.ruleset import Registry

__all__ = ["Registry", "build_registry", "get_registry", "plugin_manager"]

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

ENTRY_POINT_GROUP = "wirelint"
DISABLE_ENV = "WIRELINT_DISABLE_PLUGIN_AUTOLOAD"


def plugin_manager(autoload: bool) -> tuple[pluggy.PluginManager, list[str]]:
    """A manager with the built-in plugin and, unless disabled, installed ones."""
    manager = pluggy.PluginManager("wirelint")
    manager.add_hookspecs(hookspecs)
    manager.register(builtin, name="wirelint")
    problems: list[str] = []
    if autoload and not os.environ.get(DISABLE_ENV):
        for entry_point in installed_entry_points():
            try:
                plugin = entry_point.load()
                manager.register(plugin, name=entry_point.name)
            except (Exception, SystemExit) as error:  # a broken install must not stop the run
                problems.append(f"plugin {entry_point.name!r} could not be loaded: {type(error).__name__}: {error}")
    return manager, problems


def installed_entry_points() -> Iterator[EntryPoint]:
    """The ``wirelint`` entry points of installed distributions, first of each name on ``sys.path``.

    ``python -m wirelint`` puts the current folder on ``sys.path``; a distribution found
    there belongs to the workspace being checked, which is data, so it is never loaded.
    """
    workspace = os.path.realpath(os.getcwd())
    path = [entry for entry in sys.path if os.path.realpath(entry or os.curdir) != workspace]
    if not _may_declare_plugins(path):
        return
    from importlib.metadata import distributions  # about 20 ms to import, and more to search: only when needed

    seen: set[str] = set()
    for dist in distributions(path=path):  # the folder's name: dist.name parses METADATA (30 ms a start-up)
        name = re.sub(r"[-_.]+", "_", getattr(dist, "_normalized_name", None) or dist.name or "").lower()
        if name not in seen:
            seen.add(name)
            yield from dist.entry_points.select(group=ENTRY_POINT_GROUP)


def _may_declare_plugins(path: list[str]) -> bool:
    """False when no distribution on ``path`` declares a ``wirelint`` entry point.

    A look at each ``*.dist-info``/``*.egg-info`` folder's ``entry_points.txt``
    (under a millisecond) spares the metadata search when there are no plugins,
    the usual case. Anything this look cannot read (a zip on the path) counts as
    a possible plugin, and the full search decides.
    """
    for entry in path:
        try:
            names = os.listdir(entry or os.curdir)
        except NotADirectoryError:
            return True
        except OSError:
            continue
        for name in names:
            if name.endswith((".dist-info", ".egg-info")):
                try:
                    with open(os.path.join(entry, name, "entry_points.txt"), encoding="utf-8") as declared:
                        if any(line.replace(" ", "").strip() == f"[{ENTRY_POINT_GROUP}]" for line in declared):
                            return True
                except OSError:
                    continue
    return False


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
    registry = Registry(problems=problems, load_pack=load_pack)
    for origin, reader in _call_each(manager, "wirelint_readers", problems):
        if not follows_reader_contract(reader):
            problems.append(f"plugin {origin!r} returned {reader!r} from wirelint_readers, which is not a Reader")
            continue
        for key in (*reader.extensions, reader.format):
            registry.readers.setdefault(key, reader)
    for origin, path in _call_each(manager, "wirelint_rule_packs", problems):
        if not hasattr(path, "read_text"):
            problems.append(f"plugin {origin!r} returned {path!r} from wirelint_rule_packs, which is not a path")
            continue
        try:
            for rule in load_pack(path, compile_now=origin != "wirelint"):  # the suite validates built-in packs
                registry.add_rule(rule, origin)
            registry.entity_packs.append(path)
        except PackError as error:
            problems.append(str(error))
    for origin, rule in _call_each(manager, "wirelint_rules", problems):
        broken = contract_problems(rule) if origin != "wirelint" else []  # built-ins: tests/test_code_rule_examples.py
        if broken:
            what = f"rule {rule.code}" if isinstance(rule, Rule) and isinstance(rule.code, str) else repr(rule)
            problems.append(f"plugin {origin!r} returned {what} from wirelint_rules, which is not a Rule: "
                            f"{'; '.join(broken)}")
            continue
        registry.add_rule(rule, origin)
    for rule in registry.rules.values():  # rules that read entity sets (WL3xx) get this registry's
        use_entity_packs = getattr(rule, "use_entity_packs", None)
        if callable(use_entity_packs):
            use_entity_packs(tuple(registry.entity_packs))
    return registry


@lru_cache(maxsize=2)
def get_registry(autoload: bool = True) -> Registry:
    """The process-wide registry (plugins are loaded once)."""
    return build_registry(autoload)
