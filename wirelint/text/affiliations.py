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
from wirelint.text.creditparts import PERSON, STARTERS
from wirelint.text.lexicon import alternation, table, words
from wirelint.text.noticewords import only_places
from wirelint.text.sentencebounds import opens_sentence

SOURCE_LABEL = LazyPattern(r"(?i:sources?)[ \t]*:")
"""A "Source:" label: a picture's source or a figure's ("Prices rose 3%. Source: Eurostat")."""
_ORG_WORDS = r"\p{Lu}[\p{L}'’.&-]*(?:[ ]\p{Lu}[\p{L}'’.&-]*){0,3}"
_PAIR = rf"{PERSON}[ ]?/[ ]?{_ORG_WORDS}"
_ORG = LazyPattern(rf"(?:{PERSON}[ ]?)?/[ ]?(?P<org>{_ORG_WORDS})")
"""The organisation after a slash, whole even where a credit's span stopped inside it ("NAME/Sinn"), or after a
person where a span without a slash starts."""
_OTHER_PAIR = LazyPattern(rf"(?<![\p{{L}}\p{{N}}]){_PAIR}")
_SCORE = LazyPattern(r"[^\n]*?(?<![\p{L}\p{N}])\p{N}+[-–]\p{N}+(?![\p{L}\p{N}])")
"""A score later on the line: players paired in doubles ("NAME/NAME beat NAME and NAME 7-5 6-4")."""
_STARTER = LazyPattern(rf"(?<![\p{{L}}]){STARTERS}")
"""A word that opens a noun phrase ("The two men ..."): an organisation that holds one ran on into a sentence."""
_VERB_AFTER = LazyPattern(r"[ ]\p{Ll}{2,}[ ][^\n]*?[.!?](?:\s|\Z)")
"""A word in small letters after the pair and a sentence's stop later on the line: the pair is the subject of the
sentence it opens ("NAME/UCD led the study."), not a credit dropped into the text."""


@cache
def _evidence() -> LazyPattern:
    """What makes a span a credit whatever else it holds: a listed agency, a word of the picture or a platform's
    handle ("Source: Instagram/@city_police")."""
    return LazyPattern(
        rf"(?<![\p{{L}}\p{{N}}])(?:{known_agencies()})(?![\p{{L}}\p{{N}}])|{PICTURE_WORDS}|/[ ]?@[\p{{L}}\p{{N}}_]"
    )


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


@cache
def _starters() -> frozenset[str]:
    """``[lexicon.credits] sentence-starters``: words that open a sentence, never a name's second word."""
    return frozenset(words(table("credits"), "sentence-starters"))


def _starter_after_first(org: str) -> bool:
    """Whether a word after the organisation's first starts sentences ("Liberation More than 72,000 ...", "Le
    Monde The ..."): the organisation ended before it, and the pair is a credit run into the next sentence."""
    return any(word in _starters() for word in org.split()[1:])


def _outlet_runs_on(org: str) -> bool:
    """Whether an outlet's word stands before the organisation's last word ("Irish Independent Flood", "Evening
    Standard The"): the outlet ends there and the next sentence opens after it ("NAME/Irish Independent Flood
    waters receded ..."), so the pair is a credit run into it, not the subject of a sentence."""
    found = [word.lower() for word in org.split()]
    return found[-1] not in _press_words() and any(word in _press_words() for word in found[:-1])


def not_a_credit(text: str, start: int, end: int) -> bool:
    """Whether the credit found at ``text[start:end]`` is a list of people with their affiliations, or a figure's
    source, and no credit at all (see the module's docstring)."""
    span = text[start:end]
    if _evidence().search(span) is not None:
        return False
    if SOURCE_LABEL.match(span) is not None:
        return True  # "Source: ONS", "Source: ONS/Eurostat": a figure's source, with a slash or without
    slash = text.rfind("/", start, end)
    org = _ORG.match(text, slash if slash >= 0 else start)
    if org is None or only_places(text[org.start("org") : min(org.end(), end)]):
        return False  # "NO SALES INDIA/NORWAY", "AUSTRIA/JAPAN OUT": places after a slash restrict
    if not org.group("org").startswith("The ") and _affiliated(org.group("org")):
        return True  # "Top, NAME/Labour", "NAME/King's College"
    subject = _VERB_AFTER.match(text, org.end()) and not _STARTER.search(org.group("org"))
    subject = subject and not _outlet_runs_on(org.group("org")) and not _starter_after_first(org.group("org"))
    if ":" not in span and subject and opens_sentence(text, start, finding=True):
        return True  # "NAME/UCD led the study.": the sentence's subject
    return _listed_pairs(text, start, org.end()) or _SCORE.match(text, org.end()) is not None


def _listed_pairs(text: str, start: int, end: int) -> bool:
    """Whether another "NAME/X" pair stands on the credit's line or on the line just before or after it: ranked
    results ("1. NAME/Club 9.85, 2. NAME/Club 9.86"), doubles ("NAME/NAME beat NAME/NAME"), labelled lists on
    consecutive lines ("Reporter of the year: NAME/X" above "Columnist of the year: NAME/Y"). Several pairs list
    people, whoever they are with; a credit names one photographer and a desk."""
    first = text.rfind("\n", 0, text.rfind("\n", 0, start)) + 1
    last = text.find("\n", text.find("\n", end) + 1) if text.find("\n", end) >= 0 else len(text)
    last = len(text) if last < 0 else last
    return any(not (m.start() < end and start < m.end()) for m in _OTHER_PAIR.finditer(text, first, last))
