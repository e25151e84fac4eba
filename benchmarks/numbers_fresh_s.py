"""Fresh held-out sets S and T (issue 16, numbers5): structure, not sentences.

Set S was written before any rule change of this pass and measured once at
first sight; the fixes were made on it. Set T was written after those fixes
with wording used nowhere else, and measured once at first sight before any
further tuning. Each case is a whole short story (headline, blank line,
paragraphs) and what it must give: "WL402", "WL401", "WL201" or None (a
control: no WL4 finding for the WL4 controls, no WL201 warning for the
WL201 controls). Run ``python benchmarks/numbers_fresh_s.py`` for the
figures. Data and a tiny runner only.
"""

from __future__ import annotations

import sys
from pathlib import Path

Case = tuple[str, str, str | None]
"""(name, story, expected): expected "WL4-ok"/"WL201-ok" marks a control."""

S_WL402: list[Case] = [
    ("s-degree-adverbs", "Bus crash on the motorway\n\nTwenty-two people were hurt in the crash, 9 seriously and 17 "
     "slightly, police said.\n", "WL402"),
    ("s-critically-lightly", "Factory fire\n\nFourteen workers were injured, 6 critically, 11 lightly, the fire "
     "service said.\n", "WL402"),
    ("s-of-whom-elided", "Militia losses\n\nThe army said it had killed 40 fighters, 28 of whom were foreigners and "
     "19 local recruits.\n", "WL402"),
    ("s-colon-demonyms", "Ferry rescue\n\nThe ferry carried 35 passengers: 21 Britons, 12 French and 6 Germans, the "
     "operator said.\n", "WL402"),
    ("s-among-them-adjectives", "Storm damage\n\nThe storm left 18 people injured, among them 11 elderly and 9 young, "
     "officials said.\n", "WL402"),
    ("s-including-states", "Hospital figures\n\nDoctors treated 25 patients, including 14 unconscious and 13 "
     "dehydrated, the hospital said.\n", "WL402"),
    ("s-of-them-manner", "Mine collapse\n\nRescuers brought out 30 miners, of them 19 alive and 15 dead, the company "
     "said.\n", "WL402"),
    ("s-colon-outcomes", "Border clash\n\nThe clash left 12 soldiers hurt: 8 badly, 6 less so, the ministry said.\n",
     "WL402"),
    ("s-comma-nationalities", "Climbers found\n\nSearchers found 9 climbers, 5 Austrians and 6 Swiss, late on "
     "Sunday, police said.\n", "WL402"),
    ("s-dash-roles", "Raid in the port\n\nOfficers detained 16 suspects \u2013 10 dockers and 9 drivers \u2013 in the "
     "raid, customs said.\n", "WL402"),
    ("s-of-whom-were-two", "Protest arrests\n\nPolice held 50 protesters, of whom 31 were students and 24 were "
     "teachers, a spokesman said.\n", "WL402"),
    ("s-colon-sides", "Match violence\n\nEleven fans needed treatment: 7 home, 6 away, the club said.\n", "WL402"),
]
S_WL4_CONTROLS: list[Case] = [
    ("s-c-degree-equal", "Bus crash on the motorway\n\nTwenty-two people were hurt in the crash, 9 seriously and 13 "
     "slightly, police said.\n", None),
    ("s-c-partial-less", "Militia losses\n\nThe army said it had killed 40 fighters, 12 of whom were foreigners and "
     "9 local recruits.\n", None),
    ("s-c-colon-equal", "Ferry rescue\n\nThe ferry carried 35 passengers: 21 Britons, 8 French and 6 Germans, the "
     "operator said.\n", None),
    ("s-c-ages", "Hospital figures\n\nDoctors treated 25 patients, aged 14 and 63, the hospital said.\n", None),
    ("s-c-money", "Storm damage\n\nThe storm injured 18 people, costing 11 million and 9 million pounds in two "
     "towns, officials said.\n", None),
    ("s-c-times", "Mine collapse\n\nRescuers brought out 30 miners, 19 at 6 and 15 at 9, the company said.\n", None),
    ("s-c-years", "Protest arrests\n\nPolice held 50 protesters, 31 in 2004 and 24 in 2005, a spokesman said.\n",
     None),
    ("s-c-percent", "Factory fire\n\nFourteen workers were injured, 60 percent and 45 percent of two shifts, the "
     "fire service said.\n", None),
    ("s-c-other-thing", "Border clash\n\nThe clash left 12 soldiers hurt: 8 vehicles and 6 tents were destroyed, "
     "the ministry said.\n", None),
]
S_WL401: list[Case] = [
    ("s-dozens-searching", "Dozens missing after landslide\n\nRescuers were searching for 5 people after a hillside "
     "collapsed on the village, police said.\n", "WL401"),
    ("s-thousands-walked-out", "Thousands join strike at car plant\n\nSome 350 workers walked out on Monday over "
     "pay, the union said.\n", "WL401"),
    ("s-hundreds-stranded", "Hundreds stranded by snow\n\nAbout 40 motorists spent the night in their cars on the "
     "pass, police said.\n", "WL401"),
    ("s-scores-ill", "Scores fall ill at wedding\n\nDoctors treated 7 guests for food poisoning after the "
     "reception, the hospital said.\n", "WL401"),
    ("s-dozens-quit", "Dozens of nurses resign\n\nA total of 3 nurses handed in their notice this week, the trust "
     "said.\n", "WL401"),
    ("s-thousands-flee", "Thousands flee volcano\n\nOfficials moved 120 residents to shelters as the mountain "
     "rumbled.\n", "WL401"),
    ("s-hundreds-queue", "Hundreds queue for tickets\n\nFewer than 30 fans waited outside the stadium overnight, "
     "the club said.\n", "WL401"),
    ("s-dozens-sacked", "Dozens sacked at airline\n\nThe airline let 4 pilots go on Friday, a spokesman said.\n",
     "WL401"),
]
S_WL401_CONTROLS: list[Case] = [
    ("s-c-dozens-consistent", "Dozens missing after landslide\n\nRescuers were searching for about 40 people after "
     "a hillside collapsed, police said.\n", None),
    ("s-c-thousands-consistent", "Thousands join strike at car plant\n\nSome 3,500 workers walked out on Monday "
     "over pay, the union said.\n", None),
    ("s-c-two-counts", "Hundreds stranded by snow\n\nAbout 40 motorists and 300 rail passengers spent the night "
     "stranded, police said.\n", None),
    ("s-c-other-measure", "Dozens of nurses resign\n\nThe trust has lost 3 wards' worth of staff over 12 months, "
     "it said.\n", None),
]
S_WL201: list[Case] = [
    ("s-closure-of-schools", "Snow in the north\n\nHeavy snow forced the closure of 140 schools on Tuesday.\n",
     "WL201"),
    ("s-schools-remain-closed", "Snow in the north\n\nAbout 60 schools remain closed after the storm.\n", "WL201"),
    ("s-flights-cancelled", "Strike at airports\n\nMore than 300 flights were cancelled as the strike began.\n",
     "WL201"),
    ("s-sheep-lost", "Blizzard in the hills\n\nFarmers lost 2,000 sheep in the blizzard.\n", "WL201"),
    ("s-cars-damaged", "Hailstorm\n\nThe hail damaged some 500 cars in the town centre.\n", "WL201"),
    ("s-cigarettes-seized", "Border haul\n\nOfficers seized 4 million cigarettes at the port.\n", "WL201"),
    ("s-homes-evacuated", "Gas leak\n\nAround 80 homes were evacuated after the leak.\n", "WL201"),
    ("s-trains-axed", "Rail chaos\n\nOperators axed 120 trains because of the heat.\n", "WL201"),
    ("s-shops-shut", "Riots\n\nNearly 90 shops stayed shut after the unrest.\n", "WL201"),
    ("s-cattle-culled", "Disease outbreak\n\nInspectors ordered 3,000 cattle to be culled.\n", "WL201"),
    ("s-roads-closed", "Floods\n\nThe floods have closed 45 roads across the county.\n", "WL201"),
    ("s-boats-sunk", "Storm at sea\n\nThe storm sank 30 fishing boats in the harbour.\n", "WL201"),
]
S_WL201_CONTROLS: list[Case] = [
    ("s-c-closure-sourced", "Snow in the north\n\nHeavy snow forced the closure of 140 schools on Tuesday, the "
     "council said.\n", None),
    ("s-c-flights-sourced", "Strike at airports\n\nMore than 300 flights were cancelled, according to the airport "
     "operator.\n", None),
    ("s-c-capacity", "New stadium\n\nThe stadium holds 60,000 fans and has 40 turnstiles.\n", None),
    ("s-c-length", "New bridge\n\nThe bridge is 300 metres long and took 4 years to build.\n", None),
    ("s-c-score", "Cup final\n\nUnited won 3-1 in front of a crowd that sang for 90 minutes.\n", None),
    ("s-c-price", "Ticket prices\n\nSeats in the new stand cost 45 pounds each.\n", None),
    ("s-c-ages", "Obituary\n\nShe taught at 3 schools and retired at 65.\n", None),
    ("s-c-fleet", "Airline results\n\nThe airline operates 120 aircraft on 300 routes.\n", None),
]
SET_S = {"WL402": S_WL402, "WL4-controls": S_WL4_CONTROLS, "WL401": S_WL401, "WL401-controls": S_WL401_CONTROLS,
         "WL201": S_WL201, "WL201-controls": S_WL201_CONTROLS}


