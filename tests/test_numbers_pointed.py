"""WL402 on totals that are no casualty count (issue 16, numbers10): a definite group restated by a pointer in the
next sentence, things broken down by "Of these" into parts with no noun of their own, and a people total opening
its sentence with its parts in a "with A ... and a further B" clause. Each written both ways, plus look-alikes
that must stay quiet, and WL401 over a headline event word that is a synonym of the body's ("sick" over "fell ill").
The words here are not those of the fresh set (benchmarks/numbers_fresh_parts10.py)."""

from __future__ import annotations

import conftest
import pytest
from test_numbers_structure import WL4, codes

SHAPES = [
    # a definite group with no event, its list in the next sentence: "They were" restates all of it
    ("The 14 winners were unveiled at a gala on Thursday. They were six poets and nine novelists.",
     "The 15 winners were unveiled at a gala on Thursday. They were six poets and nine novelists."),
    ("The 14 winners were unveiled at a gala on Thursday. They were six poets and five novelists.",
     "The 11 winners were unveiled at a gala on Thursday. They were six poets and five novelists."),
    ("The 25 delegates have arrived in Geneva. They were made up of 10 diplomats and 8 lawyers.",
     "The 18 delegates have arrived in Geneva. They were made up of 10 diplomats and 8 lawyers."),
    # "They included", "Among them were", "Of them": some of the group, so only parts above it contradict it
    ("The 20 cadets passed out on Friday. They included 12 Poles and 11 Czechs.",
     "The 30 cadets passed out on Friday. They included 12 Poles and 11 Czechs."),
    ("The 16 finalists were announced on Tuesday. Among them were 10 students and 9 teachers.",
     "The 19 finalists were announced on Tuesday. Among them were 10 students and 9 teachers."),
    # a group restated is what its list is, whatever words the hierarchy lacks; an attribution before the pointer
    ("The 30 envoys arrived in Oslo on Monday. They were 14 diplomats and 19 interpreters.",
     "The 33 envoys arrived in Oslo on Monday. They were 14 diplomats and 19 interpreters."),
    ("The 30 envoys arrived in Oslo on Monday. Officials said they were 14 diplomats and 12 interpreters.",
     "The 26 envoys arrived in Oslo on Monday. Officials said they were 14 diplomats and 12 interpreters."),
    # the event in a reduced relative: the group is still restated by the pointer
    ("The 12 people killed in the crash were named by police on Friday. They were seven men and nine women.",
     "The 16 people killed in the crash were named by police on Friday. They were seven men and nine women."),
    # a list that goes on in the next sentence, said alike: "Of them, 25 were men. 21 were women."
    ("Forty people were hurt in the crash. Of them, 25 were men. 21 were women.",
     "Forty-six people were hurt in the crash. Of them, 25 were men. 21 were women."),
    ("The 43 fellows left on Tuesday. Of them, 36 were chemists. 13 were midwives.",
     "The 49 fellows left on Tuesday. Of them, 36 were chemists. 13 were midwives."),
    # no pointer: counts opening the next sentence ("Twelve were men") break the group down as well
    ("The 18 recruits graduated on Friday. Twelve were men and nine were women.",
     "The 21 recruits graduated on Friday. Twelve were men and nine were women."),
    # things with a verb that is no event, "Of these" and parts that inherit the total's noun
    ("The airline grounded 70 aircraft. Of these, 42 were leased, while 36 were owned.",
     "The airline grounded 70 aircraft. Of these, 42 were leased, while 28 were owned."),
    ("The chain, which has 300 stores, shut 45 shops last month. Of those, 20 were large and 33 small.",
     "The chain, which has 300 stores, shut 45 shops last month. Of those, 20 were large and 25 small."),
    # the parts may name the total's noun again, and the pointer may name it ("Of these flights,")
    ("The council closed 60 schools. Of these, 41 were primary schools and 23 secondary schools.",
     "The council closed 64 schools. Of these, 41 were primary schools and 23 secondary schools."),
    ("The airline cancelled 40 flights. Of these flights, 25 were domestic and 22 international.",
     "The airline cancelled 47 flights. Of these flights, 25 were domestic and 22 international."),
    ("The airline cancelled 40 flights on Monday. Of the total, 25 were domestic and 22 international.",
     "The airline cancelled 47 flights on Monday. Of the total, 25 were domestic and 22 international."),
    # an adjective the hierarchy also knows as a noun of people ("general", "private") stands for the total's noun
    ("The trust closed 60 wards. Of these, 40 were general and 25 were private.",
     "The trust closed 65 wards. Of these, 40 were general and 25 were private."),
    # a count of people in an aside before the things is not what "Of these" points to
    ("The firm, which employs 900 people, sold 60 lorries. Of these, 41 were new and 30 used.",
     "The firm, which employs 900 people, sold 71 lorries. Of these, 41 were new and 30 used."),
    # "the other N": the parts restated as all of it, so parts short of it contradict it too
    ("The watchdog last year upheld 90 complaints. Of them, 60 were written and the other 20 verbal.",
     "The watchdog last year upheld 80 complaints. Of them, 60 were written and the other 20 verbal."),
    # after an explicit pointer, "A were <noun phrase>": what the members were, whatever the hierarchy says of it
    ("The fire destroyed 40 houses. Of those, 31 were holiday homes and 14 were permanent residences.",
     "The fire destroyed 45 houses. Of those, 31 were holiday homes and 14 were permanent residences."),
    ("The chain runs 60 outlets. Of these, 35 are cafes and 30 are kiosks.",
     "The chain runs 65 outlets. Of these, 35 are cafes and 30 are kiosks."),
    ("The council sold 25 buildings in 2019. Of them, 18 were former schools and 9 were disused libraries.",
     "The council sold 27 buildings in 2019. Of them, 18 were former schools and 9 were disused libraries."),
    # "among those killed" names its total by its event, even past a count of people with none
    ("The firm hired 30 engineers last year. The bomb killed 60 people.\n\n100 soldiers were among those killed.",
     "The firm hired 30 engineers last year. The bomb killed 160 people.\n\n100 soldiers were among those killed."),
    # a people total opening its sentence, parts in a "with ... and a further ..." clause
    ("250 bank staff will be transferred, with 180 moving to the Leeds office and a further 95 to Bristol.",
     "275 bank staff will be transferred, with 180 moving to the Leeds office and a further 95 to Bristol."),
    ("300 staff face redundancy, with 200 expected to go at the plant and a further 150 at head office.",
     "350 staff face redundancy, with 200 expected to go at the plant and a further 150 at head office."),
    ("500 staff will be moved, with 300 based in the capital and a further 250 abroad.",
     "550 staff will be moved, with 300 based in the capital and a further 250 abroad."),
    ("1,200 nurses are to be trained this year, with 800 coming from overseas and a further 500 from the army.",
     "1,300 nurses are to be trained this year, with 800 coming from overseas and a further 500 from the army."),
]

