"""Round 26 (issue 16, attribution26): a sealed first-sight set for WL201's carry-over, written before any change.

A source given earlier in a paragraph covers the figures after it; the outside evaluation found tolls placed at the
end of an unrelated paragraph missed because the paragraph's earlier sentence carried an attribution ("..., the Law
Lords have ruled."). An earlier attribution should cover a toll only when it is about the same event. The toll
sentences are round 25's (attribution_round25*.py, which WL201 finds alone); the rest is mine:

* defects (a WL201 warning on the toll): a toll after an unrelated attributed sentence in the same paragraph
  (varied verbs and tenses of attribution); a toll appended to the end of a real attributed paragraph of an
  unrelated story; a toll paragraph followed by a paragraph that only looks like a pointer back ("Earlier, the
  central bank had estimated the deficit ..."); livestock losses on their own paragraph ("wiped out", "culled");
* controls (no warning): a toll after an attributed sentence about the same event; a toll continuing a witness's
  or a speaker's account; a toll with its own source after an unrelated attributed sentence; a toll paragraph whose
  next paragraph gives its figure.

    python benchmarks/attribution_round26.py [-v] [--show]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
import attribution_round25 as round25
import attribution_round25_late as late
import eval_numbers as ev
from numbers_fresh_16 import Case

from wirelint.checks.sources import sourced

SEED = 2626
REPEATS = 2
TOLLS = tuple(template for tolls in (round25.TOLLS, late.TOLLS, late.TOLLS_2) for templates in tolls.values()
              for template in templates)

UNRELATED = (
    "The appeal court has ruled that the ban on street trading breaches European law.",
    "Bookings for holidays on the island fell sharply last winter, a travel industry survey has suggested.",
    "A new rail link between the two cities is to be built, it has been announced.",
    "\"We are confident the merger will go ahead,\" he added.",
    "The housing minister has acknowledged that the grants scheme was badly managed.",
    "The chief executive said the firm would open a second factory in Wales.",
    "Ministers say the tax changes will take effect in April.",
    "The opposition leader told reporters that the election had been brought forward.",
    "The museum's director insisted the paintings would stay in the collection.",
    "Critics have warned that the new curriculum is too narrow.",
    "Analysts noted that the central bank had signalled that borrowing costs would stay on hold.",
    "According to the organisers, the festival will move to a larger site next summer.",
    "The band's manager confirmed that the tour would go ahead as planned.",
    "The committee concluded that the regulator had been too slow to act.",
    "A decision on the pay offer is expected on Friday, a union spokeswoman said.",
    "The league's chairman claimed the new television deal was the best in Europe.",
    "Shoppers are spending more online than ever before, research published on Monday found.",
    "The coach admitted his side had been poor in the first half.",
    "The Treasury will publish its spending review next month, officials said.",
    "The software maker reported strong demand for its new phones.",
    "Lawyers for the singer argued that the contract was unfair.",
    "The prime minister will tell the conference that the reforms must go further, aides have said.",
)
"""Attributed sentences about something else: a toll after them has no source."""

RELATED = (
    ("A landslide buried part of the hamlet on Sunday, the regional governor said.", "{N} villagers are missing."),
    ("The ferry overturned in rough seas off the cape late on Thursday, the coastguard said.",
     "{N} passengers drowned."),
    ("Police said the bomb had been hidden in a rubbish bin outside the station.",
     "The explosion injured {n} commuters."),
    ("Witnesses said the gunmen burst into the wedding hall and opened fire.", "{N} guests were killed."),
    ("Floods swept through the lower valley overnight, the water board said.",
     "Some {n}0 homes were destroyed by the water."),
    ("Firefighters said the blaze started in a warehouse near the docks.",
     "{N} neighbouring houses were gutted by the fire."),
    ("The earthquake struck shortly after dawn, the national seismology institute reported.",
     "{N} people died when a school collapsed."),
    ("Bird flu was confirmed at a poultry farm near the border, the agriculture ministry announced.",
     "{K} hens have been culled."),
    ("The storm made landfall on Tuesday night, forecasters said.", "It left {K} people homeless."),
    ("Rebels shelled the outskirts of the town for a third day, residents told the BBC.",
     "{K} people have fled towards the border."),
    ("The train derailed at high speed on a bend, the rail operator said.",
     "{N} passengers were taken to hospital."),
    ("Doctors say the cholera outbreak began in the camp's water supply.", "{N} refugees have died of the disease."),
    ("Health officials have confirmed an outbreak of measles at the school.", "{N} pupils have fallen ill."),
    ("The coach careered off the mountain road into a gorge, local police have said.",
     "{N} tourists were killed in the crash."),
    ("The fire at the chemical works burned for two days, according to the fire brigade.",
     "{N} workers were treated for smoke inhalation."),
    ("Riot police used batons to break up the march, organisers claimed.",
     "{N} protesters were injured in the clashes."),
)
"""An attributed sentence about an event, then a toll of that event: the attribution goes on."""

ACCOUNT = (
    "\"The water rose so fast we had to climb on to the roof,\" said farmer Ana Ruiz. {N} homes in her village were "
    "swept away.",
    "One witness, a shopkeeper, said he heard two loud bangs and then screaming. {N} people were hurt in the blasts.",
    "Mr Okafor said the gunmen arrived on motorbikes after midnight and set fire to the huts. {N} villagers were "
    "killed.",
    "Residents said the river burst its banks before dawn, leaving no time to move the animals. {K} sheep and "
    "cattle drowned.",
    "The captain told investigators the ship had hit a submerged reef and listed within minutes. {N} crew members "
    "are missing.",
    "Neighbours said the flames spread from one wooden house to the next. {N} homes burned down.",
    "The pilot radioed that an engine had failed, the airline said. {N} passengers died when the plane came down "
    "short of the runway.",
    "According to the survivors, the boat began to take on water soon after it left the harbour. {N} migrants "
    "drowned.",
)
"""A witness's or a speaker's account of an event that the toll goes on with."""

NEXT_UNRELATED = (
    "Earlier, the central bank had estimated the trade deficit at its widest in a decade.",
    "Separately, the statistics office compiled the tally of new business start-ups for the quarter.",
    "Last month the transport agency counted the cars on the island's roads for the first time.",
    "The transport authority recorded the busiest day in the history of the metro on Saturday.",
    "Earlier this year the regulator estimated the cost of the upgrade at about two billion pounds.",
    "Analysts had estimated the company's losses for the year at about forty million dollars.",
    "The tourist board published the estimate of summer visitors on its website.",
    "The ministry of education gave the number of new teachers it hopes to hire.",
)
"""A next paragraph that looks like a pointer back to a figure but gives another one."""

NEXT_RELATED = (
    "The civil defence agency, which counted the damaged houses from the air, gave the figure.",
    "The toll was given by the provincial health office.",
    "The Red Cross compiled the tally from reports by its volunteers.",
    "That is according to the national disaster management authority.",
)
"""A next paragraph that gives the toll's figure."""

