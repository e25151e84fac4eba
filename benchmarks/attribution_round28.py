"""Round 28 (issue 16, attribution28): a sealed first-sight set for WL201, written before any change of the pass.

The lead's probes found public spending without a source read as info, while "has cost taxpayers N" is a warning.
The issue counts cost figures to the public as tallies that need a source. These templates are my own wordings of
the shape (public money, or a public body, as what spends, loses, wastes, writes off or pays out a sum), many per
shape, none of the lead's, with look-alike controls:

* defects (a WL201 warning on the case's lines): ``public-money`` (the money named as the public's is the subject or
  object of spending or losing), ``public-spender`` (a state, government, council, ministry or treasury spends,
  loses, wastes or writes off a sum);
* ``attributed`` controls: the same claims with a source (audit offices, watchdogs, reports, ministers);
* ``look-alike`` controls: companies, clubs, banks and people spending or losing money; budgets and plans a named
  source announced; revenue raised; market figures; spending of time.

Scored as round 25 scores (a case inserted as a paragraph into a seeded real article; only a warning counts).

    python benchmarks/attribution_round28.py [-v] [--show]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import attribution_round25 as round25
import attribution_round27 as round27
from numbers_fresh_16 import Case

SEED = 2828

SPENDING = {
    "public-money": (
        "Taxpayers' money totalling £{n}m was squandered on the abandoned computer system.",
        "Some £{n}m of public funds was lost to fraud during the lockdown.",
        "£{n}m of taxpayers' cash was handed to consultants who never delivered.",
        "Public funds of ${n}m were diverted to the governor's pet project.",
        "Council money worth £{n}m went on agency staff last year.",
        "More than €{n}m in public money has been sunk into the half-built stadium.",
        "Nearly £{n}m from the public purse was paid out to the failed contractor.",
        "About ${n}m of state funds were wasted on ventilators that did not work.",
        "Public cash amounting to £{n}m has been written off.",
        "{n} million euros of taxpayer money disappeared into the scheme.",
    ),
    "public-spender": (
        "The government has poured ${n}m into the stalled rail link.",
        "The council paid out £{n}m in compensation to tenants last year.",
        "The treasury wrote off €{n}bn in unpaid loans.",
        "The state has sunk ${n}m into the loss-making airline since {year2}.",
        "The health board spent £{n}m on private ambulances.",
        "The regional government lost €{n}m on interest rate swaps.",
        "The defence ministry paid £{n}m for helicopters that never flew.",
        "The federal government has forked out ${n}bn on the programme.",
        "Local councils shelled out £{n}m on temporary housing in {year2}.",
        "The city squandered {n} million dollars on the failed bid for the games.",
        "The state spent {n} million pounds on the unused hospital.",
        "Ministers wasted £{n}m on the cancelled ferry contracts.",
        "The county splashed out ${n}m on a new headquarters.",
        "The education department has lost £{n}m through overpayments.",
    ),
}

SUFFIXES = (
    "the National Audit Office said",
    "according to the state auditor",
    "a report by the spending watchdog found",
    "figures from the public accounts committee show",
    "the auditor general said in a report on Tuesday",
    "per the comptroller's office",
    "the finance minister told parliament",
    "council documents show",
)
PREFIXES = (
    "The audit office found that {claim}",
    "According to the watchdog, {claim}",
    "A report by MPs says {claim}",
    "The comptroller said on Monday that {claim}",
)
NEXT = (
    "{claim} The figures were published by the state auditor.",
    "{claim} That is according to an audit released on Friday.",
)

LOOK_ALIKE = (
    "The company spent £{n}m on new machinery last year.",
    "The retailer wrote off £{n}m of unsold stock.",
    "The club paid out £{n}m in wages last season.",
    "The bank lost ${n}m on currency bets in the quarter.",
    "Shoppers spent £{n}m over the bank holiday weekend.",
    "The airline has poured ${n}m into new cabins.",
    "He spent £{n},000 on a vintage car.",
    "The council spent {n} minutes debating the motion.",
    "The government said it would spend £{n}m on flood defences.",
    "The state plans to spend ${n}m on new roads next year.",
    "The council's budget for next year is £{n}m, the mayor said.",
    "The finance minister announced ${n}bn of extra spending on schools.",
    "The government raised £{n}bn from the sale of its stake.",
    "Government bonds fell {b}.{d}% on Tuesday.",
    "State Street lost ${n}m on the trade.",
    "The state-run broadcaster has {n} million viewers.",
    "Tourists spent ${n}m in the city last summer.",
    "The insurer paid out £{n}m in claims after the storm, it said.",
    "The government's stake is worth £{n}m at current prices.",
    "The family spent {n} years living abroad.",
)


def build(seed: int = SEED) -> list[Case]:
    """The defects, their attributed forms and the look-alikes, with round 27's values (n, N, year2, b, d)."""
    rng, values = random.Random(seed), round27._values
    defects = round25.defect_cases(rng, SPENDING, values)
    attributed = round25.attributed_cases(rng, SPENDING, SUFFIXES, PREFIXES, NEXT, values)
    return defects + attributed + round25.no_toll_cases(rng, LOOK_ALIKE, values, "WL201 look-alike")


if __name__ == "__main__":
    round25.main(build(), SEED)
