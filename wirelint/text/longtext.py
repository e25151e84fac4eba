"""A paragraph far longer than any story's, read in pieces cut between sentences.

The leftover finders put a cheap literal gate in front of each grammar: most paragraphs hold no label word,
slash or restriction term, and are never searched. A paragraph of a megabyte (a file that lost its line
breaks, a hostile input) holds every such literal somewhere, so every grammar would scan all of it, several
seconds on one line. Cut into pieces between sentences, each piece is gated on its own: only the few that hold
a leftover's literals are searched, and the time grows with the text, at a story's rate.

A cut falls only where a sentence in ordinary case ends and the next starts with a capitalised word in ordinary
case ("... killed. Fighting ..."), so it never splits a credit, a notice in capitals or a name with initials.
Paragraphs of a story are far shorter than :data:`LONG` and are read whole, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from wirelint.lazy_pattern import LazyPattern

LONG = 20_000
"""Characters from which a paragraph is read in pieces: ten times the longest a story's paragraphs have."""
PIECE = 400
"""Characters a piece has at least (then it ends at the next cut)."""
_CUT = LazyPattern(r"(?<=\p{Ll}\p{Ll}[.!?])[ ]+(?=\p{Lu}\p{Ll}+[ ]\p{Ll})|\n")
"""A cut: between a sentence that ends on a word in small letters and one that opens on a capitalised word and
goes on in small letters, or at a line break."""

Span = TypeVar("Span")


def pieces(text: str, size: int = PIECE) -> Iterator[tuple[int, int]]:
    """``text`` as spans of at least ``size`` characters (the last may be shorter), cut between sentences."""
    start = 0
    for cut in _CUT.finditer(text, size):
        if cut.start() - start >= size:
            yield start, cut.start()
            start = cut.end()
    yield start, len(text)


def piecewise(find: Callable[[str], Iterable[Span]], text: str, shift: Callable[[Span, int], Span]) -> list[Span]:
    """``find(text)``; for a text of :data:`LONG` characters or more, ``find`` of each piece, each result moved
    by ``shift`` to where its piece starts."""
    if len(text) < LONG:
        return list(find(text))
    return [shift(found, start) for start, end in pieces(text) for found in find(text[start:end])]
