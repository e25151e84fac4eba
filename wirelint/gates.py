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

from collections.abc import Callable, Iterator
from functools import cached_property, lru_cache
from itertools import pairwise

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.literals import Literal, cached_required_literals, remembered
from wirelint.prefilter import PACK_RULES, Prefilter
from wirelint.startcache import compile_pattern


class LiteralGate:
    """Whether a pattern could match a text, from the strings every match of it holds."""

    def __init__(self, pattern: LazyPattern, blocks: bool = True) -> None:
        """The strings are looked for by the pack rules' scan of each block (remembered, and shared with
        them) when the texts are whole blocks; otherwise (sentences) by a prefilter of the pattern's own
        strings, afresh for each text."""
        self._pattern = pattern
        self._prefilter, self._scan = _prefilter(blocks)

    @cached_property
    def _ids(self) -> frozenset[int] | None:
        """The pattern's strings in the prefilter; None when no such set is known (always open)."""
        literals = pattern_literals(self._pattern)
        return self._prefilter.ids(literals) if literals else None

    def open(self, text: str) -> bool:
        """False when ``text`` lacks every string a match needs, so the pattern cannot match it."""
        ids = self._ids
        return ids is None or not ids.isdisjoint(self._scan(text))

    def search(self, text: str, *span: int) -> regex.Match[str] | None:
        """The pattern's first match in ``text`` (from ``pos`` to ``endpos``), searched only when the gate is
        open."""
        return self._pattern.search(text, *span) if self.open(text) else None

    def finditer(self, text: str, *span: int) -> Iterator[regex.Match[str]]:
        """The pattern's matches in ``text`` (from ``pos`` to ``endpos``), searched only when the gate is open."""
        return self._pattern.finditer(text, *span) if self.open(text) else iter(())


def _prefilter(blocks: bool) -> tuple[Prefilter, Callable[[str], frozenset[int]]]:
    """The prefilter that looks for a gate's strings, and how it scans a text."""
    if blocks:
        return PACK_RULES, PACK_RULES.present
    own = Prefilter()
    return own, own.scan


def pattern_literals(pattern: LazyPattern) -> frozenset[Literal] | None:
    """Strings one of which every match of ``pattern`` holds (flags given apart from the source included)."""
    flags = pattern.flags
    if flags & regex.VERSION1 and _has_nested_set(pattern.pattern):
        return None  # the analysis reads version 0 syntax, where a "[" inside a class is the character
    inline = "".join(letter for flag, letter in ((regex.IGNORECASE, "i"), (regex.VERBOSE, "x")) if flags & flag)
    return cached_required_literals(f"(?{inline}){pattern.pattern}" if inline else pattern.pattern)


def _has_nested_set(source: str) -> bool:
    """Whether a version 1 pattern has a class inside a class (a set operation such as ``[\\w--\\d]``, or a
    POSIX class): what version 1 reads differently from version 0. Case-insensitive version 1 patterns
    fold in full ("ss" matches "ß"), as ``str.casefold`` does for the prefilter's text. Kept between runs
    (``literals.remembered``): reading a long source character by character took milliseconds at every start."""
    return bool(remembered("nested-sets", source, lambda: any(inside for _, inside in _classes(source))))


def _classes(source: str, verbose: bool = False) -> Iterator[tuple[int, bool]]:
    """The place of each character of ``source`` outside escapes, classes and comments, and whether a class
    opens inside a class there (version 0 reads that "[" as the character)."""
    depth, at = 0, 0
    while at < len(source):
        char = source[at]
        if char == "\\":
            at += 2
            continue
        if char == "[":
            if depth:
                yield at, True
            depth = 1
            if source[at + 1 : at + 2] == "^":
                at += 1
            if source[at + 1 : at + 2] == "]":  # a "]" first in a class is the character
                at += 1
        elif char == "]" and depth:
            depth = 0
        elif not depth and source.startswith("(?#", at):
            at = source.find(")", at) % (len(source) + 1)
        elif not depth and verbose and char == "#":
            at = source.find("\n", at) % (len(source) + 1)
        elif not depth:
            yield at, False
        at += 1


_UNSPLITTABLE = LazyPattern(r"\\[1-9g]|\(\?(?:P=|P>|&|\(|\||R|[0-9+-])")
"""What ties the branches of an alternation together: a backreference or call (group numbers change when
branches part), a conditional, a branch reset (and scoped flags turned off, read as such a call)."""


