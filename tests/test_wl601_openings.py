"""WL601: how a paragraph that turns to another subject opens (issue 17, sixth round).

"Also on Tuesday," and "In unrelated news," open another subject the way "Meanwhile," does: the paragraph
after them is measured, and what follows the opening is read as the sentence's own start, so a pronoun after
it still points back. Recall and false alarms on corpus splices: benchmarks/integrity_heldout2.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli

from wirelint.text.storysigns import paragraph_signs

HOST = (
    "Bridge budget approved\n\n"
    "The city council approved a budget of 40 million euros for a new bridge over the Vltava on Tuesday, after "
    "a long debate among councillors about traffic, tolls and the cost of steel.\n\n"
    "The mayor, Jana Novak, said construction of the bridge would start in spring and that cyclists would be "
    "the first to cross it.\n\n"
    "{inserted}\n\n"
    "Councillors opposed to the bridge said the tolls would drive traffic onto the old bridge over the Vltava, "
    "and that the steel would cost more than the council expected.\n\n"
    "Novak said the bridge tolls would be reviewed each year by the council.\n"
)
OTHER = (
    "the husband of a Canadian nurse held by militia fighters in eastern Congo appealed for her release, saying "
    "gunmen of the M23 movement seized her at a roadblock near Goma."
)


def _check(tmp_path: Path, inserted: str) -> str:
    story = tmp_path / "story.txt"
    story.write_text(HOST.format(inserted=inserted), encoding="utf-8")
    return run_cli("check", "--select", "WL6", str(story)).output


@pytest.mark.parametrize("opening", ["Also on Tuesday, ", "In unrelated news, ", "On a different note, "])
def test_another_story_after_also_on_a_day_or_unrelated_news_is_reported_at_its_paragraph(tmp_path, opening):
    output = _check(tmp_path, opening + OTHER)
    assert "story.txt:7:1: WL601 a different story starts here" in output
    assert "Goma" in output or "Congo" in output


def test_also_on_a_day_with_the_story_s_own_subject_is_not_a_merge(tmp_path):
    output = _check(
        tmp_path,
        "Also on Tuesday, the council said it would vote on the tolls for the old bridge over the Vltava before "
        "the summer, after councillors asked about the cost of steel.",
    )
    assert "WL601" not in output


@pytest.mark.parametrize(
    ("sentence", "opens", "transition"),
    [
        ("Also on Tuesday, the EU and US agreed to begin talks on ending subsidies for aircraft makers.", True, True),
        ("Also today, gunmen seized three nurses at a roadblock near Goma in eastern Congo.", True, True),
        ("In unrelated news, US actor Ossie Davis has been found dead at the age of 87.", True, True),
        ("Also on Tuesday, he said the talks on the tolls would go on for several more weeks.", False, True),
        ("Meanwhile, he said the talks on the tolls would go on for several more weeks.", False, True),
        ("Meanwhile, there was no sign of a deal on the tolls for the old bridge.", True, True),
        ("Also, the council said the talks on the tolls would go on for several more weeks.", False, False),
        ("In other words, the council said the talks on the tolls would go on for weeks.", True, False),
    ],
)
def test_what_follows_a_transition_is_read_as_the_sentence_s_own_start(sentence, opens, transition):
    [sign] = paragraph_signs(sentence)
    assert (sign.can_open, sign.transition) == (opens, transition)
    assert not sign.leans_back or not opens


def test_also_and_its_day_do_not_count_as_leaning_back():
    [sign] = paragraph_signs("Also on Tuesday, the EU and US agreed to begin talks on ending subsidies.")
    assert not sign.leans_back
    [sign] = paragraph_signs("The EU and US also agreed on Tuesday to begin talks on ending subsidies.")
    assert sign.leans_back


# --- one paragraph of another story between two of this one's ------------------------------------------------


def test_one_short_paragraph_of_another_story_between_two_of_this_one_s_is_reported(tmp_path):
    """A stretch between two parts of the story has a bar of its own (``INSERTED_THRESHOLD``), lower than a
    stretch to the end: the story resuming after it speaks for a merge too. This one scores between the two."""
    output = _check(
        tmp_path,
        "Oil prices rose above 60 dollars a barrel in New York as traders worried about supplies from Nigeria.",
    )
    assert "story.txt:7:1: WL601 a different story starts here" in output
    assert "Nigeria" in output or "New York" in output


def test_a_background_paragraph_between_two_of_the_story_s_own_is_not_reported(tmp_path):
    output = _check(
        tmp_path,
        "Jana Novak, who has led the council since 2019, first proposed a bridge over the Vltava as a candidate "
        "and promised cyclists the first crossing.",
    )
    assert "WL601" not in output


def test_a_paragraph_that_opens_with_a_thing_called_by_a_common_noun_weighs_less_between_two_parts():
    from wirelint.text.storyweights import INSERTED_WEIGHTS, WEIGHTS

    [sign] = paragraph_signs("The bill would establish a financing corporation to raise 7.5 billion dlrs.")
    assert sign.definite == "bill"
    assert INSERTED_WEIGHTS["definite opening"] < 0 == WEIGHTS["definite opening"]


def test_a_paragraph_opening_with_a_line_up_of_names_is_not_another_story(tmp_path):
    # a list of three names or more opens a line-up, not a lede (issue 17, round 14: BBC music and TV pages)
    story = tmp_path / "story.txt"
    story.write_text(
        "Stars record charity single\n\n"
        "A new version of the charity single will be released in December to raise money for famine relief in "
        "east Africa, its organisers said on Monday.\n\n"
        "The organisers said the single would be recorded in London next week and that the money raised would "
        "go to famine relief charities working across east Africa.\n\n"
        "Dionne Warwick, Diana Ross and Tina Turner were among the stars who sang on a similar record made in "
        "Los Angeles two decades ago, which sold millions of copies around the world.\n\n"
        "The single will be released on 3 December, the organisers said, and famine relief charities expect it "
        "to top the charts by Christmas.\n",
        encoding="utf-8",
    )
    assert "WL601" not in run_cli("check", "--select", "WL6", str(story)).output


def test_a_paragraph_that_calls_itself_related_is_not_another_story(tmp_path):
    # "In a related development," says the story goes on, whatever follows (issue 17, round 14)
    story = tmp_path / "story.txt"
    story.write_text(
        "Bridge budget approved\n\n"
        "The city council approved a budget of 40 million euros for a new bridge over the Vltava on Tuesday, "
        "after a long debate among councillors about traffic, tolls and the cost of steel.\n\n"
        "The mayor, Jana Novak, said construction of the bridge would start in spring and that cyclists would be "
        "the first to cross it.\n\n"
        "In a related development, Austrian carmaker Steyr said on Monday it would close its engine plant in "
        "Graz next year, cutting 800 jobs after losing orders from German truck makers.\n\n"
        "Novak said the bridge tolls would be reviewed each year by the council, and the steel contract in May.\n",
        encoding="utf-8",
    )
    assert "WL601" not in run_cli("check", "--select", "WL6", str(story)).output
