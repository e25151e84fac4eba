"""WL4 of the numbers26 pass (issue 16), in sentences of my own, run as a user runs them.

1. "The other N" closes a list: after a semicolon or a colon behind the source, the parts are all of the total, so
   parts short of it contradict it as well as parts over it, and "the other" is no sign of another set.
2. One people or role above the total contradicts it, whatever other measure stands beside it.
3. A list named "among the dead" by what showed or named it, and a pointer with an aside between it and its list.
4. A killed-and-wounded sentence that opens a paragraph tells its own event: no division of a count before it.
5. Acts told by different verbs, each with its object or place, may overlap: no partition; a simple past after a
   count ("15 gave written statements") is its verb, not a noun's modifier.
The two tests named "guard" pass before the pass as well: they keep the new readings from reaching too far.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_numbers_sixteen import check  # the findings as `wirelint check` prints them


def _wl402(tmp_path: Path, body: str) -> list[str]:
    return [line for line in check(tmp_path, "Story\n\n" + body + "\n") if line.startswith("WL402")]


CLOSED = [
    # (template with {a} {b}, total)
    ("Forty people were hurt when the stand gave way, the club said; {a} were stewards and the other {b} were "
     "season-ticket holders.", 40),
    ("The blaze at the depot injured 30 workers, firefighters said: {a} were loaders and the other {b} were clerks.",
     30),
    ("The ferry fire killed 25 people, officials said: {a} were islanders and the remaining {b} were hauliers.", 25),
]


@pytest.mark.parametrize(("template", "n"), CLOSED, ids=["semicolon", "colon-other", "colon-remaining"])
def test_the_other_closes_the_list_in_either_direction(tmp_path: Path, template: str, n: int) -> None:
    assert len(_wl402(tmp_path, template.format(a=12, b=n - 12 + 5))) == 1  # over
    assert len(_wl402(tmp_path, template.format(a=12, b=n - 12 - 5))) == 1  # short: the rest is all of it
    assert _wl402(tmp_path, template.format(a=12, b=n - 12)) == []


def test_guard_a_partial_list_without_the_other_stays_quiet_when_short(tmp_path: Path) -> None:
    assert _wl402(tmp_path, "Forty people were hurt when the stand gave way, the club said; 12 were stewards and "
                            "20 were season-ticket holders.") == []


def test_one_people_above_the_total_contradicts_it_beside_a_role(tmp_path: Path) -> None:
    crash = "The coach crash killed 31 passengers, among them 6 fruit pickers and {} Latvians."
    assert len(_wl402(tmp_path, crash.format(33))) == 1
    assert _wl402(tmp_path, crash.format(28)) == []


LISTED = [
    "The gas blast left {n} people dead. A council roll named 20 herders and {b} net-menders among the dead.",
    "The pier collapse left {n} people injured. Among the injured, a hospital list showed, were 20 anglers and "
    "{b} stallholders.",
]


@pytest.mark.parametrize("template", LISTED, ids=["named-among", "pointer-aside"])
def test_a_list_among_the_dead_breaks_down_the_toll_before_it(tmp_path: Path, template: str) -> None:
    assert len(_wl402(tmp_path, template.format(n=32, b=17))) == 1
    assert _wl402(tmp_path, template.format(n=32, b=12)) == []


def test_a_killed_and_wounded_sentence_is_no_division_of_a_count_in_the_paragraph_before(tmp_path: Path) -> None:
    body = ("Four gunmen are still being sought.\n\nThe raid killed 23 people and wounded 71, officials said. The "
            "wounded included 40 traders and 20 porters.")
    assert _wl402(tmp_path, body) == []


ACTS = [
    "Of the 30 councillors, 12 voted for the budget and 25 spoke against the cuts.",
    "Of the 24 neighbours questioned, 15 gave written statements and 14 were asked to return on Friday.",
    "Thirty scouts joined the camp: 22 went canoeing on the lake and 16 cooked for the group.",
]


@pytest.mark.parametrize("body", ACTS, ids=["voted-spoke", "gave-were-asked", "went-cooked"])
def test_acts_told_by_different_verbs_may_overlap(tmp_path: Path, body: str) -> None:
    assert _wl402(tmp_path, body) == []


def test_guard_one_verb_with_bare_objects_still_divides_the_total(tmp_path: Path) -> None:
    assert len(_wl402(tmp_path, "Of the 30 councillors, 18 voted Labour and 16 voted Green.")) == 1


def test_a_dash_after_the_source_opens_the_clause_of_a_closed_list(tmp_path: Path) -> None:
    """The rest of the group closes the list whatever the words call each part ("conscripts", "officers" under
    "sailors", which the hierarchy keeps apart as sides of a fight)."""
    story = "Forty-one sailors were winched aboard, the coastguard said — {} were cadets and the other 9 were officers."
    assert len(_wl402(tmp_path, story.format(36))) == 1
    assert len(_wl402(tmp_path, story.format(26))) == 1
    assert _wl402(tmp_path, story.format(32)) == []


def test_whole_words_for_people_in_a_role_are_parts_of_people(tmp_path: Path) -> None:
    """quantities.toml [people-words]: "monks" and "novices" end like no doer and the hierarchy lacks them."""
    story = "The crush at the shrine killed 40 people, including 22 monks and {} novices."
    assert len(_wl402(tmp_path, story.format(21))) == 1
    assert _wl402(tmp_path, story.format(11)) == []
