"""Split a paragraph into sentences without being fooled by abbreviations.

News copy is full of full stops that end nothing: ``U.S.``, ``Mr.``, ``Jan.``,
``3.5``, ``e.g.``. A boundary is a ``.``, ``!`` or ``?`` (optionally followed by
closing quotes or brackets), then white space, then something that can start a
sentence. Known abbreviations and single initials are not boundaries.
"""

from __future__ import annotations

from wirelint.lazy_pattern import LazyPattern
from wirelint.memo import per_paragraph

ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev st mt ft jr sr
    co corp inc ltd bros no nos vs etc approx dept est fig univ
    jan feb mar apr jun jul aug sep sept oct nov dec
    e.g i.e u.s u.k u.n u.s.a a.m p.m
    """.split()
)

_BOUNDARY = LazyPattern(r"""[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])""")
_WORD_BEFORE = LazyPattern(r"(?r)([\p{L}.]+)$")
"""Searched backwards from the dot, so finding the word costs its length, not the paragraph's."""


def is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    match = _WORD_BEFORE.search(text, 0, dot)
    if not match:
        return False
    word = match.group(1).lower().strip(".")
    if len(word) == 1:  # an initial: "John F. Kennedy"
        return True
    return word in ABBREVIATIONS


@per_paragraph
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans ``(start, end)`` of the sentences in ``text``, white space trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if is_abbreviation(text, match.start()):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return tuple(trimmed)
