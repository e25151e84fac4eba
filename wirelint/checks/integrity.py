"""WL6xx code rules: story integrity. Another story run into this one; text pasted twice.

A CMS paste or a wire-desk merge can glue two stories together: the second
one starts in the middle of a paragraph (``jihadists.Meanwhile, the wife of
...``), as a paragraph of its own, or as paragraphs appended at the end. No
single sign gives it away, since real stories change subject and start
paragraphs with "Meanwhile" too. WL601 weighs the signs together: above all
lexical cohesion (the names and content words after a gap against those
before it, :mod:`wirelint.text.cohesion`), then how the text after the gap
opens (glued to the sentence before, a transition word, a dateline, a
pronoun that points back). WL602 finds a paragraph or a long sentence that
appears twice in the body.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

import regex

from wirelint.document import Article, Block
from wirelint.edits import delete_lines, delete_match
from wirelint.finding import Finding, Severity
from wirelint.lazy_pattern import LazyPattern
from wirelint.rule import Examples, Rule, RuleDocs
from wirelint.text.cohesion import Overlap, Split, cosine
from wirelint.text.common_words import NAME_WORDS, TRANSITIONS
from wirelint.text.datelines import parse_dateline
from wirelint.text.vocabulary import ArticleVocabulary, Placed, article_vocabulary, is_content, stem

if TYPE_CHECKING:
    from wirelint.config import Settings

MIN_OPENING_WORDS = 8
"""Words a paragraph needs to open another story: a results line or a subhead cannot."""
MAX_INSERTED_PARAGRAPHS = 3
"""Paragraphs of another story looked for between two parts of this one."""

_TRANSITION = LazyPattern(r"(?i)^[\"'“‘]?(?:" + "|".join(t.replace(" ", r"\s+") for t in TRANSITIONS) + r")\b[\s,]")
_POINTS_BACK = LazyPattern(
    r"""^(?:[\"“]|[\"'“‘(]?(?:
        (?:He|She|It|They|His|Her|Its|Their|Theirs|This|These|That|Those|Such|Both|But|And|Yet|Also|However|
           Still|Instead|Nevertheless|Then|There|Here|Again|Even|Now|So|Though|Although|Otherwise|Besides|
           Further|Furthermore|Moreover|In\s+addition|As\s+a\s+result|By\s+contrast|In\s+contrast)\b
    ))""",
    regex.VERBOSE,
)
_NEW_PERSON = LazyPattern(r"\b\p{Lu}\p{Ll}+\s(\p{Lu}[\p{L}'’\-]+),\s\d{1,3},")
"""A person introduced by full name and age ("Tauqir Sharif, 33,"), the way a lede introduces its subject."""
_LOWER_WORD = LazyPattern(r"(?<![\p{L}\p{N}])\p{Ll}{3,}")
MIN_LOWER_WORDS = 4
"""Lower-case words an opening sentence needs: a line-up or a list of names is not a lede."""
_STARTS_SENTENCE = LazyPattern(r"^[\"'“‘(<]?[\p{Lu}\p{N}]")
_MID_SENTENCE = LazyPattern(r"[\p{L},;:\-–—]$")
"""A paragraph that follows one ending on a word or a comma continues its sentence (wire copy breaks lines,
and readers paragraphs, where the typist pressed return)."""


@dataclass(frozen=True)
class Break:
    """A gap where another story may start, the stretch after it, and what speaks for a merge."""

    index: int
    """The first sentence of the other story (an index into the article's units)."""
    end: int
    """Where the other story stops (the number of units when it runs to the end)."""
    run_on: bool
    transition: bool
    dateline: bool
    points_back: bool
    new_person: bool
    """Its first two sentences introduce, by full name and age, a person the article has not named before."""
    words: Overlap
    """The stretch's content words against the rest of the article."""
    baseline: float
    """How alike the article's neighbouring paragraphs are, at the median (:func:`neighbour_cosine`)."""
    names: Overlap
    """The words of its names against those of the rest."""

    article_units: int = 0
    """Units in the article: a stretch that ends before the last one is inserted between two parts."""

    def features(self) -> dict[str, float]:
        """The measurements the decision weighs (:data:`WEIGHTS`)."""
        size = math.log1p(self.words.distinct)
        return {
            "cosine": self.words.cosine,
            "share": self.words.share,
            "names cosine": self.names.cosine,
            "names share": self.names.share if self.names.distinct else 0.5,
            "new names": min(self.names.distinct - self.names.shared, 4) / 4,
            "size": size,
            "context size": math.log1p(self.words.context),
            "cosine x size": self.words.cosine * size,
            "share x size": self.words.share * size,
            "inserted": float(self.end < self.article_units),
            "run-on": float(self.run_on),
            "transition": float(self.transition),
            "dateline": float(self.dateline),
            "points back": float(self.points_back),
            "baseline": self.baseline,
            "depth": self.baseline - self.words.cosine,
        }

    @property
    def score(self) -> float:
        """Log-odds that a different story starts here."""
        if self.words.distinct < MIN_TERMS:
            return -math.inf
        features = self.features()
        return WEIGHTS["bias"] + sum(WEIGHTS[name] * value for name, value in features.items())


MIN_TERMS = 6
"""Content words a stretch needs before anything is said about it."""
WEIGHTS = {
    "bias": 0.33,
    "cosine": -3.19,
    "share": -1.89,
    "names cosine": -0.89,
    "names share": -1.18,
    "new names": 1.36,
    "size": -0.26,
    "context size": 0.5,
    "cosine x size": -0.61,
    "share x size": -0.43,
    "inserted": 0.68,
    "run-on": 1.06,
    "transition": 1.0,
    "dateline": 5.43,
    "points back": -2.58,
    "baseline": -0.44,
    "depth": 2.98,
}
"""Log-odds weights of a logistic regression fitted on spliced corpus articles (benchmarks/eval_integrity.py),
all but "transition", which is set by hand: on-topic transitions are common in real copy, and a model
fitted on splices, where most transitions are pasted, trusts them too much."""
THRESHOLD = 3.5
"""Log-odds a break needs: chosen so that untouched articles get well under one finding per 100."""


def _text(placed: Placed) -> str:
    return placed.block.text[placed.unit.start : placed.unit.end]


def _paragraph_end(units: list[Placed], index: int) -> int:
    """The index of the first unit of the next paragraph after ``index``."""
    block = units[index].block
    while index < len(units) and units[index].block is block:
        index += 1
    return index


def _opens(units: list[Placed], index: int) -> bool:
    """Whether a story could start at unit ``index``: a new paragraph or a glued sentence, capitalised,
    after a finished sentence, reading like prose and long enough to be a lede."""
    placed = units[index]
    if placed.unit.capitals or not (placed.opens_paragraph or placed.unit.run_on):
        return False
    if len(_LOWER_WORD.findall(_text(placed))) < MIN_LOWER_WORDS:
        return False
    if not _STARTS_SENTENCE.match(_text(placed)):
        return False
    before = units[index - 1].unit
    if not before.capitals and before.words >= MIN_LOWER_WORDS and _MID_SENTENCE.search(_text(units[index - 1])):
        return False
    words = sum(p.unit.words for p in units[index : _paragraph_end(units, index)])
    return words >= MIN_OPENING_WORDS


def _name_words(vocabulary: ArticleVocabulary, placed: Placed) -> list[str]:
    names = [name for name in placed.unit.names if vocabulary.is_name(name)]
    words = (word for name in names for word in name.replace("-", " ").split())
    return [stem(word) for word in words if word.lower() not in NAME_WORDS and is_content(word)]


def _introduces_new_person(opening: list[Placed], before: Split) -> bool:
    for placed in opening:
        for match in _NEW_PERSON.finditer(_text(placed)):
            if stem(match.group(1)) not in before.before:
                return True
    return False


def neighbour_cosine(units: list[Placed], words: list[Sequence[str]]) -> float:
    """The median cosine similarity of each paragraph's words with the next paragraph's: how tightly
    this article's paragraphs hang together, against which one gap's dip is judged (TextTiling's depth)."""
    paragraphs: list[Counter[str]] = []
    for placed, terms in zip(units, words, strict=True):
        if placed.opens_paragraph or not paragraphs:
            paragraphs.append(Counter())
        paragraphs[-1].update(terms)
    similarities = sorted(cosine(first, second) for first, second in pairwise(paragraphs))
    return similarities[len(similarities) // 2] if similarities else 0.0


def options(vocabulary: ArticleVocabulary) -> Iterator[list[Break]]:
    """For every gap where another story could start: the stretches it could run to (the rest of the
    article, or one to three paragraphs before this story resumes), each measured."""
    units = vocabulary.units
    words = [() if placed.unit.capitals else placed.unit.terms for placed in units]
    names = [[] if placed.unit.capitals else _name_words(vocabulary, placed) for placed in units]
    word_split = Split(words, vocabulary.top_terms)
    name_split = Split(names)
    baseline = neighbour_cosine(units, words)
    for index in range(1, len(units)):
        word_split.advance(words[index - 1])
        name_split.advance(names[index - 1])
        if not _opens(units, index):
            continue
        placed = units[index]
        text = _text(placed)
        signs = {
            "run_on": placed.unit.run_on,
            "transition": bool(_TRANSITION.match(text)),
            "dateline": placed.opens_paragraph and parse_dateline(text, strict=True) is not None,
            "points_back": bool(_POINTS_BACK.match(text)),
            "new_person": _introduces_new_person(units[index : index + 2], word_split),
        }
        size = len(units)
        signs["baseline"] = baseline
        found = [Break(index, size, words=word_split.tail(), names=name_split.tail(), article_units=size, **signs)]
        for end in _ends(units, index):
            stretch_words, stretch_names = word_split.stretch(words[index:end]), name_split.stretch(names[index:end])
            found.append(Break(index, end, words=stretch_words, names=stretch_names, article_units=size, **signs))
        yield found


def candidates(vocabulary: ArticleVocabulary) -> Iterator[Break]:
    """Every gap where another story could start, with the stretch that looks least like this story."""
    for found in options(vocabulary):
        yield max(found, key=lambda candidate: candidate.score)


GLUED_THRESHOLD = 0.5
GLUED_SENTENCES_BEFORE = 3
"""Log-odds, and sentences before it, enough for a sentence glued to the one before with a transition word
that introduces a new person the way a lede does (seed 001: "jihadists.Meanwhile, the wife of a
self-described aid worker ... Tauqir Sharif, 33, was detained ...")."""


def is_merge(candidate: Break, units: list[Placed]) -> bool:
    """Whether the signs at ``candidate`` add up to another story."""
    if candidate.score >= THRESHOLD:
        return True
    if not (candidate.run_on and candidate.transition) or candidate.score < GLUED_THRESHOLD:
        return False
    return candidate.new_person and candidate.index >= GLUED_SENTENCES_BEFORE


def _ends(units: list[Placed], index: int) -> list[int]:
    """Where a stretch of one to :data:`MAX_INSERTED_PARAGRAPHS` paragraphs from ``index`` could end
    with this story resuming after it."""
    ends = []
    end = index
    for _ in range(MAX_INSERTED_PARAGRAPHS):
        end = _paragraph_end(units, end)
        if end >= len(units):
            break
        ends.append(end)
    return ends


NAMED_SENTENCES = 8
"""Sentences either side of a break whose names say what each part is about."""


def main_names(
    vocabulary: ArticleVocabulary, units: Iterable[Placed], limit: int = 3, besides: Iterable[Placed] = ()
) -> list[str]:
    """The names a stretch mentions most (first mention breaks ties), one form of each, leaving out
    those that ``besides`` mentions too (what the two parts share does not tell them apart)."""
    common = {name for placed in besides for name in placed.unit.names}
    counts: Counter[str] = Counter()
    order: dict[str, int] = {}
    for placed in units:
        for name in placed.unit.names:
            if vocabulary.is_name(name) and name not in common:
                counts[name] += 1
                order.setdefault(name, len(order))
    chosen: list[str] = []
    for name in sorted(counts, key=lambda name: (-counts[name], order[name])):
        if not any(name in other or other in name for other in chosen):
            chosen.append(name)
        if len(chosen) == limit:
            break
    return chosen


class MergedStories(Rule):
    """WL601: a different story starts inside this one."""

    code = "WL601"
    name = "merged-stories"
    severity = Severity.WARNING
    fields = ("body",)
    docs = RuleDocs(
        what='Another story run into this one: a sentence glued to the last one ("jihadists.Meanwhile, the '
        'wife of ..."), a paragraph, or paragraphs at the end, that talk about other people, places and '
        "things than the story before them. The first sentence of the other story is reported, with what "
        'each part is about. A "Meanwhile" paragraph on the same subject, or background on a person the '
        "story involves, is not a merge.",
        why="A CMS paste or a wire-desk merge that glues two stories together publishes nonsense: readers "
        "see at once that the second half has nothing to do with the headline.",
        example="Clashes in Homs killed 40 fighters, the monitor said.Meanwhile, the wife of an aid worker "
        "held in Idlib called for his release.",
        use_instead="Cut the second story, or file it as a story of its own.",
    )
    examples = Examples(
        match=(
            "Bridge budget approved\n\n"
            "The city council approved a budget of 40 million euros for a new bridge over the Vltava on "
            "Tuesday, after a long debate among councillors about traffic, tolls and the cost of steel.\n\n"
            "The mayor, Jana Novak, said construction of the bridge would start in spring and that cyclists "
            "would be the first to cross it.Meanwhile, the husband of a Canadian nurse held by militia fighters "
            "in eastern Congo has appealed for her release. Amelie Tremblay, 41, was seized at a roadblock near "
            "Goma by gunmen of the M23 movement, her family says. Her husband Marc said the hospital charity she "
            "works for had heard nothing from the kidnappers about a ransom.\n",
        ),
        no_match=(
            "Bridge budget approved\n\n"
            "The city council approved a budget of 40 million euros for a new bridge over the Vltava on "
            "Tuesday, after a long debate among councillors about traffic, tolls and the cost of steel.\n\n"
            "The mayor, Jana Novak, said construction of the bridge would start in spring and that cyclists "
            "would be the first to cross it.Meanwhile, the council raised the tolls on the old bridge, and "
            "councillors said the steel for the new one would cost less than they had feared.\n",
            "Bridge budget approved\n\n"
            "The city council approved a budget of 40 million euros for a new bridge over the Vltava on "
            "Tuesday, after a long debate among councillors about traffic, tolls and the cost of steel.\n\n"
            "Meanwhile, the mayor, Jana Novak, who has led the council since 2019 and first proposed the bridge "
            "as a candidate, said cyclists would be the first to cross it.\n",
        ),
    )

    def check(self, article: Article, settings: Settings) -> Iterable[Finding]:
        vocabulary = article_vocabulary(article)
        units = vocabulary.units
        covered = 0
        for found in candidates(vocabulary):
            if found.index < covered or not is_merge(found, units):
                continue
            covered = found.end
            placed = units[found.index]
            part = units[max(0, found.index - NAMED_SENTENCES) : found.index]
            other = units[found.index : min(found.end, found.index + NAMED_SENTENCES)]
            before = main_names(vocabulary, part, besides=other)
            after = main_names(vocabulary, other, besides=part)
            message = "a different story starts here"
            if before and after:
                message += f": before it, {', '.join(before)}; from here, {', '.join(after)}"
            yield self.finding(placed.block, placed.unit.start, placed.unit.end, message)


MIN_DUPLICATE_WORDS = 8
"""Words a sentence needs before its repetition counts: short stock phrases ("The talks continue.") recur."""


def _line(block: Block, offset: int) -> int:
    start, _ = block.source_span(offset, offset)
    document = block.article.document if block.article is not None else None
    return document.position(start)[0] if document is not None else 0


class DuplicatedText(Rule):
    """WL602: a paragraph or a sentence pasted twice into the body."""

    code = "WL602"
    name = "duplicated-text"
    severity = Severity.WARNING
    fields = ("body",)
    fixable = True
    docs = RuleDocs(
        what=f"A body paragraph, or a sentence of {MIN_DUPLICATE_WORDS} words or more, that appears twice in "
        "the body (letter case and spacing aside). The second copy is reported; the safe fix deletes it and "
        "keeps every other word. A headline, standfirst or caption that repeats a body sentence is normal and "
        "not reported.",
        why="Text pasted twice is a slip readers notice at once, and it makes the story look unedited.",
        example="Rescue teams reached the village on Sunday after the road was cleared. Rescue teams reached "
        "the village on Sunday after the road was cleared.",
        use_instead="Rescue teams reached the village on Sunday after the road was cleared.",
    )
    examples = Examples(
        match=(
            "Rescue teams reached the village on Sunday after the road was cleared.\n\n"
            "Twelve people were still missing.\n\n"
            "Rescue teams reached the village on Sunday after the road was cleared.\n",
            "The council approved the budget for the new bridge over the river. Work starts in May.\n\n"
            "Residents welcomed the news. The council approved the budget for the new bridge over the river.\n",
        ),
        no_match=(
            "Bridge budget approved\n\nThe council approved the budget for the new bridge over the river.\n\n"
            "Work starts in May.\n",
            "The talks continue.\n\nThe minister spoke.\n\nThe talks continue.\n",
        ),
    )

    def check(self, article: Article, settings: Settings) -> Iterable[Finding]:
        vocabulary = article_vocabulary(article)
        paragraphs: dict[str, Block] = {}
        sentences: dict[str, tuple[Block, int]] = {}
        repeated: set[int] = set()
        for group in _paragraphs(vocabulary):
            block = group[0].block
            wording = " ".join(placed.unit.wording for placed in group)
            if sum(placed.unit.words for placed in group) < MIN_DUPLICATE_WORDS:
                continue
            first = paragraphs.setdefault(wording, block)
            if first is not block:
                repeated.add(id(block))
                fix = delete_lines(block, 0, len(block.text), "delete the second copy of the paragraph")
                yield self.finding(
                    block,
                    0,
                    len(block.text),
                    f"this paragraph is already in the story, on line {_line(first, 0)}",
                    fix,
                )
        runs: list[list[tuple[Block, int, int, Block, int]]] = []
        for placed in vocabulary.units:
            block, unit = placed.block, placed.unit
            if id(block) in repeated or unit.words < MIN_DUPLICATE_WORDS:
                continue
            first_block, first_start = sentences.setdefault(unit.wording, (block, unit.start))
            if first_block is block and first_start == unit.start:
                continue
            copy = (block, unit.start, unit.end, first_block, first_start)
            last = runs[-1][-1] if runs else None
            if last is not None and last[0] is block and not block.text[last[2] : unit.start].strip():
                runs[-1].append(copy)
            else:
                runs.append([copy])
        for run in runs:
            yield self._sentences_again(run)

    def _sentences_again(self, run: list[tuple[Block, int, int, Block, int]]) -> Finding:
        """One finding for sentences pasted again one after the other, with one fix that deletes them all."""
        block, start, end = run[0][0], run[0][1], run[-1][2]
        where = _line(run[0][3], run[0][4])
        if len(run) == 1:
            message = f"this sentence is already in the story, on line {where}"
        else:
            message = f"these {len(run)} sentences are already in the story, from line {where}"
        if block.text[:start].strip() or block.text[end:].strip():
            fix = delete_match(block, start, end, "delete the second copy")
        else:
            fix = delete_lines(block, 0, len(block.text), "delete the second copy")
        return self.finding(block, start, end, message, fix)


def _paragraphs(vocabulary: ArticleVocabulary) -> list[list[Placed]]:
    """The article's units grouped by paragraph."""
    groups: list[list[Placed]] = []
    for placed in vocabulary.units:
        if placed.opens_paragraph or not groups:
            groups.append([placed])
        else:
            groups[-1].append(placed)
    return groups


RULES = [MergedStories, DuplicatedText]
