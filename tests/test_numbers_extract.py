"""The number engine, table-driven: what each figure is, what it means, and what is not a count.

Each row is one figure in one sentence: the words the figure spans, its kind,
and (where it matters) its interval, counted noun and event. Adding a case is
adding a row.
"""

from __future__ import annotations

import sys
from typing import NamedTuple

import pytest

from wirelint.numbers import Kind, Quantity, extract


class Case(NamedTuple):
    text: str
    span: str
    kind: Kind
    value: str | None = None
    noun: str | None = None
    event: str | None = None


C, P, M = Kind.COUNT, Kind.PERCENT, Kind.MONEY

AMOUNTS = [
    # digits, separators, decimals
    Case("Syria's war has killed more than 380,000 people.", "more than 380,000", C,
         "more than 380,000 (under 400,000)", "people", "killed"),
    Case("The fund holds 1.5 million shares.", "1.5 million", C, "1,500,000", "share"),
    Case("Arrivals were 155,221 bags last week.", "155,221", C, "155,221", "bag"),
    Case("They counted 7 boats.", "7", C, "7", "boat"),
    # spelled out
    Case("Police found nine bodies in the river.", "nine", C, "9", "body", "killed"),
    Case("Twenty-one miners were rescued.", "Twenty-one", C, "21", "miner"),
    Case("A dozen protesters were arrested.", "A dozen", C, "12", "protester", "arrested"),
    Case("Two dozen homes were damaged.", "Two dozen", C, "24", "home"),
    Case("The region is home to some three million people.", "some three million", C, "2,700,000 to 3,300,000",
         "people"),
    Case("Half a million voters stayed at home.", "Half a million", C, "500,000", "voter"),
    Case("Three hundred and forty families left.", "Three hundred and forty", C, "340", "family"),
    Case("A hundred fans waited outside.", "A hundred", C, "100", "fan"),
    Case("Dozen killed in attack", "Dozen", C, "12", None, "killed"),
    # scaled
    Case("The deal is worth $2.5bn to the firm.", "$2.5bn", M, "2,500,000,000"),
    Case("Debts reached 1.2 trillion yen.", "1.2 trillion yen", M, "1,200,000,000,000"),
    Case("About 3 million people live there.", "About 3 million", C, "2,700,000 to 3,300,000", "people"),
    Case("The club was valued at £800m.", "£800m", M, "800,000,000"),
    Case("Sales were 5.93 mln dlrs.", "5.93 mln dlrs", M, "5,930,000"),
    Case("It raised 54bn rupees in all.", "54bn rupees", M, "54,000,000,000"),
    Case("The budget is €5m this year.", "€5m", M, "5,000,000"),
    Case("A loan of US$3m was agreed.", "US$3m", M, "3,000,000"),
    Case("They paid 2 billion dollars.", "2 billion dollars", M, "2,000,000,000"),
    Case("A stamp now costs 50p.", "50p", M, "50"),
    Case("Earnings were 20 cts a share.", "20 cts", M, "20"),
    Case("He sold it for $2,500 in cash.", "$2,500", M, "2,500"),
    # percentages
    Case("Profits rose 12% last year.", "12%", P, "12"),
    Case("Turnout was 61.4 per cent.", "61.4 per cent", P, "61.4"),
    Case("Inflation hit 3 percent in May.", "3 percent", P, "3"),
    Case("Output fell 5.2 pct in January.", "5.2 pct", P, "5.2"),
    Case("Rates rose by 0.5 percentage points.", "0.5 percentage points", P, "0.5"),
    Case("The coupon is 11-1/2 pct a year.", "11-1/2 pct", P, "11.5"),
    Case("Nearly 40% of voters backed it.", "Nearly 40%", P, "34 to 40"),
    Case("One in five adults smokes.", "One in five", Kind.RATIO, "20"),
    Case("Only 3 in 10 voters agreed.", "3 in 10", Kind.RATIO, "30"),
    # ranges
    Case("Between 10 and 15 people were hurt.", "Between 10 and 15", C, "10 to 15", "people", "injured"),
    Case("Some 10 to 15 people were hurt.", "Some 10 to 15", C, "9 to 16.5", "people", "injured"),
    Case("Police held 10-15 suspects overnight.", "10-15", C, "10 to 15", "suspect"),
    Case("Two or three officers were injured.", "Two or three", C, "2 to 3", "officer", "injured"),
    Case("The plan costs 3 to 4 million dollars.", "3 to 4 million dollars", M, "3,000,000 to 4,000,000"),
    # bounds and approximations
    Case("The clashes killed more than 50 fighters.", "more than 50", C, "more than 50 (under 100)", "fighter",
         "killed"),
    Case("Over 200 flights were cancelled.", "Over 200", C, "more than 200 (under 1,000)", "flight"),
    Case("At least 12 people died.", "At least 12", C, "at least 12 (under 20)", "people", "killed"),
    Case("Nearly 50 homes were lost.", "Nearly 50", C, "42.5 to 50", "home"),
    Case("Almost 100 workers walked out.", "Almost 100", C, "85 to 100", "worker"),
    Case("About 40 soldiers were wounded.", "About 40", C, "36 to 44", "soldier", "injured"),
    Case("Up to 30 people are missing.", "Up to 30", C, "at most 30", "people", "missing"),
    Case("Fewer than 20 people turned up.", "Fewer than 20", C, "under 20", "people"),
    Case("No more than 8 guards were on duty.", "No more than 8", C, "at most 8", "guard"),
    Case("The march drew 100 or more people.", "100 or more", C, "at least 100 (under 1,000)", "people"),
    Case("The march drew 50-plus people.", "50-plus", C, "at least 50 (under 100)", "people"),
    Case("There were 20 or so people inside.", "20 or so", C, "18 to 22", "people"),
    Case("An estimated 5,000 people fled.", "An estimated 5,000", C, "4,500 to 5,500", "people", "displaced"),
    Case("Almost a dozen houses burned.", "Almost a dozen", C, "10.2 to 12", "house"),
    Case("More than 2000 people marched.", "More than 2000", C, "more than 2,000 (under 10,000)", "people"),
    # vague quantifiers
    Case("Dozens killed in ISIS and regime clashes in Syria", "Dozens", C, "24 to 199", None, "killed"),
    Case("Scores of people were injured.", "Scores", C, "40 to 399", "people", "injured"),
    Case("Hundreds of homes were flooded.", "Hundreds", C, "200 to 1,999", "home"),
    Case("Thousands of workers marched.", "Thousands", C, "2,000 to 99,999", "worker"),
    Case("Tens of thousands of people fled.", "Tens of thousands", C, "20,000 to 99,999", "people", "displaced"),
    Case("Hundreds of thousands were displaced.", "Hundreds of thousands", C, "200,000 to 1,999,999", None,
         "displaced"),
    Case("Only a handful of people came.", "a handful", C, "2 to 9", "people"),
    # the counted noun and the event
    Case("Strikes claimed the lives of 20 pro-government fighters.", "20", C, "20", "fighter", "killed"),
    Case("The blast left 12 dead.", "12", C, "12", None, "killed"),
    Case("Twelve people died in the crash.", "Twelve", C, "12", "people", "killed"),
    Case("Officials said 30 people were wounded.", "30", C, "30", "people", "injured"),
    Case("Police arrested 45 people on Monday.", "45", C, "45", "people", "arrested"),
    Case("The fire killed 7 Syrian soldiers.", "7", C, "7", "soldier", "killed"),
    Case("The death toll rose to 112 on Sunday.", "112", C, "112", None, "killed"),
    Case("Another 5 more people were evacuated.", "5", C, "5", "people", "displaced"),
]

