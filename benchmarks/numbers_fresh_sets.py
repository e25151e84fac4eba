"""The fresh held-out sets of benchmarks/numbers_fresh.py, in the order they were written (A to F for WL4 and
WL201; G to J for WL201 alone, written for the vocabulary by category: G before it, each later set after the fixes
its predecessor prompted).

Set A was written before the structural rewrite of WL402; each later set
after the fixes its predecessor prompted. Each set's first measurement is
kept in docs/numbers-and-attribution.md; data only, the machinery is in
numbers_fresh.py. The WL201 sets are in numbers_fresh_tallies.py (``FRESH_TALLIES``, kept importable here).
"""

from __future__ import annotations

from numbers_fresh import FIGHTERS, PEOPLE, THREE, HeadFrame, TotalFrame
from numbers_fresh_tallies import FRESH_TALLIES as FRESH_TALLIES  # re-exported for numbers_fresh_later

FRESH_A: dict[str, TotalFrame] = {
    "a-including-said-first": TotalFrame("{Src} said {W} people were killed in the {inc}, including {P0} {N0} and "
                                         "{P1} {N1}.", "fresh-a", nouns=PEOPLE),
    "a-next-sentence-were": TotalFrame("The {inc} in {place} killed {W} people. {P0} were {N0} and {P1} were {N1}, "
                                       "{src} said.", "fresh-a", nouns=PEOPLE),
    "a-colon-three": TotalFrame("{W} people were wounded, {src} said: {P0} {N0}, {P1} {N1} and {P2} {N2}.",
                                "fresh-a", True, parts=3, nouns=THREE),
    "a-of-whom": TotalFrame("Police detained {W} people after the march, {P0} of whom were {N0} and {P1} {N1}.",
                            "fresh-a", nouns=PEOPLE),
    "a-of-the-n-dead": TotalFrame("Of the {W} dead, {P0} were {N0} and {P1} were {N1}, {src} said.", "fresh-a",
                                  nouns=PEOPLE),
    "a-were-among-the-n-killed": TotalFrame("{P0} {N0} and {P1} {N1} were among the {W} killed, {src} said.",
                                            "fresh-a", nouns=PEOPLE),
    "a-dead-included": TotalFrame("{W} people died in the {inc} on Sunday. The dead included {P0} {N0} and {P1} "
                                  "{N1}.", "fresh-a", nouns=PEOPLE),
    "a-n-of-them-children": TotalFrame("{W} people, {P0} of them children, were hurt when the {inc} hit {place}.",
                                       "fresh-a", parts=1),
    "a-toll-includes": TotalFrame("The toll of {W} includes {P0} {N0} and {P1} {N1}, {src} said.", "fresh-a",
                                  nouns=PEOPLE),
    "a-places-colon": TotalFrame("The attacks killed {W} people: {P0} in {place} and {P1} in {place2}.", "fresh-a",
                                 True),
    "a-lost-men": TotalFrame("The army lost {P0} men and the rebels {P1} in fighting that killed {W} combatants on "
                             "both sides, {src} said.", "fresh-a", True),
    "a-evacuated-among": TotalFrame("Rescuers evacuated {W} residents from the flooded district, among them {P0} "
                                    "{N0} and {P1} {N1}.", "fresh-a", nouns=PEOPLE),
    "a-rescued-appositive": TotalFrame("The coastguard rescued {W} migrants off {place}, {P0} {N0} and {P1} {N1}, "
                                       "{src} said.", "fresh-a", nouns=PEOPLE),
    "a-passengers-crew": TotalFrame("The plane was carrying {W} people: {P0} passengers and {P1} crew members.",
                                    "fresh-a", True),
    "a-next-paragraph-of-victims": TotalFrame("{W} people were killed when the {inc} tore through {place}, {src} "
                                              "said.\n\n{P0} of the victims were {N0} and {P1} were {N1}.",
                                              "fresh-a", nouns=PEOPLE),
    "a-at-least-next-para": TotalFrame("A {inc} in {place} on Sunday killed {W} people, {src} said.\n\nThe dead "
                                       "included {P0} {N0} and {P1} {N1}.", "fresh-a", qualifier="at least",
                                       nouns=PEOPLE),
    "a-in-total-from-places": TotalFrame("In total, {W} people were evacuated from the two villages: {P0} from "
                                         "{place} and {P1} from {place2}.", "fresh-a", True),
    "a-semicolon-of-them": TotalFrame("{W} people were killed in the {inc}; {P0} of them were {N0}, and {P1} were "
                                      "{N1}.", "fresh-a", nouns=PEOPLE),
    "a-total-by-day": TotalFrame("Police detained a total of {W} people \u2013 {P0} on Friday and {P1} on "
                                 "Saturday.", "fresh-a", True),
    "a-active-of-the-dead": TotalFrame("Gunmen killed {W} villagers and wounded many more; {P0} of the dead were "
                                       "{N0} and {P1} {N1}.", "fresh-a", nouns=PEOPLE),
    "a-single-among": TotalFrame("{P0} soldiers were among the {W} people killed in the {inc}, {src} said.",
                                 "fresh-a", parts=1),
    "a-more-than-both-sides": TotalFrame("The battle for {place} killed {W} fighters on both sides, {src} said. "
                                         "Government forces lost {P0} soldiers and the rebels {P1}.", "fresh-a",
                                         True, qualifier="more than"),
    "a-nearly-including": TotalFrame("The {inc} injured {W} people, including {P0} {N0} and {P1} {N1}, {src} "
                                     "said.", "fresh-a", qualifier="nearly", nouns=PEOPLE),
    "a-about-colon": TotalFrame("{Src} said {W} people had been displaced: {P0} in {place} and {P1} in {place2}.",
                                "fresh-a", True, qualifier="about"),
    "a-seriously": TotalFrame("{W} people were injured, {P0} of them seriously, {src} said.", "fresh-a", parts=1),
    "a-crew-nationalities": TotalFrame("All {W} crew members \u2013 {P0} Filipinos and {P1} Indians \u2013 were "
                                       "rescued, {src} said.", "fresh-a", True),
    "a-casualties-both-sides": TotalFrame("The clashes left {W} casualties on both sides: {P0} among the {N0} and "
                                          "{P1} among the {N1}.", "fresh-a", True, nouns=FIGHTERS),
    "a-arrested-split": TotalFrame("Officers arrested {W} suspects in dawn raids. {P0} were later released and {P1} "
                                   "remain in custody, {src} said.", "fresh-a"),
}
"""Set A: WL402 frames, written before the engine was changed and measured once first."""


