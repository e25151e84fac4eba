"""WL601 (issue 17, integrity23): lone text told by rare words. One paragraph of another story between two parts of
this one, or another story's lede glued after an ordinary ". " at the end of a paragraph, this story resuming after
it: it writes none of the story's rarer words and none of its names, while the story goes on across it.

The stories below are my own.
"""

from __future__ import annotations

from pathlib import Path

from wl6_helpers import check_wl6

from wirelint.text.storyrare import weights
from wirelint.text.vocabulary import stem

HEAD = "Kessling council backs harbour tunnel tolls\n\n"
HOST = [
    "Kessling city council voted on Tuesday to charge tolls on the new harbour tunnel, ending a year of argument "
    "over how the 410 million euro crossing under the shipping lane should be paid for.",
    "Councillors approved a toll of three euros for cars and twelve for lorries, with residents of the harbour "
    "district paying half, after the tunnel's builders warned that its cost had overrun.",
    "Mayor Odile Brandt said the tolls would repay the tunnel's loans within twenty years and that the council "
    "would review the charges for lorries once traffic through the tunnel was counted.",
    "Hauliers said the lorry toll would push freight back onto the old ring road, which the tunnel was built to "
    "relieve, and asked the council to charge lorries by the hour instead.",
    "The council will set the date the tolls start at its next meeting, once the harbour authority has signed "
    "the tunnel's operating licence.",
]
DONOR = (
    "Profits at the division fell to 212 million pounds last year as the cost of steel, copper and plastics climbed, "
    "and analysts had expected a sharper fall. The group kept its dividend at 9p a share."
)
"""A later paragraph of a results story: it opens as a body paragraph does, on a common noun, and says when."""
DONOR_LEDE = (
    "Average rents for flats in the capital rose eight percent last year, outpacing wages, as landlords passed on "
    "higher mortgage payments and fewer new homes were finished."
)
"""Another story's lede that names no one but says when, as a lede does."""


def _story(paragraphs: list[str]) -> str:
    return HEAD + "\n\n".join(paragraphs) + "\n"


def test_a_lone_paragraph_of_another_story_mid_story_is_reported(tmp_path: Path) -> None:
    """The island model weighs a body paragraph that opens on a common noun and names no one below its bar."""
    output = check_wl6(tmp_path, _story([*HOST[:3], DONOR, *HOST[3:]]))
    assert "story.txt:9:1: WL601 a different story starts here" in output, output


def test_another_story_s_lede_glued_after_a_full_stop_the_story_resuming_is_reported(tmp_path: Path) -> None:
    """No transition word, no dateline, and the story resumes in the next paragraph: only its words tell it."""
    glued = f"{HOST[2]} {DONOR_LEDE}"
    output = check_wl6(tmp_path, _story([*HOST[:2], glued, *HOST[3:]]))
    assert f"story.txt:7:{len(HOST[2]) + 2}: WL601 a different story starts here" in output, output


def test_the_story_s_own_later_sentence_glued_after_a_full_stop_is_not_lone(tmp_path: Path) -> None:
    own = "Lorries queued at the tunnel's northern portal on Tuesday as the council met."
    output = check_wl6(tmp_path, _story([*HOST[:2], f"{HOST[2]} {own}", *HOST[3:]]))
    assert "WL601" not in output, output


def test_the_common_words_of_a_section_weigh_less_than_rare_ones() -> None:
    """Section words ("shares", "profit", "match", "goal") are listed with their weight; a rare word is not listed
    and weighs the most (``[lone] rare``)."""
    weigh = weights()
    assert all(weigh[stem(word)] < 4.61 for word in ("shares", "profit", "match", "goal"))
    assert stem("bronze") not in weigh


def test_a_paragraph_that_speaks_to_the_reader_is_the_story_s_own_voice(tmp_path: Path) -> None:
    """A review's "you can ..." paragraph may share no word with the rest; news copy pasted from another story does
    not address the reader."""
    review = DONOR.replace("The group kept its dividend", "You can still buy shares, and the group kept its dividend")
    output = check_wl6(tmp_path, _story([*HOST[:3], review, *HOST[3:]]))
    assert "WL601" not in output, output

