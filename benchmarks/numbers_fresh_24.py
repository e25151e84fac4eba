"""Set 24 (issue 16, numbers24): a sealed first-sight set, written and committed before any rule change of the pass.

The outside evaluation found WL4 strong on described phrasings and weak on undescribed ones; this set probes the
*shapes* it named in wordings and group nouns of my own (occupations, compound plurals and unit names no data file
knows), drawn into real corpus articles and scored as set 16 (``numbers_fresh_16.run``: a WL4 defect is found by a
WL4 finding on its lines, a WL4 control is flagged by a WL4 finding anywhere in the article).

WL4 defects (parts above an exact total; or short of it where the wording claims the list is whole) and their
twins that add up:

* ``partitive``: a group named back ("Of those who died", "Of the hurt", "Of that number") and divided by role.
* ``contrast``: "A of them were X, whereas / while / but B were Y".
* ``divides``: the group said to divide, break or fall into its parts (whole).
* ``spans``: the figure said to count, take in or span its parts (whole).
* ``namely``: "namely", "that is", "specifically", "to wit" before the parts (whole).
* ``listed``: a list, roll or record naming the parts among the dead or hurt, after the total.
* ``dash``: the parts in a dashed aside after the total (whole).
* ``toll``: a toll rising to a figure, its parts in apposition.
* ``two-forces``: losses of two forces, with the parts per force (whole).
* ``contrast-sides``: each side's losses joined by "whereas", with the total after (whole).
* ``including-roles``: "including" / "among them" with role nouns no data file knows.
* ``table``: pipe tables with a total row (whole) or under a stated total.
* ``by-group``: bulleted lists after "The N wounded, by unit:" and the like (whole).
* ``box-total``: fact boxes whose total line the part lines contradict (whole).

WL4 controls (no WL4 finding anywhere), besides every frame's twin: ``overlap``, parts defined by different
predicates (conditions, actions, histories) that may overlap, their sum above the total; ``nested``, a sub-group
given with "of whom" / "of them" inside a part of a partition that adds up; ``other-group``, a second group counted
beside a total of another kind.

WL201 (context only, set 23's frames): unsourced tallies, the same with a source, counts that are no tally.

    python benchmarks/numbers_fresh_24.py [-v] [--show]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import numbers_fresh_16 as sealed
import numbers_fresh_22 as set22
import numbers_fresh_23 as set23
from numbers_fresh_16 import Case
from numbers_fresh_19 import _parts
from numbers_fresh_22 import Frame
from numbers_fresh_v import num

SEED = 2424
PER_FRAME = 12

FRAMES = [
    Frame("partitive", (
        "A rockfall at the quarry killed {n} people on Tuesday. Of those who died, {a} were stone-cutters and {b} "
        "were lorry loaders.",
        "The stampede injured {n} pilgrims, the governor said. Of the hurt, {a} were lantern-bearers and {b} were "
        "drum carriers.",
        "Fire swept the night market, killing {n} people. Of the victims, {a} were noodle vendors and {b} were "
        "rickshaw pullers.",
        "The ambush left {n} combatants dead, a monitor said. Of the fallen, {a} were border scouts and {b} were "
        "hill militiamen.",
        "Police said {n} people were hurt in the crush. Of that number, {a} were turnstile staff and {b} were coach "
        "travellers.",
        "The ferry fire killed {n} passengers. Of the {n}, {a} were deck sleepers and {b} were cabin guests.",
    )),
    Frame("contrast", (
        "The blast wounded {n} people; {a} of them were lift engineers, whereas {b} were office cleaners.",
        "{N} people died in the crash. {A} of them were van couriers, whereas {b} were e-bike commuters.",
        "The flood killed {n} villagers: {a} of them were rice planters, while {b} were duck keepers.",
        "Shelling wounded {n} combatants overnight. {A} of these were tunnel diggers, whereas {b} were mortar "
        "crewmen.",
        "{N} passengers were injured when the cable car slipped. {A} of them held ski passes, whereas {b} were "
        "day hikers.",
        "The quake killed {n} people in the old quarter; {a} among them were carpet weavers, whereas {b} were "
        "tea-house keepers.",
    )),
    Frame("divides", (
        "The raid wounded {n} people. Those hurt divide into {a} market porters and {b} bread sellers.",
        "The mine blast killed {n} workers. The dead break down into {a} shot-firers and {b} conveyor hands.",
        "The crash injured {n} people, and the casualties fall into two groups: {a} bus riders and {b} "
        "kerbside vendors.",
        "The landslide buried {n} people; the victims split between {a} terrace farmers and {b} road menders.",
        "{N} combatants were killed at the pass. Those deaths divide into {a} dragoons and {b} marsh scouts.",
        "The tower fire injured {n} people, who fall into {a} night porters and {b} long-stay lodgers.",
    ), complete=True),
    Frame("spans", (
        "The gas leak made {n} people ill. The figure takes in {a} bakery workers and {b} shoppers.",
        "The storm killed {n} people along the coast. That toll counts {a} oyster pickers and {b} caravanners.",
        "The siege left {n} combatants wounded. The number spans {a} sappers and {b} pikemen.",
        "The bridge collapse killed {n} people. The count encompasses {a} toll collectors and {b} cyclists.",
        "{N} people were hurt in the riot, and the tally takes in {a} stewards and {b} ticket touts.",
        "The epidemic has killed {n} people in the valley. Those figures cover {a} shepherds and {b} charcoal "
        "burners.",
    ), complete=True),
    Frame("namely", (
        "The avalanche killed {n} people, namely {a} piste patrollers and {b} snowshoe walkers.",
        "The explosion wounded {n} workers, that is {a} welders and {b} crane drivers.",
        "The ambush cost {n} combatants their lives, specifically {a} outriders and {b} signallers.",
        "The boat capsized with {n} people lost, to wit {a} net menders and {b} fish-auction bidders.",
        "The fire injured {n} residents - that is, {a} flat-dwellers and {b} basement tenants.",
        "Lightning struck {n} people at the fair, namely {a} stall holders and {b} funfair riders.",
    ), complete=True),
    Frame("listed", (
        "The tram derailment killed {n} people. A hospital list released on Monday put {a} tram drivers and {b} "
        "shift cleaners among the dead.",
        "The mortar attack wounded {n} combatants. An army roll published later named {a} sappers and {b} "
        "pikemen among the injured.",
        "The bus plunge killed {n} people. Relatives identified {a} choir singers and {b} tour guides among the "
        "victims.",
        "{N} people were injured in the blast. Records seen by reporters counted {a} kiosk keepers and {b} "
        "parking attendants among the wounded.",
        "The fire killed {n} people. The coroner's list showed {a} lodgers and {b} night watchmen among the dead.",
        "The clash wounded {n} fighters. A field-hospital register listed {a} lancers and {b} skirmishers among "
        "the wounded.",
    )),
    Frame("dash", (
        "The clashes killed {n} combatants - {a} fusiliers and {b} hill partisans - over two days, a monitor said.",
        "The blast injured {n} people \u2013 {a} dockhands and {b} forklift drivers \u2013 at the port.",
        "The collapse killed {n} workers \u2014 {a} scaffolders and {b} plasterers \u2014 on the night shift.",
        "A bomb wounded {n} people - {a} tram passengers and {b} street sweepers - in the morning rush.",
        "The flood drowned {n} people \u2013 {a} rafters and {b} campers \u2013 in the gorge.",
        "Gunfire killed {n} combatants - {a} gendarmes and {b} smugglers - at the crossing.",
    ), complete=True),
    Frame("toll", (
        "The toll from the mudslide rose to {n} on Friday, {a} tea pickers and {b} bus passengers.",
        "The death toll has climbed to {n}, {a} festival-goers and {b} security guards.",
        "The number of wounded reached {n} by nightfall, {a} marchers and {b} riot officers.",
        "The toll stands at {n}, {a} ferry hands and {b} foot passengers, the port authority said.",
        "The death toll in the fighting hit {n}, {a} cavalrymen and {b} militiamen.",
        "The toll from the blaze has risen to {n}: {a} warehouse packers and {b} delivery riders.",
    )),
    Frame("two-forces", (
        "Both armies paid heavily: {n} combatants died, {a} lancers and {b} partisans.",
        "The battle cost the two militias {n} fighters altogether - {a} river guards and {b} hill rangers.",
        "The rival forces lost {n} men between them, {a} dragoons and {b} marsh raiders.",
        "Each camp buried its dead: of the {n} combatants killed on the two sides, {a} were sappers and {b} were "
        "skirmishers.",
        "The two forces between them lost {n} fighters: {a} coastal marines and {b} jungle guerrillas.",
        "The fighting wounded {n} combatants from both forces, {a} musketeers and {b} bowmen.",
    ), complete=True),
    Frame("contrast-sides", (
        "The army said it lost {a} dragoons, whereas the rebels lost {b} skirmishers; {n} combatants were killed "
        "on both sides.",
        "Government losses were {a} sappers, whereas the insurgents lost {b} partisans, out of {n} combatants "
        "killed in all.",
        "The militia buried {a} riflemen, whereas the clans buried {b} herdsmen: {n} fighters died on both sides.",
        "The navy lost {a} divers, whereas the pirates lost {b} oarsmen, the {n} dead of both sides.",
    ), complete=True),
    Frame("including-roles", (
        "The bus plunge killed {n} people, including {a} choristers and {b} bell-ringers.",
        "The blast wounded {n} people, among them {a} lamplighters and {b} tram conductors.",
        "Shelling killed {n} combatants, {a} gunners and {b} stretcher-bearers among them.",
        "The poisoning made {n} guests ill, including {a} waiters and {b} wedding-goers.",
    )),
]

# --- layouts --------------------------------------------------------------------------------------------------------

TABLE_HEADS = [("Group", "Injured"), ("Unit", "Killed"), ("Category", "Wounded"), ("Who", "Dead")]
TABLE_TOTALS = ["All", "Total", "Overall"]
TABLE_INTROS = [
    "The explosion at the depot injured {n} people, the operator said.",
    "Fighting near the ford killed {n} combatants, a monitor said.",
    "Hospitals treated {n} people after the blast, officials said.",
    "The fire killed {n} people on the estate, the brigade said.",
]
ROW_NOUNS = [("Platform staff", "Commuters"), ("Outriders", "Skirmishers"), ("Stallholders", "Shoppers"),
             ("Lodgers", "Caretakers"), ("Sappers", "Signallers")]
BY_GROUP_INTROS = [
    "The {n} wounded, by unit:", "The {n} dead, by trade:", "Breakdown of the {n} injured:",
    "The {n} victims, by role:", "How the {n} dead divide:",
]
BULLETS = ["-", "*", "\u2022", "\u2013"]
BOXES = [
    ("The fire killed {n} people on the estate, the brigade said.", "Key figures\nKilled in total: {n}",
     "{X}: {a}\n{Y}: {b}"),
    ("Fighting near the ford killed {n} combatants, a monitor said.", "Fact box\nOverall toll: {n}",
     "{X} killed: {a}\n{Y} killed: {b}"),
    ("The explosion at the depot injured {n} people, the operator said.", "The numbers\nInjured (all): {n}",
     "- {X}: {a}\n- {Y}: {b}"),
    ("Shelling wounded {n} people in the town, officials said.", "At a glance\nTotal wounded: {n}",
     "{X} - {a}\n{Y} - {b}"),
]


def _table(rng: random.Random, index: int, n: int, parts: list[int], with_total_row: bool) -> str:
    who, what = TABLE_HEADS[index % len(TABLE_HEADS)]
    first, second = ROW_NOUNS[rng.randrange(len(ROW_NOUNS))]
    rows = [f"{who} | {what}", f"{first} | {parts[0]}", f"{second} | {parts[1]}"]
    if with_total_row:
        rows.append(f"{TABLE_TOTALS[index % len(TABLE_TOTALS)]} | {n}")
        return "The breakdown, the officials said:\n\n" + "\n".join(rows)
    return TABLE_INTROS[index % len(TABLE_INTROS)].format(n=num(n)) + "\n\n" + "\n".join(rows)


def _by_group(rng: random.Random, index: int, n: int, parts: list[int]) -> str:
    first, second = ROW_NOUNS[rng.randrange(len(ROW_NOUNS))]
    bullet = BULLETS[index % len(BULLETS)]
    intro = BY_GROUP_INTROS[index % len(BY_GROUP_INTROS)].format(n=num(n))
    return f"{intro}\n{bullet} {first.lower()}: {parts[0]}\n{bullet} {second.lower()}: {parts[1]}"


def _box(rng: random.Random, index: int, n: int, parts: list[int]) -> str:
    intro, head, lines = BOXES[index % len(BOXES)]
    first, second = ROW_NOUNS[rng.randrange(len(ROW_NOUNS))]
    box = head.format(n=n) + "\n" + lines.format(X=first, Y=second, a=parts[0], b=parts[1])
    return intro.format(n=num(n)) + "\n\n" + box


def layout_cases(rng: random.Random) -> list[Case]:
    """Tables (a total row: whole; a stated total only: over), bulleted lists by group and fact boxes (whole)."""
    cases = []
    for index in range(16):
        whole = index % 2 == 0
        defect = "short" if whole and index % 4 == 2 else "over"
        for positive, mode in ((True, defect), (False, "equal")):
            n = rng.randint(20, 95)
            cases.append(Case("table", positive, _table(rng, index, n, _parts(rng, n, 2, mode), whole)))
    for family, draw in (("by-group", _by_group), ("box-total", _box)):
        for index in range(10):
            defect = "short" if index % 3 == 1 else "over"
            for positive, mode in ((True, defect), (False, "equal")):
                n = rng.randint(20, 95)
                cases.append(Case(family, positive, draw(rng, index, n, _parts(rng, n, 2, mode))))
    return cases


# --- controls -------------------------------------------------------------------------------------------------------

OVERLAPS = [
    "Of the {n} people pulled from the river, {a} had swallowed fuel and {b} were suffering from cold.",
    "All {n} pupils were sent home; {a} had coughs and {b} complained of headaches.",
    "{N} workers were questioned: {a} had seen the fire start and {b} had heard the alarm.",
    "Of {n} patients seen after the storm, {a} received stitches and {b} were given tetanus jabs.",
    "The {n} flood victims were visited by the minister; {a} had lost their cars and {b} had lost their crops.",
    "The {n} evacuated tenants were rehoused. {A} needed medication and {b} were given blankets.",
    "The hotel had {n} guests that night: {a} had paid in advance and {b} were regulars.",
    "Of the {n} climbers rescued, {a} had frostbite and {b} had run out of food.",
    "The {n} miners brought up were checked by doctors; {a} had inhaled dust and {b} had cuts to their hands.",
    "All {n} passengers left the plane by the chutes. {A} lost their luggage and {b} missed connecting flights.",
    "{N} fans were treated at the ground: {a} had fainted in the heat and {b} had been drinking.",
    "Of {n} survivors interviewed, {a} said they heard a bang and {b} said they smelled gas.",
]
NESTED = [
    "The blast killed {n} people: {a} bus drivers, {c} of whom were off duty, and {b} street sweepers.",
    "The clashes killed {n} combatants - {a} fusiliers, {c} of them officers, and {b} partisans.",
    "The fire injured {n} people, {a} lodgers, {c} of whom were students, and {b} night porters.",
    "Of the {n} dead, {a} were rafters, {c} of them foreigners, and {b} were campers.",
    "The collapse hurt {n} workers. {A} were scaffolders, of whom {c} were apprentices, and {b} were joiners.",
    "The storm killed {n} people, {a} fishermen, among whom {c} were brothers, and {b} harbour pilots.",
]
OTHER_GROUP = [
    "The raid killed {n} sappers, and {a} nurses and {b} cooks were treated for shock.",
    "{N} tram passengers were hurt; {a} drivers and {b} inspectors later gave statements.",
    "The ambush killed {n} outriders. Hours later {a} stretcher-bearers and {b} signallers reached the pass.",
]


def control_cases(rng: random.Random) -> list[Case]:
    """Overlapping predicates over the total, nested sub-groups inside an exact partition, groups beside it."""
    cases = []
    for index in range(2 * len(OVERLAPS)):
        n = rng.randint(20, 95)
        cases.append(Case("overlap", False, set22._fill(OVERLAPS[index % len(OVERLAPS)], n,
                                                          *_parts(rng, n, 2, "over"))))
    for index in range(3 * len(NESTED)):
        n = rng.randint(20, 95)
        a, b = _parts(rng, n, 2, "equal")
        c = rng.randint(1, a - 1)
        cases.append(Case("nested", False, set22._fill(NESTED[index % len(NESTED)], n, a, b, c)))
    for index in range(3 * len(OTHER_GROUP)):
        n = rng.randint(20, 95)
        cases.append(Case("other-group", False, set22._fill(OTHER_GROUP[index % len(OTHER_GROUP)], n,
                                                              *_parts(rng, n, 2, "over"))))
    return cases


def build(seed: int = SEED, per_frame: int = PER_FRAME) -> list[Case]:
    rng = random.Random(seed)
    return (set22.frame_cases(rng, per_frame, FRAMES) + layout_cases(rng) + control_cases(rng)
            + set23.wl201_cases(rng))


if __name__ == "__main__":
    if "--show" in sys.argv:
        set22.show(build())
    else:
        sealed.run(build(), "set 24", "-v" in sys.argv, seed=SEED, hit=sealed._hit)
