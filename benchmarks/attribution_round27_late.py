"""Round 27, late set (issue 16, attribution27): new wordings of round 27's shapes, written after the pass's first
piece and committed before their first measurement.

Round 27 (attribution_round27.py) was sealed before any change, then its misses were read and fixed; this set asks
whether the shapes generalise. Kinds, attribution forms and scoring follow round 27; every template is new.

    python benchmarks/attribution_round27_late.py [-v] [--show] [--second]

With --second, the second late set: wordings written after the pass's second piece, committed before their first
measurement.
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


# --- The second late set: written after the second piece, committed before its first measurement -----------------

SEED_2 = 2729
TOLLS_2 = {
    "harm-noun": (
        "Twenty of the drowned were fishermen from the same village.",
        "The {n} killed included three aid workers.",
        "Only {n} of the bodies have been claimed by relatives.",
        "Among the {n} victims of the stampede were eight children.",
        "{N} of the abducted have since been freed.",
        "The dead, {n} in all, were buried in a mass grave.",
    ),
    "hospital": (
        "Medics at the stadium tended {n} injured fans.",
        "The city's main hospital took in {n} of the wounded.",
        "Helicopters airlifted {n} casualties to the coast.",
        "Clinics in the valley are overwhelmed with {n} wounded.",
    ),
    "area": (
        "The wildfire, which has blazed across {n},000 hectares, is now moving east.",
        "A moorland fire has so far burned through {n} square miles.",
        "Floods that have swamped {n},000 acres of farmland are slowly receding.",
        "The spill, now spread over {n} square kilometres, is drifting towards the beaches.",
    ),
    "public-cost": (
        "The delays have cost the provincial treasury ${n}m.",
        "The aborted bid for the games cost the capital €{n}m.",
        "The tunnel overrun has cost the state £{n}bn.",
        "Storm repairs cost the borough council £{n}m last year.",
    ),
    "qualified": (
        "The explosion injured {n} workers, five of them seriously.",
        "{N} climbers were hurt in the avalanche, one fatally.",
        "The tram crash injured {n} commuters, most of them slightly.",
    ),
    "toll-named": (
        "Deaths linked to the heatwave have reached {n}.",
        "The toll of the injured rose to {n} on Sunday.",
        "Fatalities across the region now exceed {n}.",
        "The count of missing after the landslide stands at {n}.",
    ),
    "harm-by": (
        "Riot police fired rubber bullets, injuring {n} strikers.",
        "Troops killed {n} villagers in the raid.",
        "Guards shot {n} prisoners during the escape attempt.",
        "Officers beat {n} demonstrators with batons.",
        "{N} protesters were shot by soldiers.",
    ),
}
SUFFIXES_2 = (
    "per the state broadcaster",
    "per figures from the Red Cross",
    "the local council told the BBC",
    "a police statement said",
)
PREFIXES_2 = (
    "Per the regional authorities, {claim}",
    "State radio, citing health officials, said {claim}",
)
NEXT_2 = (
    "{claim} The figure comes from the provincial health directorate.",
)
LOOK_ALIKE_2 = (
    "Twenty of the graduates were from abroad.",
    "The {n} killed in the novel include its hero.",
    "Only {n} of the tickets have been claimed.",
    "The toll of the bells rose across the valley.",
    "The tunnel has cost the contractor £{n}m.",
    "He beat {n} rivals to the post.",
    "The forest covers {n},000 hectares.",
    "The firm shot {n} adverts for the campaign.",
    "The {n}-year-old was injured in {year}.",
    "The number of missing persons cases rose to {n},000 last year.",
)


def build(second: bool = False) -> list[Case]:
    """The first late set, or with ``second`` the second."""
    tolls, suffixes, prefixes, following, look_alike = (
        (TOLLS_2, SUFFIXES_2, PREFIXES_2, NEXT_2, LOOK_ALIKE_2) if second
        else (TOLLS, SUFFIXES, PREFIXES, NEXT, LOOK_ALIKE))
    rng = random.Random(SEED_2 if second else SEED)
    values = round27._values
    return (round25.defect_cases(rng, tolls, values)
            + round25.attributed_cases(rng, tolls, suffixes, prefixes, following, values)
            + round25.no_toll_cases(rng, look_alike, values, "WL201 look-alike"))


if __name__ == "__main__":
    second = "--second" in sys.argv
    round25.main(build(second), SEED_2 if second else SEED)
