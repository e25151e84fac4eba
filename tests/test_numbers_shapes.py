"""WL402 and WL401 on the sentence shapes of the third pass (issue 16), each written both ways, plus look-alikes.

The shapes: a composition verb ("comprised", "made up of", "broken down as",
"split between") says the list is all of the total; a list the total names
later in another clause ("..., which rescued a total of 40") or that is
"among the dead" is only some of it; a partitive head opened by "among"; a
noun before its count ("women accounted for 8"); "with N dying in ...";
"and a further N in hospital" keeps the first count's verb; "bringing the
toll to N"; "the rest, N,"; a count set off by dashes after "many of the
victims"; counts in brackets after places; fact boxes and bulleted lists; a
count of the list's own items before a colon ("two hospitals:") is not the
total; a spaced dash opens an aside, not a range. Headline verbs "nears" and
"tops" after a toll of a named incident are bounds.
"""

from __future__ import annotations

import conftest
import pytest
from test_numbers_structure import WL4, codes

from wirelint.numbers import extract
from wirelint.numbers.quantity import Kind

SHAPES = [
    # composition verbs: all of the total, so parts short of it contradict it as well as parts above it
    ("The 52 casualties comprised 20 miners and 14 rescuers.", "The 34 casualties comprised 20 miners and 14 "
     "rescuers."),
    ("A bus carrying 30 pilgrims, made up of 12 men and 25 women, overturned.", "A bus carrying 37 pilgrims, made "
     "up of 12 men and 25 women, overturned."),
    ("The toll of 61 breaks down as 19 soldiers and 22 civilians, officials said.", "The toll of 41 breaks down "
     "as 19 soldiers and 22 civilians, officials said."),
    ("The 90 evacuees were split between camps in Mabu (30) and Sena (45).", "The 75 evacuees were split between "
     "camps in Mabu (30) and Sena (45)."),
    # a noun before its count, coordinated with the verb left out
    ("Of the 30 injured, women accounted for 19 and children for 16.", "Of the 40 injured, women accounted for 19 "
     "and children for 16."),
    ("Among the 20 dead, soldiers accounted for 14 and police for 9.", "Among the 30 dead, soldiers accounted for "
     "14 and police for 9."),
    # "with N dying in ...": some of the total, by where
    ("Twenty people were killed, with 15 dying in Mabu and 9 in Sena.", "Twenty-eight people were killed, with "
     "15 dying in Mabu and 9 in Sena."),
    # an added count with its verb left out; a total the list is brought to
    ("Six people died on the spot and a further 11 in hospital, bringing the toll to 14.", "Six people died on "
     "the spot and a further 11 in hospital, bringing the toll to 19."),
    # "the rest": the list is complete
    ("Troops detained 40 people. Twelve were released; the rest, 31, were charged.", "Troops detained 43 people. "
     "Twelve were released; the rest, 31, were charged."),
    ("Troops detained 50 people. Twelve were released; the rest, 31, were charged.", "Troops detained 43 people. "
     "Twelve were released; the rest, 31, were charged."),
    # a count set off by dashes after a partitive
    ("Forty people died. Most of the dead – 28 – were miners; 19 were rescuers.", "Forty people died. Most of the "
     "dead – 28 – were miners; 12 were rescuers."),
    # a count of the list's own places before the colon is not the total
    ("Forty wounded people were flown to three cities: 20 to Mabu, 15 to Sena and 12 to Tete.", "Forty-seven "
     "wounded people were flown to three cities: 20 to Mabu, 15 to Sena and 12 to Tete."),
    # a spaced dash opens a list, not a range "twenty-nine to seven"
    ("The death toll now stands at twenty-nine – seven men and 14 women.", "The death toll now stands at "
     "twenty-one – seven men and 14 women."),
    # a bulleted list under a pointer that ends in a colon, and a fact box with a total line
    ("The crash killed 30 people, police said. The dead were:\n\n- 12 passengers\n- 21 crew members",
     "The crash killed 33 people, police said. The dead were:\n\n- 12 passengers\n- 21 crew members"),
    ("Police released the figures.\n\nArrested: 25\nCautioned: 19\nTotal: 40",
     "Police released the figures.\n\nArrested: 21\nCautioned: 19\nTotal: 40"),
    # set L's shapes: a numbered list under a pointer paragraph of its own
    ("Police named the 20 men charged.\n\nThey were:\n\n1. Eleven dockers\n2. Twelve drivers",
     "Police named the 23 men charged.\n\nThey were:\n\n1. Eleven dockers\n2. Twelve drivers"),
    # a part that says it is among them after its noun; a total set off by dashes after "the dead"
    ("Nine people, 14 pupils among them, were hurt in the crash.", "Nine people, four pupils among them, were hurt "
     "in the crash."),
    ("The dead – 20 – included 12 miners and 11 rescuers.", "The dead – 23 – included 12 miners and 11 rescuers."),
    # "Broken down,": the list that follows is all of the total
    ("In total, 40 people were hurt. Broken down, 12 were miners and 19 were rescuers.", "In total, 31 people were "
     "hurt. Broken down, 12 were miners and 19 were rescuers."),
    # "the other N" is the rest, so the list is complete; the other is no reference back
    ("The blast injured 40 people.\n\nNine of those hurt were miners; the other 24 were rescuers.",
     "The blast injured 33 people.\n\nNine of those hurt were miners; the other 24 were rescuers."),
    # nouns before their counts in a colon list
    ("Medics treated 40 people: miners, 12; rescuers, 19.", "Medics treated 31 people: miners, 12; rescuers, 19."),
    # participles: what became of some of the total
    ("Police held 20 people, charging 15 and releasing 9.", "Police held 30 people, charging 15 and releasing 9."),
    # "So did": the same verb for the next part; "That makes" sums them up
    ("Twelve miners died. So did 19 rescuers. That makes 40 dead in total.", "Twelve miners died. So did 19 "
     "rescuers. That makes 31 dead in total."),
    # one count for each place named before: all of the total
    ("Forty people were evacuated from Mabu and Sena, 12 and 19 respectively.", "Thirty-one people were evacuated "
     "from Mabu and Sena, 12 and 19 respectively."),
    # set M's shapes: the total inside a partitive; "The 40 who died included"; a count that sums up the list
    ("Twelve of the twenty passengers were miners; fourteen were rescuers.", "Twelve of the thirty passengers were "
     "miners; fourteen were rescuers."),
    ("The 20 who died included 12 miners, while 11 rescuers were also among the victims.", "The 23 who died "
     "included 12 miners, while 11 rescuers were also among the victims."),
    ("Officials listed the casualties as 12 miners and 11 rescuers, 20 in all.", "Officials listed the casualties "
     "as 12 miners and 11 rescuers, 23 in all."),
    ("The injured – 20 in total – comprise 12 miners and 11 rescuers.", "The injured – 23 in total – comprise 12 "
     "miners and 11 rescuers."),
    ("Officials said 12 of the dead were miners. A further 11 were rescuers. The toll stands at 20.",
     "Officials said 12 of the dead were miners. A further 11 were rescuers. The toll stands at 23."),
    ("Twenty people were held, miners (12) and rescuers (11).", "Twenty-three people were held, miners (12) and "
     "rescuers (11)."),
    # a total after its list with "account for all"; a labelled count with labelled parts in brackets
    ("Between them, miners (12) and rescuers (11) account for all 20 people held.", "Between them, miners (12) and "
     "rescuers (11) account for all 23 people held."),
    ("Dead: 20 (miners: 12, rescuers: 11).", "Dead: 23 (miners: 12, rescuers: 11)."),
    # set N's shapes: "Of that number", "A breakdown of the N deaths shows", "among them" after a list, places
    # fronted in clauses joined by a semicolon with "The overall toll is"
    ("Forty people were rescued. Of that number, 32 were miners and 11 rescuers.", "Forty-three people were "
     "rescued. Of that number, 32 were miners and 11 rescuers."),
    ("A breakdown of the 40 deaths shows 32 were miners and 11 rescuers.", "A breakdown of the 43 deaths shows 32 "
     "were miners and 11 rescuers."),
    ("Forty people died, 32 miners and 11 rescuers among them.", "Fifty people died, 32 miners and 11 rescuers "
     "among them."),
    ("In Mabu, 32 people died; in Sena, 11. The overall toll is 40.", "In Mabu, 32 people died; in Sena, 11. The "
     "overall toll is 50."),
]


