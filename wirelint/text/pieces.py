"""The pieces of a paragraph where a leftover may stand by itself: lines, sentences, bracketed asides, the parts
between a CMS's separators, and a run opened inside a sentence.

The finders that recognise a leftover by its make-up (``mtorigin``, ``imagelabels``, ``noticeruns``) test each
piece as a whole, so a leftover is one piece from its first word to its own end, never a window over a longer
sentence. A piece opened by a capitalised word after a word in small letters ("... and Note: software converted
this story. officials said") is marked ``inside``: where it starts is a guess, and its fix is unsafe.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from wirelint.lazy_pattern import LazyPattern
from wirelint.text.lexicon import alternation, table, words

SEPARATORS = r"(?:/{2,3}|¦|:{2,3}|\|{1,2}|⋅|•|\^\^|-/-|={2,}|~{2,}|(?<!\S)\+\+(?!\S))"
"""Marks a CMS or an agency puts between the fragments of a caption or a notice ("No apps /// No archives", "No
sales ++ no archives")."""
_OPENERS = "([{"
_CLOSERS = {"(": ")", "[": "]", "{": "}"}
_STARTS = LazyPattern(
    r"(?:^|(?<=\n))[ \t]*\K(?=\S)"
    r"|(?<=[.!?…][\"”’)\]»]{0,2}[ \t]+|[\x00-\x08][ \t]*)(?=\S)"
    r"|(?<=[(\[{])(?=\S)"
    rf"|(?<={SEPARATORS}[ \t]*)(?=[^\s|¦:/^=~])"
    r"|(?<=[\p{Ll},][ \t]+)(?=[\p{Lu}(\[{])",
    0,
)
_END = LazyPattern(r"[.!?…](?=[\"”’)\]»]{0,2}(?:\s|\Z))|\n|\Z")
_OBJECT_BEFORE = LazyPattern(r"\b(?i:from|in|into|by|of|to|with|via|for|at|on|the|a|an)[ \t]+\Z")
MAX_PIECE = 300
"""Characters a piece may have: a leftover is a short note, never a paragraph."""


def pieces(text: str) -> Iterator[tuple[int, int, bool]]:
    """``(start, end, inside)`` for every piece of ``text``: from each place a piece may start to the end of its
    sentence or line (its stop included), or to its closing bracket (the brackets included)."""
    for found in _STARTS.finditer(text):
        start = found.start()
        before = text[start - 1] if start else ""
        inside = bool(start) and before not in "\n" and _after_small_letter(text, start)
        if inside and _OBJECT_BEFORE.search(text, max(0, start - 8), start):
            continue  # "... from German by ...": the capitalised word is the object of the sentence's preposition
        if before and before in _OPENERS:
            close = text.find(_CLOSERS[before], start, start + MAX_PIECE)
            if close > start and "\n" not in text[start:close]:
                yield start - 1, close + 1, inside
                continue
        end = _END.search(text, start, min(len(text), start + MAX_PIECE))
        stop = end.end() if end is not None and end.group() not in ("\n", "") else (end.start() if end else start)
        if stop > start:
            yield start, stop, inside


Span = tuple[int, int, bool]
"""A leftover's start, end and whether its fix is sure."""


def leftovers_in(text: str, judge: Callable[[int, int, bool], Span | None]) -> tuple[Span, ...]:
    """The leftover each piece of ``text`` is, as ``judge(start, end, inside)`` reads it, in order; a piece that
    starts inside a leftover already found is not read again."""
    found: list[Span] = []
    for start, end, inside in pieces(text):
        if found and start < found[-1][1]:
            continue
        span = judge(start, end, inside)
        if span is not None:
            found.append(span)
    return tuple(found)


def _after_small_letter(text: str, at: int) -> bool:
    """Whether the word before ``at`` ends in a small letter or a comma: ``at`` is inside a sentence."""
    before = text[:at].rstrip(" \t([{")
    return bool(before) and (before[-1].islower() or before[-1] == ",")


_RUN_ON = LazyPattern(
    lambda: (
        r"(?<=[\p{Ll}\p{N}]|\p{Lu}{2})[ \t]+(?=[\"“‘]?"
        rf"(?:{alternation(words(table('pieces'), 'starters'))})[ ]+\p{{Ll}})"
    )
)


def run_on_ends(text: str, start: int, end: int) -> list[int]:
    """Where a piece run into the next sentence without a stop may end, longest first: before each word that
    starts a sentence after a word in small letters or in capitals ("Auto-generated English from Icelandic copy
    The river rose ...", "EMBARGOED UNTIL 0001 GMT The ministry handed out ...": a notice never takes the news
    sentence after it), ``[lexicon.pieces] starters``."""
    return sorted((found.start() for found in _RUN_ON.finditer(text, start, end)), reverse=True)
