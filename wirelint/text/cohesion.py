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
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import NamedTuple

Counts = Mapping[str, int]
"""How many times each word occurs in a stretch of text."""


def cosine(first: Counts, second: Counts) -> float:
    """Cosine similarity of two word counts."""
    if len(second) < len(first):
        first, second = second, first
    dot = sum(count * second.get(word, 0) for word, count in first.items())
    norm = math.sqrt(sum(c * c for c in first.values()) * sum(c * c for c in second.values()))
    return dot / norm if norm else 0.0


class Overlap(NamedTuple):
    """How a stretch of text compares with the rest of the article (its context). A named tuple: every gap of
    an article makes several on every re-lint, and a frozen dataclass takes four times as long to make."""

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

    def copy(self) -> Split:
        """The same counts, to move on apart from these (an editor's next lint starts from a copy)."""
        twin = Split.__new__(Split)
        twin.__dict__.update(self.__dict__)
        twin.before, twin.after, twin.whole = dict(self.before), dict(self.after), dict(self.whole)
        return twin

    def exchange(self, old: Counts, new: Counts) -> None:
        """Put ``new`` in place of ``old`` after the gap (a paragraph there edited), in time linear in the two."""
        before, after, whole = self.before, self.after, self.whole
        for word in old.keys() | new.keys():
            moved = new.get(word, 0) - old.get(word, 0)
            if not moved:
                continue
            had, total = after.get(word, 0), whole.get(word, 0)
            ahead = before.get(word, 0)
            self.dot += ahead * moved
            self.after_square += moved * (2 * had + moved)
            self.whole_square += moved * (2 * total + moved)
            if ahead:
                self.shared += (had + moved > 0) - (had > 0)
            for counts, count in ((after, had + moved), (whole, total + moved)):
                if count:
                    counts[word] = count
                else:
                    del counts[word]

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

    def tail_past(self, skipped: Counts, first: Counts) -> Overlap:
        """As :meth:`tail` with the gap moved on past ``skipped`` (the first sentences after it, which then
        count before it), ``first`` the part of the stretch whose likeness to the rest of it is ``inner``: in
        time linear in the two, the counts left as they are. Another story's lede glued to the end of a
        paragraph of this one, and running on to the end, starts a sentence or two after the paragraph's gap."""
        before, after = self.before, self.after
        dot, before_square, after_square = self.dot, self.before_square, self.after_square
        shared, context, distinct = self.shared, len(before), len(after)
        for word, count in skipped.items():
            had, left = before.get(word, 0), after.get(word, 0)
            count = min(count, left)
            if count <= 0:
                continue
            dot += count * (left - count) - had * count
            before_square += count * (2 * had + count)
            after_square += count * (count - 2 * left)
            shared += (left > count) - (had > 0 and left > 0)
            context += had == 0
            distinct -= left == count
        forward = first_square = through = 0
        for word, count in first.items():
            left = after.get(word, 0) - skipped.get(word, 0)
            forward += count * (left - count)
            first_square += count * count
            through += count * left
        rest_square = after_square - 2 * through + first_square
        inner = forward / math.sqrt(first_square * rest_square) if first_square and rest_square > 0 else 0.0
        norm = math.sqrt(before_square * after_square) if before_square > 0 and after_square > 0 else 0.0
        return Overlap(dot / norm if norm else 0.0, distinct, shared, context, inner)

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


def pair(first: Counts, second: Counts) -> tuple[int, int]:
    """The dot product of two paragraphs' counts and how many words they share."""
    if len(second) < len(first):
        first, second = second, first
    dot = shared = 0
    for word, count in first.items():
        other = second.get(word, 0)
        if other:
            dot += count * other
            shared += 1
    return dot, shared


def common(first: Counts, second: Counts, third: Counts) -> int:
    """How many words three paragraphs all use."""
    smallest = min((first, second, third), key=len)
    return sum(1 for word in smallest if word in first and word in second and word in third)


class Paragraphs:
    """One to three whole paragraphs after a gap measured against the rest of the article in constant time.

    Everything :meth:`Split.stretches` counts word by word follows from a few sums: each paragraph's dot
    product with the whole article (one pass per article), the dot products and shared words of
    neighbouring paragraphs (``pair_of`` and ``common_of``, which a caller can remember per pair of paragraph
    texts, so that an edit recounts only the pairs of the paragraph it changed), and, for the words found
    nowhere else, where in the article each word first and last occurs.
    """

    def __init__(
        self,
        paragraphs: Sequence[Counts],
        whole: Mapping[str, int],
        head: Iterable[str] = (),
        squares: Sequence[int] | None = None,
        pair_of: Callable[[int, int], tuple[int, int]] | None = None,
        common_of: Callable[[int, int, int], int] | None = None,
    ) -> None:
        self.paragraphs = paragraphs
        self.pair = pair_of or (lambda q, r: pair(paragraphs[q], paragraphs[r]))
        self.common = common_of or (lambda q, r, s: common(paragraphs[q], paragraphs[r], paragraphs[s]))
        self.whole_square = sum(count * count for count in whole.values())
        self.whole_size = len(whole)
        self.with_whole = [sum(count * whole[word] for word, count in p.items()) for p in paragraphs]
        self.square = squares or [sum(count * count for count in p.values()) for p in paragraphs]
        span: dict[str, tuple[int, int]] = {word: (-1, -1) for word in head}
        for number, counts in enumerate(paragraphs):
            for word in counts:
                first, _ = span.get(word, (number, number))
                span[word] = (first, number)
        self.alone: Counter[tuple[int, int]] = Counter(
            (first, last) for first, last in span.values() if first >= 0 and last - first < 3
        )

    def measure(self, start: int, count: int) -> Overlap:
        """Paragraphs ``start`` to ``start + count - 1`` (``count`` at most 3) against everything else."""
        square, alone, sizes = self.square, self.alone, self.paragraphs
        with_whole = self.with_whole[start]
        inside_square = first_square = square[start]
        distinct = len(sizes[start])
        lone = alone[(start, start)]
        inner = 0.0
        if count > 1:
            second = start + 1
            dot_12, shared_12 = self.pair(start, second)
            with_whole += self.with_whole[second]
            later = square[second]
            forward = dot_12
            distinct += len(sizes[second]) - shared_12
            lone += alone[(second, second)] + alone[(start, second)]
            if count == 3:
                third = start + 2
                dot_13, shared_13 = self.pair(start, third)
                dot_23, shared_23 = self.pair(second, third)
                with_whole += self.with_whole[third]
                later += square[third] + 2 * dot_23
                forward += dot_13
                distinct += len(sizes[third]) - shared_13 - shared_23 + self.common(start, second, third)
                lone += alone[(third, third)] + alone[(second, third)] + alone[(start, third)]
            inside_square = first_square + later + 2 * forward
            inner_norm = math.sqrt(first_square * later)
            inner = forward / inner_norm if inner_norm else 0.0
        dot = with_whole - inside_square
        rest_square = self.whole_square - 2 * with_whole + inside_square
        norm = math.sqrt(inside_square * rest_square)
        return Overlap(dot / norm if norm else 0.0, distinct, distinct - lone, self.whole_size - lone, inner)
