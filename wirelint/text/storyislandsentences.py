"""Sentence islands: another story's first sentence or two glued with an ordinary space to the end or the start of
a paragraph of this one, this story resuming after it (WL601, issue 17, round 18).

A CMS paste that loses a paragraph break leaves another story's lede at the end of a paragraph, the story going
on in the next, or before a paragraph's own first sentence. The shape is that of an island
(:mod:`wirelint.text.storyislands`) one level down: the sentence shares little with the article, less with the
sentences of its own paragraph, brings in names the story never uses again, and reads as a lede (a verb in the
present perfect, who said it at its end, a name the story has not met first), while the rest of its paragraph
and the paragraph beyond go on with each other. The measures add up as the log-odds of a logistic regression
whose weights are data (``storyislands.toml``, read by :mod:`wirelint.text.storyislandweights`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Container, Iterator
from typing import NamedTuple

from wirelint.text.cohesion import cosine
from wirelint.text.storybackground import introduces
from wirelint.text.storyislandmemo import SeenBefore, add_counts
from wirelint.text.storyislands import IslandStory, disjoint, opening_features
from wirelint.text.storyislandweights import sentence_model
from wirelint.text.storyparagraphs import sentence_words
from wirelint.text.storysentences import quoted
from wirelint.text.vocabulary import ArticleVocabulary, topic_stems

LONGEST_GLUED = 2
"""Sentences of another story looked for at a paragraph's end."""
MIN_SENTENCE_WORDS = 4
"""Distinct content words a sentence island needs."""


class SentenceIsland(NamedTuple):
    """One or two sentences of a paragraph measured as another story's."""

    index: int
    """Its first unit (an index into the article's units)."""
    end: int
    """The first unit after it."""
    features: dict[str, float]
    score: float


def measure(
    vocabulary: ArticleVocabulary, story: IslandStory | None = None, bar: float | None = None
) -> Iterator[SentenceIsland]:
    """The last one or two sentences of every paragraph but the last, and the first sentence of every paragraph
    but the first and the last, where the paragraph has a sentence of its own besides, measured and scored."""
    story = story or IslandStory.of(vocabulary)
    paragraphs = story.paragraphs
    for number, paragraph in enumerate(paragraphs[:-1]):
        before = SeenBefore(story.first_words, number), SeenBefore(story.first_names, number)
        units = paragraph.units
        count = len(units)
        if count < 2 or len(paragraph.signs) != count:
            continue
        spans = [(count - size, count) for size in range(1, min(LONGEST_GLUED, count - 1) + 1)]
        if number:
            spans.append((0, 1))
        for start, stop in spans:
            found = _measured(story, number, start, stop, before, bar)
            if found is not None:
                features, score = found
                end = paragraph.first + stop if stop < count else paragraphs[number + 1].first
                yield SentenceIsland(paragraph.first + start, end, features, score)


class _Either:
    """Two containers read as one, without copying either."""

    def __init__(self, first: Container[str], second: Container[str]) -> None:
        self.first, self.second = first, second

    def __contains__(self, item: object) -> bool:
        return item in self.first or item in self.second


def _measured(
    story: IslandStory, number: int, start: int, stop: int, seen: tuple[SeenBefore, SeenBefore],
    bar: float | None = None,
) -> tuple[dict[str, float], float] | None:
    """The measures of :data:`SENTENCE_FEATURES` and the score of sentences ``start`` to ``stop`` of paragraph
    ``number`` (``seen``: the words, with the headline's, and the words of the names of the paragraphs before it),
    or None for a stretch that cannot be another story's lede (or, with a ``bar``, cannot clear it)."""
    before_words, before_paragraphs = seen
    paragraphs = story.paragraphs
    paragraph = paragraphs[number]
    signs = paragraph.signs
    sign = signs[start]
    if not sign.can_open or (start and signs[start - 1].ends_mid_sentence) or quoted(paragraph.text)[start]:
        return None  # a later sentence, or a speaker's words
    if paragraph.units[start].run_on:
        return None  # glued with no space: the gaps' measures read it (storybreaks)
    counted = sentence_words(paragraph.text)
    words = add_counts(*counted[start:stop])
    if len(words) < MIN_SENTENCE_WORDS:
        return None
    own = add_counts(*counted[:start], *counted[stop:])
    names = Counter(s for sign in signs[start:stop] for name, stems in sign.names for s in stems if s in story.names)
    own_names = Counter(s for sign in signs[:start] + signs[stop:] for _, stems in sign.names for s in stems)
    before = _Either(before_words, own) if start else before_words
    before_names = _Either(before_paragraphs, own_names) if start else before_paragraphs
    if sign.continues(before, before_names) or sign.counts_back:
        return None
    units = paragraph.units
    said = paragraph.text[units[start].start : units[stop - 1].end]
    if introduces(said):
        return None
    stems = topic_stems(said)
    lede = story.headline | (story.subject if number else frozenset())
    distinct = len(words)
    first = paragraph.text[units[start].start : units[start].end]
    features = opening_features(story, words, names, sign, first, before_names)
    features.update({
        "topic": min(len(stems & lede), 4) / 4,
        "start": float(start == 0),
        "two": float(stop - start == 2),
    })
    if bar is not None and _score(features) + _room() < bar:
        return None
    mine = paragraph.stems
    besides = frozenset().union(*(topic_stems(paragraph.text[u.start : u.end]) for u in units[:start] + units[stop:]))
    elsewhere = sum(1 for stem in stems if story.spread[stem] > (stem in mine) or stem in besides)
    far = paragraphs[number + 1] if start else paragraphs[number - 1]
    features.update({
        "local": cosine(words, own),
        "local share": sum(1 for word in words if own.get(word)) / distinct,
        "near": max(cosine(words, paragraphs[number - 1].words) if number else 0.0,
                    cosine(words, paragraphs[number + 1].words)),
        "bridge": cosine(own, far.words),
        "all share": elsewhere / len(stems) if stems else 1.0,
    })
    return features, _score(features)


_COSTLY = ("local", "local share", "near", "bridge", "all share")
"""Measures that compare the sentences with their paragraph and its neighbours, each between 0 and 1: taken only
where the others leave room to clear the bar."""


def _room() -> float:
    weights = sentence_model()[0]
    return sum(max(0.0, weights[name]) for name in _COSTLY)


def _score(features: dict[str, float]) -> float:
    weights = sentence_model()[0]
    return weights["bias"] + sum(weights[name] * value for name, value in features.items())


def sentence_islands(vocabulary: ArticleVocabulary, story: IslandStory | None = None) -> list[SentenceIsland]:
    """The sentence islands whose score clears the bar (:func:`~wirelint.text.storyislandweights.sentence_model`),
    the likelier first where two overlap."""
    bar = sentence_model()[1]
    return disjoint(measure(vocabulary, story, bar), bar)