FRESH_B: dict[str, TotalFrame] = {
    "b-among-whom": TotalFrame("{W} people were killed, among whom {P0} were {N0} and {P1} {N1}, {src} said.",
                               "fresh-b", nouns=PEOPLE),
    "b-the-n-dead-comprised": TotalFrame("The {W} dead comprised {P0} {N0} and {P1} {N1}, {src} said.", "fresh-b",
                                         True, nouns=PEOPLE),  # "comprised" is all of it: label fixed in pass 3
    "b-breakdown-next-para": TotalFrame("{Src} said {W} people had been injured.\n\nThe breakdown: {P0} {N0} and "
                                        "{P1} {N1}.", "fresh-b", True, nouns=PEOPLE),
    "b-at-least-dash-both-sides": TotalFrame("{W} fighters were killed on both sides – {P0} {N0} and {P1} "
                                             "{N1} – {src} said.", "fresh-b", True, qualifier="at least",
                                             nouns=FIGHTERS),
    "b-nearly-of-whom-single": TotalFrame("{W} protesters were detained, {P0} of whom were women, {src} said.",
                                          "fresh-b", qualifier="nearly", parts=1),
    "b-places-appositive": TotalFrame("{W} people were displaced by the floods, {P0} in {place} and {P1} in "
                                      "{place2}.", "fresh-b"),
    "b-of-those": TotalFrame("Officials said {W} people had been wounded. Of those, {P0} were {N0} and {P1} were "
                             "{N1}.", "fresh-b", nouns=PEOPLE),
    "b-in-all-from": TotalFrame("In all, {W} people were evacuated: {P0} from {place} and {P1} from nearby "
                                "villages.", "fresh-b", True),
    "b-which-killed": TotalFrame("{P0} {N0} and {P1} {N1} died in the clashes, which killed {W} fighters on both "
                                 "sides.", "fresh-b", True, nouns=FIGHTERS),
    "b-critically-single": TotalFrame("{W} passengers were injured when the train derailed, {P0} of them "
                                      "critically.", "fresh-b", parts=1),
    "b-among-those-held": TotalFrame("Police arrested {W} people overnight. Among those held were {P0} {N0} and "
                                     "{P1} {N1}.", "fresh-b", nouns=PEOPLE),
    "b-toll-appositive": TotalFrame("The toll, {W}, includes {P0} {N0} and {P1} {N1}.", "fresh-b", nouns=PEOPLE),
    "b-more-than-hospital": TotalFrame("{W} people were treated in hospital, {P0} of them for burns and {P1} for "
                                       "smoke inhalation.", "fresh-b", qualifier="more than"),
    "b-casualties-reached": TotalFrame("Casualties on both sides reached {W}: {P0} {N0}, {P1} {N1} and {P2} "
                                       "{N2}.", "fresh-b", True, parts=3, nouns=THREE),
    "b-missing-appositive": TotalFrame("{W} people remain missing after the landslide, {P0} {N0} and {P1} {N1}, "
                                       "{src} said.", "fresh-b", nouns=PEOPLE),
    "b-about-on-board": TotalFrame("The ferry was carrying {W} people: {P0} passengers and {P1} crew.", "fresh-b",
                                   True, qualifier="about"),
    "b-survivors-colon": TotalFrame("Rescue teams pulled {W} survivors from the rubble: {P0} {N0} and {P1} {N1}.",
                                    "fresh-b", True, nouns=PEOPLE),
    "b-all-hostages": TotalFrame("All {W} hostages were freed – {P0} {N0} and {P1} {N1}.", "fresh-b", True,
                                 nouns=PEOPLE),
    "b-they-were-next-para": TotalFrame("{W} people were arrested after the clashes, {src} said.\n\nThey were {P0} "
                                        "{N0} and {P1} {N1}.", "fresh-b", nouns=PEOPLE),
    "b-families-among": TotalFrame("The fighting has displaced {W} families, among them {P0} in camps near {place} "
                                   "and {P1} sheltering in schools.", "fresh-b"),
}
"""Set B: WL402 frames written after the engine changes, to check they were not fitted to set A."""