LOOK_ALIKES = [
    # a definite group and a list of another set after it
    "The 12 passengers were flown home on Sunday. They were met at the airport by 40 relatives and 12 officials.",
    "The 9 climbers were brought down on Monday. They were treated by 6 doctors and 8 nurses.",
    "The two new addresses were approved. They are among 10 new names being considered by the body.",
    "The 30 pilgrims were buried on Saturday. They had travelled with 20 relatives and 15 guides.",
    "The 30 pilgrims were buried on Saturday. They were mourned by 200 relatives and 150 neighbours.",
    # "Of these" before ages, years, sums or counts of something else
    "The council closed 60 schools. Of these, 41 have more than 300 pupils and 23 have more than 500.",
    "The city demolished 55 buildings. Of these, 12 were more than 80 years old and 9 were less than 10 years old.",
    "The city demolished 55 buildings. Of these, 12 had been built in 1962 and 9 in 1978.",
    "The city demolished 55 buildings. Of these, the tallest cost 40,000 dollars and the smallest 9,000 dollars.",
    "The firm, which employs 900 people, shut 45 depots. Of these, the biggest employed 600 people and the "
    "smallest 350.",
    # a restated group's ages, and parts of two ways of dividing things
    "The three men were named on Friday. They were 19, 23 and 31.",
    "The 12 new ministers were sworn in on Monday. Nine were men and five had served before.",
    # a next sentence that divides the group another way, or says what became of some of them
    "Police arrested 30 people. Of them, 20 were men. 15 were under 18.",
    "Police arrested 30 people. Of them, 20 were men. 15 were Britons.",
    "Police arrested 30 people. Of them, 20 were charged. 15 were released on bail.",
    # two measures of people that may overlap: a people named with a capital and an age or role
    "The 40 passengers were flown home on Sunday. They included 12 children and 30 Britons.",
    "Forty passengers were hurt in the crash. They included 12 children and 30 Britons.",
    "The agency approved 30 drugs last year. Of these, 20 were approved in the first half and 15 were for cancer.",
    # "with" clauses that count the others, or more on top
    "300 workers will lose their jobs, with 200 going at the plant and a further 150 at risk.",
    "250 bank staff will be transferred, with 1,200 remaining at head office and 300 at branches.",
    "250 bank staff will be transferred, with 90 more expected to follow next year.",
    # a copula after the pointer before money, years, ages; parts short of the total; a list of totals before it
    "The fire destroyed 40 houses. Of those, 31 were sold for 14 million dollars.",
    "The fire destroyed 40 houses. Of those, 31 were worth 14 million dollars and 12 were worth 9 million dollars.",
    "The fire destroyed 40 houses. Of those, 12 were built in 1990 and 9 in 2001.",
    "The fire destroyed 40 houses. Of those, 31 were more than 50 years old and 14 were less than 10 years old.",
    "The fire destroyed 40 houses. Of those, 12 were holiday homes and 9 were permanent residences.",
    "The 50 hikers rescued on the ridge were taken to two huts. Of them, 30 were men and 20 were women.",
    "The fire destroyed 40 houses, 30 shops and 8 churches. Of those, 31 were holiday homes and 14 were flats.",
    # a price or rate is no count of things, and "among those killed" is no part of a count with no event
    "Acme said it would make a 30 dlr-a-share tender offer for Beta.\n\n100 soldiers were among those killed.",
    "The insurer offered a 40 pound-per-head payment.\n\n60 passengers were among the injured.",
    "The firm hired 30 engineers last year.\n\n100 soldiers were among those killed. In all, 150 people died.",
    "The convoy was carrying 30 engineers when it was hit. 100 soldiers were among those killed.",
    # words that end like a doer but count things: no people total
    "Of the two components of the index, cash rose to 111.7 billion marks in February from 110.9 billion.",
]


