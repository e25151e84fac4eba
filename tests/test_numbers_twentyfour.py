"""WL4 of the numbers24 pass (issue 16), in sentences of my own, run as a user runs them.

1. Parts defined by different conditions (what each had, did, said or was given) may overlap: no partition.
2. A sub-group given inside an item of a list ("N of whom ...") is no sibling of the items.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_numbers_sixteen import check  # the findings as `wirelint check` prints them

CONDITIONS_QUIET = [
    "Ward\n\nOf the 30 walkers brought down, 22 had blisters and 14 had sprained ankles.\n",
    "Depot\n\nAll 40 drivers were interviewed; 31 had noticed the smoke and 17 complained of fumes.\n",
    "Hall\n\nThe 25 evacuated tenants were rehoused. Twenty needed medicine and 9 were given camp beds.\n",
    "Lido\n\nOf 50 bathers questioned, 38 said they saw the fin and 20 said they heard shouting.\n",
]
ONE_CONDITION_IN_DEGREES_FOUND = [
    "Ward\n\nThe crash injured 30 people; 22 had minor injuries and 14 had serious injuries.\n",
]


@pytest.mark.parametrize("story", CONDITIONS_QUIET, ids=[str(i) for i in range(len(CONDITIONS_QUIET))])
def test_parts_named_by_different_conditions_may_overlap(tmp_path: Path, story: str) -> None:
    assert check(tmp_path, story) == []


@pytest.mark.parametrize("story", ONE_CONDITION_IN_DEGREES_FOUND)
def test_one_condition_in_degrees_still_adds_up(tmp_path: Path, story: str) -> None:
    found = check(tmp_path, story)
    assert len(found) == 1 and found[0].startswith("WL402"), found


NESTED = [
    # (sub-group inside an item, siblings add up: quiet; siblings above the total: found)
    ("Quay\n\nThe gale drowned 30 people: 12 oystermen, 9 of whom were brothers, and 18 harbour pilots.\n",
     "Quay\n\nThe gale drowned 30 people: 16 oystermen, 9 of whom were brothers, and 18 harbour pilots.\n"),
    ("Pass\n\nOf the 40 dead, 25 were lancers, 11 of them officers, and 15 were bowmen.\n",
     "Pass\n\nOf the 40 dead, 29 were lancers, 11 of them officers, and 15 were bowmen.\n"),
]


@pytest.mark.parametrize(("quiet", "found"), NESTED, ids=[str(i) for i in range(len(NESTED))])
def test_a_sub_group_inside_an_item_is_no_sibling(tmp_path: Path, quiet: str, found: str) -> None:
    assert check(tmp_path, quiet) == []
    flagged = check(tmp_path, found)
    assert len(flagged) == 1 and flagged[0].startswith("WL402") and "9 of whom" not in flagged[0], flagged


# 3. Parts the construction ties to a total need no noun the data knows: roles qualified by a word, units, words
#    for people the hierarchy lacks; a restating word, a table's cell rules, the two sides' contrast and a figure
#    named back with a verb of taking in, a box's spaced dash and an intro line's own count of people tie them.
TIED = [
    # (contradicting copy, agreeing copy)
    ("Mine\n\nThe roof fall killed 30 people. Of those who died, 20 were night shovellers and 14 were lamp "
     "menders.\n",
     "Mine\n\nThe roof fall killed 30 people. Of those who died, 16 were night shovellers and 14 were lamp "
     "menders.\n"),
    ("Ridge\n\nThe ambush killed 30 combatants, that is 18 outriders and 15 bombardiers.\n",
     "Ridge\n\nThe ambush killed 30 combatants, that is 18 outriders and 12 bombardiers.\n"),
    ("Flats\n\nThe blaze hurt 30 tenants - that is, 12 lodgers and 9 flat-sharers.\n",
     "Flats\n\nThe blaze hurt 30 tenants - that is, 12 lodgers and 18 flat-sharers.\n"),
    ("Pier\n\nThe collapse injured 30 people, the council said.\n\nRole | Hurt\nAnglers | 14\nStrollers | 19\n",
     "Pier\n\nThe collapse injured 30 people, the council said.\n\nRole | Hurt\nAnglers | 14\nStrollers | 16\n"),
    ("Pier\n\nThe breakdown:\n\nRole | Hurt\nAnglers | 14\nStrollers | 19\nTotal | 30\n",
     "Pier\n\nThe breakdown:\n\nRole | Hurt\nAnglers | 14\nStrollers | 16\nTotal | 30\n"),
    ("Coast\n\nThe storm killed 40 people. That toll takes in 25 cocklers and 19 caravanners.\n",
     "Coast\n\nThe storm killed 40 people. That toll takes in 25 cocklers and 15 caravanners.\n"),
    ("Coast\n\nThe storm killed 40 people. Those figures cover 25 cocklers and 11 caravanners.\n",
     "Coast\n\nThe storm killed 40 people. Those figures cover 25 cocklers and 15 caravanners.\n"),
    ("Yard\n\nThe blast hurt 30 people, police said.\n\nAt a glance\nHurt in all: 30\nPorters - 14\nCarters - 19\n",
     "Yard\n\nThe blast hurt 30 people, police said.\n\nAt a glance\nHurt in all: 30\nPorters - 14\nCarters - 16\n"),
    ("Yard\n\nThe 30 victims, by trade:\n- porters: 14\n- carters: 19\n",
     "Yard\n\nThe 30 victims, by trade:\n- porters: 14\n- carters: 16\n"),
    ("Valley\n\nThe army lost 12 hussars, whereas the rebels lost 10 raiders; 30 combatants died on both sides.\n",
     "Valley\n\nThe army lost 12 hussars, whereas the rebels lost 18 raiders; 30 combatants died on both sides.\n"),
]


@pytest.mark.parametrize(("wrong", "right"), TIED, ids=[str(i) for i in range(len(TIED))])
def test_parts_tied_by_construction_need_no_known_noun(tmp_path: Path, wrong: str, right: str) -> None:
    found = check(tmp_path, wrong)
    assert len(found) == 1 and found[0].startswith("WL402"), found
    assert check(tmp_path, right) == []

