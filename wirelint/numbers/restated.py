"""A group named again by its number: "Forty-three people died in the blaze. ... All 40 victims were residents".

WL403 compares counts that say the same fact in the same words (the same event and noun). A later sentence often
names the group back instead, with "the" or "all" and a word for those the event befell ("the 53 dead", "all 40
victims"); that number must be the group's number. It is read as the group only where the article has counted one
group of people by an event before it (one fact, however often given), so "A bomb killed 5 people and injured 30.
The 35 victims ..." (two groups, summed) and a group of another noun ("The crash killed 49 passengers. ... the 53
dead": the crew may be among the dead) are left alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from wirelint.document import Block
from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.data import personal
from wirelint.numbers.located import Located, figures
from wirelint.numbers.quantity import Kind, Quantity

NAMED_BACK = LazyPattern(r"\b(?:all\s+(?:of\s+)?(?:the\s+)?|the\s+)$", regex.IGNORECASE)
""""All 40 victims", "all the 40", "the 53 dead": the group named back as a whole."""
VICTIMS = frozenset({"victim", "dead", "casualty", "fatality", "body"})
"""Words for those an event befell, whatever the event's count called them."""
GENERIC = frozenset({"", "people", "person"})
"""Nouns of a count of people that say nothing of who they were: a group named back may be all of them."""
QUALIFIED = LazyPattern(r"\s+(?:(?:so\s+far|identified|named|found|recovered|known|confirmed|who|whose|that|from"
                        r"|in|at|on|of|among)\b)", regex.IGNORECASE)
"""Words after the group named back that may limit it ("the 18 victims identified so far", "the 20 dead in the
north"): some of the group, not all of it."""


def named_back(blocks: Iterable[Block], listed: set[Quantity]) -> Iterator[tuple[Located, Located]]:
    """Each group named back with a number ("All 86 victims") and the one count of people by an event before it
    that it names, when the two disagree is for the caller to judge."""
    earlier: list[Located] = []
    for block in blocks:
        for located in figures(block):
            quantity = located.quantity
            if quantity.kind is not Kind.COUNT or quantity.vague or quantity in listed:
                continue
            if quantity.definite:
                if earlier and _group_word(block, quantity) and len({loc.quantity.event for loc in earlier}) == 1:
                    yield earlier[-1], located
                continue
            if quantity.event and (quantity.noun in GENERIC or quantity.noun in VICTIMS):
                earlier.append(located)
            elif quantity.event and personal(quantity.noun or "person"):
                earlier = []  # a group of another noun ("49 passengers") may not be all of those the event befell


def _group_word(block: Block, quantity: Quantity) -> bool:
    """Whether a definite count names the whole group an event befell: "the"/"all" before it, a word for those
    the event befell after it, nothing after that to limit it."""
    if NAMED_BACK.search(block.text, max(0, quantity.start - 16), quantity.start) is None:
        return False
    return quantity.noun in VICTIMS and QUALIFIED.match(block.text, quantity.phrase_end) is None
