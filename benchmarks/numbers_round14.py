"""Round 14 (issue 16, numbers7): totals and parts in the shapes the lead's unseen sets still miss, and WL201
tallies of damage, seizure, burned areas and costs to the public in wording of every class.

Written before any rule change of this pass, in frames of my own (no sentence from the lead's sets, which I have
not seen; only the brief's description of the shapes). Drawn with a fixed seed, so it reads the same every time.

WL4 families (each frame many verbs, nouns and joins):

1. parts split by reason, place or time with the verb left out after a total ("N athletes were banned, A for
   doping and B for match-fixing");
2. the total given after its parts, in a later clause or sentence ("...; the operator said N had been on the
   trip", "In all, N people were charged");
3. "N new MPs, A of them women and B men" (the "of them" left out of the second part);
4. a complement: "detained N and freed A of them; the other B were handed over" (A + B must be N);
5. relative lists: "N captives, among whom were A ... and B ...", "of whom A ... and B ...";
6. a total as the subject of a copula or "There were N ...: A ... and B ...", "..., out of N who were ...".

``WL402`` cases contradict (parts above the total, or below it where the list claims all of it: a complement,
a copula restating the total, "There were N ... in all:"); ``controls`` are the same frames with parts that add
up, plus look-alikes: overlapping outcomes ("Twenty passed and 15 went on to university"), a named subset
counted again beside the total (WL403), "One witness said ... killed 40", partial lists, other sets.

WL201: a sentence per class (destroying, damaging, flooding, razing; seizing, confiscating, impounding; areas
burned; costs borne by the public in any wording), each once unsourced (must warn) and once with a source
(must be quiet), and look-alikes that must stay quiet (plans, prices, market moves, scores, ages, years).

    python benchmarks/numbers_round14.py [-v]
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from numbers_fresh_v import lead, num, score, story

SEED = 1614
PER_FRAME = 4

Frame = Callable[[random.Random, int, int, int], str]
"""A frame writes the story from a random source of words, the two parts and the total."""

SOURCES = ["officials said", "police said", "a spokesman said", "the ministry said", "local media reported",
           "the agency said"]
FILLERS = ["An inquiry has been opened.", "The authorities did not give further details.",
           "Similar incidents were reported last year.", "The area has since been cordoned off."]


def pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


# --- 1. reason, place or time with the verb left out ----------------------------------------------------------

def f_reason_elided(rng: random.Random, a: int, b: int, n: int) -> str:
    who, verb, r1, r2 = rng.choice([
        ("athletes", "were banned", "for doping", "for match-fixing"),
        ("officers", "were dismissed", "for corruption", "for misconduct"),
        ("drivers", "were fined", "for speeding", "for using a phone at the wheel"),
        ("players", "were suspended", "for betting", "for abusive behaviour"),
        ("prisoners", "were released early", "on health grounds", "for good behaviour"),
    ])
    opening = pick(rng, f"A total of {num(n)} {who} {verb} last year", f"{lead(n)} {who} {verb} last season",
                   f"Last year {num(n)} {who} {verb}")
    return story("Annual report published", f"{opening}, {num(a)} {r1} and {num(b)} {r2}, "
                 f"{rng.choice(SOURCES)}.", rng.choice(FILLERS))


def f_place_elided(rng: random.Random, a: int, b: int, n: int) -> str:
    who, verb = rng.choice([("people", "were arrested"), ("protesters", "were detained"), ("fans", "were held"),
                            ("residents", "were evacuated"), ("migrants", "were rescued")])
    p1, p2 = rng.choice([("Leeds", "Bradford"), ("Lyon", "Marseille"), ("the north", "the capital"),
                         ("Basra", "Najaf")])
    return story("Weekend of unrest", f"{lead(n)} {who} {verb} over the weekend, {num(a)} in {p1} and "
                 f"{num(b)} in {p2}, {rng.choice(SOURCES)}.", rng.choice(FILLERS))


def f_active_reason(rng: random.Random, a: int, b: int, n: int) -> str:
    actor, verb, who, r1, r2 = rng.choice([
        ("The regulator", "struck off", "doctors", "for negligence", "for fraud"),
        ("Customs", "turned away", "lorries", "for faulty papers", "for overloading"),
        ("The league", "fined", "clubs", "for crowd trouble", "for late payments"),
        ("Police", "charged", "men", "with burglary", "with handling stolen goods"),
    ])
    return story("Sanctions announced", f"{actor} {verb} {num(n)} {who} last month, {num(a)} {r1} and "
                 f"{num(b)} {r2}.", rng.choice(FILLERS))


# --- 2. the total after its parts -------------------------------------------------------------------------------

def f_total_later_clause(rng: random.Random, a: int, b: int, n: int) -> str:
    who, v1, v2, tail = rng.choice([
        ("tourists", "were flown home", "stayed on", "had been on the trip"),
        ("pupils", "were sent home", "stayed at the school", "had been in the building"),
        ("passengers", "were taken off by helicopter", "stayed aboard", "had been on the ship"),
        ("workers", "were evacuated", "remained at the plant", "had been on shift"),
    ])
    speaker = pick(rng, "the operator said", "the company said", "officials said", "a spokeswoman confirmed")
    return story("Trip cut short", f"{lead(a)} of the {who} {v1} and {num(b)} {v2}; {speaker} {num(n)} {tail}.",
                 rng.choice(FILLERS))


def f_in_all_next(rng: random.Random, a: int, b: int, n: int) -> str:
    x, y, verb = rng.choice([
        ("were charged with assault", "with theft", "charged"),
        ("were convicted of fraud", "of forgery", "convicted"),
        ("were held for looting", "for arson", "arrested"),
        ("were fined for trespass", "for obstruction", "fined"),
    ])
    total = pick(rng, f"In all, {num(n)} people were {verb}.", f"Altogether {num(n)} people were {verb}.",
                 f"In total, {num(n)} people have been {verb}.", f"That makes {num(n)} people {verb} so far.")
    return story("Court cases after unrest", f"Police said {num(a)} {x} and {num(b)} {y}. {total}",
                 rng.choice(FILLERS))


def f_parts_then_bringing(rng: random.Random, a: int, b: int, n: int) -> str:
    v1, v2 = rng.choice([("died at the scene", "in hospital"), ("were killed", "were wounded"),
                         ("drowned", "died of exposure")])
    closing = pick(rng, f"bringing the number of casualties to {num(n)}", f"out of {num(n)} people on board",
                   f"of the {num(n)} people caught up in the crash")
    return story("Crash on coast road", f"{lead(a)} people {v1} and {num(b)} {v2}, {closing}, "
                 f"{rng.choice(SOURCES)}.", rng.choice(FILLERS))


def f_total_next_paragraph(rng: random.Random, a: int, b: int, n: int) -> str:
    x, y, who, verb = rng.choice([
        ("men", "women", "people", "detained"), ("soldiers", "civilians", "people", "killed"),
        ("adults", "children", "people", "injured"), ("Britons", "Germans", "tourists", "evacuated"),
    ])
    return story("Round-up", f"{lead(a)} {x} and {num(b)} {y} were {verb} on Monday, {rng.choice(SOURCES)}.",
                 f"The total number of {who} {verb} was {num(n)}, the statement added.", rng.choice(FILLERS))


# --- 3. "A of them women and B men" ---------------------------------------------------------------------------

def f_of_them_elided(rng: random.Random, a: int, b: int, n: int) -> str:
    opening, x, y = rng.choice([
        (f"The election brought {num(n)} new MPs into parliament", "women", "men"),
        (f"{lead(n)} people were hurt in the stampede", "children", "adults"),
        (f"The ship was carrying {num(n)} passengers", "Britons", "Germans"),
        (f"The charity housed {num(n)} refugees last winter", "Syrians", "Afghans"),
        (f"The firm hired {num(n)} graduates this year", "engineers", "accountants"),
    ])
    link = pick(rng, "of them", "of whom")
    return story("Figures released", f"{opening}, {num(a)} {link} {x} and {num(b)} {y}.", rng.choice(FILLERS))


# --- 4. a complement ---------------------------------------------------------------------------------------------

def f_complement(rng: random.Random, a: int, b: int, n: int) -> str:
    first, second = rng.choice([
        (f"Police detained {num(n)} suspects and later freed {num(a)} of them", "were handed over to prosecutors"),
        (f"Rescuers pulled {num(n)} people from the rubble and sent {num(a)} of them home",
         "were taken to hospital"),
        (f"The firm laid off {num(n)} workers and rehired {num(a)} of them", "received severance pay"),
        (f"Troops captured {num(n)} fighters and released {num(a)} of them", "remain in military custody"),
    ])
    other = pick(rng, "the other", "the remaining", "the rest,")
    joined = (f"{first}; {other} {num(b)} {second}." if other != "the rest,"
              else f"{first}; the rest, {num(b)}, {second}.")
    return story("Aftermath", joined, rng.choice(FILLERS))


def f_complement_sentence(rng: random.Random, a: int, b: int, n: int) -> str:
    who, v1, v2 = rng.choice([("migrants", "were granted asylum", "were deported"),
                              ("patients", "recovered", "are still in hospital"),
                              ("hostages", "were freed on Monday", "are still being held")])
    return story("Update", f"Officials counted {num(n)} {who} in the group.",
                 f"{lead(a)} of them {v1}, and the remaining {num(b)} {v2}.", rng.choice(FILLERS))


# --- 5. relative lists -----------------------------------------------------------------------------------------

def f_among_whom(rng: random.Random, a: int, b: int, n: int) -> str:
    opening, x, y = rng.choice([
        (f"Gunmen are still holding {num(n)} captives", "aid workers", "journalists"),
        (f"Troops freed {num(n)} hostages on Tuesday", "women", "children"),
        (f"The attack killed {num(n)} people", "police officers", "civilians"),
        (f"The coastguard rescued {num(n)} migrants", "minors", "pregnant women"),
    ])
    link = pick(rng, "among whom were", "among whom are", "of whom", "among them")
    verb = "were " if link == "of whom" else ""
    return story("Latest", f"{opening}, {link} {num(a)} {verb}{x} and {num(b)} {y}, {rng.choice(SOURCES)}.",
                 rng.choice(FILLERS))


# --- 6. the total as the subject of a copula, "There were N ...", "out of N who were ..." -------------------------

def f_copula_subject(rng: random.Random, a: int, b: int, n: int) -> str:
    subject, x, y = rng.choice([
        (f"The {num(n)} victims were", "tourists", "guides"),
        (f"The {num(n)} people arrested were", "students", "factory workers"),
        (f"Those killed numbered {num(n)}:", "soldiers", "civilians"),
        (f"The {num(n)} dead were", "miners", "rescue workers"),
    ])
    return story("Victims named", "Investigators released details on Thursday.", f"{subject} {num(a)} {x} and "
                 f"{num(b)} {y}, {rng.choice(SOURCES)}.", rng.choice(FILLERS))


def f_there_were(rng: random.Random, a: int, b: int, n: int) -> str:
    noun, x, y = rng.choice([("deaths", "from cholera", "from measles"), ("arrests", "for looting", "for arson"),
                             ("casualties", "among troops", "among civilians"),
                             ("injuries", "at the stadium", "in the streets outside")])
    tail = pick(rng, "in all", "in total", "altogether", "last week")
    return story("Weekly figures", f"There were {num(n)} {noun} {tail}: {num(a)} {x} and {num(b)} {y}.",
                 rng.choice(FILLERS))


def f_out_of_who(rng: random.Random, a: int, b: int, n: int) -> str:
    v1, v2, scene = rng.choice([("were rescued", "are still trapped", "working in the mine"),
                                ("were brought out", "are missing", "in the building when it fell"),
                                ("were found alive", "remain unaccounted for", "on the boat")])
    return story("Rescue goes on", f"{lead(a)} {v1} and {num(b)} {v2}, out of {num(n)} who were {scene}, "
                 f"{rng.choice(SOURCES)}.", rng.choice(FILLERS))


WL402_FRAMES: dict[str, tuple[Frame, bool]] = {
    # name: (frame, whether parts below the total contradict it too)
    "1-reason-elided": (f_reason_elided, False),
    "1-place-elided": (f_place_elided, False),
    "1-active-reason": (f_active_reason, False),
    "2-total-later-clause": (f_total_later_clause, False),
    "2-in-all-next": (f_in_all_next, False),
    "2-parts-then-total": (f_parts_then_bringing, False),
    "2-total-next-paragraph": (f_total_next_paragraph, False),
    "3-of-them-elided": (f_of_them_elided, False),
    "4-complement": (f_complement, True),
    "4-complement-sentence": (f_complement_sentence, True),
    "5-among-whom": (f_among_whom, False),
    "6-copula-subject": (f_copula_subject, True),
    "6-there-were": (f_there_were, False),
    "6-out-of-who": (f_out_of_who, False),
}


# --- look-alikes: consistent copy -------------------------------------------------------------------------------

def c_overlapping(rng: random.Random, a: int, b: int, n: int) -> str:
    opening, v1, v2 = rng.choice([
        (f"{lead(n)} pupils sat the exam this year.", "passed", "went on to university"),
        (f"Doctors treated {num(n)} patients.", "recovered", "have since returned to work"),
        (f"Police stopped {num(n)} cars on the motorway.", "were searched", "were found to be carrying drugs"),
        (f"The club signed {num(n)} players in the summer.", "made their debut", "went on to score"),
        (f"{lead(n)} applicants were interviewed.", "were shortlisted", "were eventually offered jobs"),
    ])
    big = max(a, b)
    small = min(a, b)
    return story("Results day", opening, f"{lead(min(big, n))} {v1} and {num(small)} {v2}.", rng.choice(FILLERS))


def c_subset_named(rng: random.Random, a: int, b: int, n: int) -> str:
    verb, who, scene = rng.choice([("killed", "Britons", "in the attack"), ("injured", "police officers",
                                                                             "in the riot"),
                                   ("arrested", "teenagers", "during the protests"),
                                   ("killed", "children", "in the earthquake")])
    return story("Toll rises", f"The {scene.split()[-1]} {verb} {num(n)} people, {rng.choice(SOURCES)}.",
                 f"{lead(min(a, n - 1))} {who} were {verb} {scene}, the foreign office said.", rng.choice(FILLERS))


def c_one_witness(rng: random.Random, a: int, b: int, n: int) -> str:
    verb = pick(rng, "killed", "wounded", "injured")
    return story("Market bombing", f"The bomb went off in a crowded market on Friday, {rng.choice(SOURCES)}.",
                 f"One witness said the explosion {verb} {num(n)} people. {lead(a)} of the victims were children.",
                 rng.choice(FILLERS))


def c_one_of_several(rng: random.Random, a: int, b: int, n: int) -> str:
    return story("Gunmen attack village", f"One resident said gunmen killed {num(n)} villagers overnight.",
                 f"{lead(min(a, n))} of the dead were women, {rng.choice(SOURCES)}.", rng.choice(FILLERS))


def c_partial_among(rng: random.Random, a: int, b: int, n: int) -> str:
    return story("Latest", f"The attack killed {num(a + b + n)} people, among whom were {num(a)} police officers "
                 f"and {num(b)} soldiers, {rng.choice(SOURCES)}.", rng.choice(FILLERS))


def c_other_set_after(rng: random.Random, a: int, b: int, n: int) -> str:
    return story("Storm", f"The storm killed {num(n)} people on Sunday, {rng.choice(SOURCES)}.",
                 f"{lead(a)} others were injured and {num(b)} were left homeless.", rng.choice(FILLERS))


def c_running_total(rng: random.Random, a: int, b: int, n: int) -> str:
    return story("Arrests", f"Police arrested {num(n)} people on Saturday, {rng.choice(SOURCES)}.",
                 f"Since the protests began, {num(a + n)} have been charged and {num(b + n)} released.",
                 rng.choice(FILLERS))


CONTROL_FRAMES: dict[str, Frame] = {
    "overlapping-outcomes": c_overlapping, "subset-named": c_subset_named, "one-witness": c_one_witness,
    "one-resident": c_one_of_several, "partial-among": c_partial_among, "other-set-after": c_other_set_after,
    "running-total": c_running_total,
}

Case = tuple[str, str, str | None]


def build(seed: int = SEED, per_frame: int = PER_FRAME) -> dict[str, list[Case]]:
    """Contradictions (over, and short where the list claims all of the total) and consistent controls."""
    return cases(WL402_FRAMES, CONTROL_FRAMES, seed, per_frame)


def cases(wl402_frames: dict[str, tuple[Frame, bool]], control_frames: dict[str, Frame], seed: int,
          per_frame: int) -> dict[str, list[Case]]:
    """The cases of a set's frames: each WL402 frame over (and short where it claims the whole) and adding up,
    each control frame with parts over its total."""
    rng = random.Random(seed)
    groups: dict[str, list[Case]] = {"WL402": [], "controls": []}
    for name, (frame, whole) in wl402_frames.items():
        for i in range(per_frame):
            a, b = rng.randint(3, 30), rng.randint(2, 25)
            if whole and i % 2 == 1:
                groups["WL402"].append((f"{name}/short", frame(rng, a, b, a + b + rng.randint(3, 9)), "WL402"))
            else:
                groups["WL402"].append((f"{name}/over", frame(rng, a, b, a + b - rng.randint(2, min(a, b))),
                                        "WL402"))
            groups["controls"].append((f"{name}/adds-up", frame(rng, a, b, a + b), None))
    for name, cframe in control_frames.items():
        for _ in range(per_frame):
            a, b = rng.randint(3, 30), rng.randint(2, 25)
            groups["controls"].append((name, cframe(rng, a, b, max(4, a + b - rng.randint(2, min(a, b)))), None))
    return groups


# --- WL201: tallies by class -------------------------------------------------------------------------------------

TALLIES = [
    # destroying, damaging, flooding, razing
    "Floodwater inundated {n} homes in the valley overnight.",
    "Some {n} houses were swamped when the river burst its banks.",
    "The earthquake levelled {n} buildings in the old town.",
    "Militiamen razed {n} villages during the offensive.",
    "More than {n} homes were submerged after the dam gave way.",
    "The tornado tore through the town, flattening {n} houses.",
    "{N} shops were ransacked during the night of rioting.",
    "The blaze gutted {n} flats in the tower block.",
    "Heavy shelling has reduced {n} schools to rubble.",
    "Landslides swept away {n} houses on the hillside.",
    "The hailstorm wrecked {n} greenhouses across the county.",
    "Vandals smashed {n} bus shelters in the town centre.",
    "About {n} bridges were washed away by the floods.",
    # seizing, confiscating, impounding
    "Border guards confiscated {n} kilograms of heroin at the crossing.",
    "Officers impounded {n} uninsured cars during the operation.",
    "Customs seized {n} counterfeit handbags at the port.",
    "Police have confiscated {n} illegal firearms since January.",
    "The coastguard intercepted {n} tonnes of cannabis off the coast.",
    "Bailiffs repossessed {n} properties in the borough last year.",
    "Rangers recovered {n} stolen ivory tusks in the raid.",
    # areas burned
    "The wildfire has burned through {n} hectares of forest.",
    "Fires have scorched {n} acres of farmland this summer.",
    "The blaze blackened {n} square kilometres of moorland.",
    "Flames consumed {n} hectares of pine plantation.",
    "More than {n} acres went up in flames over the weekend.",
    "Bushfires have charred {n} square miles of national park.",
    # costs to the public
    "The failed IT project landed taxpayers with a bill of £{n}m.",
    "Ratepayers will foot a £{n}m bill for the new stadium.",
    "Consumers will pay an extra £{n}m a year on their energy bills.",
    "The bailout left the public purse £{n}m out of pocket.",
    "The inquiry has so far cost the public £{n}m.",
    "Taxpayers picked up a £{n}m tab for the cancelled contract.",
    "The scheme has cost the state ${n}m in lost revenue.",
    "Bill payers will shoulder £{n}m of the clean-up costs.",
    "The delays have added £{n}m to the burden on taxpayers.",
    "Households will pay £{n} more a year for water.",
]

TALLY_LOOKALIKES = [
    "The council plans to demolish {n} homes to make way for the road.",
    "The museum holds {n} paintings by the artist.",
    "Shares in the company fell {n}% on Tuesday.",
    "The house sold for £{n},000 in March.",
    "He scored {n} points in the final.",
    "The estate covers {n} hectares of parkland.",
    "The village has {n} houses and a church.",
    "The new stadium will seat {n},000 fans.",
    "The farm keeps {n} cows and a flock of sheep.",
    "The singer, {n}, was born in 1990.",
    "The firm sold {n} cars in the first quarter.",
    "Prices rose {n}% in the year to March.",
    "The ticket costs £{n}.",
]

SOURCED_TAILS = [", officials said.", ", according to the local authority.", ", police said.",
                 ", the ministry said in a statement."]


def wl201_cases(seed: int = SEED) -> dict[str, list[tuple[str, str, bool]]]:
    """Each tally sentence unsourced (must warn) and with a source (quiet); the look-alikes (quiet)."""
    rng = random.Random(seed)
    out: dict[str, list[tuple[str, str, bool]]] = {"unsourced": [], "sourced": [], "look-alikes": []}
    for template in TALLIES:
        for _ in range(2):
            n = rng.randint(12, 480)
            sentence = template.format(n=f"{n:,}", N=f"{n:,}")
            out["unsourced"].append((template, sentence, True))
            out["sourced"].append((template, sentence[:-1] + rng.choice(SOURCED_TAILS), False))
    for template in TALLY_LOOKALIKES:
        n = rng.randint(12, 90)
        out["look-alikes"].append((template, template.format(n=n), False))
    return out


def score_wl201(verbose: bool = False) -> dict[str, tuple[int, int]]:
    """Right answers per group: a WL201 warning where one is expected, none where none is."""
    cases = {group: [(sentence, expected) for _template, sentence, expected in items]
             for group, items in wl201_cases().items()}
    return score_tallies(cases, "The report was published on Monday.", verbose)


def score_tallies(cases: dict[str, list[tuple[str, bool]]], opening: str,
                  verbose: bool = False) -> dict[str, tuple[int, int]]:
    """Right answers per group of ``(sentence, warning expected)``, each sentence after ``opening`` in a story."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from wirelint.api import default_engine
    from wirelint.config import Settings

    engine = default_engine()
    settings = Settings(select=("WL201",))
    rules = engine.rules_for(settings)
    result: dict[str, tuple[int, int]] = {}
    for group, items in cases.items():
        good = 0
        for sentence, expected in items:
            linted = engine.lint_source("story.txt", story("News", opening, sentence), settings, rules=rules)
            warned = any(f.severity.value == "warning" for f in linted.findings)
            good += warned == expected
            if verbose and warned != expected:
                print(f"  MISS {group}: {sentence!r} {[f.severity.value for f in linted.findings]}")
        result[group] = (good, len(items))
    return result


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    for group, (good, count) in score(build(), verbose=verbose).items():
        print(f"round 14 {group}: {good}/{count}")
    for group, (good, count) in score_wl201(verbose).items():
        print(f"round 14 WL201 {group} right: {good}/{count}")
