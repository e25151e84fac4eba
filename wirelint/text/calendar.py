"""Month and weekday words: the one list that dates in figures, datelines and archive dates read."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
"""Month names and their usual abbreviations, lower case, to the month's number."""
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

_BY_PREFIX = {name[:3]: number for name, number in MONTHS.items()}
MONTH_WORD = r"(?i:" + "|".join(sorted(_BY_PREFIX, key=_BY_PREFIX.__getitem__)) + r")[\p{L}]*\.?"
"""A month written out or abbreviated, any case, with an optional full stop (``regex`` syntax)."""


def month_number(word: str) -> int:
    """The month a word names by its first three letters ("Sept." is 9), 0 for none."""
    return _BY_PREFIX.get(word[:3].lower(), 0)
