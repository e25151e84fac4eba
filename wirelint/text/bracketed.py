"""A leftover that is the whole of a bracket inside a running sentence: "... the (editorial use only) flood ...".

A bracket that holds only a notice, a credit or a machine-translation note is the leftover's, brackets and all:
its fix deletes the bracket and one space beside it, and every word of the sentence around it stays. So its
fix is sure even where the sentence goes on around it, which a leftover without brackets never is (where it
ends is then a guess). The bracket's inside must be read as a leftover on its own, whole: "(no sales in
January)" holds a notice's words and a month, and stays the editor's call.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from wirelint.lazy_pattern import LazyPattern

Span = tuple[int, int, bool]
_CLOSERS = {"(": ")", "[": "]", "{": "}"}
_INSIDE = LazyPattern(r"[^()\[\]{}\n]+")
_BRACKET = LazyPattern(r"[(\[{][^()\[\]{}\n]{3,200}[)\]}]")
_MARKS = " \t.,;:-–—+"


def whole_bracket(text: str, start: int, end: int, finder: Callable[[str], Iterable[Span]]) -> bool:
    """Whether ``text[start:end]`` is one bracket with spaces or punctuation outside it, whose inside ``finder``
    reads as one sure leftover from its first word to its last."""
    if end - start < 3 or _CLOSERS.get(text[start]) != text[end - 1]:
        return False
    if _INSIDE.fullmatch(text, start + 1, end - 1) is None:
        return False
    if (start and not text[start - 1].isspace()) or (end < len(text) and text[end].isalnum()):
        return False  # glued to a word: the bracket is the word's ("Reuters(R)")
    inside = text[start + 1 : end - 1]
    spans = list(finder(inside))
    first = len(inside) - len(inside.lstrip(_MARKS))
    last = len(inside.rstrip(_MARKS))
    return any(sure and s <= first and e >= last for s, e, sure in spans)


def bracketed_leftovers(text: str, finder: Callable[[str], Iterable[Span]]) -> list[Span]:
    """Every bracket of ``text`` that holds only a leftover ``finder`` reads whole (see :func:`whole_bracket`)."""
    if not any(mark in text for mark in _CLOSERS):
        return []
    return [
        (bracket.start(), bracket.end(), True)
        for bracket in _BRACKET.finditer(text)
        if whole_bracket(text, bracket.start(), bracket.end(), finder)
    ]