NOT_COUNTS = [
    # years
    Case("The war started in 2011.", "2011", Kind.YEAR),
    Case("It declared a caliphate in 2014, but lost it.", "2014", Kind.YEAR),
    Case("Music of the 1990s is back.", "1990s", Kind.YEAR),
    Case("Sales rose in mid-2011.", "2011", Kind.YEAR),
    Case("The 2004-05 season was long.", "05", Kind.YEAR),
    Case("It was founded in 1987 by two brothers.", "1987", Kind.YEAR),
    # dates
    Case("He was detained on June 22 by HTS.", "22", Kind.DATE),
    Case("The vote is on 5 March next year.", "5", Kind.DATE),
    Case("It was published on August 25, 2015.", "25", Kind.DATE),
    Case("The deadline is 22/06/2020 at noon.", "22/06/2020", Kind.DATE),
    Case("Filed on 2020-06-22 in court.", "2020-06-22", Kind.DATE),
    Case("Talks began on Jan. 5 in Geneva.", "5", Kind.DATE),
    # times
    Case("The meeting starts at 10:30 tomorrow.", "10:30", Kind.TIME),
    Case("Polls close at 3pm on Thursday.", "3pm", Kind.TIME),
    Case("The statement came at 1000 GMT.", "1000 GMT", Kind.TIME),
    Case("The train left at 10.30am sharp.", "10.30am", Kind.TIME),
    Case("They met at 9 p.m. on Friday.", "9 p.m.", Kind.TIME),
    # ages
    Case("Tauqir Sharif, 33, was detained on June 22.", "33", Kind.AGE),
    Case("A 33-year-old man was arrested.", "33", Kind.AGE),
    Case("The driver, aged 45, was unhurt.", "45", Kind.AGE),
    Case("Syria's nine-year-old war goes on.", "nine-year-old", Kind.AGE),
    Case("She is in her 60s now.", "60s", Kind.AGE),
    Case("He is 70 years old today.", "70", Kind.AGE),
    # ordinals
    Case("The conflict has entered its 10th year.", "10th", Kind.ORDINAL),
    Case("It is the 21st century.", "21st", Kind.ORDINAL),
    Case("She finished 2nd in the race.", "2nd", Kind.ORDINAL),
    # phone numbers
    Case("Call 0800 123 456 for help.", "0800 123 456", Kind.PHONE),
    Case("Dial +44 20 7946 0000 from abroad.", "+44 20 7946 0000", Kind.PHONE),
    Case("Ring (212) 555-1234 today.", "(212) 555-1234", Kind.PHONE),
    # addresses
    Case("She lives at 10 Downing Street now.", "10", Kind.ADDRESS),
    Case("The office is at 45 Fleet Street.", "45", Kind.ADDRESS),
    # numbers that are names
    Case("Britain triggered Article 50 last year.", "50", Kind.NAME),
    Case("Flight 370 vanished in 2014.", "370", Kind.NAME),
    Case("The F-16 jets took off.", "16", Kind.NAME),
    Case("Covid-19 cases rose.", "19", Kind.NAME),
    Case("He spoke on Radio 4 this morning.", "4", Kind.NAME),
    Case("New 3G phones went on sale.", "3G", Kind.NAME),
    # scores
    Case("Chelsea won 3-1 at home.", "3-1", Kind.SCORE),
    Case("It ended in a 2-2 draw.", "2-2", Kind.SCORE),
    # compound adjectives, durations, measures, fractions
    Case("The talks were three-way talks between powers.", "three-way", Kind.MODIFIER),
    Case("He began a two-day visit.", "two-day", Kind.DURATION),
    Case("Clashes went on for 48 hours.", "48 hours", Kind.DURATION),
    Case("Clashes went on for two days.", "two days", Kind.DURATION),
    Case("He was jailed for five years.", "five years", Kind.DURATION),
    Case("The 100m hurdles final is today.", "100m", Kind.MEASURE),
    Case("She ran 5km before work.", "5km", Kind.MEASURE),
    Case("Bags of 60 kilos were sold.", "60 kilos", Kind.MEASURE),
    Case("The index rose 12.5 points.", "12.5 points", Kind.MEASURE),
    Case("Temperatures reached 40C on Monday.", "40C", Kind.MEASURE),
    Case("Two-thirds of voters agreed.", "Two-thirds", Kind.FRACTION),
    Case("A third of adults smoke.", "A third", Kind.FRACTION),
]

