"""WL402 shapes of the numbers19 pass (issue 16): parts that answer different questions about one total are not
summed, in sentences of my own, run as a user runs them (``wirelint check FILE``), each with look-alikes that still
add up:

A. a part whose noun repeats the others' and is qualified by a clause, a participle with its agent, "with" or
   "from" describes its members by that phrase, not by the noun ("25 players who play abroad" beside "9 Leeds
   players"; "25 families led by fathers" beside "19 families with babies");
B. an age band said without a number ("were elderly", "were pensioners") is an age, which a role, a nationality or
   an outcome may overlap (quantities.toml [predicates] ages);
C. a noun with a proper adjective (where its members come from) beside a kind the hierarchy puts under that noun (a
   position or a rank: "Welsh players" and "strikers") may overlap.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_numbers_sixteen import check  # the findings as `wirelint check` prints them

OVERLAPS = [
    # A
    "The coach picked 28 players for the tour, among them 10 Leeds players, 9 Hull players and 20 players who were "
    "born abroad.",
    "The hostel houses 40 families, including 25 families led by fathers and 19 families with babies.",
    "The centre supports 45 children, including 30 children who live with grandparents and 22 children from Syria.",
    # B
    "The coach overturned, injuring 28 passengers, police said. Eighteen were German tourists and 14 were "
    "pensioners.",
    "Doctors treated 70 people after the fire, officials said. Of them, 45 were elderly, while 30 were kept in "
    "hospital.",
    # C
    "The club named 22 players for the final, including 9 Welsh players and 15 strikers.",
    "The army lost 30 soldiers in the siege, including 20 Syrian soldiers and 12 officers.",
]


@pytest.mark.parametrize("story", OVERLAPS, ids=[str(i) for i in range(len(OVERLAPS))])
def test_parts_that_answer_different_questions_are_not_summed(tmp_path: Path, story: str) -> None:
    assert check(tmp_path, story) == []


ONE_QUESTION = [
    # A: the same qualifier on every part, or different nouns
    "The coach picked 28 players for the tour, among them 10 Leeds players, 9 Hull players and 12 York players.",
    "The hostel houses 40 families, including 25 families led by fathers and 19 families led by mothers.",
    "The blast killed 20 people, 12 soldiers and 9 civilians who were queuing for bread.",
    # B
    "The coach overturned, injuring 28 passengers, police said. Eighteen were German tourists and 14 were Dutch "
    "tourists.",
    # C
    "The club named 22 players for the final, including 9 defenders and 15 strikers.",
    "The club named 22 players for the final, including 9 Welsh players and 15 Irish players.",
    "The army lost 30 soldiers in the siege, including 20 Syrian soldiers and 12 Iraqi soldiers.",
]


@pytest.mark.parametrize("story", ONE_QUESTION, ids=[str(i) for i in range(len(ONE_QUESTION))])
def test_parts_of_one_question_are_still_summed(tmp_path: Path, story: str) -> None:
    assert [finding.split()[0] for finding in check(tmp_path, story)] == ["WL402"]
