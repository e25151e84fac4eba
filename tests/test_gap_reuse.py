"""WL601 leaves unmeasured, after an edit, the gaps far from it that cannot reach a bar (text/storyreuse.py).

What must hold: every gap left out would have scored below every bar had it been measured, so the merges
are those of measuring every gap; and after a one-word edit of a long article most gaps are left out.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Iterator
from itertools import accumulate

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SEED_EDIT, SEED_WIRE
from tests.test_incremental import PARAGRAPHS, _long_article
from wirelint.api import default_engine
from wirelint.text import storybreaks, storyscore
from wirelint.text.cohesion import Split, cosine
from wirelint.text.storybreaks import merges, options
from wirelint.text.storyreuse import GAP_WINDOW, LOWEST_BAR, WITHIN_WINDOW, GapReuse, Plan
from wirelint.text.storyscore import Break
from wirelint.text.storysigns import paragraph_signs
from wirelint.text.storyweights import INSERTED_WEIGHTS, WEIGHTS, WITHIN_WEIGHTS
from wirelint.text.vocabulary import ArticleVocabulary, article_vocabulary

ENGINE = default_engine()


def _vocabulary(text: str) -> ArticleVocabulary:
    return article_vocabulary(ENGINE.parse("story.txt", text).articles[0])


def _key(found: list[Break]) -> tuple[int, bool]:
    return found[0].index, found[0].within


def _mixed_article(rng: random.Random) -> str:
    """The seed with a merge, the other seed's paragraphs and short paragraphs of other stories, shuffled after
    the lede: gaps of every score, some near the bars."""
    wire = SEED_WIRE.read_text(encoding="utf-8").split("\n\n")
    rest = [p for p in SEED_EDIT.read_text(encoding="utf-8").split("\n\n")[1:] if p.strip()] + list(PARAGRAPHS)
    rng.shuffle(rest)
    return "\n\n".join([*wire[:2], *rest, *wire[2:]])


def _content_edit(text: str, rng: random.Random, words: list[str]) -> str:
    """One word of four letters or more, after the first paragraphs, replaced by another of ``words``."""
    lede_end = text.find("\n\n", text.find("\n\n") + 2)
    spots = [m.span() for m in re.finditer(r"(?<![\w-])[a-z]{4,}(?![\w-])", text) if m.start() > lede_end]
    start, end = rng.choice(spots)
    return text[:start] + rng.choice(words) + text[end:]


def _linted_edits(text: str, rng: random.Random, count: int) -> Iterator[ArticleVocabulary]:
    """WL601's gaps measured on ``text`` (the reference), then after each of ``count`` content edits with what
    can be reused: each edited article's vocabulary, once linted."""
    words = sorted(set(re.findall(r"(?<![\w-])[a-z]{5,}(?![\w-])", text)))
    reuse = GapReuse()
    list(options(_vocabulary(text), reuse=reuse))
    for _ in range(count):
        text = _content_edit(text, rng, words)
        vocabulary = _vocabulary(text)
        list(options(vocabulary, reuse=reuse))
        yield vocabulary


def _raw(option: Break) -> float:
    weights = WITHIN_WEIGHTS if option.within else INSERTED_WEIGHTS if option.end < option.article_units else WEIGHTS
    return option.score - weights.get("continues", 0.0) if option.continues else option.score


