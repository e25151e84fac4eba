"""Fifteenth leftovers pass (issue 14): run-ons before "A" and before an acronym, captions labelled with a comma.

Each shape is tested on invented stories through the API, with look-alikes that must stay quiet, and the
comma-labelled credit through the CLI's ``--fix`` as a user runs it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import only
from test_leftover_eleventh_pass import _fixed

CLOSING = "Talks resume next week, the ministry said."


def _story(paragraph: str) -> str:
    return "Harbour strike ends\n\n" + paragraph + "\n\n" + CLOSING + "\n"


def _found(code: str, text: str) -> list[str]:
    return [text[f.start : f.end] for f in only(code, text)]


@pytest.mark.parametrize(
    ("paragraph", "run_on"),
    [
        ('The port was fined for "repeated delays" (€3.2m).A Maersk manager declined to comment.', ").A"),
        ("The port was fined €3.2m.A Maersk manager declined to comment.", "€3.2m.A"),
        ("Throughput fell 12%.A Hapag-Lloyd director blamed the weather.", "12%.A"),
        ("The union won a pay rise (backdated).A Labour councillor welcomed it.", ").A"),
    ],
)
def test_a_one_letter_a_before_a_name_after_an_amount_or_a_bracket_is_a_run_on(paragraph: str, run_on: str) -> None:
    assert _found("WL501", _story(paragraph)) == [run_on]


@pytest.mark.parametrize(
    ("paragraph", "run_on"),
    [
        ("The strike was covered by local radio.RTE News Friday bulletin led with it.", "radio.RTE"),
        ("Dockers voted to return to work.GMB Scotland officials were not consulted.", "work.GMB"),
    ],
)
def test_an_acronym_and_a_space_after_a_sentence_in_small_letters_is_a_run_on(paragraph: str, run_on: str) -> None:
    assert _found("WL501", _story(paragraph)) == [run_on]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The agreement was signed by K.A. Ruiz on behalf of the dockers.",
        "The U.S.A. Team of negotiators arrived on Monday.",
        "The clause, No.A Seven, was struck out.",
        "The union posted the ballot on news.GMB.org.uk overnight.",
        "The mediator holds a Ph.D Degree in labour law.",
        "Pickets left at 6 a.m.BST Time was kept by the shift.",
        "The deal rose to 3.5.A Maersk note gave no reason.",
        "The forms were saved as claims.PDF Files for the tribunal.",
        "The terminal software runs on the.NET Framework.",
    ],
)
def test_initials_abbreviations_decimals_domains_and_files_stay_quiet(paragraph: str) -> None:
    assert only("WL501", _story(paragraph)) == []


def test_a_comma_labelled_credit_alone_on_its_line_is_reported() -> None:
    text = _story("Below, Oskari Nieminen/Lehtikuva")
    assert _found("WL101", text) == ["Below, Oskari Nieminen/Lehtikuva"]


def test_a_comma_labelled_credit_at_the_end_of_a_news_paragraph_is_deleted_by_the_safe_fix(tmp_path: Path) -> None:
    news = "Cranes stood idle for a third day, port officials said."
    text = _story(f"{news} Pictured, Ingrid Solberg/NTB")
    assert _found("WL101", text) == ["Pictured, Ingrid Solberg/NTB"]
    assert _fixed(tmp_path, text, "--select", "WL101") == _story(news)


def test_a_comma_labelled_credit_is_read_like_the_same_credit_with_a_colon() -> None:
    comma, colon = _story("Top, Lena Hart/Daily Courier"), _story("Top: Lena Hart/Daily Courier")
    assert [(f.start, f.end, f.fix.safe if f.fix else None) for f in only("WL101", comma)] == [
        (f.start, f.end, f.fix.safe if f.fix else None) for f in only("WL101", colon)
    ]
    assert only("WL101", comma)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Above, the gulls circled the empty quay as the pickets went home.",
        "Left, right and centre, the parties backed the deal, officials said.",
        "Top, Mayor Anna Holm said the strike had cost the city dearly.",
        "Below, Harbour Road was closed to lorries until noon.",
        "Pictured, the dockers wore union sashes and carried flags.",
        "Above, Lazard Freres/Goldman Sachs bankers advised the port on the sale.",
    ],
)
def test_news_opening_with_a_place_word_and_a_comma_stays_quiet(paragraph: str) -> None:
    assert only("WL101", _story(paragraph)) == []
