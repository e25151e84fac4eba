"""Which figures changed between two versions of a story (WL405's comparison).

The two versions' sentences are aligned by their words (figures left out,
so "killed more than 40 fighters" still pairs with "killed more than 50
fighters"); within each pair, the words are diffed and every figure that
changed, appeared or disappeared is a :class:`Change`, which the WL405 rule
reports on the new version. Sentences added or cut whole are editing, not
figure changes, and are left alone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wirelint.document import Article, Block
    from wirelint.numbers import Quantity

MIN_SIMILARITY = 0.5
"""Dice overlap of two sentences' words from which they count as one sentence, edited."""
COMMON_WORD = 25
"""A word in more old sentences than this does not help find a sentence's match."""
FIELDS = ("headline", "standfirst", "caption", "body")
_FIGURE = "\x00"


@dataclass(frozen=True)
class _Sentence:
    """One sentence of one version: its words (figures left out) and its figures as diff tokens."""

    block: Block
    start: int
    end: int
    tokens: tuple[str, ...]
    offsets: tuple[tuple[int, int], ...]
    figures: tuple[Quantity | None, ...]
    """Per token: the figure it stands for, or None for a word."""

    @property
    def words(self) -> frozenset[str]:
        return frozenset(token for token in self.tokens if token != _FIGURE)


def _sentences(article: Article) -> list[_Sentence]:
    import regex

    from wirelint.numbers.located import figures

    word = regex.compile(r"[\p{L}\p{M}\p{N}]+")
    result: list[_Sentence] = []
    for block in article.fields(*FIELDS):
        located = figures(block)
        for start, end in block.sentences:
            tokens: list[str] = []
            offsets: list[tuple[int, int]] = []
            quantities: list[Quantity | None] = []
            cursor = start
            inside = [loc.quantity for loc in located if start <= loc.quantity.start < end]
            for quantity in [*inside, None]:
                stop = quantity.start if quantity is not None else end
                for match in word.finditer(block.text, cursor, stop):
                    tokens.append(match.group().lower())
                    offsets.append(match.span())
                    quantities.append(None)
                if quantity is not None:
                    tokens.append(_FIGURE)
                    offsets.append(quantity.span)
                    quantities.append(quantity)
                    cursor = quantity.end
            result.append(_Sentence(block, start, end, tuple(tokens), tuple(offsets), tuple(quantities)))
    return result


def align(old: list[_Sentence], new: list[_Sentence]) -> list[tuple[_Sentence, _Sentence]]:
    """Pairs of old and new sentences that are one sentence, edited; best matches first, each used once."""
    postings: dict[str, list[int]] = defaultdict(list)
    for index, sentence in enumerate(old):
        for word in sentence.words:
            postings[word].append(index)
    scored: list[tuple[float, int, int]] = []
    for new_index, sentence in enumerate(new):
        shared: dict[int, int] = defaultdict(int)
        for word in sentence.words:
            if len(postings.get(word, ())) <= COMMON_WORD:
                for old_index in postings.get(word, ()):
                    shared[old_index] += 1
        for old_index in shared:
            both = len(sentence.words & old[old_index].words)
            score = 2 * both / (len(sentence.words) + len(old[old_index].words))
            if score >= MIN_SIMILARITY:
                scored.append((score, new_index, old_index))
    scored.sort(key=lambda item: (-item[0], item[1], item[2]))
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, new_index, old_index in scored:
        if new_index not in used_new and old_index not in used_old:
            used_new.add(new_index)
            used_old.add(old_index)
            pairs.append((new_index, old_index))
    return [(old[o], new[n]) for n, o in sorted(pairs)]


@dataclass(frozen=True)
class Change:
    """One figure difference inside an aligned pair of sentences."""

    old: Quantity | None
    new: Quantity | None
    block: Block
    """The new version's block the change is reported in."""
    start: int
    end: int

    @property
    def kind(self) -> str:
        if self.old is None:
            return "added"
        return "dropped" if self.new is None else "changed"


def figure_changes(old: _Sentence, new: _Sentence) -> Iterator[Change]:
    """Figures that differ between two aligned sentences, placed in the new one."""
    from difflib import SequenceMatcher  # only WL405 compares versions: a check of one file never needs it

    matcher = SequenceMatcher(None, old.tokens, new.tokens, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        before = [q for q in old.figures[i1:i2] if q is not None]
        after = [(q, span) for q, span in zip(new.figures[j1:j2], new.offsets[j1:j2], strict=True) if q is not None]
        if tag == "equal":
            for was, (now, span) in zip(before, after, strict=True):
                if not same_quantity(was, now):
                    yield Change(was, now, new.block, *span)
            continue
        for position in range(max(len(before), len(after))):
            was = before[position] if position < len(before) else None
            now, span = after[position] if position < len(after) else (None, _anchor(new, j1))
            if was is not None and now is not None and same_quantity(was, now):
                continue
            if (was is None or not was.definite) and (now is None or not now.definite):
                yield Change(was, now, new.block, *span)


def _anchor(sentence: _Sentence, token: int) -> tuple[int, int]:
    """Where a dropped figure is reported: the new word where it used to be."""
    if token < len(sentence.offsets):
        return sentence.offsets[token]
    return sentence.end, sentence.end


def _normal(text: str) -> str:
    return " ".join(text.lower().split())


def same_quantity(old: Quantity, new: Quantity) -> bool:
    """True when two figures state one quantity in other words: "48 hours" and "two days", "a dozen" and "12",
    "half a million" and "500,000". Durations are compared in hours (quantities.toml); other figures by kind,
    unit, qualifier and value."""
    from wirelint.numbers import Kind
    from wirelint.numbers.data import hours
    from wirelint.numbers.nouns import singular

    if _normal(old.text) == _normal(new.text):
        return True
    if old.kind is not new.kind:
        return False
    if old.kind is Kind.DURATION:
        scales = hours(singular(old.unit)), hours(singular(new.unit))
        if scales[0] is None or scales[1] is None:
            return False
        low = (old.value.low * scales[0], new.value.low * scales[1])
        high = (old.value.high * scales[0], new.value.high * scales[1])
        return _close(*low) and _close(*high) and old.qualifier == new.qualifier
    return (old.unit.lower() == new.unit.lower() and old.value == new.value and old.noun == new.noun
            and old.qualifier == new.qualifier)


def _close(first: float, second: float) -> bool:
    return abs(first - second) <= 1e-6 * max(abs(first), abs(second), 1.0)


def changes(old: Article, new: Article) -> Iterator[Change]:
    """Every figure changed, added or dropped in the sentences of ``new`` that edit a sentence of ``old``."""
    for old_sentence, new_sentence in align(_sentences(old), _sentences(new)):
        yield from figure_changes(old_sentence, new_sentence)


def message(change: Change) -> str:
    """What changed, in the words of a WL405 message."""
    if change.old is not None and change.new is not None:
        old, new = change.old, change.new
        written = f' ("{old.text}" -> "{new.text}")' if (old.text, new.text) != (old.figure, new.figure) else ""
        return f"figure changed: {old.figure} -> {new.figure}{written}"
    if change.new is not None:
        return f'figure added: "{change.new.text}" is not in the old version'
    assert change.old is not None
    return f'figure dropped: "{change.old.text}" was here in the old version'
