"""Sealed set X (issue 16, numbers6): totals broken down by outcome, reason, place or time, in fresh wording.

Written and committed before any rule change of this pass, from frames used in no other set, test or probe;
generated with a fixed seed so it reads the same every time. Measured at first sight on main and once more
at the end, never tuned on (the development frames are in numbers_dev_y.py). The families:

* parts that are OUTCOMES or STATES of the total's group (alive/dead, rescued/missing, taken to hospital /
  treated at the scene, released/charged, survived/drowned), often in the next sentence with no pointer;
* the second part's verb elided ("A died at the scene and B in hospital"), parts by reason, place or time;
* the total given AFTER the parts ("..., out of N on board", "In all, N were charged");
* a copula list below its total ("The N dead were A ... and B ..."), "A were in the first car and B in the
  second", statuses only ("A needed treatment and B were treated at the scene").

``WL402`` cases are contradictions: parts above an exact total, or below it where the list claims to be whole
(a copula list, "the two cars", a division into outcomes that leaves no one out). A hit is any WL4 finding.
``controls`` are consistent copy in the same frames: parts that add up, partial lists, a part that is a subset
of another, another set after a toll, cumulative against daily counts, "at least", another incident.

    python benchmarks/numbers_fresh_x.py [-v]
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from numbers_fresh_v import lead, num, score, story

SEED = 1606
PER_FRAME = 4


@dataclass
class Draw:
    """One case's words: the group, the places, the source and a filler paragraph."""

    group: str
    vessel: str
    place: str
    towns: tuple[str, str]
    source: str
    filler: str


GROUPS = ["workers", "miners", "passengers", "migrants", "pilgrims", "tourists", "fishermen", "villagers",
          "students", "labourers"]
VESSELS = ["ferry", "fishing boat", "dinghy", "cargo ship", "wooden boat"]
PLACES = ["the coast of Libya", "the island of Lesbos", "Cape Verde", "the Sulu archipelago", "the Horn of Africa"]
TOWNS = [("Mosul", "Kirkuk"), ("Lagos", "Kano"), ("Lahore", "Multan"), ("Porto", "Braga"), ("Cali", "Medellin")]
SOURCES = ["officials said", "the fire service said", "a police spokeswoman said", "the coastguard said",
           "local media reported", "the health ministry said"]
FILLERS = ["The cause is being investigated.", "Relatives gathered outside the hospital.",
           "It was the worst accident in the province for a decade.", "The company declined to comment.",
           "Heavy rain hampered the search."]


def draw(rng: random.Random) -> Draw:
    return Draw(rng.choice(GROUPS), rng.choice(VESSELS), rng.choice(PLACES), rng.choice(TOWNS),
                rng.choice(SOURCES), rng.choice(FILLERS))


Frame = Callable[[Draw, int, int, int], str]
"""A frame writes the story from the words, the two parts and the total."""


def w_trapped(d: Draw, a: int, b: int, n: int) -> str:
    return story("Miners trapped after shaft floods",
                 f"{lead(n)} miners were trapped underground when water flooded the shaft on Tuesday, {d.source}.",
                 f"Rescue teams brought out {num(a)} alive and {num(b)} bodies after a 30-hour operation.",
                 d.filler)


def w_survived_drowned(d: Draw, a: int, b: int, n: int) -> str:
    return story(f"Boat capsizes off {d.place.removeprefix('the ')}",
                 f"A {d.vessel} carrying {num(n)} {d.group} overturned off {d.place} before dawn on Friday.",
                 f"{lead(a)} survived and {num(b)} drowned, {d.source}.", d.filler)


def w_hospital_scene(d: Draw, a: int, b: int, n: int) -> str:
    return story("Roof collapses at factory",
                 f"{lead(n)} {d.group} were hurt when part of the roof fell in at the plant on Monday.",
                 f"{lead(a)} were taken to hospital and {num(b)} were treated at the scene, {d.source}.", d.filler)


def w_released_charged(d: Draw, a: int, b: int, n: int) -> str:
    return story("Fans held after stadium trouble",
                 f"Police arrested {num(n)} fans after fighting broke out at the end of the match.",
                 f"{lead(a)} have since been released without charge and {num(b)} have been charged with "
                 "affray, the force said.", d.filler)


def w_scene_hospital_elided(d: Draw, a: int, b: int, n: int) -> str:
    return story("Coach plunges into ravine",
                 f"The crash of the coach on the mountain road killed {num(n)} {d.group}, {d.source}.",
                 f"{lead(a)} died at the scene and {num(b)} in hospital.", d.filler)


