"""WL402 shapes of the numbers20 pass (issue 16), in sentences of my own, run as a user runs them:

A. parts set out as a list under an intro line: bullets "•", "-", "*", "–" or numbered "1." / "1)" lines, one item a
   line or one a paragraph, the total in the intro sentence or the sentence before, "and" before the last item;
B. fact boxes of "Label: N" lines, one a line or one a paragraph, under a heading, with a total line labelled
   "Total", "All", "Overall" or "Total casualties" first or last; a box's values are never parts of prose around it;
C. gapped verbs: "The army lost 12 and the rebels 20", "government forces lost 14 men, the insurgents 9", and
   elliptical subjects after their source ("It said 36 were soldiers and 37 were rebels"), and pointers with a verb
   of composition ("It breaks down as", "The toll was split between"; quantities.toml [wording] composition);
D. conditions are no partition: "treated 53 people, 22 for burns and 34 for smoke inhalation" may overlap, as may
   "with fever" and "with rashes", or an age beside an origin; kinds of people and reasons for a sanction still add
   up.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_numbers_sixteen import check  # the findings as `wirelint check` prints them

FOUND = [
    # A: (contradicting copy, agreeing copy); each contradicting copy gets one WL402
    ("Crash\n\nThe crash killed 30 people, police said. The victims were:\n• 12 passengers\n• and 21 pedestrians\n",
     "Crash\n\nThe crash killed 33 people, police said. The victims were:\n• 12 passengers\n• and 21 pedestrians\n"),
    ("Crash\n\nThe crash injured 30 people.\n\nCasualties:\n\n1) Twelve women.\n\n2) Twenty-one men.\n",
     "Crash\n\nThe crash injured 33 people.\n\nCasualties:\n\n1) Twelve women.\n\n2) Twenty-one men.\n"),
    ("Raid\n\nThe 40 people held in the raid were:\n– 25 students;\n– 19 teachers.\n",
     "Raid\n\nThe 44 people held in the raid were:\n– 25 students;\n– 19 teachers.\n"),
    ("Raid\n\nThe hospital admitted 40 people. They were:\n\n* 25 adults\n\n* 9 children\n",
     "Raid\n\nThe hospital admitted 34 people. They were:\n\n* 25 adults\n\n* 9 children\n"),
    ("Fire\n\nThe fire killed 20 people. The dead included:\n1. 12 guests\n2. 11 staff\n",
     "Fire\n\nThe fire killed 30 people. The dead included:\n1. 12 guests\n2. 11 staff\n"),
    # B
    ("Quake\n\nThe toll\nKilled: 12\nInjured: 40\nMissing: 3\nTotal: 60\n",
     "Quake\n\nThe toll\nKilled: 12\nInjured: 40\nMissing: 8\nTotal: 60\n"),
    ("Quake\n\nThe quake struck at dawn.\n\nOverall: 50\n\nSoldiers: 20\n\nCivilians: 35\n",
     "Quake\n\nThe quake struck at dawn.\n\nOverall: 55\n\nSoldiers: 20\n\nCivilians: 35\n"),
    ("Quake\n\nFACTBOX\nDead: 14\nWounded: 25\nTotal casualties: 35\n",
     "Quake\n\nFACTBOX\nDead: 14\nWounded: 25\nTotal casualties: 39\n"),
    ("Boats\n\nCoastguards rescued 40 migrants on Thursday.\n\nRescued\nMen: 20\nWomen: 15\nChildren: 9\n",
     "Boats\n\nCoastguards rescued 44 migrants on Thursday.\n\nRescued\nMen: 20\nWomen: 15\nChildren: 9\n"),
    # C
    ("Battle\n\nThe battle killed 54 fighters on both sides. The army lost 41 and the rebels 21.\n",
     "Battle\n\nThe battle killed 54 fighters on both sides. The army lost 33 and the rebels 21.\n"),
    ("Battle\n\nThe battle killed 54 fighters on both sides. The army lost 21 and the rebels 11.\n",
     "Battle\n\nThe battle killed 54 fighters on both sides. The army lost 43 and the rebels 11.\n"),
    ("Battle\n\nForty combatants died, the monitor said: government forces lost 14 men, the insurgents 30.\n",
     "Battle\n\nForty combatants died, the monitor said: government forces lost 14 men, the insurgents 26.\n"),
    ("Battle\n\nThe monitor counted 65 dead on both sides.\n\nIt said 36 were soldiers and 37 were rebels.\n",
     "Battle\n\nThe monitor counted 65 dead on both sides.\n\nIt said 28 were soldiers and 37 were rebels.\n"),
    ("Toll\n\nThe toll stands at 40. It breaks down as 12 soldiers and 31 civilians.\n",
     "Toll\n\nThe toll stands at 40. It breaks down as 12 soldiers and 28 civilians.\n"),
    ("Toll\n\nThe ministry said 40 people were killed. The toll was split between 12 soldiers and 21 civilians.\n",
     "Toll\n\nThe ministry said 40 people were killed. The toll was split between 12 soldiers and 28 civilians.\n"),
    # D: kinds of people are disjoint, and the reason for a sanction is one a member
    ("Shelter\n\nThe shelter has 37 beds, 18 for children and 26 for adults.\n",
     "Shelter\n\nThe shelter has 44 beds, 18 for children and 26 for adults.\n"),
]

QUIET = [
    # D: conditions, and an age beside an origin, may overlap
    "Fire\n\nMedics treated 53 people, 22 for burns and 34 for smoke inhalation.\n",
    "Crash\n\nEighty-one people were hurt, 27 with head injuries and 65 with broken bones.\n",
    "School\n\nFifty-four pupils were sent home, 21 with fever and 36 with rashes.\n",
    "Camps\n\nThe clinic saw 68 children, 34 under five and 37 from the camps.\n",
    # B: a box's values are no parts of the prose total, and a box with no total line claims nothing
    "Town\n\nThe town has 36 doctors.\n\nPopulation: 17,000\nArea: 29 sq km\nFounded: 1887\n",
    "Blast\n\nThe blast killed 62 people.\n\nKilled: 62\nInjured: 32\nArrested: 33\n",
    # A: lists that are no parts
    "Storm\n\nThe storm closed 67 schools.\n\nKey figures:\n- 67 schools closed\n- 16 hospitals on emergency power\n",
    "Homes\n\nThe plan would house 32 families. It has three stages:\n1) 25 flats by 2028\n2) 18 houses by 2030\n",
    "Quake\n\nThe quake killed 40 people. In numbers:\n\n• 40 dead\n\n• 120 injured\n\n• 3,000 displaced\n",
    # C: another period, in the next sentence or after a semicolon
    "Battle\n\nThe fighting killed 20 fighters this week. Last month the army lost 31 and the rebels 19.\n",
    "Floods\n\nThe floods killed 37 people this year; in 2009 the north lost 20 and the south 22.\n",
    # the count of the places a total is split between is no total
    "Towns\n\nThe 51 people killed were split between the two towns, with 42 in the north and nine in the south.\n",
]


@pytest.mark.parametrize(("wrong", "right"), FOUND, ids=[str(i) for i in range(len(FOUND))])
def test_the_shapes_are_found_and_agreeing_copy_passes(tmp_path: Path, wrong: str, right: str) -> None:
    found = check(tmp_path, wrong)
    assert len(found) == 1 and found[0].startswith("WL402"), found
    assert check(tmp_path, right) == []


@pytest.mark.parametrize("story", QUIET, ids=[str(i) for i in range(len(QUIET))])
def test_look_alikes_stay_quiet(tmp_path: Path, story: str) -> None:
    assert check(tmp_path, story) == []
