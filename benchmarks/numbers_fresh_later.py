"""The later fresh held-out sets (K to N) of benchmarks/numbers_fresh.py, written for issue 16's third pass.

Set K was written before any rule change of that pass and without running
the rules on it: totals with parts in structures the earlier sets lack
(relative clauses, "comprising", "broken down as", "split between", "the
rest", "respectively", a noun before its count, absolute "with" clauses, fact
boxes and bulleted lists), headlines more precise than their bodies and the
other way round, WL201 tallies in categories the earlier sets did not name
(livestock, flights, jobs, acres, containers, trees, spills, cost overruns,
wildlife), and WL201 look-alikes: counts of the same things with no loss,
damage or cost, which must not be warned. Its first measurement is the
figure for unseen wording (docs/numbers-and-attribution.md). Set L was written
after the fixes set K prompted, the same way, with new structures again
(numbered lists, "So did", "or N in total", parts by cause, participles,
"respectively" after places, a total set off by dashes) and new tally
categories (caravans, racehorses, staff laid off, miles of track, data
stolen, windows smashed). Set M was written after set L's fixes, the same way
(labelled breakdowns in brackets, "listed ... as", "between them", a total
inside a partitive, "of whom ... remain"; tallies by new predicates: "made
off with", "savaged", "evicted", "written off", "paid out", "emptied the
accounts of"). Set N, after set M's fixes: "Of that number", fronted places
with "The overall toll is", "identified as", "A breakdown of the N deaths
shows", "made up the remaining", "Of 40 people on board, 12 survived and";
tallies such as "slashed the tyres of", "left uninhabitable", "lost to the
disease", "wiped £42bn off the value of". Data only.
"""

from __future__ import annotations

import numbers_fresh_sets as earlier
from numbers_fresh import PEOPLE, THREE, HeadFrame, TotalFrame

FRESH_K: dict[str, TotalFrame] = {
    "k-relative-of-the": TotalFrame("Of the {W} people who were hurt when the {inc} struck {place}, {P0} were {N0} "
                                    "and {P1} were {N1}, {src} said.", "fresh-k", nouns=PEOPLE),
    "k-comprising": TotalFrame("A convoy carrying {W} evacuees, comprising {P0} {N0} and {P1} {N1}, reached "
                               "{place} on Monday.", "fresh-k", True, nouns=PEOPLE),
    "k-breaks-down-as": TotalFrame("The figure of {W} dead breaks down as {P0} {N0} and {P1} {N1}, {src} said.",
                                   "fresh-k", True, nouns=PEOPLE),
    "k-split-between": TotalFrame("The {W} evacuees were split between shelters in {place} ({P0}) and {place2} "
                                  "({P1}).", "fresh-k", True),
    "k-fact-box": TotalFrame("{Src} published the number of people detained.\n\nMen: {P0}\nWomen: {P1}\n"
                             "Total: {W}", "fresh-k", True),
    "k-bullets": TotalFrame("The {inc} killed {W} people, {src} said. The victims were:\n\n- {P0} {N0}\n"
                            "- {P1} {N1}", "fresh-k", True, nouns=PEOPLE),
    "k-the-rest": TotalFrame("Police arrested {W} people. {P0} were {N0}; the rest, {P1}, were {N1}.", "fresh-k",
                             True, nouns=PEOPLE),
    "k-with-absolute": TotalFrame("{W} people were killed, with {P0} dying in {place} and {P1} in {place2}.",
                                  "fresh-k"),
    "k-noun-first-accounted": TotalFrame("Among the {W} dead, {N0} accounted for {P0} and {N1} for {P1}, {src} "
                                         "said.", "fresh-k", nouns=PEOPLE),
    "k-respectively": TotalFrame("Of the {W} people detained, {P0} and {P1} were {N0} and {N1} respectively.",
                                 "fresh-k", nouns=PEOPLE),
    "k-further-bringing": TotalFrame("{P0} people died at the scene and a further {P1} in hospital, bringing the "
                                     "toll to {W}.", "fresh-k"),
    "k-passive-by-which": TotalFrame("{P0} {N0} and {P1} {N1} were brought ashore by the coastguard, which rescued "
                                     "a total of {W} people.", "fresh-k", nouns=PEOPLE),
    "k-among-which-in-all": TotalFrame("{P0} {N0} and {P1} {N1} were among the dead in the {inc}, which killed {W} "
                                       "people in all.", "fresh-k", nouns=PEOPLE),
    "k-arrests-of-which": TotalFrame("Police made {W} arrests, {P0} of which were for theft.", "fresh-k", parts=1),
    "k-made-up-of": TotalFrame("The {W} hostages freed on Sunday were made up of {P0} {N0} and {P1} {N1}.",
                               "fresh-k", True, nouns=PEOPLE),
    "k-number-of-noun": TotalFrame("The number of {N0} killed stood at {P0} and the number of {N1} at {P1}, out "
                                   "of {W} dead in total.", "fresh-k", nouns=PEOPLE),
    "k-dash-most": TotalFrame("{W} people died in the {inc}. Many of the victims \u2013 {P0} \u2013 were {N0}; "
                              "{P1} were {N1}.", "fresh-k", nouns=PEOPLE),
}
"""Set K: WL402 frames, written before the third pass changed anything and measured once first."""

