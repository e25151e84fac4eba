"""What the plugins provide, as the engine receives it: rules, readers, and how to load a project's packs.

The engine is handed a :class:`Registry`; it never assembles one. Assembly
(the built-in plugin, installed plugins, their packs) is the layer above, in
``wirelint.registry``, so nothing in the engine depends on a rule module.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wirelint.errors import PackError
from wirelint.rule import Rule

if TYPE_CHECKING:
    from wirelint.readers import Reader

PACKS_REMEMBERED = 64
"""Project packs kept compiled, by path and modification time."""


def _no_packs(path: Path) -> list[Rule]:
    raise PackError(str(path), "this registry cannot load rule packs")


@dataclass
class Registry:
    """Everything the plugins provide, ready to use."""

    rules: dict[str, Rule] = field(default_factory=dict)
    readers: dict[str, Reader] = field(default_factory=dict)
    """By file ending (``.md``) and by format name (``markdown``)."""
    problems: list[str] = field(default_factory=list)
    """Plugins or packs that could not be loaded; shown as warnings."""
    entity_packs: list[Any] = field(default_factory=list)
    """Every plugin pack that loaded, built-in first: the naming rules' ``[[entity]]`` sets come from these."""
    load_pack: Callable[[Path], list[Rule]] = field(default=_no_packs, repr=False)
    """Reads and compiles one rule pack (raises PackError); the assembler sets it."""
    _packs: dict[tuple[str, float], list[Rule]] = field(default_factory=dict, repr=False)

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

    def project_rules(self, paths: Iterable[Path]) -> list[Rule]:
        """Rules from a project's own packs (``rule-packs`` in config), compiled once per file
        version; raises PackError."""
        rules: list[Rule] = []
        for path in paths:
            try:
                key = (str(path), path.stat().st_mtime)
            except OSError as error:
                raise PackError(str(path), f"cannot read: {error.strerror}") from None
            if key not in self._packs:
                if len(self._packs) >= PACKS_REMEMBERED:
                    self._packs.pop(next(iter(self._packs)))
                self._packs[key] = self.load_pack(path)
            rules.extend(self._packs[key])
        return rules
