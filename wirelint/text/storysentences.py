"""Another story's sentences glued to a paragraph of this one with an ordinary space (WL601).

A CMS paste that loses a paragraph break leaves another story's lede (one or
two sentences) at the end or the start of a paragraph of this one, with a
space before it like any other sentence. Such a gap is no gap between
paragraphs and no sentence glued with no space, so the gaps of
:mod:`wirelint.text.storybreaks` never see it. Here, for each paragraph of two
sentences or more, four stretches are measured: its last sentence, its last
two, its first and its first two (the rest of the paragraph, or the next
paragraph, is where this story resumes); and one or two sentences from each
sentence in its middle that opens with a transition word ("... said.
Separately, ..."), the paragraph resuming after them. Each is measured by the same cohesion
measures as a paragraph's stretch (:class:`~wirelint.text.cohesion.Overlap`:
its words and names against the rest of the article) and the story resuming
after it against the text before it, in time linear in the stretch and the
text that resumes; so the family stays linear in the article's length.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import NamedTuple

from wirelint.memo import per_paragraph
from wirelint.text.cohesion import Counts, Overlap
from wirelint.text.storysigns import Signs
from wirelint.text.vocabulary import paragraph_units

MIN_GLUED_WORDS = 12
"""Words the first sentence of a glued stretch needs: another story's lede is a long sentence; a host's short
closing line ("Talks resume on Monday.") is not measured."""


_QUOTE_AFTER_OPENING = re.compile(r"^[\w\s]+,\s*[\"“‘']")
"""A transition, then a quotation ("In a separate development, \"On the face of it, ...\""): a quotation
first leans on the story before it (:data:`wirelint.text.storysigns._LEANS_BACK`), whatever opens the sentence."""


TURNS, NEWS = 2, 1
"""What :func:`openings` says of a sentence (0: neither)."""


def openings(signs: Sequence[Signs], run_on: Sequence[bool]) -> list[int]:
    """For each sentence of a paragraph, :data:`TURNS` when it is marked as an opening (a transition word after a
    space, a dateline, or glued to the one before with no space), :data:`NEWS` when it reads as news
    (:attr:`Signs.reads_as_news`): in the middle of a paragraph, only those start a stretch."""
    return [TURNS if (sign.transition and not glued) or sign.dateline or glued else NEWS if sign.reads_as_news
            else 0 for sign, glued in zip(signs, run_on, strict=True)]


INSIDE_QUOTATION, QUOTATION_FIRST = 1, 2
"""What :func:`quoted` says of a sentence (0: neither)."""


@per_paragraph
def quoted(text: str) -> tuple[int, ...]:
    """For each sentence of a paragraph, whether it is inside a quotation opened before it and closed after
    it (:data:`INSIDE_QUOTATION`: the speaker's words go on; a quotation left open at the paragraph's end, as news
    copy leaves one that goes on in the next paragraph, does not count), or is a quotation after an opening
    phrase (:data:`QUOTATION_FIRST`): neither starts another story's lede, but a sentence that turns away with
    "Separately," or "In other news," inside a quotation is no speaker's (:class:`storybreaks._Within`)."""
    found = []
    for unit in paragraph_units(text):
        before, after = text[: unit.start], text[unit.start :]
        open_quote = (before.count('"') % 2 == 1 and '"' in after) or (
            before.count("“") > before.count("”") and "”" in after
        )
        first = bool(_QUOTE_AFTER_OPENING.match(text[unit.start : unit.end]))
        found.append(QUOTATION_FIRST if first else INSIDE_QUOTATION if open_quote else 0)
    return tuple(found)


class Glued(NamedTuple):
    """A stretch of one or two sentences inside a paragraph that may be another story's."""

    index: int
    """Its first sentence (an index into the article's units)."""
    end: int
    """The unit where this story resumes (the number of units when the stretch ends the article)."""
    words: Overlap
    names: Overlap
    resume: tuple[float, float, int]
    terms: frozenset[str]
    """Its distinct content stems."""
    seen_words: Mapping[str, int]
    """The content stems used before it (with the headline's)."""
    seen_names: Mapping[str, int]
    local: tuple[float, float, float]
    """The share of its distinct content stems, and of its names' stems, that the rest of its paragraph or the
    paragraphs either side of it use: a sentence of this story picks up its neighbours' words; and whether it is
    an island (:func:`_island`)."""


