"""Fresh held-out set Q of benchmarks/numbers_fresh.py: the honest figure of issue 16's fourth pass.

Written after every fix sets O and P prompted, without running the rules on
it, and measured once before any change it could prompt. New against A to P:
"wounded" and "missing" as nouns ("treated 40 wounded, who included"), "The
dead numbered", "taking the overall toll to", places after a colon with
semicolons, "All told", "Those treated include", "was carrying 40 passengers
– ... – when", "released ... and ... bailed" (some of the total, not all),
"gave this breakdown of", demonyms as parts, vehicles "of
which"; headlines "Scores held", "Dozens of homes torched", "A dozen dead",
"Hundreds of flights grounded", "Over 1,000 animals culled", "Thousands of
homes without power"; WL201 tallies and tolls by verbs no set used ("froze to
death", "hauled away", "extorted", "went up in flames", "struck",
"forcibly recruited") with look-alikes, and WL4 look-alikes. Data only.
"""

from __future__ import annotations

from numbers_fresh import HeadFrame, TotalFrame

PEOPLE_Q = (("women", "children"), ("traders", "farmers"), ("students", "lecturers"), ("men", "boys"),
            ("mothers", "babies"), ("workers", "engineers"))
NATIONALS = (("Britons", "Germans"), ("Italians", "Austrians"), ("Kenyans", "Ugandans"))
SIDES_Q = (("soldiers", "rebels"), ("policemen", "militants"), ("guards", "attackers"))
VEHICLES_Q = (("cars", "buses"), ("vans", "motorbikes"), ("lorries", "tractors"))

FRESH_Q: dict[str, TotalFrame] = {
    "q-wounded-who-included": TotalFrame("Medics treated {W} wounded, who included {P0} {N0} and {P1} {N1}.",
                                         "fresh-q", nouns=PEOPLE_Q),
    "q-numbered-with-among": TotalFrame("The dead numbered {W}, with {N0} ({P0}) and {N1} ({P1}) among them, {src} "
                                        "said.", "fresh-q", nouns=PEOPLE_Q),
    "q-alongside-taking": TotalFrame("{P0} {N0} were killed alongside {P1} {N1}, taking the overall toll to {W}.",
                                     "fresh-q", nouns=SIDES_Q),
    "q-colon-semicolon-places": TotalFrame("{W} people were abducted: {P0} from a school in {place}; {P1} from a "
                                           "church in {place2}.", "fresh-q", True),
    "q-held-dashes-src": TotalFrame("Police held {W} suspects overnight \u2013 {P0} in {place} and {P1} in {place2} "
                                    "\u2013 {src} said.", "fresh-q", True),
    "q-of-them-beyond-repair": TotalFrame("{W} homes were damaged, {P0} of them beyond repair.", "fresh-q", parts=1),
    "q-released-bailed": TotalFrame("Of the {W} arrested, {P0} have been released without charge and {P1} bailed, "
                                    "{src} said.", "fresh-q"),
    "q-gave-breakdown": TotalFrame("{Src} gave this breakdown of the {W} casualties: {P0} {N0}, {P1} {N1}.",
                                   "fresh-q", True, nouns=PEOPLE_Q),
    "q-those-treated-include": TotalFrame("{W} people have been treated in hospital. Those treated include {P0} {N0} "
                                          "and {P1} {N1}.", "fresh-q", nouns=PEOPLE_Q),
    "q-was-carrying-dashes": TotalFrame("The bus was carrying {W} passengers \u2013 {P0} {N0} and {P1} {N1} \u2013 "
                                        "when it overturned.", "fresh-q", True, nouns=PEOPLE_Q),
    "q-among-missing-in-all": TotalFrame("{P0} {N0} and {P1} {N1} are among the missing. In all, {W} people are "
                                         "unaccounted for.", "fresh-q", nouns=PEOPLE_Q),
    "q-all-told-by": TotalFrame("All told, {W} people were evacuated: {P0} by boat and {P1} by helicopter.",
                                "fresh-q", True),
    "q-torched-of-which": TotalFrame("Rioters torched {W} vehicles, of which {P0} were {N0} and {P1} {N1}.",
                                     "fresh-q", nouns=VEHICLES_Q),
    "q-semicolon-elliptic": TotalFrame("Coastguards intercepted {W} migrants overnight; {P0} were {N0} and {P1} were "
                                       "{N1}.", "fresh-q", nouns=PEOPLE_Q),
    "q-foreigners-killed-were": TotalFrame("The {W} foreigners killed were {P0} {N0} and {P1} {N1}.", "fresh-q",
                                           nouns=NATIONALS),  # partial, as "The dead were" (label fixed after)
    "q-at-least-next-para": TotalFrame("At least {W} people were hurt when the roof caved in, {src} said.\n\nAmong "
                                       "the injured were {P0} {N0} and {P1} {N1}.", "fresh-q", nouns=PEOPLE_Q),
}
"""Set Q: WL402 frames, written after the fixes sets O and P prompted, measured once first."""

