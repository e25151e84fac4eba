"""WL601 of the integrity27 pass (issue 17): shift phrases of the day's other news and of unrelatedness said alone,
credit lines in every wire form, and the other story reported after the credit line, never on it. The stories
below are my own."""

from __future__ import annotations

import pytest
from test_wl601_endings import _OTHER, _OWN
from test_wl601_tails import _BRIDGE, _wl601

from wirelint.text.storyends import CREDIT_ENDING, end_of_copy, split_at_endings
from wirelint.text.storysigns import paragraph_signs
from wirelint.text.vocabulary import TRANSITION, paragraph_units


@pytest.mark.parametrize("opening", (
    "In additional news this morning,", "Elsewhere on the bulletin,", "Among the rest of the day's headlines,",
    "Also in this evening's round-up,", "Further news from the wires:", "Also making headlines,",
    "Entirely separately,", "Unconnected with that,", "Having nothing to do with the above,", "Unrelatedly,",
))
def test_a_phrase_of_other_news_or_unrelatedness_is_a_shift(opening: str) -> None:
    assert TRANSITION.match(f"{opening} the ferry company said it would sell two boats.") is not None


@pytest.mark.parametrize("opening", (
    "In the headlines, the ferry company said",  # the noun alone, no word of more of it
    "Last year Acme News International said",  # "News" of a name
    "Other finalists include the city news website, which",  # a sentence that goes on after the noun
    "Apart from this, the ferry company",
    "Independently, auditors found",
))
def test_a_look_alike_of_the_storys_own_is_no_shift(opening: str) -> None:
    assert TRANSITION.match(f"{opening} would sell two boats.") is None


def test_also_before_other_news_turns_away_where_also_before_a_day_does_not() -> None:
    other, day = paragraph_signs("Also in today's headlines, the ferry company sold two boats. Also on Tuesday, "
                                 "the ferry company sold two boats.")
    assert other.turns_away and not day.turns_away


@pytest.mark.parametrize("line", (
    "Additional reporting by Petra Kolar; writing by Tomas Beran",
    "Editing by Ana Ruiz",
    "-- Reporting by Petra Kolar in Brno, editing by Ana Ruiz",
    "Written by Petra Kolar; edited by Tomas Beran",
    "(Compiled by Petra Kolar; Editing by Ana Ruiz)",
))
def test_a_wire_credit_line_without_brackets_or_with_participles_closes_the_copy(line: str) -> None:
    assert end_of_copy(line) == CREDIT_ENDING


@pytest.mark.parametrize("line", ("Written by Mara Kell", "(Edited by Zadie Smith)", "Reporting by Tom Hale was"))
def test_one_participle_alone_or_a_credit_that_goes_on_closes_nothing(line: str) -> None:
    assert end_of_copy(line) != CREDIT_ENDING


def test_a_wrapped_line_that_reads_as_a_bare_credit_does_not_split_its_sentence() -> None:
    text = "The paper won four prizes. Reporting by Tom Hale\nwas singled out by the judges, he said."
    assert split_at_endings(text, 27, len(text)) == [(27, len(text))]


@pytest.mark.parametrize("credit", (
    "Additional reporting by Petra Kolar; writing by Tomas Beran",
    "Editing by Ana Ruiz",
    "(Editing by Ana Ruiz and Tomas Beran)",
))
def test_another_story_after_a_credit_line_is_reported_on_its_first_sentence(credit: str) -> None:
    assert _wl601(f"{_BRIDGE}{credit}\n\n{_OTHER}") == [11]


def test_a_credit_line_with_nothing_after_it_is_no_other_story() -> None:
    assert _wl601(f"{_BRIDGE}Additional reporting by Petra Kolar; writing by Tomas Beran\n") == []


def test_the_story_going_on_after_a_bare_credit_line_is_its_own() -> None:
    assert _wl601(f"{_BRIDGE}Editing by Ana Ruiz\n\n{_OWN}") == []


def test_a_closing_credit_line_lends_the_story_no_names_or_words() -> None:
    credit = paragraph_units("(Additional reporting by Petra Kolar; Editing by Tomas Beran)")[0]
    assert (credit.names, credit.terms) == ((), ())
