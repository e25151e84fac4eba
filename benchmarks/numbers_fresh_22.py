"""Set 22 (issue 16, numbers22): a sealed first-sight set, written and committed before any rule change of the pass.

Frames of my own, in phrasings no earlier set, test or probe uses, drawn into real corpus articles and scored as
set 16 (``numbers_fresh_16.run``: a WL4 defect is found by a WL4 finding on its lines or the headline, a WL4
control is flagged by a WL4 finding anywhere in the article; a WL201 case by a warning on its own lines).

WL4 defects (parts above an exact total; or below it where the wording claims the list is complete) and their
twins that add up:

* ``states-kinds``: a total of injured, rescued or arrested people whose parts are kinds of people (a partition),
  written beside treatment and custody words, so that the state words must not hide a real contradiction.
* ``casualties``: "casualties" are the killed and the injured together ("N casualties: A dead and B wounded").
* ``complete-words``: "in all", "altogether", "the rest", "the remainder", "comprising", "made up of",
  "consisting of".
* ``both-sides``: losses "on both sides", "from both camps", "between them", "the two sides".
* ``broken-down``: "broke down into", "split between", "divided among", "divided between", "the breakdown was".
* ``nouns``: totals and parts in wire nouns (officers, personnel, servicemen, security forces, crew, passengers,
  staff, patients, pupils, pilgrims, miners, migrants).

WL4 controls (no WL4 finding anywhere):

* ``overlap-states``: a total divided by treatment, care, custody or rescue states that may overlap (surgery and
  still in hospital, critical condition and intensive care, taken to hospital and discharged, charged and still in
  custody), parts above the total.
* ``partial-states``: the same kind of states covering only some of a total that says it is whole ("In all",
  "A total of", a colon), parts below the total.
* ``also-lookalike``: further groups "also" counted beside a total of another noun or event.

WL201: unsourced tolls, injuries, damage (homes, schools, hospitals), areas burned, vehicles seized, costs to the
public and statistics in new wording; the same with a source; counts that are no tally (plans, sizes, years, ages,
scores, prices, market moves).

    python benchmarks/numbers_fresh_22.py [-v] [--show]
"""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import numbers_fresh_16 as sealed
from numbers_fresh_16 import Case
from numbers_fresh_19 import _parts  # parts over, short of or equal to a total
from numbers_fresh_v import lead, num

SEED = 2222
PER_FRAME = 8


@dataclass(frozen=True)
class Frame:
    """Templates with {n}/{N} the total and {a} {b} {c} the parts (capitals open a sentence).

    ``complete``: the wording claims the parts are all of the total, so parts short of it contradict it too.
    ``three``: the templates have three parts.
    """

    name: str
    templates: tuple[str, ...]
    complete: bool = False
    three: bool = False


FRAMES = [
    Frame("states-kinds", (
        "{N} people were injured in the pile-up, {a} of them children and {b} adults; several needed surgery.",
        "Paramedics took {n} people to hospital: {a} firefighters and {b} residents of the block.",
        "The {n} people still in hospital after the derailment include {a} railway staff and {b} schoolchildren.",
        "Lifeboats rescued {n} people from the ferry, among them {a} crew members and {b} tourists, and most were "
        "later discharged.",
        "Police arrested {n} people after the match, {a} home supporters and {b} away fans; some have been charged.",
        "Of the {n} people treated for injuries, {a} were spectators and {b} were stewards.",
    )),
    Frame("casualties", (
        "The bombing caused {n} casualties: {a} dead and {b} wounded.",
        "The army reported {n} casualties among its troops - {a} killed and {b} injured.",
        "Casualties from the ambush stood at {n}, {a} of them fatal and {b} wounded.",
        "{N} casualties were reported after the collapse, with {a} people killed and {b} hurt.",
        "The regiment suffered {n} casualties in the assault, {a} killed in action and {b} wounded.",
        "Hospitals counted {n} casualties from the blast; {a} died and {b} were injured.",
    ), complete=True),
    Frame("complete-words", (
        "Altogether {n} climbers were rescued, {a} Germans and {b} Austrians.",
        "In all, {n} people were evacuated from the valley: {a} from the north bank and {b} from the south bank.",
        "Of the {n} people killed, {a} were residents of the estate and the rest, {b}, were visitors.",
        "The {n} arrested included {a} women; the remainder, {b}, were men.",
        "The crew of {n} was made up of {a} Filipinos and {b} Indonesians, the shipping firm said.",
        "The team of {n} rescuers consisted of {a} firefighters and {b} paramedics.",
        "The convoy of {n} vehicles, comprising {a} lorries and {b} buses, reached the border at dawn.",
        "{N} pupils were sent home in all - {a} from the primary school and {b} from the secondary school.",
    ), complete=True),
    Frame("both-sides", (
        "The skirmish left {n} dead on both sides: {a} border guards and {b} smugglers.",
        "Both sides suffered {n} deaths in the battle, {a} among government troops and {b} among the rebels.",
        "Fighting overnight killed {n} combatants from both sides. Government troops lost {a} and the militia {b}.",
        "{N} people from both camps were hurt in the brawl, {a} home fans and {b} visiting supporters.",
        "Losses on both sides totalled {n}: the army {a}, the rebels {b}.",
        "The two sides lost {n} fighters between them, {a} loyalists and {b} insurgents, the monitor said.",
    ), complete=True),
    Frame("broken-down", (
        "The {n} deaths broke down into {a} in the capital and {b} in the provinces.",
        "The {n} people injured were split between {a} police officers and {b} protesters, the ministry said.",
        "The {n} families given aid were divided among {a} in the camps and {b} in host villages.",
        "The {n} evacuees were divided between the school, which took {a}, and the sports hall, which took {b}.",
        "The {n} victims can be broken down into {a} pedestrians and {b} cyclists.",
        "Of the {n} dead, the breakdown was {a} soldiers and {b} civilians, the spokesman said.",
    ), complete=True),
    Frame("nouns", (
        "The ambush killed {n} members of the security forces, {a} police officers and {b} soldiers.",
        "{N} security personnel died in the attacks, including {a} police officers and {b} army officers.",
        "The crash killed {n} servicemen, {a} officers and {b} enlisted men.",
        "{N} people were on board, {a} passengers and {b} crew, when the ferry sank.",
        "The gas leak injured {n} people, including {a} patients and {b} hospital staff.",
        "The stampede killed {n} people, among them {a} pilgrims and {b} police officers.",
        "{N} people drowned when the boat capsized, {a} migrants and {b} crew members among them.",
        "The roof fall trapped {n} workers, {a} miners and {b} engineers.",
        "{N} men were killed in the raid on the jail, including {a} guards and {b} officers.",
        "The fumes made {n} people ill, {a} pupils and {b} teachers among them.",
    )),
]

