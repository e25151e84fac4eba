"""WL601 on a table island: the bare rows of another company's results table pasted between two parts of a story,
the story resuming after them (issue 17, integrity18). A wire story carries its own table first, under the
headline; rows after its running text that repeat none of its figures are another story's, unless the story talks
of results, figures or standings in its headline, its first paragraph or the paragraph before the rows (then the
table is its own, integrity20). Recall on corpus splices: benchmarks/integrity_round19_islands.py ("results
table")."""

from __future__ import annotations

from wl6_helpers import check_wl6 as _check

HEAD = (
    "VALTRONIC TO ADD VALVE PLANT SHIFT\n\n"
    "    Valtronic Corp said it expects orders for its\n"
    "industrial valves to rise about 12 pct this spring from a\n"
    "year earlier, helped by demand from refinery builders.\n"
    "    The company said valve orders from Gulf Coast refiners\n"
    "doubled since the autumn and that its backlog of valve\n"
    "orders stood at 41.6 mln dlrs at the end of January.\n"
)
TAIL = (
    "    Valtronic said it would add a second shift at its valve\n"
    "plant in Tulsa to meet the orders from the refiners.\n"
    " Reuter\n\x03"
)
OTHER_ROWS = (
    "    Shr 63 cts vs 48 cts\n"
    "    Net 7,214,000 vs 5,530,000\n"
    "    Revs 118.3 mln vs 97.2 mln\n"
)
OWN_ROWS = (
    "    Backlog 41.6 mln vs 33.9 mln\n"
    "    Shr 22 cts vs 17 cts\n"
    "    Revs 57.2 mln vs 49.8 mln\n"
)
OWN_TABLE_FIRST = (
    "VALTRONIC CORP 1ST QTR NET\n\n"
    "    Shr 22 cts vs 17 cts\n"
    "    Net 3,105,000 vs 2,411,000\n"
    "    Revs 57.2 mln vs 49.8 mln\n"
    "    The company said valve orders from Gulf Coast refiners\n"
    "doubled in the quarter and that its backlog stood at a record.\n"
    "    Shr 23 cts vs 19 cts\n"
    "    Net 3,301,000 vs 2,706,000\n"
    "    Valtronic said it would add a second shift at its valve\n"
    "plant in Tulsa to meet the orders from the refiners.\n"
    " Reuter\n\x03"
)


def test_another_companys_rows_between_two_parts_of_the_story_are_reported_at_the_first_row(tmp_path):
    output = _check(tmp_path, HEAD + OTHER_ROWS + TAIL)
    assert "story.txt:9:5: WL601 a different story starts here" in output
    assert output.count("WL601") == 1


def test_the_story_alone_is_quiet(tmp_path):
    assert "WL601" not in _check(tmp_path, HEAD + TAIL)


def test_a_table_that_repeats_the_storys_own_figures_is_the_storys(tmp_path):
    assert "WL601" not in _check(tmp_path, HEAD + OWN_ROWS + TAIL)


def test_a_results_story_that_opens_with_its_own_table_is_quiet(tmp_path):
    assert "WL601" not in _check(tmp_path, OWN_TABLE_FIRST)


def test_one_line_that_compares_two_figures_is_no_table(tmp_path):
    assert "WL601" not in _check(tmp_path, HEAD + "    Net 7,214,000 vs 5,530,000\n" + TAIL)


def test_a_table_that_repeats_one_small_figure_with_its_unit_is_the_storys(tmp_path):
    """'40 mln' in the story and in a row: the story's own figure, where '40' alone might be chance."""
    head = HEAD.replace("41.6 mln dlrs", "40 mln dlrs")
    rows = "    Backlog 40 mln vs 33 mln\n    Shr 22 cts vs 17 cts\n"
    assert "WL601" not in _check(tmp_path, head + rows + TAIL)


RESULTS_HEAD = (
    "HOLBROOK MILLS SEES HIGHER 1987 PROFIT\n\n"
    "    Holbrook Mills Inc said it expects profit for 1987 to\n"
    "climb, helped by firm prices for denim and lower cotton costs.\n"
)
ROWS = (
    "    Shr 41 cts vs 36 cts\n"
    "    Net 2.9 mln vs 2.5 mln\n"
    "    Revs 61.3 mln vs 57.8 mln\n"
)
RESUMES = (
    "    The company said it would spend about six mln dlrs on new\n"
    "looms at its plant in Georgia over the next two years.\n"
    " Reuter\n\x03"
)


def test_a_results_storys_own_table_after_its_running_text_is_quiet(tmp_path):
    """A story whose headline and text talk of its results carries its own table wherever it puts it."""
    text = RESULTS_HEAD + "    Holbrook reported its second quarter figures after the\nmarket closed on Thursday.\n"
    assert "WL601" not in _check(tmp_path, text + ROWS + RESUMES)


def test_a_table_the_paragraph_before_introduces_is_the_storys(tmp_path):
    """A rival's figures the story itself introduces ("reported weaker results") belong to it."""
    text = HEAD + "    Its rival Kessler Valve Co, which also sells to refiners,\nreported weaker results on Monday.\n"
    assert "WL601" not in _check(tmp_path, text + ROWS + TAIL)


def test_standings_a_sports_story_gives_are_its_own(tmp_path):
    text = (
        "Athletic clinch title\n\n"
        "Athletic won the league on Saturday with a 2-0 win over Borough in front of 18,000 fans.\n\n"
        "The final standings at the top were as follows.\n\n"
        "Athletic 81 pts vs Borough 77 pts\n\n"
        "Wanderers 70 pts vs Town 66 pts\n\n"
        "Athletic captain Leon Shaw said the squad would parade the trophy through the town on Monday.\n"
    )
    assert "WL601" not in _check(tmp_path, text)


def test_a_profit_table_in_a_story_about_no_results_is_another_storys(tmp_path):
    """A recall story that speaks of no results or figures: a profit table in its middle is another story's."""
    text = (
        "Carmaker recalls vans\n\n"
        "Drayton Motors is recalling 40,000 vans across Europe over a steering fault, the company said on Friday.\n\n"
        "Shr 1.40 dlrs vs 1.15 dlrs\n\n"
        "Net 18.6 mln vs 14.2 mln\n\n"
        "The recall covers vans built between 2020 and 2022, and owners will be written to, the company said.\n"
    )
    assert "story.txt:5:1: WL601 a different story starts here" in _check(tmp_path, text)
