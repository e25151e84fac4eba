"""WL601 (issue 17, integrity23): a bare title before a person's full name ("Boss Harald Voss ...") presupposes the
story's own team or organisation, so the sentence is this story's, even when the name is new and a "he" stands for
it; another story's lede names its organisation first ("Kessling boss Harald Voss ...").

The stories below are my own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from wl6_helpers import check_wl6

from wirelint.text.storysigns import paragraph_signs
from wirelint.text.storytitles import bare_title

HEAD = "Lindqvist agrees move to Valmora\n\n"
OWN = [
    "Dorrow City midfielder Erik Lindqvist has agreed a move to Spanish side Valmora for an undisclosed fee, ending "
    "four seasons at the club.",
    "The Swede, 27, will have a medical on Tuesday and is expected to sign a three-year contract at the Estadio "
    "Norte later in the week.",
    "Lindqvist scored nine goals last season and was named the club's player of the year by supporters in May.",
]
BOSS = "Boss Harald Voss had said that he would be happy to let the Swedish international go if the price was right."
QUOTE = (
    "He added: \"Nobody is bigger than this team, and we wish him every success in his new career abroad. I "
    "would rather have players who want to be here.\""
)
LAST = "Voss is expected to use the money on a new striker before the winter break, with two targets in Portugal."


@pytest.mark.parametrize(
    ("sentence", "bare"),
    [
        ("Boss Harald Voss had said that he would let him go.", True),
        ("Wing Tomasz Rybak is out with a knee injury.", True),
        ("Assistant coach Mara Velden has been put in charge for Saturday's game.", True),
        ("Kessling boss Harald Voss said on Monday that he would resign.", False),
        ("Singer Priya Coulthard has cancelled her tour.", False),
        ("Manager of the month awards were handed out on Friday.", False),
    ],
)
def test_a_bare_title_before_a_full_name_is_told_from_a_qualified_one(sentence: str, bare: bool) -> None:
    assert bare_title(sentence) is bare


def test_a_bare_title_makes_the_sentence_lean_back() -> None:
    [sign] = paragraph_signs("Boss Harald Voss had said that he would be happy to let the Swedish international go.")
    assert sign.leans_back


def test_the_boss_of_the_story_s_club_after_a_full_stop_is_not_another_story(tmp_path: Path) -> None:
    """The Bruce shape: a transfer story whose last paragraph goes on, after an ordinary ". ", with the club's boss
    named for the first time and "he" standing for him; nothing else of the story's names or words is in it."""
    text = HEAD + "\n\n".join([*OWN[:2], f"{OWN[2]} {BOSS}", QUOTE, LAST]) + "\n"
    output = check_wl6(tmp_path, text)
    assert "WL601" not in output, output
