"""WL601: copy after an end mark or a closing credit line (issue 17, integrity25).

A desk closes a story with an end mark alone on its line ("-- ENDS --", "###", "END OF STORY") or a credit line in
brackets ("(Reporting by ...; Editing by ...)"). Whatever follows an end mark is another item; after a credit line,
copy that links back to nothing is another story, and copy that goes on with the story's names is its own. The
marks are read by shape from ``wirelint/text/storyends.toml``. The stories below are my own.
"""

from __future__ import annotations

import pytest
from test_wl601_tails import _BRIDGE, _wl601

from wirelint.text.storyends import CREDIT_ENDING, MARK_ENDING, end_of_copy

_OTHER = (
    "A chamber orchestra from Tartu will tour six cities in the autumn, playing symphonies by composers from the "
    "Baltic states in disused factories and aircraft hangars.\n"
)
_OWN = (
    "Jana Novak told councillors that the harbour bridge tolls would be reviewed again next winter, once the "
    "repairs to the cables were finished.\n"
)


@pytest.mark.parametrize("mark", ("-- ENDS --", "###", "(end)", "** End of story **", "NNNN"))
def test_another_story_after_an_end_mark_is_reported(mark: str) -> None:
    assert _wl601(f"{_BRIDGE}{mark}\n\n{_OTHER}") == [11]


def test_another_story_after_a_closing_credit_line_is_reported() -> None:
    assert _wl601(f"{_BRIDGE}(Reporting by Petra Kolar; Editing by Tomas Beran)\n\n{_OTHER}") == [11]


def test_the_story_going_on_after_a_credit_line_is_its_own() -> None:
    assert _wl601(f"{_BRIDGE}(Additional reporting by Petra Kolar)\n\n{_OWN}") == []


@pytest.mark.parametrize("line", ("The end.", "End of the line for the old ferry", "(Photo by Petra Kolar)", "30"))
def test_a_line_that_only_mentions_an_end_or_a_credit_ends_no_copy(line: str) -> None:
    assert end_of_copy(line) not in (MARK_ENDING, CREDIT_ENDING)
