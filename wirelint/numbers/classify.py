"""Numbers that are not amounts: years, dates, times, ages, ordinals, phones, addresses, names.

"in 2011", "June 22", "10:30", "Tauqir Sharif, 33,", "its 10th year",
"0800 123 456", "10 Downing Street", "Article 50", "F-16": each is a number
a rule must never mistake for a count. Each function looks at one written
number in its context and says whether it is such a thing.
"""

from __future__ import annotations

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.lexicon import LABELS, MEASURE_UNITS, MONTHS, STREET_TYPES, TENS, UNITS
from wirelint.numbers.quantity import Kind


def _longest_first(word: str) -> tuple[int, str]:
    """Longest first, then alphabetical: a fixed order, so a pattern's source is the same in every run."""
    return -len(word), word


PHONE = LazyPattern(
    r"(?<![\w.,+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?![\w,]|\.\d)"
)
US_PHONE = LazyPattern(r"\d{3}[-.]\d{3}[-.]\d{4}|\d{3}-\d{4}")
CLOCK = LazyPattern(
    r"(?<![\w.,:])(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\b\.?)|\d{1,2}:\d{2}(?::\d{2})?(?![\d])"
    r"|\d{1,2}\s?[ap]\.?m\b\.?|\d{1,2}(?:[:.]\d{2})?\s+o'clock|\d{4}\s?(?:GMT|BST|EST|EDT|CET|CEST|UTC|IST|JST)\b"
    r"|\d{1,2}[:.]\d{2}\s?(?:GMT|BST|EST|EDT|CET|CEST|UTC|IST|JST|local\s+time)\b)",
    regex.IGNORECASE,
)
NUMERIC_DATE = LazyPattern(r"(?<![\w/.-])(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})(?![\w/])")
_MONTH = r"(?:" + "|".join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_MONTH_BEFORE = LazyPattern(_MONTH + r"\s+(?:the\s+)?$")
_MONTH_AFTER = LazyPattern(r"(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b")
_ORDINAL_SUFFIX = LazyPattern(r"(?:st|nd|rd|th)\b", regex.IGNORECASE)
_AGE_AFTER = LazyPattern(r"[\s-]*(?:years?|yrs?)[\s-]*old\b|-year-old\b|\s*,?\s*(?:years?\s+of\s+age)\b",
                           regex.IGNORECASE)
_AGE_BEFORE = LazyPattern(r"\b(?:aged|age|ages|a\s+man\s+of|a\s+woman\s+of)\s+(?:between\s+)?$", regex.IGNORECASE)
_AGE_PERSON = LazyPattern(r"(?:\b[\p{Lu}][\p{Ll}\p{M}'’-]+|\b(?:man|woman|boy|girl|mother|father|son|daughter|wife"
                            r"|husband|teenager|pensioner|student|driver|victim|suspect))\s*[,(]\s*$")
_PLACE_COUNT = LazyPattern(
    r"\b(?:in|at|from|near|between|across|outside|to)\s+(?:the\s+)?[\p{Lu}][\p{L}\p{M}'’-]+(?:\s+[\p{Lu}][\p{L}\p{M}'’-]+){0,2}"
    r"\s*\(\s*(?:$|[\w,-]+\)\s*(?:,|and|,\s*and)\s+(?:(?:in|at|from|to)\s+)?(?:the\s+)?[\p{Lu}][\p{L}\p{M}'’-]+"
    r"(?:\s+[\p{Lu}][\p{L}\p{M}'’-]+){0,2}\s*\(\s*$)"
)
"""A place after a preposition, with a count in brackets: "in Goma (13) and Bor (73)" lists counts by place."""
_RESPECTIVELY = LazyPattern(r"(?:\s*(?:,|and)\s*[\w-]+){1,3}\s+respectively\b", regex.IGNORECASE)
"""Counts given for places named before them: "from Beni and Kirkuk, 10 and 26 respectively"."""
_AGE_DECADE = LazyPattern(r"\b(?:in\s+(?:his|her|their|my|your|our)\s+(?:early\s+|mid-?|late\s+)?)$",
                            regex.IGNORECASE)
_YEAR_BEFORE = LazyPattern(
    r"\b(?:in|since|by|from|until|till|of|during|before|after|early|late|mid|year|between|the"
    r"|circa|spring|summer|autumn|winter|fiscal|financial|season|calendar)[\s-]+$",
    regex.IGNORECASE,
)
_COUNT_BEFORE = LazyPattern(
    r"\b(?:than|about|some|nearly|almost|over|around|least|to|up\s+to|estimated|roughly|approximately)\s+$",
    regex.IGNORECASE,
)
_PLURAL_AFTER = LazyPattern(r"\s+(?:people|men|women|children|police|staff|[\p{Ll}][\p{Ll}\p{M}-]*s)\b")
_STREET = LazyPattern(
    r"[A-Z]?\s+(?:[\p{Lu}][\p{L}\p{M}'’-]+\s+){1,3}(?:" + "|".join(sorted(STREET_TYPES, key=_longest_first))
    + r")\b\.?",
    regex.IGNORECASE,
)
_STREET_NAME = LazyPattern(r"[A-Z]?\s+[\p{Lu}]")
_LABEL_BEFORE = LazyPattern(r"(?:\b(?P<label>[\p{Lu}][\p{L}\p{M}]*)\.?|(?P<hash>#)|(?P<nr>\bNo\.|\bno\.))\s*$")
_ATTACHED_LETTERS = LazyPattern(r"[\p{L}\p{M}]+")
_NAME_BEFORE = LazyPattern(r"(?<!\b(?:mid|pre|post|early|late|end|ex|anti|non|over|under|then|circa))"
                             r"(?<=[\p{L}\p{M}])[-/]?$", regex.IGNORECASE)


