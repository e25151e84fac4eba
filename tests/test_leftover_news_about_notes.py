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


QUIET = [
    ("WL102", "DeepL, a German translation engine, raised $100 million in funding on Monday."),
    ("WL102", "Lawyers said this English text was produced by Google Translate and contained errors."),
    ("WL102", "Google produced this translation engine in 2016."),
    ("WL101", "The newspaper (no sales in January) was closed, the union said."),
    ("WL101", "Shares in the firm (not for sale in the US) rose 3 percent."),
    ("WL101", "The new model (not for sale in France) was shown at the fair."),
    ("WL101", "Its cheapest tickets (no sales until March) went quickly."),
]
"""News about translation, and a notice's words with a time or market in a news clause: each failed before."""

FOUND = [
    ("WL102", "This text was produced by DeepL."),
    ("WL102", "This English text was produced by Google Translate."),
    ("WL102", "DeepL produced this translation."),
    ("WL102", "The court heard evidence. This English text was produced by Google Translate."),
    ("WL102", "Officials said DeepL translation from the Greek. the plan will cost more."),
    ("WL101", "The flood waters (no sales) reached the town square."),
    ("WL101", "The flood waters (NO SALES IN FRANCE) reached the town square."),
    ("WL101", "The flood waters (NO SALES. NO ARCHIVES) reached the town square."),
    ("WL101", "The flood waters (no sales; no archives) reached the town square."),
    ("WL101", "Flood waters rose on Monday. (no sales in January) The river fell later."),
    ("WL101", "The flood waters (editorial use only in the UK) reached the town square."),
]
"""A note's own text and a notice's complete shape (guards: found before the change too; the last one
after the first cut of this change too, which read any small-letter bracket with a place as news)."""


@pytest.mark.parametrize(("code", "sentence"), QUIET)
def test_news_about_a_note_or_notice_is_quiet(tmp_path: Path, code: str, sentence: str) -> None:
    assert code not in _codes(tmp_path, sentence)


@pytest.mark.parametrize(("code", "sentence"), FOUND)
def test_a_notes_own_text_or_a_whole_notice_is_still_found(tmp_path: Path, code: str, sentence: str) -> None:
    assert code in _codes(tmp_path, sentence)