@pytest.mark.parametrize(("defect", "control"), SHAPES, ids=[str(i) for i in range(len(SHAPES))])
def test_each_shape_finds_the_contradiction_and_passes_the_agreeing_copy(defect: str, control: str) -> None:
    assert codes(defect) == ["WL402"]
    assert codes(control) == []


@pytest.mark.parametrize("text", LOOK_ALIKES, ids=[str(i) for i in range(len(LOOK_ALIKES))])
def test_look_alikes_stay_quiet(text: str) -> None:
    assert codes(text) == []


SYNONYMS = [
    # a headline event word that is a synonym of the body's: compared as one event (quantities.toml [events.after])
    ("Nearly 200 sick after wedding", "guests fell ill after the wedding reception", 60, 192),
    ("Dozens ill after festival meal", "visitors were taken sick after eating at the festival", 9, 40),
    ("Hundreds hurt in stadium crush", "fans suffered injuries in the crush", 45, 260),
    ("Scores wounded in market blast", "shoppers were injured in the blast", 8, 70),
]


@pytest.mark.parametrize(("headline", "body", "outside", "inside"), SYNONYMS, ids=[s[0] for s in SYNONYMS])
def test_headline_synonym_of_the_body_event_is_compared(headline: str, body: str, outside: int, inside: int) -> None:
    found = [f.code for f in conftest.lint(f"{headline}\n\nSome {outside} {body}, officials said.\n", settings=WL4)]
    assert found == ["WL401"]
    assert conftest.lint(f"{headline}\n\nSome {inside} {body}, officials said.\n", settings=WL4) == []