OVERLAP_STATES = [
    "{N} people were injured in the pile-up; {a} needed surgery and {b} remain in hospital.",
    "The blast injured {n} workers. {A} underwent operations overnight and {b} were still in hospital on Tuesday.",
    "Of the {n} passengers hurt, {a} are in a critical condition and {b} have been admitted to intensive care.",
    "Medics treated {n} fans after the crush; {a} were taken to hospital and {b} were later discharged.",
    "{N} people were hurt in the stampede. {A} were in a serious condition, while {b} had been kept in overnight.",
    "Rescuers pulled {n} people from the flooded estate; {a} were evacuated by helicopter and {b} were treated by "
    "paramedics.",
    "Police arrested {n} people during the protests. {A} have been charged and {b} remain in custody.",
    "{N} miners were brought to the surface, {a} of whom were kept in hospital and {b} were released after checks.",
    "The {n} hostages were freed on Sunday; {a} were flown home and {b} were treated in hospital.",
    "{N} people were wounded in the attack. {A} have had operations and {b} are in intensive care.",
    "Officers detained {n} men at the port; {a} were questioned and {b} were later charged.",
    "The {n} people injured in the fire were all treated: {a} were discharged and {b} needed skin grafts.",
    "{N} children fell ill at the camp. {A} were admitted to hospital and {b} were said to be in a stable condition.",
    "The coastguard rescued {n} sailors, {a} of whom were airlifted and {b} treated for exposure.",
]
PARTIAL_STATES = [
    "In all, {n} people were injured. {A} were treated and released and {b} are still being treated.",
    "A total of {n} people were hurt: {a} are in a critical condition and {b} were discharged.",
    "{N} people were injured altogether; {a} remain in a stable condition and {b} have gone home.",
    "A total of {n} people were arrested. {A} were charged and {b} were released on bail.",
    "Some {n} residents were evacuated in all; {a} were rescued by boat and {b} were taken to shelters.",
    "In total {n} people were hurt in the explosion: {a} were operated on and {b} remain in serious condition.",
]
ALSO_LOOKALIKES = [
    "{N} soldiers were killed in the assault; {a} civilians and {b} rebels also died.",
    "{N} passengers were rescued from the wreck, and {a} crew members and {b} firefighters were treated for smoke.",
    "The riot injured {n} police officers. {A} protesters and {b} bystanders were hurt as well.",
    "{N} pupils were evacuated from the school, and {a} teachers and {b} cooks later joined them at the hall.",
]


def _fill(template: str, n: int, a: int, b: int, c: int = 0) -> str:
    return template.format(n=num(n), N=lead(n), a=num(a), A=lead(a), b=num(b), B=lead(b), c=num(c), C=lead(c))


