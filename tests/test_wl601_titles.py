"""WL601 (issue 17, integrity23, integrity24): a bare title before a person's full name ("Boss Harald Voss ...")
presupposes the story's own team or organisation, so the sentence is this story's, even when the name is new and a
"he" stands for it; another story's lede names its organisation first ("Kessling boss Harald Voss ..."). The sign is
weak (integrity24): it counts only in a story of the title's domain, and not when the sentence names a team, an
organisation or a place of its own the story has not met ("Coach ... has been sacked after Scotland lost ...").

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
        ("Former chairman Odile Brack has died at the age of 81.", False),
    ],
)
def test_a_bare_title_before_a_full_name_is_told_from_a_qualified_one(sentence: str, bare: bool) -> None:
    assert bare_title(sentence) is bare


def test_a_bare_title_leans_back_only_in_a_story_of_its_domain() -> None:
    [sign] = paragraph_signs("Boss Harald Voss had said that he would be happy to let the midfielder go.")
    assert not sign.leans_back
    assert sign.continues({"club", "season"}, set())
    assert not sign.continues({"flood", "river"}, set())


def test_a_bare_title_does_not_lean_back_when_the_sentence_names_a_team_of_its_own() -> None:
    [sign] = paragraph_signs("Coach Mara Velden has been sacked after Kessling Rovers lost their sixth game in a row.")
    assert not sign.continues({"club", "season"}, set())
    assert sign.continues({"club", "season"}, {"kessl", "rover"})


def test_an_honorific_rank_in_a_story_of_another_domain_does_not_lean_back() -> None:
    [sign] = paragraph_signs("Captain Alfred Dunmore has walked 100 laps of his garden to raise money for nurses.")
    assert not sign.continues({"hospit", "nurs", "money"}, set())


FLOOD = [
    "Hundreds of homes in Ashcombe were evacuated on Sunday after the River Wendle burst its banks following two "
    "days of heavy rain.",
    "The Environment Agency issued three severe flood warnings for the valley and said water levels were still "
    "rising overnight.",
    "Volunteers filled sandbags at the village hall while firefighters used boats to reach residents trapped "
    "upstairs. Several roads were closed and two primary schools will stay shut until Wednesday.",
]


@pytest.mark.parametrize(
    ("lede", "more", "glued"),
    [
        ("Coach Edvin Rask was sacked by the Norrland Rugby Union on Monday after Norrland lost to Samoa at Ostvik.",
         "Rask took charge in 2019 and won only nine of his 24 Tests. The union said a replacement would be named "
         "before the spring.", False),
        ("Former chairman Odile Brack has died at the age of 81, the company she founded announced on Monday.",
         "She set up the shipping firm from a spare bedroom in Harwick in 1979 and built it into one of the largest "
         "freight groups in the north.", True),
        ("Manager Dario Castellane was dismissed by Porto Velho City on Thursday, nine months after winning the "
         "title.",
         "The club are one point above the relegation zone and face Ferrovia on Monday. The vice-chairman said the "
         "decision was the hardest the board had taken.", True),
        ("Manager Dario Castellane was dismissed by Porto Velho City on Thursday, nine months after winning the "
         "title.",
         "The club are one point above the relegation zone and face Ferrovia on Monday. The vice-chairman said the "
         "decision was the hardest the board had taken.", False),
    ],
)
def test_a_bare_title_lede_of_another_story_is_still_flagged(tmp_path: Path, lede: str, more: str,
                                                            glued: bool) -> None:
    """Guards of the integrity23 regression: a flood story run into a sports or business story whose lede opens on
    a bare title; the title is of another domain, or the lede names a team or a firm of its own."""
    body = [*FLOOD[:2], f"{FLOOD[2]} {lede}" if glued else FLOOD[2], *([] if glued else [lede]), more]
    output = check_wl6(tmp_path, "River bursts its banks in Ashcombe\n\n" + "\n\n".join(body) + "\n")
    assert "WL601" in output, output


def test_the_boss_of_the_story_s_club_after_a_full_stop_is_not_another_story(tmp_path: Path) -> None:
    """The Bruce shape: a transfer story whose last paragraph goes on, after an ordinary ". ", with the club's boss
    named for the first time and "he" standing for him; nothing else of the story's names or words is in it."""
    text = HEAD + "\n\n".join([*OWN[:2], f"{OWN[2]} {BOSS}", QUOTE, LAST]) + "\n"
    output = check_wl6(tmp_path, text)
    assert "WL601" not in output, output


@pytest.mark.parametrize(
    "sentence",
    [
        "Wing Tomasz Rybak is out with the knee injury he picked up at Ostvik and will miss the tournament.",
        "Assistant coach Mara Velden will take charge for Saturday's Premiership game against Kessling.",
    ],
)
def test_a_venue_an_opponent_or_a_day_s_event_is_not_a_team_of_the_sentence_s_own(sentence: str) -> None:
    [sign] = paragraph_signs(sentence)
    assert sign.continues({"club", "tournament"}, set())


@pytest.mark.parametrize(
    "opener", ["Chief executive Harald Voss", "Head coach Harald Voss", "Sporting director Harald Voss",
               "Owner Harald Voss", "Team-mate Harald Voss", "The manager, Harald Voss,"],
)
def test_a_new_person_calling_the_story_s_player_by_nationality_is_not_another_story(tmp_path: Path,
                                                                                       opener: str) -> None:
    """The Bruce shape with openers no title list holds: "the Swedish international" is the story's Swede."""
    said = f"{opener} had said that he would be happy to let the Swedish international go if the price was right."
    text = HEAD + "\n\n".join([*OWN[:2], f"{OWN[2]} {said}", QUOTE, LAST]) + "\n"
    output = check_wl6(tmp_path, text)
    assert "WL601" not in output, output


def test_a_nationality_before_a_name_does_not_point_back() -> None:
    [sign] = paragraph_signs("Owner Harald Voss said the Swedish striker Erik Lindqvist would leave in the summer.")
    assert not sign.by_nationality
