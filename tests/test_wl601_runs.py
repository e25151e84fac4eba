"""WL601: shapes of issue 17's round 16 that the rule had missed.

* Two body paragraphs of another story (not its lede) in the middle of this one: they hang together, share
  almost no word and no name with the story around them, and the story resumes after them
  (storyscore.is_island, a run apart).
* Another story's lede after "Separately," or "In other news," where a quotation of this story goes on: nobody
  says "In other news," mid-quotation, so the quotation does not hide the lede.
* A lede that opens with a country's initials as a modifier ("US phone company ...") is not the story going on
  about that country.

Recall and false alarms on corpus splices: benchmarks/integrity_round16.py.
"""

from __future__ import annotations

from conftest import run_cli
from test_wl601_islands import SECOND, THIRD
from test_wl601_within import LAST, LEDE, _check

from wirelint.text.storysigns import paragraph_signs
from wirelint.text.vocabulary import paragraph_units

DROUGHT = (
    "A long drought cut the harvests of wheat and barley across the southern plains this summer, leaving "
    "farmers with empty silos and herds of hungry cattle."
)
DROUGHT_MORE = (
    "Farmers on the plains said the drought was the worst since 1976, and grain merchants expect wheat and "
    "barley prices to rise before the winter as the silos stay empty. Ranchers have begun selling cattle they "
    "cannot feed, and agronomists warned that topsoil blown from parched fields could take decades to recover."
)


def test_two_paragraphs_of_another_story_in_the_middle_are_reported_at_the_first(tmp_path):
    # one word, "steel", is the story's too: no island, but a run apart
    first = DROUGHT.replace("empty silos", "empty silos, dry steel tanks")
    output = _check(tmp_path, LEDE, SECOND, first, DROUGHT_MORE, THIRD, LAST)
    assert "story.txt:7:1: WL601 a different story starts here" in output


def test_two_paragraphs_that_name_the_story_s_river_are_not_another_story(tmp_path):
    first = DROUGHT.replace("empty silos", "empty silos, dry steel tanks")
    more = DROUGHT_MORE.replace("on the plains", "along the Vltava")
    assert "WL601" not in _check(tmp_path, LEDE, SECOND, first, more, THIRD, LAST)


QUOTED = (
    '"We will build the bridge over the Vltava in two years," Novak said. "The steel is ordered. The council '
    'has agreed the tolls, and the cyclists will be the first to cross it," she said.'
)
OTHER = (
    "the husband of a Canadian nurse held by militia fighters in eastern Congo appealed on Sunday for her "
    "release, saying gunmen of the M23 movement seized her at a roadblock near Goma."
)


def _in_quotation(sentence: str) -> str:
    """QUOTED with ``sentence`` after its second sentence, inside the quotation that goes on."""
    head, tail = QUOTED.split(" The council ", 1)
    return f"{head} {sentence} The council {tail}"


def test_another_story_s_lede_after_separately_where_a_quotation_goes_on_is_reported(tmp_path):
    paragraph = _in_quotation(f"Separately, {OTHER}")
    output = _check(tmp_path, LEDE, paragraph, THIRD, LAST)
    column = paragraph.index("Separately") + 1
    assert f"story.txt:5:{column}: WL601 a different story starts here" in output


def test_the_speaker_s_own_words_after_meanwhile_inside_a_quotation_are_not_another_story(tmp_path):
    own = "Meanwhile, the husband of a Canadian nurse held in eastern Congo has written to us about a ferry."
    assert "WL601" not in _check(tmp_path, LEDE, _in_quotation(own), THIRD, LAST)


