"""WL201: an earlier attribution covers a toll after it only when it is about the same event (issue 16, attribution26).

A source given earlier in a paragraph used to cover every figure after it, so a toll placed after an unrelated
attributed sentence ("..., the appeal court has ruled. 340 homes were destroyed in the floods.") passed. Now the
account the attribution opens must be about the toll's event: the same kind of incident, a shared name or content
words, harm or a cause of harm, or a toll of its own (wirelint/checks/carryover.py, attribution.toml [carry-over]).
A next paragraph that counted "the" things of another event is no source either. Each test pairs a case that is
warned now (and was not before) with its look-alike that stays quiet. Sentences are my own.
"""

from __future__ import annotations

import pytest
from test_wl201_shapes import _warned as _warned_alone


def _warned(*paragraphs: str) -> bool:
    return _warned_alone("\n\n".join(paragraphs))


UNRELATED = {
    "a court has ruled": "The appeal court has ruled that the ban on street trading breaches European law.",
    "a survey has suggested": "Holiday bookings fell last winter, a travel industry survey has suggested.",
    "it has been announced": "A new rail link between the two cities is to be built, it has been announced.",
    "he added": "\"We are confident the merger will go ahead,\" he added.",
    "a minister has acknowledged": "The housing minister has acknowledged that the grants scheme was mismanaged.",
    "according to": "According to the organisers, the festival will move to a larger site next summer.",
}
TOLL = "Some 340 homes were destroyed in the floods."


@pytest.mark.parametrize("attributed", UNRELATED.values(), ids=UNRELATED.keys())
def test_a_toll_after_an_unrelated_attribution_needs_its_own_source(attributed: str) -> None:
    assert _warned(f"{attributed} {TOLL}")
    assert not _warned(f"{attributed} {TOLL[:-1]}, the council said.")


RELATED = {
    "the same kind of incident": "Floods swept through the valley on Monday, officials said.",
    "a cause of harm": "Rising water breached the levee before dawn, the water board said.",
    "words of harm": "Officials said the river had burst its banks and swamped the lower town.",
    "a toll of its own": "Police said 40 people had been rescued from rooftops.",
    "the harmed named": "No casualties have been reported so far, civil defence sources said.",
    "people moved out": "The lower town was evacuated overnight, police said.",
    "a shared name and words": "Officials in Kettering said the lower town of Kettering lay under a metre of water.",
}


@pytest.mark.parametrize("account", RELATED.values(), ids=RELATED.keys())
def test_an_attributed_account_of_the_same_event_still_covers_the_toll(account: str) -> None:
    toll = "Some 340 homes in Kettering were destroyed." if "Kettering" in account else TOLL
    assert not _warned(f"{account} {toll}")
    assert _warned(f"The minister said the budget would rise. {toll}")


def test_an_account_of_another_kind_of_incident_does_not_cover_a_toll() -> None:
    assert _warned(f"Police said the raid on the compound had been planned for weeks. {TOLL}")
    assert not _warned("Police said the raid on the compound had been planned for weeks. Some 34 people were "
                       "killed in the shooting.")


def test_a_next_paragraph_counting_something_else_is_no_source() -> None:
    assert _warned("Some 340 homes were destroyed in the floods.",
                   "Earlier, the central bank had estimated the trade deficit at its widest in a decade.")
    assert not _warned("Some 340 homes were destroyed in the floods.",
                       "The civil defence agency, which counted the damaged houses from the air, gave the figure.")
