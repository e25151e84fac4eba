"""Where a sentence may open and end, for the rules that find and delete leftovers between sentences.

One place decides it for them all: where a credit may start (``creditparts.LEFT``), whether a safe fix deletes
a leftover only between sentences (``checks/leftovers.sentence_bounded``), whether a country restriction stands
as a sentence of its own (``notices``), whether a machine-translation note's line carries on the line before
(``translation``). It sits beside ``sentences`` rather than in it: the document model imports ``sentences``,
which makes it part of the engine's core, and these questions are the rules'.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from wirelint.lazy_pattern import LazyPattern
from wirelint.text.sentences import is_abbreviation, sentence_spans

SENTENCE_END = frozenset('.!?)]"”’»…。！？）」')
"""What a sentence (or a bracketed aside between sentences) may end with, in Latin and CJK punctuation."""
AFTER_SENTENCE_END = r"""(?<=[.!?…]["'”’)\]»]{0,2}[ \t]{1,3})"""
"""The same end as a lookbehind, for the grammars that find leftovers: a stop, its closing marks, a space."""
_UNIT_STOP = r"(?<=\p{N}\p{L}{1,3})\."
"""A stop right after a figure and its unit's letters ("$94m.", "£3bn.", "1980s."): an amount ends a sentence
there, where the sentence splitter reads the lone letter before the stop as an initial ("John F. Kennedy")."""
_AMOUNT_END = LazyPattern(_UNIT_STOP + r"\Z")
_ONE_WORD = LazyPattern(r"[ \t]*\p{Lu}\p{L}{2,}")
_AMOUNT_STOPS = LazyPattern(_UNIT_STOP + r"[\"”’)]*(?=[ \t]+[\"“‘(]?\p{Lu})")


def amount_stops(text: str, start: int, end: int) -> list[int]:
    """Where sentences end after an amount between ``start`` and ``end`` ("The deal was worth $94m. Editorial use
    only"), which :func:`~wirelint.text.sentences.sentence_spans` runs together: just after each stop."""
    return [match.end() for match in _AMOUNT_STOPS.finditer(text, start, end)]


def ends_sentence(before: str, first: str) -> bool:
    """Whether ``before`` (white space trimmed) ends a sentence, or a table's figure before a capital ("Riverside
    7.25 For ..."), so that what starts with ``first`` after it starts afresh."""
    last = before[-1]
    if last.isdigit():
        return first.isupper()
    if last not in SENTENCE_END:
        return False
    if last in "\"'" and (len(before) < 2 or before[-2].isspace()):
        return False  # an opening quote: 'stamped "EDITORIAL USE ONLY." The court ...'
    if last == "." and _AMOUNT_END.search(before):
        return True  # "The deal was worth $94m. Mandatory credit": an amount's unit, not an initial
    return not (last == "." and is_abbreviation(before, len(before) - 1))  # "went to U.S. Getty Images ..."


def opens_sentence(text: str, at: int, finding: bool = False) -> bool:
    """Whether a sentence may open at ``at``: the text's start, after a sentence's end (not an abbreviation's
    stop, an opening quote, a comma, a dash or a word) or a table's figure before a capital, or at the start of
    a line whose line before ended one (a hard-wrapped sentence goes on across lines).

    Where a leftover is *found* (``finding``), any stop ends what comes before ("... Corp. No use in Spain."),
    and so do a colon, a semicolon and the wire's control characters; where one is *deleted* by a safe fix,
    only a sentence's sure end will do ("the victim: AFP photographer NAME." names someone)."""
    before = trimmed_before(text, at, " \t")
    if before and before[-1] in "\r\n":
        before = trimmed_before(text, at, "\r\n \t")
        if _ONE_WORD.fullmatch(before, before.rfind("\n") + 1):
            return True  # a line of one word before, as the wire's sign-off ("Reuter"): no sentence goes on
    if not before or (finding and (before[-1] in ".:;\x7f" or before[-1] < "\x09")):
        return True
    return ends_sentence(before, text[at : at + 1] or " ")


_NEAR = 256
"""Characters around a place that the tests of a sentence's end or start look at: a word, its stop and marks."""


def trimmed_before(text: str, at: int, blank: str = " \t") -> str:
    """``text[:at]`` with the ``blank`` characters at its end trimmed; only its last few hundred characters when
    they hold more than blanks, so a test at every place of a megabyte line does not copy the line each time."""
    start = max(at - _NEAR, 0)
    near = text[start:at].rstrip(blank)
    return near if near or not start else text[:at].rstrip(blank)


def trimmed_after(text: str, at: int, blank: str = " \t") -> str:
    """``text[at:]`` with the ``blank`` characters at its start trimmed; only its next few hundred characters when
    they hold more than blanks (see :func:`trimmed_before`)."""
    end = at + _NEAR
    near = text[at:end].lstrip(blank)
    return near if near or end >= len(text) else text[at:].lstrip(blank)


def sentences_after_amounts(text: str) -> list[tuple[int, int]]:
    """:func:`~wirelint.text.sentences.sentence_spans`, also cut after an amount's unit ("... $94m. Mandatory
    credit ..."), white space trimmed."""
    spans = []
    for start, end in sentence_spans(text):
        for stop in amount_stops(text, start, end):
            spans.append((start, stop))
            start = stop
            while start < end and text[start].isspace():
                start += 1
        spans.append((start, end))
    return spans


def split_at(text: str, start: int, end: int, cuts: list[int]) -> list[tuple[int, int]]:
    """``text[start:end]`` cut at the ``cuts`` inside it (sorted), white space before each cut trimmed: a clause
    cut where a new line or a capitalised term opens a notice inside it."""
    pieces, piece_start = [], start
    for cut in cuts[bisect_right(cuts, start) : bisect_left(cuts, end)]:
        piece_end = cut
        while piece_end > piece_start and text[piece_end - 1].isspace():
            piece_end -= 1
        pieces.append((piece_start, piece_end))
        piece_start = cut
    pieces.append((piece_start, end))
    return pieces
