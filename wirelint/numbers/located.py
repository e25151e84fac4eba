"""Figures placed in an article: which block, which sentence, inside a quote or not.

Several rules read the same figures; they are placed once per block and kept
for the article being linted only (one per thread), so a long run holds no
finished article. Extraction itself is remembered per paragraph text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from wirelint.document import Block
from wirelint.memo import PerArticle
from wirelint.numbers.extract import extract
from wirelint.numbers.quantity import Quantity

_PLACED: PerArticle[int, list[Located]] = PerArticle()


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

    def place() -> list[Located]:
        starts = [start for start, _ in block.sentences]
        return [
            Located(block, max(0, bisect_right(starts, quantity.start) - 1), quantity)
            for quantity in extract(block.text)
        ]

    return _PLACED.get(block.article, id(block), place)
