"""Blind set P10b (issue 16, numbers10): the shapes of set P10 in frames, nouns and verbs written after the pass,
measured once and never tuned on (the figure at first sight is the one reported in docs/numbers-and-attribution.md).

``WL402`` cases contradict (parts above the total; below it where the list restates the whole), ``WL401`` cases are
headline counts outside the body's with a synonym of its event, ``controls`` are the same frames with figures that
fit and look-alikes (another set after the pointer, "Of these" before other measures, counts on top).

    python benchmarks/numbers_fresh_parts10b.py [-v]
"""

from __future__ import annotations

# ruff: noqa: B023  (each frame's ``write`` is called within its own loop turn, never later)
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from numbers_fresh_parts10 import Case
from numbers_fresh_v import lead, num, score, story

SEED = 2610
ROUNDS = 6

GROUPS = [("jurors", ("men", "women")), ("apprentices", ("boys", "girls")), ("trainees", ("nurses", "midwives")),
          ("volunteers", ("students", "pensioners")), ("crew members", ("Filipinos", "Ukrainians")),
          ("laureates", ("scientists", "writers")), ("candidates", ("women", "men"))]
PREDICATES = ["were sworn in at the town hall", "were photographed with the mayor", "left for the summit on Tuesday",
              "completed the course last month", "collected their awards on Saturday", "were introduced to the press"]
RELATIVES = ["The {n} people hurt in the blast were discharged on Monday.",
             "The {n} miners trapped underground were brought to the surface overnight.",
             "The {n} migrants picked up off Malta were taken to Valletta."]
WHOLE = ["They were {a} {x} and {b} {y}.", "They comprised {a} {x} and {b} {y}.",
         "Police said they were {a} {x} and {b} {y}."]
SOME = ["Among them were {a} {x} and {b} {y}.", "They included {a} {x} and {b} {y}.", "Of them, {a} were {x}."
        " {b} were {y}."]
OTHER_SET = ["They were watched by {a} relatives and {b} reporters.", "They were welcomed by {a} officials and {b} "
             "volunteers.", "They were among {a} {x} and {b} {y} who applied."]

THINGS = [("The ministry", "licensed", "clinics", ("public", "private")),
          ("The port", "handled", "containers", ("full", "empty")),
          ("The court", "heard", "appeals", ("civil", "criminal")),
          ("The agency", "inspected", "restaurants", ("urban", "rural")),
          ("The festival", "screened", "films", ("foreign", "domestic")),
          ("The shipyard", "built", "vessels", ("naval", "commercial"))]
POINTERS = ["Of these", "Of them", "Of those", "Of the total"]
PARTS = ["{a} were {x} and {b} {y}.", "{a} were {x}, while {b} were {y}.", "{a} were {x} and {b} were {y}."]
MEASURES = ["the largest cost {m1} euros and the smallest {m2} euros.", "{a} dated from 1971 and {b} from 1994.",
            "{a} were more than {y1} years old."]

WORKFORCES = ["civil servants will be relocated", "teachers are to be hired", "doctors will retire",
              "engineers will be trained", "drivers will be taken on"]
WITHS = ["with {a} heading to {t1} and a further {b} to {t2}", "with {a} based at the {t1} depot and a further {b} "
         "at the {t2} site", "with {a} working in {t1} and a further {b} in {t2}"]
TOWNS = [("Leipzig", "Dresden"), ("Seville", "Malaga"), ("Utrecht", "Leiden"), ("Cork", "Galway")]

SYNONYMS = [("taken ill", "holidaymakers fell sick at the resort", "at resort"),
            ("hurt", "workers were wounded in the explosion", "in explosion"),
            ("dead", "villagers died in the mudslide", "in mudslide"),
            ("missing", "sailors are unaccounted for after the sinking", "after sinking"),
            ("detained", "fans were held by police at the ground", "at ground"),
            ("sick", "passengers were poisoned on the cruise", "on cruise")]
VAGUE = [("Scores", (60, 150), (12, 20, 500)), ("Nearly 100", (88, 96), (40, 60, 130)),
         ("Over 300", (320, 450), (120, 250)), ("A dozen", (12,), (40, 3))]


