"""Work remembered per paragraph text, work shared per article, and values kept per object.

An editor re-lints the whole article on every keystroke, but an edit changes
one paragraph. Pure functions of a paragraph's text (figures, sentences,
quotes, sources) remember their last results, so a re-lint redoes only the
paragraph that changed. Results are tuples, so no caller can change what the
next caller gets.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import lru_cache
from threading import local
from typing import Generic, TypeVar

PARAGRAPHS_REMEMBERED = 1024
"""Per function: a 5,000-word article has about 70 paragraphs; a few open documents fit."""

Result = TypeVar("Result")
Key = TypeVar("Key")
Value = TypeVar("Value")


def per_paragraph(function: Callable[[str], Result]) -> Callable[[str], Result]:
    """``function`` with its results for the last texts it saw remembered."""
    return lru_cache(maxsize=PARAGRAPHS_REMEMBERED)(function)


class PerArticle(Generic[Key, Value]):
    """Work several rules share on the article being linted, one article per thread.

    Only the current article is held: a run over a million files keeps no
    finished article alive (a weak-keyed cache would, as soon as a value points
    back at its article).
    """

    def __init__(self) -> None:
        self._state = local()

    def get(self, article: object | None, key: Key, compute: Callable[[], Value]) -> Value:
        """The value for ``key`` on ``article`` (any object: this module sits below the document
        model, which uses it), computed once per article."""
        if article is None:
            return compute()
        state = self._state
        if getattr(state, "article", None) is not article:
            state.article, state.values = article, {}
        values: dict[Key, Value] = state.values
        if key not in values:
            values[key] = compute()
        return values[key]


class PerObject(Generic[Value]):
    """Values computed once per object (and a detail such as file stamps), for objects that
    cannot be hashed by value: a Settings object's ``rule_options`` take no part in its hash.

    Each object is kept with its values, so its ``id`` cannot pass to another object. Meant
    for the few objects of a run (its settings, its registry), not for per-file data.
    """

    def __init__(self) -> None:
        self._known: dict[tuple[int, Hashable], tuple[object, Value]] = {}

    def get(self, owner: object, detail: Hashable, compute: Callable[[], Value]) -> Value:
        key = (id(owner), detail)
        if key not in self._known:
            self._known[key] = (owner, compute())
        return self._known[key][1]

    def clear(self) -> None:
        self._known.clear()
