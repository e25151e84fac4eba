"""WL402 on a group divided by outcome, state, reason, place or time, run as a user runs it (``wirelint check``).

numbers/outcomes.py: bare counts coordinated in one clause ("Divers brought out 14 alive and seven dead", "Eight
died at the scene and five later in hospital") divide the group counted just before them, or just after ("..., out
of 16 on board", "In all, 13 were charged"); a definite total restated as the subject of "were" ("The 30 dead were
...") and a group shared out one part each among the places its sentence counts ("the two buses ... the first ...
the second") are all of it, so parts below them contradict them too. Each shape is tried both ways (one finding on
the total's line; the agreeing story passes), and look-alikes in the same frames stay quiet: parallel places or
days, another incident, "others", a part of a part, a running total, "at least", values compared, "All but 12".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_numbers_frames import check, found_once_and_agreeing_copy_passes

CASES = [
    # (name, contradicting story, agreeing story, line of the finding)
    ("outcomes-as-objects-next-sentence",
     "Cavers rescued\n\nNineteen cavers were cut off by the flood water. Divers brought out 14 alive and seven "
     "dead.\n",
     "Cavers rescued\n\nTwenty-one cavers were cut off by the flood water. Divers brought out 14 alive and seven "
     "dead.\n", 3),
    ("survived-drowned-of-what-a-boat-carried",
     "Dinghy sinks\n\nA dinghy carrying 30 migrants sank on Tuesday. Twenty-four survived and nine drowned.\n",
     "Dinghy sinks\n\nA dinghy carrying 33 migrants sank on Tuesday. Twenty-four survived and nine drowned.\n", 3),
    ("statuses-of-the-hurt",
     "Escalator collapse\n\nTwenty-two shoppers were hurt when the escalator gave way. Fifteen were taken to "
     "hospital and nine were treated at the scene.\n",
     "Escalator collapse\n\nTwenty-four shoppers were hurt when the escalator gave way. Fifteen were taken to "
     "hospital and nine were treated at the scene.\n", 3),
    ("freed-and-charged-in-the-next-paragraph",
     "Protest\n\nPolice detained 25 protesters outside the embassy.\n\nEighteen were freed overnight and 11 have "
     "been charged.\n",
     "Protest\n\nPolice detained 29 protesters outside the embassy.\n\nEighteen were freed overnight and 11 have "
     "been charged.\n", 3),
    ("second-verb-elided-by-place-of-death",
     "Hotel fire\n\nThe fire killed 11 guests. Eight died at the scene and five later in hospital.\n",
     "Hotel fire\n\nThe fire killed 13 guests. Eight died at the scene and five later in hospital.\n", 3),
    ("second-verb-elided-by-reason",
     "Racing bans\n\nFourteen jockeys were banned last year. Nine were banned for doping and seven for "
     "violence.\n",
     "Racing bans\n\nSixteen jockeys were banned last year. Nine were banned for doping and seven for "
     "violence.\n", 3),
    ("pointer-then-second-verb-elided",
     "Coach crash\n\nOfficials counted 12 casualties. Of these, 5 died at the scene and 9 in hospital.\n",
     "Coach crash\n\nOfficials counted 14 casualties. Of these, 5 died at the scene and 9 in hospital.\n", 3),
    ("second-verb-elided-by-town",
     "Arrests\n\nPolice arrested 30 people in the sweep. Nineteen were held in Leeds and 14 in Bradford.\n",
     "Arrests\n\nPolice arrested 33 people in the sweep. Nineteen were held in Leeds and 14 in Bradford.\n", 3),
    ("three-outcomes-with-commas",
     "Bus crash\n\nThirty people were hurt in the crash. Twelve were taken to hospital, 15 were treated at the "
     "scene and eight were unhurt.\n",
     "Bus crash\n\nThirty-five people were hurt in the crash. Twelve were taken to hospital, 15 were treated at "
     "the scene and eight were unhurt.\n", 3),
    ("group-implied-in-the-second-sentence",
     "Dormitory fire\n\nFire swept a dormitory where 40 students were asleep. Firemen led 35 to safety, while "
     "eight died.\n",
     "Dormitory fire\n\nFire swept a dormitory where 43 students were asleep. Firemen led 35 to safety, while "
     "eight died.\n", 3),
    ("total-after-out-of",
     "Trawler lost\n\nTwelve crew were rescued and six are missing, out of 16 on board, the coastguard said.\n",
     "Trawler lost\n\nTwelve crew were rescued and six are missing, out of 18 on board, the coastguard said.\n", 3),
    ("total-after-from-a-crew-of",
     "Trawler lost\n\nNine sailors were rescued and eight are missing from a crew of 16, the coastguard said.\n",
     "Trawler lost\n\nNine sailors were rescued and eight are missing from a crew of 17, the coastguard said.\n", 3),
    ("total-after-of-the",
     "Trawler lost\n\nDivers found eight alive and nine dead of the 15 fishermen trapped in the hull.\n",
     "Trawler lost\n\nDivers found eight alive and nine dead of the 17 fishermen trapped in the hull.\n", 3),
    ("total-after-in-all",
     "Charges\n\nSix were charged with theft and nine with assault. In all, 13 people were charged.\n",
     "Charges\n\nSix were charged with theft and nine with assault. In all, 15 people were charged.\n", 3),
    ("total-after-the-total-was",
     "Charges\n\nEleven men were charged over the riots and nine over the looting. The total was 18, police "
     "said.\n",
     "Charges\n\nEleven men were charged over the riots and nine over the looting. The total was 20, police "
     "said.\n", 3),
    ("three-places-of-death-two-verbs-left-out",
     "Coach crash\n\nThe crash killed 14 people. Six died at the scene, five on the way to hospital and four in "
     "hospital.\n",
     "Coach crash\n\nThe crash killed 15 people. Six died at the scene, five on the way to hospital and four in "
     "hospital.\n", 3),
    ("verbs-right-after-bare-counts",
     "School\n\nThirty pupils were taken ill at the school. Twenty-two recovered at home and 10 spent the night "
     "in hospital.\n",
     "School\n\nThirty-two pupils were taken ill at the school. Twenty-two recovered at home and 10 spent the "
     "night in hospital.\n", 3),
    ("a-dash-list-below-its-total-keeps-its-claim-beside-numbered-labels",
     "Riots\n\nPolice made 67 arrests \u2013 35 for looting and 15 for arson.\n\nThe bonds pay one pct in years one "
     "and two.\n",
     "Riots\n\nPolice made 50 arrests \u2013 35 for looting and 15 for arson.\n\nThe bonds pay one pct in years one "
     "and two.\n", 3),
    ("copula-restating-the-total-below-it",
     "Convoy ambushed\n\nThe ambush hit an army convoy. The 30 dead were 12 soldiers and 14 civilians.\n",
     "Convoy ambushed\n\nThe ambush hit an army convoy. The 26 dead were 12 soldiers and 14 civilians.\n", 3),
    ("one-part-each-of-the-places-counted-below-it",
     "Buses collide\n\nTwenty people were in the two buses. Eight were in the first bus and nine in the "
     "second.\n",
     "Buses collide\n\nTwenty people were in the two buses. Eight were in the first bus and 12 in the "
     "second.\n", 3),
]

QUIET = [
    ("parallel-places", "Storms\n\nTen people were killed in the north. Fifteen died in the south and three in "
     "the west.\n"),
    ("outcomes-the-dead-cannot-have", "Storm\n\nThe storm killed 12 people. Thirty were injured and 40 were left "
     "homeless.\n"),
    ("a-part-of-a-part", "Blast\n\nForty people were hurt in the blast. Thirty-five were taken to hospital, 12 of "
     "them with serious injuries.\n"),
    ("others-after-a-toll", "Blast\n\nThe blast killed nine people. Fifteen others were injured and six were "
     "treated for shock.\n"),
    ("running-total-beside-a-day", "Outbreak\n\nSix people died on Tuesday. Since March, 40 have died in "
     "hospital and 30 at home.\n"),
    ("at-least", "Crush\n\nAt least 40 people were hurt in the crush. Twenty-five were taken to hospital and 20 "
     "were treated at the scene.\n"),
    ("values-compared-not-divided", "Turnout\n\nThe town had 9,000 voters, up from 6,000 in 2010 and 7,000 in "
     "2015.\n"),
    ("counts-after-against", "Patents\n\nFrance was awarded 200 patents, against 600 awarded to German and 1,100 "
     "to Japanese firms.\n"),
    ("another-incident", "Crashes\n\nThe crash killed 10 people on Monday. In a separate accident on Tuesday, "
     "eight people died at the scene and six in hospital.\n"),
    ("all-but-and-a-subset", "Landing\n\nThe plane was carrying 150 people. All but 12 survived, and 140 walked "
     "away unhurt.\n"),
    ("days-parallel-to-the-total's-day", "Floods\n\nThree people were killed on Monday. Twenty-one died on "
     "Tuesday and 17 on Wednesday.\n"),
    ("an-item-of-a-list-is-no-group", "Crash\n\nA plane carrying 120 passengers and six crew crashed. Eighty "
     "survived and 46 died.\n"),
    ("a-dash-list-keeps-its-claim", "Riots\n\nPolice made 67 arrests \u2013 35 for looting and 32 for arson.\n\n"
     "The division reopened in years one and two.\n"),
    ("a-running-total-of-its-own-sentence", "Arrivals\n\nForty migrants landed on Sunday. That took the month's "
     "arrivals to 300; 200 came from Libya and 100 from Tunisia.\n"),
    ("some-still-held", "Protest\n\nPolice detained 40 protesters. Eighteen were freed overnight and 11 have been "
     "charged; the rest are still being questioned.\n"),
]


@pytest.mark.parametrize(("name", "wrong", "right", "line"), CASES, ids=[case[0] for case in CASES])
def test_division_that_contradicts_its_group_is_found_once_and_agreeing_copy_passes(
        tmp_path: Path, name: str, wrong: str, right: str, line: int) -> None:
    found_once_and_agreeing_copy_passes(tmp_path, wrong, right, line)


@pytest.mark.parametrize(("name", "story"), QUIET, ids=[case[0] for case in QUIET])
def test_look_alike_of_a_division_passes(tmp_path: Path, name: str, story: str) -> None:
    assert check(tmp_path, story) == (0, "All checks passed.\n")