HEAD_K: dict[str, HeadFrame] = {
    "k-tops-100": HeadFrame("Death toll from {place} {inc} tops 100", "{B} people have died since the {inc}, {src} "
                            "said.", "fresh-k", (("", "Eighty-seven", False), ("", "More than 100", True),
                                                 ("", "Sixty-two", False), ("", "At least 112", True))),
    "k-colon-thousands": HeadFrame("{place} floods: thousands homeless", "The floods have left {B} people "
                                   "homeless, {src} said.", "fresh-k", (("", "about 600", False),
                                                                        ("", "some 4,000", True), ("", "900", False),
                                                                        ("", "12,000", True))),
    "k-12-over-dozens": HeadFrame("12 killed in {place} {inc}", "{B} people were killed in the {inc}, {src} said.",
                                  "fresh-k", (("", "Dozens of", False), ("", "Twelve", True),
                                              ("", "Scores of", False), ("", "A dozen", True))),
    "k-arrest-200": HeadFrame("Police arrest 200 in {place} raids", "Police arrested {B} people in raids across the "
                              "region, {src} said.", "fresh-k", (("", "dozens of", False), ("", "about 200", True),
                                                                 ("", "more than 30", False), ("", "200", True))),
    "k-half-dozen": HeadFrame("Half a dozen dead in {place} {inc}", "{B} people died in the {inc}, {src} said.",
                              "fresh-k", (("", "Eleven", False), ("", "Six", True), ("", "Two", False),
                                          ("", "Six", True))),
    "k-hundreds-of-thousands": HeadFrame("Hundreds of thousands flee fighting in {place}", "{B} people have fled "
                                         "the fighting, {src} said.", "fresh-k",
                                         (("", "About 40,000", False), ("", "More than 300,000", True),
                                          ("", "Some 60,000", False), ("", "Half a million", True))),
    "k-two-dozen": HeadFrame("Two dozen arrested after {place} protest", "Police arrested {B} protesters, {src} "
                             "said.", "fresh-k", (("", "40", False), ("", "24", True), ("", "nine", False),
                                                  ("", "two dozen", True))),
    "k-kills-pilgrims": HeadFrame("{place} bus crash kills 30 pilgrims", "The bus crash killed {B} pilgrims, {src} "
                                  "said.", "fresh-k", (("", "13", False), ("", "30", True), ("", "43", False),
                                                       ("", "thirty", True))),
    "k-nears-1000": HeadFrame("{place} quake toll nears 1,000", "The quake has killed {B} people, {src} said.",
                              "fresh-k", (("", "about 400", False), ("", "more than 900", True), ("", "600", False),
                                          ("", "970", True))),
    "k-dozens-over-sum": HeadFrame("Dozens killed in {place} clashes", "The clashes killed {B}, {src} said.",
                                   "fresh-k", (("", "three soldiers and four rebels", False),
                                               ("", "20 soldiers and 31 rebels", True),
                                               ("", "five soldiers and two rebels", False),
                                               ("", "18 soldiers and 22 rebels", True))),
    "k-vague-over-vague": HeadFrame("Thousands evacuated as {place} dam bursts", "{B} residents were evacuated "
                                    "from their homes, {src} said.", "fresh-k",
                                    (("", "Hundreds of", False), ("", "Tens of thousands of", True),
                                     ("", "Dozens of", False), ("", "Thousands of", True))),
    "k-fifty-migrants": HeadFrame("Fifty migrants drown off {place}", "{B} migrants drowned when their boat "
                                  "capsized, {src} said.", "fresh-k", (("", "Fifteen", False), ("", "Fifty", True),
                                                                       ("", "Five", False), ("", "50", True))),
}
"""Set K: WL401 frames, vague headlines over precise bodies and precise headlines over vague ones."""