LIVESTOCK = (
    "Swine fever has wiped out {K} pigs on farms in the north.",
    "Vets culled {K} ducks at the farm on Wednesday.",
    "{K} chickens were culled after the virus was found in the sheds.",
    "A heatwave wiped out {K} broiler chickens.",
    "Authorities have culled {K} birds across the province.",
    "The drought has wiped out {K} head of cattle.",
    "Foot-and-mouth disease forced farmers to cull {K} sheep.",
    "The algae bloom wiped out {K} farmed salmon in the loch.",
)
"""Livestock losses on their own paragraph."""

HARMFUL_HOST = regex.compile(r"\b(?:kill|dead|die|death|injur|wound|hurt|flood|fire|blaze|attack|bomb|war|shoot|shot"
                             r"|crash|storm|quake|victim|disaster|troops|rebel|army|violen|clash|arrest|missing"
                             r"|disease|outbreak|virus|famine|drought|refugee|hospital|police)", regex.IGNORECASE)
"""Words that may make a real paragraph about the toll's kind of event: such paragraphs are no unrelated host."""


def _claim(rng: random.Random) -> str:
    return rng.choice(TOLLS).format(**round25._values(rng))


def build(seed: int = SEED) -> list[Case]:
    rng = random.Random(seed)
    cases = [Case("WL201 after unrelated", True, f"{sentence} {_claim(rng)}", code="WL201")
             for sentence in UNRELATED for _ in range(3)]
    cases += [Case("WL201 appended to a real paragraph", True, _claim(rng), code="WL201") for _ in range(40)]
    cases += [Case("WL201 unrelated next pointed-back", True, f"{_claim(rng)}\n\n{following}", code="WL201")
              for following in NEXT_UNRELATED for _ in range(REPEATS)]
    cases += [Case("WL201 livestock", True, template.format(**round25._values(rng)), code="WL201")
              for template in LIVESTOCK for _ in range(REPEATS)]
    cases += [Case("WL201 related", False, f"{event} {toll.format(**round25._values(rng))}", code="WL201")
              for event, toll in RELATED for _ in range(REPEATS)]
    cases += [Case("WL201 account", False, account.format(**round25._values(rng)), code="WL201")
              for account in ACCOUNT for _ in range(REPEATS)]
    suffixes = (*round25.SUFFIXES, *late.SUFFIXES, *late.SUFFIXES_2)
    cases += [Case("WL201 attributed after unrelated", False,
                   f"{sentence} {_claim(rng)[:-1]}, {rng.choice(suffixes)}.", code="WL201") for sentence in UNRELATED]
    cases += [Case("WL201 given next pointed-back", False, f"{_claim(rng)}\n\n{following}", code="WL201")
              for following in NEXT_RELATED for _ in range(REPEATS)]
    return cases


