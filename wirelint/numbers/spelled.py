"""Numbers written in words: "nine", "twenty-one", "three million", "a dozen", "half a million", "a quarter of a
million".

A run of number words is parsed left to right with a small grammar, so
"two three" is two numbers and "three hundred and forty" is one. A lone
"one" is left out: it is a pronoun far more often than a figure ("one of
the", "no one"), except as an item of a list of counts, before its noun
("two soldiers, three police officers and one civilian", "one soldier and
two civilians").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.data import wording
from wirelint.numbers.lexicon import DOZEN, SCALES, TENS, UNITS
from wirelint.numbers.nouns import STOP_WORDS
from wirelint.text.lexicon import listed_form

_REAL = "|".join(sorted([*UNITS, *TENS, *SCALES, "dozen"], key=len, reverse=True))
_RUN = LazyPattern(
    rf"\b(?:(?:half\s+|quarter\s+of\s+)?an?\s+)?(?:{_REAL})(?:(?:\s+|-)(?:{_REAL}|and|an?))*\b",
    regex.IGNORECASE,
)
_WORD = LazyPattern(r"[A-Za-z]+")
_COUNT_BEFORE = LazyPattern(rf"(?:\d|\b(?:{_REAL}))(?:\s+[\p{{L}}-]+){{1,3}}\s*(?:,\s*(?:and\s+)?|\s+and\s+)$",
                            regex.IGNORECASE)
"""A count and its noun, then a comma or "and": the list a "one" after it is the next item of."""
_SHARE_BEFORE = LazyPattern(lambda: rf"(?:\d|\b(?:{_REAL}))\s+{wording('share-places')}\s+[^.;:!?\d]{{1,40}}?"
                                    r"(?:,\s*(?:and\s+)?|\s+and\s+)$", regex.IGNORECASE)
_SHARE_AFTER = LazyPattern(lambda: rf"\s+{wording('share-places')}\s+(?:the\s+)?[\p{{L}}]", regex.IGNORECASE)
"""A share by place: "15 at the tunnel and one at the ferry port"."""
_NOUN_AFTER = LazyPattern(r"\s+(?P<noun>[\p{Ll}][\p{Ll}-]*)(?P<next>\s*(?:,|and\b)\s*(?:\d|\b(?:" + _REAL + r")\b))?",
                          regex.IGNORECASE)
_BIG = {word: value for word, value in SCALES.items() if value >= 1e3}


@dataclass(frozen=True)
class Spelled:
    """A number written in words, with its span in the text."""

    start: int
    end: int
    value: float
    step: float
    """The last scale word's value ("million": 1e6), 1 without one: the figure is rounded to it."""


def spelled_numbers(text: str) -> Iterator[Spelled]:
    """Every number written in words in ``text``, in order."""
    for run in _RUN.finditer(text):
        words = [(listed_form(m.group()), m.start(), m.end()) for m in _WORD.finditer(text, run.start(), run.end())]
        index = 0
        while index < len(words):
            parsed = _parse_one(words, index)
            if parsed is None:
                index += 1
                continue
            stop, value, step = parsed
            single_one = stop - index == 1 and words[index][0] == "one"
            if not single_one or _listed_one(text, words[index][1], words[index][2]):
                yield Spelled(words[index][1], words[stop - 1][2], value, step)
            index = stop


def _listed_one(text: str, start: int, end: int) -> bool:
    """Whether a lone "one" is an item of a list of counts, before a noun of its own: after a count and its noun
    and a comma or "and" ("three police officers and one civilian"), or before a comma or "and" and another count
    ("one soldier and two civilians"); or a share by place after another ("15 at the tunnel and one at the port")."""
    if _SHARE_AFTER.match(text, end) and _SHARE_BEFORE.search(text, max(0, start - 60), start):
        return True  # "15 at the tunnel and one at the ferry port"
    after = _NOUN_AFTER.match(text, end)
    if after is None or after.group("noun").lower() in STOP_WORDS:
        return False
    return after.group("next") is not None or _COUNT_BEFORE.search(text, max(0, start - 60), start) is not None


def _parse_one(words: list[tuple[str, int, int]], index: int) -> tuple[int, float, float] | None:
    """Parse one number from ``words[index:]``: ``(stop, value, step)``, or None when none starts here."""
    total = 0.0
    current = 0.0
    last = ""  # the class of the last word taken: article, unit, tens, hundred, big, dozen, and
    stop = index
    step = 1.0
    position = index
    while position < len(words):
        word = words[position][0]
        following = words[position + 1][0] if position + 1 < len(words) else ""
        if word in ("a", "an") and not last and (following in SCALES or following == "dozen"):
            current, last = 1.0, "article"
        elif word == "half" and not last and following in ("a", "an"):
            current, last = 0.5, "article"
            position += 1  # the article belongs to "half a"
        elif (word == "quarter" and not last and following == "of" and position + 2 < len(words)
              and words[position + 2][0] in ("a", "an")):
            current, last = 0.25, "article"
            position += 2  # "quarter of a million"
        elif word in UNITS and last in ("", "tens", "hundred", "big", "and"):
            if last == "tens" and UNITS[word] > 9:
                break
            current += UNITS[word]
            last = "unit"
        elif word in TENS and last in ("", "hundred", "big", "and"):
            current += TENS[word]
            last = "tens"
        elif word == "hundred" and last in ("unit", "tens", "article"):
            current = current * 100
            last = "hundred"
        elif word in _BIG and last in ("unit", "tens", "hundred", "article"):
            total += current * _BIG[word]
            current = 0.0
            last, step = "big", _BIG[word]
        elif word == "dozen" and last in ("", "unit", "tens", "article"):
            current = (current or 1.0) * DOZEN
            last = "dozen"
        elif word == "and" and last in ("hundred", "big") and (following in UNITS or following in TENS):
            last = "and"
        else:
            break
        position += 1
        if last not in ("and", "article"):
            stop = position
    if stop == index:
        return None
    return stop, total + current, step
