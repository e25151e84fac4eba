"""Bounds and approximations: "more than", "at least", "nearly", "about", "up to".

Each qualifier turns the written figure into the interval a careful reader
takes from it. The words are matched right before the figure (or right
after it, for "or more", "or so", "-plus").
"""

from __future__ import annotations

import math
from enum import Enum

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.data import about_margin, approximate_reach, ceiling, nearly_factor
from wirelint.numbers.interval import Interval
from wirelint.text.lexicon import listed_form


class Bound(Enum):
    ABOVE = "above"
    AT_LEAST = "at least"
    NEARLY = "nearly"
    ABOUT = "about"
    UP_TO = "up to"
    BELOW = "below"
    AT_MOST = "at most"


BEFORE: dict[str, Bound] = {
    "more than": Bound.ABOVE, "over": Bound.ABOVE, "above": Bound.ABOVE, "upwards of": Bound.ABOVE,
    "in excess of": Bound.ABOVE, "exceeding": Bound.ABOVE, "just over": Bound.ABOVE, "well over": Bound.ABOVE,
    "greater than": Bound.ABOVE, "well above": Bound.ABOVE, "just above": Bound.ABOVE,
    "passes": Bound.ABOVE, "passed": Bound.ABOVE, "tops": Bound.ABOVE, "topped": Bound.ABOVE, "exceeds": Bound.ABOVE,
    "exceeded": Bound.ABOVE, "surpasses": Bound.ABOVE, "surpassed": Bound.ABOVE,
    "at least": Bound.AT_LEAST, "no fewer than": Bound.AT_LEAST, "no less than": Bound.AT_LEAST,
    "not less than": Bound.AT_LEAST, "a minimum of": Bound.AT_LEAST,
    "nearly": Bound.NEARLY, "almost": Bound.NEARLY, "just under": Bound.NEARLY, "close to": Bound.NEARLY,
    "approaching": Bound.NEARLY, "just short of": Bound.NEARLY, "not quite": Bound.NEARLY,
    "nears": Bound.NEARLY, "neared": Bound.NEARLY, "nearing": Bound.NEARLY, "approaches": Bound.NEARLY,
    "approached": Bound.NEARLY, "crosses": Bound.ABOVE, "crossed": Bound.ABOVE, "past": Bound.ABOVE,
    "beyond": Bound.ABOVE,
    "about": Bound.ABOUT, "around": Bound.ABOUT, "some": Bound.ABOUT, "roughly": Bound.ABOUT,
    "approximately": Bound.ABOUT, "an estimated": Bound.ABOUT, "estimated": Bound.ABOUT, "circa": Bound.ABOUT,
    "approx.": Bound.ABOUT, "approx": Bound.ABOUT, "an approximate": Bound.ABOUT, "nearly about": Bound.ABOUT,
    "up to": Bound.UP_TO, "as many as": Bound.UP_TO, "as much as": Bound.UP_TO,
    "fewer than": Bound.BELOW, "less than": Bound.BELOW, "under": Bound.BELOW, "below": Bound.BELOW,
    "just below": Bound.BELOW,
    "at most": Bound.AT_MOST, "no more than": Bound.AT_MOST, "not more than": Bound.AT_MOST,
    "a maximum of": Bound.AT_MOST,
}
AFTER: dict[str, Bound] = {
    "or more": Bound.AT_LEAST, "or over": Bound.AT_LEAST, "-plus": Bound.AT_LEAST, "+": Bound.AT_LEAST,
    "or so": Bound.ABOUT, "-odd": Bound.ABOUT, "odd": Bound.ABOUT, "or fewer": Bound.AT_MOST,
    "or less": Bound.AT_MOST,
}

_BEFORE_PATTERN = LazyPattern(
    r"(?:^|(?<=[\s(\"“‘']))(?P<q>" + "|".join(regex.escape(q) for q in sorted(BEFORE, key=len, reverse=True))
    + r")\s+$",
    regex.IGNORECASE,
)
_AFTER_PATTERN = LazyPattern(
    r"\s+(?P<q>or\s+more|or\s+over|or\s+so|odd|or\s+fewer|or\s+less)\b|(?P<q>-plus|-odd)\b|(?P<q>\+)",
    regex.IGNORECASE,
)


def qualifier_before(text: str, start: int) -> tuple[str, int] | None:
    """The qualifier ending right before ``start``: ``(words, where it starts)``."""
    window = max(0, start - 40)
    match = _BEFORE_PATTERN.search(text, window, start)
    if not match:
        return None
    return match.group("q"), match.start("q")


def qualifier_after(text: str, end: int) -> tuple[str, int] | None:
    """A postfix qualifier right after ``end``: ``(words, where it ends)``."""
    match = _AFTER_PATTERN.match(text, end)
    if not match:
        return None
    return match.group("q"), match.end("q")


def bound_of(words: str) -> Bound:
    """The bound a qualifier stands for (``words`` as found by the two functions above)."""
    key = " ".join(listed_form(words).split())
    return BEFORE.get(key) or AFTER[key]


def _precision(value: Interval, written: str) -> float:
    """How far an approximate figure may reach at most: the precision it is written to in digits ("some 41" to
    the unit, "about 25" to the five); a figure in words ("almost a dozen", "about forty") is as round as its
    word."""
    if not value.is_point or not any(char.isdigit() for char in written):
        return math.inf
    return approximate_reach(value.high)


def apply(bound: Bound, value: Interval, written: str = "") -> Interval:
    """The interval a qualified figure allows (``written``: the figure as written, which says its precision)."""
    low, high = value.low, value.high
    if bound is Bound.ABOVE:
        return Interval(high, ceiling(high), low_open=True, high_open=True)
    if bound is Bound.AT_LEAST:
        return Interval(low, ceiling(low), high_open=True)
    if bound is Bound.NEARLY:
        return Interval(max(high * nearly_factor(), high - _precision(value, written)), high, high_open=True)
    if bound is Bound.ABOUT:
        reach = _precision(value, written)
        return Interval(max(0.0, low - min(low * about_margin(), reach)), high + min(high * about_margin(), reach))
    if bound is Bound.UP_TO or bound is Bound.AT_MOST:
        return Interval.below(high, inclusive=True)
    return Interval.below(low)
