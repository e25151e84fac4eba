"""Round 25, second late set (issue 16, attribution25): WL201 wordings written after the vocabulary was widened and
before this set was first measured.

Kinds, families and scoring are round 25's (attribution_round25.py); the templates are new.

    python benchmarks/attribution_round25_late2.py [-v] [--show]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import attribution_round25 as round25

SEED = 2527

TOLLS = {
    "deaths": (
        "Fumes from the smouldering tyre dump overcame {n} residents, who died in their sleep.",
        "{N} commuters did not survive the derailment outside the station.",
        "The heat has been fatal to {n} elderly people in the capital since Monday.",
        "Gunmen on motorbikes mowed down {n} worshippers outside the mosque.",
    ),
    "missing": (
        "{N} trawlermen are overdue and coastguards fear the worst.",
        "Helicopters with thermal cameras are criss-crossing the forest in search of {n} scouts.",
        "The fate of {n} miners caught by the flooding underground is unknown.",
        "{N} tourists who set off on a jungle trek on Friday have not checked in with their guides.",
    ),
    "injuries": (
        "{N} fans were treated at the scene after a barrier gave way.",
        "The chemical cloud left {n} villagers with breathing difficulties.",
        "A minibus overturned on the ring road, hurting {n} nurses on their way to work.",
        "Doctors at the field clinic patched up {n} demonstrators after the baton charge.",
    ),
    "displaced": (
        "{K} residents had to flee as the lava crept towards their village.",
        "The offensive has triggered an exodus of {K} people towards the border.",
        "{K} families have spent the week under canvas since the quake.",
        "Rising seas have forced {K} islanders to abandon the atoll.",
    ),
    "homes": (
        "Gales peeled the roofs off {n} council houses in the town.",
        "Shellfire has left {n} apartment blocks in the district pockmarked and empty.",
        "{N} timber homes went up in flames as the fire jumped the river.",
        "The landslip has swallowed {n} holiday chalets on the cliff edge.",
    ),
    "land": (
        "Wildfires have ripped through {K} hectares of eucalyptus plantations.",
        "{K} acres of barley were flattened by the hailstorm.",
    ),
    "livestock": (
        "Flash floods swept {K} goats downstream in the night.",
        "{K} ducks had to be put down after the virus was found on the farm.",
    ),
    "public-cost": (
        "The failed ticketing system has cost the public purse £{n}m to date.",
        "Ratepayers are facing a £{n}m bill for repairs to the sea wall.",
    ),
}

SUFFIXES = (
    "if figures kept by the regional coroner are right",
    "the state disaster agency reckons",
    "by the tally of volunteers from the Red Crescent",
    "going by records held by the port authority",
)
PREFIXES = (
    "The regional governorate's count shows {claim}",
    "Inspectors from the housing directorate estimate {claim}",
    "As documented by the UN mission, {claim}",
)
NEXT = (
    "{claim} The number was compiled by the civil defence directorate.",
)

NO_TOLL = (
    "The ward treats {n} patients a week with heart problems.",
    "The airport handled {K} passengers during the holiday weekend.",
    "Rescue teams from {n} countries arrived on Tuesday.",
    "The insurer has {K} customers in the flood plain.",
    "The {n}-storey tower was finished in {year}.",
    "The museum reopened after the storm with {n} new exhibits.",
)


def build(seed: int = SEED) -> list[round25.Case]:
    rng = random.Random(seed)
    return (round25.defect_cases(rng, TOLLS) + round25.attributed_cases(rng, TOLLS, SUFFIXES, PREFIXES, NEXT)
            + round25.no_toll_cases(rng, NO_TOLL))


if __name__ == "__main__":
    round25.main(build())
