"""WL601: a background paragraph that brings a new person into the story is not another story (issue 17, review
fix of the lone paragraph apart, storyscore.is_lone).

A background paragraph may share no word with its story ("Architect David Chipperfield, whose firm has offices in
Berlin, Milan and Shanghai, won the design competition in 2003."), yet an editor reads it as part of the story:
it opens by introducing someone met here for the first time, a role before the name or a clause or noun phrase
after it saying who they are (text/storybackground.py). Every story below is my own and was reported at the
background paragraph before this fix; another story's body paragraph in the same place is still reported.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli
from test_wl601_lone import OTHER_BODY

from wirelint.text.storybackground import introduces

STORIES = {
    "museum": (
        "Museum extension gets go-ahead",
        (
            "Councillors have approved a £30m extension to the city museum, which will double the "
            "space for its collections."
        ),
        ("The new wing will house the museum's Roman finds, which have been kept in storage for more than 20 years."),
        (
            "Architect David Chipperfield, whose firm has offices in Berlin, Milan and Shanghai, won "
            "the design competition in 2003."
        ),
        ("Building work is expected to start in the autumn and the extension should open in 2008."),
        "The museum will stay open while the work is carried out.",
    ),
    "bridge": (
        "Council approves new bridge over river",
        (
            "The city council has approved plans for a new bridge over the River Wear, ending years "
            "of debate about traffic in the town centre."
        ),
        (
            "Councillors voted 32 to 10 in favour of the scheme, which is expected to cost about £40m"
            " and take three years to build."
        ),
        ("The council leader said the bridge would cut congestion and help businesses on both banks of the river."),
        (
            "Architect Maria Gonzalez, who trained in Barcelona and designed stadiums in Portugal and"
            " Brazil, won an international competition organised by the Royal Institute last spring."
        ),
        (
            "Opponents of the bridge said the money would be better spent on buses and cycle lanes, "
            "and warned that traffic in the town centre would simply grow."
        ),
        "Work on the bridge is due to begin next year.",
    ),
    "hospital": (
        "Hospital opens new cancer unit",
        (
            "A new cancer unit has opened at the city's general hospital, offering radiotherapy to "
            "patients who used to travel to Leeds."
        ),
        "The unit will treat up to 3,000 patients a year and has created 80 jobs.",
        (
            "Consultant Amira Hassan, who trained in Cairo and Boston and worked at Toronto's "
            "Princess Margaret centre, will lead the team."
        ),
        "Patients' groups said the unit would end long journeys for treatment.",
        "Health minister John Hutton will visit the unit next month.",
    ),
    "library": (
        "Village library saved by volunteers",
        (
            "A village library threatened with closure will stay open after volunteers agreed to run "
            "it three days a week."
        ),
        "The county council had planned to shut the library in April to save £45,000 a year.",
        (
            "Retired teacher Margaret Ellison, who spent 30 years at a grammar school in Harrogate "
            "and Ripon, organised the campaign."
        ),
        "More than 1,200 people signed a petition asking the council to keep the library open.",
        "The council said it would still pay for books and computers at the library.",
    ),
    "park": (
        "National park gains new ranger station",
        (
            "A new ranger station has opened at the southern entrance of the national park, which "
            "draws two million visitors a year."
        ),
        "The station has a visitor centre, a mountain rescue base and parking for 300 cars.",
        (
            "Landscape designer Rafael Moreno, whose practice in Seville and Granada restored gardens"
            " at the Alhambra, planned the grounds."
        ),
        ("Rangers said the station would help them respond faster to walkers in trouble on the hills."),
        "The visitor centre will be open daily from Easter.",
    ),
    "vineyard": (
        "Winemaker buys historic estate",
        (
            "A family winemaker has bought a historic estate in the Barossa Valley for A$12m, adding "
            "80 hectares of old vines."
        ),
        ("The estate produces shiraz from vines planted in the 1880s, among the oldest in the world."),
        (
            "Oenologist Claire Dubois, who worked for cellars in Bordeaux and Burgundy before moving "
            "to Adelaide in 1995, will oversee the vintage."
        ),
        ("The winemaker said it would keep the estate's name and its cellar door open to visitors."),
        "The sale is expected to be completed in March.",
    ),
    "orchestra": (
        "Orchestra names new music director",
        ("The city's symphony orchestra has named a new music director, ending a search that lasted almost two years."),
        "The orchestra's board voted unanimously for the appointment on Tuesday.",
        (
            "Conductor Ingrid Halvorsen, who was born in Bergen and studied in Vienna and Helsinki, "
            "made her debut at La Scala in 1998."
        ),
        ("Musicians said they hoped the new music director would bring audiences back to the orchestra."),
        "The orchestra will announce its next season in April.",
    ),
    "school": (
        "Academy to open in former factory",
        (
            "A new academy for 1,100 pupils is to open in a former textile factory, the education "
            "authority has confirmed."
        ),
        ("The building will be converted over the summer, with science laboratories and a sports hall added."),
        (
            "Headteacher Samuel Okafor, a chemistry lecturer from Lagos who ran colleges in Croydon "
            "and Luton, was appointed in January."
        ),
        "Parents have been invited to open evenings at the site in May.",
        "The academy will take its first pupils in September.",
    ),
    "lighthouse": (
        "Lighthouse to become holiday flats",
        (
            "A Victorian lighthouse on the Cornish coast is to be turned into holiday flats after its"
            " sale by the maritime trust."
        ),
        "The lighthouse, automated in 1990, will keep its working lamp under the plans.",
        (
            "Developer Oliver Pendry, whose family has restored mills and chapels in Devon and "
            "Somerset since the 1950s, paid £850,000 in June."
        ),
        (
            "Planners said the conversion of the lighthouse would protect a listed building that had "
            "stood empty for years."
        ),
        "The first holiday flats should be ready next summer.",
    ),
    "festival": (
        "Folk festival moves to bigger site",
        (
            "The town's folk festival is to move to a larger site next summer after tickets sold out "
            "within hours this year."
        ),
        ("Organisers said the new festival site, on farmland south of the river, could hold 15,000 people."),
        (
            "Fiddler Siobhan Keane, who grew up in Donegal and toured with bands in Nashville and "
            "Glasgow, founded the event in 1986."
        ),
        "Organisers said more stages and camping would let the festival add a fourth day.",
        "Tickets for next summer's folk festival go on sale in March.",
    ),
    "airport": (
        "Airport runway extension approved",
        (
            "Ministers have approved a 600-metre extension to the airport's runway, allowing "
            "long-haul flights to North America."
        ),
        ("The airport expects passenger numbers to double to four million a year by 2015 once the runway is longer."),
        (
            "Surveyor Bernard Achterberg, a Dutch engineer who reclaimed polders near Rotterdam and "
            "Groningen, assessed the marshland."
        ),
        ("Environmental groups said the longer runway would bring more noise and flights over nearby villages."),
        "Work on the runway extension will start in the autumn.",
    ),
}
"""Headline and paragraphs of each story (my own); one paragraph brings in a new person as background, sharing
(almost) no word with the rest. Each was reported at that paragraph on main before this fix."""


def _check(tmp_path: Path, headline: str, paragraphs: tuple[str, ...] | list[str]) -> str:
    story = tmp_path / "story.txt"
    story.write_text(headline + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return run_cli("check", "--select", "WL6", str(story)).output


def _background(paragraphs: tuple[str, ...]) -> int:
    return next(number for number, text in enumerate(paragraphs) if introduces(text))


@pytest.mark.parametrize("name", sorted(STORIES))
def test_a_background_paragraph_on_a_new_person_is_not_another_story(tmp_path: Path, name: str) -> None:
    headline, *paragraphs = STORIES[name]
    assert _background(tuple(paragraphs)) >= 1
    assert "WL601" not in _check(tmp_path, headline, paragraphs)


@pytest.mark.parametrize("name", ["museum", "bridge", "hospital", "airport"])
def test_another_story_s_body_paragraph_in_the_background_s_place_is_still_reported(tmp_path: Path, name: str):
    headline, *paragraphs = STORIES[name]
    at = _background(tuple(paragraphs))
    paragraphs[at] = OTHER_BODY
    line = 3 + 2 * at
    output = _check(tmp_path, headline, paragraphs)
    assert f"story.txt:{line}:1: WL601 a different story starts here" in output


@pytest.mark.parametrize(
    "text",
    [
        "Architect David Chipperfield, whose firm has offices in Berlin and Milan, won the competition in 2003.",
        "Sir Terry Leahy, who joined as a shelf stacker in 1979, became chief executive in 1997.",
        "Ruth Kelly, a former economics writer at the Guardian, was appointed in December.",
        "Hoekstra Partners, which has designed bridges in Rotterdam and Lisbon, won the contract in May.",
    ],
)
def test_a_name_brought_in_with_who_or_what_it_is_reads_as_background(text: str) -> None:
    assert introduces(text)


@pytest.mark.parametrize(
    "text",
    [
        "In London, a man was arrested after a fire at a warehouse on Tuesday.",
        "Elsewhere, a bomb exploded near a market in the north of the country.",
        "Last year, the company sold 40,000 cars in Germany and France.",
        "John Smith said the council had ignored residents for years.",
        "Production at the Mufulira smelter was cut to 40 percent of capacity in February.",
    ],
)
def test_a_phrase_of_time_or_place_a_transition_or_a_name_met_is_not_an_introduction(text: str) -> None:
    assert not introduces(text)
