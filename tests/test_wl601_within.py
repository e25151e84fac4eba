"""WL601: another story's sentences glued to a paragraph of this one with an ordinary space (issue 17, seventh round).

A CMS paste that loses a paragraph break leaves another story's lede at the end or the start of a paragraph,
after a space like any other sentence. The first sentence of the other story is reported; a sentence of the
story itself that ends a paragraph, even one that introduces a new person, is not. Recall and false alarms on
corpus splices: benchmarks/integrity_heldout3.py.
"""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli

HEADLINE = "Bridge budget approved\n\n"
LEDE = (
    "The city council approved a budget of 40 million euros for a new bridge over the Vltava on Tuesday, after "
    "a long debate among councillors about traffic, tolls and the cost of steel."
)
SECOND = (
    "The mayor, Jana Novak, said construction of the bridge would start in spring and that cyclists would be "
    "the first to cross it. Work on the approach roads is due to begin in March."
)
THIRD = (
    "Councillors opposed to the bridge said the tolls would drive traffic onto the old bridge over the Vltava, "
    "and that the steel would cost more than the council expected."
)
FOURTH = (
    "The council's transport committee said the tolls on the new bridge would be two euros for cars and nothing "
    "for cyclists, and that traffic over the Vltava would be counted for a year."
)
LAST = "Novak said the bridge tolls would be reviewed each year by the council, and the steel contract in May."
OTHER = (
    "The husband of a Canadian nurse held by militia fighters in eastern Congo appealed on Sunday for her "
    "release, saying gunmen of the M23 movement seized her at a roadblock near Goma."
)


def _check(tmp_path: Path, *paragraphs: str) -> str:
    story = tmp_path / "story.txt"
    story.write_text(HEADLINE + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return run_cli("check", "--select", "WL6", str(story)).output


def test_another_story_s_lede_glued_to_the_end_of_a_paragraph_is_reported_at_its_first_sentence(tmp_path):
    output = _check(tmp_path, LEDE, f"{SECOND} {OTHER}", THIRD, FOURTH, LAST)
    column = len(SECOND) + 2
    assert f"story.txt:5:{column}: WL601 a different story starts here" in output
    assert "Congo" in output or "Goma" in output or "M23" in output


def test_another_story_s_lede_glued_to_the_start_of_a_paragraph_is_reported_at_the_paragraph(tmp_path):
    output = _check(tmp_path, LEDE, SECOND, f"{OTHER} {THIRD}", LAST)
    assert "story.txt:7:1: WL601 a different story starts here" in output


def test_a_story_s_own_sentence_ending_a_paragraph_is_not_another_story(tmp_path):
    own = (
        "Petra Dvorak, a spokeswoman for the council, said the tolls on the new bridge over the Vltava would pay "
        "for the steel within ten years."
    )
    output = _check(tmp_path, LEDE, f"{SECOND} {own}", THIRD, FOURTH, LAST)
    assert "WL601" not in output


def test_a_story_s_own_sentence_moved_to_the_start_of_a_paragraph_is_not_another_story(tmp_path):
    moved = "Work on the approach roads to the new bridge over the Vltava is due to begin in March, the mayor said."
    output = _check(tmp_path, LEDE, SECOND, f"{moved} {THIRD}", LAST)
    assert "WL601" not in output


def test_a_sentence_inside_a_quotation_that_ends_a_paragraph_is_not_another_story(tmp_path):
    quote = (
        '"The tolls will pay for the steel. The husband of a Canadian nurse held by militia fighters in eastern '
        "Congo appealed on Sunday for her release after gunmen of the M23 movement seized her at a roadblock "
        'near Goma," one resident told Reuters.'
    )
    output = _check(tmp_path, LEDE, f"{SECOND} {quote}", THIRD, FOURTH, LAST)
    assert "WL601" not in output


def test_another_story_s_lede_glued_with_no_space_is_reported_when_this_story_resumes_after_it(tmp_path):
    # no transition word and no new person: the run-on alone and the words around it say it (issue 17, round 14)
    output = _check(tmp_path, LEDE, f"{SECOND}{OTHER}", THIRD, FOURTH, LAST)
    column = len(SECOND) + 1
    assert f"story.txt:5:{column}: WL601 a different story starts here" in output


def test_a_story_s_own_sentence_glued_with_no_space_is_not_another_story(tmp_path):
    own = "Work on the approach roads to the new bridge over the Vltava is due to begin in March, the mayor said."
    output = _check(tmp_path, LEDE, f"{THIRD}{own}", FOURTH, LAST)
    assert "WL601" not in output


def test_a_lede_whose_subject_says_he_did_something_is_not_read_as_a_later_sentence(tmp_path):
    # "... has admitted he would ..." speaks of the sentence's own subject: no pronoun pointing back (round 14)
    lede = (
        "Rugby player Paul Sculthorpe has admitted he would love to succeed Andy Farrell as Great Britain skipper "
        "if the Wigan star does switch codes to rugby union."
    )
    output = _check(tmp_path, LEDE, f"{SECOND} {lede}", THIRD, FOURTH, LAST)
    column = len(SECOND) + 2
    assert f"story.txt:5:{column}: WL601 a different story starts here" in output


def test_a_story_s_own_sentence_whose_subject_says_she_did_something_is_not_another_story(tmp_path):
    own = (
        "The council's treasurer, Petra Dvorak, said she had checked the figures for the steel and the tolls on the "
        "new bridge over the Vltava twice."
    )
    output = _check(tmp_path, LEDE, f"{SECOND} {own}", THIRD, FOURTH, LAST)
    assert "WL601" not in output


def test_a_short_one_sentence_lede_glued_to_a_paragraph_is_measured(tmp_path):
    # a dozen words and four or five content words: another story's whole lede (issue 17, round 14)
    short = "Sales of digital music downloads in Japan doubled last year, an industry survey has shown."
    output = _check(tmp_path, LEDE, f"{SECOND} {short}", THIRD, FOURTH, LAST)
    column = len(SECOND) + 2
    assert f"story.txt:5:{column}: WL601 a different story starts here" in output