def score(sets: dict[str, list[Case]], verbose: bool = False) -> dict[str, tuple[int, int]]:
    """Hits (or quiet controls) out of cases, per group."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from wirelint.api import default_engine
    from wirelint.config import Settings

    engine = default_engine()
    settings = Settings(select=("WL2", "WL4"))
    rules = engine.rules_for(settings)
    result: dict[str, tuple[int, int]] = {}
    for group, cases in sets.items():
        good = 0
        for name, story, expected in cases:
            found = engine.lint_source("story.txt", story, settings, rules=rules).findings
            codes = {f.code for f in found if f.code.startswith("WL4")}
            codes |= {f.code for f in found if f.code == "WL201" and f.severity.name.lower() == "warning"}
            if expected is not None:
                ok = expected in codes
            elif group.startswith("WL201"):
                ok = "WL201" not in codes
            else:
                ok = not any(c.startswith("WL4") for c in codes)
            good += ok
            if verbose and not ok:
                print(f"  MISS {group} {name}: {sorted(codes)}")
        result[group] = (good, len(cases))
    return result


if __name__ == "__main__":
    from numbers_fresh_t import SET_T
    from numbers_fresh_u import SET_U

    chosen = {"s": SET_S, "t": SET_T, "u": SET_U}
    for letter in sys.argv[1:] or ["s", "t", "u"]:
        for group, (good, count) in score(chosen[letter], verbose=True).items():
            print(f"set {letter.upper()} {group}: {good}/{count}")
