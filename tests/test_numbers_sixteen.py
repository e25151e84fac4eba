"""WL402 and WL201 shapes of the numbers16 pass (issue 16), each in sentences of my own, run as a user runs them
(``wirelint check FILE``), with the agreeing or sourced copy beside each:

A. an approximate total is never vaguer than it is written: "some 41" is precise to the unit, "about 40" to the
   ten (quantities.toml [bounds] approximate-within); parts that make up "nearly N" exactly do not contradict it;
B. shares by place led by different prepositions of place ("63 at the depot and 19 on the ferries"), with a place
   of several phrases or a possessive ("at the shed by the quay", "at the town's old yard"), and shares by means
   ("by air" and "by road"); the happening in the total's clause ("hurt in the riot") is no place of the list;
C. a total naming two kinds of people ("guards and inmates were hurt"): the verb after both says the event;
D. hostages taken with verbs also used of arrests ("Pirates captured ..."), some freed and some still held;
E. nouns for kinds of happening (incidents, offences, call-outs) and more crew roles in the hierarchy;
F. members named by a kind (a sex, an age, a people, a role, any plural) beside a bare part described by a phrase
   or a predicate ("52 of them women and 30 from Chad", "40 were juveniles and 18 were later cautioned") may be the
   same people: not summed; parts that answer one question still are;
G. WL201: a next paragraph that points back but says its figures count something else ("Those figures for
   tourism ..."), or an "According to X, <claim>" whose claim names only the counted thing or its place, is not the
   tally's source, nor is one about the happening ("the hail lasted ten minutes"); one that names the counted
   things again ("the barns were ...") or gives the figure ("... gave the figure") still is;
   slow harms (subsidence, erosion, lightning) are agents of damage like storms;
H. WL401: a headline count of things with a verb of its own ("Scores of goats drowned") is read against the body's
   tallies of those things, whatever their verb ("Herders lost about 15 goats").
"""

from __future__ import annotations

from pathlib import Path

import conftest
import pytest

from wirelint.numbers.extract import extract


def check(tmp_path: Path, story: str, select: str = "WL4") -> list[str]:
    """The findings of the rules ``select`` names on ``story``, as ``wirelint check`` prints them (code and line)."""
    path = tmp_path / "story.txt"
    path.write_text(story if "\n\n" in story else f"Update\n\n{story}\n", encoding="utf-8")
    result = conftest.run_cli("check", str(path), "--select", select)
    return [line.split(": ")[1].split()[0] + " " + line.split(":")[1] for line in result.output.splitlines()
            if line.startswith(str(path))]


