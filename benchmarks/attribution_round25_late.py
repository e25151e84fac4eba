"""Round 25, late set (issue 16, attribution25): WL201 wordings written after the pass's changes and measured once.

Round 25 (attribution_round25.py) was sealed before any change, then its misses were read and fixed; this set asks
whether the shapes generalise. The templates are new (none of round 25's, none of the lead's examples); kinds,
families and scoring are round 25's (a case is one paragraph inserted into a seeded real article).

    python benchmarks/attribution_round25_late.py [-v] [--show] [--second]

With --second, the second late set: wordings written after the vocabulary was widened (the pass's second piece)
and committed before that set was first measured.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import attribution_round25 as round25

SEED = 2526

TOLLS = {
    "deaths": (
        "Carbon monoxide from a faulty heater suffocated {n} guests at the lodge.",
        "{N} hikers froze to death on the pass during the blizzard.",
        "The capsizing of the overloaded barge cost {n} traders their lives.",
        "Mudslides buried {n} farm labourers alive in their huts.",
        "{N} teenagers never came home from the lake party, drowned when their boat overturned.",
        "Contaminated bootleg liquor has poisoned {n} drinkers to death in the slum.",
    ),
    "missing": (
        "Contact was lost with {n} geologists camped near the crater on Tuesday.",
        "{N} porters are still out on the glacier and have not made radio contact.",
        "Sniffer dogs are hunting through the debris for {n} shift workers.",
        "Navy frigates are scouring the strait for {n} deckhands from the sunken freighter.",
        "No word has come from {n} herders who were cut off by the snowstorm.",
        "{N} schoolchildren snatched from a boarding school on Friday have yet to be traced.",
    ),
    "injuries": (
        "The roof collapse left {n} gym members in intensive care.",
        "{N} concert-goers suffered smoke inhalation after the pyrotechnics misfired.",
        "Shrapnel tore into {n} market traders when the mortar landed.",
        "Rubber bullets wounded {n} students during the sit-in.",
        "{N} marchers were stretchered away from the square with head wounds.",
        "Scalding steam from the burst pipe burned {n} cleaners at the plant.",
    ),
    "displaced": (
        "{K} islanders have been ferried to the mainland since the volcano stirred.",
        "Shelling has emptied {n} villages along the front line of their inhabitants.",
        "{K} tenants were turfed out of their flats by the rising river.",
        "Heavy fighting around the port has sent {K} civilians fleeing south.",
        "{K} people are living under plastic sheeting on the roadside after the quake.",
        "The burst dam has left {K} households without a roof over their heads.",
    ),
    "homes": (
        "The gas blast wrecked {n} terraced houses in the street.",
        "{N} beach huts were matchwood by the time the storm had passed.",
        "Subsidence has left {n} bungalows on the estate tilting and cracked.",
        "Rockets punched holes in {n} apartment blocks overnight.",
        "{N} farmhouses vanished under the lava flow.",
        "Engineers red-tagged {n} office buildings after the aftershock.",
    ),
    "land": (
        "{K} hectares of olive groves were scorched by the fires.",
        "Floodwaters have drowned {K} acres of soybeans.",
        "An oil slick has fouled {n} square miles of marshland.",
        "Bark beetles have killed off {K} hectares of spruce.",
    ),
    "livestock": (
        "{K} turkeys had to be destroyed after avian flu reached the farm.",
        "The cold snap has claimed {K} head of cattle on the steppe.",
        "Feral dogs have savaged {n} lambs in the past month.",
        "{K} salmon suffocated when algae bloomed in the fjord.",
    ),
    "public-cost": (
        "The botched tram contract has left council tax payers £{n}m worse off.",
        "Keeping the empty prison open has swallowed £{n}m of state money.",
        "Taxpayers have paid out £{n}m in compensation to victims of the scandal.",
        "The abandoned bypass has burned through £{n}m of the county's funds.",
    ),
}

SUFFIXES = (
    "by the count of the disaster relief commission",
    "going by a roll compiled by the provincial education office",
    "as logged by the harbour master's office",
    "in the tally of the regional veterinary service",
    "figures from the treasury watchdog suggest",
    "according to a bulletin of the civil aviation directorate",
    "the Fire and Rescue Service estimated",
    "per the county's emergency planning unit",
)
PREFIXES = (
    "Volunteers at the Red Cross count {claim}",
    "By the agriculture ministry's reckoning, {claim}",
    "Officials of the regional authority think {claim}",
    "Staff at the district hospital believe {claim}",
    "Going by the national audit office's report, {claim}",
    "As logged by the state weather service, {claim}",
)
NEXT = (
    "{claim} The count comes from the emergency committee.",
    "{claim} That figure was given by the border police.",
)

NO_TOLL = (
    "The lodge has {n} guest rooms and a spa.",
    "The {n}-year-old actor won the award in {year}.",
    "Shares in the miner slid {b}.{d}% on Tuesday.",
    "The glacier is {n} kilometres long.",
    "The relief fund has {n} trustees.",
    "The new stadium holds {K} fans.",
    "The ferry company carries {K} passengers a week in summer.",
    "Firefighters from {n} stations tackled the blaze.",
    "A season ticket costs £{n}0.",
    "The charity sent {n} volunteers to help with the clean-up.",
    "The bank cut its base rate to {b}.{d}%.",
    "The council has approved plans for {n}0 new homes.",
)


# --- The second late set: written after the vocabulary was widened, committed before its first measurement ------

SEED_2 = 2527

TOLLS_2 = {
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

SUFFIXES_2 = (
    "if figures kept by the regional coroner are right",
    "the state disaster agency reckons",
    "by the tally of volunteers from the Red Crescent",
    "going by records held by the port authority",
)
PREFIXES_2 = (
    "The regional governorate's count shows {claim}",
    "Inspectors from the housing directorate estimate {claim}",
    "As documented by the UN mission, {claim}",
)
NEXT_2 = (
    "{claim} The number was compiled by the civil defence directorate.",
)

NO_TOLL_2 = (
    "The ward treats {n} patients a week with heart problems.",
    "The airport handled {K} passengers during the holiday weekend.",
    "Rescue teams from {n} countries arrived on Tuesday.",
    "The insurer has {K} customers in the flood plain.",
    "The {n}-storey tower was finished in {year}.",
    "The museum reopened after the storm with {n} new exhibits.",
)


def build(second: bool = False) -> list[round25.Case]:
    """The first late set, or with ``second`` the second."""
    tolls, suffixes, prefixes, following, no_toll = (
        (TOLLS_2, SUFFIXES_2, PREFIXES_2, NEXT_2, NO_TOLL_2) if second else (TOLLS, SUFFIXES, PREFIXES, NEXT, NO_TOLL))
    rng = random.Random(SEED_2 if second else SEED)
    return (round25.defect_cases(rng, tolls) + round25.attributed_cases(rng, tolls, suffixes, prefixes, following)
            + round25.no_toll_cases(rng, no_toll))


if __name__ == "__main__":
    round25.main(build("--second" in sys.argv))