FRESH_C: dict[str, TotalFrame] = {
    "c-namely": TotalFrame("{W} people were killed, namely {P0} {N0} and {P1} {N1}.", "fresh-c", True,
                           nouns=PEOPLE),
    "c-of-the-wounded-are": TotalFrame("Of the {W} wounded, {P0} are {N0} and {P1} are {N1}, {src} said.",
                                       "fresh-c", nouns=PEOPLE),
    "c-consisted-in-all": TotalFrame("The casualties, {W} in all, consisted of {P0} {N0} and {P1} {N1}.",
                                     "fresh-c", True, nouns=PEOPLE),
    "c-single-then-in-all": TotalFrame("{P0} soldiers were among those killed. In all, {W} people died in the "
                                       "{inc}.", "fresh-c", parts=1),
    "c-dash-aside-arrested": TotalFrame("Security forces arrested {W} suspects – {P0} {N0} and {P1} {N1} "
                                        "– in overnight raids, {src} said.", "fresh-c", True, nouns=PEOPLE),
    "c-two-sentences-also": TotalFrame("{W} people died. Those killed included {P0} {N0}. Also among the dead were "
                                       "{P1} {N1}.", "fresh-c", nouns=PEOPLE),
    "c-victims-were": TotalFrame("The {inc} killed {W}. The victims were {P0} {N0} and {P1} {N1}, {src} said.",
                                 "fresh-c", nouns=PEOPLE),
    "c-left-dead": TotalFrame("The attack left {W} people dead, {P0} of them {N0} and {P1} {N1}.", "fresh-c",
                              nouns=PEOPLE),
    "c-more-than-of-whom": TotalFrame("{W} people were hurt, {P0} of whom were children.", "fresh-c",
                                      qualifier="more than", parts=1),
    "c-lost-men-colon": TotalFrame("Both sides lost {W} men in total: {P0} {N0} and {P1} {N1}.", "fresh-c", True,
                                   nouns=FIGHTERS),
    "c-they-were-three": TotalFrame("{Src} said {W} people were hurt.\n\nThey were {P0} {N0}, {P1} {N1} and {P2} "
                                    "{N2}.", "fresh-c", parts=3, nouns=THREE),
    "c-outcomes-of-whom": TotalFrame("The bus was carrying {W} passengers, {P0} of whom died and {P1} of whom were "
                                     "injured.", "fresh-c"),
    "c-total-across": TotalFrame("A total of {W} people were detained across the country, {P0} in {place} and "
                                 "{P1} in {place2}.", "fresh-c", True),
    "c-nearly-including": TotalFrame("{W} people were evacuated, including {P0} {N0} and {P1} {N1}.", "fresh-c",
                                     qualifier="nearly", nouns=PEOPLE),
    "c-toll-rose-including": TotalFrame("The death toll rose to {W}, including {P0} {N0} and {P1} {N1}, {src} "
                                        "said.", "fresh-c", nouns=PEOPLE),
    "c-held-semicolon": TotalFrame("Police held {W} people; {P0} were {N0} and {P1} {N1}.", "fresh-c",
                                   nouns=PEOPLE),
    "c-dash-missing": TotalFrame("{W} people – {P0} {N0} and {P1} {N1} – were reported missing.",
                                 "fresh-c", True, nouns=PEOPLE),
    "c-the-wounded-included": TotalFrame("The {inc} wounded {W} people, {src} said.\n\nThe wounded included {P0} "
                                         "{N0} and {P1} {N1}.", "fresh-c", nouns=PEOPLE),
}
"""Set C: WL402 frames written after the set B changes, measured once and never tuned on."""


