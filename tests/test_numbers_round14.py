"""WL402 on the shapes of the numbers7 pass (issue 16), run as a user runs it (``wirelint check``).

Each shape is tried both ways (one WL402 finding on the total's line; the agreeing story passes), and look-alikes
in the same frames stay quiet. The wording here is my own probes, not the sentences of
benchmarks/numbers_round14.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_numbers_frames import check, shape_tests

CASES = [
    # (name, contradicting story, agreeing story, line of the finding)
    ("shares-by-reason-verb-left-out",
     "Bans\n\nThe federation banned 15 cyclists in 2019, nine for doping and eight for race-fixing.\n",
     "Bans\n\nThe federation banned 17 cyclists in 2019, nine for doping and eight for race-fixing.\n", 3),
    ("shares-by-charge-verb-left-out",
     "Court\n\nProsecutors charged 12 men on Friday, seven with robbery and six with assault.\n",
     "Court\n\nProsecutors charged 13 men on Friday, seven with robbery and six with assault.\n", 3),
    ("shares-of-things-by-reason",
     "Checks\n\nInspectors grounded 20 aircraft last year, 14 over engine faults and 9 over paperwork.\n",
     "Checks\n\nInspectors grounded 23 aircraft last year, 14 over engine faults and 9 over paperwork.\n", 3),
    ("complement-above",
     "Raid\n\nSoldiers seized 26 smugglers and let 20 of them go; the other 9 were jailed.\n",
     "Raid\n\nSoldiers seized 29 smugglers and let 20 of them go; the other 9 were jailed.\n", 3),
    ("complement-short-of-the-whole",
     "Camp\n\nThe camp took in 40 children. Fifteen of them were adopted, and the remaining 19 went into "
     "foster care.\n",
     "Camp\n\nThe camp took in 34 children. Fifteen of them were adopted, and the remaining 19 went into "
     "foster care.\n", 3),
    ("of-them-left-out-of-the-second-part",
     "Council\n\nVoters elected 21 new councillors, 12 of them women and 11 men.\n",
     "Council\n\nVoters elected 23 new councillors, 12 of them women and 11 men.\n", 3),
    ("an-initialism-counts-people",
     "Assembly\n\nThe vote returned 20 new MSPs, 12 of them women and 11 men.\n",
     "Assembly\n\nThe vote returned 23 new MSPs, 12 of them women and 11 men.\n", 3),
    ("among-whom-are",
     "Siege\n\nThe kidnappers hold 30 travellers, among whom are 19 students and 14 nurses.\n",
     "Siege\n\nThe kidnappers hold 36 travellers, among whom are 19 students and 14 nurses.\n", 3),
    ("outcomes-then-the-group-out-of",
     "Bus crash\n\nSix people died and 11 were hurt, out of 15 people on the bus, police said.\n",
     "Bus crash\n\nSix people died and 11 were hurt, out of 17 people on the bus, police said.\n", 3),
    ("the-group-in-a-later-clause-after-its-source",
     "Cruise\n\nNine of the guests were flown home and 14 stayed on; the cruise line said 20 had been on the "
     "ship.\n",
     "Cruise\n\nNine of the guests were flown home and 14 stayed on; the cruise line said 23 had been on the "
     "ship.\n", 3),
    ("the-group-in-the-next-sentence-took-part",
     "Trek\n\nEight of the walkers were airlifted and 12 walked down. Organisers said 16 walkers took part.\n",
     "Trek\n\nEight of the walkers were airlifted and 12 walked down. Organisers said 20 walkers took part.\n", 3),
    ("a-total-of-in-the-next-sentence",
     "Court\n\nPolice said 11 people were charged and 8 released. A total of 16 had been arrested.\n",
     "Court\n\nPolice said 11 people were charged and 8 released. A total of 19 had been arrested.\n", 3),
    ("in-all-after-a-semicolon",
     "Fire\n\nOfficials said 9 of the dead were firemen and 8 were residents; in all, 15 people died.\n",
     "Fire\n\nOfficials said 9 of the dead were firemen and 8 were residents; in all, 17 people died.\n", 3),
    ("what-the-vessel-carried-after-its-source",
     "Sinking\n\nSix of the crew were saved and 5 drowned, the coastguard said, adding that the trawler carried 9 "
     "men.\n",
     "Sinking\n\nSix of the crew were saved and 5 drowned, the coastguard said, adding that the trawler carried 11 "
     "men.\n", 3),
    ("partitive-head-then-the-other",
     "Sweep\n\nOf the 20 suspects held, 12 were bailed and the other 6 were charged.\n",
     "Sweep\n\nOf the 20 suspects held, 12 were bailed and the other 8 were charged.\n", 3),
    ("the-remaining-in-the-next-sentence",
     "Sweep\n\nPolice held 20 suspects. Twelve were bailed and the remaining 10 were charged.\n",
     "Sweep\n\nPolice held 22 suspects. Twelve were bailed and the remaining 10 were charged.\n", 3),
    ("towns-sharing-out-an-event",
     "Raids\n\nTwenty people were arrested in the raids, 12 in Leeds and 10 in Bradford.\n",
     "Raids\n\nTwenty-two people were arrested in the raids, 12 in Leeds and 10 in Bradford.\n", 3),
    ("of-them-with-an-outcome-of-the-group",
     "Sweep\n\nPolice detained 30 suspects and freed 12 of them; the remaining 10 were charged.\n",
     "Sweep\n\nPolice detained 30 suspects and freed 12 of them; the remaining 18 were charged.\n", 3),
    ("running-total-with-a-possessive",
     "Bans\n\nTwenty riders were banned for doping and 9 for betting, taking the season's total to 26.\n",
     "Bans\n\nTwenty riders were banned for doping and 9 for betting, taking the season's total to 32.\n", 3),
    ("with-shares-led-by-one-preposition",
     "Bans\n\nLast season 26 riders were banned, with 20 for doping and 9 for betting.\n",
     "Bans\n\nLast season 29 riders were banned, with 20 for doping and 9 for betting.\n", 3),
    ("with-the-verb-left-out-before-in-hospital",
     "Attack\n\nThirty people were killed in the attack, with 22 dying at the scene and 11 in hospital.\n",
     "Attack\n\nThirty-three people were killed in the attack, with 22 dying at the scene and 11 in hospital.\n",
     3),
    ("how-many-set-off",
     "Search\n\nFive of the divers were found and 9 are missing; the club said 12 had set off at dawn.\n",
     "Search\n\nFive of the divers were found and 9 are missing; the club said 14 had set off at dawn.\n", 3),
    ("the-rest-in-commas",
     "Closure\n\nThe plant laid off 30 staff and rehired 12 of them; the rest, 11, took redundancy.\n",
     "Closure\n\nThe plant laid off 23 staff and rehired 12 of them; the rest, 11, took redundancy.\n", 3),
]

QUIET = [
    ("a-part-of-the-part-before", "Court\n\nSixty people were arrested. Forty were charged and 35 of those were "
     "convicted.\n"),
    ("the-rest-with-no-count-says-there-are-more", "Climb\n\nNine of the 30 climbers reached the summit and 12 "
     "turned back, while the rest stayed at base camp.\n"),
    ("a-people-and-an-age-may-overlap", "Ferry\n\nThe 30 passengers included 20 Britons; 15 were children.\n"),
    ("one-sex-is-no-total-of-the-other", "Attack\n\nThose killed included 36 men. Also among the dead were 51 "
     "women.\n"),
    ("places-listed-like-the-total's", "Storms\n\nTwelve people were killed in the north on Monday, 15 in the south "
     "and 9 in the east.\n"),
    ("reasons-listed-like-the-total's", "Arrests\n\nPolice arrested 12 people for looting, 5 for arson and 3 for "
     "assault.\n"),
    ("others-then-the-other", "Blast\n\nThe blast killed 9 people. Eleven others were injured and the other 3 "
     "are missing.\n"),
    ("a-partitive-head-with-some-of-them", "Sweep\n\nOf the 20 suspects held, 12 were bailed and 6 were "
     "charged.\n"),
    ("two-events-each-with-its-verb", "Blast\n\nNine people were killed. One witness said the bomb killed 30 and "
     "wounded 45.\n"),
    ("a-witness's-account-beside-the-toll", "Raid\n\nThe raid killed 20 villagers. A survivor told reporters the "
     "gunmen killed 14 men and 11 women.\n"),
    ("a-later-clause-of-another-set", "Cruise\n\nNine of the guests were flown home and 14 stayed on; the "
     "cruise line said 5 had been taken ill last year.\n"),
    ("a-later-stage-overlaps", "Exams\n\nForty students took the course. Thirty graduated and 25 went on to "
     "find work.\n"),
    ("since-returned-overlaps", "Ward\n\nDoctors treated 12 patients. Ten recovered and six have since gone back "
     "to school.\n"),
    ("later-charged-overlaps", "Raids\n\nOfficers held 20 people. Eighteen were questioned and 9 were later "
     "charged.\n"),
    ("the-total's-clause-has-the-same-preposition", "Arrests\n\nPolice arrested 12 people for looting, 5 for "
     "arson and 3 for assault.\n"),
]


test_total_its_parts_contradict_is_found_once_and_agreeing_copy_passes, test_look_alike_passes = shape_tests(
    CASES, QUIET)


SUBSETS = [
    ("a-named-place-of-a-wide-count", "Floods\n\nThe floods have killed 180 people across the country. In Assam, "
     "the floods have killed 41 people.\n"),
    ("one-village", "Raids\n\nTroops killed 60 militants, the army said. Troops killed 22 militants in one village, "
     "a commander said.\n"),
    ("alone", "Attack\n\nThe attack killed 45 people, officials said. The attack killed 13 people in the mosque "
     "alone.\n"),
]


@pytest.mark.parametrize(("name", "story"), SUBSETS, ids=[case[0] for case in SUBSETS])
def test_a_count_limited_to_a_part_is_no_conflict(tmp_path: Path, name: str, story: str) -> None:
    assert check(tmp_path, story) == (0, "All checks passed.\n")


def test_the_same_place_given_two_tolls_still_conflicts(tmp_path: Path) -> None:
    code, output = check(tmp_path, "Attack\n\nThe attack in Herat killed 40 people. The attack killed 30 people in "
                                   "Herat.\n")
    assert (code, output.count(": WL403 ")) == (1, 1), output
