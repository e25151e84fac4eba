"""Set 16b (issue 16, numbers16): a second sealed set, written at the end of the pass after every rule change and
committed before its one run, to measure at first sight how the pass generalises to phrasings it has not seen.

Frames are new (none of set 16, the development sets, the tests or earlier sets): approximate totals ("upwards of"
is no approximation, so none here; "some", "about", "around", "roughly", "an estimated", "close to") over parts by
site, shift, route or ward; outcomes of people and of things; roles and ranks; a people beside a sex; totals of two
kinds; people taken and what became of them; nouns of kinds of case (inquiries, appeals, reports); "in all" and
"altogether" after the parts; dash and colon lists. Controls: twins that add up or, for lists that claim nothing,
fall short; overlapping descriptions; the parts of another year; round approximate totals within their 10%.
WL401 over things and people; WL201 tallies by verb and object, pointed-back paragraphs, sourced tallies and
figures that are no tally. Scored as set 16.

    python benchmarks/numbers_fresh_16b.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import numbers_fresh_16 as sealed
from numbers_dev_16 import later_set_cases
from numbers_fresh_16 import Case, Frame

SEED = 1619

FRAMES = [
    Frame("approx-shifts", (
        "Some {n} packers were let go, {a} from the night shift and {b} from the day shift.",
        "Around {n} carriages were taken out of service: {a} on the coastal line and {b} on the branch lines.",
        "An estimated {n} patients caught the bug. {A} were on the surgical ward and {b} on the maternity ward.",
        "Roughly {n} caravans were damaged, {a} at the riverside site and {b} near the golf course.",
    ), approx="unround"),
    Frame("approx-round", (
        "About {n} volunteers turned out, {a} at the beach and {b} in the dunes.",
        "Close to {n} ferries were cancelled, {a} to the islands and {b} across the estuary.",
    ), approx="round"),
    Frame("ranks", (
        "The navy lost {n} sailors when the frigate sank, {a} ratings and {b} officers.",
        "{N} police officers were suspended, among them {a} constables and {b} sergeants.",
        "The hospital disciplined {n} staff - {a} junior doctors and {b} midwives.",
    )),
    Frame("people-by-sex", (
        "Border guards detained {n} Moroccan nationals, {a} men and {b} women.",
        "{N} Kurdish refugees landed on the beach; {a} were men and {b} women.",
    )),
    Frame("two-kinds", (
        "{N} cleaners and caterers were laid off, {a} at the airport and {b} at the conference centre.",
        "{N} pilots and engineers have resigned, {a} from the regional airline and {b} from its parent.",
    )),
    Frame("taken", (
        "Militants kidnapped {n} road workers near the border. {A} were released on Friday and {b} are still "
        "missing.",
        "Pirates boarded the tanker and took {n} crew hostage; {a} have been freed and {b} are still held.",
    )),
    Frame("things-outcome", (
        "Inspectors examined {n} lifts in the tower blocks. {A} were passed as safe and {b} were taken out of use.",
        "The club sent {n} appeals to the league, of which {a} succeeded and {b} failed.",
        "Engineers checked {n} bridges after the quake; {a} were declared safe and {b} were closed.",
    )),
    Frame("kinds-of-case", (
        "The ombudsman handled {n} complaints last year, {a} about housing and {b} about benefits.",
        "The watchdog opened {n} inquiries, {a} into banks and {b} into insurers.",
        "Police received {n} reports of crime over the festival, {a} of thefts and {b} of assaults.",
    )),
    Frame("altogether-after", (
        "{A} lambs were lost on the hill farms and {b} in the valley, {n} altogether.",
        "Crews rescued {a} walkers on the ridge and {b} in the gorge - {n} in all.",
    ), complete=True),
]

OVERLAPS = [
    "The hostel houses {n} students, {a} of them women and {b} from overseas.",
    "The firm hired {n} drivers; {a} were Polish and {b} were later promoted.",
    "The ward has {n} beds, {a} of them for children and {b} of them in single rooms.",
    "The survey of {n} cafes found {a} served breakfast and {b} stayed open late.",
]
OTHER_YEAR = [
    "The carrier cancelled {n} flights this winter. Last winter {a} were cancelled in December and {b} in "
    "January.",
    "Police seized {n} cars this year.\n\nIn 1999, officers seized {a} cars in the city and {b} in the suburbs.",
]
APPROX_WITHIN = [
    "Some {n} homes were cut off, {a} on the hill and {b} in the hollow.",
    "About {n} workers walked out, {a} at the mill and {b} at the yard.",
]

HEADS = [
    ("Hundreds of shops shut by strike", "The strike closed about {c} shops in the city.", (40, 150), (250, 800)),
    ("Thousands of trees felled by gales", "Gales brought down {c} trees across the county.", (300, 1200),
     (2500, 8000)),
    ("Dozens of boats sunk in harbour storm", "The storm sank {c} boats in the harbour.", (3, 15), (30, 90)),
    ("Scores of jobs to go at brewery", "The brewery will cut {c} jobs, the union said.", (6, 25), (50, 150)),
    ("Hundreds rescued from floods", "Rescuers lifted {c} people from rooftops.", (40, 150), (250, 900)),
]

TALLIES = [
    "Gales have torn the roofs from {n} homes in the town.",
    "The flood drowned {n}0 pigs on the farm.",
    "Wildfire has blackened {n}0 acres of moorland.",
    "Rioters smashed the windows of {n} shops.",
    "The landslide swept away {n} houses in the village.",
    "Frost has killed {n}0 hectares of vines.",
    "Arsonists burned {n} cars on the estate.",
    "The tremor cracked the walls of {n} schools.",
    "Storms have wrecked {n} fishing boats this winter.",
    "Hail has ruined {n}0 tonnes of apples.",
]
POINTED = [
    "The storm toppled {n} pylons.\n\nAccording to the power company, pylons in the region are due for "
    "replacement.",
    "Floods wrecked {n} homes in the valley.\n\nThe council's figures on housing waiting lists, released on "
    "Monday, show a rise.",
    "Fire gutted {n} holiday chalets.\n\nAccording to the park's owners, the holiday season starts in May.",
]
SOURCED = [
    "Gales have torn the roofs from {n} homes in the town, the council said.",
    "The flood drowned {n}0 pigs on the farm, according to its owner.",
    "Wildfire has blackened {n}0 acres of moorland.\n\nThat figure comes from the fire service.",
    "Rioters smashed the windows of {n} shops.\n\nAccording to the police, the shops were all on the high "
    "street.",
]
OTHERS = [
    "The pier was built in {year}.",
    "The {n}-year-old was banned from driving for {a} years.",
    "Celtic beat Hearts {a}-0 at Parkhead.",
    "A season ticket costs {n}0 pounds.",
    "The euro fell {a} cents against the dollar.",
    "The tour lasts {n} days.",
]


def build() -> list[Case]:
    return later_set_cases(SEED, FRAMES, [("overlap", OVERLAPS), ("other-year", OTHER_YEAR)], APPROX_WITHIN,
                           HEADS, TALLIES, POINTED, SOURCED, OTHERS)

if __name__ == "__main__":
    sealed.run(build(), "set 16b", "-v" in sys.argv, seed=SEED)
