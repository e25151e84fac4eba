"""WL601: a sentence-initial phrase that shifts the topic, read by its shape (issue 17, integrity25).

No list of transition phrases is ever complete: a desk writes its own. A phrase is read as a transition when it is
built of the word classes of ``wirelint/text/storyshifts.toml`` (a verb of turning with a noun of attention, a word
of unrelatedness with a noun of news, a desk's kind of news, a phrase of leaving, a change of place alone), up to
its comma (another story's lede after one inside a paragraph: tests/test_wl601_turns.py). The phrases below are
written for this file; recall on corpus splices: benchmarks/integrity_round23.py.
"""

from __future__ import annotations

import pytest
from test_wl601_turns import OWN, _glued
from test_wl601_within import FOURTH, LAST, LEDE, THIRD, _check

from wirelint.text.storysigns import paragraph_signs
from wirelint.text.vocabulary import TRANSITION

AWAY = (
    "Changing the subject entirely, ",
    "Turning the spotlight to other matters, ",
    "In a wholly separate affair, ",
    "On a completely different note, ",
    "In city news, ",
    "In showbiz, ",
    "Away from politics, ",
)
PLACES = ("Nearer to home, ", "Back home in the north, ", "Farther afield, ", "On the diplomatic front, ")


@pytest.mark.parametrize("phrase", AWAY)
def test_a_phrase_of_a_shifting_shape_turns_away(phrase: str):
    sign = paragraph_signs(f"{phrase}a freighter ran aground off the coast of Norway on Friday night.")[0]
    assert sign.transition and sign.turns_away


@pytest.mark.parametrize("phrase", PLACES)
def test_a_change_of_place_alone_is_a_transition_that_keeps_the_matter(phrase: str):
    sign = paragraph_signs(f"{phrase}a freighter ran aground off the coast of Norway on Friday night.")[0]
    assert sign.transition and not sign.turns_away


@pytest.mark.parametrize(
    "opening",
    (
        "Turning to the bridge tolls, the mayor said drivers would pay.",
        "Overseas sales rose 5 pct, while home sales fell.",
        "On the other hand, the council said it would wait.",
        "In the other case, the court ruled for the council.",
        "Moving the bridge would cost 40 mln crowns, the council said.",
    ),
)
def test_a_phrase_of_no_shifting_shape_is_no_transition(opening: str):
    assert TRANSITION.match(opening) is None


def test_the_story_s_own_sentence_after_an_unlisted_shifting_phrase_is_not_another_story(tmp_path):
    output = _check(tmp_path, LEDE, _glued("In a wholly separate affair, ", OWN), THIRD, FOURTH, LAST)
    assert "WL601" not in output