TALLIES_K: list[str] = [
    "The outbreak has led to the slaughter of {n},000 pigs.",
    "{N} flights were cancelled at {place} airport because of the fog.",
    "The closure of the plant has cost {n}0 jobs.",
    "Some {n},000 jobs have been lost in the sector since the crash.",
    "Flames consumed {n},000 acres of pine forest.",
    "Customs impounded {n} containers of counterfeit cigarettes at the port.",
    "{N} people were arrested in a series of dawn raids across {place}.",
    "The new stadium has gone \u00a3{n}m over budget.",
    "Storms have felled {n},000 trees across the region.",
    "{N} cattle perished in the blizzard.",
    "{n},000 barrels of crude oil leaked into the bay.",
    "{N} shipping containers were washed overboard in the storm.",
    "A fire at the depot gutted {n} buses.",
    "The abandoned IT scheme wasted \u00a3{n}m of public money.",
    "Poachers killed {n} elephants in the park last year.",
    "Floodwater swamped {n},000 tonnes of stored grain.",
    "Cost overruns on the rail link have reached \u00a3{n}m.",
    "{N} homes were repossessed last month.",
]
"""Set K: unsourced tallies (WL201), each also inserted with a source."""

LOOKALIKES_K: list[str] = [
    "The farm keeps {n},000 pigs.",
    "The airline operates {n} flights a day from {place}.",
    "The estate covers {n},000 acres of woodland.",
    "The new ship can carry {n},000 containers.",
    "Pupils buried {n} time capsules in the school grounds.",
    "The museum has {n} vintage buses on display.",
    "Volunteers planted {n},000 trees along the river.",
    "The recipe calls for {n} eggs.",
    "The zoo moved its {n} penguins to a new enclosure.",
    "The club has {n},000 members in {place}.",
    "The orchestra cancelled {n} rehearsals before the tour.",
    "The bakery sold {n},000 loaves last week.",
    "The team lost {n} games last season.",
    "The company seized the chance to open {n} new stores.",
]
"""Set K: counts that are no tally of loss, damage or cost (WL201 must not warn), inserted as they are."""


