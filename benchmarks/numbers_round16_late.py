"""Round 16, late (issue 16, numbers9): the four families once more, in words written after every rule change of
the pass, committed before its one measurement and never tuned on: an honest estimate of how the pass
generalises (numbers_round16.py is tuned, and numbers_round16_sealed.py was the first sealed set).

    python benchmarks/numbers_round16_late.py [-v]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from numbers_fresh_v import lead, num, score, story
from numbers_round14 import Case, Frame, cases, pick, score_tallies
from numbers_round16 import tally_cases

SEED = 1618
PER_FRAME = 6
FILLER = "The figures were released on Tuesday."


def l_split(rng: random.Random, a: int, b: int, n: int) -> str:
    opening, noun, first, second = rng.choice([
        ("The ward admitted {n} {noun} over the weekend", "casualties", "were discharged", "remain in intensive care"),
        ("Inspectors visited {n} {noun}", "care homes", "were rated good", "were told to improve"),
        ("The airline checked {n} {noun}", "jets", "were cleared", "were grounded"),
        ("Recruiters approached {n} {noun}", "graduates", "accepted offers", "declined"),
        ("The jury considered {n} {noun}", "charges", "ended in convictions", "ended in acquittals"),
    ])
    mark = pick(rng, ";", ":")
    join = pick(rng, "and", "while", "whereas")
    return story("Figures", f"{opening.format(n=num(n), noun=noun)}{mark} {num(a)} {noun} {first} {join} "
                 f"{num(b)} {noun} {second}.", FILLER)


def l_modified(rng: random.Random, a: int, b: int, n: int) -> str:
    adjective, noun = rng.choice([("armed", "guards"), ("detained", "protesters"), ("injured", "spectators"),
                                  ("convicted", "fraudsters"), ("stranded", "motorists"), ("wounded", "medics")])
    head = pick(rng, f"The {num(n)} people airlifted out", f"Those held, {num(n)} in all,",
                 f"The {num(n)} people named by police")
    verb = pick(rng, "included", "were")
    return story("Named", f"{head} {verb} {num(a)} {adjective} {noun} and {num(b)} students.", FILLER)


def l_added(rng: random.Random, a: int, b: int, n: int) -> str:
    opening = pick(rng, f"The heatwave has killed {num(n)} people", f"Officers arrested {num(n)} people",
                   f"The landslides injured {num(n)} villagers")
    first, second = rng.choice([("in the first week", "in the second"), ("in the city", "in rural areas"),
                                ("before dawn", "after dusk")])
    other = pick(rng, "a further", "another", "an additional")
    mark = pick(rng, ":", " –")
    return story("Tally", f"{opening}{mark} {num(a)} {first} and {other} {num(b)} {second}.", FILLER)


def l_after(rng: random.Random, a: int, b: int, n: int) -> str:
    noun, first, second = rng.choice([("trainees", "qualified", "dropped out"), ("pupils", "passed", "failed"),
                                      ("riders", "finished", "crashed out")])
    return story("Results", f"{lead(a)} {noun} {first} and {num(b)} {noun} {second}; {num(n)} {noun} had started.",
                 FILLER)


WL402_FRAMES: dict[str, tuple[Frame, bool]] = {
    "split": (l_split, False), "modified": (l_modified, False), "added": (l_added, True), "after": (l_after, False),
}


def k_overlap(rng: random.Random, a: int, b: int, n: int) -> str:
    return story("Survey", f"The poll asked {num(n)} firms; {num(min(max(a, b), n))} firms were hiring and "
                 f"{num(min(a, b))} firms were also investing.", FILLER)


def k_dated(rng: random.Random, a: int, b: int, n: int) -> str:
    return story("Flights", f"The airline grounded {num(n)} jets in May; {num(a)} jets were grounded in June and "
                 f"another {num(b)} in July.", FILLER)


def k_on_top(rng: random.Random, a: int, b: int, n: int) -> str:
    return story("Toll", f"The heatwave killed {num(a + b)} people: {num(a)} in the city and {num(b)} in rural "
                 f"areas. Another {num(n)} deaths are being investigated.", FILLER)


CONTROL_FRAMES: dict[str, Frame] = {"overlap": k_overlap, "dated": k_dated, "on-top": k_on_top}


def build(seed: int = SEED, per_frame: int = PER_FRAME) -> dict[str, list[Case]]:
    return cases(WL402_FRAMES, CONTROL_FRAMES, seed, per_frame)


TALLIES = [
    "The bailout has left the public finances £{n}m worse off.",
    "Taxpayers will be £{n}m out of pocket after the sale.",
    "The shortfall leaves council coffers £{n}m lighter.",
    "The project squandered £{n}m of public funds.",
    "Bushfires have scorched more than {n} square kilometres.",
    "The blaze has now burned through {n} acres of heathland.",
    "Flash floods swamped {n} hectares of vineyards.",
    "The typhoon flattened {n} sq km of rice fields.",
    "Some {n} acres of forest were reduced to ashes.",
    "The inferno charred {n} hectares of parkland.",
]
LOOKALIKES = [
    "The park stretches across {n} square kilometres.",
    "The takeover left shareholders £{n}m richer.",
    "The council plans to plant {n} acres of trees.",
    "Farmers harvested {n} hectares of wheat.",
    "The estate was sold for £{n}m.",
]


def score_wl201(verbose: bool = False) -> dict[str, tuple[int, int]]:
    cases_ = tally_cases(TALLIES, LOOKALIKES, SEED, repeats=2)
    return score_tallies(cases_, "The report came out on Monday.", verbose)


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    for group, (good, count) in score(build(), verbose=verbose).items():
        print(f"round 16 late {group}: {good}/{count}")
    for group, (good, count) in score_wl201(verbose).items():
        print(f"round 16 late WL201 {group} right: {good}/{count}")
