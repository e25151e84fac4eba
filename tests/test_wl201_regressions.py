"""WL201 regressions of attribution25 mended (tollfix26, issue 16): what reads as a source and what as a toll.

A record and its keeper are a source only when nothing but an article, two modifiers or a possessive stands between
them ("the count of the state commission"), never an event and where it happened ("The death toll from the blast at
the hospital"); a supplier ("Tents provided by the Red Cross") is no source, a record released by someone is.
Sentences are my own.
"""

from __future__ import annotations

import pytest
from conftest import only

from wirelint.finding import Severity


def _warned(sentence: str) -> bool:
    found = only("WL201", f"Storm news\n\nThe region was hit on Monday.\n\n{sentence}\n")
    return any(finding.severity is Severity.WARNING for finding in found)


@pytest.mark.parametrize("sentence", [
    "The death toll from the blast at the hospital has risen to 52.",
    "The toll of the fire at the council offices stands at 12 dead.",
    "The toll from the bomb outside the embassy rose to 19 dead.",
    "The death toll from the attack on the church rose to 40.",
])
def test_an_event_at_an_institution_is_no_keeper_of_the_toll(sentence: str) -> None:
    """An institution named as the place of the event in a prepositional phrase does not count the dead."""
    assert _warned(sentence)


@pytest.mark.parametrize("sentence", [
    "The death toll stands at 52, going by the count of the state commission.",
    "By the register of the country's disaster agency, 52 people have died.",
    "Figures released by the ministry show 3,000 families were left homeless by the quake.",
    "Data provided by the regional health department show 52 people died in the blast.",
])
def test_a_record_and_its_keeper_still_source_a_toll(sentence: str) -> None:
    assert not _warned(sentence)


@pytest.mark.parametrize("sentence", [
    "Equipment provided by Oxfam reached 3,000 families left homeless by the quake.",
    "Tents provided by the Red Cross now shelter 2,000 families made homeless by the floods.",
    "Food supplied by the army reached 400 families driven from their homes by the fighting.",
    "Blankets issued by the council went to 250 families who fled the floods.",
])
def test_goods_handed_over_by_an_institution_are_no_source(sentence: str) -> None:
    assert _warned(sentence)