def classify_digits(text: str, start: int, end: int, value: float, integer: bool) -> Kind | None:
    """The kind of a number written in digits at ``text[start:end]`` when it is not an amount."""
    before = text[max(0, start - 60):start]
    if _NAME_BEFORE.search(before):
        return Kind.NAME  # F-16, Covid-19, G8
    attached = _ATTACHED_LETTERS.match(text, end)
    if attached:
        kind = _attached_kind(text, attached.group(), value)
        if kind is not None:
            return kind
    if integer and 1 <= value <= 31 and (_MONTH_BEFORE.search(before) or _MONTH_AFTER.match(text, end)):
        return Kind.DATE
    if _is_label(before):
        return Kind.NAME
    if integer and _STREET.match(text, end) and _STREET_NAME.match(text, end):
        return Kind.ADDRESS
    if integer and _is_age(text, start, end, value):
        return Kind.AGE
    if integer and _is_year(text, start, end, value):
        return Kind.YEAR
    return None


def _attached_kind(text: str, letters: str, value: float) -> Kind | None:
    """``10th``, ``1990s``, ``3pm``, ``5km``, ``3G``: letters written onto the digits."""
    lowered = letters.lower()
    if _ORDINAL_SUFFIX.fullmatch(lowered):
        return Kind.ORDINAL
    if lowered == "s":
        return Kind.YEAR if value >= 1000 else Kind.AGE
    if lowered in ("am", "pm"):
        return Kind.TIME
    if letters in ("C", "F", "g") or (len(letters) > 1 and lowered in MEASURE_UNITS):
        return Kind.MEASURE
    if lowered in ("bn", "m", "mn", "mln", "bln", "k", "b", "tn", "trn", "p"):
        return None  # a scale or pence, handled with the amount
    return Kind.NAME


def age_suffix_end(text: str, end: int) -> int | None:
    """Where "-year-old" or " years old" after a number ends, if it is there."""
    match = _AGE_AFTER.match(text, end)
    return match.end() if match else None


def _is_label(before: str) -> bool:
    match = _LABEL_BEFORE.search(before)
    if not match:
        return False
    if match.group("hash") or match.group("nr"):
        return True
    label = match.group("label")
    return label.istitle() and label.lower() in LABELS


def _is_age(text: str, start: int, end: int, value: float) -> bool:
    if value > 120:
        return False
    if _AGE_AFTER.match(text, end):
        return True
    before = text[max(0, start - 40):start]
    if _AGE_BEFORE.search(before) or _AGE_DECADE.search(before):
        return True
    follows = text[end:end + 2]
    if _PLACE_COUNT.search(text, max(0, start - 80), start) or _RESPECTIVELY.match(text, end):
        return False  # "split between shelters in Goma (13) and Bor (73)": counts by place, not ages
    return bool(_AGE_PERSON.search(before)) and (follows.startswith((",", ")")) or follows == "" or
                                                 text[end:end + 5] == " and ")


_NUMBER_WORD = (r"(?:\d[\d,]*|(?:" + "|".join(sorted(TENS, key=_longest_first)) + r")(?:-[\p{L}]+)?|"
                + "|".join(sorted(UNITS, key=_longest_first)) + ")")
_MEMBER_AGE_BEFORE = LazyPattern(
    r"(?:\b(?:aged|ages)\s+(?:between\s+)?(?:(?:over|under|above|below)\s+)?"
    r"|(?<![\p{L}\d,.])" + _NUMBER_WORD + r"(?:\s+(?:of|among)\s+(?:them|whom|those|these|the\s+[\p{L}-]+))?\s+"
    r"(?:(?:were|was|are|is)\s+)?(?:aged\s+)?(?:over|under|above|below|older\s+than|younger\s+than)\s+)$",
    regex.IGNORECASE,
)
_MEMBER_AGE_AFTER = LazyPattern(r"\s*(?:$|[,.;:)]|(?:and|or|to)\b|years?\b)", regex.IGNORECASE)


def member_age(text: str, start: int, end: int, value: float) -> bool:
    """Whether a number says how old the members of a counted group are, not how many: "47 were over 60", "58 of
    them under five", "22 aged five to 12" (a count, then an age bound with nothing counted after it); the parts
    are the counts before, the ages what divides them."""
    if value > 120:
        return False
    return (_MEMBER_AGE_BEFORE.search(text, max(0, start - 60), start) is not None
            and _MEMBER_AGE_AFTER.match(text, end) is not None)


def _is_year(text: str, start: int, end: int, value: float) -> bool:
    digits = text[start:end]
    if len(digits) == 2 and regex.search(r"\b\d{4}[-/–]$", text[max(0, start - 5):start]):
        return True  # 2004-05
    if len(digits) != 4 or not 1000 <= value <= 2100:
        return False
    before = text[max(0, start - 30):start]
    if _YEAR_BEFORE.search(before):
        return True
    return not (_COUNT_BEFORE.search(before) and _PLURAL_AFTER.match(text, end))
