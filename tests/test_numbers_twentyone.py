"""WL402 review fixes of the numbers21 pass (issue 16), in sentences of my own, run as a user runs them:

1. a fact box's total line against its item lines: a total that names a kind sums only lines of that kind, a line
   equal to the total restates it, a qualifier after a name is a subset of it, and attributes that may overlap
   ("Part-time", "In Leeds", "Women", "Over 50") are no partition.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_numbers_sixteen import check  # the findings as `wirelint check` prints them

BOXES_QUIET = [
    "Derby\n\nThe visitors pressed all game.\n\nShots: 17\nOn target: 8\nFouls: 9\nTotal attempts: 17\n",
    "Storm\n\nThe gale hit the coast overnight.\n\nHouses damaged: 210\nBridges shut: 12\nTotal houses damaged: 230\n",
    "School\n\nThe school opened in 1902.\n\nPupils: 800\nBoarders: 300\nFrom overseas: 250\nTotal: 800\n",
    "Firm\n\nThe mill employs locals.\n\nEmployees: 420\nWomen: 230\nOver 50: 190\nPart-time: 75\nTotal: 420\n",
]
BOXES_FOUND = [
    "Ferry\n\nThe ferry sank at dawn.\n\nAdults: 45\nChildren: 25\nTotal passengers: 60\n",
    "Floods\n\nThe river rose.\n\nIn the north: 90\nIn the south: 70\nTotal: 140\n",
]


@pytest.mark.parametrize("story", BOXES_QUIET, ids=[str(i) for i in range(len(BOXES_QUIET))])
def test_box_lines_that_are_no_partition_of_the_total_stay_quiet(tmp_path: Path, story: str) -> None:
    assert check(tmp_path, story) == []


@pytest.mark.parametrize("story", BOXES_FOUND, ids=[str(i) for i in range(len(BOXES_FOUND))])
def test_box_lines_of_one_kind_or_one_attribute_still_sum_to_the_total(tmp_path: Path, story: str) -> None:
    found = check(tmp_path, story)
    assert len(found) == 1 and found[0].startswith("WL402"), found


# 2. conditions decided from the phrase, after any event: may overlap
CONDITIONS_QUIET = [
    "Crash\n\nAmbulance crews saw 41 people at the scene, 25 for whiplash and 22 for bruising.\n",
    "Fire\n\nSixty-three residents were moved out, 40 with breathing problems and 31 with burns.\n",
    "Heat\n\nOf the 90 hikers found, 55 were suffering from heatstroke and 48 from exhaustion.\n",
    "Peak\n\nOf the 35 climbers brought down, 20 were suffering from frostbite and 19 from the cold.\n",  # carried over
    "Camp\n\nDoctors examined 70 children in the camp, 45 for measles and 38 for malnutrition.\n",
]
CONDITIONS_SUMMED = [  # reasons for a sanction and origins are one answer each: still added up
    "Match\n\nThe league fined 20 clubs, 12 for crowd trouble and 11 for late kick-offs.\n",
    "Border\n\nGuards turned back 30 migrants, 22 from Libya and 15 from Tunisia.\n",
]


@pytest.mark.parametrize("story", CONDITIONS_QUIET, ids=[str(i) for i in range(len(CONDITIONS_QUIET))])
def test_parts_that_name_a_condition_may_overlap_after_any_event(tmp_path: Path, story: str) -> None:
    assert check(tmp_path, story) == []


@pytest.mark.parametrize("story", CONDITIONS_SUMMED, ids=[str(i) for i in range(len(CONDITIONS_SUMMED))])
def test_reasons_and_origins_are_still_summed(tmp_path: Path, story: str) -> None:
    found = check(tmp_path, story)
    assert len(found) == 1 and found[0].startswith("WL402"), found


# 3. a verb of composition: the count right before it is the total, the list after it all of it, in any nouns
COMPOSED = [  # (contradicting copy, agreeing copy)
    ("Games\n\nThe 31 trophies were broken down as 14 cups, 9 shields and 10 plates.\n",
     "Games\n\nThe 33 trophies were broken down as 14 cups, 9 shields and 10 plates.\n"),
    ("Budget\n\nThe 120 new jobs will be split between 70 teachers and 40 cleaners.\n",
     "Budget\n\nThe 110 new jobs will be split between 70 teachers and 40 cleaners.\n"),
    ("Council\n\nThe 48 places are divided into 20 for the north and 20 for the south.\n",
     "Council\n\nThe 40 places are divided into 20 for the north and 20 for the south.\n"),
    ("Summit\n\nThe 61 envoys comprised 33 from Africa and 31 from Latin America.\n",
     "Summit\n\nThe 64 envoys comprised 33 from Africa and 31 from Latin America.\n"),
]
COMPOSED_QUIET = [
    "School\n\nThe 24 pupils were divided into 4 groups of 6.\n",
    "Towns\n\nThe 51 people killed were split between the two towns, with 42 in the north and nine in the south.\n",
]


@pytest.mark.parametrize(("wrong", "right"), COMPOSED, ids=[str(i) for i in range(len(COMPOSED))])
def test_a_verb_of_composition_ties_the_count_before_it_to_the_list_after(tmp_path: Path, wrong: str,
                                                                          right: str) -> None:
    found = check(tmp_path, wrong)
    assert len(found) == 1 and found[0].startswith("WL402"), found
    assert check(tmp_path, right) == []


@pytest.mark.parametrize("story", COMPOSED_QUIET, ids=[str(i) for i in range(len(COMPOSED_QUIET))])
def test_groups_of_a_size_and_places_split_between_stay_quiet(tmp_path: Path, story: str) -> None:
    assert check(tmp_path, story) == []


# 4. a numbered list under a pointer back, and a gapped first clause before a stated total
POINTED_AND_GAPPED = [  # (contradicting copy, agreeing copy)
    ("Bank\n\nThe bank closed 90 branches. These were:\n\n1. 40 in Wales\n2. 35 in Scotland\n3. 25 in Cornwall\n",
     "Bank\n\nThe bank closed 100 branches. These were:\n\n1. 40 in Wales\n2. 35 in Scotland\n3. 25 in Cornwall\n"),
    ("Shops\n\nThe chain shut 300 outlets.\n\nThey were:\n\n1) 160 cafes\n\n2) 110 kiosks\n\n3) 45 bakeries\n",
     "Shops\n\nThe chain shut 315 outlets.\n\nThey were:\n\n1) 160 cafes\n\n2) 110 kiosks\n\n3) 45 bakeries\n"),
    ("Poll\n\nThe Greens took 40 seats, the Socialists 35 and the Liberals 12, a total of 80 seats.\n",
     "Poll\n\nThe Greens took 40 seats, the Socialists 35 and the Liberals 12, a total of 87 seats.\n"),
]


@pytest.mark.parametrize(("wrong", "right"), POINTED_AND_GAPPED, ids=[str(i) for i in range(len(POINTED_AND_GAPPED))])
def test_a_pointed_list_and_a_gapped_first_clause_are_parts(tmp_path: Path, wrong: str, right: str) -> None:
    found = check(tmp_path, wrong)
    assert len(found) == 1 and found[0].startswith("WL402"), found
    assert check(tmp_path, right) == []
