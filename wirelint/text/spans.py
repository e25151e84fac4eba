"""Ask many times whether a range lies in, or overlaps, one of a fixed set of spans.

A rule asks this once per word or match, and a one-line archive can hold
thousands of spans (quotes, claimed names): scanning them all per question made
a 1 MB paragraph take minutes. Spans sorted by start, with the furthest end
reached so far, answer each question by one bisection.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate


class SpanIndex:
    """Spans ``(start, end)`` (any order, overlapping or not) ready for :meth:`covers` and :meth:`overlaps`."""

    __slots__ = ("_reach", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))
        """Furthest end among the spans up to each position."""

    def __bool__(self) -> bool:
        return bool(self._starts)

    def covers(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies within one span (``s <= start`` and ``end <= e``)."""
        count = bisect_right(self._starts, start)
        return count > 0 and self._reach[count - 1] >= end

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps a span (``s < end`` and ``start < e``)."""
        count = bisect_left(self._starts, end)
        return count > 0 and self._reach[count - 1] > start
