"""Tolls whose harm is a noun, not a verb, for WL201: the harmed named as a group and a count given of them.

Verbs of harm are read by tolls.py. A toll is as often written with the harmed as a noun: a count of a group of
them ("Forty of the dead were women", "Funerals were held for 20 of the victims"), a toll's own noun and a verb
of reaching before a bare count ("Fatalities from the heatwave now total 83", "The number of dead has reached
41"), or a definite group told for the first time ("Among the 41 casualties were", "The 30 victims included"). A
definite count usually names back a group counted before; it tells a toll only when nothing earlier in the article
counted harm. The nouns and the verbs are data (``attribution.toml`` [tolls.named]).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import regex

from wirelint.checks.wl2data import data
from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers import Kind
from wirelint.numbers.data import personal
from wirelint.numbers.located import Located, figures
from wirelint.startcache import compile_pattern
from wirelint.text.lexicon import spanning

WHO = LazyPattern(r"\s+(?:who|whom)\b", regex.IGNORECASE)
"""A count with no noun that a relative clause says are people: "The 33 who died were miners"."""
PEOPLE_EVENTS = frozenset({"killed", "injured", "displaced", "abducted"})
"""Events (numbers/events.py) a bare count suffers only as people: not "arrested" ("the 2.82 mln held")."""
PEOPLE_HARM = ("death", "injury", "missing", "displacement")
"""The categories of [tolls.harm] whose participles name the harmed as a group ("of the drowned")."""
PARTICIPLE = LazyPattern(r"[a-z]+(?:ed|en)")
"""One word that may be a participle used as a noun: "drowned", "abducted", "beaten"."""
FEW = 5
"""Below this a definite group ("the two victims were named as ...") is people told one by one before, not a toll
given as a number."""


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    named = data()["tolls"]["named"]
    groups, tolls, reaching, heads = (spanning(named[key]) for key in ("groups", "tolls", "reaching", "heading"))
    qualifiers = spanning(data()["tolls"]["qualifiers"])
    harm = data()["tolls"]["harm"]
    suffered = spanning(word for category in PEOPLE_HARM for word in harm[category] if PARTICIPLE.fullmatch(word))
    ends = r"(?![\p{L}-])(?!\s+(?!(?:is|was|has|does|remains|includes|lies)\b)[\p{Ll}]+s\b)"
    return {
        # "Forty of the dead", "20 of the victims", "a dozen of those injured", "Twenty of the drowned" (a
        # participle of harm as a noun, ending its phrase: not "three of the injured players", a squad)
        "partitive": compile_pattern(rf"\s+of\s+(?:the|those|these)\s+(?:[\p{{Ll}}-]+\s+)?(?:{groups}|{suffered})"
                                     rf"{ends}", regex.IGNORECASE),
        # "Deaths from the outbreak have passed", "The number of dead in the ferry disaster has reached"
        "reached": compile_pattern(rf"(?<![\p{{L}}-])(?P<noun>{tolls})"
                                   rf"(?:(?=\s*,|\s+(?:{heads}|{reaching})(?![\p{{L}}-]))[^.;:!?\"“”]{{0,60}}?(?<![\p{{L}}-])(?:{reaching})|\s*,)(?:\s+(?:{qualifiers}))*\s*$",
                                   regex.IGNORECASE),  # or in apposition: "The dead, 20 in all, were buried"
        # an ambiguous toll noun after the modifier of an organisation: "Public bodies", "governing bodies"
        "organisation": compile_pattern(rf"(?<![\p{{L}}-])(?:{spanning(named['organisation'])})\s+$",
                                        regex.IGNORECASE),
        # what says an ambiguous toll noun means the dead: "Bodies pulled from the river", "of the dead"
        "dead-context": compile_pattern(rf"(?<![\p{{L}}-])(?:{spanning([*named['dead-context'], *harm['death']])})"
                                        r"(?![\p{L}-])", regex.IGNORECASE),
        # a team's own: "Injuries on the squad now number 8"
        "squad": compile_pattern(rf"(?<![\p{{L}}-])(?:{spanning(data()['tolls']['squads'])})s?(?![\p{{L}}-])",
                                 regex.IGNORECASE),
    }


def _bare(located: Located) -> bool:
    quantity = located.quantity
    return quantity.kind is Kind.COUNT and not quantity.noun and not quantity.event


def partitive(located: Located) -> bool:
    """A count of some of the harmed, named as a group after it: "Forty of the dead were women"."""
    return _bare(located) and bool(_patterns()["partitive"].match(located.block.text, located.quantity.phrase_end))


def reached(located: Located) -> bool:
    """A bare count a toll's own noun reaches ("Fatalities from the heatwave now total 83"), the noun heading its
    phrase (not "The number of dead ends in the maze has reached 43"); a verb of reaching the engine read into the
    figure ("passed 63") is read here as written. Not a squad's injuries; a noun that as often names an
    organisation ("bodies") only with a death context and no organisation's modifier before it."""
    if not _bare(located):
        return False
    block, quantity = located.block, located.quantity
    start = block.sentences[located.sentence][0]
    figure = quantity.text.rfind(quantity.figure)
    end = quantity.start + max(0, figure)
    patterns = _patterns()
    found = patterns["reached"].search(block.text, start, end)
    if found is None or patterns["squad"].search(block.text, found.end("noun"), end):
        return False  # not "Injuries on the squad now number 8": team news
    if found.group("noun").lower() not in data()["tolls"]["named"]["ambiguous"]:
        return True
    return not patterns["organisation"].search(block.text, start, found.start()) and bool(
        patterns["dead-context"].search(block.text, *block.sentences[located.sentence]))


def named_toll(located: Located) -> bool:
    """Whether a bare count is a toll whose harm is named as a noun."""
    return partitive(located) or reached(located)


def _people(located: Located) -> bool:
    """Whether a count is of people: a noun that may name them or the harmed; or none, and an event only people
    suffer ("the 57 wounded") or "who" after it (not "the 53.2 billion held on Tuesday", reserves)."""
    quantity = located.quantity
    if quantity.noun:
        return personal(quantity.noun) or quantity.noun in data()["tolls"]["harmed"]
    return quantity.event in PEOPLE_EVENTS or WHO.match(located.block.text, quantity.phrase_end) is not None


def first_told(located: Located, harmful: Callable[[Located], bool]) -> bool:
    """Whether a definite count of harm ("the 30 victims") tells the toll: a group of at least ``FEW`` and no
    ``harmful`` count before it in the article's body, which it would name back."""
    quantity = located.quantity
    if quantity.kind is not Kind.COUNT or quantity.vague or quantity.range.low < FEW or not _people(located) or (
            not harmful(located)):
        return False
    article = located.block.article
    blocks = article.body if article is not None else [located.block]
    for block in blocks:
        for other in figures(block):
            if other.quantity is quantity:
                return True
            if harmful(other):
                return False
    return True