FRESH_L: dict[str, TotalFrame] = {
    "l-of-those-killed-remaining": TotalFrame("{Src} said {W} people had died. Of those killed, {P0} were {N0}; the "
                                              "remaining {P1} were {N1}.", "fresh-l", True, nouns=PEOPLE),
    "l-so-did": TotalFrame("{P0} {N0} died in the {inc}. So did {P1} {N1}. That makes {W} dead in total, {src} said.",
                           "fresh-l", True, nouns=PEOPLE),  # "That makes N": a sum, so all of it (label fixed after)
    "l-among-them-postposed": TotalFrame("{W} people, {P0} {N0} among them, were injured when the {inc} hit "
                                         "{place}.", "fresh-l", parts=1, nouns=PEOPLE),
    "l-definite-dash-aside": TotalFrame("The {W} victims \u2013 {P0} {N0} and {P1} {N1} \u2013 were buried on "
                                        "Monday.", "fresh-l", True, nouns=PEOPLE),
    "l-noun-comma-count": TotalFrame("{Src} said {W} people had been treated: {N0}, {P0}; {N1}, {P1}.", "fresh-l",
                                     True, nouns=PEOPLE),
    "l-there-were-among": TotalFrame("There were {P0} {N0} and {P1} {N1} among the {W} passengers, {src} said.",
                                     "fresh-l", nouns=PEOPLE),
    "l-broken-down-opener": TotalFrame("In total, {W} people were hurt. Broken down, {P0} were {N0} and {P1} were "
                                       "{N1}.", "fresh-l", True, nouns=PEOPLE),
    "l-tally-of-whom": TotalFrame("A tally by {src} counted {W} dead, {P0} of whom were {N0} and {P1} {N1}.",
                                  "fresh-l", nouns=PEOPLE),
    "l-numbered-list": TotalFrame("Police named the {W} people arrested.\n\nThey were:\n\n1. {P0} {N0}\n2. {P1} "
                                  "{N1}", "fresh-l", True, nouns=PEOPLE),
    "l-causes-colon": TotalFrame("{W} people were killed: {P0} by gunfire and {P1} in the stampede that followed.",
                                 "fresh-l", True),
    "l-participles": TotalFrame("Police arrested {W} suspects, charging {P0} and releasing {P1} without charge.",
                                "fresh-l"),
    "l-or-in-total": TotalFrame("{Src} gave figures of {P0} {N0} and {P1} {N1} dead, or {W} in total.", "fresh-l",
                                True, nouns=PEOPLE),
    "l-dead-dash-included": TotalFrame("The dead \u2013 {W} \u2013 included {P0} {N0} and {P1} {N1}.", "fresh-l",
                                       nouns=PEOPLE),
    "l-respectively-places": TotalFrame("{W} people were evacuated from {place} and {place2}, {P0} and {P1} "
                                        "respectively.", "fresh-l", True),
    "l-next-para-other": TotalFrame("The {inc} injured {W} people, {src} said.\n\n{P0} of those hurt were "
                                       "{N0}; the other {P1} were {N1}.", "fresh-l", True, nouns=PEOPLE),
}
"""Set L: WL402 frames, written after set K's fixes (third pass) and measured once first."""

HEAD_L: dict[str, HeadFrame] = {
    "l-hundreds-hurt-stands": HeadFrame("Hundreds hurt as stand collapses at {place} stadium", "{B} fans were hurt "
                                        "when the stand gave way, {src} said.", "fresh-l",
                                        (("", "About 60", False), ("", "More than 300", True),
                                         ("", "Forty-five", False), ("", "Some 250", True))),
    "l-climbs-past": HeadFrame("{place} quake toll climbs past 500", "The quake has killed {B} people, {src} said.",
                               "fresh-l", (("", "300", False), ("", "more than 520", True), ("", "about 450", False),
                                           ("", "612", True))),
    "l-two-figures": HeadFrame("Two killed, 30 hurt in {place} {inc}", "The {inc} killed {B} and injured 30, {src} "
                               "said.", "fresh-l", (("", "five people", False), ("", "two people", True),
                                                    ("", "nine people", False), ("", "two people", True))),
    "l-colon-six-dead": HeadFrame("{place} fire: six dead", "{B} people died in the fire, {src} said.", "fresh-l",
                                  (("", "Nine", False), ("", "Six", True), ("", "Three", False), ("", "Six", True))),
    "l-almost-200": HeadFrame("Almost 200 rescued from flooded {place}", "Rescuers brought {B} people to safety, "
                              "{src} said.", "fresh-l", (("", "about 90", False), ("", "189", True),
                                                         ("", "120", False), ("", "nearly 200", True))),
    "l-handful-survivors": HeadFrame("Handful of survivors found in {place} rubble", "Rescuers pulled {B} survivors "
                                     "from the rubble, {src} said.", "fresh-l",
                                     (("", "20", False), ("", "four", True), ("", "dozens of", False),
                                      ("", "three", True))),
    "l-passes-50": HeadFrame("Death toll in {place} passes 50", "{B} people have died, {src} said.", "fresh-l",
                             (("", "About 40", False), ("", "At least 52", True), ("", "Forty-five", False),
                              ("", "Sixty", True))),  # "at least 40" overlaps "more than 50": fixed after measuring
    "l-thousands-stranded": HeadFrame("Thousands stranded at {place} airport", "{B} passengers were stranded "
                                      "overnight, {src} said.", "fresh-l",
                                      (("", "About 700", False), ("", "More than 3,000", True), ("", "Some 900", False),
                                       ("", "Nearly 5,000", True))),
    "l-dozen-freed": HeadFrame("Dozen hostages freed in {place}", "{B} hostages were freed, {src} said.", "fresh-l",
                               (("", "Twenty", False), ("", "Twelve", True), ("", "Six", False), ("", "12", True))),
    "l-more-than-1000": HeadFrame("More than 1,000 arrested in {place} crackdown", "Police said they had arrested {B} "
                                  "people.", "fresh-l", (("", "about 700", False), ("", "1,200", True),
                                                         ("", "900", False), ("", "some 1,100", True))),
}
"""Set L: WL401 frames, written after set K's fixes."""

