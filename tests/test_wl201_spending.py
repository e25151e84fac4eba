"""WL201 shapes of attribution28 (issue 16): public money spent, lost, wasted, written off or paid out is a cost to
the public that needs a source, like "has cost taxpayers N"; company spending, plans and budgets are not.

Sentences are my own; each positive test fails without the change it is named for; the guards (nothing warned) keep
the new shape from reaching look-alikes.
"""

from __future__ import annotations

import pytest
from conftest import only

from wirelint.finding import Severity


def _warned(text: str) -> bool:
    found = only("WL201", f"Council row\n\nThe meeting ended late on Monday.\n\n{text}\n")
    return any(finding.severity is Severity.WARNING for finding in found)


@pytest.mark.parametrize("sentence", [
    "The provincial government has ploughed $31m into the unfinished dam.",
    "The transport department lavished £17m on consultants.",
    "Local authorities have frittered away £88m on empty offices.",
    "The city blew $64m on a stadium nobody uses.",
])
def test_a_public_body_spending_or_losing_a_sum_is_a_tally(sentence: str) -> None:
    assert _warned(sentence)


@pytest.mark.parametrize("sentence", [
    "Health boards across Wales paid out £26m to injured patients.",
    "The county last spring spent $8m on a failed ice rink.",
    "The Foreign Office lost £19m on currency deals.",
])
def test_a_spender_with_its_place_or_time_or_a_named_office_is_read(sentence: str) -> None:
    assert _warned(sentence)


@pytest.mark.parametrize("sentence", [
    "Government money amounting to £23m went missing from the housing fund.",
    "State cash worth €45m was handed over to a shell company.",
    "Up to $12m in public funds has vanished.",
])
def test_money_named_as_the_publics_that_was_spent_or_lost_is_a_tally(sentence: str) -> None:
    assert _warned(sentence)


def test_a_write_off_is_no_source() -> None:
    """'wrote off' is a loss, not the treasury writing something down."""
    assert _warned("The finance ministry wrote off £52m of student debt.")


@pytest.mark.parametrize("sentence", [
    "The carmaker splashed out $31m on a new plant.",
    "Holidaymakers spent £17m in the resort in August.",
    "The county plans to spend $64m on bridges.",
    "The government would spend £88m on prisons, the minister said.",
    "The state oil firm lost $12m on the deal.",
    "Retailers across Wales lost £26m in the floods.",
    "Public funds of £45m were set aside for the games.",
])
def test_private_spending_plans_and_unspent_money_are_not_warned(sentence: str) -> None:
    assert not _warned(sentence)
