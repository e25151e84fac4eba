"""Set 26 (issue 16, numbers26): a sealed first-sight set, written and committed before any rule change of the pass.

The outside evaluation after numbers25 described six categories WL402 still gets wrong; this set probes each in
wordings and nouns of my own (none of the evaluation's sentences), drawn into real corpus articles and scored as set
16 (a WL4 defect is found by a WL4 finding on its lines, a WL4 control is flagged by a WL4 finding anywhere):

* ``other-closes``: a total, its source, then a clause or sentence that splits it into A of one group and "the
  other" / "the remaining" / "the other remaining" B of another. "The other" closes the list, so A + B must equal the
  total: short contradicts as well as over.
* ``people-groups``: a total of people, passengers, victims or casualties whose parts are groups of people that no
  hierarchy file lists under it (trades, demonyms, roles, worshippers, onlookers), after "including", "among them",
  "of whom", "they were" or in the next sentence.
* ``dash-complete``: a claim that all of the total are accounted for, named or identified, the parts between dashes
  (hyphen, en dash or em dash) inside the claim's sentence.
* ``dead-listed-next``: "left N NOUN dead / injured" and, in the next sentence or paragraph, a record, roll or
  register that shows A GROUP and B GROUP among the dead or the victims.

WL4 controls (no WL4 finding anywhere), besides every frame's twin (parts that add up, or fall short where the list
is not claimed whole):

* ``injured-not-killed``: a sentence that kills N and injures M, the parts listed among the injured (over N, within
  M), with a paragraph before it that counts some other group ("six men were later held").
* ``other-paragraph``: a total in one paragraph and a list of groups in an unrelated paragraph about another event.
* ``overlap-acts``: groups defined by what they did or had done to them (gave statements, were asked back, were
  searched, were shown footage, voted, spoke), which may overlap, their sum above the total.
* ``both-conditions``: "all N suffered X or Y" / "both ... suffered" lists that claim completeness but whose
  conditions may overlap.
* ``partial-groups``: groups of people "among" or "including" under a total, their sum below it.

    python benchmarks/numbers_fresh_26.py [-v] [--show]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import numbers_fresh_16 as sealed
import numbers_fresh_22 as set22
from numbers_fresh_16 import Case
from numbers_fresh_19 import _parts
from numbers_fresh_22 import Frame

SEED = 2626
PER_FRAME = 14

FRAMES = [
    Frame("other-closes", (
        "A total of {n} people died when the ferry capsized, the port authority said; {a} were day-trippers and "
        "the other {b} were crew.",
        "Police said {n} people were detained after the match; {a} were home supporters and the other {b} were "
        "visiting fans.",
        "The quarry blast injured {n} workers, according to the mine owner; {a} were drillers, the other {b} "
        "truck drivers.",
        "{N} climbers were caught by the avalanche, rescuers said. {A} were Austrians and the remaining {b} were "
        "Slovenians.",
        "The collapse killed {n} people, the mayor told reporters; {a} of them were tenants while the other {b} "
        "were builders.",
        "Some {n} people were treated after the gas leak, the health board said; {a} were office workers and the "
        "other {b} were shoppers.",
        "In total {n} hostages were freed, the foreign ministry said; {a} were aid workers and the other {b} "
        "were journalists.",
        "The coach crash hurt {n} people, officials said: {a} were pupils and the other {b} were teachers and "
        "parents.",
    ), complete=True),
    Frame("people-groups", (
        "The boat fire killed {n} passengers, including {a} holidaymakers and {b} deckhands.",
        "{N} people were hurt in the stampede, among them {a} churchgoers and {b} ushers.",
        "The roof collapse injured {n} people, {a} of whom were stallholders and {b} shoppers.",
        "The explosion at the depot killed {n} people. They were {a} hauliers and {b} warehouse clerks.",
        "The landslide buried {n} victims, including {a} Nepalis and {b} Bangladeshi labourers.",
        "{N} passengers died when the minibus left the road, among them {a} seasonal pickers and {b} "
        "Romanians.",
        "The heat wave killed {n} people in the city, including {a} pensioners and {b} rough sleepers.",
        "The blast wounded {n} people at the mosque, {a} worshippers and {b} onlookers among them.",
        "{N} people were poisoned at the wedding. The victims included {a} caterers and {b} guests.",
        "The tram derailment injured {n} people, including {a} commuters and {b} cyclists waiting at the stop.",
        "Fire swept the hostel, killing {n} people. Among them were {a} backpackers and {b} night porters.",
        "The shooting left {n} people wounded, including {a} vendors and {b} bystanders.",
    )),
    Frame("dash-complete", (
        "All {n} people hurt in the pile-up had been traced by Monday - {a} drivers and {b} pedestrians - the "
        "police said.",
        "Every one of the {n} passengers injured in the crash was identified – {a} students and {b} retirees – "
        "before nightfall.",
        "The {n} miners hurt in the fall were all accounted for — {a} shift workers and {b} apprentices — the "
        "company said.",
        "All {n} victims of the fire have now been named - {a} residents and {b} visitors - officials said.",
        "All {n} of the injured - {a} marchers and {b} police officers - were in hospital on Friday.",
        "All {n} people killed in the flood had been identified – {a} farmers and {b} schoolchildren – by "
        "Thursday.",
    ), complete=True),
    Frame("dead-listed-next", (
        "The bombing left {n} people dead. Mortuary records showed {a} soldiers and {b} market traders among the "
        "dead.",
        "The crush left {n} fans dead.\n\nA list posted at the stadium showed {a} teenagers and {b} stewards "
        "among the victims.",
        "The mudslide left {n} villagers dead. A parish register named {a} herders and {b} children among the "
        "dead.",
        "The blast left {n} people injured. Clinic records listed {a} dock workers and {b} sailors among the "
        "injured.",
        "The shelling left {n} civilians dead.\n\nAccording to a roll kept by the council, {a} women and {b} "
        "elderly men were among the dead.",
        "The storm left {n} people dead. Among the dead, a coroner's list showed, were {a} fishermen and {b} "
        "campers.",
    )),
]

# --- controls --------------------------------------------------------------------------------------------------------

INJURED_NOT_KILLED = [
    "{K} men were later held by police.\n\nThe blast killed {n} people and injured {m}, the ministry said. Among "
    "the injured were {a} firefighters and {b} shopkeepers.",
    "Officers questioned {k} drivers on Tuesday.\n\nThe crash killed {n} passengers and hurt {m} others. The "
    "injured included {a} pensioners and {b} students.",
    "{K} suspects remain at large.\n\nThe attack killed {n} people and wounded {m}, police said. Those wounded "
    "included {a} worshippers and {b} guards.",
    "The fire killed {n} residents and injured {m}, the brigade said. Among the hurt were {a} carers and {b} "
    "neighbours.\n\nSix men were arrested on Friday.",
]
OTHER_PARAGRAPH = [
    "The derailment killed {n} people, the railway said.\n\nIn a separate incident last year, {a} engineers and "
    "{b} signal workers were suspended.",
    "The storm killed {n} people, forecasters said.\n\nAt the summit, {a} delegates and {b} observers signed the "
    "final text.",
    "The riot injured {n} officers, the police federation said.\n\nThe club has since hired {a} stewards and {b} "
    "security guards.",
]
OVERLAP_ACTS = [
    "Detectives spoke to {n} witnesses; {a} gave statements and {b} were asked to come back on Monday.",
    "Of the {n} passengers on the flight, {a} were searched and {b} had their bags scanned.",
    "Investigators interviewed {n} employees. {A} were shown the footage and {b} were interviewed again later.",
    "Of the {n} delegates, {a} voted for the motion and {b} spoke in the debate.",
    "{N} pupils took part: {a} sang in the choir and {b} played in the band.",
    "The {n} volunteers were busy all day; {a} handed out food and {b} sorted donated clothes.",
]
BOTH_CONDITIONS = [
    "All {n} firefighters suffered from the heat or the smoke: {a} were treated for exhaustion and {b} for "
    "smoke inhalation.",
    "The {n} hikers rescued had both frostbite and dehydration; {a} lost toes and {b} needed drips.",
    "The {n} people hurt in the blast suffered both burns and cuts: {a} had burns and {b} had cuts.",
    "Each of the {n} people pulled from the rubble was hurt - {a} had head wounds and {b} had crushed legs.",
]
PARTIAL_GROUPS = [
    "The blaze killed {n} people, including {a} caretakers and {b} tenants.",
    "{N} passengers were hurt in the collision, among them {a} Belgians and {b} tour guides.",
    "The quake killed {n} people. The dead included {a} bakers and {b} schoolteachers.",
]


def _fill(template: str, n: int, a: int, b: int, m: int = 0, k: int = 0) -> str:
    """A template filled; {m} is a second total (the injured beside the killed) and {k} an unrelated count."""
    text = set22._fill(template.replace("{m}", "{{m}}").replace("{k}", "{{k}}").replace("{K}", "{{K}}"), n, a, b)
    return text.replace("{m}", set22.num(m)).replace("{k}", set22.num(k)).replace("{K}", set22.lead(k))


def injured_cases(rng: random.Random, family: str, templates: list[str], count: int) -> list[Case]:
    """Parts of the injured ({m}) above the killed ({n}), beside an unrelated count ({k}): controls."""
    cases = []
    for index in range(count):
        n = rng.randint(12, 40)
        m = rng.randint(n + 30, n + 90)
        a, b = _parts(rng, rng.randint(n + 6, m - 6), 2, "equal")
        cases.append(Case(family, False, _fill(templates[index % len(templates)], n, a, b, m, rng.randint(2, 9))))
    return cases


def family_cases(rng: random.Random, family: str, templates: list[str], mode: str, count: int) -> list[Case]:
    """``count`` controls of ``templates`` in turn, their parts over, short of or equal to the total (``mode``)."""
    cases = []
    for index in range(count):
        n = rng.randint(20, 95)
        cases.append(Case(family, False, _fill(templates[index % len(templates)], n, *_parts(rng, n, 2, mode))))
    return cases


def control_cases(rng: random.Random) -> list[Case]:
    """Parts of another total or paragraph, overlapping acts and conditions, partial groups."""
    cases = injured_cases(rng, "injured-not-killed", INJURED_NOT_KILLED, 12)
    for family, templates, mode in (("other-paragraph", OTHER_PARAGRAPH, "over"),
                                    ("overlap-acts", OVERLAP_ACTS, "over"),
                                    ("both-conditions", BOTH_CONDITIONS, "over"),
                                    ("partial-groups", PARTIAL_GROUPS, "short")):
        cases += family_cases(rng, family, templates, mode, max(12, 2 * len(templates)))
    return cases


def build(seed: int = SEED, per_frame: int = PER_FRAME) -> list[Case]:
    rng = random.Random(seed)
    return set22.frame_cases(rng, per_frame, FRAMES) + control_cases(rng)


if __name__ == "__main__":
    if "--show" in sys.argv:
        set22.show(build())
    else:
        sealed.run(build(), "set 26", "-v" in sys.argv, seed=SEED, hit=sealed._hit)
