"""The twenty-first leftovers pass: shapes round twenty-eight and an outside evaluation found weak.

A note that ends on its own stop takes no second one with its fix, selling words the notices' data lists reach
the prefilter too and are scored in the frame of a rule ("must not be used for ..."), capitals quoted after a
verb of saying or showing stay the story's. Each sentence here is written for this test.
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


def _found(paragraph: str) -> list[tuple[str, str]]:
    text = _story(paragraph)
    return [(f.code, text[f.start : f.end]) for f in lint_text(text, "story.txt", settings=SETTINGS)]


def _fixed(text: str) -> str:
    result, _, _ = fix_to_fixed_point(text, lambda source: lint_text(source, "story.txt", settings=SETTINGS), False)
    return result


def test_a_note_that_ends_on_its_own_stop_takes_no_second_one() -> None:
    paragraph = "Deze tekst is automatisch vertaald. . ''We want an answer,'' the farmer said."
    assert _found(paragraph) == [("WL102", "Deze tekst is automatisch vertaald.")]
    assert _fixed(_story(paragraph)) == _story(". ''We want an answer,'' the farmer said.")


@pytest.mark.parametrize(
    "notice",
    [
        "Not for publicity or sponsorship.",
        "MUST NOT BE USED FOR ADVERTISING OR MARKETING.",
        "Not to be used for commercial or promotional purposes.",
        "Not for use in advertising, marketing or promotions.",
        "No covers",
        "no publicity use",
        "usage within 48 hours only",
        "single-use rights only",
    ],
)
def test_selling_words_and_limits_of_use_are_a_notice(notice: str) -> None:
    assert _found(notice) == [("WL101", notice)]


@pytest.mark.parametrize(
    "news",
    [
        "The land is not to be used for commercial purposes under the deal, the mayor said.",
        "There will be no publicity, the minister said.",
        "The photos cannot be used for advertising, the court ruled.",
    ],
)
def test_news_with_selling_words_stays_quiet(news: str) -> None:
    assert _found(news) == []


@pytest.mark.parametrize(
    ("news", "capitals"),
    [
        ("The sign read: NOT FOR MARKETING OR ADVERTISING.", "NOT FOR MARKETING OR ADVERTISING."),
        (
            "Protesters held banners saying NO SALES OF PUBLIC LAND and NOT FOR COMMERCIAL USE outside the town hall.",
            "NOT FOR COMMERCIAL USE",
        ),
        ("A placard at the gate read: NO ARCHIVES, NO SALES.", "NO ARCHIVES, NO SALES."),
    ],
)
def test_capitals_quoted_after_a_verb_of_saying_are_the_storys(news: str, capitals: str) -> None:
    assert _found(news) == []
    assert _found(f"Rivers rose on Monday. {capitals}") == [("WL101", capitals)]  # alone: a notice


@pytest.mark.parametrize(
    "news",
    [
        "The app's new Conversation Translate feature, powered by Gemini, works in 40 languages.",
        "Users can switch on Auto Translate in the settings menu, which uses Microsoft's AI.",
        "The Galaxy phone's Interpreter mode, driven by on-device AI, translates calls in real time.",
        "Mistakes in an auto-translated menu went viral after a diner posted photos.",
    ],
)
def test_a_product_feature_with_its_own_verb_is_news(news: str) -> None:
    assert _found(news) == []
    assert _found(f"{BEFORE} {news} Residents returned.") == []


@pytest.mark.parametrize(
    "note",
    ["This article was translated with the help of AI.", "This is an auto-translated article."],
)
def test_a_note_on_the_text_is_still_found(note: str) -> None:
    assert _found(note) == [("WL102", note)]


@pytest.mark.parametrize(
    "note",
    [
        "Translation by SYSTRAN, no human review.",
        "Original in Georgian, English by SYSTRAN.",
        "Original in Malay, English by Youdao.",
        "The English version was produced automatically.",
        "Text translated by software, may contain errors.",
    ],
)
def test_a_note_naming_its_engine_or_its_making_is_found(note: str) -> None:
    assert _found(note) == [("WL102", note)]


def test_a_bracketed_note_with_a_rider_inside_a_sentence_is_found() -> None:
    note = "(Text translated by software, may contain errors)"
    assert _found(f"Rivers rose on Monday, {note} officials said.") == [("WL102", note)]


@pytest.mark.parametrize(
    "news",
    [
        "The letter, translated by software, may contain errors, officials said.",
        "She speaks Spanish by choice, her brother said.",
        "The car was produced automatically at the new plant.",
    ],
)
def test_news_with_a_notes_words_stays_quiet(news: str) -> None:
    assert _found(news) == []


@pytest.mark.parametrize(
    "credit",
    [
        "Origin of photo: Reuters",
        "Copyright for the picture: Jane Doe/Reuters",
        "Provenance of the image: AP Photo/Jane Doe",
        "Photo courtesy of: the Coast Guard",
        "(Fotky: Petra Dvorak)",
        "Фото: Олена Петренко",
    ],
)
def test_a_credit_under_a_head_or_a_slavic_label_is_found_whole(credit: str) -> None:
    assert _found(credit) == [("WL101", credit)]


@pytest.mark.parametrize(
    "news",
    ["The Queen of Hearts: a review.", "Head of photography Jane Smith said the pictures were taken in May."],
)
def test_a_head_like_opening_in_the_news_stays_quiet(news: str) -> None:
    assert _found(news) == []


@pytest.mark.parametrize(
    ("paragraph", "notice"),
    [
        (
            "handout: supplied by the Qatar press office // single-use rights only",
            "handout: supplied by the Qatar press office // single-use rights only",
        ),
        (
            "Rivers rose on Monday. the authenticity of this handout cannot be verified",
            "the authenticity of this handout cannot be verified",
        ),
        ("Rivers rose on Monday, (colombia out. no archive use) officials said.", "(colombia out. no archive use)"),
        ("(QATAR - OUT)", "(QATAR - OUT)"),
        (
            "Rivers rose on Monday in the north\nof the country. Kenya Out // No Resales // No Archives\nIt rained.",
            "Kenya Out // No Resales // No Archives",
        ),
    ],
)
def test_a_notice_in_title_case_or_small_letters_is_found(paragraph: str, notice: str) -> None:
    assert _found(paragraph) == [("WL101", notice)]


@pytest.mark.parametrize(
    "news",
    [
        "Kenya Out Of World Cup After Defeat By Ghana",
        "Rivers rose (the agency could not verify the footage) on Monday.",
        "Rivers rose. the agency said it could not independently verify the footage",
        "Profit fell to 3 mln dlrs (no profit or loss) in the quarter.",
    ],
)
def test_title_case_and_small_letters_in_the_news_stay_quiet(news: str) -> None:
    assert _found(news) == []
