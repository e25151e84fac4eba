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
from wirelint.numbers.links import CUMULATIVE, OTHER, YEAR
from wirelint.numbers.located import Located

SCOPE = LazyPattern(
    r"\W*(?!(?:in\s+(?:all|total|addition)|overall|altogether|of|among)\b)(?P<scope>(?:in|across|throughout|outside"
    r"|at|on|nationwide|countrywide|elsewhere|nationally|worldwide|globally|overall)\b[^,;:.]{0,40}?)\s*,",
    regex.IGNORECASE,
)
"""A clause that opens by setting its own place or time ("In the south,", "Across the country,", "Nationwide,")."""
_SCOPE_WORD = LazyPattern(r"[\p{L}]{3,}")
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
    if total.block is first.block and total.sentence == first.sentence:
        return False
    texts = (total.sentence_text, first.sentence_text)
    if OTHER.search(first.sentence_text):
        return True
    if WITNESS.search(first.sentence_text) and not WITNESS.search(total.sentence_text):
        return True  # "The raid killed 30 villagers. One survivor said gunmen killed 12 women and 25 children"
    if _own_scope(first, total.sentence_text):
        return True  # "8 were killed in the north. In the south, 12 civilians and 9 soldiers died"
    if CUMULATIVE.search(first.sentence_text) and not CUMULATIVE.search(total.sentence_text):
        return True  # "12 were hurt on Monday ... Since March, 24 men and 39 women have been hurt"
    years = [set(YEAR.findall(text)) for text in texts]
    if years[0] and years[1] and years[0] != years[1]:
        return True
    kinds = [incidents(text) for text in texts]
    return bool(kinds[0] and kinds[1] and not kinds[0] & kinds[1])
