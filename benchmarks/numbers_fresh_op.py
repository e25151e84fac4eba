"""Fresh held-out sets O and P of benchmarks/numbers_fresh.py, written for issue 16's fourth pass.

Both were written before any rule change of that pass and without running the
rules on them, in phrasings the sets A to N lack: totals after their parts
("bringing the total to N", "Total dead: N"), parts in brackets, parts as "N
of them X", "the dead were A and B", "They were ...", "among whom were",
casualties split into dead and injured, counts of things (buildings, vehicles,
flights, animals) with their parts, new nouns (casualties, victims, detainees,
migrants, passengers, pilgrims, nurses), new verbs of killing, injuring,
arresting, evacuating and destroying, and new vague headlines ("Scores",
"Dozens more", "Handful", "Over a hundred", "Nearly 1,000", "Quarter of a
million"). Every WL402 and WL401 frame writes defects and consistent controls
of the same shape; the WL201 tallies come with look-alikes (the same things
counted with no loss), and ``WL4_LOOKALIKES`` hold copy with two counts that
are no total and its parts (another event, a capacity, an earlier figure),
which no WL4 rule may flag. Their first measurement is the figure for unseen
wording (docs/numbers-and-attribution.md). Data only.
"""

from __future__ import annotations

from numbers_fresh import HeadFrame, TotalFrame

MIXED = (("women", "children"), ("pilgrims", "tourists"), ("boys", "girls"), ("nurses", "doctors"),
         ("foreigners", "local people"), ("farmers", "herders"), ("minors", "adults"))
"""Pairs of people a total of people may be made of, beyond the earlier sets' pairs."""
ON_BOARD = (("passengers", "crew members"), ("migrants", "smugglers"), ("tourists", "guides"))
SIDES = (("soldiers", "insurgents"), ("policemen", "gunmen"), ("army troops", "separatists"),
         ("militiamen", "government soldiers"))
BUILDINGS = (("homes", "shops"), ("schools", "clinics"), ("houses", "mosques"), ("homes", "offices"))
VEHICLES = (("cars", "motorcycles"), ("lorries", "vans"), ("buses", "cars"))
ANIMALS = (("cattle", "sheep"), ("goats", "pigs"), ("chickens", "ducks"))
THREE_SIDES = (("soldiers", "policemen", "civilians"), ("men", "women", "children"))

FRESH_O: dict[str, TotalFrame] = {
    "o-bringing-total": TotalFrame("{P0} {N0} and {P1} {N1} were arrested overnight, bringing the total number of "
                                   "detainees to {W}.", "fresh-o", nouns=MIXED),
    "o-casualties-bracket": TotalFrame("The {inc} left {W} casualties ({P0} {N0}, {P1} {N1}), {src} said.",
                                       "fresh-o", nouns=MIXED),
    "o-the-dead-were": TotalFrame("The {inc} in {place} killed {W} people, {src} said. The dead were {P0} {N0} and "
                                  "{P1} {N1}.", "fresh-o", nouns=MIXED),  # partial, as sets B and C (label fixed after)
    "o-gunned-down-slain": TotalFrame("Militants gunned down {W} villagers overnight. The slain included {P0} {N0} "
                                      "and {P1} {N1}, {src} said.", "fresh-o", nouns=MIXED),
    "o-casualties-dead-injured": TotalFrame("The {inc} caused {W} casualties: {P0} dead and {P1} injured.",
                                            "fresh-o", True),
    "o-they-were": TotalFrame("The coastguard rescued {W} people from the sinking ferry. They were {P0} {N0} and "
                              "{P1} {N1}.", "fresh-o", nouns=ON_BOARD),  # label fixed after, as above
    "o-evacuated-bracket-places": TotalFrame("{W} residents were evacuated ({P0} from {place} and {P1} from "
                                             "{place2}) as the river rose.", "fresh-o"),
    "o-buildings-including": TotalFrame("The quake destroyed {W} buildings, including {P0} {N0} and {P1} {N1}.",
                                        "fresh-o", nouns=BUILDINGS),
    "o-vehicles-dash": TotalFrame("Police impounded {W} vehicles \u2013 {P0} {N0} and {P1} {N1} \u2013 during the "
                                  "crackdown.", "fresh-o", True, nouns=VEHICLES),
    "o-total-dead-label": TotalFrame("{P0} {N0} and {P1} {N1} lost their lives in the {inc}. Total dead: {W}.",
                                     "fresh-o", True, nouns=MIXED),
    "o-admitted-of-those": TotalFrame("Hospitals in {place} admitted {W} casualties, and {src} said {P0} of those "
                                      "admitted were {N0} and {P1} were {N1}.", "fresh-o", nouns=MIXED),
    "o-among-whom-were": TotalFrame("Authorities deported {W} migrants last week, among whom were {P0} {N0} and "
                                    "{P1} {N1}.", "fresh-o", nouns=MIXED),
    "o-flights-bracket-airports": TotalFrame("{W} flights were cancelled ({P0} at {place} and {P1} at {place2}).",
                                             "fresh-o"),
    "o-as-well-as-in-all": TotalFrame("The attackers killed {P0} {N0} as well as {P1} {N1} \u2013 {W} people in "
                                      "all.", "fresh-o", True, nouns=SIDES),
    "o-together-made-up": TotalFrame("Together, the {N0} ({P0}) and the {N1} ({P1}) made up the {W} people taken "
                                     "hostage.", "fresh-o", True, nouns=ON_BOARD),
    "o-victims-colon-three": TotalFrame("The toll rose to {W} on Tuesday. Among the victims: {P0} {N0}, {P1} {N1} "
                                        "and {P2} {N2}.", "fresh-o", parts=3, nouns=THREE_SIDES),
    "o-that-brings": TotalFrame("{P0} {N0} were killed in {place} and {P1} in {place2}. That brings the number of "
                                "dead this week to {W}.", "fresh-o", nouns=SIDES),
    "o-of-whom-hurt-more-than": TotalFrame("Police detained {W} demonstrators, of whom {P0} were {N0} and {P1} "
                                           "{N1}.", "fresh-o", qualifier="more than", nouns=MIXED),
}
"""Set O: WL402 frames, written before the fourth pass changed anything and measured once first."""

