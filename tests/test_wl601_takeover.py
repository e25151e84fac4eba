"""WL601: another story that takes over inside a paragraph and runs on to the end of the file (issue 17, round 18,
text/storytakeover.py).

A paste that loses a paragraph break leaves another story's lede after the last sentence of a paragraph of this
one, with an ordinary space ("... the harbour master said. Separately, thieves ..."), and that story's next
paragraphs follow to the end. The stories below are my own. The other story is reported at its first sentence;
the same paragraph with the story's own sentence after the transition, a round-up's last item after "Meanwhile,"
and a sentence that names the story's subject stay quiet.
"""

from __future__ import annotations

import textwrap

import pytest
from conftest import only, run_cli

HEADLINE = "Ferry link to island restored after storm"
HOST = (
    "The ferry link between Portmarsh and the island of Keldholm reopened on Tuesday, three weeks after a winter "
    "storm wrecked the landing stage and cut off about 900 residents.",
    "Engineers from the harbour board rebuilt the landing stage in record time, working through the night with "
    "cranes brought over from the mainland on barges.",
    "The harbour master, Ingrid Solberg, said the first crossing had carried doctors, groceries and post, and that "
    "islanders had waited on the quay since dawn to greet it.",
    "Residents said the weeks without a ferry had shown how fragile the island's link with the mainland was, and "
    "asked the harbour board for a second landing stage.",
)
OTHER = (
    "thieves have stolen a collection of medieval silver coins from a museum in the city of Valbruck, police "
    "say, after breaking through a skylight during a concert next door.",
    "The coins, minted by the bishops of Valbruck in the thirteenth century, were insured for two million euros "
    "and had been lent to the museum by a private collector.",
    "Detectives are studying footage from cameras in the old town and have appealed to coin dealers to report "
    "any offers of medieval silver.",
)


def _story(paragraphs: list[str]) -> str:
    return HEADLINE + "\n\n" + "\n\n".join(paragraphs) + "\n"


