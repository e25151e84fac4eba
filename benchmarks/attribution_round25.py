"""Round 25 (issue 16, attribution25): a sealed first-sight set for WL201, written before any rule change of the pass.

WL201 is to recognise a toll by its shape (a count of people, households, animals, structures or land and a
predicate of harm, loss, displacement, search or destruction, in any order) and an attribution by its shape (the
figure tied to an institution or an official by a preposition or participle, or officials at an organisation with a
verb of reporting or reckoning). Templates are my own, several wordings per kind, none of them the lead's examples:

* defects (a WL201 warning on the inserted lines): deaths, missing people (mostly without the word "missing"),
  injuries, displacement, homes and buildings, land, livestock, costs to the public;
* ``attributed`` controls: those same claims with a source in many forms (suffix, prefix, next sentence);
* ``no-toll`` controls: years, ages, scores, prices, distances, market moves, capacities, plans and headcounts.

A case is inserted as one paragraph into a seeded real article and scored as set 16 scores WL201 (a warning on its
own lines; an info is a miss for a defect and no flag for a control).

    python benchmarks/attribution_round25.py [-v] [--show]
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_numbers as ev
from numbers_fresh_16 import ARTICLES, Case, _hit
from numbers_fresh_v import lead, num

SEED = 2525
REPEATS = 2

TOLLS = {
    "deaths": (
        "{N} villagers perished when the landslide buried their hamlet on Sunday.",
        "The ferry capsized off the cape, drowning {n} passengers.",
        "Heatstroke has taken the lives of {n} pilgrims this week.",
        "At least {n} miners lost their lives in the pit explosion.",
        "The epidemic has now left {n} people dead in the province.",
        "Sniper fire killed {n} civilians queuing for bread.",
        "{N} climbers have died on the mountain this season.",
        "The bodies of {n} migrants have been recovered from the shore.",
        "A gas leak at the fertiliser plant proved fatal for {n} workers.",
        "Cholera has claimed {n} victims in the camps since June.",
    ),
    "missing": (
        "{N} hikers remain unaccounted for after the avalanche.",
        "There has been no trace of {n} crew members since the trawler sank.",
        "Divers are still searching for {n} passengers from the capsized ferry.",
        "{N} fishermen failed to come back to port after the storm.",
        "The whereabouts of {n} students seized from their dormitory are still unknown.",
        "Rescuers combed the rubble overnight for {n} residents believed buried under the flats.",
        "{N} people are yet to be found after floodwater swept through the valley.",
        "Coastguards called off the hunt for {n} sailors on Friday.",
        "{N} villagers have not been heard from since the mudslide.",
        "Families are still waiting for news of {n} pilgrims who set out across the desert.",
    ),
    "injuries": (
        "The stampede left {n} worshippers with crush injuries.",
        "{N} spectators needed treatment after a stand collapsed.",
        "Flying glass cut {n} shoppers when the bomb went off.",
        "Paramedics treated {n} runners for heat exhaustion.",
        "{N} passengers suffered fractures when the train derailed.",
        "The blast sent {n} factory workers to hospital.",
        "{N} pupils were hurt when the school roof gave way.",
        "Tear gas left {n} protesters needing medical care.",
        "The charge by riot police injured {n} demonstrators.",
        "{N} people were admitted to hospital with burns after the fireworks display.",
    ),
    "displaced": (
        "The flooding has forced {n},000 people out of their homes.",
        "{K} families are sleeping in tents after the earthquake.",
        "Some {n},000 residents fled the town as the rebels advanced.",
        "The eruption uprooted {n},000 villagers from the slopes of the volcano.",
        "{K} households are now sheltering in churches and sports halls.",
        "Nearly {n},000 people have left the border district since the shelling began.",
        "The collapse of the dam has made {n},000 people homeless.",
        "Rising water pushed {n},000 residents to higher ground.",
        "{K} families have been put up in temporary accommodation since the fire.",
        "The fighting has chased {n},000 farmers off their land.",
    ),
    "homes": (
        "The tremor brought down {n} houses in the old quarter.",
        "Floodwater poured into {n} homes along the river.",
        "{N} tower blocks were condemned as structurally unsound after the quake.",
        "The hurricane ripped the roofs off {n} homes.",
        "{N} cottages were swept away when the river burst its banks.",
        "The landslide crushed {n} wooden houses on the hillside.",
        "Bulldozers demolished {n} homes in the settlement last month.",
        "{N} apartment buildings are no longer fit to live in after the tremors.",
        "The blaze reduced {n} shops to ashes.",
        "{N} homes were left uninhabitable by the storm surge.",
    ),
    "land": (
        "The bushfire has blackened {n},000 acres of scrub.",
        "Locusts stripped {n},000 hectares of maize.",
        "{K} square kilometres of farmland lie under water.",
        "The blaze consumed {n} hectares of moorland.",
        "Drought has withered {n},000 acres of wheat.",
        "Saltwater has poisoned {n},000 hectares of rice paddies.",
        "Illegal logging cleared {n},000 hectares of rainforest last year.",
        "Floods submerged {n},000 acres of cropland.",
    ),
    "livestock": (
        "The blizzard killed {n},000 sheep on upland farms.",
        "{K} chickens were culled to halt the bird flu outbreak.",
        "Floods drowned {n},000 head of cattle.",
        "{K} goats have starved in the drought.",
        "The heatwave wiped out {n},000 pigs on intensive farms.",
        "Wolves have mauled {n} sheep in the valley since spring.",
        "{N} cows perished when the barn caught fire.",
        "Anthrax has killed {n} camels in the region.",
    ),
    "public-cost": (
        "The failed IT project has cost the taxpayer £{n}m.",
        "Taxpayers will end up paying £{n}m for the scrapped scheme.",
        "The delays added £{n}m to the public bill for the bridge.",
        "The bailout left the state £{n}bn poorer.",
        "The strike cost the economy an estimated £{n}m a day.",
        "Cleaning up the spill has drained ${n}m from the county's budget.",
        "Fraud in the benefits system cost the government £{n}m last year.",
        "Overruns on the motorway have handed ratepayers a bill of £{n}m.",
    ),
}

SUFFIXES = (
    "according to the provincial disaster management authority",
    "the interior ministry said in a statement",
    "going by the count of the national disaster agency",
    "as counted by the Red Crescent",
    "as recorded by the county coroner's office",
    "per the civil protection directorate",
    "figures from the farmers' union show",
    "based on data from the national statistics office",
    "on the tally of the local monitoring committee",
    "in a list compiled by the human rights commission",
    "a tally by the Associated Press found",
    "local radio reported, citing the fire service",
    "by the reckoning of the emergency services",
    "in figures released by the environment agency",
    "the coastguard estimates",
    "officials at the regional water board believe",
)
PREFIXES = (
    "According to the regional governor's office, {claim}",
    "As counted by volunteers from the Red Cross, {claim}",
    "Officials at the water board believe {claim}",
    "Staff of the county emergency office estimate that {claim}",
    "A spokeswoman for the UN refugee agency said {claim}",
    "Figures from the interior ministry show {claim}",
    "The civil defence service reckons {claim}",
    "Per the latest bulletin from the health directorate, {claim}",
    "Data from the national meteorological service show that {claim}",
    "In the count kept by the diocese, {claim}",
    "Going by the register of the district council, {claim}",
    "Police believe {claim}",
)
NEXT = (
    "{claim} That is the count of the state emergency commission.",
    "{claim} The figures come from the national disaster agency.",
    "{claim} The tally was compiled by the provincial directorate.",
)

NO_TOLL = (
    "The bridge was opened in {year} and rebuilt in {year2}.",
    "The {n}-year-old striker scored twice on his debut.",
    "United beat City {b}-1 on Saturday.",
    "The FTSE 100 fell {b}.{d}% in early trading.",
    "Shares in the company rose {b} pence to {n}{d}p.",
    "The village lies {n} miles north of the capital.",
    "The marathon route is {n} kilometres long.",
    "She has {a} children and {n} grandchildren.",
    "The museum holds about {n},000 objects.",
    "The factory employs {n}0 people.",
    "Tickets cost ${n} each.",
    "Oil prices climbed to ${n} a barrel.",
    "The team has won {a} of its last {n} games.",
    "He served {a} years in the army before entering politics.",
    "The hospital has {n}0 beds and a helicopter pad.",
    "The council will build {n}0 homes on the site by {year2}.",
    "The theatre's 1,{n}0 seats were sold out within an hour.",
    "The shelter can house up to {n}0 families.",
    "The festival attracted {n},000 fans over three days.",
    "Rescuers trained {n} volunteers in first aid last summer.",
    "The farm keeps {n}0 sheep and a few goats.",
    "The airline carried {n} million passengers last year.",
    "The house sold for £{n}0,000 in {year}.",
    "The ward has room for {n} patients.",
)


def _values(rng: random.Random) -> dict[str, object]:
    n, a, b = rng.randint(12, 95), rng.randint(2, 9), rng.randint(1, 9)
    return {"n": num(n), "N": lead(n), "K": f"{n},000", "a": num(a), "b": b, "d": rng.randint(0, 9),
            "year": rng.randint(1950, 1999), "year2": rng.randint(2000, 2020)}


Tolls = dict[str, tuple[str, ...]]
Values = Callable[[random.Random], dict[str, object]]
"""Draws the values a round's templates are filled with."""