HEAD_O: dict[str, HeadFrame] = {
    "o-scores-hurt": HeadFrame("Scores hurt in {place} {inc}", "{B} people were hurt in the {inc}, {src} said.",
                               "fresh-o", (("", "Fifteen", False), ("", "More than 70", True), ("", "Nine", False),
                                           ("", "About 120", True))),
    "o-dozens-more-die": HeadFrame("Dozens more die in {place} as fighting spreads", "{B} more people were killed "
                                   "on Tuesday, {src} said.", "fresh-o",
                                   (("", "Five", False), ("", "Forty", True), ("", "Eight", False),
                                    ("", "Sixty-two", True))),
    "o-handful-rescued": HeadFrame("Handful of miners rescued in {place}", "Rescuers brought {B} miners to the "
                                   "surface, {src} said.", "fresh-o",
                                   (("", "30", False), ("", "three", True), ("", "about 40", False),
                                    ("", "five", True))),
    "o-over-a-hundred": HeadFrame("Over a hundred detained in {place}", "Police detained {B} people after the "
                                  "protest, {src} said.", "fresh-o",
                                  (("", "about 60", False), ("", "130", True), ("", "some 40", False),
                                   ("", "more than 110", True))),
    "o-nearly-1000-homes": HeadFrame("Nearly 1,000 homes flooded in {place}", "{B} homes were flooded when the river "
                                     "burst its banks, {src} said.", "fresh-o",
                                     (("", "About 400", False), ("", "Some 970", True), ("", "About 2,000", False),
                                      ("", "More than 900", True))),
    "o-scores-migrants": HeadFrame("Scores of migrants feared drowned off {place}", "{B} migrants are feared to have "
                                   "drowned, {src} said.", "fresh-o",
                                   (("", "Nine", False), ("", "About 80", True), ("", "Twelve", False),
                                    ("", "More than 100", True))),
    "o-hundreds-more-flee": HeadFrame("Hundreds more flee {place}", "{B} more people fled the town on Sunday, "
                                      "{src} said.", "fresh-o", (("", "Sixty", False), ("", "About 500", True),
                                                                 ("", "Ninety", False), ("", "Some 1,200", True))),
    "o-eleven-held": HeadFrame("Eleven held after {place} riot", "Police arrested {B} people after the riot, {src} "
                               "said.", "fresh-o", (("", "four", False), ("", "eleven", True), ("", "21", False),
                                                    ("", "11", True))),
    "o-quarter-million": HeadFrame("Quarter of a million flee {place} floods", "{B} people have fled the floods, "
                                   "{src} said.", "fresh-o", (("", "About 25,000", False), ("", "About 250,000", True),
                                                              ("", "40,000", False), ("", "Some 240,000", True))),
    "o-at-least-30-dead": HeadFrame("At least 30 dead in {place} {inc}", "{B} people died in the {inc}, {src} said.",
                                    "fresh-o", (("", "Twelve", False), ("", "Thirty-two", True),
                                                ("", "About 20", False), ("", "At least 30", True))),
}
"""Set O: WL401 frames, written before the fourth pass changed anything."""

