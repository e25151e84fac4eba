"""WL401/WL402 on the shapes of the second numbers5 pass, run as a user runs them (``wirelint check FILE``).

Each shape is tried both ways: a story whose figures contradict each other (one finding, on the line of the total or
the headline), and the same story with figures that agree (all checks pass). The shapes:

* a count named before its figure ("the number of migrants evacuated ... stood at 45"), under a vague headline
  (numbers/named.py);
* a lede count with an aside before its verb ("Six people, including two men, were injured");
* a table run into a paragraph ("Eritreans: 39. Sudanese: 13. Total: 76.", numbers/tables.py);
* a pointer that names its group reaching back over a paragraph of background ("Those evacuated comprised ...",
  "Nineteen of the missing were ...");
* a group or breakdown as the pointer ("The group consisted of ...", "A breakdown issued ... showed ..."), and a
  pointer with its list in dashes ("Those rescued – 16 fishermen and 12 tourists – were ...");
* a list closed by "among them" after an attribution; "Their number included"; a colon list by condition or place
  ("admitted: 10 in a critical condition and 16 stable"); peoples as "25 Pakistani nationals";
* a definite total with a long clause before its verb of inclusion;
* ranks of police officers as parts of "police officers" (quantities.toml data); parts joined by "while"; "fall ill"
  under a headline, and a size ("The school has 900 pupils") no headline count is compared with, nor a list of what
  vehicles carried; and the look-alikes kept quiet: another event after "Another", "40 more were picked up" in a
  clause of its own, a clause that opens with another place ("In the south,", "Nationwide,"), the second item of a
  sentence ("..., and 30 men and 25 women the year before"), the toll of one of several incidents ("The first blast
  killed 25"), a toll of the clause's own incident ("..., but 150 people were killed in the bombing"), a running
  total beside one day's count ("So far this year ..."), the items of a list after "split between", an unround "more
  than 48" with 52 listed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import conftest
import pytest

CASES = [
    # (name, contradicting story, agreeing story, line of the finding)
    ("named-count-stood-at",
     "Scores of migrants evacuated\n\nThe mayor spoke on Tuesday.\n\nThe number of migrants evacuated from the "
     "camp stood at 12 on Wednesday, officials said.\n",
     "Scores of migrants evacuated\n\nThe mayor spoke on Tuesday.\n\nThe number of migrants evacuated from the "
     "camp stood at 120 on Wednesday, officials said.\n", 1),
    ("named-count-put-at",
     "Hundreds of passengers hurt\n\nPolice put the number of passengers injured in the crash at 45.\n",
     "Hundreds of passengers hurt\n\nPolice put the number of passengers injured in the crash at 450.\n", 1),
    ("aside-before-verb",
     "Dozens of people hurt\n\nSix people, including two men, were injured when the roof fell in, police said.\n",
     "Dozens of people hurt\n\nSixty people, including two men, were injured when the roof fell in, police "
     "said.\n", 1),
    ("table-in-paragraph",
     "Camp fire\n\nMigrants moved after the fire, by group. Eritreans: 39. Sudanese: 13. Total: 46.\n",
     "Camp fire\n\nMigrants moved after the fire, by group. Eritreans: 39. Sudanese: 13. Total: 52.\n", 3),
    ("those-comprised-two-paragraphs-on",
     "Gas leak\n\nThirty miners were evacuated after the leak, the company said.\n\nThe pit reopened on Monday."
     "\n\nThose evacuated comprised 24 Poles and 13 Ukrainians.\n",
     "Gas leak\n\nThirty-seven miners were evacuated after the leak, the company said.\n\nThe pit reopened on "
     "Monday.\n\nThose evacuated comprised 24 Poles and 13 Ukrainians.\n", 3),
    ("n-of-the-missing-two-paragraphs-on",
     "Ferry sinks\n\nSeventy people are missing after the ferry sank, officials said.\n\nDivers searched "
     "the wreck.\n\nForty of the missing were adults and 35 were children.\n",
     "Ferry sinks\n\nSeventy-five people are missing after the ferry sank, officials said.\n\nDivers searched "
     "the wreck.\n\nForty of the missing were adults and 35 were children.\n", 3),
    ("the-group-consisted-of",
     "Raid\n\nForty miners were arrested. The group consisted of 30 Poles and 16 Ukrainians, police said.\n",
     "Raid\n\nForty-six miners were arrested. The group consisted of 30 Poles and 16 Ukrainians, police said.\n",
     3),
    ("breakdown-showed",
     "Clashes\n\nThe number of protesters wounded reached 30 on Thursday.\n\nA breakdown issued by the ministry "
     "showed 22 men and 11 women.\n",
     "Clashes\n\nThe number of protesters wounded reached 33 on Thursday.\n\nA breakdown issued by the ministry "
     "showed 22 men and 11 women.\n", 3),
    ("among-them-after-attribution",
     "Floods\n\nThirty-eight crew members were displaced by the floods, officials said, 35 officers and seven "
     "deckhands among them.\n",
     "Floods\n\nFifty crew members were displaced by the floods, officials said, 35 officers and seven deckhands "
     "among them.\n", 3),
    ("definite-total-long-clause",
     "Storm\n\nThe 45 pupils who were rescued on the night of the storm from the school included 21 boys and 32 "
     "girls.\n",
     "Storm\n\nThe 55 pupils who were rescued on the night of the storm from the school included 21 boys and 32 "
     "girls.\n", 3),
    ("parts-joined-by-while",
     "Mine\n\nTwo dozen miners were trapped, of whom 20 were rescued while 9 died, the company said.\n",
     "Mine\n\nTwo dozen miners were trapped, of whom 15 were rescued while 9 died, the company said.\n", 3),
    ("headline-fall-ill-over-a-size",
     "Dozens of pupils fall ill\n\nSix pupils fell ill after lunch. The school has 900 pupils.\n",
     "Dozens of pupils fall ill\n\nThirty pupils fell ill after lunch. The school has 900 pupils.\n", 1),
    ("pointer-with-its-list-in-dashes",
     "Sea rescue\n\nTwenty-five people were rescued from the sea.\n\nThose rescued \u2013 16 fishermen and 12 tourists "
     "\u2013 were taken to hospital.\n",
     "Sea rescue\n\nTwenty-eight people were rescued from the sea.\n\nThose rescued \u2013 16 fishermen and 12 "
     "tourists \u2013 were taken to hospital.\n", 3),
    ("colon-list-by-condition",
     "Ward\n\nTwenty-four patients were admitted: 10 in a critical condition and 16 stable, the hospital said.\n",
     "Ward\n\nTwenty-four patients were admitted: 10 in a critical condition and 14 stable, the hospital said.\n", 3),
    ("peoples-as-nationals",
     "Hostages\n\nThe militia freed 40 hostages, 25 Pakistani nationals and 19 Indian nationals, officials said.\n",
     "Hostages\n\nThe militia freed 44 hostages, 25 Pakistani nationals and 19 Indian nationals, officials said.\n",
     3),
    ("their-number-included",
     "Floods\n\nOfficials said 80 people were displaced. Their number included 50 children and 35 elderly people.\n",
     "Floods\n\nOfficials said 90 people were displaced. Their number included 50 children and 35 elderly people.\n",
     3),
    ("police-ranks",
     "Riot\n\nThe figure climbed to 65 police officers hurt by Sunday. The victims included 38 constables and 34 "
     "sergeants, officials said.\n",
     "Riot\n\nThe figure climbed to 75 police officers hurt by Sunday. The victims included 38 constables and 34 "
     "sergeants, officials said.\n", 3),
]

QUIET = [
    ("running-total-beside-a-day",
     "Border\n\nOn Tuesday 19 migrants were evacuated.\n\nSo far this year 13 adults and 13 minors have been "
     "evacuated, according to official figures.\n"),
    ("since-the-unrest-began",
     "Riots\n\nTwelve protesters were injured on Monday, police said.\n\nSince the unrest began in March, 24 men "
     "and 39 women have been injured.\n"),
    ("split-between-items",
     "Quake\n\nThe 30 displaced workers were split between 10 Indians, six Nepalis and 14 Bangladeshis, "
     "officials said.\n"),
    ("unround-bound",
     "Landslide\n\nMore than 48 miners are missing after the landslide: 28 contract miners and 24 company miners, "
     "officials said.\n"),
    ("another-event-after-including",
     "Raid\n\nTwenty people were killed, including 5 children. Another 30 were wounded, officials said.\n"),
    ("more-of-them-in-a-clause-of-its-own",
     "Rescue\n\nEighteen migrants were rescued. Among them were 12 Syrians, and 40 more were picked up later.\n"),
    ("another-place-opens-the-clause",
     "Clashes\n\nEight people were killed in the north, officials said. In the south, 12 civilians and 9 soldiers "
     "died.\n"),
    ("nationwide-beside-a-city",
     "Virus\n\nThe virus has killed 30 people in the city. Nationwide, 400 men and 350 women have died.\n"),
    ("another-item-of-the-sentence",
     "Violence\n\nA total of 50 people were killed last year, and 30 men and 25 women the year before, police "
     "said.\n"),
    ("a-size-is-no-count-for-the-headline",
     "Dozens of pupils sent home\n\nA boiler failed at the school, which has 900 pupils, the council said.\n"),
    ("two-tolls-of-two-incidents-in-one-sentence-each",
     "Year review\n\nEurope had fewer disasters, but 150 people were killed in May in the bombing of a market.\n\n"
     "Some 18,000 people lost their lives in the year's disasters.\n"),
    ("what-the-vehicles-carried",
     "Crash\n\nFifteen people were killed when 2 buses collided, carrying 40 and 35 passengers.\n"),
    ("tolls-of-one-of-several-incidents",
     "Two blasts\n\nTwo bombs killed 40 people in the city on Tuesday, police said.\n\nThe first blast killed 25 "
     "people near the ministry. The second, an hour later, killed 15 at a market.\n"),
    ("a-part-that-is-a-total-itself",
     "Coach crash\n\nThe bus was carrying 45 pupils when it crashed; 30 were injured, 12 seriously and 18 slightly.\n"),
    ("a-list-tied-to-the-nearer-toll",
     "Fighting\n\nFighting killed 25 people on Monday, bringing the toll this month to 140, among them 60 civilians "
     "and 70 soldiers.\n"),
    ("included-is-some",
     "Ferry sinks\n\nEighty-three people are missing, officials said. They included 40 adults and 35 children.\n"),
    ("fewer-adults-and-children-is-no-claim",
     "Ferry sinks\n\nEighty-three people are missing, officials said.\n\nDivers searched the wreck.\n\nForty of "
     "the missing were adults and 35 were children.\n"),
]


def check(tmp_path: Path, story: str) -> tuple[int, str]:
    path = tmp_path / "story.txt"
    path.write_text(story, encoding="utf-8")
    result = conftest.run_cli("check", str(path), "--select", "WL4")
    return result.exit_code, result.output


def found_once_and_agreeing_copy_passes(tmp_path: Path, wrong: str, right: str, line: int) -> None:
    """``wrong`` gets one WL4 finding, a WL402 at ``line``; ``right`` passes every check of the family."""
    code, output = check(tmp_path, wrong)
    assert (code, output.count(": WL4"), f"story.txt:{line}:" in output) == (1, 1, True), output
    assert ": WL402 " in output, output
    assert check(tmp_path, right) == (0, "All checks passed.\n")


def shape_tests(cases: list[tuple[str, str, str, int]], quiet: list[tuple[str, str]]) -> tuple[Callable[..., None],
                                                                                           Callable[..., None]]:
    """The two tests of a set of shapes: each ``(name, wrong, right, line)`` found once and its agreeing copy
    quiet, and each ``(name, story)`` look-alike quiet, parametrized by name (for the shape modules of later
    passes)."""

    @pytest.mark.parametrize(("name", "wrong", "right", "line"), cases, ids=[case[0] for case in cases])
    def found(tmp_path: Path, name: str, wrong: str, right: str, line: int) -> None:
        found_once_and_agreeing_copy_passes(tmp_path, wrong, right, line)

    @pytest.mark.parametrize(("name", "story"), quiet, ids=[case[0] for case in quiet])
    def passes(tmp_path: Path, name: str, story: str) -> None:
        assert check(tmp_path, story) == (0, "All checks passed.\n")

    return found, passes


@pytest.mark.parametrize(("name", "wrong", "right", "line"), CASES, ids=[case[0] for case in CASES])
def test_contradiction_is_found_and_agreeing_figures_pass(tmp_path: Path, name: str, wrong: str, right: str,
                                                          line: int) -> None:
    code, output = check(tmp_path, wrong)
    assert code == 1, output
    assert output.count(": WL40") == 1, output
    assert f"story.txt:{line}:" in output
    code, output = check(tmp_path, right)
    assert (code, ": WL40" in output) == (0, False), output


@pytest.mark.parametrize(("name", "story"), QUIET, ids=[case[0] for case in QUIET])
def test_look_alike_passes(tmp_path: Path, name: str, story: str) -> None:
    code, output = check(tmp_path, story)
    assert (code, ": WL40" in output) == (0, False), output
