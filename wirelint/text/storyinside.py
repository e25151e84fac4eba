"""Where another story that starts inside a paragraph and runs to the end is reported (WL601, issue 17, integrity22).

A lost paragraph break leaves another story's lede after a sentence or two of this story's paragraph, that story
running on to the end of the file. Two stretches to the end may then pass their bars: one from the paragraph's start
or the story's own last sentence, and one from the other story's first sentence. The later one, still apart from
everything before it (the paragraph's earlier sentences included: :func:`~wirelint.text.storytails.apart`), is where
the other story starts: had an earlier sentence been the other story's lede, what follows would share its names or
its words. An editor sent to the earlier one would read this story's own sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate

from wirelint.text.storyscore import Break
from wirelint.text.vocabulary import ArticleVocabulary


def latest_inside(found: Sequence[Break], vocabulary: ArticleVocabulary) -> list[Break]:
    """``found`` without the stretches to the end that a tail apart starting later in the same paragraph, and
    running to the end too, follows (in time linear in the article's sentences)."""
    tails = [candidate for candidate in found if candidate.apart and candidate.end == candidate.article_units]
    if not tails:
        return list(found)
    paragraph = list(accumulate(int(placed.opens_paragraph) for placed in vocabulary.units))
    latest: dict[int, int] = {}
    for candidate in tails:
        at = paragraph[candidate.index]
        latest[at] = max(latest.get(at, candidate.index), candidate.index)
    return [
        candidate
        for candidate in found
        if candidate.end != candidate.article_units or latest.get(paragraph[candidate.index], -1) <= candidate.index
    ]
