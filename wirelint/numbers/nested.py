"""A sub-group given inside an item of a list is no item of it.

"The gale drowned 30 people: 12 oystermen, 9 of whom were brothers, and 18 harbour pilots": the 9 are some of the
12, and the list of the 30 goes on after their clause with the 18. Nested sub-groups are said with "of whom", "of
them" or "among whom" right after the item they divide ("28 were rafters, four of them foreigners, and ...").
"""

from __future__ import annotations

from collections.abc import Sequence

from wirelint.numbers.located import Located
from wirelint.numbers.parts import nested_end


def without_nested(total: Located, parts: Sequence[Located]) -> tuple[Located, ...]:
    """``parts`` without a sub-group given inside one of them ("13 drivers, 8 of whom were off duty, and 10
    sweepers": the 8 are some of the 13) and, where ``total`` is such an item, without the items of the list that
    goes on after its sub-group (the 10 sweepers are no part of the 13)."""
    kept: list[Located] = []
    resumed = -1
    for part in parts:
        text, same = part.block.text, part.block is total.block
        if same and resumed >= 0 and part.quantity.start >= resumed:
            continue
        if same and (end := nested_end(text, total.quantity, part.quantity)) >= 0:
            resumed = end
        elif kept and kept[-1].block is part.block and nested_end(text, kept[-1].quantity, part.quantity) >= 0:
            continue
        kept.append(part)
    return tuple(kept)
