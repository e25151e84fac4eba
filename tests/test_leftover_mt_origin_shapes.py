"""English machine-translation notes read by their shape (``text/mtorigin.py``, issue 14): which words name the
note's own text, and which make a sentence of the story.

Only "this", "these" or "our" before a text word, or a bare "the <version word>" with no "of <something>" after
it, names the note's own text; a conversion done again and again ("each night") or in the present tense is news
of a practice; a noun phrase after the last comma ("a practice readers dislike") and a passive verb that is no
conversion ("was posted") go on with the story. Each sentence here is written for this test.
"""

from __future__ import annotations

import pytest

from wirelint.api import lint_text
from wirelint.config import Settings

SETTINGS = Settings(select=("WL1",))


def _found(paragraph: str) -> list[tuple[str, str, bool]]:
    text = f"Storm hits coast\n\nFlood waters receded on Monday, the council said.\n\n{paragraph}\n"
    found = lint_text(text, "story.txt", settings=SETTINGS)
    return [(f.code, text[f.start : f.end], bool(f.fix and f.fix.safe)) for f in found]


@pytest.mark.parametrize(
    "note",
    [
        "(Dutch original; English via DeepL)",
        "(Basque original; English through Google Translate)",
        "Unedited machine output, originally in Farsi.",
        "Unedited computer output, originally in Tagalog.",
    ],
)
def test_a_verbless_note_naming_the_original_and_the_machine_is_reported_and_fixed_safely(note: str) -> None:
    """A note of fragments (the original's language; English via a machine) or one opened by a participle before
    the machine is a note, deleted whole."""
    assert _found(note) == [("WL102", note, True)]


@pytest.mark.parametrize(
    "note",
    [
        "This version of the article was translated by software from Spanish.",
        "The English version was produced automatically from the Hindi original.",
        "Our English edition was produced by software from the Uzbek original.",
        "These English versions were produced by software from Danish originals.",
    ],
)
def test_the_notes_own_text_still_opens_a_note(note: str) -> None:
    """A "this", "these" or "our" before a text word, "this version of the article", or a bare "the English
    version" with nothing of another thing after it, is the note's own text."""
    assert _found(note) == [("WL102", note, True)]


@pytest.mark.parametrize(
    "news",
    [
        "Unedited machine output, originally in Farsi, was posted by the ministry.",
        "The Dutch original; English via DeepL was cited in court.",
        "Students learned English via DeepL during the pandemic.",
        "Our Urdu service produces machine-translated English every day.",
        "This edition of the Farsi newspaper was produced with AI from English.",
        "The Catalan version of the song was made by software from the Spanish lyrics.",
    ],
)
def test_news_shaped_like_a_note_is_not_a_note(news: str) -> None:
    """A passive verb that is no conversion, a habit, an appositive after the last comma or a version "of" some
    other thing makes a sentence of the story."""
    assert _found(news) == []
