"""WL402 and WL401 shapes of issue 16's fourth pass, each written as a contradiction and as copy that agrees.

The shapes are the ones sets O and P found missing at first sight, read as
structure: "They were ..." and "The dead were ..." point back (parts above
the total contradict it; below it, as for "They included", they do not); a
group named by what happened to it ("The slain included", "The displaced
include"); a sentence that sums the list before it ("In total, ...", "Total
dead: 79", "That brings the number ... to 45", which counts others in too);
"Out of 66 migrants, ..." opening a breakdown; "The remainder – 27 –" closing
one; counts of things that divide (buildings into schools and homes, vehicles
into cars and vans, animals into cattle and sheep); an adjective standing for
the total's noun ("16 domestic and 18 international"); an event word used as an
adjective ("50 dead policemen"); a total after its list ("made up the 48
people taken hostage"); an attribution between two coordinated parts; and
headlines that count things with a loss ("Over 500 homes destroyed").
"""

from __future__ import annotations

from pathlib import Path

import conftest
import pytest

from wirelint.config import Settings

WL4 = Settings(select=("WL4",))


def codes(text: str, headline: str = "News") -> list[str]:
    return [finding.code for finding in conftest.lint(f"{headline}\n\n{text}\n", settings=WL4)]


SHAPES = [
    ("Lifeboats saved 30 people from the ferry. They were 20 passengers and 14 crew members.",
     "Lifeboats saved 34 people from the ferry. They were 20 passengers and 14 crew members."),
    ("The raid killed 25 people. The dead were 12 herders and 19 traders.",
     "The raid killed 31 people. The dead were 12 herders and 19 traders."),
    ("Gunmen shot 25 villagers. The slain included 12 farmers and 19 herders.",
     "Gunmen shot 35 villagers. The slain included 12 farmers and 19 herders."),
    ("Twelve boys and 19 girls were dug out of the mud. In total, rescuers saved 28 people.",
     "Twelve boys and 19 girls were dug out of the mud. In total, rescuers saved 31 people."),
    ("Twelve boys and 19 girls were dug out of the mud. In total, rescuers saved 36 people.",
     "Twelve boys and 19 girls were dug out of the mud. In all, rescuers saved 31 people."),
    ("Nine herders and 14 traders died in the raid. Total dead: 20.",
     "Nine herders and 14 traders died in the raid. Total dead: 23."),
    ("Nine soldiers were killed in Goma and 14 in Bor. That brings the number of dead this week to 20.",
     "Nine soldiers were killed in Goma and 14 in Bor. That brings the number of dead this week to 40."),
    ("Out of 30 migrants on the raft, 12 were women and 21 were children.",
     "Out of 40 migrants on the raft, 12 were women and 21 were children."),
    ("Of the 40 evacuees, 12 were women. The remainder – 21 – were children.",
     "Of the 33 evacuees, 12 were women. The remainder – 21 – were children."),
    ("The tremor destroyed 20 buildings, including 12 homes and 19 shops.",
     "The tremor destroyed 40 buildings, including 12 homes and 19 shops."),
    ("Customs impounded 20 vehicles – 12 vans and 19 lorries – at the port.",
     "Customs impounded 31 vehicles – 12 vans and 19 lorries – at the port."),
    ("The blizzard killed 20 animals, including 12 goats and 19 sheep.",
     "The blizzard killed 40 animals, including 12 goats and 19 sheep."),
    ("Thirty trains were cancelled on Friday: 12 regional and 21 national.",
     "Thirty-three trains were cancelled on Friday: 12 regional and 21 national."),
    ("Officials counted 12 dead soldiers and 19 dead rebels: 25 bodies in total.",
     "Officials counted 12 dead soldiers and 19 dead rebels: 31 bodies in total."),
    ("Together, the pilots (12) and the guards (19) made up the 25 people held.",
     "Together, the pilots (12) and the guards (19) made up the 31 people held."),
    ("The shelling killed 25 people. Twelve of the victims were herders, a hospital source said, and 19 were "
     "traders.", "The shelling killed 35 people. Twelve of the victims were herders, a hospital source said, and 19 "
     "were traders."),
    ("The army killed 25 fighters, 12 separatists and 19 mercenaries among them.",
     "The army killed 35 fighters, 12 separatists and 19 mercenaries among them."),
    # set Q's misses (after its first measurement)
    ("Nurses treated 25 wounded, who included 12 porters and 19 cleaners.",
     "Nurses treated 35 wounded, who included 12 porters and 19 cleaners."),
    ("The dead numbered 25, with porters (12) and cleaners (19) among them.",
     "The dead numbered 35, with porters (12) and cleaners (19) among them."),
    ("Twelve rebels were killed alongside 19 soldiers, taking the overall toll to 25.",
     "Twelve rebels were killed alongside 19 soldiers, taking the overall toll to 35."),
    ("Thirty people were kidnapped: 12 from a farm in Goma; 19 from a market in Bor.",
     "Thirty-one people were kidnapped: 12 from a farm in Goma; 19 from a market in Bor."),
    ("The 25 tourists killed were 12 Britons and 19 Austrians.",
     "The 31 tourists killed were 12 Britons and 19 Austrians."),
    ("Looters burned 25 vehicles, of which 12 were buses and 19 cars.",
     "Looters burned 35 vehicles, of which 12 were buses and 19 cars."),
]


