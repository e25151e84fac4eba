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


@pytest.mark.parametrize("sentence", [
    "The ruling stung 400 investors.",
    "The bank is bleeding 400 customers a month.",
    "The photographer shot 40 models.",
    "The champion has beaten 40 rivals.",
    "The bank executed orders for 400 clients.",
    "The chain has been reduced to 40 shops.",
    "The bid for 40 acres failed.",
    "She taught 40 students in a makeshift classroom.",
    "A flight from Lagos carrying 140 passengers landed safely.",
    "Engineers checked 40 buildings for cracks as a precaution.",
])
def test_a_figurative_harm_word_needs_a_cause_of_harm(sentence: str) -> None:
    """Words as often figurative or everyday as harmful say harm only beside a cause of harm in the sentence."""
    assert not _warned(sentence)


@pytest.mark.parametrize("sentence", [
    "The film was shot with 400 extras.",
    "The studio shot 40 scenes.",
    "The helpline treated 400 complaints as urgent.",
])
def test_a_noun_no_list_knows_needs_a_harm_only_people_suffer(sentence: str) -> None:
    assert not _warned(sentence)


@pytest.mark.parametrize("sentence", [
    "Police are hunting for three men after the robbery.",
    "The firm is searching for 40 new staff.",
    "Auditors are digging through 400 invoices.",
    "The club is looking for 25 new stewards.",
])
def test_a_search_needs_searchers_of_the_lost_or_a_cause_of_harm(sentence: str) -> None:
    assert not _warned(sentence)


@pytest.mark.parametrize("sentence", [
    "Rescuers are still searching for 14 fishermen.",
    "Lifeboat crews are combing the estuary for 6 anglers.",
    "Gunmen shot 12 villagers at a checkpoint.",
    "The flood waters hit 300 homes in the valley.",
])
def test_searches_and_figurative_words_still_make_tolls_in_their_setting(sentence: str) -> None:
    """Guards: a search by rescuers and a figurative verb beside a cause of harm are still tolls."""
    assert _warned(sentence)


@pytest.mark.parametrize("sentence", [
    "About 300 babies are born in hospital every week.",
    "An evacuation drill involved 600 office staff.",
    "The developer abandoned plans for 400 homes.",
    "The developer dropped plans for 400 homes on the flooded meadow.",
    "Residents opposed plans for 200 houses on the burnt heath.",
])
def test_a_birth_a_rehearsal_or_a_plan_is_no_toll(sentence: str) -> None:
    """A birth or a drill in the clause, or "plans for" before the count, say no harm befell it."""
    assert not _warned(sentence)


@pytest.mark.parametrize("sentence", [
    "Some 2,300 villagers are camping in the grounds after the dam burst.",
    "Eleven miners are still underground after the shaft flooded.",
    "Fighting has forced 12,000 people to seek safety across the border.",
])
def test_tolls_missed_before_are_found(sentence: str) -> None:
    """Harm said as miners still underground, "seek safety", or a causal link to a dam burst."""
    assert _warned(sentence)
