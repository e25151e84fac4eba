"""The twenty-third leftovers pass: leftovers found by their make-up, not their wording.

English machine-translation notes that name a machine, a conversion and the source language or the text
(``text/mtorigin.py``), credits labelled by a word of the picture in any language or with modifiers
(``text/imagelabels.py``), notices written as runs of verbless fragments between a CMS's separators
(``text/noticeruns.py``), and software words in other languages' note tables. Each sentence here is written for
this test; none is a benchmark's template.
"""

from __future__ import annotations

import pytest

from wirelint.api import lint_text
from wirelint.config import Settings
from wirelint.fixer import fix_to_fixed_point

SETTINGS = Settings(select=("WL1",))
BEFORE = "Flood waters receded on Monday, the council said."


def _story(paragraph: str) -> str:
    return f"Storm hits coast\n\n{BEFORE}\n\n{paragraph}\n\nMore rain is forecast.\n"


def _found(paragraph: str) -> list[tuple[str, str, bool]]:
    text = _story(paragraph)
    found = lint_text(text, "story.txt", settings=SETTINGS)
    return [(f.code, text[f.start : f.end], bool(f.fix and f.fix.safe)) for f in found]


def _fixed(text: str) -> str:
    result, _, _ = fix_to_fixed_point(text, lambda source: lint_text(source, "story.txt", settings=SETTINGS), False)
    return result


@pytest.mark.parametrize(
    "note",
    [
        "A program turned this Gujarati report into English automatically.",
        "English text: machine output from the Wolof original.",
        "(Tswana > English, by software)",
        "Computer-rendered from Tibetan.",
        "Our Sesotho copy was put into English by an algorithm.",
    ],
)
def test_an_english_note_naming_a_machine_and_the_source_language_is_reported(note: str) -> None:
    assert [code for code, *_ in _found(note)] == ["WL102"]


@pytest.mark.parametrize(
    "news",
    [
        "The startup's engine renders Gujarati speech into English text, investors said.",
        "A Tibetan dictionary program was released in 2019 by the university.",
        "Software translated 200 pages of the Wolof manuscript in a day.",
        "The Sesotho edition was rendered by hand, not by software.",
    ],
)
def test_news_about_translation_machines_is_not_a_note(news: str) -> None:
    assert _found(news) == []


@pytest.mark.parametrize(
    "note",
    ["Traducido mediante un programa informático.", "Käännetty tietokoneella.", "ترجمه شده توسط برنامج"],
)
def test_software_words_of_other_languages_make_a_note(note: str) -> None:
    assert [code for code, *_ in _found(note)] == ["WL102"]


@pytest.mark.parametrize(
    "credit",
    [
        "Overhead drone picture: the Harbour Police",
        "Ljósmyndir: Sigrun Olafsdottir",
        "Gambar oleh Budi Santoso/Antara",
        "Artwork by Lena Koch for Reuters",
        "(Dashcam footage from the Highways Agency)",
    ],
)
def test_a_credit_labelled_by_a_word_of_the_picture_is_reported_and_fixed_safely(credit: str) -> None:
    assert _found(credit) == [("WL101", credit, True)]
    assert _fixed(_story(credit)) == _story("").replace("\n\n\n\n", "\n\n")


@pytest.mark.parametrize(
    "news",
    [
        "Dashcam footage from the Highways Agency showed the lorry swerving.",
        "Pictures by Lena Koch hang in the town hall until May.",
        "In pictures: Storm Ida in Norway",
    ],
)
def test_news_with_a_word_of_the_picture_and_a_name_is_no_credit(news: str) -> None:
    assert _found(news) == []


def test_a_credit_run_into_the_next_sentence_ends_before_it_and_keeps_its_words() -> None:
    paragraph = "Dashcam footage: the Highways Agency The lorry swerved twice, police said."
    assert _found(paragraph) == [("WL101", "Dashcam footage: the Highways Agency", False)]


@pytest.mark.parametrize(
    "notice",
    [
        "No kiosk screens /// no reprints after 10 days",
        "Licence: single broadcast only; no clips for social media",
        "{no retouching, no composites}",
        "Drone video from a resident ¦ location not independently confirmed",
    ],
)
def test_a_notice_written_as_fragments_between_separators_is_reported(notice: str) -> None:
    assert [code for code, *_ in _found(notice)] == ["WL101"]


@pytest.mark.parametrize(
    "news",
    [
        "No sponsors, no advertising and no fans: the club plays on, its chairman said.",
        "Broadcasters in Peru were barred from airing the game, the league said.",
        "The footage could not be verified, but two residents described the same events.",
        "Dos Santos out for six weeks with a knee injury.",
    ],
)
def test_news_with_the_words_of_a_notice_is_no_notice(news: str) -> None:
    assert _found(news) == []


def test_a_notice_run_dropped_into_a_sentence_is_reported_with_an_unsafe_fix() -> None:
    paragraph = "The river rose and No kiosk screens /// no reprints after 10 days officials said it would fall."
    found = _found(paragraph)
    assert [(code, safe) for code, _, safe in found] == [("WL101", False)]
    assert found[0][1].startswith("No kiosk screens /// no reprints")
