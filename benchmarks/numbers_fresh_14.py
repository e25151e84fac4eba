"""Set 14 (issue 16, numbers14): a sealed set of WL401/WL402/WL403 cases drawn into real corpus articles.

Written before any rule change of the numbers14 pass and committed before its first measurement, in frames of my
own that differ from every earlier ``numbers_*`` set: totals with parts in the same sentence, the next sentence
and the next paragraph; colon and dash lists; "of whom", "among them", "including", "in all", "a total of",
"both sides"; parts by outcome, place, nationality and age group; things as well as people; lists of things split
over two sentences; abductions with verbs also used of things; vague headline quantities ("Scores", "Dozens",
"Hundreds", "Thousands", "Handful", "Nearly N", "More than N", "Over N") over body counts; a count given twice.

Controls (at least as many as defects): the same frames with parts that add up or fall short of a total that
does not claim completeness; parts that may overlap (two qualifiers of one noun, two properties of people);
parts of a different total; "including" below the total; later stages (charged, then convicted of those
charged); ranges and lower bounds; headline words the body supports; seizures of things and of people whose
later outcomes are partial.

Each case is inserted into a real article of the BBC or Reuters corpus (body cases after a random paragraph;
headline cases as the headline with the body's count as the first paragraph). A defect counts as found when a
WL4 finding falls on its inserted lines (or the headline); a control is flagged when any WL4 finding appears
anywhere in the article (both corpora give no WL4 untouched).

    python benchmarks/numbers_fresh_14.py [-v]
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_numbers as ev
from numbers_fresh_v import lead, num

SEED = 1914
PER_FRAME = 6
ARTICLES = 150


@dataclass(frozen=True)
class Frame:
    """Paragraphs (blank-line separated) with {n} the total, {a} and {b} the parts; capitals open a sentence.

    ``complete``: the wording claims the parts are the whole total, so parts short of it contradict it too.
    """

    name: str
    templates: tuple[str, ...]
    complete: bool = False


# --- WL402 / WL403 frames: defects with parts above the total (or short of a complete list) ----------------------

FRAMES = [
    Frame("of-whom-outcome", (
        "Security forces rounded up {n} suspects overnight, of whom {a} have since been charged and {b} were let "
        "go without charge, a police source said.",
        "The raids netted {n} alleged gang members, of whom {a} were remanded in custody and {b} were granted bail.",
        "The clinic screened {n} volunteers last week, of whom {a} tested positive and {b} tested negative.",
        "Coastguards pulled {n} migrants from the water on Sunday, of whom {a} survived and {b} were pronounced "
        "dead on arrival in port.",
    ), complete=False),
    Frame("among-them-nationality", (
        "The coach was carrying {n} tourists, among them {a} Japanese and {b} South Koreans, when it overturned on "
        "the mountain road.",
        "The stranded freighter had {n} crew on board, among them {a} Filipinos and {b} Ukrainians, the owners said.",
        "Authorities deported {n} foreign labourers last month, among them {a} Nepalis and {b} Bangladeshis.",
    )),
    Frame("including-things", (
        "The tornado flattened {n} buildings in the town, including {a} houses and {b} barns, the county said.",
        "Officials shut {n} schools across the district on Thursday, including {a} primary schools and {b} "
        "secondary schools.",
        "Inspectors ordered {n} food outlets to close last year, including {a} restaurants and {b} takeaways.",
    )),
    Frame("a-total-of-next-sentence-place", (
        "A total of {n} climbers were rescued on the mountain at the weekend. {A} were brought down from the north "
        "face and {b} from the glacier.",
        "A total of {n} cattle were culled in the region last month. {A} were on farms near Dumfries and {b} near "
        "Lockerbie.",
        "A total of {n} students were sent home from the two campuses. {A} were at the site in Leeds and {b} at "
        "the one in York.",
    )),
    Frame("next-paragraph-place", (
        "Flooding forced {n} families from their homes across the valley, the civil protection agency said.\n\n"
        "In Soria, {a} families were moved into shelters, while {b} families were taken in by relatives in Burgos.",
        "Police made {n} arrests after the derby, a spokesman said on Sunday.\n\n{A} people were arrested inside "
        "the ground and {b} people were held in the streets around it.",
        "The storm brought down {n} pylons across the region overnight.\n\nEngineers said {a} pylons were down in "
        "the hills and {b} pylons along the coast.",
    )),
    Frame("colon-list-restated", (
        "The ambush killed {n} members of the convoy, the army said: {a} soldiers and {b} drivers.",
        "Fire gutted {n} vehicles at the depot, the fire service said: {a} buses and {b} coaches.",
        "The tribunal heard {n} complaints this year, its report said: {a} from tenants and {b} from landlords.",
    ), complete=True),
    Frame("dash-list", (
        "Lifeboat crews brought {n} people ashore - {a} adults and {b} children - after the yacht capsized.",
        "The port authority turned back {n} cargo ships in June - {a} from China and {b} from Turkey.",
        "Volunteers counted {n} nesting pairs on the island - {a} of puffins and {b} of razorbills.",
    ), complete=True),
    Frame("both-sides", (
        "Two days of fighting left {n} combatants dead on both sides, {a} army troops and {b} rebels, the "
        "observatory said.",
        "{N} fighters from both sides were killed in the battle for the bridge: {a} government soldiers and {b} "
        "insurgents.",
    ), complete=True),
    Frame("age-groups", (
        "{N} children were treated for smoke inhalation, {a} of them under five and {b} aged five to 12.",
        "The survey team counted {n} rough sleepers in the city centre: {a} under 25 and {b} aged 25 or over.",
        "The heatwave has been blamed for {n} deaths. {A} of the dead were over 80 and {b} were in their sixties "
        "or seventies.",
    )),
    Frame("things-outcome-next-sentence", (
        "Customs officers impounded {n} lorries at the border last month. {A} were released after checks and {b} "
        "are still being held at the port.",
        "The council received {n} planning applications in March. {A} were approved and {b} were refused.",
        "Bailiffs repossessed {n} cars in the spring. {A} were sold at auction and {b} were handed back to their "
        "owners.",
    )),
    Frame("things-split-sentences", (
        "The fire service attended {n} call-outs over the weekend. {A} were house fires. {B} were false alarms.",
        "The museum lent out {n} paintings last year. {A} went to galleries in the United States. {B} went to "
        "Japan.",
        "The agency sold {n} properties in the spring. {A} were flats. {B} were detached houses.",
    )),
    Frame("abducted", (
        "Gunmen snatched {n} passengers from a bus near the border; {a} were freed hours later and {b} are still "
        "missing.",
        "Pirates seized {n} sailors from the tanker. {A} were released after a ransom was paid and {b} are still "
        "being held.",
        "Militiamen abducted {n} aid workers on the road to the camp, of whom {a} have been released and {b} "
        "remain in captivity.",
    )),
    Frame("in-all-after", (
        "{A} men and {b} women were rescued from the collapsed mine, {n} in all.",
        "Police charged {a} adults and {b} teenagers after the disorder - {n} people in all.",
        "Rescuers found {a} survivors in the east wing and {b} in the basement, bringing the number saved to {n}.",
    ), complete=True),
    Frame("count-given-twice", (
        "{N} people died in the blaze at the care home, the fire brigade said.\n\nAll {m} victims were residents "
        "of the home.",
        "The crash killed {n} passengers, the airline said on Monday.\n\nRelatives of the {m} dead gathered at "
        "the airport on Tuesday.",
    )),
]

# --- consistent controls besides the frames above with parts that add up --------------------------------------

OVERLAPS = [
    "The county has {n} schools. {A} are primary schools and {b} are church schools.",
    "The diocese runs {n} schools, {a} of them village schools and {b} of them faith schools.",
    "The coach was carrying {n} tourists, among them {a} women and {b} pensioners, when it overturned.",
    "Police arrested {n} fans after the match; {a} were charged and {b} were given banning orders.",
    "The clinic treated {n} patients last month. {A} were smokers and {b} were over 60.",
]
OTHER_TOTAL = [
    "The airline cancelled {n} flights on Friday. Over the whole week it cancelled {a} domestic and {b} "
    "international flights.",
    "Police arrested {n} people at the derby. At last season's fixture, {a} home fans and {b} away fans were "
    "arrested.",
    "The tornado flattened {n} buildings in the town.\n\nA storm in 1998 destroyed {a} houses and {b} barns in "
    "the same county.",
]
LATER_STAGES = [
    "Police arrested {n} people after the protest. {A} were charged, and {b} of those charged were later "
    "convicted.",
    "The university received {n} applications. {A} applicants were interviewed and {b} of them were offered "
    "places.",
    "Officials inspected {n} bridges. {A} needed repairs, and work has started on {b} of those.",
]
SEIZED_PARTIAL = [
    "Soldiers seized {n} smugglers at the border post; {a} were later jailed.",
    "Police seized {n} vehicles in the operation. {A} were returned to their owners and {b} were sent for "
    "crushing.",
    "Border guards seized {n} tonnes of cigarettes and {a} tonnes of tobacco in the raid.",
]


def _parts(rng: random.Random, n: int, mode: str) -> tuple[int, int]:
    """Two parts of a total ``n``: above it, short of it, or adding up to it."""
    a = rng.randint(max(2, n // 2), n - 4)
    if mode == "over":
        return a, n - a + rng.randint(3, 12)
    if mode == "short":
        gap = rng.randint(3, min(12, n - a - 1))
        return a, n - a - gap
    return a, n - a


def _fill(template: str, n: int, a: int, b: int, m: int | None = None) -> str:
    m = n if m is None else m
    return template.format(n=num(n), N=lead(n), a=num(a), A=lead(a), b=num(b), B=lead(b), m=num(m))


@dataclass(frozen=True)
class Case:
    family: str
    positive: bool
    body: str
    headline: str = ""


def frame_cases(rng: random.Random, per_frame: int) -> list[Case]:
    cases = []
    for frame in FRAMES:
        for index in range(per_frame):
            template = frame.templates[index % len(frame.templates)]
            n = rng.randint(20, 95)
            if frame.name == "count-given-twice":
                cases.append(Case(frame.name, True, _fill(template, n, 0, 0, n + rng.choice([-6, -3, 4, 7]))))
                cases.append(Case(frame.name, False, _fill(template, n, 0, 0)))
                continue
            mode = "short" if frame.complete and index % 3 == 1 else "over"
            cases.append(Case(frame.name, True, _fill(template, n, *_parts(rng, n, mode))))
            below = "equal" if frame.complete else rng.choice(["equal", "below"])
            a, b = _parts(rng, n, "equal")
            if below == "below":
                b -= rng.randint(1, b - 1)
            cases.append(Case(frame.name, False, _fill(template, n, a, b)))
    return cases


def control_cases(rng: random.Random, per_frame: int) -> list[Case]:
    cases = []
    for family, templates, mode in [("overlap", OVERLAPS, "over"), ("other-total", OTHER_TOTAL, "over"),
                                    ("later-stage", LATER_STAGES, "stage"), ("seized", SEIZED_PARTIAL, "below")]:
        for index in range(per_frame):
            template = templates[index % len(templates)]
            n = rng.randint(20, 95)
            if mode == "stage":
                a = rng.randint(n // 2 + 2, n - 2)
                b = rng.randint(max(2, n - a + 1), a - 1)
            elif mode == "below":
                a, b = _parts(rng, n, "equal")
                b -= rng.randint(1, b - 1)
            else:
                a, b = _parts(rng, n, "over")
            cases.append(Case(family, False, _fill(template, n, a, b)))
    for index in range(per_frame):
        lo = rng.choice([20, 30, 40, 50])
        hi = lo + rng.choice([10, 20, 30])
        total = rng.randint(lo, hi)
        a = rng.randint(total // 3, total // 2)
        texts = [
            f"Between {lo} and {hi} people were killed in the attack, among them {num(a)} police officers and "
            f"{num(total - a)} civilians.",
            f"At least {lo} people died in the landslide, including {num(a)} children and {num(lo - a + 5)} women.",
            f"Up to {hi} homes were damaged, {num(a)} of them in the old town and {num(total - a)} near the river.",
        ]
        cases.append(Case("range", False, texts[index % len(texts)]))
    for index in range(per_frame):
        n = rng.randint(40, 95)
        a = rng.randint(n // 3, n // 2)
        texts = [
            f"The tornado flattened {num(n)} buildings, including {num(a)} houses and {num(a // 2)} barns.",
            f"The coach was carrying {num(n)} tourists, including {num(a)} Japanese and {num(a // 3)} Koreans.",
            f"{lead(n)} people were hurt in the crush, including {num(a)} under 16 and {num(a // 2)} over 70.",
        ]
        cases.append(Case("including-below", False, texts[index % len(texts)]))
    return cases


# --- WL401: vague headline quantities over the body's count ---------------------------------------------------

HEADLINES = [
    # (headline, body with {c} the count and {d} a second part, counts of {c} the word does not allow (with {d}
    # added too), counts it allows)
    ("Scores killed as bus plunges into ravine", "{C} people were killed when a bus plunged into a ravine, police "
     "said.", (6, 30), (45, 150)),
    ("Dozens hurt as temporary stand gives way", "{C} spectators were hurt when a temporary stand gave way during "
     "the match.", (5, 17), (30, 90)),
    ("Hundreds flee as wildfire spreads", "Some {c} residents were told to leave their homes as the fire spread, "
     "officials said.", (40, 150), (250, 900)),
    ("Thousands without power after storm", "About {c} homes were left without electricity overnight, the network "
     "operator said.", (150, 450), (6000, 40000)),
    ("Handful of staff kept on after takeover", "{C} staff will keep their jobs after the takeover, the union "
     "said.", (25, 80), (3, 8)),
    ("Nearly 200 held in dawn raids", "Police arrested {c} people in a series of dawn raids on Tuesday.",
     (110, 150), (178, 196)),
    ("More than 500 jobs to go at plant", "The carmaker said it would cut {c} jobs at the plant by the end of the "
     "year.", (310, 460), (520, 590)),
    ("Over 1,000 homes flooded in valley", "Floodwater entered {c} homes in the valley, the county council said.",
     (540, 880), (1100, 1600)),
    ("Dozens of miners trapped underground", "{C} miners and {d} engineers were trapped when the shaft flooded, "
     "the company said.", (3, 9), (26, 60)),
    ("Scores of homes razed in fire", "The fire razed {c} homes and {d} outbuildings in the village, the fire "
     "service said.", (6, 14), (50, 120)),
    ("Dozens die in ferry fire", "Officials said {c} people had died in the fire on board the ferry.",
     (420, 800), (30, 80)),
]


def headline_cases(rng: random.Random, per_frame: int) -> list[Case]:
    cases = []
    for head, body, wrong, right in HEADLINES:
        for _index in range(max(2, per_frame // 2)):
            for positive, (low, high) in ((True, wrong), (False, right)):
                count = rng.randint(low, high)
                text = body.format(C=lead(count), c=f"{count:,}", d=num(rng.randint(2, 9)))
                cases.append(Case(f"headline: {head}", positive, text, head))
    return cases


def build(seed: int = SEED, per_frame: int = PER_FRAME) -> list[Case]:
    rng = random.Random(seed)
    return frame_cases(rng, per_frame) + control_cases(rng, per_frame) + headline_cases(rng, per_frame)


def _hit(linter: ev.Linter, record: dict[str, str], case: Case, rng: random.Random) -> tuple[bool, list[str]]:
    extra = case.body.split("\n\n")
    if case.headline:
        record = {**record, "headline": case.headline}
        text, lines = ev.inserted(record, extra, rng, position=0)
    else:
        text, lines = ev.inserted(record, extra, rng)
    wl4 = [f for f in linter.lint(text) if f.code.startswith("WL4")]
    if case.positive:
        mine = [f for f in wl4 if f.line in lines or f.line == 1]
        return bool(mine), [f"{f.code} {f.message}" for f in mine]
    return bool(wl4), [f"{f.code} line {f.line}: {f.message}" for f in wl4]


def main() -> None:
    verbose = "-v" in sys.argv
    linter = ev.Linter()
    records = ev.load("BBC", ARTICLES, SEED) + ev.load("Reuters", ARTICLES, SEED)
    rng = random.Random(SEED + 1)
    tally: dict[tuple[str, bool], Counter[str]] = {}
    totals = {True: Counter(), False: Counter()}
    for case in build():
        record = rng.choice(records)
        hit, found = _hit(linter, record, case, rng)
        counter = tally.setdefault((case.family, case.positive), Counter())
        counter["n"] += 1
        counter["hit"] += hit
        totals[case.positive]["n"] += 1
        totals[case.positive]["hit"] += hit
        if verbose and hit != case.positive:
            print(f"  {'MISS' if case.positive else 'FLAGGED'} {case.family} [{record['id']}] "
                  f"{case.headline + ' // ' if case.headline else ''}{case.body!r} {found}")
    for (family, positive), counter in sorted(tally.items()):
        label = "found" if positive else "flagged"
        print(f"    {family} {'defects' if positive else 'controls'}: {label} {counter['hit']}/{counter['n']}")
    found, defects = totals[True]["hit"], totals[True]["n"]
    flagged, controls = totals[False]["hit"], totals[False]["n"]
    print(f"set 14 WL4 defects found: {found}/{defects} ({found / defects:.3f})")
    print(f"set 14 controls flagged: {flagged}/{controls} ({100 * flagged / controls:.1f}%)")


if __name__ == "__main__":
    main()