def top_level_branches(source: str, flags: int = 0) -> tuple[str, ...]:
    """The branches of the alternation ``source`` is, or ``(source,)`` when it is none or must stay whole. A
    branch that is one group of branches, ``(?i:A|B)``, is itself cut: ``(?i:A)``, ``(?i:B)``. Inline flags
    that apply to the whole pattern (``(?i)``, anywhere in version 0) open every branch."""
    if _UNSPLITTABLE.search(source):
        return (source,)
    global_flags = "".join(_GLOBAL_FLAGS.findall(source))
    verbose = bool(flags & regex.VERBOSE) or "x" in global_flags
    found = remembered("branches", (source, verbose), lambda: tuple(_branches(source, verbose)))  # kept between runs
    if len(found) < 2:
        return (source,)
    return tuple(f"(?{global_flags}){branch}" for branch in found) if global_flags else found


def _branches(source: str, verbose: bool = False) -> list[str]:
    """The branches of ``source``, each group of branches that opens a branch (after a word boundary or not)
    shared out: ``(?i:A|B)C`` is ``(?i:A)C`` and ``(?i:B)C`` (unless a quantifier follows the group, or that
    would make more than :data:`MOST_BRANCHES`); empty when a class holds a class."""
    cuts, depth, opened = [-1], 0, -1
    closes: dict[int, int] = {}
    for at, nested in _classes(source, verbose):
        if nested:
            return []
        char = source[at]
        if char == "(" and depth == 0:
            opened = at
        depth += (char == "(") - (char == ")")
        if char == ")" and depth == 0:
            closes[opened] = at
        if char == "|" and depth == 0:
            cuts.append(at)
    cuts.append(len(source))
    found: list[str] = []
    for start, end in pairwise(cuts):
        branch = source[start + 1 : end]
        group = _GROUP_OPENING.match(branch)
        close = closes.get(start + 1 + group.start("paren"), -1) if group else -1
        rest = source[close + 1 : end]
        quantified = rest.strip() if verbose else _QUANTIFIED.match(rest)  # verbose: a space may come first
        inner = _branches(source[start + 1 + group.end() : close], verbose) if close >= 0 and not quantified else []
        if 1 < len(inner) and len(found) + len(inner) <= MOST_BRANCHES:
            found.extend(f"{group.group()}{piece}){rest}" for piece in inner)  # type: ignore[union-attr]
        else:
            found.append(branch)
    return found


MOST_BRANCHES = 200
"""Branches an alternation is cut into at most (each is a search when its strings are there)."""
_QUANTIFIED = LazyPattern(r"[*+?{]")
_GROUP_OPENING = LazyPattern(r"(?:\\b)?(?P<paren>\()\?[a-zA-Z]*:")
"""A non-capturing group, with flags of its own or none, after a word boundary or not (``\\b(?:he|she)X`` is
``\\b(?:he)X`` and ``\\b(?:she)X``: each then starts with a word ``regex`` can skip to)."""


class AnyOf:
    """Whether a text holds a match of an alternation, its branches searched one by one, each behind its gate.

    ``regex`` finds no literal to skip to in a long alternation, so it tries every branch at every position
    (90 us on a corpus paragraph for the credit and notice hint); one branch that is a word costs a fast
    string search (0.3 us), and one whose strings are all absent from the text is not searched at all. A
    text holds a match of ``A|B`` exactly when it holds one of ``A`` or of ``B``, so the answer is the
    alternation's (:attr:`alternation`), but no match is returned: only for tests of "is there any".

    The strings are looked for by the pack rules' scan of each block (remembered, and shared with them) when
    the texts are whole blocks (``blocks=True``); otherwise (sentences) by a prefilter of the branches' own
    strings, afresh for each text.
    """

    def __init__(self, branches: tuple[str, ...], flags: int = 0, blocks: bool = False) -> None:
        self._branches = branches
        self._flags = flags
        self._prefilter, self._scan = _prefilter(blocks)
        self.alternation = LazyPattern("|".join(branches), flags)
        """The same test as one pattern."""

    @classmethod
    def of(cls, pattern: LazyPattern | regex.Pattern[str], blocks: bool = False) -> AnyOf:
        """The test of an existing pattern, cut into its branches when they can be searched apart."""
        gate = cls((), pattern.flags, blocks)
        gate.alternation = pattern
        return gate

    @cached_property
    def _gates(self) -> tuple[tuple[LazyPattern, frozenset[int] | None], ...]:
        """Each branch, compiled when first searched (a branch whose strings a text lacks is not), with its
        strings in the prefilter (None: always searched)."""
        branches = self._branches or top_level_branches(self.alternation.pattern, self._flags)
        patterns = [LazyPattern(branch, self._flags) for branch in branches]
        literals = [pattern_literals(pattern) for pattern in patterns]
        return tuple(
            (pattern, self._prefilter.ids(found) if found else None)
            for pattern, found in zip(patterns, literals, strict=True)
        )

    def search(self, text: str, timeout: float | None = None) -> bool:
        """True when some branch matches somewhere in ``text`` (the branches are tried in the order given,
        so the cheap ones that often match come first); ``timeout`` is each search's, as ``regex`` takes it."""
        present: frozenset[int] | None = None
        for pattern, ids in self._gates:
            if ids is not None:
                if present is None:
                    present = self._scan(text)
                if ids.isdisjoint(present):
                    continue
            if pattern.search(text, timeout=timeout) is not None:
                return True
        return False