class Both(Mapping[str, int]):
    """Counts before a paragraph and those of its sentences before the gap, read as one (no copy)."""

    def __init__(self, first: Mapping[str, int], second: Mapping[str, int]) -> None:
        self.first, self.second = first, second

    def __getitem__(self, word: str) -> int:
        count = self.first.get(word, 0) + self.second.get(word, 0)
        if not count:
            raise KeyError(word)
        return count

    def __contains__(self, word: object) -> bool:
        return word in self.first or word in self.second

    def __iter__(self) -> Iterator[str]:
        yield from self.first
        yield from (word for word in self.second if word not in self.first)

    def __len__(self) -> int:
        return len(self.first) + sum(1 for word in self.second if word not in self.first)


class Whole(NamedTuple):
    """The article's counts (headline included), their squared length, and the counts before a paragraph."""

    counts: Mapping[str, int]
    square: int
    before: Mapping[str, int]
    before_square: int


def _against(stretch: Counts, whole: Whole) -> Overlap:
    """A stretch against everything else in the article, in time linear in the stretch."""
    counts = whole.counts
    through = inside = shared = 0
    for word, count in stretch.items():
        total = counts.get(word, count)
        through += count * total
        inside += count * count
        shared += total > count
    rest = whole.square - 2 * through + inside
    norm = math.sqrt(inside * rest) if inside > 0 and rest > 0 else 0.0
    alone = len(stretch) - shared
    return Overlap((through - inside) / norm if norm else 0.0, len(stretch), shared, len(counts) - alone)


def _resume(resumed: Counts, names: Counts, before: Whole, extra: Counts, seen_names: Mapping[str, int]) -> tuple[
    float, float, int
]:
    """The text where this story resumes against all before the stretch (the counts before the paragraph and
    ``extra``, its sentences before the stretch): cosine, share of its distinct words, names used before."""
    first, square = before.before, before.before_square
    for word, count in extra.items():
        square += count * (2 * first.get(word, 0) + count)
    dot = shared = 0
    for word, count in resumed.items():
        had = first.get(word, 0) + extra.get(word, 0)
        dot += count * had
        shared += had > 0
    resumed_square = sum(count * count for count in resumed.values())
    norm = math.sqrt(resumed_square * square)
    named = sum(1 for word in names if word in seen_names)
    return (dot / norm if norm else 0.0, shared / len(resumed) if resumed else 0.0, named)


def _local(stretch: Counts, names: Counts, near: Sequence[Counts], near_names: Sequence[Counts],
           sides: tuple[Counts | None, Counts | None] = (None, None)) -> tuple[float, float, float]:
    words = sum(1 for word in stretch if any(word in other for other in near)) / len(stretch) if stretch else 1.0
    named = sum(1 for word in names if any(word in other for other in near_names)) / len(names) if names else 0.5
    return words, named, float(_island(words, bool(names) and named == 0, *sides))


def _island(words_share: float, names_apart: bool, before: Counts | None, after: Counts | None) -> bool:
    """A stretch with names that shares no word and no name with the text either side of it, while the text just
    before it and the text just after it share a word: this story goes on across it, and it is no part of it."""
    if words_share or not names_apart or not before or not after:
        return False
    small, large = (before, after) if len(before) <= len(after) else (after, before)
    return any(word in large for word in small)


def sum_counts(parts: Sequence[Counts]) -> dict[str, int]:
    """The counts of several stretches together (sentences of a paragraph before, or after, a gap)."""
    total: dict[str, int] = {}
    for part in parts:
        for word, count in part.items():
            total[word] = total.get(word, 0) + count
    return total


