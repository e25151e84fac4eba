"""Lines that have a credit's shape but list people with their party or institution, or give a figure's source.

"NAME/ORG" is how a credit names a photographer and whoever they shot for, and also how an election story lists
its candidates ("Top, NAME/Labour", "NAME/SNP won 43% of the vote") and a conference its panel ("NAME/King's
College"). What stands after the slash tells them apart: a party or a seat of learning is nobody's picture desk
(``[lexicon.credits] affiliation-words``), and several pairs in a row ("NAME/LSE, NAME/UCL", "Left, NAME/X;
right, NAME/Y") list people, whoever they are with. "Source: ONS" names where a figure came from: a source's
label reads as a picture's only with a credit's own evidence after it (a slash, a listed agency, a word of the
picture). A listed agency or a word of the picture anywhere in the span keeps it a credit ("Photo: NAME/Labour
Party" is a party's handout picture), and so does an outlet's article ("NAME/The Independent").
"""

from __future__ import annotations

from functools import cache

from wirelint.lazy_pattern import LazyPattern
from wirelint.text.agencies import known_agencies
from wirelint.text.barcredits import PICTURE_WORDS
from wirelint.text.creditparts import PERSON
from wirelint.text.lexicon import alternation, table, words

SOURCE_LABEL = LazyPattern(r"(?i:sources?)[ \t]*:")
"""A "Source:" label: a picture's source or a figure's ("Prices rose 3%. Source: Eurostat")."""
_ORG_WORDS = r"\p{Lu}[\p{L}'’.&-]*(?:[ ]\p{Lu}[\p{L}'’.&-]*){0,3}"
_PAIR = rf"{PERSON}[ ]?/[ ]?{_ORG_WORDS}"
_JOINER = r"(?:[,;][ ]+(?:\p{Ll}+,?[ ]+)?|[ ]and[ ]+)"
_PAIR_AFTER = LazyPattern(rf"{_JOINER}(?:\p{{Lu}}\p{{Ll}}+,[ ]+)?{_PAIR}")
"""Another person and organisation after a joiner ("NAME/X, NAME/Y", "NAME/X; right, NAME/Y", "... and NAME/Y")."""
_PAIR_BEFORE = LazyPattern(rf"{_PAIR}{_JOINER}(?:\p{{Lu}}\p{{Ll}}+,[ ]+)?\Z")
_ORG = LazyPattern(rf"(?:{PERSON}[ ]?)?/[ ]?(?P<org>{_ORG_WORDS})")
"""The organisation after a slash, whole even where a credit's span stopped inside it ("NAME/Sinn"), or after a
person where a span without a slash starts."""


@cache
def _evidence() -> LazyPattern:
    """What makes a span a credit whatever else it holds: a listed agency or a word of the picture."""
    return LazyPattern(rf"(?<![\p{{L}}\p{{N}}])(?:{known_agencies()})(?![\p{{L}}\p{{N}}])|{PICTURE_WORDS}")


@cache
def _affiliation() -> LazyPattern:
    """A word of ``[lexicon.credits] affiliation-words``, whole, as written."""
    return LazyPattern(alternation(words(table("credits"), "affiliation-words")))


@cache
def _press_words() -> frozenset[str]:
    """``[lexicon.credits] press-words`` in small letters ("independent", "star")."""
    return frozenset(word.lower() for word in words(table("credits"), "press-words"))


def _affiliated(org: str) -> bool:
    """Whether an organisation names a party or a seat of learning. A word that a paper's name holds too counts
    only alone ("NAME/Independent" stands for election; "NAME/Kyiv Independent" credits a paper)."""
    return any(
        word.group() == org or word.group().lower() not in _press_words() for word in _affiliation().finditer(org)
    )


def not_a_credit(text: str, start: int, end: int) -> bool:
    """Whether the credit found at ``text[start:end]`` is a list of people with their affiliations, or a figure's
    source, and no credit at all (see the module's docstring)."""
    span = text[start:end]
    if _evidence().search(span) is not None:
        return False
    if SOURCE_LABEL.match(span) is not None:
        return "/" not in span
    slash = text.rfind("/", start, end)
    org = _ORG.match(text, slash if slash >= 0 else start)
    if org is None:
        return False
    if not org.group("org").startswith("The ") and _affiliated(org.group("org")):
        return True  # "Top, NAME/Labour", "NAME/King's College"
    return _PAIR_AFTER.match(text, end) is not None or _PAIR_BEFORE.search(text, max(start - 120, 0), start) is not None