TALLIES_L: list[str] = [
    "The blaze destroyed {n} caravans at the holiday park.",
    "{N} lawnmowers were stolen from the garden centre.",
    "Locusts have devoured {n},000 hectares of maize.",
    "{N} racehorses died in the stable fire.",
    "The cyberattack has cost the health service \u00a3{n}m.",
    "Rail operators axed {n} services because of the heat.",
    "The airline has laid off {n}0 staff.",
    "The flood wrecked {n} miles of railway track.",
    "The fraud left {n},000 investors out of pocket.",
    "Arsonists torched {n} cars overnight.",
    "Hackers stole the personal data of {n},000 customers.",
    "Ash from the volcano grounded {n} flights across the region.",
    "The drought has shrivelled {n},000 acres of wheat.",
    "Officers have confiscated {n} litres of bootleg vodka.",
    "{N} dolphins washed up dead on the beach.",
    "Rioters smashed the windows of {n} shops.",
]
"""Set L: unsourced tallies (WL201), each also inserted with a source."""

LOOKALIKES_L: list[str] = [
    "The caravan park has {n} pitches.",
    "The garden centre sells {n} lawnmowers a week.",
    "Farmers planted {n},000 hectares of maize.",
    "The stable houses {n} racehorses.",
    "Rail operators added {n} services for the festival.",
    "The airline hired {n}0 staff last year.",
    "The railway runs for {n} miles along the coast.",
    "The striker destroyed the defence to score {n} goals.",
    "Researchers tagged {n} dolphins off the coast.",
    "The quiz lost {n} contestants in the first round.",
    "Engineers found {n} ways to cut costs.",
    "The showroom sold {n} cars in a week.",
]
"""Set L: counts that are no tally of loss, damage or cost (WL201 must not warn)."""

FRESH_M: dict[str, TotalFrame] = {
    "m-brackets-after-nouns": TotalFrame("{W} people were detained, {N0} ({P0}) and {N1} ({P1}), {src} said.",
                                         "fresh-m", True, nouns=PEOPLE),
    "m-listed-as-in-all": TotalFrame("{Src} listed the casualties as {P0} {N0} and {P1} {N1}, {W} in all.",
                                     "fresh-m", True, nouns=PEOPLE),
    "m-who-died-while": TotalFrame("The {W} who died included {P0} {N0}, while {P1} {N1} were also among the "
                                   "victims.", "fresh-m", nouns=PEOPLE),
    "m-of-the-n-passengers": TotalFrame("{P0} of the {W} passengers were {N0}; {P1} were {N1}.", "fresh-m",
                                        nouns=PEOPLE),
    "m-labelled-brackets": TotalFrame("Dead: {W} ({N0}: {P0}, {N1}: {P1}).", "fresh-m", True, nouns=PEOPLE),
    "m-arrests-made-places": TotalFrame("A total of {W} arrests have been made. {P0} were made in {place} and {P1} "
                                        "in {place2}.", "fresh-m"),
    "m-three-then-colon-total": TotalFrame("{P0} {N0}, {P1} {N1} and {P2} {N2}: {W} dead in all.", "fresh-m", True,
                                           parts=3, nouns=THREE),
    "m-dashes-in-total-comprise": TotalFrame("The injured \u2013 {W} in total \u2013 comprise {P0} {N0} and {P1} "
                                             "{N1}.", "fresh-m", True, nouns=PEOPLE),
    "m-further-then-toll": TotalFrame("{Src} said {P0} of the dead were {N0}. A further {P1} were {N1}. The toll "
                                      "stands at {W}.", "fresh-m", nouns=PEOPLE),
    "m-some-of-whom-remain": TotalFrame("{W} people were arrested, of whom {P0} remain in custody and {P1} have been "
                                        "bailed.", "fresh-m", qualifier="about"),
    "m-passive-by-tally": TotalFrame("{W} people were killed by the floods \u2013 {P0} were swept away in {place} "
                                     "and {P1} died in {place2}.", "fresh-m", True),
    "m-between-them": TotalFrame("Between them, {N0} ({P0}) and {N1} ({P1}) account for all {W} people detained.",
                                 "fresh-m", True, nouns=PEOPLE),
}
"""Set M: WL402 frames, written after set L's fixes (third pass) and measured once first."""