SHAPES = [
    # (contradicting copy, agreeing copy)
    # A. approximate totals read at the precision they are written to
    ("Some 63 dockers were laid off, 50 at the container port and 19 at the ferry terminal.",
     "Some 63 dockers were laid off, 45 at the container port and 19 at the ferry terminal."),
    ("Around 70 stalls burned, 41 in the spice market and 45 in the cloth market.",
     "Around 70 stalls burned, 41 in the spice market and 33 in the cloth market."),
    ("Approximately 38 flats were flooded. Twenty-eight were in the tower and 12 in the low-rise block.",
     "Approximately 38 flats were flooded. Twenty-six were in the tower and 12 in the low-rise block."),
    # B. places led by different prepositions, long places, means
    ("Eighty-two porters were laid off, 63 at the depot and 24 on the ferries.",
     "Eighty-two porters were laid off, 63 at the depot and 19 on the ferries."),
    ("Thirty-one welders lost their jobs, 20 at the shed by the quay and 15 at the town's old yard.",
     "Thirty-one welders lost their jobs, 20 at the shed by the quay and 11 at the town's old yard."),
    ("Fifty medics were flown in, 31 by air and 26 by road.",
     "Fifty medics were flown in, 31 by air and 19 by road."),
    ("Forty-four wardens were hurt in the riot, 30 in the north wing and 19 in the kitchens.",
     "Forty-four wardens were hurt in the riot, 30 in the north wing and 14 in the kitchens."),
    ("Sixty-one ewes died in the blizzard, 40 on the fells and 25 in the lower fields.",
     "Sixty-one ewes died in the blizzard, 40 on the fells and 21 in the lower fields."),
    # C. two kinds of people in the total
    ("Sixty guards and inmates were hurt, 41 in the exercise yard and 25 in the chapel.",
     "Sixty guards and inmates were hurt, 41 in the exercise yard and 19 in the chapel."),
    ("Thirty vets and nurses were injured. They included 22 vets and 12 nurses.",
     "Thirty vets and nurses were injured. They included 18 vets and 12 nurses."),
    # D. hostages
    ("Pirates captured 27 seafarers. Nineteen have been freed and 11 remain captive.",
     "Pirates captured 27 seafarers. Nineteen have been freed and eight remain captive."),
    ("Raiders abducted 35 farmhands at dawn; 24 escaped and 16 are still being held.",
     "Raiders abducted 35 farmhands at dawn; 24 escaped and 11 are still being held."),
    ("Raiders seized 41 herders on the plateau, 30 of whom have since been freed while 15 are still held.",
     "Raiders seized 41 herders on the plateau, 30 of whom have since been freed while 11 are still held."),
    # D. outcomes that answer one question of quantities.toml [predicates.questions]
    ("Crews led 26 guests out of the hotel, of whom 19 were unhurt and 12 needed treatment for burns.",
     "Crews led 31 guests out of the hotel, of whom 19 were unhurt and 12 needed treatment for burns."),
    ("Raiders seized 41 herders on the plateau, 30 of whom have since escaped while 15 are still held.",
     "Raiders seized 41 herders on the plateau, 30 of whom have since escaped while 11 are still held."),
    # E. kinds of happening and crew roles
    ("Crews answered 44 call-outs, 30 of them chimney fires and 19 of them hoax calls.",
     "Crews answered 44 call-outs, 30 of them chimney fires and 14 of them hoax calls."),
    ("Officers logged 58 offences at the festival, 40 thefts and 23 assaults.",
     "Officers logged 58 offences at the festival, 40 thefts and 18 assaults."),
    ("The ferry company laid off 36 crew, 25 stewards and 14 pursers.",
     "The ferry company laid off 36 crew, 22 stewards and 14 pursers."),
    ("Forty staff went down with flu, 31 porters and 12 cooks.",
     "Forty staff went down with flu, 28 porters and 12 cooks."),
    ("The coastguard lost 33 sailors in the storm, 25 ratings and 11 officers.",
     "The coastguard lost 33 sailors in the storm, 22 ratings and 11 officers."),
    # B. shares by topic ("about", "into")
    ("The tribunal heard 60 claims, 40 about pay and 25 about hours.",
     "The tribunal heard 60 claims, 40 about pay and 20 about hours."),
    ("The regulator launched 30 probes, 20 into lenders and 14 into brokers.",
     "The regulator launched 30 probes, 20 into lenders and 10 into brokers."),
    ("Crews answered 57 callouts, 40 to chimney fires and 21 to road crashes.",
     "Crews answered 57 callouts, 40 to chimney fires and 17 to road crashes."),
    ("Inspectors made 80 visits, 50 of care homes and 35 of nurseries.",
     "Inspectors made 80 visits, 50 of care homes and 30 of nurseries."),
    # B. a share led by "from" is a place, not a comparison
    ("Fifty-two quarrymen were sent home, 40 from the north pit and 17 from the crushing plant.",
     "Fifty-two quarrymen were sent home, 40 from the north pit and 12 from the crushing plant."),
]


@pytest.mark.parametrize(("wrong", "right"), SHAPES, ids=[str(i) for i in range(len(SHAPES))])
def test_each_shape_finds_the_contradiction_and_passes_the_agreeing_copy(tmp_path: Path, wrong: str,
                                                                         right: str) -> None:
    assert check(tmp_path, wrong) == ["WL402 3"]
    assert check(tmp_path, right) == []


