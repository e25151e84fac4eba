"""WL402 on the shapes of the numbers9 pass (issue 16), run as a user runs it (``wirelint check``).

Each shape is tried both ways (one WL402 finding on the total's line; the agreeing story passes), and look-alikes
in the same frames stay quiet. The wording is my own probes, not the sentences of benchmarks/numbers_round16.py.
"""

from __future__ import annotations

import pytest
from test_numbers_frames import shape_tests

CASES = [
    # (name, contradicting story, agreeing story, line of the finding)
    # 1. a total and its parts in one sentence after a semicolon or colon, the parts split by outcome
    ("semicolon-noun-named-again",
     "Exams\n\nThe college entered 40 pupils for the test; 31 pupils passed and 14 pupils failed.\n",
     "Exams\n\nThe college entered 45 pupils for the test; 31 pupils passed and 14 pupils failed.\n", 3),
    ("semicolon-after-the-source",
     "Virus\n\nThe club tested 12 players, the doctor said; 10 players tested negative and 3 players tested "
     "positive.\n",
     "Virus\n\nThe club tested 13 players, the doctor said; 10 players tested negative and 3 players tested "
     "positive.\n", 3),
    ("semicolon-object-then-subjects",
     "Court\n\nProsecutors charged 30 men; 22 men were acquitted, while 13 men were convicted.\n",
     "Court\n\nProsecutors charged 35 men; 22 men were acquitted, while 13 men were convicted.\n", 3),
    ("semicolon-first-part-names-the-noun",
     "Protest\n\nPolice held 30 marchers on Sunday; 14 marchers were released and 22 remain in custody.\n",
     "Protest\n\nPolice held 36 marchers on Sunday; 14 marchers were released and 22 remain in custody.\n", 3),
    ("semicolon-then-of-those",
     "Mine\n\nThe collapse trapped 40 miners; of those, 29 were brought out alive and 13 are still missing.\n",
     "Mine\n\nThe collapse trapped 42 miners; of those, 29 were brought out alive and 13 are still missing.\n", 3),
    ("semicolon-after-a-passive-total-with-a-noun",
     "Blast\n\nForty workers were trapped by the blast; 31 workers were rescued and 14 workers died.\n",
     "Blast\n\nForty-five workers were trapped by the blast; 31 workers were rescued and 14 workers died.\n", 3),
    ("colon-then-clauses-with-their-own-verbs",
     "Inquiry\n\nThe panel heard 40 witnesses: 31 witnesses backed the police, while 14 witnesses disputed it.\n",
     "Inquiry\n\nThe panel heard 45 witnesses: 31 witnesses backed the police, while 14 witnesses disputed it.\n", 3),
    ("a-definite-group-heading-its-own-sentence",
     "Test\n\nThe 40 candidates sat the paper; 31 candidates passed and 14 candidates failed.\n",
     "Test\n\nThe 45 candidates sat the paper; 31 candidates passed and 14 candidates failed.\n", 3),
    ("a-noun-the-hierarchy-lacks-named-again",
     "Flights\n\nThe charity flew 40 orphans to Rome; 31 orphans were adopted, 10 went to foster homes and 4 "
     "returned home.\n",
     "Flights\n\nThe charity flew 45 orphans to Rome; 31 orphans were adopted, 10 went to foster homes and 4 "
     "returned home.\n", 3),
    ("things-named-again",
     "Seizure\n\nPolice seized 40 cars; 31 cars were returned to their owners and 14 cars were crushed.\n",
     "Seizure\n\nPolice seized 45 cars; 31 cars were returned to their owners and 14 cars were crushed.\n", 3),
    ("outcomes-on-later-days",
     "Court\n\nPolice arrested 40 people on Friday; 31 people were charged on Saturday and 20 people were freed "
     "on Sunday.\n",
     "Court\n\nPolice arrested 51 people on Friday; 31 people were charged on Saturday and 20 people were freed "
     "on Sunday.\n", 3),
    ("another-this-week",
     "Virus\n\nThe virus has killed 30 people: 20 last week and another 15 this week.\n",
     "Virus\n\nThe virus has killed 35 people: 20 last week and another 15 this week.\n", 3),
    # 2. a past participle before the part's noun
    ("participle-before-a-part-noun",
     "Jailbreak\n\nThe 30 inmates who escaped included 20 convicted robbers and 15 remand prisoners.\n",
     "Jailbreak\n\nThe 35 inmates who escaped included 20 convicted robbers and 15 remand prisoners.\n", 3),
    ("an-event-adjective-is-no-event-of-the-list",
     "Blast\n\nThe bomb killed 30 people. They included 20 wounded veterans and 15 children.\n",
     "Blast\n\nThe bomb killed 35 people. They included 20 wounded veterans and 15 children.\n", 3),
    ("participle-of-a-people-noun-ending-in-men",
     "Boats\n\nThe 25 people brought ashore included 20 rescued fishermen and 9 divers.\n",
     "Boats\n\nThe 29 people brought ashore included 20 rescued fishermen and 9 divers.\n", 3),
    # 3. a colon list placed or dated, the last part added
    ("colon-a-further-in-hospital",
     "Attack\n\nThe attack killed 20 people: 14 at the scene and a further 9 in hospital.\n",
     "Attack\n\nThe attack killed 23 people: 14 at the scene and a further 9 in hospital.\n", 3),
    ("colon-another-overnight",
     "Storm\n\nThe storm killed 15 people: 10 on Monday and another 8 overnight.\n",
     "Storm\n\nThe storm killed 18 people: 10 on Monday and another 8 overnight.\n", 3),
    ("passive-total-then-colon",
     "Blasts\n\nA total of 27 people were injured: 24 in the first blast and another 5 in the second.\n",
     "Blasts\n\nA total of 29 people were injured: 24 in the first blast and another 5 in the second.\n", 3),
    ("first-part-with-its-verb-then-a-further",
     "Crash\n\nThe crash injured 30 people: 18 were hurt on the bus and a further 13 on the platform.\n",
     "Crash\n\nThe crash injured 31 people: 18 were hurt on the bus and a further 13 on the platform.\n", 3),
    ("a-further-over-the-weekend-after-a-dash",
     "Riots\n\nPolice arrested 11 people – four on Friday and a further 10 over the weekend.\n",
     "Riots\n\nPolice arrested 14 people – four on Friday and a further 10 over the weekend.\n", 3),
    ("a-subject-group-then-its-division-naming-the-noun-again",
     "Places\n\nForty students applied; 31 students were admitted and 14 students were rejected.\n",
     "Places\n\nForty-five students applied; 31 students were admitted and 14 students were rejected.\n", 3),
    ("another-since",
     "Fighting\n\nThe fighting has killed 30 people, 20 on the first day and another 15 since.\n",
     "Fighting\n\nThe fighting has killed 35 people, 20 on the first day and another 15 since.\n", 3),
    ("another-when",
     "Sea\n\nSome 30 migrants drowned: 20 when their boat capsized and another 15 when a second vessel sank.\n",
     "Sea\n\nSome 35 migrants drowned: 20 when their boat capsized and another 15 when a second vessel sank.\n", 3),
    ("people-named-by-what-they-did",
     "Jailbreak\n\nTwenty convicted burglars and 15 thieves were among the 30 inmates who escaped.\n",
     "Jailbreak\n\nTwenty convicted burglars and 15 thieves were among the 35 inmates who escaped.\n", 3),
    ("the-group-after-its-division-naming-the-noun-again",
     "Exams\n\nThirty-one pupils passed and 14 pupils failed; the school had entered 40 pupils for the exam.\n",
     "Exams\n\nThirty-one pupils passed and 14 pupils failed; the school had entered 45 pupils for the exam.\n", 3),
    ("the-group-that-had-started-after-a-semicolon",
     "Course\n\nFourteen cadets passed and 20 cadets dropped out; 30 cadets had enrolled.\n",
     "Course\n\nFourteen cadets passed and 20 cadets dropped out; 34 cadets had enrolled.\n", 3),
    ("a-further-part-with-an-adverb",
     "Attack\n\nThe attack wounded 40 people: 31 slightly and a further 14 seriously.\n",
     "Attack\n\nThe attack wounded 45 people: 31 slightly and a further 14 seriously.\n", 3),
    ("the-group's-event-in-an-incident-not-a-place",
     "Attack\n\nThirty people were killed in the attack. Twenty died at the scene and 15 in hospital.\n",
     "Attack\n\nThirty-five people were killed in the attack. Twenty died at the scene and 15 in hospital.\n", 3),
]

