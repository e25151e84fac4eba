"""Recall the tenth review found lost, through the CLI as a user runs it, each with look-alikes that stay quiet:
an agency before a dash and a country out is the agency's restriction, not a result's headline; a lone year
after a credited name is the picture's date, not a score; a sentence-case notice at the end of a CRLF line is
found as at the end of a LF line. No fix deletes the news around it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli
from test_leftover_kinds import AFTER, BEFORE, HEADLINE
from test_leftover_kinds import _codes as _check
from test_leftover_outside_shapes import LAYOUTS, NEXT, _story

AGENCY_OUTS = ["KYODO - JAPAN OUT", "YONHAP - NORTH KOREA OUT", "ANSA - ITALY OUT", "Kyodo News - JAPAN OUT"]
DATED_CREDITS = ["Photo: Jane Doe 2019", "Image credit: John Smith 2024", "PHOTO: JANE DOE 2019"]


@pytest.mark.parametrize("leftover", AGENCY_OUTS + DATED_CREDITS)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_an_agency_out_and_a_dated_credit_are_found_and_the_fix_keeps_the_news(
    tmp_path: Path, leftover: str, layout: str
) -> None:
    text = _story(leftover, layout)
    assert "WL101" in _check(tmp_path, text, "WL101")
    path = tmp_path / "story.txt"
    run_cli("check", str(path), "--fix", "--unsafe-fixes", "--select", "WL101")
    fixed = path.read_text(encoding="utf-8")
    assert BEFORE in fixed and AFTER in fixed and HEADLINE in fixed
    assert NEXT in fixed or layout != "between sentences"


@pytest.mark.parametrize("leftover", DATED_CREDITS)
def test_a_dated_credit_is_left_whole_by_a_plain_fix_and_taken_whole_by_an_unsafe_one(
    tmp_path: Path, leftover: str
) -> None:
    """The year after the name is the credit's date: the unsafe fix takes it too; a plain --fix leaves the line
    to the editor."""
    text = _story(leftover, "own paragraph")
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    run_cli("check", str(path), "--fix", "--select", "WL101")
    assert path.read_text(encoding="utf-8") == text
    run_cli("check", str(path), "--fix", "--unsafe-fixes", "--select", "WL101")
    fixed = path.read_text(encoding="utf-8")
    assert leftover.split()[-1] not in fixed and BEFORE in fixed and AFTER in fixed


RESULTS = [
    "DAVIS CUP - SWEDEN OUT",
    "EURO 2024 - NEW ZEALAND OUT",
    "ASIAN GAMES - NORTH KOREA OUT",
    "FED CUP - JAPAN OUT",
    "Frame: Trump 75-0, 64-12.",
    "Frame: Trump 2019-20.",
    "Set: Jane Doe 2019, 6-4.",
    "Frame: Trump 75-0 2019.",
]


@pytest.mark.parametrize("sentence", RESULTS)
@pytest.mark.parametrize("layout", ["own paragraph", "end of a paragraph"])
def test_a_title_out_and_scores_with_a_year_stay_quiet(tmp_path: Path, sentence: str, layout: str) -> None:
    """A competition's title before the dash is a result's headline; a season or figures beside a year are
    scores: none names where a picture came from."""
    assert _check(tmp_path, _story(sentence, layout), "WL1") == []


NOTICES = ["Mandatory credit", "For editorial use only", "Not for sale or archive"]
OPENING = "The town was evacuated."
FOLLOWING = "Officials said the river would peak on Friday."


@pytest.mark.parametrize("notice", NOTICES)
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_notice_at_the_end_of_a_line_is_found_whatever_the_line_end(
    tmp_path: Path, notice: str, newline: str
) -> None:
    text = f"{HEADLINE}{newline}{newline}{OPENING} {notice}{newline}{FOLLOWING}{newline}"
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode())
    result = run_cli("check", str(path), "--select", "WL101")
    assert "WL101" in result.output
    run_cli("check", str(path), "--fix", "--unsafe-fixes", "--select", "WL101")
    fixed = path.read_bytes().decode()
    assert notice not in fixed and OPENING in fixed and FOLLOWING in fixed


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_news_with_a_notice_s_words_at_a_line_end_stays_quiet(tmp_path: Path, newline: str) -> None:
    text = f"{HEADLINE}{newline}{newline}{OPENING} Mandatory credit checks{newline}were introduced last year.{newline}"
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode())
    assert "WL1" not in run_cli("check", str(path), "--select", "WL1").output
