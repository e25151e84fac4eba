"""Each side's losses told in a sentence of its own, under a toll "on both sides".

A monitor gives the toll of a battle "on both sides", then each side's losses follow in sentences or clauses of
their own, often each with its own source: "Fighting killed 27 combatants on both sides, the monitor said. // The
army lost 17 soldiers. Rebel losses were put at 14 fighters."; "Two days of clashes left 31 fighters dead on both
sides. The militia said it lost 14 men, and the government said 11 of its troops had died." The two sides' counts
are all of the toll ("on both sides" claims the whole), so they must add up to it.

Read by structure: a count of people with an event whose sentence says "on both sides" (or "each side", "either
side"); then, in the sentences after it (the rest of its paragraph and the next one), the first two counts of people
that each say a loss (or, for a toll that sums what came before it, "Monitors put the overall toll at 28", "In all,
28 were killed", the last two in the two sentences before it): the toll's own event, or a word of loss in their
clause ("lost", "losses", "died", "dead").
Each side's count names what it counts as the toll's noun holds it (fighters hold soldiers, troops and rebels; any
toll of people holds men), directly or after "of its" ("11 of its troops"). The two stand in different sentences or
clauses, not in one list (lists are read elsewhere); a sentence that counts another set (othersets.py) ends the
search.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from wirelint.document import Block
from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.data import divisions_by_sex, includes, personal, wording
from wirelint.numbers.events import within
from wirelint.numbers.located import Located, figures
from wirelint.numbers.nouns import singular
from wirelint.numbers.othersets import different_sets
from wirelint.numbers.parts import is_part
from wirelint.numbers.quantity import Kind, Quantity

BOTH_SIDES = LazyPattern(lambda: rf"\b{wording('sides-prepositions')}\s+{wording('sides-determiners')}\s+sides?\b",
                         regex.IGNORECASE)
"""A toll said to cover both sides of a fight."""
LOSS = LazyPattern(lambda: rf"\b{wording('loss')}\b", regex.IGNORECASE)
"""A word that says a side's count is of its dead."""
_OF_ITS = LazyPattern(r"\s+of\s+(?:its|their|his|her)\s+(?P<noun>[\p{Ll}][\p{Ll}-]*)", regex.IGNORECASE)
_CLAUSE_END = LazyPattern(r"[,;.]\s*(?:and\s+|but\s+|while\s+)?", regex.IGNORECASE)
_SIDES = 2


def side_pairings(blocks: Sequence[Block], listed: set[Quantity]
                  ) -> Iterator[tuple[Located, tuple[Located, ...], bool]]:
    """Every toll "on both sides" with the two sides' counts that follow it in sentences of their own, or that come
    before a toll summing them ("... said 20 of their fighters died. Monitors put the overall toll at 28"), and
    whether the toll claims to be the two sides' whole (it says both sides, "combined" or "between them"; an
    "overall" toll may count others too)."""
    for position, block in enumerate(blocks):
        for total in figures(block):
            quantity = total.quantity
            if (quantity.kind is not Kind.COUNT or not quantity.event or not quantity.value.is_point
                    or not personal(quantity.noun or "person")):
                continue
            sides = None
            if BOTH_SIDES.search(total.sentence_text):
                sides = _sides(total, _after(blocks, position, total), listed)
            if sides is None and SUMMED.search(total.sentence_text):
                sides = _sides(total, _before(blocks, position, total), listed)
                sides = sides[::-1] if sides is not None else None
            if sides is not None:
                yield total, sides, bool(BOTH_SIDES.search(total.sentence_text) or WHOLE.search(total.sentence_text))


SUMMED = LazyPattern(lambda: rf"\b{wording('summed')}\b", regex.IGNORECASE)
"""A toll that sums what came before it: "Monitors put the overall toll at 28", "In all, 28 were killed"."""
WHOLE = LazyPattern(lambda: rf"\b{wording('whole')}\b", regex.IGNORECASE)
"""A toll that is all of what the sides lost ("on both sides", "combined")."""
_CLAUSE_VERB = LazyPattern(lambda: rf"\b{wording('clause-verbs')}\b", regex.IGNORECASE)
"""A verb that makes a clause after a comma a statement of its own."""


def _sides(total: Located, candidates: Iterator[Located], listed: set[Quantity]) -> tuple[Located, ...] | None:
    """The two sides' counts nearest ``total`` among ``candidates`` (in reading order away from it), or None when
    they do not give two."""
    found: list[Located] = []
    for located in candidates:
        if different_sets(total, located):
            return None
        if located.quantity in listed or located.quoted or not _side(total.quantity, located):
            continue
        if found and not _apart(found[-1], located):
            return None  # "lost 17 soldiers and 14 rebels": a list of one clause, read by the other readings
        found.append(located)
        if len(found) == _SIDES:
            return tuple(found)
    return None


def _after(blocks: Sequence[Block], position: int, total: Located) -> Iterator[Located]:
    """The figures after ``total``'s sentence: the rest of its paragraph and the next paragraph."""
    yield from (loc for loc in figures(blocks[position]) if loc.sentence > total.sentence)
    if position + 1 < len(blocks):
        yield from figures(blocks[position + 1])


def _before(blocks: Sequence[Block], position: int, total: Located) -> Iterator[Located]:
    """The figures of the two sentences before ``total``'s, nearest first, in its paragraph or the one before."""
    sentences = [(blocks[position], index) for index in (total.sentence - 1, total.sentence - 2) if index >= 0]
    if len(sentences) < _SIDES and position > 0 and blocks[position - 1].sentences:
        last = len(blocks[position - 1].sentences) - 1
        sentences += [(blocks[position - 1], index) for index in (last, last - 1) if index >= 0]
    for block, index in sentences[:_SIDES]:
        yield from reversed([loc for loc in figures(block) if loc.sentence == index])


def _side(whole: Quantity, located: Located) -> bool:
    """Whether ``located`` counts one side's dead of ``whole``: people the toll's noun holds, with its event or a
    word of loss in its clause."""
    quantity = located.quantity
    if quantity.kind is not Kind.COUNT or not is_part(quantity):
        return False
    noun = quantity.noun
    if not noun and (named := _OF_ITS.match(located.block.text, quantity.end)) is not None:
        noun = singular(named.group("noun"))
    total_noun = whole.noun or "person"
    if not noun or not personal(noun):
        return False
    if not (includes(total_noun, noun) or noun == total_noun or noun in divisions_by_sex()):
        return False
    if quantity.event and (quantity.event == whole.event or within(quantity.event, whole.event)):
        return True
    return LOSS.search(_clause(located)) is not None


def _clause(located: Located) -> str:
    """The clause of a count: its sentence cut at the commas and semicolons around it."""
    text, start, end = located.block.text, *located.block.sentences[located.sentence]
    before = max((match.end() for match in _CLAUSE_END.finditer(text, start, located.quantity.start)), default=start)
    after = _CLAUSE_END.search(text, located.quantity.end, end)
    return text[before:after.start() if after else end]


def _apart(first: Located, second: Located) -> bool:
    """Whether two counts stand in different sentences, or clauses parted by a comma or semicolon and a verb."""
    if first.block is not second.block or first.sentence != second.sentence:
        return True
    if second.quantity.start < first.quantity.start:
        first, second = second, first
    between = first.block.text[first.quantity.phrase_end:second.quantity.start]
    return bool(regex.search(r"[,;]", between)) and _CLAUSE_VERB.search(between) is not None
