"""Round 16, sealed (issue 16, numbers9): the same three families as numbers_round16.py in other words.

Written and committed with numbers_round16.py before any rule change of this pass, measured once at first sight
and once at the end, never read in between or tuned on (numbers_round16.py is the development set).

    python benchmarks/numbers_round16_sealed.py [-v]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from numbers_fresh_v import lead, num, score, story
from numbers_round14 import Case, Frame, cases, pick, score_tallies
from numbers_round16 import tally_cases

SEED = 1617
PER_FRAME = 5
FILLER = "No further details were given."


def s_split(rng: random.Random, a: int, b: int, n: int) -> str:
    opening, noun, first, second = rng.choice([
        ("The airline screened {n} {noun} at the gate", "travellers", "were cleared to fly", "were stopped"),
        ("The ferry was carrying {n} {noun} when it sank", "tourists", "were saved", "perished"),
        ("Kidnappers abducted {n} {noun} from the school", "pupils", "escaped", "are still in captivity"),
        ("Inspectors examined {n} {noun}", "lorries", "were passed as roadworthy", "were taken off the road"),
        ("Officers questioned {n} {noun} after the match", "supporters", "were cautioned", "were arrested"),
    ])
    mark = pick(rng, ";", ":")
    one = pick(rng, f"{num(a)} {noun}", f"{num(a)}")
    return story("Figures", f"{opening.format(n=num(n), noun=noun)}{mark} {one} {first} and {num(b)} {noun} "
                 f"{second}.", FILLER)


def s_modified(rng: random.Random, a: int, b: int, n: int) -> str:
    adjective, noun = rng.choice([("sentenced", "burglars"), ("trapped", "climbers"), ("paroled", "offenders"),
                                  ("abducted", "girls"), ("licensed", "drivers"), ("arrested", "teenagers"),
                                  ("wounded", "policemen"), ("uprooted", "villagers")])
    total = pick(rng, f"The {num(n)} men who broke out", f"The {num(n)} people evacuated from the island",
                 f"The {num(n)} victims of the crash", f"The {num(n)} people freed from the camp")
    return story("Named", f"{total} included {num(a)} {adjective} {noun} and {num(b)} shopkeepers.", FILLER)


def s_modified_among(rng: random.Random, a: int, b: int, n: int) -> str:
    adjective, noun = rng.choice([("injured", "miners"), ("displaced", "herders"), ("convicted", "smugglers"),
                                  ("registered", "refugees"), ("retired", "soldiers")])
    opening = pick(rng, f"The explosion killed {num(n)} people.", f"The raids netted {num(n)} suspects.",
                   f"Troops freed {num(n)} captives.")
    return story("Raid", f"{opening} Among them were {num(a)} {adjective} {noun} and {num(b)} children.", FILLER)


def s_further(rng: random.Random, a: int, b: int, n: int) -> str:
    first, second = rng.choice([("on the motorway", "on rural roads"), ("before midnight", "after midnight"),
                                ("at the border", "at the airport"), ("in Homs", "in Hama")])
    opening = pick(rng, f"The weekend crashes claimed {num(n)} lives", f"Customs officers detained {num(n)} people",
                   f"The shelling wounded {num(n)} civilians")
    other = pick(rng, "a further", "another", "an additional")
    return story("Tally", f"{opening}: {num(a)} {first} and {other} {num(b)} {second}.", FILLER)


WL402_FRAMES: dict[str, tuple[Frame, bool]] = {
    "split": (s_split, False), "modified": (s_modified, False), "modified-among": (s_modified_among, False),
    "further": (s_further, True),
}


def k_more_later(rng: random.Random, a: int, b: int, n: int) -> str:
    return story("Crash", f"The crash killed {num(n)} people; {num(a)} more were hurt and {num(b)} escaped unharmed.",
                 FILLER)


def k_stages(rng: random.Random, a: int, b: int, n: int) -> str:
    return story("Exams", f"{lead(n)} apprentices sat the test; {num(min(max(a, b), n))} passed and "
                 f"{num(min(a, b))} went on to full-time jobs.", FILLER)


def k_another_day(rng: random.Random, a: int, b: int, n: int) -> str:
    return story("Unrest", f"Police detained {num(n)} people on Friday. On Saturday {num(a)} were held in the "
                 f"old town and another {num(b)} near the port.", FILLER)


CONTROL_FRAMES: dict[str, Frame] = {"more-later": k_more_later, "stages": k_stages, "another-day": k_another_day}


def build(seed: int = SEED, per_frame: int = PER_FRAME) -> dict[str, list[Case]]:
    return cases(WL402_FRAMES, CONTROL_FRAMES, seed, per_frame)


TALLIES = [
    "The failed takeover left the state £{n}m poorer.",
    "Ratepayers are ${n} million worse off after the deal collapsed.",
    "The blunder handed council tax payers a £{n}m bill.",
    "The bail-out left the exchequer £{n}m out of pocket.",
    "The wildfire has blackened {n} sq km of heath.",
    "Grass fires scorched {n} acres of grazing land.",
    "The inferno razed {n} hectares of eucalyptus.",
    "Rising waters swallowed {n} square miles of farmland.",
    "The cyclone flattened {n} hectares of banana plantations.",
    "The blaze tore through {n} acres of moorland.",
]
LOOKALIKES = [
    "The reserve stretches over {n} square kilometres.",
    "The ranch covers {n} acres.",
    "The windfall left the club £{n}m better off.",
    "The index lost {n} points on Friday.",
    "Volunteers replanted {n} hectares of forest.",
]


def score_wl201(verbose: bool = False) -> dict[str, tuple[int, int]]:
    cases = tally_cases(TALLIES, LOOKALIKES, SEED, repeats=1, tails=[", officials said."], lookalike_top=900)
    return score_tallies(cases, "The report came out on Monday.", verbose)


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    for group, (good, count) in score(build(), verbose=verbose).items():
        print(f"round 16 sealed {group}: {good}/{count}")
    for group, (good, count) in score_wl201(verbose).items():
        print(f"round 16 sealed WL201 {group} right: {good}/{count}")