FRESH_D: dict[str, TotalFrame] = {
    "d-total-after-list": TotalFrame("According to {src}, {P0} {N0} and {P1} {N1} were killed, a total of {W}.",
                                     "fresh-d", True, nouns=PEOPLE),
    "d-parenthetical": TotalFrame("The {inc} killed {W} people ({P0} {N0} and {P1} {N1}), {src} said.", "fresh-d",
                                  nouns=PEOPLE),
    "d-while": TotalFrame("Of the {W} people arrested, {P0} were {N0}, while {P1} were {N1}.", "fresh-d",
                          nouns=PEOPLE),
    "d-detainees-include": TotalFrame("Police detained {W} demonstrators on Saturday. The detainees include {P0} "
                                      "{N0} and {P1} {N1}.", "fresh-d", nouns=PEOPLE),
    "d-dash-among-them": TotalFrame("Altogether, {W} people – among them {P0} {N0} and {P1} {N1} – were "
                                    "evacuated from {place}.", "fresh-d", nouns=PEOPLE),
    "d-risen-among-them": TotalFrame("The number of dead has risen to {W}, among them {P0} {N0} and {P1} {N1}.",
                                     "fresh-d", nouns=PEOPLE),
    "d-semicolons": TotalFrame("{Src} gave a breakdown of the {W} dead: {P0} {N0}; {P1} {N1}; and {P2} {N2}.",
                               "fresh-d", True, parts=3, nouns=THREE),
    "d-among-n-people": TotalFrame("{P0} {N0} and {P1} {N1} were among {W} people injured by the {inc}.", "fresh-d",
                                   nouns=PEOPLE),
    "d-of-which": TotalFrame("There were {W} casualties, of which {P0} were {N0} and {P1} {N1}.", "fresh-d",
                             nouns=PEOPLE),
    "d-in-all-after": TotalFrame("In total, {P0} {N0} and {P1} {N1} died – {W} people in all.", "fresh-d",
                                 True, nouns=PEOPLE),
    "d-more-than-including": TotalFrame("{W} people were arrested, including {P0} {N0} and {P1} {N1}.", "fresh-d",
                                        qualifier="more than", nouns=PEOPLE),
    "d-about-among-them-next-para": TotalFrame("The aircraft was carrying {W} people, {src} said.\n\nAmong them "
                                               "were {P0} passengers and {P1} crew.", "fresh-d", qualifier="about"),
    "d-single-including": TotalFrame("{W} people were killed, including {P0} children, in the {inc}.", "fresh-d",
                                     parts=1),
    "d-single-of-the-victims": TotalFrame("The {inc} killed {W} people, {src} said. {P0} of the victims were "
                                          "children.", "fresh-d", parts=1),
    "d-both-sides-three": TotalFrame("Fighting on both sides left {W} dead: {P0} {N0}, {P1} {N1} and {P2} {N2}.",
                                     "fresh-d", True, parts=3, nouns=THREE),
    "d-detainees-of-whom": TotalFrame("The {W} detainees, {P0} of whom are women, were released on bail.",
                                      "fresh-d", parts=1),
    "d-plus": TotalFrame("Rescuers saved {W} people – {P0} crew members plus {P1} passengers.", "fresh-d",
                         True),
}
"""Set D: WL402 frames written after every change of the session, measured once: the figure for unseen wording."""


FRESH_E: dict[str, TotalFrame] = {
    "e-deaths-places-colon": TotalFrame("Hospitals reported {W} deaths: {P0} in {place} and {P1} in {place2}.",
                                        "fresh-e", True),
    "e-dead-numbered": TotalFrame("The dead numbered {W}, among them {P0} {N0} and {P1} {N1}.", "fresh-e",
                                  nouns=PEOPLE),
    "e-brackets-in-total": TotalFrame("{P0} {N0} and {P1} {N1} ({W} in total) were wounded.", "fresh-e", True,
                                      nouns=PEOPLE),
    "e-nationalities": TotalFrame("The {W} victims included {P0} Britons and {P1} Germans, {src} said.", "fresh-e"),
    "e-of-the-casualties": TotalFrame("{Src} said the {inc} left {W} people injured. Of the casualties, {P0} were in "
                                      "a critical condition and {P1} were treated and released.", "fresh-e"),
    "e-of-these-charged": TotalFrame("{W} people were arrested; of these, {P0} have been charged and {P1} "
                                     "released.", "fresh-e"),
    "e-said-including-single": TotalFrame("{W} people died, {src} said, including {P0} children.", "fresh-e",
                                          parts=1),
    "e-toll-stands-dash": TotalFrame("The death toll stands at {W} – {P0} {N0} and {P1} {N1}.", "fresh-e",
                                     True, nouns=PEOPLE),
    "e-semicolon-they-were": TotalFrame("{W} fighters died in the clashes; they were {P0} {N0} and {P1} {N1}.",
                                        "fresh-e", nouns=FIGHTERS),
    "e-at-least-of-them-next-para": TotalFrame("{W} people were hurt, {src} said.\n\nOf them, {P0} were {N0} and "
                                               "{P1} were {N1}.", "fresh-e", qualifier="at least", nouns=PEOPLE),
}
"""Set E: WL402 frames written after the set D changes, measured once."""