TALLIES_O: list[str] = [
    "{N} people were mown down when a lorry ploughed into the crowd.",
    "Gunmen executed {n} prisoners at the camp near {place}.",
    "{N} villagers were butchered in the overnight raid.",
    "{N} spectators suffered crush injuries at the stadium.",
    "Troops detained {n} suspected smugglers near {place}.",
    "{N} asylum seekers were bussed out of the camp.",
    "Helicopters airlifted {n} stranded tourists from the island.",
    "{n},000 homes were left underwater after the river burst its banks.",
    "{N} flights were scrapped at {place} airport on Monday.",
    "Wildfires have charred {n},000 hectares since June.",
    "Vets culled {n},000 turkeys to stop the spread of the disease.",
    "{N} schools were shut because of the storm.",
    "The scrapped ferry contract has cost the public purse \u00a3{n}m.",
    "Homelessness has risen by {n}% in two years.",
    "Smugglers abandoned {n} migrants in the desert.",
    "{N} fishermen have not been heard from since the storm.",
    "The collapse entombed {n} miners.",
    "Mobs set fire to {n} vehicles during the unrest.",
]
"""Set O: unsourced tolls, tallies and statistics (WL201), each also inserted with a source."""

LOOKALIKES_O: list[str] = [
    "The festival drew {n},000 spectators.",
    "Troops paraded {n} armoured vehicles through {place}.",
    "The airport handles {n} flights an hour.",
    "The national park covers {n},000 hectares.",
    "Vets vaccinated {n},000 turkeys against the disease.",
    "The district has {n} schools.",
    "The council spent \u00a3{n}m on new parks.",
    "{N} tourists visited the island last week.",
    "The ferry carries {n} passengers a day.",
    "The mine employs {n} miners.",
    "Volunteers served {n} meals at the shelter.",
    "The camp can hold {n} asylum seekers.",
]
"""Set O: counts that are no tally of loss, damage or cost (WL201 must not warn), inserted as they are."""

FRESH_P: dict[str, TotalFrame] = {
    "p-mostly-brackets": TotalFrame("{W} people were hurt, mostly {N0} ({P0}) and {N1} ({P1}), {src} said.",
                                    "fresh-p", nouns=MIXED),
    "p-figure-that-includes": TotalFrame("{Src} put the number of dead at {W}, a figure that includes {P0} {N0} and "
                                         "{P1} {N1}.", "fresh-p", nouns=MIXED),
    "p-bodies-in-total": TotalFrame("Officials counted {P0} dead {N0} and {P1} dead {N1}: {W} bodies in total.",
                                    "fresh-p", True, nouns=SIDES),
    "p-saved-in-total": TotalFrame("{P0} {N0} and {P1} {N1} were pulled alive from the rubble. In total, rescuers "
                                   "saved {W} people.", "fresh-p", True, nouns=MIXED),
    "p-three-left-dead": TotalFrame("The {inc} left {W} dead: {P0} {N0}, {P1} {N1} and {P2} {N2}.", "fresh-p", True,
                                    parts=3, nouns=THREE_SIDES),
    "p-whose-ranks": TotalFrame("The {W} hostages, whose number included {P0} {N0} and {P1} {N1}, were released on "
                                "Friday.", "fresh-p", nouns=MIXED),
    "p-weekend-dash": TotalFrame("{W} arrests were made over the weekend \u2013 {P0} on Saturday and {P1} on "
                                 "Sunday.", "fresh-p", True),
    "p-victims-src-between": TotalFrame("The shelling killed {W} people. {P0} of the victims were {N0}, {src} said, "
                                        "and {P1} were {N1}.", "fresh-p", nouns=MIXED),
    "p-both-sides-lost-lives": TotalFrame("On both sides, {W} combatants lost their lives: {P0} {N0} and {P1} {N1}.",
                                          "fresh-p", True, nouns=SIDES),
    "p-split-evenly": TotalFrame("The toll of {W} is split between {N0} ({P0}) and {N1} ({P1}).", "fresh-p", True,
                                 nouns=MIXED),
    "p-out-of-on-the-boat": TotalFrame("Out of {W} migrants on the boat, {P0} were {N0} and {P1} were {N1}.",
                                       "fresh-p", nouns=MIXED),
    "p-headcount-missing": TotalFrame("A headcount found {W} people missing: {P0} {N0} and {P1} {N1}.", "fresh-p",
                                      True, nouns=ON_BOARD),
    "p-remainder-dashes": TotalFrame("Of the {W} evacuees, {P0} were {N0}. The remainder \u2013 {P1} \u2013 were "
                                     "{N1}.", "fresh-p", True, nouns=MIXED),
    "p-flattened-of-them": TotalFrame("The earthquake flattened {W} buildings, {P0} of them {N0} and {P1} of them "
                                      "{N1}.", "fresh-p", nouns=BUILDINGS),
    "p-flights-adjectives": TotalFrame("{W} flights were cancelled on Monday: {P0} domestic and {P1} international.",
                                       "fresh-p", True),
    "p-animals-drowned": TotalFrame("The floods drowned {W} animals, including {P0} {N0} and {P1} {N1}.", "fresh-p",
                                    nouns=ANIMALS),
    "p-nearly-next-para": TotalFrame("{Src} said {W} people had been displaced by the fighting.\n\nThe displaced "
                                     "include {P0} {N0} and {P1} {N1}.", "fresh-p", qualifier="nearly", nouns=MIXED),
    "p-about-detainees-whom": TotalFrame("The army is holding {W} detainees, {P0} of whom are {N0} and {P1} {N1}.",
                                         "fresh-p", qualifier="about", nouns=MIXED),
}
"""Set P: WL402 frames, written with set O before the fourth pass changed anything, measured once first."""

