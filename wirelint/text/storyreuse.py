"""WL601 after an editor's edit: gaps far from the edit are not measured again when they cannot reach a bar.

One new content word changes the article's word counts, so every gap's measures move a little
(:mod:`wirelint.text.storybreaks` compares the text after each gap with the rest of the article). But a gap
whose *window* (its paragraph, the one before it, and those its stretches run over and resume in) holds no
changed paragraph reads the same signs, names and stretch as when it was last measured: only the
article-wide word counts have moved, by the edits. :class:`GapReuse` keeps, from the last lint that measured
every gap (the reference), each gap's scores with what bounds their movement, and works out for each later
lint how far the edits since can have moved each score. A gap every stretch of which stays below the lowest
bar (:data:`LOWEST_BAR`) even so cannot be a merge, and is not measured: the
findings are those of measuring every gap (tests/test_incremental.py compares them after random edits).

The bounds, for word counts changed by ``D`` in length (summed over the changed paragraphs) and in ``K``
words: a vector of counts ``v`` moved by ``D`` turns by at most ``2D/|v|``, so a cosine moves by at most that
for each side that moves; ``|v| >= sqrt(distinct words of v)``, the counts being whole numbers; a share of
``d`` distinct words moves by at most ``K/d`` (``2K/(d-K)`` when the stretch itself moves), a ``log1p`` of
``n`` distinct words by ``log1p(n) - log1p(n-K)``. Each measure's movement is weighed by the size of its
weight. Edits that touch names, the headline, the lede, a paragraph's sentences or too much of the text
(:data:`MAX_CHANGED_PARAGRAPHS`, :data:`MAX_CHANGED_WORDS`) make the next lint measure every gap and become
the reference.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from operator import mul
from threading import local
from typing import Any, NamedTuple, Protocol

from wirelint.text.cohesion import Counts, Overlap, Split
from wirelint.text.storyparagraphs import paragraph_pieces, paragraph_square, paragraph_words
from wirelint.text.storyscore import (
    GLUED_THRESHOLD,
    INSERTED_THRESHOLD,
    ISLAND_THRESHOLD,
    LONGEST_INSERTED,
    MIN_TAIL_TERMS,
    MIN_TERMS,
    SIGN_OFF,
    THRESHOLD,
    WITHIN_THRESHOLD,
    Break,
)
from wirelint.text.storyweights import INSERTED_WEIGHTS, WEIGHTS, WITHIN_WEIGHTS
from wirelint.text.vocabulary import ArticleVocabulary, paragraph_units

LOWEST_BAR = min(THRESHOLD, INSERTED_THRESHOLD, WITHIN_THRESHOLD, GLUED_THRESHOLD, ISLAND_THRESHOLD)
"""The lowest score any stretch needs to be a merge, whatever its kind (tests/test_gap_reuse.py checks that no bar
of :mod:`storyscore` is lower): a gap all of whose stretches stay below it is no merge."""
MAX_CHANGED_PARAGRAPHS = 3
MAX_CHANGED_WORDS = 12
"""Paragraphs changed, and content words whose counts changed, since the reference before every gap is
measured again (and the lint becomes the reference): past these the bounds are too wide to skip much."""
_MOVED = ("lede return", "inner", "resume cosine", "resume share", "resume rise", "cosine", "share", "size",
          "context size", "cosine x size", "share x size", "baseline", "depth", "all new")
"""The measures an edit outside a gap's window can move (the others read only the window, or names)."""


def _sizes(weights: Mapping[str, float]) -> tuple[float, ...]:
    return tuple(abs(weights.get(name, 0.0)) for name in _MOVED)


_END, _INSERTED, _WITHIN = _sizes(WEIGHTS), _sizes(INSERTED_WEIGHTS), _sizes(WITHIN_WEIGHTS)
VERDICTS_KEPT = 16
"""Changes whose verdicts a reference keeps (each a few hundred booleans)."""
GAP_WINDOW = (1, LONGEST_INSERTED + 1)
WITHIN_WINDOW = (1, 2)
"""Paragraphs before and after a gap's own that it reads (signs either side, stretches of up to
:data:`LONGEST_INSERTED` paragraphs and the one they resume in; for sentences glued inside a paragraph, the
paragraphs either side), with one to spare."""


class Piece(Protocol):
    """A piece of :mod:`storybreaks` as read here: its paragraph, and a copy with other words."""

    paragraph: int

    def _replace(self, *, words: Counts, lede: frozenset[str]) -> Any: ...


class Paragraph(Protocol):
    """A paragraph's counts of :mod:`storybreaks`, with other words."""

    def _replace(self, *, words: Counts, square: int) -> Any: ...