FRESH_F: dict[str, TotalFrame] = {
    "f-among-dead-next-para": TotalFrame("{W} people died when the building collapsed.\n\n{P0} children and {P1} women "
                                         "were among the dead, {src} said.", "fresh-f"),
    "f-two-hospitals": TotalFrame("{W} injured people were taken to two hospitals: {P0} to the city hospital and {P1} "
                                  "to a military clinic.", "fresh-f", True),
    "f-out-of-the": TotalFrame("{P0} out of the {W} people killed were soldiers, {src} said.", "fresh-f", parts=1),
    "f-among-the-three": TotalFrame("Among the {W} people killed in the {inc} were {P0} {N0}, {P1} {N1} and {P2} "
                                    "{N2}.", "fresh-f", parts=3, nouns=THREE),
    "f-put-at-of-those": TotalFrame("{Src} put the number of injured at {W}. Of those, {P0} are children.",
                                    "fresh-f", parts=1),
    "f-of-them-alive": TotalFrame("{W} people were pulled from the rubble, {P0} of them alive.", "fresh-f", parts=1),
    "f-dash-in-all": TotalFrame("{P0} {N0} and {P1} {N1} were hurt – {W} in all – {src} said.", "fresh-f",
                                True, nouns=PEOPLE),
    "f-arrests-for": TotalFrame("Police made {W} arrests: {P0} for looting and {P1} for assault.", "fresh-f", True),
    "f-the-remaining": TotalFrame("Of the {W} passengers, {P0} were rescued and the remaining {P1} are missing.",
                                  "fresh-f", True),
}
"""Set F: WL402 frames written after the set E changes, measured once: the last figure for unseen wording."""



HEAD_A: dict[str, HeadFrame] = {
    "a-dozens-12": HeadFrame("Dozens killed in {place} {inc}", "The {inc} killed {B} people, {src} said.",
                             "fresh-a", (("", "12", False), ("", "at least 40", True), ("", "nine", False),
                                         ("", "more than 30", True))),
    "a-hundreds-flee": HeadFrame("Hundreds flee fighting in {place}", "More than {B} people have fled their "
                                 "homes, {src} said.", "fresh-a", (("", "50", False), ("", "300", True),
                                                                  ("", "80", False), ("", "500", True))),
    "a-100-dead": HeadFrame("100 dead in {place} floods", "Floods have killed {B} people, {src} said.", "fresh-a",
                            (("", "80", False), ("", "about 100", True), ("", "at least 100", True),
                             ("", "65", False))),
    "a-scores-hurt": HeadFrame("Scores hurt as {inc} hits {place}", "The {inc} wounded {B} people, {src} said.",
                               "fresh-a", (("", "eight", False), ("", "about 70", True), ("", "15", False),
                                           ("", "more than 100", True))),
    "a-thousands-flee": HeadFrame("Thousands flee as floods hit {place}", "About {B} people have left their "
                                  "homes, {src} said.", "fresh-a", (("", "900", False), ("", "5,000", True),
                                                                   ("", "600", False), ("", "12,000", True))),
    "a-at-least-30": HeadFrame("At least 30 dead in {place} bus crash", "{B} people were killed when the bus "
                               "overturned, {src} said.", "fresh-a", (("", "Twenty-one", False),
                                                                     ("", "Thirty-one", True), ("", "Eighteen", False),
                                                                     ("", "At least 30", True))),
    "a-more-than-100-arrested": HeadFrame("More than 100 arrested in {place} unrest", "Police arrested {B} people "
                                          "overnight, {src} said.", "fresh-a",
                                          (("", "64", False), ("", "130", True), ("", "about 70", False),
                                           ("", "more than 120", True))),
    "a-dozens-migrants": HeadFrame("Dozens of migrants missing off {place}", "{B} migrants are missing after "
                                   "their boat sank, {src} said.", "fresh-a",
                                   (("", "Nine", False), ("", "About 40", True), ("", "Six", False),
                                    ("", "More than 50", True))),
    "a-six-soldiers": HeadFrame("Six soldiers killed in {place} ambush", "Insurgents killed {B} soldiers in an "
                                "ambush, {src} said.", "fresh-a", (("", "four", False), ("", "six", True),
                                                                  ("", "11", False), ("", "six", True))),
    "a-scores-detained": HeadFrame("Scores detained after {place} protest", "Security forces detained {B} "
                                   "protesters, {src} said.", "fresh-a", (("", "15", False), ("", "about 80", True),
                                                                         ("", "nine", False), ("", "120", True))),
    "a-nearly-50": HeadFrame("Nearly 50 killed in {place} attack", "The {inc} killed {B} people, {src} said.",
                             "fresh-a", (("", "62", False), ("", "48", True), ("", "30", False), ("", "47", True))),
    "a-thousands-evacuated": HeadFrame("Thousands evacuated as wildfire nears {place}", "Firefighters evacuated {B} "
                                       "residents, {src} said.", "fresh-a",
                                       (("", "about 800", False), ("", "some 3,000", True), ("", "400", False),
                                        ("", "more than 6,000", True))),
    "a-kills-12": HeadFrame("{inc_cap} kills 12 in {place}", "The {inc} killed {B} people, {src} said.", "fresh-a",
                            (("", "more than 20", False), ("", "12", True), ("", "30", False), ("", "twelve", True))),
    "a-twelve-word": HeadFrame("Twelve injured in {place} stampede", "{B} people were injured in the crush, {src} "
                               "said.", "fresh-a", (("", "Twenty", False), ("", "Twelve", True), ("", "Five", False),
                                                   ("", "12", True))),
}
"""Set A: WL401 frames (the headline figure is fixed in the headline text)."""

