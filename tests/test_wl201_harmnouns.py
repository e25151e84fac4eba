"""WL201 shapes of attribution27 (issue 16): harm as a noun, harm done by force, land a fire spread over, costs to a
public body, parts after a toll, and what is no source (an agentless passive, a ward admitting patients).

Sentences are my own; each test fails without the change it is named for, except the guards (tests that nothing
is warned, and the part of a toll counted before), which keep the new shapes from reaching look-alikes.
"""

from __future__ import annotations

import pytest
from conftest import only

from wirelint.finding import Severity


def _warned(text: str) -> bool:
    found = only("WL201", f"Overnight news\n\nThe town was quiet on Monday.\n\n{text}\n")
    return any(finding.severity is Severity.WARNING for finding in found)


@pytest.mark.parametrize("sentence", [
    "Nineteen of the injured were still in hospital on Thursday.",
    "Eleven of the fallen were conscripts.",
    "A dozen of those killed were members of one family.",
])
def test_a_count_of_some_of_the_harmed_is_a_toll(sentence: str) -> None:
    assert _warned(sentence)


def test_a_part_of_a_toll_counted_before_is_covered_by_its_warning() -> None:
    """A guard of the partitive shape: the part of a toll warned before it is not warned again."""
    found = only("WL201", "Overnight news\n\nAt least 37 people died in the fire. Nine of the dead were students.\n")
    assert [finding.message.split('"')[1] for finding in found] == ["At least 37 people"]


@pytest.mark.parametrize("sentence", [
    "Casualties from the cyclone have topped 70.",
    "The number of wounded in the clashes has climbed to 64.",
    "Fatalities on the island now number 23.",
])
def test_a_toll_named_by_its_own_noun_is_a_toll(sentence: str) -> None:
    assert _warned(sentence)


@pytest.mark.parametrize("sentence", [
    "The 26 dead included the village headman.",
    "Among the 57 wounded was a newborn baby.",
    "The 18 who drowned had been fishing off the point.",
])
def test_a_definite_group_told_first_is_a_toll(sentence: str) -> None:
    assert _warned(sentence)


@pytest.mark.parametrize("text", [
    "Twenty-six villagers were killed, the governor said. The 26 dead included the headman.",
    "The two victims were named as Ann Reid and Tom Hale.",
    "Among the 57 guests was a newborn baby.",
])
def test_a_group_named_back_few_or_unharmed_is_no_toll(text: str) -> None:
    assert not _warned(text)


@pytest.mark.parametrize("sentence", [
    "Prison warders whipped 31 detainees in the yard.",
    "Forty inmates were kicked by warders.",
])
def test_harm_done_by_force_needs_no_cause(sentence: str) -> None:
    assert _warned(sentence)


@pytest.mark.parametrize("sentence", [
    "The wedding photographer shot 40 portraits.",
    "Riot police beat back 300 fans at the gates.",
    "Arsenal beat 3 sides to the signing.",
])
def test_a_figurative_harm_word_without_force_or_cause_is_no_toll(sentence: str) -> None:
    assert not _warned(sentence)


def test_parts_after_a_comma_do_not_take_the_harm_from_the_toll() -> None:
    assert _warned("Thirty-one ramblers were burned, six gravely.")


@pytest.mark.parametrize("sentence", [
    "The bushfire, which has now spread over 61,000 acres, is heading for the coast.",
    "The grass fire, which is now sweeping across 7,000 acres, has closed the road.",
    "The forest fire has grown to 12,000 hectares.",
])
def test_land_a_fire_or_flood_spread_over_is_a_tally(sentence: str) -> None:
    assert _warned(sentence)


@pytest.mark.parametrize("sentence", [
    "Snow covered 400 acres of the park overnight.",
    "The fire service covers 900 square miles of moorland.",
    "The ranch stretches over 30,000 acres.",
])
def test_an_extent_without_a_fire_or_flood_is_no_tally(sentence: str) -> None:
    assert not _warned(sentence)


@pytest.mark.parametrize("sentence", [
    "The abandoned tram line cost the regional treasury £64m.",
    "The summit cost the host town $52m.",
])
def test_a_cost_to_a_public_body_after_modifiers_is_a_tally(sentence: str) -> None:
    assert _warned(sentence)


@pytest.mark.parametrize("sentence", [
    "Another 31 deaths were registered on Friday.",
    "Forty of the wounded are said to be unconscious.",
    "The trauma ward admitted 44 victims of the crash.",
    "Insurance claims have cost the health service £38m.",
    "A further 12 deaths were confirmed, lifting the national figure to 230.",
])
def test_no_source_is_read_in_a_passive_a_ward_or_a_noun(sentence: str) -> None:
    assert _warned(sentence)


@pytest.mark.parametrize("sentence", [
    "Another 31 deaths were registered by the coroner on Friday.",
    "Fourteen of the dead were pupils, per state television.",
    "Police shot 12 rioters, in the words of the city's mayor.",
])
def test_a_source_after_by_per_or_in_the_words_of_still_sources_it(sentence: str) -> None:
    assert not _warned(sentence)


@pytest.mark.parametrize("sentence", [
    "Police stormed the square, hitting 27 mourners.",
    "Vigilantes attacked 33 traders at the market.",
    "The grassfire, which has roared through 4,000 acres, is still burning.",
    "Another 44 deaths were added to the register on Sunday.",
])
def test_harm_after_force_any_fire_verb_and_an_added_list_are_tolls(sentence: str) -> None:
    """A participle of harm after a clause headed by those who harm by force; "attacked" as injury; any verb and
    "through" after a fire; "were added" as an agentless passive."""
    assert _warned(sentence)


@pytest.mark.parametrize("sentence", [
    "The number of dead ends on the estate has reached 31.",
    "Critics attacked 40 MPs over their expenses.",
    "The fire brigade, which drove through 40 acres of fields, arrived late.",
])
def test_a_noun_after_dead_critics_and_a_brigade_are_no_tolls(sentence: str) -> None:
    assert not _warned(sentence)


@pytest.mark.parametrize("sentence", [
    "Thirteen of the kidnapped were released at the border.",
    "The wounded, 44 in all, were flown to the capital.",
    "Deaths at the camp now exceed 70.",
    "The abandoned airport cost the capital £57m.",
    "Only 36 of the bodies have been claimed by families.",
])
def test_participle_groups_appositions_reaching_forms_and_claimed_bodies_are_tolls(sentence: str) -> None:
    """A participle of harm as the group of a part; a toll noun with its count in apposition; every form of a verb
    of reaching; the capital as a public payer; "been claimed" as no source."""
    assert _warned(sentence)


@pytest.mark.parametrize("sentence", [
    "Two of the injured players will miss the final.",
    "Eighteen of the wounded were treated on site, per the state broadcaster.",
    "Only 36 of the raffle prizes have been claimed.",
])
def test_a_squad_a_broadcaster_and_prizes_are_no_unsourced_toll(sentence: str) -> None:
    assert not _warned(sentence)