def defect_cases(rng: random.Random, tolls: Tolls = TOLLS, values: Values = _values) -> list[Case]:
    return [Case(f"WL201 {kind}", True, template.format(**values(rng)), code="WL201")
            for kind, templates in tolls.items() for template in templates for _ in range(REPEATS)]


def attributed_cases(rng: random.Random, tolls: Tolls = TOLLS, suffixes: tuple[str, ...] = SUFFIXES,
                     prefixes: tuple[str, ...] = PREFIXES, following: tuple[str, ...] = NEXT,
                     values: Values = _values) -> list[Case]:
    """Each attribution form twice, with claims drawn from the defect templates."""
    claims, cases = [template for templates in tolls.values() for template in templates], []
    for form in (*suffixes, *prefixes, *following):
        for _ in range(REPEATS):
            claim = rng.choice(claims).format(**values(rng))
            if form in suffixes:
                body = f"{claim[:-1]}, {form}."
            elif form in prefixes:
                body = form.format(claim=claim[0].lower() + claim[1:])
            else:
                body = form.format(claim=claim)
            cases.append(Case("WL201 attributed", False, body, code="WL201"))
    return cases


def no_toll_cases(rng: random.Random, templates: tuple[str, ...] = NO_TOLL, values: Values = _values,
                  family: str = "WL201 no-toll") -> list[Case]:
    return [Case(family, False, template.format(**values(rng)), code="WL201")
            for template in templates for _ in range(REPEATS)]