@pytest.mark.parametrize(("defect", "control"), SHAPES, ids=[str(i) for i in range(len(SHAPES))])
def test_each_shape_finds_the_contradiction_and_passes_the_agreeing_copy(defect: str, control: str) -> None:
    assert "WL402" in codes(defect)
    assert not codes(control)


HEADLINES = [
    ("Over 500 homes destroyed in fire", "The fire destroyed 200 homes, officials said.",
     "The fire destroyed 540 homes, officials said."),
    ("Nearly 1,000 flights cancelled", "About 400 flights were cancelled, the airport said.",
     "Some 960 flights were cancelled, the airport said."),
    ("Dozens more die in fighting", "Five more people were killed on Tuesday, medics said.",
     "Forty more people were killed on Tuesday, medics said."),
    ("Handful of miners rescued", "Rescuers brought 30 miners to the surface, officials said.",
     "Rescuers brought four miners to the surface, officials said."),
    ("Scores feared drowned", "Nine people are feared to have drowned, police said.",
     "Ninety people are feared to have drowned, police said."),
    ("Quarter of a million flee floods", "About 25,000 people have fled the floods, the UN said.",
     "About 250,000 people have fled the floods, the UN said."),
    ("Scores held after riot", "Police held eleven people after the riot, officials said.",
     "Police held about 90 people after the riot, officials said."),
]


@pytest.mark.parametrize(("headline", "defect", "control"), HEADLINES, ids=[h[0] for h in HEADLINES])
def test_headline_counts_are_checked_against_the_body(headline: str, defect: str, control: str) -> None:
    assert "WL401" in codes(defect, headline)
    assert not codes(control, headline)


NOT_TOTALS = [
    # "They were A and B" claims no more than "They included" (the complete lists: "on both sides", "all",
    # "a total of N:", a colon list): parts below the total are no contradiction
    "Lifeboats saved 40 people from the ferry. They were 20 passengers and 14 crew members.",
    "The raid killed 40 people. The dead were 12 herders and 19 traders.",
    "The town has 2,000 homes. Nearly 300 homes were flooded, officials said.",
    "Police arrested 12 people after the match. Ninety officers were on duty.",
    "The attack killed 12 people, the worst toll since 40 died in Goma in 2009.",
    "Twenty flights were cancelled at Goma; 61 flights left on time.",
    "Sales are targeted at eight billion won this year, 25 to 30 billion next year and 76 billion in 1991.",
    # set R's flagged control: the total after a semicolon was added to its own parts
    "Each side lost fighters: the army 16, the rebels 12; 28 in all, officials said.",
    "The team lost 12 games. The remainder of the season is 19 games.",
]


@pytest.mark.parametrize("text", NOT_TOTALS)
def test_look_alikes_are_not_read_as_totals_and_parts(text: str) -> None:
    assert not codes(text)


def test_a_things_headline_is_matched_with_the_bodys_tallies_only() -> None:
    body = "The town has 2,000 homes. The fire destroyed 540 of them, officials said."
    assert not codes(body, "Over 500 homes destroyed in fire")


def test_the_cli_reports_a_list_summed_up_in_the_next_sentence(tmp_path: Path) -> None:
    story = tmp_path / "raid.txt"
    story.write_text("Raid on the camp\n\nNine herders and 14 traders died in the raid, police said. Total dead: "
                     "20.\n", encoding="utf-8")
    result = conftest.run_cli("check", str(story), "--select", "WL4")
    assert result.exit_code == 1
    assert "WL402" in result.output
    assert "9 herders" in result.output or "Nine herders" in result.output