def _hosts(records: list[dict[str, str]]) -> list[tuple[dict[str, str], int]]:
    """Real paragraphs with an attribution and no word of harm, from stories of other kinds, as (record, index)."""
    return [(record, index) for record in records for index, paragraph in enumerate(ev.paragraphs(record))
            if sourced(paragraph) and not HARMFUL_HOST.search(paragraph + record["headline"])
            and paragraph.rstrip()[-1:] in ".\"”" and not paragraph.rstrip().endswith(":")]


def _appended(linter: ev.Linter, host: tuple[dict[str, str], int], case: Case) -> tuple[bool, list[str]]:
    """A toll appended to a real paragraph: warned when a WL201 warning falls on the toll, not the paragraph's own."""
    record, index = host
    parts = ev.paragraphs(record)
    lines = parts[index].split("\n")  # Reuters paragraphs keep their line breaks: the toll is on the last line
    offset = len(lines[-1]) + 1
    parts[index] = f"{parts[index]} {case.body}"
    text, starts = ev.compose(record["headline"].strip() or "News", parts)
    mine = [f for f in linter.lint(text) if f.code == "WL201" and f.severity.value == "warning"
            and f.line == starts[index] + len(lines) - 1 and f.column >= offset]
    return bool(mine), [f"{f.code} line {f.line}: {f.message}" for f in mine]


def _scorer() -> round25.Scorer:
    """Round 25's scoring, but a toll for a real paragraph is appended to one (hosts found once)."""
    hosts: list[tuple[dict[str, str], int]] = []

    def score(linter: ev.Linter, records: list[dict[str, str]], case: Case,
              rng: random.Random) -> tuple[bool, list[str], str, str]:
        if not case.family.endswith("real paragraph"):
            return round25._score(linter, records, case, rng)
        hosts[:] = hosts or _hosts(records)
        host = rng.choice(hosts)
        found, why = _appended(linter, host, case)
        return found, why, host[0]["id"], repr(f"{ev.paragraphs(host[0])[host[1]]} // {case.body}")

    return score


if __name__ == "__main__":
    if "--show" in sys.argv:
        for case in build():
            print(f"{'+' if case.positive else '-'} {case.family}: {case.body!r}")
    else:
        round25.run(build(), "-v" in sys.argv, _scorer(), SEED)
