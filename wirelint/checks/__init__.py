"""Code rules: checks that a pattern cannot express, one module per family.

Each module in :data:`FAMILY_MODULES` exposes ``RULES``, a list of rule
classes; the built-in plugin instantiates them all.
"""

from __future__ import annotations

from importlib import import_module

from wirelint.rule import Rule

FAMILY_MODULES: tuple[str, ...] = ("leftovers", "mechanics", "naming", "numbers", "attribution", "integrity")


def all_rules() -> list[Rule]:
    """An instance of every built-in code rule."""
    rules: list[Rule] = []
    for name in FAMILY_MODULES:
        module = import_module(f"wirelint.checks.{name}")
        rules.extend(rule_class() for rule_class in module.RULES)
    return rules


def lazy_rules() -> list[Rule]:
    """Every built-in code rule; a rule's module is imported only when the rule first runs."""
    from wirelint.lazy_rule import table_rules

    return table_rules(FAMILY_MODULES, all_rules)
