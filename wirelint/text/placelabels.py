"""Captions labelled only by where a picture stands ("Above: NAME - ORG"), told apart from lists of news.

A label such as "Above:", "Left:" or "Background:" may open a caption's credit, but the same shape, a word, a
colon, a name, a dash and a place, is also how a story lists its candidates or its team ("Centre: NAME -
Helsinki", "Left: NAME - Turku"). Only a word of the picture in the label ("Pictured above:") or an agency or
outlet after the name ("Above: NAME - Reuters") says a credit for sure. Without either the line is at most an
editor's call (reported, never deleted by a safe fix); and it is not reported at all where its label is also a
party's or a side's name ("Left", "Centre"), or where lines of the same shape stand next to it (a list).
"""

from __future__ import annotations

from functools import cache

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.text.agencies import known_agencies
from wirelint.text.barcredits import PICTURE_WORDS, reading
from wirelint.text.lexicon import alternation, table, words

_PARTS = LazyPattern(r"[ ]?/[ ]?|[ ][|·][ ]|[ ][-–—][ ]|[ ]via[ ]|[ ]for[ ]|[,;][ ]")
_LISTED_LINE = LazyPattern(
    r"[ \t]*\p{Lu}[\p{L}'’.-]*(?:[ ][\p{L}'’.-]+){0,3}(?:[ ]?(?P<colon>[:：])|[ ]?(?P<bar>\|))[ ]?"
    r"\p{Lu}[^\n.!?;:|]{0,80}?[ \t]*",
    regex.VERSION1,
)
"""A line of a list: a label or a name of up to four words, a colon or a bar, then capitalised words with no
sentence's stop ("Top: NAME - Espoo", "NAME | Tottenham")."""


@cache
def _place_label() -> LazyPattern:
    """A picture's place alone before a colon, or a comma ("Above, NAME/ORG": credits.py lets a comma stand there
    only before a name and a slash), where a text starts (``[lexicon.credits] picture-places``)."""
    return LazyPattern(rf"(?P<label>{alternation(words(table('credits'), 'picture-places'))})(?:[ ]?[:：][ ]?|,[ ])")


@cache
def _sides() -> frozenset[str]:
    """``[lexicon.credits] place-sides``: places of a picture that also name a party or a side ("Left", "Centre")."""
    return frozenset(word.casefold() for word in words(table("credits"), "place-sides"))


def bare_place_label(text: str, start: int, end: int) -> str | None:
    """The label of a credit at ``text[start:end]`` that opens with a picture's place alone and has neither a word
    of the picture nor an agency or outlet after it ("Top: NAME - Espoo"); None for any other credit."""
    label = _place_label().match(text, start, end)
    if label is None or regex.search(PICTURE_WORDS, label.group("label")):
        return None
    parts = [part.strip() for part in _PARTS.split(text[label.end() : end]) if part.strip()]
    if any(reading(part) for part in parts[1:]) or regex.search(PICTURE_WORDS, text[label.end() : end]):
        return None  # "Above: NAME - Reuters", "Left: NAME/Cape Argus": an agency or an outlet closes it
    return label.group("label")


def place_label_end(text: str, start: int, end: int) -> int | None:
    """Where the label of a credit at ``text[start:end]`` ends when it is a picture's place alone ("Pictured: ",
    "Above, "), or None."""
    label = _place_label().match(text, start, end)
    return None if label is None else label.end()


def names_a_side(label: str) -> bool:
    """Whether a picture's place is also a party's or a side's name: "Left: NAME - Turku" lists a candidate."""
    return label.casefold() in _sides()


def listed_line(line: str) -> str | None:
    """The shape of a list's line with no word of a picture and no agency ("colon": "Top: NAME - Espoo", "bar":
    "NAME | Tottenham"), or None."""
    shape = _LISTED_LINE.fullmatch(line.rstrip("\r"))
    if shape is None or regex.search(PICTURE_WORDS, line):
        return None
    if regex.search(rf"(?<![\p{{L}}\p{{N}}])(?:{known_agencies()})(?![\p{{L}}\p{{N}}])", line):
        return None
    return "colon" if shape.group("colon") else "bar"


def in_a_list(lines: list[str], index: int) -> bool:
    """Whether the line at ``index`` has a list's shape and a line of the same shape next to it (blank lines
    apart): several lines of one shape in a row list candidates or players, never credits."""
    shape = listed_line(lines[index])
    if shape is None:
        return False
    before = [line for line in lines[:index] if line.strip()][-1:]
    after = [line for line in lines[index + 1 :] if line.strip()][:1]
    return any(listed_line(line) == shape for line in (*before, *after))