NO_FIGURE = [
    "One of the men was released.",
    "No one was hurt in the blast.",
    "It was the first time since September.",
    "Someone left a bag on the train.",
    "He will run for a third term.",
    "The scores were level at half time.",
]


def _the(text: str, span: str) -> Quantity:
    found = [q for q in extract(text) if q.text == span]
    assert len(found) == 1, f"{span!r} not found once in {[q.text for q in extract(text)]}"
    return found[0]


@pytest.mark.parametrize("case", AMOUNTS, ids=[c.text[:40] for c in AMOUNTS])
def test_amounts_have_kind_interval_noun_and_event(case: Case) -> None:
    quantity = _the(case.text, case.span)
    assert quantity.kind is case.kind
    if case.value is not None:
        assert str(quantity.value) == case.value
    if case.noun is not None:
        assert quantity.noun == case.noun
    if case.event is not None:
        assert quantity.event == case.event
    assert case.text[quantity.start:quantity.end] == case.span


@pytest.mark.parametrize("case", NOT_COUNTS, ids=[c.text[:40] for c in NOT_COUNTS])
def test_years_dates_times_ages_and_names_are_not_counts(case: Case) -> None:
    quantity = _the(case.text, case.span)
    assert quantity.kind is case.kind
    assert not quantity.kind.is_amount


