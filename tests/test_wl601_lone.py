"""WL601: one body paragraph of another story between two paragraphs of this one (issue 17, round 17).

A later paragraph of another story names less than its lede and opens as later paragraphs do, and often shares a
word or two with the story it was pasted into, so it is neither an island (nothing shared) nor, for the
regression fitted on ledes, above the bar. A lone paragraph apart (storyscore.is_lone): its names are used
nowhere else in the article, almost none of its words are, it takes up no word of the headline or the first
paragraph, and the story resumes after it. One that opens by pointing back ("He said ...") is measured too, with
a higher bar. Recall and false alarms on corpus splices: benchmarks/integrity_round17_paragraphs.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli
from test_wl601_within import FOURTH, LAST, LEDE, SECOND, THIRD, _check

OTHER_BODY = (
    "Production at the Mufulira smelter was cut to 40 percent of capacity in February, and about 300 workers "
    "were sent home on half pay until fuel arrives under a new contract, officials in Kitwe said."
)
OTHER_POINTING_BACK = (
    "He said the copper mines around Ndola and Kitwe had laid off 2,000 miners since January, and that Zambia "
    "Consolidated Copper Mines would not reopen the Mufulira smelter before the rains."
)


def test_one_body_paragraph_of_another_story_in_the_middle_is_reported(tmp_path):
    output = _check(tmp_path, LEDE, SECOND, OTHER_BODY, THIRD, FOURTH, LAST)
    assert "story.txt:7:1: WL601 a different story starts here" in output
    assert "Mufulira" in output


def test_another_story_s_paragraph_that_opens_by_pointing_back_is_reported_when_it_shares_nothing(tmp_path):
    output = _check(tmp_path, LEDE, SECOND, OTHER_POINTING_BACK, THIRD, FOURTH, LAST)
    assert "story.txt:7:1: WL601 a different story starts here" in output


BACKGROUND = (
    "Pavel Dvorak, an engineer from Brno who has designed bridges in Olomouc, said the piers would need deep "
    "foundations in the soft clay of the riverbed."
)
POINTING_BACK_ON_TOPIC = (
    "He said Pavel Dvorak, an engineer from Brno, would check the piers of the new bridge before the steel was "
    "ordered."
)


@pytest.mark.parametrize("background", [BACKGROUND, POINTING_BACK_ON_TOPIC], ids=["new person", "pointing back"])
def test_background_on_a_new_person_and_place_in_the_story_s_words_is_not_reported(tmp_path, background):
    """Guards (quiet before this change too): a new person and places, but the story's bridge and piers."""
    output = _check(tmp_path, LEDE, SECOND, background, THIRD, FOURTH, LAST)
    assert "WL601" not in output


def test_a_paragraph_that_takes_up_a_headline_word_two_stories_of_a_section_share_is_not_reported(tmp_path: Path):
    """"trade" is left out when two stories are compared (a section word), but a paragraph that speaks of it in a
    story headlined on it takes up the story's subject: the same paragraph as above, which is reported under a
    headline without the word, is not one apart (a guard: quiet before this change too)."""
    story = tmp_path / "story.txt"
    other = OTHER_BODY.replace("under a new contract", "under a new trade contract")
    body = "\n\n".join([LEDE, SECOND, other, THIRD, FOURTH, LAST])
    story.write_text(f"Bridge budget approved as steel trade slows\n\n{body}\n", encoding="utf-8")
    assert "WL601" not in run_cli("check", "--select", "WL6", str(story)).output
    without = tmp_path / "without.txt"
    without.write_text(f"Bridge budget approved\n\n{body}\n", encoding="utf-8")
    output = run_cli("check", "--select", "WL6", str(without)).output
    assert "without.txt:7:1: WL601 a different story starts here" in output


def test_a_paragraph_that_counts_things_already_introduced_needs_the_higher_bar(tmp_path):
    """'The three to be rebuilt first ...' goes on about things the story has introduced (counted, not named): it
    names new places and shares one word, but it is the story's next paragraph, not a lone paragraph apart (flagged
    before Signs.counts_back)."""
    counting = (
        "The three to be rebuilt first stand at Holesovice, Smichov and Karlin, where ramps from the embankment "
        "will be widened by Metrostav under a second contract."
    )
    output = _check(tmp_path, LEDE, SECOND, counting, THIRD, FOURTH, LAST)
    assert "WL601" not in output
