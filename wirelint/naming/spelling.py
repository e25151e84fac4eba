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

from wirelint.startcache import compile_pattern

WORDS_REMEMBERED = 1 << 15
"""Spellings whose folds are remembered: the distinct name words of a long archive run."""
VOWELS = frozenset("aeiou")
VELARS = frozenset("gkq")
"""q/k/g stand for the same Arabic sounds in different transliterations (Qaddafi, Gaddafi, Kadhafi)."""
MARKS = "'’‘ʼʻʿʾ`´"
"""Apostrophes and ayn/hamza marks, dropped: Qur'an and Quran, San'a and Sanaa."""
_MARKS = str.maketrans("", "", MARKS + ".")
_DOUBLED = compile_pattern(r"(.)\1+")
_FOLDS = (
    (compile_pattern(r"dh"), "d"),
    (compile_pattern(r"gh"), "g"),
    (compile_pattern(r"ou"), "u"),
    (compile_pattern(r"(?<=.)y"), "i"),
    (compile_pattern(r"[ae]i"), "ei"),
    (compile_pattern(r"(.)\1+"), r"\1"),
)
"""The transliteration folds, in order. :func:`normalise` makes the first five as string replacements on a
printable ASCII spelling (every name word), where they are the same: each pattern is a fixed string or a
letter after any character; six ``regex`` calls a new word cost more than its other work."""


@lru_cache(maxsize=WORDS_REMEMBERED)
def fold(text: str) -> str:
    """Lower case, ASCII, no apostrophes or ayn marks: "Ṣanʿāʾ" -> "sana"."""
    if not text.isascii():  # anyascii (and the importlib.resources it loads) only for letters it changes
        from anyascii import anyascii

        text = anyascii(text)
    return text.translate(_MARKS).lower()


@lru_cache(maxsize=WORDS_REMEMBERED)
def normalise(text: str) -> str:
    """The spelling with the free transliteration differences folded away: "Zelenskyy" -> "zelenski"."""
    folded = fold(text)
    if not (folded.isascii() and folded.isprintable()):  # a line break, which "." does not match
        for pattern, replacement in _FOLDS:
            folded = pattern.sub(replacement, folded)
        return folded
    folded = folded.replace("dh", "d").replace("gh", "g").replace("ou", "u")
    folded = (folded[:1] + folded[1:].replace("y", "i")).replace("ai", "ei")  # "ei" folds to itself
    return _DOUBLED.sub(r"\1", folded)


@lru_cache(maxsize=WORDS_REMEMBERED)
def skeleton(text: str) -> str:
    """Blocking key: the normalised consonants, with q/k/g as one ("Nasrallah" -> "nsrlh")."""
    consonants = (char for char in normalise(text) if char not in VOWELS)
    key = "".join("k" if char in VELARS else char for char in consonants)
    return _DOUBLED.sub(r"\1", key)


HALF_CHANGES = frozenset({frozenset("ou"), frozenset("gk"), frozenset("gq"), frozenset("kq")})
"""Swaps transliterations make most (Mohammed, Muhammad; Morsi, Mursi; Qassem, Kassem): half a change."""


def allowed_changes(length: int, given_name: bool = False) -> float:
    """How many vowel or q/k/g changes a part of ``length`` letters may show and stay one name.

    A change counts one, or half for the swaps transliterations make most (o/u,
    q/k/g). Short names change identity with one vowel ("Hamid", "Hamad";
    "Mosul", "Mosel"), so under six letters only a half change is allowed; a
    given name must agree more closely than a surname ("given names agree").
    """
    if length < 4:
        return 0
    if length < 6:
        return 0.5
    if given_name:
        return 1 if length < 8 else 1.5
    return 1 if length < 7 else 1.5 if length < 10 else 2


@lru_cache(maxsize=WORDS_REMEMBERED)
def variant_cost(first: str, second: str, given_name: bool = False) -> float | None:
    """Changes between two spellings of one name part, or None when they are different words.

    0 means the spellings differ only in what :func:`normalise` folds.
    """
    a, b = normalise(first), normalise(second)
    length = min(len(fold(first)), len(fold(second)))
    if a == b:
        return None if _short_doubling(fold(first), fold(second), length) else 0
    if len(a) != len(b) or (a[:1] != b[:1] and not _interchangeable_start(a, b, length)):
        return None
    from rapidfuzz.distance import Levenshtein  # imported by the few comparisons that get this far

    cost = 0.0
    for op in Levenshtein.editops(a, b):
        x, y = a[op.src_pos], b[op.dest_pos]
        if op.tag != "replace" or not ({x, y} <= VOWELS or {x, y} <= VELARS):
            return None  # an inserted or dropped letter, or another consonant: another word
        if op.src_pos == len(a) - 1 and not {x, y} <= VELARS:
            return None  # a changed ending (Maria, Mario); Iraq and Irak are one name
        cost += 0.5 if {x, y} in HALF_CHANGES else 1
    return cost if cost <= allowed_changes(length, given_name) else None


def _short_doubling(first: str, second: str, length: int) -> bool:
    """A doubled letter that makes another short word: "Aa" and "Aaa", "Scot" and "Scott" (but
    "Mosul" and "Mossul", "Sanaa" and "San'a", "Aly" and "Ali" are one name)."""
    if length < 4:
        return _DOUBLED.search(first + " " + second) is not None
    final = first[-1:]
    doubled = (first[-2:-1] == final) != (second[-2:-1] == final)
    return length < 5 and final == second[-1:] and final not in VOWELS and doubled


def _interchangeable_start(a: str, b: str, length: int) -> bool:
    """A first letter may change between vowels (Osama, Usama) or between q/k/g (Qaddafi, Gaddafi)
    in a long enough word: "Iran" and "Oran", "Kerry" and "Gerry" stay apart."""
    pair = {a[0], b[0]}
    if pair == {"q", "k"}:
        return length >= 4  # Qais, Kais: q is rare enough in English to be a transliteration
    return (pair <= VOWELS and length >= 5) or (pair <= VELARS and length >= 6)


def same_spelling(first: str, second: str) -> bool:
    """True when two texts are written alike but for case and the shape of apostrophes."""
    return first.replace("’", "'").casefold() == second.replace("’", "'").casefold()
