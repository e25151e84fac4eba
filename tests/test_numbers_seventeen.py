"""WL402, WL401 and WL201 defects of the numbers17 pass (issue 16), each in sentences of my own, run as a user runs
them (``wirelint check FILE``), with the contradicting or unsourced copy beside each:

A. WL402: an approximate figure whose last significant digit is 5 is rounded to the five ("about 25" may be 27,
   "some 75" may be 78, "an estimated 1,250" may be 1,290); one written to the unit ("some 41") stays precise;
   quantities.toml [bounds] approximate-within is read ("percentage" drops the cap);
B. WL401: a headline count of things is supported by any body count of the same things that fits, by a list of
   them added up, or by what befell them over the body added up;
C. WL201: a next paragraph that gives the figure in either voice, a time after it allowed, or whose claim points back
   at the counted things by a pronoun ("most of them"), sources the figure; one about another figure does not;
D. WL402: a total set after its list with "in total" ("62 homes ... and 34 in the lower valley, 87 in total"), a
   first part with its passive verb and place before a bare one ("were flooded in X and 34 in Y"), and shares by
   agent ("25 headed by men and 18 by women").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_numbers_sixteen import check  # the findings as `wirelint check` prints them

from wirelint.numbers import data
from wirelint.numbers.interval import Interval
from wirelint.numbers.qualifiers import Bound, apply

FIVES = [
    # (agreeing copy: an approximate total rounded to the five, contradicting copy: parts well past that)
    ("About 35 pupils were sent home, 21 from the junior school and 16 from the infants.",
     "About 35 pupils were sent home, 25 from the junior school and 16 from the infants."),
    ("Some 450 tenants were rehoused, 260 in Northgate and 215 in the riverside flats.",
     "Some 450 tenants were rehoused, 300 in Northgate and 215 in the riverside flats."),
    ("Roughly 85 drivers were fined, 47 on the ring road and 42 on the bypass.",
     "Roughly 85 drivers were fined, 50 on the ring road and 42 on the bypass."),
    ("An estimated 2,350 runners finished, 1,600 in the full race and 790 in the half.",
     "An estimated 2,350 runners finished, 1,700 in the full race and 790 in the half."),
    ("Around 65 climbers were rescued, 38 on the north face and 31 on the ridge.",
     "Around 65 climbers were rescued, 38 on the north face and 37 on the ridge."),
]


@pytest.mark.parametrize(("right", "wrong"), FIVES, ids=[str(i) for i in range(len(FIVES))])
def test_an_approximate_figure_ending_in_five_is_rounded_to_the_five(tmp_path: Path, right: str, wrong: str) -> None:
    assert check(tmp_path, right) == []
    assert check(tmp_path, wrong) == ["WL402 3"]


UNITS = [
    "Some 41 pickers were laid off, 30 at the orchard and 15 at the packing shed.",
    "Nearly 62 stalls burned, 40 in the fish market and 24 in the flower market.",
    "About 24 pupils were sent home, 17 from the junior school and 12 from the infants.",
]


@pytest.mark.parametrize("story", UNITS, ids=[str(i) for i in range(len(UNITS))])
def test_an_approximate_figure_written_to_the_unit_stays_precise(tmp_path: Path, story: str) -> None:
    assert check(tmp_path, story) == ["WL402 3"]


@pytest.mark.parametrize(("value", "reach"), [(41, 1), (40, 10), (25, 5), (75, 5), (250, 50), (1_250, 50),
                                              (35_000, 5_000), (47_000, 1_000), (5, 5)])
def test_the_reach_of_an_approximate_figure_is_its_written_step_or_five_of_them(value: float, reach: float) -> None:
    assert data.approximate_reach(value) == pytest.approx(reach)


def _with_setting(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    """quantities.toml with ``[bounds] approximate-within`` set to ``value`` (the file itself untouched)."""
    table = dict(data.table())
    table["bounds"] = {**table["bounds"], "approximate-within": value}
    monkeypatch.setattr(data, "table", lambda: table)


def test_the_percentage_setting_restores_the_percentage_margins(monkeypatch: pytest.MonkeyPatch) -> None:
    assert apply(Bound.ABOUT, Interval.point(41), "41") == Interval(40, 42)
    _with_setting(monkeypatch, "percentage")
    about = apply(Bound.ABOUT, Interval.point(41), "41")
    assert (about.low, about.high) == (pytest.approx(36.9), pytest.approx(45.1))
    nearly = apply(Bound.NEARLY, Interval.point(47_000), "47,000")
    assert nearly.low == pytest.approx(39_950)


def test_an_unknown_setting_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    _with_setting(monkeypatch, "to-the-unit")
    with pytest.raises(ValueError, match="approximate-within must be one of written-precision, percentage"):
        apply(Bound.ABOUT, Interval.point(41), "41")


HEADLINE = "Nearly 40 flats evacuated after fire"
THINGS_FIT = [
    # a list of the things added up
    "Firefighters evacuated 24 flats in Tower A and 14 in Tower B on Friday, the brigade said.",
    # a total of them after one share
    "Firefighters evacuated 24 flats in Tower A on Friday, the brigade said. In all, 38 flats were cleared by dawn.",
    # the body repeats the headline's count of them with another verb
    "Firefighters evacuated 24 flats in Tower A on Friday, the brigade said. Nearly 40 flats in the estate lost "
    "power overnight.",
    # what befell them over the body, added up
    "Firefighters evacuated 24 flats in Tower A on Friday, the brigade said. Another 14 flats were evacuated in "
    "Tower B.",
]
THINGS_WRONG = [
    "Firefighters evacuated 24 flats in Tower A on Friday, the brigade said.",
    "Firefighters evacuated 24 flats in Tower A and 6 in Tower B on Friday, the brigade said.",
    "Firefighters evacuated 24 flats in Tower A on Friday, the brigade said. In all, 29 flats were cleared by dawn.",
    "Firefighters evacuated 24 flats in Tower A on Friday, the brigade said. Another 5 flats were evacuated in "
    "Tower B.",
]


@pytest.mark.parametrize("body", THINGS_FIT, ids=[str(i) for i in range(len(THINGS_FIT))])
def test_a_headline_count_of_things_fits_any_body_count_of_them(tmp_path: Path, body: str) -> None:
    assert check(tmp_path, f"{HEADLINE}\n\n{body}\n\nResidents returned on Saturday.\n") == []


@pytest.mark.parametrize("body", THINGS_WRONG, ids=[str(i) for i in range(len(THINGS_WRONG))])
def test_a_headline_count_of_things_no_body_count_allows_is_flagged(tmp_path: Path, body: str) -> None:
    assert check(tmp_path, f"{HEADLINE}\n\n{body}\n\nResidents returned on Saturday.\n") == ["WL401 1"]


TALLY = "Gales toppled 212 lamp posts across the borough overnight."
GIVEN_BACK = [
    "The highways department gave the figure on Tuesday.",
    "The highways department released the figure on 3 March.",
    "The tally was compiled by the highways department.",
    "The count came from the highways department.",
    "The highways department compiled the tally the next morning.",
    "The total was later published by the borough council on its website.",
    "According to the highways department, most of them were more than 40 years old.",
    "According to the highways department, all of those damaged were on main roads.",
]
NOT_GIVEN_BACK = [
    "The highways department released the figure on road repairs.",
    "The highways department gave the figure for pothole claims.",
    "The number of road closures was given by the police.",
    "According to the highways department, winter budgets are set in April.",
    "The highways department said it would review its budget.",
    "Ford, the number two carmaker, has said it will build a plant in the borough.",
    "The council, which is the number 3 employer in the region, said it would review its budget.",
]


@pytest.mark.parametrize("after", GIVEN_BACK, ids=[str(i) for i in range(len(GIVEN_BACK))])
def test_a_next_paragraph_that_gives_the_figure_or_points_back_sources_it(tmp_path: Path, after: str) -> None:
    assert check(tmp_path, f"Storm\n\n{TALLY}\n\n{after}\n", "WL201") == []


@pytest.mark.parametrize("after", NOT_GIVEN_BACK, ids=[str(i) for i in range(len(NOT_GIVEN_BACK))])
def test_a_next_paragraph_about_something_else_leaves_the_tally_unsourced(tmp_path: Path, after: str) -> None:
    assert check(tmp_path, f"Storm\n\n{TALLY}\n\n{after}\n", "WL201") == ["WL201 3"]


def test_parts_read_one_singular() -> None:
    """numbers/fitting.py reads a part's noun with the one singular of numbers/nouns.py ("casualties" ->
    "casualty", "classes" -> "class", "gunmen" -> "gunman"), no copy of its own."""
    import wirelint.numbers.fitting as fitting
    from wirelint.numbers.nouns import singular

    assert not hasattr(fitting, "singular_of")
    assert fitting.singular is singular
    assert [singular(w) for w in ("casualties", "classes", "gunmen", "children")] == [
        "casualty", "class", "gunman", "child"]


AFTER_LIST = [
    # (contradicting copy, agreeing copy)
    ("Hail smashed 41 greenhouses on the east farm and 23 on the west farm, 60 in total, the growers said.",
     "Hail smashed 41 greenhouses on the east farm and 23 on the west farm, 64 in total, the growers said."),
    ("53 barns were flattened in the north of the county and 19 in the south, 66 in total.",
     "53 barns were flattened in the north of the county and 19 in the south, 72 in total."),
    ("Keepers moved 37 ponies from the moor and 5 from the common - 48 in total.",
     "Keepers moved 37 ponies from the moor and 11 from the common - 48 in total."),
    ("31 people were hurt in the stand and 17 in the car park, 44 in total, the club said.",
     "31 people were hurt in the stand and 13 in the car park, 44 in total, the club said."),
    ("The shelter took in 50 families, 32 headed by men and 22 by women.",
     "The shelter took in 54 families, 32 headed by men and 22 by women."),
]


@pytest.mark.parametrize(("wrong", "right"), AFTER_LIST, ids=[str(i) for i in range(len(AFTER_LIST))])
def test_totals_after_their_list_and_shares_by_agent(tmp_path: Path, wrong: str, right: str) -> None:
    assert check(tmp_path, wrong) == ["WL402 3"]
    assert check(tmp_path, right) == []


NOT_A_LIST = [
    "53 barns were flattened in the north of the county and 19 were repaired in the south.",
    "41 greenhouses were smashed on the east farm, and the other 23 survived, the growers said; 60 in total are "
    "insured.",
    "The shelter took in 50 families, 32 headed by women and 12 by grandparents.",
]


@pytest.mark.parametrize("story", NOT_A_LIST, ids=[str(i) for i in range(len(NOT_A_LIST))])
def test_look_alikes_of_those_shapes_stay_quiet(tmp_path: Path, story: str) -> None:
    assert check(tmp_path, story) == []