HEAD_B: dict[str, HeadFrame] = {
    "b-dozens-hurt": HeadFrame("Dozens hurt in {place} {inc}", "{B} people were hurt in the {inc}, {src} said.",
                               "fresh-b", (("", "Eleven", False), ("", "About 30", True), ("", "Five", False),
                                           ("", "More than 40", True))),
    "b-hundreds-arrested": HeadFrame("Hundreds arrested in {place} crackdown", "Police have arrested {B} people, "
                                     "{src} said.", "fresh-b", (("", "more than 90", False),
                                                               ("", "more than 300", True), ("", "60", False),
                                                               ("", "about 450", True))),
    "b-scores-dead-ferry": HeadFrame("Scores dead in {place} ferry sinking", "The sinking killed {B} people, {src} "
                                     "said.", "fresh-b", (("", "a dozen", False), ("", "at least 60", True),
                                                         ("", "nine", False), ("", "about 120", True))),
    "b-50-killed": HeadFrame("50 killed in {place} {inc}", "The {inc} killed {B} people, {src} said.", "fresh-b",
                             (("", "nearly 40", False), ("", "50", True), ("", "about 70", False),
                              ("", "at least 50", True))),
    "b-thousands-displaced": HeadFrame("Thousands displaced by {place} floods", "The floods have displaced {B} "
                                       "people, {src} said.", "fresh-b", (("", "about 1,200", False),
                                                                         ("", "some 20,000", True),
                                                                         ("", "700", False), ("", "4,500", True))),
    "b-toll-climbs": HeadFrame("{place} death toll climbs to 60", "The number of dead has risen to {B}, {src} "
                               "said.", "fresh-b", (("", "45", False), ("", "60", True), ("", "38", False),
                                                    ("", "sixty", True))),
    "b-at-least-12": HeadFrame("At least 12 dead in {place} {inc}", "The {inc} killed {B} people, {src} said.",
                               "fresh-b", (("", "eight", False), ("", "12", True), ("", "five", False),
                                           ("", "at least 15", True))),
    "b-over-200-evacuated": HeadFrame("Over 200 evacuated in {place}", "Firefighters evacuated {B} residents, "
                                      "{src} said.", "fresh-b", (("", "120", False), ("", "240", True),
                                                                ("", "about 90", False), ("", "more than 250", True))),
    "b-dozens-held": HeadFrame("Dozens of protesters held in {place}", "Police detained {B} protesters, {src} "
                               "said.", "fresh-b", (("", "seven", False), ("", "35", True), ("", "12", False),
                                                    ("", "more than 60", True))),
    "b-two-dozen-missing": HeadFrame("Two dozen missing after {place} landslide", "{B} people are missing, {src} "
                                     "said.", "fresh-b", (("", "Eight", False), ("", "Twenty-four", True),
                                                         ("", "Fifty", False), ("", "About 25", True))),
    "b-nine-soldiers": HeadFrame("Nine soldiers die in {place} attack", "Militants killed {B} soldiers, {src} "
                                 "said.", "fresh-b", (("", "four", False), ("", "nine", True), ("", "14", False),
                                                      ("", "9", True))),
    "b-hundreds-feared": HeadFrame("Hundreds feared dead in {place}", "{B} people are feared dead, {src} said.",
                                   "fresh-b", (("", "About 60", False), ("", "More than 400", True),
                                               ("", "Forty", False), ("", "Some 300", True))),
}
"""Set B: WL401 frames written after the engine changes."""