@pytest.mark.parametrize("seed", range(6))
def test_no_gap_far_from_the_edits_scores_above_the_most_its_reference_allows(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bounds themselves: after each edit, every gap outside the changed paragraphs' windows is measured
    whole, and none of its stretches scores more than the most :meth:`Plan.most` allows from the options
    remembered at the reference (glued sentences by paragraph). Articles of mixed stories have gaps near the
    bars, where a loose bound would show."""
    rng = random.Random(40 + seed)
    plans: list[Plan] = []
    real = GapReuse.plan
    monkeypatch.setattr(GapReuse, "plan", lambda self, *given: plans.append(real(self, *given)) or plans[-1])
    checked = 0
    for vocabulary in _linted_edits(_long_article(1000) if seed % 3 == 2 else _mixed_article(rng), rng, 8):
        plan = plans[-1]
        if plan.change is None or plan.reference is None:
            continue
        paragraph_of = list(accumulate(int(placed.opens_paragraph) for placed in vocabulary.units))
        best: dict[tuple[bool, int], float] = {}
        for found in options(vocabulary, every=True):
            within = found[0].within
            key = (within, paragraph_of[found[0].index] - 1 if within else found[0].index)
            best[key] = max(best.get(key, -math.inf), *(_raw(option) for option in found))
        for (within, at), score in best.items():
            paragraph = at if within else paragraph_of[at] - 1
            if not plan._far(paragraph, WITHIN_WINDOW if within else GAP_WINDOW):
                continue
            assert score <= plan.most(within, at, paragraph) + 1e-9
            checked += 1
    assert checked


@pytest.mark.parametrize("seed", range(4))
def test_every_gap_left_unmeasured_scores_below_every_bar_when_measured(seed: int) -> None:
    rng = random.Random(seed)
    text = _long_article(1200) if seed % 2 else _mixed_article(rng)
    words = [*sorted(set(re.findall(r"(?<![\w-])[a-z]{5,}(?![\w-])", text))), "harvest", "referendum", "vaccine"]
    reuse = GapReuse()
    list(options(_vocabulary(text), reuse=reuse))  # the reference: every gap measured
    left_out = 0
    for _ in range(12):
        text = _content_edit(text, rng, words)
        vocabulary = _vocabulary(text)
        measured = {_key(found) for found in options(vocabulary, reuse=reuse)}
        every = list(options(vocabulary, every=True))
        for found in every:
            if _key(found) not in measured:
                left_out += 1
                assert max(option.score for option in found) < LOWEST_BAR, _key(found)
        fresh = [(found.index, found.end) for found in merges(vocabulary)]
        assert [(found.index, found.end) for found in merges(vocabulary, reuse)] == fresh
    assert left_out


def test_a_one_word_edit_of_a_long_article_measures_few_of_its_gaps(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _long_article(3000)
    reuse = GapReuse()
    list(options(_vocabulary(text), reuse=reuse))
    asked: list[bool] = []
    real = Plan.skip_gap
    monkeypatch.setattr(Plan, "skip_gap", lambda plan, *at: asked.append(real(plan, *at)) or asked[-1])
    edited = text.replace(" killed ", " wounded ", 1)
    list(options(_vocabulary(edited), reuse=reuse))
    assert len(asked) > 40 and sum(asked) > 0.8 * len(asked)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Syria", "Iraq"),  # a name in the body: the names either side of every gap change
        ("\n\n", "\n\nBreaking news.\n\n"),  # a paragraph more: the gaps are numbered afresh
        ("dozens\n", "scores\n"),  # the headline
    ],
)
def test_an_edit_of_names_headline_or_paragraphs_measures_every_gap_again(old: str, new: str) -> None:
    text = _long_article(1500)
    reuse = GapReuse()
    list(options(_vocabulary(text), reuse=reuse))
    middle = text.index("\n\n", len(text) // 2)
    at = text.index(old, middle) if old == "Syria" else text.index(old)
    vocabulary = _vocabulary(text[:at] + new + text[at + len(old) :])
    assert len(list(options(vocabulary, reuse=reuse))) == len(list(options(vocabulary)))


counts = st.dictionaries(st.sampled_from("abcdefghijklmnop"), st.integers(1, 9), min_size=1)


@given(counts, counts, counts, st.booleans())
def test_a_cosine_moves_by_at_most_twice_the_change_over_the_square_root_of_the_words_of_each_side_moved(
    stretch: dict[str, int], context: dict[str, int], change: dict[str, int], both: bool
) -> None:
    """The bound :func:`storyreuse._ceiling` puts on a cosine: counts ``v`` moved by ``delta`` turn by at most
    ``2|delta|/|v|``, and ``|v| >= sqrt(distinct words)``; removing counts is a change too."""
    moved_context = {word: context.get(word, 0) + change.get(word, 0) for word in context.keys() | change.keys()}
    moved_stretch = {word: max(0, count - change.get(word, 0)) for word, count in stretch.items()} if both else stretch
    length = math.sqrt(sum(count * count for count in change.values()))
    removed = math.sqrt(sum((stretch[word] - moved_stretch[word]) ** 2 for word in stretch))
    bound = 2 * length / math.sqrt(len(context)) + (2 * removed / math.sqrt(len(stretch)) if both else 0.0)
    before = cosine(stretch, context)
    after = cosine({w: c for w, c in moved_stretch.items() if c}, moved_context)
    assert abs(after - before) <= bound + 1e-12


@given(st.integers(6, 60), st.integers(0, 60), st.integers(1, 5), st.integers(-5, 5), st.integers(-5, 5))
def test_a_share_moves_by_at_most_twice_the_words_changed_over_the_words_left(
    distinct: int, shared: int, words: int, more_shared: int, more_distinct: int
) -> None:
    """The bound on a share of ``d`` distinct words when ``K`` words change: ``2K/(d-K)`` when the stretch's own
    words change (``K/d`` when they do not: ``more_distinct`` 0)."""
    shared = min(shared, distinct)
    new_distinct = distinct + max(-words, min(words, more_distinct))
    new_shared = max(0, min(new_distinct, shared + max(-words, min(words, more_shared))))
    if distinct - words < 1:
        return
    moved = abs(new_shared / new_distinct - shared / distinct)
    assert moved <= (2 * words / (distinct - words) if new_distinct != distinct else words / distinct) + 1e-12


@given(st.lists(counts, min_size=1, max_size=6), st.lists(st.sampled_from("abcdefghij"), max_size=4), counts,
       st.integers(0, 5))  # fmt: skip
def test_a_split_with_one_stretch_exchanged_has_the_counts_of_one_built_with_it(
    items: list[dict[str, int]], head: list[str], new: dict[str, int], at: int
) -> None:
    at %= len(items)
    split = Split(items, head).copy()
    split.exchange(items[at], new)
    assert split.__dict__ == Split([*items[:at], new, *items[at + 1 :]], head).__dict__


def test_the_counts_carried_over_from_the_reference_are_those_built_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """After content edits, the article-wide counts WL601 takes from the reference with the changed paragraphs'
    words put in (pieces, both splits before they move, paragraphs) equal those built from the edited text."""
    rng = random.Random(7)
    carried: list[tuple[object, ...] | None] = []
    real = Plan.counts

    def counts(plan: Plan, hits: object) -> tuple[object, ...] | None:
        found = real(plan, hits)  # type: ignore[arg-type]
        carried.append(None if found is None else (found[0], found[1].copy(), found[2].copy(), found[3]))
        return found  # the splits move on as the gaps are measured: compared as they were handed out

    monkeypatch.setattr(Plan, "counts", counts)
    compared = 0
    for vocabulary in _linted_edits(_mixed_article(rng), rng, 6):
        if carried[-1] is None:
            continue
        pieces, word_split, name_split, paragraphs = carried[-1]  # type: ignore[misc]
        fresh = _fresh_counts(vocabulary)
        assert pieces == fresh[0] and paragraphs == fresh[3]
        assert word_split.__dict__ == fresh[1].__dict__ and name_split.__dict__ == fresh[2].__dict__
        compared += 1
    assert compared


def _fresh_counts(vocabulary: ArticleVocabulary) -> tuple[object, ...]:
    units = vocabulary.units
    signs = [paragraph_signs(placed.block.text)[number] for placed, number in storybreaks._numbered(units)]
    is_name = storybreaks._name_test(vocabulary)
    pieces = storybreaks._pieces(vocabulary, signs, is_name)
    texts = [placed.block.text for placed in units if placed.opens_paragraph]
    paragraphs = storybreaks._paragraphs(pieces, storybreaks._firsts(pieces, units), texts)
    words = Split([piece.words for piece in pieces], vocabulary.top_terms)
    return pieces, words, Split([piece.names for piece in pieces]), paragraphs


def test_no_bar_of_a_merge_is_below_the_one_gaps_are_left_out_under() -> None:
    """Every bar a stretch's score may clear to be a merge (each ``*THRESHOLD`` of storyscore) is at or above
    :data:`LOWEST_BAR`: a new, lower bar would let a gap left out have been a merge."""
    bars = {name: value for name, value in vars(storyscore).items() if name.endswith("THRESHOLD")}
    assert len(bars) >= 5
    assert all(LOWEST_BAR <= value for value in bars.values()), bars


def test_the_gap_after_a_lone_sign_off_word_is_measured_after_every_edit() -> None:
    """After an agency's word alone on a line, the "after end of copy" sign turns on and off with what the stretch
    shares with the story (storyscore.after_copy_sign), a step no bound covers: that gap is never left out."""
    paragraphs = _long_article(3000).split("\n\n")
    paragraphs.insert(3, "AFP")
    text = "\n\n".join(paragraphs)
    reuse = GapReuse()
    list(options(_vocabulary(text), reuse=reuse))
    last = text.rindex("\n\n")
    spot = re.search(r"(?<![\w-])[a-z]{5,}(?![\w-])", text[last:])
    assert spot is not None
    at = last + spot.start()
    vocabulary = _vocabulary(text[:at] + "harvest" + text[at + len(spot.group()) :])
    after = next(number + 1 for number, placed in enumerate(vocabulary.units) if placed.block.text.strip() == "AFP")
    measured = {_key(found) for found in options(vocabulary, reuse=reuse)}
    assert (after, False) in measured
    assert len(measured) < len(list(options(vocabulary)))  # the edit's far gaps are left out: reuse is at work