HEAD_Q: dict[str, HeadFrame] = {
    "q-scores-held": HeadFrame("Scores held in {place} raids", "Police held {B} people after the raids, {src} said.",
                               "fresh-q", (("", "eleven", False), ("", "about 90", True), ("", "seven", False),
                                           ("", "more than 150", True))),
    "q-dozens-homes-torched": HeadFrame("Dozens of homes torched in {place}", "Attackers torched {B} homes, {src} "
                                        "said.", "fresh-q", (("", "five", False), ("", "about 40", True),
                                                             ("", "nine", False), ("", "more than 60", True))),
    "q-a-dozen-dead": HeadFrame("A dozen dead in {place} bus crash", "{B} people died when the bus left the road, "
                                "{src} said.", "fresh-q", (("", "Thirty", False), ("", "Twelve", True),
                                                           ("", "Five", False), ("", "12", True))),
    "q-hundreds-flights": HeadFrame("Hundreds of flights grounded by {place} ash cloud", "{B} flights were grounded, "
                                    "{src} said.", "fresh-q", (("", "Forty", False), ("", "More than 300", True),
                                                               ("", "Sixty", False), ("", "About 700", True))),
    "q-toll-rises-18": HeadFrame("{place} {inc} toll rises to 18", "{B} people have now died, {src} said.",
                                 "fresh-q", (("", "Eleven", False), ("", "Eighteen", True), ("", "Twenty-five", False),
                                             ("", "18", True))),
    "q-over-1000-culled": HeadFrame("Over 1,000 animals culled in {place}", "Vets culled {B} animals, {src} said.",
                                    "fresh-q", (("", "about 400", False), ("", "1,200", True), ("", "600", False),
                                                ("", "more than 1,100", True))),
    "q-nearly-50-hurt": HeadFrame("Nearly 50 hurt in {place} stampede", "{B} people were hurt, {src} said.",
                                  "fresh-q", (("", "Twenty", False), ("", "Forty-six", True), ("", "Ninety", False),
                                              ("", "Forty-eight", True))),
    "q-thousands-without-power": HeadFrame("Thousands of homes without power in {place}", "{B} homes lost power in the "
                                           "storm, {src} said.", "fresh-q",
                                           (("", "About 600", False), ("", "Some 40,000", True), ("", "300", False),
                                            ("", "More than 5,000", True))),
}
"""Set Q: WL401 frames."""

TALLIES_Q: list[str] = [
    "Riot police hauled away {n} demonstrators.",
    "{N} hikers froze to death on the pass.",
    "{N} people were crushed in the stampede.",
    "Flash floods swept {n} cars off the road.",
    "The blaze reduced {n} market stalls to ashes.",
    "Dengue has struck {n},000 people this year.",
    "{n},000 chickens were destroyed after the outbreak.",
    "{N} bridges were swept away by the torrent.",
    "Some {n},000 acres of forest went up in flames.",
    "{N} passengers were stranded overnight at {place} station.",
    "The strike has cost the economy \u00a3{n}m.",
    "Gangs have extorted \u00a3{n}m from shopkeepers.",
    "Burglaries jumped {n}% in a year.",
    "{N} migrants were turned back at the border.",
    "{N} journalists have been imprisoned this year.",
    "Rebels forcibly recruited {n} teenagers.",
]
"""Set Q: unsourced tolls, tallies and statistics (WL201), each also inserted with a source."""

LOOKALIKES_Q: list[str] = [
    "The stadium holds {n},000 spectators.",
    "Riot police escorted {n} fans to the station.",
    "Vets examined {n},000 chickens.",
    "The river has {n} bridges.",
    "The forest covers {n},000 acres.",
    "The station serves {n} passengers an hour.",
    "The market has {n} stalls.",
    "The border post processes {n} migrants a day.",
    "The paper employs {n} journalists.",
    "The club recruited {n} teenagers this year.",
    "Teachers sent {n} pupils home early for the holidays.",
    "The council has budgeted \u00a3{n}m for repairs.",
]
"""Set Q: counts that are no tally of loss, damage or cost (WL201 must not warn)."""

WL4_LOOKALIKES_Q: list[str] = [
    "{A} people were evacuated from {place}. About {b} remained in their homes.",
    "Police arrested {a} suspects; {b} others were questioned and released.",
    "{A} people died in the {inc}, {src} said. The town has {bd},000 residents.",
    "The {inc} wounded {a} people. Hospitals in {place} have {b} beds between them.",
    "Rescuers saved {a} people in {place}. In {place2}, {b} died when the river rose.",
    "The quake destroyed {a} homes and damaged {b} more.",
    "{A} flights were cancelled on Monday, {src} said. The airport handles {b} flights an hour.",
    "Of the {b} people on board, {a} were rescued, {src} said.",
]
"""Set Q: copy with two counts that are no total and its parts (WL4 must stay silent)."""