def test_a_lede_opening_with_a_country_s_initials_as_a_modifier_is_reported(tmp_path):
    second = SECOND.replace("the first to cross it.", "the first to cross it, as in many US cities.")
    lede = (
        "US phone company Bellcom said on Monday it would cut 12,800 jobs at its call centres in Ohio and Texas "
        "after its takeover of a rival carrier."
    )
    paragraph = f"{second} Separately, {lede} {'Work on the approach roads is due to begin in March.'}"
    output = _check(tmp_path, LEDE, paragraph, THIRD, LAST)
    column = paragraph.index("Separately") + 1
    assert f"story.txt:5:{column}: WL601 a different story starts here" in output


def test_a_capitalised_word_after_a_transition_opens_the_sentence_as_a_first_word_does():
    text = (
        "The fees were set. On another front, Investment bankers say the market stands at 11.9 billion dlrs. "
        "Separately, Nottingham Forest have confirmed a bid for two players."
    )
    units = paragraph_units(text)
    assert [unit.initial_name for unit in units] == [False, True, True]
    assert units[2].names == ("Nottingham Forest",)


def test_a_pronoun_after_an_opening_phrase_goes_on_about_someone_already_named():
    signs = paragraph_signs(
        "Engen was named to the post in 1984. Separately on Monday, prior to his service there, he had been a "
        "member of the National Transportation Safety Board for two years."
    )
    assert not signs[1].can_open


RAINS = [
    "Heavy rains halt wheat harvest across the southern provinces\n\n"
    "Heavy rains across the southern provinces brought the wheat harvest to a near standstill this week, grain "
    "traders said on Friday.",
    "Combines stood idle on waterlogged fields, and traders said the harvest of barley had also slowed, though the "
    "rains should help the maize planted last month.",
    "Weather stations said the rains measured between 40 and 180 mm in Tamaris, with the heaviest falls in its "
    "northern districts, between 20 and 95 mm in Velmora, 15 and 70 mm in Sorrel Bay, and 10 and 45 mm in Kestrin.",
    "No rain was measured in Oldbrook, Marrow Point and Ashdale, where the heaviest falls of the year had come in "
    "March, between 60 and 90 mm in its northern districts.",
    "Farmers had brought in about 12 pct of the planted wheat area by Thursday, against 20 pct at the same point of "
    "last season's harvest, traders said.",
    "Wheat output is expected at 4.1 to 4.4 mln tonnes, down from 5.0 mln tonnes last season, according to grain "
    "traders.",
    "Barley output is seen at 1.2 mln tonnes, little changed from last season.",
]
STRIKE = [
    "Teachers strike closes schools in northern cities\n\n"
    "A one-day strike by teachers closed most state schools in the northern cities on Tuesday, the teachers' union "
    "said, in a dispute over pay and class sizes.",
    "Union leaders said the strike would be repeated next month unless the education ministry reopened talks on pay.",
    "Union stewards said the strike turnout ranged between 70 and 90 pct in Harwick, with the highest turnout in its "
    "eastern schools, between 60 and 80 pct in Lindale, 55 and 75 pct in Corran, and 40 and 65 pct in Brisby.",
    "No walkout was held in Eastmere, Fallow Cross and Dunmore, where the highest turnout of the year had come at a "
    "rally in May, between 50 and 60 pct of teachers in its eastern schools.",
    "The ministry said it had offered a pay rise of 4 pct and would not reopen talks while teachers were on strike.",
    "Parents' groups said the strike had left thousands of families looking for child care at short notice.",
    "The union's executive will meet on Friday to set the date of the next strike.",
]


def _story(tmp_path, paragraphs: list[str]) -> str:
    story = tmp_path / "story.txt"
    story.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return run_cli("check", "--select", "WL6", str(story)).output


def test_a_run_of_places_and_figures_that_takes_up_the_headline_s_words_is_the_story_going_on(tmp_path):
    # rainfall by province in a harvest story: new names, few of the story's words, but its topic ("rains")
    assert "WL601" not in _story(tmp_path, RAINS)


def test_a_run_of_turnout_by_city_in_a_strike_story_is_the_story_going_on(tmp_path):
    assert "WL601" not in _story(tmp_path, STRIKE)
