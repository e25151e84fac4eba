"""Whether an attribution carries over to a toll after it, for WL201: the account it opens is about the same event.

A source given earlier in a paragraph covers the figures of the account it opens ("Floods hit the valley on
Monday, officials said. Some 340 homes were destroyed by the water."), not a toll about something else that
follows it ("The minister said the budget would rise. Some 340 homes were destroyed in the floods."). An account
is about the toll's event when it names the same kind of incident, shares a content word or a name with the toll,
or, naming no other kind of incident, speaks of harm or of a cause of harm (attribution.toml [carry-over]); a toll
or tally in the account itself is a link too, read by the rule (attribution.py), which knows its figures.
"""

from __future__ import annotations

from functools import cache

import regex

from wirelint.checks.wl2data import data
from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.events import incidents
from wirelint.numbers.nouns import singular
from wirelint.startcache import compile_pattern
from wirelint.text.lexicon import spanning
from wirelint.text.vocabulary import is_content, stem

WORD = LazyPattern(r"[\p{L}\p{M}][\p{L}\p{M}'’-]*")


def topic(text: str) -> set[str]:
    """The stems of the words that say what a text is about (text/vocabulary.py)."""
    return {stem(word) for word in WORD.findall(text) if is_content(word)}


@cache
def _harm() -> regex.Pattern[str]:
    """Words of harm or of a cause of harm that tie an account to a toll (attribution.toml [carry-over])."""
    carry, tolls = data()["carry-over"], data()["tolls"]
    ordinary = {word.lower() for word in carry["ordinary"]}
    words = [word for category in carry["harm"] for word in tolls["harm"][category] if word.lower() not in ordinary]
    words += [word for word in (*tolls["causes"], *carry["events"]) if word.lower() not in ordinary]
    spelled = spanning(words)
    return compile_pattern(rf"(?<![\p{{L}}\p{{N}}'’-])(?:{spelled})(?![\p{{L}}\p{{N}}-])", regex.IGNORECASE)


@cache
def _ordinary() -> frozenset[str]:
    return frozenset(singular(word) for word in data()["carry-over"]["ordinary-shared"])


def _shared(account: str, toll: str) -> bool:
    """Whether two texts share a content word as written (plurals and possessives aside) that is not one of the
    ordinary words of any story: a stem in common is often chance ("street trading", "market traders")."""
    words = [{singular(POSSESSIVE.sub("", word)) for word in WORD.findall(text) if is_content(word)}
             for text in (account, toll)]
    return bool((words[0] & words[1]) - _ordinary())


POSSESSIVE = LazyPattern(r"['’]s?$")


CONTINUES = LazyPattern(r"\s*(?:[\"“‘']|(?:it|its|he|his|she|her|they|their|this|these|those)\b)",
                        regex.IGNORECASE)
"""How a sentence that goes on with the account before it opens: a pronoun or a quotation mark ("It lost 464,000
subscribers", "He and three others were indicted", a quote of several sentences)."""


def same_event(account: str, toll: str) -> bool:
    """Whether ``account`` (an attributed sentence and those after it, up to the toll) is about the event of the
    ``toll``'s sentence: a toll sentence that goes on from it (a pronoun, a quote); the same kind of incident; a
    shared content word or name (not one of the ordinary words of any story, [carry-over] ordinary-shared); or harm
    or a cause of harm while naming no kind of incident of another family."""
    told, tolled = incidents(account), incidents(toll)
    if CONTINUES.match(toll) or told & tolled or _shared(account, toll):
        return True
    if _families(told) and _families(tolled) and not _families(told) & _families(tolled):
        return False  # a raid, then the floods: two events
    return bool(told) or _harm().search(account) is not None


def _families(kinds: frozenset[str]) -> set[int]:
    """The families of incident (attribution.toml [carry-over] incident-families) the kinds belong to."""
    return {number for number, family in enumerate(data()["carry-over"]["incident-families"]) if kinds & set(family)}
