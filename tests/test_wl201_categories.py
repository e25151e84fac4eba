"""WL201 by category of toll and tally: flagged when unsourced, quiet when sourced, quiet on look-alikes.

Each category's vocabulary is data (quantities.toml: events, tallies, statistics); these sentences check that the
data reaches the rule, one category at a time. Tallies are read by structure: predicates that only say a loss
("gutted", "impounded", "washed overboard") make a tally of any counted thing, listed or not; ambiguous ones
("burned", "buried", "lost") only of listed things or of nouns with a loss of their own (jobs "cut", flights
"cancelled"). Plans and forecasts are no tally; a verb of finding that governs the count is no source; a bare
count that a statistic moved by is a statistic; verbs of people ("buried", "freed") make no toll of things.
"""

from __future__ import annotations

import pytest
from conftest import only

from wirelint.finding import Severity

CATEGORIES: dict[str, tuple[str, str]] = {
    # category: (unsourced sentence, a look-alike that is no toll)
    "deaths": ("The floods have drowned 37,000 sheep.", "The film drew 37,000 viewers."),
    "injuries": ("Paramedics treated 37 runners for heatstroke.", "The clinic treats skin and hair."),
    "illness": ("Thirty-seven pupils fell sick after lunch.", "Thirty-seven pupils sat the exam after lunch."),
    "missing": ("Thirty-seven climbers remain unaccounted for on the mountain.",
                "The band Maroon 5 played 37 songs."),
    "displacement": ("The eruption forced 37,000 villagers to leave their homes.",
                     "The firm forced 37 rivals to merge."),
    "rehoused": ("Thirty-seven families have been rehoused since the blast.",
                 "The museum houses 37 paintings."),
    "charges": ("Officers charged 37 men over the disorder.",
                "The results include a charge of 1,488,000 for restructuring."),
    "convictions": ("Thirty-seven people have been convicted over the riots.",
                    "Thirty-seven people have joined the club."),
    "custody": ("Thirty-seven protesters were locked up overnight.", "Thirty-seven shops were open overnight."),
    "rescues": ("Lifeboat crews plucked 37 sailors from the sea.", "The keeper saved two penalties."),
    "freed": ("Troops freed 37 hostages in the raid.", "The band released 37 singles."),
    "destruction": ("The hailstorm wiped out 37,000 hectares of wheat.", "The farm covers 37,000 hectares."),
    "power and water": ("Thirty-seven homes are still without running water.",
                        "Thirty-seven homes were built last year."),
    "seizures": ("Border guards intercepted 37 kilos of heroin.", "The farm produced 37 kilos of honey."),
    "cash seized": ("Police seized $37m in cash.", "Sales hit $37m last year."),
    "public cost": ("The collapse of the fund has cost savers £37m.", "The house cost £370,000."),
    "damage named first": ("The damage is estimated at £37m.", "The firm posted losses of $37m."),
    "supply cut": ("Some 37,000 customers were left without gas.", "Some 37,000 customers switched to gas."),
    "reported missing": ("Thirty-seven fishermen have been reported missing since the storm.",
                         "Thirty-seven fishermen have reported record catches."),
    "minor injuries": ("The crash left 37 commuters with minor injuries.", "The crash left 37 commuters late."),
    "ruined crops": ("Frost has ruined 37,000 hectares of vineyards.", "The estate has 37,000 hectares of vineyards."),
    "overcome": ("Thirty-seven workers were overcome by smoke in the mine.",
                 "Thirty-seven workers were overcome with joy."),
    "buried": ("An avalanche buried 37 skiers.", "The avalanche course trained 37 skiers."),
    "recorded crime": ("Recorded crime fell by 37% last year.", "Recorded music sales fell by 37% last year."),
    "crime statistics": ("Shoplifting offences soared 37% last year.", "Shares soared 37% last year."),
    # tallies read by structure (third pass): a counted thing and a predicate of loss, active or passive
    "any thing, active": ("A fire at the yard gutted 23 trams.", "The yard repainted 23 trams."),
    "any thing, passive": ("Twenty-three shipping containers were washed overboard.",
                           "Twenty-three shipping containers were unloaded."),
    "any thing, nominal": ("The outbreak led to the slaughter of 23,000 turkeys.", "The farm raised 23,000 turkeys."),
    "seized goods not listed": ("Officers impounded 23 pallets of fake perfume.", "Officers counted 23 pallets."),
    "volumes spilled": ("Some 23,000 barrels of diesel leaked into the river.",
                        "Some 23,000 barrels of diesel were shipped."),
    # closures, cancellations, losses and evacuations in any voice or as a noun (numbers5)
    "closure as a noun": ("Freezing fog forced the closure of 64 schools.",
                          "The head teacher oversaw the opening of 64 classrooms."),
    "cancellation as a noun": ("The walkout led to the cancellation of 212 flights.",
                               "The airline announced the launch of 212 flights."),
    "shut after unrest": ("Some 75 shops stayed shut after the rioting.", "Some 75 shops stayed open late."),
    "listed things lost": ("Herders lost 4,300 goats in the drought.", "Herders sold 4,300 goats at market."),
    "any place shut by a harm": ("Around 230 post offices stayed shut during the strike.",
                                 "Around 230 post offices stayed open during the holiday."),
    "passive by an agent of harm": ("Thirty caravans were blown over in the gale.",
                                    "Thirty caravans were repaired after the gale."),
    "agent's verb with a particle": ("Burglars broke into 60 homes in the area.", "Burglars live in 60 homes."),
    "not opened after a harm": ("More than 200 schools did not open on Monday because of the snow.",
                                "More than 200 schools did not open on Monday, a bank holiday."),
    "animals put down": ("Vets put down 5,000 pigs after the outbreak.", "Vets looked after 5,000 pigs."),
    "closure decided, active": ("The council shut 14 libraries to save money.",
                                "The council runs 14 libraries."),
    "forced to close by a harm": ("The strike has forced 85 branches to close.",
                                  "The bank has 85 branches."),
    "evacuation as a noun": ("The chemical leak prompted the evacuation of 95 homes.",
                             "The estate has 95 homes."),
    "of-phrase before the verb": ("About 23,000 tonnes of stored maize were ruined.",
                                  "About 23,000 tonnes of stored maize were sold."),
    "jobs lost": ("Some 23,000 jobs have been lost since the mill closed.", "Some 23,000 jobs have been created."),
    "jobs cost": ("The closure has cost 230 jobs.", "The new plant has brought 230 jobs."),
    "flights cancelled": ("Twenty-three flights were cancelled because of the snow.",
                          "Twenty-three flights leave the airport each day."),
    "over budget": ("The new bridge has gone £23m over budget.", "The new bridge has a budget of £23m."),
    "overruns named first": ("Overruns on the tram line have reached £23m.", "Fares on the tram line have reached "
                             "£2.30."),
    "repossessed": ("Twenty-three homes were repossessed last month.", "Twenty-three homes were sold last month."),
    "statistic moved": ("Waiting lists have grown by 23,000 since March.", "The crowd grew to 23,000 by kick-off."),
    "found is no source": ("Officers found 23 kilos of heroin in a van.", "A survey found 23% of adults smoke."),
    # set L's categories
    "any measure": ("The flood wrecked 23 miles of track.", "The railway runs for 23 miles along the coast."),
    "staff laid off": ("The airline has laid off 230 staff.", "The airline hired 230 staff last year."),
    "fraud victims": ("The fraud left 23,000 investors out of pocket.", "The fund has 23,000 investors."),
    "something of the things counted": ("Rioters smashed the windows of 23 shops.",
                                        "Rioters gathered outside 23 shops."),
    "animals washed up": ("Twenty-three dolphins washed up dead on the beach.",
                         "Researchers tagged 23 dolphins off the coast."),
    "things ending like doers": ("Twenty-three lawnmowers were stolen from the shed.",
                                 "The shop sells 23 lawnmowers a week."),
    # set M's: what an agent of harm did to counted things, whatever the verb; more predicates of loss
    "agent of harm": ("Gales ripped the roofs from 23 houses.", "Volunteers repaired the roofs of 23 houses."),
    "agent of harm, any verb": ("The virus wiped 23,000 files from the servers.", "Engineers backed up 23,000 files."),
    "made off with": ("Thieves made off with 23 laptops.", "The school bought 23 laptops."),
    "written off": ("Twenty-three cars were written off in the floods.", "Twenty-three cars were sold in May."),
    "evicted": ("Bailiffs evicted 23 families from the estate.", "The landlord housed 23 families on the estate."),
    # set N's
    "left uninhabitable": ("Twenty-three homes were left uninhabitable.", "Twenty-three homes were left empty."),
    "lost to": ("Twenty-three beehives have been lost to the disease.", "The beekeeper keeps 23 beehives."),
    "sum seized after": ("Drugs worth £23m were seized.", "Drugs worth £23m were sold legally last year."),
    "sum wiped off": ("The recession has wiped £23bn off the value of homes.", "The fund invested £23bn in homes."),
    # fourth pass: events read by shape, closures by a harm, costs set back
    "any verb to death": ("Twenty-three prisoners were clubbed to death.", "Twenty-three prisoners were bored."),
    "injuries of any kind": ("Twenty-three fans sustained crush injuries.", "Twenty-three fans sustained a chant."),
    "not heard from": ("Twenty-three trawlermen have not been heard from since Friday.",
                       "Twenty-three trawlermen have not been paid since Friday."),
    "moved out": ("Twenty-three patients were ferried out of the flooded ward.",
                  "Twenty-three patients were ferried to the fete."),
    "entombed": ("The rockfall entombed 23 quarrymen.", "The quarry employs 23 quarrymen."),
    "closed by a harm": ("Twenty-three schools stayed closed after the blizzard.",
                         "Twenty-three schools stayed closed for the holidays."),
    "cost set back": ("The fiasco has set taxpayers back £23m.", "The fiasco has set the project back a year."),
    "dead adjective": ("Police found 23 dead migrants in a lorry.", "Police questioned 23 drivers at a checkpoint."),
    # set Q's misses (after its first measurement)
    "any word to death": ("Twenty-three hikers froze to death.", "Twenty-three hikers froze in the wind."),
    "passive of a verb before": ("Twenty-three reporters have been imprisoned this year.",
                                 "Twenty-three reporters have been promoted this year."),
    "hauled away": ("Riot police hauled away 23 students.", "Riot police escorted 23 students home."),
    "turned back": ("Twenty-three migrants were turned back at the border.",
                    "Twenty-three migrants were waiting at the border."),
    "forcibly recruited": ("Rebels forcibly recruited 23 teenagers.", "The club recruited 23 teenagers."),
    "agent of harm to people": ("The virus has struck 23,000 people this year.",
                                "The river has 23 bridges and 23,000 people on its banks."),
    "money extorted": ("Gangs have extorted £23m from shopkeepers.", "Shopkeepers have invested £23m."),
    "went up in flames": ("Some 23,000 acres of forest went up in flames.",
                          "Some 23,000 acres of forest were planted."),
    # numbers7: a verb of loss as a participle; goods named unlawful; costs borne by the public in any wording
    "participle of loss": ("The cyclone swept the coast, levelling 23 fishing huts.",
                           "The developer is levelling 23 acres for the new estate."),
    "unlawful goods recovered": ("Detectives recovered 23 stolen paintings.", "Curators restored 23 old paintings."),
    "public foots a bill": ("Council tax payers will foot a £23m bill for the flood barrier.",
                            "The club will foot a £23m bill for the new stand."),
    "public out of pocket": ("The collapse left taxpayers £23m out of pocket.",
                             "The deal left the founders £23m richer."),
    "public picks up a tab": ("Bill payers picked up a £23m tab for the failed merger.",
                              "Bill payers have saved £23m since the cap."),
    "households pay more each year": ("Households will pay £230 more a year for heating.",
                                      "Buyers will pay £230 for the new console."),
    "left in ruins": ("Some 23 farmhouses were left in ruins by the storm.",
                      "Some 23 farmhouses were left to the heirs."),
    "things captured": ("Rebels captured 23 tanks at the base.", "The team captured 23 titles."),
    "a unit written on the figure": ("Officers recovered 23kg of heroin.", "The baby weighed 3kg at birth."),
    "an agent of harm, no article": ("The explosion blew out windows in 230 homes.",
                                     "Glaziers fitted windows in 230 homes."),
    "an area of": ("Bushfires have blackened an area of 23,000 hectares.", "The reserve covers an area of "
                   "23,000 hectares."),
    "on the hook": ("Taxpayers are on the hook for £23bn.", "Investors are on the hook for £23bn."),
    "every household": ("The bailout has cost every household £2,300.", "The sofa cost £2,300."),
    "damage to": ("The tremor caused damage to 230 homes.", "The tremor was felt in 230 homes."),
    "power knocked out": ("The ice storm knocked out power to 23,000 homes.",
                          "The new plant will supply power to 23,000 homes."),
    "goods worth a sum seized": ("Officers seized heroin worth £23m.", "Officers sold tickets worth £23m."),
    "an extra sum a month": ("Households face an extra £23 a month on their bills.",
                             "Shoppers pay an extra £2 a month for delivery."),
    "added to the burden": ("The overruns have added £23m to the burden on ratepayers.",
                            "The fund has grown to £23m."),
    # numbers9: the public left worse off in figurative words; areas burned or flooded in any unit
    "public purse poorer": ("The sell-off left the public purse £64m poorer.",
                            "The sell-off left the founders £64m richer."),
    "taxpayers worse off": ("The botched deal has left taxpayers $64 million worse off.",
                            "The botched deal has left the rivals $64 million better off."),
    "public coffers drained": ("The fraud drained $64 million from state coffers.",
                               "The charity raised $64 million for state schools."),
    "public loss nursed": ("Taxpayers are nursing a £64m loss on the loan.", "Investors are nursing a £64m loss."),
    "a public body left worse off": ("The failed sale left the treasury £64m out of pocket.",
                                     "The treasury sold £64m of bills on Monday."),
    "area in sq miles": ("Fires have charred 64 sq miles of forest.", "The forest covers 64 sq miles."),
    "area in km2": ("The flood swamped 64 km2 of farmland.", "The farm covers 64 km2 of land."),
    "area in square metres": ("The blaze gutted 6,400 square metres of warehouse space.",
                              "The warehouse has 6,400 square metres of floor space."),
    "laid flat": ("The gale laid flat 640 acres of barley.", "The farmer sowed 640 acres of barley."),
    "up in smoke": ("Some 640 hectares of scrub went up in smoke.", "Some 640 hectares of scrub were cleared."),
    "a sum of public money": ("The stadium has swallowed £64m of public money.",
                              "The stadium has attracted £64m of private money."),
    "a public black hole": ("The council has been left with a £64m black hole.",
                            "The council has been left with a £64m surplus."),
    "taxpayers stung": ("Taxpayers have been stung for £64m.", "Tourists have been charged £64 each."),
    "an agent in the plural": ("Mudslides swallowed 64 homes in the valley.",
                               "Mudslides are common in 64 valleys."),
    "a verb after an uncountable noun": ("About 6,400 livestock perished in the blizzard.",
                                         "About 6,400 livestock grazed on the hills."),
    "at the public's expense": ("The trust ran up a £64m deficit at the taxpayer's expense.",
                                "The trust ran up a £64m surplus last year."),
}