HEAD_C: dict[str, HeadFrame] = {
    "c-scores-injured": HeadFrame("Scores injured in {place} {inc}", "{B} people were injured, {src} said.",
                                  "fresh-c", (("", "A dozen", False), ("", "About 80", True), ("", "Seven", False),
                                              ("", "More than 100", True))),
    "c-dozens-abducted": HeadFrame("Dozens abducted in {place} raid", "Gunmen abducted {B} pupils from the school, "
                                   "{src} said.", "fresh-c", (("", "eight", False), ("", "about 40", True),
                                                             ("", "15", False), ("", "more than 50", True))),
    "c-more-than-1000": HeadFrame("More than 1,000 dead in {place} floods", "The floods have killed {B} people, "
                                  "{src} said.", "fresh-c", (("", "about 700", False), ("", "1,200", True),
                                                            ("", "800", False), ("", "at least 1,100", True))),
    "c-toll-tops-100": HeadFrame("{place} {inc} toll tops 100", "The toll has risen to {B}, {src} said.",
                                 "fresh-c", (("", "87", False), ("", "103", True), ("", "64", False),
                                             ("", "112", True))),
    "c-tens-of-thousands": HeadFrame("Tens of thousands flee {place} fighting", "The fighting has forced {B} people "
                                     "to flee, {src} said.", "fresh-c", (("", "5,000", False), ("", "40,000", True),
                                                                        ("", "about 2,000", False),
                                                                        ("", "some 60,000", True))),
    "c-twenty-killed": HeadFrame("Twenty killed in {place} {inc}", "The {inc} killed {B} people, {src} said.",
                                 "fresh-c", (("", "12", False), ("", "20", True), ("", "31", False),
                                             ("", "twenty", True))),
    "c-dozens-rescued": HeadFrame("Dozens rescued off {place}", "The coastguard rescued {B} people, {src} said.",
                                  "fresh-c", (("", "six", False), ("", "about 40", True), ("", "ten", False),
                                              ("", "more than 60", True))),
    "c-hundreds-infected": HeadFrame("Hundreds infected in {place} outbreak", "The outbreak has infected {B} people, "
                                     "{src} said.", "fresh-c", (("", "about 90", False), ("", "more than 300", True),
                                                               ("", "40", False), ("", "some 500", True))),
    "c-at-least-7": HeadFrame("At least 7 dead in {place} crash", "The crash killed {B} people, {src} said.",
                              "fresh-c", (("", "five", False), ("", "seven", True), ("", "three", False),
                                          ("", "eight", True))),
    "c-scores-arrested": HeadFrame("Scores arrested in {place}", "Police arrested {B} people, {src} said.",
                                   "fresh-c", (("", "15", False), ("", "about 60", True), ("", "nine", False),
                                               ("", "more than 100", True))),
}
"""Set C: WL401 frames written after the set B changes."""

HEAD_D: dict[str, HeadFrame] = {
    "d-dozens-ravine": HeadFrame("Dozens killed as bus plunges into ravine near {place}", "{B} people died, {src} "
                                 "said.", "fresh-d", (("", "Nine", False), ("", "At least 30", True),
                                                     ("", "Fifteen", False), ("", "Forty-two", True))),
    "d-hundreds-detained": HeadFrame("Hundreds detained in {place}", "More than {B} people were detained, {src} "
                                     "said.", "fresh-d", (("", "60", False), ("", "250", True), ("", "90", False),
                                                         ("", "400", True))),
    "d-80-dead": HeadFrame("80 dead in {place} {inc}", "The {inc} killed {B} people, {src} said.", "fresh-d",
                           (("", "about 120", False), ("", "80", True), ("", "50", False), ("", "about 80", True))),
    "d-scores-missing": HeadFrame("Scores missing after {place} flood", "{B} people are missing, {src} said.",
                                  "fresh-d", (("", "Five", False), ("", "More than 60", True), ("", "Twelve", False),
                                              ("", "About 150", True))),
    "d-thousands-stranded": HeadFrame("Thousands stranded by {place} snow", "About {B} people were stranded, {src} "
                                      "said.", "fresh-d", (("", "700", False), ("", "5,000", True), ("", "300", False),
                                                          ("", "12,000", True))),
    "d-two-killed": HeadFrame("Two killed in {place} shooting", "Gunmen killed {B} people, {src} said.", "fresh-d",
                              (("", "five", False), ("", "two", True), ("", "seven", False), ("", "2", True))),
    "d-a-dozen-wounded": HeadFrame("A dozen wounded in {place} {inc}", "The {inc} wounded {B} people, {src} said.",
                                   "fresh-d", (("", "20", False), ("", "12", True), ("", "five", False),
                                               ("", "twelve", True))),
    "d-at-least-100": HeadFrame("At least 100 dead in {place} quake", "The quake killed {B} people, {src} said.",
                                "fresh-d", (("", "70", False), ("", "at least 100", True), ("", "45", False),
                                            ("", "about 110", True))),
    "d-more-than-300-evacuated": HeadFrame("More than 300 evacuated in {place}", "Police evacuated {B} residents, "
                                           "{src} said.", "fresh-d", (("", "about 150", False),
                                                                     ("", "some 400", True), ("", "200", False),
                                                                     ("", "350", True))),
    "d-handful-injured": HeadFrame("A handful injured in {place} {inc}", "{B} people were injured, {src} said.",
                                   "fresh-d", (("", "Thirty", False), ("", "Four", True), ("", "Twenty", False),
                                               ("", "Three", True))),
}
"""Set D: WL401 frames written after the set C changes."""

