"""News about machine translation and notices' words in a news clause are no leftovers (issue 14 s.3; review19).

A sentence that reports on translation (a source's claim, a translation engine as a company or product of a
business verb) is the story's, while the note's own text stays a marker. A bracket in small letters inside a
running sentence whose notice words end on a time or a place ("(no sales in January)") is the sentence's
circumstance; a notice's complete shape (bare, in capitals, with items of its own) is still found.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli

LEAD = "The minister met union leaders on Tuesday."


def _codes(tmp_path: Path, paragraph: str) -> str:
    path = tmp_path / "story.txt"
    path.write_text(f"Talks resume\n\n{LEAD}\n\n{paragraph}\n\nMore talks are planned.\n", encoding="utf-8")
    return run_cli("check", str(path), "--select", "WL1").output


MT_NEWS = [
    "DeepL, a German translation engine, raised $100 million in funding on Monday.",
    "Lawyers said this English text was produced by Google Translate and contained errors.",
    "Google produced this translation engine in 2016.",
]


@pytest.mark.parametrize("sentence", MT_NEWS)
def test_news_about_machine_translation_is_no_marker(tmp_path: Path, sentence: str) -> None:
    assert "WL102" not in _codes(tmp_path, sentence)


MT_NOTES = [
    "This text was produced by DeepL.",
    "This English text was produced by Google Translate.",
    "DeepL produced this translation.",
    "The court heard evidence. This English text was produced by Google Translate.",
]


@pytest.mark.parametrize("note", MT_NOTES)  # guards: found before the change too
def test_a_notes_own_text_stays_a_marker(tmp_path: Path, note: str) -> None:
    assert "WL102" in _codes(tmp_path, note)


NOTICE_NEWS = [
    "The newspaper (no sales in January) was closed, the union said.",
    "Shares in the firm (not for sale in the US) rose 3 percent.",
    "The new model (not for sale in France) was shown at the fair.",
    "Its cheapest tickets (no sales until March) went quickly.",
]


@pytest.mark.parametrize("sentence", NOTICE_NEWS)
def test_a_notice_word_with_a_time_or_market_in_a_sentence_is_news(tmp_path: Path, sentence: str) -> None:
    assert "WL101" not in _codes(tmp_path, sentence)


NOTICES = [
    "The flood waters (no sales) reached the town square.",
    "The flood waters (NO SALES IN FRANCE) reached the town square.",
    "The flood waters (NO SALES. NO ARCHIVES) reached the town square.",
    "The flood waters (no sales; no archives) reached the town square.",
    "Flood waters rose on Monday. (no sales in January) The river fell later.",
]


@pytest.mark.parametrize("sentence", NOTICES)  # guards: found before the change too
def test_a_notice_with_its_complete_shape_is_still_found(tmp_path: Path, sentence: str) -> None:
    assert "WL101" in _codes(tmp_path, sentence)
