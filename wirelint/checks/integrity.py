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

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from wirelint.checks.mechanics import parse_dateline
from wirelint.document import Article, Block
from wirelint.edits import delete_lines, delete_match
from wirelint.finding import Finding, Severity
from wirelint.lazy_pattern import LazyPattern
from wirelint.rule import Examples, Rule, RuleDocs
from wirelint.text.cohesion import WINDOW, Cohesion, Context, main_names, measure
from wirelint.text.common_words import TRANSITIONS
from wirelint.text.vocabulary import ArticleVocabulary, Placed, article_vocabulary

if TYPE_CHECKING:
    from wirelint.config import Settings

MIN_OPENING_WORDS = 12
"""Words a paragraph needs to open another story: a results line or a subhead cannot."""
MAX_INSERTED_PARAGRAPHS = 3
"""Paragraphs of another story looked for between two parts of this one."""

_TRANSITION = LazyPattern(r"(?i)^[\"'“‘]?(?:" + "|".join(t.replace(" ", r"\s+") for t in TRANSITIONS) + r")\b[\s,]")
_POINTS_BACK = LazyPattern(
    r"""^[\"'“‘(]?(?:
        (?:He|She|It|They|His|Her|Its|Their|Theirs|This|These|That|Those|Such|Both|But|And|Yet|Also|However|
           Still|Instead|Nevertheless|Then|There|Here|Again|Even|Now|So|Though|Although|Otherwise|Besides|
           Further|Furthermore|Moreover|In\s+addition|As\s+a\s+result|By\s+contrast|In\s+contrast)\b
    )""",
    regex.VERBOSE,
)
_STARTS_SENTENCE = LazyPattern(r"^[\"'“‘(]?[\p{Lu}\p{N}]")
_ENDS_SENTENCE = LazyPattern(r"[.!?][\"'”’)\]]*$")


@dataclass(frozen=True)
class Break:
    """A gap where another story may start, and what speaks for it."""

    index: int
    """The first sentence of the other story (an index into the article's units)."""
    end: int
    """Where the other story stops (the number of units when it runs to the end)."""
    run_on: bool
    transition: bool
    dateline: bool
    points_back: bool
    after: Cohesion
    """The other story's sentences (a window of them) against the text before the gap."""
    back: Cohesion | None
    """For a stretch between two parts: the sentences after it against the text before it."""

    @property
    def score(self) -> float:
        return cohesion_score(self)


MIN_TERMS = 10
"""Content words a stretch needs before its cohesion says anything."""
WEIGHTS = {
    "topic": 1.23,
    "overlap": 3.6,
    "recurring": 0.88,
    "names": 1.55,
    "keys": 2.96,
    "points_back": 2.85,
    "returns": 0.96,
}
"""Points per sign of a break, chosen on spliced corpus articles (benchmarks/eval_integrity.py)."""
THRESHOLD = 4.0
"""Cohesion points that make a break without any other sign."""
DATELINE_THRESHOLD = -1.0
"""With a dateline inside the body (which untouched articles never have), little is needed."""
GLUED_OVERLAP = 0.1
GLUED_LINKED = 0.2
"""A glued sentence with a transition word opens another story when at most this share of the content
words, and of the names, after it were used before it."""


def cohesion_score(candidate: Break, weights: dict[str, float] = WEIGHTS) -> float:
    """Points against the stretch belonging to the story before it (0 when it is too short to tell)."""
    after = candidate.after
    if after.terms < MIN_TERMS:
        return 0.0
    score = weights["topic"] * (1 - after.topic_shared)
    score += weights["overlap"] * (0.2 - after.overlap)
    if after.recurring:
        score += weights["recurring"] * (0.5 - after.recurring_shared / after.recurring)
    if after.names:
        score += weights["names"] * (0.5 - after.linked_names / after.names)
    if after.key_names:
        score += weights["keys"] * (0.34 - after.key_names_kept / after.key_names)
    if candidate.points_back:
        score -= weights["points_back"]
    if candidate.back is not None and candidate.back.overlap < 0.15:
        score -= weights["returns"]
    return score


def is_merge(candidate: Break) -> bool:
    """Whether the signs at ``candidate`` add up to another story."""
    score = candidate.score
    if score >= THRESHOLD or (candidate.dateline and score >= DATELINE_THRESHOLD):
        return True
    after = candidate.after
    return (
        candidate.run_on
        and candidate.transition
        and not candidate.points_back
        and after.terms >= 2 * MIN_TERMS
        and after.overlap <= GLUED_OVERLAP
        and after.linked_names <= GLUED_LINKED * after.names
    )


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
    after a finished sentence, and long enough to be a lede."""
    placed = units[index]
    if not (placed.opens_paragraph or placed.unit.run_on):
        return False
    if not _STARTS_SENTENCE.match(_text(placed)) or not _ENDS_SENTENCE.search(_text(units[index - 1])):
        return False
    words = sum(p.unit.words for p in units[index : _paragraph_end(units, index)])
    return words >= MIN_OPENING_WORDS


def candidates(vocabulary: ArticleVocabulary) -> Iterator[Break]:
    """Every gap where another story could start, each with the stretch that fits it best."""
    units = vocabulary.units
    before = Context(vocabulary)
    for index in range(1, len(units)):
        before.add(units[index - 1 : index])
        if not _opens(units, index):
            continue
        placed = units[index]
        text = _text(placed)
        signs = {
            "run_on": placed.unit.run_on,
            "transition": bool(_TRANSITION.match(text)),
            "dateline": placed.opens_paragraph and parse_dateline(text, strict=True) is not None,
            "points_back": bool(_POINTS_BACK.match(text)),
        }
        best: Break | None = None
        for end in _ends(units, index):
            stretch = units[index : min(end, index + WINDOW)]
            if end < len(units):
                following = Context(vocabulary)
                following.add(units[end : end + WINDOW])
                back = measure(vocabulary, units[end : end + WINDOW], [before])
                after = measure(vocabulary, stretch, [before, following])
            else:
                back, after = None, measure(vocabulary, stretch, [before])
            found = Break(index, end, after=after, back=back, **signs)
            if best is None or found.score > best.score:
                best = found
        if best is not None:
            yield best


def _ends(units: list[Placed], index: int) -> list[int]:
    ends = []
    end = index
    for _ in range(MAX_INSERTED_PARAGRAPHS):
        end = _paragraph_end(units, end)
        if end >= len(units) or end - index > WINDOW:
            break
        ends.append(end)
    return [*ends, len(units)]


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
            if found.index < covered or not is_merge(found):
                continue
            covered = found.end
            placed = units[found.index]
            part = units[max(0, found.index - WINDOW) : found.index]
            other = units[found.index : min(found.end, found.index + WINDOW)]
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
        for placed in vocabulary.units:
            block, unit = placed.block, placed.unit
            if id(block) in repeated or unit.words < MIN_DUPLICATE_WORDS:
                continue
            first_block, first_start = sentences.setdefault(unit.wording, (block, unit.start))
            if first_block is block and first_start == unit.start:
                continue
            fix = delete_match(block, unit.start, unit.end, "delete the second copy of the sentence")
            yield self.finding(
                block,
                unit.start,
                unit.end,
                f"this sentence is already in the story, on line {_line(first_block, first_start)}",
                fix,
            )


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
