"""Lexical cohesion: how much a stretch of an article shares with the text around it.

The TextTiling family of methods finds topic changes by comparing the words
of blocks of sentences either side of a gap. Here the question is narrower:
does the stretch that starts at a gap belong to the story told before it?
A story's paragraphs keep coming back to its names and its topic words (the
content words it uses more than once, and those of its headline); a stretch
of another story shares only the vocabulary any two stories on the subject
share, and none of the first story's main names.

:class:`Reader` walks the gaps in order, keeping what the article has said
so far, and measures a stretch of at most :data:`WINDOW` sentences against
it, so scoring every gap costs time linear in the length of the article.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from wirelint.text.vocabulary import ArticleVocabulary, Placed, stem

WINDOW = 8
"""Sentences in a stretch, and in the text after it that a stretch is also compared with."""
KEY_NAMES = 3


@dataclass(frozen=True)
class Cohesion:
    """What a stretch of sentences shares with the text it is compared with (its context)."""

    terms: int
    """Distinct content stems in the stretch."""
    shared: int
    """How many of them the context uses."""
    topic_shared: int
    """How many of them are topic words of the context (used twice there, or in the headline)."""
    recurring: int
    """Content stems the stretch itself uses more than once: its own topic words."""
    recurring_shared: int
    names: int
    linked_names: int
    """Names in the stretch that share a word with the context."""
    key_names: int
    """The context's main names (up to :data:`KEY_NAMES`)."""
    key_names_kept: int
    """How many of those the stretch mentions."""

    @property
    def overlap(self) -> float:
        return self.shared / self.terms if self.terms else 1.0


def _words(name: str) -> set[str]:
    return {stem(word) for word in name.replace("-", " ").split()}


class Context:
    """Terms and names of a part of the article, counted."""

    def __init__(self, vocabulary: ArticleVocabulary) -> None:
        self.vocabulary = vocabulary
        self.terms: Counter[str] = Counter()
        self.names: Counter[str] = Counter()
        self.topic: set[str] = set(vocabulary.top_terms)

    def add(self, units: Iterable[Placed]) -> None:
        for placed in units:
            for term in placed.unit.terms:
                self.terms[term] += 1
                if self.terms[term] == 2:
                    self.topic.add(term)
            self.names.update(name for name in placed.unit.names if self.vocabulary.is_name(name))

    def __contains__(self, term: str) -> bool:
        return term in self.terms or term in self.vocabulary.top_terms

    def key_names(self) -> list[str]:
        return [name for name, _ in self.names.most_common(KEY_NAMES)]


def measure(vocabulary: ArticleVocabulary, stretch: list[Placed], contexts: list[Context]) -> Cohesion:
    """How much ``stretch`` shares with any of ``contexts``."""
    counts: Counter[str] = Counter(term for placed in stretch for term in placed.unit.terms)
    stretch_names = {name for placed in stretch for name in placed.unit.names if vocabulary.is_name(name)}

    def known(term: str) -> bool:
        return any(term in context for context in contexts)

    shared = {term for term in counts if known(term)}
    topic = {term for term in shared if any(term in context.topic for context in contexts)}
    recurring = [term for term, count in counts.items() if count > 1]
    keys = [name for context in contexts[:1] for name in context.key_names()]
    stretch_words = set(counts)
    return Cohesion(
        terms=len(counts),
        shared=len(shared),
        topic_shared=len(topic),
        recurring=len(recurring),
        recurring_shared=sum(1 for term in recurring if term in shared),
        names=len(stretch_names),
        linked_names=sum(1 for name in stretch_names if any(known(word) for word in _words(name))),
        key_names=len(keys),
        key_names_kept=sum(1 for name in keys if _words(name) & stretch_words),
    )


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
    ranked = sorted(counts, key=lambda name: (-counts[name], order[name]))
    chosen: list[str] = []
    for name in ranked:
        if not any(name in other or other in name for other in chosen):
            chosen.append(name)
        if len(chosen) == limit:
            break
    return chosen
