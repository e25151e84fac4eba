"""Development set of the numbers16 pass: the shapes of sealed set 16 (numbers_fresh_16.py) in other sentences.

Tuned on freely (sealed set 16 is read only at first sight and at the end). Same scoring as set 16.

    python benchmarks/numbers_dev_16.py [-v]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import numbers_fresh_16 as sealed
from numbers_fresh_16 import Case, Frame, _fill, _parts, frame_cases

SEED = 1617

FRAMES = [
    Frame("approx-unround", (
        "About {n} workers lost their jobs, {a} at the cannery and {b} on the trawlers.",
        "Nearly {n} houses were damaged, {a} in the old quarter and {b} along the harbour road.",
        "Around {n} patients were moved, {a} to the county hospital and {b} to private clinics.",
        "Some {n} staff were furloughed. {A} worked in the shops and {b} at the head office.",
    ), approx="unround"),
    Frame("approx-round", (
        "Some {n} homes lost power, {a} in the hills and {b} in the town.",
        "About {n} climbers were stranded: {a} on the north ridge and {b} at the base camp.",
    ), approx="round"),
    Frame("place", (
        "{N} miners were laid off, {a} at the colliery in the north and {b} at the open-cast pit.",
        "The firm shed {n} posts, {a} in its London office and {b} at the plant in Derby.",
        "{N} firefighters were injured, {a} at the refinery and {b} at the chemical works next door.",
    )),
    Frame("outcome", (
        "The ambulance service took {n} people to hospital; {a} were sent home and {b} were admitted.",
        "Inspectors checked {n} lorries, of which {a} passed and {b} were taken off the road.",
        "The court heard {n} cases, {a} ending in convictions and {b} in acquittals.",
    )),
    Frame("role-sex", (
        "The airline grounded {n} cabin crew, {a} stewards and {b} pursers.",
        "{N} Nigerian nurses were recruited, {a} women and {b} men.",
        "The shipwreck left {n} Indonesian fishermen missing: {a} skippers and {b} deckhands.",
    )),
    Frame("two-roles", (
        "{N} guards and prisoners were hurt in the riot, {a} in the east wing and {b} in the yard.",
        "{N} doctors and paramedics were sent in, {a} by helicopter and {b} by road.",
    )),
    Frame("event-taken", (
        "Gunmen seized {n} farm labourers at dawn; {a} were released that evening and {b} are still held.",
        "Pirates captured {n} seamen. {A} have been freed and {b} remain captive.",
        "Rebels kidnapped {n} teachers, {a} of whom escaped and {b} of whom were later released.",
    )),
    Frame("unknown", (
        "The brigade attended {n} incidents overnight, {a} house fires and {b} false alarms.",
        "Doctors reported {n} cases of measles, {a} in children and {b} in adults.",
        "The watchdog received {n} complaints, {a} about noise and {b} about litter.",
        "The storm caused {n} casualties, {a} of them serious and {b} minor.",
    )),
]

OVERLAPS = [
    "The camp houses {n} refugees, {a} of them children and {b} from Sudan.",
    "The firm employs {n} engineers, {a} of them women and {b} on short contracts.",
    "Police held {n} men; {a} were foreign nationals and {b} were later bailed.",
]


def build() -> list[Case]:
    rng = random.Random(SEED)
    cases = [case for case in frame_cases_with(FRAMES, rng)]
    for index in range(6):
        n = rng.randint(20, 95)
        cases.append(Case("overlap", False, _fill(OVERLAPS[index % len(OVERLAPS)], n, *_parts(rng, n, "over"))))
    heads = [
        ("Hundreds of homes without power", "About {c} homes lost power overnight.", (30, 150), (300, 900)),
        ("Thousands of jobs at risk", "The closure puts {c} jobs at risk.", (200, 900), (2500, 9000)),
        ("Dozens of flights cancelled", "Fog led to {c} flights being cancelled.", (3, 15), (30, 90)),
        ("Hundreds of schools closed", "The strike closed {c} schools.", (40, 150), (250, 700)),
    ]
    cases += headlines(rng, heads)
    tallies = [
        "Wildfires have charred {n}0 hectares of pine forest.",
        "The tornado ripped the roofs off {n} houses.",
        "Floods drowned {n}0 sheep on the marshes.",
        "Heavy seas sank {n} fishing boats in the harbour.",
        "The cyclone wiped out {n} villages along the coast.",
        "Frost ruined {n}0 tonnes of potatoes.",
        "The explosion shattered {n} windows in the street.",
        "Subsidence has cracked the walls of {n} homes.",
    ]
    pointed = [
        "Hail flattened {n} greenhouses in the valley.\n\nThe agency's figures on crop prices, issued by the "
        "ministry, were revised on Monday.",
        "The gale tore down {n} fences in the village.\n\nAccording to the council, the village's fences are "
        "the owners' responsibility.",
        "Fire swept through {n} warehouses at the port.\n\nThese numbers for exports, released by the port "
        "authority, show a fall since 1999.",
    ]
    sourced = [
        "Wildfires have charred {n}0 hectares of pine forest, the forestry service said.",
        "Floods drowned {n}0 sheep on the marshes.\n\nThat figure was given by the farmers' union.",
        "The tornado ripped the roofs off {n} houses.\n\nAccording to the mayor, the houses were all in the "
        "old town and most were destroyed.",
    ]
    others = [
        "The bridge was opened in {year}.", "Arsenal drew 2-2 with Chelsea.", "A pint now costs {a} pounds.",
        "The {n}-year-old was fined {a}00 pounds.", "The pound rose {a} cents against the dollar.",
    ]
    cases += tallies_and_controls(rng, tallies, pointed, sourced, others)
    return cases


def headlines(rng: random.Random, heads: list[tuple[str, str, tuple[int, int], tuple[int, int]]]) -> list[Case]:
    """Three pairs per headline: a body count the word does not allow, and one it allows."""
    cases = []
    for head, body, wrong, right in heads:
        for _ in range(3):
            for positive, (low, high) in ((True, wrong), (False, right)):
                count = rng.randint(low, high)
                cases.append(Case(f"headline: {head}", positive, body.format(c=f"{count:,}"), head))
    return cases


def tallies_and_controls(rng: random.Random, tallies: list[str], pointed: list[str], sourced: list[str],
                         others: list[str]) -> list[Case]:
    """WL201 cases: unsourced tallies, tallies before a paragraph that sources something else (both defects),
    sourced tallies and figures that are no tally (controls); twelve of each at least."""
    cases = []
    for family, templates, positive in [("tally", tallies, True), ("pointed-back", pointed, True),
                                        ("sourced", sourced, False), ("not-a-tally", others, False)]:
        for index in range(max(12, len(templates))):
            n, a = rng.randint(11, 95), rng.randint(2, 9)
            cases.append(Case(f"WL201 {family}", positive, _fill(templates[index % len(templates)], n, a, 0,
                                                                 rng.randint(1950, 2003)), code="WL201"))
    return cases


def frame_cases_with(frames: list[Frame], rng: random.Random) -> list[Case]:
    saved = sealed.FRAMES
    sealed.FRAMES = frames
    try:
        return frame_cases(rng, 6)
    finally:
        sealed.FRAMES = saved


def later_set_cases(seed: int, frames: list[Frame], controls: list[tuple[str, list[str]]], approx_within: list[str],
                    heads: list[tuple[str, str, tuple[int, int], tuple[int, int]]], tallies: list[str],
                    pointed: list[str], sourced: list[str], others: list[str]) -> list[Case]:
    """The cases of a later sealed set (16b, 16c): its frames, six overlapping or other-total controls per family of
    ``controls``, six round approximate totals with parts within their bounds, its headlines and its WL201 cases."""
    rng = random.Random(seed)
    cases = frame_cases_with(frames, rng)
    for family, templates in controls:
        for index in range(6):
            n = rng.randint(20, 95)
            cases.append(Case(family, False, _fill(templates[index % len(templates)], n, *_parts(rng, n, "over"))))
    for index in range(6):
        n = rng.choice([40, 50, 60, 70, 80, 90])
        a = rng.randint(n // 3, n // 2)
        cases.append(Case("approx-within", False, _fill(approx_within[index % 2], n, a,
                                                        n - a + rng.choice([-3, -1, 2, 3]))))
    cases += headlines(rng, heads)
    cases += tallies_and_controls(rng, tallies, pointed, sourced, others)
    return cases


if __name__ == "__main__":
    sealed.run(build(), "dev 16", "-v" in sys.argv, seed=SEED)
