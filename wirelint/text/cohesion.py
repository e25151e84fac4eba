"""Lexical cohesion: how much a stretch of an article shares with the rest of it.

The TextTiling family of methods finds topic changes by comparing the words
on either side of a gap. Here the question is narrower: does the text after a
gap belong to the story told before it? A story's paragraphs keep coming back
to its names and topic words; another story's share only the vocabulary any
two stories on the subject share, and none of the first story's names.

Both sides are compared whole (the headline counts with the text before the
first gap): word counts as vectors (cosine similarity, so the words a part
repeats weigh most), and as sets (the share of the stretch's distinct words
the rest uses). :class:`Split` keeps running counts while the gap moves down
the article, so measuring every gap costs time linear in its length; a
stretch between two parts of the story (inserted paragraphs) is measured
against everything else in time linear in the stretch.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass


def cosine(first: Counter[str], second: Counter[str]) -> float:
    """Cosine similarity of two word counts."""
    if len(second) < len(first):
        first, second = second, first
    dot = sum(count * second[word] for word, count in first.items())
    norm = math.sqrt(sum(c * c for c in first.values()) * sum(c * c for c in second.values()))
    return dot / norm if norm else 0.0


@dataclass(frozen=True)
class Overlap:
    """How a stretch of text compares with the rest of the article (its context)."""

    cosine: float
    """Cosine similarity of the two word-count vectors."""
    distinct: int
    """Distinct words in the stretch."""
    shared: int
    """How many of them the context uses."""
    context: int
    """Distinct words in the context."""
    inner: float = 0.0
    """Cosine similarity of the stretch's first part (up to its first paragraph end) with the rest of the
    stretch: another story's paragraphs hang together apart from the story they were pasted into."""

    @property
    def share(self) -> float:
        return self.shared / self.distinct if self.distinct else 1.0


Counts = Mapping[str, int]
"""How many times each word occurs in a stretch of text."""


class Split:
    """Counts of a sequence of stretches, split in two at a gap that moves forward one stretch at a time.

    Each stretch comes as its word counts, so a word repeated in it costs one step, not one per use.
    """

    def __init__(self, items: Sequence[Counts], head: Iterable[str] = ()) -> None:
        self.before: dict[str, int] = dict(Counter(head))
        after: Counter[str] = Counter()
        for item in items:
            after.update(item)
        self.after: dict[str, int] = dict(after)
        self.whole = dict(after + Counter(self.before))
        self.whole_square = sum(count * count for count in self.whole.values())
        self.dot = sum(count * after[word] for word, count in self.before.items())
        self.before_square = sum(count * count for count in self.before.values())
        self.after_square = sum(count * count for count in after.values())
        self.shared = sum(1 for word in self.before if word in after)

    def advance(self, item: Counts) -> None:
        """Move ``item`` (the first stretch after the gap) to before the gap."""
        before, after = self.before, self.after
        for word, moved in item.items():
            had = before.get(word, 0)
            left = after[word]
            self.dot += moved * (left - had - moved)
            self.before_square += moved * (2 * had + moved)
            self.after_square += moved * (moved - 2 * left)
            before[word] = had + moved
            if left == moved:
                del after[word]
                self.shared -= had > 0
            else:
                after[word] = left - moved
                self.shared += had == 0

    def tail(self, first: Counts | None = None) -> Overlap:
        """Everything after the gap against everything before it; ``first``, the counts of the first part
        after the gap, against the rest of what comes after it (in time linear in ``first``)."""
        norm = math.sqrt(self.before_square * self.after_square)
        inner = 0.0
        if first:
            after = self.after
            forward = first_square = through = 0
            for word, count in first.items():
                forward += count * (after[word] - count)
                first_square += count * count
                through += count * after[word]
            rest_square = self.after_square - 2 * through + first_square
            inner = forward / math.sqrt(first_square * rest_square) if first_square and rest_square else 0.0
        return Overlap(self.dot / norm if norm else 0.0, len(self.after), self.shared, len(self.before), inner)

    def stretches(self, groups: Iterable[Iterable[Counts]]) -> Iterator[Overlap]:
        """For each group of stretches in turn: that group and all groups before it (right after the
        gap) against everything else in the article, in time linear in the words of the groups."""
        whole = self.whole
        inside: dict[str, int] = {}
        dot = inside_square = shared = alone = 0
        rest_square = self.whole_square
        first: dict[str, int] = {}
        forward = later_square = first_square = 0
        for number, group in enumerate(groups):
            if number == 1:
                first = dict(inside)
                first_square = inside_square
            for item in group:
                for word, moved in item.items():
                    count = inside.get(word, 0)
                    if number:
                        ahead = first.get(word, 0)
                        forward += ahead * moved
                        later_square += moved * (2 * (count - ahead) + moved)
                    rest = whole[word] - count
                    left = rest - moved
                    dot += moved * (rest - count - moved)
                    inside_square += moved * (2 * count + moved)
                    rest_square += moved * (moved - 2 * rest)
                    if left == 0:
                        alone += 1
                        shared -= count > 0
                    else:
                        shared += count == 0
                    inside[word] = count + moved
            norm = math.sqrt(inside_square * rest_square)
            inner_norm = math.sqrt(first_square * later_square)
            inner = forward / inner_norm if inner_norm else 0.0
            yield Overlap(dot / norm if norm else 0.0, len(inside), shared, len(whole) - alone, inner)
