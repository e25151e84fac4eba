"""WL601: another story's material inside this one, this story resuming after it (issue 17, round 18).

An island (:mod:`wirelint.text.storyislands`): one or two whole paragraphs between two parts of the story that
share almost no word or name with it, while the paragraphs around them go on with each other, open as a
story's first sentence can, and name people or places the story never mentions again. A paragraph that
brings in someone as background, takes up a word of the headline, or goes on about what the story said, is
not one. Recall and false alarms on corpus splices: benchmarks/integrity_round18_islands.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli

HEADLINE = "Harbour museum reopens after repairs"
HOST = (
    "The harbour museum in Kestrel Bay reopened to visitors on Saturday after two years of repairs to its roof and "
    "sea wall, paid for by a lottery grant.",
    "Curators have used the closure to rebuild the gallery of fishing boats, which now holds twelve restored "
    "vessels and a working steam winch.",
    "Entry will stay free for children, and the cafe on the quay will open at weekends from April, the museum's "
    "director said.",
    "Volunteers spent the winter cleaning nets, lamps and ropes donated by families whose grandparents worked on "
    "the trawlers.",
    "The museum expects about 40,000 visitors this year, and hopes that school trips will return once the gallery "
    "of boats is finished.",
)
OTHER_LEDE = (
    "Striking dock workers in Antwerp have agreed to return to work after a pay deal was reached with port "
    "operators, their union has said."
)
OTHER_BODY = (
    "Talks between the union and the operators had broken down twice in January over overtime rates for night "
    "shifts at the container terminals."
)


def _check(tmp_path: Path, paragraphs: tuple[str, ...] | list[str], headline: str = HEADLINE) -> str:
    story = tmp_path / "story.txt"
    story.write_text(headline + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return run_cli("check", "--select", "WL6", str(story)).output


def test_the_host_alone_is_quiet(tmp_path: Path) -> None:
    assert "WL6" not in _check(tmp_path, HOST)


def test_another_story_s_lede_after_a_transition_word_in_the_middle_is_reported(tmp_path: Path) -> None:
    """The paragraphs around it go on with the museum; the lede names a port, a strike and a union the story
    never mentions again (quiet before round 18: the museum's paragraphs share few words, so the gap's own
    measures did not stand out)."""
    paragraphs = [*HOST[:3], f"Separately, {OTHER_LEDE[0].lower()}{OTHER_LEDE[1:]}", *HOST[3:]]
    assert "story.txt:9:1: WL601 a different story starts here" in _check(tmp_path, paragraphs)


def test_two_paragraphs_of_another_story_in_the_middle_are_reported_at_the_first(tmp_path: Path) -> None:
    """Two paragraphs that hang together (the union, the operators) and share nothing with the museum story."""
    paragraphs = [*HOST[:2], OTHER_LEDE, OTHER_BODY, *HOST[2:]]
    output = _check(tmp_path, paragraphs)
    assert "story.txt:7:1: WL601 a different story starts here" in output
    assert output.count("WL601") == 1


MOVED = HOST[3]
"""The story's own paragraph on the volunteers, moved up one place behind "Meanwhile," in the test below."""


@pytest.mark.parametrize(
    ("paragraph", "moved"),
    [
        (
            "Retired skipper Tom Hale, who fished out of Kestrel Bay for forty years, lent the museum his logbooks.",
            None,
        ),
        ('"We wanted the boats to be the heart of the museum again," said Mara Quill, who chairs its friends.', None),
        (f"Meanwhile, {MOVED[0].lower()}{MOVED[1:]}", MOVED),
    ],
    ids=["background on a new person", "a quotation on the story's subject", "the story's own paragraph moved up"],
)
def test_the_story_s_own_kinds_of_paragraph_are_not_islands(tmp_path: Path, paragraph: str, moved: str | None) -> None:
    rest = [p for p in HOST[2:] if p != moved]
    paragraphs = [*HOST[:2], paragraph, *rest]
    assert len(paragraphs) == len(HOST) + (moved is None)  # a moved paragraph is moved, not copied
    assert "WL601" not in _check(tmp_path, paragraphs)


