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
from collections.abc import Iterable, Sequence
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

    @property
    def share(self) -> float:
        return self.shared / self.distinct if self.distinct else 1.0


class Split:
    """Counts of a sequence of word lists, split in two at a gap that moves forward one list at a time."""

    def __init__(self, items: Sequence[Sequence[str]], head: Iterable[str] = ()) -> None:
        self.before: Counter[str] = Counter(head)
        self.after: Counter[str] = Counter()
        for item in items:
            self.after.update(item)
        self.whole = self.before + self.after
        self.whole_square = sum(count * count for count in self.whole.values())
        self.dot = sum(count * self.after[word] for word, count in self.before.items())
        self.before_square = sum(count * count for count in self.before.values())
        self.after_square = sum(count * count for count in self.after.values())
        self.shared = sum(1 for word in self.before if word in self.after)

    def advance(self, item: Sequence[str]) -> None:
        """Move ``item`` (the first list after the gap) to before the gap."""
        before, after = self.before, self.after
        for word in item:
            was_shared = before[word] > 0 and after[word] > 0
            self.dot += after[word] - before[word] - 1
            self.before_square += 2 * before[word] + 1
            self.after_square -= 2 * after[word] - 1
            before[word] += 1
            after[word] -= 1
            if after[word] == 0:
                del after[word]
            self.shared += (before[word] > 0 and word in after) - was_shared

    def tail(self) -> Overlap:
        """Everything after the gap against everything before it."""
        norm = math.sqrt(self.before_square * self.after_square)
        return Overlap(self.dot / norm if norm else 0.0, len(self.after), self.shared, len(self.before))

    def stretch(self, items: Iterable[Sequence[str]]) -> Overlap:
        """The lists ``items`` (right after the gap) against everything else in the article."""
        inside: Counter[str] = Counter()
        for item in items:
            inside.update(item)
        dot = 0
        rest_square = self.whole_square
        shared = 0
        for word, count in inside.items():
            rest = self.whole[word] - count
            dot += count * rest
            rest_square += rest * rest - self.whole[word] ** 2
            shared += rest > 0
        norm = math.sqrt(sum(count * count for count in inside.values()) * rest_square)
        context = len(self.whole) - sum(1 for word, count in inside.items() if self.whole[word] == count)
        return Overlap(dot / norm if norm else 0.0, len(inside), shared, context)