@pytest.mark.parametrize(("defect", "control"), SHAPES, ids=[str(i) for i in range(len(SHAPES))])
def test_each_shape_finds_the_contradiction_and_passes_the_agreeing_copy(defect: str, control: str) -> None:
    assert codes(defect) == ["WL402"]
    assert codes(control) == []


NOT_COMPLETE = [
    # a total in another clause ("which rescued a total of") counts the list in, but the list need not be all of it
    "Nine women and 14 children were winched to safety by the navy, which rescued a total of 60 people.",
    # "among the dead" is some of them, whatever "in all" says of the total
    "Eight soldiers and six police officers were among the dead in the blast, which killed 40 people in all.",
    # "bringing the toll to" may count deaths given before
    "Three people died on Monday and a further four on Tuesday, bringing the toll to 30.",
    # "with ... dying" is some of the total
    "Forty people were killed, with 12 dying in Mabu and 5 in Sena.",
]


@pytest.mark.parametrize("text", NOT_COMPLETE)
def test_lists_that_are_some_of_the_total_are_not_short_of_it(text: str) -> None:
    assert codes(text) == []


LOOK_ALIKES = [
    # a relative clause about a committee is no breakdown of the count before it (Reuters 1999)
    # a vague count is no toll of an event its adjective names ("millions of homeless refugees")
    "Aid workers are trying to house millions of homeless refugees.\n\nSome 20,000 refugees were counted.",
    "Democrats have a 12 to eight majority on the committee, which is made up of 10 Senators and 10 "
    "Representatives.",
    # "compared with" joins last year's figures, not parts (Reuters 3541)
    "Imports totalled 1,412.6 billion and exports 1,076.1 billion compared with 1,326.5 billion and 971.7 billion "
    "in 1985.",
    # another count with its own verb is another clause, even after "another"
    "Twelve people died at the scene and another 30 were treated in hospital.",
    # "N of the two models" counts cars of two kinds, not a total of two (Reuters 3655)
    "Dealers held 35,000 of the two models. Another 8,000 were in transit.",
    # lines of a story that are not one count each are no fact box
    "The teams met twice.\n\nThe first game had 20 fans and 30 stewards\nThe second had none",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_not_read_as_totals_and_parts(text: str) -> None:
    assert codes(text) == []


def test_counts_in_brackets_after_places_are_counts_not_ages() -> None:
    figures = extract("The 90 evacuees were split between camps in Mabu (30) and Sena (45).")
    assert [q.kind for q in figures] == [Kind.COUNT] * 3
    assert extract("John Smith (33) and Mary Jones (30) were hurt.")[0].kind is Kind.AGE


def test_a_spaced_dash_between_numbers_is_no_range_but_a_close_one_is() -> None:
    assert [q.value.low for q in extract("The toll stands at twenty-nine – seven men died.")] == [29, 7]
    assert len(extract("Between 10-15 people died.")) == 1


HEADLINES = [
    # a toll of a named incident, then a headline verb of bound ("tops" above, "nears" just below)
    ("Mabu toll climbs past 500\n\nThe blast has killed 450 people, officials said.",
     "Mabu toll climbs past 500\n\nThe blast has killed 520 people, officials said."),
    ("Handful of survivors found in Mabu\n\nRescuers pulled 20 survivors from the mine, officials said.",
     "Handful of survivors found in Mabu\n\nRescuers pulled three survivors from the mine, officials said."),
    ("Police hold 15 after Mabu clashes\n\nPolice detained 40 people, officials said.",
     "Police hold 15 after Mabu clashes\n\nPolice detained fifteen people, officials said."),
    ("Mabu mine toll doubles to 80\n\nForty people have died, officials said.",
     "Mabu mine toll doubles to 80\n\nEighty people have died, officials said."),
    ("Death toll from Mabu mine blast tops 100\n\nThe blast has killed 87 people, officials said.",
     "Death toll from Mabu mine blast tops 100\n\nThe blast has killed 112 people, officials said."),
    ("Mabu quake toll nears 1,000\n\nThe quake has killed 600 people, officials said.",
     "Mabu quake toll nears 1,000\n\nThe quake has killed 970 people, officials said."),
]


@pytest.mark.parametrize(("defect", "control"), HEADLINES, ids=["past", "handful", "hold", "doubles", "tops", "nears"])
def test_headline_verbs_of_bound_are_read(defect: str, control: str) -> None:
    assert [f.code for f in conftest.lint(defect + "\n", settings=WL4)] == ["WL401"]
    assert conftest.lint(control + "\n", settings=WL4) == []


VAGUE_OF_THINGS = [
    # a vague headline word counting a thing with no event: the body's count of that thing must allow it
    ("Scores of homes flooded in Mabu\n\nWater entered 7 homes in Mabu, the council said.",
     "Scores of homes flooded in Mabu\n\nWater entered 70 homes in Mabu, the council said."),
    ("Handful of cases reported in Mabu\n\nHealth officials have confirmed 400 cases of the disease.",
     "Handful of cases reported in Mabu\n\nHealth officials have confirmed four cases of the disease."),
]


@pytest.mark.parametrize(("defect", "control"), VAGUE_OF_THINGS, ids=["scores-homes", "handful-cases"])
def test_a_vague_headline_count_of_things_meets_the_bodys_count_of_them(defect: str, control: str) -> None:
    assert [f.code for f in conftest.lint(defect + "\n", settings=WL4)] == ["WL401"]
    assert conftest.lint(control + "\n", settings=WL4) == []


def test_an_exact_headline_count_of_things_is_not_held_to_another_count_of_them() -> None:
    """'3 homes' in a headline may count other homes than the body's: only vague words are compared."""
    text = "Mabu fire destroys 3 homes\n\nThe council has rebuilt 40 homes in Mabu since 2001.\n"
    assert conftest.lint(text, settings=WL4) == []