_GLOBAL_FLAGS = LazyPattern(r"(?<!\\)\(\?([a-zA-Z]+)\)")
_LEADING_FLAGS = LazyPattern(r"\s*(?:\(\?[a-zA-Z]+\)\s*)*")


class BranchSwitch:
    """A pattern whose branches that cannot match a text are switched off for that text.

    A branch none of whose strings a text holds matches nowhere in it, so the pattern with that branch
    failing at once (``(?!)`` before it) finds exactly the same matches, in the same order and with the
    same groups (numbers, names and ``(?(DEFINE)...)`` groups stay where they were). A pack rule whose
    pattern is several shapes in one (the end-of-copy mark, the desk's sign-off) then runs its costly
    shapes only in the paragraphs that hold their words.
    """

    def __init__(self, pattern: regex.Pattern[str] | LazyPattern) -> None:
        self.pattern, self.source = pattern, pattern.pattern

    @cached_property
    def flags(self) -> int:
        return int(self.pattern.flags)  # a LazyPattern's are known without compiling it

    @cached_property
    def _branches(self) -> tuple[tuple[int, ...], tuple[frozenset[int] | None, ...]] | None:
        """Where each top-level branch starts, and its strings in the shared prefilter; None when the
        pattern is one branch, or cannot be cut."""
        global_flags = "".join(_GLOBAL_FLAGS.findall(self.source))
        starts = remembered("branch-starts", (self.source, self.flags), lambda: self._starts(global_flags))
        if starts is None:
            return None
        inline = global_flags + "".join(
            letter for flag, letter in ((regex.IGNORECASE, "i"), (regex.VERBOSE, "x")) if self.flags & flag
        )
        ends = [*(start - 1 for start in starts[1:]), len(self.source)]
        literals = [
            cached_required_literals(f"(?{inline}){self.source[start:end]}" if inline else self.source[start:end])
            for start, end in zip(starts, ends, strict=True)
        ]
        return tuple(starts), tuple(PACK_RULES.ids(found) if found else None for found in literals)

    def _starts(self, global_flags: str) -> tuple[int, ...] | None:
        """Where each top-level branch starts; None for one branch, or a pattern that cannot be cut (kept
        between runs: reading a long source character by character took milliseconds at every start)."""
        if self.flags & regex.VERSION1 and _has_nested_set(self.source):
            return None
        verbose = bool(self.flags & regex.VERBOSE) or "x" in global_flags
        starts, depth = [0], 0
        for at, nested in _classes(self.source, verbose):
            if nested:
                return None
            char = self.source[at]
            depth += (char == "(") - (char == ")")
            if char == "|" and depth == 0:
                starts.append(at + 1)
        return None if len(starts) == 1 or depth else tuple(starts)

    def for_text(self, text: str) -> regex.Pattern[str] | LazyPattern | None:
        """The pattern with the branches ``text`` cannot match switched off; None when no branch can match."""
        branches = self._branches
        if branches is None:
            return self.pattern
        starts, ids = branches
        present = PACK_RULES.present(text)
        off = tuple(start for start, needed in zip(starts, ids, strict=True) if needed and needed.isdisjoint(present))
        if not off:
            return self.pattern
        if len(off) == len(starts):
            return None
        return _variant(self.source, self.flags, off)


@lru_cache(maxsize=256)
def _variant(source: str, flags: int, off: tuple[int, ...]) -> regex.Pattern[str]:
    """``source`` compiled with the branches that start at the places ``off`` switched off (``(?!)`` first)."""
    for at in reversed(off):
        if at == 0:
            at = _LEADING_FLAGS.match(source).end()  # type: ignore[union-attr]  # inline flags stay first
        source = source[:at] + "(?!)" + source[at:]
    return compile_pattern(source, flags)
