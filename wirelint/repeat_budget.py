"""How far a pattern's counted repeats expand when compiled.

``regex`` unrolls ``{m,n}`` repeats at compile time, so nested counts multiply:
``(?:(?:a{1000}){1000}){1000}`` would take minutes and gigabytes before any
match timeout applies. Packs are data from the workspace, so their patterns
are measured before they are compiled.
"""

from __future__ import annotations

import re

MAX_EXPANSION = 100_000
"""Largest product of nested repeat counts a pack pattern may have (``a{100000}`` compiles in ~50 ms)."""

_COUNT = re.compile(r"\{(\d*)(?:,(\d*))?\}")


def repeat_expansion(source: str) -> int:
    """The largest product of counted repeats along any nesting path in ``source``.

    A rough, conservative reading of the pattern: escapes and character classes
    are skipped, groups are tracked, and ``{m,n}`` multiplies the atom before it
    by the larger of its bounds. Unbounded ``{m,}`` counts as ``m``.
    """
    stack = [1]  # largest expansion seen so far inside each open group
    last_atom = 1  # expansion of the atom a quantifier would apply to
    index = 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            last_atom = 1
            continue
        if char == "[":
            index = _end_of_class(source, index)
            last_atom = 1
            continue
        if char == "(":
            stack.append(1)
            last_atom = 1
        elif char == ")" and len(stack) > 1:
            last_atom = stack.pop()
            stack[-1] = max(stack[-1], last_atom)
        elif char == "{" and (count := _COUNT.match(source, index)) and any(count.groups("")):
            low, high = (int(bound) if bound else 0 for bound in count.groups(""))
            last_atom *= max(low, high, 1)
            stack[-1] = max(stack[-1], last_atom)
            index = count.end()
            continue
        else:
            last_atom = 1
        index += 1
    return max(stack)


def _end_of_class(source: str, start: int) -> int:
    """Index just past the character class opening at ``start``."""
    index = start + 1
    if index < len(source) and source[index] == "^":
        index += 1
    if index < len(source) and source[index] == "]":
        index += 1
    while index < len(source) and source[index] != "]":
        index += 2 if source[index] == "\\" else 1
    return index + 1
