"""WL601 and a stray credit line: an agency's word alone on a line ("Reuters", "AFP") inside a web story.

After an end-of-text mark the copy has ended, and whatever follows is another story (tests/test_wl601_wire.py).
An agency's word alone is weaker: web copy carries credit lines between its own paragraphs, so it says the copy
ended only where the paragraph after it links back to nothing, no name of the story and few of its words
(storyscore.after_copy_sign; issue 17, the tenth review).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli

BRIDGE = [
    "Prague bridge reopens after two years of repairs",
    "Prague's Liben Bridge reopened to trams and cars on Monday after two years of repairs, transport minister "
    "Martin Kupka said at a ceremony on the Vltava river bank.",
    "The concrete bridge, built in 1928, had been closed since engineers found cracks in its arches during an "
    "inspection in the spring of 2022.",
    "Kupka said the repairs cost the city about 1.2 billion crowns, more than the council had planned, because the "
    "damaged arches needed new steel supports.",
    "The minister told reporters that the Liben Bridge would carry up to 40,000 vehicles a day and that trams would "
    "run across it every four minutes at rush hour.",
    "Residents of the Holesovice and Liben districts had complained for months about long detours while the bridge "
    "stayed shut, city officials said.",
    "Engineers will keep sensors on the arches for the next five years to watch for new cracks, Kupka added.",
    "The city plans to repair two more bridges over the Vltava by 2027, including the Barrandov Bridge in the south "
    "of Prague.",
    "A second ceremony for the Barrandov repairs is expected next spring, the transport ministry said.",
]
FLOOD = [
    "Floodwater recedes in river towns",
    "Floodwater began to recede on Thursday in the river towns of the lower valley, where hundreds of homes were "
    "flooded after three days of heavy rain, emergency services said.",
    "The water level at the town bridge fell by half a metre overnight, and crews started pumping water out of "
    "flooded cellars and shops along the river.",
    "Volunteers filled thousands of sandbags to protect the old mill and the school, which stayed dry.",
    "Farmers said the floodwater had ruined winter crops on low fields, and the regional council promised to pay "
    "for the damage to flooded farms.",
    "More rain is forecast for the weekend, but the river should stay below its banks, the weather service said.",
    "Emergency crews will keep pumping water from flooded homes until Sunday, when residents may return.",
    "The council said it would review the river defences once the water had gone.",
]
OTHER = (
    "Dock workers at the port of Santos went on strike on Friday, halting coffee and soybean loadings, a spokesman "
    "for the dockers' union told journalists outside the harbour gates."
)


def _check(tmp_path: Path, paragraphs: list[str]) -> str:
    story = tmp_path / "story.txt"
    story.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return run_cli("check", "--select", "WL6", str(story)).output


@pytest.mark.parametrize("credit", ["Reuters", "AFP", "REUTERS"])
@pytest.mark.parametrize("at", [3, 4, 5])
def test_a_credit_line_inside_a_story_that_goes_on_naming_its_people_is_no_other_story(tmp_path, credit, at):
    paragraphs = [*BRIDGE[: at + 1], credit, *BRIDGE[at + 1 :]]
    assert "WL601" not in _check(tmp_path, paragraphs)


@pytest.mark.parametrize("credit", ["Reuters", "AFP", "REUTERS"])
def test_a_credit_line_before_a_paragraph_going_on_in_the_story_s_words_is_no_other_story(tmp_path, credit):
    paragraphs = [*FLOOD[:5], credit, *FLOOD[5:]]
    assert "WL601" not in _check(tmp_path, paragraphs)


def test_a_credit_line_then_copy_that_links_back_to_nothing_is_another_story(tmp_path):
    output = _check(tmp_path, [*FLOOD, "AFP", OTHER])
    assert "WL601 a different story starts here" in output
    assert "story.txt:19:1: WL601" in output