def frame_cases(rng: random.Random, per_frame: int, frames: Sequence[Frame] = FRAMES) -> list[Case]:
    """Each frame's defect (over; short every third one when the list claims to be whole) and its equal twin."""
    cases = []
    for frame in frames:
        for index in range(max(per_frame, len(frame.templates))):
            template = frame.templates[index % len(frame.templates)]
            defect = "short" if frame.complete and index % 3 == 1 else "over"
            for positive, mode in ((True, defect), (False, "equal")):
                n = rng.randint(20, 95)
                cases.append(Case(frame.name, positive, _fill(template, n, *_parts(rng, n, 3 if frame.three else 2,
                                                                                    mode))))
    return cases


def control_cases(rng: random.Random) -> list[Case]:
    """Overlapping states over the total, partial states under a whole total, groups counted "also"."""
    cases = []
    for family, templates, mode in [("overlap-states", OVERLAP_STATES, "over"),
                                    ("partial-states", PARTIAL_STATES, "short"),
                                    ("also-lookalike", ALSO_LOOKALIKES, "over")]:
        for index in range(max(12, 2 * len(templates))):
            template = templates[index % len(templates)]
            n = rng.randint(20, 95)
            cases.append(Case(family, False, _fill(template, n, *_parts(rng, n, 2, mode))))
    return cases


# --- WL201 -----------------------------------------------------------------------------------------------------------

TALLIES = [
    "{N} people have lost their lives on the county's roads since January.",
    "The explosion left {n} people with serious injuries.",
    "Floodwater has damaged {n} schools across the region.",
    "{N} homes were gutted when the fire spread along the terrace.",
    "The wildfire has burned through {n},000 hectares of pine forest.",
    "Police impounded {n} vehicles during the crackdown.",
    "The bailout has left taxpayers £{n}bn out of pocket.",
    "{N} classrooms were wrecked by the storm.",
    "{N} pedestrians died on the city's streets last year.",
    "Shelling has wounded {n} patients at the hospital this month.",
    "The cyclone flattened {n} villages along the coast.",
    "Officers seized {n} cars and {a} motorbikes in the raids.",
    "{N} lorries were confiscated at the border crossing.",
    "Repairs to the bridge have cost the public purse £{n}m.",
    "The number of people killed in the floods has risen to {n}.",
    "{N} shops were looted overnight in the city centre.",
    "Vandalism cost the council £{n},000 last year.",
    "{N} hospitals have been hit by air strikes since the offensive began.",
    "Arson attacks have destroyed {n} churches since March.",
    "Nearly {n} in every 1,000 babies die before their first birthday.",
    "About {n},000 hectares of farmland went up in flames during the heatwave.",
    "The ferry disaster claimed {n} lives.",
    "Severe weather damaged about {n},000 homes in the south.",
    "The overspend on the new stadium will cost ratepayers ${n}m.",
]
SOURCED = [
    "{N} homes were gutted when the fire spread along the terrace, fire chiefs said.",
    "Police said they impounded {n} vehicles during the crackdown.",
    "According to the health ministry, shelling has wounded {n} patients at the hospital this month.",
    "The wildfire has burned through {n},000 hectares of pine forest, the forestry agency said.",
    "Floodwater has damaged {n} schools across the region, the education department said.",
    "The National Audit Office said the bailout has left taxpayers £{n}bn out of pocket.",
]
NOT_TALLIES = [
    "The council plans to build {n} homes on the site.",
    "The school has {n} classrooms and a sports hall.",
    "The bridge was opened in {year}.",
    "The {n}-year-old was fined £{a}00.",
    "Rovers won {a}-1 away on Tuesday.",
    "A return ticket costs £{n}.",
    "The pound rose {a} cents against the dollar.",
    "The hospital treats about {n},000 patients a year.",
]


def wl201_cases(rng: random.Random, tallies: Sequence[str] = TALLIES, sourced: Sequence[str] = SOURCED,
                not_tallies: Sequence[str] = NOT_TALLIES) -> list[Case]:
    """Unsourced tallies (defects), their sourced twins and counts that are no tally (controls)."""
    cases = []
    for family, templates, positive in [("tally", tallies, True), ("sourced", sourced, False),
                                        ("not-a-tally", not_tallies, False)]:
        for index in range(max(12, len(templates))):
            n, a = rng.randint(11, 95), rng.randint(2, 9)
            body = templates[index % len(templates)].format(n=num(n), N=lead(n), a=num(a),
                                                            year=rng.randint(1950, 2003))
            cases.append(Case(f"WL201 {family}", positive, body, code="WL201"))
    return cases


def build(seed: int = SEED, per_frame: int = PER_FRAME) -> list[Case]:
    rng = random.Random(seed)
    return frame_cases(rng, per_frame) + control_cases(rng) + wl201_cases(rng)


def show(cases: Sequence[Case] | None = None) -> None:
    """Print every case of ``cases`` (this set's by default), to read a set, not to score it."""
    for case in build() if cases is None else cases:
        print(f"{'+' if case.positive else '-'} {case.family}: {case.body!r}")


if __name__ == "__main__":
    if "--show" in sys.argv:
        show()
    else:
        sealed.run(build(), "set 22", "-v" in sys.argv, seed=SEED, hit=sealed._hit)