def w_reason_elided(d: Draw, a: int, b: int, n: int) -> str:
    return story("Federation suspends record number of riders",
                 f"{lead(n)} riders were suspended last season, the federation said in its annual report.",
                 f"{lead(a)} were suspended for doping offences and {num(b)} for betting on races.", d.filler)


def w_place_split(d: Draw, a: int, b: int, n: int) -> str:
    first, second = d.towns
    return story("Raids net suspects",
                 f"Security forces detained {num(n)} suspects in overnight raids, {d.source}.",
                 f"{lead(a)} were picked up in {first} and {num(b)} in {second}.", d.filler)


def w_out_of_after(d: Draw, a: int, b: int, n: int) -> str:
    return story(f"Search goes on off {d.place.removeprefix('the ')}",
                 f"{lead(a)} {d.group} were pulled from the water and {num(b)} are still missing, out of {num(n)} "
                 f"thought to have been aboard the {d.vessel}, {d.source}.", d.filler)


def w_in_all_after(d: Draw, a: int, b: int, n: int) -> str:
    return story("Charges after riots",
                 f"{lead(a)} men were charged with looting and {num(b)} with arson after the unrest, {d.source}.",
                 f"In all, {num(n)} people have been charged so far.", d.filler)


def w_copula_list(d: Draw, a: int, b: int, n: int) -> str:
    return story("Avalanche victims named",
                 f"An avalanche swept away a party of climbers near the summit on Sunday, {d.source}.",
                 f"The {num(n)} dead were {num(a)} guides and {num(b)} tourists from Spain.", d.filler)


def w_two_cars(d: Draw, a: int, b: int, n: int) -> str:
    return story("Head-on crash on bypass",
                 f"{lead(n)} people were travelling in the two cars that collided on the bypass, {d.source}.",
                 f"{lead(a)} were in the first car and {num(b)} in the second.", d.filler)


def w_statuses_only(d: Draw, a: int, b: int, n: int) -> str:
    return story("Gas leak at school",
                 f"{lead(n)} pupils fell ill after a gas leak at a primary school on Thursday.",
                 f"{lead(a)} needed hospital treatment and {num(b)} were checked by paramedics and sent home, "
                 f"{d.source}.", d.filler)


def w_implied_group(d: Draw, a: int, b: int, n: int) -> str:
    return story("Hostel fire",
                 f"Fire tore through a hostel where {num(n)} {d.group} were sleeping early on Saturday.",
                 f"Firefighters led {num(a)} to safety, while {num(b)} died in the blaze, {d.source}.", d.filler)


def w_of_group_after(d: Draw, a: int, b: int, n: int) -> str:
    return story("Trapped miners found",
                 f"Rescuers found {num(a)} alive and {num(b)} dead of the {num(n)} miners trapped by the blast, "
                 f"{d.source}.", d.filler)


def w_by_day(d: Draw, a: int, b: int, n: int) -> str:
    return story("Migrants land on island",
                 f"{lead(n)} {d.group} reached the island over the weekend, {d.source}.",
                 f"{lead(a)} came ashore on Saturday and {num(b)} on Sunday.", d.filler)


WL402_FRAMES: dict[str, tuple[Frame, bool]] = {
    # name: (frame, whether parts below the total contradict it too)
    "trapped-alive-bodies": (w_trapped, False),
    "survived-drowned": (w_survived_drowned, True),
    "hospital-or-scene": (w_hospital_scene, False),
    "released-charged": (w_released_charged, False),
    "scene-hospital-elided": (w_scene_hospital_elided, True),
    "reason-elided": (w_reason_elided, False),
    "place-split": (w_place_split, False),
    "out-of-after": (w_out_of_after, False),
    "in-all-after": (w_in_all_after, False),
    "copula-list": (w_copula_list, True),
    "two-cars": (w_two_cars, True),
    "statuses-only": (w_statuses_only, False),
    "implied-group": (w_implied_group, False),
    "of-group-after": (w_of_group_after, False),
    "by-day": (w_by_day, False),
}


# --- look-alike controls: consistent, in the same frames ----------------------------------------------------------

def c_subset_part(d: Draw, a: int, b: int, n: int) -> str:
    return story("Roof collapses at factory",
                 f"{lead(n)} {d.group} were hurt when part of the roof fell in at the plant on Monday.",
                 f"{lead(n)} were taken to hospital, {num(min(b, n - 1))} of them with serious injuries, "
                 f"{d.source}.", d.filler)


def c_others_after_toll(d: Draw, a: int, b: int, n: int) -> str:
    return story("Coach plunges into ravine",
                 f"The crash of the coach on the mountain road killed {num(n)} {d.group}, {d.source}.",
                 f"{lead(a)} others were injured and {num(b)} were treated for shock.", d.filler)


