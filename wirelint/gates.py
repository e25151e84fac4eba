"""Literal gates in front of the code rules' big patterns, on the pack rules' one scan per block.

A code rule's costly search (every translating word of forty languages, say)
fails on almost every paragraph, yet a ``regex`` alternation pays for trying
each of its branches at every position to say so. The strings one of which
every match must contain (:func:`wirelint.literals.required_literals`) join
the pack-rule prefilter's automaton (:data:`wirelint.prefilter.PACK_RULES`),
which scans each block once for all of them: a pattern whose strings are all
absent cannot match, and is not searched.
"""

from __future__ import annotations

from functools import cached_property

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.literals import cached_required_literals
from wirelint.prefilter import PACK_RULES


class LiteralGate:
    """Whether a pattern could match a text, from the strings every match of it holds."""

    def __init__(self, pattern: LazyPattern) -> None:
        self._pattern = pattern

    @cached_property
    def _ids(self) -> frozenset[int] | None:
        """The pattern's strings in the shared prefilter; None when no such set is known (always open)."""
        flags = self._pattern.compiled.flags
        if flags & regex.VERSION1:  # the analysis reads version 0 syntax
            return None
        inline = "".join(letter for flag, letter in ((regex.IGNORECASE, "i"), (regex.VERBOSE, "x")) if flags & flag)
        literals = cached_required_literals(f"(?{inline}){self._pattern.pattern}" if inline else self._pattern.pattern)
        return PACK_RULES.ids(literals) if literals else None

    def open(self, text: str) -> bool:
        """False when ``text`` lacks every string a match needs, so the pattern cannot match it."""
        ids = self._ids
        return ids is None or not ids.isdisjoint(PACK_RULES.present(text))

    def search(self, text: str) -> regex.Match[str] | None:
        """The pattern's first match in ``text``, searched only when the gate is open."""
        return self._pattern.search(text) if self.open(text) else None
