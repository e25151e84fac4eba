"""Table islands: the bare rows of another company's results table between two parts of this story (WL601).

A wire story that carries its own results table puts it first, under the headline, before any running text
("Shr 34 cts vs 1.19 dlrs", "Net ... vs ..."); no untouched story of either corpus has a table after a paragraph of
running text with its text going on after it. A paste that drops another company's table into the middle of a
story leaves exactly that: rows of figures after the story's prose, the prose resuming after them, and none of
the rows' figures used anywhere else in the article. A table that belongs to the story repeats its figures (the
net profit its lede gave), or sits in a story that talks of results, a period's figures or standings ("Acme
reported its first quarter results", "The final standings were ..."), and is left alone: only a story that speaks
of no such figures has no table of its own to carry. The rows share no words a cohesion measure could weigh (they
are figures and a few labels), so the shape is read from the layout and the figures; its gates are data
(``storyislands.toml`` [table] and ["table results"]).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from wirelint.lazy_pattern import LazyPattern
from wirelint.text.storydata import word_list
from wirelint.text.storyislands import IslandParagraph, IslandStory
from wirelint.text.storyislandweights import PATH, table_gates
from wirelint.text.vocabulary import ArticleVocabulary

_FIGURE = LazyPattern(r"(?<![\p{L}\p{N}])\d[\d.,]*\d(?![\p{L}\p{N}])")
"""A figure of two digits or more ("34", "1.19", "2,858,000"): a table row's values."""
_YEAR = LazyPattern(r"^(?:19|20)\d\d$")
_ENDS = LazyPattern(r"[.!?][\"'”’)]*\s*$")
_WORD = LazyPattern(r"\p{L}+")


class TableIsland(NamedTuple):
    """The rows of a results table measured as another story's."""

    index: int
    """Its first unit (an index into the article's units)."""
    end: int
    """The first unit after it."""


def _is_row(paragraph: IslandParagraph, longest: int) -> bool:
    """A paragraph that is one line of a results table: every sentence of it compares two figures ("vs") in a few
    words."""
    return bool(paragraph.signs) and all(sign.compares and sign.words <= longest for sign in paragraph.signs)


def _is_prose(paragraph: IslandParagraph, lower: int, ended: bool = True) -> bool:
    """A paragraph of running text: a sentence with ``lower`` lower-case words or more that compares no figures
    and (``ended``) ends as a sentence does (a table's heading, "Group loss after financial income 1.08", ends on a
    figure)."""
    return any(
        sign.lower_words >= lower
        and not sign.compares
        and (not ended or _ENDS.search(paragraph.text, unit.start, unit.end) is not None)
        for sign, unit in zip(paragraph.signs, paragraph.units, strict=False)
    )


def _figures(text: str, units: frozenset[str]) -> set[str]:
    """The figures of ``text`` (years aside: a table's heading and the story name the same year), and each with
    the unit after it when one of ``units`` follows ("40 mln")."""
    found: set[str] = set()
    for match in _FIGURE.finditer(text):
        figure = match.group().rstrip(".,")
        if _YEAR.match(figure):
            continue
        found.add(figure)
        after = text[match.end() : match.end() + 12].split()
        if after and after[0].strip(".,;").lower() in units:
            found.add(f"{figure} {after[0].strip('.,;').lower()}")
    return found


def _repeats(shared: set[str]) -> bool:
    """Whether the figures a table shares with the rest of the article say it is the story's own: one that
    reads as a value ("4.5", "2,858,000", "807", "40 mln"), or two; one small whole number alone ("15") is
    chance."""
    return len(shared) >= 2 or any(len(figure) >= 3 for figure in shared)


@cache
def _results() -> frozenset[str]:
    """The words in which a story talks of results, a period's figures or standings (``["table results"]``)."""
    return frozenset(word.lower() for word in word_list(PATH, "table results"))


def _talks_of_results(text: str) -> bool:
    """Whether ``text`` (the story's own words, the rows aside) talks of results, figures or standings: a table
    after its running text is then the story's own, introduced or not."""
    results = _results()
    return any(match.group().lower() in results for match in _WORD.finditer(text))


def table_islands(vocabulary: ArticleVocabulary, story: IslandStory) -> Iterator[TableIsland]:
    """Every run of table rows after the story's running text, with running text after it, whose figures the
    rest of the article (its headline and standfirst too) never uses."""
    rows_needed, longest, lower, units = table_gates()
    paragraphs = story.paragraphs
    size = len(vocabulary.units)
    article = vocabulary.units[0].block.article if vocabulary.units else None
    headline = " ".join(block.text for block in article.fields("headline", "standfirst")) if article else ""
    rows = [_is_row(p, longest) for p in paragraphs]
    prose = [_is_prose(p, lower) for p in paragraphs]
    number = 1
    while number < len(paragraphs):
        if not rows[number]:
            number += 1
            continue
        end = number
        while end < len(paragraphs) and rows[end]:
            end += 1
        if (
            end - number >= rows_needed
            and prose[0]  # a story that opens with its own table (a results story) is left alone
            and prose[number - 1]
            and not any(rows[:number])
            and any(_is_prose(p, lower, ended=False) for p in paragraphs[end:])  # the story resumes after the rows
        ):
            own = set().union(*(_figures(p.text, units) for p in paragraphs[number:end]))
            rest = " ".join([headline, *(p.text for p in paragraphs[:number]), *(p.text for p in paragraphs[end:])])
            about = " ".join([headline, paragraphs[0].text, paragraphs[number - 1].text])
            if own and not _repeats(own & _figures(rest, units)) and not _talks_of_results(about):
                yield TableIsland(paragraphs[number].first, paragraphs[end].first if end < len(paragraphs) else size)
        number = end
