"""Development frames Y (issue 16, numbers6): the families of sealed set X in other words, to tune on.

Set X (numbers_fresh_x.py) is sealed; these frames are what this pass was developed against. Same families:
outcomes and states of the total's group, elided second verbs, totals after their parts, copula lists, parts by
reason, place or time; with look-alike controls.

    python benchmarks/numbers_dev_y.py [-v]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from numbers_fresh_v import lead, num, score, story

SEED = 2717
PER_FRAME = 3
Frame = tuple[str, ...]
"""A story as templates: headline, then paragraphs; {n}/{N} the total (in a sentence / opening it), {a}/{A} and
{b} the parts, {abn}/{ABN} and the like sums the controls need."""


def render(frame: Frame, a: int, b: int, n: int) -> str:
    """The story with its counts filled in, as wire copy writes them."""
    values = {"n": num(n), "N": lead(n), "a": num(a), "A": lead(a), "b": num(b), "abn": num(a + b + n),
              "ABN": lead(a + b + n), "bn": num(b + n), "a50": num(a + 50), "b40": num(b + 40),
              "am": num(min(a, n - 1))}
    return story(frame[0], *(paragraph.format(**values) for paragraph in frame[1:]))


def frames() -> dict[str, tuple[Frame, bool]]:
    """The contradiction frames: (frame, whether parts below the total contradict it too)."""
    return {
        "hikers-recovered": ((
            "Rockfall on ridge", "{N} hikers were caught in the rockfall on Saturday afternoon.",
            "Mountain rescuers recovered {a} alive and {b} dead by nightfall."), False),
        "crush-admitted": ((
            "Crush at stadium", "{N} spectators were hurt in the crush at the north gate, the club said.",
            "{A} were admitted to hospital and {b} were treated at the ground."), False),
        "freed-deported": ((
            "Migrants detained", "Border guards detained {n} migrants near the crossing last month.",
            "{A} were later freed and {b} were deported, the interior ministry said."), False),
        "fire-elided": ((
            "Tower block fire", "The fire killed {n} residents of the block, the fire brigade said.",
            "{A} died in the building and {b} later in hospital."), False),
        "sent-off-reason": ((
            "Discipline report", "{N} players were sent off in the league this season.",
            "{A} were dismissed for violent conduct and {b} for dissent, the report showed."), False),
        "north-south": ((
            "Arrests after protests", "Police arrested {n} people after the protests, a spokesman said.",
            "{A} were held in the capital and {b} in the port city."), False),
        "airlifted-of-the": ((
            "Climbers airlifted", "{A} climbers were airlifted off the glacier and {b} are still "
            "unaccounted for, of the {n} who set out on Monday, the park service said."), False),
        "altogether-after": ((
            "Sentences handed down", "{A} people were fined and {b} were jailed over the riots.",
            "Altogether {n} people were convicted, the court service said."), False),
        "copula-injured": ((
            "Stand collapse", "Part of a stand collapsed during the match on Sunday.",
            "The {n} injured were {a} spectators and {b} stewards, the club said."), True),
        "two-boats": ((
            "Boats collide", "{N} people were aboard the two boats that collided in the harbour.",
            "{A} were on the first boat and {b} on the second, the harbour master said."), True),
        "kept-discharged": ((
            "Gas leak", "{N} workers were exposed to the gas at the plant.",
            "{A} were kept in hospital overnight and {b} were discharged, the company said."), False),
        "bus-escaped": ((
            "Bus plunges into gorge", "A bus with {n} pilgrims on board plunged into a gorge on Friday.",
            "{A} escaped with minor injuries and {b} were killed, police said."), False),
        "landed-days": ((
            "Arrivals at port", "{N} asylum seekers arrived at the port this week, officials said.",
            "{A} landed on Monday and {b} on Tuesday."), False),
        "alive-dead-same": ((
            "Shaft collapse", "Of the {n} miners trapped by the collapse, rescuers reached {a} alive "
            "and recovered {b} bodies."), False),
    }


def controls() -> dict[str, Frame]:
    """Look-alikes: consistent, in the same frames (parts above the count but another set, or a subset)."""
    return {
        "of-them-seriously": (
            "Crush at stadium", "{N} spectators were hurt in the crush at the north gate.",
            "{N} were admitted to hospital, {am} of them in a serious condition."),
        "others-hurt": (
            "Tower block fire", "The fire killed {n} residents of the block, the fire brigade said.",
            "{A} others were hurt and {b} were treated for smoke inhalation."),
        "since-january": (
            "Arrivals at port", "{N} asylum seekers arrived at the port on Monday, officials said.",
            "Since January, {a50} have landed on the island and {b40} on the mainland."),
        "at-least": (
            "Crush at stadium", "At least {n} spectators were hurt in the crush at the north gate.",
            "{A} were admitted to hospital and {b} were treated at the ground."),
        "search-goes-on": (
            "Rockfall on ridge", "{ABN} hikers were caught in the rockfall on Saturday.",
            "Mountain rescuers have recovered {a} alive and {b} dead; the others are still missing."),
        "separate-incident": (
            "Tower block fire", "The fire killed {n} residents of the block on Monday.",
            "In a separate fire on Tuesday, {a} people died in a warehouse and {b} in hospital."),
        "week-total": (
            "Arrivals at port", "{N} asylum seekers arrived at the port on Tuesday.",
            "That took arrivals this week to {abn}: {a} on Monday and {bn} on Tuesday."),
        "freed-most": (
            "Migrants detained", "Border guards detained {abn} migrants near the crossing.",
            "{A} were later freed and {b} were deported; the others remain in custody."),
        "different-group": (
            "Bus plunges into gorge", "A bus plunged into a gorge on Friday, killing {n} pilgrims.",
            "Villagers pulled {a} survivors from the wreck and {b} soldiers joined the search."),
    }


def build(seed: int = SEED, per_frame: int = PER_FRAME) -> dict[str, list[tuple[str, str, str | None]]]:
    rng = random.Random(seed)
    groups: dict[str, list[tuple[str, str, str | None]]] = {"WL402": [], "controls": []}
    for name, (frame, whole) in frames().items():
        for i in range(per_frame):
            a, b = rng.randint(3, 30), rng.randint(2, 25)
            if whole and i % 2 == 1:
                groups["WL402"].append((f"{name}/short", render(frame, a, b, a + b + rng.randint(3, 9)), "WL402"))
            else:
                below = a + b - rng.randint(2, min(a, b))
                groups["WL402"].append((f"{name}/over", render(frame, a, b, below), "WL402"))
            groups["controls"].append((f"{name}/adds-up", render(frame, a, b, a + b), None))
    for name, cframe in controls().items():
        for _ in range(per_frame):
            a, b = rng.randint(3, 30), rng.randint(2, 25)
            groups["controls"].append((name, render(cframe, a, b, max(2, a + b - rng.randint(2, min(a, b)))), None))
    return groups


if __name__ == "__main__":
    for group, (good, count) in score(build(), verbose="-v" in sys.argv).items():
        print(f"dev Y {group}: {good}/{count}")
