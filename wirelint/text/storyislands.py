"""Islands: one or two paragraphs of another story between two parts of this one, this story resuming after them.

A paste into the middle of a story leaves a shape of its own, whether the pasted paragraph is the other story's
lede or one of its later paragraphs: the paragraphs before and after it go on with each other and with the
headline (they share names and content words, TextTiling's "the topic continues across the gap"), while the
island shares little with either, brings in names the story never uses again, and often opens as a lede does
(a full name, a time, a place) or points back to a referent the story never introduced. Each sign alone is
common in real copy (a quotation, a background paragraph on a new person, an on-topic "Meanwhile"); together
they are weighed as the log-odds of a logistic regression whose weights are data
(``storyislands.toml``, read by :mod:`wirelint.text.storyislandweights`).

Only whole paragraphs after the article's first and before its last are measured; the measures read what
:mod:`wirelint.text.storyparagraphs` and :mod:`wirelint.text.storysigns` remember per paragraph text.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import chain
from typing import NamedTuple, Protocol, TypeVar

from wirelint.lazy_pattern import LazyPattern
from wirelint.text.cohesion import Counts, cosine
from wirelint.text.common_words import REPORTING_VERBS
from wirelint.text.storybackground import introduces
from wirelint.text.storyislandmemo import LastArticle, Prefix, SeenBefore, add_counts, first_seen
from wirelint.text.storyislandweights import LONGEST_ISLAND, MIN_WORDS, island_model, island_openings, with_families
from wirelint.text.storyparagraphs import paragraph_words
from wirelint.text.storysigns import Signs, paragraph_signs
from wirelint.text.vocabulary import ArticleVocabulary, Unit, paragraph_units, topic_stems

WINDOW = 2
"""Paragraphs on each side of an island read as the story it interrupts (TextTiling's block)."""
PERFECT = LazyPattern(
    r"\b(?:has|have)\s+(?:\p{Ll}+ly\s+|not\s+|also\s+)?(?:been|\p{Ll}{2,}(?:ed|en|wn|id|ld|ght|ne|un|ck))\b"
)
"""A verb in the present perfect ("has said", "have been", "has won"): news copy tells what is new in it."""
SAID_LAST = LazyPattern(
    r",\s+(?:(?:the|a|an|its|his|her)\s+)?(?:[\p{L}'’\-.]+\s+){0,6}?(?:has\s+|have\s+)?(?:"
    + "|".join(sorted(REPORTING_VERBS | {"claimed", "ruled", "announced", "revealed", "reported", "confirmed"}))
    + r")(?:\s+(?:on|in|at|this|last|late|early)\s+[\p{L}\d ]{1,20})?[.!]?[\"'”’]?$"
)
"""A sentence that ends on who said it ("..., Alun Michael has said.", "..., the UK's highest court has ruled."),
the way a lede attributes its news: a later paragraph says "he said", a pronoun (:data:`Signs.leans_back`)."""


_QUOTED = LazyPattern(r"^\s*[\"'“‘]")
"""A paragraph that opens with a quotation."""


class Island(NamedTuple):
    """A stretch of whole paragraphs measured as a possible island."""

    index: int
    """Its first unit (an index into the article's units)."""
    end: int
    """The first unit after it."""
    count: int
    """Its paragraphs."""
    features: dict[str, float]
    score: float
    """Log-odds that it is another story's (:func:`~wirelint.text.storyislandweights.island_model`), less what
    more its opening asks (:func:`_extra`)."""


class IslandParagraph(NamedTuple):
    """What the island passes read of one paragraph, taken once per article: the per-paragraph memos
    (:mod:`wirelint.memo`) hold fewer paragraphs than a very long article has, so a pass that asked them again
    would measure every paragraph anew."""

    text: str
    first: int
    """Its first unit."""
    words: Counts
    names: Counts
    signs: tuple[Signs, ...]
    stems: frozenset[str]
    """Its lower-case content stems, section words included (:func:`topic_stems`)."""
    units: tuple[Unit, ...]
    """Its sentences (:func:`paragraph_units`)."""


@dataclass
class IslandStory:
    """What every stretch of one article is measured against."""

    paragraphs: list[IslandParagraph]
    head: Counter[str]
    """The content stems of the headline and standfirst."""
    whole: Counter[str]
    """Those of the headline, standfirst and body."""
    names: Counter[str]
    """The words of the body's names."""
    topic: frozenset[str]
    """Every lower-case content word of the headline, standfirst and first paragraph, section words too
    (:func:`~wirelint.text.vocabulary.topic_stems`)."""
    baseline: float
    """How alike neighbouring paragraphs are, at the median."""
    headline: frozenset[str]
    """Every lower-case content word of the headline and standfirst: a stretch that takes one up speaks of the
    story's subject (a guard of issue 17's round 17: "trade" in "... as steel trade slows")."""
    subject: frozenset[str] = frozenset()
    """:attr:`topic` and every word of each topic family (``storyislands.toml`` [families]) it uses two words
    of: the words the story's kind of event is told in ("rescuers", "survivors" after an earthquake)."""
    square: int = 0
    """The squared length of :attr:`whole`."""
    spread: Counter[str] = field(default_factory=Counter)
    """For every lower-case content word, how many paragraphs write it (:func:`topic_stems`)."""
    first_words: dict[str, int] = field(default_factory=dict)
    """For every content stem, the first paragraph that writes it (-1 for the headline's): the words before a
    paragraph, asked in constant time (:class:`~wirelint.text.storyislandmemo.SeenBefore`)."""
    first_names: dict[str, int] = field(default_factory=dict)
    """The same for the words of names."""

    def __post_init__(self) -> None:
        self.square = sum(count * count for count in self.whole.values())
        self.subject = with_families(self.topic)
        if not self.spread:
            self.spread.update(chain.from_iterable(p.stems for p in self.paragraphs))  # counted in C
        self.first_words = first_seen([p.words for p in self.paragraphs], self.head)
        self.first_names = first_seen([p.names for p in self.paragraphs])

    def against_rest(self, words: Counts) -> tuple[float, int]:
        """The cosine of ``words`` with the rest of the article (all of it less ``words``), and how many of them
        the rest uses, in time linear in ``words``."""
        whole = self.whole
        dot = shared = 0
        square = self.square
        own = 0
        for word, count in words.items():
            total = whole.get(word, 0)
            left = total - count
            dot += count * left
            shared += left > 0
            square += left * left - total * total
            own += count * count
        norm = math.sqrt(own * square)
        return (dot / norm if norm > 0 else 0.0), shared


    @classmethod
    def of(cls, vocabulary: ArticleVocabulary) -> IslandStory:
        known: dict[str, bool] = {}

        def is_name(name: str) -> bool:
            if name not in known:
                known[name] = " " in name or vocabulary.is_name(name)
            return known[name]

        paragraphs: list[IslandParagraph] = []
        kept: dict[str, tuple[object, IslandParagraph]] = {}
        for index, placed in enumerate(vocabulary.units):
            if placed.opens_paragraph or not index:
                text = placed.block.text
                signs = paragraph_signs(text)
                key = tuple(is_name(name) for sign in signs for name, _ in sign.names)
                found = _LAST.paragraph(text, key, partial(_read, text, index, signs, is_name), kept)
                paragraphs.append(found if found.first == index else found._replace(first=index))
        _LAST.paragraphs = kept
        head = Counter(dict.fromkeys(vocabulary.top_terms, 1))
        article = vocabulary.units[0].block.article if vocabulary.units else None
        heads = [block.text.lower() for block in article.fields("headline", "standfirst")] if article else []
        texts = [*heads, paragraphs[0].text] if paragraphs else heads
        similar = sorted(_LAST.cosines([(p.text, p.words) for p in paragraphs], cosine))
        whole, names, spread = _LAST.sums(head, paragraphs)
        return cls(
            paragraphs,
            head,
            whole,
            names,
            frozenset().union(*(topic_stems(text) for text in texts)),
            similar[len(similar) // 2] if similar else 0.0,
            frozenset().union(*(topic_stems(text) for text in heads)),
            spread=spread,
        )


def _read(text: str, first: int, signs: tuple[Signs, ...], is_name: Callable[[str], bool]) -> IslandParagraph:
    names = Counter(s for sign in signs for name, stems in sign.names if is_name(name) for s in stems)
    return IslandParagraph(
        text, first, paragraph_words(text), names, signs, topic_stems(text), tuple(paragraph_units(text))
    )


_LAST: LastArticle[IslandParagraph] = LastArticle()
"""The last article's paragraphs, neighbour cosines and sums: an editor's re-lint reads again only what changed."""


def measure(
    vocabulary: ArticleVocabulary, story: IslandStory | None = None, bar: float | None = None
) -> Iterator[Island]:
    """Every stretch of one or two whole paragraphs between the article's first and last that opens as a sentence
    can (not by introducing someone as background: :func:`~wirelint.text.storybackground.introduces`) and takes
    up no word of the headline, measured and scored, less what more its opening asks (:func:`_extra`: a
    quotation, a word pointing back, a later sentence of the story); with a ``bar``, only those that may clear
    it."""
    story = story or IslandStory.of(vocabulary)
    paragraphs = story.paragraphs
    size = len(vocabulary.units)
    before = Prefix(story.head, [p.words for p in paragraphs], grow)
    for number in range(1, len(paragraphs) - 1):
        first, last = paragraphs[number], paragraphs[number - 1]
        if not first.signs or (last.signs and last.signs[-1].ends_mid_sentence):
            continue
        if first.stems & story.headline:
            continue  # every stretch from here takes up a word of the headline (tested below): none is measured
        before_names = SeenBefore(story.first_names, number)
        extra = _extra(first, SeenBefore(story.first_words, number), before_names)
        if extra is None or introduces(first.text):
            continue  # no sentence, or background on someone the story brings in (storybackground)
        for count in range(1, min(LONGEST_ISLAND, len(paragraphs) - 1 - number) + 1):
            words = add_counts(*(p.words for p in paragraphs[number : number + count]))
            if len(words) < MIN_WORDS or (count > 1 and introduces(paragraphs[number + count - 1].text)):
                continue
            if any(p.stems & story.headline for p in paragraphs[number : number + count]):
                continue
            features = _features(story, number, count, words, before, before_names,
                                 None if bar is None else bar + extra)
            if features is None or (count > 1 and not features["inner"]) or not resumes(features):
                continue  # out of reach; two paragraphs that share no word, as two of one other story would; or
                # nothing after the stretch takes up what came before it
            score = _score(features) - extra
            end = paragraphs[number + count].first if number + count < len(paragraphs) else size
            yield Island(first.first, end, count, features, score)


def _extra(first: IslandParagraph, words: Container[str], names: Container[str]) -> float | None:
    """How much more than the island bar a stretch opening with ``first`` must score (``storyislands.toml``
    [island.openings]), given the content stems ``words`` and name words ``names`` used before it; None when it
    cannot open one (a line in capitals, a list of names, a note about the writer). Another story's later
    paragraph pasted whole opens as one of its own later paragraphs does: with a quotation, a pronoun or a
    linking word ("He added ...", "But ..."), a thing called by its kind or a name met ("The company said ...");
    so do the host's own paragraphs, and such an opening needs more evidence, not none."""
    opening = first.signs[0]
    if not (opening.can_open or opening.points_back):
        return None
    extra = island_openings()
    if _QUOTED.match(first.text):
        return extra["quotation"]
    if opening.points_back:
        return extra["points back"]
    if opening.continues(words, names) or opening.counts_back:
        return extra["continues"]
    return 0.0


def resumes(features: dict[str, float]) -> bool:
    """Whether the story goes on across a stretch: the paragraphs after it share a word or a name with those
    before it. An island is another story's material *between two parts of this one*; where nothing after it
    takes up the text before it (a short story whose every paragraph tells a new aspect), the measures have
    nothing to tell an interruption from the story moving on."""
    return any(features[name] > 0 for name in ("bridge", "bridge one", "resume cosine", "resume names"))


def grow(counts: Counter[str], more: Counts) -> int:
    """Add ``more`` to ``counts``; what that adds to their squared length."""
    added = 0
    for word, count in more.items():
        had = counts[word]
        added += 2 * had * count + count * count
        counts[word] = had + count
    return added


def known_cosine(words: Counts, other: Counts, square: int) -> float:
    """The cosine of ``words`` with ``other``, whose squared length is ``square``, in time linear in ``words``."""
    dot = sum(count * other.get(word, 0) for word, count in words.items())
    norm = math.sqrt(sum(count * count for count in words.values()) * square)
    return dot / norm if norm else 0.0


_COSTLY = ("near", "bridge", "inner", "all share", "resume cosine", "resume names", "near one", "bridge one")
"""Measures that compare the stretch with its neighbours, each between 0 and 1: taken only for a stretch whose
other measures leave it room to clear the bar (:func:`_room`)."""


def opening_features(
    story: IslandStory, words: Counts, names: Counts, sign: Signs, first: str, before_names: Container[str]
) -> dict[str, float]:
    """The measures an island of paragraphs and one of sentences share, for a stretch of content ``words`` and
    ``names`` whose first sentence ``first`` has the signs ``sign``: how little it shares with the rest of the
    article, its size, its new names, and how it opens (a transition, a dateline, a lede's "has said" or "..., X
    said", a name the story has not met)."""
    against, shared = story.against_rest(words)
    new_names = [n for n in names if story.names[n] <= names[n] and n not in story.head]
    distinct = len(words)
    opening = sign.opening_name
    return {
        "cosine": against,
        "share": shared / distinct,
        "size": math.log1p(distinct),
        "new names": min(len(new_names), 4) / 4,
        "names shared": min(len(names) - len(new_names), 3) / 3,
        "refers back": float(sign.refers_back),
        "transition": float(sign.transition),
        "dateline": float(sign.dateline),
        "opening words": min(sign.words, 40) / 40,
        "baseline": story.baseline,
        "perfect": float(bool(PERFECT.search(first))),
        "said last": float(bool(SAID_LAST.search(first)) and not sign.leans_back),
        "opens new name": float(bool(opening) and not any(s in before_names or s in story.head for s in opening)),
    }


def _room() -> float:
    weights = island_model()[0]
    return sum(max(0.0, weights[name]) for name in _COSTLY)


def _features(
    story: IslandStory, number: int, count: int, words: Counts, before: Prefix, before_names: Container[str],
    bar: float | None = None,
) -> dict[str, float] | None:
    """The measures of :data:`ISLAND_FEATURES` for ``count`` paragraphs from paragraph ``number`` (None when a
    ``bar`` is given that they cannot reach)."""
    paragraphs = story.paragraphs
    stretch = paragraphs[number : number + count]
    resumed = paragraphs[number + count]
    own = frozenset().union(*(p.stems for p in stretch))
    sentences = [s for p in stretch for s in p.signs]
    units = stretch[0].units
    said = stretch[0].text[units[0].start : units[0].end] if units else ""
    found = opening_features(story, words, add_counts(*(p.names for p in stretch)), stretch[0].signs[0], said,
                             before_names)
    distinct = len(words)
    found.update({
        "topic": min(len(own & story.subject), 4) / 4,
        "two": float(count == 2),
        "prose": sum(min(s.lower_words, 12) for s in sentences) / (12 * len(sentences)) if sentences else 0.0,
        "share x size": found["share"] * math.log1p(distinct),
        "one sentence": float(len(stretch[0].signs) == 1),
    })
    weights = island_model()[0]
    room = _room() if count > 1 else _room() - max(0.0, weights["inner"])
    if bar is not None and _score(found) + room < bar:
        return None
    window_before = add_counts(*(p.words for p in paragraphs[max(0, number - WINDOW) : number]))
    window_after = add_counts(*(p.words for p in paragraphs[number + count : number + count + WINDOW]))
    found["bridge"] = cosine(window_before, window_after)
    if bar is not None and _score(found) + room - max(0.0, weights["bridge"]) < bar:
        return None
    spread = Counter(stem for p in stretch for stem in p.stems)
    elsewhere = sum(1 for stem in own if story.spread[stem] > spread[stem] or stem in story.topic)
    found.update({
        "near": max(cosine(words, window_before), cosine(words, window_after)),
        "inner": cosine(stretch[0].words, add_counts(*(p.words for p in stretch[1:]))) if count > 1 else 0.0,
        "all share": elsewhere / len(own) if own else 1.0,
        "resume cosine": known_cosine(resumed.words, *before.at(number)),
        "resume names": min(sum(1 for n in resumed.names if n in before_names), 3) / 3,
        "near one": max(cosine(words, paragraphs[number - 1].words), cosine(words, resumed.words)),
        "bridge one": cosine(paragraphs[number - 1].words, resumed.words),
    })
    return found


def _score(features: dict[str, float]) -> float:
    weights = island_model()[0]
    return weights["bias"] + sum(weights[name] * value for name, value in features.items())


class _Stretch(Protocol):
    @property
    def index(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def score(self) -> float: ...


Found = TypeVar("Found", bound=_Stretch)


def disjoint(found: Iterable[Found], bar: float) -> list[Found]:
    """Those of ``found`` whose score clears ``bar``, the likelier first where two overlap, in reading order."""
    chosen: list[Found] = []
    for island in sorted((i for i in found if i.score >= bar), key=lambda i: -i.score):
        if all(island.end <= other.index or island.index >= other.end for other in chosen):
            chosen.append(island)
    return sorted(chosen, key=lambda island: island.index)


def islands(vocabulary: ArticleVocabulary, story: IslandStory | None = None) -> list[Island]:
    """The islands whose score clears the bar (:func:`~wirelint.text.storyislandweights.island_model`), the
    likelier first where two overlap, in reading order."""
    bar = island_model()[1]
    return disjoint(measure(vocabulary, story, bar), bar)
