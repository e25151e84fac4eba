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