def build(seed: int = SEED) -> list[Case]:
    rng = random.Random(seed)
    return defect_cases(rng) + attributed_cases(rng) + no_toll_cases(rng)


Scorer = Callable[[ev.Linter, list[dict[str, str]], Case, random.Random], tuple[bool, list[str], str, str]]
"""Scores one case: whether it was warned, the warnings, the article's id and what to show."""


def _score(linter: ev.Linter, records: list[dict[str, str]], case: Case,
           rng: random.Random) -> tuple[bool, list[str], str, str]:
    """A case inserted as a paragraph into a seeded real article."""
    record = rng.choice(records)
    found, why = _hit(linter, record, case, rng)
    return found, why, record["id"], repr(case.body)


def run(cases: list[Case], verbose: bool, score: Scorer = _score, seed: int = SEED) -> None:
    """Score each case: recall by kind, controls warned by family."""
    linter = ev.Linter()
    records = ev.load("BBC", ARTICLES, seed) + ev.load("Reuters", ARTICLES, seed)
    rng = random.Random(seed + 1)
    tally: dict[tuple[str, bool], Counter[str]] = {}
    for case in cases:
        found, why, where, shown = score(linter, records, case, rng)
        for key in ((case.family, case.positive), ("all", case.positive)):
            counter = tally.setdefault(key, Counter())
            counter["n"] += 1
            counter["hit"] += found
        if verbose and found != case.positive:
            print(f"  {'MISS' if case.positive else 'WARNED'} {case.family} [{where}] {shown} {why}")
    for (family, positive), counter in sorted(tally.items()):
        what = "defects warned" if positive else "controls warned"
        print(f"  {family} {what}: {counter['hit']}/{counter['n']} ({counter['hit'] / counter['n']:.3f})")


def main(cases: list[Case], seed: int = SEED) -> None:
    """With --show print every case (to read the set), else score the cases (-v: every miss and control warned)."""
    if "--show" in sys.argv:
        for case in cases:
            print(f"{'+' if case.positive else '-'} {case.family}: {case.body!r}")
    else:
        run(cases, "-v" in sys.argv, seed=seed)


if __name__ == "__main__":
    main(build())