TOPIC_HEADLINE = "Government plans tax on sugary drinks"
TOPIC_HOST = (
    "Ministers will put a tax on sugary drinks from next April, the Treasury announced on Wednesday, in a bid to "
    "cut obesity among children.",
    "Makers of fizzy drinks will pay 18 pence a litre on drinks with more than five grams of sugar, and 24 pence on "
    "the sweetest.",
    "Dentists and doctors welcomed the levy on sugary drinks, saying children's teeth and weight would benefit "
    "within a few years.",
    "Soft drink makers said the levy would cost jobs at their bottling plants, and that sugar was not the only "
    "cause of obesity.",
    "The Treasury expects the levy to raise 500 million pounds a year, to be spent on school sports.",
)


@pytest.mark.parametrize("cut", [1, 2])
def test_background_on_a_new_person_in_the_story_s_subject_is_not_reported(tmp_path: Path, cut: int) -> None:
    """ "tax", "government" and "plans" are words any two political stories share, which the regression leaves
    out, so a paragraph on a new adviser in those words alone shared nothing with the story and was reported
    before round 18; it takes up words of the headline (:data:`~wirelint.text.storyscore.TOPIC_WEIGHT`)."""
    background = (
        "Ewan Pemberton, who advised the Aldermoor Trust on tax until 2003, said few people had foreseen how "
        "government plans would develop."
    )
    paragraphs = [*TOPIC_HOST[:cut], background, *TOPIC_HOST[cut:]]
    assert "WL601" not in _check(tmp_path, paragraphs, TOPIC_HEADLINE)


def test_another_story_s_lede_in_the_same_host_is_still_reported(tmp_path: Path) -> None:
    """The same place, another story's lede that takes up no word of the headline."""
    lede = (
        "Floods have closed the main railway line between Perth and Inverness after two days of heavy rain, "
        "Network Rail has said."
    )
    paragraphs = [*TOPIC_HOST[:2], lede, *TOPIC_HOST[2:]]
    assert "story.txt:7:1: WL601 a different story starts here" in _check(tmp_path, paragraphs, TOPIC_HEADLINE)


COURT_LEDE = (
    "A Belgian court has ordered the release of two Dutch journalists arrested while filming a protest outside a "
    "nuclear plant in Doel, their lawyer has said."
)


def test_another_story_s_lede_after_a_space_at_a_paragraph_s_end_is_reported_at_its_first_word(tmp_path: Path) -> None:
    """A sentence island (:mod:`wirelint.text.storyislandsentences`): a lede's shape ("has ordered", "their lawyer
    has said"), names the story never uses again, nothing shared with its paragraph; the museum resumes in the
    next paragraph (quiet before round 18)."""
    paragraphs = list(HOST)
    paragraphs[2] = f"{HOST[2]} {COURT_LEDE}"
    assert f"story.txt:7:{len(HOST[2]) + 2}: WL601 a different story starts here" in _check(tmp_path, paragraphs)


def test_another_story_s_lede_before_a_paragraph_s_own_first_sentence_is_reported(tmp_path: Path) -> None:
    paragraphs = list(HOST)
    paragraphs[2] = f"{COURT_LEDE} {HOST[2]}"
    assert "story.txt:7:1: WL601 a different story starts here" in _check(tmp_path, paragraphs)


@pytest.mark.parametrize(
    "sentence",
    [
        "Retired skipper Tom Hale, who fished out of Kestrel Bay for forty years, lent the museum his logbooks.",
        "The director said the lottery grant had also paid for a new roof over the gallery of boats.",
        "Harbour master Ian Rowe has said the quay outside the museum will be closed to cars in summer.",
    ],
    ids=["background on a new person", "the story going on", "a new person on the story's subject"],
)
@pytest.mark.parametrize("where", ["end", "start"])
def test_the_story_s_own_sentence_at_a_paragraph_s_end_or_start_is_not_reported(
    tmp_path: Path, sentence: str, where: str
) -> None:
    paragraphs = list(HOST)
    paragraphs[2] = f"{HOST[2]} {sentence}" if where == "end" else f"{sentence} {HOST[2]}"
    assert "WL601" not in _check(tmp_path, paragraphs)
