"""WL601 on ordinary on-topic paragraphs: quiet (issue 17, integrity16; README's WL601 row: "A 'Meanwhile' paragraph
on the same subject ... is not a merge").

Stories of my own, short and long, web and wire, each with a paragraph an editor reads as the story going on: an
official reacting to the story's event (a president visiting the quake zone, a chancellor promising help to the
worst-hit towns), the same event seen in another place of the story or by another party (shops running short in a
flooded town, hotels told to shut their windows near a wildfire), with or without "Meanwhile,". A reviewer found
islands (:mod:`wirelint.text.storyislands`) reporting six such paragraphs: an island needs the story to go on across
it, and a stretch in the words of the story's kind of event (``storyislands.toml`` [families]) takes up its subject.
Another story's lede in the same place is still reported (tests/test_wl601_round18.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli

ON_TOPIC: dict[str, tuple[str, tuple[str, ...]]] = {
    "quake official": (
        "Strong quake shakes southern Peru",
        (
            "A magnitude 6.5 earthquake shook southern Peru early on Sunday, collapsing adobe houses in three "
            "villages and killing at least nine people, the civil defence institute said.",
            "Rescuers dug through rubble in the village of Chuquibamba with shovels and bare hands, and soldiers "
            "flew tents and blankets to families sleeping in the open.",
            "President Dina Boluarte visited Arequipa in the afternoon and promised money to rebuild every school "
            "damaged by the tremor.",
            "Aftershocks rattled the region through the day, and the civil defence institute said more than 200 "
            "homes had been destroyed.",
        ),
    ),
    "quake meanwhile mid": (
        "Earthquake hits Greek island",
        (
            "An earthquake of magnitude 5.9 struck off the Greek island of Samos on Monday, damaging old stone "
            "houses and injuring eleven people, officials said.",
            "Firefighters checked churches and schools for cracks. Meanwhile, the mayor of Vathy opened two gyms "
            "for residents afraid to sleep indoors, and the ferry company added a boat to Piraeus.",
            "Seismologists in Athens said aftershocks could go on for weeks.",
            "Schools on the island will stay closed until engineers have inspected them.",
        ),
    ),
    "flood minister": (
        "Rivers burst banks in central Germany",
        (
            "Heavy rain sent rivers over their banks across Thuringia and Saxony on Thursday, flooding hundreds "
            "of cellars and cutting rail links between Erfurt and Leipzig.",
            "Chancellor Olaf Scholz promised federal help for the worst-hit towns during a visit to a fire "
            "station in Gera.",
            "Volunteers filled sandbags outside the town hall in Greiz, where the White Elster rose two metres "
            "overnight.",
            "Forecasters expect the rain to ease on Saturday.",
        ),
    ),
    "flood supermarket": (
        "Flooding cuts off Cumbrian villages",
        (
            "Floodwater cut off several villages in Cumbria on Saturday after a night of torrential rain, and the "
            "Environment Agency issued four severe warnings.",
            "Meanwhile, shops in Keswick ran short of bread and milk because lorries could not get through on the A66.",
            "Mountain rescue teams used boats to reach elderly residents in Cockermouth.",
            "The agency said river levels would stay high into Monday.",
        ),
    ),
    "wildfire tourists": (
        "Wildfire rages on Tenerife",
        (
            "A wildfire burned through pine forest on the slopes of Mount Teide on Tenerife for a third day on "
            "Friday, forcing 3,000 people from their homes, the regional government said.",
            "Water-dropping planes from mainland Spain joined the firefighters. Meanwhile, hotels in Puerto de la "
            "Cruz told guests to keep windows shut as smoke drifted over the coast.",
            "Emergency services said no one had been hurt.",
            "Officials said the blaze might have been started deliberately.",
        ),
    ),
    "heat hospital": (
        "Heatwave strains hospitals in India",
        (
            "Temperatures above 47C gripped northern India for a tenth day on Wednesday, and doctors in Delhi "
            "said heatstroke cases had doubled in a week.",
            "The city's water board sent tankers to neighbourhoods where taps had run dry.",
            "Prime Minister Narendra Modi chaired a meeting on the heat and told states to keep hospital beds free.",
            "The weather office said relief from pre-monsoon showers could come next week.",
        ),
    ),
    "storm power": (
        "Storm leaves thousands without power in France",
        (
            "Storm Ciaran swept across Brittany overnight with gusts of 200 km an hour, leaving 1.2 million homes "
            "without electricity, the grid operator said.",
            "A lorry driver was killed when a tree fell on his cab near Brest.",
            "Interior Minister Gerald Darmanin said 3,000 firefighters had been sent to the region.",
            "Trains between Rennes and Quimper were cancelled for the day.",
        ),
    ),
    "crash airline": (
        "Bus crash kills 14 in Bolivia",
        (
            "A bus plunged into a ravine on the road between La Paz and Yungas on Tuesday, killing 14 passengers, "
            "police said.",
            "Survivors were taken to a hospital in Coroico, where doctors treated 20 people for broken bones.",
            "Transport Minister Edgar Montano said inspectors would check every bus company licensed on the route.",
            "The road, cut into steep cliffs, is among the most dangerous in South America.",
        ),
    ),
    "court reaction": (
        "Former mayor jailed for fraud",
        (
            "A court in Lyon sentenced the town's former mayor to four years in prison on Friday for awarding "
            "building contracts to companies owned by his brother.",
            "Judges said the contracts, worth 12 million euros, had been signed without any tender.",
            "The mayor's lawyer said his client would appeal against the verdict.",
            "Anti-corruption campaigners outside the courthouse welcomed the sentence and called for a national "
            "register of officials' assets.",
            "The brother was given a suspended sentence.",
        ),
    ),
    "virus minister": (
        "Measles cases rise in Romania",
        (
            "Romania has recorded 1,200 cases of measles since January, most of them in children who were not "
            "vaccinated, the health ministry said on Monday.",
            "Paediatric wards in Bucharest and Cluj are full, and doctors have asked parents to check their "
            "children's vaccination records.",
            "Meanwhile, the European Centre for Disease Prevention and Control in Stockholm urged neighbouring "
            "countries to offer catch-up vaccines.",
            "Officials said two children had died this year.",
        ),
    ),
    "war aid": (
        "Shelling hits eastern Ukrainian city",
        (
            "Russian shelling struck apartment blocks in Kramatorsk overnight, killing five civilians and "
            "wounding 19, the regional governor said on Saturday.",
            "Rescuers searched the rubble of a five-storey building for a missing family.",
            "The United Nations refugee agency said it had sent trucks of blankets and building materials to the city.",
            "Ukraine's air force said it had shot down 12 of 15 drones launched overnight.",
        ),
    ),
    "strike pm": (
        "Rail strike halts trains across Italy",
        (
            "A 24-hour rail strike stopped most trains across Italy on Friday, as unions protested over staff "
            "shortages and attacks on conductors.",
            "Commuters in Milan and Rome crowded onto buses, and taxi queues stretched along the station forecourts.",
            "Transport Minister Matteo Salvini said he would meet union leaders next week and called the walkout "
            "unjustified.",
            "High-speed services between Rome and Naples ran at a third of their usual number.",
        ),
    ),
    "museum long": (
        "Historic mill reopens as museum",
        (
            "A 200-year-old cotton mill in Derbyshire has reopened as a museum after a three-year restoration "
            "costing 6 million pounds.",
            "The mill's water wheel, the largest still turning in England, was rebuilt by a team of carpenters "
            "using oak from a local estate.",
            "Visitors can watch spinning frames powered by the wheel, and a new gallery tells the story of the "
            "children who worked in the mill.",
            "Local historian Ruth Ellery, whose great-grandmother worked there as a girl, gave the museum letters "
            "and wage books.",
            "Meanwhile, the village of Cromford has repaired its canal towpath so that visitors can walk from the "
            "station.",
            "The museum expects 60,000 visitors a year, and tickets for children will be free during school holidays.",
            "The trust that runs it hopes to restore a second building next door for workshops.",
            "The mill was closed in 1991 when its last owner went bankrupt.",
        ),
    ),
    "election wire": (
        "Portugal's Socialists lead in early count",
        (
            "LISBON, March 10 - Portugal's Socialist Party led Sunday's general election with 31 percent of the "
            "vote after two thirds of ballots were counted, the electoral commission said.",
            "The centre-right Democratic Alliance was close behind with 29 percent.",
            "President Marcelo Rebelo de Sousa said he would begin talks with party leaders on Tuesday.",
            "Turnout was 66 percent, the highest in more than a decade.",
            "Final results are expected early on Monday.",
        ),
    ),
    "company wire": (
        "Airline cuts flights after engine faults",
        (
            "DUBLIN, June 4 - Aer Lingus will cancel about 120 flights this month after inspections found faults "
            "in engines of four of its A320 jets, the airline said on Tuesday.",
            "Passengers on cancelled flights will be offered new bookings or refunds, it said.",
            "Meanwhile, engine maker CFM International said it was sending engineers to Dublin to speed up repairs.",
            "The Irish Aviation Authority said it was in contact with the airline.",
            "Aer Lingus flies to more than 90 destinations from Ireland.",
        ),
    ),
    "harvest long": (
        "Drought cuts Spanish olive harvest",
        (
            "Spain's olive oil production will fall by nearly half this year after the driest spring on record, "
            "the farm ministry said on Wednesday.",
            "Growers in Jaen, the province that produces most of the country's oil, said many trees had dropped "
            "their fruit in June.",
            "Prices of extra virgin oil in Spanish supermarkets have risen by 60 percent in a year.",
            "Agriculture Minister Luis Planas said the government would cut taxes on farmers hit by the drought.",
            "Irrigation reservoirs in Andalusia are at 20 percent of their capacity.",
            "Exporters warned that buyers in the United States and Japan might turn to oil from Tunisia and Turkey.",
            "Rain is forecast for the region next week, but growers said it would come too late for this year's crop.",
        ),
    ),
    "school reaction": (
        "Schools shut as teachers strike in Scotland",
        (
            "Most primary schools in Scotland closed on Thursday as teachers walked out in a dispute over pay.",
            "Parents in Glasgow and Edinburgh arranged childcare with friends and grandparents.",
            "First Minister Humza Yousaf said the government's offer was fair and urged the union to return to talks.",
            "The EIS union said further strikes would follow in March.",
        ),
    ),
    "bridge place": (
        "Bridge collapse cuts off valley town",
        (
            "A road bridge over the River Tay collapsed on Wednesday night, cutting the town of Aberfeldy off "
            "from the main road to Perth.",
            "No one was hurt, police said, but a car was left hanging over the edge.",
            "Meanwhile, in Pitlochry, ten miles away, the council set up a bus link for people who work in Aberfeldy.",
            "Engineers said a temporary bridge could take three months to build.",
            "The bridge had been inspected in 2021.",
        ),
    ),
    "fire factory": (
        "Fire destroys furniture factory",
        (
            "A fire destroyed a furniture factory on an industrial estate in Hull overnight, sending thick smoke "
            "across the city.",
            "Thirty firefighters fought the blaze for six hours.",
            "Residents of nearby streets were told to keep doors and windows closed.",
            "The company's managing director, Paul Greaves, said 80 workers would be paid while it looked for new "
            "premises.",
            "The cause of the fire is not yet known.",
        ),
    ),
    "outbreak web short": (
        "Bird flu found on Norfolk farm",
        (
            "Bird flu has been confirmed at a poultry farm near Attleborough in Norfolk, and all 40,000 birds "
            "will be culled, the government said.",
            "A three-kilometre protection zone has been set up around the farm.",
            "The National Farmers' Union said its members were worried about the coming Christmas turkey season.",
            "Officials said the risk to people was very low.",
        ),
    ),
    "evacuation sentence": (
        "Volcano erupts in Iceland",
        (
            "A volcano erupted on Iceland's Reykjanes peninsula on Monday night, sending lava towards the fishing "
            "town of Grindavik, which had been evacuated.",
            "Civil defence officials said the lava flow had slowed by morning. The Blue Lagoon spa nearby stayed "
            "closed.",
            "Flights at Keflavik airport were not affected, the airport operator said.",
            "Scientists said the eruption could last for weeks.",
        ),
    ),
    "market reaction wire": (
        "Yen weakens after Bank of Japan holds rates",
        (
            "TOKYO, Jan 23 - The yen fell to a two-month low against the dollar on Tuesday after the Bank of "
            "Japan kept its ultra-low interest rates unchanged.",
            "The dollar rose to 148.70 yen in Tokyo trading.",
            "Finance Minister Shunichi Suzuki told reporters he was watching currency moves with a strong sense "
            "of urgency.",
            "Japanese shares rose, with the Nikkei average gaining 0.8 percent.",
            "Economists said the bank could end negative rates in April.",
        ),
    ),
}
"""Headline and paragraphs of each story, the on-topic paragraph among them."""


@pytest.mark.parametrize("name", list(ON_TOPIC))
def test_an_on_topic_paragraph_is_not_reported(tmp_path: Path, name: str) -> None:
    headline, paragraphs = ON_TOPIC[name]
    story = tmp_path / "story.txt"
    story.write_text(headline + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    assert "WL6" not in run_cli("check", "--select", "WL6", str(story)).output


def test_another_story_s_lede_in_a_short_flood_story_is_still_reported(tmp_path: Path) -> None:
    """The same short host with a paragraph of another kind of event in its middle, the flood story resuming: the
    topic families leave it another story's."""
    headline, paragraphs = ON_TOPIC["flood supermarket"]
    lede = (
        "A Belgian court has ordered the release of two Dutch journalists arrested while filming a protest outside "
        "a nuclear plant in Doel, their lawyer has said."
    )
    story = tmp_path / "story.txt"
    story.write_text(headline + "\n\n" + "\n\n".join([*paragraphs[:2], lede, *paragraphs[2:]]) + "\n", encoding="utf-8")
    output = run_cli("check", "--select", "WL6", str(story)).output
    assert "story.txt:7:1: WL601 a different story starts here" in output
