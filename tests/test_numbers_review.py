"""Review fixes of the numbers13 pass (issue 16, numbers15): parts are summed against a total only when they divide
it by one property.

Kinds of people that may overlap (sex or age beside a role), two questions (an age beside a colour, an outcome
beside a kind), two place descriptions that are no partition and a clause read as a place left out are no
division; the true partitions beside them still contradict their totals. A combining accent is part of the word a
part names.
"""

from __future__ import annotations

import pytest
from test_numbers_structure import codes

OVERLAPPING = [
    "Police arrested the 30 protesters. They were 12 students and 20 teenagers.",
    "Police named the 12 victims. They were 5 women and 8 pensioners.",
    "Officials identified the 40 victims. They included 31 tourists and 14 women.",
    "The 20 pupils were named on Friday. They were 12 girls and 11 boarders.",
    "The ferry was carrying 30 passengers, among them 20 women and 14 pensioners, when it ran aground.",
    "The dealer sold 40 cars. Thirty-one were new and 14 were red.",
    "The fleet lost 18 boats in the gale. Twelve sank and 9 were fishing boats.",
    "The bank shut 40 branches. Twenty-five were in rural areas and 20 were in Scotland.",
    "The council owns 30 buses. Twenty run on diesel and 15 the city bought last year.",
]

PARTITIONS = [
    "Police detained 40 fans. Thirty-one fans were charged on Saturday and 14 fans were freed.",
    "Police named the 12 victims. They were 5 women and 8 men.",
    "The 20 pupils were named on Friday. They were 12 girls and 11 boys.",
    "Inspectors checked 40 restaurants; 25 passed and 20 were ordered to close.",
    "The port handles 70 ferries a week. Twelve use the terminal in Genoa and a further 62 the one in Bari.",
    "The attack killed 40 people. They included 31 soldiers and 14 children.",
    "The bomb killed 30 people. They included 20 wounded veterans and 15 children.",
    "The ferry was carrying 30 passengers, among them 20 women and 14 men, when it ran aground.",
    "The dealer sold 40 cars. Thirty-one were new and 14 were used.",
    "The fleet lost 18 boats in the gale. Twelve sank and 9 ran aground.",
    "The bank shut 40 branches. Twenty-five were in Scotland and 20 were in Wales.",
    "The bank shut 40 branches. Twenty-five were in the north and 20 were in the south.",
    "The bank shut 40 branches. Twenty-five were in rural areas and the other 20 were in Scotland.",
]


@pytest.mark.parametrize("text", OVERLAPPING)
def test_parts_that_may_overlap_are_not_summed(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize("text", PARTITIONS)
def test_parts_of_one_division_still_contradict_the_total(text: str) -> None:
    assert codes(text) == ["WL402"]


def test_a_combining_accent_is_part_of_a_parts_word() -> None:
    assert codes("The storm damaged 40 buildings. Twenty-five were ho\u0301mes and 20 were shops.") == ["WL402"]
