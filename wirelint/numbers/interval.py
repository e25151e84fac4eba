"""Intervals: what a written figure can mean.

"more than 50" is not the number 50 but every value above it; "dozens" is
24 and up; "about 40" is a band around 40. Comparing figures as intervals
lets a rule say that "Dozens killed" agrees with "more than 50 fighters" and
that "12 killed" does not, without pretending either side is exact.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Interval:
    """A set of real values between ``low`` and ``high``; each end open or closed."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    @classmethod
    def point(cls, value: float) -> Interval:
        return cls(value, value)

    @classmethod
    def above(cls, value: float, inclusive: bool = False) -> Interval:
        return cls(value, math.inf, low_open=not inclusive, high_open=True)

    @classmethod
    def below(cls, value: float, inclusive: bool = False) -> Interval:
        return cls(0.0, value, high_open=not inclusive)

    @property
    def is_point(self) -> bool:
        return self.low == self.high

    @property
    def bounded(self) -> bool:
        return not math.isinf(self.high)

    def overlaps(self, other: Interval) -> bool:
        """True when some value lies in both intervals (the two figures can both be right)."""
        # At equal ends the open one is the tighter bound: False < True picks it as max/min.
        low, low_open = max((self.low, self.low_open), (other.low, other.low_open))
        high, high_closed = min((self.high, not self.high_open), (other.high, not other.high_open))
        high_open = not high_closed
        if low < high:
            return True
        return low == high and not low_open and not high_open

    def __add__(self, other: Interval) -> Interval:
        """The interval of a sum of one value from each (a total from its parts)."""
        return Interval(
            self.low + other.low,
            self.high + other.high,
            self.low_open or other.low_open,
            self.high_open or other.high_open,
        )

    def widened(self, margin: float) -> Interval:
        """The interval grown by ``margin`` on both sides (for rounded figures); ends become closed."""
        if margin <= 0:
            return self
        return Interval(max(0.0, self.low - margin), self.high + margin)

    def closed(self) -> Interval:
        """The same interval with its lower end included ("more than 50" read as "50 or more")."""
        return Interval(self.low, self.high, high_open=self.high_open)

    def below_all_of(self, other: Interval) -> bool:
        """True when every value here is smaller than every value of ``other``."""
        if self.high < other.low:
            return True
        return self.high == other.low and (self.high_open or other.low_open)

    def __str__(self) -> str:
        """The interval in words: "12", "more than 50", "24 to 199", "under 10"."""
        if self.is_point:
            return _number(self.low)
        if not self.bounded:
            return f"{'more than' if self.low_open else 'at least'} {_number(self.low)}"
        if self.low > 0 and self.high_open and (self.low_open or self.high > self.low * 1.5):
            # a lower bound with its round-step ceiling: "more than 50 (under 100)"
            return f"{'more than' if self.low_open else 'at least'} {_number(self.low)} (under {_number(self.high)})"
        if self.low == 0:
            return f"{'under' if self.high_open else 'at most'} {_number(self.high)}"
        return f"{_number(self.low)} to {_number(self.high)}"


def _number(value: float) -> str:
    """A value without a trailing ``.0``, with thousands separators."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.6g}" if value < 1e6 else f"{value:,.0f}"
