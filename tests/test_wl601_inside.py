"""WL601, review of round 20 (issue 17, integrity22): another story that starts inside a paragraph after an ordinary
". " and runs to the end is reported at its own first sentence, not at the story's sentence before it.

The stories below are my own.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from wl6_helpers import check_wl6, rating_story

HEAD = "Rowing: Kessling crew takes the autumn regatta\n\n"
OWN = [
    "Kessling Rowing Club won the eights final at the autumn regatta on Saturday, beating the holders from Dorrow "
    "by a length and a half on the river.",
    "The crew led from the start and held off a late push from Dorrow in the last 500 metres, where the current is "
    "strongest.",
    "Stroke Mara Velden said the crew had trained twice a day since August and had expected to win. \"We rowed our "
    "own race,\" she said.",
    "Dorrow's coach, Felix Ahrens, said his rowers had been slowed by a heavy boat and would be back for the spring "
    "head race.",
    "The regatta drew about 4,000 spectators to the towpath despite the cold, and the club bar ran out of soup by "
    "noon.",
]
GUEST = (
    "Former Lindau captain Henrik Solberg, 34, who won Olympic silver for Norway in Sydney, watched from a launch "
    "as a guest of the organisers."
)
OTHER_LEDE = "A violinist who left a rare eighteenth-century instrument on a commuter train has got it back."
OTHER_NEXT = (
    "Priya Coulthard, who plays with a chamber orchestra in Reading, said she had been too tired after a late "
    "concert to notice she had left without it. The violin, made in Cremona in 1742, is insured for about "
    "200,000 pounds and had been lent to her by a music foundation."
)


def test_the_other_story_is_reported_at_its_first_sentence_not_at_the_paragraph_start(tmp_path: Path) -> None:
    """The story's own sentence on a new guest opens the paragraph; the stretch from there scores higher than the
    one from the violinist, but the violinist's is still apart from everything before it, the guest's sentence
    included: that is where an editor must look (reported at the paragraph's start, line 13 column 1, before)."""
    text = HEAD + "\n\n".join([*OWN, f"{GUEST} {OTHER_LEDE}", OTHER_NEXT]) + "\n"
    output = check_wl6(tmp_path, text)
    assert f":13:{len(GUEST) + 2}: WL601" in output, output
    assert ":13:1: WL601" not in output, output


TUNNEL_HEAD = "Harbour tunnel opens after six years of work\n\n"
TUNNEL = [
    "The new road tunnel under Kessling harbour opened to traffic on Monday, six years after engineers began boring "
    "beneath the busy shipping lane.",
    "Mayor Odile Brandt cut the ribbon at the northern portal, where she said several hundred residents had gathered "
    "despite the rain to watch the first lorries pass through.",
]
TUNNEL_LAST = (
    "The tunnel cost 410 million euros, about a third more than planned, after flooding in the second year halted "
    "the boring machines for eleven months."
)
NAMED_LEDE = (
    "Concert violinist Priya Coulthard has been reunited with the rare eighteenth-century instrument she left on a "
    "commuter train after a cleaner found the case under a seat at a depot in Marlow."
)
NAMED_NEXT = (
    "The violin, made in Cremona in 1742, is insured for about 200,000 pounds and had been lent to her by a music "
    "foundation. The cleaner handed the case to station staff, who traced its owner through a label inside the lid. "
    "Coulthard plans to play it at a charity recital in Henley next month."
)


def test_a_lede_that_says_she_of_the_person_it_names_is_another_story(tmp_path: Path) -> None:
    """The story says "she" of its mayor; the other story's lede says "she" of the violinist it has just named, a
    name the story never met: the pronoun stands for her, not for the mayor (quiet before: any "she" after a story
    that used one was read as the story's own)."""
    text = TUNNEL_HEAD + "\n\n".join([*TUNNEL, f"{TUNNEL_LAST} {NAMED_LEDE}", NAMED_NEXT]) + "\n"
    assert f":7:{len(TUNNEL_LAST) + 2}: WL601" in check_wl6(tmp_path, text)


@pytest.mark.parametrize("source", ["S&P", "P&O", "M&S"])
def test_a_source_in_joined_initials_after_said_closing_its_own_story_is_the_story(tmp_path: Path,
                                                                                    source: str) -> None:
    """"..., said S&P." reads as "..., S&P said." does: the source the headline names closes its own story
    (reported before: only a speaker before the verb could be written in joined initials); the same closing under
    a headline that does not name it is still another story's tail."""
    assert "WL601" not in check_wl6(tmp_path, rating_story(source, f"said {source}"))
    assert "WL601" in check_wl6(tmp_path, rating_story("MOODY'S", f"said {source}"))


def test_asking_whether_the_source_speaks_at_every_paragraph_reads_the_article_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The names written before each paragraph are indexed once per article: asking at every one of 300 paragraphs
    reads each paragraph's text about once, not every paragraph before it each time (quadratic before), and the
    answer is the same: the speaker is the story's own from the paragraph after the one that first writes it."""
    from wirelint.text import storyspeakers
    from wirelint.text.storytails import TailSubject

    texts = [f"Paragraph {number} of a long council report on the harbour dues for the year." for number in range(300)]
    texts[120] = "The harbour master, Ilse Velden, presented the figures to the committee."
    read: list[int] = []
    original = storyspeakers.written

    def counted(text: str) -> Iterator[str]:
        read.append(len(text))
        return original(text)

    monkeypatch.setattr(storyspeakers, "written", counted)
    subject = TailSubject(texts, frozenset)
    closing = "The dues will rise by a tenth, Ilse Velden said."
    answers = [subject.source_speaks(number, closing) for number in range(300)]
    assert answers == [number > 120 for number in range(300)]
    assert sum(read) <= 2 * sum(map(len, texts))
