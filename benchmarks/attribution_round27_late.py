"""Round 27, late set (issue 16, attribution27): new wordings of round 27's shapes, written after the pass's first
piece and committed before their first measurement.

Round 27 (attribution_round27.py) was sealed before any change, then its misses were read and fixed; this set asks
whether the shapes generalise. Kinds, attribution forms and scoring follow round 27; every template is new.

    python benchmarks/attribution_round27_late.py [-v] [--show]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import attribution_round25 as round25
import attribution_round27 as round27
from numbers_fresh_16 import Case

SEED = 2728

TOLLS = {
    "harm-noun": (
        "Nine of the slain were police recruits.",
        "A dozen of those killed were aid workers.",
        "Most of the {n} dead had been sleeping when the roof fell in.",
        "The {n} casualties were flown to the capital overnight.",
        "Relatives identified {n} of the bodies on Monday.",
        "The {n} who perished included a newborn baby.",
        "{N} of the missing are thought to be children.",
        "Of the {n} injured, eleven are in a serious condition.",
        "Another {n} fatalities were added to the list on Friday, bringing it to {m}.",
        "Among the {n} hurt were two firemen.",
    ),
    "hospital": (
        "The trauma centre took in {n} casualties from the pile-up.",
        "Surgeons operated on {n} wounded through the night.",
        "Field clinics have handled {n} injured since the clashes began.",
        "Paramedics ferried {n} injured to the general hospital.",
        "The children's hospital has admitted {n} victims of the gas leak.",
        "Two hospitals in the port are treating {n} wounded.",
    ),
    "area": (
        "The bushfire, which has torn through {n},000 acres of scrub, is still spreading.",
        "A peat fire now stretching across {n} square kilometres has shrouded the city in smoke.",
        "Floodwater now covers {n},000 hectares of the delta.",
        "The blaze has expanded to {n},000 acres overnight.",
        "A wildfire sweeping over {n},000 hectares has forced the closure of two motorways.",
        "Crews are fighting a fire that has ravaged {n},000 acres of pine forest.",
    ),
    "public-cost": (
        "The collapsed deal has cost the regional government €{n}m.",
        "The lawsuit could cost the county ${n}m.",
        "The failed computer system cost the state health service £{n}m.",
        "Cleaning up after the riots has cost the city council ${n}m.",
        "Repairing the flood defences has already cost the municipality €{n}m.",
        "The botched privatisation cost the national exchequer £{n}bn.",
    ),
    "qualified": (
        "{N} miners were hurt in the rock fall, three of them critically.",
        "The bus crash injured {n} pupils, none of them seriously.",
        "{N} passengers were scalded, a few of them badly.",
        "The bomb wounded {n} shoppers, several gravely.",
        "The fire injured {n} residents, two of whom are in intensive care.",
    ),
    "toll-named": (
        "Casualties from the fighting have now exceeded {n}.",
        "The tally of dead from the cyclone has reached {n}.",
        "The number of wounded in the clashes stands at {n}.",
        "Fatalities in the quake zone have climbed past {n}.",
        "The flu's death toll topped {n} on Monday.",
        "Deaths from the cold snap now number {n}.",
    ),
    "harm-by": (
        "Prison guards beat {n} inmates after the riot.",
        "Soldiers shot {n} protesters at the checkpoint.",
        "Police baton-charged the march, hitting {n} students.",
        "Gendarmes pepper-sprayed {n} fans outside the stadium.",
        "Settlers attacked {n} farmers in the olive groves.",
        "{N} marchers were beaten by riot police.",
    ),
}

SUFFIXES = (
    "per the regional coroner",
    "per figures from the civil protection agency",
    "state news agency reported",
    "local television said",
    "a health ministry official told reporters",
    "the coastguard's latest update showed",
)
PREFIXES = (
    "Per the interior ministry, {claim}",
    "Per local media, {claim}",
    "In a statement on Sunday, the army said {claim}",
    "Hospital sources said {claim}",
)
NEXT = (
    "{claim} The figures were given by the provincial governor.",
)

LOOK_ALIKE = (
    "Nine of the finalists were women.",
    "Most of the {n} guests had travelled from abroad.",
    "The {n} survivors of the 1950s team met for a reunion.",
    "The hospital has {n} beds for burns victims.",
    "The estate now covers {n},000 acres.",
    "Sales have levelled off at {n},000 units.",
    "The lawsuit could cost the company ${n}m.",
    "Goalkeeper saves kept the score level at {b}-{a}.",
    "The film was shot in {n} days.",
    "He beat {n} rivals to the prize.",
    "The {n}-year-old was hit by a car in {year}.",
    "The number of dead ends in the maze has reached {n}.",
)


def build(seed: int = SEED) -> list[Case]:
    rng = random.Random(seed)
    values = round27._values
    return (round25.defect_cases(rng, TOLLS, values)
            + round25.attributed_cases(rng, TOLLS, SUFFIXES, PREFIXES, NEXT, values)
            + round25.no_toll_cases(rng, LOOK_ALIKE, values, "WL201 look-alike"))


if __name__ == "__main__":
    round25.main(build(), SEED)
