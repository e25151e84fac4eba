"""WL601: a later paragraph of another story inserted between two paragraphs of this one (issue 17, round 14).

A paragraph that is not another story's lede names less and opens as later paragraphs do, so the regression,
fitted on ledes, weighs it low; but when none of its words or names is used anywhere else in the article and
the paragraphs either side of it share theirs, it is an island of another story (storyscore.is_island).
Recall and false alarms on corpus splices: benchmarks/integrity_round14.py.
"""

from __future__ import annotations

from test_wl601_within import LAST, LEDE, _check

SECOND = (
    "The mayor, Jana Novak, said construction of the bridge would start in spring and that cyclists would be "
    "the first to cross it."
)
THIRD = (
    "Councillors opposed to the bridge said the tolls would drive traffic onto the old bridge over the Vltava, "
    "that the steel would cost more than the council expected, and that cyclists would wait years to cross it."
)
ISLAND = (
    "A long drought cut the harvests of wheat and barley across the southern plains this summer, leaving "
    "farmers with empty silos and herds of hungry cattle."
)


def test_a_paragraph_sharing_nothing_with_the_story_around_it_is_reported(tmp_path):
    output = _check(tmp_path, LEDE, SECOND, ISLAND, THIRD, LAST)
    assert "story.txt:7:1: WL601 a different story starts here" in output


def test_a_paragraph_that_shares_a_word_with_the_story_is_not_an_island(tmp_path):
    background = ISLAND.replace("hungry cattle", "hungry cattle that once crossed the Vltava")
    output = _check(tmp_path, LEDE, SECOND, background, THIRD, LAST)
    assert "WL601" not in output
