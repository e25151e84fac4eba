"""Set 18 (issue 16, numbers18): a sealed first-sight set, written and committed before any rule change of the pass.

Frames of my own, in phrasings none of the earlier sets, development sets or tests use, drawn into real corpus
articles and scored as set 16 (``numbers_fresh_16.run``):

* WL402 by shape: a total whose kind is a people or a proper adjective ("Kurdish fighters", "Afghan refugees");
  things counted by outcome after a semicolon; dash lists with number words ending "and one ..."; "of whom";
  "A of the N ... were"; "The dead included" in the next sentence; "the remaining B"; both sides' losses after a
  colon; each side's tally in a sentence of its own under a total "on both sides"; totals written as words ("A
  dozen", "Two dozen", "Half a dozen"); three parts in digits.
* WL401: vague and bounded headline quantities ("Scores", "A dozen", "Handful", "More than 100") over things and
  people.
* WL201: tallies that name the counted things by nouns other than the toll nouns (structures, livestock, dwellings,
  huts, properties, kiosks, outbuildings, granaries, head of cattle, shacks, vessels), with a vague count too.

Controls (no WL4 finding anywhere in the article): every frame's twin that adds up (or, for a list that claims
nothing, falls short); overlapping attributes of one total ("families, A of them led by single mothers and B with
babies"); parts of another period or incident; partial lists; look-alikes with ages, scores, prices and dates; for
WL201 the same tallies with a source and counts of the same things with no loss.

    python benchmarks/numbers_fresh_18.py [-v]
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import numbers_fresh_16 as sealed
from numbers_fresh_16 import Case
from numbers_fresh_v import lead, num

SEED = 1818
PER_FRAME = 6


@dataclass(frozen=True)
class Frame:
    """Templates with {n}/{N} the total and {a} {b} {c} the parts (capitals open a sentence).

    ``complete``: the wording claims the parts are all of the total, so parts short of it contradict it too.
    ``three``: three parts; ``one``: the last part is fixed at one; ``small``: the total is 7 to 12;
    ``fixed``: the total is written as words in the template and has this value.
    """

    name: str
    templates: tuple[str, ...]
    complete: bool = False
    three: bool = False
    one: bool = False
    small: bool = False
    fixed: int = 0


FRAMES = [
    Frame("proper-adjective-kind", (
        "{N} Kurdish fighters were killed in the offensive, {a} of them in the town and {b} on the ridge above it.",
        "Police detained {n} Somali sailors at the port. {A} were later released and {b} were charged.",
        "The airlift brought out {n} Afghan refugees, {a} women and {b} children.",
        "{N} Tamil families were resettled over the winter, {a} in the north and {b} in the east.",
        "Border guards turned back {n} Roma travellers: {a} at the bridge and {b} at the rail crossing.",
        "{N} Chechen rebels surrendered on Friday, among them {a} commanders and {b} foreign volunteers.",
    )),
    Frame("semicolon-outcome-things", (
        "The cyclone struck {n} homes on the coast; {a} were destroyed and {b} damaged.",
        "Customs examined {n} containers at the port; {a} were released and {b} impounded.",
        "The earthquake hit {n} schools in the province; {a} collapsed and {b} were declared unsafe.",
        "Floodwater reached {n} farms in the valley; {a} lost their whole harvest and {b} were spared.",
    ), complete=True),
    Frame("dash-and-one", (
        "{N} people were killed in the ambush - {a} soldiers, {b} police officers and one civilian.",
        "{N} workers were hurt by the blast - {a} welders, {b} electricians and one crane driver.",
        "Rescuers pulled {n} survivors from the wreck - {a} women, {b} men and one baby.",
        "{N} climbers died on the mountain this season - {a} Britons, {b} Germans and one American.",
    ), complete=True, three=True, one=True, small=True),
    Frame("of-whom", (
        "Coastguards rescued {n} migrants off the island, {a} of whom were taken to hospital and {b} of whom "
        "were sent to a reception centre.",
        "{N} pupils fell ill after the school lunch, of whom {a} were kept in hospital overnight and {b} were "
        "sent home.",
        "The raid netted {n} suspects, {a} of whom were charged at the scene while {b} were bailed.",
    )),
    Frame("a-of-the-n", (
        "{A} of the {n} people killed in the crash were tourists and {b} were local residents.",
        "{A} of the {n} prisoners who escaped were recaptured within a week, and {b} are still at large.",
        "Officials said {a} of the {n} patients evacuated were elderly, while {b} were children.",
    )),
    Frame("dead-included", (
        "A bus plunged into a gorge on Sunday, killing {n} passengers.\n\nThe dead included {a} children and "
        "{b} women.",
        "The landslide buried {n} villagers, rescuers said. The victims included {a} schoolchildren and {b} "
        "farm workers.",
        "The fire at the textile mill killed {n} people. Among those who died were {a} machinists and {b} "
        "security guards.",
    )),
    Frame("the-remaining", (
        "{A} of the {n} hostages freed on Tuesday were aid workers and the remaining {b} were drivers.",
        "Police charged {a} of the {n} men arrested; the other {b} were released.",
        "Of the {n} crew, {a} reached the lifeboats and the rest - {b} - were picked up from the water.",
    ), complete=True),
    Frame("both-sides-colon", (
        "Both sides suffered losses in the battle, which killed {n} combatants: {a} government troops and {b} "
        "rebels.",
        "The clashes cost both sides dearly, with {n} fighters killed in all: {a} army soldiers and {b} "
        "insurgents.",
    ), complete=True),
    Frame("per-side-sentences", (
        "Fighting around the airport killed {n} combatants on both sides, the monitor said.\n\nThe army lost {a} "
        "soldiers. Rebel losses were put at {b} fighters.",
        "Two days of clashes left {n} fighters dead on both sides. The militia said it lost {a} men, and the "
        "government said {b} of its troops had died.",
    ), complete=True),
    Frame("word-totals", (
        "A dozen climbers were caught in the avalanche; {a} were dug out alive and {b} died.",
        "A dozen people were injured when the stand collapsed, {a} of them children and {b} pensioners.",
    ), fixed=12),
    Frame("word-totals-24", (
        "Two dozen pupils were taken to hospital after the trip, {a} boys and {b} girls.",
        "Two dozen miners were trapped underground. {A} were brought out on Monday and {b} on Tuesday.",
    ), fixed=24),
    Frame("word-totals-6", (
        "Half a dozen firefighters were hurt, {a} at the warehouse and {b} at the timber yard.",
        "Half a dozen soldiers were wounded in the ambush, {a} of them seriously and {b} slightly.",
    ), fixed=6),
    Frame("three-parts-digits", (
        "The blast wounded {n} people, including {a} soldiers, {b} police officers and {c} civilians.",
        "The ferry was carrying {n} passengers: {a} Filipinos, {b} Indonesians and {c} Malaysians.",
        "Authorities evacuated {n} residents, {a} from the old town, {b} from the harbour and {c} from the "
        "hills.",
    ), three=True),
]

OVERLAPS = [
    "The shelter took in {n} families, {a} of them led by single mothers and {b} with babies.",
    "{N} staff were made redundant, {a} of them women and {b} over the age of 50.",
    "The hostel houses {n} migrants; {a} are Sudanese and {b} have work permits.",
    "The school admitted {n} pupils, {a} of them girls and {b} on free school meals.",
    "The rescue teams treated {n} people, {a} of them for burns and {b} for smoke inhalation.",
    "{N} drivers were stopped at the checkpoint, {a} of whom were speeding and {b} of whom had no licence.",
]
OTHER_SET = [
    "The storm damaged {n} homes this week. In last year's storm, {a} homes were destroyed and {b} damaged.",
    "Clashes killed {n} fighters on Monday.\n\nOn Sunday, the army had lost {a} soldiers and the rebels {b}.",
    "The blast killed {n} people. A second bomb, in another city, wounded {a} soldiers and {b} civilians.",
]
PARTIAL = [
    "Troops killed {n} militants in the raid, among them {a} commanders.",
    "The quake damaged {n} buildings, including {a} schools and {b} clinics.",
    "Police arrested {n} fans after the match, including {a} teenagers.",
]
LOOKALIKES = [
    "{N} people were hurt in the crash, among them two brothers aged {x} and {y}.",
    "United beat City {s}-{t} in front of a crowd of {n},000.",
    "The {n} rooms cost {p} pounds a night on weekdays and {q} pounds at weekends.",
    "Police arrested {n} men, aged between {x} and {y}, after the raid.",
    "{N} people were evacuated on {d} and {e} March as the river rose.",
    "The {n} victims were aged from {x} to {y}, the coroner said.",
]


def _fill(template: str, n: int, a: int, b: int, c: int = 0) -> str:
    return template.format(n=num(n), N=lead(n), a=num(a), A=lead(a), b=num(b), B=lead(b), c=num(c), C=lead(c))


def _lookalike(rng: random.Random, template: str, n: int) -> str:
    """A count of people beside ages, a score, prices or dates that add up to more than it."""
    x = rng.randint(18, 45)
    p = rng.randint(40, 90)
    d = rng.randint(2, 26)
    return template.format(n=num(n), N=lead(n), x=x, y=x + rng.randint(5, 30), s=rng.randint(2, 5),
                           t=rng.randint(0, 1), p=p, q=p + rng.randint(10, 40), d=d, e=d + 2)


def _total(rng: random.Random, frame: Frame) -> int:
    if frame.fixed:
        return frame.fixed
    if frame.small:
        return rng.randint(7, 12)
    return rng.randint(20, 95)


def _split(rng: random.Random, frame: Frame, n: int, mode: str) -> tuple[int, int, int]:
    """Parts of ``n`` that go over it, fall short of it, or add up to it (the last fixed at one for ``one``); every
    other part at least two, so its noun stays plural."""
    if frame.small or frame.fixed == 6:
        step = rng.randint(1, 2)
    elif frame.fixed:
        step = rng.randint(2, frame.fixed // 4)
    else:
        step = rng.randint(3, max(4, min(12, n // 4)))
    target = n + step if mode == "over" else n - step if mode == "short" else n
    if frame.three:
        rest, count = (target - 1, 2) if frame.one else (target, 3)
        while True:
            cuts = sorted(rng.sample(range(2, rest - 1), count - 1))
            pieces = [high - low for low, high in zip([0, *cuts], [*cuts, rest], strict=True)]
            if min(pieces) >= 2:
                break
        return (pieces[0], pieces[1], 1) if frame.one else (pieces[0], pieces[1], pieces[2])
    a = rng.randint(max(2, target // 3), max(2, target - target // 3))
    return a, target - a, 0


def frame_cases(rng: random.Random, per_frame: int) -> list[Case]:
    cases = []
    for frame in FRAMES:
        for index in range(per_frame):
            template = frame.templates[index % len(frame.templates)]
            n = _total(rng, frame)
            mode = "short" if frame.complete and index % 3 == 1 else "over"
            cases.append(Case(frame.name, True, _fill(template, n, *_split(rng, frame, n, mode))))
            twin = "short" if not frame.complete and index % 2 else "equal"
            cases.append(Case(frame.name, False, _fill(template, n, *_split(rng, frame, n, twin))))
    return cases


def control_cases(rng: random.Random, per_frame: int) -> list[Case]:
    """Overlapping attributes and other sets with parts above the total, partial lists below it, look-alikes."""
    cases = []
    for family, templates in [("overlap", OVERLAPS), ("other-set", OTHER_SET), ("partial", PARTIAL),
                              ("lookalike", LOOKALIKES)]:
        for index in range(max(per_frame, len(templates))):
            template = templates[index % len(templates)]
            n = rng.randint(20, 95)
            if family == "lookalike":
                cases.append(Case(family, False, _lookalike(rng, template, n)))
                continue
            a = rng.randint(n // 3, n // 2)
            b = n - a + rng.randint(3, 12) if family != "partial" else rng.randint(2, max(2, n - a - 4))
            cases.append(Case(family, False, _fill(template, n, a, b)))
    return cases


# --- WL401 -----------------------------------------------------------------------------------------------------------

HEADLINES = [
    # (headline, body with {c} the count, counts the headline does not allow, counts it allows)
    ("Scores of homes razed in village fire", "Fire razed {c} homes in the village overnight.", (4, 20),
     (50, 300)),
    ("A dozen hurt in bus crash", "{C} passengers were hurt when the bus overturned on the ring road.", (25, 60),
     (12, 12)),
    ("Dozens arrested after march turns violent", "Police arrested {c} marchers after clashes near the "
     "parliament.", (3, 11), (30, 90)),
    ("Handful of survivors pulled from rubble", "Rescuers pulled {c} survivors from the rubble of the hotel.",
     (30, 80), (3, 6)),
    ("More than 100 killed in border clashes", "The clashes killed {c} people, officials on both sides said.",
     (40, 90), (101, 180)),
    ("Hundreds of sheep drown in floods", "Floodwater drowned {c} sheep on the marshes.", (20, 120),
     (300, 900)),
    ("Thousands of passengers stranded", "The strike stranded {c} passengers at the airport.", (200, 900),
     (2500, 8000)),
]


def headline_cases(rng: random.Random) -> list[Case]:
    cases = []
    for head, body, wrong, right in HEADLINES:
        for _ in range(3):
            for positive, (low, high) in ((True, wrong), (False, right)):
                count = rng.randint(low, high)
                text = body.format(c=f"{count:,}", C=lead(count) if count < 100 else f"{count:,}")
                cases.append(Case(f"headline: {head}", positive, text, head))
    return cases


# --- WL201 -----------------------------------------------------------------------------------------------------------

TALLIES = [
    "Some {n}0 structures were flattened by the cyclone.",
    "In the floods last month, {n}0 livestock perished.",
    "Dozens of dwellings were razed during the fighting.",
    "{N} huts were swept away when the river rose.",
    "{N} properties were inundated overnight.",
    "The blaze reduced {n} kiosks to ashes.",
    "{N} outbuildings collapsed under the weight of snow.",
    "Militiamen torched {n} granaries in the district.",
    "In the flash flood, {n}0 head of cattle drowned.",
    "Hundreds of shacks burned down in the township.",
    "The mudslide engulfed {n} dwellings on the slope.",
    "{N} fishing vessels were lost in the typhoon.",
]
SOURCED = [
    "Some {n}0 structures were flattened by the cyclone, the disaster agency said.",
    "In the floods last month, {n}0 livestock perished, according to the farmers' union.",
    "The mudslide engulfed {n} dwellings on the slope, local officials said.",
    "{N} huts were swept away when the river rose.\n\nThat is according to the district commissioner.",
]
NOT_TALLIES = [
    "The village has {n} dwellings and a school.",
    "The farm keeps {n}0 head of cattle.",
    "The council put up {n} structures for the festival.",
    "{N} huts line the beach at Saltdean.",
    "The harbour was built in {year}.",
    "The {n}-year-old was banned for {a} years.",
    "City won {g}-1 at home on Saturday.",
    "Diesel costs {n}p a litre more than a year ago.",
]


def wl201_cases(rng: random.Random) -> list[Case]:
    cases = []
    for family, templates, positive in [("tally", TALLIES, True), ("sourced", SOURCED, False),
                                        ("not-a-tally", NOT_TALLIES, False)]:
        for index in range(max(12, len(templates))):
            n, a = rng.randint(11, 95), rng.randint(2, 9)
            body = templates[index % len(templates)].format(n=num(n), N=lead(n), a=num(a), g=a,
                                                            year=rng.randint(1950, 2003))
            cases.append(Case(f"WL201 {family}", positive, body, code="WL201"))
    return cases


def build(seed: int = SEED, per_frame: int = PER_FRAME) -> list[Case]:
    rng = random.Random(seed)
    return frame_cases(rng, per_frame) + control_cases(rng, per_frame) + headline_cases(rng) + wl201_cases(rng)


def show() -> None:
    """Print every case (to read the set, not to score it)."""
    for case in build():
        print(f"{'+' if case.positive else '-'} {case.family}: {case.headline + ' // ' if case.headline else ''}"
              f"{case.body!r}")


if __name__ == "__main__":
    if "--show" in sys.argv:
        show()
    else:
        sealed.run(build(), "set 18", "-v" in sys.argv, seed=SEED)
