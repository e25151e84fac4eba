"""Built-in code rules known by their table until they first run, so a run imports only the rules it selects.

Importing every rule module costs more than the rest of a start-up together:
the number engine, the naming catalogue and their patterns come with them.
Selecting rules needs only each rule's code, name, severity and fields, so
those are kept in the start-up cache (:mod:`wirelint.startcache`), keyed by the
stamps of wirelint's own source files as this process found them when it started
(:data:`wirelint.version.RUNNING_STAMPS`: files changed under a running process
are not the code it runs). A :class:`LazyRule` stands for each rule
and imports its module on first use of anything else (checking, its docs).
When the table is missing or stale, every module is imported, as before, and
the table is written for the next run.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from importlib import import_module
from typing import TYPE_CHECKING, Any

from wirelint.finding import Severity
from wirelint.rule import Examples, Rule, RuleDocs
from wirelint.startcache import STARTUP, StartCache
from wirelint.version import RUNNING_STAMPS, __version__

if TYPE_CHECKING:
    from wirelint.config import Settings
    from wirelint.document import Article
    from wirelint.finding import Finding

class LazyRule(Rule):
    """A code rule by its table entry; the rule itself is made when first needed."""

    def __init__(self, entry: dict[str, Any], rule: Rule | None = None) -> None:
        self.code = entry["code"]
        self.name = entry["name"]
        self.severity = Severity(entry["severity"])
        self.fields = tuple(entry["fields"])
        self.fixable = entry["fixable"]
        self.compares_versions = entry["compares_versions"]
        self.origin = entry["origin"]
        self.module = entry["module"]
        self.qualname = entry["qualname"]
        self.entity_packs: tuple[Any, ...] | None = None
        if rule is not None:
            self.__dict__["rule"] = rule

    @cached_property
    def rule(self) -> Rule:
        """The real rule (its module imported now), given what the registry gave the stand-in."""
        made: Rule = getattr(import_module(self.module), self.qualname)()
        made.origin = self.origin
        if self.entity_packs is not None:
            _give_entity_packs(made, self.entity_packs)
        return made

    def use_entity_packs(self, packs: tuple[Any, ...]) -> None:
        """The registry hands every rule its entity packs (naming rules read them): kept for the real rule."""
        self.entity_packs = packs
        if "rule" in self.__dict__:
            _give_entity_packs(self.rule, packs)

    @property  # type: ignore[override]
    def docs(self) -> RuleDocs:
        return self.rule.docs

    @property  # type: ignore[override]
    def examples(self) -> Examples:
        return self.rule.examples

    @property
    def defined_in(self) -> str:
        return self.module

    def check(self, article: Article, settings: Settings) -> Iterable[Finding]:
        return self.rule.check(article, settings)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "rule":
            raise AttributeError(name)
        return getattr(self.rule, name)

    def __setattr__(self, name: str, value: Any) -> None:
        super().__setattr__(name, value)
        if name == "origin" and "rule" in self.__dict__:
            self.rule.origin = value


def _give_entity_packs(rule: Rule, packs: tuple[Any, ...]) -> None:
    use_entity_packs = getattr(rule, "use_entity_packs", None)
    if callable(use_entity_packs):
        use_entity_packs(packs)


def describe(rule: Rule) -> dict[str, Any]:
    """The table entry of a rule: what selecting and listing rules need."""
    return {
        "code": rule.code,
        "name": rule.name,
        "severity": Severity(rule.severity).value,
        "fields": list(rule.fields),
        "fixable": bool(rule.fixable),
        "compares_versions": bool(rule.compares_versions),
        "origin": rule.origin,
        "module": type(rule).__module__,
        "qualname": type(rule).__qualname__,
    }


def table_rules(modules: tuple[str, ...], load: Any, cache: StartCache = STARTUP) -> list[Rule]:
    """The rules ``load()`` makes, as :class:`LazyRule` from the cached table when the sources are unchanged."""
    key = (__version__, modules, RUNNING_STAMPS)
    table = cache.get("rules", key)
    if isinstance(table, list):
        return [LazyRule(entry) for entry in table]
    rules: list[Rule] = load()
    entries = [describe(rule) for rule in rules]
    cache.put("rules", key, entries)
    return [LazyRule(entry, rule) for entry, rule in zip(entries, rules, strict=True)]
