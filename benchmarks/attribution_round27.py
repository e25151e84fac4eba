"""Round 27 (issue 16, attribution27): a sealed first-sight set for WL201, written before any change of the pass.

The outside evaluation found WL201 strong on wordings described to the project and weak on others: harm counted as a
noun rather than a verb, land burned in a relative or progressive clause, destruction verbs the data lacked, costs
to a state or a council, injuries with a qualifier after them, tolls named as tolls, harm done by someone with no
word of a cause, and attributions by "per". These templates are my own wordings of those shapes (several per shape,
none of the evaluation's descriptions), with look-alike controls:

* defects (a WL201 warning on the case's lines): ``harm-noun``, ``hospital``, ``area``, ``destruction``,
  ``public-cost``, ``qualified``, ``toll-named``, ``harm-by`` (someone harms a count, no cause word);
* ``attributed`` controls: claims drawn from the defects with a source, many shapes ("per" first and last, media,
  sources, a statement, the agency's tally);
* ``look-alike`` controls: the same nouns and verbs where they count no harm (guests, winners, graduates; levelled
  the score, shot portraits; estates that cover acres; transfer fees, plans, years, ages, scores, market moves).

Scored as round 25 scores (attribution_round25.py: a case inserted as a paragraph into a seeded real article; only
a warning counts).

    python benchmarks/attribution_round27.py [-v] [--show]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import attribution_round25 as round25
from numbers_fresh_16 import Case
from numbers_fresh_v import lead, num

SEED = 2727

TOLLS = {
    "harm-noun": (
        "{N} of the dead were children under ten.",
        "Among the {n} dead were two local councillors and a priest.",
        "A further {n} deaths were logged on Tuesday, pushing the total beyond {m}.",
        "The {n} victims included a family of five from the same street.",
        "Of the {n} fatalities, most were travelling in the rear carriages.",
        "Funerals were held on Sunday for {n} of the victims.",
        "{N} more bodies were pulled from the river on Monday.",
        "The {n} who died were all members of the same congregation.",
        "Another {n} deaths have been recorded in the capital, lifting the national figure above {m}.",
        "{N} of the wounded are said to be in a critical state.",
        "The {n} injured include several firefighters.",
        "Among the {n} casualties were four foreign tourists.",
    ),
    "hospital": (
        "Clinics in the border town took in {n} casualties after the shelling.",
        "The regional hospital is caring for {n} wounded.",
        "Ambulances ferried {n} casualties to the city's two hospitals.",
        "Doctors at the field hospital have treated {n} injured since Friday.",
        "Hospitals across the province received {n} casualties overnight.",
        "The burns unit admitted {n} victims of the explosion.",
        "Emergency wards have handled {n} casualties since the riots began.",
        "Medics evacuated {n} wounded from the front line by helicopter.",
    ),
    "area": (
        "A wildfire that has burned through {n},000 hectares is still out of control.",
        "Crews are battling a blaze that has so far charred {n},000 acres.",
        "The fire, which has spread across {n},000 hectares of forest, is moving north.",
        "A grass fire raging over {n},000 acres threatened several farms.",
        "The inferno has now scorched more than {n},000 hectares.",
        "Flames have swept across {n},000 acres of pine forest since Thursday.",
        "The blaze, now covering {n},000 hectares, forced the closure of the motorway.",
        "Firefighters are struggling to contain a fire which has devoured {n},000 acres.",
        "The bushfire has grown to {n},000 hectares.",
        "A forest fire burning across {n},000 acres has sent smoke over the city.",
    ),
    "destruction": (
        "The quake razed {n} homes in the mountain villages.",
        "Shelling has levelled {n} buildings in the old city.",
        "The tornado flattened {n} farmhouses.",
        "Bombing has reduced {n} apartment blocks to rubble.",
        "The fire gutted {n} shops on the high street.",
        "{N} houses were torn apart by the twister.",
        "{N} homes were obliterated by the mudslide.",
        "The explosion blew out the windows of {n} flats.",
        "{N} market stalls were burnt to the ground.",
        "Air raids have pulverised {n} schools since the offensive began.",
        "The storm demolished {n} beach huts.",
        "{N} bridges were swept away or wrecked by the torrent.",
    ),
    "public-cost": (
        "The botched refit has cost the state ${n}m.",
        "The inquiry has so far cost the public purse £{n}m.",
        "Bailing out the airline cost the treasury €{n}bn.",
        "The failed ticketing system has cost the council £{n}m.",
        "Repairs to the sinkhole will cost ratepayers £{n}m.",
        "The fraud cost the national treasury ${n}m.",
        "The scrapped contract has cost the exchequer £{n}m.",
        "The cancelled games cost the host city ${n}m.",
        "Compensation claims have cost the health service £{n}m this year.",
        "The strike has cost the government an estimated £{n}m.",
    ),
    "qualified": (
        "The blast injured {n} bystanders, several of them seriously.",
        "{N} fans were hurt, two of them critically.",
        "The collision left {n} passengers hurt, most of them lightly.",
        "The crash injured {n} people, three of them children.",
        "Flying debris injured {n} shoppers, one of whom later died.",
        "{N} workers were burned, four badly.",
        "The stampede injured {n} pilgrims, many of them elderly.",
        "The grenade wounded {n} soldiers, one seriously.",
    ),
    "toll-named": (
        "The death toll in the mine blast reached {n} on Wednesday.",
        "The toll from the bus crash has climbed to {n}.",
        "The number of people killed in the riots stands at {n}.",
        "Fatalities from the heatwave now total {n}.",
        "The storm's death toll has risen to {n}.",
        "The count of dead from the landslide rose to {n} overnight.",
        "The number of injured has risen to {n}.",
        "Deaths from the outbreak have passed {n}.",
        "The death toll from the floods now stands at {n}.",
        "The number of dead in the ferry disaster has reached {n}.",
    ),
    "harm-by": (
        "Police shot {n} protesters in the capital on Friday.",
        "Guards beat {n} inmates during the search of the cells.",
        "Security forces wounded {n} students on the campus.",
        "Border guards shot {n} migrants crossing the river.",
        "Soldiers opened fire on the crowd, hitting {n} people.",
        "Riot police clubbed {n} marchers outside the ministry.",
        "Officers tear-gassed {n} demonstrators in the square.",
        "Militiamen shot and wounded {n} villagers.",
    ),
}

SUFFIXES = (
    "per the regional health office",
    "per local officials",
    "per a hospital spokesman",
    "per state media",
    "per figures from the fire service",
    "health officials told the BBC",
    "local media said",
    "the ministry's latest figures showed",
    "state television reported",
    "a hospital source said",
    "a provincial spokesman told reporters",
    "emergency services confirmed",
    "a statement from the fire brigade said",
    "sources at the hospital said",
    "the agency's tally showed",
    "in the words of the mayor",
)
PREFIXES = (
    "Per the coastguard, {claim}",
    "Per hospital officials, {claim}",
    "Per the interior ministry's count, {claim}",
    "Per figures released on Monday by the health ministry, {claim}",
    "The provincial governor said on Sunday that {claim}",
    "Hospital officials say {claim}",
    "Citing the civil defence agency, state radio said {claim}",
    "In a statement, the fire service said {claim}",
)
NEXT = (
    "{claim} The figure was released by the provincial health office.",
    "{claim} Those figures come from the regional fire service.",
)

LOOK_ALIKE = (
    "Among the {n} guests were two former prime ministers.",
    "The {n} winners will share a prize of £{n},000.",
    "{N} of the graduates went on to study medicine.",
    "The hospital treats about {n},000 patients a year.",
    "The fire service has {n} engines and two boats.",
    "The visitors levelled the score in the {n}th minute.",
    "Sales have flattened out at about {n},000 cars a month.",
    "The photographer shot {n} portraits for the exhibition.",
    "The film crew shot {n} scenes in a week.",
    "The estate spreads over {n},000 acres of parkland.",
    "The farm covers {n},000 hectares of the plain.",
    "The council plans to demolish {n} tower blocks by {year2}.",
    "The transfer cost the club £{n}m.",
    "Tickets for the final cost £{n} each.",
    "The state has {n} counties and two cities.",
    "The {n}-year-old was injured in the first half and went off.",
    "He scored {a} goals in {n} games last season.",
    "In {year}, the old town was levelled by an earthquake.",
    "The toll bridge carries {n},000 vehicles a day.",
    "Shares in the insurer fell {b}.{d}% after the storm.",
    "The {n} finalists will be announced on Friday.",
    "Of the {n} applicants, most were from abroad.",
    "The {n} members of the choir sang at the funeral.",
    "The mill was gutted in {year} and rebuilt as flats.",
    "A {n}-acre field behind the school was sold last year.",
    "Among the {n} films shown were three from Iran.",
)


def _values(rng: random.Random) -> dict[str, object]:
    values = round25._values(rng)
    n = rng.randint(12, 95)
    values.update(n=num(n), N=lead(n), m=num(n * 10 + rng.randint(1, 9)))
    return values


def build(seed: int = SEED) -> list[Case]:
    rng = random.Random(seed)
    return (round25.defect_cases(rng, TOLLS, _values)
            + round25.attributed_cases(rng, TOLLS, SUFFIXES, PREFIXES, NEXT, _values)
            + round25.no_toll_cases(rng, LOOK_ALIKE, _values, "WL201 look-alike"))


if __name__ == "__main__":
    round25.main(build(), SEED)
