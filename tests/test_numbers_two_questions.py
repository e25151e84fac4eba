"""WL402 and WL401 false positives found by review (issue 16, numbers12), each with the review's case and a
look-alike in other words, through the linter; the true contradictions beside them stay found.

A. Parts that answer two questions about a total (a state and a later action, an adjective and a destination, a
   kind and a quality) may overlap: their sum says nothing of the total (numbers/predicates.py).
B. "Of these," skips a count smaller than one of its parts: it cannot be their total.
C. "ill" and "sick" name falling ill only as a predicate, not in "ill-fated" or before a noun ("sick days")."""

from __future__ import annotations

import conftest
import pytest
from test_numbers_structure import WL4, codes

OVERLAPPING = [
    # a state or quality beside a later action, a destination or a time
    "The council built 120 homes last year. Of these, 80 were affordable and 60 were sold to first-time buyers.",
    "The trust bought 50 ambulances last year. Of these, 30 were electric and 25 were delivered to rural stations.",
    "The airline grounded 70 aircraft last year. Of these, 42 were leased and 36 were returned to service by March.",
    "The fleet lost 50 buses. Of these, 30 were leased and 25 were scrapped within a month.",
    "The company sold 60 lorries last year. Of these, 41 were new and 30 were exported.",
    "The dealer sold 80 vans. Of these, 50 were diesel and 45 were exported.",
    "The fire destroyed 40 homes. Of these, 31 were insured and 14 were rebuilt within a year.",
    # the group's noun named again, with two outcomes that answer different questions
    "Forty miners were trapped underground; 31 miners were rescued and 14 miners were treated for smoke inhalation.",
    "Fifty climbers were stranded; 35 climbers were airlifted and 20 climbers were treated for frostbite.",
    "Coastguards rescued 40 migrants; 31 migrants were taken to Lampedusa and 14 migrants needed medical treatment.",
    "The hospital admitted 40 patients; 31 patients were discharged and 14 patients had surgery.",
    "The clinic saw 50 children; 35 children were vaccinated and 20 children had blood tests.",
    # a bare kind beside a qualified noun; a noun qualified by a participle beside one qualified by a kind
    "The council built 120 homes. Of those, 80 were flats and 60 were affordable homes.",
    "The developer built 90 homes. Of those, 50 were bungalows and 45 were social homes.",
    "Police seized 40 cars. Of those, 31 were stolen vehicles and 14 were luxury models.",
    "Customs seized 50 watches. Of those, 35 were smuggled goods and 20 were designer brands.",
]

ONE_DIVISION = [
    # contrasting values of one property, said alike: still a contradiction
    "The airline cancelled 22 flights. Of these, 11 were domestic and 14 were international.",
    "The fire destroyed 40 houses. Of those, 31 were holiday homes and 14 were permanent residences.",
    "The developer built 90 homes. Of those, 50 were bungalows and 45 were cottages.",
    "Forty miners were trapped underground; 31 were rescued and 14 died.",
    "Fifty climbers were stranded; 35 climbers were airlifted and 20 climbers died.",
    "The dealer sold 80 vans. Of these, 50 were new and 45 were used.",
    "The fire destroyed 40 homes. Of these, 31 were insured and 14 were uninsured.",
    "The airline grounded 70 aircraft. Of these, 42 were leased, while 36 were owned.",
    "Police seized 40 cars; 31 cars were returned to their owners and 14 cars were crushed.",
    # fates said with a verb of their own, and a format in participle form beside an adjective
    "The ward admitted 40 casualties; 31 casualties were discharged and 14 casualties remain in intensive care.",
    "The publisher released 40 titles. Of these, 31 were printed and 14 were digital.",
    "Rebels seized 40 hostages; 31 hostages escaped and 14 hostages are still in captivity.",
]


@pytest.mark.parametrize("text", OVERLAPPING, ids=[str(i) for i in range(len(OVERLAPPING))])
def test_parts_answering_two_questions_are_not_summed(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize("text", ONE_DIVISION, ids=[str(i) for i in range(len(ONE_DIVISION))])
def test_parts_of_one_division_above_their_total_are_found(text: str) -> None:
    assert codes(text) == ["WL402"]


SMALLER = [
    # "Of these," passes over a count smaller than a part to the count that can hold them
    ("The railway withdrew 40 trains from 6 depots. Of these, 25 were regional and 15 intercity.",
     "The railway withdrew 40 trains from 6 depots. Of these, 25 were regional and 22 intercity.", "40 trains"),
    ("The depot sent 50 trams from 4 yards. Of these, 30 were new and 20 refurbished.",
     "The depot sent 50 trams from 4 yards. Of these, 30 were new and 24 refurbished.", "50 trams"),
]


@pytest.mark.parametrize(("agreeing", "contradicting", "total"), SMALLER, ids=["trains", "trams"])
def test_a_count_smaller_than_a_part_is_not_their_total(agreeing: str, contradicting: str, total: str) -> None:
    assert codes(agreeing) == []
    found = conftest.lint(f"News\n\n{contradicting}\n", settings=WL4)
    assert [finding.code for finding in found] == ["WL402"]
    assert f'"{total}"' in found[0].message


def headline_codes(headline: str, body: str) -> list[str]:
    return [finding.code for finding in conftest.lint(f"{headline}\n\n{body}\n", settings=WL4)]


@pytest.mark.parametrize(("headline", "body"), [
    ("Over 200 ill-equipped schools to close", "Some 42 pupils fell ill, officials said."),
    ("Over 300 ill-prepared clinics shut", "Some 40 nurses fell ill, officials said."),
    ("100 sick days a year cost firm", "Some 12 workers fell ill, officials said."),
    ("80 sick notes signed in a week", "Some 9 staff were taken ill, officials said."),
])
def test_ill_or_sick_as_a_modifier_is_no_count_of_the_ill(headline: str, body: str) -> None:
    assert headline_codes(headline, body) == []


@pytest.mark.parametrize(("headline", "body"), [
    ("More than 300 ill-fated flights cancelled", "Some 42 flights were cancelled, officials said."),
    ("More than 200 ill-starred trains axed", "Some 30 trains were axed, officials said."),
    ("Nearly 200 sick after wedding", "Some 60 guests fell ill after the wedding reception, officials said."),
    ("80 workers ill after gas leak", "Some 12 workers were taken ill after the leak, officials said."),
])
def test_headline_counts_are_still_compared(headline: str, body: str) -> None:
    assert headline_codes(headline, body) == ["WL401"]