HEAD_M: dict[str, HeadFrame] = {
    "m-over-200": HeadFrame("Over 200 hurt in {place} train crash", "{B} passengers were hurt, {src} said.", "fresh-m",
                            (("", "About 120", False), ("", "More than 230", True), ("", "Ninety", False),
                             ("", "Some 250", True))),
    "m-two-counts": HeadFrame("Floods kill 12, leave thousands homeless in {place}", "{B} people were killed and "
                              "5,000 left homeless, {src} said.", "fresh-m",
                              (("", "Four", False), ("", "Twelve", True), ("", "Twenty", False), ("", "Twelve", True))),
    "m-dozens-missing": HeadFrame("Dozens missing after {place} landslide", "{B} people are missing, {src} said.",
                                  "fresh-m", (("", "Eleven", False), ("", "At least 30", True), ("", "Nine", False),
                                              ("", "Some 40", True))),
    "m-eight-die": HeadFrame("Eight die in {place} shooting", "Gunmen shot dead {B} people, {src} said.", "fresh-m",
                             (("", "five", False), ("", "eight", True), ("", "11", False), ("", "8", True))),
    "m-twin-blasts": HeadFrame("Twin blasts kill 40 in {place}", "The two blasts killed {B} people, {src} said.",
                               "fresh-m", (("", "23", False), ("", "40", True), ("", "about 60", False),
                                           ("", "forty", True))),
    "m-protests-hundreds": HeadFrame("{place} protests: hundreds detained", "{B} protesters were detained, {src} "
                                     "said.", "fresh-m", (("", "About 90", False), ("", "More than 400", True),
                                                          ("", "Sixty", False), ("", "Some 700", True))),
    "m-a-hundred-feared": HeadFrame("A hundred feared dead in {place} quake", "{B} people are feared dead, {src} "
                                    "said.", "fresh-m", (("", "About 40", False), ("", "About 100", True),
                                                         ("", "Sixty", False), ("", "Around 110", True))),
    "m-doubles-to": HeadFrame("{place} quake death toll doubles to 80", "{B} people have died, {src} said.", "fresh-m",
                              (("", "Forty", False), ("", "Eighty", True), ("", "Fifty-five", False),
                               ("", "80", True))),
}
"""Set M: WL401 frames, written after set L's fixes."""

TALLIES_M: list[str] = [
    "The storm toppled {n} electricity pylons.",
    "{N} lorries were damaged in the pile-up.",
    "Thieves made off with {n} laptops from the school.",
    "The fire at the archive consumed {n},000 documents.",
    "{N} sheep were savaged by dogs.",
    "Bailiffs evicted {n} families from the estate.",
    "Customs officers have destroyed {n},000 counterfeit handbags.",
    "Insurers have paid out \u00a3{n}m in storm claims.",
    "The strike has cost the airline \u00a3{n}m.",
    "{N} villages have been cut off by snow.",
    "Gales ripped the roofs from {n} houses.",
    "Fraudsters emptied the accounts of {n} pensioners.",
    "{N} cars were written off in the floods.",
    "The virus wiped {n},000 files from the council's computers.",
    "{n},000 fish have died in the polluted river.",
    "The council has lost \u00a3{n}m on failed investments.",
]
"""Set M: unsourced tallies (WL201), each also inserted with a source."""

