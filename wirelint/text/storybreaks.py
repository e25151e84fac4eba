"""Where another story may start inside an article, and how strongly the signs say one does (WL601).

Every gap where a story could start (a new paragraph, or a sentence glued to
the one before with no space) is measured: the words and names of the text
after it against the rest of the article (:mod:`wirelint.text.cohesion`),
and how that text opens (glued, a transition word, a dateline, a pronoun
that points back). The signs add up as the log-odds of a logistic
regression, and the bars each kind of stretch must clear decide
(:mod:`wirelint.text.storyscore`).

What depends on one paragraph's text only (how each sentence opens, the
words of its names, its word counts) is remembered per paragraph text
(:func:`~wirelint.text.storysigns.paragraph_signs`), so an editor's re-lint after a one-word edit
measures again only the paragraph that changed; the article-wide step is one
pass over the gaps with running counts.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Container, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import pairwise
from typing import NamedTuple

from wirelint.text.cohesion import Counts, Overlap, Paragraphs, Split, cosine
from wirelint.text.storyaftermath import event_of, tells_aftermath
from wirelint.text.storybackground import introduces
from wirelint.text.storyinside import latest_inside
from wirelint.text.storyislandweights import with_families
from wirelint.text.storynotes import results_note
from wirelint.text.storyparagraphs import (
    common_of_texts,
    neighbours,
    pair_of_texts,
    paragraph_pieces,
    paragraph_square,
    paragraph_words,
    piece_names,
    sentence_words,
)
from wirelint.text.storyreuse import NO_PLAN, GapReuse, Plan
from wirelint.text.storyscore import (
    GLUED_SENTENCES_BEFORE,
    GLUED_THRESHOLD,
    INSERTED_THRESHOLD,
    ISLANDS_LOWEST,
    LONGEST_INSERTED,
    MIN_TAIL_WORDS,
    Break,
    beneath,
    continuing,
    copy_ended,
    could_be_island,
    inserted_ceiling,
    is_island,
    is_merge,
)
from wirelint.text.storysentences import INSIDE_QUOTATION, MIN_GLUED_WORDS, Glued, Whole, glued, openings, quoted
from wirelint.text.storysigns import MIN_LOWER_WORDS, MIN_OPENING_WORDS, Signs, paragraph_signs
from wirelint.text.storytails import TailSubject, apart, apart_inside
from wirelint.text.storytakeover import Paragraph as TakeoverParagraph
from wirelint.text.storytakeover import takeovers
from wirelint.text.vocabulary import ArticleVocabulary, Placed, paragraph_units, topic_stems

MAX_INSERTED_PARAGRAPHS = LONGEST_INSERTED
"""Paragraphs of another story looked for between two parts of this one."""
WHOLE_PARAGRAPHS = 3
"""Stretches of up to this many whole paragraphs are measured in constant time (:class:`Paragraphs`); longer ones
word by word."""



def neighbour_cosine(units: Sequence[Placed]) -> float:
    """The median cosine similarity of each paragraph's words with the next paragraph's: how tightly
    this article's paragraphs hang together, against which one gap's dip is judged (TextTiling's depth)."""
    paragraphs = [placed.block.text for placed in units if placed.opens_paragraph]
    if units and not units[0].opens_paragraph:
        paragraphs.insert(0, units[0].block.text)
    similarities = sorted(neighbours(first, second) for first, second in pairwise(paragraphs))
    return similarities[len(similarities) // 2] if similarities else 0.0


class _Piece(NamedTuple):
    """A run of sentences from a gap where a story could start to the next one (a named tuple: an article has
    hundreds, made again on every re-lint, and a frozen dataclass takes four times as long to make)."""

    index: int
    """Its first unit in the article."""
    paragraph: int
    words: Counts
    names: Counts
    lede: frozenset[str] = frozenset()
    """Its words that the headline or the article's first piece use."""


def _pieces(vocabulary: ArticleVocabulary, signs: Sequence[Signs], is_name: Callable[[str], bool]) -> list[_Piece]:
    pieces: list[_Piece] = []
    paragraph = -1
    for index, placed in enumerate(vocabulary.units):
        if not placed.opens_paragraph and index:
            continue
        paragraph += 1
        text = placed.block.text
        starts = paragraph_pieces(text)
        bounds = [number for number, _ in starts[1:]] + [len(paragraph_units(text))]
        for ((number, words), stop), (mentioned, counted) in zip(
            zip(starts, bounds, strict=True), piece_names(text), strict=True
        ):
            if all(is_name(name) for name in mentioned):
                names = counted
            else:
                names = Counter(
                    stem
                    for sign in signs[index + number : index + stop]
                    for name, stems in sign.names
                    if is_name(name)
                    for stem in stems
                )
            pieces.append(_Piece(index + number, paragraph, words, names))
    if pieces:
        lede = set(vocabulary.top_terms) | set(pieces[0].words)
        for number, piece in enumerate(pieces):
            hits = lede_hits(piece.words, lede)
            if hits:
                pieces[number] = _Piece(piece.index, piece.paragraph, piece.words, piece.names, hits)
    return pieces


def lede_hits(words: Counts, lede: Container[str]) -> frozenset[str]:
    """The words of a piece that the headline or the article's first piece use."""
    return frozenset(word for word in words if word in lede)


def _lede_returns(pieces: Sequence[_Piece]) -> list[int]:
    """For each piece, how many distinct words of the lede it and the pieces after it use."""
    returns = [0] * len(pieces)
    seen: set[str] = set()
    for number in range(len(pieces) - 1, -1, -1):
        seen |= pieces[number].lede
        returns[number] = len(seen)
    return returns


class _Paragraph(NamedTuple):
    """A paragraph's content stems counted (all its pieces together), and the words of its names."""

    words: Counts
    square: int
    names: frozenset[str]
    name_counts: Counts


def _paragraphs(pieces: Sequence[_Piece], firsts: Sequence[int], texts: Sequence[str]) -> list[_Paragraph]:
    paragraphs = []
    for (start, stop), text in zip(pairwise(firsts), texts, strict=True):
        words = paragraph_words(text)
        if stop - start == 1:
            name_counts = pieces[start].names
        else:
            name_counts = Counter()
            for piece in pieces[start:stop]:
                name_counts.update(piece.names)
        square = paragraph_square(text)
        paragraphs.append(_Paragraph(words, square, frozenset(name_counts), name_counts))
    return paragraphs


def _resume(resumed: _Paragraph, words: Split, names: Split) -> tuple[float, float, int]:
    """The paragraph ``resumed`` against what came before the gap (see :attr:`Break.resume`)."""
    before = words.before
    dot = shared = 0
    for word, count in resumed.words.items():
        had = before.get(word, 0)
        dot += count * had
        shared += had > 0
    norm = math.sqrt(resumed.square * words.before_square)
    named = sum(1 for word in resumed.names if word in names.before)
    return (dot / norm if norm else 0.0, shared / len(resumed.words) if resumed.words else 0.0, named)


def _new_full_names(signs: Sequence[Signs], is_name: Callable[[str], bool], before: Counts) -> int:
    return sum(
        1
        for sign in signs
        for name, stems in sign.names
        if " " in name and stems and is_name(name) and not any(stem in before for stem in stems)
    )


PROSE_LOWER_WORDS = 8
"""Lower-case words a sentence after a table needs to be running text, not more of the table ("Minority interest
986,000 debit vs 124,000 credit", "Extraordinary charges and credits include -")."""


def _prose(sign: Signs) -> bool:
    """Whether a sentence is running text: enough lower-case words, no row's "vs", not stopping mid-sentence."""
    return sign.lower_words >= PROSE_LOWER_WORDS and not sign.compares and not sign.ends_mid_sentence


def _names_beyond(signs: Sequence[Signs], is_name: Callable[[str], bool], headline: Container[str]) -> bool:
    """Whether the sentences name someone or something, and no word of their names is a word of the headline (a
    note on the table's own figures may name a unit or a merger partner: :func:`storynotes.results_note`)."""
    stems = [stem for sign in signs for name, found in sign.names if is_name(name) for stem in found]
    return bool(stems) and not any(stem in headline for stem in stems)


def _taken_up(topic: frozenset[str], texts: Sequence[str]) -> int:
    """How many words of the story's subject (``topic``) ``texts`` use."""
    return len(topic & frozenset().union(*map(topic_stems, texts)))


def _topic(vocabulary: ArticleVocabulary, texts: Sequence[str]) -> Callable[[], frozenset[str]]:
    """The words of the headline, standfirst and first paragraph, section words too (:func:`topic_stems`), and of
    the topic families they use (:func:`~wirelint.text.storyislandweights.with_families`), read when first asked:
    only a stretch that may be a lone paragraph apart asks."""
    found: list[frozenset[str]] = []

    def topic() -> frozenset[str]:
        if not found:
            article = vocabulary.units[0].block.article if vocabulary.units else None
            heads = [block.text for block in article.fields("headline", "standfirst")] if article is not None else []
            # a headline's words are all the story's subject, whatever their case ("Trade talks resume")
            stems = frozenset().union(*(topic_stems(text) for text in [*(h.lower() for h in heads), *texts[:1]]))
            found.append(with_families(stems))  # and the words of its kind of event (storyislands.toml [families])
        return found[0]

    return topic


def options(vocabulary: ArticleVocabulary, every: bool = False, reuse: GapReuse | None = None) -> Iterator[list[Break]]:
    """For every gap where another story could start: the stretches it could run to (the rest of the
    article, or one to three paragraphs before this story resumes), each measured and scored. A stretch
    between two parts that cannot reach the bar its gap needs (:func:`is_merge`) is left out unless
    ``every`` is true; the findings are the same either way. With ``reuse``, a gap far from what changed
    since the last article measured whole, that cannot reach any bar, is left out too (:mod:`storyreuse`)."""
    units = vocabulary.units
    signs = [paragraph_signs(placed.block.text)[number] for placed, number in _numbered(units)]
    is_name = _name_test(vocabulary)
    texts = [placed.block.text for placed in units if placed.opens_paragraph]
    baseline = neighbour_cosine(units)
    lede = frozenset(vocabulary.top_terms) | frozenset(paragraph_pieces(texts[0])[0][1]) if texts else frozenset()
    plan = reuse.plan(texts, vocabulary, baseline, lede, is_name) if reuse is not None and not every else NO_PLAN
    counted = plan.counts(lede_hits)
    if counted is None:
        pieces = _pieces(vocabulary, signs, is_name)
        word_split = Split([piece.words for piece in pieces], vocabulary.top_terms)
        name_split = Split([piece.names for piece in pieces])
        paragraphs = _paragraphs(pieces, _firsts(pieces, units), texts)
        named = Paragraphs([paragraph.name_counts for paragraph in paragraphs], name_split.whole)
        plan.keep(pieces, word_split, name_split, paragraphs, named)
    else:
        pieces, word_split, name_split, paragraphs, named = counted
    returns = _lede_returns(pieces)
    size = len(units)
    firsts = _firsts(pieces, units)
    whole = Paragraphs(
        [paragraph.words for paragraph in paragraphs],
        word_split.whole,
        vocabulary.top_terms,
        [paragraph.square for paragraph in paragraphs],
        lambda q, r: pair_of_texts(texts[q], texts[r]),
        lambda q, r, s: common_of_texts(texts[q], texts[r], texts[s]),
    )
    lede_topic = _topic(vocabulary, texts)
    tail_subject = TailSubject(texts, lede_topic, vocabulary)
    within = _Within(units, signs, is_name, pieces, firsts, paragraphs, baseline, set(lede), vocabulary.top_terms,
                     lambda: event_of(lede_topic()), tail_subject=tail_subject)
    if pieces and not plan.skip_within(0):
        yield from within.options(0, word_split, name_split, plan)
    reach = plan.reach([(piece.index, piece.paragraph, number == firsts[piece.paragraph])
                        for number, piece in enumerate(pieces)])  # fmt: skip
    for number in range(1, reach):
        word_split.advance(pieces[number - 1].words)
        name_split.advance(pieces[number - 1].names)
        index, paragraph = pieces[number].index, pieces[number].paragraph
        if number == firsts[paragraph] and not plan.skip_within(paragraph):
            yield from within.options(paragraph, word_split, name_split, plan)
        if plan.recording:
            plan.record_gap(index)
        placed, sign = units[index], signs[index]
        # a paragraph that points back may be a lone paragraph apart, or (the last one) another story's tail apart
        back = not sign.can_open and sign.points_back and number == firsts[paragraph]
        # a row of a results table ends on its figure: it hides no gap before a sentence that is no row
        after_row = signs[index - 1].table_row and not sign.row_first
        hidden = signs[index - 1].ends_mid_sentence and not placed.unit.run_on and not after_row
        if not (sign.can_open or back) or hidden:
            continue
        if number == firsts[paragraph] and sign.transition and not sign.turns_away and tells_aftermath(
            pieces[number].words, within.event()
        ):
            continue  # a paragraph "Meanwhile, ..." on the event's knock-on, as within one (storytakeover)
        words, lower = sign.words_to_end, sign.lower_words
        if sign.ends_mid_sentence and index + 1 < size and units[index + 1].opens_paragraph:
            # the sentence goes on after a line the wire broke: count it whole
            words, lower = words + signs[index + 1].words, lower + signs[index + 1].lower_words
        last = paragraph == len(paragraphs) - 1 and number == firsts[paragraph]
        short = words < (MIN_TAIL_WORDS if last else MIN_OPENING_WORDS) or lower < MIN_LOWER_WORDS
        if short and not sign.dateline:  # a dateline opens a story however short its first line (a table's row)
            continue
        if plan.skip_gap(index, paragraph):
            continue
        new_person = any(
            person not in word_split.before for other in signs[index : index + 2] for person in other.people
        )
        bounds = [number, *firsts[paragraph + 1 : paragraph + 1 + (1 if back else MAX_INSERTED_PARAGRAPHS)]]
        first = paragraphs[paragraph].words if number == firsts[paragraph] else _counted(pieces[number : bounds[1]])
        common = {
            "signs": sign,
            "run_on": placed.unit.run_on,
            "new_person": new_person,
            "baseline": baseline,
            "new_full_names": _new_full_names(signs[index : index + 2], is_name, name_split.before),
            "tail": last,
            "after_copy": copy_ended(signs[index - 1]),
            "company_lede": sign.company_lede and not any(stem in vocabulary.top_terms for stem in sign.opening_name),
            "after_table": after_row and _prose(sign) and _names_beyond(signs[index : index + 2], is_name,
                                                                        vocabulary.top_terms)
            and not results_note(placed.block.text[placed.unit.start : placed.unit.end]),
            "back": back,
        }
        glued = placed.unit.run_on and sign.transition and new_person and index >= GLUED_SENTENCES_BEFORE
        cutoff = GLUED_THRESHOLD if glued else INSERTED_THRESHOLD
        tail, tail_names = word_split.tail(first), name_split.tail()
        opening = placed.block.text[placed.unit.start : placed.unit.end]
        found = [
            Break(index, size, words=tail, names=tail_names, article_units=size, lede_return=returns[number],
                  apart=not sign.transition and apart(
                      paragraph, tail, tail_names, returns[number], sign, opening,
                      (word_split.before, name_split.before), tail_subject,
                      0 if number == firsts[paragraph] else placed.unit.start), **common)
        ]
        if bounds[-1] == len(pieces):
            bounds.pop()
        stops = [pieces[bound].index for bound in bounds[1:]]
        groups = [pieces[start:stop] for start, stop in pairwise(bounds)]
        if number == firsts[paragraph]:
            counts = range(1, min(len(groups), WHOLE_PARAGRAPHS) + 1)
            stretch_words = [whole.measure(paragraph, count) for count in counts]
            stretch_names = [named.measure(paragraph, count) for count in counts]
            if len(groups) > WHOLE_PARAGRAPHS:
                stretch_words += list(word_split.stretches([p.words for p in group] for group in groups))[3:]
                stretch_names += list(name_split.stretches([p.names for p in group] for group in groups))[3:]
        else:
            stretch_words = list(word_split.stretches([piece.words for piece in group] for group in groups))
            stretch_names = list(name_split.stretches([piece.names for piece in group] for group in groups))
        returned: set[str] = set()
        pruned: list[tuple[float, Overlap]] = []
        resumed_sizes: list[int] = []
        for count, ((start, bound), stop, in_words, in_names) in enumerate(zip(
            pairwise(bounds), stops, stretch_words, stretch_names, strict=True
        ), 1):
            returned.update(*(piece.lede for piece in pieces[start:bound]))
            long = count > WHOLE_PARAGRAPHS
            island = paragraph > 0 and number == firsts[paragraph] and not long and could_be_island(in_words, in_names)
            if not every and beneath(in_words, in_names, common, len(returned), min(cutoff, ISLANDS_LOWEST)
                                     if island else cutoff):
                if plan.recording:
                    pruned.append((inserted_ceiling(in_words, in_names, common, len(returned)), in_words))
                continue
            resumed = paragraphs[pieces[bound].paragraph]
            resumed_sizes.append(len(resumed.words))
            found.append(
                Break(
                    index,
                    stop,
                    words=in_words,
                    names=in_names,
                    article_units=size,
                    lede_return=len(returned),
                    resume=_resume(resumed, word_split, name_split),
                    bridge=cosine(paragraphs[paragraph - 1].words, resumed.words) if island else 0.0,
                    long=long,
                    paragraphs=count if number == firsts[paragraph] else 0,
                    topic=not long and count == 1 and number == firsts[paragraph]
                    and bool(topic_stems(texts[paragraph]) & lede_topic()),
                    background=island and count == 1 and introduces(texts[paragraph]),
                    subject=(_taken_up(lede_topic(), texts[paragraph : paragraph + count])
                             if island and count > 1 else 0),
                    **common,
                )
            )
        reach = (
            max(candidate.score for candidate in found) >= cutoff
            if glued
            else any(candidate.margin >= 0 or is_island(candidate) for candidate in found)
        )
        if (every or reach) and sign.continues(
            word_split.before, name_split.before
        ):
            continuing(found)
        if plan.recording:
            plan.record_gap(index, found, pruned, resumed_sizes, len(word_split.before), len(first))
        yield found


@dataclass
class _Within:
    """The stretches of one or two sentences glued to a paragraph with a space (:func:`storysentences.glued`),
    scored as :class:`Break` with their own bars (:data:`WITHIN_THRESHOLD`)."""

    units: Sequence[Placed]
    signs: Sequence[Signs]
    is_name: Callable[[str], bool]
    pieces: Sequence[_Piece]
    firsts: Sequence[int]
    paragraphs: Sequence[_Paragraph]
    baseline: float
    lede: set[str]
    subject: frozenset[str]
    """The headline's words: a takeover that names them is the story going on (:mod:`storytakeover`)."""
    event: Callable[[], frozenset[str]] = frozenset
    """The words of the story's kind of event (:func:`~wirelint.text.storyaftermath.event_of`), asked when first
    needed: a takeover after "Meanwhile," that tells its consequences is the story going on."""
    subject_after: list[bool] = field(default_factory=list)
    """For each paragraph, whether one after it uses a word of the headline (made when first asked)."""
    tail_subject: TailSubject | None = None
    """What a tail apart asks of the story (:func:`~wirelint.text.storytails.apart`): with it, a sentence after an
    ordinary ". " may open a takeover with no word when what follows shares nothing with the story."""
    lede_after: list[frozenset[str]] = field(default_factory=list)
    """For each piece, the words of the lede it and the pieces after it use (made when first asked)."""

    def options(self, paragraph: int, words: Split, names: Split, plan: Plan = NO_PLAN) -> Iterator[list[Break]]:
        """Each stretch of the paragraph as an option of its own, measured while ``words`` and ``names`` stand
        at the paragraph's start (and remembered, those that continue the story too, when ``plan`` records)."""
        start = self.pieces[self.firsts[paragraph]].index
        last = paragraph + 1 == len(self.paragraphs)
        stop = len(self.units) if last else self.pieces[self.firsts[paragraph + 1]].index
        signs, units, is_name = self.signs, self.units, self.is_name
        counted = sentence_words(units[start].block.text)
        recorded: list[Break] | None = [] if plan.recording else None
        if len(counted) != stop - start:
            if recorded is not None:
                plan.record_within(paragraph, recorded, len(words.before))
            return
        named = [Counter(s for name, stems in signs[i].names if is_name(name) for s in stems)
                 for i in range(start, stop)]
        inside = quoted(units[start].block.text)
        opens = [
            signs[i].can_open
            and (not inside[i - start] or _turns_inside_quotation(inside[i - start], signs[i], units[i], i > start))
            and signs[i].words >= MIN_GLUED_WORDS
            and signs[i].lower_words >= MIN_LOWER_WORDS
            and not (i > start and signs[i - 1].ends_mid_sentence and not units[i].unit.run_on)
            for i in range(start, stop)
        ]
        following = preceding = None
        if paragraph + 1 < len(self.paragraphs):
            after = self.paragraphs[paragraph + 1]
            following = (after.words, after.name_counts)
        if paragraph:
            before = self.paragraphs[paragraph - 1]
            preceding = (before.words, before.name_counts)
        size = len(units)
        word_whole = Whole(words.whole, words.whole_square, words.before, words.before_square)
        name_whole = Whole(names.whole, names.whole_square, names.before, names.before_square)
        turns = openings(signs[start:stop], [units[i].unit.run_on for i in range(start, stop)])
        for found in glued(start, counted, named, opens, word_whole, name_whole, following, preceding, turns):
            sign = signs[found.index]
            continues = sign.continues(found.seen_words, found.seen_names)
            if continues and recorded is None:
                continue
            end = size if found.end < 0 else found.end
            option = Break(
                found.index, end, sign, run_on=units[found.index].unit.run_on,
                new_person=any(p not in found.seen_words for s in signs[found.index : end][:2] for p in s.people),
                words=found.words, names=found.names, baseline=self.baseline, article_units=size,
                new_full_names=_new_full_names(signs[found.index : end][:2], is_name, found.seen_names),
                lede_return=len(found.terms & self.lede), tail=end == size, resume=found.resume, within=True,
                local=(*found.local, float(found.index == start), float(_all_new(found))),
            )
            if recorded is not None:
                recorded.append(option)
            if not continues:
                yield [option]
        marked = any(signs[i].transition or signs[i].dateline or signs[i].company_lede for i in range(start + 1, stop))
        if marked or (not last and self.tail_subject is not None and stop - start > 1):
            run_on = [units[i].unit.run_on for i in range(start, stop)]
            found_here = takeovers(
                TakeoverParagraph(start, signs[start:stop], counted, named, opens, run_on, last,
                                  last or self.resumes_after(paragraph)), words, names, size,
                self.baseline, lambda first: self.lede_return(first, paragraph + 1),
                lambda opening, seen: _new_full_names(opening, is_name, seen), self.subject, self.event,
                None if self.tail_subject is None else partial(apart_inside, self.units, paragraph, self.tail_subject),
            )
            for continues, option in found_here:
                if recorded is not None:
                    recorded.append(option)
                if not continues:
                    yield [option]
        if recorded is not None:
            plan.record_within(paragraph, recorded, len(words.before))

    def resumes_after(self, paragraph: int) -> bool:
        """Whether a paragraph after ``paragraph`` uses a word of the headline (:attr:`subject`): the story comes
        back after a takeover there, which is then no other story running on to the end."""
        if not self.subject_after:
            found = False
            after = [False] * (len(self.paragraphs) + 1)
            for number in range(len(self.paragraphs) - 1, -1, -1):
                after[number] = found
                found = found or any(word in self.subject for word in self.paragraphs[number].words)
            self.subject_after.extend(after)
        return self.subject_after[paragraph]

    def lede_return(self, first: Counts, paragraph: int) -> int:
        """Distinct words of the lede in ``first`` and in every piece from ``paragraph`` to the end."""
        if not self.lede_after:
            seen: frozenset[str] = frozenset()
            after = [seen] * (len(self.pieces) + 1)
            for number in range(len(self.pieces) - 1, -1, -1):
                seen = after[number] = seen | self.pieces[number].lede
            self.lede_after.extend(after)
        return len(self.lede_after[self.firsts[paragraph]].union(word for word in first if word in self.lede))


def _turns_inside_quotation(inside: int, sign: Signs, placed: Placed, later: bool) -> bool:
    """Whether a sentence inside a quotation (:func:`quoted`) may still open another story's lede: one after the
    paragraph's first that turns away ("Separately,", "In other news,") and holds no quotation mark of its own is
    no speaker's words (nobody says "In other news," mid-quotation) but a lede pasted where a quotation goes on."""
    text = placed.block.text[placed.unit.start : placed.unit.end]
    marked = sign.turns_away or sign.dateline or placed.unit.run_on
    return inside == INSIDE_QUOTATION and later and marked and not any(mark in text for mark in "\"“”")


def _all_new(found: Glued) -> bool:
    return found.words.shared == 0 and found.names.distinct > 0 and found.names.shared == 0 and found.local[0] == 0


def _firsts(pieces: Sequence[_Piece], units: Sequence[Placed]) -> list[int]:
    """The number of each paragraph's first piece, and the number of pieces."""
    firsts = [number for number, piece in enumerate(pieces) if number == 0 or units[piece.index].opens_paragraph]
    firsts.append(len(pieces))
    return firsts


def _counted(pieces: Sequence[_Piece]) -> Counts:
    counts: Counter[str] = Counter()
    for piece in pieces:
        counts.update(piece.words)
    return counts


def _numbered(units: Sequence[Placed]) -> Iterator[tuple[Placed, int]]:
    """Each unit with its number within its paragraph."""
    number = 0
    for position, placed in enumerate(units):
        number = 0 if placed.opens_paragraph or position == 0 else number + 1
        yield placed, number


def _name_test(vocabulary: ArticleVocabulary) -> Callable[[str], bool]:
    """``vocabulary.is_name``, asked once per name."""
    known: dict[str, bool] = {}

    def is_name(name: str) -> bool:
        if " " in name:
            return True
        answer = known.get(name)
        if answer is None:
            answer = known[name] = vocabulary.is_name(name)
        return answer

    return is_name


def candidates(vocabulary: ArticleVocabulary, reuse: GapReuse | None = None) -> Iterator[Break]:
    """Every gap where another story could start, with the stretch that looks least like this story (with
    ``reuse``, those that cannot be a merge may be left out: :mod:`storyreuse`)."""
    for found in options(vocabulary, reuse=reuse):
        best = max(found, key=lambda candidate: candidate.margin)
        if not is_merge(best):
            best = max((c for c in found if is_island(c)), key=lambda candidate: candidate.score, default=best)
        yield best


def merges(vocabulary: ArticleVocabulary, reuse: GapReuse | None = None) -> Iterator[Break]:
    """The breaks where another story starts, in reading order. Where the stretches of two overlap, only the
    likelier is one: a gap that only just passes the bar must not hide, under its stretch running to the
    end, the other story's real first sentence further on. Where a sentence glued to the one before is both
    a gap's first sentence and a stretch inside its paragraph (:class:`_Within`), the gap's stretch is the one
    reported: it says how far the other story runs."""
    every = candidates(vocabulary) if reuse is None else candidates(vocabulary, reuse)
    found_all = latest_inside([found for found in every if is_merge(found)], vocabulary)
    gaps = {found.index for found in found_all if not found.within}
    chosen: list[Break] = []
    for found in sorted((f for f in found_all if not (f.within and f.index in gaps)), key=_likelier):
        if all(found.end <= other.index or found.index >= other.end for other in chosen):
            chosen.append(found)
    yield from sorted(chosen, key=lambda found: found.index)


def _likelier(found: Break) -> tuple[float, int]:
    """Sorts the likelier break first, by how far it clears its bar (a glued sentence that passes its own lower
    bar counts as at the bar)."""
    return (-max(found.margin, 0.0), found.index)
