"""Set 16c (issue 16, numbers16): a third sealed set, written after the last rule change of the pass (after set
16b's misses were read and fixed) and committed before its one run: the pass's first-sight figure on its final code.

New frames again (none of sets 16, 16b, the development sets, the tests or earlier sets): approximate totals of
people and things by depot, terminal, clinic or district; the next paragraph after an attribution; parts by outcome
of people and of goods; a people beside a sex; two kinds of staff; people taken; kinds of case (claims, callouts,
inspections); "in total" after the parts; dash lists. Controls: twins that add up or, for lists that claim nothing,
fall short; overlapping descriptions; another period; round approximate totals within their 10%. WL401 over things
and people; WL201 tallies, pointed-back paragraphs, sourced tallies and figures that are no tally. Scored as set 16.

    python benchmarks/numbers_fresh_16c.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import numbers_fresh_16 as sealed
from numbers_dev_16 import later_set_cases
from numbers_fresh_16 import Case, Frame

SEED = 1620

FRAMES = [
    Frame("approx-depots", (
        "Some {n} bus drivers went on strike, {a} at the Westgate depot and {b} at the garage in Eastfield.",
        "About {n} containers fell from the ship, {a} near the harbour mouth and {b} further out at sea.",
        "Roughly {n} outpatients were turned away. {A} were at the eye clinic and {b} at the fracture clinic.",
        "An estimated {n} holidaymakers were stranded, {a} at the north terminal and {b} at the south terminal.",
    ), approx="unround"),
    Frame("next-paragraph", (
        "Floods forced {n} families out of their homes, the mayor said.\n\n{A} families were in the lower town "
        "and {b} were on the river island.",
        "The cold snap killed {n} rough sleepers this winter, a charity said.\n\n{A} died in the capital and {b} "
        "in other cities.",
    )),
    Frame("goods-outcome", (
        "Customs opened {n} parcels at the airport; {a} were cleared and {b} were held for checks.",
        "The recall covered {n} cots. {A} were repaired and {b} were scrapped.",
    )),
    Frame("sex-of-a-people", (
        "The coastguard picked up {n} Libyan fishermen, {a} men and {b} women.",
        "{N} Roma families were moved on, {a} headed by men and {b} by women.",
    )),
    Frame("two-kinds-of-staff", (
        "{N} porters and cleaners walked out, {a} at the main hospital and {b} at the children's hospital.",
        "{N} drivers and conductors were laid off, {a} in the city and {b} on rural routes.",
    )),
    Frame("taken-away", (
        "Gunmen abducted {n} pilgrims on the road to the shrine; {a} were found unharmed and {b} are still "
        "missing.",
        "Police rounded up {n} protesters. {A} were released without charge and {b} were charged.",
    )),
    Frame("kinds-of-case", (
        "The insurer received {n} claims after the floods, {a} for homes and {b} for businesses.",
        "The brigade answered {n} callouts on Saturday, {a} to house fires and {b} to road crashes.",
        "Inspectors carried out {n} inspections, {a} of care homes and {b} of nurseries.",
    )),
    Frame("in-total-after", (
        "{A} homes were flooded in the upper valley and {b} in the lower valley, {n} in total.",
        "Firefighters saved {a} horses from the stables and {b} from the paddock - {n} in total.",
    ), complete=True),
    Frame("dash-list", (
        "The storm grounded {n} aircraft - {a} at the main airport and {b} at the regional field.",
        "{N} lorries were turned back - {a} at the tunnel and {b} at the ferry port.",
    ), complete=True),
]

OVERLAPS = [
    "The school has {n} teachers, {a} of them men and {b} with more than ten years' service.",
    "The estate has {n} homes, {a} of them council-owned and {b} with gardens.",
    "Police arrested {n} men; {a} were from Leeds and {b} were later charged.",
]
OTHER_PERIOD = [
    "The firm shed {n} jobs this year. Last year it shed {a} jobs at the plant and {b} at head office.",
    "Crews answered {n} callouts on Saturday.\n\nOn Sunday, {a} callouts were to house fires and {b} to road "
    "crashes.",
]
APPROX_WITHIN = [
    "About {n} dockers struck, {a} at the grain quay and {b} at the container berth.",
    "Some {n} homes lost water, {a} in the town and {b} in the villages.",
]
HEADS = [
    ("Hundreds of homes flooded in valley", "Water entered some {c} homes in the valley.", (30, 150), (250, 700)),
    ("Dozens of flights diverted by fog", "Fog forced {c} flights to divert.", (3, 15), (30, 90)),
    ("Thousands of jobs go at bank", "The bank will shed {c} jobs this year.", (200, 900), (2500, 9000)),
    ("Scores of cars damaged in storm", "The storm damaged about {c} cars.", (5, 25), (60, 200)),
    ("Hundreds evacuated after gas leak", "Police evacuated {c} residents after the leak.", (30, 150), (250, 700)),
]
TALLIES = [
    "Hailstones dented {n} cars at the showroom.",
    "The blaze has destroyed {n}0 hectares of pine.",
    "Floodwater ruined {n} shops in the arcade.",
    "The gale ripped the roofs off {n} barns.",
    "Looters emptied {n} warehouses at the port.",
    "The quake flattened {n} homes in the hills.",
    "Vandals wrecked {n} bus shelters overnight.",
    "The drought has killed {n}0 cattle this summer.",
    "Storm surges swept away {n} beach huts.",
    "Landslips have closed {n} roads in the county.",
]
POINTED = [
    "The gale ripped the roofs off {n} barns.\n\nAccording to the farmers' union, barns on hill farms are "
    "rarely insured.",
    "Floodwater ruined {n} shops in the arcade.\n\nThe council's figures for footfall, released on Tuesday, "
    "show a fall.",
    "Vandals wrecked {n} bus shelters overnight.\n\nAccording to the bus company, the shelters' adverts bring in "
    "little money.",
]
SOURCED = [
    "Hailstones dented {n} cars at the showroom, the owner said.",
    "The blaze has destroyed {n}0 hectares of pine, according to the forestry service.",
    "The quake flattened {n} homes in the hills.\n\nThat is according to the civil defence agency.",
    "Looters emptied {n} warehouses at the port.\n\nAccording to the port authority, the warehouses held "
    "mainly grain.",
]
OTHERS = [
    "The stadium opened in {year}.",
    "The {n}-year-old was given a {a}-year sentence.",
    "Rovers won {a}-2 at home.",
    "A ticket costs {n} pounds.",
    "Gold rose {a} dollars an ounce.",
    "The walk takes {a} hours.",
]


def build() -> list[Case]:
    return later_set_cases(SEED, FRAMES, [("overlap", OVERLAPS), ("other-period", OTHER_PERIOD)], APPROX_WITHIN,
                           HEADS, TALLIES, POINTED, SOURCED, OTHERS)

if __name__ == "__main__":
    sealed.run(build(), "set 16c", "-v" in sys.argv, seed=SEED)
