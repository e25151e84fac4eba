"""WL601: a transition word inside a paragraph (issue 17, round 15).

"... the mayor said. Separately, <another story's lede>" with this story going on after it, in the same
paragraph: a transition that says another matter follows, inside a paragraph, before a sentence that shares
nothing with the story, is a paste. The same words before a sentence of the story itself are normal writing.
Recall and false alarms on corpus splices: benchmarks/integrity_round15.py.
"""

from __future__ import annotations

import pytest
from test_wl601_within import FOURTH, LAST, LEDE, OTHER, SECOND, THIRD, _check

OWN = (
    "Councillors said the steel for the bridge over the Vltava would come from a mill near Ostrava, and that the "
    "tolls would be collected at both ends of the bridge."
)


MORE = "The council will choose a builder for the bridge by June, the mayor said."


def _glued(transition: str, sentence: str) -> str:
    """SECOND's first sentence, ``sentence`` after ``transition``, then SECOND's second sentence and one more: the
    paragraph goes on for two sentences after it."""
    first, second = SECOND.split(". ", 1)
    return f"{first}. {transition}{sentence[0].lower()}{sentence[1:]} {second} {MORE}"


@pytest.mark.parametrize("transition", ("Separately, ", "In a wholly separate affair, "))
def test_another_story_s_lede_after_separately_in_the_middle_of_a_paragraph_is_reported(tmp_path, transition: str):
    """"Separately," or any phrase of a shifting shape (tests/test_wl601_shifts.py, integrity25)."""
    paragraph = _glued(transition, OTHER)
    output = _check(tmp_path, LEDE, paragraph, THIRD, FOURTH, LAST)
    column = paragraph.index(transition) + 1
    assert f"story.txt:5:{column}: WL601 a different story starts here" in output


def test_another_story_s_lede_after_in_other_news_at_the_end_of_a_paragraph_is_reported(tmp_path):
    paragraph = f"{SECOND} In other news, {OTHER[0].lower()}{OTHER[1:]}"
    output = _check(tmp_path, LEDE, paragraph, THIRD, FOURTH, LAST)
    assert f"story.txt:5:{len(SECOND) + 2}: WL601 a different story starts here" in output


def test_the_story_s_own_sentence_after_separately_inside_a_paragraph_is_not_another_story(tmp_path):
    output = _check(tmp_path, LEDE, _glued("Separately, ", OWN), THIRD, FOURTH, LAST)
    assert "WL601" not in output


def test_a_sentence_after_separately_that_picks_up_the_story_s_main_word_is_not_another_story(tmp_path):
    own = (
        "Separately, a survey by Charles University found that most residents of the Mala Strana district wanted "
        "the bridge built before winter."
    )
    paragraph = f"{SECOND} {own} {MORE}"
    assert "WL601" not in _check(tmp_path, LEDE, paragraph, THIRD, LAST)


def test_the_story_s_own_sentence_after_in_other_news_ending_a_paragraph_is_not_another_story(tmp_path):
    paragraph = f"{SECOND} In other news, {OWN[0].lower()}{OWN[1:]}"
    assert "WL601" not in _check(tmp_path, LEDE, paragraph, THIRD, FOURTH, LAST)


def test_two_of_the_story_s_paragraphs_run_together_after_separately_are_not_another_story(tmp_path):
    own = (
        "Separately, cyclists in Prague have asked for a second lane on the bridge over the Vltava, saying the "
        "first would be too narrow for the traffic the council expects."
    )
    paragraph = f"{SECOND}{own} {MORE}"
    assert "WL601" not in _check(tmp_path, LEDE, paragraph, THIRD, LAST)


def test_a_transition_with_a_time_phrase_is_read_past_its_comma(tmp_path):
    own = (
        "Separately on Monday, the council said the bridge would carry trams from the old town to the station, "
        "once the steel had been tested."
    )
    paragraph = f"{SECOND} {own} {MORE}"
    assert "WL601" not in _check(tmp_path, LEDE, paragraph, THIRD, LAST)
