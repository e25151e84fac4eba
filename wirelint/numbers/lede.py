"""A vague headline quantity of people against the one count of people in the lede.

"Dozens missing after landslide" over "Rescuers were searching for 5 people"
and "Thousands join strike" over "Some 350 workers walked out" say the same
thing with other verbs and nouns, so matching by event or noun finds nothing.
The structure is enough: when the headline holds a single vague count of
people (a bare "Dozens", "Hundreds", or "Dozens of nurses") and the first body
paragraph holds a single count, of people, that count is what the headline
rounds. Several counts in the lede, two counts in the headline, or two
different casualty events (the headline's "killed", the lede's "injured";
not "injured" and "treated", one a stage of the other) and nothing is
compared: which count the headline means is then a guess.
"""

from __future__ import annotations

import regex

from wirelint.document import Article, Block
from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.data import personal
from wirelint.numbers.events import within
from wirelint.numbers.located import figures
from wirelint.numbers.quantity import Kind, Quantity

_OF = LazyPattern(r"\s+of\s", regex.IGNORECASE)
MAX_VAGUE = 1_000_000
""""Millions" in a headline is as often money or views as people: left alone."""


CAPACITY = LazyPattern(
    r"\b(?:has|have|had|having|employs?|employed|employing|holds?|houses?|housed|carr(?:y|ies|ied|ying)|seats?"
    r"|accommodates?|serves?|home\s+to|population\s+of|enrols?|enrolled|capacity\s+(?:of|for))\s+"
    r"(?:(?:some|about|around|more\s+than|over|nearly|almost|up\s+to)\s+)?$",
    regex.IGNORECASE,
)
"""What a place or vehicle holds ("The school has 900 pupils", "carrying 60 passengers")."""


def held(text: str, quantity: Quantity) -> bool:
    """A size, not a count of anything that happened: no headline count of the same noun rounds it."""
    return not quantity.event and bool(CAPACITY.search(text, max(0, quantity.start - 40), quantity.start))


def headline_count(block: Block) -> Quantity | None:
    """The headline's one count when it is vague and of people (bare, or "of" a noun for people)."""
    counts = [located.quantity for located in figures(block) if located.quantity.kind is Kind.COUNT]
    if len(counts) != 1 or not counts[0].vague or counts[0].value.low >= MAX_VAGUE:
        return None
    count = counts[0]
    if _OF.match(block.text, count.end):
        return count if personal(count.noun) else None
    return count


def lede_count(article: Article, headline: Quantity) -> tuple[Block, Quantity] | None:
    """The lede's one count when it counts people, new information, of no other casualty event."""
    lede = next(article.fields("body"), None)
    if lede is None:
        return None
    counts = [located.quantity for located in figures(lede) if located.quantity.kind is Kind.COUNT]
    if len(counts) != 1:
        return None
    count = counts[0]
    if count.definite or not personal(count.noun) or held(lede.text, count):
        return None
    events = headline.event, count.event
    if all(events) and events[0] != events[1] and not within(*events) and not within(events[1], events[0]):
        return None  # "Dozens killed" over "5 people were injured"; "Hundreds hurt" may be "35 treated"
    return lede, count
