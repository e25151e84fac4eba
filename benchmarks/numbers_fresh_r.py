"""Fresh held-out set R of benchmarks/numbers_fresh.py: written after set Q's fixes, measured once, never tuned on.

New against A to Q: "opened fire ..., killing N, including", "The death toll
stands at N (A and B)", "Of the victims, A were X; the others were Y" (one
part), "carried N evacuees between them: A in the first and B in the
second", "A on Monday and B on Tuesday, N in total", "Casualties: N – A dead,
B wounded", "Each side lost fighters: the army A, the rebels B; N in all", "as
many as N ..., among them", "named the N missing climbers:", "Fatalities
totalled N and comprised", a toll that "now stands at N" after two blasts;
headlines "Five hundred homes lost", "Over 20 arrested", "Scores of cattle
die", "Toll hits 100"; WL201 verbs and domains no set used ("hacked to
pieces", "broke out of", "picked up", "boarded up", "in darkness", "drained
£N from", "stripped") with look-alikes; WL4 look-alikes. Data only.
"""

from __future__ import annotations

from numbers_fresh import HeadFrame, TotalFrame

PEOPLE_R = (("shoppers", "stallholders"), ("women", "children"), ("tourists", "residents"), ("boys", "men"),
            ("pensioners", "students"))
CLIMBERS = (("Nepalis", "Americans"), ("guides", "porters"), ("Britons", "Poles"))

FRESH_R: dict[str, TotalFrame] = {
    "r-opened-fire-killing": TotalFrame("A gunman opened fire at a market in {place}, killing {W} people, including "
                                        "{P0} {N0} and {P1} {N1}.", "fresh-r", nouns=PEOPLE_R),
    "r-toll-stands-brackets": TotalFrame("The death toll stands at {W} ({P0} {N0} and {P1} {N1}), {src} said.",
                                         "fresh-r", nouns=PEOPLE_R),
    "r-of-the-victims-others": TotalFrame("{Src} confirmed {W} deaths on Friday.\n\nOf the victims, {P0} were {N0}; "
                                          "the others were adults.", "fresh-r", parts=1, nouns=PEOPLE_R),
    "r-between-them-convoys": TotalFrame("The two convoys carried {W} evacuees between them: {P0} in the first and "
                                         "{P1} in the second.", "fresh-r", True),
    "r-days-in-total": TotalFrame("Rescuers found {P0} survivors on Monday and {P1} on Tuesday, {W} in total.",
                                  "fresh-r", True),
    "r-label-dash-outcomes": TotalFrame("Casualties: {W} \u2013 {P0} dead, {P1} wounded.", "fresh-r", True),
    "r-each-side-in-all": TotalFrame("Each side lost fighters: the army {P0}, the rebels {P1}; {W} in all, {src} "
                                     "said.", "fresh-r", True),
    "r-arrests-dash-reasons": TotalFrame("Police made {W} arrests \u2013 {P0} for looting and {P1} for arson.",
                                         "fresh-r", True),
    "r-as-many-as-among": TotalFrame("As many as {W} people may have died, among them {P0} {N0} and {P1} {N1}.",
                                     "fresh-r", nouns=PEOPLE_R),
    "r-of-patients-admitted": TotalFrame("Of the {W} patients admitted, {P0} were {N0}, and {P1} {N1}, {src} said.",
                                         "fresh-r", nouns=PEOPLE_R),
    "r-named-missing-colon": TotalFrame("{Src} named the {W} missing climbers: {P0} {N0} and {P1} {N1}.",
                                        "fresh-r", True, nouns=CLIMBERS),
    "r-kept-in-overnight": TotalFrame("{W} people were treated for injuries, {P0} of whom were kept in overnight.",
                                      "fresh-r", parts=1),
    "r-totalled-comprised": TotalFrame("Fatalities totalled {W} and comprised {P0} {N0} and {P1} {N1}.", "fresh-r",
                                       True, nouns=PEOPLE_R),
    "r-two-blasts-now-stands": TotalFrame("{P0} {N0} died in the first blast. A second blast killed {P1} {N1}. The "
                                          "toll now stands at {W}.", "fresh-r", nouns=PEOPLE_R),
}
"""Set R: WL402 frames, written after set Q's fixes and measured once first."""

