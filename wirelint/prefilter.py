"""One pass per block that tells which pack rules could match it.

Most pack rules look for words a block rarely holds ("RESTRICTED TO EDITORIAL
USE", "translated", "-- MORE --"). Each rule's patterns are reduced to the
literal strings a match cannot do without (:mod:`wirelint.literals`, or the
pack's ``requires`` when that says more); all rules' strings go into one
Aho-Corasick automaton, which scans each block once. A rule none of whose
strings is in a block never runs its patterns on it.

Strings of one character are looked up with ``in`` rather than through the
automaton: they are common, and every hit of an automaton costs a Python step.

Rules and gates ask for their strings when they first run, one after another
between scans (about 60 times in a one-file check): the automata are made
again only before the next scan, from the strings added since (remaking an
automaton is a C pass over it; adding every string again each time cost a
one-file check about 5 ms). A run that says which rules it runs
(:meth:`Prefilter.expect`) takes in at once the strings an earlier run of the
same code and rules asked for, so the automata are made once, not at every
rule's first scan.
"""

from __future__ import annotations

import atexit
import threading
from collections.abc import Hashable
from functools import lru_cache

import ahocorasick

from wirelint.literals import Literal
from wirelint.startcache import STARTUP
from wirelint.version import RUNNING_CODE


def normalise_line_ends(text: str) -> str:
    """A CRLF line break as space + LF and a lone CR as LF: ``^`` and ``$`` then work, and offsets stay put."""
    return text.replace("\r\n", " \n").replace("\r", "\n") if "\r" in text else text


REMEMBERED = 2048
"""Block texts whose present strings are kept (as many as the pack rules' match cache)."""


class Prefilter:
    """The strings of every pack rule that has asked so far, and one scan per text for all of them."""

    def __init__(self) -> None:
        self._ids: dict[Literal, int] = {}
        self._lock = threading.Lock()
        """Held to add strings, and to scan (an automaton taking new strings cannot be scanned meanwhile)."""
        self._generation = 0
        self._built = 0
        """How many of the strings (in the order of their numbers) the automata hold."""
        self._automata = (ahocorasick.Automaton(), ahocorasick.Automaton())  # plain, folded
        self._plain: ahocorasick.Automaton | None = None
        self._folded: ahocorasick.Automaton | None = None
        self._chars: tuple[tuple[str, int], ...] = ()
        self._folded_chars: tuple[tuple[str, int], ...] = ()
        self._expected: tuple[str, Hashable] | None = None
        self._remembered: frozenset[Literal] = frozenset()

    def expect(self, run: Hashable) -> None:
        """Take in the strings an earlier process running the same code asked for under the same ``run`` (the codes
        of the rules that run), and keep this process's for the next (first call of a process only).

        The automata are then made once for all of them instead of before each rule's first scan (17 times, about
        7 ms, in a one-file check). More strings never hide a match nor make one: a rule reads only the numbers
        of its own strings in a scan's answer. Keyed by the rules that run, so one rule alone (``--select``) does
        not scan for every rule's strings."""
        with self._lock:
            if self._expected is not None:
                return
            self._expected = (RUNNING_CODE, run)
        remembered = STARTUP.get("prefilter-strings", self._expected)
        if isinstance(remembered, tuple) and all(_is_literal(item) for item in remembered):
            self._remembered = frozenset(remembered)
            self.ids(self._remembered)
        atexit.register(self._remember)  # before the start-up cache is written (callbacks run last first)

    def _remember(self) -> None:
        """Keep the strings asked for in this process, when some are new."""
        with self._lock:
            asked = frozenset(self._ids)
        if self._expected is not None and not asked <= self._remembered:
            STARTUP.put("prefilter-strings", self._expected, tuple(sorted(asked)))

    def ids(self, literals: frozenset[Literal]) -> frozenset[int]:
        """Numbers for a rule's strings; new strings are added to the automaton."""
        with self._lock:
            new = [literal for literal in literals if literal not in self._ids]
            if new:
                for literal in sorted(new):
                    self._ids[literal] = len(self._ids)
            return frozenset(self._ids[literal] for literal in literals)

    def _build(self) -> None:
        """Add the strings asked for since the last build and remake the automata (the caller holds the lock)."""
        added = list(self._ids.items())[self._built :]
        chars, folded_chars = list(self._chars), list(self._folded_chars)
        remake = set()
        for (text, is_folded), number in added:
            if len(text) == 1:
                (folded_chars if is_folded else chars).append((text, number))
            else:
                self._automata[is_folded].add_word(text, number)
                remake.add(is_folded)
        for is_folded in remake:
            self._automata[is_folded].make_automaton()
        plain, folded = self._automata
        self._plain = plain if len(plain) else None
        self._folded = folded if len(folded) else None
        self._chars, self._folded_chars = tuple(chars), tuple(folded_chars)
        self._built += len(added)
        self._generation += 1

    def _current(self) -> int:
        """The generation of the automata once they hold every string asked for (built if need be)."""
        if self._built < len(self._ids):
            with self._lock:
                if self._built < len(self._ids):
                    self._build()
        return self._generation

    def present(self, text: str) -> frozenset[int]:
        """The numbers of the strings found in ``text``."""
        return _present(self, text, self._current())

    def scan(self, text: str) -> frozenset[int]:
        """:meth:`present`, worked out afresh."""
        text = normalise_line_ends(text)
        with self._lock:
            if self._built < len(self._ids):
                self._build()
            found = {number for char, number in self._chars if char in text}
            if self._plain is not None:
                found.update(number for _, number in self._plain.iter(text))
            if self._folded is not None or self._folded_chars:
                folded = text.casefold()
                if "\u0130" in text:  # "İ", which (?i) matches as "i", folds to "i" and a combining dot
                    folded += "\n" + folded.replace("i\u0307", "i")
                found.update(number for char, number in self._folded_chars if char in folded)
                if self._folded is not None:
                    found.update(number for _, number in self._folded.iter(folded))
        return frozenset(found)


def _is_literal(item: object) -> bool:
    return isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str) and isinstance(item[1], bool)


@lru_cache(maxsize=REMEMBERED)
def _present(prefilter: Prefilter, text: str, generation: int) -> frozenset[int]:
    return prefilter.scan(text)


def forget() -> None:
    """Drop every remembered scan (benchmarks that must lint a text afresh)."""
    _present.cache_clear()


PACK_RULES = Prefilter()
"""The one prefilter all pack rules share, so a block is scanned once for all of them."""
