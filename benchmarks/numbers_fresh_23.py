"""Set 23 (issue 16, numbers23): a sealed first-sight set, written and committed before any rule change of the pass.

Frames of my own, drawn into real corpus articles and scored as set 16 (``numbers_fresh_16.run``).

WL4 defects (parts above an exact total; or short of it where the wording claims the list is whole) and their
twins that add up:

* ``fact-box``: a box whose first line restates the total, then lists the parts.
* ``among-after``: parts in the next sentence, post-posed ("X and Y were among the dead").
* ``bullets``: lists with any bullet marker, tables with dot leaders or tabs, one-line tallies.
* ``sides``: losses on both sides with the verb left out, or told side by side.
* ``either-or``: a headline "N killed or injured" over a body that counts the killed and the injured apart.

WL4 controls (no WL4 finding anywhere): ``cross-axes``, parts on different axes (severity and kind of person, sex
and age, nationality and age) whose sum exceeds the total; ``box-restated``, a box with its total line and parts
that add up to it (the twins of ``fact-box`` already are).

WL201: unsourced tallies of schools and damaged buildings; the same with a source; counts that are no tally.

    python benchmarks/numbers_fresh_23.py [-v] [--show]
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
from numbers_fresh_v import lead, num

SEED = 2323
PER_FRAME = 8

FRAMES = [
    Frame("fact-box", (
        "A gas explosion killed {n} people on Monday, the fire service said.\n\nAt a glance\nDead: {n}\n"
        "Residents: {a}\nVisitors: {b}",
        "Floods drowned {n} people in the valley, officials said.\n\nThe toll\nDrowned: {n}\n- adults: {a}\n"
        "- children: {b}",
        "The collapse injured {n} workers, the company said.\n\nKey figures\nWorkers injured: {n}\n"
        "of whom kept in hospital: {a}\nsent home the same day: {b}",
        "Shelling killed {n} people in the town overnight, a local official said.\n\nIn numbers\nTotal: {n}\n"
        "Men: {a}\nWomen: {b}",
    ), complete=True),
    Frame("among-after", (
        "The raid killed {n} people, the governor said. {A} police officers and {b} bystanders were among the dead.",
        "A train crash injured {n} people on Friday, the operator said. {A} commuters and {b} staff were among "
        "the injured.",
        "Gunmen killed {n} people in the village, officials said. Among the victims were {a} farmers and {b} "
        "traders.",
        "The fighting killed {n} combatants, a monitor said. {A} soldiers and {b} militants were among them.",
    )),
    Frame("bullets", (
        "The clashes left {n} people injured, the ministry said.\n\nThe {n} injured, by group:\n+ police: {a}\n"
        "+ protesters: {b}",
        "A bus crash hurt {n} people, police said.\n\nWho the {n} hurt were:\n1) passengers: {a}\n2) pedestrians: {b}",
        "The fire killed {n} people, the brigade said.\n\nBreakdown of the dead:\n\u2022 tenants: {a}\n"
        "\u2022 guests: {b}",
        "An air strike killed {n} fighters, the monitor said.\n\nSoldiers .... {a}\nRebels .... {b}",
        "A storm injured {n} people on the coast, officials said (injured: {n}; adults: {a}; children: {b}).",
    )),
    Frame("sides", (
        "Losses on both sides came to {n}: government troops {a}, the insurgents {b}.",
        "The death toll on both sides rose to {n}, with {a} soldiers and {b} rebels killed.",
        "The clashes killed {n} fighters on both sides; the army said it lost {a} soldiers and the rebels lost {b} "
        "fighters.",
        "The battle cost {n} lives on both sides, {a} on one side and {b} on the other.",
    ), complete=True),
]

CROSS_AXES = [
    "The dam burst injured {n} people, {a} of them seriously, and {b} children were among the injured.",
    "The fire killed {n} people; {a} were women and {b} were over 70.",
    "The quake killed {n} tourists, {a} of them Germans, and {b} were under 30.",
    "The storm injured {n} people, {a} of them critically; {b} were pensioners.",
    "The crash injured {n} passengers. {A} were male, and {b} were children.",
]

EITHER_OR = [
    ("{n} killed or injured in market bombing", "The bombing killed {a} people and wounded {b} others, police said."),
    ("{n} dead or wounded in border clash", "The clash killed {a} soldiers, the army said.\n\nAnother {b} soldiers "
     "were wounded, it added."),
    ("{n} hurt or killed as bridge falls", "The collapse killed {a} people, officials said, and injured {b}."),
    ("Bomb leaves {n} casualties", "The bomb killed {a} people, police said.\n\nIt wounded {b} more, they said."),
]


def _fill(template: str, n: int, a: int, b: int) -> str:
    return template.format(n=num(n), N=lead(n), a=num(a), A=lead(a), b=num(b), B=lead(b))


def frame_cases(rng: random.Random, per_frame: int) -> list[Case]:
    return set22.frame_cases(rng, per_frame, FRAMES)


def either_cases(rng: random.Random) -> list[Case]:
    """A headline sum of the killed and the injured: over the body's two counts (a defect) and equal (a control)."""
    cases = []
    for index in range(12):
        headline, body = EITHER_OR[index % len(EITHER_OR)]
        for positive in (True, False):
            n = rng.randint(20, 95)
            a, b = _parts(rng, n, 2, "equal")
            shown = n + rng.randint(5, 12) if positive else n
            cases.append(Case("either-or", positive, _fill(body, n, a, b), headline=_fill(headline, shown, a, b)))
    return cases


