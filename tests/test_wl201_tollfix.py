"""WL201 look-alikes of attribution27's tolls (issue 16, review19 items 4 and 5): "bodies" that are organisations,
harm by force done to no people, a squad's injuries. Sentences are my own; the look-alike tests fail without the
change, the toll tests are guards that keep the real shapes warned.
"""

from __future__ import annotations

import pytest
from test_wl201_harmnouns import _warned


@pytest.mark.parametrize("sentence", [
    "Statutory bodies in Wales total 61.",
    "Sporting bodies across the region now number 18.",
    "Professional bodies, 16 of them, signed the open letter.",
])
def test_bodies_that_are_organisations_are_no_toll(sentence: str) -> None:
    assert not _warned(sentence)


@pytest.mark.parametrize("sentence", [
    "The bodies, 17 of them, were recovered from the wreckage.",
    "Bodies in the morgue now number 45.",
    "Forty of the bodies were identified by relatives.",
])
def test_bodies_of_the_dead_are_still_a_toll(sentence: str) -> None:
    assert _warned(sentence)


@pytest.mark.parametrize("sentence", [
    "The army rugby side beat 15 opponents on the way to the cup.",
    "The mob hacked 25 websites overnight.",
    "The army football team beat 14 opponents in the league.",
    "Guards whipped 6 mules along the mountain track.",
])
def test_force_done_to_no_people_is_no_toll(sentence: str) -> None:
    assert not _warned(sentence)


@pytest.mark.parametrize("sentence", [
    "Riot police beat 30 protesters outside the ministry.",
    "Militiamen hacked 14 villagers with machetes.",
    "Guards flogged 9 prisoners in the yard.",
])
def test_force_done_to_people_is_still_a_toll(sentence: str) -> None:
    assert _warned(sentence)


@pytest.mark.parametrize("sentence", [
    "Injuries in the squad have climbed to 9.",
    "Injuries among the players now total 7.",
])
def test_a_squads_injuries_are_no_toll(sentence: str) -> None:
    assert not _warned(sentence)


def test_injuries_from_a_harm_event_are_still_a_toll() -> None:
    assert _warned("Injuries from the explosion have climbed to 90.")
