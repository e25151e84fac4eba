"""Lists that count another set than a total near them: another day, place, incident or period.

"Eight people were killed in the north. In the south, 12 civilians and 9 soldiers died", "Since the unrest began
in March, 24 men and 39 women have been hurt", "In another attack, ...": the list names what it counts by the
frame its clause opens with, and that frame is not the total's. Read only where the copy does not tie the list
to the total itself (a pointer, "including", a colon): those say the list is of the total, whatever else it says.
"""

from __future__ import annotations

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.events import incidents
from wirelint.numbers.lexicon import TENS, UNITS
from wirelint.numbers.links import CUMULATIVE, OTHER, YEAR
from wirelint.numbers.located import Located

THE_OTHER_COUNT = LazyPattern(lambda: r"\bthe\s+other\s+(?=\d|(?:"
                              + "|".join(sorted([*UNITS, *TENS], key=len, reverse=True)) + r")\b)", regex.IGNORECASE)
""""...; 20 were tourists and the other 37 were crew": "the other" before a count closes the list (the rest of the
same set), so it is no sign of another set."""

SCOPE = LazyPattern(
    r"\W*(?!(?:in\s+(?:all|total|addition)|overall|altogether|of|among)\b)(?P<scope>(?:in|across|throughout|outside"
    r"|at|on|nationwide|countrywide|elsewhere|nationally|worldwide|globally|overall)\b[^,;:.]{0,40}?)\s*,",
    regex.IGNORECASE,
)
"""A clause that opens by setting its own place or time ("In the south,", "Across the country,", "Nationwide,")."""
_SCOPE_WORD = LazyPattern(r"[\p{L}\p{M}]{3,}")
_FUNCTION = frozenset("the and that this its their across throughout outside nationwide".split())


def _own_scope(first: Located, total_sentence: str) -> bool:
    """Whether the parts' clause opens with a place or time the total's sentence does not name: another set."""
    start = first.block.sentences[first.sentence][0]
    scope = SCOPE.match(first.block.text, start, first.quantity.start)
    if scope is None:
        return False
    words = {w.lower() for w in _SCOPE_WORD.findall(scope.group("scope"))} - _FUNCTION
    named = {w.lower() for w in _SCOPE_WORD.findall(total_sentence)}
    return (bool(words) and not words & named) or scope.group("scope").lower().startswith(
        ("nationwide", "countrywide", "elsewhere", "nationally", "worldwide", "globally"))


WITNESS = LazyPattern(
    r"\b(?:(?:one|a|an|another)\s+(?:eye-?witness|witness|survivor|resident|villager|local|neighbour|neighbor"
    r"|bystander|passer-by|onlooker|relative)|(?:eye-?witnesses|witnesses|survivors|residents|villagers|locals)"
    r")\b[^.;:]{0,40}?\b(?:said|says|told|tells|recalled|recounted|described|reported|claimed)\b"
    r"|\baccording\s+to\s+(?:one|a|an)\s+(?:eye-?witness|witness|survivor|resident)\b",
    regex.IGNORECASE,
)
"""A witness's own account ("One witness said the gunmen killed 12 women and 25 children"): what one person saw
or heard, not a breakdown of the toll the authorities give."""


def different_sets(total: Located, first: Located) -> bool:
    """True when the list reads as another set than the total: "another", different years or incidents, or a
    witness's account beside an official toll."""
    texts = (total.sentence_text, first.sentence_text)
    if total.block is first.block and total.sentence == first.sentence:
        text = total.block.text
        cut = text.rfind(";", total.quantity.end, first.quantity.start)
        if cut < 0:
            return False
        start, end = total.block.sentences[total.sentence]  # "killed 67 people this year; in 2009 the north lost
        texts = (text[start:cut], text[cut + 1:end])  # 33 and the south 44": two statements, each of its own set
    elif _own_scope(first, total.sentence_text) and not BROAD.search(total.sentence_text):
        return True  # "8 were killed in the north. In the south, 12 civilians and 9 soldiers died"; not after a
        # count across a wide area, of which a place's count is a part ("across the valley ... In Soria, ...")
    if OTHER.search(THE_OTHER_COUNT.sub(" ", texts[1])):
        return True
    if WITNESS.search(texts[1]) and not WITNESS.search(texts[0]):
        return True  # "The raid killed 30 villagers. One survivor said gunmen killed 12 women and 25 children"
    if CUMULATIVE.search(texts[1]) and not CUMULATIVE.search(texts[0]):
        return True  # "12 were hurt on Monday ... Since March, 24 men and 39 women have been hurt"
    years = [set(YEAR.findall(text)) for text in texts]
    if years[1] and (years[0] != years[1] if years[0] else CUMULATIVE.search(texts[0])):
        return True  # "in 2009" beside "in 2011", or beside "this year"
    kinds = [incidents(text) for text in texts]
    return bool(kinds[0] and kinds[1] and not kinds[0] & kinds[1])


SCOPE_PHRASE = LazyPattern(
    r"\b(?:[Ii]n|[Aa]t|[Ii]nside|[Ww]ithin|[Nn]ear)\s+(?:the\s+)?(?:(?P<name>(?:[\p{Lu}][\p{L}\p{M}'’-]+\s*){1,3})"
    r"|(?P<words>(?:one|a\s+single)\s+[\p{Ll}]+|[\p{Ll}]+))|\b(?P<alone>alone)\b"
)
"""A place or group a count is limited to: "in Kerala", "in the capital", "in one village", "... alone"."""
BROAD = LazyPattern(r"\b(?:across|throughout|nationwide|countrywide|worldwide|globally|around\s+the\s+world"
                    r"|(?:the\s+)?(?:whole|entire)\s+(?:country|region)|in\s+(?:all|[\w-]+)\s+(?:states|countries"
                    r"|provinces|regions|districts|cities|towns|villages|counties))\b", regex.IGNORECASE)
"""A count over a wide area, of which a count in one named place is a part ("across the country")."""
def narrower(small: Located, large: Located) -> bool:
    """Whether ``small`` counts a part of what ``large`` counts, by a place or group its sentence names that the
    larger count's sentence does not ("The floods have killed 200 people. In Kerala, the floods have killed 45";
    "Troops killed 50 militants. Troops killed 20 militants in one village"): a subset, not another figure for
    the same fact."""
    named = {word.lower() for word in _SCOPE_WORD.findall(large.sentence_text)}
    broad = BROAD.search(large.sentence_text) is not None
    for phrase in SCOPE_PHRASE.finditer(small.sentence_text):
        if phrase.group("alone"):
            return True
        place = phrase.group("name")  # a named place is part of a wide area, not of a war or storm with no place
        words = {word.lower() for word in _SCOPE_WORD.findall(place or phrase.group("words"))} - _FUNCTION
        if words and not words & named and (broad or not place):
            return True
    return False
