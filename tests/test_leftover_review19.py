"""Review of the eighteenth leftovers pass: look-alike news that its new notice and note shapes took.

A reviewer found headlines and sentences of news that the eighteenth pass's terms flagged (a bank's credit lines,
a headline that reports a ban, a sentence with its own attribution) and notes on a text's translation it missed.
Each sentence here is written for this test.
"""

from __future__ import annotations

import pytest

from wirelint.api import lint_text
from wirelint.config import Settings

SETTINGS = Settings(select=("WL1",))


BEFORE = "Flood waters receded on Monday, the council said."


def _story(paragraph: str) -> str:
    return f"Storm hits coast\n\n{BEFORE}\n\n{paragraph}\n\nMore rain is forecast.\n"


def _found(paragraph: str) -> list[tuple[str, str]]:
    text = _story(paragraph)
    return [(f.code, text[f.start : f.end]) for f in lint_text(text, "story.txt", settings=SETTINGS)]


@pytest.mark.parametrize(
    "headline",
    [
        "LENDERS MUST NOT ALTER THE CREDIT LINES OF SMALL FIRMS",
        "REGULATOR: LENDERS MUST NOT EDIT CREDIT LINES",
        "SMALL FIRMS' CREDIT LINES MUST REMAIN IN PLACE",
        "THE CREDITS MUST REMAIN IN PLACE UNTIL MARCH",
    ],
)
def test_credit_lines_and_credits_of_finance_are_no_picture_marks(headline: str) -> None:
    assert _found(headline) == []
    for notice in ("DO NOT CROP OR ALTER THE PHOTOGRAPHER'S CREDIT LINE", "Image credit must remain visible."):
        assert [code for code, _ in _found(notice)] == ["WL101"]  # with a picture's owner or word: a notice


@pytest.mark.parametrize(
    "headline",
    ["THE LOGO MUST NOT BE ALTERED, CLUB SAYS", "WATERMARKS MUST NOT BE REMOVED, MINT SAID"],
)
def test_a_capitals_run_ending_in_a_reporting_clause_is_a_headline(headline: str) -> None:
    assert _found(headline) == []


@pytest.mark.parametrize(
    "headline",
    ["EU SAYS NO ACCESS IN SPAIN TO IRISH FISH", "MINISTER SAID NO ACCESS IN GERMANY TO BRITISH PORK"],
)
def test_no_access_in_a_place_after_a_reporting_verb_is_a_headline(headline: str) -> None:
    assert _found(headline) == []
    for notice in ("NO ACCESS IN SPAIN", "EDITORIAL USE ONLY NO ACCESS IN GERMANY"):  # its line's, after a term
        assert _found(notice) == [("WL101", notice)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The watermark paper, supplied by Portals, must stay in use, the Bank said.",
        "The logo paper, supplied by Crane Currency, must remain in place, officials said.",
    ],
)
def test_a_sentence_with_its_own_attribution_is_the_storys(sentence: str) -> None:
    assert _found(sentence) == []


@pytest.mark.parametrize(
    "note",
    [
        "A machine-made translation of a Korean-language report.",
        "The following article was automatically translated from Dutch.",
        "Editor's note: this is a machine translation of the Turkish original.",
        "Automated translation of the original Greek article.",
    ],
)
def test_a_note_whose_subject_is_the_text_itself_is_found_whole(note: str) -> None:
    assert _found(note) == [("WL102", note)]
    for news in NEWS_ABOUT_TRANSLATIONS:  # the same words in a sentence of news
        assert _found(news) == []


NEWS_ABOUT_TRANSLATIONS = (
    "The following text messages were translated by AI software used by police.",
    "An AI translation of the original manuscript sold for $2m at auction.",
    "Note: the AI translation tool is free for schools.",
)


@pytest.mark.parametrize(
    ("sentence", "note"),
    [
        ("Residents began clearing the Machine-translated from Polish debris from roads.", "Machine-translated"),
        ("Flood waters covered the Automatically translated from Czech fields near the river.", "Automatically"),
    ],
)
def test_a_note_dropped_after_an_article_in_a_sentence_of_no_product_is_found(sentence: str, note: str) -> None:
    found = [(code, span) for code, span in _found(sentence) if code == "WL102"]
    assert len(found) == 1 and found[0][1].startswith(note)
    assert _found("WhatsApp users now get an AI Translation feature for calls.") == []  # a product's: news