QUIET = [
    ("another-day-after-a-semicolon", "Unrest\n\nPolice arrested 20 people in the capital on Friday; 16 were "
     "held in the north and another 12 in the south on Saturday.\n"),
    ("others-after-a-semicolon", "Storm\n\nThe storm killed 9 people; 14 others were injured and 20 were left "
     "homeless.\n"),
    ("a-later-stage-after-a-semicolon", "Exams\n\nThe school entered 30 pupils; 25 passed and 20 went on to "
     "college.\n"),
    ("a-further-on-top-in-the-next-sentence", "Blast\n\nThe bombing killed 20 people: 14 at the scene and 6 in "
     "hospital. A further 5 died later.\n"),
    ("an-adjective-event-alone-still-counts", "Raid\n\nThe raid left 12 dead policemen. Among them were 8 "
     "officers and 4 recruits.\n"),
    ("the-same-event-in-another-year", "Sales\n\nThe firm sold 40 aircraft last year; 31 aircraft were sold "
     "this year and 20 aircraft were leased.\n"),
    ("objects-of-other-verbs-naming-the-noun-again", "Reserves\n\nRevisions added 404 billion cubic feet last "
     "year, while the firm discovered 568 billion cubic feet and bought 298 billion cubic feet.\n"),
    ("the-group-after-its-division-in-another-year", "Exams\n\nThirty-one pupils passed this year and 14 pupils "
     "failed; last year the school had entered 40 pupils.\n"),
    ("a-later-stage-naming-the-noun-again", "Fans\n\nForty fans travelled; 31 fans were arrested and 20 fans "
     "were later charged.\n"),
    ("also-with-a-verb-overlaps", "Survey\n\nThe poll asked 30 firms; 20 firms were hiring and 14 firms were "
     "also investing.\n"),
    ("items-after-a-semicolon-each-with-a-noun", "Clashes\n\nThe dead were 12 soldiers; 20 police officers; and "
     "5 civilians.\n"),
]