HEAD_P: dict[str, HeadFrame] = {
    "p-dozens-of-migrants": HeadFrame("Dozens of migrants rescued off {place}", "The navy rescued {B} migrants, {src} "
                                      "said.", "fresh-p", (("", "nine", False), ("", "62", True),
                                                           ("", "14", False), ("", "about 45", True))),
    "p-scores-arrested": HeadFrame("Scores arrested as {place} protests spread", "Police arrested {B} protesters, "
                                   "{src} said.", "fresh-p", (("", "a dozen", False), ("", "about 150", True),
                                                              ("", "18", False), ("", "more than 60", True))),
    "p-handful-injured": HeadFrame("Handful injured in {place} {inc}", "{B} people were injured, {src} said.",
                                   "fresh-p", (("", "Seventeen", False), ("", "Four", True), ("", "Dozens of", False),
                                               ("", "Three", True))),
    "p-over-500-homes": HeadFrame("Over 500 homes destroyed in {place} fire", "The fire destroyed {B} homes, {src} "
                                  "said.", "fresh-p", (("", "about 300", False), ("", "more than 550", True),
                                                       ("", "200", False), ("", "620", True))),
    "p-nearly-1000-flights": HeadFrame("Nearly 1,000 flights cancelled as snow hits {place}", "{B} flights were "
                                       "cancelled, {src} said.", "fresh-p",
                                       (("", "About 400", False), ("", "More than 950", True), ("", "600", False),
                                        ("", "Some 980", True))),
    "p-almost-a-hundred": HeadFrame("Almost a hundred dead in {place} floods", "{B} people have died in the floods, "
                                    "{src} said.", "fresh-p", (("", "Forty", False), ("", "Ninety-four", True),
                                                               ("", "Sixty", False), ("", "Ninety-one", True))),
    "p-tens-of-thousands": HeadFrame("Tens of thousands without shelter after {place} quake", "{B} people have been "
                                     "left without shelter, {src} said.", "fresh-p",
                                     (("", "About 3,000", False), ("", "Some 40,000", True), ("", "900", False),
                                      ("", "More than 20,000", True))),
    "p-three-dead-dozens-hurt": HeadFrame("Three dead, dozens hurt in {place} crash", "Three people died and {B} were "
                                          "hurt, {src} said.", "fresh-p", (("", "eight", False), ("", "about 40", True),
                                                                           ("", "11", False), ("", "37", True))),
    "p-free-7-hostages": HeadFrame("Police free 7 hostages in {place}", "Police freed {B} hostages, {src} said.",
                                   "fresh-p", (("", "17", False), ("", "seven", True), ("", "three", False),
                                               ("", "7", True))),
    "p-more-than-60-detained": HeadFrame("More than 60 detained after {place} clashes", "{B} people were detained, "
                                         "{src} said.", "fresh-p", (("", "About 45", False), ("", "64", True),
                                                                    ("", "Thirty", False), ("", "Some 70", True))),
}
"""Set P: WL401 frames, written with set O."""

