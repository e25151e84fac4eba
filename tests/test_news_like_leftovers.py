"""News written like a leftover keeps every word under ``check --fix``.

Each case is a story's own sentence or lines that share a leftover's vocabulary
or layout: a language's version of a product (WL102's "Spanish version"), a
place list that starts with "Except" or gives a product's availability (WL101's
country restrictions), a figure's research credit or a review's credits (WL105's
desk sign-off), a feature writer's byline that credits the pictures too (WL101),
and a chorus quoted on indented lines (the text reader and WL602). They were
found deleted by a safe fix in a review of this round's rules.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli

HEADLINE = "Launch day"
BEFORE = "The launch was on Monday, the company said."
AFTER = "Sales begin next month, analysts said."


@pytest.mark.parametrize(
    "news",
    [
        "Mexican version of the car gets a new engine.",
        "Chinese version runs on Baidu's search engine.",
        "Indian edition features AI-generated art.",
        "Arabic version ships with software from Microsoft.",
        "European version lacks the AI features.",
        "Except in Paris, Lyon and Marseille.",
        "Not available for sale in the United States.",
        "One in five adults now works from home at least once a week. (Research by Ipsos MORI)",
        "The film opens in cinemas on Friday. (Written by Ana Lima; produced by Tom Hale)",
        "Words and pictures by Tom Hale",
    ],
)
@pytest.mark.parametrize("layout", ["own paragraph", "after a sentence"])
def test_news_that_shares_a_leftovers_words_survives_fix(tmp_path: Path, news: str, layout: str) -> None:
    if layout == "own paragraph":
        text = f"{HEADLINE}\n\n{BEFORE}\n\n{news}\n\n{AFTER}\n"
    else:
        text = f"{HEADLINE}\n\n{BEFORE} {news}\n\n{AFTER}\n"
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    run_cli("check", str(path), "--fix")
    assert path.read_text(encoding="utf-8") == text


def test_a_chorus_quoted_on_indented_lines_is_one_paragraph_and_keeps_its_refrain(tmp_path: Path) -> None:
    """Indented lines inside a story laid out by blank lines are verse, not paragraphs: the repeated line
    of a refrain is no pasted-twice paragraph, and ``--fix`` leaves it."""
    text = (
        "Crowds sing at vigil\n\n"
        "Thousands gathered in the square on Sunday night and sang the anthem together.\n\n"
        "The chorus, written in 1968, goes:\n"
        "    We will stand together when the long night falls on us\n"
        "    and we will not be moved by any storm that comes\n"
        "    We will stand together when the long night falls on us\n\n"
        "Police said the vigil was peaceful.\n"
    )
    path = tmp_path / "song.txt"
    path.write_text(text, encoding="utf-8")
    result = run_cli("check", str(path), "--select", "WL6", "--fix")
    assert "WL602" not in result.output
    assert path.read_text(encoding="utf-8") == text


def test_a_wire_story_with_indented_hard_wrapped_paragraphs_is_still_read_as_paragraphs(tmp_path: Path) -> None:
    """The same indentation marks paragraphs when they wrap back to the margin (wire copy): the second
    copy of a pasted paragraph is found there."""
    repeated = "    The council approved the budget on Tuesday after a long\ndebate about the cost of repairs.\n"
    text = (
        "COUNCIL BUDGET\n\n"
        f"{repeated}"
        "    Members said the roads needed work before winter and that\nthe money would come from reserves.\n"
        f"{repeated}"
    )
    path = tmp_path / "wire.txt"
    path.write_text(text, encoding="utf-8")
    result = run_cli("check", str(path), "--select", "WL602")
    assert "WL602" in result.output


@pytest.mark.parametrize(
    ("paragraph", "news"),
    [
        ("BLOOMBERG PHOTO / RAHUL GUPTA NOTE: excludes 145,000 from discontinued operations.", "NOTE: excludes"),
        ("Photo: Olga Rossi/HINA NOTE: Dollar amounts were converted at the noon rate.", "NOTE: Dollar"),
        ("Credit - Emeka Obi/Tanjug Morrison, Wilson.", "Morrison, Wilson."),
        ("He was chief financial officer Copyright PA Media, all rights reserved at the group.", "officer"),
        ("\"He is 6ft 4in. Handout/Tanjug So I said, 'have a go at me',\" he said.", "So I said"),
    ],
)
def test_words_a_credit_may_have_run_into_stay(tmp_path: Path, paragraph: str, news: str) -> None:
    """A credit that runs into the text after it (a label's colon, names after its agency, a clause after a
    comma) may have taken the text's words: its fix is unsafe, and ``--fix`` keeps them."""
    path = tmp_path / "story.txt"
    path.write_text(f"{HEADLINE}\n\n{BEFORE}\n\n{paragraph}\n\n{AFTER}\n", encoding="utf-8")
    run_cli("check", str(path), "--fix")
    assert news in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("paragraph", "news"),
    [
        ("EDITORIAL USE ONLY, NO RESALES, BRAZIL AND ITALY OUT 2000 GMT", "2000 GMT"),
        ("Reuters could not verify AFP PHOTO / HO / SANA the footage, officials said.", "Reuters could not verify"),
    ],
)
def test_words_a_notice_may_have_run_into_stay(tmp_path: Path, paragraph: str, news: str) -> None:
    """A notice run onto a kick-off time, or one that stops without a stop before more of its line, may hold
    the text's words: its fix is unsafe, and ``--fix`` keeps them."""
    path = tmp_path / "story.txt"
    path.write_text(f"{HEADLINE}\n\n{BEFORE}\n\n{paragraph}\n\n{AFTER}\n", encoding="utf-8")
    run_cli("check", str(path), "--fix")
    assert news in path.read_text(encoding="utf-8")
