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
from itertools import chain, pairwise
from typing import Generic, Protocol, TypeVar

from wirelint.text.cohesion import Counts

NEVER = 1 << 62
"""The paragraph number of a word no paragraph writes."""


class _Counted(Protocol):
    @property
    def words(self) -> Counts: ...

    @property
    def names(self) -> Counts: ...

    @property
    def stems(self) -> frozenset[str]: ...


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
        self.last_sums: tuple[Hashable, list[Paragraph], Counter[str], Counter[str], Counter[str]] | None = None

    def paragraph(self, text: str, key: Hashable, make: Callable[[], Paragraph], into: dict) -> Paragraph:
        """The paragraph read from ``text`` last time if ``key`` is the same, else made anew; kept in ``into``."""
        known = self.paragraphs.get(text)
        found = known[1] if known is not None and known[0] == key else make()
        into[text] = (key, found)
        return found

    def sums(
        self, head: Counter[str], paragraphs: list[Paragraph]
    ) -> tuple[Counter[str], Counter[str], Counter[str]]:
        """``head`` plus every paragraph's words; every paragraph's names; for each stem, how many paragraphs
        have it: from the last article's sums where only a few paragraphs changed."""
        last = self.last_sums
        if last is None or last[0] != head or 2 * len(paragraphs) < len(last[1]):
            whole, names = add_counts(head, *(p.words for p in paragraphs)), add_counts(*(p.names for p in paragraphs))
            spread = Counter(chain.from_iterable(p.stems for p in paragraphs))  # counted in C
        else:
            before, low, high = last[1], 0, 0
            shorter = min(len(before), len(paragraphs))
            while low < shorter and _same(before[low], paragraphs[low]):
                low += 1
            while high < shorter - low and _same(before[-1 - high], paragraphs[-1 - high]):
                high += 1
            whole, names, spread = Counter(last[2]), Counter(last[3]), Counter(last[4])
            for gone in before[low : len(before) - high]:
                _add(whole, gone.words, -1)
                _add(names, gone.names, -1)
                _add(spread, dict.fromkeys(gone.stems, 1), -1)
            for came in paragraphs[low : len(paragraphs) - high]:
                _add(whole, came.words, 1)
                _add(names, came.names, 1)
                _add(spread, dict.fromkeys(came.stems, 1), 1)
        self.last_sums = (Counter(head), paragraphs, whole, names, spread)
        return Counter(whole), Counter(names), Counter(spread)

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


def _same(first: _Counted, second: _Counted) -> bool:
    """Whether two paragraphs hold the same counts (the same objects: one was kept from the last article)."""
    return first.words is second.words and first.names is second.names


def add_counts(*counts: Counts) -> Counter[str]:
    """The sum of ``counts``, in time linear in their words."""
    total: Counter[str] = Counter()
    for count in counts:
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
