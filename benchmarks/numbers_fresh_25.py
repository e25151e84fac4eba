"""Set 25 (issue 16, numbers25): a sealed first-sight set, written and committed before any rule change of the pass.

The outside evaluation after numbers24 named four shapes WL402 still misses; this set probes them in wordings and
nouns of my own, drawn into real corpus articles and scored as set 16 (a WL4 defect is found by a WL4 finding on its
lines, a WL4 control is flagged by a WL4 finding anywhere in the article):

* ``compound-roles``: parts named by hyphenated or multi-word kinds of people whose head is a doer ("cinema-goers",
  "pass holders", "night-shift workers", "scooter riders", "day-labourers") under a total of people or passengers,
  linked by dividing, taking in, covering or "including".
* ``compound-layout``: the same nouns as the rows of a pipe table, a bulleted list under "The N dead, by group:" and
  a fact box whose total line the rows contradict.
* ``total-then-parts``: a total and its parts in one sentence after "in all, namely" / "in total", the attribution
  after the parts; a total whose sides are claimed before a colon; parts after a dash that follows the attribution;
  unit nouns no data file knows ("auxiliaries", "conscripts", "tribesmen", "marksmen", "sentries").
* ``toll-dated``: a toll that climbed to N on a day, the parts apposed after the date; "The wounded of the EVENT, N
  in total, comprised A X and B Y".
* ``listed-by``: a list published by someone showing the parts among the dead or hurt, in the same paragraph or the
  next; neighbours or relatives naming them among the injured in the next paragraph.

WL4 controls (no WL4 finding anywhere), besides every frame's twin: ``overlap``, conditions with compound nouns that
may overlap, their sum above the total; ``nested``, a compound sub-group inside an exact partition; ``other-group``,
compound groups beside a total of another kind; ``three-groups``, three separate groups after a bare comma.

    python benchmarks/numbers_fresh_25.py [-v] [--show]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import numbers_fresh_16 as sealed
import numbers_fresh_22 as set22
from numbers_fresh_16 import Case
from numbers_fresh_19 import _parts
from numbers_fresh_22 import Frame
from numbers_fresh_v import num

SEED = 2525
PER_FRAME = 12

FRAMES = [
    Frame("compound-roles", (
        "The crush at the arena injured {n} people. They split into {a} concert-goers and {b} pass holders.",
        "The derailment killed {n} passengers, a number that takes in {a} day-trippers and {b} scooter riders.",
        "The gas cloud made {n} people ill. The number covers {a} night-shift workers and {b} school-run drivers.",
        "The quay collapse hurt {n} people, who divide into {a} ferry riders and {b} stall-holders.",
        "The blaze killed {n} people: the figure takes in {a} day-labourers and {b} allotment holders.",
        "{N} people were hurt when the stand gave way, including {a} match-goers and {b} season pass holders.",
        "The flash flood killed {n} people, a figure that covers {a} mill-workers and {b} dog walkers.",
        "The bus fire injured {n} passengers; they split into {a} theatre-goers and {b} rail-replacement riders.",
    )),
    Frame("total-then-parts", (
        "The raid on the outpost killed {n} combatants in all, namely {a} auxiliaries and {b} conscripts, the "
        "monitor said.",
        "Both garrisons suffered in the fighting at the dam: {n} combatants were wounded, {a} sentries and {b} "
        "tribesmen, a medic said.",
        "The skirmish cost the two militias {n} fighters in total, the commander said - {a} marksmen and {b} "
        "reservists.",
        "{N} combatants died in total, {a} grenadiers and {b} yeomen, according to the garrison.",
        "Both camps took losses in the raid at the oasis: {n} fighters were killed, {a} cameleers and {b} "
        "bodyguards, the tribal elders said.",
        "The ambush cost the rival bands {n} fighters in all, an observer said - {a} horsemen and {b} "
        "boatmen.",
    ), complete=True),
    Frame("toll-dated", (
        "The toll from the tunnel fire climbed to {n} people dead on Sunday, {a} miners and {b} rescue workers.",
        "The number of injured rose to {n} people on Wednesday evening, {a} stewards and {b} spectators.",
        "The wounded of the siege, {n} combatants in total, comprised {a} conscripts and {b} auxiliaries.",
        "Deaths from the heatwave reached {n} people by Saturday, {a} farm labourers and {b} pensioners.",
        "The injured of the riot, {n} people in total, comprised {a} shopkeepers and {b} police officers.",
        "The toll climbed to {n} people dead on 4 May, {a} pilgrims and {b} guides.",
    )),
    Frame("listed-by", (
        "The explosion at the mill killed {n} people. A list published by the county showed {a} loom operators "
        "and {b} mill hands among the dead.",
        "{N} people were injured when the balcony fell.\n\nNeighbours named {a} students and {b} pensioners among "
        "the injured.",
        "The landslide killed {n} villagers. A register kept by the parish showed {a} goatherds and {b} "
        "schoolchildren among the dead.",
        "The crash injured {n} people on the coach.\n\nRelatives named {a} choir members and {b} teachers among "
        "the injured.",
        "Shelling wounded {n} combatants at the ford.\n\nA roster released by the brigade showed {a} sentries "
        "and {b} sappers among the wounded.",
        "The mine flood killed {n} workers. A list issued by the union showed {a} pump attendants and {b} "
        "shaft hands among the dead.",
    )),
]

# --- layouts --------------------------------------------------------------------------------------------------------

ROW_NOUNS = [("Concert-goers", "Pass holders"), ("Scooter riders", "Day-trippers"),
             ("Night-shift workers", "Van drivers"), ("Match-goers", "Season ticket holders"),
             ("Mill-workers", "Dog walkers")]
TABLE_INTROS = [
    "The stampede at the stadium injured {n} people, the club said.",
    "The crash killed {n} passengers, investigators said.",
    "The fire at the plant hurt {n} people, the operator said.",
]
BY_GROUP_INTROS = ["The {n} dead, by group:", "The {n} injured, by kind:", "Who the {n} victims were:"]
BOXES = [("The blast at the market killed {n} people, police said.", "In numbers\nDead in all: {n}"),
         ("The crush injured {n} people, the council said.", "Key facts\nTotal injured: {n}")]


def _layout(rng: random.Random, index: int, n: int, parts: list[int]) -> str:
    """A pipe table under its intro, a bulleted list by group or a fact box, its rows compound nouns of people."""
    first, second = ROW_NOUNS[rng.randrange(len(ROW_NOUNS))]
    kind = index % 3
    if kind == 0:
        rows = ["Group | Hurt", f"{first} | {parts[0]}", f"{second} | {parts[1]}"]
        return TABLE_INTROS[index % len(TABLE_INTROS)].format(n=num(n)) + "\n\n" + "\n".join(rows)
    if kind == 1:
        intro = BY_GROUP_INTROS[index % len(BY_GROUP_INTROS)].format(n=num(n))
        return f"{intro}\n- {first.lower()}: {parts[0]}\n- {second.lower()}: {parts[1]}"
    intro, head = BOXES[index % len(BOXES)]
    return intro.format(n=num(n)) + "\n\n" + head.format(n=n) + f"\n- {first}: {parts[0]}\n- {second}: {parts[1]}"


def layout_cases(rng: random.Random) -> list[Case]:
    """Tables under a stated total (over), lists by group and boxes (whole: short every third one too)."""
    cases = []
    for index in range(12):
        defect = "short" if index % 3 and index % 4 == 1 else "over"
        for positive, mode in ((True, defect), (False, "equal")):
            n = rng.randint(20, 95)
            cases.append(Case("compound-layout", positive, _layout(rng, index, n, _parts(rng, n, 2, mode))))
    return cases


# --- controls -------------------------------------------------------------------------------------------------------

OVERLAPS = [
    "Of the {n} concert-goers treated, {a} had inhaled smoke and {b} had cut their feet.",
    "The {n} pass holders were refunded; {a} had complained of delays and {b} had missed their flights.",
    "{N} night-shift workers were examined: {a} had headaches and {b} said they smelled solvent.",
    "Of {n} scooter riders stopped, {a} had no helmet and {b} were given warnings.",
]
NESTED = [
    "The crash killed {n} people: {a} day-trippers, {c} of whom were pensioners, and {b} van drivers.",
    "The fire injured {n} people - {a} mill-workers, {c} of them apprentices, and {b} dog walkers.",
    "Of the {n} hurt, {a} were match-goers, {c} of them children, and {b} were stewards.",
]
OTHER_GROUP = [
    "The blast killed {n} dockers, and {a} lorry drivers and {b} crane operators helped to dig out survivors.",
    "{N} commuters were hurt; {a} ticket inspectors and {b} station cleaners later gave statements.",
    "The flood killed {n} goatherds. Days later {a} aid workers and {b} truck drivers reached the valley.",
]
THREE_GROUPS = [
    "The storm killed {n} people, {a} fishing-boat owners lost their boats and {b} shop-keepers lost their stock.",
    "The riot injured {n} police officers, {a} shop-workers were evacuated and {b} taxi drivers were stranded.",
    "The clashes killed {n} combatants, {a} aid workers were held overnight and {b} lorry drivers were turned back.",
]


def control_cases(rng: random.Random) -> list[Case]:
    """Overlapping conditions, nested sub-groups, other groups beside a total, three groups after a bare comma."""
    cases = []
    for family, templates, mode, times in (("overlap", OVERLAPS, "over", 2), ("other-group", OTHER_GROUP, "over", 2),
                                           ("three-groups", THREE_GROUPS, "over", 2)):
        for index in range(times * len(templates)):
            n = rng.randint(20, 95)
            cases.append(Case(family, False, set22._fill(templates[index % len(templates)], n,
                                                         *_parts(rng, n, 2, mode))))
    for index in range(2 * len(NESTED)):
        n = rng.randint(20, 95)
        a, b = _parts(rng, n, 2, "equal")
        cases.append(Case("nested", False, set22._fill(NESTED[index % len(NESTED)], n, a, b, rng.randint(1, a - 1))))
    return cases


def build(seed: int = SEED, per_frame: int = PER_FRAME) -> list[Case]:
    rng = random.Random(seed)
    return set22.frame_cases(rng, per_frame, FRAMES) + layout_cases(rng) + control_cases(rng)


if __name__ == "__main__":
    if "--show" in sys.argv:
        set22.show(build())
    else:
        sealed.run(build(), "set 25", "-v" in sys.argv, seed=SEED, hit=sealed._hit)