LOOKALIKES_M: list[str] = [
    "Engineers inspected {n} electricity pylons.",
    "The haulier owns {n} lorries.",
    "The school bought {n} laptops.",
    "The archive holds {n},000 documents.",
    "Farmers sheared {n} sheep in a day.",
    "The landlord housed {n} families on the estate.",
    "Designers made {n},000 handbags last year.",
    "Insurers sold {n},000 new policies.",
    "Volunteers repaired the roofs of {n} houses.",
    "Engineers backed up {n},000 files.",
    "The river is home to {n},000 fish.",
    "The council has invested \u00a3{n}m in new schools.",
]
"""Set M: counts that are no tally of loss, damage or cost (WL201 must not warn)."""

FRESH_N: dict[str, TotalFrame] = {
    "n-those-killed-dashes": TotalFrame("Those killed \u2013 {W} in all \u2013 were {P0} {N0} and {P1} {N1}, {src} "
                                        "said.", "fresh-n", True, nouns=PEOPLE),
    "n-made-up-the-remaining": TotalFrame("{P0} {N0} were among those hurt; {N1} made up the remaining {P1} of the {W} "
                                          "casualties.", "fresh-n", True, nouns=PEOPLE),
    "n-of-that-number": TotalFrame("{W} people were rescued. Of that number, {P0} were {N0} and {P1} {N1}.",
                                   "fresh-n", nouns=PEOPLE),
    "n-fronted-places-overall": TotalFrame("In {place}, {P0} people died; in {place2}, {P1}. The overall toll is {W}, "
                                           "{src} said.", "fresh-n"),
    "n-identified-as": TotalFrame("{W} people have been confirmed dead, {P0} of them identified as {N0} and {P1} as "
                                  "{N1}.", "fresh-n", nouns=PEOPLE),
    "n-break-down-into": TotalFrame("The {W} people hurt break down into {P0} {N0} and {P1} {N1}.", "fresh-n", True,
                                    nouns=PEOPLE),
    "n-counted-among-out-of": TotalFrame("{Src} counted {P0} {N0} and {P1} {N1} among the dead, out of a total of "
                                         "{W}.", "fresh-n", nouns=PEOPLE),
    "n-a-breakdown-shows": TotalFrame("A breakdown of the {W} deaths shows {P0} were {N0} and {P1} {N1}.", "fresh-n",
                                      True, nouns=PEOPLE),
    "n-toll-label-of-them": TotalFrame("The toll: {W} dead, {P0} of them {N0} and {P1} {N1}.", "fresh-n",
                                       nouns=PEOPLE),
    "n-among-them-list": TotalFrame("{W} people died, {P0} {N0} and {P1} {N1} among them.", "fresh-n", nouns=PEOPLE),
    "n-of-w-on-board": TotalFrame("Of {W} people on board, {P0} survived and {P1} died.", "fresh-n", True),
}
"""Set N: WL402 frames, written after set M's fixes (third pass) and measured once first."""

HEAD_N: dict[str, HeadFrame] = {
    "n-scores-dead-dam": HeadFrame("Scores dead as {place} dam collapses", "{B} people died, {src} said.", "fresh-n",
                                   (("", "Twelve", False), ("", "More than 60", True), ("", "Twenty", False),
                                    ("", "About 80", True))),
    "n-toll-hits-30": HeadFrame("{place} blast toll hits 30", "{B} people have died, {src} said.", "fresh-n",
                                (("", "Eighteen", False), ("", "Thirty", True), ("", "Forty-five", False),
                                 ("", "30", True))),
    "n-hundreds-trapped": HeadFrame("Hundreds feared trapped in {place} mine", "{B} miners are feared trapped, {src} "
                                    "said.", "fresh-n", (("", "About 50", False), ("", "Some 300", True),
                                                         ("", "Seventy", False), ("", "More than 250", True))),
    "n-nearly-100-drown": HeadFrame("Nearly 100 migrants drown off {place}", "{B} migrants drowned, {src} said.",
                                    "fresh-n", (("", "Sixty", False), ("", "At least 95", True), ("", "Forty", False),
                                                ("", "98", True))),
    "n-five-die-bus": HeadFrame("Five die as bus plunges into ravine in {place}", "{B} passengers were killed, {src} "
                                "said.", "fresh-n", (("", "Eight", False), ("", "Five", True), ("", "Two", False),
                                                     ("", "5", True))),
    "n-colon-2000-displaced": HeadFrame("{place} fighting: 2,000 displaced", "{B} people have fled their homes, {src} "
                                        "said.", "fresh-n",
                                        (("", "About 500", False), ("", "Some 2,000", True),
                                         ("", "About 900", False), ("", "More than 2,000", True))),
    # "Hundreds of" overlaps a headline's rounded "2,000": fixed after measuring
    "n-police-hold-15": HeadFrame("Police hold 15 after {place} clashes", "Police detained {B} people, {src} said.",
                                  "fresh-n", (("", "40", False), ("", "15", True), ("", "six", False),
                                              ("", "fifteen", True))),
}
"""Set N: WL401 frames, written after set M's fixes."""

