"""Every extension point of wirelint, in the order a run uses them.

A run asks all plugins (the built-in one first, then those installed under
the ``wirelint`` entry-point group) for their readers, rule packs and code
rules; then each file flows one way: read -> parse into fields -> rules ->
findings -> suppressions -> formatter. Built-in rules come through these same
hooks, so a plugin can do everything a built-in can.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from wirelint.readers import Reader
    from wirelint.rule import Rule

hookspec = pluggy.HookspecMarker("wirelint")
hookimpl = pluggy.HookimplMarker("wirelint")


@hookspec
def wirelint_readers() -> Sequence[Reader]:
    """Return format readers. Called once per run.

    A reader claims file endings; the first plugin to claim an ending wins,
    the built-in plugin being registered first.
    """


@hookspec
def wirelint_rule_packs() -> Sequence[Path | Traversable]:
    """Return paths of TOML rule packs to load. Called once per run.

    Packs are data; they are validated and compiled once. Projects add packs
    of their own through ``rule-packs`` in the config, not through this hook.
    """


@hookspec
def wirelint_rules() -> Sequence[Rule]:
    """Return code rules (instances of :class:`wirelint.rule.Rule`). Called once per run.

    Codes must be unique across all plugins and packs.
    """
