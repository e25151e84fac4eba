"""WL4 of the numbers23 pass (issue 16), in sentences of my own, run as a user runs them.

1. States of care and custody overlap only when they answer different questions (quantities.toml
   [states.questions]); outcomes of one question are exclusive and add up above the total.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_numbers_sixteen import check  # the findings as `wirelint check` prints them

ONE_QUESTION_FOUND = [
    "Port\n\nPolice detained 60 people; 50 were deported and 40 were released, officials said.\n",
    "Border\n\nOf the 50 migrants detained, 40 were deported and 30 were freed.\n",
    "Court\n\nOfficers held 35 fans after the match; 20 were remanded and 22 were bailed.\n",
    "Ward\n\nThe crash injured 40 people; 30 were kept in hospital and 25 were discharged.\n",
]
TWO_QUESTIONS_QUIET = [
    "Ward\n\nThe crash injured 40 people; 30 had surgery and 25 were still in hospital on Monday.\n",
    "Station\n\nPolice arrested 45 people; 30 were charged and 25 remain in custody.\n",
    "Cave\n\nThe 30 cavers were brought out; 20 were airlifted and 15 were treated for cold.\n",
]


@pytest.mark.parametrize("story", ONE_QUESTION_FOUND, ids=[str(i) for i in range(len(ONE_QUESTION_FOUND))])
def test_outcomes_of_one_question_add_up(tmp_path: Path, story: str) -> None:
    found = check(tmp_path, story)
    assert len(found) == 1 and found[0].startswith("WL402"), found


@pytest.mark.parametrize("story", TWO_QUESTIONS_QUIET, ids=[str(i) for i in range(len(TWO_QUESTIONS_QUIET))])
def test_states_of_different_questions_overlap(tmp_path: Path, story: str) -> None:
    assert check(tmp_path, story) == []


# 6. Nouns that end like a doer but name machines (quantities.toml [thing-doers]) are no trade among workers.
def test_machines_are_no_trade_among_workers(tmp_path: Path) -> None:
    assert check(tmp_path, "Mine\n\nThe mine employs 50 workers, 40 diggers and 20 bulldozers.\n") == []
    found = check(tmp_path, "Mine\n\nThe flood trapped 35 workers, 26 miners and 12 surveyors.\n")
    assert len(found) == 1 and found[0].startswith("WL402"), found


# 2. A fact box whose first line restates the total above it (its event or noun, or "Total", with the same count) is
#    the box's total, not one of its parts.
BOX_QUIET = [
    "Fighting\n\nFighting killed 20 people on Saturday, a monitoring group said.\n\nFact box\nKilled: 20\n"
    "Soldiers: 8\nCivilians: 12\n",
    "Fire\n\nThe fire killed 21 people, officials said.\n\nThe toll\nDead: 21\n- students: 19\n- teachers: 2\n",
    "Site\n\nThe collapse injured 25 workers, the firm said.\n\nKey figures\nWorkers hurt: 25\n"
    "of whom in hospital: 11\ntreated at the scene: 14\n",
]
BOX_FOUND = [
    "Fighting\n\nFighting killed 20 people on Saturday, a monitoring group said.\n\nFact box\nKilled: 20\n"
    "Soldiers: 8\nCivilians: 15\n",
    "Fire\n\nThe fire killed 21 people, officials said.\n\nThe toll\nDead: 21\n- students: 12\n- teachers: 2\n",
]


@pytest.mark.parametrize("story", BOX_QUIET, ids=[str(i) for i in range(len(BOX_QUIET))])
def test_a_box_line_that_restates_the_total_is_no_part(tmp_path: Path, story: str) -> None:
    assert check(tmp_path, story) == []


@pytest.mark.parametrize("story", BOX_FOUND, ids=[str(i) for i in range(len(BOX_FOUND))])
def test_a_box_under_its_restated_total_still_adds_up(tmp_path: Path, story: str) -> None:
    found = check(tmp_path, story)
    assert len(found) == 1 and found[0].startswith("WL402") and " 20 + " not in found[0] and " 21 + " not in found[0]


# 3. Parts on different axes (quantities.toml [axes]: severity, sex, age) cross each other: no partition.
AXES_QUIET = [
    "Dam\n\nThe dam burst injured 67 people, 47 of them seriously, and 31 children were among the injured.\n",
    "Fire\n\nThe fire killed 30 people; 12 were male and 25 were children.\n",
    "Storm\n\nThe storm injured 40 people, 25 of them critically; 22 were pensioners.\n",
]
AXES_FOUND = [  # one axis: severity, age, sex and age together in "women"
    "Crash\n\nThe crash injured 40 people, 25 of them seriously and 22 slightly.\n",
    "Crash\n\nThe crash injured 40 people: 25 adults and 22 children.\n",
    "Fire\n\nThe fire killed 30 people; 12 were women and 25 were children.\n",
]


@pytest.mark.parametrize("story", AXES_QUIET, ids=[str(i) for i in range(len(AXES_QUIET))])
def test_parts_on_different_axes_may_overlap(tmp_path: Path, story: str) -> None:
    assert check(tmp_path, story) == []


@pytest.mark.parametrize("story", AXES_FOUND, ids=[str(i) for i in range(len(AXES_FOUND))])
def test_parts_on_one_axis_add_up(tmp_path: Path, story: str) -> None:
    found = check(tmp_path, story)
    assert len(found) == 1 and found[0].startswith("WL402"), found


# 5. "N killed or injured" (any words for dying and being hurt joined by "or") counts the killed and the injured, as
#    "N casualties" does; the body's first killed and first injured may stand in two paragraphs.
EITHER_QUIET = [
    "40 killed or injured in market bombing\n\nThe bombing killed 12 people and wounded 28 others, police said.\n",
    "40 dead or wounded in border clash\n\nThe clash killed 12 soldiers, the army said.\n\nAnother 28 soldiers were "
    "wounded, it added.\n",
    "40 hurt or killed as bridge falls\n\nThe collapse killed 12 people, officials said, and injured 28.\n",
    "Bomb leaves 40 casualties\n\nThe bomb killed 12 people, police said.\n\nIt wounded 28 more, they said.\n",
]
EITHER_FOUND = [
    "52 killed or injured in market bombing\n\nThe bombing killed 12 people and wounded 28 others, police said.\n",
    "Bomb leaves 52 casualties\n\nThe bomb killed 12 people, police said.\n\nIt wounded 28 more, they said.\n",
]


@pytest.mark.parametrize("story", EITHER_QUIET, ids=[str(i) for i in range(len(EITHER_QUIET))])
def test_killed_or_injured_is_the_sum_of_both(tmp_path: Path, story: str) -> None:
    assert check(tmp_path, story) == []


@pytest.mark.parametrize("story", EITHER_FOUND, ids=[str(i) for i in range(len(EITHER_FOUND))])
def test_killed_or_injured_that_does_not_add_up_is_found(tmp_path: Path, story: str) -> None:
    found = check(tmp_path, story)
    assert len(found) == 1 and found[0].startswith("WL401"), found


# 4b. Lists with any bullet mark ("+", "▪") and tables with dot leaders or tabs under a heading are box items.
LISTS_FOUND = [
    "Clashes\n\nThe clashes left 87 people injured, the ministry said.\n\nThe 87 injured, by group:\n+ police: 42\n"
    "+ protesters: 48\n",
    "Fire\n\nThe fire killed 30 people, the brigade said.\n\nBreakdown of the dead:\n▪ tenants: 12\n▪ guests: 25\n",
    "Strike\n\nAn air strike killed 58 fighters, the monitor said.\n\nThe dead\nSoldiers .... 23\nRebels .... 40\n",
    "Strike\n\nAn air strike killed 58 fighters, the monitor said.\n\nThe dead\nSoldiers\t23\nRebels\t40\n",
]
LISTS_QUIET = [
    "Clashes\n\nThe clashes left 87 people injured, the ministry said.\n\nThe 87 injured, by group:\n+ police: 42\n"
    "+ protesters: 45\n",
    "Strike\n\nAn air strike killed 58 fighters, the monitor said.\n\nThe dead\nSoldiers .... 23\nRebels .... 35\n",
]


@pytest.mark.parametrize("story", LISTS_FOUND, ids=[str(i) for i in range(len(LISTS_FOUND))])
def test_lists_with_other_marks_and_leaders_add_up(tmp_path: Path, story: str) -> None:
    found = check(tmp_path, story)
    assert len(found) == 1 and found[0].startswith("WL402"), found


@pytest.mark.parametrize("story", LISTS_QUIET, ids=[str(i) for i in range(len(LISTS_QUIET))])
def test_lists_with_other_marks_that_add_up_are_quiet(tmp_path: Path, story: str) -> None:
    assert check(tmp_path, story) == []


# 4a. Parts post-posed in the next sentence: "X and Y were among them", "... among the fatalities".
def test_parts_among_them_after_the_total(tmp_path: Path) -> None:
    over = ("Clashes\n\nThe fighting killed 32 combatants, a monitor said. Twelve soldiers and 23 militants were among "
            "them.\n")
    found = check(tmp_path, over)
    assert len(found) == 1 and found[0].startswith("WL402"), found
    found = check(tmp_path, "Raid\n\nThe raid killed 30 people. Twelve soldiers and 23 civilians were among the "
                  "fatalities.\n")
    assert len(found) == 1 and found[0].startswith("WL402"), found
    assert check(tmp_path, over.replace("32", "40")) == []


# 4c. A toll "on both sides" between "death toll" and its verb is still a toll, with its parts after "with".
def test_a_death_toll_on_both_sides_is_a_toll(tmp_path: Path) -> None:
    story = "Clashes\n\nThe death toll on both sides rose to {n}, with 16 soldiers and 19 rebels killed.\n"
    for n in (31, 46):
        found = check(tmp_path, story.format(n=n))
        assert len(found) == 1 and found[0].startswith("WL402"), found
    assert check(tmp_path, story.format(n=35)) == []
