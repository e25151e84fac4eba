"""Review of the eleventh leftovers pass (issue 14): lines that list candidates or players keep their news.

A caption labelled only by where a picture stands ("Top: NAME - Espoo") has the shape of a list of candidates;
a web page's title has the shape of a line of a hard-wrapped sentence; "NAME | X" has the shape of a line-up.
Each is tested through the CLI as a user runs ``--fix``, on invented stories."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import lint, only
from test_leftover_eleventh_pass import _fixed

NEWS = "Flood defences held overnight, the river authority said."
MORE = "Pumping will go on until Friday, engineers said."


def _story(*paragraphs: str) -> str:
    return "River levels fall\n\n" + "\n\n".join(paragraphs) + "\n"


CANDIDATES = _story(
    "The four parties named their leading candidates for the northern seats on Tuesday.",
    "Centre: Aino Virtanen - Oulu",
    "Left: Paavo Lehto - Kuopio",
    "Background: the reform of the pension system has dominated the campaign.",
    "Background: Eeva Koskinen - Lahti",
    "Top: Juho Salonen - Vaasa",
    "Foreground: Two girls hand out leaflets at the market.",
    "Polls close at eight on Sunday, the election board said.",
)


def test_a_story_listing_candidates_by_party_and_town_is_left_byte_identical_by_fix(tmp_path: Path) -> None:
    assert _fixed(tmp_path, CANDIDATES, "--select", "WL1") == CANDIDATES
    assert _fixed(tmp_path, CANDIDATES, "--select", "WL1", "--unsafe-fixes") == CANDIDATES
    assert [f for f in only("WL101", CANDIDATES) if "Virtanen" in CANDIDATES[f.start : f.end]] == []


@pytest.mark.parametrize("line", ["Centre: Aino Virtanen - Oulu", "Center: Aino Virtanen - Oulu"])
def test_a_party_word_label_with_a_name_and_a_town_alone_is_no_credit(line: str) -> None:
    assert only("WL101", _story(NEWS, line, MORE)) == []


@pytest.mark.parametrize("line", ["Top: Juho Salonen - Vaasa", "Background: Eeva Koskinen - Lahti",
                                  "Above: Juho Salonen - Vaasa", "Left: Paavo Lehto - Kuopio"])
def test_a_lone_place_label_with_a_name_and_a_town_is_reported_but_never_fixed_safely(
    tmp_path: Path, line: str
) -> None:
    text = _story(NEWS, line, MORE)
    [finding] = only("WL101", text)
    assert not finding.fix.safe
    assert _fixed(tmp_path, text, "--select", "WL1") == text


@pytest.mark.parametrize("credit", ["Left: Paavo Lehto - Reuters", "Pictured left: Juho Salonen - Vaasa"])
def test_a_place_label_with_an_agency_or_a_picture_word_is_still_a_credit_deleted_safely(credit: str) -> None:
    [finding] = only("WL101", _story(NEWS, credit, MORE))
    assert finding.fix.safe


def test_a_place_label_with_an_outlet_after_the_name_is_still_reported() -> None:
    text = _story(NEWS, "Top: Juho Salonen/Lahti News", MORE)
    [finding] = only("WL101", text)
    assert text[finding.start : finding.end] == "Top: Juho Salonen/Lahti News"


HARD_WRAPPED = _story(
    "The station said its coverage on the\nLatest - Harbour Radio\nwebsite would run until midnight.",
    "Its editor said the late bulletin\nLive Updates | City News\nhad drawn more listeners than expected.",
)


def test_a_page_title_inside_a_hard_wrapped_sentence_is_not_deleted(tmp_path: Path) -> None:
    assert [f for f in lint(HARD_WRAPPED, select=("WL1",)) if f.fix and f.fix.safe] == []
    assert _fixed(tmp_path, HARD_WRAPPED, "--select", "WL1") == HARD_WRAPPED


def test_a_page_title_between_sentences_of_hard_wrapped_wire_copy_is_deleted_alone(tmp_path: Path) -> None:
    wrapped = "The council said the sea wall would\ncost more than planned.\nLive - Harbour Radio\nWork starts in May."
    text = _story(wrapped, MORE)
    assert [f.code for f in lint(text, select=("WL1",))] == ["WL107"]
    expected = _story("The council said the sea wall would\ncost more than planned.\nWork starts in May.", MORE)
    assert _fixed(tmp_path, text, "--select", "WL1") == expected


def test_a_page_title_standing_as_its_own_paragraph_is_still_deleted(tmp_path: Path) -> None:
    text = _story(NEWS, "Breaking news - Valley Times", MORE)
    assert _fixed(tmp_path, text, "--select", "WL1") == _story(NEWS, MORE)


LINE_UP = _story(
    "The coaches picked their side for the cup final on Saturday.",
    "Oskar Lind | Rovers",
    "Nils Berg | Harbour United",
    "Erik Dahl | Athletic",
    MORE,
)
NOMINEES = _story(
    "Three people will stand for the ward, the returning officer said.",
    "Maria Sund | Liberal\nJonas Ek | Greens\nPetra Holm | Kirkwall",
    MORE,
)


@pytest.mark.parametrize("story", [LINE_UP, NOMINEES])
def test_several_name_bar_lines_in_a_row_are_a_list_not_credits(tmp_path: Path, story: str) -> None:
    assert only("WL101", story) == []
    assert _fixed(tmp_path, story, "--select", "WL1", "--unsafe-fixes") == story


def test_a_lone_name_bar_line_between_sentences_stays_an_unsafe_report(tmp_path: Path) -> None:
    text = _story(NEWS, "Oskar Lind | Kirkwall", MORE)
    [finding] = only("WL101", text)
    assert not finding.fix.safe
    assert _fixed(tmp_path, text, "--select", "WL1") == text


def test_a_credit_run_into_a_hard_wrapped_line_of_news_after_via_is_not_fixed_safely(tmp_path: Path) -> None:
    text = _story("Image by Lena Ortiz via EFE Harbour Savings and Loan\nAssociation said it had agreed to be bought.")
    [finding] = only("WL101", text)
    assert not finding.fix.safe
    assert _fixed(tmp_path, text, "--select", "WL1") == text


def test_credits_with_agencies_one_per_line_are_still_deleted(tmp_path: Path) -> None:
    text = _story(NEWS, "Oskar Lind | Reuters", "Nils Berg | AFP", MORE)
    assert len(only("WL101", text)) == 2
    assert _fixed(tmp_path, text, "--select", "WL1") == _story(NEWS, MORE)
