"""A leftover that is the whole of a bracket inside a running sentence: "... the (editorial use only) flood ...".

A bracket that holds only a notice, a credit or a machine-translation note is reported whole, brackets and
all. The bracket's inside must be read as a leftover on its own, whole. Inside a running sentence, a bracket in
small letters whose notice words end on a time or a place ("(no sales in January)", "(not for sale in the US)",
"(not for sale in France)") is the sentence's news and no leftover; a notice in capitals or with items of its own
("(NO SALES IN FRANCE)", "(no sales; no archives)") keeps a notice's complete shape and is found.

Its fix is sure only where the bracket stands between sentences: at a paragraph's or line's start, or after a
sentence's closing punctuation. Inside a running sentence (words of the sentence before it, and more words or
the sentence's stop after it) a credit-shaped bracket may be the sentence's news: "The two winners (Jane
Doe/Reuters) were named", "A poll (Ipsos/Reuters) showed", "The video (supplied by a third party) could not be
verified". There it is reported with an unsafe fix, the editor's call (issue 14: a safe fix never deletes news).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.text.sentencebounds import opens_sentence

Span = tuple[int, int, bool]
_CLOSERS = {"(": ")", "[": "]", "{": "}"}
_INSIDE = LazyPattern(r"[^()\[\]{}\n]+")
_BRACKET = LazyPattern(r"[(\[{][^()\[\]{}\n]{3,200}[)\]}]")
_MARKS = " \t.,;:-–—+"
_CIRCUMSTANCE = LazyPattern(
    r"(?<![\p{L}])(?i:in|on|at|until|since|during|before|after|across|throughout)[ ](?:the[ ])?"
    r"(?:\p{Lu}[\p{L}.’'-]*|\p{N}+)(?:[ ](?:\p{Lu}[\p{L}.’'-]*|\p{N}+))*\Z"
)
"""A time or a place a clause ends on: "in January", "in the US", "until 2027"."""
_NEGATION = LazyPattern(r"(?i:no|not)[ ]")
"""A negated clause ("no sales ...", "not for sale ..."), as a sentence says it; a restriction's own term
("editorial use only in the UK") stays a notice."""
_NOTICE_PARTS = LazyPattern(r"[.;:/|]|\b(?i:by|via)\b")
"""Items of a notice ("NO SALES. NO ARCHIVES") or a credit's maker ("by John Smith"): a notice's complete shape."""


def news_circumstance(inside: str) -> bool:
    """Whether a bracket's inside is a negated clause in small letters that ends on a time or a place ("no sales in
    January", "not for sale in the US"): inside a running sentence it tells the sentence's news, where a notice in
    capitals or with items of its own ("NO SALES IN FRANCE", "no sales; no archives") is a notice whole."""
    inside = inside.strip(_MARKS)
    return (
        _NEGATION.match(inside) is not None
        and any(char.islower() for char in inside)
        and _CIRCUMSTANCE.search(inside) is not None
        and _NOTICE_PARTS.search(inside) is None
    )


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
        if whole_bracket(text, bracket.start(), bracket.end(), finder) and not _news_bracket(text, bracket)
    ]


def _news_bracket(text: str, bracket: regex.Match[str]) -> bool:
    """A bracket inside a running sentence whose inside is the sentence's circumstance (:func:`news_circumstance`)."""
    return not opens_sentence(text, bracket.start()) and news_circumstance(bracket.group()[1:-1])


def without_news_brackets(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` less those inside a bracket that is a running sentence's news ("The paper (no sales in January)
    was closed"): a notice's words there are the sentence's own."""
    if not any(mark in text for mark in _CLOSERS):
        return spans
    news = [bracket.span() for bracket in _BRACKET.finditer(text) if _news_bracket(text, bracket)]
    return [span for span in spans if not any(s <= span[0] and span[1] <= e for s, e in news)]
