"""Article-level results handed out again while their per-paragraph inputs stay the same, and
per-paragraph results that need the paragraph's block at hand, remembered by its text.

Used by article rules (WL601, WL301) whose inputs are per-paragraph values remembered by text
(:func:`wirelint.memo.per_paragraph`), and by the number rules' paragraph readings; it sits beside the
rules, not in the engine core.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from wirelint.memo import PARAGRAPHS_REMEMBERED

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


class PerText(Generic[Value]):
    """Values worked out from a paragraph's text by work that needs its block at hand (its figures placed in
    it), remembered by the text. A value must be a function of the text alone and hold no block, so that an
    unchanged paragraph of the next lint gets it back and no finished article is kept alive. The oldest text
    is forgotten first once ``size`` are remembered."""

    def __init__(self, size: int = PARAGRAPHS_REMEMBERED) -> None:
        self.size = size
        self._known: dict[str, Value] = {}

    def get(self, text: str, compute: Callable[[], Value]) -> Value:
        known = self._known
        value = known.get(text)
        if value is None:
            value = compute()
            if len(known) >= self.size:
                known.pop(next(iter(known), ""), None)
            known[text] = value
        return value

    def clear(self) -> None:
        self._known.clear()
