"""Round 16 (issue 16, numbers9): shapes an outside evaluation still missed, in frames of my own.

Written before any rule change of this pass, from the lead's general description of the misses (not their
sentences, which I have not seen). Drawn with a fixed seed, so it reads the same every time.

WL4 families (each frame many verbs, nouns, numbers and positions):

1. a total and its parts in one sentence joined by a semicolon or a colon, the parts of the same noun split by
   outcome ("Rebels seized N hostages; A hostages were freed and B are still held");
2. parts whose noun carries a past participle as an adjective ("The N inmates who escaped included A convicted
   robbers and B remand prisoners"): the participle belongs to the noun phrase, not to the sentence's event;
3. a colon or dash list whose parts are placed or dated and the last one "a further", "another" or "more" ("killed
   N people: A at the scene and a further B in hospital").

``WL402`` cases contradict (parts above the total; below it too where a colon list claims all of it); controls
are the same frames adding up, and look-alikes (more of them after "others", a later stage, another set).

WL201: costs to the public in figurative wording and areas burned or flooded with other verbs and units, each
unsourced (must warn) and sourced (quiet), and look-alikes (quiet): areas that are sizes, gains, plans, prices.

    python benchmarks/numbers_round16.py [-v]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from numbers_fresh_v import num, score, story
from numbers_round14 import FILLERS, SOURCED_TAILS, SOURCES, Case, Frame, cases, pick, score_tallies

SEED = 1616
PER_FRAME = 6


# --- 1. one sentence, a semicolon or a colon, parts split by outcome ---------------------------------------------

OUTCOMES = [
    # (opening with {n} and a plural noun, the noun, first outcome, second outcome)
    ("The academy entered {n} {noun} for the exam", "pupils", "passed", "failed"),
    ("Gunmen seized {n} {noun} in the raid", "hostages", "were freed on Sunday", "are still being held"),
    ("The boat was carrying {n} {noun}", "migrants", "survived", "drowned"),
    ("Police detained {n} {noun} overnight", "protesters", "were released without charge", "remain in custody"),
    ("The trial enrolled {n} {noun}", "patients", "recovered", "died"),
    ("Prosecutors charged {n} {noun}", "defendants", "were acquitted", "were convicted"),
    ("The club tested {n} {noun} for the virus", "players", "tested negative", "tested positive"),
    ("The embassy processed {n} {noun} last month", "applicants", "were granted visas", "were turned down"),
    ("The earthquake trapped {n} {noun} underground", "miners", "were brought out alive", "are still missing"),
]


def f_outcome_joined(rng: random.Random, a: int, b: int, n: int) -> str:
    opening, noun, first, second = rng.choice(OUTCOMES)
    mark = pick(rng, ";", ":")
    said = pick(rng, "", f", {rng.choice(SOURCES)}")
    repeat = rng.random() < 0.6  # the parts name the noun again, or leave it out
    one = f"{num(a)} {noun}" if repeat else num(a)
    two = f"{num(b)} {noun}" if repeat and rng.random() < 0.7 else num(b)
    join = pick(rng, "and", "while", ", while")
    join = join if join.startswith(",") else f" {join}"
    return story("Latest figures", f"{opening.format(n=num(n), noun=noun)}{said}{mark} {one} {first}{join} {two} "
                 f"{second}.", rng.choice(FILLERS))


def f_outcome_semicolon_later(rng: random.Random, a: int, b: int, n: int) -> str:
    opening, noun, first, second = rng.choice(OUTCOMES)
    return story("Update", rng.choice(FILLERS), f"{opening.format(n=num(n), noun=noun)} last week; of those, "
                 f"{num(a)} {first} and {num(b)} {second}, {rng.choice(SOURCES)}.")


# --- 2. a past participle before the part's noun -----------------------------------------------------------------

PARTICIPLE_PARTS = [
    ("convicted", "murderers"), ("injured", "soldiers"), ("wounded", "fighters"), ("displaced", "farmers"),
    ("registered", "voters"), ("jailed", "activists"), ("retired", "teachers"), ("detained", "journalists"),
    ("rescued", "fishermen"), ("disabled", "children"), ("qualified", "nurses"), ("evacuated", "residents"),
]
OTHER_PARTS = ["traders", "students", "pensioners", "women", "labourers", "children", "police officers"]
TOTALS = [
    # (total clause with {n}, headline)
    ("The {n} prisoners who escaped", "Jailbreak"),
    ("The {n} people killed in the blast", "Market blast"),
    ("The {n} passengers flown home", "Flights home"),
    ("The {n} hostages released on Friday", "Hostages freed"),
    ("The {n} people who died in the fire", "Tower fire"),
]


def f_participle_included(rng: random.Random, a: int, b: int, n: int) -> str:
    total, head = rng.choice(TOTALS)
    (adjective, noun), other = rng.choice(PARTICIPLE_PARTS), rng.choice(OTHER_PARTS)
    one, two = (f"{num(a)} {adjective} {noun}", f"{num(b)} {other}")
    if rng.random() < 0.3:
        one, two = f"{num(a)} {other}", f"{num(b)} {adjective} {noun}"
    verb = pick(rng, "included", "were", "comprised")
    return story(head, f"{total.format(n=num(n))} {verb} {one} and {two}, {rng.choice(SOURCES)}.",
                 rng.choice(FILLERS))


def f_participle_next(rng: random.Random, a: int, b: int, n: int) -> str:
    opening = pick(rng, f"The attack killed {num(n)} people", f"The floods displaced {num(n)} people",
                   f"Police arrested {num(n)} people", f"Rescuers pulled {num(n)} people from the rubble")
    (adjective, noun), other = rng.choice(PARTICIPLE_PARTS), rng.choice(OTHER_PARTS)
    pointer = pick(rng, "They included", "Among them were", "Those counted included")
    return story("Toll", f"{opening}, {rng.choice(SOURCES)}. {pointer} {num(a)} {adjective} {noun} and "
                 f"{num(b)} {other}.", rng.choice(FILLERS))


def f_participle_including(rng: random.Random, a: int, b: int, n: int) -> str:
    (adjective, noun), (adjective2, noun2) = rng.sample(PARTICIPLE_PARTS, 2)
    verb = pick(rng, "killed", "injured", "left homeless", "forced from their homes")
    agent = pick(rng, "The cyclone", "The landslide", "The fighting", "The explosion")
    return story("Disaster", f"{agent} {verb} {num(n)} people, including {num(a)} {adjective} {noun} and "
                 f"{num(b)} {adjective2} {noun2}, {rng.choice(SOURCES)}.", rng.choice(FILLERS))


# --- 3. a colon list placed or dated, the last part "a further", "another", "more" --------------------------------

PLACES = [("at the scene", "in hospital"), ("on Monday", "overnight"), ("in the north", "in the south"),
          ("in the first blast", "in the second"), ("in Kano", "in Kaduna"), ("on Friday", "over the weekend"),
          ("off Lampedusa", "near Malta"), ("in the capital", "in outlying districts")]
COLON_EVENTS = [("The attack killed {n} people", "killed"), ("The storm has killed {n} people", "killed"),
                ("Police arrested {n} people", "arrested"), ("A total of {n} people were injured", "injured"),
                ("The coastguard rescued {n} migrants", "rescued"), ("The floods left {n} people dead", "killed")]


def f_colon_further(rng: random.Random, a: int, b: int, n: int) -> str:
    opening, _ = rng.choice(COLON_EVENTS)
    first, second = rng.choice(PLACES)
    mark = pick(rng, ":", " -", " –")
    said = pick(rng, "", f", {rng.choice(SOURCES)}")
    last = pick(rng, f"a further {num(b)} {second}", f"another {num(b)} {second}", f"{num(b)} more {second}")
    return story("Toll", f"{opening.format(n=num(n))}{said}{mark} {num(a)} {first} and {last}.",
                 rng.choice(FILLERS))


def f_colon_further_verb(rng: random.Random, a: int, b: int, n: int) -> str:
    first, second = rng.choice(PLACES)
    verb, total = rng.choice([("died", "killed {n} people"), ("were hurt", "injured {n} people"),
                              ("were picked up", "arrested {n} suspects")])
    agent = pick(rng, "The violence", "The crash", "The operation", "The unrest")
    other = pick(rng, "a further", "another")
    return story("Toll", f"{agent} {total.format(n=num(n))}: {num(a)} {verb} {first} and {other} {num(b)} "
                 f"{second}.", rng.choice(FILLERS))


WL402_FRAMES: dict[str, tuple[Frame, bool]] = {
    "1-outcome-joined": (f_outcome_joined, False),
    "1-outcome-of-those": (f_outcome_semicolon_later, False),
    "2-participle-included": (f_participle_included, False),
    "2-participle-next": (f_participle_next, False),
    "2-participle-including": (f_participle_including, False),
    "3-colon-further": (f_colon_further, True),
    "3-colon-further-verb": (f_colon_further_verb, True),
}


# --- look-alikes: consistent copy whose parts add up to more than the count before them ---------------------------

def c_others(rng: random.Random, a: int, b: int, n: int) -> str:
    return story("Storm", f"The storm killed {num(n)} people; {num(a)} others were injured and {num(b)} were left "
                 f"homeless, {rng.choice(SOURCES)}.", rng.choice(FILLERS))


def c_later_stage(rng: random.Random, a: int, b: int, n: int) -> str:
    opening, first, second = rng.choice([
        ("The academy entered {n} pupils for the exam", "passed", "went on to university"),
        ("Police arrested {n} fans", "were charged", "were later convicted"),
        ("Doctors treated {n} patients", "recovered", "have since returned to work"),
    ])
    return story("Results", f"{opening.format(n=num(n))}; {num(min(max(a, b), n))} {first} and {num(min(a, b))} "
                 f"{second}.", rng.choice(FILLERS))


def c_further_on_top(rng: random.Random, a: int, b: int, n: int) -> str:
    first, second = rng.choice(PLACES)
    return story("Toll", f"The bombing killed {num(a + b)} people: {num(a)} {first} and {num(b)} {second}. "
                 f"A further {num(n)} died later, {rng.choice(SOURCES)}.", rng.choice(FILLERS))


def c_participle_other_set(rng: random.Random, a: int, b: int, n: int) -> str:
    adjective, noun = rng.choice(PARTICIPLE_PARTS)
    return story("Camp", f"The camp houses {num(n)} families, {rng.choice(SOURCES)}.",
                 f"Separately, {num(a)} {adjective} {noun} and {num(b)} traders arrived on Tuesday.",
                 rng.choice(FILLERS))


def c_places_parallel(rng: random.Random, a: int, b: int, n: int) -> str:
    return story("Unrest", f"Police arrested {num(n)} people in the capital on Friday; {num(a)} were held in the "
                 f"north and another {num(b)} in the south on Saturday.", rng.choice(FILLERS))


CONTROL_FRAMES: dict[str, Frame] = {
    "others": c_others, "later-stage": c_later_stage, "further-on-top": c_further_on_top,
    "participle-other-set": c_participle_other_set, "places-parallel": c_places_parallel,
}


def build(seed: int = SEED, per_frame: int = PER_FRAME) -> dict[str, list[Case]]:
    """Contradictions (over, and short where the list claims all of the total) and consistent controls."""
    return cases(WL402_FRAMES, CONTROL_FRAMES, seed, per_frame)


# --- WL201: costs in figurative wording, areas burned or flooded ---------------------------------------------------

TALLIES = [
    # costs to the public, figuratively
    "The collapse of the scheme left the public purse £{n}m poorer.",
    "The botched sale has left taxpayers ${n} million worse off.",
    "The overrun means a ${n} million bill for ratepayers.",
    "The failed loan has left the taxpayer nursing a £{n}m loss.",
    "Taxpayers have lost £{n}m on the abandoned ferry contract.",
    "The scheme drained ${n} million from the public purse.",
    "Public coffers are £{n}m lighter after the fiasco.",
    "The pension blunder has left bill payers £{n}m out of pocket.",
    # areas burned, flooded, flattened
    "The blaze has scorched {n} square kilometres of scrub.",
    "Wildfires blackened {n} acres across the state.",
    "Flames charred {n} hectares of pine forest.",
    "The fire razed {n} sq km of woodland.",
    "Fires have burnt {n} sq miles of national park.",
    "Floodwaters have submerged {n} km2 of farmland.",
    "The storm flattened {n} acres of maize.",
    "The hurricane laid flat {n} acres of sugar cane.",
    "Some {n} hectares of forest went up in smoke.",
    "The floods left {n} acres of cropland under water.",
]

LOOKALIKES = [
    "The national park covers {n} square kilometres.",
    "The estate spans {n} acres of rolling farmland.",
    "Shares in the firm lost {n}% on Monday.",
    "The farm sold {n} hectares of land last year.",
    "The lottery win left him £{n}m richer.",
    "The council plans to plant {n} hectares of woodland.",
    "Firefighters saved {n} acres of forest from the flames.",
    "Profits rose to £{n}m in the year to March.",
    "The fire brigade covers {n} square miles.",
    "The new stadium cost £{n}m to build.",
]


def tally_cases(tallies: list[str], lookalikes: list[str], seed: int, repeats: int = 2,
                tails: list[str] = SOURCED_TAILS, lookalike_top: int = 4800) -> dict[str, list[tuple[str, bool]]]:
    """Each tally sentence ``repeats`` times unsourced (must warn) and with a source (quiet); the look-alikes
    (quiet). Shared with the sealed set, which draws the same way with its own seed."""
    rng = random.Random(seed)
    out: dict[str, list[tuple[str, bool]]] = {"unsourced": [], "sourced": [], "look-alikes": []}
    for template in tallies:
        for _ in range(repeats):
            sentence = template.format(n=f"{rng.randint(12, 4800):,}")
            out["unsourced"].append((sentence, True))
            out["sourced"].append((sentence[:-1] + (rng.choice(tails) if len(tails) > 1 else tails[0]), False))
    for template in lookalikes:
        out["look-alikes"].append((template.format(n=f"{rng.randint(12, lookalike_top):,}"), False))
    return out


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    for group, (good, count) in score(build(), verbose=verbose).items():
        print(f"round 16 {group}: {good}/{count}")
    tallies = tally_cases(TALLIES, LOOKALIKES, SEED)
    for group, (good, count) in score_tallies(tallies, "The report was published on Monday.", verbose).items():
        print(f"round 16 WL201 {group} right: {good}/{count}")