def _line_of(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    line = text.count("\n", 0, start) + 1
    return line, start - (text.rfind("\n", 0, start) + 1) + 1


@pytest.mark.parametrize("transition", ["Separately, ", "In other news, ", "Meanwhile, "])
def test_a_lede_glued_with_a_space_then_its_story_to_the_end_is_reported_at_its_first_sentence(
    transition: str,
) -> None:
    lede = transition + OTHER[0]
    text = _story([*HOST[:2], HOST[2] + " " + lede, *OTHER[1:]])
    found = only("WL601", text)
    assert [(f.line, f.column) for f in found] == [_line_of(text, lede)]
    assert "Valbruck" in found[0].message


def test_the_takeover_in_the_last_paragraph_after_a_word_that_turns_away_is_reported() -> None:
    lede = "Separately, " + OTHER[0]
    text = _story([*HOST[:3], HOST[3] + " " + lede])
    assert [(f.line, f.column) for f in only("WL601", text)] == [_line_of(text, lede)]


def test_the_story_going_on_after_a_transition_inside_a_paragraph_is_quiet() -> None:
    own = (
        "Separately, the harbour board said it would pay for a survey of the old breakwater before the next "
        "winter storm season reaches the island."
    )
    text = _story([*HOST[:2], HOST[2] + " " + own, HOST[3]])
    assert only("WL601", text) == []


def test_a_sentence_that_names_the_headline_subject_after_a_transition_is_quiet() -> None:
    own = (
        "Separately, Keldholm fishermen have asked for compensation for the catches they could not land on the "
        "mainland while the ferry was stopped."
    )
    text = _story([*HOST[:3], HOST[3] + " " + own])
    assert only("WL601", text) == []


def test_a_round_up_ending_on_its_next_item_after_meanwhile_is_quiet() -> None:
    item = (
        "Meanwhile, a lifeboat crew from Portmarsh rescued two kayakers who had drifted out past the harbour "
        "mouth on Sunday afternoon."
    )
    text = _story([*HOST[:3], HOST[3] + " " + item])
    assert only("WL601", text) == []


WIRE_HOST = (
    "Nordhavn Shipping A/S said it expects 1987 net profit to rise about 20 pct from the 310 mln crowns it earned "
    "in 1986, helped by higher freight rates on its Baltic routes.",
    "The company said its fleet of 14 bulk carriers was fully booked for the first half of the year, and that it "
    "had ordered two more vessels from a Polish yard for delivery in 1988.",
    "Nordhavn said it would propose an unchanged dividend of 12 crowns a share at its annual meeting in April.",
)
WIRE_OTHER = (
    "Caldera Mining Corp <CLM> said a fire at its copper smelter in Arizona forced it to halt production for at "
    "least three weeks and declare force majeure on deliveries.",
    "Caldera said the smelter produced about 9,000 tonnes of copper a month and that no workers were hurt in "
    "the blaze, which started in a furnace building on Sunday.",
)


def _wire(paragraphs: list[str]) -> str:
    laid = ["\n".join(textwrap.wrap(p, 65)) for p in paragraphs]
    return "NORDHAVN SEES HIGHER 1987 PROFIT\n\n    " + "\n    ".join(laid) + "\n Reuter\n"


def test_wire_copy_taken_over_after_a_transition_is_reported_through_the_cli(tmp_path) -> None:
    lede = "Separately, " + WIRE_OTHER[0]
    text = _wire([WIRE_HOST[0], WIRE_HOST[1] + " " + lede, WIRE_OTHER[1]])
    path = tmp_path / "wire.txt"
    path.write_text(text, encoding="utf-8")
    result = run_cli("check", "--select", "WL6", str(path))
    assert result.exit_code == 1
    reported = [line for line in result.output.splitlines() if "WL601" in line]
    assert len(reported) == 1
    line, column = reported[0].split(":")[1:3]
    wrapped = text.index("Separately,")
    assert (int(line), int(column)) == _line_of(text, text[wrapped : wrapped + 20])


def test_wire_copy_with_its_own_sentence_after_the_transition_is_quiet(tmp_path) -> None:
    own = (
        "Separately, the company said freight rates on its Baltic routes had risen by a further five pct in "
        "the first two months of 1987."
    )
    text = _wire([WIRE_HOST[0], WIRE_HOST[1] + " " + own, WIRE_HOST[2]])
    assert only("WL601", text) == []


RESULTS_HEADLINE = "TALLGRASS FOODS INC <TLGF> 4TH QTR NET"
RESULTS = ("Shr 41 cts vs 33 cts", "Net 4,210,000 vs 3,385,000", "Revs 61.2 mln vs 55.8 mln")


def _results(paragraphs: list[str]) -> str:
    laid = ["\n".join(textwrap.wrap(p, 65)) for p in paragraphs]
    return RESULTS_HEADLINE + "\n\n    " + "\n    ".join(laid) + "\n Reuter\n"


def test_a_story_about_another_company_after_a_results_table_is_reported() -> None:
    text = _results([*RESULTS, WIRE_OTHER[0], WIRE_OTHER[1]])
    found = only("WL601", text)
    assert [(f.line, f.column) for f in found] == [_line_of(text, "Caldera Mining Corp")]


def test_a_results_table_with_its_own_notes_is_quiet() -> None:
    notes = (
        "NOTE: 1986 net includes a gain of 1.2 mln dlrs from the sale of a bakery in Omaha, or 11 cts a share.",
        "Tallgrass said fourth quarter sales rose on higher prices for its frozen dinners and snacks.",
    )
    assert only("WL601", _results([*RESULTS, *notes])) == []


def test_another_company_s_results_after_its_dateline_at_the_end_of_a_story_are_reported() -> None:
    table = "DENVER, March 4 - Shr 12 cts vs nine cts"
    text = _wire([*WIRE_HOST, table, "Net 1,210,000 vs 905,000", "Revs 30.1 mln vs 27.4 mln"])
    found = only("WL601", text)
    assert [(f.line, f.column) for f in found] == [_line_of(text, "DENVER, March 4")]


def test_a_story_that_ends_on_its_own_results_table_is_quiet() -> None:
    text = _wire([*WIRE_HOST, "Shr 21.5 crowns vs 18.2 crowns", "Net 310 mln vs 262 mln"])
    assert only("WL601", text) == []


def test_another_wire_story_appended_that_opens_with_its_company_saying_something_is_reported() -> None:
    other = (
        "Orbis Tanker Corp said it would buy two crude oil tankers from a Korean yard for 90 mln dlrs, the first "
        "ships it has ordered since 1982.",
        "Orbis said the tankers would be delivered in 1988.",
    )
    text = _wire([*WIRE_HOST, *other])
    assert [(f.line, f.column) for f in only("WL601", text)] == [_line_of(text, "Orbis Tanker Corp")]


def test_a_later_paragraph_where_the_headline_company_says_something_is_quiet() -> None:
    own = (
        "Nordhavn Shipping Corp said on Tuesday that it had also chartered three container ships for the "
        "summer season on routes to Finland and Estonia."
    )
    text = _wire([*WIRE_HOST, own]).replace("NORDHAVN SEES", "NORDHAVN SHIPPING CORP SEES")
    assert only("WL601", text) == []


def test_a_company_s_lede_glued_with_a_space_then_its_story_to_the_end_is_reported() -> None:
    lede = (
        "Fenwick Steel Corp said it would close its plate mill in Gary, Indiana, next month and lay off about 600 "
        "workers because of weak demand."
    )
    text = _wire([WIRE_HOST[0], WIRE_HOST[1] + " " + lede, "Fenwick said the mill had lost money for three years."])
    wrapped = text.index("Fenwick Steel")
    assert [(f.line, f.column) for f in only("WL601", text)] == [_line_of(text, text[wrapped : wrapped + 13])]


NEIGHBOUR = (
    "Separately, residents of the village of Hollin have asked the county council for a new bus service to the "
    "mainland hospital at Wexford.",
    "The council said it would look at the cost of the service in the spring.",
)


def test_a_paragraph_that_turns_away_and_shares_little_then_runs_to_the_end_is_reported() -> None:
    text = _story([*HOST[:3], *NEIGHBOUR])
    assert [(f.line, f.column) for f in only("WL601", text)] == [_line_of(text, NEIGHBOUR[0])]


def test_the_story_s_own_last_paragraph_after_separately_is_quiet() -> None:
    own = "Separately, r" + HOST[3][1:]
    assert only("WL601", _story([*HOST[:3], own])) == []
