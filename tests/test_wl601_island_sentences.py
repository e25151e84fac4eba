"""WL601: another story's lede glued with no word in the middle of a paragraph (issue 17, integrity25).

A sentence in the middle of a paragraph that reads as news (it says when, or puts its verb as a lede does: "has
been fined", "is set to"), names someone or something, and shares no word and no name with the sentences either
side of it, which share words with each other (the story goes on across it), is an island: another story's lede
left there by a lost paragraph break. The story's own sentences pick up their neighbours' words. The stories are
my own; recall and false alarms on corpus splices: benchmarks/integrity_round23.py.
"""

from __future__ import annotations

from test_wl601_within import FOURTH, LAST, LEDE, THIRD, _check

BEFORE = "The mayor, Jana Novak, said construction of the bridge would start in spring."
AFTER = "Cyclists would be the first to cross the bridge once construction ends, Novak said."
ISLAND = (
    "A Swedish shipping group has been fined 12 million kronor by a Gothenburg court over a tanker spill that "
    "closed two beaches near Marstrand last summer."
)
OWN = (
    "Engineers from the Ostrava steel mill have been asked to inspect every girder of the bridge before "
    "construction of the approach roads starts."
)


def test_a_news_sentence_sharing_nothing_with_its_neighbours_mid_paragraph_is_reported(tmp_path):
    paragraph = f"{BEFORE} {ISLAND} {AFTER}"
    output = _check(tmp_path, LEDE, paragraph, THIRD, FOURTH, LAST)
    assert f"story.txt:5:{len(BEFORE) + 2}: WL601 a different story starts here" in output


def test_the_story_s_own_sentence_mid_paragraph_picking_up_its_neighbours_words_is_not(tmp_path):
    output = _check(tmp_path, LEDE, f"{BEFORE} {OWN} {AFTER}", THIRD, FOURTH, LAST)
    assert "WL601" not in output
