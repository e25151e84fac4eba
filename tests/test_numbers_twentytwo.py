"""WL402 of the numbers22 pass (issue 16), in sentences of my own, run as a user runs them.

1. Parts that name only a state of care, custody or rescue (quantities.toml [states]) may overlap and need not
   cover their group: no contradiction above the total unless they give different answers of one question, none
   below it unless one is said to be the rest.
"""

from __future__ import annotations

from pathlib import Path

import conftest
import pytest
from test_numbers_sixteen import check  # the findings as `wirelint check` prints them

from wirelint.numbers.data import table
from wirelint.numbers.states import names_state

STATE_EXAMPLES = table()["states"]["examples"]


@pytest.mark.parametrize("example", STATE_EXAMPLES, ids=[example["text"] for example in STATE_EXAMPLES])
def test_state_examples(example: dict) -> None:
    assert names_state(example["text"]) is example["state"]


STATES_QUIET = [
    # above the total: one member may be in both states
    "Protest\n\nPolice detained 60 people at the rally. Forty-four have been charged and 19 remain in custody.\n",
    "Siege\n\nThe 31 captives were freed at dawn; 25 were airlifted out and 12 were examined by doctors.\n",
    "Siege\n\nThe 31 captives were freed at dawn; 25 were flown home and 12 were examined by doctors.\n",
    "Flood\n\nThe flood forced 45 families out; 30 were evacuated by boat and 20 were given shelter in the school.\n",
    "Sea\n\nCoastguards plucked 26 fishermen from the sea, 20 of whom were airlifted and 15 treated for hypothermia.\n",
    # below a total that says it is whole: the states need not cover it
    "Tower\n\nA total of 70 residents were evacuated: 30 were rescued by ladder and 12 were taken to shelters.\n",
    "Crush\n\nFifty-two people were hurt in the crush altogether; 20 were stitched up at the scene and 9 were "
    "admitted.\n",
]
STATES_FOUND = [
    # different answers of one question: exclusive states
    "Hostages\n\nThe gang held 30 hostages. Twenty were freed on Friday and 14 are still held.\n",
    "Ward\n\nThe hospital took in 25 patients; 14 are in a critical condition and 15 are stable.\n",
    # kinds of people beside states: a partition by kind
    "Crash\n\nThirty people were taken to hospital, 21 children and 14 adults; several needed surgery.\n",
    # a part said to be the rest of the group below a whole total
    "Fire\n\nIn all, 40 people were treated. Twelve remain in hospital and the remaining 20 were discharged.\n",
]


@pytest.mark.parametrize("story", STATES_QUIET, ids=[str(i) for i in range(len(STATES_QUIET))])
def test_parts_that_name_states_may_overlap_or_fall_short(tmp_path: Path, story: str) -> None:
    assert check(tmp_path, story) == []


@pytest.mark.parametrize("story", STATES_FOUND, ids=[str(i) for i in range(len(STATES_FOUND))])
def test_exclusive_states_kinds_and_the_rest_still_add_up(tmp_path: Path, story: str) -> None:
    found = check(tmp_path, story)
    assert len(found) == 1 and found[0].startswith("WL402"), found


# 2. Wire nouns in the hierarchy: servicemen, security forces and personnel include officers and soldiers; workers
#    include their trades; supporters are people; "schoolchildren" are children.
NOUNS_FOUND = [
    "Ambush\n\nThe ambush killed 30 members of the security forces, 21 police officers and 14 soldiers.\n",
    "Crash\n\nThe helicopter crash killed 15 servicemen, 9 officers and 8 enlisted men.\n",
    "Attack\n\nTwenty security personnel died in the raids, including 14 police officers and 9 soldiers.\n",
    "Mine\n\nThe flood trapped 35 workers, 26 miners and 12 surveyors.\n",
    "Derby\n\nPolice held 40 people after the derby, 28 home supporters and 17 away fans.\n",
    "Coach\n\nThe 25 people hurt in the coach crash include 14 teachers and 13 schoolchildren.\n",
]


@pytest.mark.parametrize("story", NOUNS_FOUND, ids=[str(i) for i in range(len(NOUNS_FOUND))])
def test_wire_nouns_are_in_the_hierarchy(tmp_path: Path, story: str) -> None:
    found = check(tmp_path, story)
    assert len(found) == 1 and found[0].startswith("WL402"), found


# 3. Casualties are the killed and the injured (and in military use the missing): a headline count of casualties
#    may stand for the body's killed and injured added up, and a list of killed, wounded and missing after a count of
#    casualties is its parts, not parts of the killed.
CASUALTIES_QUIET = [
    "Market bombing leaves 45 casualties\n\nThe bombing killed 15 people and wounded 30, police said.\n",
    "Outpost\n\nMilitary casualties reached 80, 20 killed, 52 wounded and eight missing.\n",
]
CASUALTIES_FOUND = [  # the casualties are what does not add up, not the killed ("total "15" ... 52 + 14")
    "Market bombing leaves 75 casualties\n\nThe bombing killed 15 people and wounded 30, police said.\n",
    "Outpost\n\nMilitary casualties reached 80, 20 killed, 52 wounded and 14 missing.\n",
]


@pytest.mark.parametrize("story", CASUALTIES_QUIET, ids=[str(i) for i in range(len(CASUALTIES_QUIET))])
def test_casualties_are_the_killed_and_the_injured(tmp_path: Path, story: str) -> None:
    assert check(tmp_path, story) == []


@pytest.mark.parametrize("story", CASUALTIES_FOUND, ids=[str(i) for i in range(len(CASUALTIES_FOUND))])
def test_casualties_that_do_not_add_up_are_found_as_casualties(tmp_path: Path, story: str) -> None:
    path = tmp_path / "story.txt"
    path.write_text(story, encoding="utf-8")
    output = conftest.run_cli("check", str(path), "--select", "WL4").output
    assert output.count("WL40") == 1 and ('"75 casualties"' in output or 'total "80"' in output), output


# 4. Verbs of composition with "up" ([wording] composition): "divided up as", "split up between", "broken up into".
COMPOSED_FOUND = [
    "Boat\n\nThe 55 people rescued were divided up as 30 crew and 28 passengers.\n",
    "Flood\n\nThe 60 evacuees were split up between 35 in the school and 30 in the hall.\n",
    "Camp\n\nThe 48 refugees were broken up into 30 adults and 12 children.\n",
]


@pytest.mark.parametrize("story", COMPOSED_FOUND, ids=[str(i) for i in range(len(COMPOSED_FOUND))])
def test_verbs_of_composition_with_up_give_all_of_the_total(tmp_path: Path, story: str) -> None:
    found = check(tmp_path, story)
    assert len(found) == 1 and found[0].startswith("WL402"), found