test_total_its_parts_contradict_is_found_once_and_agreeing_copy_passes, test_look_alike_passes = shape_tests(
    CASES, QUIET)


ATTRIBUTIVE = [
    # (text, noun, event, attributive)
    ("The 20 convicted murderers escaped.", "murderer", "missing", False),  # escaping is the event
    ("They included 12 wounded soldiers.", "soldier", "injured", True),
    ("The raid left 50 dead policemen.", "policeman", "killed", True),
    ("Troops killed 12 wounded soldiers.", "soldier", "killed", False),
    ("Twelve wounded soldiers were evacuated.", "soldier", "displaced", False),
    ("Twelve died hours later.", "", "killed", False),
    ("About 4,200 livestock perished in the blizzard.", "livestock", "killed", False),
    ("Twelve police officers injured in the clash.", "officer", "injured", False),
    ("Five killed yesterday.", "", "killed", False),
]


@pytest.mark.parametrize(("text", "noun", "event", "attributive"), ATTRIBUTIVE, ids=[c[0] for c in ATTRIBUTIVE])
def test_a_participle_before_the_noun_describes_the_people(text: str, noun: str, event: str,
                                                           attributive: bool) -> None:
    from wirelint.numbers import extract

    count = next(q for q in extract(text) if q.kind.is_amount)
    assert (count.noun, count.event, count.attributive) == (noun, event, attributive)
