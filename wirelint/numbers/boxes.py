"""Totals and parts set out line by line: fact boxes and bulleted lists.

Copy sometimes gives a breakdown as a list rather than a sentence:

    The victims were:          Men: 54
    - 18 children              Women: 38
    - 35 elderly people        Total: 84

Each line holds one count, after a bullet or a label and a colon. The total
is a line labelled as one ("Total: 84", "In all: 84"), or, for a list that a
sentence ending in a colon introduces ("The victims were:"), the count that
sentence points back to. A list under a colon or beside a "Total" line is
all of the total; one introduced by "included" or "among" is some of it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from wirelint.document import Block
from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.data import both_people, includes, personal
from wirelint.numbers.located import Located, figures
from wirelint.numbers.quantity import Kind

_ITEM = LazyPattern(r"^\s*(?:[-–—*•·]\s*|\d{1,2}[.)]\s+)?(?:(?P<label>[\p{L}\p{M}][\p{L}\p{M} '’-]{0,30}?)\s*:\s*)?$")
"""What may stand before a line's count: a bullet, a label and a colon ("- ", "Women: ")."""
_NUMBERED = LazyPattern(r"\s*\d{1,2}[.)]\s")
_TOTAL_LABEL = LazyPattern(r"^(?:total|totals|in\s+all|overall|altogether|all|grand\s+total|combined)$",
                           regex.IGNORECASE)
_INTRODUCED = LazyPattern(r":\s*$")
_POINTER_LENGTH = 40
"""A paragraph that only introduces a list ("They were:", "The dead included:") is short."""
_SOME = LazyPattern(r"\b(?:included?|includes|including|among|such\s+as)\b", regex.IGNORECASE)


def box_pairings(blocks: Sequence[Block]) -> Iterator[tuple[Located, tuple[Located, ...], bool, bool]]:
    """``(total, parts, complete, partial)`` for every block set out as a list of counts, one a line."""
    for position, block in enumerate(blocks):
        items = _items(block)
        if len(items) < 2:
            continue
        totals = [located for located, label in items if label and _TOTAL_LABEL.match(label)]
        parts = tuple(located for located, label in items if not (label and _TOTAL_LABEL.match(label)))
        if len(totals) == 1 and parts:
            yield totals[0], parts, True, False
        elif not totals and position > 0:
            found = _introduced_total(blocks[position - 1], parts)
            if found is None and position > 1 and not figures(blocks[position - 1]):
                # "Police named the 35 people arrested. // They were: // 1. ...": the pointer stands alone
                found = _introduced_total(blocks[position - 2], parts, blocks[position - 1])
            if found is not None:
                yield found


def _items(block: Block) -> list[tuple[Located, str]]:
    """Each line's count and its label, when every line of a block of two or more lines is one count."""
    text = block.text
    if "\n" not in text:
        return []
    placed = [loc for loc in figures(block) if loc.quantity.kind is Kind.COUNT]
    items: list[tuple[Located, str]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        number = _NUMBERED.match(text, start, end)  # "1. 12 men": the item's number is not a count
        here = [loc for loc in placed if start <= loc.quantity.start < end
                and not (number and loc.quantity.start < number.end())]
        if not line.strip():
            start = end + 1
            continue
        if len(here) != 1:
            return []
        lead = _ITEM.match(text[start:here[0].quantity.start])
        if lead is None:
            return []
        items.append((here[0], (lead.group("label") or "").strip()))
        start = end + 1
    return items


def _introduced_total(before: Block, parts: tuple[Located, ...], pointer: Block | None = None,
                      ) -> tuple[Located, tuple[Located, ...], bool, bool] | None:
    """The total a list introduced by a colon breaks down: "killed 38 people. The victims were:", or a paragraph of
    its own ("They were:") after the total's."""
    introducer = pointer or before
    if not before.sentences or not _INTRODUCED.search(introducer.text):
        return None
    if pointer is not None and len(pointer.text) > _POINTER_LENGTH:
        return None
    last = len(before.sentences) - 1
    start = before.sentences[last][0] if pointer is None else 0
    some = _SOME.search(introducer.text, start) is not None
    nouns = [part.quantity.noun for part in parts if part.quantity.noun]
    for located in reversed(figures(before)):
        quantity = located.quantity
        if located.sentence < last - 1 or quantity.kind is not Kind.COUNT or quantity.vague:
            continue
        if quantity.event and all(_fits(quantity.noun or "person", noun) for noun in nouns):
            return located, parts, not some, some
    return None


def _fits(whole: str, part: str) -> bool:
    """A listed part counts people the total counts: the hierarchy's people, or a word for a doer ("dockers")
    under a count of people, since the copy itself ties the list to the total."""
    return both_people(whole, part) or (personal(part) and includes("person", whole))