QUIET = [
    # A. a round approximate total keeps its 10% either side; "nearly N" made up exactly by its parts
    "About 60 homes lost power, 34 in the hills and 31 in the town.",
    "Nearly 37 barns were damaged, 25 on the upland farms and 12 along the river.",
    # B. a list of places whose first item is the count before it, not a total
    "Lifeguards rescued 4 swimmers off Porthcawl, 7 off Rhossili and 3 off Tenby.",
    "Police arrested 12 people on Monday, 5 on Tuesday and 3 on Wednesday.",
    "Nine climbers died in the avalanche, 14 in the storm and 6 in falls.",
    "The dealer sold 40 cars, 25 to garages and 10 to private buyers.",
    # F. people by sex or age beside a bare part described by a phrase may be the same people
    "The hostel took in 80 migrants, 52 of them women and 30 from Chad.",
    "The lab employs 45 chemists, 28 of them women and 20 on fixed-term contracts.",
    "Customs freed 64 labourers, 40 of them Kenyans and 30 without visas.",
    "Police detained 52 supporters; 40 were juveniles and 18 were later cautioned.",
    "The squad has 30 players, 20 of them internationals and 15 from the youth team.",
    "Of the 44 councillors who voted, 25 were Liberal and 21 were women.",
    "The bank employs 60 cashiers, 40 of them part-time and 30 women.",
    "The storm damaged 40 homes, 30 of them bungalows and 15 in the village.",
    # E. general words for people at work do not hold each other ("contractors and staff" divide)
    "The plant has 90 workers. Sixty are contractors and 30 are staff.",
]


@pytest.mark.parametrize("story", QUIET, ids=[str(i) for i in range(len(QUIET))])
def test_consistent_or_overlapping_copy_stays_quiet(tmp_path: Path, story: str) -> None:
    assert check(tmp_path, story) == []


def test_parts_of_one_question_beside_a_division_are_still_summed(tmp_path: Path) -> None:
    """"12 men were charged with theft and 30 with arson": the second part's phrase answers the first one's
    question, so the parts divide the total "In all, 40 people"."""
    story = ("Charges\n\nTwelve men were charged with theft and 30 with arson after the riot, police said.\n\n"
             "In all, 40 people have been charged.\n")
    assert check(tmp_path, story) == ["WL402 5"]


@pytest.mark.parametrize(("written", "low", "high"), [
    ("some 41 workers", 40, 42), ("about 40 workers", 36, 44), ("nearly 47,000 people", 46000, 47000),
    ("almost a dozen houses", 10.2, 12),
])
def test_an_approximate_figure_reaches_no_further_than_it_is_written(written: str, low: float, high: float) -> None:
    quantity = extract(written)[0]
    assert (quantity.value.low, quantity.value.high) == (low, high)


def test_two_kinds_of_people_take_the_verb_after_both() -> None:
    quantity = extract("Sixty guards and inmates were hurt in the riot.")[0]
    assert (quantity.event, quantity.phrase_end) == ("injured", len("Sixty guards and inmates"))


# --- G. WL201 --------------------------------------------------------------------------------------------------

