"""When two spellings of a name part are one name transliterated two ways.

Transliteration drifts in a few known ways: diacritics (Erdoğan, Erdogan),
apostrophes and ayn marks (Qur'an, Quran), doubled letters (Mosul, Mossul),
dh/d, gh/g, ou/u, ei/ey/ay, y/i and the -iy/-yy/-y endings (Zelensky,
Zelenskiy, Zelenskyy); these are folded away by :func:`normalise`. What is
left may differ only in a few vowels inside the word (Nasrallah, Nasrollah)
or in q/k/g (Qaddafi, Gaddafi), counted by :func:`variant_cost` from
rapidfuzz's edit operations. A different consonant, a changed first or last
letter, or an added ending ("Iran"/"Iranian", "Niger"/"Nigeria") is a
different word. :func:`skeleton` is a blocking key: two variants always share
it, so an article's names are bucketed by it and compared only inside a
bucket.
"""

from __future__ import annotations

from functools import lru_cache

import regex
from anyascii import anyascii
from rapidfuzz.distance import Levenshtein

VOWELS = frozenset("aeiou")
VELARS = frozenset("gkq")
"""q/k/g stand for the same Arabic sounds in different transliterations (Qaddafi, Gaddafi, Kadhafi)."""
MARKS = "'’‘ʼʻʿʾ`´"
"""Apostrophes and ayn/hamza marks, dropped: Qur'an and Quran, San'a and Sanaa."""
_MARKS = str.maketrans("", "", MARKS + ".")
_FOLDS = (
    (regex.compile(r"dh"), "d"),
    (regex.compile(r"gh"), "g"),
    (regex.compile(r"ou"), "u"),
    (regex.compile(r"[ae]y(?![aeiouy])"), "ei"),
    (regex.compile(r"(?<=.)y"), "i"),
    (regex.compile(r"(.)\1+"), r"\1"),
)


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower case, ASCII, no apostrophes or ayn marks: "Ṣanʿāʾ" -> "sana"."""
    return anyascii(text).translate(_MARKS).lower()


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """The spelling with the free transliteration differences folded away: "Zelenskyy" -> "zelenski"."""
    folded = fold(text)
    for pattern, replacement in _FOLDS:
        folded = pattern.sub(replacement, folded)
    return folded


@lru_cache(maxsize=4096)
def skeleton(text: str) -> str:
    """Blocking key: the normalised consonants, with q/k/g as one ("Nasrallah" -> "nsrlh")."""
    consonants = (char for char in normalise(text) if char not in VOWELS)
    key = "".join("k" if char in VELARS else char for char in consonants)
    return regex.sub(r"(.)\1+", r"\1", key)


HALF_CHANGES = frozenset({frozenset("ou")})
"""Vowel pairs that transliterations swap most (Mohammed, Muhammad; Morsi, Mursi): half a change."""


def allowed_changes(length: int, given_name: bool = False) -> float:
    """How many vowel or q/k/g changes a part of ``length`` letters may show and stay one name.

    Short names change identity with one vowel ("Hamid", "Hamad"); a given
    name must agree more closely than a surname ("given names agree").
    """
    if length < (6 if given_name else 5):
        return 0
    return 1 if length < 7 else 1.5 if length < 10 else 2


@lru_cache(maxsize=8192)
def variant_cost(first: str, second: str, given_name: bool = False) -> float | None:
    """Changes between two spellings of one name part, or None when they are different words.

    0 means the spellings differ only in what :func:`normalise` folds.
    """
    a, b = normalise(first), normalise(second)
    if a == b:
        return 0
    if len(a) != len(b) or (a[:1] != b[:1] and not _interchangeable_start(a, b)):
        return None
    cost = 0.0
    for op in Levenshtein.editops(a, b):
        x, y = a[op.src_pos], b[op.dest_pos]
        if op.tag != "replace" or op.src_pos == len(a) - 1:
            return None  # an inserted or dropped letter, or a changed ending: another word
        if not ({x, y} <= VOWELS or {x, y} <= VELARS):
            return None
        cost += 0.5 if {x, y} in HALF_CHANGES else 1
    return cost if cost <= allowed_changes(len(a), given_name) else None


def _interchangeable_start(a: str, b: str) -> bool:
    """A first letter may change between vowels (Osama, Usama) or between q/k/g (Qaddafi, Gaddafi)
    in a long enough word: "Iran" and "Oran", "Kerry" and "Gerry" stay apart."""
    pair = {a[0], b[0]}
    return (pair <= VOWELS and len(a) >= 5) or (pair <= VELARS and len(a) >= 6)


def same_spelling(first: str, second: str) -> bool:
    """True when two texts are written alike but for case and the shape of apostrophes."""
    return first.replace("’", "'").casefold() == second.replace("’", "'").casefold()