@pytest.mark.parametrize("text", NO_FIGURE)
def test_words_that_only_look_like_numbers_are_not_figures(text: str) -> None:
    assert [q.text for q in extract(text) if q.kind.is_amount] == []


def test_enough_cases_to_pin_the_engine() -> None:
    assert len(AMOUNTS) + len(NOT_COUNTS) + len(NO_FIGURE) >= 100


def test_listed_counts_share_their_event_both_ways() -> None:
    forwards = extract("Strikes killed 20 soldiers and 31 militants.")
    assert [q.event for q in forwards] == ["killed", "killed"]
    backwards = extract("Police said 20 men and 10 women were arrested.")
    assert [q.event for q in backwards] == ["arrested", "arrested"]


def test_a_figure_after_the_or_both_is_a_reference_back() -> None:
    (sides,) = [q for q in extract("They fought on the two sides of the river.") if q.noun == "side"]
    assert sides.definite
    (fresh,) = extract("They fought on two fronts.")
    assert not fresh.definite


def test_rounded_figures_carry_their_rounding() -> None:
    assert _the("It killed 380,000 people.", "380,000").rounding == 5_000
    assert _the("Profits rose 12% in May.", "12%").rounding == 0.5
    assert _the("The deal is worth $2.5bn.", "$2.5bn").rounding == 50_000_000
    assert _the("It killed 51 people.", "51").rounding == 0


def test_extraction_runs_in_one_pass_over_long_text() -> None:
    text = "Police said 20 men and 10 women were arrested in 2011. " * 2000
    quantities = extract(text)
    assert len(quantities) == 6000
    assert {q.kind for q in quantities} == {Kind.COUNT, Kind.YEAR}


def test_a_wire_fraction_hard_wrapped_after_its_whole_number() -> None:
    """Reuters 1987 copy is hard-wrapped, so "11 3/8" can arrive as "11\\n3/8" (it crashed WL201)."""
    [figure] = [q for q in extract("The stock rose 11\n3/8 to close at its high.") if q.text.startswith("11")]
    assert figure.value.low == figure.value.high == 11.375


DIGITS_ONLY = [
    "The war began in 2011 and the talks of 2004-05 failed; the 1990s were calmer.",
    "On 22/06/2020 at 10:30, 12 people were hurt and 45% of the 1,200 homes lost power.",
    "Call 020 7946 0000 before 1900 GMT; 3 in 10 voters said so in 2019.",
    "Shares rose 5% to $2.5bn, up from 1.5 pct in 1987, and 10-15 were held.",
]


class _AlwaysWords:
    """Stands in for the number-word test, so the full set of passes runs."""

    def search(self, *_: object) -> bool:
        return True


@pytest.mark.parametrize("text", DIGITS_ONLY)
def test_text_without_number_words_reads_the_same_on_the_fast_path(text: str, monkeypatch) -> None:
    module = sys.modules["wirelint.numbers.extract"]
    fast = module.extract.__wrapped__(text)
    monkeypatch.setattr(module, "_ANY_WORD", _AlwaysWords())
    assert fast == module.extract.__wrapped__(text)
    assert fast  # the texts do hold figures
