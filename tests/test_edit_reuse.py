"""An editor's one-word edit reads again only the paragraph it changed, and finds what a fresh lint finds.

Each reuse here keeps a rule's per-paragraph reading by the paragraph's text (WL202's runs of quoted
speech; the runs of coordinated counts that WL402 and WL403 divide a group into, as places among the
paragraph's figures), or carries an article-level result over while what it reads of every paragraph is
unchanged (WL301's spelling variants, while no name is cut differently). Two kinds of test for each: random
edits, after each of which the warm re-lint's findings equal those of a lint with every cache emptied; and a
count of the calls that do the work, which shows an edit elsewhere does not redo it.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from tests.test_incremental import (
    NAME_PARAGRAPHS,
    NAME_WORDS,
    NUMBER_PARAGRAPHS,
    NUMBER_WORDS,
    _edit,
    _forget_everything,
)
from wirelint.api import default_engine
from wirelint.checks import naming, speech
from wirelint.config import Settings
from wirelint.numbers import outcomes

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


def _warm_equals_fresh(
    lint: Callable[[str], list[dict[str, object]]], text: str, rng: random.Random, pool: tuple[str, ...],
    words: tuple[str, ...], edits: int,
) -> int:
    """Random edits of ``text``; after each, the warm re-lint equals a lint with every cache emptied. Returns
    how many findings the lints found, so a test can show its edits met what it is about."""
    found = len(lint(text))
    for _ in range(edits):
        text = _edit(text, rng, pool, words)
        warm = lint(text)
        _forget_everything()
        assert warm == lint(text)
        found += len(warm)
    return found


def _selected(select: str) -> Callable[[str], list[dict[str, object]]]:
    """A lint of a story by the rules of ``select`` alone, as plain findings."""

    def lint(text: str) -> list[dict[str, object]]:
        result = default_engine().lint_source("story.txt", text, Settings(select=(select,)))
        assert not result.errors, result.errors
        return [finding.to_dict() for finding in result.findings]

    return lint


_wl202 = _selected("WL202")


@pytest.mark.parametrize("seed", range(3))
def test_quoted_speech_is_read_afresh_where_a_paragraph_changed(seed: int) -> None:
    rng = random.Random(seed)
    alone = "\n\n".join(QUOTES[-3:])  # a quote between two paragraphs with no speaker
    text = "Town cut off by floods\n\n" + "\n\n".join([*rng.choices(QUOTES, k=12), alone, alone]) + "\n"
    assert _warm_equals_fresh(_wl202, text, rng, QUOTES, QUOTE_WORDS, 10)  # the edits met quotes with no speaker


def test_a_one_word_edit_reads_the_quotes_of_the_changed_paragraph_only() -> None:
    paragraphs = [*QUOTES, *(f"{quote} ({number})" for number, quote in enumerate(QUOTES))]
    text = "Town cut off by floods\n\n" + "\n\n".join(paragraphs) + "\n"
    _wl202(text)
    before = speech._chains.cache_info().misses
    _wl202(text.replace("Saturday", "Sunday", 1))
    assert speech._chains.cache_info().misses - before == 1


_names = _selected("WL3")


FILLER = (
    "The talks resume on Saturday in the capital, officials said.",
    "Roads into the town were under water by noon.",
    "Prices of bread and fuel rose again last week.",
)


@pytest.mark.parametrize("seed", range(3))
def test_spelling_variants_carried_over_are_those_a_fresh_lint_finds(seed: int) -> None:
    """Edits of names, of words that change how names are cut, and of plain words (carried over)."""
    rng = random.Random(200 + seed)
    pool, words = (*NAME_PARAGRAPHS, *FILLER), (*NAME_WORDS, "bread", "water", "capital")
    text = "Talks on the region\n\n" + "\n\n".join([*NAME_PARAGRAPHS, *FILLER]) + "\n"
    assert _warm_equals_fresh(_names, text, rng, pool, words, 12)  # the edits met names spelled two ways


def test_an_edit_that_cuts_no_name_differently_compares_no_spellings_again(monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[int] = []

    def counted(mentions: list, *rest: object) -> list:
        compared.append(len(mentions))
        return inconsistencies(mentions, *rest)

    inconsistencies = naming.inconsistencies
    monkeypatch.setattr(naming, "inconsistencies", counted)
    text = "Talks on the region\n\n" + "\n\n".join([*NAME_PARAGRAPHS, *FILLER]) + "\n"
    first = _names(text)
    assert compared and first  # variants were compared, and found
    compared.clear()
    edited = text.replace("bread and fuel", "bread and milk")
    carried = _names(edited)
    assert compared == []  # carried over
    _forget_everything()
    assert carried == _names(edited)
    compared.clear()
    _names(edited.replace("Nasrollah", "Nasrullah"))  # a name written another way: compared again
    assert len(compared) == 1


_figures = _selected("WL4")


DIVISIONS = (
    "Police detained 43 migrants on Monday. 22 were released and 25 were held.",
    "Forty workers were trapped; 31 workers were rescued and 14 died, officials said.",
    "Of the 30 passengers, 12 were taken to hospital and 9 were treated at the scene.",
    "Ten people were killed in the north. 15 died in the south and 3 in the west.",
)


@pytest.mark.parametrize("seed", range(3))
def test_coordinated_counts_remembered_by_text_divide_what_a_fresh_lint_divides(seed: int) -> None:
    rng = random.Random(300 + seed)
    pool = (*NUMBER_PARAGRAPHS, *DIVISIONS, *FILLER)
    text = "Floods hit the region\n\n" + "\n\n".join(rng.sample(pool, len(pool))) + "\n"
    assert _warm_equals_fresh(_figures, text, rng, pool, (*NUMBER_WORDS, "died", "were", "released", "25"), 12)


def test_a_one_word_edit_reads_the_coordinated_counts_of_the_changed_paragraph_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read: list[str] = []

    def counted(block: object, placed: list) -> object:
        read.append(block.text)  # type: ignore[attr-defined]
        return runs(block, placed)

    runs = outcomes._runs
    monkeypatch.setattr(outcomes, "_runs", counted)
    text = "Floods hit the region\n\n" + "\n\n".join([*DIVISIONS, *NUMBER_PARAGRAPHS, *FILLER]) + "\n"
    _forget_everything()
    first = _figures(text)
    assert set(DIVISIONS) <= set(read)  # every paragraph with figures was read
    read.clear()
    edited = text.replace("22 were released", "22 were freed")
    assert first and _figures(edited)
    assert read == ["Police detained 43 migrants on Monday. 22 were freed and 25 were held."]
