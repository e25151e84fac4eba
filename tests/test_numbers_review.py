"""Review fixes of the numbers13 pass (issue 16, numbers15): parts are summed against a total only when they divide
it by one property.

Kinds of people that may overlap (sex or age beside a role), two questions (an age beside a colour, an outcome
beside a kind), two place descriptions that are no partition and a clause read as a place left out are no
division; the true partitions beside them still contradict their totals. A combining accent is part of the word a
part names.
"""

from __future__ import annotations

import conftest
import pytest
from test_numbers_structure import WL4, codes

from wirelint.config import Settings

OVERLAPPING = [
    "Police arrested the 30 protesters. They were 12 students and 20 teenagers.",
    "Police named the 12 victims. They were 5 women and 8 pensioners.",
    "Officials identified the 40 victims. They included 31 tourists and 14 women.",
    "The 20 pupils were named on Friday. They were 12 girls and 11 boarders.",
    "The ferry was carrying 30 passengers, among them 20 women and 14 pensioners, when it ran aground.",
    "The dealer sold 40 cars. Thirty-one were new and 14 were red.",
    "The fleet lost 18 boats in the gale. Twelve sank and 9 were fishing boats.",
    "The bank shut 40 branches. Twenty-five were in rural areas and 20 were in Scotland.",
    "The council owns 30 buses. Twenty run on diesel and 15 the city bought last year.",
    "The hospital admitted 40 patients. Thirty were discharged and 15 were children.",
]

PARTITIONS = [
    "Police detained 40 fans. Thirty-one fans were charged on Saturday and 14 fans were freed.",
    "Police named the 12 victims. They were 5 women and 8 men.",
    "The 20 pupils were named on Friday. They were 12 girls and 11 boys.",
    "Inspectors checked 40 restaurants; 25 passed and 20 were ordered to close.",
    "The port handles 70 ferries a week. Twelve use the terminal in Genoa and a further 62 the one in Bari.",
    "The attack killed 40 people. They included 31 soldiers and 14 children.",
    "The bomb killed 30 people. They included 20 wounded veterans and 15 children.",
    "The ferry was carrying 30 passengers, among them 20 women and 14 men, when it ran aground.",
    "The dealer sold 40 cars. Thirty-one were new and 14 were used.",
    "The fleet lost 18 boats in the gale. Twelve sank and 9 ran aground.",
    "The hospital admitted 40 patients. Thirty were discharged and 15 were kept in.",
    "The bank shut 40 branches. Twenty-five were in Scotland and 20 were in Wales.",
    "The bank shut 40 branches. Twenty-five were in the north and 20 were in the south.",
    "The bank shut 40 branches. Twenty-five were in rural areas and the other 20 were in Scotland.",
]


@pytest.mark.parametrize("text", OVERLAPPING)
def test_parts_that_may_overlap_are_not_summed(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize("text", PARTITIONS)
def test_parts_of_one_division_still_contradict_the_total(text: str) -> None:
    assert codes(text) == ["WL402"]


def test_a_combining_accent_is_part_of_a_parts_word() -> None:
    assert codes("The storm damaged 40 buildings. Twenty-five were ho\u0301mes and 20 were shops.") == ["WL402"]


@pytest.mark.parametrize(("headline", "body", "expected"), [
    ("Thousands flee floods", "Floods forced 900 families from their homes, officials said.", []),
    ("Thousands flee floods", "Floods forced 600 households from their homes, officials said.", []),
    ("Thousands flee fighting", "The fighting forced 300 families from their homes, officials said.", ["WL401"]),
    ("Thousands of homes without power", "The storm left 900 homes without power, the operator said.", ["WL401"]),
])
def test_a_headline_verb_before_its_object_counts_people(headline: str, body: str, expected: list[str]) -> None:
    """"Thousands flee floods": the thousands are people (the floods are what they flee), so families are 2 to 5
    people each (quantities.toml [people-per]), as under "Thousands evacuated"."""
    found = conftest.lint(f"{headline}\n\n{body}\n", settings=WL4)
    assert [finding.code for finding in found] == expected


WL201 = Settings(select=("WL201",))


def severities(text: str) -> list[tuple[str, str]]:
    """Each WL201 figure of ``text`` (under a headline) with its severity."""
    body = conftest.lint(f"News\n\n{text}\n", settings=WL201)
    return [(finding.message.split('"')[1], finding.severity.value) for finding in body]


@pytest.mark.parametrize(("text", "expected"), [
    ("One in five children lives in poverty, far from the government target.", [("One in five", "warning")]),
    ("At 2.6%, inflation remains within the Bank's 2-3% target range.", [("2.6%", "warning"), ("2-3%", "info")]),
    ("Inflation rose to 2.6%, above the Bank's 2% target.", [("2.6%", "warning"), ("2%", "info")]),
    ("The EU wants to limit the deficit to 3% of GDP.", [("3%", "info")]),
    ("Ministers set a 7% growth target.", [("7%", "info")]),
])
def test_a_statistic_beside_a_policy_target_is_still_a_statistic(text: str, expected: list[tuple[str, str]]) -> None:
    assert severities(text) == expected


STUDY = "A survey by the university found that students sleep less than they did a decade ago."


@pytest.mark.parametrize(("after", "expected"), [
    ("Unemployment in the region rose to 9% last month.", [("9%", "warning")]),
    ("Only 16% of students sleep eight hours a night.", []),
    ("It also found that 16% sleep eight hours a night.", []),
    ("The survey showed that one in five skips breakfast.", []),
])
def test_a_study_sources_only_the_figures_that_go_on_with_it(after: str, expected: list[tuple[str, str]]) -> None:
    assert severities(f"{STUDY}\n\n{after}") == expected