def _warnings(text: str) -> list[str]:
    return [text[f.start:f.end] for f in only("WL201", f"Story\n\n{text}\n") if f.severity is Severity.WARNING]


@pytest.mark.parametrize("category", CATEGORIES)
def test_unsourced_category_is_warned(category: str) -> None:
    assert _warnings(CATEGORIES[category][0])


@pytest.mark.parametrize("category", CATEGORIES)
def test_sourced_category_is_quiet(category: str) -> None:
    sentence = CATEGORIES[category][0].rstrip(".") + ", officials said."
    assert not only("WL201", f"Story\n\n{sentence}\n")


@pytest.mark.parametrize("category", CATEGORIES)
def test_look_alike_is_not_warned(category: str) -> None:
    assert not _warnings(CATEGORIES[category][1])


NOT_TALLIES = [
    # verbs of people do not make a toll of things (the known false positive of the second pass)
    "Pupils buried 37 time capsules in the school grounds.",
    "Children freed 37 balloons over the park.",
    # results and records are no loss
    "The team lost 37 games last season.",
    "The party seized 37 seats in the election.",
    # an ambiguous verb with a thing not listed
    "The runners burned 370 calories each.",
    # plans, threats and forecasts: a decision or a prediction, not a tally
    "The bank is to cut 2,850 jobs.",
    "The firm plans to cut 230 jobs in Sweden.",
    "Up to 2,500 jobs are to go at the broker.",
    "The council will demolish 37 homes.",
    "The minimum wage would cost a million jobs.",
    # a company's result in a currency the engine does not know is no loss to the public
    "The miner made an exchange loss of 412 mln kwacha.",
    # a bare count that a company's customers moved to is no statistic of people
    "Broadband customers rose to 5.1 million across Europe.",
    # a reference back ("others") is no new tally; people lost by a quiz are no toll
    "Three others had been intercepted by security staff.",
    "The quiz lost 37 contestants in the first round.",
    # what an agent of harm does that is no loss; an agent word that only qualifies the subject
    "The storm dumped 37 inches of snow.",
    "The storm produced 37 tornadoes.",
    "The fire service inspected 37 buildings.",
    "Flood defences protected 37 homes.",
    # holding shares is no arrest; one person's small loss is no tally (BBC and Reuters look-alikes)
    # the makers of an agent of harm are no things it harmed; a loss foreseen is a plan
    "The strike by 4,000 dockers entered its third week.",
    "The plan envisages the loss of 130,000 tonnes of capacity.",
    "The fund now holds 6.8 mln ordinary stock units.",
    "An MP has had more than £600 and his passport stolen.",
]


@pytest.mark.parametrize("text", NOT_TALLIES)
def test_look_alikes_of_tallies_are_not_warned(text: str) -> None:
    assert not _warnings(text)


def test_people_still_count_when_a_verb_of_people_governs_them() -> None:
    assert _warnings("An avalanche buried 37 skiers.")
    assert _warnings("Gunmen abducted 37 Britons at the border.")


@pytest.mark.parametrize(
    "text",
    [
        "The storm struck without warning and killed 42 people in the port.",
        "Despite weather warnings, the storm killed 42 people in the town.",
        "Despite his protestations, 42 people were arrested in the raid.",
    ],
)
def test_a_warning_or_a_protest_that_gives_no_figure_is_no_source(text: str) -> None:
    assert _warnings(text)


def test_a_warning_that_gives_the_figure_is_its_source() -> None:
    assert not _warnings("The charity issued a warning that 42 people had died in the heat.")
