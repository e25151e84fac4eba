"""A leftover that is the whole of a bracket inside a running sentence: "... the (editorial use only) flood ...".

A bracket that holds only a notice, a credit or a machine-translation note is reported whole, brackets and
all. The bracket's inside must be read as a leftover on its own, whole: "(no sales in January)" holds a
notice's words and a month, and stays the editor's call.

Its fix is sure only where the bracket stands between sentences: at a paragraph's or line's start, or after a
sentence's closing punctuation. Inside a running sentence (words of the sentence before it, and more words or
the sentence's stop after it) a credit-shaped bracket may be the sentence's news: "The two winners (Jane
Doe/Reuters) were named", "A poll (Ipsos/Reuters) showed", "The video (supplied by a third party) could not be
verified". There it is reported with an unsafe fix, the editor's call (issue 14: a safe fix never deletes news).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from wirelint.lazy_pattern import LazyPattern
from wirelint.text.sentencebounds import opens_sentence

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


def sure_bracket(text: str, start: int, end: int, finder: Callable[[str], Iterable[Span]]) -> bool:
    """Whether ``text[start:end]`` is a whole bracketed leftover (:func:`whole_bracket`) that stands between
    sentences, so deleting it cannot take a word a sentence needs."""
    return opens_sentence(text, start) and whole_bracket(text, start, end, finder)


def bracketed_leftovers(text: str, finder: Callable[[str], Iterable[Span]]) -> list[Span]:
    """Every bracket of ``text`` that holds only a leftover ``finder`` reads whole (see :func:`whole_bracket`): sure
    of its ends; whether its fix is safe where it stands is :func:`sure_bracket`'s call."""
    if not any(mark in text for mark in _CLOSERS):
        return []
    return [
        (bracket.start(), bracket.end(), True)
        for bracket in _BRACKET.finditer(text)
        if whole_bracket(text, bracket.start(), bracket.end(), finder)
    ]
