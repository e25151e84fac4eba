"""Round 14, sealed (issue 16, numbers7): the same families as numbers_round14.py in other words.

Written and committed before any rule change of this pass together with numbers_round14.py, measured once at
first sight and once at the end, never read in between or tuned on (numbers_round14.py is the development set).
WL402 cases contradict (parts above the total, or below it where the list claims all of it); controls are the
same frames agreeing, and look-alikes. WL201: tally sentences of each class unsourced, sourced and look-alikes.

    python benchmarks/numbers_round14_sealed.py [-v]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from numbers_fresh_v import lead, num, score, story
from numbers_round14 import Case, Frame, cases, pick, score_tallies

SEED = 1415
PER_FRAME = 4
FILLER = "Further details were not immediately available."


def s_reason(rng: random.Random, a: int, b: int, n: int) -> str:
    who, verb, r1, r2 = rng.choice([
        ("jockeys", "were stood down", "for weighing irregularities", "for whip offences"),
        ("teachers", "were struck off", "for misconduct", "for incompetence"),
        ("nurses", "were suspended", "over drug errors", "over record-keeping"),
    ])
    return story("Disciplinary figures", f"In 2019 {num(n)} {who} {verb}, {num(a)} {r1} and {num(b)} {r2}, "
                 "the regulator's report shows.", FILLER)


def s_seized_places(rng: random.Random, a: int, b: int, n: int) -> str:
    who = pick(rng, "migrants", "suspects", "asylum seekers")
    return story("Border operation", f"Border police intercepted {num(n)} {who} this week, {num(a)} near Calais "
                 f"and {num(b)} at Dunkirk.", FILLER)


def s_total_after_said(rng: random.Random, a: int, b: int, n: int) -> str:
    who, v1, v2 = rng.choice([("climbers", "turned back", "reached the summit"),
                              ("guests", "were moved to another hotel", "chose to leave"),
                              ("crew members", "were airlifted to safety", "stayed with the vessel")])
    return story("Expedition", f"{lead(a)} of the {who} {v1} while {num(b)} {v2}. The organisers said {num(n)} "
                 f"{who} had set out.", FILLER)


def s_altogether(rng: random.Random, a: int, b: int, n: int) -> str:
    v1, v2, v3 = rng.choice([("were jailed for rioting", "for violent disorder", "jailed"),
                             ("were cautioned for drinking", "for disorderly conduct", "cautioned")])
    return story("Sentencing", f"{lead(a)} men {v1} and {num(b)} {v2}. Altogether, {num(n)} men have been {v3}.",
                 FILLER)


def s_of_them_second(rng: random.Random, a: int, b: int, n: int) -> str:
    opening, x, y = rng.choice([(f"The council appointed {num(n)} new governors", "parents", "teachers"),
                                (f"{lead(n)} candidates stood in the election", "independents", "party members"),
                                (f"The rally drew {num(n)} volunteers", "students", "pensioners")])
    return story("Appointments", f"{opening}, {num(a)} of them {x} and {num(b)} {y}.", FILLER)


def s_remaining(rng: random.Random, a: int, b: int, n: int) -> str:
    first, rest = rng.choice([
        (f"Immigration officers held {num(n)} people at the port and released {num(a)} of them",
         "were deported"),
        (f"The hospital admitted {num(n)} patients overnight and discharged {num(a)} of them by noon",
         "remain on the ward"),
    ])
    other = pick(rng, "the other", "the remaining")
    return story("Overnight", f"{first}; {other} {num(b)} {rest}.", FILLER)


def s_among_whom(rng: random.Random, a: int, b: int, n: int) -> str:
    opening, x, y = rng.choice([(f"Rebels released {num(n)} prisoners", "soldiers", "police officers"),
                                (f"The flood stranded {num(n)} people", "elderly residents", "children")])
    return story("Release", f"{opening} on Sunday, among whom were {num(a)} {x} and {num(b)} {y}.", FILLER)


def s_copula(rng: random.Random, a: int, b: int, n: int) -> str:
    subject, x, y = rng.choice([(f"The {num(n)} people who died were", "pilgrims", "drivers"),
                                (f"The {num(n)} injured were", "spectators", "stewards")])
    return story("Named", f"{subject} {num(a)} {x} and {num(b)} {y}, the police statement said.", FILLER)


def s_there_were(rng: random.Random, a: int, b: int, n: int) -> str:
    noun, x, y = rng.choice([("fatalities", "on the roads", "at sea"), ("arrests", "in the city", "at the airport")])
    return story("Holiday figures", f"There were {num(n)} {noun} over the holiday in total: {num(a)} {x} and "
                 f"{num(b)} {y}.", FILLER)


WL402_FRAMES: dict[str, tuple[Frame, bool]] = {
    "reason": (s_reason, False), "places": (s_seized_places, False), "total-after-said": (s_total_after_said, False),
    "altogether": (s_altogether, False), "of-them-second": (s_of_them_second, False),
    "remaining": (s_remaining, True), "among-whom": (s_among_whom, False), "copula": (s_copula, True),
    "there-were": (s_there_were, True),
}


def k_overlap(rng: random.Random, a: int, b: int, n: int) -> str:
    opening, v1, v2 = rng.choice([(f"{lead(n)} recruits began the course.", "completed it", "went on to join "
                                   "the special forces"),
                                  (f"{lead(n)} start-ups applied for the grant.", "were funded", "later went bust")])
    return story("Outcome", opening, f"{lead(min(max(a, b), n))} {v1} and {num(min(a, b))} {v2}.", FILLER)


def k_subset(rng: random.Random, a: int, b: int, n: int) -> str:
    return story("Bombing", f"The bombing killed {num(n)} people, the health ministry said.",
                 f"{lead(min(a, n - 1))} of those killed in the bombing were police cadets.", FILLER)


def k_witness(rng: random.Random, a: int, b: int, n: int) -> str:
    return story("Raid", f"One survivor said the militiamen killed {num(n)} men in the raid.",
                 f"Another said {num(a)} women had been abducted.", FILLER)


CONTROL_FRAMES: dict[str, Frame] = {"overlap": k_overlap, "subset": k_subset, "witness": k_witness}


def build(seed: int = SEED, per_frame: int = PER_FRAME) -> dict[str, list[Case]]:
    return cases(WL402_FRAMES, CONTROL_FRAMES, seed, per_frame)


TALLIES = [
    "Torrential rain flooded {n} properties in the town.",
    "The cyclone demolished {n} fishermen's huts along the shore.",
    "Rioters set fire to {n} cars and looted dozens of shops.",
    "Bulldozers flattened {n} homes in the settlement on Monday.",
    "Mudslides engulfed {n} houses in the mountain village.",
    "Agents seized {n} kilos of cocaine hidden in banana crates.",
    "Officers confiscated {n} knives during the week-long amnesty.",
    "The authorities impounded {n} fishing boats for illegal trawling.",
    "The fire has so far blackened {n} hectares of scrubland.",
    "Wildfires have torched {n} acres in the state this year.",
    "The botched contract has cost taxpayers £{n}m.",
    "Taxpayers face a £{n}m bill for the failed scheme.",
    "The overspend will leave council tax payers paying an extra £{n}m.",
    "The public will bear £{n}m of the cost of the rescue.",
]
LOOKALIKES = [
    "The developer wants to demolish {n} homes next year.",
    "The collection includes {n} rare manuscripts.",
    "The index rose {n} points in early trading.",
    "Tickets cost £{n} each.",
    "The park covers {n} acres of woodland.",
    "She has won {n} caps for her country.",
]


def score_wl201(verbose: bool = False) -> dict[str, tuple[int, int]]:
    rng = random.Random(SEED)
    sentences: dict[str, list[tuple[str, bool]]] = {"unsourced": [], "sourced": [], "look-alikes": []}
    for template in TALLIES:
        sentence = template.format(n=f"{rng.randint(12, 480):,}")
        sentences["unsourced"].append((sentence, True))
        sentences["sourced"].append((sentence[:-1] + ", officials said.", False))
    sentences["look-alikes"] = [(template.format(n=rng.randint(12, 90)), False) for template in LOOKALIKES]
    return score_tallies(sentences, "The report came out on Monday.", verbose)


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    for group, (good, count) in score(build(), verbose=verbose).items():
        print(f"round 14 sealed {group}: {good}/{count}")
    for group, (good, count) in score_wl201(verbose).items():
        print(f"round 14 sealed WL201 {group} right: {good}/{count}")
