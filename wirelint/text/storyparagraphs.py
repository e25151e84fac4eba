"""What WL601 remembers per paragraph text (and per pair or triple of neighbouring paragraph texts): each
paragraph's content stems counted, those of each of its pieces and sentences, and the words of its names.

An editor's re-lint after a one-word edit recounts only the paragraph that changed (and the pairs it is in);
:mod:`wirelint.text.storybreaks` reads these for every gap of the article.
"""

from __future__ import annotations

from collections import Counter
from types import MappingProxyType

from wirelint.memo import per_paragraph
from wirelint.text.cohesion import Counts, common, cosine, pair
from wirelint.text.storysigns import paragraph_signs
from wirelint.text.vocabulary import paragraph_units


@per_paragraph
def paragraph_words(text: str) -> Counts:
    """The content stems of a paragraph's sentences (those not in capitals), counted."""
    counts = Counter(term for unit in paragraph_units(text) if not unit.capitals for term in unit.terms)
    return MappingProxyType(counts)


@per_paragraph
def paragraph_square(text: str) -> int:
    """The squared length of a paragraph's counts (:func:`paragraph_words`)."""
    return sum(count * count for count in paragraph_words(text).values())


@per_paragraph
def neighbours(first: str, second: str) -> float:
    """How alike two neighbouring paragraphs are (the cosine of their content stems), remembered per pair
    of paragraph texts: an edit changes the two pairs its paragraph is in."""
    return cosine(paragraph_words(first), paragraph_words(second))


@per_paragraph
def pair_of_texts(first: str, second: str) -> tuple[int, int]:
    return pair(paragraph_words(first), paragraph_words(second))


@per_paragraph
def common_of_texts(first: str, second: str, third: str) -> int:
    return common(paragraph_words(first), paragraph_words(second), paragraph_words(third))


@per_paragraph
def paragraph_pieces(text: str) -> tuple[tuple[int, Counts], ...]:
    """Where a paragraph's pieces start (its first sentence, and each sentence glued to the one before) and
    the content stems of each (sentences in capitals left out), counted."""
    pieces: list[tuple[int, Counter[str]]] = []
    for number, unit in enumerate(paragraph_units(text)):
        if number == 0 or unit.run_on:
            pieces.append((number, Counter()))
        if not unit.capitals:
            pieces[-1][1].update(unit.terms)
    return tuple((number, MappingProxyType(counts)) for number, counts in pieces)


@per_paragraph
def piece_names(text: str) -> tuple[tuple[tuple[str, ...], Counts], ...]:
    """For each piece of a paragraph (:func:`paragraph_pieces`): the names it mentions, and the stems of
    their words counted, as they are when the article takes every one of them for a name."""
    signs = paragraph_signs(text)
    starts = [number for number, _ in paragraph_pieces(text)]
    found = []
    for start, stop in zip(starts, [*starts[1:], len(signs)], strict=True):
        entries = [entry for sign in signs[start:stop] for entry in sign.names]
        counts = Counter(stem for _, stems in entries for stem in stems)
        found.append((tuple(name for name, _ in entries), MappingProxyType(counts)))
    return tuple(found)


@per_paragraph
def sentence_words(text: str) -> tuple[Counts, ...]:
    """The content stems of each sentence of a paragraph (none for one in capitals), counted."""
    return tuple(MappingProxyType(Counter(() if unit.capitals else unit.terms)) for unit in paragraph_units(text))
