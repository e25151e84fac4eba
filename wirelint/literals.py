"""The literal strings a pattern cannot match without: the key of the pack-rule prefilter.

:func:`required_literals` reads a ``regex`` pattern (version 0 syntax, as rule
packs use) and returns a set of strings such that every text that holds a match
of the pattern contains at least one of them, or None when it cannot tell. ``(?i)`` parts give
case-folded strings, to be looked for in the case-folded text.

The analysis is conservative: whatever it does not understand (a conditional,
a large class, a backreference) counts as "could be anything", which only
makes the set weaker, never wrong. Anchors and negative lookarounds match the
empty string here. What a positive lookaround demands is in the text searched,
if not always inside the match, and counts as one more requirement (never
joined to the strings beside it): every use of these sets asks whether a text
could hold a match, not what the match holds.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from wirelint.startcache import STARTUP
from wirelint.version import RUNNING_CODE

Literal = tuple[str, bool]
"""A string and whether it is case-folded (to be found in ``text.casefold()``)."""

EXACT_LIMIT = 64
"""At most this many strings are kept as the exact set of what a part matches."""
CLASS_LIMIT = 12
"""A character class of at most this many characters is a set of one-character strings."""
READINGS = 5
"""Readings of a pattern with calls of named groups at most (one more for each level of groups calling groups)."""
UNFOLDABLE = frozenset("Iİıßẞ")
"""Characters that ``(?i)`` matches with one whose ``casefold()`` differs (dotless i, sharp s): a folded
literal cannot hold them, so a case-insensitive part stops there."""
_ESCAPED_CLASSES = set("dDwWsSbBAZGpPXRNLhHvVKmM")
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "e": "\x1b"}


class Unsupported(Exception):
    """A construct the analysis does not model; the whole pattern counts as unknown."""


@dataclass(frozen=True)
class Need:
    """What one part of a pattern matches: its exact strings when there are few, and what it requires."""

    exact: frozenset[Literal] | None
    required: frozenset[Literal] | None


EMPTY = Need(frozenset({("", False)}), None)
ANYTHING = Need(None, None)


def required_literals(pattern: str) -> frozenset[Literal] | None:
    """Strings one of which every text holding a match of ``pattern`` contains (the match itself, unless the
    strings come from a lookaround); None when no such set is known.

    A call of a named group (``(?&name)``, ``(?P>name)``) matches what the group matches. A group is
    often defined after its calls (in a ``(?(DEFINE)...)`` at the end), so a pattern with calls is read
    again: the first reading takes a call of a group not yet read as anything, and records each group;
    each later one takes each call as the group the reading before recorded (itself sound, calls and
    all), up to :data:`READINGS` times, so that groups that call groups (a sign-off's ``desk`` calls
    ``credit``, which calls ``role``) give the strings of the innermost ones.
    """
    named: dict[str, Need] = {}
    try:
        for _ in range(READINGS):
            parser = _Parser(pattern, named)
            need = parser.alternation()
            if parser.at < len(parser.source):
                raise Unsupported(f"unexpected {parser.source[parser.at]!r}")
            if not parser.calls or parser.named == named:
                break
            named = parser.named
    except (Unsupported, IndexError, ValueError):
        return None
    return _required(need)


def cached_required_literals(pattern: str) -> frozenset[Literal] | None:
    """:func:`required_literals`, kept in the start-up cache: it takes milliseconds, and the pack rules and
    the code rules' gates ask for it at every start."""
    key = (RUNNING_CODE, pattern)  # what the literals are depends on the code that finds them
    found = STARTUP.get("literals", key)
    if found is None:
        found = required_literals(pattern)
        STARTUP.put("literals", key, False if found is None else found)
    return found or None


def remembered(section: str, key: Hashable, work: Callable[[], Any]) -> Any:
    """``work()``, a pattern's analysis, kept in the start-up cache under ``key`` and the running code (what
    it finds depends on the code that finds it); its value must be one ``marshal`` can write."""
    full = (RUNNING_CODE, key)
    found = STARTUP.get(section, full)
    if not isinstance(found, tuple):
        found = (work(),)
        STARTUP.put(section, full, found)
    return found[0]


