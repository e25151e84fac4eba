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

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from wirelint.checks.last_results import LastResults
from wirelint.document import Article, Block
from wirelint.edits import delete_lines, delete_match
from wirelint.finding import Finding, Severity
from wirelint.rule import Examples, Rule, RuleDocs
from wirelint.text.storybreaks import merges
from wirelint.text.storyends import MAX_ENDING_WORDS, end_of_copy
from wirelint.text.storyislands import IslandStory, islands
from wirelint.text.storyislandsentences import sentence_islands
from wirelint.text.storyislandtables import table_islands
from wirelint.text.storynames import main_names, reading_key
from wirelint.text.storyrare import rare_islands
from wirelint.text.storyreuse import GapReuse
from wirelint.text.vocabulary import ArticleVocabulary, Placed, article_vocabulary

if TYPE_CHECKING:
    from wirelint.config import Settings

NAMED_SENTENCES = 8
"""Sentences either side of a break whose names say what each part is about."""


class MergedStories(Rule):
    """WL601: a different story starts inside this one."""

    code = "WL601"
    name = "merged-stories"
    severity = Severity.WARNING
    fields = ("body",)
    docs = RuleDocs(
        what='Another story run into this one: a sentence glued to the last one ("jihadists.Meanwhile, the '
        'wife of ..."), a sentence or two at the end or the start of a paragraph, one or two paragraphs in '
        "the middle with this story resuming after them, or paragraphs at the end, that talk about other "
        "people, places and things than the story around them. The first sentence of the other story is "
        'reported, with what each part is about. A "Meanwhile" paragraph on the same subject, an official '
        "reacting to the story's event, the event seen in another place of the story, or background on a "
        "person the story involves, is not a merge.",
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
        for index, message in _MERGES.get(reading_key(vocabulary), lambda: _merges(vocabulary)):
            placed = units[index]
            yield self.finding(placed.block, placed.unit.start, placed.unit.end, message)


_MERGES: LastResults[tuple[object, ...], tuple[tuple[int, str], ...]] = LastResults()
"""The last articles' merges by what they read (:func:`reading_key`): after an editor's edit that changes
no word the measures read, the article is not measured again."""


_GAPS = GapReuse()
"""Each gap's scores at the last article measured whole: after an editor's edit, gaps far from it that cannot
reach a bar are not measured again (:mod:`wirelint.text.storyreuse`)."""


def _merges(vocabulary: ArticleVocabulary) -> tuple[tuple[int, str], ...]:
    """Where each other story starts (a unit's index) and the message that says what each part is about."""
    units = vocabulary.units
    found_all = []
    spans = [(found.index, found.end) for found in merges(vocabulary, _GAPS)]
    story = IslandStory.of(vocabulary)
    # islands the gaps' measures missed: paragraphs, sentences, a table's rows, then a lone paragraph told by its
    # rare words (storyislands, storyislandsentences, storyislandtables, storyrare)
    islanded = [*islands(vocabulary, story), *sentence_islands(vocabulary, story), *table_islands(vocabulary, story),
                *rare_islands(story, len(units))]
    for island in islanded:
        if all(island.end <= start or island.index >= end for start, end in spans):
            spans.append((island.index, island.end))
    for index, end in sorted({(_past_endings(units, index, end), end) for index, end in spans}):
        if index >= end:
            continue  # nothing but the story's own end mark or credit line
        part = units[max(0, index - NAMED_SENTENCES) : index]
        other = units[index : min(end, index + NAMED_SENTENCES)]
        before = main_names(vocabulary, part, besides=other)
        after = main_names(vocabulary, other, besides=part)
        message = "a different story starts here"
        if before and after:
            message += f": before it, {', '.join(before)}; from here, {', '.join(after)}"
        found_all.append((index, message))
    return tuple(found_all)


def _past_endings(units: Sequence[Placed], index: int, end: int) -> int:
    """The first unit from ``index`` that is no end mark or closing credit line: such a line is the story's own
    last ("(Editing by ...)"), and the other story starts after it."""
    while index < end and units[index].unit.words <= MAX_ENDING_WORDS and end_of_copy(_text(units[index])):
        index += 1
    return index


def _text(placed: Placed) -> str:
    return placed.block.text[placed.unit.start : placed.unit.end]


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
