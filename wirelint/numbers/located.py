"""Figures placed in an article: which block, which sentence, inside a quote or not.

Several rules read the same figures; extraction runs once per block and is
cached for as long as the block lives.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from wirelint.document import Block
from wirelint.numbers.extract import extract
from wirelint.numbers.quantity import Quantity

_CACHE: WeakKeyDictionary[Block, list[Located]] = WeakKeyDictionary()


@dataclass(frozen=True, eq=False)
class Located:
    """A figure with its place in the article."""

    block: Block
    sentence: int
    """Index into ``block.sentences``."""
    quantity: Quantity

    @property
    def quoted(self) -> bool:
        return self.block.in_quote(self.quantity.start, self.quantity.end)

    @property
    def sentence_text(self) -> str:
        start, end = self.block.sentences[self.sentence]
        return self.block.text[start:end]


def figures(block: Block) -> list[Located]:
    """Every figure in ``block``, in order (computed once per block)."""
    cached = _CACHE.get(block)
    if cached is None:
        starts = [start for start, _ in block.sentences]
        cached = [
            Located(block, max(0, bisect_right(starts, quantity.start) - 1), quantity)
            for quantity in extract(block.text)
        ]
        _CACHE[block] = cached
    return cached
