"""The counted noun: what a count counts ("20 pro-government fighters" counts fighters).

Without a part-of-speech tagger, the noun is the last of up to four words
after the figure, stopping at the first function word or punctuation. That
finds "fighters" in "20 pro-government fighters and 31 militants" and
"people" in "380,000 people since it started".
"""

from __future__ import annotations

import regex

from wirelint.lazy_pattern import LazyPattern

STOP_WORDS = frozenset(
    """
    a an the of on in at and or but nor were was are is be been being have has had do does did will would
    could should may might must can who whom whose which that this these those from to for with by since
    during after before as than while when where said says say told according most over last each per
    between among including against into across near under about their its his her our my your them they
    it he she we i you so such not no all both also only just up down out off there here then now what
    how if because though although until till via amid despite within without around like versus vs
    abroad overseas locally domestically elsewhere respectively include includes included comprise comprises
    comprised remain remains overnight yesterday today tonight tomorrow earlier later afterwards aged
    altogether overall combined apiece
    """.split()
)
IRREGULAR = {
    "people": "people", "men": "man", "women": "woman", "children": "child", "police": "police",
    "staff": "staff", "personnel": "personnel", "cattle": "cattle", "sheep": "sheep", "fish": "fish",
    "lives": "life", "wives": "wife", "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
    "series": "series", "species": "species", "news": "news", "aircraft": "aircraft", "crew": "crew",
    "thieves": "thief", "knives": "knife", "calves": "calf", "halves": "half", "shelves": "shelf", "wolves": "wolf",
    "loaves": "loaf",
}
PEOPLE = frozenset(
    """
    people person man woman child civilian soldier troop fighter militant jihadist rebel insurgent resident
    protester demonstrator worker employee staff voter user customer patient passenger student refugee
    migrant visitor viewer listener member household family adult teenager pupil teacher officer police
    policeman supporter fan citizen inhabitant victim prisoner detainee hostage immigrant asylum-seeker
    pensioner consumer subscriber reader shopper tourist spectator player doctor nurse farmer job
    """.split()
)
"""Nouns whose counts are statistics about people (populations, jobs, voters)."""

NOT_NOUNS = frozenset("more less fewer other further additional new extra".split())
"""Words that can stand between a figure and its noun ("5 more people") but are never the noun."""

ACRONYMS = LazyPattern(r"[A-Z]{2,5}s")
"""An initialism in the plural is a noun, not a name: "38 new MPs", "12 NGOs", "40 GPs"."""
_PARTICLE_VERB = LazyPattern(r"\s+(?:down|up)\s+(?:as|into|of|to|like)\b", regex.IGNORECASE)
_WORD = LazyPattern(r"\s*([\p{L}\p{M}][\p{L}\p{M}'’-]*)")  # a combining accent is part of its word ("recru\u0301its")
NEXT_LINE = LazyPattern(r"[^\S\n]*\n\s*(?=\p{Lu})")
"""A line break and a capital after a count or a word: in a box or table the next line is an item of its own
("Riders | 20\nGate marshals | 19"), so nothing after the break says what the count counts or what its members
were (hard-wrapped prose goes on in small letters)."""
_MAX_WORDS = 4
_AGENT = LazyPattern(r"\s+by\s", regex.IGNORECASE)


def singular(word: str) -> str:
    """A plain singular for grouping: "fighters" -> "fighter", "casualties" -> "casualty"."""
    word = word.lower()
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word.endswith("children") and len(word) > 8:
        return word[:-8] + "child"  # schoolchildren, grandchildren
    if word.endswith("men") and len(word) > 4:
        return word[:-3] + "man"  # policemen, gunmen
    if word.endswith("wives") and len(word) > 5:
        return word[:-3] + "fe"  # midwives, housewives, like "wives"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "buses", "viruses", "campuses", "bonuses", "censuses",
                      "statuses")) and not word.endswith("abuses"):
        return word[:-2]  # "buses" is "bus", not "buse"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def counted_noun(text: str, position: int) -> tuple[str, int, tuple[str, ...]]:
    """``(noun, end, modifiers)`` for the noun after a figure ending at ``position``.

    The noun is returned lower case and singular; ``end`` is ``position`` and
    the noun empty when the next word is not part of a noun phrase.
    """
    words: list[tuple[str, int]] = []
    cursor = position
    while len(words) < _MAX_WORDS:
        match = _WORD.match(text, cursor)
        if not match:
            break
        word = match.group(1)
        lowered = word.lower()
        if NEXT_LINE.match(text, cursor):
            break
        if _PARTICLE_VERB.match(text, match.end()):
            break  # "61 breaks down as", "40 made up of": a verb, not the noun
        if lowered in STOP_WORDS or (word[0].isupper() and not _is_adjective(word) and not text.isupper()
                                     and not ACRONYMS.fullmatch(word) and not _kind_follows(text, match.end())):
            break
        if words and lowered.endswith("ed") and len(lowered) > 4 and not _plural_follows(text, match.end()):
            break  # "4,200 livestock perished in ...": the verb after the noun (not "20 convicted murderers")
        if lowered.endswith(("ed", "en")) and len(lowered) > 4 and _AGENT.match(text, match.end()):
            break  # "25 headed by men": a passive verb and its agent, no noun
        words.append((word, match.end()))
        cursor = match.end()
        if is_plural(lowered) and not _plural_follows(text, cursor):
            break
    while words and not _is_nounlike(words[-1][0]):
        words.pop()
    if not words:
        return "", position, ()
    noun, end = words[-1]
    return singular(noun), end, tuple(word.lower() for word, _ in words[:-1])


def _plural_follows(text: str, position: int) -> bool:
    """True when a plural noun follows a plural used as a modifier: "police officers", "crew members"."""
    match = _WORD.match(text, position)
    if not match:
        return False
    word = match.group(1)
    return word.islower() and word not in STOP_WORDS and word not in IRREGULAR and is_plural(word)


def _kind_follows(text: str, position: int, capitals: int = 1) -> bool:
    """True when a capitalised word before the noun is its proper adjective: a lower-case plural follows it, or
    one more capitalised word and then one ("35 Roma families", "20 Hamas militants", "12 Premier League clubs").
    A people, a party, a place or a firm qualifies what is counted; a name never stands between a count and a
    plural noun."""
    match = _WORD.match(text, position)
    if not match:
        return False
    word = match.group(1)
    if word[0].isupper():
        return capitals < 2 and _kind_follows(text, match.end(), capitals + 1)
    return word.lower() not in STOP_WORDS and is_plural(word)


def _is_adjective(word: str) -> bool:
    """Capitalised words that still belong to a counted noun: nationalities ("31 Syrian soldiers") and the
    people named by them ("12 Britons", "30 Germans", "two Filipinos")."""
    lowered = word.lower()
    demonym = lowered.endswith(("ians", "ans", "ons", "ese", "ish", "inos", "ites", "is")) and len(word) > 4
    return (lowered.endswith(("ian", "ese", "ish", "ean", "an", "i")) or demonym) and "-" not in word[:1]


def is_plural(word: str) -> bool:
    """A plural: an irregular one, one in -s (not "-ss", "-us", "-is"), or a compound of "men" ("firemen",
    "policemen", "fishermen"), as :func:`singular` reads them."""
    return word in IRREGULAR or (word.endswith("s") and not word.endswith(("ss", "us", "is"))) or (
        word.endswith("men") and len(word) > 4)


def _is_nounlike(word: str) -> bool:
    lowered = word.lower()
    if lowered in NOT_NOUNS:
        return False
    return not lowered.endswith(("ly", "ing")) or lowered in IRREGULAR
