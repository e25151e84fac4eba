"""Per-paragraph memos and long articles (wirelint/memo.py): capacity that follows the article.

What must hold: while an article with more paragraphs than a memo holds is linted, each paragraph's measure is
worked out once however many passes ask for it; a short article after it empties what was kept for it (memory
stays bounded by the article); a short article never fills those tables; and a long article linted whole asks
each paragraph's sentences once.
"""

from __future__ import annotations

from collections import Counter

import pytest

from wirelint.api import default_engine
from wirelint.config import Settings
from wirelint.memo import LONG_ARTICLE, PARAGRAPHS_REMEMBERED, long_article, per_paragraph
from wirelint.text import vocabulary

LONG = PARAGRAPHS_REMEMBERED * 2 + 100


@pytest.fixture
def counted() -> tuple[Counter[str], object]:
    calls: Counter[str] = Counter()

    @per_paragraph
    def measure(text: str) -> int:
        calls[text] += 1
        return len(text)

    yield calls, measure
    LONG_ARTICLE.pop()  # the test's own memo
    long_article(0)


def test_a_long_articles_paragraphs_are_measured_once_however_many_passes_ask(counted) -> None:
    calls, measure = counted
    texts = [f"Paragraph {number} of a very long story." for number in range(LONG)]
    long_article(LONG)
    for _ in range(3):  # three passes in reading order: a memo of PARAGRAPHS_REMEMBERED alone forgets them all
        assert [measure(text) for text in texts] == [len(text) for text in texts]
    assert set(calls.values()) == {1}


def test_a_short_article_after_a_long_one_empties_what_was_kept_and_keeps_nothing_more(counted) -> None:
    measure = counted[1]
    long_article(LONG)
    for number in range(LONG):
        measure(f"Paragraph {number}.")
    assert len(LONG_ARTICLE[-1]) == LONG  # type: ignore[arg-type]
    long_article(70)
    measure("A paragraph of a short story.")
    assert not LONG_ARTICLE[-1]


def test_a_table_stays_bounded_when_no_short_article_says_the_long_one_is_done(counted) -> None:
    """Rules that never ask a per-article value (``--select WL501``) do not reset the long-article flag: the
    tables must still hold at most twice the long article's paragraphs, however many paragraphs follow."""
    measure = counted[1]
    long_article(LONG)
    for number in range(5 * LONG):
        measure(f"Paragraph {number} of one article or another.")
    assert 0 < len(LONG_ARTICLE[-1]) <= 2 * LONG  # type: ignore[arg-type]


def test_a_long_article_linted_whole_reads_each_paragraphs_sentences_once(monkeypatch: pytest.MonkeyPatch) -> None:
    body = [
        f"Councillor {number} told the harbour board that berth {number} needed {number % 90 + 10} new piles."
        for number in range(LONG)
    ]
    read: Counter[str] = Counter()
    units = vocabulary._unit

    def counted_unit(*arguments: object) -> object:
        read[arguments[0], arguments[1]] += 1  # type: ignore[index]
        return units(*arguments)

    vocabulary.paragraph_units.cache_clear()
    monkeypatch.setattr(vocabulary, "_unit", counted_unit)
    engine = default_engine()
    text = "Harbour repairs\n\n" + "\n\n".join(body) + "\n"
    result = engine.lint_source("long.txt", text, Settings(select=("WL601",)))
    assert not result.errors
    assert read and max(read.values()) == 1