HEAD_R: dict[str, HeadFrame] = {
    "r-dozens-floods": HeadFrame("Dozens killed as floods sweep {place}", "Floodwaters have killed {B} people, {src} "
                                 "said.", "fresh-r", (("", "nine", False), ("", "at least 40", True),
                                                      ("", "six", False), ("", "about 70", True))),
    "r-five-hundred-homes": HeadFrame("Five hundred homes lost in {place} blaze", "The blaze destroyed {B} homes, "
                                      "{src} said.", "fresh-r", (("", "about 150", False), ("", "some 500", True),
                                                                 ("", "90", False), ("", "500", True))),
    "r-over-20-arrested": HeadFrame("Over 20 arrested after {place} match", "Police arrested {B} fans, {src} said.",
                                    "fresh-r", (("", "twelve", False), ("", "23", True), ("", "nine", False),
                                                ("", "27", True))),
    "r-scores-cattle": HeadFrame("Scores of cattle die in {place} drought", "The drought has killed {B} cattle, "
                                 "{src} said.", "fresh-r", (("", "eight", False), ("", "about 90", True),
                                                            ("", "12", False), ("", "more than 200", True))),
    "r-nine-dead-shooting": HeadFrame("Nine dead in {place} shooting", "A gunman shot dead {B} people, {src} said.",
                                      "fresh-r", (("", "four", False), ("", "nine", True), ("", "19", False),
                                                  ("", "9", True))),
    "r-hundreds-rescued": HeadFrame("Hundreds rescued from {place} floods", "Boats rescued {B} people, {src} said.",
                                    "fresh-r", (("", "about 60", False), ("", "more than 400", True),
                                                ("", "35", False), ("", "some 700", True))),
    "r-thousands-flights": HeadFrame("Thousands of flights cancelled", "Airlines cancelled {B} flights, {src} said.",
                                     "fresh-r", (("", "about 600", False), ("", "some 3,000", True),
                                                 ("", "150", False), ("", "more than 4,000", True))),
    "r-toll-hits-100": HeadFrame("{place} toll hits 100", "{B} people have died, {src} said.", "fresh-r",
                                 (("", "Seventy", False), ("", "A hundred", True), ("", "Forty", False),
                                  ("", "One hundred", True))),
}
"""Set R: WL401 frames."""

TALLIES_R: list[str] = [
    "{N} villagers were hacked to pieces.",
    "{N} prisoners broke out of the jail.",
    "Security forces picked up {n} activists.",
    "Heavy rain washed away {n} homes.",
    "{n},000 cattle have perished in the drought.",
    "{N} shops were boarded up after the riot.",
    "The outage left {n},000 homes in darkness.",
    "Wildfire smoke forced {n} schools to close.",
    "The blunder cost the treasury \u00a3{n}m.",
    "{N} pilgrims suffocated in the crush.",
    "Pirates seized {n} crew members off {place}.",
    "The epidemic has claimed {n} lives in {place}.",
    "Looters stripped {n} pharmacies.",
    "Cyber criminals drained \u00a3{n}m from customer accounts.",
    "Rats have contaminated {n},000 tonnes of flour.",
    "Robberies have risen by {n}% since the spring.",
]
"""Set R: unsourced tolls, tallies and statistics (WL201), each also inserted with a source."""

LOOKALIKES_R: list[str] = [
    "The jail holds {n} prisoners.",
    "The army picked {n} recruits.",
    "The bus company ran {n} extra services.",
    "The charity rebuilt {n} homes.",
    "Farmers sold {n},000 cattle at market.",
    "The mill stocked {n},000 tonnes of flour.",
    "Volunteers handed out {n} meals.",
    "The ship sailed from {place} with {n} crew members.",
    "The treasury raised \u00a3{n}m from the sale.",
    "The festival drew {n} pilgrims.",
    "{N} shops opened in the new mall.",
    "The chain owns {n} pharmacies.",
]
"""Set R: counts that are no tally of loss, damage or cost (WL201 must not warn)."""

WL4_LOOKALIKES_R: list[str] = [
    "{A} people were injured in the {inc}; {b} others were treated for shock at the scene.",
    "Police detained {a} people on Monday. On Tuesday they released {b} protesters held since last week.",
    "{A} homes were destroyed, {src} said. The village had {b} homes before the war.",
    "Of the {a} people rescued, all were taken to hospital; {b} remain missing.",
    "The {inc} killed {a} soldiers, {src} said, days after {b} civilians died in {place}.",
    "The coastguard rescued {a} migrants, {b} fewer than last week.",
    "{A} people were arrested; police had expected up to {b}.",
    "The {inc} injured {a} people. Last month {b} were hurt in a similar attack in {place}.",
]
"""Set R: copy with two counts that are no total and its parts (WL4 must stay silent)."""
