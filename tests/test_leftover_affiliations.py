"""The twelfth leftovers pass (issue 14): credits whose outlet has no agency's word, credit labels in other
languages and scripts, and the lines that only look like credits: candidates with their parties, panels with
their institutions, a figure's source. Invented stories through the API; the fixes through the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import only
from test_leftover_eleventh_pass import _fixed

OPENING = "The count in Kirkby ward went on past midnight, officials said."
CLOSING = "Turnout was 41%, the returning officer said."


def _story(paragraph: str) -> str:
    return f"Council count\n\n{OPENING}\n\n{paragraph}\n\n{CLOSING}\n"


def _reported(text: str) -> list[str]:
    return [text[f.start : f.end] for f in only("WL101", text)]


@pytest.mark.parametrize(
    "credit",
    [
        "Moira Tulloch/Valley Chronicle",
        "Idris Kamara/Northern Echo/File",
        "Photo: Moira Tulloch/Lakeland Evening Gazette",
        "Ines Barros/Daily Courant",
    ],
)
def test_a_name_and_a_papers_name_after_a_slash_is_a_credit(credit: str) -> None:
    assert _reported(_story(f"Turnout fell. {credit}")) == [credit]


@pytest.mark.parametrize(
    "credit",
    ["摄影：Moira Tulloch", "攝影：dpa/Moira Tulloch", "撮影：Idris Kamara/Kyodo", "تصوير: Idris Kamara/AFP"],
)
def test_a_credit_labelled_in_a_script_without_capitals_is_a_credit(credit: str) -> None:
    assert _reported(_story(credit)) == [credit]


@pytest.mark.parametrize(
    ("sentence", "credit"),
    [
        ("The mayor was Kuva: Idris Kamara/Lehtikuva pleased with the result.", "Kuva: Idris Kamara/Lehtikuva"),
        ("Voters Zdjęcie: Ines Barros/PAP queued for an hour.", "Zdjęcie: Ines Barros/PAP"),
        ("The hall was 摄影：Ines Barros/Xinhua full by noon.", "摄影：Ines Barros/Xinhua"),
    ],
)
def test_a_credit_labelled_in_another_language_inside_a_sentence_is_reported_with_an_unsafe_fix(
    sentence: str, credit: str
) -> None:
    text = _story(sentence)
    findings = only("WL101", text)
    assert [text[f.start : f.end] for f in findings] == [credit]
    assert findings[0].fix is not None and not findings[0].fix.safe


@pytest.mark.parametrize(
    "paragraph",
    [
        "Top, Moira Tulloch/Labour",
        "Top, Moira Tulloch/Green\nMiddle, Idris Kamara/Conservative\nBottom, Ines Barros/Plaid Cymru",
        "Left, Moira Tulloch/Sinn Féin; right, Idris Kamara/Alliance",
        "Moira Tulloch/Liberal Democrat won 38% of the vote in Kirkby.",
        "Moira Tulloch/Independent, Idris Kamara/SNP and Ines Barros/Reform UK stood in Kirkby.",
        "Candidates: Moira Tulloch/Labour, Idris Kamara/Fine Gael",
        "Speakers: Moira Tulloch/SOAS, Idris Kamara/UEA",
        "Panel: Moira Tulloch/University of Kent, Idris Kamara/Imperial College",
        "Source: ONS",
        "Unemployment rose to 5.1%. Source: Destatis",
        "Sources: Eurostat, company reports",
    ],
)
def test_candidates_panels_and_a_figures_source_are_no_credits(paragraph: str) -> None:
    assert _reported(_story(paragraph)) == []


@pytest.mark.parametrize(
    "credit",
    [
        "Top, Moira Tulloch/AFP",
        "Photo: Moira Tulloch/Labour Party",
        "Moira Tulloch/The Independent",
        "Above: Moira Tulloch/Kirkby Independent",
        "Source: AFP",
    ],
)
def test_an_agency_a_picture_word_or_an_outlets_article_keeps_a_credit(credit: str) -> None:
    """A guard on the quiet lines above: a party's handout picture is credited with a picture word, a paper
    that shares a party's word keeps its article or its town, and an agency makes a source a picture's."""
    assert _reported(_story(credit)) == [credit]


def test_a_labelled_credit_whose_organisation_runs_on_into_the_sentence_keeps_the_sentence(tmp_path: Path) -> None:
    text = _story("Above: Moira Tulloch/Goldman Sachs bankers met the council on Monday.")
    assert _reported(text)  # reported, for an editor to judge
    assert _fixed(tmp_path, text) == text  # no safe fix takes a word of it


@pytest.mark.parametrize(
    "paragraph",
    [
        "Turnout fell. Photos of Moira Tulloch with Valley Chronicle editors circulated online.",
        "    Votes 4,210 vs 3,980 Pictured: Idris Kamara, the Green candidate for Kirkby",
    ],
)
def test_a_photo_of_someone_and_who_is_pictured_are_no_credits(paragraph: str) -> None:
    """"Photos of NAME" before a word in small letters is a sentence's subject, as "Photographs by NAME hang"
    is; a picture's place and one name say who is in the picture, not who took it."""
    assert _reported(_story(paragraph)) == []

