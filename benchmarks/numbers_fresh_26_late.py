"""Set 26 late (issue 16, numbers26): new wordings of set 26's shapes, written after its first piece landed and
committed before its first measurement, to see whether that piece reads the shapes or only set 26's words.

Same scoring as set 26 (``numbers_fresh_16.run``). Defects: ``other-closes-late`` ("the other" / "the remaining"
after a semicolon, a colon, a dash or in the next sentence, with new sources and groups), ``people-groups-late``
(groups of people no hierarchy lists, after "among them", "including", "of whom", "with ... among them"),
``dash-complete-late`` (every one / all of a total accounted for, parts between dashes or brackets),
``listed-next-late`` (a record, tally or roll naming the parts among the dead or the hurt). Controls:
``injured-beside-late`` (parts of the injured beside a killed count and a count of other people nearby),
``acts-late`` (acts by different verbs), ``partial-late`` (groups among a total, short of it).

    python benchmarks/numbers_fresh_26_late.py [-v] [--show]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import numbers_fresh_16 as sealed
import numbers_fresh_22 as set22
import numbers_fresh_26 as set26
from numbers_fresh_16 import Case
from numbers_fresh_22 import Frame

SEED = 2627
PER_FRAME = 12

FRAMES = [
    Frame("other-closes-late", (
        "The lift plunge injured {n} people, the building's owner said; {a} were cleaners, and the other {b} were "
        "security staff.",
        "Fifty-odd miles away, the rail crash hurt {n} commuters, the operator said: {a} were standing and the "
        "other {b} were seated.",
        "Rescuers brought {n} people down from the ridge, park rangers said. {A} were hikers; the other {b} were "
        "mountain bikers.",
        "The raid netted {n} suspects, a police spokeswoman said; {a} were released on the spot and the remaining "
        "{b} were held.",
        "A total of {n} patients fell ill after the meal, the trust said; {a} were on the surgical ward and the "
        "other {b} on the maternity ward.",
        "{N} sailors were picked up, the navy said — {a} were conscripts and the other {b} were officers.",
    ), complete=True),
    Frame("people-groups-late", (
        "The fairground crash injured {n} people, with {a} teenagers and {b} ride operators among them.",
        "{N} people died in the flood, including {a} shepherds and {b} Uzbek seasonal hands.",
        "The siege left {n} civilians hurt, {a} of whom were bakers and {b} street sweepers.",
        "The bus carried {n} victims to the clinic, among them {a} bricklayers and {b} apprentice plasterers.",
        "The stampede killed {n} people, including {a} pilgrims from abroad and {b} volunteer marshals.",
        "{N} people were poisoned by the well, among them {a} herdsmen and {b} Tuareg traders.",
    )),
    Frame("dash-complete-late", (
        "Every one of the {n} people hurt in the riot has been traced — {a} shop owners and {b} passers-by — the "
        "council said.",
        "The {n} dead (all now identified: {a} labourers and {b} site engineers) were buried on Sunday.",
        "All {n} passengers hurt in the crash are now known - {a} pensioners and {b} carers - a police spokesman "
        "said.",
        "Each of the {n} people killed had been named by Friday – {a} tenants and {b} visiting relatives.",
    ), complete=True),
    Frame("listed-next-late", (
        "The blaze left {n} people dead. A tally by the fire service put {a} lodgers and {b} night staff among the "
        "dead.",
        "The collapse left {n} workers hurt.\n\nThe union's own roll counted {a} scaffolders and {b} crane drivers "
        "among the injured.",
        "The ambush left {n} people dead. Village elders listed {a} herders and {b} traders among the victims.",
        "The clash left {n} people injured. Among the injured, medics said, were {a} marchers and {b} bystanders.",
    )),
]

INJURED_BESIDE = [
    "{K} firefighters were sent from the next town.\n\nThe fire killed {n} residents and injured {m}. The injured "
    "included {a} pensioners and {b} care workers.",
    "The explosion killed {n} miners and hurt {m} others, the company said. Among those hurt were {a} drillers and "
    "{b} surveyors.\n\n{K} inspectors arrived on Thursday.",
    "{K} men were charged later.\n\nThe riot left {n} people dead and {m} wounded. Those wounded included {a} "
    "traders and {b} police officers.",
]
ACTS = [
    "Of the {n} residents at the meeting, {a} signed the petition and {b} asked questions.",
    "{N} volunteers turned up: {a} cleared the beach and {b} collected litter in the park.",
    "Of the {n} fans interviewed, {a} bought tickets online and {b} travelled by coach.",
    "The {n} trainees were busy; {a} repaired engines and {b} painted the hangar.",
]
PARTIAL = [
    "{N} people were hurt in the collapse, among them {a} shop owners and {b} passers-by.",
    "The flood killed {n} people, including {a} shepherds and {b} site engineers.",
]


def control_cases(rng: random.Random) -> list[Case]:
    """Parts of the injured beside a killed count, acts by different verbs, partial groups."""
    return (set26.injured_cases(rng, "injured-beside-late", INJURED_BESIDE, 9)
            + set26.family_cases(rng, "acts-late", ACTS, "over", 12)
            + set26.family_cases(rng, "partial-late", PARTIAL, "short", 12))


def build(seed: int = SEED, per_frame: int = PER_FRAME) -> list[Case]:
    rng = random.Random(seed)
    return set22.frame_cases(rng, per_frame, FRAMES) + control_cases(rng)


if __name__ == "__main__":
    if "--show" in sys.argv:
        set22.show(build())
    else:
        sealed.run(build(), "set 26 late", "-v" in sys.argv, seed=SEED, hit=sealed._hit)
