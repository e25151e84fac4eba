"""WL601 islands that open as a later paragraph does: with a quotation, a word pointing back ("He added ...",
"It said ...") or a thing called by its kind (issue 17, integrity18).

Another story's later paragraph pasted whole opens as one of its own later paragraphs, and so do the host's own
paragraphs: such a stretch is measured as an island like any other, and needs more evidence than one that opens
as a lede does (``storyislands.toml`` [island.openings]). Recall on corpus splices:
benchmarks/integrity_round19_islands.py ("quotation first", "pointing back", "body paragraphs, two").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli

from wirelint.api import default_engine
from wirelint.text.storyislands import islands
from wirelint.text.storyislandweights import island_model, island_openings
from wirelint.text.vocabulary import article_vocabulary

HEADLINE = "Larkfield library reopens with reading room"
HOST = (
    "The library in Larkfield reopened on Monday after a six-month refurbishment that gave it a reading room, a "
    "children's corner and twenty new computers.",
    "Borrowers queued outside the library before nine o'clock, and staff issued more than 300 books on the first "
    "morning, the library's manager, Nora Beckett, said.",
    "The library will now open for 40 hours a week, with late evenings in the reading room on Tuesdays and "
    "Thursdays for students revising for exams.",
    "Beckett said the reading room had been designed with Larkfield's schools, which will bring classes to the "
    "library every week.",
    "The refurbishment of the library cost 1.2 million pounds, most of it from the county council, with the rest "
    "raised by the Friends of Larkfield Library.",
    "The Friends of the library plan a book sale in May to buy audiobooks and large-print books for older "
    "borrowers.",
    "Beckett said borrowing had already risen by a third since the library reopened, and that the reading room "
    "was full every afternoon.",
)
QUOTED = (
    '"We had no warning at all before the River Conwy burst its banks, and the water was up to the windows within '
    'minutes," said Gwilym Pryce, a sheep farmer in Llanrwst.'
)
POINTING_BACK = (
    "It said the takeover of Nordhavn Tankers would give the combined Danish shipping group a fleet of 48 tankers "
    "and close to 15 per cent of the market for crude oil cargoes.",
    "Nordhavn Tankers was founded in Esbjerg in 1971 and has been controlled by the Sorensen family for three "
    "generations.",
)
OWN = (
    "She said the children's corner would host story sessions for toddlers every Saturday morning from next month.",
    '"People have missed this library more than we ever expected," said Beckett, who has run it for eleven years.',
    '"It is the best thing to happen to Larkfield in years," said Harold Pike, 81, who has borrowed books there '
    "since 1962.",
    "It said the county would pay for two more librarians at Larkfield for the first year, while borrowing "
    "figures were studied.",
)


def _islands(paragraphs: list[str]) -> list[tuple[int, int, float]]:
    text = HEADLINE + "\n\n" + "\n\n".join(paragraphs) + "\n"
    vocabulary = article_vocabulary(default_engine().parse("story.txt", text).articles[0])
    firsts = [index for index, placed in enumerate(vocabulary.units) if placed.opens_paragraph]
    return [(firsts.index(island.index), island.count, island.score) for island in islands(vocabulary)]


def _check(tmp_path: Path, paragraphs: list[str]) -> str:
    story = tmp_path / "story.txt"
    story.write_text(HEADLINE + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return run_cli("check", "--select", "WL6", str(story)).output


@pytest.mark.parametrize("cut", [2, 4])
def test_another_storys_paragraph_opening_with_a_quotation_is_an_island(cut: int) -> None:
    """Measured as an island and above the bar, though it opens with a quotation (never measured before)."""
    found = _islands([*HOST[:cut], QUOTED, *HOST[cut:]])
    assert [(paragraph, count) for paragraph, count, _ in found] == [(cut, 1)]


@pytest.mark.parametrize("cut", [2, 5])
def test_two_paragraphs_of_another_story_opening_it_said_are_an_island(cut: int) -> None:
    found = _islands([*HOST[:cut], *POINTING_BACK, *HOST[cut:]])
    assert [(paragraph, count) for paragraph, count, _ in found] == [(cut, 2)]


def test_an_opening_that_points_back_asks_more_than_the_bar() -> None:
    """The score an island reports is its log-odds less what its opening asks, as the data file says."""
    bar = island_model()[1]
    extra = island_openings()
    assert extra["quotation"] > 0 and extra["points back"] > 0 and extra["continues"] > 0
    (_, _, score), = _islands([*HOST[:5], *POINTING_BACK, *HOST[5:]])
    assert score >= bar


@pytest.mark.parametrize("paragraph", OWN, ids=["she said", "a quotation of its own", "a new reader quoted", "it said"])
@pytest.mark.parametrize("cut", [2, 4])
def test_the_storys_own_paragraphs_opening_so_are_not_islands(tmp_path: Path, paragraph: str, cut: int) -> None:
    paragraphs = [*HOST[:cut], paragraph, *HOST[cut:]]
    assert _islands(paragraphs) == []
    assert "WL601" not in _check(tmp_path, paragraphs)
