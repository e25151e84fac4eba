"""Structure over wording (issue 16, numbers5): a vague headline against the lede's one count of people,
totals whose parts are named by any word, and tallies of things closed, cancelled or lost.

Each shape is tested with wording of its own and with a consistent control.
"""

from __future__ import annotations

from pathlib import Path

import conftest
import pytest

from wirelint.config import Settings

WL4 = Settings(select=("WL4",))


def wl4(headline: str, body: str) -> list[str]:
    return [finding.code for finding in conftest.lint(f"{headline}\n\n{body}\n", settings=WL4)]


LEDE_MISMATCHES = [
    ("Dozens trapped after mine flood", "Crews were trying to reach 3 men underground, the company said."),
    ("Thousands rally in the capital", "Around 400 demonstrators marched to parliament, police said."),
    ("Hundreds of commuters stuck", "Some 25 travellers spent the night at the station, the operator said."),
    # an event that is a stage of the headline's ("hurt" and "treated") is the same count
    ("Hundreds hurt in stadium crush", "Medics treated 35 fans at the ground, the ambulance service said."),
]


@pytest.mark.parametrize(("headline", "body"), LEDE_MISMATCHES)
def test_a_vague_headline_is_checked_against_the_ledes_one_count_of_people(headline: str, body: str) -> None:
    assert wl4(headline, body) == ["WL401"]


LEDE_CONTROLS = [
    ("Dozens trapped after mine flood", "Crews were trying to reach 30 men underground, the company said."),
    ("Thousands rally in the capital", "Around 4,000 demonstrators marched to parliament, police said."),
    # two counts of people in the lede: which one the headline rounds is a guess
    ("Hundreds of commuters stuck", "Some 25 drivers and 600 rail travellers were stuck, the operator said."),
    # the lede counts a different casualty event
    ("Dozens killed in quake", "At least 5 people were injured in the town of Ruse, officials said."),
    # "Millions" is as often money as people
    ("Millions wasted on new system", "The 40 staff who ran the old one were moved, the council said."),
]


@pytest.mark.parametrize(("headline", "body"), LEDE_CONTROLS)
def test_a_vague_headline_stays_quiet_when_the_lede_agrees_or_counts_are_ambiguous(headline: str, body: str) -> None:
    assert wl4(headline, body) == []


def test_the_cli_reports_a_vague_headline_over_a_small_lede_count(tmp_path: Path) -> None:
    story = tmp_path / "strike.txt"
    story.write_text("Thousands join walkout at port\n\nSome 120 dockers stopped work on Monday, the union said.\n",
                     encoding="utf-8")
    result = conftest.run_cli("check", str(story), "--select", "WL4")
    assert result.exit_code == 1
    assert "WL401" in result.output
    assert "120 dockers" in result.output


APPOSITION_CONTRADICTIONS = [
    # parts named by degree or manner, not by a noun
    "Thirty people were wounded in the attack, 12 gravely and 21 slightly, the army said.",
    "Nine climbers were hurt, 4 badly, 7 mildly, rescuers said.",
    # "of whom were" left out of the second part
    "The court heard 20 witnesses, 15 of whom were farmers and 8 shopkeepers.",
    # a people's name after each part, after a colon and after a bare comma
    "The coach carried 28 tourists: 17 Italians, 9 Danes and 5 Poles, the firm said.",
    "Guards stopped 11 migrants, 6 Afghans and 7 Syrians, at the border, police said.",
    # a semicolon before the list
    "Twelve people were hurt; 9 seriously, 5 slightly.",
    # nouns the total's noun includes, after a bare comma
    "The blast killed 15 people, 9 soldiers and 8 civilians, officials said.",
]


@pytest.mark.parametrize("body", APPOSITION_CONTRADICTIONS)
def test_parts_joined_to_a_total_by_structure_contradict_it_whatever_their_words(body: str) -> None:
    assert wl4("News in brief", body) == ["WL402"]


APPOSITION_CONTROLS = [
    "Thirty people were wounded in the attack, 12 gravely and 18 slightly, the army said.",
    "The court heard 20 witnesses, 5 of whom were farmers and 8 shopkeepers.",  # fewer: some of them
    "The coach carried 28 tourists: 17 Italians, 6 Danes and 5 Poles, the firm said.",
    # parallel facts, not parts: times, years, ages, another kind of thing, nouns of the same level
    "Police arrested 2 people on Monday, 5 on Tuesday and 3 on Wednesday.",
    "Police held 10 protesters, 31 in 2004 and 24 in 2005, a spokesman said.",
    "Doctors treated 5 patients, aged 14 and 63, the hospital said.",
    "The clash left 2 soldiers hurt: 8 vehicles and 6 tents were destroyed, the army said.",
    "The team has 9 climbers, 5 porters and 6 guides, the organisers said.",
    "He scored 12 points, 8 rebounds and 6 assists in the win.",
    "Lifeboats saved 3 anglers off Wick, 8 off Thurso and 5 off Orkney, the coastguard said.",
    # bare numbers after a count are its ages or values
    "She has 3 children, 12, 9 and 4.",
    # things listed under a total of people after a colon
    "The inn had 3 guests: 20 rooms and 11 suites stood empty, the owner said.",
]


@pytest.mark.parametrize("body", APPOSITION_CONTROLS)
def test_consistent_or_parallel_lists_after_a_count_stay_quiet(body: str) -> None:
    assert wl4("News in brief", body) == []


def test_the_cli_reports_parts_named_by_degree(tmp_path: Path) -> None:
    story = tmp_path / "crash.txt"
    story.write_text("Crash on the bypass\n\nEighteen people were hurt in the crash, 7 seriously and 13 slightly, "
                     "police said.\n", encoding="utf-8")
    result = conftest.run_cli("check", str(story), "--select", "WL4")
    assert result.exit_code == 1
    assert "WL402" in result.output
    assert "7 + 13 = 20" in result.output
