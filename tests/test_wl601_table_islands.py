"""WL601 on a table island: the bare rows of another company's results table pasted between two parts of a story,
the story resuming after them (issue 17, integrity18). A wire story carries its own table first, under the
headline; rows after its running text that repeat none of its figures are another story's. Recall on corpus
splices: benchmarks/integrity_round19_islands.py ("results table")."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli

HEAD = (
    "VALTRONIC SEES HIGHER FIRST QUARTER SALES\n\n"
    "    Valtronic Corp said it expects sales of its\n"
    "industrial valves in the first quarter to rise about 12 pct\n"
    "from a year earlier, helped by orders from refinery builders.\n"
    "    The company said valve orders from Gulf Coast refiners\n"
    "doubled in the fourth quarter and that its backlog of valve\n"
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


def _check(tmp_path: Path, text: str) -> str:
    story = tmp_path / "story.txt"
    story.write_text(text, encoding="utf-8")
    return run_cli("check", "--select", "WL6", str(story)).output


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