class _Option(NamedTuple):
    """One stretch of a gap as measured at the reference, with what bounds how far its score can move."""

    score: float
    """Its score without the sign that the gap continues the story (which only lowers it), or the most a stretch
    left unmeasured could score (:func:`~wirelint.text.storyscore.inserted_ceiling`)."""
    weights: tuple[float, ...]
    """The size of its model's weight of each measure of :data:`_MOVED`."""
    words: Overlap
    moves: bool
    """The stretch runs to the end of the article, so an edit after the gap is inside it."""
    least: int
    """Distinct words it needs to be scored at all."""
    rest: int | None
    """For a stretch to the end: a lower bound of the distinct words after its first part (its ``inner``)."""
    before: int | None
    """Distinct words before the gap, when it weighs how the story resumes after it."""
    resumed: int
    """Distinct words where the story resumes (0: not known)."""
    lede: bool
    """Its lede return counts the lede's words in every paragraph after the gap."""
    within: bool


class _Change(NamedTuple):
    """What changed since the reference, as far as gaps outside the changed paragraphs' windows can tell."""

    length: float
    words: int
    baseline: float
    lede: bool


def _ceiling(option: _Option, change: _Change, before: bool = True, after: bool = True) -> float:
    """The most the option can score now (see the module's docstring for each bound). For a stretch to the end,
    ``before`` and ``after`` say whether paragraphs changed before the gap (the text before it moved) and after
    it (the stretch moved); any other stretch is inside its gap's window, and only the rest of the article moved."""
    length, count = change.length, change.words
    distinct, context = option.words.distinct, option.words.context
    moves = option.moves and after
    if option.score == -math.inf and not (moves and distinct + count >= option.least):
        return -math.inf
    if moves and distinct - count < option.least:
        return math.inf
    rest_moves = before or not option.moves
    turn = (2 * length / math.sqrt(context) if context else 1.0) if rest_moves else 0.0
    if moves:
        turn += 2 * length / math.sqrt(distinct)
        share = 2 * count / (distinct - count) if distinct > count else 1.0
        size = math.log1p(distinct) - math.log1p(distinct - count)
    else:
        share, size = count / distinct if distinct else 1.0, 0.0
    cosine, share = min(1.0, turn), min(1.0, share)
    largest = math.log1p(distinct) + size
    inner = 0.0
    if option.rest is not None and moves:
        inner = min(1.0, 2 * length / math.sqrt(option.rest)) if option.rest > 0 else 1.0
    resume = resume_share = 0.0
    if option.before is not None:
        resume = min(1.0, 2 * length / math.sqrt(option.before)) if option.before else 1.0
        resume_share = min(1.0, count / option.resumed if option.resumed else float(count))
    moved = (
        float(option.lede and change.lede and after),
        inner,
        resume,
        resume_share,
        resume + cosine,
        cosine,
        share,
        size,
        math.log1p(context) - math.log1p(max(0, context - count)) if rest_moves else 0.0,
        cosine * largest + size,
        share * largest + size,
        change.baseline,
        change.baseline + cosine,
        float(option.within and option.words.shared <= count),
    )
    return option.score + sum(map(mul, option.weights, moved))


class _Reference:
    """The last lint that measured every gap: its paragraphs, what every gap reads beyond its window, and the
    options of each gap (by the unit after it) and of each paragraph's glued sentences."""

    def __init__(self, texts: Sequence[str], vocabulary: ArticleVocabulary, baseline: float,
                 lede: frozenset[str]) -> None:  # fmt: skip
        self.texts = tuple(texts)
        self.top_terms = vocabulary.top_terms
        self.lower_words = vocabulary.lower_words
        self.names = {name: vocabulary.is_name(name) for name in vocabulary.names}
        self.baseline = baseline
        self.lede = lede
        self.gaps: dict[int, tuple[_Option, ...]] = {}
        self.within: dict[int, tuple[_Option, ...]] = {}
        self.counts: tuple[Any, ...] | None = None
        """The article-wide counts as first built (pieces, both splits, paragraphs, the names' paragraphs)."""
        self.verdicts: dict[_Change, dict[tuple[bool, int, bool, bool], bool]] = {}
        """Whether a gap (False, the unit after it) or a paragraph's glued sentences (True, the paragraph) stay below
        every bar, by the change since: an editor's edits of one word at a time change the same amount."""