def c_cumulative(d: Draw, a: int, b: int, n: int) -> str:
    return story("Outbreak toll rises",
                 f"{lead(n)} people died of cholera on Tuesday, {d.source}.",
                 f"Since the outbreak began in March, {num(a + 40)} have died in hospital and {num(b + 30)} at home.",
                 d.filler)


def c_at_least(d: Draw, a: int, b: int, n: int) -> str:
    return story("Roof collapses at factory",
                 f"At least {num(n)} {d.group} were hurt when part of the roof fell in at the plant on Monday.",
                 f"{lead(a)} were taken to hospital and {num(b)} were treated at the scene, {d.source}.", d.filler)


def c_partial_rescue(d: Draw, a: int, b: int, n: int) -> str:
    return story("Miners trapped after shaft floods",
                 f"{lead(n + a + b)} miners were trapped underground when water flooded the shaft on Tuesday.",
                 f"Rescue teams have so far brought out {num(a)} alive and {num(b)} bodies, {d.source}. The search "
                 "for the others goes on.", d.filler)


def c_other_incident(d: Draw, a: int, b: int, n: int) -> str:
    return story("Two crashes on mountain roads",
                 f"The crash of the coach on the mountain road killed {num(n)} {d.group} on Monday, {d.source}.",
                 f"In a separate accident on Tuesday, a lorry hit a minibus near the border. {lead(a)} people died "
                 f"at the scene and {num(b)} in hospital.", d.filler)


def c_out_of_below(d: Draw, a: int, b: int, n: int) -> str:
    return story(f"Search goes on off {d.place.removeprefix('the ')}",
                 f"{lead(a)} {d.group} were pulled from the water and {num(b)} bodies were recovered, out of "
                 f"{num(a + b + n)} thought to have been aboard the {d.vessel}, {d.source}.", d.filler)


def c_released_some(d: Draw, a: int, b: int, n: int) -> str:
    return story("Fans held after stadium trouble",
                 f"Police arrested {num(a + b + n)} fans after fighting broke out at the end of the match.",
                 f"{lead(a)} have since been released and {num(b)} have been charged; the rest are still being "
                 "questioned, the force said.", d.filler)


def c_by_day_week(d: Draw, a: int, b: int, n: int) -> str:
    return story("Migrants land on island",
                 f"{lead(n)} {d.group} reached the island on Sunday, {d.source}.",
                 f"That brings arrivals this week to {num(a + b + n)}; {num(a)} came on boats from Turkey and "
                 f"{num(b + n)} from Libya.", d.filler)


CONTROL_FRAMES: dict[str, Frame] = {
    "subset-part": c_subset_part, "others-after-toll": c_others_after_toll, "cumulative-daily": c_cumulative,
    "at-least": c_at_least, "partial-rescue": c_partial_rescue, "other-incident": c_other_incident,
    "out-of-below": c_out_of_below, "released-some": c_released_some, "week-running": c_by_day_week,
}
"""Every control frame's parts add up to more than its stated count (or are a subset of it) but do not
contradict it; the cumulative one's too."""


Case = tuple[str, str, str | None]


def build(seed: int = SEED, per_frame: int = PER_FRAME) -> dict[str, list[Case]]:
    """The set, drawn with a fixed seed: contradictions (over and short) and controls."""
    rng = random.Random(seed)
    groups: dict[str, list[Case]] = {"WL402": [], "controls": []}
    for name, (frame, whole) in WL402_FRAMES.items():
        for i in range(per_frame):
            d, a, b = draw(rng), rng.randint(3, 30), rng.randint(2, 25)
            if whole and i % 2 == 1:
                groups["WL402"].append((f"{name}/short", frame(d, a, b, a + b + rng.randint(3, 9)), "WL402"))
            else:
                groups["WL402"].append((f"{name}/over", frame(d, a, b, a + b - rng.randint(2, min(a, b))), "WL402"))
            groups["controls"].append((f"{name}/adds-up", frame(draw(rng), a, b, a + b), None))
    for name, cframe in CONTROL_FRAMES.items():
        for _ in range(per_frame):
            d, a, b = draw(rng), rng.randint(3, 30), rng.randint(2, 25)
            groups["controls"].append((name, cframe(d, a, b, max(2, a + b - rng.randint(2, min(a, b)))), None))
    return groups


if __name__ == "__main__":
    for group, (good, count) in score(build(), verbose="-v" in sys.argv).items():
        print(f"set X {group}: {good}/{count}")
