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


def _second(sentence: str):
    return paragraph_signs("Talks on the bridge went on. " + sentence)[1]


def test_a_first_person_speaker_or_a_demonstrative_after_a_transition_goes_on_with_the_story():
    assert not _second("In unrelated news, I just wonder if the council has the money for the steel.").can_open
    assert not _second("Meanwhile, if I am crossing the old bridge on my way to work I can see the steel.").can_open
    assert not _second("Separately, this would pose a challenge to builders in Brno and Ostrava.").can_open
    assert _second("Separately, this week the Bank of Japan raised its discount rate by half a point.").can_open


def test_a_thing_of_a_kind_met_before_or_that_standing_for_what_was_said_leans_back():
    assert _second("Elsewhere, the key to such a lawsuit would be convincing a court it had a case.").leans_back
    assert _second("In separate news, cyclists will testify to that, between arguments over the tolls.").leans_back
    lede = "Elsewhere, Sudan rejected a demand for a devaluation because such a move would hurt its economy."
    assert not _second(lede).leans_back


def test_a_person_by_title_and_surname_alone_after_a_transition_goes_on_and_one_named_in_full_may_not():
    assert not _second("On another front, Mr Bradshaw felt that the bridge was worth the cost of its steel.").can_open
    assert _second("On another front, Mr Tony Bradshaw felt that the bridge was worth its cost.").can_open


def test_a_wire_story_s_own_dateline_at_its_start_is_no_other_story(tmp_path):
    story = (
        "VALTRONIC SEES HIGHER SALES\n\n"
        "    TULSA, Okla., March 4 - Valtronic Corp said it expects sales\n"
        "of its industrial valves in the first quarter to rise about 12 pct\n"
        "from a year earlier. The company said orders from refiners doubled.\n"
        "    Valtronic said it would add a second shift at its valve\n"
        "plant in Tulsa to meet the orders from the refiners.\n"
        " Reuter\n"
    )
    assert "WL601" not in _check(tmp_path, story)
