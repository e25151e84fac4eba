"""Rare islands: a paragraph or a paragraph's last sentences of another story inside this one, by rare words (#17).

A donor's body paragraph pasted mid-story opens as a later paragraph does and names less than a lede, so the
fitted island model (:mod:`wirelint.text.storyislands`) weighs it low, and between two stories of one section the
words every story of the section writes ("shares", "profit", "match", "goal") hide it. Read by rare words instead:
each content stem weighs its inverse document frequency over the corpora (``storyrare.toml`` [weights], the common
ones; every other stem is rare and weighs most). A paragraph is lone when it writes enough weight, the rest of the
story (headline included) writes none of its words and none of its names, while the story goes on across it (the
paragraphs before and after it share enough weight) and it opens as a sentence can, leaning on nothing before it.
A background paragraph introducing a new person is left to the island model (:func:`introduces`).

Another story's lede glued after an ordinary ". " at the end of a paragraph, this story resuming in the next one,
is the same shape one level down: the paragraph's last one or two sentences (not its first) write enough weight,
none of it written anywhere else in the story (the paragraph's own earlier sentences included) and none of its
names, while the story goes on from before them to after them (``storyrare.toml`` ["rare sentences"]); the first of
them names someone or something, or says when, as a lede does ("Ranchers have begun selling cattle ..." after a
paragraph on a drought goes on with it in other words).

Each stem's first and last paragraph are found once per article, and the weight the story carries across each
paragraph is summed with a running count, so the pass is linear in the article's words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import NamedTuple

from wirelint.errors import PackError
from wirelint.lazy_pattern import LazyPattern
from wirelint.startcache import read_toml
from wirelint.text.cohesion import Counts
from wirelint.text.storybackground import introduces
from wirelint.text.storydata import count, number
from wirelint.text.storyislands import IslandParagraph, IslandStory
from wirelint.text.vocabulary import topic_stems

RARE_DATA = Path(__file__).with_name("storyrare.toml")


class RareIsland(NamedTuple):
    """A lone paragraph: its first unit and the first unit after it."""

    index: int
    end: int


class _Bars(NamedTuple):
    least: float
    share: float
    bridge: float
    rare: float
    name: float
    least_before: int


@cache
def _bars(table: str = "rare paragraph") -> _Bars:
    return _Bars(*(number(RARE_DATA, table, key) for key in ("least", "share", "bridge", "rare", "name weight")),
                 count(RARE_DATA, table, "least before"))


_READER = LazyPattern(r"(?i)\b(?:you|your|yours|yourself)\b")
"""The writer speaking to the reader: a review's or a feature's own voice, not another story's news."""
_QUOTED = LazyPattern(r"[\"“][^\"”]*[\"”]")


LAST_SENTENCES = 2
"""The last sentences of a paragraph asked as another story's lede glued there: a bound that keeps the pass linear."""


@cache
def weights() -> Mapping[str, float]:
    """The common stems' weights (``storyrare.toml`` [weights]); anything but a number is an error naming the file."""
    found = read_toml(RARE_DATA).get("weights")
    if not isinstance(found, dict) or not all(
        isinstance(value, (int, float)) and not isinstance(value, bool) for value in found.values()
    ):
        raise PackError(str(RARE_DATA), "[weights] needs a number for every stem")
    return {word: float(value) for word, value in found.items()}


def rare_islands(story: IslandStory, units: int) -> Iterator[RareIsland]:
    """The lone paragraphs of ``story`` (an article of ``units`` units), and the lone last sentences of its
    paragraphs, in reading order."""
    bars, weigh = _bars(), weights()
    paragraphs = story.paragraphs
    if len(paragraphs) < bars.least_before + 2:
        return
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for at, paragraph in enumerate(paragraphs):
        for word in paragraph.stems:
            first.setdefault(word, at)
            last[word] = at
    across = [0.0] * (len(paragraphs) + 1)
    for word, start in first.items():
        if last[word] - start >= 2:
            weight = weigh.get(word, bars.rare)
            across[start + 1] += weight
            across[last[word]] -= weight
    carried = 0.0
    sentences = _bars("rare sentences")
    for at, paragraph in enumerate(paragraphs[:-1]):
        carried += across[at]
        end = paragraphs[at + 1].first
        if at < min(bars.least_before, sentences.least_before) or not paragraph.signs:
            continue
        if at >= bars.least_before and _lone(story, paragraph, paragraph.stems, paragraph.names, carried, bars, 0):
            yield RareIsland(paragraph.first, end)
            continue
        if at < sentences.least_before:
            continue
        own = [topic_stems(paragraph.text[unit.start : unit.end]) for unit in paragraph.units]
        for index in range(max(1, len(own) - LAST_SENTENCES), len(own)):
            stems, earlier = frozenset().union(*own[index:]), frozenset().union(*own[:index])
            bridge = carried + sum(weigh.get(word, bars.rare) for word in earlier if last[word] > at)
            names = Counter(word for sign in paragraph.signs[index:] for _, words in sign.names for word in words
                            if word in paragraph.names)
            if _lone(story, paragraph, stems, names, bridge, sentences, index, earlier):
                yield RareIsland(paragraph.first + index, end)
                break


def _lone(story: IslandStory, paragraph: IslandParagraph, stems: frozenset[str], names: Counts,
          carried: float, bars: _Bars, index: int, earlier: frozenset[str] = frozenset()) -> bool:
    """Whether the text of ``paragraph`` from its sentence ``index`` on (its content ``stems`` and name stems
    ``names``) is lone: it opens as a sentence can, leaning on nothing and not on a name the story has met, names
    someone or something or says when (as news does), names no one and nothing the story names elsewhere, does
    not speak to the reader ("you can ...": a review's own voice), writes enough weight and almost none written
    elsewhere, while the story carries ``carried`` across it."""
    opening = paragraph.signs[index] if index < len(paragraph.signs) else None
    if (opening is None or not opening.can_open or opening.leans_back or opening.title_leans(story.whole, story.names)
            or (not index and introduces(paragraph.text))):
        return False
    if not (names or opening.when) or opening.continues((), story.names):
        return False
    if any(story.names[word] > own or word in story.head for word, own in names.items()):
        return False
    if _READER.search(_QUOTED.sub("", paragraph.text[paragraph.units[index].start :])):
        return False
    weigh = weights()
    mass = sum(weigh.get(word, bars.rare) for word in stems) + bars.name * len(names)
    shared = sum(weigh.get(word, bars.rare) for word in stems
                 if story.spread[word] > 1 or word in story.headline or word in earlier)
    return mass >= bars.least and shared <= bars.share * mass and carried >= bars.bridge
