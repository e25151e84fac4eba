"""WL601, round 20 (issue 17, integrity21): another story that starts inside a paragraph after an ordinary ". ",
with no transition word or dateline, and runs on to the end of the file.

A lost paragraph break leaves the other story's lede as the last sentence of one of this story's paragraphs, its
next paragraphs following to the end. Nothing marks the gap but the words: from that sentence on, the text names no
one and nothing the story named and uses almost none of its words (a tail apart, now asked inside a paragraph too).
A story's own closing sentences that go on about someone it met ("... said he would ...") stay quiet.

The stories below are my own.
"""

from __future__ import annotations

from pathlib import Path

from wl6_helpers import check_wl6, rating_story

HEAD = "Harbour tunnel opens after six years of work\n\n"
LEDE = (
    "The new road tunnel under Kessling harbour opened to traffic on Monday, six years after engineers began "
    "boring beneath the busy shipping lane."
)
SECOND = (
    "Mayor Odile Brandt cut the ribbon at the northern portal, where several hundred residents had gathered "
    "despite the rain to watch the first lorries pass through."
)
THIRD_OWN = (
    "The tunnel cost 410 million euros, about a third more than planned, after flooding in the second year halted "
    "the boring machines for eleven months."
)
OTHER_LEDE = (
    "A violinist who left a rare eighteenth-century instrument on a commuter train has been reunited with it "
    "after a cleaner found the case under a seat at a depot in Marlow."
)
OTHER_NEXT = (
    "Priya Coulthard, who plays with a chamber orchestra in Reading, said she had been too tired after a late "
    "concert to notice she had left without it. The violin, made in Cremona in 1742, is insured for about "
    "200,000 pounds and had been lent to her by a music foundation. The cleaner handed the case to station staff, "
    "who traced its owner through a label inside the lid."
)


def test_a_lede_after_an_ordinary_full_stop_taking_over_to_the_end_is_reported(tmp_path: Path) -> None:
    text = f"{HEAD}{LEDE}\n\n{SECOND}\n\n{THIRD_OWN} {OTHER_LEDE}\n\n{OTHER_NEXT}\n"
    output = check_wl6(tmp_path, text)
    assert "WL601" in output
    column = len(THIRD_OWN) + 2
    assert f":7:{column}: WL601" in output, output


def test_the_same_paragraphs_with_the_story_going_on_are_quiet(tmp_path: Path) -> None:
    own_end = (
        "Engineers said the flooding had taught them to pump the boring chambers dry every night, and the tunnel "
        "was now the driest of its kind in the country."
    )
    own_last = (
        "Brandt said the harbour tunnel would take about 30,000 lorries a day off the old quayside road, and that "
        "residents of the quayside would notice the quieter streets within a week."
    )
    text = f"{HEAD}{LEDE}\n\n{SECOND}\n\n{THIRD_OWN} {own_end}\n\n{own_last}\n"
    assert "WL601" not in check_wl6(tmp_path, text)


def test_a_closing_sentence_that_says_him_of_someone_met_is_the_story_going_on(tmp_path: Path) -> None:
    """New names and words after an ordinary ". ", but "him" stands for the deputy mayor the story met: its own
    last words, not another story (without the pronoun test this is reported at line 5)."""
    head = "Deputy mayor leaves for Lisbon post\n\n"
    lede = (
        "Kessling's deputy mayor, Anton Fehr, is to leave the city council in March to run the port authority "
        "in Lisbon, the council said on Tuesday."
    )
    second = (
        "Fehr has been deputy mayor for four years and oversaw the harbour tunnel through its flooding and its "
        "delays, and he said he would miss the council chamber."
    )
    third = (
        "Retired judge Greta Lindqvist had remarked last winter that she would gladly let him go if a worthy "
        "successor stood."
    )
    last = (
        "He has had a hard winter since his father died, and a cottage by the sea near his sister was what "
        "he wanted most, friends say. Everyone wished him well at a farewell dinner."
    )
    text = f"{head}{lede}\n\n{second} {third}\n\n{last}\n"
    assert "WL601" not in check_wl6(tmp_path, text)


def test_a_rating_agency_closing_a_wire_story_in_its_own_initials_is_the_story(tmp_path: Path) -> None:
    """A short wire story whose last paragraph turns to a place and words of its own but ends on the agency the
    headline names ("..., S/P said."): the story's source closing it, not another story (reported before)."""
    text = rating_story("S/P", "S/P said")
    assert "WL601" not in check_wl6(tmp_path, text)