class Plan:
    """For one lint: which gaps are left unmeasured, or (at a reference) what to remember of each."""

    def __init__(self, reference: _Reference | None, changed: frozenset[int] = frozenset(),
                 change: _Change | None = None, recording: bool = False, texts: Sequence[str] = (),
                 lede: frozenset[str] = frozenset()) -> None:  # fmt: skip
        self.reference = reference
        self.changed = changed
        self.change = change
        self.recording = recording
        self.texts = texts
        self.lede = lede
        self._verdicts: dict[tuple[bool, int], bool] | None = None

    def _far(self, paragraph: int, window: tuple[int, int]) -> bool:
        return self.change is not None and not any(
            paragraph - window[0] <= changed <= paragraph + window[1] for changed in self.changed
        )

    def most(self, within: bool, number: int, paragraph: int) -> float:
        """The most any stretch of a gap (the unit after it, in ``paragraph``) or of a paragraph's glued sentences
        (``within``: ``number`` is the paragraph) can score now, by the bounds; infinite when not remembered."""
        reference, change = self.reference, self.change
        assert reference is not None and change is not None
        options = (reference.within if within else reference.gaps).get(number)
        if options is None:
            return math.inf
        before, after = self._sides(within, paragraph)
        return max((_ceiling(option, change, before, after) for option in options), default=-math.inf)

    def _sides(self, within: bool, paragraph: int) -> tuple[bool, bool]:
        """Whether paragraphs changed before, and after, a gap's paragraph (for its stretch to the end)."""
        if within:
            return True, True
        changed = self.changed
        return any(number < paragraph for number in changed), any(number > paragraph for number in changed)

    def _below(self, within: bool, number: int, paragraph: int) -> bool:
        reference, change = self.reference, self.change
        assert reference is not None and change is not None
        verdicts = self._verdicts
        if verdicts is None:
            if len(reference.verdicts) >= VERDICTS_KEPT:
                reference.verdicts.clear()
            verdicts = self._verdicts = reference.verdicts.setdefault(change, {})
        key = (within, number, *self._sides(within, paragraph))
        verdict = verdicts.get(key)
        if verdict is None:
            verdict = verdicts[key] = self.most(within, number, paragraph) < LOWEST_BAR
        return verdict

    def skip_gap(self, index: int, paragraph: int) -> bool:
        """Whether the gap before unit ``index`` (in ``paragraph``) cannot be a merge, unmeasured."""
        return self._far(paragraph, GAP_WINDOW) and self._below(False, index, paragraph)

    def skip_within(self, paragraph: int) -> bool:
        """Whether no sentence glued inside ``paragraph`` can be a merge, unmeasured."""
        return self._far(paragraph, WITHIN_WINDOW) and self._below(True, paragraph, paragraph)

    def reach(self, gaps: Sequence[tuple[int, int, bool]]) -> int:
        """How many of the article's pieces (each as the unit after its gap, its paragraph, and whether it opens
        the paragraph) a lint must go through: up to the last gap, or paragraph of glued sentences, it measures.
        The running counts past it are not needed."""
        if self.change is None:
            return len(gaps)
        for number in range(len(gaps) - 1, 0, -1):
            index, paragraph, first = gaps[number]
            if not self.skip_gap(index, paragraph) or (first and not self.skip_within(paragraph)):
                return number + 1
        return 1

    def record_gap(self, index: int, found: Sequence[Break] = (), pruned: Sequence[tuple[float, Overlap]] = (),
                   resumed: Sequence[int] = (), before: int = 0, first: int = 0) -> None:  # fmt: skip
        """Remember a gap's options: ``found`` as measured (the stretch to the end first; none for a gap whose
        first sentence cannot open a story, which its window alone decides), the inserted stretches left
        unmeasured with the most they could score, the distinct words where each measured inserted stretch
        resumes, and those before the gap and in the first part of the stretch to the end."""
        assert self.reference is not None
        if not found:
            self.reference.gaps[index] = ()
            return
        end, *inserted = found
        options = [
            _Option(_raw(end, WEIGHTS), _END, end.words, True, MIN_TAIL_TERMS if end.tail else MIN_TERMS,
                    end.words.distinct - first, None, 0, True, False),
            *(_Option(_raw(option, INSERTED_WEIGHTS), _INSERTED, option.words, False, MIN_TERMS, None, before,
                      size, False, False) for option, size in zip(inserted, resumed, strict=True)),
            *(_Option(ceiling, _INSERTED, words, False, MIN_TERMS, None, None, 0, False, False)
              for ceiling, words in pruned),
        ]  # fmt: skip
        if end.after_copy == SIGN_OFF or end.signs.dateline:
            # after a sign-off word alone, the sign turns on and off with what the stretch shares; a dateline's
            # stretch is scored with as few words as it has (a table's rows): never left out
            options.append(_Option(math.inf, _INSERTED, end.words, False, MIN_TERMS, None, None, 0, False, False))
        self.reference.gaps[index] = tuple(options)

    def keep(self, pieces: Sequence[Piece], words: Split, names: Split, paragraphs: Sequence[Paragraph],
             named: object) -> None:  # fmt: skip
        """At a reference, remember the article-wide counts as first built (the splits before they move on)."""
        if self.recording:
            assert self.reference is not None
            self.reference.counts = (tuple(pieces), words.copy(), names.copy(), tuple(paragraphs), named)

    def counts(self, hits: Callable[[Counts, frozenset[str]], frozenset[str]]) -> tuple[Any, ...] | None:
        """The reference's article-wide counts with the changed paragraphs' words put in (their names, sentences
        and pieces are the reference's: :func:`_since`), or None to build them afresh. ``hits`` gives a piece's
        words that the lede uses."""
        reference = self.reference
        if self.change is None or reference is None or reference.counts is None:
            return None
        pieces, words, names, paragraphs, named = reference.counts
        pieces, words, paragraphs = list(pieces), words.copy(), list(paragraphs)
        for number in self.changed:
            old, new = reference.texts[number], self.texts[number]
            words.exchange(paragraph_words(old), paragraph_words(new))
            paragraphs[number] = paragraphs[number]._replace(words=paragraph_words(new), square=paragraph_square(new))
            at = next(place for place, piece in enumerate(pieces) if piece.paragraph == number)
            for offset, (_, counted) in enumerate(paragraph_pieces(new)):
                pieces[at + offset] = pieces[at + offset]._replace(words=counted, lede=hits(counted, self.lede))
        return pieces, words, names.copy(), paragraphs, named

    def record_within(self, paragraph: int, found: Sequence[Break], before: int) -> None:
        """Remember the glued stretches of a paragraph (those dropped because they continue the story too). A
        takeover (:attr:`Break.takeover`) runs to the end of the article, so any edit after it moves it: a paragraph
        with one is always measured again."""
        assert self.reference is not None
        self.reference.within[paragraph] = tuple(
            _Option(math.inf if option.takeover else option.score, _WITHIN, option.words, False, MIN_TERMS, None,
                    before, 0, False, True)
            for option in found
        )