def score(literals: frozenset[Literal] | None) -> tuple[int, int]:
    """How selective a set is: longer shortest string first, then fewer strings (None scores lowest)."""
    if not literals:
        return (0, 0)
    return (min(len(text) for text, _ in literals), -len(literals))


def _required(need: Need) -> frozenset[Literal] | None:
    if need.exact is not None and all(text for text, _ in need.exact):
        return need.exact if score(need.exact) >= score(need.required) else need.required
    return need.required


def _join(left: Literal, right: Literal) -> Literal:
    folded = left[1] or right[1]
    if not folded:
        return (left[0] + right[0], False)
    return (left[0].casefold() + right[0].casefold(), True)


def _product(left: frozenset[Literal], right: frozenset[Literal]) -> frozenset[Literal] | None:
    if len(left) * len(right) > EXACT_LIMIT:
        return None
    return frozenset(_join(a, b) for a in left for b in right)


def sequence(parts: list[Need]) -> Need:
    """Parts matched one after another: exact strings multiply out while they stay few."""
    candidates: list[frozenset[Literal]] = []
    run: frozenset[Literal] | None = frozenset({("", False)})
    whole: frozenset[Literal] | None = run
    for part in parts:
        if part.required is not None:
            candidates.append(part.required)
        if part.exact is not None and run is not None:
            product = _product(run, part.exact)
            if product is not None:
                run = product
                whole = product if whole is not None else None
                continue
        if run is not None and all(text for text, _ in run):
            candidates.append(run)
        whole = None
        run = part.exact
    if run is not None and all(text for text, _ in run):
        candidates.append(run)
    best = max(candidates, key=score, default=None)
    return Need(whole, best)


def alternatives(branches: list[Need]) -> Need:
    """Any one of the branches: a match contains one branch's required string."""
    exact: frozenset[Literal] | None = frozenset()
    required: frozenset[Literal] | None = frozenset()
    for branch in branches:
        exact = exact | branch.exact if exact is not None and branch.exact is not None else None
        branch_required = _required(branch)
        required = required | branch_required if required is not None and branch_required is not None else None
    if exact is not None and len(exact) > EXACT_LIMIT:
        exact = None
    return Need(exact, minimal(required) if required is not None else None)


def minimal(literals: frozenset[Literal]) -> frozenset[Literal]:
    """Drop each string that holds another of the set: a text with it has the shorter one too."""
    ordered = sorted(literals, key=lambda literal: len(literal[0]))
    kept: list[Literal] = []
    for text, folded in ordered:
        if not any(_implies(text, folded, short, short_folded) for short, short_folded in kept):
            kept.append((text, folded))
    return frozenset(kept)


def _implies(text: str, folded: bool, short: str, short_folded: bool) -> bool:
    """True when every text holding ``text`` also holds ``short``."""
    if folded == short_folded:
        return short in text
    return short_folded and short in text.casefold()


def repeat(part: Need, low: int, high: int | None) -> Need:
    """``part{low,high}``: required only when it must occur; exact only for small counts."""
    required = _required(part) if low >= 1 else None
    if part.exact is None or high is None or high > 3:
        if low >= 1 and part.exact is not None and low <= 3:  # the first ``low`` copies are a required run
            prefix = repeat(part, low, low).exact
            return Need(None, prefix if score(prefix) > score(required) else required)
        return Need(None, required)
    exact: frozenset[Literal] = frozenset()
    copies: frozenset[Literal] | None = frozenset({("", False)})
    for count in range(high + 1):
        if copies is None:
            return Need(None, required)
        if count >= low:
            exact |= copies
        copies = _product(copies, part.exact) if count < high else copies
    if len(exact) > EXACT_LIMIT:
        return Need(None, required)
    return Need(exact, _required(Need(exact, required)))


