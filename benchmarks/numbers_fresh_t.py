"""Fresh held-out set T (numbers5): written after set S's fixes with wording used nowhere else, and measured
once at first sight before any further tuning (docs/numbers-and-attribution.md). Same form as set S
(numbers_fresh_s.py, which runs both). Data only."""

from __future__ import annotations

from numbers_fresh_s import Case

T_WL402: list[Case] = [
    ("t-mortally-superficially", "Stampede at the shrine\n\nSixteen pilgrims were trampled, 7 mortally and 12 "
     "superficially, officials said.\n", "WL402"),
    ("t-conscious-not", "Gas leak at school\n\nAmbulances took 13 pupils away, 9 conscious, 6 unconscious, the "
     "council said.\n", "WL402"),
    ("t-of-whom-were-elided-men", "Sea rescue\n\nThe navy picked up 60 migrants, 41 of whom were men and 23 "
     "minors, a spokeswoman said.\n", "WL402"),
    ("t-colon-nationals", "Hotel fire\n\nThe hotel had 48 guests that night: 30 Germans, 14 Dutch and 9 Belgians, "
     "the manager said.\n", "WL402"),
    ("t-among-them-adjectives", "Gang trial\n\nThe court convicted 19 defendants, among them 12 adult and 10 "
     "juvenile, prosecutors said.\n", "WL402"),
    ("t-including-status", "Ward closure\n\nThe ward held 21 patients, including 15 infected and 9 recovering, "
     "the trust said.\n", "WL402"),
    ("t-dash-outcomes", "Cave rescue\n\nDivers reached 8 cavers \u2013 5 unharmed and 4 injured \u2013 on "
     "Thursday, police said.\n", "WL402"),
    ("t-bracket-parts", "Bus plunge\n\nThe bus was carrying 33 people (20 adults and 16 children) when it left the "
     "road, police said.\n", "WL402"),
    ("t-comma-peoples", "Trawler sinks\n\nCoastguards saved 14 sailors, 9 Filipinos and 6 Indonesians, after the "
     "trawler sank, officials said.\n", "WL402"),
    ("t-of-them-sides", "Derby arrests\n\nPolice detained 26 supporters, of them 15 local and 14 visiting, a "
     "spokesman said.\n", "WL402"),
    ("t-colon-shifts", "Plant accident\n\nThe leak affected 70 staff: 45 day, 30 night, the company said.\n",
     "WL402"),
    ("t-comma-group-nouns", "Ambush on convoy\n\nThe ambush killed 10 people, 6 policemen and 5 drivers, the "
     "governor said.\n", "WL402"),
]
T_WL4_CONTROLS: list[Case] = [
    ("t-c-mortally-equal", "Stampede at the shrine\n\nSixteen pilgrims were trampled, 7 mortally and 9 "
     "superficially, officials said.\n", None),
    ("t-c-of-whom-less", "Sea rescue\n\nThe navy picked up 60 migrants, 21 of whom were men and 13 minors, a "
     "spokeswoman said.\n", None),
    ("t-c-colon-equal", "Hotel fire\n\nThe hotel had 48 guests that night: 30 Germans, 9 Dutch and 9 Belgians, the "
     "manager said.\n", None),
    ("t-c-bracket-equal", "Bus plunge\n\nThe bus was carrying 33 people (20 adults and 13 children) when it left "
     "the road, police said.\n", None),
    ("t-c-weights", "Cave rescue\n\nDivers reached 8 cavers, 50 kilos and 40 kilos of kit lost, police said.\n",
     None),
    ("t-c-dates", "Derby arrests\n\nPolice detained 6 supporters, 15 on May 3 and 14 on May 10, a spokesman said."
     "\n", None),
    ("t-c-clock", "Plant accident\n\nThe leak affected 7 staff, 4 at 10 and 5 at 11, the company said.\n", None),
    ("t-c-scores", "Derby report\n\nUnited fielded 11 players, 6 goals and 5 corners later the match ended, the "
     "club said.\n", None),
    ("t-c-parallel-places", "Trawler sinks\n\nCoastguards saved 4 sailors off Cork, 9 off Kerry and 6 off Clare, "
     "officials said.\n", None),
    ("t-c-kinds", "Hotel fire\n\nThe hotel had 4 guests: 30 rooms and 14 suites were empty, the manager said.\n",
     None),
    ("t-c-same-level", "Gang trial\n\nThe court heard 3 judges, 12 jurors and 10 lawyers speak, officials said.\n",
     None),
    ("t-c-money", "Ward closure\n\nThe ward held 21 patients, costing 15 million and 9 million euros a year, the "
     "trust said.\n", None),
]
T_WL401: list[Case] = [
    ("t-hundreds-evacuated", "Hundreds leave homes as river rises\n\nEmergency crews helped 45 householders to "
     "safety overnight, the council said.\n", "WL401"),
    ("t-dozens-detained", "Dozens held after match\n\nOfficers took 6 supporters into custody, police said.\n",
     "WL401"),
    ("t-thousands-march", "Thousands march for climate\n\nAbout 700 campaigners walked through the city centre, "
     "organisers said.\n", "WL401"),
    ("t-scores-of-pupils", "Scores of pupils sent home\n\nThe school sent 8 children home after a boiler failed, "
     "the head said.\n", "WL401"),
    ("t-hundreds-of-staff", "Hundreds of staff to move\n\nThe bank is relocating 60 employees to Leeds, it "
     "said.\n", "WL401"),
    ("t-dozens-rescued", "Dozens plucked from flood\n\nHelicopters lifted 4 villagers from rooftops, the army "
     "said.\n", "WL401"),
    ("t-thousands-queue", "Thousands queue for vaccine\n\nNearly 90 pensioners waited outside the clinic, the health "
     "board said.\n", "WL401"),
    ("t-hundreds-sick", "Hundreds sick after festival\n\nMedics saw 30 festival-goers with stomach pains, "
     "organisers said.\n", "WL401"),
    ("t-dozens-of-fans", "Dozens of fans banned\n\nThe club barred 2 supporters from its ground for life, it "
     "said.\n", "WL401"),
    ("t-thousands-without", "Thousands stranded at airport\n\nSome 150 travellers slept in the terminal, the "
     "airport said.\n", "WL401"),
]
T_WL401_CONTROLS: list[Case] = [
    ("t-c-hundreds-ok", "Hundreds leave homes as river rises\n\nEmergency crews helped 450 householders to safety "
     "overnight, the council said.\n", None),
    ("t-c-dozens-ok", "Dozens held after match\n\nOfficers took 36 supporters into custody, police said.\n", None),
    ("t-c-two-counts", "Thousands march for climate\n\nAbout 700 campaigners and 2,000 students walked through the "
     "city, organisers said.\n", None),
    ("t-c-not-people", "Hundreds of homes flooded\n\nThe river burst its banks near 3 villages, the council said.\n",
     None),
    ("t-c-other-event", "Dozens killed in bus crash\n\nAt least 8 passengers were injured, police said.\n", None),
    ("t-c-thousands-ok", "Thousands stranded at airport\n\nSome 1,500 travellers slept in the terminal, the airport "
     "said.\n", None),
]
T_WL201: list[Case] = [
    ("t-ferries-scrapped", "Gales in the channel\n\nOperators scrapped 46 ferry sailings because of the gales.\n",
     "WL201"),
    ("t-shut-by-floods", "Floods in the valley\n\nFloodwater has shut 17 clinics in the valley.\n", "WL201"),
    ("t-goats-perished", "Drought\n\nSome 9,000 goats have perished in the drought.\n", "WL201"),
    ("t-hives-lost", "Cold snap\n\nBeekeepers lost 600 hives over the winter.\n", "WL201"),
    ("t-properties-evacuated", "Bomb scare\n\nPolice evacuated 120 properties after the find.\n", "WL201"),
    ("t-vans-impounded", "Crackdown\n\nOfficers impounded 33 uninsured vans in a week.\n", "WL201"),
    ("t-closure-of-roads", "Blizzard\n\nThe blizzard caused the closure of 28 roads.\n", "WL201"),
    ("t-services-suspended", "Signal failure\n\nThe operator suspended 70 services after the fire.\n", "WL201"),
    ("t-stalls-torched", "Market riot\n\nRioters torched 25 market stalls.\n", "WL201"),
    ("t-crops-ruined", "Hail\n\nHail ruined 3,000 hectares of barley.\n", "WL201"),
    ("t-offices-shut-strike", "Civil service strike\n\nAround 400 job centres remained shut during the strike.\n",
     "WL201"),
    ("t-trucks-stolen", "Theft ring\n\nThe gang stole 48 trucks from depots.\n", "WL201"),
]
T_WL201_CONTROLS: list[Case] = [
    ("t-c-ferries-sourced", "Gales in the channel\n\nOperators scrapped 46 ferry sailings because of the gales, the "
     "port authority said.\n", None),
    ("t-c-hives-sourced", "Cold snap\n\nBeekeepers lost 600 hives over the winter, according to the beekeepers' "
     "association.\n", None),
    ("t-c-fleet", "Ferry firm\n\nThe operator runs 46 ferry sailings a day in summer.\n", None),
    ("t-c-herd", "Farm sale\n\nThe farm keeps 9,000 goats on 300 hectares.\n", None),
    ("t-c-age", "Profile\n\nThe 48-year-old has run 3 marathons.\n", None),
    ("t-c-price", "Market\n\nStalls rent for 25 pounds a day.\n", None),
    ("t-c-lost-games", "Football\n\nThe club lost 6 games in a row.\n", None),
    ("t-c-opened", "New clinics\n\nThe health board has opened 17 clinics in the valley.\n", None),
    ("t-c-holiday-closed", "Half term\n\nSome 400 schools were closed for half term.\n", None),
    ("t-c-length", "Relief road\n\nThe relief road is 12 miles long with 4 roundabouts.\n", None),
]
SET_T = {"WL402": T_WL402, "WL4-controls": T_WL4_CONTROLS, "WL401": T_WL401, "WL401-controls": T_WL401_CONTROLS,
         "WL201": T_WL201, "WL201-controls": T_WL201_CONTROLS}