HEAD_E: dict[str, HeadFrame] = {
    "e-dozens-arrested": HeadFrame("Dozens arrested after {place} riot", "{B} people were arrested, {src} said.",
                                   "fresh-e", (("", "Seven", False), ("", "About 40", True), ("", "Eleven", False),
                                               ("", "More than 30", True))),
    "e-hundreds-hurt": HeadFrame("Hundreds hurt in {place} {inc}", "The {inc} injured {B} people, {src} said.",
                                 "fresh-e", (("", "about 80", False), ("", "more than 300", True), ("", "45", False),
                                             ("", "about 250", True))),
    "e-scores-drown": HeadFrame("Scores drown as boat sinks off {place}", "{B} people drowned, {src} said.",
                                "fresh-e", (("", "Nine", False), ("", "At least 60", True), ("", "Twelve", False),
                                            ("", "About 90", True))),
    "e-four-dead": HeadFrame("Four dead in {place} {inc}", "The {inc} killed {B} people, {src} said.", "fresh-e",
                             (("", "seven", False), ("", "four", True), ("", "two", False), ("", "4", True))),
    "e-over-1000-flee": HeadFrame("Over 1,000 flee {place} clashes", "The clashes have forced {B} people to flee, "
                                  "{src} said.", "fresh-e", (("", "about 600", False), ("", "1,500", True),
                                                            ("", "800", False), ("", "some 1,200", True))),
    "e-toll-rises-25": HeadFrame("{place} {inc} death toll rises to 25", "The number of dead has risen to {B}, "
                                 "{src} said.", "fresh-e", (("", "19", False), ("", "25", True), ("", "31", False),
                                                            ("", "twenty-five", True))),
    "e-dozen-kidnapped": HeadFrame("A dozen kidnapped in {place}", "Gunmen kidnapped {B} people, {src} said.",
                                   "fresh-e", (("", "30", False), ("", "12", True), ("", "four", False),
                                               ("", "a dozen", True))),
}
"""Set E: WL401 frames written after the set D changes."""

HEAD_F: dict[str, HeadFrame] = {
    "f-hundreds-evacuated": HeadFrame("Hundreds evacuated as river bursts banks in {place}", "Police evacuated {B} "
                                      "people, {src} said.", "fresh-f", (("", "about 90", False), ("", "350", True),
                                                                        ("", "60", False), ("", "about 500", True))),
    "f-nine-killed": HeadFrame("Nine killed in {place} {inc}", "The {inc} killed {B} people, {src} said.", "fresh-f",
                               (("", "six", False), ("", "nine", True), ("", "14", False), ("", "9", True))),
    "f-scores-wounded": HeadFrame("Scores wounded in {place} {inc}", "The {inc} wounded {B} people, {src} said.",
                                  "fresh-f", (("", "a dozen", False), ("", "more than 50", True), ("", "nine", False),
                                              ("", "about 80", True))),
    "f-thousands-homeless": HeadFrame("Thousands left homeless by {place} quake", "The quake left {B} people "
                                      "homeless, {src} said.", "fresh-f", (("", "about 800", False),
                                                                          ("", "5,000", True), ("", "400", False),
                                                                          ("", "some 20,000", True))),
    "f-more-than-40": HeadFrame("More than 40 dead in {place} {inc}", "The {inc} killed {B} people, {src} said.",
                                "fresh-f", (("", "32", False), ("", "45", True), ("", "25", False),
                                            ("", "at least 41", True))),
}
"""Set F: WL401 frames written after the set E changes."""
