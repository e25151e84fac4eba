"""WL601: another story's lede glued into this one where the earlier rounds did not look (issue 17, integrity12).

A lede glued to a row of a wire results table (no full stop ends a row, so nothing split it from the row), a
dateline in the middle of a paragraph after an ordinary space, and a lede run on with no space inside a
quotation of the story. Recall on corpus splices: benchmarks/integrity_glued17.py.
"""

from __future__ import annotations

from test_wl601_wire import _check

from wirelint.text.storysigns import paragraph_signs
from wirelint.text.vocabulary import paragraph_units

TABLE = (
    "VALTRONIC CORP <VTC> 4TH QTR NET\n\n"
    "    TULSA, Okla., March 4 - Shr 41 cts vs 33 cts\n"
    "    Net 2,310,000 vs 1,870,000\n"
    "    Revs 45.6 mln vs 40.1 mln"
)
DOCKERS = (
    "Dock workers at the port of Santos went on strike\n"
    "today, halting coffee and soybean loadings, a spokesman for the\n"
    "dockers union said.\n"
    "    The union is seeking a 40 pct wage increase and says the\n"
    "stoppage will last until port authorities agree to talks.\n"
)
YEAR = "\n    Year\n    Shr 1.52 dlrs vs 1.20 dlrs\n    Net 8,560,000 vs 6,770,000\n"
SIGN_OFF = " Reuter\n"

HEADLINE = "Bridge budget approved\n\n"
LEDE = (
    "The city council approved a budget of 40 million euros for a new bridge over the Vltava on Tuesday, after "
    "a long debate among councillors about traffic, tolls and the cost of steel."
)
MAYOR = (
    "The mayor, Jana Novak, said construction of the bridge would start in spring and that cyclists would be "
    "the first to cross it."
)
TOLLS = "Councillors said tolls on the old bridge would pay for part of the steel."
OTHER = (
    "Nigeria's central bank raised its benchmark interest rate by two points to curb inflation, which reached "
    "18 percent last month."
)
LAST = (
    "Opposition councillors said the cost of the bridge had doubled since the first plans were drawn up, and "
    "asked for an audit of the steel contracts."
)


def test_a_sentence_glued_to_a_table_row_is_a_sentence_of_its_own():
    units = paragraph_units("Revs 45.6 mln vs 40.1 mlnDock workers at the port of Santos went on strike today.")
    assert len(units) == 2
    assert units[1].run_on
    assert not paragraph_units("Revs 45.6 mln vs 40.1 mln\n Reuter")[-1].run_on


def test_another_story_s_lede_glued_to_a_table_row_with_no_space_is_reported_where_it_starts(tmp_path):
    output = _check(tmp_path, TABLE + DOCKERS + SIGN_OFF)
    assert "story.txt:5:30: WL601 a different story starts here" in output


def test_another_story_s_lede_on_the_line_after_a_table_row_is_reported_at_that_line(tmp_path):
    output = _check(tmp_path, TABLE + "\n" + DOCKERS + SIGN_OFF)
    assert "story.txt:6:1: WL601 a different story starts here" in output


def test_a_results_table_and_the_story_s_own_note_run_into_a_row_are_not_another_story(tmp_path):
    assert "WL601" not in _check(tmp_path, TABLE + YEAR + SIGN_OFF)
    note = (
        " The company said its fourth quarter net included a gain\n"
        "of 310,000 dlrs from the sale of a valve plant in Tulsa."
    )
    assert "WL601" not in _check(tmp_path, TABLE + note + YEAR + SIGN_OFF)


def test_another_story_s_dateline_after_a_space_inside_a_paragraph_is_reported_there(tmp_path):
    paragraph = f"{MAYOR} LAGOS, March 3 (Reuters) - {OTHER} {TOLLS}"
    output = _check(tmp_path, HEADLINE + "\n\n".join((LEDE, paragraph, LAST)) + "\n")
    assert f"story.txt:5:{len(MAYOR) + 2}: WL601 a different story starts here" in output
    assert "Nigeria" in output


def test_a_dateline_inside_a_paragraph_is_a_sign_and_a_place_with_initials_is_not():
    assert paragraph_signs("Talks went on. LAGOS, March 3 (Reuters) - Nigeria's bank raised its rates.")[1].dateline
    signs = paragraph_signs(
        "Talks went on. The Palestinian Authority (PA) was exerting every effort to end the violence, he said."
    )
    assert not signs[1].dateline


def test_another_story_s_lede_run_on_inside_a_quotation_is_reported_where_it_starts(tmp_path):
    quoted = '"We have waited ten years for this bridge and the district has waited longer.'
    paragraph = f'{quoted}{OTHER} It will change how people cross the river," the mayor, Jana Novak, said.'
    output = _check(tmp_path, HEADLINE + "\n\n".join((LEDE, paragraph, LAST)) + "\n")
    assert f"story.txt:5:{len(quoted) + 1}: WL601 a different story starts here" in output


def test_a_story_s_own_quotation_is_not_another_story(tmp_path):
    paragraph = (
        '"We have waited ten years for this bridge and the district has waited longer. It will change how people '
        'cross the river and how the steel of the old bridge is used," the mayor, Jana Novak, said.'
    )
    assert "WL601" not in _check(tmp_path, HEADLINE + "\n\n".join((LEDE, paragraph, MAYOR, LAST)) + "\n")


CONGO = (
    "Separately, the husband of a Canadian nurse held by militia fighters in eastern Congo appealed on Sunday for "
    "her release, saying gunmen of the M23 movement seized her at a roadblock near Goma.",
    "Amelie Tremblay, 41, had worked for six years at a clinic run by a Montreal charity in the hills above Goma, "
    "treating children for malaria and cholera.",
    "Her husband Marc said the charity had heard nothing from the kidnappers, and that no ransom had been asked.",
    "The M23 rebels have seized several foreign aid workers in North Kivu this year, and released most of them "
    "after talks with church leaders in Goma.",
)
BRIDGE = (
    "Work on the approach roads is due to begin in March, and the steel for the bridge will come from a mill in "
    "Ostrava.",
    "Councillors opposed to the bridge said the tolls would drive traffic onto the old bridge over the Vltava, and "
    "that the steel would cost more than the council expected.",
    "Novak said the bridge tolls would be reviewed each year by the council, and the steel contract in May.",
)


def test_another_story_of_four_paragraphs_after_a_transition_is_reported_though_this_one_resumes(tmp_path):
    paragraphs = (LEDE, MAYOR, BRIDGE[0], *CONGO, BRIDGE[1], BRIDGE[2])
    output = _check(tmp_path, HEADLINE + "\n\n".join(paragraphs) + "\n")
    assert "story.txt:9:1: WL601 a different story starts here" in output
    assert "Goma" in output or "M23" in output or "Tremblay" in output
