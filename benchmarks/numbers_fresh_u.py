"""Fresh held-out set U (numbers5): written last, after every fix of this pass, with wording used in no other
set, test or probe, and measured once at first sight (docs/numbers-and-attribution.md). Same form as sets S
and T (numbers_fresh_s.py runs all three). Data only."""

from __future__ import annotations

from numbers_fresh_s import Case

U_WL402: list[Case] = [
    ("u-fatally-nonfatally", "Shooting at the fair\n\nEleven people were shot, 4 fatally and 9 non-fatally, "
     "detectives said.\n", "WL402"),
    ("u-sober-drunk", "Brawl outside club\n\nPolice questioned 17 revellers, 11 sober, 10 drunk, a spokesman "
     "said.\n", "WL402"),
    ("u-whom-elided-nurses", "Hospital strike\n\nThe strike drew 90 staff, 70 of whom were nurses and 25 porters, "
     "the union said.\n", "WL402"),
    ("u-colon-citizens", "Coach crash\n\nThe coach carried 44 tourists: 30 Japanese, 10 Koreans and 8 Chinese, the "
     "embassy said.\n", "WL402"),
    ("u-among-them-states", "Avalanche\n\nPatrols found 7 skiers, among them 5 buried and 3 injured, the resort "
     "said.\n", "WL402"),
    ("u-dash-sexes", "Detention centre\n\nThe centre housed 130 detainees \u2013 100 male, 40 female \u2013 last "
     "month, inspectors said.\n", "WL402"),
    ("u-bracket-ranks", "Mutiny\n\nThe court tried 27 soldiers (19 privates and 10 officers) over the mutiny, "
     "prosecutors said.\n", "WL402"),
    ("u-comma-nationals-verb", "Lorry find\n\nOfficers found 18 stowaways, 12 Eritreans and 9 Sudanese, in the "
     "trailer, police said.\n", "WL402"),
    ("u-semicolon-degree", "Tram crash\n\nTwenty passengers were injured; 8 gravely, 15 lightly.\n", "WL402"),
    ("u-including-status", "Fraud case\n\nDetectives interviewed 35 employees, including 20 current and 18 former, "
     "the firm said.\n", "WL402"),
]
U_WL4_CONTROLS: list[Case] = [
    ("u-c-fatally-equal", "Shooting at the fair\n\nEleven people were shot, 4 fatally and 7 non-fatally, detectives "
     "said.\n", None),
    ("u-c-citizens-equal", "Coach crash\n\nThe coach carried 44 tourists: 30 Japanese, 6 Koreans and 8 Chinese, "
     "the embassy said.\n", None),
    ("u-c-including-less", "Fraud case\n\nDetectives interviewed 35 employees, including 10 current and 8 former, "
     "the firm said.\n", None),
    ("u-c-heights", "Avalanche\n\nPatrols found 7 skiers, 500 metres and 800 metres down the slope, the resort "
     "said.\n", None),
    ("u-c-hours", "Detention centre\n\nThe centre held 13 detainees, 10 hours and 40 minutes after the raid, "
     "inspectors said.\n", None),
    ("u-c-parallel-towns", "Lorry find\n\nOfficers found 8 stowaways in Dover, 12 in Folkestone and 9 in Calais, "
     "police said.\n", None),
    ("u-c-ages-listed", "Fire at flat\n\nThe family's 3 sons, 14, 11 and 8, escaped unhurt, firefighters said.\n",
     None),
    ("u-c-other-things", "Mutiny\n\nThe court tried 7 soldiers: 19 rifles and 10 grenades were shown as evidence, "
     "prosecutors said.\n", None),
]
U_WL401: list[Case] = [
    ("u-hundreds-trapped", "Hundreds trapped in lifts during blackout\n\nEngineers freed 12 office workers from "
     "stalled lifts, the fire brigade said.\n", "WL401"),
    ("u-thousands-sign", "Thousands back petition\n\nSo far 150 villagers have signed, the organisers said.\n",
     "WL401"),
    ("u-dozens-of-drivers", "Dozens of drivers fined\n\nMagistrates fined 3 motorists for speeding past the school, "
     "the court heard.\n", "WL401"),
    ("u-hundreds-hurt", "Hundreds hurt as stand collapses\n\nParamedics dealt with 28 spectators at the scene, the "
     "ambulance service said.\n", "WL401"),
    ("u-dozens-evacuated", "Dozens flee flats after fire\n\nFirefighters led 2 tenants to safety, the brigade "
     "said.\n", "WL401"),
    ("u-thousands-of-pilgrims", "Thousands of pilgrims arrive\n\nAbout 600 worshippers reached the shrine on "
     "Friday, officials said.\n", "WL401"),
]
U_WL401_CONTROLS: list[Case] = [
    ("u-c-hundreds-trapped-ok", "Hundreds trapped in lifts during blackout\n\nEngineers freed 120 office workers "
     "from stalled lifts, the fire brigade said.\n", None),
    ("u-c-thousands-sign-ok", "Thousands back petition\n\nSo far 15,000 villagers have signed, the organisers "
     "said.\n", None),
    ("u-c-several-counts", "Dozens of drivers fined\n\nMagistrates fined 3 motorists and 40 cyclists over the "
     "weekend, the court heard.\n", None),
    ("u-c-no-people-count", "Hundreds hurt as stand collapses\n\nThe stand, built 80 years ago, gave way at 3pm, "
     "the club said.\n", None),
]
U_WL201: list[Case] = [
    ("u-sailings-called-off", "Gales\n\nForty ferry sailings were called off as gales lashed the coast.\n",
     "WL201"),
    ("u-pits-flooded", "Floods\n\nThe river flooded 14 allotments overnight.\n", "WL201"),
    ("u-poultry-culled", "Bird flu\n\nInspectors had 30,000 chickens culled at the farm.\n", "WL201"),
    ("u-boats-wrecked", "Storm\n\nThe storm wrecked 22 moored yachts in the marina.\n", "WL201"),
    ("u-clinics-closed", "Doctors' strike\n\nThe walkout shut 130 surgeries on Monday.\n", "WL201"),
    ("u-closure-of-crossings", "Ice\n\nIce forced the closure of 19 level crossings.\n", "WL201"),
    ("u-phones-seized", "Prison search\n\nGuards confiscated 240 mobile phones in the search.\n", "WL201"),
    ("u-hives-died", "Winter\n\nSome 3,000 bee colonies died over the winter.\n", "WL201"),
    ("u-evacuation-flats", "Crane collapse\n\nThe crane collapse led to the evacuation of 60 flats.\n", "WL201"),
    ("u-cancellations-noun", "Snow\n\nSnow caused the cancellation of 160 bus routes.\n", "WL201"),
]
U_WL201_CONTROLS: list[Case] = [
    ("u-c-sailings-sourced", "Gales\n\nForty ferry sailings were called off, the port said.\n", None),
    ("u-c-wrecked-sourced", "Storm\n\nThe storm wrecked 22 moored yachts, according to the harbourmaster.\n",
     None),
    ("u-c-marina", "Marina\n\nThe marina has berths for 220 yachts.\n", None),
    ("u-c-allotments", "Allotments\n\nThe society looks after 14 allotments by the river.\n", None),
    ("u-c-surgeries", "Health\n\nThe practice opened 3 new surgeries this year.\n", None),
    ("u-c-phones", "Phones\n\nThe shop sold 240 mobile phones in a week.\n", None),
    ("u-c-speed", "Ice\n\nTrains slowed to 20 mph on icy track.\n", None),
    ("u-c-score", "Snooker\n\nHe won 6-2 after a 140 break.\n", None),
]
SET_U = {"WL402": U_WL402, "WL4-controls": U_WL4_CONTROLS, "WL401": U_WL401, "WL401-controls": U_WL401_CONTROLS,
         "WL201": U_WL201, "WL201-controls": U_WL201_CONTROLS}
