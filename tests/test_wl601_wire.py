"""WL601 on wire copy: hard-wrapped lines, paragraphs marked by indentation, the agency's sign-off and an
end-of-text mark (issue 17, round 16).

Copy that goes on after a story's sign-off ("Reuter") or its end-of-text control character is another story
appended to it: an untouched wire story has none after its own. Recall on corpus splices:
benchmarks/integrity_round16.py.
"""

from __future__ import annotations

from wl6_helpers import check_wl6 as _check

from wirelint.text.storysigns import paragraph_signs

HOST = (
    "VALTRONIC SEES HIGHER FIRST QUARTER SALES\n\n"
    "    Valtronic Corp said it expects sales of its\n"
    "industrial valves in the first quarter to rise about 12 pct\n"
    "from a year earlier, helped by orders from refinery builders.\n"
    "    The company said valve orders from Gulf Coast refiners\n"
    "doubled in the fourth quarter and that its backlog of valve\n"
    "orders stood at 41 mln dlrs at the end of January.\n"
    "    Valtronic said it would add a second shift at its valve\n"
    "plant in Tulsa to meet the orders from the refiners.\n"
)
SIGN_OFF = " Reuter\n\x03"
DONOR = (
    "    Dock workers at the port of Santos went on strike\n"
    "today, halting coffee and soybean loadings, a spokesman for\n"
    "the dockers union said.\n"
    "    The union is seeking a 40 pct wage increase and says the\n"
    "stoppage will last until port authorities agree to talks.\n"
)


def test_another_story_after_the_sign_off_is_reported_at_its_first_line(tmp_path):
    output = _check(tmp_path, HOST + SIGN_OFF + "\n" + DONOR + SIGN_OFF)
    assert "story.txt:13:5: WL601 a different story starts here" in output
    assert "Santos" in output


def test_a_wire_story_ending_on_its_sign_off_is_not_a_merge(tmp_path):
    assert "WL601" not in _check(tmp_path, HOST + SIGN_OFF)


def test_a_sign_off_given_twice_is_no_other_story(tmp_path):
    assert "WL601" not in _check(tmp_path, HOST + "REUTER\n" + SIGN_OFF)


def test_the_sign_off_and_the_end_of_text_mark_end_the_copy_and_a_word_of_text_does_not():
    signs = paragraph_signs("Valtronic said it would add a second shift.\n Reuter\n\x03")
    assert [sign.ends_copy for sign in signs] == [False, True]
    assert not any(sign.ends_copy for sign in paragraph_signs("Reuters said the talks would resume."))
