"""Set 27 (issue 16, numbers27): parts given with "respectively", written before the pass changed a rule.

A total in one sentence and its parts as a "respectively" list in the same sentence or the next: numbers first
("{a} and {b} ... in X and Y respectively"), things first ("X and Y lost {a} and {b} respectively"), three parts,
"respectively" in brackets or after a comma. A defect is scored found only when a WL4 finding on the inserted lines
names the right total (``total "N"``): the lead's probe read a part as the total. Defects: ``resp-numbers-first``,
``resp-things-first``, ``resp-three``, ``resp-next-sentence`` (parts above the total), ``resp-complete`` (parts
short of a total the wording says is whole: "in all", "all", "both"). Controls: every frame's equal twin,
``resp-partial`` (parts short of a total, list not claimed whole), ``resp-unrelated`` (a "respectively" list of
ages, scores, prices or another measure beside a total).

    python benchmarks/numbers_fresh_27.py [-v] [--show]
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_numbers as ev
import numbers_fresh_16 as sealed
import numbers_fresh_22 as set22
from numbers_fresh_16 import Case
from numbers_fresh_19 import _parts
from numbers_fresh_22 import Frame, _fill
from numbers_fresh_v import num, words

SEED = 2727
PER_FRAME = 12

FRAMES = [
    Frame("resp-numbers-first", (
        "The storm killed {n} people, {a} and {b} of them in the coastal and hill districts respectively.",
        "Shelling wounded {n} civilians on Monday; {a} and {b} were hurt in Kramatorsk and Sloviansk respectively.",
        "{N} miners were trapped after the collapse, {a} and {b} in the east and west shafts respectively.",
        "The outbreak has sickened {n} pupils, with {a} and {b} cases at the primary and secondary schools "
        "respectively, officials said.",
        "The ferry fire injured {n} passengers, {a} and {b} of whom were treated aboard and ashore respectively.",
        "Police arrested {n} fans after the match. {A} and {b} were held at the north and south stands "
        "respectively.",
    )),
    Frame("resp-things-first", (
        "The two raids killed {n} villagers. Tangi and Sorkh lost {a} and {b} respectively, elders said.",
        "The bombing injured {n} people; the market and the bus station accounted for {a} and {b} of them "
        "respectively.",
        "Floods killed {n} people across the region, with the Sindh and Punjab provinces reporting {a} and {b} "
        "deaths respectively.",
        "The crash injured {n} people. The coach and the lorry carried {a} and {b} of them respectively.",
        "{N} soldiers died in the offensive, the northern and southern brigades losing {a} and {b} men "
        "respectively.",
        "Landslides buried {n} homes; Ermera and Aileu districts counted {a} and {b} respectively.",
    )),
    Frame("resp-three", (
        "The quake killed {n} people, of whom {a}, {b} and {c} died in Ovacik, Pulumur and Hozat respectively.",
        "Strikes wounded {n} fighters. Government troops, rebels and tribal militias had {a}, {b} and {c} "
        "wounded respectively, the monitor said.",
        "The fever has infected {n} people, {a}, {b} and {c} in the first, second and third camps respectively.",
        "{N} students were detained in the protests: {a}, {b} and {c} in the capital, the port and the border "
        "town respectively.",
    ), three=True),
    Frame("resp-next-sentence", (
        "The blasts killed {n} people, police said.\n\n{A} and {b} of the dead were found near the mosque and "
        "the bakery respectively.",
        "Floodwater forced {n} families from their homes. The river valley and the delta accounted for {a} and "
        "{b} of them respectively.",
        "The epidemic has claimed {n} lives this month. Of those, {a} and {b} were in the northern and southern "
        "provinces respectively.",
        "{N} workers were hurt at the plant on Tuesday. The paint shop and the furnace hall had {a} and {b} "
        "injured respectively.",
    )),
    Frame("resp-complete", (
        "The two attacks killed {n} people in all, {a} and {b} in the towns of Bama and Konduga respectively.",
        "All {n} passengers survived; {a} and {b} were taken to the city and military hospitals respectively.",
        "Both ambushes together killed {n} soldiers, {a} and {b} of them on the highway and at the checkpoint "
        "respectively.",
        "The {n} people hurt in all were taken to two clinics, which treated {a} and {b} of them respectively.",
    ), complete=True),
]

PARTIAL = [
    "The storm killed {n} people, including {a} and {b} in the coastal and hill districts respectively.",
    "Shelling wounded {n} civilians; at least {a} and {b} were hurt in Kramatorsk and Sloviansk respectively.",
    "Floods killed {n} people, among them {a} and {b} in the Sindh and Punjab provinces respectively.",
    "{N} soldiers died in the offensive. Two brigades lost {a} and {b} men respectively.",
]
UNRELATED = [
    "The attack killed {n} people. Two of the victims were aged {a} and {b} respectively.",
    "{N} people were injured when the stand collapsed. The home and away sides scored {a} and {b} goals "
    "respectively.",
    "The flood displaced {n} families. The two relief camps are {a} and {b} kilometres from the town "
    "respectively.",
    "The blast killed {n} workers. The two plants employ {a} and {b} people respectively.",
    "Police detained {n} protesters. The two marches lasted {a} and {b} minutes respectively.",
    "The raid wounded {n} people; the two suspects were sentenced to {a} and {b} years respectively.",
]


def control_cases(rng: random.Random) -> list[Case]:
    """Partial lists short of the total, and "respectively" lists of another measure over it."""
    cases = []
    for family, templates, mode in (("resp-partial", PARTIAL, "short"), ("resp-unrelated", UNRELATED, "over")):
        for index in range(max(12, 2 * len(templates))):
            n = rng.randint(20, 95)
            cases.append(Case(family, False, _fill(templates[index % len(templates)], n, *_parts(rng, n, 2, mode))))
    return cases


def build(seed: int = SEED, per_frame: int = PER_FRAME) -> list[Case]:
    rng = random.Random(seed)
    return set22.frame_cases(rng, per_frame, FRAMES) + control_cases(rng)


def _hit(linter: ev.Linter, record: dict[str, str], case: Case, rng: random.Random) -> tuple[bool, list[str]]:
    """A defect counts as found only by a WL4 finding on its lines whose message names its own total."""
    found, why = sealed._hit(linter, record, case, rng)
    if not case.positive or not found:
        return found, why
    right = [w for w in why if any(re.search(rf'total "{re.escape(form)}[" ]', w) for form in _forms(case))]
    return bool(right), why


def _forms(case: Case) -> set[str]:
    """The total as the body writes it: every frame writes its total before its parts."""
    forms = set()
    for n in range(20, 96):
        for form in (num(n), words(n), words(n).capitalize()):
            if re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", case.body):
                forms.add(form)
    first = min(forms, key=lambda f: case.body.find(f), default="")
    return {first} if first else set()


if __name__ == "__main__":
    if "--show" in sys.argv:
        set22.show(build())
    else:
        sealed.run(build(), "set 27", "-v" in sys.argv, seed=SEED, hit=_hit)
