"""What the island passes of WL601 keep from one article to the next, and what they grow only as far as asked.

An editor re-lints the whole article after every keystroke, and an edit changes one paragraph: the island passes
(:mod:`wirelint.text.storyislands`, :mod:`wirelint.text.storyislandsentences`) would otherwise read every
paragraph again, compare every pair of neighbours again and add up the whole article's counts again. Here the
last article's paragraphs, neighbour cosines and sums are kept (only the last article's: memory stays bounded
by one article, however long), and the running counts "everything before this paragraph" become an index of
where each word first appears, asked in constant time, and counts grown only up to the last paragraph that
needs them. Every value is the one the full computation gives: the findings do not change.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from itertools import pairwise
from typing import Generic, Protocol, TypeVar

from wirelint.text.cohesion import Counts

NEVER = 1 << 62
"""The paragraph number of a word no paragraph writes."""


class _Counted(Protocol):
    @property
    def words(self) -> Counts: ...

    @property
    def names(self) -> Counts: ...


Paragraph = TypeVar("Paragraph", bound=_Counted)


def first_seen(counts: Sequence[Counts], head: Counts | None = None) -> dict[str, int]:
    """For every word of ``counts``, the number of the first one that has it (-1 for a word of ``head``)."""
    seen: dict[str, int] = {}
    for number in range(len(counts) - 1, -1, -1):
        seen.update(dict.fromkeys(counts[number], number))  # the earliest number written last wins
    seen.update(dict.fromkeys(head or (), -1))
    return seen


class SeenBefore:
    """The words of ``head`` and of the paragraphs before paragraph ``number``, as a container: what a running
    Counter of them would hold, in constant time per question."""

    __slots__ = ("first", "number")

    def __init__(self, first: dict[str, int], number: int) -> None:
        self.first, self.number = first, number

    def __contains__(self, word: object) -> bool:
        return self.first.get(word, NEVER) < self.number  # type: ignore[call-overload]


class Prefix:
    """The counts of ``head`` and of the first paragraphs, with their squared length, grown only as far as asked
    (the numbers asked never go down)."""

    def __init__(self, head: Counts, counts: Sequence[Counts], grow: Callable[[Counter[str], Counts], int]) -> None:
        self.counts: Counter[str] = Counter(head)
        self.square = sum(count * count for count in self.counts.values())
        self.grown, self.rest, self._grow = 0, counts, grow

    def at(self, number: int) -> tuple[Counter[str], int]:
        """The counts before paragraph ``number`` and their squared length."""
        while self.grown < number:
            self.square += self._grow(self.counts, self.rest[self.grown])
            self.grown += 1
        return self.counts, self.square


Key = TypeVar("Key", bound=Hashable)


class LastArticle(Generic[Paragraph]):
    """The last article's paragraphs by text (with a key of what else they read), their neighbours' cosines and
    the sums of their counts: one article's worth, replaced at every article."""

    def __init__(self) -> None:
        self.paragraphs: dict[str, tuple[Hashable, Paragraph]] = {}
        self.pairs: dict[tuple[str, str], float] = {}
        self.last_sums: tuple[Hashable, list[Paragraph], Counter[str], Counter[str]] | None = None

    def paragraph(self, text: str, key: Hashable, make: Callable[[], Paragraph], into: dict) -> Paragraph:
        """The paragraph read from ``text`` last time if ``key`` is the same, else made anew; kept in ``into``."""
        known = self.paragraphs.get(text)
        found = known[1] if known is not None and known[0] == key else make()
        into[text] = (key, found)
        return found

    def sums(self, head: Counter[str], paragraphs: list[Paragraph]) -> tuple[Counter[str], Counter[str]]:
        """``head`` plus every paragraph's words, and every paragraph's names, from the last article's sums
        where only a few paragraphs changed."""
        last = self.last_sums
        if last is None or last[0] != head or 2 * len(paragraphs) < len(last[1]):
            whole, names = _total(head, (p.words for p in paragraphs)), _total(Counter(), (p.names for p in paragraphs))
        else:
            gone = Counter(map(_identity, last[1]))
            gone.subtract(map(_identity, paragraphs))
            whole, names = Counter(last[2]), Counter(last[3])
            by_id = {_identity(p): p for p in last[1]} | {_identity(p): p for p in paragraphs}
            for ident, times in gone.items():
                if times:
                    _add(whole, by_id[ident].words, -times)
                    _add(names, by_id[ident].names, -times)
        self.last_sums = (Counter(head), paragraphs, whole, names)
        return Counter(whole), Counter(names)

    def cosines(
        self, paragraphs: Sequence[tuple[str, Counts]], cosine: Callable[[Counts, Counts], float]
    ) -> list[float]:
        """The cosine of every paragraph's words with the next's, those of unchanged pairs from last time."""
        pairs: dict[tuple[str, str], float] = {}
        known = self.pairs
        for (text, words), (after, later) in pairwise(paragraphs):
            key = (text, after)
            pairs[key] = known[key] if key in known else cosine(words, later)
        self.pairs = pairs
        return [pairs[(text, after)] for (text, _), (after, _) in pairwise(paragraphs)]


def _identity(paragraph: _Counted) -> tuple[int, int]:
    """Which counts a paragraph holds: the same objects when it was kept from the last article (both articles'
    paragraphs are alive while compared, so no two of them share an id)."""
    return id(paragraph.words), id(paragraph.names)


def _total(head: Counts, counts: object) -> Counter[str]:
    total: Counter[str] = Counter(head)
    for count in counts:  # type: ignore[attr-defined]
        total.update(count)
    return total


def _add(total: Counter[str], counts: Counts, times: int) -> None:
    """Add ``counts`` ``times`` times (fewer when negative) to ``total``, dropping words that reach nothing."""
    for word, count in counts.items():
        left = total[word] + times * count
        if left:
            total[word] = left
        else:
            del total[word]
