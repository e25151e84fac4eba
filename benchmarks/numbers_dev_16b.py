"""Second development set of the numbers16 pass: more phrasings of set 16's shapes, and look-alike controls.

Tuned on freely, like numbers_dev_16.py; scored as sealed set 16 scores.

    python benchmarks/numbers_dev_16b.py [-v]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import numbers_fresh_16 as sealed
from numbers_dev_16 import frame_cases_with, headlines, tallies_and_controls
from numbers_fresh_14 import _parts
from numbers_fresh_16 import Case, Frame, _fill

SEED = 1618

FRAMES = [
    Frame("approx-next-sentence", (
        "An estimated {n} families fled the valley. {A} went to camps in the south and {b} crossed into the "
        "neighbouring province.",
        "Roughly {n} shops were looted overnight. Of these, {a} were on the main square and {b} in the side "
        "streets.",
        "Some {n} nurses have quit since the spring: {a} at the children's hospital and {b} at the general "
        "hospital.",
        "Around {n} prisoners escaped, of whom {a} were recaptured within hours and {b} are still at large.",
    ), approx="unround"),
    Frame("workplace-mixed", (
        "The group is cutting {n} jobs, {a} at its head office and {b} in its regional branches.",
        "{N} miners were sent home, {a} from the deep mine and {b} from the smelter.",
        "The dispute involves {n} cleaners: {a} employed at the airport and {b} at the railway stations.",
        "{N} employees were made redundant, {a} in sales and {b} in the warehouse.",
    )),
    Frame("outcome-mixed", (
        "Lifeguards pulled {n} swimmers from the sea; {a} recovered on the beach and {b} were taken to hospital.",
        "Of the {n} patients admitted, {a} have gone home and {b} remain on the wards.",
        "The tribunal heard {n} appeals, {a} of which were upheld and {b} rejected.",
        "{N} passengers were on board. {A} were rescued and {b} are unaccounted for.",
    )),
    Frame("role-mixed", (
        "The expedition lost {n} members on the mountain, {a} porters and {b} climbers.",
        "{N} staff caught the virus, {a} nurses and {b} doctors.",
        "The airline laid off {n} crew members, including {a} pilots and {b} cabin attendants.",
    )),
    Frame("sex-beside-origin", (
        "Police rescued {n} Vietnamese workers from the farm, {a} men and {b} women.",
        "{N} Afghan refugees arrived on Monday: {a} women and {b} men.",
        "The boat was carrying {n} Somali migrants, {a} of them men and {b} women.",
    )),
    Frame("event-total", (
        "Gunmen took {n} plantation workers hostage; {a} were later released and {b} are still held.",
        "Soldiers rounded up {n} villagers. {A} were released the same day and {b} were taken to the barracks.",
        "Bandits kidnapped {n} travellers on the highway, {a} of whom were freed after a ransom was paid while "
        "{b} remain missing.",
    )),
    Frame("unknown-nouns", (
        "The fire service attended {n} call-outs, {a} of them chimney fires and {b} of them false alarms.",
        "Health officials reported {n} cases, {a} in the capital and {b} in the provinces.",
        "The storm caused {n} casualties, {a} in the old town and {b} on the ring road.",
        "Police recorded {n} crimes at the festival: {a} thefts and {b} assaults.",
    )),
]

OVERLAPS = [
    "The shelter houses {n} asylum seekers, {a} of them children and {b} from Syria.",
    "The college has {n} lecturers, {a} of them women and {b} on part-time contracts.",
    "Police arrested {n} fans; {a} were teenagers and {b} were later charged.",
    "The survey covered {n} farms. {A} keep cattle and {b} grow wheat.",
    "The raid freed {n} workers, {a} of them Indians and {b} without papers.",
]
CONSISTENT = [
    "Some {n} staff were laid off: {a} at the plant and {b} at head office.",
    "About {n} homes were damaged, {a} in the north and {b} in the south.",
]


def build() -> list[Case]:
    rng = random.Random(SEED)
    cases = frame_cases_with(FRAMES, rng)
    for index in range(10):
        n = rng.randint(20, 95)
        cases.append(Case("overlap", False, _fill(OVERLAPS[index % len(OVERLAPS)], n, *_parts(rng, n, "over"))))
    for index in range(6):
        n = rng.choice([40, 50, 60, 70, 80, 90])
        a = rng.randint(n // 3, n // 2)
        cases.append(Case("approx-within", False, _fill(CONSISTENT[index % 2], n, a, n - a + rng.choice([-3, 2, 4]))))
    heads = [
        ("Hundreds of flights cancelled", "Airlines cancelled {c} flights because of the fog.", (30, 150),
         (250, 900)),
        ("Thousands of homes without power", "Some {c} homes were left without power after the storm.", (300, 1400),
         (3000, 9000)),
        ("Dozens of jobs lost at mill", "The mill shed {c} jobs, the union said.", (5, 18), (30, 90)),
        ("Hundreds of cars damaged by hail", "Hailstones dented about {c} cars in the town.", (30, 140),
         (250, 800)),
        ("Scores of schools closed by strike", "The strike shut {c} schools.", (5, 25), (45, 150)),
    ]
    cases += headlines(rng, heads)
    tallies = [
        "Wildfires have blackened {n}0 hectares of heathland.",
        "The storm damaged the roofs of {n} houses in the town.",
        "Floods have ruined {n}0 acres of barley.",
        "Hail dented {n} cars at the dealership.",
        "The drought has killed {n}0 head of cattle.",
        "Fire tore through {n} homes on the estate.",
        "Looters ransacked {n} shops in the city centre.",
        "The quake cracked {n} school buildings.",
        "Storms felled {n}0 trees across the county.",
        "The blaze destroyed {n} caravans at the holiday park.",
    ]
    pointed = [
        "Floods swamped {n} homes in the village.\n\nAccording to the parish council, the village's homes are "
        "mostly more than a century old.",
        "The storm felled {n} oaks in the park.\n\nThose figures for visitor numbers, published by the park "
        "trust, show a rise.",
    ]
    sourced = [
        "Wildfires have blackened {n}0 hectares of heathland, the fire service said.",
        "The storm damaged the roofs of {n} houses in the town, according to the council.",
        "Floods have ruined {n}0 acres of barley.\n\nThe figure comes from the farmers' union.",
        "Hail dented {n} cars at the dealership.\n\nAccording to the dealer, the hail damaged every car on the "
        "forecourt.",
    ]
    others = [
        "The stadium, built in {year}, holds {n},000 fans.",
        "The {n}-year-old won the race in 2 hours {a} minutes.",
        "Villa beat Everton {a}-1.",
        "The shirt sells for {n} pounds.",
        "Oil rose {a} cents to {n}.20 dollars a barrel.",
        "The company was founded in {year} by two brothers.",
    ]
    cases += tallies_and_controls(rng, tallies, pointed, sourced, others)
    return cases


if __name__ == "__main__":
    sealed.run(build(), "dev 16b", "-v" in sys.argv, seed=SEED)