def control_cases(rng: random.Random) -> list[Case]:
    """Parts on different axes that sum above the total."""
    cases = []
    for index in range(15):
        n = rng.randint(20, 95)
        cases.append(Case("cross-axes", False, _fill(CROSS_AXES[index % len(CROSS_AXES)], n,
                                                     *_parts(rng, n, 2, "over"))))
    return cases


TALLIES = [
    "The earthquake damaged {n} schools in the province.",
    "{N} buildings were left uninhabitable after the tremor.",
    "Shelling has destroyed {n} schools since the summer.",
    "The typhoon flattened {n} structures in the port.",
    "{N} shops were razed when the blaze swept the market.",
    "Two bridges and {n} buildings partially collapsed in the quake.",
    "Floods have damaged {n} places of worship in the district.",
    "{N} school buildings were destroyed by the cyclone.",
    "The landslide damaged {n} bridges along the valley road.",
    "Air strikes have razed {n} buildings in the old city.",
]
SOURCED = [
    "The earthquake damaged {n} schools in the province, the education ministry said.",
    "According to the civil defence, {n} buildings were left uninhabitable after the tremor.",
    "The typhoon flattened {n} structures in the port, the harbour authority said.",
    "Officials said air strikes have razed {n} buildings in the old city.",
]
NOT_TALLIES = [
    "The town has {n} schools and two colleges.",
    "The council will rebuild {n} schools by 2030.",
    "The district's {n} bridges are inspected every year.",
    "Engineers checked {n} buildings for cracks as a precaution.",
]


def wl201_cases(rng: random.Random) -> list[Case]:
    return set22.wl201_cases(rng, TALLIES, SOURCED, NOT_TALLIES)


def build(seed: int = SEED, per_frame: int = PER_FRAME) -> list[Case]:
    rng = random.Random(seed)
    return frame_cases(rng, per_frame) + either_cases(rng) + control_cases(rng) + wl201_cases(rng)


def show() -> None:
    """Print every case (to read the set, not to score it)."""
    for case in build():
        print(f"{'+' if case.positive else '-'} {case.family}: {case.headline + ' // ' if case.headline else ''}"
              f"{case.body!r}")


if __name__ == "__main__":
    if "--show" in sys.argv:
        show()
    else:
        sealed.run(build(), "set 23", "-v" in sys.argv, seed=SEED, hit=sealed._hit)