NO_PLAN = Plan(None)
"""Every gap measured, nothing remembered (the fit and the evaluations ask for every stretch)."""


def _raw(option: Break, weights: Mapping[str, float]) -> float:
    return option.score - weights["continues"] if option.continues else option.score


class GapReuse:
    """The reference of the last article linted on this thread, and the plan for the next lint."""

    def __init__(self) -> None:
        self._state = local()

    def clear(self) -> None:
        self._state = local()

    def plan(self, texts: Sequence[str], vocabulary: ArticleVocabulary, baseline: float, lede: frozenset[str],
             is_name: Callable[[str], bool]) -> Plan:  # fmt: skip
        """How this lint goes: gaps skipped against the reference, or every gap measured as the new reference."""
        reference: _Reference | None = getattr(self._state, "reference", None)
        change = _since(reference, texts, vocabulary, baseline, lede) if reference is not None else None
        if change is None:
            reference = self._state.reference = _Reference(texts, vocabulary, baseline, lede)
            return Plan(reference, recording=True)
        changed, moved = change
        return Plan(reference, changed, moved, texts=texts, lede=lede)


def _since(
    reference: _Reference, texts: Sequence[str], vocabulary: ArticleVocabulary, baseline: float,
    lede: frozenset[str],
) -> tuple[frozenset[int], _Change] | None:  # fmt: skip
    """The paragraphs changed since the reference and how, or None when every gap must be measured again."""
    if len(texts) != len(reference.texts) or vocabulary.top_terms != reference.top_terms or lede != reference.lede:
        return None
    pairs = enumerate(zip(reference.texts, texts, strict=True))
    changed = [number for number, (old, new) in pairs if old is not new and old != new]
    if len(changed) > MAX_CHANGED_PARAGRAPHS or 0 in changed:
        return None
    length, count, lede_moved = 0.0, 0, False
    for number in changed:
        old, new = reference.texts[number], texts[number]
        if _outline(old) != _outline(new):
            return None
        delta = Counter(paragraph_words(new))
        delta.subtract(paragraph_words(old))
        moved = [amount for amount in delta.values() if amount]
        length += math.sqrt(sum(amount * amount for amount in moved))
        count += len(moved)
        lede_moved = lede_moved or (lede & set(paragraph_words(old))) != (lede & set(paragraph_words(new)))
    if count > MAX_CHANGED_WORDS:
        return None
    if vocabulary.lower_words != reference.lower_words and any(
        vocabulary.is_name(name) != answer for name, answer in reference.names.items()
    ):
        return None
    return frozenset(changed), _Change(length, count, abs(baseline - reference.baseline), lede_moved)


def _outline(text: str) -> tuple[tuple[object, ...], ...]:
    """What of a paragraph's sentences reaches beyond its gaps' windows: how many, where pieces start, and names."""
    return tuple((unit.run_on, unit.capitals, unit.names, unit.initial_name) for unit in paragraph_units(text))
