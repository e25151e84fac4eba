"""WL201 reads a toll and an attribution by their shape (issue 16, attribution25).

A toll: a count of people, households, animals, structures or land and a predicate of harm, loss, displacement,
search or destruction in its clause, in any order, nearer it than any other figure (wirelint/checks/tolls.py). An
attribution: the figure tied to an institution or an official by a link ("going by", "per", "as logged by"), a
record and its keeper ("the count of the commission"), or officials reckoning ("Officials at the board think")
(wirelint/checks/sources.py). The vocabulary is data (wirelint/checks/attribution.toml). Sentences are my own.
"""

from __future__ import annotations

import pytest
from conftest import only

from wirelint.finding import Severity


def _warned(sentence: str) -> bool:
    found = only("WL201", f"Storm news\n\nThe region was hit on Monday.\n\n{sentence}\n")
    return any(finding.severity is Severity.WARNING for finding in found)


TOLLS = {
    "missing, searched for": "Coastguard crews are still combing the bay for 17 kayakers.",
    "missing, no word of it": "There has been no trace of 17 porters since the glacier cracked.",
    "missing, not back": "Seventeen anglers failed to come back from the reservoir on Sunday.",
    "missing, yet to be found": "Seventeen walkers are yet to be found on the moor.",
    "injured, with injuries named": "The pile-up left 17 motorists in the town with bruises and broken bones.",
    "injured, admitted": "Seventeen pupils were admitted to hospital after the chemistry lesson.",
    "injured, needing care": "The fumes left 17 cleaners needing medical attention.",
    "displaced, sheltering": "Some 17,000 households are camping in school buildings after the storm.",
    "displaced, leaving": "Close to 17,000 people have left the valley since the shelling began.",
    "displaced, by a cause after": "About 17,000 tenants were bussed to sports halls after the eruption.",
    "homes, condemned": "Seventeen blocks of flats were declared unsafe after the tremor.",
    "homes, filled by a cause": "Floodwater and mud filled 17 cottages on the lane.",
    "victims named": "Typhoid has claimed 17 victims in the camp.",
    "a public body's purse": "The botched rollout drained £17m from the council's budget.",
    "a noun no list knows, searched for": "Helicopters are flying over the forest in search of 17 scouts.",
    "destruction in other words": "Shellfire has left 17 apartment blocks pockmarked and empty.",
}

ATTRIBUTED = {
    "going by a record": "{claim}, going by a register kept by the regional relief committee.",
    "as logged by": "As logged by the harbour office, {claim}",
    "per, heading a clause": "{claim}, per the provincial civil protection directorate.",
    "a record and its keeper": "{claim} That is the count of the national emergency commission.",
    "officials reckoning": "Officials at the county board reckon {claim}",
    "an institution reckoning": "The border police believe {claim}",
    "a possessive reckoning": "By the health ministry's tally, {claim}",
}
CLAIM = "seventeen walkers are yet to be found on the moor."

LOOK_ALIKES = {
    # each look-alike beside a toll of the same words that the shape does warn
    "capacity": ("The sports hall can house 170 families.",
                 "Some 170 families are camping in the sports hall after the floods."),
    "workforce": ("The plant, which employs 170 people, reopened on Monday.",
                  "The mine, where 170 people lost contact with the surface, reopened on Monday."),
    "deployment": ("The brigade sent 17 firefighters to the blaze.", "The blaze sent 17 walkers to hospital."),
    "team news": ("Leeds are missing 17 players through injury and suspension.",
                  "Seventeen walkers have not come back from the moor."),
    "someone else's harm": ("The novel follows 17 children who travel north when their parents die at sea.",
                            "There has been no word from 17 children since the ferry sank."),
    "a name in capitals": ("Seventeen men, who called their gang Live Or Die, were convicted.",
                           "Seventeen men, who had no chance to escape, will die of their injuries."),
    "bodies that are no toll": ("The act covers about 17,000 public bodies.",
                                "Typhus has claimed 17 victims in the camp."),
    "market volume": ("Hog slaughter is guesstimated at about 170,000 head.",
                      "The snow has claimed 170,000 head of cattle."),
    "a noun no list knows, beside responders": ("Rescue teams from 17 countries arrived on Tuesday.",
                                                "Divers are still looking for 17 scouts in the lake."),
    "done for them after a cause": ("Insurers raised premiums by £17 for 170 homeowners after the floods.",
                                    "Some 170 homeowners were put up in caravans after the floods."),
}


@pytest.mark.parametrize("sentence", TOLLS.values(), ids=TOLLS.keys())
def test_a_toll_is_warned_by_its_shape(sentence: str) -> None:
    assert _warned(sentence)


@pytest.mark.parametrize("form", ATTRIBUTED.values(), ids=ATTRIBUTED.keys())
def test_an_attribution_is_read_by_its_shape(form: str) -> None:
    claim = CLAIM[0].upper() + CLAIM[1:] if form.startswith("{claim}") else CLAIM
    assert _warned(claim), "the control: the claim alone is warned"
    assert not _warned(form.format(claim=claim))


@pytest.mark.parametrize(("look_alike", "toll"), LOOK_ALIKES.values(), ids=LOOK_ALIKES.keys())
def test_a_look_alike_is_not_warned_and_its_toll_is(look_alike: str, toll: str) -> None:
    assert _warned(toll)
    assert not _warned(look_alike)


def test_a_passive_finding_or_admission_is_no_source() -> None:
    """"yet to be found" and "were admitted to hospital" say what happened, not who found or admitted it; "a survey
    found" still sources its figure."""
    assert _warned("Seventeen climbers were admitted to hospital with frostbite.")
    assert not only("WL201", "Storm news\n\nA survey found 17% of climbers had frostbite.\n")
    assert only("WL201", "Storm news\n\nSome 17% of climbers had frostbite.\n")
