"""Parts that name a cause or a condition: answers one member may give twice, so no partition of the total.

"Medics treated 53 people, 22 for burns and 34 for smoke inhalation": a person may have both, so 22 + 34 says
nothing of 53. "Eighty people were hurt, 27 with head injuries and 65 with broken bones" and "54 pupils were sent
home, 21 with fever and 36 with rashes" are the same. The reason given for what was done to them is one answer each
as copy reports it ("Nine were banned for doping and seven for violence", "charged with theft"): summed. Only
disjoint subgroups of the total's noun divide it: a part whose phrase names people of the hierarchy ("18 for
children and 19 for adults") is a kind, not a condition.

A part is read as a condition when nothing but a pointer, a copula and a participle ("of them", "were treated")
stands between its count and a preposition of condition (quantities.toml [wording] cause-prepositions; "for" only
after an event of [wording] condition-events, "with" after those or none), and the
phrase after it names no people and no name ("12 for Labour and 30 for the Greens" share seats out). Where the copy
itself says the parts add up ("In all, 40 people have been charged", "a total of 40", "broken down as"), they are
summed all the same.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.data import includes, table, wording
from wirelint.numbers.links import COMPOSED
from wirelint.numbers.located import Located
from wirelint.numbers.nouns import singular

_CAUSE = LazyPattern(lambda: rf"\s*,?\s*(?:(?:of|among)\s+{wording('pointers')}\s+)?(?:(?:were|was|are|is)\s+)?"
                             rf"(?:[\p{{Ll}}]+(?:ed|en)\s+)?(?P<preposition>{wording('cause-prepositions')})\s+"
                             r"(?P<phrase>(?:(?:a|an|the|their|his|her|its|minor|serious|severe)\s+)*"
                             r"[\p{L}\p{M}][\p{L}\p{M}'’-]*)", regex.IGNORECASE)
"""A part's words up to its cause: "22 for burns", "11 of them for speeding", "27 were treated with head injuries"."""
_SUMMED = LazyPattern(lambda: rf"\b(?:{wording('summed')}|a\s+total\s+of|total(?:led|ed|ing|s)?)\b", regex.IGNORECASE)
"""A total said to sum its parts: "In all, 40 people have been charged", "a total of 40"."""
_HAVING = LazyPattern(r"with|without|suffering", regex.IGNORECASE)
"""A preposition of what members have, not of why something was done to them."""


def causes_only(total: Located, parts: Sequence[Located]) -> bool:
    """Whether every part names a condition of members of the total (not a kind of people), and the total's
    sentence does not say the parts add up to it: the parts may overlap."""
    if len(parts) < 2 or any(_SUMMED.search(text) or COMPOSED.search(text)
                             for text in {total.sentence_text, parts[0].sentence_text}):
        return False  # "In all, 40 ...", "broken down as 12 with serious injuries and 31 with minor injuries"
    events = {total.quantity.event, *(part.quantity.event for part in parts)} - {""}
    medical = bool(events) and events <= set(table()["wording"]["condition-events"])
    return all(_cause(part, total.quantity.noun, medical, not events) for part in parts)


def _cause(part: Located, noun: str, medical: bool, no_event: bool) -> bool:
    """A condition: "with fever" after a medical event or none; "for burns" after a medical event only ("banned for
    doping" and "charged with arson" give the one reason the copy reports for each member)."""
    quantity = part.quantity
    if quantity.noun and quantity.noun != noun:
        return False
    found = _CAUSE.match(part.block.text, quantity.phrase_end)
    if found is None or not (medical or (no_event and _HAVING.match(found.group("preposition")))):
        return False
    phrase = found.group("phrase")
    return not (phrase[0].isupper() or includes("person", singular(phrase.lower())))  # "for Labour", "for children"
