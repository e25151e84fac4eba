"""An editor's one-word edit reads again only the paragraph it changed, and finds what a fresh lint finds.

Each reuse here keeps a rule's per-paragraph reading by the paragraph's text (WL202's runs of quoted
speech). Two kinds of test for each: random edits, after each of which the warm re-lint's findings equal
those of a lint with every cache emptied; and a count of the calls that do the reading, which an edit of one
paragraph raises by one.
"""

from __future__ import annotations

import random

import pytest

from tests.test_incremental import _edit, _forget_everything
from wirelint.api import default_engine
from wirelint.checks import speech
from wirelint.config import Settings

QUOTES = (
    '"We will not leave the town without a fight," said the commander on Tuesday.',
    '"The water has gone. The children are thirsty and the wells are dry."',
    "Residents said the road was closed. \"Nobody has come to help us,\" one woman added.",
    '"It\'s difficult," Sella said, "which Laporte is doing well. "It\'s a good team',
    "The minister was \"deeply concerned\" by the report, an aide told reporters.",
    "Greene believes the plan will work. \"We have the money and the people to do it.\"",
    "The talks resume on Saturday in Geneva, officials said.",
    '"Nothing was left of the market after the fire, nothing at all."',
    "The river rose overnight across the valley.",
    "Roads into the town were under water by noon on Saturday.",
)
QUOTE_WORDS = ("said", '"Nobody', 'here,"', "Saturday", "Sunday", "he", "The", "“We", "left.”", "Greene")


def _wl202(text: str) -> list[dict[str, object]]:
    engine = default_engine()
    settings = Settings(select=("WL202",))
    result = engine.lint_source("story.txt", text, settings)
    assert not result.errors, result.errors
    return [finding.to_dict() for finding in result.findings]


@pytest.mark.parametrize("seed", range(3))
def test_quoted_speech_is_read_afresh_where_a_paragraph_changed(seed: int) -> None:
    rng = random.Random(seed)
    alone = "\n\n".join(QUOTES[-3:])  # a quote between two paragraphs with no speaker
    text = "Town cut off by floods\n\n" + "\n\n".join([*rng.choices(QUOTES, k=12), alone, alone]) + "\n"
    found = len(_wl202(text))
    for _ in range(10):
        text = _edit(text, rng, QUOTES, QUOTE_WORDS)
        warm = _wl202(text)
        _forget_everything()
        assert warm == _wl202(text)
        found += len(warm)
    assert found  # the edits met quotes with no speaker


def test_a_one_word_edit_reads_the_quotes_of_the_changed_paragraph_only() -> None:
    paragraphs = [*QUOTES, *(f"{quote} ({number})" for number, quote in enumerate(QUOTES))]
    text = "Town cut off by floods\n\n" + "\n\n".join(paragraphs) + "\n"
    _wl202(text)
    before = speech._chains.cache_info().misses
    _wl202(text.replace("Saturday", "Sunday", 1))
    assert speech._chains.cache_info().misses - before == 1