class _Parser:
    """A recursive-descent reader of the pattern syntax rule packs use."""

    def __init__(self, source: str, known: dict[str, Need] | None = None) -> None:
        self.source = source
        self.at = 0
        self.known = known or {}
        """What each named group matches, from an earlier reading: what a call of it matches."""
        self.named: dict[str, Need] = {}
        self.calls = False
        flags = _global_flags(source)
        self.verbose = "x" in flags
        self.folded = "i" in flags

    def peek(self) -> str:
        return self.source[self.at] if self.at < len(self.source) else ""

    def skip_layout(self) -> None:
        """Whitespace and comments in verbose mode."""
        while self.verbose and self.at < len(self.source):
            char = self.source[self.at]
            if char in " \t\n\r\f\v":
                self.at += 1
            elif char == "#":
                end = self.source.find("\n", self.at)
                self.at = len(self.source) if end < 0 else end + 1
            else:
                return

    def alternation(self) -> Need:
        branches = [self.concatenation()]
        while self.peek() == "|":
            self.at += 1
            branches.append(self.concatenation())
        return branches[0] if len(branches) == 1 else alternatives(branches)

    def concatenation(self) -> Need:
        parts: list[Need] = []
        while True:
            self.skip_layout()
            if self.peek() in ("", "|", ")"):
                break
            atom = self.atom()
            parts.append(self.quantified(atom))
        return sequence(parts) if parts else EMPTY

    def quantified(self, atom: Need) -> Need:
        self.skip_layout()
        char = self.peek()
        bounds: tuple[int, int | None] | None = None
        if char and char in "*+?":
            self.at += 1
            bounds = {"*": (0, None), "+": (1, None), "?": (0, 1)}[char]
        elif char == "{":
            bounds = self.counted()
        if bounds is None:
            return atom
        if self.peek() in ("?", "+"):  # lazy or possessive: the same strings
            self.at += 1
        return self.quantified(repeat(atom, *bounds))

    def counted(self) -> tuple[int, int | None] | None:
        end = self.source.find("}", self.at)
        body = self.source[self.at + 1 : end] if end > 0 else ""
        low_text, comma, high_text = body.partition(",")
        if end < 0 or not (low_text.strip().isdigit() or (comma and not low_text.strip())):
            return None  # a literal brace
        if high_text.strip() and not high_text.strip().isdigit():
            return None
        self.at = end + 1
        low = int(low_text) if low_text.strip() else 0
        if not comma:
            return low, low
        return low, int(high_text) if high_text.strip() else None

    def atom(self) -> Need:
        char = self.source[self.at]
        self.at += 1
        if char == "(":
            return self.group()
        if char == "[":
            return self.char_class()
        if char == "\\":
            return self.escape()
        if char in "^$":
            return EMPTY
        if char == ".":
            return ANYTHING
        if char in "*+?":
            raise Unsupported("nothing to repeat")
        return self.char(char)

    def char(self, char: str) -> Need:
        if self.folded and char in UNFOLDABLE:
            return ANYTHING
        literal = (char.casefold(), True) if self.folded else (char, False)
        return Need(frozenset({literal}), frozenset({literal}))

    def group(self) -> Need:
        folded = self.folded
        if self.peek() != "?":
            need = self.group_body()
        elif self.source.startswith("?#", self.at):
            self.at = self.source.index(")", self.at) + 1
            return EMPTY
        elif self.source[self.at : self.at + 2] in ("?=", "?!") or self.source[self.at : self.at + 3] in ("?<=", "?<!"):
            positive = self.source[self.at + 1] == "=" or self.source[self.at + 2 : self.at + 3] == "="
            self.at += 2 if self.source[self.at + 1] in "=!" else 3
            demanded = self.group_body()
            self.folded = folded
            return Need(None, _required(demanded)) if positive else EMPTY
        elif self.source[self.at : self.at + 2] in ("?:", "?>", "?|"):
            self.at += 2
            need = self.group_body()
        elif self.source.startswith(("?P<", "?<"), self.at):
            name_at = self.source.index("<", self.at) + 1
            self.at = self.source.index(">", self.at) + 1
            name = self.source[name_at : self.at - 1]
            need = self.named[name] = self.group_body()
        elif self.source.startswith(("?&", "?P>"), self.at):  # a call of a named group
            name_at = self.at + (2 if self.source[self.at + 1] == "&" else 3)
            self.at = self.source.index(")", self.at) + 1
            self.calls = True
            return self.known.get(self.source[name_at : self.at - 1], ANYTHING)
        elif self.source.startswith("?(DEFINE)", self.at):  # groups to call: matches nothing itself
            self.at += len("?(DEFINE)")
            self.group_body()
            return EMPTY
        elif self.peek_call():  # (?R), (?1), (?-1): a call of a numbered group or the whole pattern
            self.at = self.source.index(")", self.at) + 1
            return ANYTHING
        else:
            need = self.flag_group()
        self.folded = folded
        return need

    def peek_call(self) -> bool:
        """``(?R)``, ``(?0)``, ``(?1)``, ``(?+1)``, ``(?-1)`` ahead (after the ``(``)."""
        end = self.source.find(")", self.at)
        body = self.source[self.at + 1 : end] if end > 0 else ""
        return body == "R" or body.lstrip("+-").isdigit()

    def group_body(self) -> Need:
        need = self.alternation()
        if self.peek() != ")":
            raise Unsupported("unclosed group")
        self.at += 1
        return need

    def flag_group(self) -> Need:
        """``(?flags)`` (already applied to the whole pattern) or ``(?flags-flags:...)``."""
        start = self.at + 1
        end = start
        while end < len(self.source) and (self.source[end].isalpha() or self.source[end] == "-"):
            end += 1
        flags = self.source[start:end]
        on, _, off = flags.partition("-")
        self.at = end + 1
        if self.source[end : end + 1] == ")":
            return EMPTY
        if self.source[end : end + 1] != ":":
            raise Unsupported(f"group (?{flags}")
        if "i" in on:
            self.folded = True
        if "i" in off:
            self.folded = False
        return self.group_body()

    def escape(self) -> Need:
        char = self.source[self.at]
        self.at += 1
        if char.isdigit() or char in "gk":
            raise Unsupported("backreference")
        if char in _ESCAPED_CLASSES:
            if char in "pPNL" and self.peek() in ("{", "<"):
                self.at = self.source.index("}" if self.peek() == "{" else ">", self.at) + 1
            return EMPTY if char in "bBAZGmMK" else ANYTHING
        if char in "xuU":
            width = {"x": 2, "u": 4, "U": 8}[char]
            return self.char(chr(int(self.source[self.at : self.at + width], 16))) if self._hex(width) else ANYTHING
        if char in _SIMPLE_ESCAPES:
            return self.char(_SIMPLE_ESCAPES[char])
        if char.isalnum():
            raise Unsupported(f"escape \\{char}")
        return self.char(char)

    def _hex(self, width: int) -> bool:
        digits = self.source[self.at : self.at + width]
        if len(digits) == width and all(d in "0123456789abcdefABCDEF" for d in digits):
            self.at += width
            return True
        return False

    def char_class(self) -> Need:
        """A short class of plain characters is a set of one-character strings; anything else is unknown."""
        negated = self.peek() == "^"
        if negated:
            self.at += 1
        members: set[str] = set()
        known = not negated
        first = True
        while True:
            char = self.source[self.at]
            self.at += 1
            if char == "]" and not first:
                break
            first = False
            if char == "[":
                raise Unsupported("nested set")
            if char == "\\":
                escaped = self.source[self.at]
                self.at += 1
                if escaped in "pPN" and self.peek() == "{":
                    self.at = self.source.index("}", self.at) + 1
                if escaped.isalnum() and escaped not in _SIMPLE_ESCAPES:
                    known = False
                    continue
                char = _SIMPLE_ESCAPES.get(escaped, escaped)
            if self.peek() == "-" and self.source[self.at + 1] != "]":
                self.at += 1
                last = self.source[self.at]
                self.at += 1
                if last == "\\":
                    last = self.source[self.at]
                    self.at += 1
                    known = known and not last.isalnum()
                if ord(last) - ord(char) >= CLASS_LIMIT:
                    known = False
                else:
                    members.update(chr(code) for code in range(ord(char), ord(last) + 1))
                continue
            members.add(char)
        if not known or not members or len(members) > CLASS_LIMIT or (self.folded and members & UNFOLDABLE):
            return ANYTHING
        literals = frozenset((m.casefold(), True) if self.folded else (m, False) for m in members)
        return Need(literals, literals)


def _global_flags(source: str) -> str:
    """Flags set by ``(?flags)`` anywhere: in version 0 they apply to the whole pattern."""
    flags = ""
    at = source.find("(?")
    while at >= 0:
        end = at + 2
        while end < len(source) and source[end].isalpha():
            end += 1
        if source[end : end + 1] == ")" and (at == 0 or source[at - 1] != "\\"):
            flags += source[at + 2 : end]
        at = source.find("(?", at + 1)
    return flags