TALLIES_P: list[str] = [
    "{N} pensioners were bludgeoned to death in a spate of burglaries.",
    "{N} workers were electrocuted on building sites last year.",
    "{N} fans were trampled in the crush at the gates.",
    "{N} pupils were treated for smoke inhalation.",
    "{N} activists were remanded in custody over the protest.",
    "{n},000 residents were ordered out of their homes as the fire spread.",
    "The typhoon levelled {n},000 homes along the coast.",
    "Looters ransacked {n} shops in the city centre.",
    "{n},000 hectares of rice paddies were submerged.",
    "{N} ferry crossings were called off because of the gales.",
    "{N} schools stayed closed after the flooding.",
    "The fiasco has set taxpayers back \u00a3{n}m.",
    "Knife crime has soared by {n}% in the capital.",
    "{N} climbers died on the mountain this season.",
    "Poachers slaughtered {n} rhinos in the reserve.",
    "The militia kidnapped {n} aid workers near {place}.",
    "{N} hospitals were hit by shelling in {place}.",
    "Child poverty has climbed to {n}% of families.",
]
"""Set P: unsourced tolls, tallies and statistics (WL201), each also inserted with a source."""

LOOKALIKES_P: list[str] = [
    "{N} pensioners attended the tea dance.",
    "The firm employs {n} electricians on its building sites.",
    "{N} fans queued at the gates for tickets.",
    "{N} pupils took part in the fire drill.",
    "The typhoon shelter can hold {n},000 people.",
    "The market has {n} shops.",
    "Farmers planted {n},000 hectares of rice.",
    "The operator runs {n} ferry crossings a day.",
    "{N} schools joined the reading scheme.",
    "The reserve is home to {n} rhinos.",
    "{N} climbers reached the summit this season.",
    "The charity sent {n} aid workers to {place}.",
]
"""Set P: counts that are no tally of loss, damage or cost (WL201 must not warn)."""

WL4_LOOKALIKES_OP: dict[str, list[str]] = {
    "fresh-o": [
        "Police arrested {a} people after the match. {B} officers were on duty.",
        "The {inc} killed {a} people. A similar attack in {place} last year killed {b}.",
        "{A} people were injured in the {inc}. The hospital, which has {b} beds, said it was full.",
        "{A} passengers were rescued from the ferry, which can carry {b} people.",
        "The fire destroyed {a} homes, {src} said. Firefighters saved {b} others in the street.",
        "{A} people were killed on Monday, taking the week's toll to {b}.",
        "The {inc} killed {a} soldiers in {place}.\n\nIn {place2}, {b} civilians died in an air strike on Sunday.",
        "Rescuers freed {a} miners, {src} said. {B} others had walked out unhurt before the collapse.",
    ],
    "fresh-p": [
        "{A} people were hurt in the {inc}. Of the {b} people on the bus, most escaped unhurt.",
        "Police detained {a} protesters, {src} said. About {b} people had joined the march.",
        "The {inc} killed {a} people, the worst toll since {b} died in {place} in 2009.",
        "{A} migrants were rescued off {place}. {B} were rescued in the same waters a week earlier.",
        "The storm damaged {a} homes in a town of {bd},000 people.",
        "Of the {b} people questioned, {a} were arrested, {src} said.",
        "The army said it had killed {a} militants on Monday. On Tuesday it said {b} more had been killed.",
        "{A} flights were cancelled at {place}; {b} flights left on time.",
    ],
}
"""Copy with two counts that are no total and parts (WL402 and WL403 must stay silent): ``{a}`` is the smaller
count, ``{b}`` the larger (``{bd}`` in digits), ``{A}`` and ``{B}`` the same opening a sentence;
inserted as they are."""

FRESH_WL4_OP: dict[str, tuple[dict[str, TotalFrame], dict[str, HeadFrame]]] = {
    "fresh-o": (FRESH_O, HEAD_O), "fresh-p": (FRESH_P, HEAD_P),
}
"""The fourth pass's WL4 sets: WL402 frames and WL401 frames."""

FRESH_WL201_OP: dict[str, list[str]] = {"fresh-o": TALLIES_O, "fresh-p": TALLIES_P}
FRESH_LOOKALIKES_OP: dict[str, list[str]] = {"fresh-o": LOOKALIKES_O, "fresh-p": LOOKALIKES_P}
