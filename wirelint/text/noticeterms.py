"""The vocabulary of restriction notices and its score (``[lexicon.notices]`` in rules/leftovers.toml).

Terms are regex fragments with placeholders the lists of the pack fill in: ``{countries}`` (names in capitals),
``{places}`` (names in ordinary case), ``{place-names}`` and ``{small-places}`` (the places of the one list),
``{acts}``, ``{participles}``, ``{verbs}``, ``{outlets}``, ``{marks}`` (with ``{owned-marks}`` and
``{mark-owners}``), ``{mark-verbs}``, ``{story-words}``, ``{selling}``,
``{org}``, ``{term-ends}``, ``{products}``. Every strong term found adds its weight, every weak one outside them a
smaller one (see :mod:`wirelint.text.notices` for how a run of terms becomes a notice).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from wirelint.gates import LiteralGate
from wirelint.lazy_pattern import LazyPattern
from wirelint.text.lexicon import alternation, fragments, table, words
from wirelint.text.noticewords import place_first_words, place_pattern


@dataclass(frozen=True)
class Vocabulary:
    strong: LiteralGate
    """Searched only in texts that hold one of the strings a term needs (most paragraphs hold none)."""
    weak: LazyPattern
    strong_weight: int
    weak_weight: int
    capitals: int
    mixed: int
    opening: LazyPattern


@cache
def vocabulary() -> Vocabulary:
    """The terms of ``[lexicon.notices]`` with their placeholders filled in, their weights and thresholds."""
    lexicon = table("notices")
    flags = regex.IGNORECASE | regex.VERSION1
    countries = _countries(place_first_words())
    places = f"(?-i:{place_list()})"
    acts, participles = fragments(words(lexicon, "acts")), fragments(words(lexicon, "participles"))
    strong = fragments(words(lexicon, "strong")).replace("{countries}", countries).replace("{places}", places)
    strong = strong.replace("{country-list}", _countries(place_first_words(), least=2))
    strong = strong.replace("{outlets}", fragments(words(lexicon, "outlets")))
    strong = strong.replace("{acts}", acts).replace("{participles}", participles)
    strong = strong.replace("{verbs}", fragments(words(lexicon, "verbs")))
    placeholders = (
        "marks", "owned-marks", "mark-owners", "mark-verbs", "story-words", "org", "term-ends", "selling", "products"
    )
    for placeholder in placeholders:
        strong = strong.replace(f"{{{placeholder}}}", fragments(words(lexicon, placeholder)))
    strong = strong.replace("{small-places}", place_pattern(small=True)).replace("{place-names}", place_pattern())
    weak = fragments(words(lexicon, "weak")).replace("{countries}", countries)  # "... ONLINE IN INDIA"
    return Vocabulary(
        LiteralGate(LazyPattern(rf"(?<![\p{{L}}])(?:{strong})(?![\p{{L}}])", flags)),
        LazyPattern(rf"(?<![\p{{L}}])(?:{weak})(?![\p{{L}}])", flags),
        int(lexicon.get("strong-weight", 3)),
        int(lexicon.get("weak-weight", 1)),
        int(lexicon.get("capitals-threshold", 4)),
        int(lexicon.get("mixed-threshold", 7)),
        LazyPattern(rf"(?:{fragments(words(lexicon, 'opening'))})", flags),
    )


def _countries(first_words: list[str], least: int = 1) -> str:
    """A list of at least ``least`` country or region names in capitals ("FRANCE, GERMANY OR ITALY", "HONG KONG
    AND CANADA", "SPAIN/THE UK"), of any length: a name is one word in capitals, or two when the first is one
    that starts country names."""
    first = alternation(first_words, boundary=False)
    name = rf"(?:(?:THE[ ])?(?:{first}[ ])?\p{{Lu}}[\p{{Lu}}-]*\p{{Lu}}(?![\p{{L}}]))"
    joiner = r"(?:,[ ](?:(?:AND|OR)[ ])?|[ ](?:AND|OR|&)[ ]|[ ]?/[ ]?)"
    return rf"(?-i:{name}(?:{joiner}{name}){{{least - 1},}})"


def score(text: str) -> int:
    """The weight of the restriction terms in ``text``.

    A term counts once; weak words inside strong terms do not count at all.
    """
    vocabulary_ = vocabulary()
    strong = {match.group().lower(): match.span() for match in vocabulary_.strong.finditer(text)}
    taken = list(strong.values())
    weak = {
        match.group().lower()
        for match in vocabulary_.weak.finditer(text)
        if not any(s <= match.start() < e for s, e in taken)
    }
    return len(strong) * vocabulary_.strong_weight + len(weak) * vocabulary_.weak_weight


@cache
def place_list() -> str:
    """A list of place names in ordinary case ("France, South Korea or the Netherlands")."""
    lexicon = table("notices")
    first = alternation([word.title() for word in place_first_words()], boundary=False)
    not_places = "|".join(words(lexicon, "not-places"))
    word = rf"(?!(?:{not_places})\b)(?:\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?|\p{{Lu}}{{2,3}}\b)"  # "the UK", "UAE"
    place = rf"(?:the[ ])?(?:{first}[ ])?{word}(?:[ ]{word}){{0,2}}"  # "the United Arab Emirates"
    joiner = r"(?:,[ ](?:(?:and|or)[ ])?|[ ](?:and|or|&)[ ])"
    return rf"{place}(?:{joiner}{place})*"


@cache
def _reported() -> LazyPattern:
    reporting = fragments(words(table("translation")["en"], "reporting"))
    return LazyPattern(
        rf",[ ](?:[\p{{L}}\p{{N}}][\p{{L}}\p{{N}}.&\x27’-]*[ ]){{1,4}}(?i:{reporting})[.!]?[\"”’]?[ \t]*\Z",
        regex.VERSION1,
    )


def reported(sentence: str) -> bool:
    """Whether a sentence ends in a reporting clause (", FED SAYS", ", the Bank said."): it reports what someone
    said, so it is a headline's or the story's, never a notice ("LOGOS MUST REMAIN VISIBLE, FIFA SAYS", "The
    paper, supplied by a printer, must stay in place, the Bank said.")."""
    return _reported().search(sentence) is not None
