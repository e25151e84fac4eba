"""WL402 and WL201 shapes of the numbers18 pass (issue 16), each in sentences of my own, run as a user runs them
(``wirelint check FILE``), with the agreeing copy or the look-alike beside each:

A. a kind qualified by a capitalised word ("Sikh pilgrims", "Sikh families") is a counted kind;
B. parts that describe different attributes of one total may overlap and are not summed (what they have beside who
   heads them, a kind beside an age, a state beside a term, a place beside whom they are for); parts of one
   dimension still are;
C. a lone "one" as an item of a list of counts ("four miners, five guards and one driver"; "15 at the depot and
   one at the port") is a count;
D. a second part after a partitive ("Nineteen of the 30 inmates ... were caught, and 14 are still on the run"; "...,
   while 33 were ...") and the rest set off by dashes ("and the rest - 30 - were taken by coach");
E. each side's losses in a sentence of its own under a toll "on both sides";
F. a part kept at its stage ("kept in hospital") is no earlier stage of "sent home"; things divided after a
   semicolon of their own sentence; "altogether" after a list; shares by agent with the participle left out;
G. WL201: a counted noun written as a compound whose head is a listed thing ("farmhouses") is that thing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_numbers_sixteen import check  # the findings as `wirelint check` prints them

PAIRS = [
    # (contradicting copy, agreeing copy)
    # A
    ("Police moved on 44 Sikh pilgrims, 30 from the temple and 19 from the square.",
     "Police moved on 44 Sikh pilgrims, 30 from the temple and 14 from the square."),
    ("Forty-one Sikh families were rehoused, 30 headed by widows and 15 by grandparents.",
     "Forty-one Sikh families were rehoused, 30 headed by widows and 11 by grandparents."),
    # C
    ("Nine people were hurt in the blast - four miners, five guards and one driver.",
     "Ten people were hurt in the blast - four miners, five guards and one driver."),
    ("Twenty buses were stopped - 15 at the depot and one at the port.",
     "Sixteen buses were stopped - 15 at the depot and one at the port."),
    # D
    ("Nineteen of the 30 inmates who escaped on Sunday were recaptured within a week, and 14 are still on the run.",
     "Nineteen of the 30 inmates who escaped on Sunday were recaptured within a week, and 11 are still on the run."),
    ("Doctors said 40 of the 61 passengers treated were adults, while 25 were children.",
     "Doctors said 40 of the 61 passengers treated were adults, while 21 were children."),
    ("Of the 61 pilgrims, 40 were flown home and the rest - 30 - were taken by coach.",
     "Of the 61 pilgrims, 40 were flown home and the rest - 21 - were taken by coach."),
    # E
    ("Clashes near the dam killed 33 fighters on both sides, a monitor said.\n\nThe army lost 20 soldiers. Rebel "
     "losses were put at 19 men.",
     "Clashes near the dam killed 33 fighters on both sides, a monitor said.\n\nThe army lost 20 soldiers. Rebel "
     "losses were put at 13 men."),
    # F
    ("Forty guests fell ill, of whom 25 were kept in hospital and 19 were sent home.",
     "Forty guests fell ill, of whom 25 were kept in hospital and 15 were sent home."),
    ("Inspectors opened 50 crates at the docks; 38 were cleared and 17 were held for tests.",
     "Inspectors opened 50 crates at the docks; 38 were cleared and 12 were held for tests."),
    ("Wardens counted 40 dead deer on the moor and 15 in the forest, 50 altogether.",
     "Wardens counted 35 dead deer on the moor and 15 in the forest, 50 altogether."),
]


@pytest.mark.parametrize(("wrong", "right"), PAIRS, ids=[str(i) for i in range(len(PAIRS))])
def test_totals_and_parts_in_these_shapes_are_compared(tmp_path: Path, wrong: str, right: str) -> None:
    assert [finding.split()[0] for finding in check(tmp_path, wrong)] == ["WL402"]
    assert check(tmp_path, right) == []


OVERLAPS = [
    "The hostel took in 60 families, 41 of them headed by fathers and 27 with toddlers.",
    "Sixty-one staff took early retirement, 30 of them women and 35 over the age of 55.",
    "The camp holds 70 migrants; 40 are Kenyan and 38 have visas.",
    "Police stopped 31 cyclists, 18 of whom were racing and 16 of whom had no lights.",
    "The village has 80 cottages, 62 of them privately-owned and 25 with thatched roofs.",
    "The unit has 42 cots, 20 of them for babies and 26 of them in side rooms.",
    "The clinic has 52 doctors, 40 of them part-time and 17 of them locum doctors.",
]


@pytest.mark.parametrize("story", OVERLAPS, ids=[str(i) for i in range(len(OVERLAPS))])
def test_parts_that_describe_different_attributes_are_not_summed(tmp_path: Path, story: str) -> None:
    assert check(tmp_path, story) == []


ONE_DIMENSION = [
    "The hostel took in 60 families, 41 of them headed by fathers and 27 by mothers.",
    "Forty pupils were hurt, 25 of them under 11 and 20 teenagers.",
    "The unit has 42 cots, 20 of them in the east wing and 26 in the west wing.",
]


@pytest.mark.parametrize("story", ONE_DIMENSION, ids=[str(i) for i in range(len(ONE_DIMENSION))])
def test_parts_of_one_dimension_are_still_summed(tmp_path: Path, story: str) -> None:
    assert check(tmp_path, story) == ["WL402 3"]


LOOKALIKES = [
    # a lone "one" that is no item of a list
    "No one was hurt when 12 lorries collided, and one of the drivers fled.",
    # sides: another incident in the sentences after the toll
    "Clashes killed 33 fighters on both sides. In another attack, the army lost 20 soldiers and the rebels 19.",
    # a later stage may count the same people
    "Thirty walkers were hurt; 12 were treated in hospital and 25 were flown home.",
]


@pytest.mark.parametrize("story", LOOKALIKES, ids=[str(i) for i in range(len(LOOKALIKES))])
def test_lookalikes_stay_quiet(tmp_path: Path, story: str) -> None:
    assert check(tmp_path, story) == []


def test_a_compound_whose_head_is_a_listed_thing_is_a_tally(tmp_path: Path) -> None:
    assert check(tmp_path, "Thirty-one farmhouses collapsed in the night.", "WL201") == ["WL201 3"]
    assert check(tmp_path, "The estate has 31 farmhouses and a mill.", "WL201") == []