TALLIES_N: list[str] = [
    "Vandals slashed the tyres of {n} cars.",
    "{N} homes were left uninhabitable by the blast.",
    "The tremor cracked {n} buildings.",
    "Pirates hijacked {n} ships this year.",
    "Counterfeit drugs worth \u00a3{n}m were seized.",
    "The hailstorm shattered {n},000 greenhouse panes.",
    "{N} beehives have been lost to the disease.",
    "Arson attacks have gutted {n} schools since January.",
    "A burst pipe flooded {n} flats.",
    "Landslides have blocked {n} roads.",
    "The cold snap killed {n},000 fish in the lake.",
    "Thieves stripped the copper from {n} railway signals.",
    "{N} trees were brought down by the gales.",
    "Customs found {n} kilos of cannabis in a lorry.",
    "The recession has wiped \u00a3{n}bn off the value of homes.",
]
"""Set N: unsourced tallies (WL201), each also inserted with a source."""

LOOKALIKES_N: list[str] = [
    "The county maintains {n} roads.",
    "Mechanics changed the tyres of {n} cars.",
    "The council built {n} homes last year.",
    "The museum restored {n} ships.",
    "The greenhouse has {n},000 panes.",
    "The beekeeper keeps {n} beehives.",
    "The storm brought {n} millimetres of rain.",
    "Engineers cleared {n} roads of snow.",
    "The fishery stocked the lake with {n},000 fish.",
    "The signal box controls {n} railway signals.",
    "The fund invested \u00a3{n}bn in homes.",
    "Volunteers planted {n} trees after the gales.",
]
"""Set N: counts that are no tally of loss, damage or cost (WL201 must not warn)."""

FRESH_WL4: dict[str, tuple[dict[str, TotalFrame], dict[str, HeadFrame]]] = {
    "fresh-a": (earlier.FRESH_A, earlier.HEAD_A), "fresh-b": (earlier.FRESH_B, earlier.HEAD_B),
    "fresh-c": (earlier.FRESH_C, earlier.HEAD_C), "fresh-d": (earlier.FRESH_D, earlier.HEAD_D),
    "fresh-e": (earlier.FRESH_E, earlier.HEAD_E), "fresh-f": (earlier.FRESH_F, earlier.HEAD_F),
    "fresh-k": (FRESH_K, HEAD_K), "fresh-l": (FRESH_L, HEAD_L), "fresh-m": (FRESH_M, HEAD_M),
    "fresh-n": (FRESH_N, HEAD_N),
}
"""Every fresh WL4 set, in the order written: its WL402 frames and its WL401 frames."""

FRESH_WL201: dict[str, list[str]] = {**earlier.FRESH_TALLIES, "fresh-k": TALLIES_K, "fresh-l": TALLIES_L,
                                     "fresh-m": TALLIES_M, "fresh-n": TALLIES_N}
"""Every fresh WL201 set, in the order written."""

FRESH_LOOKALIKES: dict[str, list[str]] = {"fresh-k": LOOKALIKES_K, "fresh-l": LOOKALIKES_L,
                                          "fresh-m": LOOKALIKES_M, "fresh-n": LOOKALIKES_N}
"""The WL201 look-alikes, by set (from set K on)."""
