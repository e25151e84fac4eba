"""Article-level results handed out again while their per-paragraph inputs stay the same.

Used by article rules (WL601) whose inputs are per-paragraph values remembered by text
(:func:`wirelint.memo.per_paragraph`); it sits beside the rules, not in the engine core.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

Key = TypeVar("Key")
Value = TypeVar("Value")


class LastResults(Generic[Key, Value]):
    """Article-level results remembered for the last few keys, which are matched by equality.

    For work on a whole article whose inputs are per-paragraph values remembered by text
    (:func:`per_paragraph`): the key is the tuple of those values, so after an edit that leaves
    every one of them as it was (a weekday for a weekday, a comma), the key equals the last one
    and the result is handed out again. Comparing keys costs little: the values of unchanged
    paragraphs are the same objects, and tuples compare their items by identity first. Keys are
    compared, never hashed (hashing a nested tuple walks all of it every time).
    """

    def __init__(self, size: int = 4) -> None:
        self.size = size
        self._entries: list[tuple[Key, Value]] = []

    def get(self, key: Key, compute: Callable[[], Value]) -> Value:
        entries = self._entries
        for number, (known, value) in enumerate(entries):
            if known == key:
                if number:
                    self._entries = [(known, value), *entries[:number], *entries[number + 1 :]]
                return value
        value = compute()
        self._entries = [(key, value), *entries[: self.size - 1]]
        return value

    def clear(self) -> None:
        self._entries = []
