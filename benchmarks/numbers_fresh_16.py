"""Set 16 (issue 16, numbers16): a sealed first-sight set of WL4 and WL201 cases drawn into real corpus articles.

Written before any rule change of the numbers16 pass and measured on main at first sight, then again only at the
end (development uses benchmarks/numbers_dev_16.py, whose sentences are different). Frames are my own:

* WL402/WL403: totals qualified as approximate ("roughly", "approximately", "an estimated", "close to") with an
  unround figure whose parts exceed it by more than its written precision allows, and round approximate totals
  whose parts stay within the word's bounds (controls) or go well past them; parts divided by workplace or
  place, by outcome, by role, by sex beside an origin; totals naming two roles; event totals with verbs of
  taking people; nouns outside the hierarchy (call-outs, offences, claims, incidents, infections); the same
  sentence, the next sentence, colon lists, "of whom", "among them", "including", "in total".
* WL401: vague headline quantities over things as well as people (homes, flights, jobs, schools, cars).
* WL201: unsourced damage and loss tallies written as a verb of damage and its object, tolls and statistics;
  and tallies whose next paragraph points back or shares a word but sources something else.

Controls: the same frames with parts that add up; parts that may overlap (sex beside origin, role beside
outcome); round approximate totals with parts within their bounds; parts of another total; partial lists;
headline words the body allows; for WL201, sourced tallies and years, ages, scores, prices and market moves.

A WL4 defect counts as found when a WL4 finding falls on its inserted lines (or the headline); a WL4 control is
flagged when any WL4 finding appears anywhere in the article (untouched articles give none). A WL201 defect is
found when a WL201 warning falls on its lines; a WL201 control is flagged when a WL201 warning does.

    python benchmarks/numbers_fresh_16.py [-v]
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_numbers as ev
import numbers_fresh_14
from numbers_fresh_14 import _parts
from numbers_fresh_v import lead, num

SEED = 1616
PER_FRAME = 6
ARTICLES = 150


@dataclass(frozen=True)
class Frame(numbers_fresh_14.Frame):
    """Set 14's frame (``complete``: parts short of the total contradict it too); ``approx``: the total is qualified
    as approximate, ``unround`` its figure precise to the unit, ``round`` to the ten."""

    approx: str = ""


FRAMES = [
    Frame("approx-unround-place", (
        "Roughly {n} staff were laid off in the spring, {a} at the bottling plant and {b} at the firm's "
        "distribution centre.",
        "An estimated {n} homes were flooded, {a} of them on the east bank and {b} in the new estate by the "
        "bypass.",
        "Close to {n} cars were damaged by the hail, {a} in the airport car park and {b} on the dealer's "
        "forecourt.",
        "Approximately {n} pupils were sent home. {A} were from the junior school and {b} from the college "
        "next door.",
    ), approx="unround"),
    Frame("approx-round-far", (
        "Around {n} villagers were treated for burns, {a} at the district hospital and {b} at a field clinic.",
        "Some {n} jobs will be lost, the company said: {a} at its plant in Swindon and {b} at its research "
        "site.",
        "About {n} dockers walked out on Monday. {A} were at the container terminal and {b} at the grain quay.",
    ), approx="round"),
    Frame("workplace", (
        "The carrier cut {n} jobs last year, {a} in its engineering division and {b} at the call centre in "
        "Cardiff.",
        "{N} nurses have resigned since January, {a} at the city's main hospital and {b} at the two "
        "community clinics.",
        "The strike involved {n} drivers: {a} at the northern depot and {b} on the airport routes.",
    )),
    Frame("outcome", (
        "{N} passengers were hurt when the tram left the rails; {a} were discharged the same evening and {b} "
        "were kept in for observation.",
        "Police questioned {n} fans after the brawl. {A} were cautioned and {b} were released without "
        "further action.",
        "The fire crews brought {n} residents out of the tower, of whom {a} were unharmed and {b} needed "
        "treatment for smoke.",
    )),
    Frame("role", (
        "The lifeboat picked up {n} crew from the trawler, {a} deckhands and {b} engineers.",
        "The hospital lost {n} staff to the virus, among them {a} porters and {b} cleaners.",
        "Rebels freed {n} hostages on Friday, including {a} aid workers and {b} drivers.",
    )),
    Frame("sex-origin-total", (
        "Coastguards intercepted {n} Albanian migrants in the Channel, {a} men and {b} women.",
        "{N} Bolivian miners were trapped by the rockfall. {A} were men and {b} were women.",
        "The ship carried {n} Syrian refugees, of whom {a} were women and {b} were men.",
    )),
    Frame("two-role-total", (
        "{N} doctors and nurses walked out across the region, {a} at the Royal Infirmary and {b} at St "
        "Mary's.",
        "Some {n} teachers and lecturers lost their posts, {a} in the city's schools and {b} at the "
        "polytechnic.",
        "The raid left {n} soldiers and police officers wounded: {a} at the barracks and {b} at the station.",
    )),
    Frame("event-seized", (
        "Bandits abducted {n} villagers in a night raid. {A} escaped within a day and {b} are still being held.",
        "Armed men took {n} construction workers from the road project; {a} have since been freed and {b} "
        "remain with their captors.",
        "Kidnappers snatched {n} schoolgirls from their dormitory, {a} of whom have returned home while {b} "
        "are still missing.",
    )),
    Frame("unknown-nouns", (
        "Firefighters dealt with {n} call-outs on bonfire night, {a} of them grass fires and {b} of them "
        "hoax calls.",
        "The force recorded {n} offences in the town centre, {a} burglaries and {b} assaults.",
        "The insurer paid out on {n} claims after the storm: {a} for roof damage and {b} for flooded "
        "cellars.",
        "Health officials confirmed {n} infections in the care homes, {a} in residents and {b} in staff.",
    )),
    Frame("in-total-after", (
        "{A} men and {b} women graduated from the police academy on Friday, {n} in total.",
        "Rangers found {a} dead elephants in the north of the park and {b} in the south - {n} in total.",
    ), complete=True),
    Frame("next-sentence-of-those", (
        "{N} volunteers signed up for the trial. Of those, {a} completed it and {b} dropped out.",
        "The bank closed {n} branches this year. Of these, {a} were in rural towns and {b} in city suburbs.",
    )),
]

# --- consistent controls besides the frames' own twins -------------------------------------------------------------

OVERLAPS = [
    "The centre took in {n} asylum seekers, {a} of them women and {b} from Eritrea.",
    "Police arrested {n} protesters; {a} were students and {b} were later charged.",
    "The hospital has {n} nurses, {a} of them part-time and {b} of them agency staff.",
    "The survey covered {n} farms. {A} grow cereals and {b} keep sheep.",
]
OTHER_TOTAL = [
    "The carrier cut {n} jobs last year. In 2001 it cut {a} jobs in engineering and {b} at its call centres.",
    "Police questioned {n} fans after the match. At the same fixture a year ago, {a} fans were cautioned and "
    "{b} were charged.",
]
PARTIAL = [
    "The lifeboat picked up {n} crew from the trawler, including {a} deckhands.",
    "The force recorded {n} offences in the town centre, among them {a} burglaries.",
]
APPROX_WITHIN = [
    "About {n} families were moved out, {a} to a sports hall and {b} to a hotel.",
    "Some {n} stalls were burned, {a} in the fish market and {b} in the cloth market.",
    "Around {n} workers were laid off, {a} at the mill and {b} at the dye works.",
]
LOOKALIKES = [
    "The club, founded in {year}, has {n} members, {a} of them under 18.",
    "The {a}-year-old striker scored twice as United won 3-1 in front of {n},000 fans.",
    "Shares rose {a}p to {n}0p, giving the group a value of {b}0 million pounds.",
    "The {n} MPs who signed the motion, {a} Labour and {b} Conservative, met the minister in {year}.",
]


def _fill(template: str, n: int, a: int, b: int, year: int = 1987) -> str:
    return template.format(n=num(n), N=lead(n), a=num(a), A=lead(a), b=num(b), B=lead(b), year=year)


@dataclass(frozen=True)
class Case:
    family: str
    positive: bool
    body: str
    headline: str = ""
    code: str = "WL4"


def _total(rng: random.Random, approx: str) -> int:
    if approx == "unround":
        return rng.choice([n for n in range(21, 96) if n % 5])
    if approx == "round":
        return rng.choice([40, 50, 60, 70, 80, 90])
    return rng.randint(20, 95)


def frame_cases(rng: random.Random, per_frame: int) -> list[Case]:
    cases = []
    for frame in FRAMES:
        for index in range(per_frame):
            template = frame.templates[index % len(frame.templates)]
            n = _total(rng, frame.approx)
            if frame.approx == "round":
                a = rng.randint(n // 3, n // 2)
                over = n + int(n * 0.1) + rng.randint(4, 10)
                cases.append(Case(frame.name, True, _fill(template, n, a, over - a)))
                cases.append(Case(frame.name, False, _fill(template, n, a, n - a)))
                continue
            mode = "short" if frame.complete and index % 3 == 1 else "over"
            cases.append(Case(frame.name, True, _fill(template, n, *_parts(rng, n, mode))))
            a, b = _parts(rng, n, "equal")
            if not frame.complete and rng.random() < 0.5:
                b -= rng.randint(1, b - 1)
            cases.append(Case(frame.name, False, _fill(template, n, a, b)))
    return cases


def control_cases(rng: random.Random, per_frame: int) -> list[Case]:
    cases = []
    for family, templates in [("overlap", OVERLAPS), ("other-total", OTHER_TOTAL), ("partial", PARTIAL)]:
        for index in range(per_frame):
            n = rng.randint(20, 95)
            cases.append(Case(family, False, _fill(templates[index % len(templates)], n, *_parts(rng, n, "over"))))
    for index in range(per_frame):
        n = rng.choice([40, 50, 60, 70, 80, 90])
        a = rng.randint(n // 3, n // 2)
        b = n - a + rng.randint(-int(n * 0.1), int(n * 0.1))
        cases.append(Case("approx-within", False, _fill(APPROX_WITHIN[index % len(APPROX_WITHIN)], n, a, b)))
    for index in range(per_frame):
        n = rng.randint(20, 95)
        a = rng.randint(2, n // 2)
        cases.append(Case("lookalike", False, _fill(LOOKALIKES[index % len(LOOKALIKES)], n, a, n - a,
                                                    rng.randint(1950, 2003))))
    return cases


# --- WL401: vague headline quantities over things and people -------------------------------------------------------

HEADLINES = [
    # (headline, body with {c}/{C} the count, counts the word does not allow, counts it allows)
    ("Hundreds of homes flooded as river bursts its banks", "Water entered about {c} homes when the river "
     "burst its banks on Sunday night.", (40, 120), (300, 800)),
    ("Thousands of flights grounded by strike", "The strike by air traffic controllers grounded {c} flights "
     "on Wednesday.", (250, 900), (2500, 6000)),
    ("Hundreds of jobs to go at steelworks", "The owners said {c} jobs would go at the steelworks over the "
     "next year.", (45, 130), (250, 700)),
    ("Dozens of schools shut by snow", "Heavy snow closed {c} schools across the county on Monday.",
     (4, 15), (30, 90)),
    ("Scores of cars torched in riots", "Rioters set fire to {c} cars overnight, the fire service said.",
     (8, 25), (60, 200)),
    ("Thousands flee rising floodwaters", "Nearly {c} people left their homes as the water rose.",
     (300, 1100), (3000, 9000)),
    ("Hundreds held after stadium violence", "Police detained {c} fans after fighting broke out in the "
     "stands.", (30, 95), (220, 600)),
]


def headline_cases(rng: random.Random, per_frame: int) -> list[Case]:
    cases = []
    for head, body, wrong, right in HEADLINES:
        for _index in range(max(2, per_frame // 2)):
            for positive, (low, high) in ((True, wrong), (False, right)):
                count = rng.randint(low, high)
                cases.append(Case(f"headline: {head}", positive, body.format(C=lead(count), c=f"{count:,}"),
                                  head))
    return cases


# --- WL201 -------------------------------------------------------------------------------------------------------

TALLIES = [
    "Hailstorms have flattened {n}0 hectares of vines in the region.",
    "The blaze gutted {n} shops along the high street.",
    "Floodwater swamped {n} farms across the county.",
    "Landslides buried {n} houses on the hillside.",
    "Gales toppled {n} electricity pylons overnight.",
    "Locusts have stripped {n}0 acres of maize this month.",
    "Vandals smashed {n} windows at the primary school.",
    "The earthquake levelled {n} mosques in the province.",
    "Heavy snow collapsed the roofs of {n} barns.",
    "Rioters torched {n} cars and looted {a} shops.",
    "{N} people have died of cholera in the camps since June.",
    "The outbreak has forced the culling of {n},000 chickens.",
    "Burst pipes have left {n},000 households without water.",
    "The scheme has cost taxpayers {n} million pounds so far.",
    "Knife crime in the city rose by {a}% last year.",
    "More than {n} children have been treated for malnutrition this year.",
]
POINTED = [
    "Tornadoes have wrecked {n} homes in the state this week.\n\nThe report's figures on insurance claims, "
    "released by the industry body, cover only the first quarter.",
    "The storm felled {n} trees in the city's parks.\n\nAccording to the parks department, the city's trees "
    "are inspected every spring.",
    "Floods have washed away {n} bridges in the district.\n\nThose figures for rainfall, published by the "
    "weather office, were the highest since records began.",
    "Fire destroyed {n} market stalls on Saturday.\n\nAccording to the traders' association, stall rents in "
    "the market have doubled since 2001.",
]
SOURCED_TALLIES = [
    "Hailstorms have flattened {n}0 hectares of vines in the region, growers said.",
    "The blaze gutted {n} shops along the high street, according to the fire brigade.",
    "Landslides buried {n} houses on the hillside, the provincial governor said.",
    "Gales toppled {n} electricity pylons overnight. That is according to the network operator.",
    "The storm felled {n} trees in the city's parks.\n\nThe parks department, which counted the fallen trees, "
    "said clearing them would take weeks.",
    "{N} people have died of cholera in the camps since June, the World Health Organisation said.",
]
NON_TALLIES = [
    "The cathedral was completed in {year}.",
    "The {n}-year-old was jailed for {a} months.",
    "Leeds won 3-{a} at Elland Road on Saturday.",
    "Tickets for the concert cost {n} pounds each.",
    "Shares in the group fell {a}p to {n}0p in early trading.",
    "The index closed {a}.4 points higher at 1,{n}0.6.",
    "The film runs for {n}0 minutes.",
    "She has played {n} times for her country since {year}.",
]


def wl201_cases(rng: random.Random, per_frame: int) -> list[Case]:
    cases = []
    for family, templates, positive in [("tally", TALLIES, True), ("pointed-back", POINTED, True),
                                        ("sourced", SOURCED_TALLIES, False), ("not-a-tally", NON_TALLIES, False)]:
        for index in range(max(len(templates), per_frame * 2)):
            n, a = rng.randint(11, 95), rng.randint(2, 9)
            body = _fill(templates[index % len(templates)], n, a, 0, rng.randint(1950, 2003))
            cases.append(Case(f"WL201 {family}", positive, body, code="WL201"))
    return cases


def build(seed: int = SEED, per_frame: int = PER_FRAME) -> list[Case]:
    rng = random.Random(seed)
    return (frame_cases(rng, per_frame) + control_cases(rng, per_frame) + headline_cases(rng, per_frame)
            + wl201_cases(rng, per_frame))


def _hit(linter: ev.Linter, record: dict[str, str], case: Case, rng: random.Random) -> tuple[bool, list[str]]:
    """WL4 cases as set 14 scores them; a WL201 case by a warning on the tally's own lines (for a pointed-back case
    its first paragraph: the pointing paragraph is not the figure)."""
    if case.code != "WL201":
        return numbers_fresh_14._hit(linter, record, case, rng)
    text, lines = ev.inserted(record, case.body.split("\n\n"), rng)
    first = range(lines.start, lines.start + 1) if case.family.endswith("pointed-back") else lines
    mine = [f for f in linter.lint(text) if f.code == "WL201" and f.severity.value == "warning" and f.line in first]
    return bool(mine), [f"{f.code} line {f.line}: {f.message}" for f in mine]


def run(cases: list[Case], label: str, verbose: bool, seed: int = SEED,
        hit: Callable[..., tuple[bool, list[str]]] = _hit) -> None:
    """Insert each case into a seeded real article and print what was found and flagged, by family and code."""
    linter = ev.Linter()
    records = ev.load("BBC", ARTICLES, seed) + ev.load("Reuters", ARTICLES, seed)
    rng = random.Random(seed + 1)
    tally: dict[tuple[str, bool], Counter[str]] = {}
    totals: dict[tuple[str, bool], Counter[str]] = {}
    for case in cases:
        record = rng.choice(records)
        found, why = hit(linter, record, case, rng)
        for key, table in (((case.family, case.positive), tally), ((case.code, case.positive), totals)):
            counter = table.setdefault(key, Counter())
            counter["n"] += 1
            counter["hit"] += found
        if verbose and found != case.positive:
            print(f"  {'MISS' if case.positive else 'FLAGGED'} {case.family} [{record['id']}] "
                  f"{case.headline + ' // ' if case.headline else ''}{case.body!r} {why}")
    for (family, positive), counter in sorted(tally.items()):
        print(f"    {family} {'defects: found' if positive else 'controls: flagged'} {counter['hit']}/{counter['n']}")
    for code in ("WL4", "WL201"):
        if (code, True) not in totals:
            continue
        found_n, defects = totals[(code, True)]["hit"], totals[(code, True)]["n"]
        flagged, controls = totals[(code, False)]["hit"], totals[(code, False)]["n"]
        print(f"{label} {code} defects found: {found_n}/{defects} ({found_n / defects:.3f}); "
              f"controls flagged: {flagged}/{controls} ({100 * flagged / controls:.1f}%)")


def main() -> None:
    run(build(), "set 16", "-v" in sys.argv)


if __name__ == "__main__":
    main()