def build(seed: int = SEED) -> dict[str, list[Case]]:
    rng = random.Random(seed)
    groups: dict[str, list[Case]] = {"WL402": [], "WL401": [], "controls": []}
    for index in range(ROUNDS * 4):  # a definite group and the next sentence
        group, (x, y) = rng.choice(GROUPS)
        a, b = rng.randint(5, 40), rng.randint(5, 40)
        if index % 3 == 2:
            first = rng.choice(RELATIVES)
            x, y = ("men", "women")
        else:
            first = f"The {{n}} {group} {rng.choice(PREDICATES)}."
        whole = index % 2 == 0
        line = rng.choice(WHOLE if whole else SOME)
        apart = index % 4 == 1  # the pointer opens the next paragraph

        def write(n: int, text: str = line) -> str:
            listed = text.format(a=num(a), b=num(b), x=x, y=y)
            opening = first.format(n=n)
            return story("Names released", opening, listed) if apart else story("Names released", f"{opening} "
                                                                                                    f"{listed}")
        groups["WL402"].append(("definite/over", write(a + b - rng.randint(2, min(a, b) - 1)), "WL402"))
        groups["controls"].append(("definite/adds-up", write(a + b), None))
        if whole:
            groups["WL402"].append(("definite/short", write(a + b + rng.randint(3, 9)), "WL402"))
        else:
            groups["controls"].append(("definite/some", write(a + b + rng.randint(3, 9)), None))
        groups["controls"].append(("definite/other-set", write(max(2, min(a, b) - 1), rng.choice(OTHER_SET)), None))
    for _ in range(ROUNDS * 3):  # things and "Of these"
        actor, verb, noun, (x, y) = rng.choice(THINGS)
        a, b = rng.randint(8, 80), rng.randint(8, 80)
        pointer, line = rng.choice(POINTERS), rng.choice(PARTS)

        def things(n: int, text: str = line, **more: object) -> str:
            listed = text.format(a=num(a), b=num(b), x=x, y=y, **more)
            return story(f"{actor.removeprefix('The ')} figures", f"{actor} {verb} {num(n)} {noun} last year, its "
                         f"annual report showed. {pointer}, {listed}")
        groups["WL402"].append(("things/over", things(a + b - rng.randint(2, min(a, b) - 1)), "WL402"))
        groups["controls"].append(("things/adds-up", things(a + b), None))
        groups["controls"].append(("things/some", things(a + b + rng.randint(3, 9)), None))
        n = max(a, b) + rng.randint(1, 5)
        groups["controls"].append(("things/other-measure", things(
            n, rng.choice(MEASURES), m1=f"{rng.randint(30, 90)},000", m2=f"{rng.randint(5, 20)},000",
            y1=n + rng.randint(10, 60)).replace(f"{num(a)} dated", f"{num(min(a, n // 3))} dated")
            .replace(f"and {num(b)} from", f"and {num(min(b, n // 3))} from"), None))
    for _ in range(ROUNDS * 2):  # "N ... will ..., with A ... and a further B ..."
        workforce, (t1, t2) = rng.choice(WORKFORCES), rng.choice(TOWNS)
        a, b = rng.randint(40, 500), rng.randint(30, 400)
        line = rng.choice(WITHS)

        def jobs(n: int, text: str = line) -> str:
            return story("Staff plans", f"{n:,} {workforce}, {text.format(a=num(a), b=num(b), t1=t1, t2=t2)}, "
                                        "the ministry announced.")
        groups["WL402"].append(("with/over", jobs(a + b - rng.randint(5, min(a, b) - 1)), "WL402"))
        groups["controls"].append(("with/adds-up", jobs(a + b), None))
        later = f"with {{a}} more to follow in {rng.randint(2027, 2030)}"
        groups["controls"].append(("with/on-top", jobs(a + b, later), None))
    for word, body, scene in SYNONYMS:  # headline event synonyms
        for _ in range(2):
            quantity, inside, outside = rng.choice(VAGUE)

            def head(n: int) -> str:
                return story(f"{quantity} {word} {scene}", f"{lead(n)} {body} on Sunday, officials said.")
            groups["WL401"].append((f"synonym/{word}", head(rng.choice(outside)), "WL401"))
            groups["controls"].append((f"synonym/{word}-ok", head(rng.choice(inside)), None))
    return groups


if __name__ == "__main__":
    for group, (good, count) in score(build(), verbose="-v" in sys.argv).items():
        print(f"set P10b {group}: {good}/{count}")
