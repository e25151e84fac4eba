"""WL601 of the review26 pass (issue 17): closing credit lines in the wire form only, narrow transition classes,
and an end mark that never hides an appended story caught without it. The stories below are my own."""

from __future__ import annotations

import pytest
from test_wl601_tails import _BRIDGE, _wl601

from wirelint.text.storyends import CREDIT_ENDING, end_of_copy
from wirelint.text.vocabulary import TRANSITION

_BOOKS = (
    "A novel of the sea wins the prize\n\n"
    "The novelist Mara Kell won the coastal fiction prize on Thursday for a book about a lighthouse keeper's "
    "daughter who rows her father's letters across a strait every winter.\n\n"
    "The judges praised the book's storms, its letters and the daughter's long silences, and said the novel "
    "would outlast most of the year's fiction.\n\n"
)
_FILM = (
    "A lighthouse drama opens the festival\n\n"
    "A drama about a lighthouse keeper's daughter opened the coastal film festival on Thursday, and its director "
    "thanked the fishermen who lent their boats for the storm scenes.\n\n"
    "Critics praised the film's storms and the daughter's long silences, and said the drama would travel well "
    "beyond the festival.\n\n"
)


@pytest.mark.parametrize("line", (
    "(Edited by Zadie Smith, Penguin, £20)",
    "(Produced by Working Title for Universal)",
    "(Written by Mara Kell, Harbour Books, 320 pages, $28)",
    "(Compiled by Lena Ross, Northgate Press)",
))
def test_an_arts_credit_is_no_closing_credit_line(line: str) -> None:
    assert end_of_copy(line) != CREDIT_ENDING


@pytest.mark.parametrize("line", (
    "(Reporting by Petra Kolar; Editing by Tomas Beran)",
    "(Writing by Petra Kolar; Editing by Tomas Beran and Ana Ruiz)",
    "(Reporting by Petra Kolar in Prague; additional reporting by Ana Ruiz; Editing by Tomas Beran)",
))
def test_the_wire_form_is_a_closing_credit_line(line: str) -> None:
    assert end_of_copy(line) == CREDIT_ENDING


@pytest.mark.parametrize(("story", "credit", "after"), (
    (_BOOKS, "(Edited by Zadie Smith, Penguin, £20)",
     "The keeper's daughter, the judges said, was the most memorable heroine of the season.\n"),
    (_FILM, "(Produced by Working Title for Universal)",
     "The festival's jury will announce its prizes on Sunday evening at the harbour theatre.\n"),
))
def test_an_arts_story_going_on_after_its_credit_is_its_own(story: str, credit: str, after: str) -> None:
    assert _wl601(f"{story}{credit}\n\n{after}") == []


@pytest.mark.parametrize("opening", (
    "In an independent report, analysts at a Frankfurt bank said",
    "Turning the business around,",
    "Changing the rules on business rates,",
    "Shifting its focus to Asia,",
    "Changing tack,",
    "Moving on,",
    "Away from home,",
    "In politics, as in business,",
    "In a quite different move,",
    "In a distinct case,",
))
def test_a_phrase_of_the_storys_own_action_is_no_shift(opening: str) -> None:
    assert TRANSITION.match(opening) is None


@pytest.mark.parametrize("opening", (
    "In an unrelated matter,", "Turning to other news,", "Shifting attention to the markets,",
    "Moving on to other matters,", "Switching the focus,", "In an entirely unconnected matter,", "In city news,",
    "Away from politics,", "Turning our focus elsewhere,", "In a separate development,", "In politics,",
))
def test_a_shift_with_a_noun_of_news_or_attention_is_one(opening: str) -> None:
    assert TRANSITION.match(opening) is not None


def test_away_from_home_in_a_sport_story_is_its_own() -> None:
    text = ("Harbour United win again\n\n"
            "Harbour United beat Northgate two goals to one on Saturday, their fifth win in a row, with both goals "
            "scored by the striker Leon Marsh in the second half.\n\n"
            "The manager, Ana Ruiz, said the side had defended well and deserved the points.\n\n"
            "Away from home, Harbour United have won four of their six league matches this season, and Ruiz said "
            "the side's defending had improved since the winter.\n")
    assert _wl601(text) == []


_DONORS = (
    "A chamber orchestra from Tartu will tour six cities in the autumn, playing symphonies by composers from the "
    "Baltic states in disused factories and aircraft hangars.\n\nThe conductor said the musicians had rehearsed for "
    "six weeks in a hangar near the airport, wearing coats against the cold.\n",
    "OSLO, March 3 - Norway's central bank left its main interest rate unchanged on Thursday, as expected, and said "
    "it would probably raise rates later in the year.\n\nThe krone firmed slightly after the decision.\n",
    "TOKYO, May 5 - Japan's biggest carmaker said on Wednesday it would recall 300,000 vehicles worldwide to "
    "replace faulty airbag inflators, the third such recall this year.\n\nNo injuries have been reported.\n",
    "LIMA (Reuters) - Police arrested three men on Friday after customs officers found 200 kilograms of cocaine "
    "hidden in a shipment of bananas bound for Europe.\n\nThe men will appear in court on Monday.\n",
)
_HOST = _BRIDGE.rstrip("\n")


@pytest.mark.parametrize("mark", ("-- ENDS --", "###", "END"))
@pytest.mark.parametrize("donor", _DONORS, ids=("orchestra", "bank", "recall", "seizure"))
def test_an_end_mark_does_not_hide_a_story_caught_without_it(mark: str, donor: str) -> None:
    assert _wl601(f"{_HOST}\n\n{donor}") == [9]  # caught without the mark
    assert _wl601(f"{_HOST}\n{mark}\n{donor}") == [9]  # the mark on a line of its own, no blank line
    assert _wl601(f"{_HOST} {mark}\n\n{donor}") == [9]  # the mark after the last sentence's stop
    assert _wl601(f"{_HOST}\n\n{mark}\n{donor}") == [10]  # the mark on the donor paragraph's first line
