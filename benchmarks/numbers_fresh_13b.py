"""Set 13b (issue 16, numbers13): the families of set 13 once more, in words written after every rule change of the
pass and committed before its one measurement, never tuned on: an estimate of how the pass generalises (set 13
itself was read to write the fixes).

    python benchmarks/numbers_fresh_13b.py [-v]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from numbers_fresh_13 import filler, tally_cases
from numbers_fresh_v import lead, num, score, story
from numbers_round14 import Case, Frame, cases, pick, score_tallies

SEED = 1714
PER_FRAME = 6


def h_outcome_mark(rng: random.Random, a: int, b: int, n: int) -> str:
    opening, noun, first, second = rng.choice([
        ("The panel assessed {n} {noun}", "grant applications", "were funded", "were rejected"),
        ("Vets examined {n} {noun}", "horses", "were passed fit", "were withdrawn"),
        ("The regulator audited {n} {noun}", "charities", "were cleared", "were referred to police"),
        ("Engineers tested {n} {noun}", "boilers", "were declared safe", "were condemned"),
    ])
    mark = pick(rng, ";", ":")
    return story("Checks", f"{opening.format(n=num(n), noun=noun)}{mark} {num(a)} {first} and {num(b)} {second}.",
                 filler(rng))


def h_uneven(rng: random.Random, a: int, b: int, n: int) -> str:
    opening, first, second = rng.choice([
        ("Border guards detained {n} migrants at the crossing.", "{a} migrants were released the next morning",
         "{b} migrants were held"),
        ("The garage took in {n} cars for repair.", "{a} were brand new", "{b} were bought second-hand at auction"),
        ("The court heard {n} cases on Monday.", "{a} were dismissed within minutes", "{b} were upheld"),
        ("The school entered {n} pupils for the exam.", "{a} passed with distinction", "{b} failed"),
    ])
    return story("Update", opening.format(n=num(n)), f"{first.format(a=lead(a))} and {second.format(b=num(b))}.",
                 filler(rng))


def h_object_restated(rng: random.Random, a: int, b: int, n: int) -> str:
    opening, kinds = rng.choice([
        ("Rescuers recovered the {n} bodies by nightfall.", ("men", "women")),
        ("The embassy confirmed the {n} deaths.", ("adults", "children")),
        ("The army released the {n} prisoners on Friday.", ("soldiers", "civilians")),
        ("Organisers announced the {n} finalists.", ("men", "women")),
    ])
    return story("Named", f"{opening.format(n=num(n))} They were {num(a)} {kinds[0]} and {num(b)} {kinds[1]}.",
                 filler(rng))


def h_gapped(rng: random.Random, a: int, b: int, n: int) -> str:
    opening, first, second = rng.choice([
        ("The bank has {n} branches.", "{a} are in the capital", "{b} the provinces"),
        ("The club owns {n} pitches.", "{a} are at the ground in Leeds", "{b} the training site in Bradford"),
        ("The airline keeps {n} jets.", "{a} are based at the airport in Porto", "{b} the one in Faro"),
    ])
    other = pick(rng, "and", "and another")
    return story("Network", f"{opening.format(n=num(n))} {first.format(a=lead(a))} {other} "
                 f"{second.format(b=num(b))}.", filler(rng))


def h_things(rng: random.Random, a: int, b: int, n: int) -> str:
    opening, first, second = rng.choice([
        ("The flood swamped {n} farms.", "were dairy farms", "were arable farms"),
        ("Thieves stole {n} bicycles from the station.", "were recovered", "are still missing"),
        ("The council inspected {n} playgrounds.", "were safe", "were closed for repairs"),
        ("The hailstorm damaged {n} greenhouses.", "lost their roofs", "had broken panes"),
    ])
    return story("Damage", f"{opening.format(n=num(n))} {lead(a)} {first} and {num(b)} {second}.", filler(rng))


WL402_FRAMES: dict[str, tuple[Frame, bool]] = {
    "1-outcome-mark": (h_outcome_mark, False), "2-uneven": (h_uneven, False),
    "3-object-restated": (h_object_restated, True), "4-gapped": (h_gapped, False), "5-things": (h_things, False),
}


def j_independent(rng: random.Random, a: int, b: int, n: int) -> str:
    opening, first, second = rng.choice([
        ("The club signed {n} players.", "were teenagers", "were goalkeepers"),
        ("The fair drew {n} exhibitors.", "were start-ups", "were foreign firms"),
        ("Officers searched {n} vans.", "were unregistered", "were carrying tools"),
        ("The clinic treated {n} patients.", "were women", "were diabetics"),
    ])
    big, small = min(max(a, b), n), min(a, b)
    return story("Checks", f"{opening.format(n=num(n))} {lead(big)} {first} and {num(small)} {second}.",
                 filler(rng))


def j_another_total(rng: random.Random, a: int, b: int, n: int) -> str:
    return story("Results", f"The panel assessed {num(n)} grant applications last spring. In the autumn round, "
                 f"{num(a)} were funded and {num(b)} were rejected.", filler(rng))


def j_partial(rng: random.Random, a: int, b: int, n: int) -> str:
    return story("Named", f"Rescuers recovered the {num(a + b + n)} bodies by nightfall. Among them were {num(a)} "
                 f"men and {num(b)} women.", filler(rng))


CONTROL_FRAMES: dict[str, Frame] = {"independent": j_independent, "another-total": j_another_total,
                                    "partial": j_partial}

TALLIES = [
    "Some {n} sheep were swept away by the floods.",
    "The blaze left {n} families without a home.",
    "Hailstones wrecked {n} cars in the showroom car park.",
    "{N} walkers were plucked from the hillside by helicopter.",
    "The outbreak has forced the closure of {n} schools.",
    "The scandal has cost ratepayers £{n}m.",
]
LOOKALIKES = [
    "The stadium holds {n},000 fans.",
    "The bakery sells {n} loaves a day.",
    "The ship carries {n} containers.",
]
SOURCED = [", the council said.", ", according to the coastguard.", ", officials said."]


def wl201_cases(seed: int = SEED) -> dict[str, list[tuple[str, bool]]]:
    return tally_cases(TALLIES, LOOKALIKES, SOURCED, seed)


def build(seed: int = SEED, per_frame: int = PER_FRAME) -> dict[str, list[Case]]:
    return cases(WL402_FRAMES, CONTROL_FRAMES, seed, per_frame)


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    for group, (good, count) in score(build(), verbose=verbose).items():
        print(f"set 13b {group}: {good}/{count}")
    for group, (good, count) in score_tallies(wl201_cases(), "The report came out on Monday.", verbose).items():
        print(f"set 13b WL201 {group} right: {good}/{count}")
