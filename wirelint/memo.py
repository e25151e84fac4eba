"""Work remembered per paragraph text (an editor's re-lint redoes only the paragraph an edit changed), work shared
per article, and values kept per object. Results are tuples, which no caller can change."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import lru_cache, update_wrapper
from threading import local
from typing import Any, Generic, ParamSpec, TypeVar

PARAGRAPHS_REMEMBERED = 1024
"""Per function: a 5,000-word article has about 70 paragraphs; a few open documents fit."""

Result = TypeVar("Result")
Key = TypeVar("Key")
Value = TypeVar("Value")
Arguments = ParamSpec("Arguments")

_MISSING = object()
LONG_ARTICLE: list[dict[Hashable, Any] | int] = [0]
"""The paragraphs of the article being linted if more than a memo holds (else 0), then each memo's own table of
all its results: a pass in reading order would otherwise find the first ones forgotten (docs/performance.md)."""


def long_article(paragraphs: int) -> None:
    """An article of ``paragraphs`` paragraphs is being linted: a table holds at most twice a long one's."""
    LONG_ARTICLE[0] = paragraphs if paragraphs > PARAGRAPHS_REMEMBERED else 0
    for table in LONG_ARTICLE[1:]:
        if len(table) > 2 * LONG_ARTICLE[0]:  # type: ignore[arg-type, operator]
            table.clear()  # type: ignore[union-attr]


def per_paragraph(function: Callable[Arguments, Result]) -> Callable[Arguments, Result]:
    """``function`` (of a paragraph's text and options) with its last results kept by the C lru_cache."""
    LONG_ARTICLE.append(table := {})

    def remembered(*arguments: Arguments.args, **options: Arguments.kwargs) -> Result:
        if LONG_ARTICLE[0] and (found := table.get(key := (arguments, *options.items()), _MISSING)) is _MISSING:
            if len(table) >= 2 * LONG_ARTICLE[0]:  # type: ignore[operator]
                table.clear()  # bounded even when no PerArticle user comes to say the long article is done
            found = table[key] = function(*arguments, **options)
        return found if LONG_ARTICLE[0] else function(*arguments, **options)  # type: ignore[no-any-return]

    memo = lru_cache(maxsize=PARAGRAPHS_REMEMBERED)(update_wrapper(remembered, function))
    memo.__wrapped__ = function  # type: ignore[attr-defined]  # the function itself, as lru_cache's has it
    return memo


class PerArticle(Generic[Key, Value]):
    """Work several rules share on the article being linted, one article per thread: only the current one is held,
    so a run over a million files keeps no finished article alive (as a weak-keyed cache would)."""

    def __init__(self) -> None:
        self._state = local()

    def get(self, article: object | None, key: Key, compute: Callable[[], Value]) -> Value:
        """The value for ``key`` on ``article`` (any object: the document model uses this module), once per article."""
        if article is None:
            return compute()
        state = self._state
        if getattr(state, "article", None) is not article:
            state.article, state.values = article, {}
            long_article(len(getattr(article, "blocks", ())))
        values: dict[Key, Value] = state.values
        return values[key] if key in values else values.setdefault(key, compute())


class PerObject(Generic[Value]):
    """Values computed once per object and a detail (file stamps), for objects not hashed by value (a Settings'
    ``rule_options``). Each object is kept with its values, so its ``id`` cannot pass to another: meant for the
    few objects of a run (its settings, its registry), not for per-file data."""

    def __init__(self) -> None:
        self._known: dict[tuple[int, Hashable], tuple[object, Value]] = {}

    def get(self, owner: object, detail: Hashable, compute: Callable[[], Value]) -> Value:
        key = (id(owner), detail)
        if key not in self._known:
            self._known[key] = (owner, compute())
        return self._known[key][1]

    def clear(self) -> None:
        self._known.clear()
