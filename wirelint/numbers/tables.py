"""Tables written as prose: a run of labelled counts closed by a labelled total.

"Police gave this breakdown: men, 12; women, 9; total, 20." and "Eritreans: 39. Sudanese: 13. Total: 76." are
fact boxes run into a paragraph. Each item is a short label, a colon or comma, and one count; items are
separated by semicolons or full stops; the last item is labelled as the total ("total", "in all", "overall").
The total row claims the items are all of it. Any label will do (a people, a place, a role): the structure says
what is a part, not the words.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from wirelint.document import Block
from wirelint.lazy_pattern import LazyPattern
from wirelint.numbers.data import wording
from wirelint.numbers.located import Located, figures
from wirelint.numbers.quantity import Kind

ITEM = LazyPattern(r"(?:^|[:;.]\s*)(?P<label>[\p{L}\p{M}][\p{L}\p{M} '’-]{0,30}?)\s*[:,]\s*$")
"""Before an item's count: the end of the item before (or of the lead-in), a label, a colon or a comma."""
AFTER = LazyPattern(r"\s*(?:[;.]|$)")
"""After an item's count: the separator to the next item, or the end."""
TOTAL = LazyPattern(lambda: rf"^(?:{wording('box-totals')})$", regex.IGNORECASE)
MIN_ITEMS = 2


def table_pairings(block: Block) -> Iterator[tuple[Located, tuple[Located, ...], bool, bool]]:
    """``(total, parts, complete, partial)`` for each run of labelled counts closed by a total row."""
    run: list[Located] = []
    for located in figures(block):
        quantity = located.quantity
        item = ITEM.search(block.text, max(0, quantity.start - 40), quantity.start)
        if (quantity.kind is not Kind.COUNT or quantity.noun or item is None
                or AFTER.match(block.text, quantity.end) is None):
            run = []
            continue
        if TOTAL.match(item.group("label").strip()):
            if len(run) >= MIN_ITEMS:
                yield located, tuple(run), True, False
            run = []
        else:
            run.append(located)
