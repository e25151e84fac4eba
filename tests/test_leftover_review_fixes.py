"""Review fixes of the tenth leftovers pass (issue 14), through the CLI and the fixer as a user runs them: an
agency of any length before its photo word inside a sentence is reported whole; a label of where the picture
stands before a name and a sentence of news is no credit; a sentence reporting on a translation is no marker;
a run of capitals quoted in a sentence of news is the story's, not a notice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli

TITLE = "Talks\n\n"


def _found(tmp_path: Path, body: str, select: str = "WL101") -> list[str]:
    """The text of each finding of ``select`` in a story of ``body``."""
    path = tmp_path / "story.txt"
    path.write_text(TITLE + body + "\n", encoding="utf-8")
    result = run_cli("check", str(path), "--select", select, "--format", "json")
    lines = body.split("\n")
    return [
        lines[finding["line"] - 3][finding["column"] - 1 : finding["end_column"] - 1]
        for finding in json.loads(result.output or "[]")
        if finding["line"] == finding["end_line"]
    ]


def _fixed(tmp_path: Path, body: str, *extra: str) -> str:
    path = tmp_path / "fix.txt"
    path.write_text(TITLE + body + "\n", encoding="utf-8")
    run_cli("check", str(path), "--fix", "--select", "WL101", *extra)
    return path.read_text(encoding="utf-8")[len(TITLE) : -1]


@pytest.mark.parametrize(
    "credit",
    [
        "AFP PHOTO: John Smith",
        "Press Trust of India PHOTO: John Smith",
        "Korean Central News Agency Photo: John Smith",
        "Middle East News Agency photo/John Smith",
        "Agencia de Informacao de Mocambique PHOTO: John Smith",
    ],
)
def test_an_agency_of_any_length_before_its_photo_inside_a_sentence_is_reported_whole(
    tmp_path: Path, credit: str
) -> None:
    body = f"The minister had been {credit} achieved a lot in the talks on Monday."
    assert _found(tmp_path, body) == [credit]
    fixed = _fixed(tmp_path, body, "--unsafe-fixes")
    assert fixed == "The minister had been achieved a lot in the talks on Monday.", "the whole credit goes, no news"


@pytest.mark.parametrize(
    ("body", "fixed"),
    [
        ("Mandatory credit John Smith - Reuters", ""),
        (
            "The talks ended on Monday, officials said. Mandatory credit John Smith - Reuters",
            "The talks ended on Monday, officials said.",
        ),
    ],
)
def test_a_bare_mandatory_credit_with_a_dash_is_fixed_safely_removing_only_the_credit(
    tmp_path: Path, body: str, fixed: str
) -> None:
    assert _found(tmp_path, body) == ["Mandatory credit John Smith - Reuters"]
    assert _fixed(tmp_path, body).strip() == fixed


def test_a_bare_mandatory_credit_before_a_sentence_is_not_fixed_safely(tmp_path: Path) -> None:
    body = "Mandatory credit John Smith - Reuters The talks ended on Monday."
    assert _fixed(tmp_path, body) == body, "its end is not sure: only --unsafe-fixes may take it"


@pytest.mark.parametrize("place", ["Top", "Left", "Main", "Above"])
def test_a_place_label_before_a_name_and_a_sentence_of_news_is_no_credit(tmp_path: Path, place: str) -> None:
    body = f"{place}: Roger Federer - Switzerland held on to first place in the rankings."
    assert _found(tmp_path, body) == []


@pytest.mark.parametrize(
    "credit",
    ["Top: Roger Federer - Reuters", "Left: Roger Federer / Getty Images", "Above: Yara Khalil/Cape Argus"],
)
def test_a_place_label_before_a_credit_closing_its_line_is_still_a_credit(tmp_path: Path, credit: str) -> None:
    body = f"Roofs were torn off in the night, the fire service said.\n\n{credit}"
    assert _found(tmp_path, body) == [credit]
    assert _fixed(tmp_path, body).strip() == "Roofs were torn off in the night, the fire service said."


@pytest.mark.parametrize(
    "sentence",
    [
        "Translated with DeepL and checked by the editor Maria Lopez, the letter was read aloud in court on Monday.",
        "Translated by AI from German, the letter was read aloud in court on Monday.",
        "Translated from German by Google Translate, the ruling has been published in full.",
    ],
)
def test_a_sentence_reporting_on_a_translation_is_no_marker(tmp_path: Path, sentence: str) -> None:
    assert _found(tmp_path, sentence, "WL102") == []


@pytest.mark.parametrize(
    "note",
    [
        "Translated with DeepL and not checked by an editor",
        "This article was translated by AI, the original may differ.",
    ],
)
def test_a_note_with_a_rider_about_the_text_is_still_a_marker(tmp_path: Path, note: str) -> None:
    assert _found(tmp_path, f"{note}\n\nThe minister said the talks had ended.", "WL102")


@pytest.mark.parametrize(
    "sentence",
    [
        "Fans held banners reading NO SALES OUTSIDE THE EU and chanted.",
        "Fans held banners reading NO USE IN FRANCE and chanted.",
        'Protesters carried signs saying "NO SALES OUTSIDE THE EU" as they marched.',
        "The placard read NO USE IN FRANCE and was torn down.",
        "Crowds waved flags with the words NO SALES OUTSIDE THE EU on them.",
    ],
)
def test_capitals_quoted_in_a_sentence_of_news_are_no_notice(tmp_path: Path, sentence: str) -> None:
    assert _found(tmp_path, sentence) == []
    assert _fixed(tmp_path, sentence, "--unsafe-fixes") == sentence


@pytest.mark.parametrize(
    ("body", "notice"),
    [
        ("Residents returned. EDITORIAL USE ONLY. NO SALES", "EDITORIAL USE ONLY. NO SALES"),
        ("Flood waters receded. NOT FOR USE IN PRINT OR ONLINE IN INDIA", "NOT FOR USE IN PRINT OR ONLINE IN INDIA"),
        ("Flood waters receded. NO SALES OUTSIDE THE EU", "NO SALES OUTSIDE THE EU"),
    ],
)
def test_a_notice_run_on_after_a_sentence_is_still_found_and_fixed(tmp_path: Path, body: str, notice: str) -> None:
    assert _found(tmp_path, body) == [notice]
    assert _fixed(tmp_path, body).strip() == body[: body.index(notice)].strip()


def test_a_note_dropped_inside_a_sentence_with_a_clause_after_a_comma_is_still_found(tmp_path: Path) -> None:
    sentence = (
        "Rolls-Royce, the engine maker, also said it plans to make engine Machine-translated by DeepL and reviewed"
        " by no editor parts, with an initial investment of $6.5m."
    )
    assert _found(tmp_path, sentence, "WL102") == ["Machine-translated by DeepL"]
