"""WL201 by category of toll and tally: flagged when unsourced, quiet when sourced, quiet on look-alikes.

Each category's vocabulary is data (quantities.toml: events, tallies, statistics); these sentences check that the
data reaches the rule, one category at a time.
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
