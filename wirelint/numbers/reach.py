"""Where the total of a list may stand: earlier clauses, the sentence before, a pointer's named group further
back, a summing sentence after, and the paragraphs next to it.

Split from totals.py, which decides which of these places each kind of link may reach.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from wirelint.document import Block
from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.data import personal
from wirelint.numbers.events import event_after
from wirelint.numbers.links import ADDED, POINTER_BACK, TOTALIZER
from wirelint.numbers.located import Located, figures


def totals_after(blocks: Sequence[Block], position: int, first: Located) -> list[Located]:
    """The figures of the next sentence when it opens by summing up ("In all, ..."), or of a later clause of the
    list's own sentence that does ("15 of the victims were women and 12 children; in all, 25 people died")."""
    block = blocks[position]
    end = block.sentences[first.sentence][1]
    semicolon = block.text.find(";", first.quantity.end, end)
    if semicolon >= 0 and TOTALIZER.match(block.text, semicolon + 1):
        return [loc for loc in figures(block) if loc.sentence == first.sentence and loc.quantity.start > semicolon]
    if first.sentence + 1 < len(block.sentences):
        following, index = block, first.sentence + 1
    elif position + 1 < len(blocks) and blocks[position + 1].sentences:
        following, index = blocks[position + 1], 0
    else:
        return []
    start = following.sentences[index][0]
    if ADDED.match(following.text, start) and index + 1 < len(following.sentences):
        index += 1  # "11 of the dead were villagers. A further 64 were soldiers. The toll stands at 58."
        start = following.sentences[index][0]
    if not TOTALIZER.match(following.text, start):
        return []
    return [loc for loc in figures(following) if loc.sentence == index]


def clause_start(block: Block, first: Located) -> int:
    """Where the clause holding ``first`` starts: its sentence, or the last semicolon before it in the sentence
    ("Gunmen killed 68 villagers; 17 of the dead were ..."), or a colon or dash right after a source ("..., the
    navy said - 67 were conscripts ...")."""
    start = block.sentences[first.sentence][0]
    semicolon = block.text.rfind(";", start, first.quantity.start)
    marks = [found.end() for found in _SAID_MARK.finditer(block.text, start, first.quantity.start)]
    return max([semicolon + 1 if semicolon >= 0 else start, *marks])


_SAID_MARK = LazyPattern(r"\b(?:said|says|reported|added)\s*(?::|[–—]|\s-)", regex.IGNORECASE)


def antecedents(blocks: Sequence[Block], position: int, first: Located, clause: int) -> list[Located]:
    """What a pointer or an elliptical subject at ``clause`` can refer to: earlier clauses of its sentence, nearest
    first, then the sentence before."""
    earlier = [loc for loc in figures(blocks[position])
               if loc.sentence == first.sentence and loc.quantity.end <= clause]
    return [*reversed(earlier), *reversed(previous_sentence(blocks, position, first.sentence))]


def named_event(opening: str) -> str:
    """The event a pointer names, its last word that names one ("Of the injured,", "among those killed")."""
    return next((event for word in reversed(opening.split()) if (event := event_after(" " + word, 0))), "")


def further_back(blocks: Sequence[Block], position: int, first: Located, opening: str) -> list[Located]:
    """Totals a pointer that names its group ("Those evacuated comprised", "Nineteen of the missing were") may
    refer to beyond the sentence before: counts of people with the event it names, nearest first, in its
    paragraph and up to POINTER_BACK paragraphs before it."""
    named = named_event(opening)
    if not named:
        return []
    found: list[Located] = []
    for index in range(position, max(-1, position - POINTER_BACK - 1), -1):
        found += [loc for loc in reversed(figures(blocks[index]))
                  if (index < position or loc.sentence < first.sentence - 1) and loc.quantity.event == named
                  and not loc.quantity.vague and personal(loc.quantity.noun or "people")]
    return found


def previous_sentence(blocks: Sequence[Block], position: int, sentence: int) -> list[Located]:
    if sentence > 0:
        return [loc for loc in figures(blocks[position]) if loc.sentence == sentence - 1]
    if position == 0:
        return []
    before = figures(blocks[position - 1])
    last = len(blocks[position - 1].sentences) - 1
    return [loc for loc in before if loc.sentence == last]


def nearby(blocks: Sequence[Block], position: int, parts: list[Located]) -> list[Located]:
    """Figures that could be the total of self-standing parts: nearest first, this paragraph and the ones next to it."""
    first, last = parts[0].quantity, parts[-1].quantity
    here = figures(blocks[position])
    nearby = [loc for loc in reversed(here) if loc.quantity.end <= first.start]
    if position > 0:
        nearby += reversed(figures(blocks[position - 1]))
    nearby += [loc for loc in here if loc.quantity.start >= last.end]
    if position + 1 < len(blocks):
        nearby += figures(blocks[position + 1])
    return nearby