UNSOURCED = [
    "Hail smashed 64 greenhouses in the valley.\n\nThose figures for tourism, issued by the county council, "
    "cover only the summer.",
    "Fire gutted 23 beach huts on Sunday.\n\nThe council's figures on parking fines, released by its auditors, "
    "show a rise.",
    "The gale blew down 48 barns on the estate.\n\nAccording to the estate office, the estate's barns date from "
    "the 1820s.",
    "Subsidence has cracked the walls of 29 cottages.",
    "Erosion has swept away 12 beach huts this winter.",
    "Burst pipes flooded 35 cellars in the terrace.",
    "Fire gutted 18 harbour warehouses.\n\nAccording to the port authority, the harbour will reopen on Monday.",
    "Vandals wrecked 28 bus shelters.\n\nAccording to the bus company, the shelters' adverts bring in little.",
    "Hail smashed 64 greenhouses in the valley.\n\nAccording to the growers' association, the hail lasted ten "
    "minutes.",
    "The gale blew down 48 barns on the estate.\n\nThe fire service's figures for chimney fires, published on "
    "Monday, show a fall.",
    "The gale blew down 48 barns on the estate.\n\nAccording to the county council, the gale was the worst since "
    "1990.",
    "The gale blew down 48 barns on the estate.\n\nThat estimate of repair costs came from the estate's insurers.",
]
SOURCED = [
    "The gale blew down 48 barns on the estate.\n\nAccording to the estate office, the barns were mostly empty "
    "and the gale also brought down power lines.",
    "Hail smashed 64 greenhouses in the valley.\n\nThose figures, issued by the growers' association, are "
    "provisional.",
    "Hail smashed 64 greenhouses in the valley.\n\nThe growers' association, which surveyed the damage from the "
    "air, gave the figure.",
    "Hail smashed 64 acres of greenhouses.\n\nAccording to growers, the greenhouses may be rebuilt by spring.",
    "Hail dented 41 vans at the depot.\n\nAccording to the owner, the hail damaged every van in the yard.",
    "Fire gutted 18 harbour warehouses.\n\nAccording to the port authority, the warehouses were empty.",
    "Exports to Asia rose 7.5% in May.\n\nAccording to the statistics office, exports to Europe fell.",
]


@pytest.mark.parametrize("story", UNSOURCED, ids=[str(i) for i in range(len(UNSOURCED))])
def test_tallies_whose_next_paragraph_sources_something_else_are_flagged(tmp_path: Path, story: str) -> None:
    assert check(tmp_path, f"Damage\n\n{story}\n", "WL201") == ["WL201 3"]


@pytest.mark.parametrize("story", SOURCED, ids=[str(i) for i in range(len(SOURCED))])
def test_tallies_sourced_by_the_next_paragraph_pass(tmp_path: Path, story: str) -> None:
    assert check(tmp_path, f"Damage\n\n{story}\n", "WL201") == []


# --- WL401: a headline count of things whose verb the body words otherwise --------------------------------------

HEADLINES = [
    # (headline, body the headline contradicts, body it fits)
    ("Scores of goats drowned in flash flood", "Herders lost about 15 goats in the flood, the union said.",
     "Herders lost about 150 goats in the flood, the union said."),
    ("Nearly 40 flats evacuated", "Firefighters evacuated 22 flats after the gas leak, a spokesman said.",
     "Firefighters evacuated 37 flats after the gas leak, a spokesman said."),
]


@pytest.mark.parametrize(("headline", "wrong", "right"), HEADLINES, ids=[str(i) for i in range(len(HEADLINES))])
def test_a_headline_count_of_things_is_read_against_the_bodys_count_of_them(tmp_path: Path, headline: str,
                                                                             wrong: str, right: str) -> None:
    assert check(tmp_path, f"{headline}\n\n{wrong}\n") == ["WL401 1"]
    assert check(tmp_path, f"{headline}\n\n{right}\n") == []


NO_TALLY = [
    "Lightning lit up 40 streets.",
    "A surge in orders filled 40 warehouses.",
    "The firm repaired 40 roofs last year.",
    "The 41-year-old was jailed for 12 years in 1998.",
    "Shares in the insurer fell 12p to 340p after the storm.",
]


@pytest.mark.parametrize("story", NO_TALLY, ids=[str(i) for i in range(len(NO_TALLY))])
def test_figures_that_are_no_tally_stay_quiet(tmp_path: Path, story: str) -> None:
    assert check(tmp_path, f"News\n\n{story}\n", "WL201") == []
