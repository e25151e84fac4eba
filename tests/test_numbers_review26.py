"""WL4 of the review26 pass (issue 16): a participle after "had", "were" or "had been" is the parts' verb.

"20 had boarded in Paris and 15 had boarded in Lyon" answers one question (where they boarded) with different
places: a partition whose parts must fit the total, not conditions that may overlap.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_numbers_sixteen import check  # the findings as `wirelint check` prints them

ONE_VERB_DIFFERENT_COMPLEMENTS = [
    # the reviewer's sentences: parts above the total, each a WL402 error at 992b936
    "Of the 30 passengers who died, 20 had boarded in Paris and 15 had boarded in Lyon.\n",
    "Of the 30 passengers who died, 20 had been born in Britain and 15 had been born abroad.\n",
    "Of the 30 passengers who died, 25 had come from the old town and 20 had come from the port.\n",
    "Of the 30 passengers who died, 20 had been travelling in the front carriage and 15 in the rear.\n",
    "Of the 30 passengers who died, 30 needed surgery on the field and 25 needed surgery in the capital.\n",
    "Of the 30 passengers who died, 40 were given fines and 30 were given prison terms.\n",
    # variants of my own
    "Of the 24 climbers rescued, 18 had set out from the north col and 12 had set out from the glacier.\n",
    "Of the 40 workers laid off, 30 had been hired in 2019 and 25 had been hired in 2021.\n",
    "Of the 50 families surveyed, 35 had moved to the coast and 28 had moved to the capital.\n",
    "Of the 45 people convicted, 30 were given fines and 25 were given prison terms.\n",
]
OVERLAPPING_CONDITIONS_QUIET = [
    "Of the 30 survivors, 22 had broken bones and 14 had burns.\n",
    "Of the 25 tenants, 20 needed oxygen and 9 were given fresh clothes.\n",
    "Of the 40 drivers, 31 had noticed the smoke and 17 had smelt fumes.\n",
    "Of the 50 bathers, 38 said they saw the fin and 20 said they heard shouting.\n",
    "Of the 40 households, 30 had lost their cars and 22 had lost their homes.\n",
]
ADDING_UP_QUIET = [
    "Of the 30 passengers who died, 20 had boarded in Paris and 10 had boarded in Lyon.\n",
    "Of the 30 passengers who died, 18 had been born in Britain and 12 had been born abroad.\n",
]


def story(sentence: str) -> str:
    return "Crash\n\n" + sentence


@pytest.mark.parametrize("sentence", ONE_VERB_DIFFERENT_COMPLEMENTS,
                         ids=[str(i) for i in range(len(ONE_VERB_DIFFERENT_COMPLEMENTS))])
def test_one_verb_with_different_complements_is_a_partition(tmp_path: Path, sentence: str) -> None:
    found = check(tmp_path, story(sentence))
    assert len(found) == 1 and found[0].startswith("WL402"), found


@pytest.mark.parametrize("sentence", OVERLAPPING_CONDITIONS_QUIET + ADDING_UP_QUIET,
                         ids=[str(i) for i in range(len(OVERLAPPING_CONDITIONS_QUIET + ADDING_UP_QUIET))])
def test_overlapping_conditions_and_fitting_parts_stay_quiet(tmp_path: Path, sentence: str) -> None:
    assert check(tmp_path, story(sentence)) == []
