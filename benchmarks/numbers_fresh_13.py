"""Set 13 (issue 16, numbers13): the shapes the outside evaluation still missed, in frames of my own, written
before any rule change of this pass and committed with its first-sight figures.

WL4 families (each frame several openings, nouns and joins; parts over the total, below it where the wording
claims the whole, and adding up as a control):

1. a total, then a semicolon or colon and its division by outcome ("The board reviewed 40 bids; 25 were
   accepted and 20 were turned down");
2. a division whose parts are said unevenly but still divide by one property: a time phrase on one part only,
   an adjective beside a participle phrase ("31 were charged on Saturday and 14 were freed", "31 were new and 14
   were imported second-hand");
3. a definite group as the object of a sentence, restated next ("Officials identified the 12 victims. They were
   5 women and 8 men.");
4. a second part with its verb and object left out ("12 work at the depot in Turin and 62 the one in Bari");
5. parts of things, not people, in the next sentence ("The storm damaged 40 buildings. 25 were homes and 20
   were shops.");
6. WL401: a vague headline count of people over a body count of households (a household is one to four people,
   quantities.toml [people-per]).

Controls: parts that may overlap (independent attributes: "35 were counterfeit and 20 were designer brands"),
parts of another total, later stages, and the frames with parts that add up.

WL201: unsourced tolls and tallies in verbs and nouns of my own (must warn), the same with a source (quiet),
look-alikes (quiet).

    python benchmarks/numbers_fresh_13.py [-v]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from numbers_fresh_v import lead, num, score, story
from numbers_round14 import Case, Frame, cases, pick, score_tallies

SEED = 1713
PER_FRAME = 6
FILLERS = ["No further details were given.", "The figures were published on Thursday.",
           "A review is due next month.", "Officials are expected to comment later."]


def filler(rng: random.Random) -> str:
    return rng.choice(FILLERS)


# --- 1. a semicolon or colon, then a division by outcome -------------------------------------------------------

def g_outcome_mark(rng: random.Random, a: int, b: int, n: int) -> str:
    opening, noun, first, second = rng.choice([
        ("The board reviewed {n} {noun}", "bids", "were accepted", "were turned down"),
        ("Health officers inspected {n} {noun}", "takeaways", "passed", "were shut down"),
        ("The lab screened {n} {noun}", "donors", "were cleared", "were turned away"),
        ("The tribunal heard {n} {noun}", "appeals", "succeeded", "were dismissed"),
        ("The council assessed {n} {noun}", "bridges", "were declared safe", "were closed to traffic"),
        ("Examiners marked {n} {noun}", "scripts", "earned a pass", "were failed"),
    ])
    mark = pick(rng, ";", ":", "; of those,")
    second_noun = pick(rng, "", f" {noun}")
    return story("Results", f"{opening.format(n=num(n), noun=noun)}{mark} {num(a)} {first} and {num(b)}"
                 f"{second_noun} {second}.", filler(rng))


# --- 2. one property said unevenly --------------------------------------------------------------------------------

def g_uneven(rng: random.Random, a: int, b: int, n: int) -> str:
    opening, first, second = rng.choice([
        ("Police held {n} supporters after the match.", "{a} supporters were charged on Sunday",
         "{b} supporters were let go"),
        ("The dealership sold {n} vans last month.", "{a} were new", "{b} were imported second-hand"),
        ("The shelter took in {n} dogs.", "{a} dogs were rehomed within a week", "{b} dogs were put down"),
        ("The hospital admitted {n} patients overnight.", "{a} were discharged by morning", "{b} were kept in"),
        ("The agency placed {n} nurses.", "{a} were local", "{b} were recruited from overseas"),
        ("Officers stopped {n} lorries.", "{a} lorries were waved through after checks", "{b} lorries were impounded"),
    ])
    return story("Update", opening.format(n=num(n)),
                 f"{first.format(a=lead(a))} and {second.format(b=num(b))}.", filler(rng))


# --- 3. a definite group as an object, restated ---------------------------------------------------------------

def g_object_restated(rng: random.Random, a: int, b: int, n: int) -> str:
    opening, kinds = rng.choice([
        ("Officials identified the {n} victims on Monday.", ("women", "men")),
        ("The coroner named the {n} dead.", ("adults", "children")),
        ("The club unveiled the {n} new signings.", ("defenders", "forwards")),
        ("Police released the {n} hostages at dawn.", ("tourists", "guides")),
        ("The jury convicted the {n} defendants.", ("men", "women")),
    ])
    pointer = pick(rng, "They were", "They were made up of", "The group was")
    return story("Named", f"{opening.format(n=num(n))} {pointer} {num(a)} {kinds[0]} and {num(b)} {kinds[1]}.",
                 filler(rng))


# --- 4. a second part with its verb and object left out -----------------------------------------------------

def g_gapped(rng: random.Random, a: int, b: int, n: int) -> str:
    opening, first, second = rng.choice([
        ("The operator runs {n} trams.", "{a} are kept at the depot in Turin", "{b} the one in Milan"),
        ("The firm employs {n} engineers.", "{a} work at the plant in Lyon", "{b} the site in Nantes"),
        ("The charity has {n} shops.", "{a} are in the north", "{b} the south"),
        ("The trust runs {n} wards.", "{a} are at the hospital in Leeds", "{b} the one in York"),
        ("The authorities evacuated {n} villagers.", "{a} were taken to the camp at Kassa",
         "{b} the one at Bura"),
    ])
    other = pick(rng, "and", "and a further", "while")
    return story("Network", f"{opening.format(n=num(n))} {first.format(a=lead(a))} {other} "
                 f"{second.format(b=num(b))}.", filler(rng))


# --- 5. parts of things across sentences --------------------------------------------------------------------

def g_things(rng: random.Random, a: int, b: int, n: int) -> str:
    opening, first, second = rng.choice([
        ("The storm damaged {n} buildings.", "were homes", "were shops"),
        ("Customs opened {n} parcels.", "held cannabis", "held cocaine"),
        ("The airline scrapped {n} flights on Monday.", "were short-haul", "were long-haul"),
        ("The quake destroyed {n} bridges.", "were road bridges", "were rail bridges"),
        ("Inspectors tested {n} lifts.", "were working", "were out of order"),
        ("The fleet lost {n} boats in the gale.", "sank", "ran aground"),
    ])
    return story("Damage", f"{opening.format(n=num(n))} {lead(a)} {first} and {num(b)} {second}.", filler(rng))


WL402_FRAMES: dict[str, tuple[Frame, bool]] = {
    "1-outcome-mark": (g_outcome_mark, False), "2-uneven": (g_uneven, False),
    "3-object-restated": (g_object_restated, True), "4-gapped": (g_gapped, False), "5-things": (g_things, False),
}


# --- controls: consistent copy -----------------------------------------------------------------------------------

def k_independent(rng: random.Random, a: int, b: int, n: int) -> str:
    opening, first, second = rng.choice([
        ("Customs seized {n} handbags.", "were counterfeit goods", "were designer brands"),
        ("The school enrolled {n} pupils.", "were girls", "were boarders"),
        ("Police stopped {n} drivers.", "were speeding", "had no insurance"),
        ("The survey covered {n} firms.", "were hiring", "were exporters"),
        ("The ward treated {n} patients.", "were elderly", "were smokers"),
    ])
    big, small = min(max(a, b), n), min(a, b)
    return story("Checks", f"{opening.format(n=num(n))} {lead(big)} {first} and {num(small)} {second}.",
                 filler(rng))


def k_other_total(rng: random.Random, a: int, b: int, n: int) -> str:
    opening, first, second = rng.choice([
        ("Health officers inspected {n} takeaways in May", "passed", "were shut down"),
        ("The board reviewed {n} bids last year", "were accepted", "were turned down"),
        ("The lab screened {n} donors in the spring", "were cleared", "were turned away"),
    ])
    return story("Results", f"{opening.format(n=num(n))}. This year, out of {num(a + b)}, {num(a)} {first} and "
                 f"{num(b)} {second}.", filler(rng))


def k_stages(rng: random.Random, a: int, b: int, n: int) -> str:
    opening, first, second = rng.choice([
        ("Police held {n} supporters after the match.", "were charged", "were later convicted"),
        ("The hospital admitted {n} patients.", "were treated", "have since gone home"),
        ("The course took on {n} trainees.", "qualified", "went on to find jobs"),
    ])
    big, small = min(max(a, b), n), min(a, b)
    return story("Update", opening.format(n=num(n)), f"{lead(big)} {first} and {num(small)} {second}.",
                 filler(rng))


def k_restated_partial(rng: random.Random, a: int, b: int, n: int) -> str:
    return story("Named", f"Officials identified the {num(a + b + n)} victims on Monday. They included {num(a)} "
                 f"women and {num(b)} children.", filler(rng))


CONTROL_FRAMES: dict[str, Frame] = {
    "independent": k_independent, "other-total": k_other_total, "stages": k_stages,
    "restated-partial": k_restated_partial,
}


def build(seed: int = SEED, per_frame: int = PER_FRAME) -> dict[str, list[Case]]:
    return cases(WL402_FRAMES, CONTROL_FRAMES, seed, per_frame)


# --- 6. WL401: households under a vague headline count --------------------------------------------------------

HEADS = ["Thousands without water", "Thousands left without power", "Thousands of residents without heating",
         "Thousands cut off by burst main"]
BODIES = ["{n} households had no running water after the main burst, the water company said.",
          "The storm left {n} households without power, the network operator said.",
          "Some {n} households were without heating overnight, the supplier said.",
          "The burst main cut off supplies to about {n} households, the council said."]


def wl401_cases(seed: int = SEED) -> dict[str, list[Case]]:
    """Households one to four people each: "Thousands" (2,000 or more) over fewer than 500 households is
    unsupported; over 600 or more it may be right, and "Hundreds" over a few hundred households is fine."""
    rng = random.Random(seed)
    out: dict[str, list[Case]] = {"WL401": [], "WL401-controls": []}
    for head, body in zip(HEADS, BODIES, strict=True):
        for _ in range(2):
            out["WL401"].append(("households-few", story(head, body.format(n=num(rng.randint(120, 480)))), "WL401"))
            out["WL401-controls"].append(("households-many", story(head, body.format(
                n=f"{rng.randint(8, 40) * 100:,}")), None))
            out["WL401-controls"].append(("hundreds", story(head.replace("Thousands", "Hundreds"), body.format(
                n=num(rng.randint(120, 480)))), None))
    return out


# --- WL201: tolls and tallies in words of my own ---------------------------------------------------------------

TALLIES = [
    "Some {n} cattle perished in the drought.",
    "The cyclone left {n} homes roofless.",
    "Rioters set fire to {n} cars overnight.",
    "The quake toppled {n} minarets in the old city.",
    "{N} migrants drowned when their dinghy capsized.",
    "The explosion injured {n} workers at the plant.",
    "Gunmen seized {n} farm labourers from the fields.",
    "Troops captured {n} insurgents in the sweep.",
    "The outbreak has sickened {n} pupils at the school.",
    "The landslide buried {n} cottages on the slope.",
    "Looters emptied {n} pharmacies in the capital.",
    "More than {n} families were made homeless by the blaze.",
    "Bird flu has forced the culling of {n} turkeys.",
    "{N} climbers were airlifted off the glacier.",
    "Frost destroyed {n} hectares of vines.",
    "The collapse has cost pension holders £{n}m.",
]
LOOKALIKES = [
    "The school has {n} pupils on its roll.",
    "The ferry can carry {n} cars.",
    "She has written {n} novels.",
    "The hotel has {n} rooms.",
    "The council will build {n} homes by 2030.",
    "The team won {n} games last season.",
]
SOURCED = [", the authorities said.", ", according to the regional governor.", ", the fire service said.",
           ", officials told reporters."]


def tally_cases(tallies: list[str], lookalikes: list[str], sourced: list[str], seed: int
                ) -> dict[str, list[tuple[str, bool]]]:
    """Each tally once unsourced (must warn) and once with a source (quiet); each look-alike (quiet)."""
    rng = random.Random(seed)
    out: dict[str, list[tuple[str, bool]]] = {"unsourced": [], "sourced": [], "look-alikes": []}
    for template in tallies:
        n = rng.randint(14, 460)
        sentence = template.format(n=f"{n:,}", N=f"{n:,}")
        out["unsourced"].append((sentence, True))
        out["sourced"].append((sentence[:-1] + rng.choice(sourced), False))
    for template in lookalikes:
        out["look-alikes"].append((template.format(n=rng.randint(14, 90)), False))
    return out


def wl201_cases(seed: int = SEED) -> dict[str, list[tuple[str, bool]]]:
    return tally_cases(TALLIES, LOOKALIKES, SOURCED, seed)


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    groups = build()
    groups.update(wl401_cases())
    for group, (good, count) in score(groups, verbose=verbose).items():
        print(f"set 13 {group}: {good}/{count}")
    for group, (good, count) in score_tallies(wl201_cases(), "The report came out on Monday.", verbose).items():
        print(f"set 13 WL201 {group} right: {good}/{count}")
