"""Parts that name a condition: answers one member may give twice, so no partition of the total.

"Medics treated 53 people, 22 for burns and 34 for smoke inhalation": a person may have both, so 22 + 34 says
nothing of 53. "Paramedics saw 30 people, 18 for shock and 20 for minor cuts", "Eighty people were hurt, 27 with
head injuries and 65 with broken bones" and "Of the 120 migrants rescued, 70 were suffering from dehydration and 66
from hypothermia" are the same, whatever the event. The phrase decides, not the verb: a part is a condition when
nothing but a pointer, a copula and a participle ("of them", "were treated") stands between its count and a
preposition of condition (quantities.toml [wording] cause-prepositions: "for", "with", "suffering from", "from") and
the words after it name an injury, illness or symptom (quantities.toml [conditions]). A bare "from" after a part
"suffering from" carries its sense ("70 were suffering from dehydration and 66 from exposure"). The reason given for
what was done to members is one answer each ("Nine were banned for doping and seven for violence", "charged with
theft"), and "40 from Syria and 12 from Iraq" are origins: summed. Where the copy itself says the parts add up
("In all, 40 people have been treated", "a total of 40", "broken down as"), they are summed all the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.data import includes, table, wording
from wirelint.numbers.links import COMPOSED
from wirelint.numbers.located import Located
from wirelint.numbers.nouns import singular

_CAUSE = LazyPattern(lambda: rf"\s*,?\s*(?:(?:of|among)\s+{wording('pointers')}\s+)?(?:(?:were|was|are|is)\s+)?"
                             rf"(?:[\p{{Ll}}]+(?:ed|en)\s+)?(?P<preposition>{wording('cause-prepositions')})\s+"
                             r"(?P<phrase>[\p{L}\p{M}'’-]+(?:\s+(?!and\b|or\b)[\p{L}\p{M}'’-]+){0,3})",
                     regex.IGNORECASE)
"""A part's words up to its cause: "22 for burns", "11 of them for speeding", "70 were suffering from dehydration"."""
_SUMMED = LazyPattern(lambda: rf"\b(?:{wording('summed')}|a\s+total\s+of|total(?:led|ed|ing|s)?)\b", regex.IGNORECASE)
"""A total said to sum its parts: "In all, 40 people have been charged", "a total of 40"."""
_SUFFERING = LazyPattern(r"suffering\s+from$", regex.IGNORECASE)
_BARE_FROM = LazyPattern(r"from$", regex.IGNORECASE)


def causes_only(total: Located, parts: Sequence[Located]) -> bool:
    """Whether every part names a condition of members of the total (not a kind of people), and the total's
    sentence does not say the parts add up to it: the parts may overlap."""
    if len(parts) < 2 or any(_SUMMED.search(text) or COMPOSED.search(text)
                             for text in {total.sentence_text, parts[0].sentence_text}):
        return False  # "In all, 40 ...", "broken down as 12 with serious injuries and 31 with minor injuries"
    suffering = False
    for part in parts:
        found = _cause(part, total.quantity.noun)
        if found is None:
            return False
        preposition, phrase = found.group("preposition"), found.group("phrase")
        if not (_condition(phrase) or (suffering and _BARE_FROM.match(preposition) and not _named(phrase))):
            return False
        suffering = suffering or bool(_SUFFERING.match(preposition))
    return True


def _cause(part: Located, noun: str) -> regex.Match[str] | None:
    """The preposition right after a part's count and the words after it."""
    quantity = part.quantity
    if quantity.noun and quantity.noun != noun:
        return None
    return _CAUSE.match(part.block.text, quantity.phrase_end)


def _condition(phrase: str) -> bool:
    """Whether the words after a part's preposition name an injury, illness or symptom ("minor cuts", "smoke
    inhalation", "bronchitis")."""
    words, endings = _conditions()
    return any(word in words or singular(word) in words or word.endswith(endings)
               for word in regex.split(r"[\s-]+", phrase.lower()))


def _named(phrase: str) -> bool:
    """A phrase that names people or a name ("from children", "from Syria"): a kind or an origin, not a condition."""
    return phrase[0].isupper() or includes("person", singular(phrase.split()[0].lower()))


@cache
def _conditions() -> tuple[frozenset[str], tuple[str, ...]]:
    data = table()["conditions"]
    return frozenset(data["words"]), tuple(data["endings"])
