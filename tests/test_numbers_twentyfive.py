"""WL4 of the numbers25 pass (issue 16), in sentences of my own, run as a user runs them.

1. A compound's head decides what is counted: "week-enders" and "day-labourers" are people, not durations; a box or
   table line named by a compound ("Kiosk-keepers", "Bin lorry crews") names a kind, not a state like "Part-time".
2. Words for people the data lacks that end like no doer are parts where the copy ties them to a total.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_numbers_sixteen import check  # the findings as `wirelint check` prints them


def _found_and_twin_quiet(tmp_path: Path, wrong: str, right: str) -> None:
    """One WL402 finding on the contradicting copy, none on its agreeing twin."""
    found = check(tmp_path, wrong)
    assert len(found) == 1 and found[0].startswith("WL402"), found
    assert check(tmp_path, right) == []


COMPOUND_HEADS = [
    # (contradicting copy, agreeing copy)
    ("Fog caused a pile-up that hurt 30 people. The figure takes in 21 week-enders and 14 van drivers.",
     "Fog caused a pile-up that hurt 30 people. The figure takes in 16 week-enders and 14 van drivers."),
    ("The hostel fire killed 18 people: the count covers 11 day-labourers and 9 hop-pickers.",
     "The hostel fire killed 18 people: the count covers 9 day-labourers and 9 hop-pickers."),
]


@pytest.mark.parametrize(("wrong", "right"), COMPOUND_HEADS, ids=["week-enders", "day-labourers"])
def test_a_unit_word_before_a_hyphen_and_a_word_for_people_is_no_duration(tmp_path: Path, wrong: str,
                                                                         right: str) -> None:
    _found_and_twin_quiet(tmp_path, wrong, right)


BOXES = [
    # (contradicting box, agreeing box)
    ("Pier\n\nThe storm injured 40 people at the pier, the council said.\n\nIn figures\nInjured in all: 40\n"
     "- Kiosk-keepers: 15\n- Bin lorry crews: 31\n",
     "Pier\n\nThe storm injured 40 people at the pier, the council said.\n\nIn figures\nInjured in all: 40\n"
     "- Kiosk-keepers: 15\n- Bin lorry crews: 25\n"),
    ("Fair\n\nThe ride collapse hurt 36 people, organisers said.\n\nGroup | Hurt\nFun-fair riders | 20\n"
     "Queue marshals | 19\n",
     "Fair\n\nThe ride collapse hurt 36 people, organisers said.\n\nGroup | Hurt\nFun-fair riders | 20\n"
     "Queue marshals | 16\n"),
]


@pytest.mark.parametrize(("wrong", "right"), BOXES, ids=["fact-box", "pipe-table"])
def test_a_box_line_named_by_a_compound_is_a_kind_of_people(tmp_path: Path, wrong: str, right: str) -> None:
    _found_and_twin_quiet(tmp_path, wrong, right)


def test_a_hyphenated_state_is_still_no_kind(tmp_path: Path) -> None:
    story = "Staff\n\nThe firm employs 60 people.\n\nTotal: 60\nPart-time: 40\nWomen: 35\n"
    assert check(tmp_path, story) == []


# 2. Words for people the data lacks that end like no doer: a compound's head ("farmhands", "swineherds":
#    quantities.toml [people-heads]); a unit under a count of all fighters ("hussars", "zouaves").
UNLISTED_PEOPLE = [
    # (contradicting copy, agreeing copy)
    ("The barn fire killed 30 people. A roll kept by the estate showed 14 farmhands and 19 swineherds among the dead.",
     "The barn fire killed 30 people. A roll kept by the estate showed 14 farmhands and 16 swineherds among the "
     "dead."),
    ("The skirmish killed 40 combatants, that is 25 hussars and 19 zouaves.",
     "The skirmish killed 40 combatants, that is 25 hussars and 15 zouaves."),
]


@pytest.mark.parametrize(("wrong", "right"), UNLISTED_PEOPLE, ids=["people-heads", "units-of-fighters"])
def test_people_the_data_lacks_are_parts_where_the_copy_ties_them(tmp_path: Path, wrong: str, right: str) -> None:
    _found_and_twin_quiet(tmp_path, wrong, right)

