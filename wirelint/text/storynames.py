"""What each part of a merged article is about, and what WL601 reads of an article (:mod:`storybreaks`).

:func:`main_names` names the parts in the finding's message; :func:`reading_key` lets a caller reuse an
article's merges after an edit that changes nothing WL601 reads.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from wirelint.memo import per_paragraph
from wirelint.text.storysigns import paragraph_signs
from wirelint.text.vocabulary import ArticleVocabulary, Placed, paragraph_units


@per_paragraph
def _reading(text: str) -> tuple[object, ...]:
    """All that :func:`merges` and :func:`main_names` read of a paragraph, without where its sentences are:
    each sentence's vocabulary and signs (not its offsets or its wording)."""
    units = tuple((u.run_on, u.terms, u.names, u.initial_name, u.words, u.capitals) for u in paragraph_units(text))
    return units, paragraph_signs(text)


def reading_key(vocabulary: ArticleVocabulary) -> tuple[object, ...]:
    """Equal for two vocabularies whose :func:`merges` (and :func:`main_names` over the same units) are the
    same: an edit that changes no content word, name or sign (a weekday for a weekday, a figure, a comma)
    keeps it, so a caller can reuse the article's merges (:class:`~wirelint.checks.last_results.LastResults`)."""
    paragraphs = tuple(_reading(placed.block.text) for placed in vocabulary.units if placed.opens_paragraph)
    return paragraphs, vocabulary.top_terms, vocabulary.lower_words, vocabulary.inner_names


def main_names(
    vocabulary: ArticleVocabulary, units: Iterable[Placed], limit: int = 3, besides: Iterable[Placed] = ()
) -> list[str]:
    """The names a stretch mentions most (first mention breaks ties), one form of each, leaving out
    those that ``besides`` mentions too (what the two parts share does not tell them apart)."""
    common = {name for placed in besides for name in placed.unit.names}
    counts: Counter[str] = Counter()
    order: dict[str, int] = {}
    for placed in units:
        for name in placed.unit.names:
            if vocabulary.is_name(name) and name not in common:
                counts[name] += 1
                order.setdefault(name, len(order))
    chosen: list[str] = []
    for name in sorted(counts, key=lambda name: (-counts[name], order[name])):
        if not any(name in other or other in name for other in chosen):
            chosen.append(name)
        if len(chosen) == limit:
            break
    return chosen
