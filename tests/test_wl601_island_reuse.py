"""WL601's island passes keep the last article's paragraphs, neighbour cosines and sums (text/storyislandmemo.py).

What must hold: after any edit (a word, a paragraph deleted, one pasted twice, one with a new sentence that shifts
every later unit) the story the passes measure, and the islands they find, are those of reading the article
afresh; and an editor's re-lint after a one-word edit reads again only the paragraph that changed.
"""

from __future__ import annotations

import random

import pytest

from tests.test_gap_reuse import _content_edit, _mixed_article
from wirelint.api import default_engine
from wirelint.text import storyislands, storyislandsentences
from wirelint.text.storyislandmemo import LastArticle, SeenBefore, first_seen
from wirelint.text.storyislands import IslandStory, islands, measure
from wirelint.text.storyislandsentences import sentence_islands
from wirelint.text.vocabulary import ArticleVocabulary, article_vocabulary

ENGINE = default_engine()
WORDS = ["harbour", "minister", "volcano", "tariffs", "Karachi", "election"]


def _vocabulary(text: str) -> ArticleVocabulary:
    return article_vocabulary(ENGINE.parse("story.txt", text).articles[0])


def _read(vocabulary: ArticleVocabulary) -> tuple[object, ...]:
    """Everything the island passes measure on ``vocabulary``: every stretch's features, with no bar too."""
    story = IslandStory.of(vocabulary)
    return (
        story.paragraphs, story.head, story.whole, story.names, story.baseline, story.spread,
        story.first_words, story.first_names, islands(vocabulary, story), sentence_islands(vocabulary, story),
        list(measure(vocabulary, story)), list(storyislandsentences.measure(vocabulary, story)),
    )


def _edits(text: str, rng: random.Random) -> list[str]:
    paragraphs = text.split("\n\n")
    middle = len(paragraphs) // 2
    return [
        _content_edit(text, rng, WORDS),
        "\n\n".join(paragraphs[:middle] + paragraphs[middle + 1 :]),
        "\n\n".join(paragraphs[: middle + 1] + paragraphs[middle:]),
        "\n\n".join([*paragraphs[:3], paragraphs[3] + " The harbour reopened on Monday.", *paragraphs[4:]]),
        _content_edit(text, rng, WORDS),
    ]


@pytest.mark.parametrize("seed", range(4))
def test_after_any_edit_the_story_and_its_islands_are_those_of_reading_afresh(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(seed)
    text = _mixed_article(rng)
    for edited in _edits(text, rng):
        _read(_vocabulary(text))  # the last article the passes saw
        kept = _read(_vocabulary(edited))
        monkeypatch.setattr(storyislands, "_LAST", LastArticle())
        assert kept == _read(_vocabulary(edited))


def test_a_one_word_edit_reads_again_only_the_paragraph_that_changed() -> None:
    text = _mixed_article(random.Random(7))
    before = IslandStory.of(_vocabulary(text)).paragraphs
    after = IslandStory.of(_vocabulary(_content_edit(text, random.Random(7), WORDS))).paragraphs
    same = [old.names is new.names for old, new in zip(before, after, strict=True)]
    assert same.count(False) == 1


def test_the_words_before_a_paragraph_are_those_of_the_headline_and_the_paragraphs_before_it() -> None:
    counts = [{"flood": 1, "river": 2}, {"river": 1, "mayor": 1}, {"storm": 3}]
    first = first_seen(counts, {"storm": 1})
    assert [word for word in ("flood", "river", "mayor", "storm") if word in SeenBefore(first, 1)] == [
        "flood", "river", "storm"
    ]
    assert "mayor" not in SeenBefore(first, 1) and "mayor" in SeenBefore(first, 2)
    assert "quake" not in SeenBefore(first, 3)
