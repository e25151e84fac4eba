"""The leftovers26 pass: notices and MT notes by shapes the rules did not know.

Market restrictions by a nationality or places and an outlet or a channel (``text/markets.py``), licensing terms
(``[lexicon.notices]`` strong terms and ``products``), editors' advisories (``text/advisories.py``), a notice that
is the whole of a bracket inside a sentence (``text/bracketed.py``), notes naming a translation engine, and notes
under a "Translation note:" label (``text/mtlabels.py``). Each sentence here is written for this test; none is a
benchmark's template.
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
    "notice",
    [
        "NO KENYAN OR UGANDAN DAILIES",
        "no belgian weeklies",
        "Peruvian television out",
        "Radio out in Ecuador and Peru",
        "no customers in bolivia or peru.",
        "must not be aired in ecuador",
        "available to subscribers outside kenya only.",
        "KENYAN PAPERS OUT - NO UGANDAN WEBSITES",
    ],
)
def test_a_market_restriction_is_reported_whole_in_any_case(notice: str) -> None:
    """Reported whole; a short negation in ordinary case ("no belgian weeklies") keeps an unsafe fix, as every
    run of plain negations does (a reporter may list what a place goes without)."""
    assert [(code, span) for code, span, _ in _found(notice)] == [("WL101", notice)]


def test_a_market_restriction_in_capitals_on_its_line_has_a_safe_fix() -> None:
    assert _found("NO KENYAN OR UGANDAN DAILIES") == [("WL101", "NO KENYAN OR UGANDAN DAILIES", True)]


@pytest.mark.parametrize(
    "news",
    [
        "Kenyan newspapers were banned from the court, the union said.",
        "The judge said the report must not be aired in Ecuador before the trial.",
        "TV sales in Ecuador doubled last year, the retailer said.",
        "No subscribers in Bolivia lost service, the operator said.",
    ],
)
def test_news_about_outlets_and_countries_is_not_a_restriction(news: str) -> None:
    assert _found(news) == []


@pytest.mark.parametrize(
    "notice",
    [
        "Usage fee payable on publication.",
        "Not for use in lotteries or quizzes.",
        "Valid for one broadcast only.",
        "Copying without the express permission of the photographer is prohibited.",
        "No use alongside unofficial club crests or fixture lists.",
        "Licence fee payable upon application.",
        "Charges apply for all online use.",
        "No copying without prior permission.",
        "Not for use in gambling apps.",
    ],
)
def test_a_licensing_term_is_a_notice(notice: str) -> None:
    assert [code for code, *_ in _found(notice)] == ["WL101"]


@pytest.mark.parametrize(
    "news",
    [
        "The usage fee for the stadium rose by a third, the club said.",
        "Quiz nights and lotteries raised £2,000 for the school.",
        "The museum printed the photos without the express permission of the family, critics said.",
        "The bank said charges apply for any overdraft.",
    ],
)
def test_news_about_fees_and_consent_is_not_a_notice(news: str) -> None:
    assert _found(news) == []


@pytest.mark.parametrize(
    "advisory",
    [
        "NOTE TO PICTURE DESKS: IMAGE SHOWS BODIES AT THE SCENE",
        "Viewer advisory - distressing scenes of the wounded",
        "Editors' alert: graphic images",
    ],
)
def test_an_editors_advisory_on_its_own_line_is_reported(advisory: str) -> None:
    assert _found(advisory) == [("WL101", advisory, True)]


def test_an_advisory_chained_to_a_notice_is_one_finding() -> None:
    advisory = "Attention editors - picture shows the dead ++ press use only"
    assert _found(advisory) == [("WL101", advisory, True)]


@pytest.mark.parametrize(
    "news",
    [
        "Warning: the death toll may rise, officials said.",
        "The channel said the graphic footage of the injured would not be shown again.",
    ],
)
def test_news_about_graphic_pictures_is_not_an_advisory(news: str) -> None:
    assert _found(news) == []


@pytest.mark.parametrize(
    "bracket", ["(press use only)", "[NO BELGIAN WEEKLIES]", "(usage fee payable)", "(disturbing images advisory)"]
)
def test_a_bracketed_notice_inside_a_sentence_is_reported_with_an_unsafe_fix(bracket: str) -> None:
    """Inside a running sentence a bracket may be the sentence's news: the editor's call (text/bracketed.py)."""
    paragraph = f"Residents of the valley {bracket} began to clean up on Tuesday."
    assert _found(paragraph) == [("WL101", bracket, False)]
    assert _fixed(_story(paragraph)) == _story(paragraph)


@pytest.mark.parametrize(
    "note",
    [
        "English version produced by OpenNMT.",
        "This Swedish report was produced by Apertium.",
        "Translated with Argos Translate from the Estonian.",
        "Swedish copy by LibreTranslate.",
        "Apertium produced this translation from the Catalan.",
    ],
)
def test_a_note_naming_a_translation_engine_is_reported(note: str) -> None:
    assert _found(note) == [("WL102", note, True)]


def test_news_comparing_engines_with_human_translators_is_not_a_note() -> None:
    assert _found("Linguists compared DeepL with human translators on court papers.") == []


def test_a_labelled_note_in_another_language_inside_a_sentence_is_reported_with_its_label() -> None:
    note = "Translation note: Tõlgitud tehisintellekti tööriistaga."
    found = _found(f"The mayor said he is planning {note} to rebuild the bridge.")
    assert [(code, span) for code, span, _ in found] == [("WL102", note)]