def glued(
    first: int,
    words: Sequence[Counts],
    names: Sequence[Counts],
    long_enough: Sequence[bool],
    words_whole: Whole,
    names_whole: Whole,
    following: tuple[Counts, Counts] | None,
    preceding: tuple[Counts, Counts] | None,
    turns: Sequence[int] = (),
) -> Iterator[Glued]:
    """The stretches of one paragraph (its sentences' content stems ``words`` and name stems ``names``, the
    first of them unit ``first``) that may be another story's: its last sentence or two (this story resuming
    in ``following``, the next paragraph's words and names, or nowhere when it is the article's last), and its
    first sentence or two (this story resuming in the rest of the paragraph). ``long_enough`` says which
    sentences may open one at all; ``preceding`` is the paragraph before (its words and names). A sentence in the
    middle of the paragraph that opens with a transition word (``turns``: "Separately,", "In other news,") starts
    a stretch of one or two sentences too, the paragraph resuming after it: a paste inside a paragraph leaves
    that word, and an on-topic one is followed by a sentence that picks up the paragraph's words."""
    count = len(words)
    if count < 2:
        return
    stop = first + count
    for size in (1, 2):
        # the paragraph's last sentences
        at = count - size
        if at >= 1 and long_enough[at]:
            extra, extra_names = sum_counts(words[:at]), sum_counts(names[:at])
            stretch, stretch_names = sum_counts(words[at:]), sum_counts(names[at:])
            seen = Both(words_whole.before, extra)
            seen_names = Both(names_whole.before, extra_names)
            if following is None:
                resume, end = (0.0, 0.0, 0), -1
            else:
                resume, end = _resume(following[0], following[1], words_whole, extra, seen_names), stop
            near = [extra, *(side[0] for side in (preceding, following) if side)]
            near_names = [extra_names, *(side[1] for side in (preceding, following) if side)]
            yield Glued(first + at, end, _against(stretch, words_whole), _against(stretch_names, names_whole),
                        resume, frozenset(stretch), seen, seen_names,
                        _local(stretch, stretch_names, near, near_names))
        # the paragraph's first sentences, this story resuming after them
        if size < count and long_enough[0]:
            stretch, stretch_names = sum_counts(words[:size]), sum_counts(names[:size])
            rest, rest_names = sum_counts(words[size:]), sum_counts(names[size:])
            resume = _resume(rest, rest_names, words_whole, {}, names_whole.before)
            near = [rest, *(side[0] for side in (preceding, following) if side)]
            near_names = [rest_names, *(side[1] for side in (preceding, following) if side)]
            yield Glued(first, first + size, _against(stretch, words_whole), _against(stretch_names, names_whole),
                        resume, frozenset(stretch), words_whole.before, names_whole.before,
                        _local(stretch, stretch_names, near, near_names))
    yield from _turns(first, (words, names), [turn if ok else 0 for turn, ok in zip(turns, long_enough, strict=False)],
                      (words_whole, names_whole))


def _turns(first: int, sentences: tuple[Sequence[Counts], Sequence[Counts]], turns: Sequence[int],
           wholes: tuple[Whole, Whole]) -> Iterator[Glued]:
    """The stretches of one or two sentences in the middle of a paragraph that may open a story and are marked as
    an opening (``turns``: :data:`TURNS`), or read as news (:data:`NEWS`) and share no word or name with the
    sentences either side of them, which share one (:func:`_apart`), the paragraph resuming after them (its first
    and last sentences are measured by :func:`glued` already)."""
    (words, names), (words_whole, names_whole) = sentences, wholes
    count = len(words)
    for at in range(1, min(count - 1, len(turns))):
        if not (turns[at] == TURNS or (turns[at] == NEWS and _apart(at, words, names))):
            continue
        extra, extra_names = sum_counts(words[:at]), sum_counts(names[:at])
        seen, seen_names = Both(words_whole.before, extra), Both(names_whole.before, extra_names)
        for size in (1, 2):
            if at + size >= count:
                break
            stretch, stretch_names = sum_counts(words[at : at + size]), sum_counts(names[at : at + size])
            rest, rest_names = sum_counts(words[at + size :]), sum_counts(names[at + size :])
            resume = _resume(rest, rest_names, words_whole, extra, seen_names)
            yield Glued(first + at, first + at + size, _against(stretch, words_whole),
                        _against(stretch_names, names_whole), resume, frozenset(stretch), seen, seen_names,
                        _local(stretch, stretch_names, [extra, rest], [extra_names, rest_names],
                               (words[at - 1], words[at + size])))


def _apart(at: int, words: Sequence[Counts], names: Sequence[Counts]) -> bool:
    """Whether sentence ``at`` of a paragraph (not its first or last) names someone or something, and shares no
    word and no name with the sentences either side of it, which share a word: an island in the paragraph."""
    if not names[at] or any(word in names[at - 1] or word in names[at + 1] for word in names[at]):
        return False
    return _island(float(any(word in words[at - 1] or word in words[at + 1] for word in words[at])), True,
                   words[at - 1], words[at + 1])
